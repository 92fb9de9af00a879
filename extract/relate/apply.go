package relate

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
	"github.com/dossier-osint/dossier/extract/attrib"
)

// sentCtx is what every match in one segment shares: its stance cues, its dates, the
// attribution stated inside it.
type sentCtx struct {
	seg       dossier.Span
	denyAt    int    // byte offset in the masked segment of a denial cue, or -1
	doubtAt   int    // byte offset of a doubt cue ("myth", "rumour"), or -1
	condAt    int    // byte offset of a conditional cue ("if", "unless", "whether"), or -1
	reports   bool   // a reporting cue ("according to", "reportedly", "is said to")
	according string // "according to X" found in the segment, for documents without attributions
	datePos   []int  // byte offsets of the date placeholders
	dateIdx   []int  // their indices into work.dates
	present   bool   // the segment speaks in the present tense about counts ("has", "numbers")
}

// Stance cues, matched on the masked, lower-cased segment. Denials and doubts apply to the
// relations whose match starts after the cue ("denied that X founded Y", "the myth that X
// founded Y"); a relation stated before the cue keeps its own stance.
var (
	denyCues  = []string{"denied", "denies", "deny ", "denying", "dismissed claims", "dismissed reports", "rejected claims", "rejected reports", "rejects claims", "is not true", "was not true", "is untrue", "is false", "was false", "no evidence", "baseless", "refuted"}
	notDeny   = []string{"did not deny", "didn't deny", "not denied", "never denied", "without denying", "does not deny", "doesn't deny", "cannot deny", "can't deny", "could not deny", "no one denies", "nobody denies"}
	doubtCues = []string{"myth", "rumour", "rumor", "unconfirmed", "unverified", "unsubstantiated", "dubious", "doubtful", "it is unclear", "remains unclear", "it was unclear", "skeptical", "sceptical", "speculat", "questionable", "disputed", "conspiracy theor", "misconception", "mistakenly", "wrongly", "erroneous", "suspected of"}
	// Conditional cues: a relation stated after one is a hypothesis ("If X had founded Y, ...",
	// "whether X backs Y is unclear"), not an assertion.
	condCues  = []string{"if ", "unless ", "whether ", "in case ", "suppose ", "supposing ", "hypothetically", "would have"}
	hedgeCues = []string{"may have", "might have", "could have", "possibly", "perhaps", "probably", "is likely", "was likely", "apparently"}
	// Reporting cues: the text relays someone else's statement.
	reportCues = []string{"according to", "reportedly", "allegedly", "alleged", "it is claimed", "it was claimed", "it is said", "is said to", "are said to", "was said to", "were said to", "is believed", "are believed", "was believed", "is thought to", "sources", "reported", "reports", "claimed", "claims", "said that", "said the", "stated that", "told ", "suggest", "confirmed", "accused", "cited", "citing", "quoted", " said", " says", " told"}
)

func newSentCtx(w *work, si int) *sentCtx {
	m := w.masked
	c := &sentCtx{seg: w.segs[si], denyAt: -1, doubtAt: -1}
	c.denyAt = w.firstCue(m, denyCues, denyGrams)
	if c.denyAt >= 0 && hasAny(m, notDeny) {
		c.denyAt = -1
	}
	c.doubtAt = w.firstCue(m, doubtCues, doubtGrams)
	c.condAt = -1
	for i, cue := range condCues {
		if !w.grams.mayContain(condGrams[i]) {
			continue
		}
		for off := 0; off < len(m); {
			p := strings.Index(m[off:], cue)
			if p < 0 {
				break
			}
			p += off
			if (p == 0 || m[p-1] == ' ' || m[p-1] == ',' || m[p-1] == '"') && (c.condAt < 0 || p < c.condAt) {
				c.condAt = p
				break
			}
			off = p + 1
		}
	}
	c.reports = w.firstCue(m, reportCues, reportGrams) >= 0
	if p := strings.Index(m, "according to "); p >= 0 {
		c.according = w.phrase(m[p+len("according to "):])
	}
	for p := 0; p < len(m); {
		q := strings.IndexRune(m[p:], dtOpen)
		if q < 0 {
			break
		}
		if k := parseDatePH(m[p+q:]); k >= 0 && k < len(w.dates) {
			c.datePos = append(c.datePos, p+q)
			c.dateIdx = append(c.dateIdx, k)
		}
		p += q + utf8.RuneLen(dtOpen)
	}
	return c
}

