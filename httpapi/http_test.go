package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/httpapi"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/view"
)

const password = "a-long-test-password"

// env is a server on a fresh store with one user of each role and a token for each.
type env struct {
	t      *testing.T
	db     *sqlite.DB
	srv    *httpapi.Server
	ts     *httptest.Server
	tokens map[dossier.Role]string
	logs   *bytes.Buffer
}

func newEnv(t *testing.T, mod func(*httpapi.Config)) *env {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := &env{t: t, db: db, tokens: map[dossier.Role]string{}, logs: &bytes.Buffer{}}
	ctx := context.Background()
	hash, err := httpapi.HashPassword(password)
	if err != nil {
		t.Fatal(err)
	}
	for _, role := range dossier.Roles {
		u := &dossier.User{Name: string(role), Role: role, PasswordHash: hash}
		if err := db.CreateUser(ctx, u); err != nil {
			t.Fatal(err)
		}
		tok, _, err := httpapi.NewToken(ctx, db, u, "test")
		if err != nil {
			t.Fatal(err)
		}
		e.tokens[role] = tok
	}
	cfg := httpapi.Config{Store: db, Users: db, Logger: slog.New(slog.NewTextHandler(e.logs, nil))}
	if mod != nil {
		mod(&cfg)
	}
	e.srv = httpapi.New(cfg)
	e.ts = httptest.NewServer(e.srv.Handler())
	t.Cleanup(func() {
		e.ts.Close()
		e.srv.Close(context.Background())
	})
	return e
}

// do sends a request; auth is a role (token auth) or "" (none).
func (e *env) do(method, path string, body io.Reader, role dossier.Role, hdr ...string) *http.Response {
	e.t.Helper()
	req, err := http.NewRequest(method, e.ts.URL+path, body)
	if err != nil {
		e.t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if role != "" {
		req.Header.Set("Authorization", "Bearer "+e.tokens[role])
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := e.ts.Client().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func decode[T any](t *testing.T, resp *http.Response) T {
	t.Helper()
	var v T
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %T: %v in %s", v, err, b)
	}
	return v
}

func wantStatus(t *testing.T, resp *http.Response, want int) {
	t.Helper()
	if resp.StatusCode != want {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("%s %s: status %d, want %d: %s", resp.Request.Method, resp.Request.URL.Path, resp.StatusCode, want, b)
	}
}

// samplePath fills a route pattern's wildcards.
func samplePath(p string) string {
	p = strings.ReplaceAll(p, "{$}", "")
	p = strings.ReplaceAll(p, "{path...}", "app.css")
	p = strings.ReplaceAll(p, "{page...}", "search")
	p = strings.ReplaceAll(p, "{id}", "x1")
	if p == "" {
		p = "/"
	}
	return p
}

func jsonBody(v any) io.Reader {
	b, _ := json.Marshal(v)
	return bytes.NewReader(b)
}

type errBody struct {
	Error struct{ Code, Message string } `json:"error"`
}

// Every route of the table but the public ones refuses a request without credentials.
func TestRoutesRequireAuth(t *testing.T) {
	e := newEnv(t, nil)
	for _, rt := range httpapi.Routes() {
		if rt.Role == httpapi.Public {
			continue
		}
		resp := e.do(rt.Method, samplePath(rt.Path), nil, "")
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s %s without credentials: status %d, want 401", rt.Method, rt.Path, resp.StatusCode)
			continue
		}
		if b := decode[errBody](t, resp); b.Error.Code != dossier.EUNAUTHORIZED {
			t.Errorf("%s %s: error code %q", rt.Method, rt.Path, b.Error.Code)
		}
		// A wrong token is no better.
		req, _ := http.NewRequest(rt.Method, e.ts.URL+samplePath(rt.Path), nil)
		req.Header.Set("Authorization", "Bearer dossier_wrong")
		r2, err := e.ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		r2.Body.Close()
		if r2.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s %s with a wrong token: status %d, want 401", rt.Method, rt.Path, r2.StatusCode)
		}
	}
	// The public ones answer without.
	wantStatus(t, e.do("GET", "/api/health", nil, ""), 200)
	wantStatus(t, e.do("GET", "/login", nil, ""), 200)
}

// A browser without a session asking for a page is sent to the sign-in page.
func TestPageRedirectsToLogin(t *testing.T) {
	e := newEnv(t, nil)
	c := e.ts.Client()
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	req, _ := http.NewRequest("GET", e.ts.URL+"/entity?id=x", nil)
	req.Header.Set("Accept", "text/html,application/xhtml+xml")
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/login?next=%2Fentity%3Fid%3Dx" {
		t.Fatalf("status %d location %q, want 303 to /login", resp.StatusCode, resp.Header.Get("Location"))
	}
}

