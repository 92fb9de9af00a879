// Package truth judges claims against each other: which sources are independent (origin groups),
// how many independent origins back a claim (corroboration), how credible it is on the Admiralty
// 1–6 scale, and where sources contradict each other. It is pure: it works on claims, sources and
// source links handed to it and never touches storage.
package truth

import (
	"sort"
	"strings"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/normalize"
)

// Origins partitions sources into origin groups: sets of sources that are not independent of one
// another. Two sources fall into one group when a link joins them (one mirrors, summarises,
// translates, forwards, cites or nearly duplicates the other), or when both depend in the same
// strong way (summary, translation, mirror, forward) on the same outside report named in their
// text.
type Origins struct {
	parent map[string]string
}

// NewOrigins builds the origin groups of the given links. Sources that no link touches form a
// group of their own.
func NewOrigins(links []*dossier.SourceLink) *Origins {
	o := &Origins{parent: map[string]string{}}
	for _, l := range links {
		switch {
		case l.To != "" && l.To != l.From:
			o.union(l.From, l.To)
		case l.To == "" && l.ToName != "" && strongKinds[l.Kind]:
			o.union(l.From, "name:"+NameKey(l.ToName))
		}
	}
	return o
}

// strongKinds are the dependencies through which two sources repeating one outside report are
// one origin. A bare citation ("according to Reuters") is handled per claim instead, through the
// evidence's attribution.
var strongKinds = map[string]bool{
	dossier.LinkSummarises: true, dossier.LinkTranslates: true, dossier.LinkMirrors: true,
	dossier.LinkForwards: true, dossier.LinkNearDuplicate: true, dossier.LinkParaphrases: true,
}

// NameKey folds an outside source's name for comparison: "the Al-Arabiya report" and
// "Al-Arabiya" are one origin.
func NameKey(name string) string {
	f := normalize.FoldWords(name)
	words := strings.FieldsFunc(f, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '.' || r == ',' })
	out := words[:0]
	for _, w := range words {
		switch w {
		case "the", "a", "an", "report", "reports", "website", "article", "news", "agency", "al", "el":
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

func (o *Origins) find(x string) string {
	p, ok := o.parent[x]
	if !ok || p == x {
		return x
	}
	r := o.find(p)
	o.parent[x] = r
	return r
}

func (o *Origins) union(a, b string) {
	ra, rb := o.find(a), o.find(b)
	if ra == rb {
		return
	}
	if ra > rb {
		ra, rb = rb, ra
	}
	o.parent[rb] = ra
	o.parent[a], o.parent[b] = o.find(a), o.find(b)
}

// Group returns the origin group of a source: a stable representative ID.
func (o *Origins) Group(sourceID string) string { return o.find(sourceID) }

// Groups returns the groups with more than one source, each sorted, in a stable order.
func (o *Origins) Groups() [][]string {
	by := map[string][]string{}
	for x := range o.parent {
		if strings.HasPrefix(x, "name:") {
			continue
		}
		r := o.find(x)
		by[r] = append(by[r], x)
	}
	var out [][]string
	for _, g := range by {
		if len(g) > 1 {
			sort.Strings(g)
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// supports reports whether evidence backs its claim (rather than doubting or denying it).
func supports(ev *dossier.Evidence) bool {
	return ev.Stance == dossier.StanceAsserts || ev.Stance == dossier.StanceReports
}

// origin returns the independent origin of one piece of evidence: the attributed outside source
// when the text names one (two articles quoting Al-Arabiya are one origin), else the source's
// origin group.
func (o *Origins) origin(ev *dossier.Evidence) string {
	if ev.AttributedTo != "" {
		if k := NameKey(ev.AttributedTo); k != "" {
			return o.find("name:" + k)
		}
	}
	return o.find(ev.SourceID)
}

// Corroboration is the number of independent origins among the evidence that backs c.
func (o *Origins) Corroboration(c *dossier.Claim) int {
	seen := map[string]bool{}
	for _, ev := range c.Evidence {
		if supports(ev) {
			seen[o.origin(ev)] = true
		}
	}
	return len(seen)
}

// against returns the number of independent origins that deny or doubt c.
func (o *Origins) against(c *dossier.Claim) int {
	seen := map[string]bool{}
	for _, ev := range c.Evidence {
		if !supports(ev) {
			seen[o.origin(ev)] = true
		}
	}
	return len(seen)
}

// Credibility grades a claim on the Admiralty information scale, by this rule (applied in order):
//
//	5 improbable      more independent origins deny or doubt it, or contradict it, than back it
//	4 doubtful        contradicted or denied by as many independent origins as back it
//	1 confirmed       backed by two or more independent origins and not contradicted or denied
//	2 probably true   backed by one origin whose source is graded A or B, not contradicted
//	3 possibly true   backed by one origin, not contradicted
//	6 cannot be judged  nothing backs it
//
// contradicting is the largest corroboration among the claims that contradict c; reliability
// gives a source's A–F grade (nil: all F).
func (o *Origins) Credibility(c *dossier.Claim, contradicting int, reliability func(sourceID string) string) int {
	pro := o.Corroboration(c)
	con := max(o.against(c), contradicting)
	switch {
	case pro == 0:
		if con > 0 {
			return 5
		}
		return 6
	case con > pro:
		return 5
	case con > 0:
		return 4
	case pro >= 2:
		return 1
	}
	if reliability != nil {
		for _, ev := range c.Evidence {
			if g := reliability(ev.SourceID); supports(ev) && (g == "A" || g == "B") {
				return 2
			}
		}
	}
	return 3
}

// Grade renders a source grade and a credibility as the analyst's "B2"; "F6" when unknown.
func Grade(reliability string, credibility int) string {
	if !dossier.ValidReliability(reliability) {
		reliability = dossier.ReliabilityDefault
	}
	if credibility < 1 || credibility > 6 {
		credibility = 6
	}
	return reliability + string(rune('0'+credibility))
}
