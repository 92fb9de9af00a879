// Package normalize turns decoded text into dossier's stored form and folds it into the matching
// form used by full-text search and name recognition, keeping a map from every folded rune back
// to its code-point offset in the stored text.
//
// Stored form (Text): leading byte-order marks are removed, CRLF and lone CR become LF, NUL and other
// C0 controls except tab and newline become spaces, and the result is in Unicode NFC. Nothing
// else changes: zero-width and bidi controls, quotes and letters stay as written, so a span in
// the stored text addresses the same characters as in an NFC, LF-terminated copy of the file.
//
// Matching form (Fold): lower case without diacritics; Azerbaijani and Turkish ə ı İ fold to e i
// i; Arabic and Persian letter variants (ي ی ى ئ, ك ک, ة ه, أ إ آ ٱ ا, ؤ و) fold to one letter;
// tatweel, harakat, hamza, zero-width and bidi controls disappear; Arabic-Indic digits become
// ASCII digits; apostrophes, quotes, dashes and spaces are unified.
package normalize

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text returns the stored form of decoded text (see the package comment).
func Text(s string) string {
	s = strings.TrimLeft(s, "\uFEFF") // every leading byte-order mark, so Text is idempotent
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' && c != '\t' {
			clean = false
			break
		}
	}
	if !clean {
		var b strings.Builder
		b.Grow(len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c == '\r':
				b.WriteByte('\n')
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
			case c < 0x20 && c != '\n' && c != '\t':
				b.WriteByte(' ')
			default:
				b.WriteByte(c)
			}
		}
		s = b.String()
	}
	// ASCII and the runes nfcSafe marks are NFC wherever they stand; only the part from the
	// rune before the first other one needs the full check.
	safe := nfcSafe()
	prev := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			prev = i
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r < nfcSafeLimit && r != utf8.RuneError && safe[r/64]&(1<<(r%64)) != 0 {
			prev = i
			i += n
			continue
		}
		if norm.NFC.IsNormalString(s[prev:]) {
			return s
		}
		return norm.NFC.String(s)
	}
	return s
}

// nfcSafeLimit bounds the runes nfcSafe describes: Latin, Greek, Cyrillic, Arabic and the
// general punctuation (quotes, dashes) of news text all lie below it.
const nfcSafeLimit = 0x3000

// nfcSafe returns a bit set of the runes below nfcSafeLimit that are in NFC alone (quick check
// Yes), have canonical combining class 0 and never combine with a rune before them. A text made
// of such runes and ASCII is in NFC, as nothing in it can compose or reorder; checking it with
// the tables of package norm costs several times as much as this look-up.
var nfcSafe = sync.OnceValue(func() *[nfcSafeLimit / 64]uint64 {
	var set [nfcSafeLimit / 64]uint64
	for r := rune(utf8.RuneSelf); r < nfcSafeLimit; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s) {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set
})

// Invisible reports whether r is a zero-width, bidi-control or soft-hyphen character that must
// never affect matching.
func Invisible(r rune) bool {
	switch {
	case r == 0x00AD, r == 0x034F, r == 0x061C, r == 0x180E, r == 0xFEFF:
		return true
	case r >= 0x200B && r <= 0x200F:
		return true
	case r >= 0x202A && r <= 0x202E:
		return true
	case r >= 0x2060 && r <= 0x2069:
		return true
	}
	return false
}

// foldTable caches the folded form of runes below tableSize; other runes are folded on the fly.
const tableSize = 0x3000

var foldTable = func() []string {
	t := make([]string, tableSize)
	for r := rune(0); r < tableSize; r++ {
		t[r] = foldSlow(r)
	}
	return t
}()

// FoldRune returns the matching form of one rune: usually one rune, sometimes none (marks,
// invisible characters) and for ligatures or presentation forms more than one.
func FoldRune(r rune) string {
	if r >= 0 && r < tableSize {
		return foldTable[r]
	}
	return foldSlow(r)
}

func foldSlow(r rune) string {
	if Invisible(r) {
		return ""
	}
	switch r {
	case 'İ', 'I', 'ı':
		return "i"
	case 'Ə', 'ə', 'Ә', 'ә':
		if r == 'Ә' || r == 'ә' {
			return "ә"
		}
		return "e"
	case 'ß':
		return "ss"
	case 'æ', 'Æ':
		return "ae"
	case 'ø', 'Ø':
		return "o"
	case 'đ', 'Đ':
		return "d"
	case 'ł', 'Ł':
		return "l"
	// Arabic and Persian letter variants.
	case 'ی', 'ى', 'ئ', 'ۍ', 'ې', 'ے':
		return "ي"
	case 'ک', 'ڪ':
		return "ك"
	case 'ة', 'ۀ', 'ە':
		return "ه"
	case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
		return "ا"
	case 'ؤ':
		return "و"
	case 'ء', 'ـ', 'ٔ', 'ٕ':
		return ""
	// Quotes, apostrophes, dashes.
	case '\u2018', '\u2019', '\u201B', '\u02BC', '\u02BB', '\u02BF', '\u02BE', '`', '\u00B4', '\u2032':
		return "'"
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033':
		return "\""
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return "-"
	}
	if r >= 0x0660 && r <= 0x0669 {
		return string('0' + r - 0x0660)
	}
	if r >= 0x06F0 && r <= 0x06F9 {
		return string('0' + r - 0x06F0)
	}
	if unicode.IsSpace(r) {
		if r == '\n' {
			return "\n"
		}
		return " "
	}
	if unicode.Is(unicode.Mn, r) {
		return ""
	}
	if r < 0x80 {
		return string(unicode.ToLower(r))
	}
	// Compatibility forms (Arabic presentation forms, ligatures, full-width letters) first,
	// then canonical decomposition without marks.
	d := norm.NFKD.String(string(r))
	var b strings.Builder
	for _, c := range d {
		if unicode.Is(unicode.Mn, c) || Invisible(c) {
			continue
		}
		if c != r {
			b.WriteString(foldSlow(c))
			continue
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}

// Fold returns the matching form of s.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b.WriteString(FoldRune(r))
		i += n
	}
	return b.String()
}

// FoldMap returns the matching form of s and, for each byte of it, the code-point offset in s of
// the rune it came from. The map has one more entry than the folded string, holding the number of
// runes in s, so that a folded byte range [i, j) maps to the source range [m[i], m[j]) — where a
// match ends inside a rune's expansion the end is rounded out to the whole rune by EndOffset.
func FoldMap(s string) (string, []int32) {
	var b strings.Builder
	b.Grow(len(s))
	m := make([]int32, 0, len(s)+1)
	cp := int32(0)
	for i := 0; i < len(s); cp++ {
		c := s[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			m = append(m, cp)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		f := FoldRune(r)
		b.WriteString(f)
		for range len(f) {
			m = append(m, cp)
		}
		i += n
	}
	m = append(m, cp)
	return b.String(), m
}

// EndOffset maps the exclusive end j of a folded byte range to a code-point offset in the
// source: one past the rune that produced folded byte j-1.
func EndOffset(m []int32, j int) int {
	if j <= 0 {
		return int(m[0])
	}
	return int(m[j-1]) + 1
}

// FoldWords returns the matching form of s with every character that is neither a letter, a
// digit nor ASCII turned into a space: the form the full-text index tokenises on ASCII
// separators, so that non-ASCII punctuation (« » ، … •) separates words too.
func FoldWords(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		for _, f := range FoldRune(r) {
			if f < 0x80 || unicode.IsLetter(f) || unicode.IsDigit(f) {
				b.WriteRune(f)
			} else {
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}
