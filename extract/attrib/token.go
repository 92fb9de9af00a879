package attrib

import (
	"unicode"

	"github.com/dossier-osint/dossier/normalize"
)

// tok is a word or a punctuation rune of a sentence. Words keep inner apostrophes and
// hyphens ("Al-Arabiya", "APA-nın", "Reuters'a"). Offsets are code points in the whole text.
type tok struct {
	start, end int
	word       bool
	raw        string // as written
	f          string // folded (normalize.Fold)
	upper      bool   // starts with an upper-case letter
	space      bool   // white space precedes it
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\u200C'
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', 'ʼ', '\u2011':
		return true
	}
	return false
}

// tokenize splits rs[s:e] into tokens.
func tokenize(rs []rune, s, e int) []tok {
	ts := make([]tok, 0, (e-s)/5+1)
	space := false
	for i := s; i < e; {
		r := rs[i]
		switch {
		case unicode.IsSpace(r) || normalize.Invisible(r) && r != '\u200C':
			space = true
			i++
			continue
		case isWordRune(r):
			j := i
			for j < e {
				if isWordRune(rs[j]) {
					j++
					continue
				}
				if isJoiner(rs[j]) && j+1 < e && isWordRune(rs[j+1]) && j > i {
					j++
					continue
				}
				break
			}
			raw := string(rs[i:j])
			ts = append(ts, tok{start: i, end: j, word: true, raw: raw, f: normalize.Fold(raw), upper: unicode.IsUpper(r), space: space})
			i = j
		default:
			ts = append(ts, tok{start: i, end: i + 1, raw: string(r), f: normalize.Fold(string(r)), space: space})
			i++
		}
		space = false
	}
	return ts
}
