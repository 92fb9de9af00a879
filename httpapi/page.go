package httpapi

import (
	"bytes"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
)

// placeholder is served for the pages when no web files are configured. It holds no script.
const placeholder = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>dossier</title></head>
<body><h1>dossier</h1><p>This build serves the HTTP API only: see <a href="/api/openapi.json">/api/openapi.json</a>
(sign in with <code>POST /api/login</code> or use an API token).</p></body></html>
`

// servePage writes an HTML page of the web files, or the placeholder.
func (s *Server) servePage(w http.ResponseWriter, r *http.Request, name string) error {
	if s.cfg.Pages == nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		_, err := w.Write([]byte(placeholder))
		return err
	}
	b, err := fs.ReadFile(s.cfg.Pages, name)
	if err != nil {
		return dossier.Errorf(dossier.ENOTFOUND, "no page %s", strings.TrimSuffix(name, ".html"))
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(b))
	return nil
}

func (s *Server) handleLoginPage(w http.ResponseWriter, r *http.Request) error {
	return s.servePage(w, r, "login.html")
}

// handleIndexPage serves index.html, or the search page when the web files have no index.
func (s *Server) handleIndexPage(w http.ResponseWriter, r *http.Request) error {
	if s.cfg.Pages != nil {
		if _, err := fs.Stat(s.cfg.Pages, "index.html"); err != nil {
			return s.servePage(w, r, "search.html")
		}
	}
	return s.servePage(w, r, "index.html")
}

// handlePage serves NAME.html for /NAME (and /NAME/anything, for pages that read the rest of
// their address, such as /entity/ID). Unknown API paths get the JSON not-found error.
func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) error {
	p := r.PathValue("page")
	if p == "api" || strings.HasPrefix(p, "api/") {
		return dossier.Errorf(dossier.ENOTFOUND, "no such route")
	}
	first, _, _ := strings.Cut(p, "/")
	if first == "" || first == "login" || strings.HasPrefix(first, ".") || strings.HasSuffix(first, ".html") {
		return dossier.Errorf(dossier.ENOTFOUND, "no page %s", p)
	}
	if s.cfg.Pages == nil {
		return s.servePage(w, r, "")
	}
	return s.servePage(w, r, first+".html")
}

// handleAsset serves a static file of the web files: /assets/P is "assets/P" in the files, or
// "P" when there is no assets folder.
func (s *Server) handleAsset(w http.ResponseWriter, r *http.Request) error {
	p := r.PathValue("path")
	if s.cfg.Pages == nil || p == "" || !fs.ValidPath(p) {
		return dossier.Errorf(dossier.ENOTFOUND, "no asset %s", p)
	}
	b, err := fs.ReadFile(s.cfg.Pages, path.Join("assets", p))
	if err != nil {
		b, err = fs.ReadFile(s.cfg.Pages, p)
	}
	if err != nil {
		return dossier.Errorf(dossier.ENOTFOUND, "no asset %s", p)
	}
	ct := mime.TypeByExtension(path.Ext(p))
	if ct == "" {
		ct = http.DetectContentType(b)
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "public, max-age=300")
	http.ServeContent(w, r, p, time.Time{}, bytes.NewReader(b))
	return nil
}
