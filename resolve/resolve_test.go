package resolve_test

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
	"github.com/dossier-osint/dossier/resolve"
)

// doc builds a document whose mentions are the given names, found in order in text.
func doc(t *testing.T, text string, mentions ...extract.Mention) *extract.Doc {
	t.Helper()
	s := &dossier.Source{ID: dossier.ContentID(text), Text: text, Language: "en"}
	d := extract.NewDoc(s)
	from := 0
	for _, m := range mentions {
		i := strings.Index(text[from:], m.Text)
		if i < 0 {
			t.Fatalf("%q not in text", m.Text)
		}
		start := len([]rune(text[:from+i]))
		m.Span = dossier.Span{Start: start, End: start + len([]rune(m.Text))}
		if m.Alias == 0 {
			m.Alias = -1
		}
		d.Mentions = append(d.Mentions, m)
		from += i + len(m.Text)
	}
	return d
}

func person(s string) extract.Mention {
	return extract.Mention{Text: s, Type: dossier.Person, Method: "pattern:test"}
}
func org(s string) extract.Mention {
	return extract.Mention{Text: s, Type: dossier.Organization, Method: "pattern:test"}
}

func entityOf(x *dossier.Extraction, text string) string {
	for _, m := range x.Mentions {
		if m.Text == text {
			return m.EntityID
		}
	}
	return ""
}

func TestResolveAcrossDocuments(t *testing.T) {
	r := resolve.New()
	d1 := doc(t, "Tawhid Ibrahim Begli founded the Husseiniyun. Begli later fled. The Islamic Revolutionary Guard Corps (IRGC) backed it.",
		person("Tawhid Ibrahim Begli"), org("Husseiniyun"), person("Begli"), org("Islamic Revolutionary Guard Corps"), org("IRGC"))
	x1 := r.Resolve(d1).Extraction
	begli := entityOf(x1, "Tawhid Ibrahim Begli")
	if begli == "" || entityOf(x1, "Begli") != begli {
		t.Fatalf("a surname alone after the full name is the same person: %q vs %q", begli, entityOf(x1, "Begli"))
	}
	if entityOf(x1, "IRGC") != entityOf(x1, "Islamic Revolutionary Guard Corps") {
		t.Errorf("an acronym after the full name is the same organisation")
	}
	if len(x1.Entities) != 3 {
		t.Errorf("want 3 new entities, got %d", len(x1.Entities))
	}
	// A second document spells the founder differently and in Azerbaijani.
	d2 := doc(t, "Tovhid İbrahimbəyli and Tawheed Ibrahim Begli are one man; Hüseynçilər is his group.",
		person("Tovhid İbrahimbəyli"), person("Tawheed Ibrahim Begli"), org("Hüseynçilər"))
	x2 := r.Resolve(d2).Extraction
	for _, s := range []string{"Tovhid İbrahimbəyli", "Tawheed Ibrahim Begli"} {
		if got := entityOf(x2, s); got != begli {
			t.Errorf("%s resolved to %s, want %s", s, got, begli)
		}
	}
	if entityOf(x2, "Hüseynçilər") != entityOf(x1, "Husseiniyun") {
		t.Errorf("Hüseynçilər must link to Husseiniyun")
	}
	// A different person with a similar name is not linked.
	d3 := doc(t, "Elmir Zahidov met Elmir Ziyadov.", person("Elmir Zahidov"), person("Elmir Ziyadov"))
	x3 := r.Resolve(d3).Extraction
	if entityOf(x3, "Elmir Zahidov") == entityOf(x3, "Elmir Ziyadov") {
		t.Errorf("Zahidov and Ziyadov are two people")
	}
	// New spellings become names, so the automaton finds them in later documents.
	found := false
	for _, e := range x2.Entities {
		for _, n := range e.Names {
			found = found || (e.ID == begli && n.Text == "Tovhid İbrahimbəyli")
		}
	}
	if !found {
		t.Errorf("the new spelling must be stored as a name of %s", begli)
	}
	if ms := r.Known().Find("Yesterday Tovhid İbrahimbəyli spoke."); len(ms) != 1 {
		t.Errorf("the automaton must know the new spelling: %+v", ms)
	}
}

