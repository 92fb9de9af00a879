package truth

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier"
)

// Contradiction kinds.
const (
	KindFunctional     = "functional" // two values of a one-valued predicate at overlapping times
	KindExclusive      = "exclusive"  // mutually exclusive predicates between the same pair at once
	KindStance         = "stance"     // one source asserts what another denies or doubts
	KindAfterDeath     = "after_death"
	KindAnachronism    = "anachronism"     // a source describes as done something dated after the source
	KindBeforeFounding = "before_founding" // an organisation's act dated before it was founded
)

// Contradiction is a point where claims disagree.
type Contradiction struct {
	Kind      string   `json:"type"`
	Subject   string   `json:"subject"`
	Predicate string   `json:"predicate"`
	Claims    []string `json:"claims"`
	Reason    string   `json:"reason"`
}

// oneValued lists predicates treated as functional for contradiction checks beyond the table's
// Functional flag: sources that name different founders of one group disagree on a point an
// analyst must see, even though co-founders exist.
var oneValued = map[string]bool{"founded_by": true}

// timeless predicates state one-off facts (a founding, a birth): their values conflict whatever
// times the claims carry. Other functional predicates change over time (a leader, a member
// count), so two values conflict only when both claims are dated and the dates overlap — a value
// with no date may simply be from another time.
var timeless = map[string]bool{
	"founded_by": true, "founding_date": true, "founding_place": true, "dissolution_date": true,
	"born_in": true, "born_on": true, "died_on": true, "merged_into": true, "date": true, "place": true,
}

func functional(p string) bool {
	if oneValued[p] {
		return true
	}
	d := dossier.LookupPredicate(p)
	return d != nil && d.Functional
}