// viewerWrites are the only state-changing routes a viewer may use: they change nothing but the
// viewer's own credentials.
var viewerWrites = map[string]bool{"POST /api/logout": true, "POST /api/tokens": true}

func TestViewerForbiddenOnWrites(t *testing.T) {
	e := newEnv(t, nil)
	for _, rt := range httpapi.Routes() {
		if !rt.StateChanging() || rt.Role == httpapi.Public {
			continue
		}
		key := rt.Method + " " + rt.Path
		if rt.Role == dossier.RoleViewer {
			if !viewerWrites[key] {
				t.Errorf("%s changes state but is open to viewers", key)
			}
			continue
		}
		resp := e.do(rt.Method, samplePath(rt.Path), jsonBody(map[string]string{}), dossier.RoleViewer)
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("%s as a viewer: status %d, want 403", key, resp.StatusCode)
		}
	}
	// Admin-only reads too.
	wantStatus(t, e.do("GET", "/api/users", nil, dossier.RoleAnalyst), 403)
	wantStatus(t, e.do("GET", "/api/users", nil, dossier.RoleAdmin), 200)
}

// login signs in and returns a client with the session cookie and the CSRF token.
func (e *env) login(user string) (*http.Client, string, *http.Response) {
	e.t.Helper()
	jar, _ := cookiejar.New(nil)
	c := e.ts.Client()
	c.Jar = jar
	resp, err := c.Post(e.ts.URL+"/api/login", "application/json", jsonBody(map[string]string{"username": user, "password": password}))
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	wantStatus(e.t, resp, 200)
	var s struct{ User, Role, CSRF string }
	if err := json.NewDecoder(resp.Body).Decode(&s); err != nil {
		e.t.Fatal(err)
	}
	if s.User != user || s.Role != user || s.CSRF == "" {
		e.t.Fatalf("login answer %+v", s)
	}
	return c, s.CSRF, resp
}

func TestSessionNeedsCSRF(t *testing.T) {
	e := newEnv(t, nil)
	c, csrf, _ := e.login("admin")
	for _, rt := range httpapi.Routes() {
		if !rt.StateChanging() || rt.Role == httpapi.Public {
			continue
		}
		for _, bad := range []string{"", "wrong"} {
			req, _ := http.NewRequest(rt.Method, e.ts.URL+samplePath(rt.Path), jsonBody(map[string]string{}))
			if bad != "" {
				req.Header.Set("X-CSRF-Token", bad)
			}
			resp, err := c.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("%s %s with session and CSRF %q: status %d, want 403", rt.Method, rt.Path, bad, resp.StatusCode)
			}
		}
	}
	// Reads need no CSRF token; the session answer repeats it.
	resp, err := c.Get(e.ts.URL + "/api/session")
	if err != nil {
		t.Fatal(err)
	}
	s := decode[struct{ User, Role, CSRF string }](t, resp)
	if s.User != "admin" || s.CSRF != csrf {
		t.Fatalf("session %+v", s)
	}
	// With the token a write passes; logout ends the session.
	req, _ := http.NewRequest("POST", e.ts.URL+"/api/logout", nil)
	req.Header.Set("X-CSRF-Token", csrf)
	resp, err = c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, resp, 200)
	resp, _ = c.Get(e.ts.URL + "/api/session")
	wantStatus(t, resp, 401)
}