func TestEntityIDsAreStable(t *testing.T) {
	a := resolve.EntityID(dossier.Person, "Tawhid Ibrahim Begli")
	if a != resolve.EntityID(dossier.Person, "TAWHID  IBRAHIM BEGLI") || a == resolve.EntityID(dossier.Organization, "Tawhid Ibrahim Begli") {
		t.Errorf("IDs depend on type and comparable name only")
	}
}

func TestClaimsFromRelations(t *testing.T) {
	r := resolve.New()
	d := doc(t, "Husseiniyun was founded by Tawhid Ibrahim Begli in 2016.", org("Husseiniyun"), person("Tawhid Ibrahim Begli"))
	ev := dossier.Span{Start: 0, End: len([]rune(d.Text))}
	d.Relations = []extract.Relation{
		{Subject: 0, Predicate: "founded_by", Object: 1, ValidFrom: dossier.Date{Year: 2016, Precision: dossier.PrecisionYear}, Evidence: ev, Method: "pattern:founded_by", Confidence: 0.8},
		{Subject: 0, Predicate: "founded_by", Object: 1, ValidFrom: dossier.Date{Year: 2016, Precision: dossier.PrecisionYear}, Evidence: ev, Method: "pattern:founded_by"},
		{Subject: 0, Predicate: "founding_date", Object: -1, ValueDate: dossier.Date{Year: 2016, Precision: dossier.PrecisionYear}, Datatype: dossier.TypeDate, Evidence: ev, Method: "pattern:founded_in"},
		{Subject: 1, Predicate: "born_on", Object: 0, Evidence: ev, Method: "pattern:bad"},           // literal predicate with an entity object
		{Subject: 0, Predicate: "leader_of", Object: 1, Evidence: ev, Method: "pattern:wrong-types"}, // an organisation cannot lead a person
		{Subject: 0, Predicate: "no_such_predicate", Object: 1, Evidence: ev, Method: "pattern:x"},
	}
	x := r.Resolve(d).Extraction
	if len(x.Claims) != 2 {
		t.Fatalf("want 2 claims, got %d: %+v", len(x.Claims), x.Claims)
	}
	c := x.Claims[0]
	if c.Predicate != "founded_by" || len(c.Evidence) != 1 || c.Evidence[0].Quote != d.Text || c.Evidence[0].Stance != dossier.StanceAsserts || c.ID != resolve.ClaimID(c) {
		t.Errorf("claim %+v evidence %+v", c, c.Evidence)
	}
	if x.Claims[1].Object.Date.Year != 2016 {
		t.Errorf("date claim %+v", x.Claims[1])
	}
}

func place(s string) extract.Mention {
	return extract.Mention{Text: s, Type: dossier.Location, Method: "pattern:test"}
}

