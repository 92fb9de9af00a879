// Package storetest is the conformance suite every dossier store must pass. The SQLite store
// runs it always; the PostgreSQL store runs it when a server is reachable.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-osint/dossier"
)

// Opener returns a new, empty store for one test. The suite closes it.
type Opener func(t *testing.T) dossier.Store

// Run runs every conformance test against stores made by open.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		fn   func(*testing.T, dossier.Store)
	}{
		{"StoreSourceIdempotent", testStoreSourceIdempotent},
		{"FindSourceByID", testFindSourceByID},
		{"FindSources", testFindSources},
		{"SearchFolding", testSearchFolding},
		{"SearchSnippet", testSearchSnippet},
		{"SearchHostileQuery", testSearchHostileQuery},
		{"Extraction", testExtraction},
		{"BadDocumentRollsBackAlone", testBadDocumentRollsBackAlone},
		{"ClaimGathersEvidence", testClaimGathersEvidence},
		{"SourceLinks", testSourceLinks},
		{"Judgements", testJudgements},
		{"Clusters", testClusters},
		{"ReplaceExtraction", testReplaceExtraction},
		{"Grades", testGrades},
		{"Walk", testWalk},
		{"WalkEnds", testWalkEnds},
		{"EntityRoles", testEntityRoles},
		{"ConcurrentIngest", testConcurrentIngest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := open(t)
			defer st.Close()
			tt.fn(t, st)
		})
	}
}

var ctx = context.Background()

// NewSource returns a source for text with its content-hash ID.
func NewSource(path, text string) *dossier.Source {
	return &dossier.Source{
		ID: dossier.ContentID(text), Path: path, Text: text, Format: "text", Language: "en",
		Size: int64(len(text)), ContentHash: dossier.HashBytes([]byte(text)),
		Retrieved: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC),
	}
}

func store(t *testing.T, st dossier.Store, docs ...*dossier.Document) []dossier.IngestResult {
	t.Helper()
	res, err := st.StoreSources(ctx, docs)
	if err != nil {
		t.Fatalf("StoreSources: %v", err)
	}
	return res
}

func doc(s *dossier.Source, x *dossier.Extraction) *dossier.Document {
	return &dossier.Document{Source: s, Extraction: x}
}

