package names

import (
	"strings"
	"unicode"

	"github.com/dossier-osint/dossier/normalize"
)

// Transliteration of further scripts found in sanctions and company registers: Greek
// (ELOT 743, simplified), Armenian and Georgian (their national romanisation systems), Hebrew
// (an abjad like Arabic: mapped onto the Arabic letters and read the same way) and Korean Hangul
// (syllable by syllable, Revised Romanization with the vowels eo and eu written o and u and an
// initial ㄱ written k, as Korean names usually appear in English: Kim, Jong, Un).

func greek(b *strings.Builder, w []rune, i int) int {
	r := w[i]
	var n rune
	if i+1 < len(w) {
		n = unicode.ToLower(w[i+1])
	}
	switch r {
	case 'ο':
		if n == 'υ' || n == 'ύ' {
			b.WriteString("ou")
			return 2
		}
		if n == 'ι' || n == 'ί' {
			b.WriteString("i")
			return 2
		}
	case 'α':
		if n == 'ι' || n == 'ί' {
			b.WriteString("e")
			return 2
		}
	case 'ε':
		if n == 'ι' || n == 'ί' {
			b.WriteString("i")
			return 2
		}
	case 'μ':
		if n == 'π' && i == 0 {
			b.WriteString("b")
			return 2
		}
	case 'ν':
		if n == 'τ' && i == 0 {
			b.WriteString("d")
			return 2
		}
	case 'γ':
		if n == 'κ' || n == 'γ' {
			b.WriteString("ng")
			return 2
		}
	}
	for _, c := range normalize.FoldRune(r) { // drops the tonos
		b.WriteString(greekLetter(c))
	}
	return 1
}

func greekLetter(r rune) string {
	const from = "αβγδεζηθικλμνξοπρσςτυφχψω"
	to := [...]string{"a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "ks", "o", "p", "r", "s", "s", "t", "y", "f", "kh", "ps", "o"}
	i := 0
	for _, c := range from {
		if c == r {
			return to[i]
		}
		i++
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return string(r)
	}
	return ""
}

var armenianLetters = map[rune]string{
	'ա': "a", 'բ': "b", 'գ': "g", 'դ': "d", 'ե': "e", 'զ': "z", 'է': "e", 'ը': "e", 'թ': "t",
	'ժ': "zh", 'ի': "i", 'լ': "l", 'խ': "kh", 'ծ': "ts", 'կ': "k", 'հ': "h", 'ձ': "dz", 'ղ': "gh",
	'ճ': "ch", 'մ': "m", 'յ': "y", 'ն': "n", 'շ': "sh", 'ո': "o", 'չ': "ch", 'պ': "p", 'ջ': "j",
	'ռ': "r", 'ս': "s", 'վ': "v", 'տ': "t", 'ր': "r", 'ց': "ts", 'ւ': "v", 'փ': "p", 'ք': "k",
	'օ': "o", 'ֆ': "f", 'և': "ev",
}

func armenian(b *strings.Builder, w []rune, i int) int {
	r := w[i]
	if r == 'ո' && i+1 < len(w) && unicode.ToLower(w[i+1]) == 'ւ' {
		b.WriteByte('u')
		return 2
	}
	if i == 0 && r == 'ե' {
		b.WriteString("ye")
		return 1
	}
	if i == 0 && r == 'ո' {
		b.WriteString("vo")
		return 1
	}
	b.WriteString(armenianLetters[r])
	return 1
}

var georgianLetters = map[rune]string{
	'ა': "a", 'ბ': "b", 'გ': "g", 'დ': "d", 'ე': "e", 'ვ': "v", 'ზ': "z", 'თ': "t", 'ი': "i",
	'კ': "k", 'ლ': "l", 'მ': "m", 'ნ': "n", 'ო': "o", 'პ': "p", 'ჟ': "zh", 'რ': "r", 'ს': "s",
	'ტ': "t", 'უ': "u", 'ფ': "p", 'ქ': "k", 'ღ': "gh", 'ყ': "q", 'შ': "sh", 'ჩ': "ch", 'ც': "ts",
	'ძ': "dz", 'წ': "ts", 'ჭ': "ch", 'ხ': "kh", 'ჯ': "j", 'ჰ': "h",
}

func georgian(r rune) string {
	if r >= 0x1C90 && r <= 0x1CBF { // Mtavruli capitals
		r = r - 0x1C90 + 0x10D0
	}
	return georgianLetters[r]
}

// hebrewToArabic maps Hebrew letters onto the Arabic letters that read the same, so that one
// abjad transliteration serves both. Niqqud and cantillation marks are dropped.
func hebrewToArabic(r rune) rune {
	switch r {
	case 'א':
		return 'ا'
	case 'ב':
		return 'ب'
	case 'ג':
		return 'گ'
	case 'ד':
		return 'د'
	case 'ה':
		return 'ه'
	case 'ו':
		return 'و'
	case 'ז':
		return 'ز'
	case 'ח':
		return 'ح'
	case 'ט':
		return 'ط'
	case 'י':
		return 'ي'
	case 'כ', 'ך':
		return 'ك'
	case 'ל':
		return 'ل'
	case 'מ', 'ם':
		return 'م'
	case 'נ', 'ן':
		return 'ن'
	case 'ס', 'צ', 'ץ':
		return 'س'
	case 'ע':
		return 'ع'
	case 'פ':
		return 'پ'
	case 'ף':
		return 'ف'
	case 'ק':
		return 'ق'
	case 'ר':
		return 'ر'
	case 'ש':
		return 'ش'
	case 'ת':
		return 'ت'
	}
	return 0
}

func translitHebrew(w string) string {
	var b strings.Builder
	for _, r := range w {
		if c := hebrewToArabic(r); c != 0 {
			b.WriteRune(c)
		}
	}
	return translitArabic(b.String())
}

var (
	hangulInitial = [...]string{"k", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulMedial  = [...]string{"a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"}
	hangulFinal   = [...]string{"", "k", "k", "ks", "n", "nj", "nh", "t", "l", "lk", "lm", "lb", "ls", "lt", "lp", "lh", "m", "p", "ps", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// hangul romanises a word of Hangul syllables. A three-syllable word is how Korean writes a
// full personal name (family name, two-syllable given name), which Latin writes as two or
// three words: it is split after the first syllable ("김정은": "kim jongun").
func hangul(w string) string {
	var syl []string
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			continue
		}
		s := int(r - 0xAC00)
		syl = append(syl, hangulInitial[s/588]+hangulMedial[(s%588)/28]+hangulFinal[s%28])
	}
	if len(syl) == 3 {
		return syl[0] + " " + syl[1] + syl[2]
	}
	return strings.Join(syl, "")
}
