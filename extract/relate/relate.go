package relate

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
	"github.com/dossier-osint/dossier/extract/sentence"
)

// Placeholder delimiters in the masked sentence. They are private-use code points; the same
// code points in the input are replaced by spaces, so the text cannot forge a placeholder.
const (
	phOpen    = '\uE000' // mention placeholder: phOpen, type letter, mention index, a closing rune
	phClose   = '\uE001' // closes a placeholder of the mention itself
	phAnaphor = '\uE002' // closes a placeholder that stands for a pronoun's antecedent
	phDemonym = '\uE005' // closes a placeholder that stands for a country named by its demonym
	dtOpen    = '\uE003' // date placeholder: dtOpen, index into the document's dates, dtClose
	dtClose   = '\uE004'
)

// maxSegment is the longest stretch of text, in code points, that rules see at once. Longer
// sentences (a text without punctuation, a table flattened into one line) are cut into windows
// at white space so that matching stays linear in the document.
const maxSegment = 1200

// maxMatch is the longest match, in bytes of the masked text, an anchored rule may make.
const maxMatch = 400

// Stage is the relation-extraction stage. The zero value has no rules and finds nothing; call
// New. A Stage holds only compiled rules and is safe for concurrent use on different documents.
type Stage struct {
	rules []*rule
}

// New returns a Stage with the built-in rules (English, and the main cues in Azerbaijani,
// Turkish and Russian).
func New() *Stage {
	return &Stage{rules: compiled()}
}

var _ extract.Stage = (*Stage)(nil)

// Process appends to d.Relations the relations stated by d's sentences between d's mentions.
// It fills d.Runes and d.Sentences when they are empty, reads d.Dates (or finds plain dates
// itself when that slice is empty) and d.Attributions, and never changes d.Mentions. Spans that
// fall outside the text are ignored; no input makes it panic.
func (s *Stage) Process(d *extract.Doc) {
	if d == nil {
		return
	}
	if d.Runes == nil && d.Text != "" {
		d.Runes = []rune(d.Text)
	}
	if len(d.Sentences) == 0 {
		d.Sentences = sentence.SplitRunes(d.Runes)
	}
	if len(d.Mentions) == 0 {
		return
	}
	w := newWork(d)
	for si := range w.segs {
		w.sentence(s, si)
	}
	d.Relations = append(d.Relations, w.out...)
	if statsHook != nil {
		statsHook(w.execs)
	}
}

// statsHook, when set by a test or benchmark, receives the number of regular-expression runs of
// each Process call. It must not be set while Process runs concurrently.
var statsHook func(execs int)

// work is the state of one Process call.
type work struct {
	d     *extract.Doc
	segs  []dossier.Span // sentences, long ones cut into windows
	ments []int          // mention indices sorted by start, overlaps removed
	dates []extract.Date // d.Dates, or the dates found by the fallback finder
	seen  map[relKey]int // index in out of each relation already produced
	out   []extract.Relation
	// per segment
	segMents []int // mention indices inside the current segment
	segDates []int // date indices inside the current segment
	masked   string
	ref      referents
	pos      int            // rune position of the masking cursor
	phPos    []int          // byte offsets of the mention placeholders in masked
	after    []uint32       // per placeholder, the type letters of the placeholders after it
	starts   []int          // where the opening words of the current unanchored rule occur
	execs    int            // regular-expression runs, reported to statsHook
	grams    gramSet        // trigrams of the current segment
	memo     []int32        // last offset of each key in the current segment (see rule.lastKey)
	byName   map[string]int // lower-cased mention text → mention, for demonyms
	si       int            // the current segment
	// sponsor: the mention a segment named as the sponsor of unnamed groups (-1 none), and the
	// segment that named it; it serves the next segment only.
	sponsor, sponsorSi int
}

type relKey struct {
	s, o       int
	pred, val  string
	start, end int
}