func testStoreSourceIdempotent(t *testing.T, st dossier.Store) {
	s := NewSource("a.txt", "The Husseiniyun militia was founded in 2015.")
	s.Published = dossier.Date{Year: 2021, Month: 10, Day: 13, Precision: dossier.PrecisionDay}
	s.Authors = []string{"A. Writer", "B. Writer"}
	res := store(t, st, doc(s, nil))
	if !res[0].Added || res[0].SourceID != s.ID {
		t.Fatalf("first store: got %+v", res[0])
	}
	again := NewSource("copy/a.txt", s.Text)
	res = store(t, st, doc(again, nil))
	if res[0].Added {
		t.Fatalf("storing the same content twice added it again")
	}
	got, err := st.FindSourceByID(ctx, s.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Path != "a.txt" || got.Text != s.Text || got.Published != s.Published || strings.Join(got.Authors, "|") != "A. Writer|B. Writer" {
		t.Fatalf("stored source differs: %+v", got)
	}
	if !got.Retrieved.Equal(s.Retrieved) {
		t.Fatalf("retrieved %v, want %v", got.Retrieved, s.Retrieved)
	}
	// An ID that is not the content hash of the text is refused.
	bad := NewSource("b.txt", "other text")
	bad.ID = "0123456789abcdef0123"
	if res := store(t, st, doc(bad, nil)); dossier.ErrorCode(res[0].Err) != dossier.EINVALID || res[0].Added {
		t.Fatalf("wrong ID: got %+v, want EINVALID", res[0])
	}
}

func testFindSourceByID(t *testing.T, st dossier.Store) {
	s := NewSource("a.txt", "alpha")
	store(t, st, doc(s, nil))
	if got, err := st.FindSourceByID(ctx, s.ID[:8]); err != nil || got.ID != s.ID {
		t.Fatalf("prefix lookup: %v %v", got, err)
	}
	if _, err := st.FindSourceByID(ctx, "ffffffffffffffffffff"); dossier.ErrorCode(err) != dossier.ENOTFOUND {
		t.Fatalf("missing source: got %v, want ENOTFOUND", err)
	}
	if _, err := st.FindSourceByID(ctx, "ab"); dossier.ErrorCode(err) != dossier.EINVALID {
		t.Fatalf("short prefix: got %v, want EINVALID", err)
	}
}

func testFindSources(t *testing.T, st dossier.Store) {
	var docs []*dossier.Document
	for i := range 25 {
		s := NewSource(fmt.Sprintf("%02d.txt", i), fmt.Sprintf("document number %d", i))
		if i%5 == 0 {
			s.Language = "az"
		}
		docs = append(docs, doc(s, nil))
	}
	store(t, st, docs...)
	page, total, err := st.FindSources(ctx, dossier.SourceFilter{Limit: 10, Offset: 20})
	if err != nil {
		t.Fatal(err)
	}
	if total != 25 || len(page) != 5 {
		t.Fatalf("got %d of %d, want 5 of 25", len(page), total)
	}
	if page[0].Text != "" {
		t.Fatalf("lists must not carry the text")
	}
	az, total, err := st.FindSources(ctx, dossier.SourceFilter{Language: "az"})
	if err != nil || total != 5 || len(az) != 5 {
		t.Fatalf("language filter: %d %d %v", len(az), total, err)
	}
}

func testSearchFolding(t *testing.T, st dossier.Store) {
	texts := map[string]string{
		"az.txt":   "Tovhid İbrahimbəyli Hüseynçilər hərəkatının lideridir.",
		"fa.txt":   "قاسم سلیمانی فرمانده نیروی قدس بود.",
		"ar.txt":   "أعلنت الحركة الإسلامية في أذربيجان عن تأسيسها.",
		"ck.txt":   "کتاب",
		"en.txt":   "Nothing about the militia here.",
		"bidi.txt": "Ibra\u200bhim\u200fbeyli appears with invisible characters.",
	}
	var docs []*dossier.Document
	for p, tx := range texts {
		docs = append(docs, doc(NewSource(p, tx), nil))
	}
	store(t, st, docs...)
	cases := []struct{ query, want string }{
		{"Ibrahimbeyli", "az.txt"},
		{"ibrahimbəyli", "az.txt"},
		{"Huseynciler", "az.txt"},
		{"HÜSEYNÇİLƏR", "az.txt"},
		{"قاسم سليماني", "fa.txt"}, // Arabic ي for Persian ی
		{"كتاب", "ck.txt"},         // Arabic ك for Persian ک
		{"اعلنت", "ar.txt"},        // bare alef for hamza-on-alef
		{"اذربيجان", "ar.txt"},
		{"ibrahimbeyli appears", "bidi.txt"},
	}
	for _, c := range cases {
		hits, err := st.SearchSources(ctx, dossier.SearchQuery{Text: c.query})
		if err != nil {
			t.Fatalf("%q: %v", c.query, err)
		}
		found := false
		for _, h := range hits {
			if h.Source.Path == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("query %q did not find %s (got %d hits)", c.query, c.want, len(hits))
		}
	}
	if hits, err := st.SearchSources(ctx, dossier.SearchQuery{Text: "Ibrahimov"}); err != nil || len(hits) != 0 {
		t.Errorf("Ibrahimov must not match İbrahimbəyli: %d hits, %v", len(hits), err)
	}
}

func testSearchSnippet(t *testing.T, st dossier.Store) {
	long := strings.Repeat("Filler words about nothing in particular. ", 30) +
		"The founder, Tovhid İbrahimbəyli, was seen in Qom. " + strings.Repeat("More filler text follows here. ", 30)
	store(t, st, doc(NewSource("long.txt", long), nil), doc(NewSource("title.txt", "İbrahimbəyli\nİbrahimbəyli again and İbrahimbəyli"), nil))
	hits, err := st.SearchSources(ctx, dossier.SearchQuery{Text: "ibrahimbeyli"})
	if err != nil || len(hits) != 2 {
		t.Fatalf("got %d hits, %v", len(hits), err)
	}
	if hits[0].Source.Path != "title.txt" {
		t.Errorf("the document with more matches should rank first, got %s", hits[0].Source.Path)
	}
	for _, h := range hits {
		if len(h.Highlights) == 0 {
			t.Fatalf("%s: no highlights in %q", h.Source.Path, h.Snippet)
		}
		r := []rune(h.Snippet)
		for _, sp := range h.Highlights {
			if got := string(r[sp.Start:sp.End]); got != "İbrahimbəyli" {
				t.Errorf("%s: highlight %v is %q, want İbrahimbəyli", h.Source.Path, sp, got)
			}
		}
		if len(r) > 260 {
			t.Errorf("snippet is %d runes long", len(r))
		}
	}
}

func testSearchHostileQuery(t *testing.T, st dossier.Store) {
	store(t, st, doc(NewSource("a.txt", "NEAR AND OR NOT column title"), nil))
	for _, q := range []string{`"`, `title:x`, `NEAR(a b)`, `a OR`, `*`, `-x`, `'; DROP TABLE sources; --`, "\x00"} {
		if _, err := st.SearchSources(ctx, dossier.SearchQuery{Text: q}); err != nil && dossier.ErrorCode(err) != dossier.EINVALID {
			t.Errorf("query %q: %v", q, err)
		}
	}
	hits, err := st.SearchSources(ctx, dossier.SearchQuery{Text: "NEAR AND"})
	if err != nil || len(hits) != 1 {
		t.Errorf("FTS keywords are searched as words: %d hits, %v", len(hits), err)
	}
}

// exampleExtraction returns a source about a founder and what a pipeline would extract from it.
func exampleExtraction(text string) (*dossier.Source, *dossier.Extraction) {
	s := NewSource("x.txt", text)
	founder := &dossier.Entity{ID: "e-begli", Type: dossier.Person, Name: "Tawhid Ibrahim Begli",
		Names: []dossier.Name{{Text: "Tawhid Ibrahim Begli", Kind: "name"}, {Text: "Tovhid İbrahimbəyli", Kind: "alias", Language: "az"}}}
	group := &dossier.Entity{ID: "e-husseiniyun", Type: dossier.Organization, Name: "Husseiniyun"}
	i := strings.Index(text, "Tawhid")
	start := len([]rune(text[:i]))
	x := &dossier.Extraction{
		Entities: []*dossier.Entity{founder, group},
		Mentions: []*dossier.Mention{
			{Span: dossier.Span{Start: start, End: start + 20}, Text: "Tawhid Ibrahim Begli", EntityID: founder.ID, Type: dossier.Person, Method: "gazetteer", Score: 1},
			{Span: dossier.Span{Start: 0, End: 11}, Text: "Husseiniyun", EntityID: group.ID, Type: dossier.Organization, Method: "gazetteer", Score: 1},
		},
		Claims: []*dossier.Claim{{
			ID: "c-founded", Subject: group.ID, Predicate: "founded_by", Object: dossier.Object{EntityID: founder.ID},
			ValidFrom: dossier.Date{Year: 2015, Precision: dossier.PrecisionYear},
			Evidence: []*dossier.Evidence{{Span: dossier.Span{Start: 0, End: len([]rune(text))}, Quote: text,
				AttributedTo: "Azeri sources", Stance: dossier.StanceReports, Method: "pattern:founded_by", Confidence: 0.8}},
		}, {
			ID: "c-date", Subject: group.ID, Predicate: "founding_date",
			Object:   dossier.Object{Datatype: dossier.TypeDate, Date: dossier.Date{Year: 2015, Precision: dossier.PrecisionYear}},
			Evidence: []*dossier.Evidence{{Span: dossier.Span{Start: 0, End: 5}, Quote: "Husse", Stance: dossier.StanceAsserts, Method: "pattern:founded_in"}},
		}},
	}
	return s, x
}

func testExtraction(t *testing.T, st dossier.Store) {
	s, x := exampleExtraction("Husseiniyun was founded by Tawhid Ibrahim Begli in 2015, Azeri sources say.")
	store(t, st, doc(s, x))
	e, err := st.FindEntityByID(ctx, "e-begli")
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Names) != 2 || e.Names[1].Text != "Tovhid İbrahimbəyli" || e.Names[0].Sources != 1 {
		t.Fatalf("names: %+v", e.Names)
	}
	if ents, total, err := st.FindEntities(ctx, dossier.EntityFilter{Name: "TOVHID IBRAHIMBEYLI"}); err != nil || total != 1 || ents[0].ID != "e-begli" {
		t.Fatalf("find by folded name: %v %d %v", ents, total, err)
	}
	if ents, total, err := st.FindEntities(ctx, dossier.EntityFilter{Word: "ibrahimbəyli"}); err != nil || total != 1 || ents[0].ID != "e-begli" {
		t.Fatalf("find by a word of a name: %v %d %v", ents, total, err)
	}
	if _, total, _ := st.FindEntities(ctx, dossier.EntityFilter{Word: "ibrahim"}); total != 1 {
		t.Fatalf("'ibrahim' is a word of one entity's names, got %d", total)
	}
	if _, total, _ := st.FindEntities(ctx, dossier.EntityFilter{Word: "ibra%"}); total != 0 {
		t.Fatalf("LIKE wildcards in the word must be literal, got %d", total)
	}
	ms, err := st.FindMentions(ctx, s.ID, "")
	if err != nil || len(ms) != 2 || ms[0].Text != "Husseiniyun" {
		t.Fatalf("mentions: %+v %v", ms, err)
	}
	cs, err := st.FindClaims(ctx, dossier.ClaimFilter{Subject: "e-husseiniyun"})
	if err != nil || len(cs) != 2 {
		t.Fatalf("claims: %+v %v", cs, err)
	}
	c := cs[0]
	if c.Object.EntityID != "e-begli" || c.ValidFrom.String() != "2015" || len(c.Evidence) != 1 || c.Evidence[0].AttributedTo != "Azeri sources" || c.Evidence[0].SourceID != s.ID {
		t.Fatalf("claim: %+v / %+v", c, c.Evidence)
	}
	if d := cs[1].Object; d.Datatype != dossier.TypeDate || d.Date.Year != 2015 {
		t.Fatalf("date object: %+v", d)
	}
	if _, err := st.FindEntityByID(ctx, "nope"); dossier.ErrorCode(err) != dossier.ENOTFOUND {
		t.Fatalf("missing entity: %v", err)
	}
}

