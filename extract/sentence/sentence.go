// Package sentence splits stored text into paragraphs and sentences for the extraction stages.
//
// The functions are pure and safe for concurrent use, never panic, run in time linear in the
// input and return spans in Unicode code points (end exclusive) that are trimmed of
// surrounding white space; text[span] never starts or ends with a space.
//
// A sentence ends at . ! ? … (and runs of them), the Arabic question mark ؟, the Urdu/Persian
// full stop ۔ and the Arabic full stop U+06D4, followed by any closing quotes or brackets and
// then white space or the end of the text. A blank line always ends a sentence, and so does a
// single newline unless the next line starts with a lower-case letter (a hard-wrapped line).
//
// A full stop does not end a sentence after a known abbreviation (Mr. Dr. Gen. Col. No. Vol.
// e.g. i.e. etc., English month abbreviations, Russian г. ул. т.е. and others), after a single
// capital initial ("A. Khamenei"), after dotted initialisms such as "U.S." when a capitalised
// word follows, after a number that is followed by a month name or a lower-case word (Turkish
// and Azerbaijani ordinals: "3. Oktyabr"), or when the next word starts with a lower-case
// letter. Decimals ("3.5") never split because no space follows the point.
package sentence

import (
	"strings"
	"unicode"

	"github.com/dossier-osint/dossier"
)

// Paragraphs returns the spans of the paragraphs of text: runs of lines separated by at least
// one blank line (a line holding only white space). Each span is trimmed of white space.
func Paragraphs(text string) []dossier.Span {
	rs := []rune(text)
	var out []dossier.Span
	start := 0
	i := 0
	for i < len(rs) {
		if rs[i] != '\n' {
			i++
			continue
		}
		// Look for a second newline with only white space in between.
		j := i + 1
		for j < len(rs) && rs[j] != '\n' && unicode.IsSpace(rs[j]) {
			j++
		}
		if j < len(rs) && rs[j] == '\n' {
			out = appendTrimmed(out, rs, start, i)
			for j < len(rs) && unicode.IsSpace(rs[j]) {
				j++
			}
			start, i = j, j
			continue
		}
		i++
	}
	return appendTrimmed(out, rs, start, len(rs))
}

// Split returns the spans of the sentences of text, in order (see the package comment for the
// rules).
func Split(text string) []dossier.Span {
	return SplitRunes([]rune(text))
}

// SplitRunes is Split for text already decoded into runes; the spans index rs.
func SplitRunes(rs []rune) []dossier.Span {
	var out []dossier.Span
	start := 0
	n := len(rs)
	for i := 0; i < n; i++ {
		r := rs[i]
		if r == '\n' {
			j := i + 1
			blank := false
			for j < n && unicode.IsSpace(rs[j]) {
				if rs[j] == '\n' {
					blank = true
				}
				j++
			}
			if blank || j >= n || !unicode.IsLower(rs[j]) {
				out = appendTrimmed(out, rs, start, i)
				start = j
				i = j - 1
			}
			continue
		}
		if !isTerminator(r) {
			continue
		}
		// A run of terminators ("?!", "...", "…").
		j := i + 1
		for j < n && (isTerminator(rs[j]) || rs[j] == '.') {
			j++
		}
		// Closing quotes and brackets, and footnote markers ("[12]"), after the stop.
		for j < n {
			if isCloser(rs[j]) {
				j++
				continue
			}
			if k := footnoteEnd(rs, j); k > j {
				j = k
				continue
			}
			break
		}
		if j < n && !unicode.IsSpace(rs[j]) {
			i = j - 1
			continue
		}
		if r == '.' && j == i+1 && !endsSentenceAt(rs, start, i, j) {
			i = j - 1
			continue
		}
		if r == '.' || r == '…' {
			// An ellipsis or stop followed by a lower-case word continues the sentence.
			if k := skipSpaceSameLine(rs, j); k < n && unicode.IsLower(rs[k]) {
				i = j - 1
				continue
			}
		}
		out = appendTrimmed(out, rs, start, j)
		start = j
		i = j - 1
	}
	return appendTrimmed(out, rs, start, n)
}

// footnoteEnd returns the end of a footnote marker "[1]" to "[999]" at j, or j.
func footnoteEnd(rs []rune, j int) int {
	if j >= len(rs) || rs[j] != '[' {
		return j
	}
	k := j + 1
	for k < len(rs) && k-j <= 3 && rs[k] >= '0' && rs[k] <= '9' {
		k++
	}
	if k == j+1 || k >= len(rs) || rs[k] != ']' {
		return j
	}
	return k + 1
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '؟', '\u06D4', '\u3002', '\uFF01', '\uFF1F':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '」', '』':
		return true
	}
	return false
}

func skipSpaceSameLine(rs []rune, j int) int {
	for j < len(rs) && unicode.IsSpace(rs[j]) && rs[j] != '\n' {
		j++
	}
	return j
}

