package dates

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/normalize"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// token is one word, digit run or punctuation rune of the input. Offsets are code points.
type token struct {
	start, end   int // code points
	bstart, bend int // bytes
	kind         tokKind
	s            string // folded word, ASCII digits, or the punctuation rune
	val          int    // value of a number (capped at 9 digits)
	digits       int    // number of digits of a number
	space        bool   // white space precedes the token
	para         bool   // a blank line precedes the token
	upper        bool   // the word starts with an upper-case letter
}

// adjacent reports whether token i+1 follows token i with no white space between.
func adjacent(ts []token, i int) bool { return i+1 < len(ts) && !ts[i+1].space }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || r == '\u200C' || r == '\u200D'
}

// tokenize splits text into tokens. Work and memory are linear in len(text); ASCII words and
// numbers are not copied.
// tokenizeInto appends the tokens of text to ts.
func tokenizeInto(ts []token, text string) []token {
	space, nls := false, 0
	ri := 0 // rune index of byte i
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r >= utf8.RuneSelf && (unicode.IsSpace(r) || normalize.Invisible(r) && r != '\u200C'):
			space = true
			if r == '\n' {
				nls++
			}
			i += n
			ri++
			continue
		case r >= '0' && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r):
			j, rj, v, nd, ascii := i, ri, 0, 0, true
			for j < len(text) {
				c, m := rune(text[j]), 1
				if c >= utf8.RuneSelf {
					c, m = utf8.DecodeRuneInString(text[j:])
				}
				if !(c >= '0' && c <= '9' || c >= utf8.RuneSelf && unicode.IsDigit(c)) {
					break
				}
				if nd < 9 {
					v = v*10 + digitValue(c)
				}
				ascii = ascii && c <= '9'
				nd++
				j += m
				rj++
			}
			ds := text[i:j]
			if !ascii {
				ds = asciiDigits(ds)
			}
			ts = append(ts, token{start: ri, end: rj, bstart: i, bend: j, kind: tNum, s: ds, val: v, digits: nd, space: space, para: nls >= 2})
			i, ri = j, rj
		case asciiLetter(r) || r >= utf8.RuneSelf && isWordRune(r):
			j, rj := i, ri
			for j < len(text) {
				if c := text[j]; c < utf8.RuneSelf {
					if !asciiLetter(rune(c)) {
						break
					}
					j++
					rj++
					continue
				}
				c, m := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(c) || unicode.IsDigit(c) {
					break
				}
				j += m
				rj++
			}
			fw := normalize.Fold(text[i:j])
			if rj-ri >= 3 && arabicPrefix(r) && len(fw) > n && fw[:n] == text[i:i+n] && !prefixWords[fw] && prefixWords[fw[n:]] {
				// Arabic conjunctions and prepositions written onto the next word: "وقبل",
				// "وفي", "لعام" become two tokens.
				ts = append(ts, token{start: ri, end: ri + 1, bstart: i, bend: i + n, kind: tWord, s: fw[:n], space: space, para: nls >= 2})
				ts = append(ts, token{start: ri + 1, end: rj, bstart: i + n, bend: j, kind: tWord, s: fw[n:]})
			} else {
				ts = append(ts, token{start: ri, end: rj, bstart: i, bend: j, kind: tWord, s: fw, space: space, para: nls >= 2, upper: unicode.IsUpper(r)})
			}
			i, ri = j, rj
		default:
			ts = append(ts, token{start: ri, end: ri + 1, bstart: i, bend: i + n, kind: tPunct, s: text[i : i+n], space: space, para: nls >= 2})
			i += n
			ri++
		}
		space, nls = false, 0
	}
	return ts
}

func asciiLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func arabicPrefix(r rune) bool { return r == 'و' || r == 'ف' || r == 'ب' || r == 'ل' }

// prefixWords are the folded words that may carry an Arabic prefix (filled by init).
var prefixWords = map[string]bool{}

func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	// Other Unicode decimal digits: their value is their offset in a block of ten.
	for _, rt := range unicode.Nd.R16 {
		if uint16(r) >= rt.Lo && uint16(r) <= rt.Hi && r <= 0xFFFF {
			return int(uint16(r)-rt.Lo) % 10
		}
	}
	return int(r) % 10
}

func asciiDigits(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte('0'+digitValue(r)))
	}
	return string(b)
}

func isDash(s string) bool {
	switch s {
	case "-", "–", "—", "‐", "‑", "−":
		return true
	}
	return false
}

func isApostrophe(s string) bool {
	switch s {
	case "'", "’", "‘", "`", "ʼ", "´":
		return true
	}
	return false
}