func testBadDocumentRollsBackAlone(t *testing.T, st dossier.Store) {
	good := NewSource("good.txt", "a good document")
	s, x := exampleExtraction("Husseiniyun was founded by Tawhid Ibrahim Begli.")
	x.Mentions = append(x.Mentions, &dossier.Mention{Span: dossier.Span{Start: 5, End: 5000}, Text: "out of range"})
	res := store(t, st, doc(good, nil), doc(s, x))
	if dossier.ErrorCode(res[1].Err) != dossier.EINVALID {
		t.Fatalf("bad span: got %v, want EINVALID", res[1].Err)
	}
	if !res[0].Added || res[1].Added || res[0].Err != nil {
		t.Fatalf("results %+v", res)
	}
	if _, err := st.FindSourceByID(ctx, good.ID); err != nil {
		t.Fatalf("good document lost: %v", err)
	}
	if _, err := st.FindSourceByID(ctx, s.ID); dossier.ErrorCode(err) != dossier.ENOTFOUND {
		t.Fatalf("bad document half-stored: %v", err)
	}
	if _, err := st.FindEntityByID(ctx, "e-begli"); dossier.ErrorCode(err) != dossier.ENOTFOUND {
		t.Fatalf("entities of the bad document stored: %v", err)
	}
}

func testClaimGathersEvidence(t *testing.T, st dossier.Store) {
	s1, x1 := exampleExtraction("Husseiniyun was founded by Tawhid Ibrahim Begli in 2015.")
	s2, x2 := exampleExtraction("Husseiniyun, Tawhid Ibrahim Begli's group, dates from 2015.")
	store(t, st, doc(s1, x1))
	store(t, st, doc(s2, x2))
	cs, err := st.FindClaims(ctx, dossier.ClaimFilter{Predicate: "founded_by"})
	if err != nil || len(cs) != 1 {
		t.Fatalf("claims: %d %v", len(cs), err)
	}
	if len(cs[0].Evidence) != 2 || cs[0].Evidence[0].SourceID == cs[0].Evidence[1].SourceID {
		t.Fatalf("one claim must gather the evidence of both sources: %+v", cs[0].Evidence)
	}
	bySource, err := st.FindClaims(ctx, dossier.ClaimFilter{SourceID: s2.ID, Entity: "e-begli"})
	if err != nil || len(bySource) != 1 {
		t.Fatalf("by source and entity: %d %v", len(bySource), err)
	}
}

