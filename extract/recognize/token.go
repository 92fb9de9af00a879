package recognize

import (
	"unicode"

	"github.com/dossier-osint/dossier/normalize"
)

// Script classes of a token.
const (
	scriptOther byte = iota
	scriptLatin
	scriptCyrillic
	scriptArabic
)

// token is one word of the text: a maximal run of letters, marks and digits, with apostrophes
// between letters kept inside ("Husseini’yon", "Kata'ib"). Hyphens separate tokens; the gap
// between two tokens tells how they were joined.
type token struct {
	s, e   int    // code-point span of the word proper, without a possessive or case suffix
	full   int    // end of the whole written word, suffix included
	fold   string // normalize.Fold of the word proper
	lex    uint64 // the word lists fold belongs to (see set)
	script byte
	cap    bool // first letter is upper or title case
	upper  bool // every letter is upper case and there are at least two
	lower  bool // first letter is lower case
	digit  bool // starts with a digit
	poss   bool // an English possessive followed ('s, ’s)
	suffix string
	// Position: first word of its sentence or line, inside a heading, inside a table cell.
	initial bool
	heading bool
	line    int // index of the line the token is on
}

func isApos(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

// isJoiner reports an invisible character inside a word: the zero-width non-joiner Persian
// writes ("حزب‌الله"), or a zero-width or bidi mark that hostile or careless text puts inside a
// name to break matching. The folded form drops them; the span keeps them.
func isJoiner(r rune) bool { return normalize.Invisible(r) }

func scriptOf(r rune) byte {
	switch {
	case r < 0x80:
		if unicode.IsLetter(r) {
			return scriptLatin
		}
		return scriptOther
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	case unicode.Is(unicode.Cyrillic, r):
		return scriptCyrillic
	case unicode.Is(unicode.Arabic, r):
		return scriptArabic
	}
	return scriptOther
}

// tokenize splits rs into tokens. turkic enables Azerbaijani/Turkish suffix splitting after an
// apostrophe ("Bakı'da" → "Bakı"). It runs in one pass over rs.
func tokenize(out []token, rs []rune, turkic bool) []token {
	out = out[:0]
	line := 0
	n := len(rs)
	for i := 0; i < n; {
		r := rs[i]
		if r == '\n' {
			line++
			i++
			continue
		}
		if !isWordRune(r) {
			i++
			continue
		}
		start := i
		lastApos := -1
		j := i
		for j < n {
			c := rs[j]
			if isWordRune(c) {
				j++
				continue
			}
			if isJoiner(c) && j+1 < n && unicode.IsLetter(rs[j+1]) && j > start && unicode.IsLetter(rs[j-1]) {
				j++
				continue
			}
			if isApos(c) && j+1 < n && unicode.IsLetter(rs[j+1]) && j > start && unicode.IsLetter(rs[j-1]) {
				lastApos = j
				j++
				continue
			}
			break
		}
		// "U.S." and "U.K.": single capitals joined by full stops.
		if j-start == 1 && unicode.IsUpper(r) && j+2 < n && rs[j] == '.' && unicode.IsUpper(rs[j+1]) {
			k := j
			for k+1 < n && rs[k] == '.' && unicode.IsUpper(rs[k+1]) && (k+2 >= n || !isWordRune(rs[k+2])) {
				k += 2
			}
			if k < n && rs[k] == '.' && k > j {
				j = k + 1
			}
		}
		t := token{s: start, e: j, full: j, line: line, script: scriptOf(r)}
		if lastApos > 0 {
			suf := string(rs[lastApos+1 : j])
			fs := normalize.Fold(suf)
			switch {
			case fs == "s":
				t.poss, t.e = true, lastApos
			case turkic && turkicSuffixes.has(fs):
				t.suffix, t.e = fs, lastApos
			}
		}
		t.fold = foldWord(rs[t.s:t.e])
		t.lex = lexBits[t.fold]
		t.cap = unicode.IsUpper(r) || unicode.IsTitle(r)
		if t.cap {
			t.lex |= morphology(t.fold)
		}
		t.lower = unicode.IsLower(r)
		t.digit = unicode.IsDigit(r)
		letters, uppers := 0, 0
		for _, c := range rs[t.s:t.e] {
			if unicode.IsLetter(c) {
				letters++
				if unicode.IsUpper(c) {
					uppers++
				}
			}
		}
		t.upper = letters >= 2 && uppers == letters
		out = append(out, t)
		i = j
	}
	return out
}

// foldWord is normalize.Fold with a fast path for ASCII words, the bulk of most text.
func foldWord(w []rune) string {
	var buf [32]byte
	if len(w) <= len(buf) {
		b := buf[:0]
		for _, r := range w {
			if r >= 0x80 {
				return normalize.Fold(string(w))
			}
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		}
		return string(b)
	}
	return normalize.Fold(string(w))
}

// gap classifies the text between two adjacent tokens.
type gapKind byte

const (
	gapOther  gapKind = iota
	gapSpace          // spaces or tabs only
	gapHyphen         // a hyphen with no space around it
	gapDash           // a dash with spaces around it (" – ", " - ")
	gapAmp            // " & "
	gapDot            // ". " after an abbreviation ("Gen. Mohammad")
)

func gapBetween(rs []rune, a, b token) gapKind {
	from, to := a.full, b.s
	if a.full != a.e { // a suffix or possessive ends the name
		return gapOther
	}
	if to-from > 8 || to <= from {
		return gapOther
	}
	g := rs[from:to]
	if len(g) == 1 && (g[0] == '-' || g[0] == '‐' || g[0] == '‑') {
		return gapHyphen
	}
	spaces, dash, amp, dot := 0, 0, 0, 0
	for _, c := range g {
		switch c {
		case ' ', '\t', '\u00a0':
			spaces++
		case '\u200b', '\u200e', '\u200f', '\u2060', '\ufeff', '\u061c':
			// invisible marks between words do not separate a name
		case '–', '—', '-':
			dash++
		case '&':
			amp++
		case '.':
			dot++
		default:
			return gapOther
		}
	}
	switch {
	case dash == 0 && amp == 0 && dot == 0 && spaces > 0:
		return gapSpace
	case dash == 1 && amp == 0 && dot == 0 && spaces >= 2 && g[0] != '-' && g[len(g)-1] != '-':
		return gapDash
	case amp == 1 && dash == 0 && dot == 0 && spaces >= 2:
		return gapAmp
	case dot == 1 && g[0] == '.' && dash == 0 && amp == 0 && spaces >= 1:
		return gapDot
	}
	return gapOther
}
