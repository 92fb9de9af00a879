// Package attrib finds attributions — who the text says said something — and the stance a
// sentence takes towards the claim it reports.
//
// Find recognises, sentence by sentence (extract/sentence):
//
//   - according_to: "according to X", "as reported by X", "citing X"; az "X-in məlumatına görə";
//     tr "X'e göre", "X'in haberine göre"; ru "по данным X", "по словам X", "как сообщает X",
//     "со ссылкой на X"; fa "به گزارش X", "به گفته X", "به نقل از X"; ar "وفقا لـ X",
//     "حسب X", "نقلا عن X".
//   - said: "X said/reported/stated/claimed/... (that)", "said X", "in an interview with X";
//     az "X bildirib/xəbər verib/yazıb"; tr "X açıkladı/bildirdi"; ru "X сообщил/заявил",
//     "об этом сообщил X"; fa "X گفت که", "X اعلام کرد که"; ar "ذكرت X", "أفادت X", "قال X".
//     English verbs that are also nouns or need not report speech ("report", "claims",
//     "announced", "revealed", "added") count only before "that" or a colon; a passive
//     ("is said to") never counts.
//   - sources: the same cues when the source is anonymous sources ("Azeri sources have
//     confirmed", "по данным источников", "مصادر").
//   - report_ref: "the report states", "according to the report", and "It said" after a named
//     report: the source is the most recent named report earlier in the text ("the
//     Al-Arabiya report") when there is one.
//   - quote: quoted speech with a speech verb: "“...,” X said", "X said: “...”".
//   - citation: "(Müsavat, 2018)", "(Müsavat 2018)", "(, October 3, 2021)" and footnote
//     markers "[12]" (Source "footnote 12").
//
// An English "he"/"she" speaker takes the source of the latest speaker of the paragraph whose
// name reads like a person's ("Begli said ... He claimed ..." gives Begli twice); Russian,
// Azerbaijani and Turkish pronouns stay as written.
//
// Source is the source as written, or empty for a citation whose name was lost, which then
// has an empty SourceSpan (an Azerbaijani or Turkish case ending after a hyphen or
// apostrophe is dropped: "APA-nın" gives "APA"). Scope is the passage the attribution covers:
// the reported clause after "that"/"что"/"ki"/"أن" when there is one, the quotation for quoted
// speech, the text of the sentence before a citation (the previous sentence when the citation
// opens a sentence), and otherwise the whole sentence.
//
// Find is pure, never panics and runs in time linear in the text; spans are in code points,
// end exclusive, and it is safe for concurrent use. Patterns are rules, not a parser: a subject
// is looked for at most six words back, and a quotation's other end at most 400 tokens away.
package attrib

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract/sentence"
)

// Kinds of attribution.
const (
	AccordingTo = "according_to"
	Said        = "said"
	Sources     = "sources"
	Citation    = "citation"
	ReportRef   = "report_ref"
	Quote       = "quote"
)

// Attribution is one attribution cue found in a text.
type Attribution struct {
	Span       dossier.Span `json:"span"`        // the whole cue
	Source     string       `json:"source"`      // who said it, as written
	SourceSpan dossier.Span `json:"source_span"` // where Source is written
	Kind       string       `json:"kind"`
	Scope      dossier.Span `json:"scope"` // the passage the attribution covers
}

type namedReport struct {
	start, end int
	name       string
}

type finder struct {
	rs      []rune
	lang    string
	sents   []dossier.Span
	reports []namedReport // "the Al-Arabiya report", in text order
	out     []Attribution
}

type sent struct {
	f    *finder
	idx  int
	span dossier.Span
	ts   []tok
}

// tokPool recycles token slices between calls of Find.
var tokPool = sync.Pool{New: func() any { s := make([]tok, 0, 2048); return &s }}

// Find returns the attributions of text in order of position. lang ("en", "az", "tr", "ru",
// "fa", "ar" or "") only breaks ties; cues of every language are looked for. Find is safe for
// concurrent use.
func Find(text, lang string) []Attribution {
	rs := []rune(text)
	return FindSplit(text, rs, sentence.SplitRunes(rs), lang)
}