func testSourceLinks(t *testing.T, st dossier.Store) {
	a, b := NewSource("a.txt", "original report"), NewSource("b.txt", "a summary of the original report")
	store(t, st, doc(a, nil), doc(b, &dossier.Extraction{Links: []*dossier.SourceLink{{ToName: "Al-Arabiya", Kind: dossier.LinkSummarises, Method: dossier.MethodStated, Evidence: "a summary of"}}}))
	if err := st.CreateSourceLinks(ctx, []*dossier.SourceLink{
		{From: b.ID, To: a.ID, Kind: dossier.LinkNearDuplicate, Method: dossier.MethodTextOverlap, Score: 0.8},
		{From: b.ID, To: a.ID, Kind: dossier.LinkNearDuplicate, Method: dossier.MethodTextOverlap, Score: 0.8},
	}); err != nil {
		t.Fatal(err)
	}
	ls, err := st.FindSourceLinks(ctx, a.ID)
	if err != nil || len(ls) != 1 || ls[0].From != b.ID {
		t.Fatalf("links to a: %+v %v", ls, err)
	}
	all, err := st.FindSourceLinks(ctx, "")
	if err != nil || len(all) != 2 || all[0].ToName != "Al-Arabiya" || all[0].From != b.ID {
		t.Fatalf("all links: %+v %v", all, err)
	}
	if err := st.CreateSourceLinks(ctx, []*dossier.SourceLink{{From: a.ID}}); dossier.ErrorCode(err) != dossier.EINVALID {
		t.Fatalf("incomplete link: %v", err)
	}
}