func newWork(d *extract.Doc) *work {
	w := &work{d: d, seen: map[relKey]int{}, sponsor: -1, sponsorSi: -2}
	n := len(d.Runes)
	for _, sp := range d.Sentences {
		if sp.Start < 0 || sp.End > n || sp.Start >= sp.End {
			continue
		}
		w.segs = appendWindows(w.segs, d.Runes, sp)
	}
	// Mentions: valid spans only, sorted, nested or overlapping ones dropped (the longer kept).
	idx := make([]int, 0, len(d.Mentions))
	for i, m := range d.Mentions {
		if m.Span.Start >= 0 && m.Span.End <= n && m.Span.Start < m.Span.End {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ma, mb := d.Mentions[idx[a]].Span, d.Mentions[idx[b]].Span
		if ma.Start != mb.Start {
			return ma.Start < mb.Start
		}
		return ma.End > mb.End
	})
	for _, i := range idx {
		if k := len(w.ments); k > 0 && d.Mentions[w.ments[k-1]].Span.End > d.Mentions[i].Span.Start {
			continue
		}
		w.ments = append(w.ments, i)
	}
	w.ref.firstPer = make([]int, len(w.segs))
	w.ref.firstOrg = make([]int, len(w.segs))
	for i := range w.segs {
		w.ref.firstPer[i], w.ref.firstOrg[i] = -1, -1
	}
	if len(d.Dates) > 0 {
		w.dates = d.Dates
	} else {
		w.dates = findDates(d.Runes, d.Anchor)
	}
	return w
}

// appendWindows appends sp, cut at white space into pieces of at most maxSegment code points.
func appendWindows(out []dossier.Span, rs []rune, sp dossier.Span) []dossier.Span {
	for sp.End-sp.Start > maxSegment {
		cut := sp.Start + maxSegment
		for j := cut; j > sp.Start+maxSegment/2; j-- {
			if unicode.IsSpace(rs[j]) {
				cut = j
				break
			}
		}
		out = append(out, dossier.Span{Start: sp.Start, End: cut})
		sp.Start = cut
	}
	return append(out, sp)
}

// sentence runs every rule over segment si.
func (w *work) sentence(s *Stage, si int) {
	seg := w.segs[si]
	w.si = si
	w.segMents = append(w.segMents[:0], w.mentionsIn(seg)...)
	w.segDates = w.segDates[:0]
	for i, dt := range w.dates {
		if dt.Span.Start >= seg.Start && dt.Span.End <= seg.End && dt.Span.Start < dt.Span.End && !w.overlapsMention(dt.Span) {
			w.segDates = append(w.segDates, i)
		}
	}
	w.masked = w.mask(si)
	lower := w.masked
	if !strings.ContainsRune(lower, phOpen) {
		return
	}
	if debugHook != nil {
		debugHook(w.unmaskDebug(lower))
	}
	if segmentHook != nil {
		segmentHook(lower)
	}
	w.grams.fill(lower)
	ctx := newSentCtx(w, si)
	// Placeholder positions and their type letters, for the anchored rules.
	w.phPos = w.phPos[:0]
	var letters uint32
	w.after = w.after[:0]
	for p := 0; p < len(lower); {
		q := strings.IndexRune(lower[p:], phOpen)
		if q < 0 {
			break
		}
		p += q
		if p+3 < len(lower) {
			w.phPos = append(w.phPos, p)
			letters |= letterBit(lower[p+3])
			w.after = append(w.after, letterBit(lower[p+3]))
		}
		p += utf8.RuneLen(phOpen)
	}
	// after[k]: the letters of the placeholders after the k-th.
	var acc uint32
	for k := len(w.after) - 1; k >= 0; k-- {
		bit := w.after[k]
		w.after[k] = acc
		acc |= bit
	}
	if cap(w.memo) < len(keyTable) {
		w.memo = make([]int32, len(keyTable))
	}
	w.memo = w.memo[:len(keyTable)]
	clear(w.memo)
	w.compounds(ctx)
	for _, r := range s.rules {
		if len(w.phPos) < r.needs || (r.anchored && letters&r.startSet == 0) {
			continue
		}
		last := r.lastKey(lower, w.memo, &w.grams)
		if last == 0 {
			continue
		}
		if r.anchored {
			for k, p := range w.phPos {
				if p >= last {
					break // every key of the rule comes before this placeholder
				}
				if strings.IndexByte(r.start, lower[p+3]) < 0 {
					continue
				}
				if r.needs == 2 && r.secondSet != 0 && w.after[k]&r.secondSet == 0 {
					continue // no placeholder of the other argument's type follows
				}
				w.execs++
				loc := r.re.FindStringSubmatchIndex(lower[p:min(len(lower), p+maxMatch)])
				if loc == nil {
					continue
				}
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += p
					}
				}
				w.apply(r, loc, ctx)
			}
			continue
		}
		if r.lits != nil {
			w.starts = litStarts(w.starts, lower, r.lits)
		}
		off := 0
		for off < len(lower) {
			var loc []int
			if r.lits != nil {
				var n int
				loc, n = r.findFrom(lower, off, w.starts)
				w.execs += n
			} else {
				w.execs++
				loc = r.re.FindStringSubmatchIndex(lower[off:])
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += off
					}
				}
			}
			if loc == nil {
				break
			}
			w.apply(r, loc, ctx)
			// Resume just after the first placeholder the match started at (or one code point
			// on), so overlapping matches that share an argument are still found while every
			// iteration consumes input.
			next := loc[0] + 1
			if p := strings.IndexRune(lower[loc[0]:], phOpen); p >= 0 && loc[0]+p < loc[1] {
				next = loc[0] + p + utf8.RuneLen(phOpen)
			}
			for next < len(lower) && !utf8.RuneStart(lower[next]) {
				next++
			}
			off = next
		}
	}
}