// Trigrams of the cue lists, for the segment's gramSet filter.
var denyGrams, doubtGrams, reportGrams, condGrams = cueGrams(denyCues), cueGrams(doubtCues), cueGrams(reportCues), cueGrams(condCues)

func cueGrams(cues []string) [][]uint32 {
	out := make([][]uint32, len(cues))
	for i, c := range cues {
		out[i] = grams(c)
	}
	return out
}

// firstCue returns the offset of the earliest cue of the list in m, or -1.
func (w *work) firstCue(m string, cues []string, gs [][]uint32) int {
	best := -1
	for i, cue := range cues {
		if !w.grams.mayContain(gs[i]) {
			continue
		}
		if p := strings.Index(m, cue); p >= 0 && (best < 0 || p < best) {
			best = p
		}
	}
	return best
}

func hasAny(s string, cues []string) bool {
	for _, c := range cues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// phrase unmasks s up to the first comma, semicolon or colon (at most 80 bytes): the source
// named by "according to".
func (w *work) phrase(s string) string {
	end := len(s)
	if i := strings.IndexAny(s, ",;:"); i >= 0 {
		end = i
	}
	out := strings.TrimSpace(w.unmask(s[:end]))
	out = strings.TrimSuffix(out, ".")
	if len(out) > 80 || out == "" {
		return ""
	}
	return out
}

// unmask writes placeholders back as the text they stand for.
func (w *work) unmask(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		switch r {
		case phOpen:
			if _, idx, _, n := parsePH(s[i:]); n > 0 && idx >= 0 && idx < len(w.d.Mentions) {
				b.WriteString(w.d.Slice(w.d.Mentions[idx].Span))
				i += n
				continue
			}
		case dtOpen:
			if k := parseDatePH(s[i:]); k >= 0 && k < len(w.dates) {
				b.WriteString(w.d.Slice(w.dates[k].Span))
				j := strings.IndexRune(s[i:], dtClose)
				if j > 0 {
					i += j + utf8.RuneLen(dtClose)
					continue
				}
			}
		}
		b.WriteRune(r)
		i += sz
	}
	return b.String()
}

// arg is one argument of a match: a mention, possibly through an anaphor.
type arg struct {
	idx    int
	letter byte
	ana    bool
	at     int // byte offset in the masked segment
	end    int
}

func (w *work) argAt(loc []int, gs []int) (arg, bool) {
	for _, g := range gs {
		if 2*g+1 < len(loc) && loc[2*g] >= 0 {
			letter, idx, ana, n := parsePH(w.masked[loc[2*g]:])
			if n == 0 || idx < 0 || idx >= len(w.d.Mentions) {
				return arg{}, false
			}
			return arg{idx: idx, letter: letter, ana: ana, at: loc[2*g], end: loc[2*g] + n}, true
		}
	}
	return arg{}, false
}

func groupText(s string, loc []int, gs []int) (string, int, bool) {
	for _, g := range gs {
		if 2*g+1 < len(loc) && loc[2*g] >= 0 {
			return s[loc[2*g]:loc[2*g+1]], loc[2*g], true
		}
	}
	return "", -1, false
}

