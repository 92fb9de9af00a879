package web_test

import (
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/web"
)

func TestRoutesHaveFiles(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range web.Routes {
		if seen[r.Path] {
			t.Errorf("route %s listed twice", r.Path)
		}
		seen[r.Path] = true
		b, ok := web.Page(r.Path)
		if !ok || len(b) == 0 {
			t.Errorf("route %s: no page %s", r.Path, r.File)
		}
	}
	if _, ok := web.Page("/nope"); ok {
		t.Error("Page(/nope) found a page")
	}
}

var (
	inlineScript  = regexp.MustCompile(`(?is)<script\b[^>]*>\s*[^<\s]`)
	scriptNoSrc   = regexp.MustCompile(`(?is)<script\b[^>]*>`)
	eventAttr     = regexp.MustCompile(`(?i)\son[a-z]+\s*=`)
	styleAttr     = regexp.MustCompile(`(?i)\sstyle\s*=`)
	styleElem     = regexp.MustCompile(`(?i)<style\b`)
	jsURL         = regexp.MustCompile(`(?i)javascript:`)
	assetRef      = regexp.MustCompile(`(?:src|href)="(/assets/[^"]+)"`)
	moduleImport  = regexp.MustCompile(`(?m)^import .* from '\./([^']+)';`)
	unsafeDOMSink = regexp.MustCompile(`\.(innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write|\beval\(|new Function\(`)
)

// TestPagesObeyCSP checks what the Content-Security-Policy would otherwise block at run time:
// no inline script, event handler or style in any page, and every asset a page names exists.
func TestPagesObeyCSP(t *testing.T) {
	assets := web.Assets()
	pages, _ := fs.Glob(assets, "*.html")
	if len(pages) < len(web.Routes)-2 {
		t.Fatalf("only %d pages", len(pages))
	}
	for _, p := range pages {
		b, _ := fs.ReadFile(assets, p)
		s := string(b)
		if inlineScript.MatchString(s) {
			t.Errorf("%s: inline script", p)
		}
		for _, tag := range scriptNoSrc.FindAllString(s, -1) {
			if !strings.Contains(tag, ` src="/assets/`) {
				t.Errorf("%s: script without a same-origin src: %s", p, tag)
			}
		}
		for name, re := range map[string]*regexp.Regexp{"event handler": eventAttr, "style attribute": styleAttr, "style element": styleElem, "javascript: URL": jsURL} {
			if re.MatchString(s) {
				t.Errorf("%s: %s", p, name)
			}
		}
		for _, m := range assetRef.FindAllStringSubmatch(s, -1) {
			if _, err := fs.Stat(assets, strings.TrimPrefix(m[1], "/assets/")); err != nil {
				t.Errorf("%s: %s does not exist", p, m[1])
			}
		}
	}
}

// TestScriptsUseTextOnly keeps HTML parsing of strings out of our own scripts: data reaches
// the page as text nodes only.
func TestScriptsUseTextOnly(t *testing.T) {
	assets := web.Assets()
	scripts, _ := fs.Glob(assets, "js/*.js")
	if len(scripts) < 10 {
		t.Fatalf("only %d scripts", len(scripts))
	}
	for _, p := range scripts {
		b, _ := fs.ReadFile(assets, p)
		s := string(b)
		if m := unsafeDOMSink.FindString(s); m != "" {
			t.Errorf("%s: uses %s", p, m)
		}
		for _, m := range moduleImport.FindAllStringSubmatch(s, -1) {
			if _, err := fs.Stat(assets, "js/"+m[1]); err != nil {
				t.Errorf("%s imports missing %s", p, m[1])
			}
		}
	}
}

func TestVendoredLicences(t *testing.T) {
	assets := web.Assets()
	readme, err := fs.ReadFile(assets, "vendor/README.md")
	if err != nil {
		t.Fatal(err)
	}
	dirs, _ := fs.ReadDir(assets, "vendor")
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		lic, _ := fs.Glob(assets, "vendor/"+d.Name()+"/LICENSE*")
		if len(lic) == 0 {
			t.Errorf("vendor/%s has no LICENSE file", d.Name())
		}
		if !strings.Contains(string(readme), "`"+d.Name()+"/`") {
			t.Errorf("vendor/README.md does not record %s", d.Name())
		}
	}
}

func TestRegister(t *testing.T) {
	mux := http.NewServeMux()
	web.Register(mux, nil)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, c := range []struct {
		path, want string
		status     int
	}{
		{"/", `src="/assets/js/search.js"`, 200},
		{"/login", `id="login"`, 200},
		{"/entity?id=x", `src="/assets/js/entity.js"`, 200},
		{"/assets/app.css", "--accent", 200},
		{"/assets/js/common.js", "export function el", 200},
		{"/assets/vendor/world-atlas/countries-110m.json", `"countries"`, 200},
		{"/assets/", "", 404},
		{"/assets/vendor/", "", 404},
		{"/nope", "", 404},
	} {
		res, err := http.Get(srv.URL + c.path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != c.status {
			t.Errorf("%s: status %d, want %d", c.path, res.StatusCode, c.status)
		}
		if c.want != "" && !strings.Contains(string(b), c.want) {
			t.Errorf("%s: body lacks %q", c.path, c.want)
		}
	}
}

// TestIndexIsSearch keeps "/" (index.html) the same page as /search.
func TestIndexIsSearch(t *testing.T) {
	a, _ := fs.ReadFile(web.Assets(), "index.html")
	b, _ := fs.ReadFile(web.Assets(), "search.html")
	if len(a) == 0 || string(a) != string(b) {
		t.Error("index.html differs from search.html")
	}
}