// Find returns the contradictions among the claims of one subject (claims whose Subject is the
// same entity), given each source's publication date (for anachronisms; nil to skip). Claims
// about a subject as object are not considered here; pass each subject's claims once.
func Find(claims []*dossier.Claim, published func(sourceID string) dossier.Date) []Contradiction {
	var out []Contradiction
	// Functional predicates: group by predicate, compare every pair.
	byPred := map[string][]*dossier.Claim{}
	var order []string
	for _, c := range claims {
		if _, ok := byPred[c.Predicate]; !ok {
			order = append(order, c.Predicate)
		}
		byPred[c.Predicate] = append(byPred[c.Predicate], c)
	}
	for _, p := range order {
		cs := byPred[p]
		if !functional(p) {
			continue
		}
		for i := 0; i < len(cs); i++ {
			for j := i + 1; j < len(cs); j++ {
				a, b := cs[i], cs[j]
				if !assertedSomewhere(a) || !assertedSomewhere(b) || sameSourcesOnly(a, b) || statedTogether(a, b) {
					continue
				}
				if why, ok := incompatible(a, b); ok {
					out = append(out, Contradiction{Kind: KindFunctional, Subject: a.Subject, Predicate: p,
						Claims: []string{a.ID, b.ID}, Reason: why})
				}
			}
		}
	}
	// Mutually exclusive predicates between the same pair at overlapping times.
	for _, a := range claims {
		pd := dossier.LookupPredicate(a.Predicate)
		if pd == nil {
			continue
		}
		for _, x := range pd.Exclusive {
			if x < a.Predicate && dossier.LookupPredicate(x) != nil {
				continue // each pair of predicates once
			}
			for _, b := range byPred[x] {
				if b.Object.EntityID == a.Object.EntityID && overlaps(a, b) {
					out = append(out, Contradiction{Kind: KindExclusive, Subject: a.Subject, Predicate: a.Predicate,
						Claims: []string{a.ID, b.ID}, Reason: fmt.Sprintf("%s and %s at the same time", a.Predicate, b.Predicate)})
				}
			}
		}
	}
	// Stance: asserted by one source, denied or doubted by another.
	for _, c := range claims {
		var pro, con bool
		for _, ev := range c.Evidence {
			if supports(ev) {
				pro = true
			} else {
				con = true
			}
		}
		if pro && con {
			out = append(out, Contradiction{Kind: KindStance, Subject: c.Subject, Predicate: c.Predicate,
				Claims: []string{c.ID}, Reason: "asserted by one passage, denied or doubted by another"})
		}
	}
	// Acts dated after the subject's death.
	for _, d := range byPred["died_on"] {
		death := d.Object.Date
		_, deathEnd, ok := death.Range()
		if !ok {
			continue
		}
		for _, c := range claims {
			if c.Predicate == "died_on" || c.Predicate == "name" || c.Predicate == "alias" || c.ValidFrom.IsZero() {
				continue
			}
			if first, _, ok := c.ValidFrom.Range(); ok && first.After(deathEnd) {
				out = append(out, Contradiction{Kind: KindAfterDeath, Subject: c.Subject, Predicate: c.Predicate,
					Claims: []string{d.ID, c.ID}, Reason: fmt.Sprintf("dated %s, after the death on %s", c.ValidFrom.Human(), death.Human())})
			}
		}
	}
	// Acts of an organisation dated wholly before its founding: one source's founding year
	// against another's earlier activity. A founding some sources doubt is not used.
	for _, f := range byPred["founding_date"] {
		founded, _, ok := f.Object.Date.Range()
		if !ok || !assertedOnly(f) {
			continue
		}
		for _, c := range claims {
			if aboutFounding[c.Predicate] || c.ValidFrom.IsZero() || !assertedSomewhere(c) {
				continue
			}
			if _, end, ok := c.ValidFrom.Range(); ok && end.Before(founded) {
				out = append(out, Contradiction{Kind: KindBeforeFounding, Subject: c.Subject, Predicate: c.Predicate,
					Claims: []string{f.ID, c.ID}, Reason: fmt.Sprintf("dated %s, before the founding in %s", c.ValidFrom.Human(), f.Object.Date.Human())})
			}
		}
	}
	// Anachronisms: a source published before the date it gives for a completed event.
	if published != nil {
		for _, c := range claims {
			when := c.ValidFrom
			if c.Object.Datatype == dossier.TypeDate {
				when = c.Object.Date
			}
			first, _, ok := when.Range()
			if !ok {
				continue
			}
			for _, ev := range c.Evidence {
				pub := published(ev.SourceID)
				if _, pubEnd, ok := pub.Range(); ok && supports(ev) && first.After(pubEnd) {
					out = append(out, Contradiction{Kind: KindAnachronism, Subject: c.Subject, Predicate: c.Predicate,
						Claims: []string{c.ID}, Reason: fmt.Sprintf("a source published %s describes it as of %s", pub.Human(), when.Human())})
					break
				}
			}
		}
	}
	return out
}

// aboutFounding are the predicates that state the founding itself or a name, which have no
// time of their own to compare with the founding date.
var aboutFounding = map[string]bool{"founding_date": true, "founded_by": true, "founding_place": true,
	"name": true, "alias": true, "previous_name": true, "splinter_of": true}

// assertedOnly reports whether every piece of a claim's evidence backs it.
func assertedOnly(c *dossier.Claim) bool {
	for _, ev := range c.Evidence {
		if !supports(ev) {
			return false
		}
	}
	return len(c.Evidence) > 0
}

func assertedSomewhere(c *dossier.Claim) bool {
	for _, ev := range c.Evidence {
		if supports(ev) {
			return true
		}
	}
	return false
}

// sameSourcesOnly reports whether both claims rest on exactly one and the same passage, which
// is one statement extracted twice rather than a disagreement.
func sameSourcesOnly(a, b *dossier.Claim) bool {
	if len(a.Evidence) != 1 || len(b.Evidence) != 1 {
		return false
	}
	return a.Evidence[0].SourceID == b.Evidence[0].SourceID && a.Evidence[0].Span == b.Evidence[0].Span
}