// apply turns one match of r into relations.
func (w *work) apply(r *rule, loc []int, c *sentCtx) {
	m := w.masked
	for _, g := range r.adjs {
		if loc[2*g] >= 0 && !adjOK(m[loc[2*g]:loc[2*g+1]]) {
			return
		}
	}
	for _, g := range r.auxs {
		if loc[2*g] >= 0 && !auxOK(m[loc[2*g]:loc[2*g+1]]) {
			return
		}
	}
	s, hasS := w.argAt(loc, r.group["s"])
	o, hasO := w.argAt(loc, r.group["o"])
	pl, hasPL := w.argAt(loc, r.group["pl"])
	// A relative clause that opposes or accuses ("which fought those supporting X") does not
	// back anyone.
	if fill, _, ok := groupText(m, loc, r.group["fill"]); ok && hasAny(" "+fill, listFillStops) {
		return
	}
	if r.name == "place-comma-place" && !w.lonePair(s, o) {
		return
	}
	if r.name == "facility-in-place" && !(hasS && isFacility(w.d.Mentions[s.idx].Text)) {
		return
	}
	// "A, north of B, south of C" says nothing of B and C; "north of the Iranian border" does
	// not place the subject inside Iran.
	if strings.HasPrefix(r.name, "direction-of") && hasS && hasO {
		if strings.HasSuffix(strings.TrimSuffix(m[:s.at], "the "), "of ") ||
			strings.HasSuffix(m[o.at:o.end], string(phDemonym)) || strings.HasPrefix(m[o.end:], " border") {
			return
		}
	}
	// "the strike in X", "an attack near X": a noun phrase, not "founded Y in X".
	if r.name == "in-place" && !(hasS && determinerBefore(m[:s.at])) {
		return
	}
	// "who" refers to a person: "an opponent of the regime in X who has links to Y" says it of
	// the opponent, not of the regime.
	// (A group of people who moved is the exception: "Houthis who had moved from Yemen".)
	if hasS && s.letter != 'p' && r.name != "moved-stationed" {
		if rest := m[s.end:]; strings.HasPrefix(rest, " who ") || strings.HasPrefix(rest, ", who ") {
			return
		}
	}
	// A subject that opens the match but is the object of a preposition ("the strike in X,
	// a town ..., targeted Y") is not the clause's subject; a possessor is ("to X's ally Y").
	if hasS && r.state && s.letter == 'l' && s.at == loc[0] && afterPreposition(m[:s.at]) && !strings.HasPrefix(m[s.end:], "'") {
		return
	}
	var date dossier.Date
	hasDate := false
	if t, _, ok := groupText(m, loc, r.group["t"]); ok {
		if k := parseDatePH(t); k >= 0 && k < len(w.dates) {
			date, hasDate = w.dates[k].Date, !w.dates[k].Date.IsZero()
		}
	}
	validFrom := date
	if !hasDate {
		validFrom = c.dateNear(w, loc[0], loc[1])
	}
	base := extract.Relation{
		Object:     -1,
		Evidence:   c.seg,
		Method:     "pattern:" + r.name,
		Confidence: r.conf,
		ValidFrom:  validFrom,
	}
	base.Qualifiers.Role = r.role
	if role, _, ok := groupText(m, loc, r.group["role"]); ok {
		base.Qualifiers.Role = canonicalRole(role)
	}
	if term, _, ok := groupText(m, loc, r.group["term"]); ok {
		base.Qualifiers.Term = normTerm(term)
	}
	_, _, neg := groupText(m, loc, r.group["neg"])
	base.Stance = c.stance(m, loc[0], loc[1], neg || r.deny)
	if r.hedge && base.Stance != dossier.StanceDenies {
		base.Stance = dossier.StanceDoubts
	}
	if r.lang != "" && r.lang != "en" && base.Stance == dossier.StanceAsserts {
		// Denial and doubt cues of other languages come from the attribution stage's list.
		if st := attrib.Stance(w.d.Slice(c.seg), r.lang); st == attrib.Denies || st == attrib.Doubts {
			base.Stance = st
		}
	}
	base.AttributedTo = w.attribution(c, s, o, hasS, hasO)
	if base.AttributedTo != "" && base.Stance == dossier.StanceAsserts {
		base.Stance = dossier.StanceReports
	}

	pred := r.pred
	// A deputy is a member, not the leader: "the deputy commander of Y", "Y's vice-president X".
	if (pred == "leader_of" || pred == "led_by") && hasAny(m[loc[0]:loc[1]], deputyCues) {
		if pred == "led_by" {
			s, o = o, s
		}
		pred = "member_of"
		base.Qualifiers.Role = "deputy"
	}
	lit := dossier.LookupPredicate(pred)
	if lit == nil {
		return
	}
	// A name the text gives the subject ("calls itself Y", "also known as Y"): the object
	// mention's text is the literal.
	if lit.Literal == dossier.TypeText {
		if !hasS || !hasO {
			return
		}
		rel := base
		rel.Subject = s.idx
		rel.Predicate = pred
		rel.Value = w.d.Slice(w.d.Mentions[o.idx].Span)
		rel.Datatype = dossier.TypeText
		rel.ValidFrom = dossier.Date{}
		if s.idx == o.idx || strings.EqualFold(rel.Value, w.d.Slice(w.d.Mentions[s.idx].Span)) {
			return
		}
		w.add(rel, s, arg{}, r)
		return
	}
	// Literal-valued predicates (member_count).
	if lit.Literal == dossier.TypeNumber {
		txt, _, ok := groupText(m, loc, r.group["n"])
		if !hasS || !ok {
			return
		}
		n, ok := parseNumber(txt)
		if !ok || n <= 0 || n > 10_000_000 {
			return
		}
		rel := base
		rel.Subject = s.idx
		rel.Predicate = pred
		rel.Value = strconv.Itoa(n)
		rel.Datatype = dossier.TypeNumber
		if h, _, ok := groupText(m, loc, r.group["hedge"]); ok && h != "" {
			rel.Qualifiers.Quantity = strings.TrimSpace(h) + " " + rel.Value
		}
		if rel.ValidFrom.IsZero() && c.presentTense(m[loc[0]:loc[1]]) && !w.d.Anchor.IsZero() {
			rel.ValidFrom = dossier.Date{Year: w.d.Anchor.Year, Precision: dossier.PrecisionYear}
		}
		w.add(rel, s, arg{}, r)
		return
	}

	// The place: a relation of its own (founding_place), or a qualifier, or the acting state.
	if hasPL {
		if r.placePred == "" {
			base.Qualifiers.Place = w.d.Slice(w.d.Mentions[pl.idx].Span)
		}
	}
	if !hasS && hasO && r.agentFromPlace && hasPL {
		s, hasS = pl, true
		base.Confidence *= 0.6
		base.Method += "+place-as-agent"
	}

	if r.sponsorOf && hasS {
		w.sponsor, w.sponsorSi = s.idx, w.si
		if firedHook != nil {
			firedHook(r.name)
		}
		return
	}
	if r.sponsored {
		if w.sponsor < 0 || w.sponsorSi != w.si-1 {
			return
		}
		sp := arg{idx: w.sponsor, letter: typeLetter(w.d.Mentions[w.sponsor].Type), at: -1}
		rel := base
		rel.Evidence = dossier.Span{Start: w.segs[w.sponsorSi].Start, End: c.seg.End}
		rel.Confidence *= 0.9
		for _, a := range w.tail(loc[1], "ou") {
			w.addPair(rel, pred, a, sp, r)
		}
		return
	}
	if r.tailList && !hasS && hasO {
		for _, a := range w.tail(loc[1], "o") {
			w.addPair(base, pred, a, o, r)
		}
		return
	}
	if hasS && hasO {
		subs := []arg{s}
		objs := []arg{o}
		if !r.noList() {
			if s.end < len(m) && m[s.end] != ',' {
				subs = append(subs, w.listBefore(s)...)
			}
			if s.end == loc[1] {
				subs = append(subs, w.listAfter(s)...)
			}
			objs = append(objs, w.listAfter(o)...)
		}
		if r.listHead {
			subs = appendNew(subs, w.listHeadBefore(s))
		}
		for i, a := range subs {
			for j, b := range objs {
				rel := base
				if i > 0 || j > 0 {
					rel.Confidence *= 0.9
				}
				w.addPair(rel, pred, a, b, r)
			}
		}
	}
	// Literal dates and places about one argument (founding_date, founding_place, born_on).
	on, hasOn := s, hasS
	if r.litOn == "o" {
		on, hasOn = o, hasO
	}
	if !hasOn {
		return
	}
	if r.datePred != "" {
		d := date
		// A sentence's only date dates the founding when it comes before the end of the match
		// ("In 2015, X founded Y"); a date in a later clause belongs to that clause.
		if !hasDate && len(c.dateIdx) == 1 && r.datePred != "born_on" && c.datePos[0] < loc[1] {
			d = w.dates[c.dateIdx[0]].Date
		}
		if !d.IsZero() {
			rel := base
			rel.Subject = on.idx
			rel.Predicate = r.datePred
			rel.Value = d.String()
			rel.Datatype = dossier.TypeDate
			rel.ValueDate = d
			rel.ValidFrom = dossier.Date{}
			rel.Qualifiers = dossier.Qualifiers{}
			w.add(rel, on, arg{}, r)
		}
	}
	if r.placePred != "" && hasPL {
		rel := base
		rel.Qualifiers = dossier.Qualifiers{}
		w.addPair(rel, r.placePred, on, pl, r)
	}
}

