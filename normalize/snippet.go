package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
)

// Terms splits a query into folded search terms: maximal runs of letters and digits of its
// matching form, the same tokens the full-text index holds. A term may end in '*' for a prefix.
func Terms(query string) []string {
	f := Fold(query)
	var out []string
	start := -1
	for i, r := range f {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			t := f[start:i]
			if r == '*' {
				t += "*"
			}
			out = append(out, t)
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, f[start:])
	}
	return out
}

// Snippet cuts a passage of about width code points from text around the first place where a
// term matches a whole token (or a token's start, for "prefix*" terms), and returns it with the
// spans, in code points of the snippet, of every matching token inside it. Matching happens on the
// folded form, so "ibrahimbeyli" highlights "İbrahimbəyli".
func Snippet(text string, terms []string, width int) (string, []dossier.Span) {
	if width <= 0 {
		width = 240
	}
	folded, m := FoldMap(text)
	type hit struct{ start, end, fstart, fend int } // code points in text, bytes in folded
	var hits []hit
	start := -1
	flush := func(i int) {
		tok := folded[start:i]
		for _, t := range terms {
			if p, ok := strings.CutSuffix(t, "*"); ok && strings.HasPrefix(tok, p) || tok == t {
				hits = append(hits, hit{int(m[start]), EndOffset(m, i), start, i})
				break
			}
		}
		start = -1
	}
	for i, r := range folded {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(folded))
	}
	runes := []rune(text)
	if len(hits) == 0 {
		end := min(len(runes), width)
		return oneLine(string(runes[:end]), end < len(runes), false), nil
	}
	// Centre the window on the hit whose window shows the most distinct terms (the first such),
	// then align it to word boundaries.
	best, bestN := 0, 0
	for i := 0; i < len(hits) && i < 200; i++ {
		seen := map[string]bool{}
		for _, h := range hits[i:] {
			if h.end > hits[i].start+width*2/3 {
				break
			}
			seen[folded[h.fstart:h.fend]] = true
		}
		if len(seen) > bestN {
			best, bestN = i, len(seen)
		}
	}
	first := hits[best]
	from := max(0, first.start-width/3)
	for from > 0 && from < first.start && !unicode.IsSpace(runes[from-1]) {
		from++
	}
	to := min(len(runes), from+width)
	for to < len(runes) && to > first.end && !unicode.IsSpace(runes[to]) {
		to--
	}
	var spans []dossier.Span
	for _, h := range hits {
		if h.start >= from && h.end <= to {
			spans = append(spans, dossier.Span{Start: h.start - from, End: h.end - from})
		}
	}
	s := string(runes[from:to])
	// Newlines become spaces so the snippet reads as one line; offsets are unchanged.
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
	return prefixEllipsis(s, from > 0, to < len(runes), &spans), spans
}

func oneLine(s string, more, _ bool) string {
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' {
			return ' '
		}
		return r
	}, s)
	if more {
		s += "…"
	}
	return s
}

func prefixEllipsis(s string, before, after bool, spans *[]dossier.Span) string {
	if before {
		s = "…" + s
		for i := range *spans {
			(*spans)[i].Start++
			(*spans)[i].End++
		}
	}
	if after {
		s += "…"
	}
	return s
}

// RuneLen returns the number of code points in s.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }
