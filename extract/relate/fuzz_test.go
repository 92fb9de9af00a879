package relate

import (
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
)

// fuzzDoc builds a document from arbitrary text: every capitalised word run becomes a mention
// whose type cycles with seed, plus a few arbitrary (possibly invalid or overlapping) spans.
func fuzzDoc(text string, seed uint8) *extract.Doc {
	d := extract.NewDoc(&dossier.Source{Text: text, Language: "en"})
	rs := d.Runes
	types := []dossier.EntityType{dossier.Person, dossier.Organization, dossier.Location,
		dossier.Event, dossier.Channel, dossier.DocumentRef, dossier.Position, dossier.Unknown}
	k := int(seed)
	for i := 0; i < len(rs); {
		if !unicode.IsUpper(rs[i]) {
			i++
			continue
		}
		j := i
		for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == ' ' && j+1 < len(rs) && unicode.IsUpper(rs[j+1])) {
			j++
		}
		d.Mentions = append(d.Mentions, extract.Mention{Span: dossier.Span{Start: i, End: j}, Text: string(rs[i:j]), Type: types[k%len(types)], Alias: -1 + k%3})
		k++
		i = j
	}
	// Hostile extras: out of range, reversed, overlapping, alias pointing anywhere.
	n := len(rs)
	d.Mentions = append(d.Mentions,
		extract.Mention{Span: dossier.Span{Start: -3, End: 2}, Type: dossier.Person, Alias: 99},
		extract.Mention{Span: dossier.Span{Start: n / 2, End: n/2 + 3}, Type: types[int(seed)%len(types)], Alias: 0},
		extract.Mention{Span: dossier.Span{Start: n, End: n + 5}, Type: dossier.Organization, Alias: -1},
	)
	d.Attributions = append(d.Attributions, extract.Attribution{Source: "x", Scope: dossier.Span{Start: n / 3, End: n * 2}})
	if seed%2 == 1 {
		d.Dates = append(d.Dates,
			extract.Date{Span: dossier.Span{Start: n / 4, End: n/4 + 4}, Date: dossier.Date{Year: 2016, Precision: dossier.PrecisionYear}},
			extract.Date{Span: dossier.Span{Start: n / 2, End: n / 3}, Date: dossier.Date{Year: 2017, Precision: dossier.PrecisionYear}},
			extract.Date{Span: dossier.Span{Start: n / 5, End: n / 5}})
	}
	return d
}

func checkRelations(t *testing.T, d *extract.Doc) {
	t.Helper()
	n := len(d.Runes)
	for _, r := range d.Relations {
		if r.Subject < 0 || r.Subject >= len(d.Mentions) {
			t.Fatalf("subject %d out of range (%d mentions)", r.Subject, len(d.Mentions))
		}
		if r.Object < -1 || r.Object >= len(d.Mentions) {
			t.Fatalf("object %d out of range", r.Object)
		}
		if r.Object == -1 && r.Value == "" {
			t.Fatalf("literal relation without value: %+v", r)
		}
		if r.Object == r.Subject {
			t.Fatalf("reflexive relation %+v", r)
		}
		if r.Evidence.Start < 0 || r.Evidence.End > n || r.Evidence.Start >= r.Evidence.End {
			t.Fatalf("evidence %v outside text of %d runes", r.Evidence, n)
		}
		for _, m := range []int{r.Subject, r.Object} {
			if m < 0 {
				continue
			}
			sp := d.Mentions[m].Span
			if sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
				t.Fatalf("relation uses invalid mention %v", sp)
			}
		}
		p := dossier.LookupPredicate(r.Predicate)
		if p == nil {
			t.Fatalf("predicate %q not in vocabulary", r.Predicate)
		}
		if !typeOK(p.Subject, d.Mentions[r.Subject].Type, true) {
			t.Fatalf("%s subject type %s", r.Predicate, d.Mentions[r.Subject].Type)
		}
		if r.Object >= 0 && !typeOK(p.Object, d.Mentions[r.Object].Type, true) {
			t.Fatalf("%s object type %s", r.Predicate, d.Mentions[r.Object].Type)
		}
		if !strings.HasPrefix(r.Method, "pattern:") || r.Confidence <= 0 || r.Confidence > 1 {
			t.Fatalf("method %q confidence %v", r.Method, r.Confidence)
		}
		switch r.Stance {
		case dossier.StanceAsserts, dossier.StanceReports, dossier.StanceDenies, dossier.StanceDoubts:
		default:
			t.Fatalf("stance %q", r.Stance)
		}
	}
}

// FuzzProcess: no input makes the stage panic, and every relation it returns is well formed.
func FuzzProcess(f *testing.F) {
	for _, s := range []string{
		"Tawfiq Rahimov founded Caspian Front in 2015 in Ardabil.",
		"Caspian Front, backed by Iran and Syria, has about 40 members. Its leader Ramil Guliyev was arrested in Georgia.",
		"He was sentenced to seven years. The group denied it. The myth that X founded Y persists.",
		"\uE000p0\uE001 founded \uE000o1\uE001 \uE003 0\uE004",
		"A, B, C and D, and E armed F, G and H",
		strings.Repeat("Iran backs Hezbollah ", 200),
		"İstanbul’da Hüseynçilər — “Caspian” 2016-cı il",
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(3))
	}
	st := New()
	f.Fuzz(func(t *testing.T, text string, seed uint8) {
		d := fuzzDoc(text, seed)
		st.Process(d)
		checkRelations(t, d)
	})
}

// TestLongInputIsLinear checks that a long sentence without punctuation, full of mentions, is
// cut into windows rather than matched as a whole.
func TestLongInputIsLinear(t *testing.T) {
	d, err := parseAnnotated(strings.Repeat("[Iran|L] backs [Hezbollah|O] and [Hezbollah|O] trains [the Houthis|O] near [Saada|L] ", 2000))
	if err != nil {
		t.Fatal(err)
	}
	New().Process(d)
	checkRelations(t, d)
	if len(d.Relations) == 0 {
		t.Fatal("no relations in the long text")
	}
}