func (r *rule) noList() bool {
	return r.pred == "located_in" || r.name == "place-poss-org"
}

// addPair adds a relation between two mentions after the type check. An Event subject of an
// attack or target relation becomes the event's target.
func (w *work) addPair(rel extract.Relation, pred string, a, b arg, r *rule) {
	if a.idx == b.idx {
		return
	}
	if (pred == "attacked" || pred == "targeted") && a.letter == 'e' {
		pred = "target"
	}
	rel.Subject, rel.Object, rel.Predicate = a.idx, b.idx, pred
	if timeless[pred] {
		rel.ValidFrom = dossier.Date{} // the sentence's date is about something else
	}
	w.add(rel, a, b, r)
}

// timeless predicates do not take the sentence's date as their valid time: a city does not
// start lying in its country in the year a militia was founded there.
var timeless = map[string]bool{"located_in": true, "born_in": true, "relative_of": true,
	"nationality": true, "founding_place": true, "named_by": true}

// add checks the argument types against the vocabulary and records the relation, keeping the
// most confident of duplicates.
func (w *work) add(rel extract.Relation, a, b arg, r *rule) {
	p := dossier.LookupPredicate(rel.Predicate)
	if p == nil {
		return
	}
	state := r.state
	if !typeOK(p.Subject, w.d.Mentions[rel.Subject].Type, state) {
		return
	}
	if rel.Object >= 0 && !typeOK(p.Object, w.d.Mentions[rel.Object].Type, state) {
		return
	}
	if a.ana || b.ana {
		rel.Confidence *= anaphorFactor
	}
	if firedHook != nil {
		firedHook(r.name)
	}
	rel.Confidence = float64(int(rel.Confidence*1000+0.5)) / 1000
	k := relKey{s: rel.Subject, o: rel.Object, pred: rel.Predicate, val: rel.Value, start: rel.Evidence.Start, end: rel.Evidence.End}
	if i, ok := w.seen[k]; ok {
		if rel.Confidence > w.out[i].Confidence || (rel.Stance != w.out[i].Stance && rel.Stance == dossier.StanceDenies) {
			w.out[i] = rel
		}
		return
	}
	w.seen[k] = len(w.out)
	w.out = append(w.out, rel)
}

