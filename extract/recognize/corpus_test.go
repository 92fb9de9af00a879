package recognize

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
)

// The shared development corpus and its gold mentions live outside the repository; the test
// reads them when present and prints mention recall by type. It measures, it does not pass or
// fail on a figure: the same rules meet documents nobody here has seen.
const sharedDir = "../../../shared"

var showMisses = flag.Bool("misses", false, "print the gold mentions the rules miss")

type goldEntity struct {
	ID       string   `json:"id"`
	Type     string   `json:"type"`
	Mentions []string `json:"mentions"`
	Docs     []string `json:"docs"`
}

func TestDevCorpusRecall(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(sharedDir, "eval", "gold-dev", "entities.json"))
	if err != nil {
		t.Skip("development gold not present:", err)
	}
	var gold []goldEntity
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(sharedDir, "corpus", "*.txt"))
	if len(files) == 0 {
		t.Skip("development corpus not present")
	}
	type tally struct{ gold, found, typed int }
	byType := map[string]*tally{}
	predicted, correct := 0, 0
	r := New()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		d := extract.NewDoc(&dossier.Source{Text: string(b), Language: "en"})
		ms := r.Recognize(d)
		checkMentions(t, d, ms)
		spans := goldSpans(d.Runes, gold, name)
		for _, g := range spans {
			tl := byType[g.typ]
			if tl == nil {
				tl = &tally{}
				byType[g.typ] = tl
			}
			tl.gold++
			var hit *extract.Mention
			for i := range ms {
				if ov := overlap(ms[i].Span, g.span); 2*ov >= g.span.Len() {
					hit = &ms[i]
					break
				}
			}
			if hit == nil {
				if *showMisses {
					t.Logf("miss %s %q (%s)", name[:3], string(d.Runes[g.span.Start:g.span.End]), g.typ)
				}
				continue
			}
			tl.found++
			if string(hit.Type) == g.typ {
				tl.typed++
			}
		}
		for _, m := range ms {
			predicted++
			ok := false
			for _, g := range spans {
				if 2*overlap(m.Span, g.span) >= m.Span.Len() {
					ok = true
					break
				}
			}
			if ok {
				correct++
			} else if *showMisses {
				t.Logf("extra %s %q %s %s", name[:3], m.Text, m.Type, m.Method)
			}
		}
	}
	types := make([]string, 0, len(byType))
	tg, tf := 0, 0
	for k, v := range byType {
		types = append(types, k)
		tg += v.gold
		tf += v.found
	}
	sort.Strings(types)
	t.Logf("development corpus: mention recall %d/%d = %.2f, precision %d/%d = %.2f", tf, tg, float64(tf)/float64(tg), correct, predicted, float64(correct)/float64(max(predicted, 1)))
	for _, k := range types {
		v := byType[k]
		t.Logf("  %-13s recall %3d/%3d = %.2f  same type %.2f", k, v.found, v.gold, float64(v.found)/float64(v.gold), float64(v.typed)/float64(max(v.found, 1)))
	}
}

type goldSpan struct {
	span dossier.Span
	typ  string
}

// goldSpans places gold mention strings in the text as the shared evaluator does: whole-word,
// case-sensitive, leftmost-longest, non-overlapping.
func goldSpans(rs []rune, gold []goldEntity, doc string) []goldSpan {
	text := string(rs)
	type c struct {
		s, e int
		typ  string
	}
	var cs []c
	for _, g := range gold {
		in := false
		for _, d := range g.Docs {
			in = in || d == doc
		}
		if !in {
			continue
		}
		for _, m := range g.Mentions {
			mr := []rune(m)
			for off := 0; ; {
				i := strings.Index(text[off:], m)
				if i < 0 || m == "" {
					break
				}
				bi := off + i
				s := len([]rune(text[:bi]))
				e := s + len(mr)
				word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || unicode.IsMark(r) }
				if (s == 0 || !(word(mr[0]) && word(rs[s-1]))) && (e == len(rs) || !(word(mr[len(mr)-1]) && word(rs[e]))) {
					cs = append(cs, c{s, e, g.Type})
				}
				off = bi + 1
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].s != cs[j].s {
			return cs[i].s < cs[j].s
		}
		return cs[i].e > cs[j].e
	})
	var out []goldSpan
	last := -1
	for _, x := range cs {
		if x.s >= last {
			out = append(out, goldSpan{dossier.Span{Start: x.s, End: x.e}, x.typ})
			last = x.e
		}
	}
	return out
}

func overlap(a, b dossier.Span) int {
	return max(0, min(a.End, b.End)-max(a.Start, b.Start))
}

// checkMentions asserts the output contract: valid spans, exact text, no overlaps, valid
// types and alias indices.
func checkMentions(t testing.TB, d *extract.Doc, ms []extract.Mention) {
	t.Helper()
	rs := d.Runes
	if len(rs) == 0 {
		rs = []rune(d.Text)
	}
	for i, m := range ms {
		if !m.Span.Valid() || m.Span.End > len(rs) {
			t.Fatalf("mention %d: invalid span %+v (text %d code points)", i, m.Span, len(rs))
		}
		if got := string(rs[m.Span.Start:m.Span.End]); got != m.Text {
			t.Fatalf("mention %d: Text %q, span holds %q", i, m.Text, got)
		}
		if i > 0 && ms[i-1].Span.End > m.Span.Start {
			t.Fatalf("mentions %d and %d overlap or are out of order: %+v %+v", i-1, i, ms[i-1].Span, m.Span)
		}
		if !m.Type.Valid() {
			t.Fatalf("mention %d: invalid type %q", i, m.Type)
		}
		if m.Alias < -1 || m.Alias >= len(ms) || m.Alias == i {
			t.Fatalf("mention %d: invalid alias %d", i, m.Alias)
		}
		if !strings.Contains(m.Method, ":") || m.Score <= 0 || m.Score > 1 {
			t.Fatalf("mention %d: method %q score %v", i, m.Method, m.Score)
		}
	}
}
