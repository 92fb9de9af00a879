package attrib

import (
	"unicode"
	"unicode/utf8"

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
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\u200C'
}

func isJoiner(r rune) bool {
	switch r {
	case '\'', '’', '-', '‐', 'ʼ', '\u2011':
		return true
	}
	return false
}

// tokenize appends the tokens of text to ts. ASCII words are not copied.
func tokenize(ts []tok, text string) []tok {
	space := false
	ri := 0
	dec := func(i int) (rune, int) {
		if c := text[i]; c < utf8.RuneSelf {
			return rune(c), 1
		}
		return utf8.DecodeRuneInString(text[i:])
	}
	for i := 0; i < len(text); {
		r, n := dec(i)
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r >= utf8.RuneSelf && (unicode.IsSpace(r) || normalize.Invisible(r) && r != '\u200C'):
			space = true
			i += n
			ri++
			continue
		case isWordRune(r):
			j, rj := i, ri
			for j < len(text) {
				c, m := dec(j)
				if isWordRune(c) {
					j += m
					rj++
					continue
				}
				if c == '.' && j > i {
					if e := domainEnd(text, j+1); e > 0 {
						// "Oxu.az", "Report.az": a site's name is one word.
						rj += utf8.RuneCountInString(text[j:e])
						j = e
						continue
					}
				}
				if isJoiner(c) && j > i && j+m < len(text) {
					if c2, _ := dec(j + m); isWordRune(c2) {
						j += m
						rj++
						continue
					}
				}
				break
			}
			raw := text[i:j]
			ts = append(ts, tok{start: ri, end: rj, word: true, raw: raw, f: foldWord(raw), upper: unicode.IsUpper(r), space: space})
			i, ri = j, rj
		default:
			raw := text[i : i+n]
			ts = append(ts, tok{start: ri, end: ri + 1, raw: raw, f: raw, space: space})
			i += n
			ri++
		}
		space = false
	}
	return ts
}

// domainEnd returns the end of a top-level domain starting at byte i ("az" in "Oxu.az"),
// or 0 when none starts there.
func domainEnd(text string, i int) int {
	j := i
	for j < len(text) && j-i <= 4 && (text[j] >= 'a' && text[j] <= 'z') {
		j++
	}
	if j == i || j < len(text) && isWordRune(rune(text[j])) && text[j] < utf8.RuneSelf {
		return 0
	}
	if j < len(text) && text[j] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(text[j:]); isWordRune(r) {
			return 0
		}
	}
	switch text[i:j] {
	case "az", "com", "ru", "tr", "org", "net", "info", "ir", "ua", "ge", "news", "tv", "uk", "us", "io":
		return j
	}
	return 0
}
