// Package web holds dossier's browser interface: static HTML pages, one small ES module per
// page, one stylesheet, and the vendored graph, timeline and map libraries. Everything is
// embedded, so `go build` needs no Node. Pages carry no inline script, style or event handler
// and fetch their data from the JSON API, inserting every piece of it as text; they work under
// the strict Content-Security-Policy the server sends.
//
// Assets is laid out as package httpapi's Config.Pages expects: NAME.html at the root is the page
// at /NAME (index.html is "/", the search page), and every file is also served under /assets/.
// Pages need a signed-in session except /login (their scripts send the browser to /login on a
// 401).
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed assets
var files embed.FS

// Assets returns the static files to serve under /assets/: "app.css", "js/*.js",
// "*.html" and "vendor/...". The file server should strip the "/assets/" prefix.
func Assets() fs.FS {
	sub, err := fs.Sub(files, "assets")
	if err != nil {
		panic(err) // the embedded tree always has it
	}
	return sub
}

// Route is a page: the URL path it is served at and its file in Assets. Pages take their
// arguments from the query string (/entity?id=..., /source?id=...&start=...&end=...).
type Route struct {
	Path   string // URL path, e.g. "/entity"
	File   string // file in Assets, e.g. "entity.html"
	Public bool   // served without a session (only the login page)
	Title  string
}

// Routes lists the pages. "/" is the search page.
var Routes = []Route{
	{Path: "/login", File: "login.html", Public: true, Title: "Sign in"},
	{Path: "/", File: "index.html", Title: "Search"},
	{Path: "/search", File: "search.html", Title: "Search"},
	{Path: "/entity", File: "entity.html", Title: "Entity profile"},
	{Path: "/source", File: "source.html", Title: "Source"},
	{Path: "/graph", File: "graph.html", Title: "Network graph"},
	{Path: "/timeline", File: "timeline.html", Title: "Timeline"},
	{Path: "/map", File: "map.html", Title: "Map"},
	{Path: "/review", File: "review.html", Title: "Review queue"},
	{Path: "/contradictions", File: "contradictions.html", Title: "Contradictions"},
	{Path: "/ingest", File: "ingest.html", Title: "Ingest"},
}

// Page returns the HTML of the page served at urlPath, or false if there is none.
func Page(urlPath string) ([]byte, bool) {
	for _, r := range Routes {
		if r.Path == urlPath {
			b, err := fs.ReadFile(Assets(), r.File)
			return b, err == nil
		}
	}
	return nil, false
}

// PageHandler serves the page of route r: its HTML with no-store caching (the pages hold no
// data, but a shared cache has no business keeping them either).
func PageHandler(r Route) http.Handler {
	b, err := fs.ReadFile(Assets(), r.File)
	if err != nil {
		panic("web: no file for route " + r.Path)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if req.Method != http.MethodGet && req.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if req.Method == http.MethodHead {
			return
		}
		w.Write(b)
	})
}

// AssetHandler serves Assets; mount it at "/assets/" (it strips that prefix). Directory
// listings are refused.
func AssetHandler() http.Handler {
	fsrv := http.StripPrefix("/assets/", http.FileServerFS(Assets()))
	return http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if strings.HasSuffix(req.URL.Path, "/") {
			http.NotFound(w, req)
			return
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Cache-Control", "public, max-age=300")
		fsrv.ServeHTTP(w, req)
	})
}

// Register adds the pages and the assets to mux, with patterns "GET /assets/" and, for each
// route, "GET {path}" ("GET /{$}" for the root). wrap, if not nil, wraps each non-public page
// handler (for instance to redirect a visitor without a session to /login).
func Register(mux *http.ServeMux, wrap func(http.Handler) http.Handler) {
	mux.Handle("GET /assets/", AssetHandler())
	for _, r := range Routes {
		h := PageHandler(r)
		if wrap != nil && !r.Public {
			h = wrap(h)
		}
		pattern := "GET " + r.Path
		if r.Path == "/" {
			pattern = "GET /{$}"
		}
		mux.Handle(pattern, h)
	}
}