// typeOK reports whether a mention of type t may fill a slot of the given types. With state
// set, a Location may stand for its state or government in a Person/Organization slot
// ("Iran backs Y", "arrested in Russia").
func typeOK(types []dossier.EntityType, t dossier.EntityType, state bool) bool {
	if types == nil {
		return true
	}
	if slices.Contains(types, t) {
		return true
	}
	// A name of unknown type stands where an organisation or an event may (the pattern
	// admitted it).
	if t == dossier.Unknown && (slices.Contains(types, dossier.Organization) || slices.Contains(types, dossier.Event)) {
		return true
	}
	return state && t == dossier.Location && slices.Contains(types, dossier.Organization)
}

// stance is the stance of a match spanning [a,b) of the masked segment.
func (c *sentCtx) stance(m string, a, b int, negated bool) string {
	switch {
	case negated:
		return dossier.StanceDenies
	case c.denyAt >= 0 && c.denyAt < a:
		return dossier.StanceDenies
	case c.doubtAt >= 0 && c.doubtAt < b:
		return dossier.StanceDoubts
	case c.condAt >= 0 && c.condAt < a:
		return dossier.StanceDoubts
	case hasAny(m[a:b], hedgeCues):
		return dossier.StanceDoubts
	case c.reports:
		return dossier.StanceReports
	}
	return dossier.StanceAsserts
}

