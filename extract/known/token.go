package known

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/normalize"
)

// Rune classes. A word is a maximal run of word runes (letters, digits, combining marks), with
// invisible runes (zero-width and bidi controls, soft hyphen, tatweel) and apostrophes allowed
// between word runes. A word's key is its matching form (normalize.FoldRune per rune) without
// apostrophes and invisible runes.
const (
	cWord  uint8 = 1 << iota // letter, digit or mark
	cUpper                   // upper- or title-case letter
	cLower                   // lower-case letter
	cApos                    // apostrophe: inside a word only between word runes
	cInvis                   // invisible: inside a word, never at its edges
	cJoin                    // may separate the tokens of one name: space, hyphen, dash, NBSP
	cArab                    // Arabic script
	cCyrl                    // Cyrillic script
)

const classTableSize = 0x3000

var classTable = func() []uint8 {
	t := make([]uint8, classTableSize)
	for r := rune(0); r < classTableSize; r++ {
		t[r] = classifySlow(r)
	}
	return t
}()

func classOf(r rune) uint8 {
	if r >= 0 && r < classTableSize {
		return classTable[r]
	}
	return classifySlow(r)
}

func classifySlow(r rune) uint8 {
	var c uint8
	switch {
	case r == '\n' || r == '\r':
		// A line break may separate the parts of a name wrapped in a paragraph, but two
		// line breaks may not; see tokenizer.gap.
		return cJoin
	case r == 0x0640 || normalize.Invisible(r):
		return cInvis
	case isApostrophe(r):
		return cApos
	case r == '-' || r == 0x2010 || r == 0x2011 || r == 0x00A0 || r == 0x202F || r == 0x2007:
		return cJoin
	case unicode.IsSpace(r):
		return cJoin
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r):
		c = cWord
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			c |= cUpper
		} else if unicode.IsLower(r) {
			c |= cLower
		}
		switch {
		case r >= 0x0400 && r <= 0x052F:
			c |= cCyrl
		case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF,
			r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
			c |= cArab
		}
	}
	return c
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', 0x2018, 0x2019, 0x201B, 0x02BC, 0x02BB, 0x02BF, 0x02BE, 0x00B4, 0x2032, 0x02B9:
		return true
	}
	return false
}

// Token flags.
const (
	tUpper   uint8 = 1 << iota // first letter is upper case
	tAllCaps                   // at least two letters, none lower case
	tArab                      // first letter is Arabic script
	tCyrl                      // first letter is Cyrillic
	tJoined                    // the gap before this token may lie inside a name
	tLatin                     // first letter is neither Arabic nor Cyrillic
)

// token is one word of the text. Offsets are bytes (b0, b1) and code points (c0, c1) of the
// text, end exclusive; key is its matching form and hash the key's hash; apos is the key
// length before the last in-word apostrophe, or -1; long says the word was longer than
// maxKey bytes (its key is then cut and never looked up).
type token struct {
	b0, b1 int
	c0, c1 int
	key    []byte
	apos   int
	hash   uint64
	// ph[j&7] is the hash of key[:j] for the last eight j < len(key): stems ending near the
	// end of the word are hashed without rereading it.
	ph    [8]uint64
	flags uint8
	long  bool
	// loose key, computed on demand
	skel     string
	skelDone bool
	// aposCaps says the letters before the apostrophe are capitals ("IRGC's")
	aposCaps bool

	// candidate keys, filled on demand by the matcher
	ready bool
	nc    uint8
	cands [maxCands]cand
}

// maxKey is the longest key, in bytes, of a word that can match.
const maxKey = 255

// tokenizer splits text into tokens, one at a time.
type tokenizer struct {
	s  string
	i  int // byte offset
	cp int // code points before i
	// gap state since the previous token: only join runes seen, and at most one line break
	gapOK   bool
	breaks  int
	initial bool // the last word may be an initial or abbreviation followed by a dot
}

