// Package exporttest builds the small, fixed store that the exporters' golden and validation
// tests share: sources in two languages, one of which summarises the other, persons, a militia,
// a state, places, an event, a channel, claims between them and literal claims, with evidence,
// a judgement and a publisher grade.
package exporttest

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/storetest"
)

// At is the fixed clock of the fixture store.
var At = time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)

// Counts of the fixture: entities, claims whose object is an entity, all claims.
const (
	Entities     = 7
	EntityClaims = 7
	Claims       = 11
	Sources      = 2
)

func ev(src *dossier.Source, quote, attr, stance, method string) *dossier.Evidence {
	r := []rune(src.Text)
	q := []rune(quote)
	for i := 0; i+len(q) <= len(r); i++ {
		if string(r[i:i+len(q)]) == quote {
			return &dossier.Evidence{Span: dossier.Span{Start: i, End: i + len(q)}, Quote: quote, AttributedTo: attr,
				Stance: stance, Method: method, Confidence: 0.8}
		}
	}
	panic("exporttest: quote not in text: " + quote)
}

// Store opens a new SQLite store in a temporary directory and fills it with the fixture.
func Store(t testing.TB) *sqlite.DB {
	t.Helper()
	return StoreAt(t, filepath.Join(t.TempDir(), "x.db"))
}

