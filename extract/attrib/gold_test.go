package attrib

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/extract/sentence"
)

type goldRelation struct {
	Doc          string  `json:"doc"`
	Quote        string  `json:"quote"`
	AttributedTo *string `json:"attributed_to"`
}

// TestGoldAttributions measures, on the development gold, how often the source a relation is
// attributed to is named by an attribution found in the sentence that holds its quote. Gold
// attributions that the text gives in an earlier sentence ("According to the report, ...
// It also ...") are counted too, so the figure is a floor for what a paragraph-level rule
// could reach. The gold is read at run time and never copied into the repository.
func TestGoldAttributions(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	b, err := os.ReadFile(filepath.Join(shared, "eval", "gold-dev", "relations.json"))
	if err != nil {
		t.Skipf("development gold not found: %v", err)
	}
	var rels []goldRelation
	if err := json.Unmarshal(b, &rels); err != nil {
		t.Fatal(err)
	}
	found := map[string][]Attribution{}
	total, hits := 0, 0
	var misses []string
	for _, r := range rels {
		if r.AttributedTo == nil || *r.AttributedTo == "" || *r.AttributedTo == "reportedly" {
			continue
		}
		text, err := os.ReadFile(filepath.Join(shared, "corpus", r.Doc))
		if err != nil {
			continue
		}
		doc := string(text)
		bi := strings.Index(doc, r.Quote)
		if bi < 0 {
			continue
		}
		if _, ok := found[r.Doc]; !ok {
			found[r.Doc] = Find(doc, "en")
		}
		qs := len([]rune(doc[:bi]))
		qe := qs + len([]rune(r.Quote))
		lo, hi := -1, -1
		for _, s := range sentence.Split(doc) {
			if s.End > qs && s.Start < qe {
				if lo < 0 {
					lo = s.Start
				}
				hi = s.End
			}
		}
		total++
		want := strings.ToLower(*r.AttributedTo)
		ok := false
		for _, a := range found[r.Doc] {
			if a.Span.Start >= hi || a.Span.End <= lo {
				continue
			}
			for _, w := range strings.Fields(strings.ToLower(a.Source)) {
				if len(w) > 3 && strings.Contains(want, strings.Trim(w, ",.()")) {
					ok = true
				}
			}
		}
		if ok {
			hits++
		} else {
			misses = append(misses, *r.AttributedTo+": "+r.Quote)
		}
	}
	if total == 0 {
		t.Skip("no gold attributions")
	}
	recall := float64(hits) / float64(total)
	t.Logf("gold attributions: %d of %d named in the quote's sentence (recall %.2f)", hits, total, recall)
	for _, m := range misses {
		t.Logf("miss: %.140s", m)
	}
	if recall < 0.6 {
		t.Errorf("gold attribution recall %.2f fell below 0.6", recall)
	}
}