// FindSplit is Find for a caller that already holds the text's code points (rs, []rune(text))
// and its sentences (sentence.SplitRunes(rs)), as a pipeline does; it reads but never changes
// them.
func FindSplit(text string, rs []rune, sents []dossier.Span, lang string) []Attribution {
	f := &finder{rs: rs, lang: lang, sents: sents}
	buf := tokPool.Get().(*[]tok)
	defer func() {
		if cap(*buf) <= 1<<16 {
			clear(*buf) // drop references to text
			tokPool.Put(buf)
		}
	}()
	all := tokenize((*buf)[:0], text)
	*buf = all
	ss := make([]sent, len(f.sents))
	k := 0
	for i, sp := range f.sents {
		for k < len(all) && all[k].start < sp.Start {
			k++
		}
		a := k
		for k < len(all) && all[k].end <= sp.End {
			k++
		}
		ss[i] = sent{f: f, idx: i, span: sp, ts: all[a:k:k]}
		f.collectReports(ss[i].ts)
	}
	for i := range ss {
		ss[i].find()
	}
	out := dedupe(f.out)
	f.resolvePronouns(text, out)
	return out
}

// resolvePronouns gives a speaker written as a pronoun ("He claimed that ...", "— заявил он")
// the source of the latest named speaker in the same paragraph, as report_ref does for "the
// report"; without one the pronoun stays.
func (f *finder) resolvePronouns(text string, as []Attribution) {
	var paras []dossier.Span
	last := -1
	for i := range as {
		a := &as[i]
		if a.Kind != Said && a.Kind != Quote {
			continue
		}
		if !personPronouns[foldWord(a.Source)] {
			if personLike(a.Source) {
				last = i
			}
			continue
		}
		if last < 0 {
			continue
		}
		if paras == nil {
			paras = sentence.Paragraphs(text)
		}
		if paraOf(paras, as[last].Span.Start) == paraOf(paras, a.Span.Start) {
			a.Source, a.SourceSpan = as[last].Source, as[last].SourceSpan
		}
	}
}

// personPronouns are the pronouns resolved; only English ones, whose antecedent the
// person-like test below can check without knowing grammatical gender.
var personPronouns = set("he,she")

// personLike reports whether a source reads like a person's name: one to four capitalised
// words, none a determiner or a word for an institution or for sources ("Begli", "Ali
// Karimov", not "The Ministry" or "Azeri sources").
func personLike(src string) bool {
	ws := strings.Fields(src)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		r := []rune(w)
		f := foldWord(w)
		if !unicode.IsUpper(r[0]) || isFunction(f) || sourceNouns[f] || pronouns[f] || f == "this" || f == "these" {
			return false
		}
	}
	return true
}

// paraOf returns the index of the paragraph holding code point p.
func paraOf(paras []dossier.Span, p int) int {
	i, _ := slices.BinarySearchFunc(paras, p, func(s dossier.Span, p int) int {
		switch {
		case s.End <= p:
			return -1
		case s.Start > p:
			return 1
		}
		return 0
	})
	return i
}

// dedupe sorts attributions by position and drops any that overlaps a larger one.
func dedupe(as []Attribution) []Attribution {
	slices.SortStableFunc(as, func(a, b Attribution) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		return b.Span.Len() - a.Span.Len()
	})
	var out []Attribution
	for _, a := range as {
		if !a.Span.Valid() || !a.Scope.Valid() {
			continue
		}
		if n := len(out); n > 0 && a.Span.Start < out[n-1].Span.End {
			if a.Span.Len() > out[n-1].Span.Len() {
				out[n-1] = a
			}
			continue
		}
		out = append(out, a)
	}
	return out
}

