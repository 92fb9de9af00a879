package httpapi

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
)

// Public marks a route that needs no authentication.
const Public dossier.Role = ""

// Route is one entry of the route table.
type Route struct {
	Method  string
	Path    string       // net/http ServeMux pattern path
	Role    dossier.Role // least role allowed; Public for none
	Summary string
	Params  []Param   // query parameters, for the OpenAPI document
	Body    string    // request body: "" none, "json" or "multipart"
	Result  string    // response: "json" (default), "html", "file", "download"
	handle  handlerFn // the action
}

// Param is a documented query parameter.
type Param struct {
	Name, Type, About string
}

type handlerFn func(s *Server, w http.ResponseWriter, r *http.Request) error

// StateChanging reports whether the route changes state (anything but GET and HEAD).
func (rt Route) StateChanging() bool {
	return rt.Method != http.MethodGet && rt.Method != http.MethodHead
}

var (
	pageParams    = []Param{{"offset", "integer", "items to skip"}, {"limit", "integer", "items to return (at most 1000)"}}
	profileParams = []Param{{"limit", "integer", "claims to return (default 200, at most 1000)"},
		{"after", "string", "the next of the previous page; omit for the first page"}}
	netParams = []Param{{"predicates", "string", "only these predicates, comma-separated"},
		{"from", "string", "only claims that may hold on or after this date (YYYY, YYYY-MM, YYYY-MM-DD)"},
		{"to", "string", "only claims that may hold on or before this date"},
		{"credibility", "integer", "only claims at least this credible (1 best … 6)"}}
)

// Routes returns the route table: every route the server answers, in one place.
func Routes() []Route {
	return []Route{
		{Method: "GET", Path: "/api/health", Role: Public, Summary: "health and version", handle: (*Server).handleHealth},
		{Method: "POST", Path: "/api/login", Role: Public, Summary: "sign in with user name and password; sets the session cookie", Body: "json", handle: (*Server).handleLogin},
		{Method: "POST", Path: "/api/logout", Role: dossier.RoleViewer, Summary: "sign out: ends the session", handle: (*Server).handleLogout},
		{Method: "GET", Path: "/api/session", Role: dossier.RoleViewer, Summary: "the signed-in user, role and CSRF token", handle: (*Server).handleSession},
		{Method: "GET", Path: "/api/openapi.json", Role: dossier.RoleViewer, Summary: "this OpenAPI document", handle: (*Server).handleOpenAPI},

		{Method: "GET", Path: "/api/sources", Role: dossier.RoleViewer, Summary: "list sources (without text), newest first", Params: pageParams, handle: (*Server).handleSourceList},
		{Method: "GET", Path: "/api/sources/{id}", Role: dossier.RoleViewer, Summary: "a source with its text, mentions, echo links and origin group", handle: (*Server).handleSourceGet},
		{Method: "POST", Path: "/api/sources", Role: dossier.RoleAnalyst, Summary: "upload files (multipart field \"files\") to ingest; returns a job", Body: "multipart", handle: (*Server).handleSourceUpload},
		{Method: "GET", Path: "/api/jobs/{id}", Role: dossier.RoleViewer, Summary: "progress of an ingest job, with per-file errors", handle: (*Server).handleJobGet},

		{Method: "GET", Path: "/api/search", Role: dossier.RoleViewer, Summary: "full-text search over sources, and entities by name", Params: append([]Param{{"q", "string", "the query"}}, pageParams...), handle: (*Server).handleSearch},
		{Method: "GET", Path: "/api/entities", Role: dossier.RoleViewer, Summary: "list entities", Params: append([]Param{{"type", "string", "entity type"}, {"status", "string", "confirmed or proposed"}}, pageParams...), handle: (*Server).handleEntityList},
		{Method: "GET", Path: "/api/entities/{id}", Role: dossier.RoleViewer, Summary: "entity profile: names, members, and a page of claims (where it is the subject first, by predicate, then where it is the object) with evidence and grades; claims_total counts all claims, and next, absent on the last page, is the after of the following page", Params: profileParams, handle: (*Server).handleEntityGet},
		{Method: "GET", Path: "/api/entities/{id}/timeline", Role: dossier.RoleViewer, Summary: "dated claims of an entity", handle: (*Server).handleTimeline},
		{Method: "GET", Path: "/api/entities/{id}/neighbours", Role: dossier.RoleViewer, Summary: "the network around an entity", Params: append([]Param{{"hops", "integer", "steps out (1–3)"}, {"limit", "integer", "at most this many nodes"}}, netParams...), handle: (*Server).handleNeighbours},
		{Method: "GET", Path: "/api/entities/{id}/places", Role: dossier.RoleViewer, Summary: "places linked to an entity, with coordinates", handle: (*Server).handlePlaces},
		{Method: "GET", Path: "/api/path", Role: dossier.RoleViewer, Summary: "shortest paths between two entities", Params: append([]Param{{"a", "string", "entity"}, {"b", "string", "entity"}, {"k", "integer", "how many paths"}}, netParams...), handle: (*Server).handlePath},
		{Method: "GET", Path: "/api/contradictions", Role: dossier.RoleViewer, Summary: "contradictions with both sides", Params: []Param{{"entity", "string", "only about this entity"}}, handle: (*Server).handleContradictions},

		{Method: "GET", Path: "/api/review", Role: dossier.RoleViewer, Summary: "open merge proposals", handle: (*Server).handleReviewList},
		{Method: "POST", Path: "/api/review/{id}/accept", Role: dossier.RoleAnalyst, Summary: "accept a merge proposal", handle: (*Server).handleReviewAccept},
		{Method: "POST", Path: "/api/review/{id}/reject", Role: dossier.RoleAnalyst, Summary: "reject a merge proposal", handle: (*Server).handleReviewReject},
		{Method: "POST", Path: "/api/merge", Role: dossier.RoleAnalyst, Summary: "judge two entities the same", Body: "json", handle: (*Server).handleMerge},
		{Method: "POST", Path: "/api/split", Role: dossier.RoleAnalyst, Summary: "retract the merges that hold an entity in its cluster", Body: "json", handle: (*Server).handleSplit},
		{Method: "GET", Path: "/api/judgements", Role: dossier.RoleViewer, Summary: "judgements, of one entity or all", Params: []Param{{"entity", "string", "entity ID"}}, handle: (*Server).handleJudgements},
		{Method: "POST", Path: "/api/grades", Role: dossier.RoleAnalyst, Summary: "grade a publisher or a source A–F", Body: "json", handle: (*Server).handleGrade},
		{Method: "POST", Path: "/api/claims/{id}/credibility", Role: dossier.RoleAnalyst, Summary: "override a claim's credibility 1–6 (0 removes)", Body: "json", handle: (*Server).handleCredibility},
		{Method: "GET", Path: "/api/export", Role: dossier.RoleViewer, Summary: "the whole graph as a JSON-lines dump", Params: []Param{{"format", "string", "jsonl"}}, Result: "download", handle: (*Server).handleExport},

		{Method: "GET", Path: "/api/users", Role: dossier.RoleAdmin, Summary: "list users", handle: (*Server).handleUserList},
		{Method: "POST", Path: "/api/users", Role: dossier.RoleAdmin, Summary: "create a user {name, role, password}", Body: "json", handle: (*Server).handleUserCreate},
		{Method: "POST", Path: "/api/tokens", Role: dossier.RoleViewer, Summary: "create an API token for the signed-in user {name}; shown once", Body: "json", handle: (*Server).handleTokenCreate},

		{Method: "GET", Path: "/login", Role: Public, Summary: "sign-in page", Result: "html", handle: (*Server).handleLoginPage},
		{Method: "GET", Path: "/assets/{path...}", Role: Public, Summary: "static files of the web workbench", Result: "file", handle: (*Server).handleAsset},
		{Method: "GET", Path: "/{$}", Role: dossier.RoleViewer, Summary: "the workbench", Result: "html", handle: (*Server).handleIndexPage},
		{Method: "GET", Path: "/{page...}", Role: dossier.RoleViewer, Summary: "other workbench pages", Result: "html", handle: (*Server).handlePage},
	}
}