// dateNear returns the date that dates a match at [a,b): one inside it, else the nearest before
// it in the segment ("In 2017, X met Y"). A date after the match belongs to a later clause
// unless the match ends the segment's main text ("X met Y in Baku on 3 May 2019" is matched
// up to "Baku"): a date within a few words after it counts too.
func (c *sentCtx) dateNear(w *work, a, b int) dossier.Date {
	best := -1
	for i, p := range c.datePos {
		if p >= a && p < b {
			return w.dates[c.dateIdx[i]].Date
		}
		if p < a {
			best = i
		}
	}
	if best < 0 {
		for i, p := range c.datePos {
			if p >= b && p-b <= 24 && !strings.ContainsAny(w.masked[b:p], ",;") && !strings.ContainsRune(w.masked[b:p], phOpen) {
				best = i
				break
			}
		}
	}
	if best < 0 {
		return dossier.Date{}
	}
	return w.dates[c.dateIdx[best]].Date
}

var presentCues = []string{" has ", " have ", " numbers ", " counts ", " comprises ", " consists ", " includes ", " boasts ", " claims ", " is believed", " are believed", " is said", " is estimated", " is thought", " is comprised", " is composed", " is made up", " now "}

func (c *sentCtx) presentTense(match string) bool {
	return hasAny(match, presentCues)
}

// attribution returns who the text says stated the relation: the attribution of the document
// whose scope covers an argument (the narrowest such), else "according to X" in the sentence.
func (w *work) attribution(c *sentCtx, s, o arg, hasS, hasO bool) string {
	best, bestLen := "", 0
	for _, at := range w.d.Attributions {
		sc := at.Scope
		if sc.End <= c.seg.Start || sc.Start >= c.seg.End || at.Source == "" || pronounSource(at.Source) {
			continue
		}
		covers := false
		for _, a := range []struct {
			arg
			ok bool
		}{{s, hasS}, {o, hasO}} {
			if !a.ok || a.ana {
				continue
			}
			sp := w.d.Mentions[a.idx].Span
			if sp.Start >= sc.Start && sp.End <= sc.End {
				covers = true
			}
		}
		if !covers && !(sc.Start <= c.seg.Start && sc.End >= c.seg.End) {
			continue
		}
		if l := sc.End - sc.Start; best == "" || l < bestLen {
			best, bestLen = at.Source, l
		}
	}
	if best != "" {
		return best
	}
	if len(w.d.Attributions) == 0 {
		return c.according
	}
	return ""
}

// canonicalRole maps a role noun to the qualifier value.
func canonicalRole(s string) string {
	s = strings.TrimSpace(s)
	switch s {
	case "head", "chief", "chairman", "chairwoman", "chairperson", "director", "president",
		"supreme leader", "spiritual leader", "ringleader", "founder and leader", "founder-leader":
		return "leader"
	case "secretary general", "general secretary":
		return "secretary-general"
	case "amir":
		return "emir"
	case "military commander", "field commander", "senior commander", "commander-in-chief",
		"commands", "commanded", "took command of", "assumed command of":
		return "commander"
	case "spokesperson":
		return "spokesman"
	case "senior member", "leading member", "founding member":
		return "member"
	case "lideri", "rəhbəri", "başçısı", "sədri", "başkanı", "sorumlusu", "лидер", "глава", "руководитель", "главарь":
		return "leader"
	case "komandiri", "komutanı", "командир":
		return "commander"
	}
	return s
}

