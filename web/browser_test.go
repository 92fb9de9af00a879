package web_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/view"
)

// chromium is where Debian's chromium package puts the browser; $DOSSIER_CHROMIUM overrides it.
func chromium() string {
	if p := os.Getenv("DOSSIER_CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// browser drives one headless Chromium tab against a fixture server, and records what the
// pages must never do: open a dialog, throw, or trip the Content-Security-Policy.
type browser struct {
	t     *testing.T
	ctx   context.Context
	f     *fixture
	shots string

	mu       sync.Mutex
	dialogs  []string
	problems []string
	notes    []string // other console errors, such as the 401 of a page opened before sign-in
}

func newBrowser(t *testing.T, f *fixture) *browser {
	t.Helper()
	exe := chromium()
	if _, err := os.Stat(exe); err != nil {
		t.Skipf("browser tests skipped: no Chromium at %s (install Debian's chromium package, or set DOSSIER_CHROMIUM)", exe)
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() {
		cancel()
		acancel()
	})
	b := &browser{t: t, ctx: ctx, f: f, shots: screenshotDir(t)}
	// The first Run starts the browser; it must not carry a timeout.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.dialogs = append(b.dialogs, string(ev.Type)+": "+ev.Message)
			b.mu.Unlock()
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	console := chromedp.Console(ctx)
	go func() {
		for m, err := range console {
			if err != nil {
				return
			}
			if m.IsException() || strings.Contains(m.Text, "Content Security Policy") || strings.Contains(m.Text, "Content-Security-Policy") {
				b.mu.Lock()
				b.problems = append(b.problems, fmt.Sprintf("%s (%s:%d:%d)", m.String(), m.URL, m.Line, m.Column))
				b.mu.Unlock()
			} else if m.Type == "error" {
				b.mu.Lock()
				b.notes = append(b.notes, m.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// screenshotDir is $DOSSIER_SCREENSHOTS (a relative path is taken from the repository root, so
// that DOSSIER_SCREENSHOTS=docs writes into docs/), or a temporary folder.
func screenshotDir(t *testing.T) string {
	dir := os.Getenv("DOSSIER_SCREENSHOTS")
	if dir == "" {
		return t.TempDir()
	}
	if !filepath.IsAbs(dir) {
		dir = filepath.Join("..", dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// do runs actions with a time limit.
func (b *browser) do(actions ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		b.fail(err)
	}
}

func (b *browser) fail(err error) {
	b.t.Helper()
	var loc string
	ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
	defer cancel()
	loc, _ = chromedp.Run(ctx, chromedp.Location())
	b.screenshot("failure-" + strings.NewReplacer("/", "-", " ", "-").Replace(b.t.Name()))
	b.t.Fatalf("at %s: %v", loc, err)
}

// eval evaluates a JavaScript expression and decodes its value.
func eval[T any](b *browser, expr string) T {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.fail(fmt.Errorf("%s: %w", expr, err))
	}
	return v
}

// until waits for a JavaScript expression to become true, across navigations.
func (b *browser) until(expr string) {
	b.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(b.ctx, 5*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool]("!!("+expr+")"))
		cancel()
		if err == nil && ok {
			return
		}
		last = err
		time.Sleep(100 * time.Millisecond)
	}
	if last == nil {
		last = errors.New("still false")
	}
	b.fail(fmt.Errorf("waiting for %s: %w", expr, last))
}

func (b *browser) open(path string) {
	b.t.Helper()
	b.do(chromedp.Navigate(b.f.url + path))
}

func (b *browser) screenshot(name string) {
	ctx, cancel := context.WithTimeout(b.ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		b.t.Logf("screenshot %s: %v", name, err)
		return
	}
	p := filepath.Join(b.shots, "screenshot-"+name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		b.t.Errorf("screenshot: %v", err)
	}
}

// clean checks that nothing a hostile source carries has run, and that no page has thrown or
// been stopped by the Content-Security-Policy.
func (b *browser) clean() {
	b.t.Helper()
	if got := eval[string](b, `typeof window.__pwned === 'undefined' ? '' : String(window.__pwned)`); got != "" {
		b.t.Errorf("a hostile payload ran: window.__pwned = %q", got)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, n := range b.notes {
		b.t.Logf("console: %s", n)
	}
	if len(b.dialogs) > 0 {
		b.t.Errorf("dialogs opened: %q", b.dialogs)
	}
	if len(b.problems) > 0 {
		b.t.Errorf("page errors: %q", b.problems)
	}
	b.dialogs, b.problems, b.notes = nil, nil, nil
}

func entityID(t *testing.T, f *fixture, name string) string {
	t.Helper()
	e, err := view.FindEntity(context.Background(), f.db, name)
	if err != nil {
		t.Fatalf("entity %q: %v", name, err)
	}
	return e.ID
}

func sourceID(t *testing.T, f *fixture, file string) string {
	t.Helper()
	list, _, err := f.db.FindSources(context.Background(), dossier.SourceFilter{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if filepath.Base(s.Path) == file {
			return s.ID
		}
	}
	t.Fatalf("no source %s", file)
	return ""
}

func js(s string) string { return fmt.Sprintf("%q", s) }

// TestBrowser drives the workbench in headless Chromium against the real server: sign-in,
// search to a claim's highlighted passage, graph, timeline, map, contradictions, the review
// queue with a merge and its undo, ingest, and a hostile source that must run nothing.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	if _, err := os.Stat(chromium()); err != nil {
		t.Skipf("browser tests skipped: no Chromium at %s (install Debian's chromium package, or set DOSSIER_CHROMIUM)", chromium())
	}
	f := newFixture(t)
	b := newBrowser(t, f)
	group := entityID(t, f, "Husseiniyun")
	soleimani := entityID(t, f, "Qasem Soleimani")
	qom := entityID(t, f, "Qom")

	if !t.Run("login", func(t *testing.T) {
		b.t = t
		b.open("/entity?id=" + group)
		b.until(`location.pathname === '/login' && !!document.querySelector('#login')`)
		b.do(chromedp.SendKeys(chromedp.CSS("#username"), testUser), chromedp.SendKeys(chromedp.CSS("#password"), "wrong password"),
			chromedp.Click(chromedp.CSS("#signin")))
		b.until(`!document.querySelector('#login-error').hidden`)
		b.screenshot("login")
		b.do(chromedp.Evaluate[chromedp.Void](`document.getElementById('password').value = ''`), chromedp.SendKeys(chromedp.CSS("#password"), testPassword),
			chromedp.Click(chromedp.CSS("#signin")))
		// Back to the page asked for, when the server passed it on, else to the search page.
		b.until(`(location.pathname === '/' || location.pathname === '/entity') && !!document.querySelector('.topbar .brand')`)
		b.until(`document.querySelector('.topbar .who').textContent.includes(` + js(testUser) + `)`)
		b.clean()
	}) {
		return
	}

	t.Run("search to passage", func(t *testing.T) {
		b.t = t
		b.open("/search?q=Begli")
		b.until(`document.querySelectorAll('#entity-results a.entity-link').length > 0 && document.querySelectorAll('#source-results .snippet mark').length > 0`)
		b.screenshot("search")
		if got := eval[string](b, `document.querySelector('#entity-results a.entity-link').textContent`); got != "Tawhid Ibrahim Begli" {
			t.Errorf("first entity hit %q", got)
		}
		b.do(chromedp.Click(chromedp.CSS("#entity-results a.entity-link")))
		b.until(`location.pathname === '/entity' && document.querySelectorAll('#claims details.claim').length > 0`)
		b.until(`document.querySelector('#names .name').textContent.length > 0`)
		// Expand a claim: its evidence shows the quote and a link to the passage.
		b.do(chromedp.Click(chromedp.CSS(`#claims details.claim[data-predicate="founded_by"] > summary`)))
		b.until(`document.querySelector('#claims details.claim[data-predicate="founded_by"]').open`)
		quote := eval[string](b, `document.querySelector('details.claim[data-predicate="founded_by"] blockquote.quote').textContent`)
		if !strings.Contains(quote, "founded by Tawhid Ibrahim Begli") {
			t.Errorf("quote %q", quote)
		}
		b.do(chromedp.Click(chromedp.CSS(`details.claim[data-predicate="founded_by"] a.passage-link`)))
		b.until(`location.pathname === '/source' && !!document.getElementById('passage')`)
		marked := eval[string](b, `[...document.querySelectorAll('mark.passage')].map(m => m.textContent).join('')`)
		if marked != quote {
			t.Errorf("highlighted passage %q, want the quote %q", marked, quote)
		}
		if !eval[bool](b, `(() => { const r = document.getElementById('passage').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()`) {
			t.Error("the passage is not scrolled into view")
		}
		if n := eval[int](b, `document.querySelectorAll('#source-text a.mention').length`); n < 3 {
			t.Errorf("%d linked mentions in the source text", n)
		}
		b.screenshot("source")
		// Grading the source changes the grades of its claims.
		b.do(chromedp.SetValue(chromedp.CSS("#reliability"), "B"), chromedp.Click(chromedp.CSS("#grade-form button[type=submit]")))
		b.until(`document.getElementById('grade-status').textContent === 'graded B'`)
		b.clean()
	})

	t.Run("scripts and code points", func(t *testing.T) {
		b.t = t
		// An Azerbaijani spelling finds the entity, and the page says which spelling matched.
		b.open("/search?q=" + "%C4%B0brahimb%C9%99yli") // İbrahimbəyli
		b.until(`document.querySelectorAll('#entity-results .entity-hit').length > 0`)
		if got := eval[string](b, `document.querySelector('#entity-results .entity-hit').textContent`); !strings.Contains(got, "Tawhid Ibrahim Begli") || !strings.Contains(got, "Tovhid İbrahimbəyli") {
			t.Errorf("entity hit %q: want the name and the spelling that matched", got)
		}
		// Mentions after a character outside the BMP (two UTF-16 units, one code point) and in
		// Persian script are wrapped exactly and link to their entities.
		b.open("/source?id=" + sourceID(t, f, "04-az.txt"))
		b.until(`document.querySelectorAll('#source-text a.mention').length >= 5`)
		got := eval[[]string](b, `[...document.querySelectorAll('#source-text a.mention')].map(a => a.textContent + '=' + new URLSearchParams(a.search).get('id'))`)
		for _, want := range []string{"Tovhid İbrahimbəyli=" + entityID(t, f, "Tawhid Ibrahim Begli"), "حسینیون=" + group, "Hüseynçilər=" + group} {
			found := false
			for _, g := range got {
				found = found || g == want
			}
			if !found {
				t.Errorf("no mention %q among %q", want, got)
			}
		}
		if dir := eval[string](b, `document.getElementById('source-text').getAttribute('dir')`); dir != "auto" {
			t.Errorf("source text dir=%q, want auto", dir)
		}
		b.clean()
	})

	t.Run("entity", func(t *testing.T) {
		b.t = t
		b.open("/entity?id=" + group)
		b.until(`document.querySelectorAll('#claims details.claim').length >= 4 && document.querySelectorAll('#claims .grade').length >= 4`)
		if got := eval[string](b, `document.getElementById('entity-name').textContent`); got != "Husseiniyun" {
			t.Errorf("name %q", got)
		}
		if !eval[bool](b, `[...document.querySelectorAll('#claims .grade')].some(g => /^B[1-6]$/.test(g.textContent))`) {
			t.Errorf("no claim graded B after grading its source B: %q", eval[[]string](b, `[...document.querySelectorAll('#claims .grade')].map(g => g.textContent)`))
		}
		if !eval[bool](b, `/^[A-F][1-6]$/.test(document.querySelector('#claims .grade').textContent)`) {
			t.Errorf("grade %q", eval[string](b, `document.querySelector('#claims .grade').textContent`))
		}
		b.until(`document.querySelectorAll('#claims details.claim.contradicted').length >= 2`)
		b.do(chromedp.Click(chromedp.CSS(`#claims details.claim[data-predicate="founded_by"] > summary`)))
		b.screenshot("entity")
		// An analyst overrides a claim's credibility; the grade follows.
		claim := eval[string](b, `document.querySelector('#claims details.claim[data-predicate="based_in"]').dataset.claim`)
		sel := `#claims details.claim[data-claim="` + claim + `"]`
		b.do(chromedp.Click(chromedp.CSS(sel+" > summary")),
			chromedp.SetValue(chromedp.CSS(sel+" .cred-select"), "1"),
			chromedp.SendKeys(chromedp.CSS(sel+" .cred-why"), "confirmed by a court record"),
			chromedp.Click(chromedp.CSS(sel+" .cred-form button")))
		b.until(`document.querySelector('` + sel + ` .cred-form').textContent.includes('saved')`)
		b.do(chromedp.Reload())
		b.until(`!!document.querySelector('` + sel + ` .grade')`)
		if g := eval[string](b, `document.querySelector('`+sel+` .grade').textContent`); !strings.HasSuffix(g, "1") {
			t.Errorf("grade after the override: %q", g)
		}
		// Claims a page at a time: the "More claims" button fetches the next page until none is left.
		b.open("/entity?id=" + group + "&limit=2")
		b.until(`document.querySelectorAll('#claims details.claim').length === 2 && !!document.getElementById('more-claims')`)
		if got := eval[string](b, `document.querySelector('#claims h2 .count').textContent`); !strings.HasPrefix(got, "2 of ") {
			t.Errorf("count on the first page of two claims: %q", got)
		}
		for i := 0; i < 100 && eval[bool](b, `!!document.getElementById('more-claims')`); i++ {
			n := eval[int](b, `document.querySelectorAll('#claims details.claim').length`)
			b.do(chromedp.Click(chromedp.CSS(`#more-claims`)))
			b.until(`document.querySelectorAll('#claims details.claim').length > ` + strconv.Itoa(n) + ` || !document.getElementById('more-claims')`)
		}
		ids := eval[[]string](b, `[...document.querySelectorAll('#claims details.claim')].map(d => d.dataset.claim)`)
		seen := map[string]bool{}
		for _, id := range ids {
			if seen[id] {
				t.Errorf("claim %s shown twice", id)
			}
			seen[id] = true
		}
		if got := eval[string](b, `document.querySelector('#claims h2 .count').textContent`); got != strconv.Itoa(len(ids)) || len(ids) < 4 {
			t.Errorf("after the last page: count %q, %d claims shown", got, len(ids))
		}
		b.clean()
	})

	t.Run("graph and path", func(t *testing.T) {
		b.t = t
		b.open("/graph?id=" + soleimani)
		b.until(`window.dossierGraph && dossierGraph.nodes().length >= 3 && dossierGraph.edges().length >= 2`)
		b.until(`dossierGraph.nodes().includes(` + js(group) + `)`)
		// A click on a node expands its neighbours.
		type point struct{ X, Y float64 }
		time.Sleep(200 * time.Millisecond)
		at := eval[point](b, `dossierGraph.at(`+js(group)+`)`)
		b.do(chromedp.MouseClickXY(at.X, at.Y))
		b.until(`dossierGraph.expanded().includes(` + js(group) + `) && dossierGraph.nodes().includes(` + js(qom) + `)`)
		// A path to a second entity.
		b.open("/graph?id=" + soleimani + "&to=" + qom)
		b.until(`window.dossierGraph && dossierGraph.nodes().length >= 3 && dossierGraph.edges().length >= 2`)
		b.until(`dossierGraph.path() >= 2 && document.getElementById('path-info').textContent.includes('path')`)
		if !eval[bool](b, `dossierGraph.nodes().includes(`+js(qom)+`) && dossierGraph.nodes().includes(`+js(group)+`)`) {
			t.Errorf("graph nodes %v", eval[[]string](b, `dossierGraph.nodes()`))
		}
		// The canvas is drawn.
		if !eval[bool](b, `[...document.querySelectorAll('#cy canvas')].some(c => c.width > 100 && c.height > 100)`) {
			t.Error("no graph canvas")
		}
		// Filtering by credibility hides claims.
		before := eval[string](b, `document.getElementById('graph-info').textContent`)
		b.do(chromedp.SetValue(chromedp.CSS("#credibility"), "1"), chromedp.Evaluate[chromedp.Void](`document.getElementById('credibility').dispatchEvent(new Event('change'))`))
		after := eval[string](b, `document.getElementById('graph-info').textContent`)
		if before == after {
			t.Errorf("credibility filter changed nothing: %q", after)
		}
		b.do(chromedp.SetValue(chromedp.CSS("#credibility"), "6"), chromedp.Evaluate[chromedp.Void](`document.getElementById('credibility').dispatchEvent(new Event('change'))`))
		b.screenshot("graph")
		b.clean()
	})

	t.Run("timeline", func(t *testing.T) {
		b.t = t
		b.open("/timeline?id=" + group)
		b.until(`document.querySelectorAll('#timeline .vis-item').length >= 3 && document.querySelectorAll('#timeline-table tbody tr').length >= 3`)
		if n := eval[int](b, `document.querySelectorAll('#timeline .vis-item.contradicted').length`); n < 2 {
			t.Errorf("%d contradicted items on the timeline", n)
		}
		if !eval[bool](b, `[...document.querySelectorAll('#timeline-table tbody tr')].some(r => r.cells[1].textContent === 'year')`) {
			t.Error("no precision shown")
		}
		b.screenshot("timeline")
		b.clean()
	})

	t.Run("map", func(t *testing.T) {
		b.t = t
		b.open("/map?id=" + group)
		b.until(`window.dossierMap && dossierMap.countries > 100 && dossierMap.markers >= 1`)
		b.until(`document.querySelectorAll('#map path.leaflet-interactive').length > 100`)
		if got := eval[string](b, `document.getElementById('places').textContent`); !strings.Contains(got, "Qom") {
			t.Errorf("places %q", got)
		}
		if got := eval[string](b, `document.querySelector('.credits').textContent`); !strings.Contains(got, "GeoNames") || !strings.Contains(got, "Natural Earth") {
			t.Errorf("credits %q", got)
		}
		b.screenshot("map")
		b.clean()
	})

	t.Run("contradictions", func(t *testing.T) {
		b.t = t
		b.open("/contradictions?entity=" + group)
		b.until(`document.querySelectorAll('#contradictions article.contradiction').length >= 1`)
		if !eval[bool](b, `[...document.querySelectorAll('article.contradiction')].some(a => a.querySelectorAll('.side').length === 2 && a.querySelectorAll('blockquote.quote').length >= 2)`) {
			t.Error("no contradiction with both sides quoted")
		}
		b.screenshot("contradictions")
		b.clean()
	})

	t.Run("review merge and undo", func(t *testing.T) {
		b.t = t
		b.open("/review")
		b.until(`document.querySelectorAll('#proposals tr[data-proposal]').length >= 1`)
		if got := eval[string](b, `document.querySelector('#proposals td.explanation').textContent`); !strings.Contains(got, "score") {
			t.Errorf("explanation %q", got)
		}
		b.screenshot("review")
		newID := eval[string](b, `document.querySelector('#proposals tr[data-proposal] td a').getAttribute('href').split('id=')[1]`)
		b.until(`!!document.querySelector('#merges ul, #merges p')`)
		merges := eval[int](b, `document.querySelectorAll('#merges li[data-judgement]').length`)
		b.do(chromedp.Click(chromedp.CSS(`#proposals tr[data-proposal] button.accept`)))
		b.until(`!!document.querySelector('#decision-list li.decision button.undo') && document.querySelectorAll('#merges li[data-judgement]').length === ` + fmt.Sprint(merges+1))
		b.screenshot("review-merged")
		ctx := context.Background()
		if e, err := f.db.FindEntityByID(ctx, newID); err != nil || e.ID == newID {
			t.Errorf("after accepting, %s resolves to %v (%v), want its merged entity", newID, e, err)
		}
		b.do(chromedp.Click(chromedp.CSS(`#decision-list button.undo`)))
		b.until(`!!document.querySelector('#decision-list .undone') && document.querySelectorAll('#merges li[data-judgement]').length === ` + fmt.Sprint(merges))
		if e, err := f.db.FindEntityByID(ctx, newID); err != nil || e.ID != newID {
			t.Errorf("after the undo, %s resolves to %v (%v), want itself", newID, e, err)
		}
		b.clean()
	})

	t.Run("hostile source runs nothing", func(t *testing.T) {
		b.t = t
		hostile := sourceID(t, f, "03-hostile.txt")
		b.open("/source?id=" + hostile)
		b.until(`!!document.getElementById('source-text') && document.getElementById('source-text').textContent.includes('onerror')`)
		if got := eval[string](b, `document.getElementById('source-title').textContent`); !strings.Contains(got, "<script>") {
			t.Errorf("title %q: the markup must show as text", got)
		}
		if n := eval[int](b, `document.querySelectorAll('#main script, #main img, #main svg, #main iframe, #main [onerror], #main [onload], #main a[href^="javascript"]').length`); n != 0 {
			t.Errorf("%d elements created from the source's markup", n)
		}
		b.screenshot("hostile")
		b.clean()
		// The same text through search snippets and an entity's evidence.
		b.open("/search?q=praised")
		b.until(`document.querySelectorAll('#source-results .hit').length >= 1`)
		b.clean()
		b.open("/entity?id=" + entityID(t, f, "Tawhid Ibrahim Begli"))
		b.until(`document.querySelectorAll('#claims details.claim').length > 0`)
		b.do(chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('details.claim').forEach(d => d.open = true)`))
		b.do(chromedp.Sleep(300 * time.Millisecond))
		b.clean()
	})

	t.Run("ingest", func(t *testing.T) {
		b.t = t
		dir := t.TempDir()
		good := filepath.Join(dir, "new-report.txt")
		bad := filepath.Join(dir, "broken.pdf")
		os.WriteFile(good, []byte("Kataib Hezbollah and Husseiniyun\n\nKataib Hezbollah was founded by Abu Mahdi al-Muhandis in 2007.\n"), 0o644)
		os.WriteFile(bad, []byte("%PDF-1.4 this is not really a PDF"), 0o644)
		b.open("/ingest")
		b.until(`!!document.getElementById('files')`)
		b.do(chromedp.SetUploadFiles(chromedp.CSS("#files"), []string{good, bad}), chromedp.Click(chromedp.CSS("#upload")))
		b.until(`(document.querySelector('#job .job-status') || {textContent: ''}).textContent.startsWith('Done')`)
		status := eval[string](b, `document.querySelector('#job .job-status').textContent`)
		if !strings.Contains(status, "1 added") || !strings.Contains(status, "1 failed") {
			t.Errorf("job status %q", status)
		}
		if got := eval[string](b, `document.querySelector('#job ul.errors').textContent`); !strings.Contains(got, "broken.pdf") {
			t.Errorf("per-file errors %q", got)
		}
		b.screenshot("ingest")
		b.clean()
	})

	t.Run("sign out", func(t *testing.T) {
		b.t = t
		b.open("/")
		b.until(`!!document.querySelector('.topbar .user button')`)
		b.do(chromedp.Click(chromedp.CSS(".topbar .user button")))
		b.until(`location.pathname === '/login'`)
		b.open("/review")
		b.until(`location.pathname === '/login'`)
		b.clean()
	})
}