// compoundRules state what a name the recogniser took whole with its operator or sponsor says
// ("IRGC-operated social media accounts", "Hamas-run Al-Aqsa TV", "the Iran-backed Shield
// Brigade"): the operator, when the document names it elsewhere, runs, owns or backs it.
var compoundRules = []struct {
	sfx string
	r   *rule
	inv bool // the named thing is the subject
}{
	{"-operated ", &rule{name: "name-compound", pred: "operates_channel", conf: 0.65, state: true}, false},
	{"-run ", &rule{name: "name-compound", pred: "operates_channel", conf: 0.65, state: true}, false},
	{"-controlled ", &rule{name: "name-compound", pred: "operates_channel", conf: 0.65, state: true}, false},
	{"-owned ", &rule{name: "name-compound", pred: "owns", conf: 0.65, state: true}, false},
	{"-affiliated ", &rule{name: "name-compound", pred: "affiliated_with", conf: 0.6, state: true}, false},
	{"-backed ", &rule{name: "name-compound", pred: "backed_by", conf: 0.65, state: true}, true},
	{"-sponsored ", &rule{name: "name-compound", pred: "backed_by", conf: 0.65, state: true}, true},
	{"-funded ", &rule{name: "name-compound", pred: "backed_by", conf: 0.65, state: true}, true},
}

// compounds adds the relations of compound names in the current segment.
func (w *work) compounds(c *sentCtx) {
	for _, mi := range w.segMents {
		m := w.d.Mentions[mi]
		if m.Type != dossier.Channel && m.Type != dossier.Organization {
			continue
		}
		txt := w.d.Slice(m.Span)
		if !strings.Contains(txt, "-") {
			continue
		}
		for _, cr := range compoundRules {
			i := strings.Index(txt, cr.sfx)
			if i <= 0 {
				continue
			}
			head := strings.ToLower(strings.TrimPrefix(txt[:i], "the "))
			ref, ok := w.names()[head]
			if !ok || ref == mi {
				continue
			}
			rel := extract.Relation{Object: -1, Evidence: c.seg, Method: "pattern:" + cr.r.name,
				Confidence: cr.r.conf, Stance: c.stance(w.masked, 0, 0, false)}
			a := arg{idx: ref, letter: typeLetter(w.d.Mentions[ref].Type), at: -1}
			b := arg{idx: mi, letter: typeLetter(m.Type), at: -1}
			if cr.inv {
				a, b = b, a
			}
			w.addPair(rel, cr.r.pred, a, b, cr.r)
			break
		}
	}
}

