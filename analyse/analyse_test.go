package analyse_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/analyse"
	"github.com/dossier-osint/dossier/ingest"
	"github.com/dossier-osint/dossier/pipeline"
	"github.com/dossier-osint/dossier/sqlite"
)

// TestEchoesAndContradictions ingests five short documents written for this test — an original
// profile, a mirror of it, a summary of it, an independent field report that disagrees on the
// founding, and a denial — and checks the truth layer's verdicts on them.
func TestEchoesAndContradictions(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	e := pipeline.New()
	sum, err := ingest.Run(ctx, db, []string{filepath.Join("testdata", "echo")}, ingest.Options{Workers: 1, Extract: e.Prepare})
	if err != nil || sum.Added != 5 {
		t.Fatalf("ingest: %+v %v", sum, err)
	}
	rep, err := analyse.Run(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	srcs, _, _ := db.FindSources(ctx, dossier.SourceFilter{})
	byFile := map[string]string{}
	for _, s := range srcs {
		byFile[filepath.Base(s.Path)] = s.ID
	}
	orig, mirror, summary, field := byFile["01-original.txt"], byFile["02-mirror.txt"], byFile["03-summary.txt"], byFile["04-independent.txt"]
	g := rep.Origins.Group
	if g(orig) != g(mirror) || g(orig) != g(summary) {
		t.Errorf("the original, its mirror and its summary are one origin: %v", rep.OriginGroups)
	}
	if g(field) == g(orig) {
		t.Errorf("the field report is independent")
	}
	kinds := map[string]bool{}
	for _, l := range rep.NewLinks {
		kinds[l.Kind] = true
		if l.From == orig {
			t.Errorf("the original repeats nothing: %+v", l)
		}
	}
	if !(kinds[dossier.LinkNearDuplicate] || kinds[dossier.LinkMirrors]) || !kinds[dossier.LinkParaphrases] {
		t.Errorf("want a mirror or near-duplicate link and a paraphrase link, got %v", kinds)
	}
	// Grades: "founded by Karim Haddad" stands in three documents of one origin: corroboration 1.
	claims, err := db.FindClaims(ctx, dossier.ClaimFilter{Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		en, _ := db.FindEntityByID(ctx, id)
		names[id] = en.Name
		return en.Name
	}
	found := map[string]*dossier.Claim{}
	for _, c := range claims {
		obj := c.Object.Value
		if c.Object.EntityID != "" {
			obj = name(c.Object.EntityID)
		}
		found[name(c.Subject)+"|"+c.Predicate+"|"+obj] = c
	}
	check := func(key string, corroboration, credibility int) {
		t.Helper()
		c := found[key]
		if c == nil {
			t.Errorf("no claim %s", key)
			return
		}
		if c.Corroboration != corroboration || c.Credibility != credibility {
			t.Errorf("%s: corroboration %d credibility %d, want %d and %d", key, c.Corroboration, c.Credibility, corroboration, credibility)
		}
	}
	check("Northern Front|founded_by|Karim Haddad", 1, 4) // one origin, contradicted by an equal one
	check("Northern Front|member_count|40", 2, 1)         // two independent origins, no contradiction
	var preds []string
	for _, c := range rep.Contradictions {
		preds = append(preds, c.Predicate)
	}
	got := strings.Join(preds, ",")
	if !strings.Contains(got, "founded_by") || !strings.Contains(got, "founding_date") {
		t.Errorf("two founders and two founding years must be contradictions: %s", got)
	}
	if strings.Contains(got, "member_count") {
		t.Errorf("40 members in 2016 and about 200 in 2021 do not contradict: %s", got)
	}
}