// StoreAt is Store at a given path.
func StoreAt(t testing.TB, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return At }
	t1 := "Hüseynçilər was founded by Tovhid İbrahimbəyli in early 2016 in Qom, according to Azeri media. " +
		"The group is backed by Iran. In 2017 the police arrested Tovhid İbrahimbəyli in Baku. " +
		"The group had 14 members. Its channel on Telegram is @huseyniyyun."
	t2 := "A summary: Husseiniyun, \"founded\" by Tawhid Ibrahim Begli & backed by Iran <b>(2016)</b>."
	s1, s2 := storetest.NewSource("az.txt", t1), storetest.NewSource("en.html", t2)
	s1.Published = dossier.Date{Year: 2021, Month: 10, Day: 3, Precision: dossier.PrecisionDay}
	s1.Publisher, s1.Title, s1.URL = "Musavat", "Hüseynçilər", "https://musavat.example/az/1"
	s1.Language, s1.Languages, s1.Scripts = "az", []string{"az", "en"}, []string{"Latn"}
	s2.Published = dossier.Date{Year: 2022, Precision: dossier.PrecisionYear}
	s2.Reliability = "C"
	ent := func(id string, typ dossier.EntityType, name, kind string, names ...dossier.Name) *dossier.Entity {
		return &dossier.Entity{ID: id, Type: typ, Name: name, Kind: kind, Created: At, Names: append([]dossier.Name{{Text: name}}, names...)}
	}
	begli := ent("E1", dossier.Person, "Tawhid Ibrahim Begli", "",
		dossier.Name{Text: "Tovhid İbrahimbəyli", Kind: "alias", Language: "az", Script: "Latn"})
	group := ent("E2", dossier.Organization, "Husseiniyun", "",
		dossier.Name{Text: "Hüseynçilər", Kind: "alias", Language: "az"}, dossier.Name{Text: "حسینیون", Kind: "alias", Language: "fa", Script: "Arab"})
	iran := ent("E3", dossier.Organization, "Iran", "")
	qom := ent("E4", dossier.Location, "Qom", "")
	baku := ent("E5", dossier.Location, "Baku", "")
	arrest := ent("E6", dossier.Event, "arrest of Tovhid İbrahimbəyli", "arrest")
	channel := ent("E7", dossier.Channel, "@huseyniyyun", "telegram")
	year := func(y int) dossier.Date { return dossier.Date{Year: y, Precision: dossier.PrecisionYear} }
	early16 := dossier.Date{Year: 2016, Part: "early", Precision: dossier.PrecisionSeason}
	const pat = "pattern:test"
	docs := []*dossier.Document{
		{Source: s1, Extraction: &dossier.Extraction{
			Entities: []*dossier.Entity{begli, group, iran, qom, baku, arrest, channel},
			Mentions: []*dossier.Mention{
				{Span: dossier.Span{Start: 0, End: 11}, Text: "Hüseynçilər", EntityID: "E2", Type: dossier.Organization, Method: "gazetteer", Score: 0.97},
				{Span: dossier.Span{Start: 27, End: 46}, Text: "Tovhid İbrahimbəyli", EntityID: "E1", Type: dossier.Person, Method: "gazetteer", Score: 0.95},
			},
			Claims: []*dossier.Claim{
				{ID: "C1", Subject: "E2", Predicate: "founded_by", Object: dossier.Object{EntityID: "E1"}, ValidFrom: early16,
					Evidence: []*dossier.Evidence{ev(s1, "Hüseynçilər was founded by Tovhid İbrahimbəyli in early 2016", "Azeri media", dossier.StanceReports, pat)}},
				{ID: "C2", Subject: "E2", Predicate: "founding_date", Object: dossier.Object{Datatype: dossier.TypeDate, Date: early16},
					Evidence: []*dossier.Evidence{ev(s1, "founded by Tovhid İbrahimbəyli in early 2016", "", dossier.StanceAsserts, pat)}},
				{ID: "C3", Subject: "E2", Predicate: "founding_place", Object: dossier.Object{EntityID: "E4"},
					Evidence: []*dossier.Evidence{ev(s1, "in early 2016 in Qom", "Azeri media", dossier.StanceReports, pat)}},
				{ID: "C4", Subject: "E2", Predicate: "backed_by", Object: dossier.Object{EntityID: "E3"},
					Evidence: []*dossier.Evidence{ev(s1, "The group is backed by Iran.", "", dossier.StanceAsserts, pat)}},
				{ID: "C5", Subject: "E6", Predicate: "victim", Object: dossier.Object{EntityID: "E1"}, ValidFrom: year(2017), ValidTo: year(2017),
					Evidence: []*dossier.Evidence{ev(s1, "In 2017 the police arrested Tovhid İbrahimbəyli", "", dossier.StanceAsserts, pat)}},
				{ID: "C6", Subject: "E6", Predicate: "place", Object: dossier.Object{EntityID: "E5"},
					Evidence: []*dossier.Evidence{ev(s1, "arrested Tovhid İbrahimbəyli in Baku", "", dossier.StanceAsserts, pat)}},
				{ID: "C7", Subject: "E6", Predicate: "date", Object: dossier.Object{Datatype: dossier.TypeDate, Date: year(2017)},
					Evidence: []*dossier.Evidence{ev(s1, "In 2017 the police arrested", "", dossier.StanceAsserts, pat)}},
				{ID: "C8", Subject: "E2", Predicate: "member_count", Object: dossier.Object{Datatype: dossier.TypeNumber, Value: "14"},
					Qualifiers: dossier.Qualifiers{Quantity: "14"},
					Evidence:   []*dossier.Evidence{ev(s1, "The group had 14 members.", "", dossier.StanceAsserts, pat)}},
				{ID: "C9", Subject: "E2", Predicate: "operates_channel", Object: dossier.Object{EntityID: "E7"},
					Evidence: []*dossier.Evidence{ev(s1, "Its channel on Telegram is @huseyniyyun.", "", dossier.StanceAsserts, pat)}},
				{ID: "C10", Subject: "E1", Predicate: "leader_of", Object: dossier.Object{EntityID: "E2"}, ValidFrom: year(2016), ValidTo: year(2017),
					Qualifiers: dossier.Qualifiers{Role: "founder and leader"},
					Evidence:   []*dossier.Evidence{ev(s1, "founded by Tovhid İbrahimbəyli", "", dossier.StanceAsserts, pat)}},
				{ID: "C11", Subject: "E1", Predicate: "alias", Object: dossier.Object{Datatype: dossier.TypeText, Value: "Tovhid İbrahimbəyli"},
					Evidence: []*dossier.Evidence{ev(s1, "Tovhid İbrahimbəyli", "", dossier.StanceAsserts, "gazetteer")}},
			},
			Links: []*dossier.SourceLink{{ToName: "Azeri media", Kind: dossier.LinkCites, Method: dossier.MethodStated, Evidence: "according to Azeri media"}},
		}},
		{Source: s2, Extraction: &dossier.Extraction{
			Mentions: []*dossier.Mention{{Span: dossier.Span{Start: 11, End: 22}, Text: "Husseiniyun", EntityID: "E2", Method: "gazetteer", Score: 1}},
			Claims: []*dossier.Claim{
				{ID: "C1", Subject: "E2", Predicate: "founded_by", Object: dossier.Object{EntityID: "E1"}, ValidFrom: early16,
					Evidence: []*dossier.Evidence{ev(s2, "Husseiniyun, \"founded\" by Tawhid Ibrahim Begli", "", dossier.StanceDoubts, pat)}},
				{ID: "C4", Subject: "E2", Predicate: "backed_by", Object: dossier.Object{EntityID: "E3"},
					Evidence: []*dossier.Evidence{ev(s2, "backed by Iran", "", dossier.StanceAsserts, pat)}},
			},
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
	ctx := t.Context()
	if err := db.CreateSourceLinks(ctx, []*dossier.SourceLink{{From: s2.ID, To: s1.ID, Kind: dossier.LinkSummarises, Method: dossier.MethodStated, Evidence: "A summary"}}); err != nil {
		t.Fatal(err)
	}
	if err := db.CreateJudgement(ctx, &dossier.Judgement{A: "E1", B: "E2", Verdict: dossier.Different, By: "analyst:ana", At: At}); err != nil {
		t.Fatal(err)
	}
	if err := db.UpdateClaimGrades(ctx, []dossier.ClaimGrade{{ClaimID: "C1", Corroboration: 1, Credibility: 3}, {ClaimID: "C4", Corroboration: 1, Credibility: 2}}); err != nil {
		t.Fatal(err)
	}
	if err := db.SetReliability(ctx, &dossier.Grade{Publisher: "Musavat", Reliability: "B", By: "analyst:ana", At: At}); err != nil {
		t.Fatal(err)
	}
	return db
}

// Reliability returns a source's grade as the exporters are given it: the source's own, else
// its publisher's.
func Reliability(t testing.TB, db *sqlite.DB) func(*dossier.Source) string {
	t.Helper()
	grades, err := db.FindGrades(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	pub := map[string]string{}
	for _, g := range grades {
		if g.Publisher != "" {
			pub[g.Publisher] = g.Reliability
		}
	}
	return func(s *dossier.Source) string {
		if s.Reliability != "" {
			return s.Reliability
		}
		return pub[s.Publisher]
	}
}

// Golden compares an export with the golden file at path, rewriting the file first when update
// is set (the tests' -update flag).
func Golden(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("export differs from %s (run with -update to accept):\n%s", path, got)
	}
}