func TestLogin(t *testing.T) {
	e := newEnv(t, nil)
	_, _, resp := e.login("analyst")
	var sc *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == httpapi.SessionCookie {
			sc = c
		}
	}
	if sc == nil {
		t.Fatal("no session cookie")
	}
	if !sc.HttpOnly || sc.SameSite != http.SameSiteStrictMode || sc.Secure || sc.Path != "/" || sc.MaxAge <= 0 {
		t.Fatalf("cookie flags: %+v", sc)
	}
	for _, in := range []map[string]string{
		{"username": "analyst", "password": "wrong password"},
		{"username": "nobody", "password": password},
	} {
		resp := e.do("POST", "/api/login", jsonBody(in), "")
		wantStatus(t, resp, 401)
		if len(resp.Cookies()) != 0 {
			t.Fatal("cookie set on a failed sign-in")
		}
		if b := decode[errBody](t, resp); b.Error.Message != "wrong user name or password" {
			t.Fatalf("message %q tells too much or too little", b.Error.Message)
		}
	}
	wantStatus(t, e.do("POST", "/api/login", strings.NewReader(`{"username": "analyst"}`), ""), 400)
	wantStatus(t, e.do("POST", "/api/login", strings.NewReader(`not json`), ""), 400)
	// A form post from another site cannot sign anyone in.
	form := e.do("POST", "/api/login", strings.NewReader(`{"username": "analyst", "password": "`+password+`"}`), "", "Content-Type", "text/plain")
	wantStatus(t, form, 400)
	// Neither the password nor a token reaches the log.
	if strings.Contains(e.logs.String(), password) || strings.Contains(e.logs.String(), e.tokens[dossier.RoleAdmin]) {
		t.Fatal("secret in the request log")
	}
	if !strings.Contains(e.logs.String(), "path=/api/login status=200") || !strings.Contains(e.logs.String(), "user=analyst") {
		t.Fatalf("request log lacks the sign-in: %s", e.logs.String())
	}
}