// mentionsIn returns the mention indices (in w.ments order) fully inside sp.
func (w *work) mentionsIn(sp dossier.Span) []int {
	ms := w.ments
	lo := sort.Search(len(ms), func(i int) bool { return w.d.Mentions[ms[i]].Span.Start >= sp.Start })
	hi := lo
	for hi < len(ms) && w.d.Mentions[ms[hi]].Span.Start < sp.End {
		hi++
	}
	var out []int
	for _, i := range ms[lo:hi] {
		if w.d.Mentions[i].Span.End <= sp.End {
			out = append(out, i)
		}
	}
	return out
}

func (w *work) overlapsMention(sp dossier.Span) bool {
	for _, i := range w.segMents {
		m := w.d.Mentions[i].Span
		if m.Start < sp.End && sp.Start < m.End {
			return true
		}
	}
	return false
}

// typeLetter is the one-letter code of an entity type in placeholders.
func typeLetter(t dossier.EntityType) byte {
	switch t {
	case dossier.Person:
		return 'p'
	case dossier.Organization:
		return 'o'
	case dossier.Location:
		return 'l'
	case dossier.Event:
		return 'e'
	case dossier.Channel:
		return 'c'
	case dossier.DocumentRef:
		return 'd'
	case dossier.Position:
		return 't'
	}
	return 'u'
}