func (z *tokenizer) reset(s string) {
	z.s, z.i, z.cp = s, 0, 0
	z.gapOK, z.breaks, z.initial = false, 0, false
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// next scans the next token into t and reports whether there was one. Work is linear in the
// bytes scanned.
func (z *tokenizer) next(t *token) bool {
	s := z.s
	for z.i < len(s) {
		c := s[z.i]
		var r rune
		n := 1
		var cl uint8
		if c < utf8.RuneSelf {
			r = rune(c)
			cl = classTable[c]
		} else {
			r, n = utf8.DecodeRuneInString(s[z.i:])
			if r == utf8.RuneError && n == 1 {
				cl = 0
			} else {
				cl = classOf(r)
			}
		}
		if cl&cWord != 0 {
			z.word(t)
			return true
		}
		switch {
		case cl&cJoin != 0:
			if r == '\n' {
				z.breaks++
				if z.breaks > 1 {
					z.gapOK = false
				}
			}
		case cl&cInvis != 0:
		case r == '.' && z.initial:
			// "Q. Soleimani", "U.S. Treasury", "St. Petersburg": one dot after an initial
			// or a two-letter abbreviation stays inside a name.
			z.initial = false
		default:
			z.gapOK = false
		}
		z.i += n
		z.cp++
	}
	return false
}

// word scans a word starting at z.i.
func (z *tokenizer) word(t *token) {
	s := z.s
	t.b0, t.c0 = z.i, z.cp
	key := t.key[:0]
	t.apos = -1
	t.ready, t.nc, t.long, t.aposCaps, t.skelDone = false, 0, false, false, false
	var flags uint8
	if z.gapOK {
		flags |= tJoined
	}
	h := uint64(fnvOffset)
	letters, lowers := 0, 0
	endB, endC := z.i, z.cp // end of the last word rune
	for z.i < len(s) {
		c := s[z.i]
		var r rune
		n := 1
		var cl uint8
		if c < utf8.RuneSelf {
			r = rune(c)
			cl = classTable[c]
			if cl&cWord != 0 {
				if letters == 0 {
					if c >= 'A' && c <= 'Z' {
						flags |= tUpper
					}
					flags |= tLatin
				}
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
					letters++
				} else if c >= 'a' && c <= 'z' {
					letters++
					lowers++
				}
				if len(key) < maxKey {
					t.ph[len(key)&7] = h
					key = append(key, c)
					h = (h ^ uint64(c)) * fnvPrime
				} else {
					t.long = true
				}
				z.i++
				z.cp++
				endB, endC = z.i, z.cp
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(s[z.i:])
			if r == utf8.RuneError && n == 1 {
				break
			}
			cl = classOf(r)
		}
		if cl&cWord != 0 {
			if cl&(cUpper|cLower) != 0 {
				if letters == 0 {
					if cl&cUpper != 0 {
						flags |= tUpper
					}
					switch {
					case cl&cArab != 0:
						flags |= tArab
					case cl&cCyrl != 0:
						flags |= tCyrl
					default:
						flags |= tLatin
					}
				}
				letters++
				if cl&cLower != 0 {
					lowers++
				}
			} else if letters == 0 && cl&cArab != 0 {
				// Arabic letters have no case.
				flags |= tArab
				letters++
			} else if cl&cArab != 0 {
				letters++
			}
			f := normalize.FoldRune(r)
			for j := 0; j < len(f); j++ {
				if len(key) < maxKey {
					t.ph[len(key)&7] = h
					key = append(key, f[j])
					h = (h ^ uint64(f[j])) * fnvPrime
				} else {
					t.long = true
				}
			}
			z.i += n
			z.cp++
			endB, endC = z.i, z.cp
			continue
		}
		if cl&cInvis != 0 {
			z.i += n
			z.cp++
			continue
		}
		if cl&cApos != 0 && z.i+n < len(s) {
			r2, n2 := utf8.DecodeRuneInString(s[z.i+n:])
			if cl2 := classOf(r2); cl2&cWord != 0 && !(r2 == utf8.RuneError && n2 == 1) && endB == z.i {
				t.apos = len(key)
				t.aposCaps = letters >= 2 && lowers == 0 && flags&tArab == 0
				z.i += n
				z.cp++
				continue
			}
		}
		break
	}
	// Roll back over trailing invisible runes so the token ends at its last word rune.
	if z.i != endB {
		z.i, z.cp = endB, endC
	}
	t.b1, t.c1 = endB, endC
	t.key = key
	t.hash = h
	if letters >= 2 && lowers == 0 && flags&tArab == 0 {
		flags |= tAllCaps
	}
	t.flags = flags
	z.gapOK, z.breaks = true, 0
	z.initial = letters <= 2 && len(key) <= 2 && flags&tArab == 0
}

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// capsHash is the hash of the all-capitals key of a token: a 0x01 byte, then the key.
func capsHash(b []byte) uint64 {
	h := uint64(fnvOffset)
	h = (h ^ 1) * fnvPrime
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// locate returns the byte and code-point offsets in s of key byte k of token t: where the word
// rune that produced key byte k starts (end false), or just after the rune that produced key
// byte k-1 and any marks that follow it (end true).
func locate(s string, t *token, k int, end bool) (int, int) {
	if !end && k <= 0 {
		return t.b0, t.c0
	}
	if end && k >= len(t.key) {
		return t.b1, t.c1
	}
	n := 0
	b, c := t.b0, t.c0
	done := false
	for b < t.b1 {
		r, w := utf8.DecodeRuneInString(s[b:])
		cl := classOf(r)
		f := 0
		if cl&cWord != 0 {
			if r < utf8.RuneSelf {
				f = 1
			} else {
				f = len(normalize.FoldRune(r))
			}
		}
		if done {
			if cl&cWord == 0 || f > 0 {
				return b, c
			}
		} else if !end && f > 0 && n >= k {
			return b, c
		}
		n += f
		b += w
		c++
		if end && n >= k {
			done = true
		}
	}
	return t.b1, t.c1
}

// prefixHash returns the hash of t.key[:n], from the recorded hashes when n is near the end.
func (t *token) prefixHash(n int) uint64 {
	switch {
	case n == len(t.key):
		return t.hash
	case n < len(t.key) && len(t.key)-n <= 8:
		return t.ph[n&7]
	}
	return hashBytes(t.key[:n])
}

// extendHash continues hash h over b.
func extendHash(h uint64, b string) uint64 {
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * fnvPrime
	}
	return h
}