func testJudgements(t *testing.T, st dossier.Store) {
	s, x := exampleExtraction("Husseiniyun was founded by Tawhid Ibrahim Begli.")
	store(t, st, doc(s, x))
	diff := &dossier.Judgement{A: "e-begli", B: "e-husseiniyun", Verdict: dossier.Different, By: "analyst:ana"}
	if err := st.CreateJudgement(ctx, diff); err != nil || diff.ID == 0 {
		t.Fatalf("create: %v", err)
	}
	same := &dossier.Judgement{A: "e-husseiniyun", B: "e-begli", Verdict: dossier.Same, By: "resolver", Score: 0.9}
	if err := st.CreateJudgement(ctx, same); dossier.ErrorCode(err) != dossier.ECONFLICT {
		t.Fatalf("a different judgement must block same: %v", err)
	}
	if err := st.RetractJudgement(ctx, diff.ID, "analyst:bo"); err != nil {
		t.Fatal(err)
	}
	if err := st.RetractJudgement(ctx, diff.ID, "analyst:bo"); dossier.ErrorCode(err) != dossier.ENOTFOUND {
		t.Fatalf("retracting twice: %v", err)
	}
	if err := st.CreateJudgement(ctx, same); err != nil {
		t.Fatalf("after retraction: %v", err)
	}
	js, err := st.FindJudgements(ctx, "e-begli")
	if err != nil || len(js) != 2 || !js[0].Retracted || js[0].RetractedBy != "analyst:bo" || js[1].Retracted {
		t.Fatalf("judgements are kept, retracted ones marked: %+v %v", js, err)
	}
	if err := st.CreateJudgement(ctx, &dossier.Judgement{A: "e-begli", B: "e-begli", Verdict: dossier.Same, By: "x"}); dossier.ErrorCode(err) != dossier.EINVALID {
		t.Fatalf("self judgement: %v", err)
	}
}

func testWalk(t *testing.T, st dossier.Store) {
	s1, x1 := exampleExtraction("Husseiniyun was founded by Tawhid Ibrahim Begli in 2015.")
	s2 := NewSource("plain.txt", "no entities here")
	store(t, st, doc(s1, x1), doc(s2, nil))
	var srcs, ents, names, ments, claims, evs int
	check := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	check(st.WalkSources(ctx, func(s *dossier.Source) error {
		srcs++
		if s.Text == "" {
			return errors.New("walked source without text")
		}
		return nil
	}))
	check(st.WalkEntities(ctx, func(e *dossier.Entity) error { ents++; names += len(e.Names); return nil }))
	check(st.WalkMentions(ctx, func(*dossier.Mention) error { ments++; return nil }))
	check(st.WalkClaims(ctx, func(c *dossier.Claim) error { claims++; evs += len(c.Evidence); return nil }))
	check(st.WalkSourceLinks(ctx, func(*dossier.SourceLink) error { return nil }))
	check(st.WalkJudgements(ctx, func(*dossier.Judgement) error { return nil }))
	if srcs != 2 || ents != 2 || names != 3 || ments != 2 || claims != 2 || evs != 2 {
		t.Fatalf("walk: sources %d entities %d names %d mentions %d claims %d evidence %d", srcs, ents, names, ments, claims, evs)
	}
	stop := errors.New("stop")
	if err := st.WalkSources(ctx, func(*dossier.Source) error { return stop }); !errors.Is(err, stop) {
		t.Fatalf("a callback's error must stop the walk: %v", err)
	}
}

