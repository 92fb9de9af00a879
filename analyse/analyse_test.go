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
	"github.com/dossier-osint/dossier/truth"
)

// analysed ingests the n documents of testdata/dir into a fresh store with extraction and
// analyses it.
func analysed(t *testing.T, dir string, n int) (*sqlite.DB, *analyse.Report) {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	e := pipeline.New()
	sum, err := ingest.Run(ctx, db, []string{filepath.Join("testdata", dir)}, ingest.Options{Workers: 1, Extract: e.Prepare})
	if err != nil || sum.Added != n {
		t.Fatalf("ingest: %+v %v", sum, err)
	}
	rep, err := analyse.Run(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	return db, rep
}

// TestEchoesAndContradictions ingests six short documents written for this test — an original
// profile, a mirror of it, a summary of it, an independent field report that disagrees on the
// founding, a denial, and a Russian translation of the profile — and checks the truth layer's
// verdicts on them.
func TestEchoesAndContradictions(t *testing.T) {
	ctx := context.Background()
	db, rep := analysed(t, "echo", 6)
	srcs, _, _ := db.FindSources(ctx, dossier.SourceFilter{})
	byFile := map[string]string{}
	for _, s := range srcs {
		byFile[filepath.Base(s.Path)] = s.ID
	}
	orig, mirror, summary, field := byFile["01-original.txt"], byFile["02-mirror.txt"], byFile["03-summary.txt"], byFile["04-independent.txt"]
	translation := byFile["06-translation.txt"]
	g := rep.Origins.Group
	if g(orig) != g(mirror) || g(orig) != g(summary) || g(orig) != g(translation) {
		t.Errorf("the original, its mirror, its summary and its translation are one origin: %v", rep.OriginGroups)
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
	if !(kinds[dossier.LinkNearDuplicate] || kinds[dossier.LinkMirrors]) || !kinds[dossier.LinkParaphrases] || !kinds[dossier.LinkTranslates] {
		t.Errorf("want a mirror or near-duplicate link, a paraphrase link and a translation link, got %v", kinds)
	}
	for _, l := range rep.NewLinks {
		if l.Kind == dossier.LinkTranslates && (l.From != translation || g(l.To) != g(orig)) {
			t.Errorf("the translation link must go from the Russian text to the profile's origin: %+v", l)
		}
		if l.Kind == dossier.LinkTranslates && l.To == field {
			t.Errorf("the independent report shares names, not the text: %+v", l)
		}
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
	if !strings.Contains(got, "backed_by") {
		t.Errorf("the denial of Iran's backing must be a contradiction: %s", got)
	}
	if strings.Contains(got, "member_count") {
		t.Errorf("40 members in 2016 and about 200 in 2021 do not contradict: %s", got)
	}
}

// TestContradictionKinds ingests five documents written for this test about one armed group,
// which disagree in each way the truth layer knows — an ally that is also a rival in the same
// year, a meeting dated after the person's death, an attack before the group's founding, a
// source published before the founding it reports — and agree where a careless rule would not:
// a leader who followed another, member counts of different years.
func TestContradictionKinds(t *testing.T) {
	ctx := context.Background()
	db, rep := analysed(t, "contradict", 5)
	got := map[string]string{}
	for _, c := range rep.Contradictions {
		en, err := db.FindEntityByID(ctx, c.Subject)
		if err != nil {
			t.Fatal(err)
		}
		got[en.Name+" "+c.Kind] += c.Predicate + " "
	}
	for key, pred := range map[string]string{
		"Eastern Brigade " + truth.KindExclusive:      "ally_of",
		"Omar Saleh " + truth.KindAfterDeath:          "met_with",
		"Eastern Brigade " + truth.KindBeforeFounding: "attacked",
		"Eastern Brigade " + truth.KindAnachronism:    "founding_date",
	} {
		if !strings.Contains(got[key], pred) {
			t.Errorf("want a contradiction %s on %s; found %v", key, pred, got)
		}
	}
	for key, preds := range got {
		for _, p := range []string{"led_by", "leader_of", "member_count"} {
			if strings.Contains(preds, p) {
				t.Errorf("%s: %s is no contradiction (a later leader, counts of other years)", key, p)
			}
		}
	}
	if len(got) != 4 {
		t.Errorf("contradictions: %v, want exactly the four planted", got)
	}
}
