package pipeline_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/pipeline"
	"github.com/dossier-osint/dossier/reader"
)

func ingest(t *testing.T, e *pipeline.Engine, name string) *dossier.Extraction {
	t.Helper()
	s, err := reader.ReadFile(filepath.Join("testdata", name), reader.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return e.Resolve(e.Extract(s))
}

// entityOf returns the entity of the first mention whose text is texts[0], else texts[1], ...
func entityOf(x *dossier.Extraction, texts ...string) string {
	for _, t := range texts {
		for _, m := range x.Mentions {
			if m.Text == t {
				return m.EntityID
			}
		}
	}
	return ""
}

// TestCrossLanguageResolution: documents in Azerbaijani and Russian, written for this test, name
// people and groups already known from an English document, in their own spellings and scripts;
// they must resolve to the English document's entities.
func TestCrossLanguageResolution(t *testing.T) {
	e := pipeline.New()
	en := ingest(t, e, "en.txt")
	soleimani, nasrallah, hezbollah := entityOf(en, "Qasem Soleimani"), entityOf(en, "Hassan Nasrallah"), entityOf(en, "Hezbollah")
	if soleimani == "" || nasrallah == "" || hezbollah == "" {
		t.Fatalf("English document: Soleimani %q, Nasrallah %q, Hezbollah %q", soleimani, nasrallah, hezbollah)
	}
	if entityOf(en, "Soleimani") != soleimani || entityOf(en, "Nasrallah") != nasrallah {
		t.Errorf("surnames alone must corefer with the full names")
	}
	cases := []struct {
		doc   string
		texts []string
		want  string
	}{
		{"az.txt", []string{"Qasım Süleymani", "Süleymani"}, soleimani},
		{"az.txt", []string{"Həsən Nəsrullah"}, nasrallah},
		{"az.txt", []string{"Hizbullah", "Hizbullahın"}, hezbollah},
		{"ru.txt", []string{"Касем Сулеймани"}, soleimani},
		{"ru.txt", []string{"Хасан Насралла", "Хасаном Насраллой"}, nasrallah},
		{"ru.txt", []string{"Хезболлы", "Хезболлу", "Хезболла"}, hezbollah},
	}
	docs := map[string]*dossier.Extraction{}
	for _, c := range cases {
		x := docs[c.doc]
		if x == nil {
			x = ingest(t, e, c.doc)
			docs[c.doc] = x
		}
		if got := entityOf(x, c.texts...); got != c.want {
			var seen []string
			for _, m := range x.Mentions {
				seen = append(seen, m.Text+"→"+m.EntityID)
			}
			t.Errorf("%s: %v resolved to %q, want %q; mentions: %v", c.doc, c.texts, got, c.want, seen)
		}
	}
}

func TestClaimsCarryEvidence(t *testing.T) {
	e := pipeline.New()
	x := ingest(t, e, "en.txt")
	data, _ := os.ReadFile(filepath.Join("testdata", "en.txt"))
	text := []rune(string(data))
	if len(x.Claims) == 0 {
		t.Fatal("no claims from the English document")
	}
	for _, c := range x.Claims {
		for _, ev := range c.Evidence {
			if string(text[ev.Span.Start:ev.Span.End]) != ev.Quote || ev.Method == "" || ev.Stance == "" {
				t.Errorf("claim %s %s: evidence %+v does not quote its span", c.Predicate, c.ID, ev)
			}
		}
	}
}

// TestRussianDeclension: a Russian document, written for this test, names people and a group
// first seen in it in several grammatical cases (nominative, genitive, instrumental); every case
// of a name is one entity, named in the nominative, and names that only share their first
// letters stay apart.
func TestRussianDeclension(t *testing.T) {
	x := ingest(t, pipeline.New(), "ru_declension.txt")
	groups := []struct {
		name  string
		texts []string
	}{
		{"Карим Хаддад", []string{"Карим Хаддад", "Каримом Хаддадом", "Карима Хаддада"}},
		{"Северный фронт", []string{"Северный фронт", "Северного фронта"}},
		{"Рашид Керимов", []string{"Рашид Керимов", "Рашидом Керимовым"}},
	}
	names := map[string]string{}
	for _, e := range x.Entities {
		names[e.ID] = e.Name
	}
	for _, g := range groups {
		id := entityOf(x, g.texts[0])
		if id == "" {
			t.Errorf("%q not found", g.texts[0])
			continue
		}
		if names[id] != g.name {
			t.Errorf("entity of %q is named %q, want %q", g.texts[0], names[id], g.name)
		}
		for _, text := range g.texts[1:] {
			if got := entityOf(x, text); got != id {
				t.Errorf("%q is entity %q (%q), want %q (%q)", text, got, names[got], id, g.name)
			}
		}
	}
	if a, b := entityOf(x, "Алиханов"), entityOf(x, "Алиева"); a != "" && a == b {
		t.Errorf("Алиханов and Алиева resolved to one entity %q", a)
	}
	for _, m := range x.Mentions {
		if m.Text == "Бойцы Северного" || m.Text == "Северного" {
			t.Errorf("mention %q (%s): a common word or a bare adjective taken for a name", m.Text, m.Type)
		}
	}
}