// listAfter returns the mentions coordinated after a ("X, Y and Z") of the same type letter.
func (w *work) listAfter(a arg) []arg {
	var out []arg
	m := w.masked
	p := a.end
	for len(out) < 8 {
		rest := m[p:]
		var skip int
		switch {
		case strings.HasPrefix(rest, ", and "):
			skip = 6
		case strings.HasPrefix(rest, " and "):
			skip = 5
		case strings.HasPrefix(rest, ", "):
			skip = 2
		default:
			return out
		}
		letter, idx, ana, n := parsePH(rest[skip:])
		if n == 0 || letter != a.letter || idx < 0 || idx >= len(w.d.Mentions) {
			return out
		}
		after := rest[skip+n:]
		if strings.HasPrefix(after, "'") {
			return out
		}
		out = append(out, arg{idx: idx, letter: letter, ana: ana, at: p + skip, end: p + skip + n})
		p += skip + n
		if skip != 2 { // "and" closes the list
			return out
		}
	}
	return out
}

// listBefore returns the mentions coordinated before a, when "and" links them to it.
func (w *work) listBefore(a arg) []arg {
	m := w.masked[:a.at]
	// Only a plain " and ": ", and" too often closes a clause ("..., and Iran armed Y").
	if !strings.HasSuffix(m, " and ") || strings.HasSuffix(m, ", and ") {
		return nil
	}
	var out []arg
	m = strings.TrimSuffix(m, " and ")
	for len(out) < 8 {
		i := strings.LastIndex(m, string(phOpen))
		if i < 0 {
			return out
		}
		letter, idx, ana, n := parsePH(m[i:])
		if n == 0 || i+n != len(m) || letter != a.letter || idx < 0 || idx >= len(w.d.Mentions) {
			return out
		}
		out = append(out, arg{idx: idx, letter: letter, ana: ana, at: i, end: i + n})
		m = m[:i]
		if !strings.HasSuffix(m, ", ") {
			return out
		}
		m = m[:len(m)-2]
	}
	return out
}

var listFillStops = []string{" those ", " anyone ", " people ", "against", "oppos", "critic", "condemn", "accus", " never ", " not ", "n't "}

// listHeadBefore returns the organisations listed between the last "such as", "including",
// "like" or "namely" before a and a ("militias such as A, the Iraqi (B and C)"), when nothing
// but names, articles, demonyms, brackets, commas and "and" stands between them.
func (w *work) listHeadBefore(a arg) []arg {
	m := w.masked[:a.at]
	start := -1
	for _, cue := range []string{"such as ", "including ", " like ", "namely "} {
		if i := strings.LastIndex(m, cue); i > start {
			start = i + len(cue)
		}
	}
	if start < 0 || a.at-start > 400 {
		return nil
	}
	var out []arg
	for q := start; q < len(m); {
		i := strings.IndexRune(m[q:], phOpen)
		if i < 0 {
			break
		}
		if !listFiller(m[q : q+i]) {
			return nil
		}
		q += i
		letter, idx, ana, n := parsePH(m[q:])
		if n == 0 || idx < 0 || idx >= len(w.d.Mentions) {
			return nil
		}
		if letter == 'o' || letter == 'u' {
			out = append(out, arg{idx: idx, letter: letter, ana: ana, at: q, end: q + n})
		}
		q += n
	}
	return out
}

// listFiller reports whether s holds only what stands between the items of a list of names: at
// most two free words (a demonym, an adjective) besides articles and "and".
func listFiller(s string) bool {
	free := 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' }) {
		switch f {
		case "and", "the", "a", "an", "'s", "'", "or":
			continue
		}
		if len(f) > 2 && f[0] >= 'a' && f[0] <= 'z' && !stopWords[f] && free < 2 {
			free++
			continue // a demonym or an adjective: "the afghani (X)"
		}
		return false
	}
	return true
}

