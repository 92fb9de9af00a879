package relate

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
	"github.com/dossier-osint/dossier/extract/attrib"
	"github.com/dossier-osint/dossier/extract/dates"
)

// TestCorpusRecall runs the stage on the shared development corpus, with mentions found by
// matching the gold entities' spellings, and reports relation recall against the gold relations
// (typed: the right pair and predicate class; untyped: the right pair). It skips when the corpus
// is not beside the repository. The floors guard against regressions; they are well below the
// measured figures so that the test does not encode the four texts.
func TestCorpusRecall(t *testing.T) {
	root := filepath.Join("..", "..", "..", "shared")
	corpus := filepath.Join(root, "corpus")
	gold := filepath.Join(root, "eval", "gold-dev")
	if _, err := os.Stat(filepath.Join(gold, "relations.json")); err != nil {
		t.Skip("development corpus not present")
	}
	var ents []struct {
		ID       string   `json:"id"`
		Type     string   `json:"type"`
		Mentions []string `json:"mentions"`
	}
	var rels []struct {
		Subject, Predicate, Object, Doc string
		ObjectType                      string `json:"object_type"`
	}
	mustJSON(t, filepath.Join(gold, "entities.json"), &ents)
	mustJSON(t, filepath.Join(gold, "relations.json"), &rels)
	files, _ := filepath.Glob(filepath.Join(corpus, "*.txt"))
	classes := map[string]bool{}
	for _, p := range dossier.Predicates {
		if p.Class != "" {
			classes[p.Class] = true
		}
	}
	classes["founded_by"] = true
	norm := func(c string) string {
		switch c {
		case "founded_by":
			return "founded"
		}
		return c
	}
	type pair struct{ doc, a, b string }
	key := func(doc, a, b string) pair {
		if a > b {
			a, b = b, a
		}
		return pair{doc, a, b}
	}
	goldTyped := map[pair]map[string]bool{}
	nGold := 0
	for _, r := range rels {
		if r.ObjectType != "entity" || !classes[r.Predicate] {
			continue
		}
		k := key(r.Doc, r.Subject, r.Object)
		if goldTyped[k] == nil {
			goldTyped[k] = map[string]bool{}
		}
		if !goldTyped[k][norm(r.Predicate)] {
			nGold++
		}
		goldTyped[k][norm(r.Predicate)] = true
	}
	if q := os.Getenv("RELATE_DEBUG"); q != "" {
		debugHook = func(s string) {
			if strings.Contains(s, q) {
				t.Logf("masked: %s", s)
			}
		}
		defer func() { debugHook = nil }()
	}
	found := map[pair]map[string]bool{}
	total, correct := 0, 0
	var fps []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc := filepath.Base(f)
		d := extract.NewDoc(&dossier.Source{Text: string(b), Language: "en"})
		ids := goldMentions(d, ents)
		addDatesAndAttributions(d)
		New().Process(d)
		for _, r := range d.Relations {
			if r.Object < 0 {
				continue
			}
			p := dossier.LookupPredicate(r.Predicate)
			k := key(doc, ids[r.Subject], ids[r.Object])
			if found[k] == nil {
				found[k] = map[string]bool{}
			}
			found[k][norm(p.Class)] = true
			total++
			if goldTyped[k][norm(p.Class)] {
				correct++
			} else {
				fps = append(fps, doc[:3]+" "+brief(d, r)+" ["+r.Method+" "+r.Stance+" "+r.AttributedTo+"] "+trim(d.Slice(r.Evidence)))
			}
		}
	}
	hitTyped, hitPair := 0, 0
	var misses []string
	for k, cs := range goldTyped {
		for c := range cs {
			switch {
			case found[k][c]:
				hitTyped++
			case found[k] != nil:
				hitPair++
				misses = append(misses, k.doc[:3]+" "+k.a+" "+c+" "+k.b+" (pair found)")
			default:
				misses = append(misses, k.doc[:3]+" "+k.a+" "+c+" "+k.b)
			}
		}
	}
	sort.Strings(misses)
	sort.Strings(fps)
	recall := float64(hitTyped) / float64(max(nGold, 1))
	prec := float64(correct) / float64(max(total, 1))
	t.Logf("gold entity relations %d; typed recall %.2f, untyped recall %.2f; %d relations found, %.2f of them in gold",
		nGold, recall, float64(hitTyped+hitPair)/float64(max(nGold, 1)), total, prec)
	if testing.Verbose() {
		for _, m := range misses {
			t.Logf("miss: %s", m)
		}
		for _, m := range fps {
			t.Logf("not in gold: %s", m)
		}
	}
	if recall < 0.15 {
		t.Errorf("typed recall %.2f fell below the floor 0.15", recall)
	}
}

// addDatesAndAttributions runs the date and attribution stages as the pipeline does.
func addDatesAndAttributions(d *extract.Doc) {
	for _, x := range dates.Find(d.Text, d.Lang, d.Anchor) {
		d.Dates = append(d.Dates, extract.Date{Span: x.Span, Text: x.Text, Date: x.Date, End: x.End, Relative: x.Relative})
	}
	for _, a := range attrib.Find(d.Text, d.Lang) {
		d.Attributions = append(d.Attributions, extract.Attribution{Span: a.Span, Source: a.Source, Kind: a.Kind, Scope: a.Scope})
	}
}

func trim(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 140 {
		s = s[:140] + "…"
	}
	return s
}

func mustJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

// goldMentions finds every spelling of every gold entity in d (longest first, at word
// boundaries), sets d.Mentions and returns the entity ID of each mention.
func goldMentions(d *extract.Doc, ents []struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Mentions []string `json:"mentions"`
}) []string {
	type cand struct {
		s, e int
		id   string
		typ  dossier.EntityType
	}
	var cs []cand
	rs := d.Runes
	text := d.Text
	// byte offset → rune offset
	r2 := make([]int, len(text)+1)
	ri := 0
	for bi := range text {
		r2[bi] = ri
		ri++
	}
	r2[len(text)] = ri
	for bi := range r2 {
		if bi > 0 && r2[bi] == 0 {
			r2[bi] = r2[bi-1]
		}
	}
	for _, e := range ents {
		for _, m := range e.Mentions {
			if len([]rune(m)) < 2 {
				continue
			}
			for off := 0; ; {
				k := strings.Index(text[off:], m)
				if k < 0 {
					break
				}
				i, j := r2[off+k], r2[off+k+len(m)]
				off += k + len(m)
				if i > 0 && (unicode.IsLetter(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
					continue
				}
				if j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
					continue
				}
				cs = append(cs, cand{i, j, e.ID, dossier.EntityType(e.Type)})
			}
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		// Positions ("commander of the Quds Force") last, so the names inside them are found,
		// as a recogniser of names would.
		if pa, pb := cs[a].typ == dossier.Position, cs[b].typ == dossier.Position; pa != pb {
			return pb
		}
		if la, lb := cs[a].e-cs[a].s, cs[b].e-cs[b].s; la != lb {
			return la > lb
		}
		return cs[a].s < cs[b].s
	})
	used := make([]bool, len(rs))
	var ids []string
	var ms []extract.Mention
	for _, c := range cs {
		free := true
		for i := c.s; i < c.e; i++ {
			if used[i] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for i := c.s; i < c.e; i++ {
			used[i] = true
		}
		ms = append(ms, extract.Mention{Span: dossier.Span{Start: c.s, End: c.e}, Text: string(rs[c.s:c.e]), Type: c.typ, Alias: -1})
		ids = append(ids, c.id)
	}
	d.Mentions = ms
	return ids
}