// collectReports records named reports: "the Al-Arabiya report", "a Reuters report".
func (f *finder) collectReports(ts []tok) {
	for i, t := range ts {
		if !t.word || (t.f != "report" && t.f != "article" && t.f != "investigation") {
			continue
		}
		j := i
		for j > 0 && ts[j-1].word && ts[j-1].upper && !isFunction(ts[j-1].f) && ts[j-1].f != "this" && i-j < 5 {
			j--
		}
		if j == i {
			continue
		}
		if j > 0 && ts[j-1].word && (ts[j-1].f == "the" || ts[j-1].f == "a" || ts[j-1].f == "an") {
			j--
		}
		if ts[j].f == "the" || ts[j].f == "a" || ts[j].f == "an" || !isFunction(ts[j].f) {
			f.reports = append(f.reports, namedReport{ts[j].start, t.end, string(f.rs[ts[j].start:t.end])})
		}
	}
}

// lastReport returns the most recent named report that ends before pos. Reports are in text
// order and do not overlap, so a binary search finds it.
func (f *finder) lastReport(pos int) (namedReport, bool) {
	i, _ := slices.BinarySearchFunc(f.reports, pos, func(r namedReport, p int) int {
		if r.end <= p {
			return -1
		}
		return 1
	})
	if i == 0 {
		return namedReport{}, false
	}
	return f.reports[i-1], true
}

func (s *sent) add(cueFirst, cueLast, srcFirst, srcLast int, kind string, scope dossier.Span) {
	if cueFirst < 0 || cueLast >= len(s.ts) || srcFirst < 0 || srcLast >= len(s.ts) || srcFirst > srcLast {
		return
	}
	a := Attribution{
		Span:       dossier.Span{Start: s.ts[cueFirst].start, End: s.ts[cueLast].end},
		SourceSpan: dossier.Span{Start: s.ts[srcFirst].start, End: s.ts[srcLast].end},
		Kind:       kind,
		Scope:      scope,
	}
	// Drop a Turkic case ending written after a hyphen or apostrophe: "APA-nın", "Reuters'a".
	last := s.ts[srcLast]
	if s.f.turkicEnding(last) {
		if k := strings.LastIndexAny(last.raw, "-'’"); k > 0 {
			a.SourceSpan.End = last.start + len([]rune(last.raw[:k]))
		}
	}
	a.Source = string(s.f.rs[a.SourceSpan.Start:a.SourceSpan.End])
	src := s.folded(srcFirst, srcLast)
	switch {
	case kind == Citation:
	case isGenericReport(src):
		a.Kind = ReportRef
		if r, ok := s.f.lastReport(a.Span.Start); ok {
			a.Source, a.SourceSpan = r.name, dossier.Span{Start: r.start, End: r.end}
		}
	case kind != Quote && isAnonymousSources(src):
		a.Kind = Sources
	case src == "it" && kind == Said:
		// "It also stated that ...": a report named earlier speaks.
		if r, ok := s.f.lastReport(a.Span.Start); ok {
			a.Kind, a.Source, a.SourceSpan = ReportRef, r.name, dossier.Span{Start: r.start, End: r.end}
		}
	}
	s.f.out = append(s.f.out, a)
}

// turkicEnding reports whether a word ends in an Azerbaijani or Turkish case ending written
// after a hyphen or apostrophe.
func (f *finder) turkicEnding(t tok) bool {
	k := strings.LastIndexAny(t.raw, "-'’")
	if k <= 0 {
		return false
	}
	return turkicEndings[normalizeEnding(t.raw[k:])]
}

func normalizeEnding(s string) string {
	s = strings.TrimLeft(s, "-'’")
	return foldWord(s)
}

func (s *sent) folded(a, b int) string {
	var parts []string
	for k := a; k <= b && k < len(s.ts); k++ {
		if s.ts[k].word {
			parts = append(parts, s.ts[k].f)
		}
	}
	return strings.Join(parts, " ")
}

func (s *sent) whole() dossier.Span { return s.span }

// from returns the span of the sentence from token k to its end, trimmed of closing
// punctuation; the whole sentence when k is out of range.
func (s *sent) from(k int) dossier.Span {
	if k < 0 || k >= len(s.ts) {
		return s.span
	}
	e := len(s.ts) - 1
trim:
	for e > k && !s.ts[e].word {
		switch {
		case isClosing(s.ts[e].raw):
			e--
		case s.ts[e].raw == "]" && e-2 > k && s.ts[e-2].raw == "[" && isNumber(s.ts[e-1].raw):
			e -= 3 // a footnote marker
		default:
			break trim
		}
	}
	if e < k {
		return s.span
	}
	return dossier.Span{Start: s.ts[k].start, End: s.ts[e].end}
}

