package dates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract/sentence"
)

// goldRelation is the part of a gold relation (../shared/eval/gold-dev/relations.json) that the
// date and attribution stages can be checked against.
type goldRelation struct {
	Doc          string  `json:"doc"`
	Quote        string  `json:"quote"`
	Date         *string `json:"date"`
	AttributedTo *string `json:"attributed_to"`
}

// TestGoldDates measures, on the development gold, how often the date a relation is about is
// found in the sentences that hold its quote, among the relations whose sentences write that
// year at all. The gold is read at run time and never copied into the repository.
func TestGoldDates(t *testing.T) {
	shared := filepath.Join("..", "..", "..", "shared")
	b, err := os.ReadFile(filepath.Join(shared, "eval", "gold-dev", "relations.json"))
	if err != nil {
		t.Skipf("development gold not found: %v", err)
	}
	var rels []goldRelation
	if err := json.Unmarshal(b, &rels); err != nil {
		t.Fatal(err)
	}
	// Publication dates of the four documents, as their texts state them or as the gold's
	// sources list them; only relative expressions depend on them.
	anchor := dossier.Date{Year: 2021, Month: 10, Day: 13, Precision: dossier.PrecisionDay}
	answerable, hits := 0, 0
	var misses []string
	for _, r := range rels {
		if r.Date == nil || *r.Date == "" {
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
		qs := len([]rune(doc[:bi]))
		qe := qs + len([]rune(r.Quote))
		rs := []rune(doc)
		var lo, hi int = -1, -1
		for _, s := range sentence.Split(doc) {
			if s.End > qs && s.Start < qe {
				if lo < 0 {
					lo = s.Start
				}
				hi = s.End
			}
		}
		if lo < 0 || !strings.Contains(string(rs[lo:hi]), (*r.Date)[:4]) {
			continue
		}
		answerable++
		found := false
		for _, e := range Find(doc, "en", anchor) {
			if e.Span.Start < lo || e.Span.End > hi {
				continue
			}
			got := strings.TrimPrefix(e.Date.String(), "~")
			if i := strings.Index(got, "-"); i > 0 && e.Date.Precision == dossier.PrecisionSeason {
				got = got[:i]
			}
			if strings.HasPrefix(got, *r.Date) || strings.HasPrefix(*r.Date, got) && got != "" {
				found = true
				break
			}
		}
		if found {
			hits++
		} else {
			misses = append(misses, *r.Date+" in "+string(rs[lo:hi]))
		}
	}
	if answerable == 0 {
		t.Skip("no answerable gold dates")
	}
	recall := float64(hits) / float64(answerable)
	t.Logf("gold dates: %d of %d found in their sentences (recall %.2f)", hits, answerable, recall)
	for _, m := range misses {
		t.Logf("miss: %.160s", m)
	}
	if recall < 0.95 {
		t.Errorf("gold date recall %.2f fell below 0.95", recall)
	}
}
