package truth

import (
	"testing"

	"github.com/dossier-osint/dossier"
)

func year(y int) dossier.Date { return dossier.Date{Year: y, Precision: dossier.PrecisionYear} }

func ev(src, stance, attr string) *dossier.Evidence {
	return &dossier.Evidence{SourceID: src, Span: dossier.Span{Start: 0, End: 5}, Quote: "quote", Stance: stance, AttributedTo: attr, Method: "pattern:test"}
}

func claim(id, pred string, obj dossier.Object, from dossier.Date, evs ...*dossier.Evidence) *dossier.Claim {
	return &dossier.Claim{ID: id, Subject: "G", Predicate: pred, Object: obj, ValidFrom: from, Evidence: evs}
}

func ent(id string) dossier.Object { return dossier.Object{EntityID: id} }
func num(v string) dossier.Object  { return dossier.Object{Value: v, Datatype: dossier.TypeNumber} }
func date(d dossier.Date) dossier.Object {
	return dossier.Object{Value: d.String(), Datatype: dossier.TypeDate, Date: d}
}

func TestOriginsAndCorroboration(t *testing.T) {
	links := []*dossier.SourceLink{
		{From: "S2", To: "S1", Kind: dossier.LinkNearDuplicate, Method: dossier.MethodTextOverlap},    // S2 copies S1
		{From: "S3", ToName: "the Al-Arabiya report", Kind: dossier.LinkSummarises, Method: "stated"}, // S3 and S4 summarise one report
		{From: "S4", ToName: "Al-Arabiya", Kind: dossier.LinkSummarises, Method: "stated"},
		{From: "S5", ToName: "Reuters", Kind: dossier.LinkCites, Method: "stated"}, // a citation alone joins nothing
		{From: "S6", ToName: "Reuters", Kind: dossier.LinkCites, Method: "stated"},
	}
	o := NewOrigins(links)
	if o.Group("S1") != o.Group("S2") || o.Group("S3") != o.Group("S4") || o.Group("S1") == o.Group("S3") {
		t.Fatalf("groups: %v", o.Groups())
	}
	if o.Group("S5") == o.Group("S6") {
		t.Errorf("two sources citing Reuters are not one origin for everything they say")
	}
	cases := []struct {
		name string
		c    *dossier.Claim
		want int
	}{
		{"copies count once", claim("c", "founded_by", ent("X"), dossier.Date{}, ev("S1", "asserts", ""), ev("S2", "asserts", "")), 1},
		{"summaries of one report count once", claim("c", "founded_by", ent("X"), dossier.Date{}, ev("S3", "reports", ""), ev("S4", "asserts", "")), 1},
		{"three independent sources", claim("c", "founded_by", ent("X"), dossier.Date{}, ev("S1", "asserts", ""), ev("S3", "asserts", ""), ev("S5", "asserts", "")), 3},
		{"quoting one outlet is one origin", claim("c", "founded_by", ent("X"), dossier.Date{}, ev("S5", "reports", "Reuters"), ev("S6", "reports", "Reuters news agency")), 1},
		{"doubts do not corroborate", claim("c", "founded_by", ent("X"), dossier.Date{}, ev("S1", "asserts", ""), ev("S5", "doubts", "")), 1},
	}
	for _, c := range cases {
		if got := o.Corroboration(c.c); got != c.want {
			t.Errorf("%s: corroboration %d, want %d", c.name, got, c.want)
		}
	}
}