// before returns the sentence up to (not including) token k, or the previous sentence when
// nothing but punctuation precedes k.
func (s *sent) before(k int) dossier.Span {
	e := k - 1
	for e >= 0 && !s.ts[e].word && !isQuoteMark(s.ts[e].raw) && s.ts[e].raw != ")" {
		e--
	}
	if e < 0 {
		if s.idx > 0 {
			return s.f.sents[s.idx-1]
		}
		return dossier.Span{}
	}
	return dossier.Span{Start: s.span.Start, End: s.ts[e].end}
}

func isClosing(r string) bool {
	switch r {
	case ".", "!", "?", "…", "؟", "۔", ";", ",", "،":
		return true
	}
	return false
}

func isQuoteMark(r string) bool {
	switch r {
	case "\"", "“", "”", "«", "»", "„", "‘", "’":
		return true
	}
	return false
}

func (s *sent) w(i int) string {
	if i < 0 || i >= len(s.ts) || !s.ts[i].word {
		return ""
	}
	return s.ts[i].f
}

func (s *sent) p(i int, r string) bool {
	return i >= 0 && i < len(s.ts) && !s.ts[i].word && s.ts[i].raw == r
}

func (s *sent) find() {
	ts := s.ts
	for i := 0; i < len(ts); i++ {
		t := ts[i]
		if t.word && !triggers[t.f] {
			continue
		}
		if !t.word {
			switch t.raw {
			case "(":
				s.citation(i)
			case "[":
				s.footnote(i)
			}
			continue
		}
		s.english(i)
		s.turkic(i)
		s.russian(i)
		s.persian(i)
		s.arabic(i)
	}
}

// fwdNP returns the source noun phrase that starts at token j: words up to punctuation, a
// stop word or max words, with function words trimmed from both ends.
func (s *sent) fwdNP(j int, stops map[string]bool, max int) (int, int, bool) {
	ts := s.ts
	k := j
	words := 0
	for k < len(ts) && words < max {
		t := ts[k]
		if !t.word && isOpenQuote(t.raw) && k > j {
			// A quoted name: "the newspaper «Yeni Müsavat»".
			c := k + 1
			for c < len(ts) && c <= k+8 && !(!ts[c].word && ts[c].raw == closeFor(t.raw)) {
				c++
			}
			if c < len(ts) && c <= k+8 && c > k+1 {
				k = c + 1
				words++
				break
			}
			break
		}
		if !t.word {
			// Keep the full stop of an initial ("U.S."), stop at other punctuation.
			if t.raw == "." && k > j && len([]rune(ts[k-1].raw)) == 1 && k+1 < len(ts) && ts[k+1].word && !ts[k+1].space {
				k++
				continue
			}
			break
		}
		if stops[t.f] && k > j {
			break
		}
		words++
		k++
	}
	a, b := j, k-1
	for a <= b && (!ts[a].word || leadTrim[ts[a].f]) {
		a++
	}
	for b >= a && (!ts[b].word && !isCloseQuote(ts[b].raw) || ts[b].word && isFunction(ts[b].f)) {
		b--
	}
	if a > b {
		return 0, 0, false
	}
	// Keep a leading article: "the Washington Post".
	if a > j && (ts[a-1].f == "the" || ts[a-1].f == "a" || ts[a-1].f == "an") && ts[a-1].word {
		a--
	}
	return a, b, true
}

// backNP returns the subject noun phrase that ends at token e.
func (s *sent) backNP(e int, stops map[string]bool, max int) (int, int, bool) {
	ts := s.ts
	b := e
	for b >= 0 && ts[b].word && skipBefore[ts[b].f] {
		b--
	}
	if b < 0 || !ts[b].word {
		return 0, 0, false
	}
	a := b
	words := 0
	for a >= 0 && words < max {
		t := ts[a]
		if !t.word {
			if t.raw == "." && a > 0 && len([]rune(ts[a-1].raw)) == 1 && ts[a-1].upper {
				a--
				continue
			}
			break
		}
		if stops[t.f] || isNumber(t.raw) {
			break
		}
		words++
		a--
	}
	a++
	for a <= b && (!ts[a].word || leadTrim[ts[a].f]) {
		a++
	}
	if a > b {
		return 0, 0, false
	}
	ok := false
	for k := a; k <= b; k++ {
		if ts[k].upper || sourceNouns[ts[k].f] || pronouns[ts[k].f] {
			ok = true
			break
		}
	}
	return a, b, ok
}