func TestSecureCookie(t *testing.T) {
	e := newEnv(t, func(c *httpapi.Config) { c.SecureCookies = true })
	_, _, resp := e.login("viewer")
	if c := resp.Cookies(); len(c) != 1 || !c[0].Secure {
		t.Fatalf("cookie not Secure with SecureCookies: %+v", c)
	}
	// Over TLS the cookie is Secure without the option.
	db := e.db
	srv := httpapi.New(httpapi.Config{Store: db, Users: db, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ts := httptest.NewTLSServer(srv.Handler())
	defer ts.Close()
	r2, err := ts.Client().Post(ts.URL+"/api/login", "application/json", jsonBody(map[string]string{"username": "viewer", "password": password}))
	if err != nil {
		t.Fatal(err)
	}
	r2.Body.Close()
	if c := r2.Cookies(); len(c) != 1 || !c[0].Secure || !c[0].HttpOnly {
		t.Fatalf("cookie over TLS: %+v", c)
	}
}

func TestTokenAuth(t *testing.T) {
	e := newEnv(t, nil)
	resp := e.do("GET", "/api/session", nil, dossier.RoleAnalyst)
	wantStatus(t, resp, 200)
	if s := decode[struct{ User, Role, CSRF string }](t, resp); s.User != "analyst" || s.CSRF != "" {
		t.Fatalf("session by token: %+v", s)
	}
	// Token requests need no CSRF token.
	resp = e.do("POST", "/api/tokens", jsonBody(map[string]string{"name": "script"}), dossier.RoleViewer)
	wantStatus(t, resp, 201)
	tok := decode[struct{ Token string }](t, resp).Token
	if !strings.HasPrefix(tok, httpapi.TokenPrefix) {
		t.Fatalf("token %q", tok)
	}
	resp = e.do("GET", "/api/session", nil, "", "Authorization", "Bearer "+tok)
	wantStatus(t, resp, 200)
	wantStatus(t, e.do("GET", "/api/session", nil, "", "Authorization", "Basic abc"), 401)
}

func TestErrorMapping(t *testing.T) {
	for code, status := range map[string]int{
		dossier.ENOTFOUND: 404, dossier.EINVALID: 400, dossier.ECONFLICT: 409, dossier.EUNAUTHORIZED: 401,
		dossier.EFORBIDDEN: 403, dossier.ETOOLARGE: 413, dossier.EINTERNAL: 500,
	} {
		rec := httptest.NewRecorder()
		srv := httpapi.New(httpapi.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		srv.Error(rec, httptest.NewRequest("GET", "/", nil), dossier.Errorf(code, "the %s message", code))
		if rec.Code != status {
			t.Errorf("%s: status %d, want %d", code, rec.Code, status)
		}
		var b errBody
		json.Unmarshal(rec.Body.Bytes(), &b)
		want := "the " + code + " message"
		if code == dossier.EINTERNAL {
			want = "internal error"
		}
		if b.Error.Code != code || b.Error.Message != want {
			t.Errorf("%s: body %s", code, rec.Body)
		}
	}
	// Other errors are internal and say nothing of their cause.
	rec := httptest.NewRecorder()
	httpapi.New(httpapi.Config{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).Error(rec, httptest.NewRequest("GET", "/", nil), errors.New("disk /secret/path failed"))
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "secret") {
		t.Fatalf("internal error: %d %s", rec.Code, rec.Body)
	}
	e := newEnv(t, nil)
	resp := e.do("GET", "/api/entities/nope", nil, dossier.RoleViewer)
	wantStatus(t, resp, 404)
	if b := decode[errBody](t, resp); b.Error.Code != dossier.ENOTFOUND {
		t.Fatalf("code %q", b.Error.Code)
	}
	wantStatus(t, e.do("GET", "/api/nothing-here", nil, dossier.RoleViewer), 404)
	wantStatus(t, e.do("GET", "/api/entities?limit=5000", nil, dossier.RoleViewer), 400)
	wantStatus(t, e.do("POST", "/api/merge", strings.NewReader(`{"a": "x", "b": "y", "extra": 1}`), dossier.RoleAnalyst), 400)
}

func TestSecurityHeaders(t *testing.T) {
	e := newEnv(t, nil)
	for _, r := range []*http.Response{
		e.do("GET", "/api/health", nil, ""),
		e.do("GET", "/api/entities", nil, ""),
		e.do("GET", "/api/entities/x", nil, dossier.RoleViewer),
		e.do("GET", "/login", nil, ""),
		e.do("DELETE", "/api/health", nil, ""),
	} {
		h := r.Header
		if h.Get("Content-Security-Policy") != "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" ||
			h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") != "no-referrer" || h.Get("X-Frame-Options") != "DENY" {
			t.Errorf("%s %s: headers %v", r.Request.Method, r.Request.URL.Path, h)
		}
	}
}

func TestBodyLimit(t *testing.T) {
	e := newEnv(t, func(c *httpapi.Config) { c.MaxBody = 1 << 10; c.MaxUpload = 4 << 10 })
	big := `{"a": "` + strings.Repeat("x", 2<<10) + `", "b": "y"}`
	resp := e.do("POST", "/api/merge", strings.NewReader(big), dossier.RoleAnalyst)
	wantStatus(t, resp, 413)
	if b := decode[errBody](t, resp); b.Error.Code != dossier.ETOOLARGE {
		t.Fatalf("code %q", b.Error.Code)
	}
	body, ctype := multipartFiles(t, map[string]string{"big.txt": strings.Repeat("word ", 4<<10)})
	resp = e.do("POST", "/api/sources", body, dossier.RoleAnalyst, "Content-Type", ctype)
	wantStatus(t, resp, 413)
}

func TestOpenAPI(t *testing.T) {
	e := newEnv(t, nil)
	resp := e.do("GET", "/api/openapi.json", nil, dossier.RoleViewer)
	wantStatus(t, resp, 200)
	doc := decode[struct {
		OpenAPI string                               `json:"openapi"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
	}](t, resp)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi %q", doc.OpenAPI)
	}
	for _, rt := range httpapi.Routes() {
		op, ok := doc.Paths[httpapi.OpenAPIPath(rt.Path)][strings.ToLower(rt.Method)]
		if !ok {
			t.Errorf("%s %s missing from the OpenAPI document", rt.Method, rt.Path)
			continue
		}
		if op["summary"] == "" || op["responses"] == nil {
			t.Errorf("%s %s: incomplete operation %v", rt.Method, rt.Path, op)
		}
	}
}

func multipartFiles(t *testing.T, files map[string]string) (io.Reader, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for name, content := range files {
		w, err := mw.CreateFormFile("files", name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, content)
	}
	mw.Close()
	return &b, mw.FormDataContentType()
}

func TestUploadJob(t *testing.T) {
	e := newEnv(t, nil)
	body, ctype := multipartFiles(t, map[string]string{
		"husseiniyun.txt": "Husseiniyun was founded by Tawhid Ibrahim Begli in 2016. The group is based in Qom.\n",
		"../../evil.pdf":  "%PDF-1.4 not really",
		"blob.txt":        "\x00\x01\x02 binary \x00\x00",
	})
	resp := e.do("POST", "/api/sources", body, dossier.RoleAnalyst, "Content-Type", ctype)
	wantStatus(t, resp, 202)
	id := decode[struct{ Job string }](t, resp).Job
	var job httpapi.Job
	for deadline := time.Now().Add(30 * time.Second); ; {
		resp := e.do("GET", "/api/jobs/"+id, nil, dossier.RoleViewer)
		wantStatus(t, resp, 200)
		if job = decode[httpapi.Job](t, resp); job.Done {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("job not done: %+v", job)
		}
		time.Sleep(20 * time.Millisecond)
	}
	if job.Added != 1 || job.Failed != 2 || len(job.Errors) != 2 {
		t.Fatalf("job %+v", job)
	}
	paths := map[string]string{}
	for _, je := range job.Errors {
		paths[je.Path] = je.Error
		if strings.Contains(je.Error, "dossier-upload-") {
			t.Errorf("error names the temporary file: %s", je.Error)
		}
	}
	if paths["evil.pdf"] == "" || paths["blob.txt"] == "" {
		t.Fatalf("errors not reported per file: %+v", job.Errors)
	}
	// The source is there, and its page lists it.
	resp = e.do("GET", "/api/sources", nil, dossier.RoleViewer)
	list := decode[httpapi.List[dossier.Source]](t, resp)
	if list.Total != 1 || len(list.Items) != 1 || list.Items[0].Text != "" {
		t.Fatalf("sources %+v", list)
	}
	resp = e.do("GET", "/api/sources/"+list.Items[0].ID, nil, dossier.RoleViewer)
	wantStatus(t, resp, 200)
	src := decode[struct {
		Source   dossier.Source
		Mentions []dossier.Mention
	}](t, resp)
	if !strings.Contains(src.Source.Text, "Husseiniyun") || len(src.Mentions) == 0 {
		t.Fatalf("source %+v", src)
	}
	wantStatus(t, e.do("GET", "/api/jobs/nope", nil, dossier.RoleViewer), 404)
}

// seed stores one source naming two spellings of one man as two entities, and a place.
func seed(t *testing.T, db *sqlite.DB) {
	t.Helper()
	text := "Tawhid Ibrahim Begli founded the group. Tovhid İbrahimbəyli lives in Baku. Tawheed Ibrahim Begli spoke."
	src := &dossier.Source{ID: dossier.ContentID(text), Path: "seed.txt", Title: "Seed", Text: text, Format: "text", Language: "en"}
	x := &dossier.Extraction{
		Entities: []*dossier.Entity{
			{ID: "P1", Type: dossier.Person, Name: "Tawhid Ibrahim Begli", Names: []dossier.Name{{Text: "Tawhid Ibrahim Begli"}, {Text: "Tovhid İbrahimbəyli", Language: "az"}}},
			{ID: "P2", Type: dossier.Person, Name: "Tawheed Ibrahim Begli", Names: []dossier.Name{{Text: "Tawheed Ibrahim Begli"}}},
			{ID: "L1", Type: dossier.Location, Name: "Baku", Names: []dossier.Name{{Text: "Baku"}}},
		},
		Claims: []*dossier.Claim{{ID: "C1", Subject: "P1", Predicate: "based_in", Object: dossier.Object{EntityID: "L1"},
			Evidence: []*dossier.Evidence{{SourceID: src.ID, Span: dossier.Span{Start: 40, End: 75}, Quote: "Tovhid İbrahimbəyli lives in Baku", Stance: dossier.StanceAsserts, Method: "pattern:test", Confidence: 0.9}}},
			{ID: "C2", Subject: "P1", Predicate: "born_on", Object: dossier.Object{Value: "1980", Datatype: dossier.TypeDate, Date: dossier.Date{Year: 1980, Precision: dossier.PrecisionYear}},
				Evidence: []*dossier.Evidence{{SourceID: src.ID, Span: dossier.Span{Start: 0, End: 20}, Quote: "Tawhid Ibrahim Begli", Stance: dossier.StanceAsserts, Method: "pattern:test", Confidence: 0.9}}}},
	}
	res, err := db.StoreSources(context.Background(), []*dossier.Document{{Source: src, Extraction: x}})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err != nil {
		t.Fatal(res[0].Err)
	}
}

func TestMergeThenSplit(t *testing.T) {
	e := newEnv(t, nil)
	seed(t, e.db)
	resp := e.do("POST", "/api/merge", jsonBody(map[string]string{"a": "P1", "b": "P2"}), dossier.RoleAnalyst)
	wantStatus(t, resp, 200)
	m := decode[struct {
		Judgement int64
		Canonical string
	}](t, resp)
	if m.Judgement == 0 || m.Canonical != "P1" {
		t.Fatalf("merge %+v", m)
	}
	resp = e.do("GET", "/api/entities/P2", nil, dossier.RoleViewer)
	p := decode[struct {
		Entity  dossier.Entity
		Members []dossier.Entity
		Grades  map[string]string
	}](t, resp)
	if p.Entity.ID != "P1" || len(p.Members) != 1 || p.Members[0].ID != "P2" || p.Grades["C1"] != "F2" && p.Grades["C1"] == "" {
		t.Fatalf("profile after merge %+v", p)
	}
	// Merging again across a "different" judgement is a conflict; first split with apart.
	resp = e.do("POST", "/api/split", jsonBody(map[string]any{"entity": "P2", "other": "P1", "apart": true}), dossier.RoleAnalyst)
	wantStatus(t, resp, 200)
	if s := decode[struct{ Retracted []int64 }](t, resp); len(s.Retracted) != 1 || s.Retracted[0] != m.Judgement {
		t.Fatalf("split %+v", s)
	}
	resp = e.do("GET", "/api/entities/P2", nil, dossier.RoleViewer)
	if p := decode[struct{ Entity dossier.Entity }](t, resp); p.Entity.ID != "P2" {
		t.Fatalf("after split P2 shows %s", p.Entity.ID)
	}
	wantStatus(t, e.do("POST", "/api/merge", jsonBody(map[string]string{"a": "P1", "b": "P2"}), dossier.RoleAnalyst), 409)
	wantStatus(t, e.do("POST", "/api/split", jsonBody(map[string]string{"entity": "L1"}), dossier.RoleAnalyst), 404)
	resp = e.do("GET", "/api/judgements?entity=P2", nil, dossier.RoleViewer)
	if js := decode[[]dossier.Judgement](t, resp); len(js) != 2 || !js[0].Retracted || js[0].By != "analyst:analyst" {
		t.Fatalf("judgements %+v", js)
	}
}

func TestSearchMatchedSpelling(t *testing.T) {
	e := newEnv(t, nil)
	seed(t, e.db)
	for q, want := range map[string]string{
		"Ibrahimbeyli":         "Tovhid İbrahimbəyli",
		"tawheed":              "Tawheed Ibrahim Begli",
		"Tawhid Ibrahim Begli": "Tawhid Ibrahim Begli",
	} {
		resp := e.do("GET", "/api/search?q="+strings.ReplaceAll(q, " ", "+"), nil, dossier.RoleViewer)
		wantStatus(t, resp, 200)
		res := decode[struct {
			Sources  []dossier.SearchHit
			Entities []httpapi.EntityHit
		}](t, resp)
		found := false
		for _, h := range res.Entities {
			if h.Matched == want {
				found = true
			}
		}
		if !found {
			t.Errorf("search %q: entities %+v, want one matched as %q", q, res.Entities, want)
		}
		if len(res.Sources) != 1 || res.Sources[0].Snippet == "" || res.Sources[0].Source.Text != "" {
			t.Errorf("search %q: sources %+v", q, res.Sources)
		}
	}
	wantStatus(t, e.do("GET", "/api/search", nil, dossier.RoleViewer), 400)
}

func TestReadRoutes(t *testing.T) {
	e := newEnv(t, nil)
	seed(t, e.db)
	for path, check := range map[string]func([]byte) error{
		"/api/entities?limit=2": func(b []byte) error {
			var l httpapi.List[httpapi.EntityItem]
			json.Unmarshal(b, &l)
			if l.Total != 3 || len(l.Items) != 2 || l.Limit != 2 {
				return fmt.Errorf("list %+v", l)
			}
			return nil
		},
		"/api/entities/P1/neighbours?hops=2": func(b []byte) error {
			var n struct {
				Nodes []httpapi.NodeBody
				Edges []httpapi.EdgeBody
			}
			json.Unmarshal(b, &n)
			if len(n.Nodes) != 2 || len(n.Edges) != 1 || n.Edges[0].Claim != "C1" || n.Nodes[1].Name != "Baku" {
				return fmt.Errorf("neighbours %s", b)
			}
			return nil
		},
		"/api/entities/P1/places": func(b []byte) error {
			var ps []httpapi.Place
			json.Unmarshal(b, &ps)
			if len(ps) != 1 || ps[0].Name != "Baku" || ps[0].Lat < 40 || ps[0].Lat > 41 || len(ps[0].Claims) != 1 {
				return fmt.Errorf("places %s", b)
			}
			return nil
		},
		"/api/path?a=P1&b=L1": func(b []byte) error {
			var ps [][]httpapi.EdgeBody
			json.Unmarshal(b, &ps)
			if len(ps) != 1 || len(ps[0]) != 1 {
				return fmt.Errorf("path %s", b)
			}
			return nil
		},
		"/api/entities/P1/timeline": func(b []byte) error {
			var tl []view.TimelineEntry
			json.Unmarshal(b, &tl)
			if len(tl) != 1 || tl[0].Claim != "C2" || tl[0].Human == "" || len(tl[0].Grade) != 2 || tl[0].Grade[0] != 'F' {
				return fmt.Errorf("timeline %s", b)
			}
			return nil
		},
		"/api/contradictions": nil,
		"/api/review":         nil,
		"/api/judgements":     nil,
		"/api/export?format=jsonl": func(b []byte) error {
			if !bytes.Contains(b, []byte(`"kind":"entity"`)) {
				return fmt.Errorf("export %.200s", b)
			}
			return nil
		},
	} {
		resp := e.do("GET", path, nil, dossier.RoleViewer)
		wantStatus(t, resp, 200)
		b, _ := io.ReadAll(resp.Body)
		if check != nil {
			if err := check(b); err != nil {
				t.Errorf("%s: %v", path, err)
			}
		}
	}
}

func TestGradesAndCredibility(t *testing.T) {
	e := newEnv(t, nil)
	seed(t, e.db)
	wantStatus(t, e.do("POST", "/api/grades", jsonBody(map[string]string{"publisher": "Caliber", "reliability": "B"}), dossier.RoleAnalyst), 200)
	wantStatus(t, e.do("POST", "/api/grades", jsonBody(map[string]string{"publisher": "Caliber", "reliability": "Z"}), dossier.RoleAnalyst), 400)
	wantStatus(t, e.do("POST", "/api/claims/C1/credibility", jsonBody(map[string]any{"credibility": 2, "why": "confirmed by court record"}), dossier.RoleAnalyst), 200)
	wantStatus(t, e.do("POST", "/api/claims/nope/credibility", jsonBody(map[string]any{"credibility": 2, "why": "x"}), dossier.RoleAnalyst), 404)
	resp := e.do("GET", "/api/entities/P1", nil, dossier.RoleViewer)
	if p := decode[struct{ Grades map[string]string }](t, resp); p.Grades["C1"] != "F2" {
		t.Fatalf("grades %+v", p.Grades)
	}
	// Grading the source shows at once, though the profile read it before.
	resp = e.do("GET", "/api/sources", nil, dossier.RoleViewer)
	id := decode[httpapi.List[dossier.Source]](t, resp).Items[0].ID
	wantStatus(t, e.do("POST", "/api/grades", jsonBody(map[string]string{"source": id, "reliability": "B"}), dossier.RoleAnalyst), 200)
	resp = e.do("GET", "/api/entities/P1", nil, dossier.RoleViewer)
	if p := decode[struct{ Grades map[string]string }](t, resp); p.Grades["C1"] != "B2" {
		t.Fatalf("grades after grading the source %+v", p.Grades)
	}
}

func TestPages(t *testing.T) {
	pages := fstest.MapFS{
		"login.html":  {Data: []byte("<html>login</html>")},
		"index.html":  {Data: []byte("<html>index</html>")},
		"entity.html": {Data: []byte("<html>entity</html>")},
		"js/app.js":   {Data: []byte("console.log(1)")},
	}
	e := newEnv(t, func(c *httpapi.Config) { c.Pages = pages })
	for path, want := range map[string]string{"/login": "login", "/": "index", "/entity": "entity", "/assets/js/app.js": "console"} {
		role := dossier.RoleViewer
		if path == "/login" || strings.HasPrefix(path, "/assets/") {
			role = ""
		}
		resp := e.do("GET", path, nil, role)
		wantStatus(t, resp, 200)
		b, _ := io.ReadAll(resp.Body)
		if !strings.Contains(string(b), want) {
			t.Errorf("%s: %s", path, b)
		}
	}
	wantStatus(t, e.do("GET", "/nowhere", nil, dossier.RoleViewer), 404)
	wantStatus(t, e.do("GET", "/assets/..%2fhttp.go", nil, ""), 404)
	wantStatus(t, e.do("GET", "/assets/missing.js", nil, ""), 404)
}

func TestUsers(t *testing.T) {
	e := newEnv(t, nil)
	resp := e.do("POST", "/api/users", jsonBody(map[string]string{"name": "newbie", "role": "viewer", "password": "another-long-password"}), dossier.RoleAdmin)
	wantStatus(t, resp, 201)
	if b, _ := io.ReadAll(resp.Body); strings.Contains(string(b), "argon2") {
		t.Fatal("password hash in the answer")
	}
	wantStatus(t, e.do("POST", "/api/users", jsonBody(map[string]string{"name": "newbie", "role": "viewer", "password": "another-long-password"}), dossier.RoleAdmin), 409)
	wantStatus(t, e.do("POST", "/api/users", jsonBody(map[string]string{"name": "x", "role": "boss", "password": "another-long-password"}), dossier.RoleAdmin), 400)
	wantStatus(t, e.do("POST", "/api/login", jsonBody(map[string]string{"username": "newbie", "password": "another-long-password"}), ""), 200)
}

func TestPasswordHash(t *testing.T) {
	h, err := httpapi.HashPassword("secret password")
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := httpapi.HashPassword("secret password")
	if h == h2 || !strings.HasPrefix(h, "$argon2id$") {
		t.Fatalf("hashes %s %s", h, h2)
	}
	if !httpapi.CheckPassword(h, "secret password") || httpapi.CheckPassword(h, "secret passwore") || httpapi.CheckPassword("garbage", "x") {
		t.Fatal("check")
	}
}

func TestLoginThrottled(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	e := newEnv(t, func(c *httpapi.Config) { c.Now = func() time.Time { return now } })
	for range 10 {
		wantStatus(t, e.do("POST", "/api/login", jsonBody(map[string]string{"username": "viewer", "password": "wrong password"}), ""), 401)
	}
	// The right password no longer helps for a while; other users are unaffected.
	wantStatus(t, e.do("POST", "/api/login", jsonBody(map[string]string{"username": "viewer", "password": password}), ""), 401)
	wantStatus(t, e.do("POST", "/api/login", jsonBody(map[string]string{"username": "analyst", "password": password}), ""), 200)
	now = now.Add(16 * time.Minute)
	wantStatus(t, e.do("POST", "/api/login", jsonBody(map[string]string{"username": "viewer", "password": password}), ""), 200)
}

// TestRevokedToken: a revoked token is refused once the server's memory of it (30 s) is over.
func TestRevokedToken(t *testing.T) {
	now := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	e := newEnv(t, func(c *httpapi.Config) { c.Now = func() time.Time { return now } })
	get := func() int {
		resp := e.do("GET", "/api/sources", nil, dossier.RoleViewer)
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := get(); code != http.StatusOK {
		t.Fatalf("before revoking: %d", code)
	}
	ts, err := e.db.FindTokens(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range ts {
		if tok.User.Role == dossier.RoleViewer {
			if err := e.db.DeleteToken(context.Background(), tok.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	now = now.Add(31 * time.Second)
	if code := get(); code != http.StatusUnauthorized {
		t.Fatalf("a revoked token after 31 s: %d, want 401", code)
	}
}

// auditBuffer is an audit log the test can read while the server writes it.
type auditBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (a *auditBuffer) Write(p []byte) (int, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.b.Write(p)
}

func (a *auditBuffer) lines() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	return strings.Split(strings.TrimSpace(a.b.String()), "\n")
}

// TestAuditLog: every request of a signed-in user or token leaves a line saying who did what,
// reads included; anonymous requests leave none.
func TestAuditLog(t *testing.T) {
	audit := &auditBuffer{}
	e := newEnv(t, func(c *httpapi.Config) { c.Audit = audit })
	for _, rq := range []struct {
		path string
		role dossier.Role
	}{{"/api/search?q=militia", dossier.RoleViewer}, {"/api/entities/nosuch", dossier.RoleAnalyst}, {"/api/sources", ""}} {
		resp := e.do("GET", rq.path, nil, rq.role)
		resp.Body.Close()
	}
	var recs []map[string]any
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		if lines := audit.lines(); len(lines) >= 2 || time.Now().After(deadline) {
			recs = nil
			for _, l := range lines {
				var m map[string]any
				if err := json.Unmarshal([]byte(l), &m); err != nil {
					t.Fatalf("audit line %q: %v", l, err)
				}
				recs = append(recs, m)
			}
			break
		}
	}
	if len(recs) != 2 {
		t.Fatalf("audit log: %v, want two lines (the anonymous request leaves none)", recs)
	}
	want := []string{"viewer GET /api/search militia 200", "analyst GET /api/entities/nosuch  404"}
	for i, r := range recs {
		q, _ := r["query"].(string)
		got := fmt.Sprintf("%v %v %v %s %v", r["user"], r["method"], r["path"], strings.TrimPrefix(q, "q="), r["status"])
		if got != want[i] {
			t.Errorf("audit line %d: %q, want %q", i, got, want[i])
		}
		if r["time"] == "" {
			t.Errorf("audit line %d has no time", i)
		}
	}
}