func appendNew(out, more []arg) []arg {
	for _, b := range more {
		dup := false
		for _, a := range out {
			if a.idx == b.idx {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, b)
		}
	}
	return out
}

// lonePair reports whether "S, O" stands alone rather than inside a list of places
// ("Iraq, Lebanon, Yemen").
func (w *work) lonePair(s, o arg) bool {
	before := strings.TrimSuffix(w.masked[:s.at], "the ")
	after := w.masked[o.end:]
	for _, suf := range []string{", ", "(", " and ", ": ", ", and "} {
		if strings.HasSuffix(before, suf) {
			return false
		}
	}
	rest := strings.TrimPrefix(after, ",")
	rest = strings.TrimPrefix(rest, " ")
	rest = strings.TrimPrefix(rest, "and ")
	rest = strings.TrimPrefix(rest, "the ")
	if rest != after && strings.HasPrefix(rest, string(phOpen)) {
		return false
	}
	return true
}

// pronounSource reports an attribution to a pronoun ("It also stated that"), which names no one.
func pronounSource(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "it", "he", "she", "they", "this", "that", "we", "i", "you", "them", "him", "her":
		return true
	}
	return false
}

var facilityWords = []string{"embass", "consulate", "base", "camp", "mosque", "seminar", "universit", "airport", "school", "office", "prison", "headquarters", "compound", "shrine"}

func isFacility(name string) bool {
	return hasAny(strings.ToLower(name), facilityWords)
}

// afterPreposition reports whether the masked text before an argument ends with a preposition
// (optionally followed by "the").
func afterPreposition(before string) bool {
	before = strings.TrimSuffix(before, "the ")
	for _, p := range []string{"in ", "at ", "near ", "on ", "from ", "into ", "to ", "with ", "against ", "by "} {
		if before == p || strings.HasSuffix(before, " "+p) {
			return true
		}
	}
	return false
}

// tail returns the placeholders of the given type letters from byte p of the masked segment to
// the end of the clause (a full stop, semicolon or colon, a relative pronoun, a verb-like
// "have"/"has"/"are", or 300 bytes).
func (w *work) tail(p int, letters string) []arg {
	m := w.masked
	end := min(len(m), p+300)
	for _, stop := range []string{".", ";", ":", " which ", " who ", " that ", " have ", " has ", " are ", " were "} {
		if i := strings.Index(m[p:end], stop); i >= 0 {
			end = p + i
		}
	}
	var out []arg
	for q := p; q < end; {
		i := strings.IndexRune(m[q:end], phOpen)
		if i < 0 {
			break
		}
		q += i
		letter, idx, ana, n := parsePH(m[q:])
		if n == 0 || idx < 0 || idx >= len(w.d.Mentions) {
			q += utf8.RuneLen(phOpen)
			continue
		}
		if strings.IndexByte(letters, letter) >= 0 && len(out) < 12 {
			out = append(out, arg{idx: idx, letter: letter, ana: ana, at: q, end: q + n})
		}
		q += n
	}
	return out
}

// determinerBefore reports whether the masked text before an argument ends with a determiner
// followed by at most two plain words ("the July 30 airstrike", "an attack"), or is empty.
func determinerBefore(before string) bool {
	if strings.TrimSpace(before) == "" {
		return true
	}
	ws := strings.Fields(before[max(0, len(before)-80):])
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		switch ws[k] {
		case "the", "a", "an", "this", "that", "its", "their":
			return true
		}
		for _, r := range ws[k] {
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
				return false
			}
		}
	}
	return false
}

var deputyCues = []string{"deputy", "vice-", "vice ", "assistant ", "second-in-command", "aide"}

// firedHook, when set by a test, receives the name of every rule that yields a well-typed
// relation (before duplicates are merged). It must not be set while Process runs concurrently.
var firedHook func(rule string)
