package jsonl_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/export/jsonl"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/storetest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// fixture stores a small, fixed graph: two sources, two entities, mentions, a claim with
// evidence from both sources, a source link and a judgement.
func fixture(t *testing.T) *sqlite.DB {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	at := time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return at }
	t1 := "Hüseynçilər was founded by Tovhid İbrahimbəyli in early 2016, according to Azeri media."
	t2 := "Husseiniyun <b>\"founder\"</b> Tawhid Ibrahim Begli."
	s1, s2 := storetest.NewSource("az.txt", t1), storetest.NewSource("en.html", t2)
	s1.Published = dossier.Date{Year: 2021, Month: 10, Day: 3, Precision: dossier.PrecisionDay}
	begli := &dossier.Entity{ID: "E1", Type: dossier.Person, Name: "Tawhid Ibrahim Begli", Created: at,
		Names: []dossier.Name{{Text: "Tawhid Ibrahim Begli"}, {Text: "Tovhid İbrahimbəyli", Kind: "alias", Language: "az", Script: "Latn"}}}
	group := &dossier.Entity{ID: "E2", Type: dossier.Organization, Name: "Husseiniyun", Created: at,
		Names: []dossier.Name{{Text: "Husseiniyun"}, {Text: "Hüseynçilər", Kind: "alias", Language: "az"}}}
	claim := func(src *dossier.Source, start, end int, attr string) *dossier.Claim {
		r := []rune(src.Text)
		return &dossier.Claim{ID: "C1", Subject: "E2", Predicate: "founded_by", Object: dossier.Object{EntityID: "E1"},
			ValidFrom: dossier.Date{Year: 2016, Part: "early", Precision: dossier.PrecisionSeason},
			Evidence: []*dossier.Evidence{{Span: dossier.Span{Start: start, End: end}, Quote: string(r[start:end]),
				AttributedTo: attr, Stance: dossier.StanceReports, Method: "pattern:founded_by", Confidence: 0.75}}}
	}
	docs := []*dossier.Document{
		{Source: s1, Extraction: &dossier.Extraction{
			Entities: []*dossier.Entity{begli, group},
			Mentions: []*dossier.Mention{
				{Span: dossier.Span{Start: 0, End: 11}, Text: "Hüseynçilər", EntityID: "E2", Method: "gazetteer", Score: 0.97},
				{Span: dossier.Span{Start: 27, End: 46}, Text: "Tovhid İbrahimbəyli", EntityID: "E1", Method: "gazetteer", Score: 0.95},
			},
			Claims: []*dossier.Claim{
				claim(s1, 0, 87, "Azeri media"),
				{ID: "C2", Subject: "E2", Predicate: "founding_date",
					Object:   dossier.Object{Datatype: dossier.TypeDate, Date: dossier.Date{Year: 2016, Part: "early", Precision: dossier.PrecisionSeason}},
					Evidence: []*dossier.Evidence{{Span: dossier.Span{Start: 0, End: 62}, Quote: string([]rune(t1)[:62]), Stance: dossier.StanceAsserts, Method: "pattern:founded_in"}}},
			},
			Links: []*dossier.SourceLink{{ToName: "Azeri media", Kind: dossier.LinkCites, Method: dossier.MethodStated, Evidence: "according to Azeri media"}},
		}},
		{Source: s2, Extraction: &dossier.Extraction{
			Mentions: []*dossier.Mention{{Span: dossier.Span{Start: 29, End: 49}, Text: "Tawhid Ibrahim Begli", EntityID: "E1", Method: "gazetteer", Score: 1}},
			Claims:   []*dossier.Claim{claim(s2, 0, 50, "")},
		}},
	}
	res, err := db.StoreSources(t.Context(), docs)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	if err := db.CreateJudgement(t.Context(), &dossier.Judgement{A: "E1", B: "E2", Verdict: dossier.Different, By: "analyst:ana", At: at}); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestWriteGolden(t *testing.T) {
	db := fixture(t)
	var buf bytes.Buffer
	if err := jsonl.Write(t.Context(), &buf, db, nil); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "store.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("export differs from %s (run with -update to accept):\n%s", golden, buf.String())
	}
}

// TestOffsetsAddressText checks the evaluator's contract: every mention and evidence span,
// taken in code points of the exported source text, is exactly its text or quote.
func TestOffsetsAddressText(t *testing.T) {
	db := fixture(t)
	var buf bytes.Buffer
	if err := jsonl.Write(t.Context(), &buf, db, nil); err != nil {
		t.Fatal(err)
	}
	texts := map[string][]rune{}
	kinds := map[string]int{}
	dec := json.NewDecoder(&buf)
	for dec.More() {
		var rec struct {
			Kind, Source, Text string
			ID                 json.RawMessage
			Start, End         int
			Evidence           json.RawMessage
		}
		if err := dec.Decode(&rec); err != nil {
			t.Fatal(err)
		}
		kinds[rec.Kind]++
		switch rec.Kind {
		case "source":
			var id string
			if err := json.Unmarshal(rec.ID, &id); err != nil {
				t.Fatal(err)
			}
			texts[id] = []rune(rec.Text)
		case "mention":
			if got := string(texts[rec.Source][rec.Start:rec.End]); got != rec.Text {
				t.Errorf("mention %d-%d addresses %q, not %q", rec.Start, rec.End, got, rec.Text)
			}
		case "claim":
			var evs []struct {
				Source, Quote string
				Start, End    int
			}
			if err := json.Unmarshal(rec.Evidence, &evs); err != nil {
				t.Fatal(err)
			}
			for _, ev := range evs {
				if got := string(texts[ev.Source][ev.Start:ev.End]); got != ev.Quote {
					t.Errorf("evidence %d-%d addresses %q, not %q", ev.Start, ev.End, got, ev.Quote)
				}
			}
		}
	}
	want := map[string]int{"source": 2, "entity": 2, "mention": 3, "claim": 2, "source_link": 1, "judgement": 1}
	for k, n := range want {
		if kinds[k] != n {
			t.Errorf("%d %s lines, want %d", kinds[k], k, n)
		}
	}
}