// mask builds the masked form of segment si (see the package comment).
func (w *work) mask(si int) string {
	d := w.d
	seg := w.segs[si]
	var b strings.Builder
	b.Grow((seg.End - seg.Start) + 16)
	mi, di := 0, 0
	w.ref.lastOrg = -1
	space := true // last written byte was a space (or start): collapse runs
	for i := seg.Start; i < seg.End; {
		if mi < len(w.segMents) && d.Mentions[w.segMents[mi]].Span.Start == i {
			m := w.segMents[mi]
			// An alias in parentheses right after the name it aliases ("X (Y)") is dropped, so
			// that "X (Y), the leader of Z" reads as "X, the leader of Z".
			writePH(&b, phOpen, typeLetter(d.Mentions[m].Type), m, phClose)
			// A recogniser may take the possessive into the name ("Lebanon's"): the rules
			// see it after the placeholder, as written.
			if possessiveEnd(d.Runes[d.Mentions[m].Span.Start:d.Mentions[m].Span.End]) {
				b.WriteString("'s")
			}
			w.note(si, m)
			i = d.Mentions[m].Span.End
			mi++
			if end, ok := w.aliasParen(i, seg.End, mi, m); ok {
				i = end
				mi++
			}
			space = false
			continue
		}
		if di < len(w.segDates) && w.dates[w.segDates[di]].Span.Start == i {
			k := w.segDates[di]
			b.WriteRune(dtOpen)
			b.WriteString(strconv.Itoa(k))
			b.WriteRune(dtClose)
			i = w.dates[k].Span.End
			di++
			space = false
			continue
		}
		// Skip mentions or dates we passed (overlapping ones).
		for mi < len(w.segMents) && d.Mentions[w.segMents[mi]].Span.Start < i {
			mi++
		}
		for di < len(w.segDates) && w.dates[w.segDates[di]].Span.Start < i {
			di++
		}
		if atWordStart(d.Runes, i, seg.Start) && unicode.IsLetter(d.Runes[i]) && mayStartWord(d.Runes[i]) {
			w.pos = i
			if n, ref := w.demonymAt(i, seg.End); n > 0 {
				var tmp strings.Builder
				writePH(&tmp, phOpen, typeLetter(d.Mentions[ref].Type), ref, phDemonym)
				b.WriteString(tmp.String())
				i += n
				space = false
				continue
			}
			if n, ph, ref := w.anaphor(si, i, seg.End); n > 0 {
				b.WriteString(ph)
				w.note(si, ref)
				i += n
				space = false
				continue
			}
		}
		r := foldRune(d.Runes[i])
		i++
		if r == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// possessiveEnd reports whether a name ends in a possessive "'s" (any apostrophe).
func possessiveEnd(rs []rune) bool {
	n := len(rs)
	return n > 3 && (rs[n-1] == 's' || rs[n-1] == 'S') && foldRune(rs[n-2]) == '\''
}

// aliasParen reports whether the text at i is " (" + the next mention + ")" where that mention
// is declared an alias of m, and returns the position after the ")".
func (w *work) aliasParen(i, end, next, m int) (int, bool) {
	if next >= len(w.segMents) {
		return 0, false
	}
	a := w.segMents[next]
	am := w.d.Mentions[a]
	if am.Alias != m {
		return 0, false
	}
	rs := w.d.Runes
	j := i
	for j < end && rs[j] == ' ' {
		j++
	}
	if j >= end || rs[j] != '(' || am.Span.Start != j+1 {
		return 0, false
	}
	k := am.Span.End
	if k >= end || rs[k] != ')' {
		return 0, false
	}
	return k + 1, true
}

func writePH(b *strings.Builder, open rune, letter byte, idx int, close rune) {
	b.WriteRune(open)
	b.WriteByte(letter)
	b.WriteString(strconv.Itoa(idx))
	b.WriteRune(close)
}

func atWordStart(rs []rune, i, start int) bool {
	return i == start || !(unicode.IsLetter(rs[i-1]) || unicode.IsDigit(rs[i-1]) || rs[i-1] == '-' || rs[i-1] == '\'')
}

// foldRune lower-cases a code point and unifies quotes, dashes and spaces; it also removes the
// private-use code points the masked form uses.
func foldRune(r rune) rune {
	switch r {
	case '\u2018', '\u2019', '\u02bc', '\u02bb', '`', '\u00b4', '\u2032':
		return '\''
	case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2033':
		return '"'
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return '-'
	case '\u0130':
		return 'i'
	}
	if r >= 0xE000 && r <= 0xF8FF {
		return ' '
	}
	if unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

// parsePH reads the placeholder at the start of s and returns its type letter, index, whether it
// is an anaphor and its length in bytes.
func parsePH(s string) (letter byte, idx int, ana bool, n int) {
	r, sz := utf8.DecodeRuneInString(s)
	if r != phOpen || len(s) <= sz {
		return 0, -1, false, 0
	}
	letter = s[sz]
	j := sz + 1
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	v, err := strconv.Atoi(s[sz+1 : j])
	if err != nil {
		return 0, -1, false, 0
	}
	c, csz := utf8.DecodeRuneInString(s[j:])
	if c != phClose && c != phAnaphor && c != phDemonym {
		return 0, -1, false, 0
	}
	return letter, v, c != phClose, j + csz
}

// parseDatePH reads a date placeholder and returns the index into w.dates.
func parseDatePH(s string) int {
	r, sz := utf8.DecodeRuneInString(s)
	if r != dtOpen {
		return -1
	}
	j := sz
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	v, err := strconv.Atoi(s[sz:j])
	if err != nil {
		return -1
	}
	return v
}

// debugHook, when set by a test, receives every masked segment.
var debugHook func(string)

// segmentHook, when set (by tests), receives every masked segment the rules run on.
var segmentHook func(string)

func (w *work) unmaskDebug(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if r == phOpen {
			if l, idx, ana, n := parsePH(s[i:]); n > 0 {
				mark := ""
				if ana {
					mark = "~"
				}
				b.WriteString("[" + mark + w.d.Mentions[idx].Text + "|" + string(l) + "]")
				i += n
				continue
			}
		}
		if r == dtOpen {
			if k := parseDatePH(s[i:]); k >= 0 {
				b.WriteString("{" + w.dates[k].Text + "}")
				i += strings.IndexRune(s[i:], dtClose) + utf8.RuneLen(dtClose)
				continue
			}
		}
		b.WriteRune(r)
		i += sz
	}
	return b.String()
}

// mayStartWord reports whether r can start an anaphor (he, his, its, their, the, it, she) or a
// demonym of the table; other words are not looked at.
func mayStartWord(r rune) bool {
	r = unicode.ToLower(r)
	return r < 128 && wordStarts[r]
}

var wordStarts = func() (t [128]bool) {
	for _, c := range "hist" { // he his him she its it their the they them
		t[c] = true
	}
	for d := range demonyms {
		if c := d[0]; c < 128 {
			t[c] = true
		}
	}
	return t
}()
