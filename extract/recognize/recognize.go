// Package recognize finds new names — people, organisations, places, channels, cited documents
// and positions — in text in English, Azerbaijani, Turkish, Russian, Persian and Arabic by
// rules, for the names the known-name automaton cannot know yet.
//
// No usable statistical recogniser exists for these languages in Go, so the rules read the
// shape of the text: capitalised sequences in Latin and Cyrillic script joined by particles
// (al-, bin, ibn, oglu, qizi, of, the), titles and honorifics, organisation heads ("Movement",
// "Brigade", "Hərəkatı", "Kataib"), group-name and surname morphology, place, channel and
// document cues, quoted names after "called" or "known as", parenthesised and declared
// alternates, acronyms, list and table rows; in Arabic and Persian script, which has no
// capitals, names are read after titles and organisation heads and around بن / ابن / ابو.
//
// Rules implements extract.Recognizer, so a model-backed recogniser can stand beside it (Chain)
// or replace it. Every mention carries Method "pattern:<rule>" naming the rule that typed it and
// a Score that says how far the rule is to be trusted, roughly:
//
//	0.8–0.9  patronymic, kinship (bin/ibn), title, org-head, org-name, country, handle, url
//	0.6–0.75 surname, given-name, role, place-head, region, locative, group-name, state-name,
//	         event-head, quoted, position, channel, document, arabic-*
//	0.4–0.55 descriptor, name-shape, particle, place-cue, acronym, list-row, sequence,
//	         surname-ref, same-name, case-stem, group-plural
//	≤ 0.3    capitalised (a lone capitalised word with no cue; type Unknown)
//
// Recognize never panics, runs in time linear in the text, and returns non-overlapping mentions
// in text order whose Text is exactly the text of their Span; Alias is the index of the mention
// a name is declared an alternate of ("X (Y)", "X, known as Y"), or -1.
package recognize

import (
	"cmp"
	"slices"
	"sort"
	"sync"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
	"github.com/dossier-osint/dossier/extract/sentence"
)

// Rules is the rule-based recogniser. The zero value is not ready; use New. A Rules holds no
// per-document state and is safe for concurrent use.
type Rules struct {
	// MinScore drops mentions whose confidence is below it (0 keeps everything).
	MinScore float64
}

// New returns a recogniser with every rule enabled.
func New() *Rules { return &Rules{} }

var (
	_ extract.Recognizer = (*Rules)(nil)
	_ extract.Stage      = (*Rules)(nil)
)

// cand is a mention in the making.
type cand struct {
	span  dossier.Span
	typ   dossier.EntityType
	rule  string
	score float64
	prio  int // explicit rules (quoted, handle, URL) win over shape rules
	alias int
	words int // name tokens in the span
}

// doc is the per-call working state.
type doc struct {
	rs      []rune
	toks    []token
	turkic  bool
	capSeen docSet // folded capitalised words seen inside sentences, not at their start
	lowSeen docSet // folded words seen in lower case
	cands   []cand
	// Per line (token.line): a table row, a heading in capitals, a line with a dash.
	tableRow  map[int]bool
	upperLine map[int]bool
	dashLine  map[int]bool
}

// Recognize returns the names found in d.Text. It reads d.Runes (computing it if empty),
// d.Sentences (splitting if empty) and d.Lang; it does not modify d.
func (r *Rules) Recognize(d *extract.Doc) []extract.Mention {
	if d == nil {
		return nil
	}
	rs := d.Runes
	if len(rs) == 0 && d.Text != "" {
		rs = []rune(d.Text)
	}
	if len(rs) == 0 {
		return nil
	}
	sents := d.Sentences
	if len(sents) == 0 {
		sents = sentence.SplitRunes(rs)
	}
	w := &doc{rs: rs, turkic: d.Lang == "az" || d.Lang == "tr"}
	if !w.turkic && (d.Lang == "" || d.Lang == "und") {
		w.turkic = looksTurkic(rs)
	}
	w.toks = tokenize(tokenPool.get(len(rs)/6+8), rs, w.turkic)
	defer tokenPool.put(w.toks)
	w.markPositions(sents)
	w.scanLatin()
	w.scanDescriptors()
	w.scanRussianDescriptors()
	w.scanArabic()
	w.scanQuoted()
	w.scanHandles()
	w.scanDomains()
	ms := w.resolve(r.MinScore)
	return ms
}

// tokenPool keeps token slices between calls: a news article has about a thousand tokens,
// and a new slice for each document was a good part of the stage's garbage.
var tokenPool tokenSlices

type tokenSlices struct{ p sync.Pool }