// statedTogether reports whether one passage backs both claims: "founded by A and B" names
// co-founders, so other sources repeating it do not make A and B rival founders.
func statedTogether(a, b *dossier.Claim) bool {
	for _, x := range a.Evidence {
		if !supports(x) {
			continue
		}
		for _, y := range b.Evidence {
			if supports(y) && x.SourceID == y.SourceID && x.Span == y.Span {
				return true
			}
		}
	}
	return false
}

// overlaps reports whether the valid times of two claims may overlap; unknown times overlap.
func overlaps(a, b *dossier.Claim) bool {
	return interval(a).overlaps(interval(b))
}

type span struct{ from, to dossier.Date }

func interval(c *dossier.Claim) span { return span{c.ValidFrom, c.ValidTo} }

func (s span) overlaps(o span) bool {
	// [from, to] with open ends when unknown.
	if !s.to.IsZero() && !o.from.IsZero() && before(s.to, o.from) {
		return false
	}
	if !o.to.IsZero() && !s.from.IsZero() && before(o.to, s.from) {
		return false
	}
	if s.to.IsZero() && o.to.IsZero() && !s.from.IsZero() && !o.from.IsZero() {
		return s.from.Overlaps(o.from)
	}
	return true
}

// before reports whether a ends before b begins.
func before(a, b dossier.Date) bool {
	_, aEnd, ok1 := a.Range()
	bStart, _, ok2 := b.Range()
	return ok1 && ok2 && aEnd.Before(bStart)
}

// incompatible compares two claims of one functional predicate and subject.
func incompatible(a, b *dossier.Claim) (string, bool) {
	if !timeless[a.Predicate] && (a.ValidFrom.IsZero() || b.ValidFrom.IsZero()) {
		return "", false
	}
	switch {
	case a.Object.EntityID != "" || b.Object.EntityID != "":
		if a.Object.EntityID == b.Object.EntityID || (!timeless[a.Predicate] && !overlaps(a, b)) {
			return "", false
		}
		if timeless[a.Predicate] {
			return "two different values of a one-off fact", true
		}
		return "different values at overlapping times", true
	case a.Object.Datatype == dossier.TypeDate:
		if a.Object.Date.Overlaps(b.Object.Date) {
			return "", false
		}
		return fmt.Sprintf("%s vs %s", a.Object.Date.Human(), b.Object.Date.Human()), true
	case a.Object.Datatype == dossier.TypeNumber || a.Object.Datatype == dossier.TypeQuantity:
		if !overlaps(a, b) {
			return "", false // "around 20" in 2022 does not contradict "14" in 2016
		}
		x, ax := number(a.Object.Value)
		y, ay := number(b.Object.Value)
		if math.IsNaN(x) || math.IsNaN(y) {
			return "", false
		}
		tol := 0.0
		if ax || ay {
			tol = 0.2 * math.Max(x, y) // "about 20" covers 16–24
		}
		if math.Abs(x-y) <= tol {
			return "", false
		}
		return fmt.Sprintf("%s vs %s at overlapping times", a.Object.Value, b.Object.Value), true
	default:
		if strings.EqualFold(strings.TrimSpace(a.Object.Value), strings.TrimSpace(b.Object.Value)) || !overlaps(a, b) {
			return "", false
		}
		return fmt.Sprintf("%q vs %q", a.Object.Value, b.Object.Value), true
	}
}

var numberRE = regexp.MustCompile(`\d[\d,]*(?:\.\d+)?`)

// number reads the first number of a literal and whether it is approximate ("~20", "about 20").
func number(s string) (float64, bool) {
	approx := strings.HasPrefix(s, "~")
	for _, w := range []string{"about", "around", "approximately", "nearly", "some", "roughly", "over", "more than", "up to"} {
		approx = approx || strings.Contains(strings.ToLower(s), w)
	}
	m := numberRE.FindString(s)
	if m == "" {
		return math.NaN(), approx
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(m, ",", ""), 64)
	if err != nil {
		return math.NaN(), approx
	}
	return f, approx
}