// A relation's Place qualifier names a mention; the claim carries that mention's entity. A
// country acting as a state keeps its claims; the inverse of a stored direction is turned round.
func TestClaimsPlaceAndStateActors(t *testing.T) {
	r := resolve.New()
	d := doc(t, "Nadia Farouk met Omar Haddad in Tripoli. Ruritania backs the Blue Hand. Karim Saleh founded the Blue Hand. Ruritania arrested Omar Haddad in Tripoli.",
		person("Nadia Farouk"), person("Omar Haddad"), place("Tripoli"), place("Ruritania"), org("Blue Hand"), person("Karim Saleh"), org("Blue Hand"),
		place("Ruritania"), person("Omar Haddad"), place("Tripoli"))
	span := func(from, to string) dossier.Span {
		i := strings.Index(d.Text, from)
		j := i + strings.Index(d.Text[i:], to) + len(to)
		return dossier.Span{Start: len([]rune(d.Text[:i])), End: len([]rune(d.Text[:j]))}
	}
	d.Relations = []extract.Relation{
		{Subject: 0, Predicate: "met_with", Object: 1, Qualifiers: dossier.Qualifiers{Place: "Tripoli"}, Evidence: span("Nadia", "Tripoli."), Method: "pattern:met-with"},
		{Subject: 3, Predicate: "backs", Object: 4, Evidence: span("Ruritania backs", "Hand."), Method: "pattern:backs"},
		{Subject: 5, Predicate: "founder_of", Object: 6, Evidence: span("Karim", "founded the Blue Hand."), Method: "pattern:founded-active"},
		{Subject: 7, Predicate: "arrested", Object: 8, Qualifiers: dossier.Qualifiers{Place: "Tripoli"}, Evidence: span("Ruritania arrested", "Haddad in Tripoli."), Method: "pattern:arrested"},
		{Subject: 5, Predicate: "met_with", Object: 1, Qualifiers: dossier.Qualifiers{Place: "Atlantis"}, Evidence: span("Nadia", "Tripoli."), Method: "pattern:met-with"},
		{Subject: 3, Predicate: "member_of", Object: 4, Evidence: span("Ruritania backs", "Hand."), Method: "pattern:wrong"}, // a country is no member
	}
	x := r.Resolve(d).Extraction
	tripoli, ruritania, hand, saleh := entityOf(x, "Tripoli"), entityOf(x, "Ruritania"), entityOf(x, "Blue Hand"), entityOf(x, "Karim Saleh")
	want := map[string]bool{}
	for _, c := range x.Claims {
		want[c.Predicate+" "+c.Subject+" "+c.Object.EntityID+" @"+c.Qualifiers.Place] = true
	}
	for _, k := range []string{
		"met_with " + entityOf(x, "Nadia Farouk") + " " + entityOf(x, "Omar Haddad") + " @" + tripoli,
		"met_with " + saleh + " " + entityOf(x, "Omar Haddad") + " @", // an unknown place is dropped
		"backed_by " + hand + " " + ruritania + " @",
		"founded_by " + hand + " " + saleh + " @",
		"arrested " + ruritania + " " + entityOf(x, "Omar Haddad") + " @" + tripoli,
	} {
		if !want[k] {
			t.Errorf("missing claim %q in %v", k, want)
		}
	}
	if len(x.Claims) != 5 {
		for _, c := range x.Claims {
			t.Logf("%+v", c)
		}
		t.Errorf("want 5 claims (a country is no member), got %d: %v", len(x.Claims), want)
	}
}

// One fact stated either way round is one claim: a symmetric relation whichever side comes
// first, a leader named from either side, a founder with and without the founding's date.
func TestClaimsOneDirection(t *testing.T) {
	r := resolve.New()
	d := doc(t, "Nadia Farouk met Omar Haddad. Omar Haddad met Nadia Farouk. Karim Saleh leads the Blue Hand. The Blue Hand is led by Karim Saleh.",
		person("Nadia Farouk"), person("Omar Haddad"), person("Omar Haddad"), person("Nadia Farouk"),
		person("Karim Saleh"), org("Blue Hand"), org("Blue Hand"), person("Karim Saleh"))
	ev := dossier.Span{Start: 0, End: len([]rune(d.Text))}
	d.Relations = []extract.Relation{
		{Subject: 0, Predicate: "met_with", Object: 1, Evidence: ev, Method: "pattern:met-with"},
		{Subject: 2, Predicate: "met_with", Object: 3, Evidence: dossier.Span{Start: 0, End: 10}, Method: "pattern:met-with"},
		{Subject: 4, Predicate: "leader_of", Object: 5, Evidence: ev, Method: "pattern:leads"},
		{Subject: 6, Predicate: "led_by", Object: 7, Evidence: dossier.Span{Start: 0, End: 10}, Method: "pattern:led-by"},
		{Subject: 4, Predicate: "founder_of", Object: 5, Evidence: ev, Method: "pattern:founded-active", ValidFrom: dossier.Date{Year: 2016, Precision: dossier.PrecisionYear}},
		{Subject: 6, Predicate: "founded_by", Object: 7, Evidence: dossier.Span{Start: 0, End: 10}, Method: "pattern:founded-passive"},
	}
	x := r.Resolve(d).Extraction
	if len(x.Claims) != 3 {
		t.Fatalf("want 3 claims, got %d: %+v", len(x.Claims), x.Claims)
	}
	for _, c := range x.Claims {
		if len(c.Evidence) != 2 {
			t.Errorf("claim %s %s %s should gather both passages, has %d", c.Subject, c.Predicate, c.Object.EntityID, len(c.Evidence))
		}
	}
	if c := x.Claims[1]; c.Predicate != "led_by" || c.Subject != entityOf(x, "Blue Hand") {
		t.Errorf("leadership is stored as led_by on the organisation: %+v", c)
	}
}