func (t *tokenSlices) get(n int) []token {
	if s, ok := t.p.Get().(*[]token); ok && cap(*s) >= n {
		return (*s)[:0]
	}
	return make([]token, 0, n)
}

func (t *tokenSlices) put(s []token) {
	if cap(s) > 1<<16 {
		return // keep no giant's slice
	}
	clear(s) // drop the strings it holds
	s = s[:0]
	t.p.Put(&s)
}

// Process runs Recognize and appends its mentions to d.Mentions with extract.Append (alias
// indices move with them). Overlaps with mentions already there (known names) are left for
// extract.MergeMentions, which the pipeline runs after all recognisers.
func (r *Rules) Process(d *extract.Doc) {
	d.Mentions = extract.Append(d.Mentions, r.Recognize(d))
}

// Stage adapts any recogniser to a pipeline stage that appends as Rules.Process does.
func Stage(rec extract.Recognizer) extract.Stage {
	return extract.StageFunc(func(d *extract.Doc) { d.Mentions = extract.Append(d.Mentions, rec.Recognize(d)) })
}

// Chain runs several recognisers as one and merges what they find with extract.Merge (a
// typed span that contains another wins, then a known one, then the longer, then the more
// confident), so a model-backed recogniser can be tried beside Rules outside a pipeline. The
// result is non-overlapping, in text order, with alias indices into it.
type Chain []extract.Recognizer

var _ extract.Recognizer = Chain(nil)

// Recognize runs each recogniser on d and merges their mentions.
func (c Chain) Recognize(d *extract.Doc) []extract.Mention {
	var ms []extract.Mention
	for _, r := range c {
		if r != nil {
			ms = extract.Append(ms, r.Recognize(d))
		}
	}
	return extract.Merge(ms)
}

// looksTurkic guesses Azerbaijani or Turkish text from its letters when no language is given.
func looksTurkic(rs []rune) bool {
	n := 0
	for i, r := range rs {
		if i > 20000 {
			break
		}
		switch r {
		case 'ə', 'Ə', 'ı', 'ğ', 'ş', 'İ':
			n++
		}
	}
	return n >= 3
}

// markPositions sets each token's initial, heading and line-role flags and collects the
// document's evidence of which capitalised words are names.
func (w *doc) markPositions(sents []dossier.Span) {
	toks, rs := w.toks, w.rs
	// Sentence, line and cell starts. Footnote marks and numbers ("[2] Tensions ...") do not
	// end the opening position: the first word with a letter holds it.
	si, pending := 0, true
	for i := range toks {
		for si < len(sents) && sents[si].End <= toks[i].s {
			si++
		}
		if si < len(sents) && toks[i].s >= sents[si].Start && (i == 0 || toks[i-1].s < sents[si].Start) {
			pending = true
		}
		if i == 0 || toks[i-1].line != toks[i].line {
			pending = true
		}
		if i > 0 && toks[i-1].line == toks[i].line && cellBoundary(rs, toks[i-1].full, toks[i].s) {
			pending = true
		}
		if pending {
			toks[i].initial = true
			if !toks[i].digit {
				pending = false
			}
		}
	}
	// Headings: lines in capitals, and title-case lines that do not end a sentence.
	w.tableRow, w.upperLine, w.dashLine = map[int]bool{}, map[int]bool{}, map[int]bool{}
	for a := 0; a < len(toks); {
		b := a
		upper := true
		for b < len(toks) && toks[b].line == toks[a].line {
			if cased(toks[b]) && !toks[b].digit && !toks[b].upper {
				upper = false
			}
			b++
		}
		lineStart, lineEnd := lineBounds(rs, toks[a].s)
		w.upperLine[toks[a].line] = upper
		for k := lineStart; k < lineEnd; k++ {
			if rs[k] == '–' || rs[k] == '—' {
				w.dashLine[toks[a].line] = true
				break
			}
		}
		if isTableRow(rs, lineStart, lineEnd) {
			w.tableRow[toks[a].line] = true
			if isTableHeader(rs, lineEnd) {
				for k := a; k < b; k++ {
					toks[k].heading = true
				}
			}
		} else if isHeading(rs, toks[a:b], lineEnd) {
			for k := a; k < b; k++ {
				toks[k].heading = true
			}
		}
		a = b
	}
	// Lower-case words matter only when the same word is also capitalised somewhere.
	capAny := docSet{}
	w.capSeen, w.lowSeen = docSet{}, docSet{}
	for _, t := range toks {
		if t.cap && (t.script == scriptLatin || t.script == scriptCyrillic) {
			capAny[t.fold] = struct{}{}
			if !t.initial && !t.heading {
				w.capSeen[t.fold] = struct{}{}
			}
		}
	}
	for _, t := range toks {
		if t.lower && capAny.has(t.fold) {
			w.lowSeen[t.fold] = struct{}{}
		}
	}
}

func lineBounds(rs []rune, i int) (int, int) {
	s := i
	for s > 0 && rs[s-1] != '\n' {
		s--
	}
	e := i
	for e < len(rs) && rs[e] != '\n' {
		e++
	}
	return s, e
}

func cellBoundary(rs []rune, from, to int) bool {
	for k := from; k < to && k < len(rs); k++ {
		if rs[k] == '|' || rs[k] == '\t' {
			return true
		}
	}
	return false
}

func isTableRow(rs []rune, s, e int) bool {
	for s < e && (rs[s] == ' ' || rs[s] == '\t') {
		s++
	}
	return s < e && rs[s] == '|'
}

// isTableHeader reports whether the line after lineEnd is a Markdown table separator.
func isTableHeader(rs []rune, lineEnd int) bool {
	if lineEnd >= len(rs) {
		return false
	}
	s := lineEnd + 1
	dash := 0
	for k := s; k < len(rs) && rs[k] != '\n'; k++ {
		switch rs[k] {
		case '-':
			dash++
		case '|', ':', ' ', '\t':
		default:
			return false
		}
	}
	return dash >= 3
}

// isHeading reports whether a line of tokens is a heading: all its words in capitals, or a
// line that does not end like a sentence and whose content words are nearly all capitalised.
func isHeading(rs []rune, toks []token, lineEnd int) bool {
	words, upper, content, capContent := 0, 0, 0, 0
	for _, t := range toks {
		if t.digit || t.script == scriptArabic || t.script == scriptOther {
			continue
		}
		words++
		if t.upper {
			upper++
		}
		if t.e-t.s >= 4 && !stopWords.has(t.fold) {
			content++
			if t.cap {
				capContent++
			}
		}
	}
	if words >= 2 && upper == words && content >= 1 {
		return true
	}
	last := lineEnd - 1
	for last >= 0 && (rs[last] == ' ' || rs[last] == '\t') {
		last--
	}
	if last >= 0 {
		switch rs[last] {
		case '.', '!', '?', ';', ',', ':', '…', '"', '”', '»', ')':
			return false
		}
	}
	return content >= 2 && capContent*4 >= content*3
}

// add records a candidate if its span is valid.
func (w *doc) add(c cand) {
	if c.span.Start < 0 || c.span.End > len(w.rs) || c.span.Start >= c.span.End {
		return
	}
	c.alias = -1
	w.cands = append(w.cands, c)
}

// resolve removes overlaps (explicit rules first, then longer spans, then higher scores),
// propagates types across the document, links declared aliases and builds the mentions.
func (w *doc) resolve(minScore float64) []extract.Mention {
	// Sort indices, not the candidates themselves: a total order (ties broken by position and
	// by the order rules ran) keeps the result deterministic.
	cs := w.cands
	order := make([]int32, len(cs))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &cs[i], &cs[j]
		switch {
		case a.prio != b.prio:
			return cmp.Compare(b.prio, a.prio)
		case a.span.Len() != b.span.Len():
			return cmp.Compare(b.span.Len(), a.span.Len())
		case a.score != b.score:
			return cmp.Compare(b.score, a.score)
		case a.span.Start != b.span.Start:
			return cmp.Compare(a.span.Start, b.span.Start)
		}
		return cmp.Compare(i, j)
	})
	// Accepted spans never overlap; marking the code points they cover costs at most the
	// length of the text, and every candidate is short, so this stays linear.
	covered := make([]bool, len(w.rs))
	var acc []cand
next:
	for _, oi := range order {
		c := cs[oi]
		if minScore > 0 && c.score < minScore {
			continue
		}
		for k := c.span.Start; k < c.span.End; k++ {
			if covered[k] {
				continue next
			}
		}
		for k := c.span.Start; k < c.span.End; k++ {
			covered[k] = true
		}
		acc = append(acc, c)
	}
	sort.Slice(acc, func(i, j int) bool { return acc[i].span.Start < acc[j].span.Start })
	acc = w.propagate(acc)
	w.linkAliases(acc)
	out := make([]extract.Mention, len(acc))
	for i, c := range acc {
		out[i] = extract.Mention{
			Span:   c.span,
			Text:   string(w.rs[c.span.Start:c.span.End]),
			Type:   c.typ,
			Method: "pattern:" + c.rule,
			Score:  c.score,
			Alias:  c.alias,
		}
	}
	return out
}