// endsSentenceAt decides whether the single full stop at rs[dot] (with white space at rs[next]
// or the end of text) ends a sentence.
func endsSentenceAt(rs []rune, start, dot, next int) bool {
	// The word before the stop: letters, digits and inner dots ("U.S", "т.е").
	w := dot
	for w > start && (unicode.IsLetter(rs[w-1]) || unicode.IsDigit(rs[w-1]) || unicode.IsMark(rs[w-1]) || rs[w-1] == '.') {
		w--
	}
	wr := rs[w:dot]
	if len(wr) == 0 {
		return true
	}
	k := skipSpaceSameLine(rs, next)
	if k >= len(rs) || rs[k] == '\n' {
		return true
	}
	// Abbreviations are short; longer words skip the table look-ups and their allocation.
	if len(wr) <= maxAbbreviation {
		lw := strings.ToLower(string(wr))
		if numberAbbreviations[lw] {
			// "No. 5", "Vol. 20", "p. 14" — but "... said no. The" ends.
			return !unicode.IsDigit(rs[k])
		}
		if lw == "etc" {
			return unicode.IsUpper(rs[k])
		}
		if abbreviations[lw] {
			return false
		}
	}
	// A single capital initial: "A. Khamenei".
	if len(wr) == 1 && unicode.IsUpper(wr[0]) {
		return false
	}
	// Dotted initialisms: "U.S", "e.g", "т.е" (not an ellipsis).
	if dots := countDots(wr); dots > 0 && dots < len(wr) && !hasDoubleDot(wr) {
		if unicode.IsUpper(rs[k]) || unicode.IsDigit(rs[k]) {
			return false
		}
	}
	// A number: an ordinal before a month name ("3. Oktyabr") or a lower-case word.
	if allDigits(wr) && isMonthWord(strings.ToLower(leadingWord(rs, k))) {
		return false
	}
	return !unicode.IsLower(rs[k])
}

// maxAbbreviation is the length in runes of the longest entry of the abbreviation tables.
var maxAbbreviation = func() int {
	n := 0
	for _, m := range []map[string]bool{abbreviations, numberAbbreviations} {
		for w := range m {
			n = max(n, len([]rune(w)))
		}
	}
	return n
}()

func countDots(rs []rune) int {
	n := 0
	for _, r := range rs {
		if r == '.' {
			n++
		}
	}
	return n
}

func hasDoubleDot(rs []rune) bool {
	for i := 1; i < len(rs); i++ {
		if rs[i] == '.' && rs[i-1] == '.' {
			return true
		}
	}
	return false
}

func leadingWord(rs []rune, k int) string {
	e := k
	for e < len(rs) && (unicode.IsLetter(rs[e]) || unicode.IsMark(rs[e])) {
		e++
	}
	return string(rs[k:e])
}

func allDigits(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return len(rs) > 0
}

func appendTrimmed(out []dossier.Span, rs []rune, s, e int) []dossier.Span {
	if e > len(rs) {
		e = len(rs)
	}
	for s < e && (unicode.IsSpace(rs[s]) || invisible(rs[s])) {
		s++
	}
	for e > s && (unicode.IsSpace(rs[e-1]) || invisible(rs[e-1])) {
		e--
	}
	if e > s {
		out = append(out, dossier.Span{Start: s, End: e})
	}
	return out
}

func invisible(r rune) bool {
	return r == '\uFEFF' || (r >= 0x200B && r <= 0x200F)
}

// abbreviations lists lower-cased words that end with a full stop without ending a sentence.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		mr mrs ms dr prof gen col lt maj capt cpt sgt adm brig cmdr gov sen rep pres st jr sr rev
		hon amb ed eds approx est dept univ inc ltd corp co bros
		vs al cf ibid op e.g i.e a.m p.m u.s u.k u.n u.s.a e.u
		jan feb mar apr jun jul aug sep sept oct nov dec
		г гг ул д им см т.е т.к т.д т.п т.н напр проф ген полк ст тыс млн млрд руб
		prof dos ak akad qəs gen polk mln mlrd
		yy vb bkz sn doç örn`) {
		m[w] = true
	}
	return m
}()

// numberAbbreviations end with a full stop before a number and otherwise end sentences.
var numberAbbreviations = map[string]bool{
	"no": true, "nos": true, "vol": true, "vols": true, "p": true, "pp": true, "art": true,
	"ch": true, "fig": true, "nr": true, "№": true, "s": true,
}

// monthWords are the lower-cased month names (and stems) that may follow an ordinal number.
var monthWords = strings.Fields(`
	january february march april may june july august september october november december
	yanvar fevral mart aprel iyun iyul avqust sentyabr oktyabr noyabr dekabr
	ocak şubat nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
	январ феврал март апрел мая май июн июл август сентябр октябр ноябр декабр`)

func isMonthWord(w string) bool {
	if w == "" {
		return false
	}
	for _, m := range monthWords {
		if strings.HasPrefix(w, m) {
			return true
		}
	}
	return false
}