// isNumber reports whether s is a run of ASCII digits.
func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// maxQuote bounds the tokens searched for the other end of a quotation, so that work stays
// linear in the text however many quotes and speech verbs a hostile sentence holds.
const maxQuote = 400

// quoteBefore returns the quotation that closes just before token k (skipping a comma), as
// the span of its inner text.
func (s *sent) quoteBefore(k int) (dossier.Span, bool) {
	ts := s.ts
	j := k - 1
	for j >= 0 && !ts[j].word && (ts[j].raw == "," || ts[j].raw == "—" || ts[j].raw == "–" || ts[j].raw == "-") {
		j--
	}
	if j < 0 || ts[j].word || !isCloseQuote(ts[j].raw) {
		return dossier.Span{}, false
	}
	open := openFor(ts[j].raw)
	for o := j - 1; o >= 0 && o >= j-maxQuote; o-- {
		if !ts[o].word && (ts[o].raw == open || (open == "\"" && ts[o].raw == "\"")) {
			return s.inner(o, j)
		}
	}
	return dossier.Span{}, false
}

// quoteAfter returns the quotation that opens at token k (after an optional colon or comma).
func (s *sent) quoteAfter(k int) (dossier.Span, bool) {
	ts := s.ts
	if k < len(ts) && !ts[k].word && (ts[k].raw == ":" || ts[k].raw == ",") {
		k++
	}
	if k >= len(ts) || ts[k].word || !isOpenQuote(ts[k].raw) {
		return dossier.Span{}, false
	}
	cl := closeFor(ts[k].raw)
	for c := k + 1; c < len(ts) && c <= k+maxQuote; c++ {
		if !ts[c].word && ts[c].raw == cl {
			return s.inner(k, c)
		}
	}
	return dossier.Span{}, false
}

func (s *sent) inner(o, c int) (dossier.Span, bool) {
	if c-o < 2 {
		return dossier.Span{}, false
	}
	a, b := o+1, c-1
	for b > a && !s.ts[b].word && isClosing(s.ts[b].raw) {
		b--
	}
	return dossier.Span{Start: s.ts[a].start, End: s.ts[b].end}, true
}

func isCloseQuote(r string) bool { return r == "”" || r == "»" || r == "\"" || r == "’" }
func isOpenQuote(r string) bool {
	return r == "“" || r == "«" || r == "\"" || r == "„" || r == "‘"
}

func openFor(c string) string {
	switch c {
	case "”":
		return "“"
	case "»":
		return "«"
	case "’":
		return "‘"
	}
	return "\""
}

func closeFor(o string) string {
	switch o {
	case "“", "„":
		return "”"
	case "«":
		return "»"
	case "‘":
		return "’"
	}
	return "\""
}