// router builds the mux from the route table and wraps it in the middleware every response
// passes: security headers, then the request log.
func (s *Server) router() http.Handler {
	mux := http.NewServeMux()
	for _, rt := range Routes() {
		mux.Handle(rt.Method+" "+rt.Path, s.route(rt))
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		// Method not allowed on a known path is answered by the mux itself; this is the rest.
		s.Error(w, r, dossier.Errorf(dossier.ENOTFOUND, "no such route"))
	})
	return s.logRequests(securityHeaders(mux))
}

// route wraps one route's handler with authentication, CSRF and role checks.
func (s *Server) route(rt Route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if rt.Role != Public {
			who, err := s.authenticate(r)
			if err != nil {
				if rt.Result == "html" && wantsHTML(r) {
					http.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), http.StatusSeeOther)
					return
				}
				s.Error(w, r, err)
				return
			}
			setLogUser(r, who.user.Name)
			if rt.StateChanging() && who.session != nil && !validCSRF(who.session, r.Header.Get("X-CSRF-Token")) {
				s.Error(w, r, dossier.Errorf(dossier.EFORBIDDEN, "missing or wrong CSRF token (header X-CSRF-Token)"))
				return
			}
			if !who.user.Role.Allows(rt.Role) {
				s.Error(w, r, dossier.Errorf(dossier.EFORBIDDEN, "this needs the %s role", rt.Role))
				return
			}
			r = r.WithContext(context.WithValue(r.Context(), whoKey{}, who))
		}
		if err := rt.handle(s, w, r); err != nil {
			s.Error(w, r, err)
		}
	})
}

func wantsHTML(r *http.Request) bool { return strings.Contains(r.Header.Get("Accept"), "text/html") }

// csp is the Content-Security-Policy of every response: scripts and styles only from this
// server's files, never inline, and no framing.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// logState carries what the request log needs from inside the handler.
type logState struct{ user string }

type logKey struct{}

func setLogUser(r *http.Request, name string) {
	if st, ok := r.Context().Value(logKey{}).(*logState); ok {
		st.user = name
	}
}

type statusWriter struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += int64(n)
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// logRequests logs one line per request: method, path (never the query, which may hold search
// terms but no secrets; credentials travel in headers and bodies, which are never logged),
// status, duration, bytes and user.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		st := &logState{}
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r.WithContext(context.WithValue(r.Context(), logKey{}, st)))
		if sw.status == 0 {
			sw.status = http.StatusOK
		}
		level := slog.LevelInfo
		if sw.status >= 500 {
			level = slog.LevelError
		}
		s.log.LogAttrs(r.Context(), level, "request", slog.String("method", r.Method), slog.String("path", r.URL.Path),
			slog.Int("status", sw.status), slog.Duration("duration", time.Since(start)), slog.Int64("bytes", sw.bytes),
			slog.String("user", st.user))
		if s.audit != nil && st.user != "" {
			if err := s.audit.record(r, st.user, sw.status, s.cfg.Now()); err != nil {
				s.log.Error("audit log", "err", err)
			}
		}
	})
}