func testWalkEnds(t *testing.T, st dossier.Store) {
	s1, x1 := exampleExtraction("Husseiniyun was founded by Tawhid Ibrahim Begli in 2015.")
	store(t, st, doc(s1, x1))
	got := map[string]string{}
	err := st.WalkClaimEnds(ctx, func(c *dossier.Claim, subj, obj *dossier.Entity) error {
		o := "-"
		if obj != nil {
			o = obj.ID + "/" + string(obj.Type) + "/" + obj.Name
		}
		got[c.ID] = fmt.Sprintf("%s/%s %s %d", subj.ID, subj.Type, o, len(c.Evidence))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"c-founded": "e-husseiniyun/Organization e-begli/Person/Tawhid Ibrahim Begli 1",
		"c-date":    "e-husseiniyun/Organization - 1",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("WalkClaimEnds:\n got %v\nwant %v", got, want)
	}
	ments := map[string]string{}
	err = st.WalkMentionEnds(ctx, func(m *dossier.Mention, e *dossier.Entity) error {
		if e == nil {
			return fmt.Errorf("mention %q without its entity", m.Text)
		}
		ments[m.Text] = e.ID + "/" + string(e.Type)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "map[Husseiniyun:e-husseiniyun/Organization Tawhid Ibrahim Begli:e-begli/Person]"; fmt.Sprint(ments) != want {
		t.Errorf("WalkMentionEnds: %v, want %s", ments, want)
	}
}

func testEntityRoles(t *testing.T, st dossier.Store) {
	text := "c1 c2 c3 c4 c5: role test"
	ent := func(id string, typ dossier.EntityType) *dossier.Entity {
		return &dossier.Entity{ID: id, Type: typ, Name: "Name " + id}
	}
	n := 0
	claim := func(s, p, o string) *dossier.Claim {
		n++
		id := fmt.Sprintf("c%d", n) // each claim's evidence quotes its own ID in the text
		return &dossier.Claim{ID: id, Subject: s, Predicate: p, Object: dossier.Object{EntityID: o},
			Evidence: []*dossier.Evidence{{Span: dossier.Span{Start: 3 * (n - 1), End: 3*(n-1) + 2}, Quote: id, Stance: dossier.StanceAsserts, Method: "test"}}}
	}
	x := &dossier.Extraction{
		Entities: []*dossier.Entity{
			ent("G1", dossier.Organization), ent("P", dossier.Location), ent("M1", dossier.Person),
			ent("G2", dossier.Organization), ent("M2", dossier.Person), ent("S", dossier.Location),
			ent("B", dossier.Organization), ent("G3", dossier.Organization), ent("M3", dossier.Person),
		},
		Claims: []*dossier.Claim{
			claim("G1", "attacked", "P"),   // G1 by its own act
			claim("M1", "member_of", "G1"), // M1 through G1
			claim("M2", "member_of", "G2"), // G2 did nothing: neither
			claim("S", "backs", "B"),       // B as the object of backs; S is not judged by it
			claim("M3", "member_of", "G3"), // G3 is merged into G1's cluster below
		},
	}
	store(t, st, doc(NewSource("roles.txt", text), x))
	if err := st.CreateJudgement(ctx, &dossier.Judgement{A: "G1", B: "G3", Verdict: dossier.Same, By: "analyst:ana"}); err != nil {
		t.Fatal(err)
	}
	rule := dossier.RoleRule{Subject: []string{"attacked"}, Object: []string{"backs"}, Via: []string{"member_of"}}
	got, err := st.EntityRoles(ctx, rule, []string{"G1", "P", "M1", "G2", "M2", "S", "B", "G3", "M3", "nobody"})
	if err != nil {
		t.Fatal(err)
	}
	if want := "map[B:true G1:true G3:true M1:true M3:true]"; fmt.Sprint(got) != want {
		t.Errorf("EntityRoles = %v, want %s", got, want)
	}
	if got, err := st.EntityRoles(ctx, dossier.RoleRule{}, []string{"G1"}); err != nil || len(got) != 0 {
		t.Errorf("an empty rule gives no roles: %v %v", got, err)
	}
	if _, err := st.EntityRoles(ctx, rule, make([]string, dossier.MaxRoleIDs+1)); dossier.ErrorCode(err) != dossier.EINVALID {
		t.Errorf("too many ids: %v, want EINVALID", err)
	}
	// The same claims by subject: in subject order, each with its own evidence.
	var order []string
	err = st.WalkClaimsBySubject(ctx, func(c *dossier.Claim) error {
		if len(c.Evidence) != 1 || c.Evidence[0].Quote != c.ID {
			return fmt.Errorf("claim %s with evidence %+v", c.ID, c.Evidence)
		}
		order = append(order, c.Subject+":"+c.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "[G1:c1 M1:c2 M2:c3 M3:c5 S:c4]"; fmt.Sprint(order) != want {
		t.Errorf("WalkClaimsBySubject: %v, want %s", order, want)
	}
}

func testConcurrentIngest(t *testing.T, st dossier.Store) {
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 25 {
				// Workers overlap on half the documents: each must be stored once.
				n := i
				if i%2 == 1 {
					n = 100*w + i
				}
				res, err := st.StoreSources(ctx, []*dossier.Document{doc(NewSource(fmt.Sprint(n), fmt.Sprintf("text %d", n)), nil)})
				if err == nil {
					err = res[0].Err
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	_, total, err := st.FindSources(ctx, dossier.SourceFilter{})
	if err != nil || total != 13+4*12 {
		t.Fatalf("got %d sources, want %d (%v)", total, 13+4*12, err)
	}
}

func testClusters(t *testing.T, st dossier.Store) {
	var ents []*dossier.Entity
	for _, id := range []string{"E1", "E2", "E3", "E4"} {
		ents = append(ents, &dossier.Entity{ID: id, Type: dossier.Person, Name: "Name " + id})
	}
	store(t, st, doc(NewSource("c.txt", "cluster test"), &dossier.Extraction{Entities: ents}))
	judge := func(a, b, verdict string) *dossier.Judgement {
		t.Helper()
		j := &dossier.Judgement{A: a, B: b, Verdict: verdict, By: "analyst:ana"}
		if err := st.CreateJudgement(ctx, j); err != nil {
			t.Fatalf("%s %s %s: %v", a, verdict, b, err)
		}
		return j
	}
	canonical := func(id string) string {
		t.Helper()
		e, err := st.FindEntityByID(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return e.ID
	}
	judge("E1", "E4", dossier.Different)
	j23 := judge("E3", "E2", dossier.Same)
	judge("E2", "E1", dossier.Same)
	for _, id := range []string{"E1", "E2", "E3"} {
		if got := canonical(id); got != "E1" {
			t.Errorf("%s resolves to %s, want the oldest member E1", id, got)
		}
	}
	// E3 joins E4 only if E1 (same cluster) was not judged different from E4: transitive block.
	if err := st.CreateJudgement(ctx, &dossier.Judgement{A: "E3", B: "E4", Verdict: dossier.Same, By: "resolver"}); dossier.ErrorCode(err) != dossier.ECONFLICT {
		t.Fatalf("merge across a negative judgement: got %v, want ECONFLICT", err)
	}
	// Splitting E3 off: retracting its judgement leaves E1+E2 together and E3 alone.
	if err := st.RetractJudgement(ctx, j23.ID, "analyst:bo"); err != nil {
		t.Fatal(err)
	}
	if canonical("E3") != "E3" || canonical("E2") != "E1" {
		t.Errorf("after the split: E3→%s E2→%s", canonical("E3"), canonical("E2"))
	}
}

func testReplaceExtraction(t *testing.T, st dossier.Store) {
	s, x := exampleExtraction("Husseiniyun was founded by Tawhid Ibrahim Begli in 2015.")
	analyst := &dossier.Evidence{Span: dossier.Span{Start: 0, End: 11}, Quote: "Husseiniyun", Stance: dossier.StanceAsserts, Method: "analyst:ana"}
	x.Claims[0].Evidence = append(x.Claims[0].Evidence, analyst)
	store(t, st, doc(s, x))
	diff := &dossier.Judgement{A: "e-begli", B: "e-husseiniyun", Verdict: dossier.Different, By: "analyst:ana"}
	if err := st.CreateJudgement(ctx, diff); err != nil {
		t.Fatal(err)
	}
	// The improved extraction finds only the founder, with a new claim.
	orphan := &dossier.Entity{ID: "e-orphan", Type: dossier.Person, Name: "Nobody", Status: dossier.StatusProposed}
	store(t, st, doc(NewSource("o.txt", "Nobody"), &dossier.Extraction{Entities: []*dossier.Entity{orphan},
		Mentions: []*dossier.Mention{{Span: dossier.Span{Start: 0, End: 6}, Text: "Nobody", EntityID: "e-orphan"}}}))
	nx := &dossier.Extraction{
		Mentions: []*dossier.Mention{{Span: dossier.Span{Start: 27, End: 47}, Text: "Tawhid Ibrahim Begli", EntityID: "e-begli", Method: "gazetteer"}},
		Claims: []*dossier.Claim{{ID: "c-born", Subject: "e-begli", Predicate: "born_on",
			Object:   dossier.Object{Datatype: dossier.TypeDate, Date: dossier.Date{Year: 1980, Precision: dossier.PrecisionYear}},
			Evidence: []*dossier.Evidence{{Span: dossier.Span{Start: 0, End: 10}, Quote: "Husseiniyu", Stance: dossier.StanceAsserts, Method: "pattern:born"}}}},
	}
	if err := st.ReplaceExtraction(ctx, s.ID, nx); err != nil {
		t.Fatal(err)
	}
	if err := st.ReplaceExtraction(ctx, "o.txt-missing-id", nx); dossier.ErrorCode(err) == "" {
		t.Fatal("replacing the extraction of a missing source must fail")
	}
	ms, _ := st.FindMentions(ctx, s.ID, "")
	if len(ms) != 1 || ms[0].Text != "Tawhid Ibrahim Begli" {
		t.Errorf("mentions after reextract: %+v", ms)
	}
	cs, _ := st.FindClaims(ctx, dossier.ClaimFilter{SourceID: s.ID})
	var preds []string
	for _, c := range cs {
		preds = append(preds, c.Predicate)
	}
	// founded_by keeps the analyst's evidence; founding_date lost its only evidence and is gone.
	if strings.Join(preds, ",") != "founded_by,born_on" {
		t.Errorf("claims after reextract: %v", preds)
	}
	if len(cs) > 0 && (len(cs[0].Evidence) != 1 || cs[0].Evidence[0].Method != "analyst:ana") {
		t.Errorf("analyst evidence must survive: %+v", cs[0].Evidence)
	}
	if js, _ := st.FindJudgements(ctx, "e-begli"); len(js) != 1 || js[0].Retracted {
		t.Errorf("judgements must survive: %+v", js)
	}
	if _, err := st.FindEntityByID(ctx, "e-orphan"); err != nil {
		t.Errorf("an entity still mentioned elsewhere must stay: %v", err)
	}
}

func testGrades(t *testing.T, st dossier.Store) {
	s, x := exampleExtraction("Husseiniyun was founded by Tawhid Ibrahim Begli in 2015.")
	s.Publisher = "Example Monitor"
	store(t, st, doc(s, x))
	for _, g := range []*dossier.Grade{
		{Publisher: "Example Monitor", Reliability: "b", By: "analyst:ana"},
		{SourceID: s.ID[:8], Reliability: "C", By: "analyst:ana"},
	} {
		if err := st.SetReliability(ctx, g); err != nil {
			t.Fatal(err)
		}
	}
	for _, bad := range []*dossier.Grade{
		{Publisher: "X", Reliability: "G", By: "a"},
		{Publisher: "X", SourceID: s.ID, Reliability: "A", By: "a"},
		{Publisher: "X", Reliability: "A"},
	} {
		if err := st.SetReliability(ctx, bad); dossier.ErrorCode(err) != dossier.EINVALID {
			t.Errorf("%+v: got %v, want EINVALID", bad, err)
		}
	}
	gs, err := st.FindGrades(ctx)
	if err != nil || len(gs) != 2 || gs[0].Reliability != "B" || gs[1].SourceID != s.ID || gs[1].Reliability != "C" {
		t.Fatalf("grades: %+v %v", gs, err)
	}
	if got, _ := st.FindSourceByID(ctx, s.ID); got.Reliability != "C" {
		t.Errorf("source reliability %q", got.Reliability)
	}
	if err := st.UpdateClaimGrades(ctx, []dossier.ClaimGrade{{ClaimID: "c-founded", Corroboration: 2, Credibility: 1}}); err != nil {
		t.Fatal(err)
	}
	if err := st.OverrideCredibility(ctx, &dossier.CredibilityOverride{ClaimID: "c-founded", Credibility: 4, By: "analyst:bo", Why: "the founder denied it in an interview"}); err != nil {
		t.Fatal(err)
	}
	if err := st.OverrideCredibility(ctx, &dossier.CredibilityOverride{ClaimID: "c-founded", Credibility: 4, By: "analyst:bo"}); dossier.ErrorCode(err) != dossier.EINVALID {
		t.Errorf("an override without a reason: %v", err)
	}
	if err := st.OverrideCredibility(ctx, &dossier.CredibilityOverride{ClaimID: "nope", Credibility: 2, By: "a", Why: "b"}); dossier.ErrorCode(err) != dossier.ENOTFOUND {
		t.Errorf("override of a missing claim: %v", err)
	}
	cs, _ := st.FindClaims(ctx, dossier.ClaimFilter{Predicate: "founded_by"})
	if len(cs) != 1 || cs[0].Corroboration != 2 || cs[0].Credibility != 4 {
		t.Fatalf("the override must win over the computed grade: %+v", cs)
	}
	if os, _ := st.FindOverrides(ctx); len(os) != 1 || os[0].Why == "" {
		t.Errorf("overrides: %+v", os)
	}
	if err := st.OverrideCredibility(ctx, &dossier.CredibilityOverride{ClaimID: "c-founded"}); err != nil {
		t.Fatal(err)
	}
	if cs, _ := st.FindClaims(ctx, dossier.ClaimFilter{Predicate: "founded_by"}); cs[0].Credibility != 1 {
		t.Errorf("after removing the override: %+v", cs[0])
	}
}
