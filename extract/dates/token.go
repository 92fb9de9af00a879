package dates

import (
	"unicode"

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
	start, end int
	kind       tokKind
	s          string // folded word, ASCII digits, or the punctuation rune
	val        int    // value of a number (capped at 9 digits)
	digits     int    // number of digits of a number
	space      bool   // white space precedes the token
	para       bool   // a blank line precedes the token
	upper      bool   // the word starts with an upper-case letter
}

// adjacent reports whether token i+1 follows token i with no white space between.
func adjacent(ts []token, i int) bool { return i+1 < len(ts) && !ts[i+1].space }

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || r == '\u200C' || r == '\u200D'
}

// tokenize splits rs into tokens. Work and memory are linear in len(rs).
func tokenize(rs []rune) []token {
	ts := make([]token, 0, len(rs)/4+1)
	space, nls := false, 0
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r) || normalize.Invisible(r) && r != '\u200C':
			space = true
			if r == '\n' {
				nls++
			}
			i++
			continue
		case unicode.IsDigit(r):
			j, v, nd := i, 0, 0
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				if nd < 9 {
					v = v*10 + digitValue(rs[j])
				}
				nd++
				j++
			}
			ts = append(ts, token{start: i, end: j, kind: tNum, s: asciiDigits(rs[i:j]), val: v, digits: nd, space: space, para: nls >= 2})
			i = j
		case isWordRune(r):
			j := i
			for j < len(rs) && isWordRune(rs[j]) && !unicode.IsDigit(rs[j]) {
				j++
			}
			fw := normalize.Fold(string(rs[i:j]))
			if j-i >= 3 && arabicPrefix(r) && !prefixWords[fw] && prefixWords[fw[len(string(r)):]] {
				// Arabic conjunctions and prepositions written onto the next word: "وقبل",
				// "وفي", "لعام" become two tokens.
				ts = append(ts, token{start: i, end: i + 1, kind: tWord, s: fw[:len(string(r))], space: space, para: nls >= 2})
				ts = append(ts, token{start: i + 1, end: j, kind: tWord, s: fw[len(string(r)):]})
			} else {
				ts = append(ts, token{start: i, end: j, kind: tWord, s: fw, space: space, para: nls >= 2, upper: unicode.IsUpper(r)})
			}
			i = j
		default:
			ts = append(ts, token{start: i, end: i + 1, kind: tPunct, s: string(r), space: space, para: nls >= 2})
			i++
		}
		space, nls = false, 0
	}
	return ts
}

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

func asciiDigits(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
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