func TestCredibility(t *testing.T) {
	o := NewOrigins(nil)
	rel := func(s string) string {
		if s == "SA" {
			return "A"
		}
		return ""
	}
	cases := []struct {
		name          string
		c             *dossier.Claim
		contradicting int
		want          int
	}{
		{"two independent, uncontested", claim("c", "p", ent("X"), dossier.Date{}, ev("S1", "asserts", ""), ev("S2", "asserts", "")), 0, 1},
		{"one reliable source", claim("c", "p", ent("X"), dossier.Date{}, ev("SA", "asserts", "")), 0, 2},
		{"one unknown source", claim("c", "p", ent("X"), dossier.Date{}, ev("S1", "asserts", "")), 0, 3},
		{"contradicted by an equal origin", claim("c", "p", ent("X"), dossier.Date{}, ev("S1", "asserts", "")), 1, 4},
		{"denied by more origins than back it", claim("c", "p", ent("X"), dossier.Date{}, ev("S1", "asserts", ""), ev("S2", "denies", ""), ev("S3", "doubts", "")), 0, 5},
		{"only doubted", claim("c", "p", ent("X"), dossier.Date{}, ev("S1", "doubts", "")), 0, 5},
		{"no evidence", claim("c", "p", ent("X"), dossier.Date{}), 0, 6},
	}
	for _, c := range cases {
		if got := o.Credibility(c.c, c.contradicting, rel); got != c.want {
			t.Errorf("%s: credibility %d, want %d", c.name, got, c.want)
		}
	}
	if Grade("B", 2) != "B2" || Grade("", 0) != "F6" {
		t.Errorf("grades: %s %s", Grade("B", 2), Grade("", 0))
	}
}