// citation matches "(Müsavat, 2018)", "(Müsavat 2018)" and "(, October 3, 2021)" at token i.
func (s *sent) citation(i int) {
	ts := s.ts
	c := -1
	for k := i + 1; k < len(ts) && k <= i+40; k++ {
		if !ts[k].word && ts[k].raw == "(" {
			return
		}
		if !ts[k].word && ts[k].raw == ")" {
			c = k
			break
		}
	}
	if c < 0 || c-i < 2 {
		return
	}
	// The content, or its last ";"-separated part, must end with a year.
	y := c - 1
	switch {
	case ts[y].word && len(ts[y].raw) == 5 && isNumber(ts[y].raw[:4]) && ts[y].raw[4] >= 'a' && ts[y].raw[4] <= 'z':
		// "2018a"
	case ts[y].word && isYear(ts[y].raw):
	case ts[y].word && isNumber(ts[y].raw) && len(ts[y].raw) <= 2 && y-1 > i && monthNames[s.w(y-1)] && s.p(i+1, ","):
		// A lost name and a date without a year: "(, February 4)".
	default:
		return
	}
	// Something must name the source, or the name must have been lost before a comma
	// ("(, October 3, 2021)"); "(2016)" and "(October 2021)" are dates, not citations.
	first := i + 1
	leadingComma := !ts[first].word && (ts[first].raw == "," || ts[first].raw == ";")
	named := false
	words := 0
	for k := first; k < y; k++ {
		if ts[k].word {
			words++
			if ts[k].upper && !monthNames[ts[k].f] {
				named = true
			}
		}
	}
	if !named && !leadingComma || words > 12 {
		return
	}
	a := first
	for a < c && !ts[a].word {
		a++
	}
	// A "Source:" label is not the source: "(Source:, October 5, 2021)".
	if a+1 < c && (ts[a].f == "source" || ts[a].f == "sources") && ts[a+1].raw == ":" {
		a += 2
		for a < c && !ts[a].word {
			a++
		}
	}
	span, scope := dossier.Span{Start: ts[i].start, End: ts[c].end}, s.before(i)
	for k := a; k < y; k++ {
		if ts[k].word && ts[k].upper && !monthNames[ts[k].f] {
			s.addRaw(span, dossier.Span{Start: ts[a].start, End: ts[c-1].end}, Citation, scope)
			return
		}
	}
	// Only a date is left: the name was lost ("(, October 3, 2021)"). An empty Source keeps
	// two such citations from looking like the same source.
	at := ts[i].end
	s.f.out = append(s.f.out, Attribution{Span: span, SourceSpan: dossier.Span{Start: at, End: at}, Kind: Citation, Scope: scope})
}

func isYear(s string) bool {
	if len(s) != 4 || !isNumber(s) {
		return false
	}
	return s >= "1800" && s <= "2100"
}

// footnote matches a footnote marker "[12]" at token i.
func (s *sent) footnote(i int) {
	ts := s.ts
	if i+2 >= len(ts) || !ts[i+1].word || !isNumber(ts[i+1].raw) || len(ts[i+1].raw) > 3 || ts[i+2].raw != "]" {
		return
	}
	if i == 0 {
		// "[1] Agency, date." opening a line is the note itself, not a marker.
		return
	}
	src := dossier.Span{Start: ts[i+1].start, End: ts[i+1].end}
	a := Attribution{Span: dossier.Span{Start: ts[i].start, End: ts[i+2].end}, Source: "footnote " + ts[i+1].raw, SourceSpan: src, Kind: Citation, Scope: s.before(i)}
	s.f.out = append(s.f.out, a)
}

func (s *sent) addRaw(span, src dossier.Span, kind string, scope dossier.Span) {
	s.f.out = append(s.f.out, Attribution{Span: span, Source: string(s.f.rs[src.Start:src.End]), SourceSpan: src, Kind: kind, Scope: scope})
}

// scopeAfter is the reported clause after a speech verb at token v: after "that" (or the
// language's complementiser) within a few words, after a colon, the quotation that follows,
// or the rest of the sentence; for a verb that closes a clause ("..., he said.") the sentence.
func (s *sent) scopeAfter(v int, comps map[string]bool) (dossier.Span, bool) {
	ts := s.ts
	for k := v + 1; k < len(ts) && k <= v+6; k++ {
		if ts[k].word && comps[ts[k].f] {
			if k+1 < len(ts) && !ts[k+1].word && ts[k+1].raw == "," {
				k++
			}
			return s.from(k + 1), false
		}
		if !ts[k].word && ts[k].raw != "," {
			break
		}
	}
	if q, ok := s.quoteAfter(v + 1); ok {
		return q, true
	}
	if v+1 < len(ts) && !ts[v+1].word && ts[v+1].raw == ":" {
		return s.from(v + 2), false
	}
	if v+1 >= len(ts) || (!ts[v+1].word && isClosing(ts[v+1].raw)) {
		return s.whole(), false
	}
	return s.from(v + 1), false
}
