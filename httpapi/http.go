// Package httpapi serves dossier's HTTP API and the web workbench's pages: JSON handlers over a
// store, with users, sessions, API tokens, CSRF protection, role checks, request limits,
// security headers and structured request logs.
//
// Every route lives in one table (routes, in route.go) that the router, the OpenAPI document and
// the tests all read, so a route cannot be added without its role, its documentation and its
// authentication test.
package httpapi

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"log/slog"
	"mime"
	"net"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/analyse"
)

// Config configures a Server. Store and Users are required; the rest have defaults.
type Config struct {
	Store dossier.Store
	Users dossier.UserService
	// Pages holds the web workbench's files (login.html, index.html, and the static files served
	// under /assets/). Nil serves a small placeholder page that points to the API.
	Pages fs.FS
	// SecureCookies marks the session cookie Secure even when the server itself does not speak
	// TLS (behind a TLS-terminating proxy). Over TLS the cookie is always Secure.
	SecureCookies bool
	MaxBody       int64         // largest JSON request body; default 1 MB
	MaxUpload     int64         // largest upload request (all files together); default 50 MB
	SessionTTL    time.Duration // default 12 hours
	Logger        *slog.Logger  // default slog.Default()
	Now           func() time.Time
	// Audit, when set, receives the audit log: a JSON line for every request of a signed-in
	// user or token (time, user, method, path, query, status), reads and changes alike.
	Audit io.Writer
}

// Server is the HTTP server. Create it with New, start it with Open or use Handler directly.
type Server struct {
	cfg     Config
	log     *slog.Logger
	handler http.Handler
	srv     *http.Server
	ln      net.Listener
	tls     bool

	jobs   *jobs
	tokens tokenCache

	graphMu  sync.Mutex
	graph    *graphCache
	ingestMu sync.Mutex // one upload ingests at a time: the store has one writer anyway

	reads *readCache // the store as the profile read path sees it
	audit *auditLog  // nil without Config.Audit

	passwordSlots chan struct{} // bounds concurrent password checks
	failures      failures      // recent wrong passwords by user name

	analysisMu sync.Mutex // one analysis runs at a time
	reportMu   sync.Mutex // guards the three below
	report     *analyse.Report
	reportAt   time.Time
	reportGen  int // counts invalidations

	ctx    context.Context // cancelled by Close; background jobs run under it
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// New returns a server for cfg.
func New(cfg Config) *Server {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 1 << 20
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = 50 << 20
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = 12 * time.Hour
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	s := &Server{cfg: cfg, log: cfg.Logger, jobs: newJobs(), reads: newReadCache(cfg.Store, cfg.Now),
		passwordSlots: make(chan struct{}, runtime.GOMAXPROCS(0))}
	if cfg.Audit != nil {
		s.audit = &auditLog{w: cfg.Audit}
	}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.handler = s.router()
	return s
}

// Handler returns the server's HTTP handler with all middleware applied.
func (s *Server) Handler() http.Handler { return s.handler }

// Open listens on addr ("127.0.0.1:8080", or ":0" for any free port) and serves in the
// background; with certFile and keyFile it serves TLS.
func (s *Server) Open(addr, certFile, keyFile string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	s.ln = ln
	s.srv = &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       5 * time.Minute, // uploads of up to MaxUpload on slow links
		WriteTimeout:      5 * time.Minute, // exports of large stores
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return s.ctx },
	}
	s.tls = certFile != ""
	go func() {
		var err error
		if s.tls {
			err = s.srv.ServeTLS(ln, certFile, keyFile)
		} else {
			err = s.srv.Serve(ln)
		}
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.log.Error("serve", "err", err)
		}
	}()
	return nil
}

// Addr returns the address the server listens on, once Open succeeded.
func (s *Server) Addr() string {
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// URL returns the server's base URL, once Open succeeded.
func (s *Server) URL() string {
	scheme := "http"
	if s.tls {
		scheme = "https"
	}
	return scheme + "://" + s.Addr()
}

// Close stops accepting requests, lets running requests finish until ctx ends, and waits for
// background jobs (which are cancelled).
func (s *Server) Close(ctx context.Context) error {
	var err error
	if s.srv != nil {
		err = s.srv.Shutdown(ctx)
	}
	s.cancel()
	s.wg.Wait()
	return err
}

// codes maps dossier error codes to HTTP statuses: the one table of the API's errors.
var codes = map[string]int{
	dossier.EINVALID:        http.StatusBadRequest,
	dossier.EUNAUTHORIZED:   http.StatusUnauthorized,
	dossier.EFORBIDDEN:      http.StatusForbidden,
	dossier.ENOTFOUND:       http.StatusNotFound,
	dossier.ECONFLICT:       http.StatusConflict,
	dossier.ETOOLARGE:       http.StatusRequestEntityTooLarge,
	dossier.ENOTIMPLEMENTED: http.StatusNotImplemented,
	dossier.EINTERNAL:       http.StatusInternalServerError,
}

// errorStatus returns the HTTP status of an error code.
func errorStatus(code string) int {
	if st, ok := codes[code]; ok {
		return st
	}
	return http.StatusInternalServerError
}

type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// Error writes err as the API's JSON error with the status of its code. Internal errors are
// logged with their chain and shown to the client as "internal error" only.
func (s *Server) Error(w http.ResponseWriter, r *http.Request, err error) {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		err = &dossier.Error{Code: dossier.ETOOLARGE, Message: "request body too large", Err: err}
	}
	code := dossier.ErrorCode(err)
	if code == dossier.EINTERNAL {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	var body errorBody
	body.Error.Code, body.Error.Message = code, dossier.ErrorMessage(err)
	if code == dossier.EINTERNAL {
		body.Error.Message = "internal error"
	}
	writeJSON(w, errorStatus(code), body)
}

// writeJSON writes v as JSON with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	_ = enc.Encode(v)
}

// readJSON decodes a request body of at most MaxBody bytes into v, refusing unknown fields. The
// body must be declared application/json: an HTML form on another site cannot send that type
// without the browser asking first, which keeps the public sign-in route safe from forged posts.
func (s *Server) readJSON(w http.ResponseWriter, r *http.Request, v any) error {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return dossier.Errorf(dossier.EINVALID, "the body must be JSON with Content-Type application/json")
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return &dossier.Error{Code: dossier.ETOOLARGE, Message: "request body too large", Err: err}
		}
		return &dossier.Error{Code: dossier.EINVALID, Message: "invalid JSON body: " + err.Error(), Err: err}
	}
	return nil
}

// List is a page of a paginated list.
type List[T any] struct {
	Total  int `json:"total"`
	Offset int `json:"offset"`
	Limit  int `json:"limit"`
	Items  []T `json:"items"`
}