func TestFindContradictions(t *testing.T) {
	d := func(y, m int) dossier.Date { return dossier.Date{Year: y, Month: m, Precision: dossier.PrecisionMonth} }
	about := dossier.Date{Year: 2022, Precision: dossier.PrecisionYear}
	early2016 := dossier.Date{Year: 2016, Part: "early", Precision: dossier.PrecisionSeason}
	cases := []struct {
		name   string
		claims []*dossier.Claim
		want   []string // kinds found, in order
	}{
		{"two founding years", []*dossier.Claim{
			claim("a", "founding_date", date(year(2015)), dossier.Date{}, ev("S1", "asserts", "")),
			claim("b", "founding_date", date(year(2016)), dossier.Date{}, ev("S2", "asserts", "")),
		}, []string{KindFunctional}},
		{"early 2016 agrees with 2016", []*dossier.Claim{
			claim("a", "founding_date", date(early2016), dossier.Date{}, ev("S1", "asserts", "")),
			claim("b", "founding_date", date(year(2016)), dossier.Date{}, ev("S2", "asserts", "")),
		}, nil},
		{"two founders in two different years", []*dossier.Claim{
			claim("a", "founded_by", ent("Haddad"), year(2015), ev("S1", "asserts", "")),
			claim("b", "founded_by", ent("Nasser"), year(2013), ev("S2", "asserts", "")),
		}, []string{KindFunctional}},
		{"two founders", []*dossier.Claim{
			claim("a", "founded_by", ent("Soleimani"), dossier.Date{}, ev("S1", "asserts", "")),
			claim("b", "founded_by", ent("Begli"), early2016, ev("S2", "asserts", "")),
		}, []string{KindFunctional}},
		{"co-founders named together by two sources", []*dossier.Claim{
			claim("a", "founded_by", ent("Haddad"), dossier.Date{}, ev("S1", "asserts", ""), ev("S2", "asserts", "")),
			claim("b", "founded_by", ent("Nasser"), dossier.Date{}, ev("S1", "asserts", ""), ev("S2", "asserts", "")),
		}, nil},
		{"14 vs about 20 at the same date", []*dossier.Claim{
			claim("a", "member_count", num("14"), year(2016), ev("S1", "asserts", "")),
			claim("b", "member_count", num("~20"), year(2016), ev("S2", "asserts", "")),
		}, []string{KindFunctional}},
		{"14 in 2016 and about 20 in 2022 agree", []*dossier.Claim{
			claim("a", "member_count", num("14"), year(2016), ev("S1", "asserts", "")),
			claim("b", "member_count", num("around 20"), about, ev("S2", "asserts", "")),
		}, nil},
		{"about 20 covers 18", []*dossier.Claim{
			claim("a", "member_count", num("18"), year(2022), ev("S1", "asserts", "")),
			claim("b", "member_count", num("about 20"), year(2022), ev("S2", "asserts", "")),
		}, nil},
		{"an undated count may be from another time", []*dossier.Claim{
			claim("a", "member_count", num("14"), year(2016), ev("S1", "asserts", "")),
			claim("b", "member_count", num("around 20"), dossier.Date{}, ev("S2", "asserts", "")),
		}, nil},
		{"undated leaders may have followed each other", []*dossier.Claim{
			claim("a", "led_by", ent("P1"), dossier.Date{}, ev("S1", "asserts", "")),
			claim("b", "led_by", ent("P2"), dossier.Date{}, ev("S2", "asserts", "")),
		}, nil},
		{"a later change of leader", []*dossier.Claim{
			{ID: "a", Subject: "G", Predicate: "led_by", Object: ent("P1"), ValidFrom: year(2012), ValidTo: year(2018), Evidence: []*dossier.Evidence{ev("S1", "asserts", "")}},
			{ID: "b", Subject: "G", Predicate: "led_by", Object: ent("P2"), ValidFrom: year(2019), Evidence: []*dossier.Evidence{ev("S2", "asserts", "")}},
		}, nil},
		{"two leaders at once", []*dossier.Claim{
			claim("a", "led_by", ent("P1"), d(2019, 5), ev("S1", "asserts", "")),
			claim("b", "led_by", ent("P2"), year(2019), ev("S2", "asserts", "")),
		}, []string{KindFunctional}},
		{"ally and rival at once", []*dossier.Claim{
			claim("a", "ally_of", ent("H"), year(2020), ev("S1", "asserts", "")),
			claim("b", "rival_of", ent("H"), year(2020), ev("S2", "asserts", "")),
		}, []string{KindExclusive}},
		{"ally, then rival", []*dossier.Claim{
			{ID: "a", Subject: "G", Predicate: "ally_of", Object: ent("H"), ValidFrom: year(2010), ValidTo: year(2014), Evidence: []*dossier.Evidence{ev("S1", "asserts", "")}},
			claim("b", "rival_of", ent("H"), year(2020), ev("S2", "asserts", "")),
		}, nil},
		{"asserted and denied", []*dossier.Claim{
			claim("a", "backed_by", ent("Iran"), dossier.Date{}, ev("S1", "asserts", ""), ev("S2", "denies", "")),
		}, []string{KindStance}},
		{"a meeting after death", []*dossier.Claim{
			claim("a", "died_on", date(dossier.Date{Year: 2020, Month: 1, Day: 3, Precision: dossier.PrecisionDay}), dossier.Date{}, ev("S1", "asserts", "")),
			claim("b", "met_with", ent("B"), d(2020, 7), ev("S2", "asserts", "")),
			claim("c", "met_with", ent("C"), d(2019, 7), ev("S2", "asserts", "")),
		}, []string{KindAfterDeath}},
		{"an attack dated before the group was founded", []*dossier.Claim{
			claim("a", "founding_date", date(early2016), dossier.Date{}, ev("S1", "asserts", "")),
			claim("b", "attacked", ent("Embassy"), year(2013), ev("S2", "asserts", "")),
			claim("c", "attacked", ent("Consulate"), year(2018), ev("S2", "asserts", "")),
		}, []string{KindBeforeFounding}},
		{"an act in the founding year is no contradiction, nor an undated one", []*dossier.Claim{
			claim("a", "founding_date", date(year(2016)), dossier.Date{}, ev("S1", "asserts", "")),
			claim("b", "met_with", ent("B"), early2016, ev("S2", "asserts", "")),
			claim("c", "threatened", ent("C"), dossier.Date{}, ev("S2", "asserts", "")),
		}, nil},
		{"a doubted founding date is not held against earlier acts", []*dossier.Claim{
			claim("a", "founding_date", date(year(2016)), dossier.Date{}, ev("S1", "doubts", "")),
			claim("b", "attacked", ent("Embassy"), year(2013), ev("S2", "asserts", "")),
		}, nil},
		{"a source older than what it describes", []*dossier.Claim{
			claim("a", "founding_date", date(year(2016)), dossier.Date{}, ev("OLD", "asserts", "")),
		}, []string{KindAnachronism}},
	}
	pub := func(s string) dossier.Date {
		if s == "OLD" {
			return year(2013)
		}
		return dossier.Date{}
	}
	for _, c := range cases {
		got := Find(c.claims, pub)
		var kinds []string
		for _, x := range got {
			kinds = append(kinds, x.Kind)
		}
		if len(kinds) != len(c.want) {
			t.Errorf("%s: got %v (%+v), want %v", c.name, kinds, got, c.want)
			continue
		}
		for i := range kinds {
			if kinds[i] != c.want[i] {
				t.Errorf("%s: got %v, want %v", c.name, kinds, c.want)
			}
		}
	}
}
