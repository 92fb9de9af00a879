package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/normalize"
)

// Comparable returns the comparable form of a name: its words transliterated to lower-case Latin
// without diacritics, separated by single spaces.
//
//   - Latin: diacritics are removed; Azerbaijani and Turkish ə ı İ ğ ö ü become a i i g o u (ə as
//     English and Russian render it: Əliyev, Aliyev, Алиев), ş and ç become sh and ch, and in a
//     name written with Azerbaijani or Turkish letters c and x become j and kh (Cəfər: "jafar",
//     Xəlil: "khalil").
//   - Cyrillic (Russian and Azerbaijani) follows a plain scholarly-English scheme: х kh, ш sh,
//     ж zh, ц ts, ч ch, ю yu, я ya, һ h, ҹ j, ә a, ғ gh.
//   - Arabic and Persian script: letter variants are unified (ي ی ى, ك ک, a final ة or ه as
//     the vowel a, the hamza forms); tatweel, harakat and zero-width joiners disappear;
//     consonants get one Latin value each (خ kh, ش sh, ق q; ع nothing, or a at the start of a
//     word: علی "ali"); و and ي read as u and i between consonants and as w and y elsewhere.
//     Short vowels are not written in these scripts and are not invented: "قاسم" is "qasm".
//     Matching compares such words with unwritten vowels made cheap (see Skeleton).
//   - Greek, Armenian and Georgian by their usual romanisations, Hebrew as an abjad like Arabic,
//     Korean Hangul syllable by syllable (see scripts.go); Slavic Latin č š ž as ch sh zh.
//   - Apostrophes and ʿayn or hamza marks inside a word are dropped ("Husseini'yon" is
//     "husseiniyon"); hyphens and all other punctuation separate words.
//
// Other scripts (Han, kana, Devanagari ...) are folded (lower case, no marks) and kept as they
// are: they match only themselves.
func Comparable(s string) string {
	var b strings.Builder
	tk := turkicText(s)
	forEachWord(s, func(w string) {
		t, _ := translitWord(w, tk)
		if t == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	})
	return b.String()
}

// Tokens returns the words of the comparable form of s.
func Tokens(s string) []string {
	var out []string
	tk := turkicText(s)
	forEachWord(s, func(w string) {
		if t, _ := translitWord(w, tk); t != "" {
			out = append(out, strings.Fields(t)...)
		}
	})
	return out
}

// inWord reports whether r belongs to a word: letters, digits, combining marks, apostrophes and
// the invisible joiners and tatweel that may sit inside one.
func inWord(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '\'' || r == '`'
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) {
		return true
	}
	return isApostrophe(r) || r == 0x0640 || normalize.Invisible(r)
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '`', 0x2018, 0x2019, 0x201B, 0x02BC, 0x02BB, 0x02BF, 0x02BE, 0x00B4, 0x2032, 0x02B9, 0x02C8:
		return true
	}
	return false
}

// forEachWord calls f with each maximal run of word runes in s. Invalid UTF-8 separates words.
func forEachWord(s string, f func(string)) {
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start < 0 {
			return
		}
		f(s[start:end])
		i = end
	}
}

// nextWord returns the byte range of the first word of s at or after i, or -1, -1.
func nextWord(s string, i int) (int, int) {
	start := -1
	for i < len(s) {
		var r rune
		n := 1
		if c := s[i]; c < 0x80 {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		ok := inWord(r) && !(r == utf8.RuneError && n == 1)
		if ok && start < 0 {
			start = i
		}
		if !ok && start >= 0 {
			return start, i
		}
		i += n
	}
	if start >= 0 {
		return start, len(s)
	}
	return -1, -1
}

// script of a word, as far as transliteration is concerned.
const (
	scriptLatin = iota
	scriptCyrillic
	scriptArabic
	scriptGreek
	scriptArmenian
	scriptGeorgian
	scriptHebrew
	scriptHangul
)

func runeScript(r rune) int {
	switch {
	case r >= 0x0400 && r <= 0x052F, r >= 0x1C80 && r <= 0x1C8F, r >= 0x2DE0 && r <= 0x2DFF, r >= 0xA640 && r <= 0xA69F:
		return scriptCyrillic
	case r >= 0x0600 && r <= 0x06FF, r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08FF, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFF:
		return scriptArabic
	case r >= 0x0370 && r <= 0x03FF, r >= 0x1F00 && r <= 0x1FFF:
		return scriptGreek
	case r >= 0x0531 && r <= 0x058F:
		return scriptArmenian
	case r >= 0x10A0 && r <= 0x10FF, r >= 0x1C90 && r <= 0x1CBF:
		return scriptGeorgian
	case r >= 0x0590 && r <= 0x05FF:
		return scriptHebrew
	case r >= 0xAC00 && r <= 0xD7A3:
		return scriptHangul
	}
	return scriptLatin
}

// turkicText reports whether s uses letters of the Azerbaijani or Turkish alphabet, in which
// case c and x in any of its words read as j and kh ("Əli Xamenei").
func turkicText(s string) bool {
	for _, r := range s {
		switch r {
		case 'ə', 'Ə', 'ı', 'İ', 'ğ', 'Ğ', 'ş', 'Ş', 'ç', 'Ç', 'ö', 'Ö', 'ü', 'Ü':
			return true
		}
	}
	return false
}

// translitWord returns the comparable form of one word and whether it was written in Arabic
// script (an abjad: short vowels unwritten). turkic says the word belongs to a name written in
// the Azerbaijani or Turkish alphabet.
func translitWord(w string, turkic bool) (string, bool) {
	abjad, hebrew, korean, ascii := false, false, false, true
	for _, r := range w {
		if r >= 0x80 {
			ascii = false
		}
		switch runeScript(r) {
		case scriptArabic:
			abjad = true
		case scriptHebrew:
			hebrew = true
		case scriptHangul:
			korean = true
		}
	}
	if ascii && !turkic {
		var b strings.Builder
		b.Grow(len(w))
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case c >= 'A' && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				b.WriteByte(c)
			}
		}
		return b.String(), false
	}
	switch {
	case abjad:
		return translitArabic(w), true
	case hebrew:
		return translitHebrew(w), true
	case korean:
		return hangul(w), false
	}
	var b strings.Builder
	b.Grow(len(w) + 4)
	var rb [32]rune
	rs := append(rb[:0], []rune(w)...)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch runeScript(r) {
		case scriptCyrillic:
			b.WriteString(cyrillic(unicode.ToLower(r)))
		case scriptGreek:
			rs[i] = unicode.ToLower(r)
			i += greek(&b, rs, i)
			continue
		case scriptArmenian:
			rs[i] = unicode.ToLower(r)
			i += armenian(&b, rs, i)
			continue
		case scriptGeorgian:
			b.WriteString(georgian(r))
		default:
			latin(&b, r, turkic)
		}
		i++
	}
	return b.String(), false
}

func latin(b *strings.Builder, r rune, turkic bool) {
	switch r {
	case 'ə', 'Ə', 'ә', 'Ә':
		b.WriteByte('a') // English and Russian render it a: Əliyev Aliyev Алиев, Cəfər Jafar
	case 'ı', 'I', 'İ', 'i':
		b.WriteByte('i')
	case 'ş', 'Ş', 'ș', 'Ș':
		b.WriteString("sh")
	case 'ç', 'Ç':
		b.WriteString("ch")
	case 'ğ', 'Ğ':
		b.WriteByte('g')
	case 'č', 'Č', 'ć', 'Ć':
		b.WriteString("ch") // Slavic Latin and ISO 9: Ivanovič, Đoković
	case 'š', 'Š':
		b.WriteString("sh")
	case 'ž', 'Ž':
		b.WriteString("zh")
	case 'đ', 'Đ':
		b.WriteString("dj")
	case 'x', 'X':
		if turkic {
			b.WriteString("kh")
		} else {
			b.WriteByte('x')
		}
	case 'c', 'C':
		if turkic {
			b.WriteByte('j')
		} else {
			b.WriteByte('c')
		}
	default:
		for _, c := range normalize.FoldRune(r) {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				b.WriteRune(unicode.ToLower(c))
			}
		}
	}
}

func cyrillic(r rune) string {
	switch r {
	case 'а':
		return "a"
	case 'б':
		return "b"
	case 'в':
		return "v"
	case 'г', 'ґ', 'ҝ':
		return "g"
	case 'д':
		return "d"
	case 'е', 'э', 'є':
		return "e"
	case 'ә':
		return "a"
	case 'ё':
		return "yo"
	case 'ж':
		return "zh"
	case 'з', 'ҙ':
		return "z"
	case 'и', 'і', 'ӣ':
		return "i"
	case 'й', 'ј':
		return "y"
	case 'ї':
		return "yi"
	case 'к', 'қ':
		return "k"
	case 'л':
		return "l"
	case 'м':
		return "m"
	case 'н':
		return "n"
	case 'ң':
		return "ng"
	case 'о', 'ө':
		return "o"
	case 'п':
		return "p"
	case 'р':
		return "r"
	case 'с':
		return "s"
	case 'т':
		return "t"
	case 'у', 'ү', 'ұ', 'ў', 'ӯ':
		return "u"
	case 'ф':
		return "f"
	case 'х':
		return "kh"
	case 'һ', 'ҳ':
		return "h"
	case 'ц':
		return "ts"
	case 'ч':
		return "ch"
	case 'ҹ', 'ҷ':
		return "j"
	case 'ш':
		return "sh"
	case 'щ':
		return "shch"
	case 'ъ', 'ь':
		return ""
	case 'ы':
		return "y"
	case 'ю':
		return "yu"
	case 'я':
		return "ya"
	case 'ғ':
		return "gh"
	}
	var out []rune
	for _, c := range normalize.FoldRune(r) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			out = append(out, unicode.ToLower(c))
		}
	}
	return string(out)
}

// arabic letter classes after unification.
const (
	arAlef  = 'ا'
	arWaw   = 'و'
	arYa    = 'ي'
	arTaMar = 'ة'
)

// unifyArabic maps a rune of an Arabic-script word to its base letter, or 0 to drop it.
func unifyArabic(r rune) rune {
	switch r {
	case 'ی', 'ى', 'ې', 'ۍ', 'ے', 'ي':
		if r == 'ى' {
			return 'ى' // alef maqsura keeps its vowel value
		}
		return arYa
	case 'ک', 'ڪ', 'ك':
		return 'ك'
	case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ', 'ا':
		if r == 'إ' {
			return 'إ'
		}
		return arAlef
	case 'ؤ':
		return arWaw
	case 'ئ', 'ء', 'ٔ', 'ٕ', 'ـ', 'ع':
		return 0
	case 'ۀ', 'ە':
		return 'ه'
	}
	if r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x06D6 && r <= 0x06ED {
		return 0 // harakat and Quranic marks
	}
	if normalize.Invisible(r) || isApostrophe(r) || unicode.Is(unicode.M, r) {
		return 0
	}
	if r >= 0xFB50 && r <= 0xFEFF { // presentation forms
		for _, c := range normalize.FoldRune(r) {
			return unifyArabic(c)
		}
		return 0
	}
	return r
}

func arabicConsonant(r rune) string {
	switch r {
	case 'ب':
		return "b"
	case 'پ':
		return "p"
	case 'ت', 'ط':
		return "t"
	case 'ث':
		return "th"
	case 'ج':
		return "j"
	case 'چ':
		return "ch"
	case 'ح', 'ه':
		return "h"
	case 'خ':
		return "kh"
	case 'د':
		return "d"
	case 'ذ', 'ز', 'ض', 'ظ':
		return "z"
	case 'ر':
		return "r"
	case 'ژ':
		return "zh"
	case 'س', 'ص':
		return "s"
	case 'ش':
		return "sh"
	case 'غ':
		return "gh"
	case 'ف':
		return "f"
	case 'ڤ':
		return "v"
	case 'ق':
		return "q"
	case 'ك':
		return "k"
	case 'گ':
		return "g"
	case 'ل':
		return "l"
	case 'م':
		return "m"
	case 'ن':
		return "n"
	}
	if r >= 0x0660 && r <= 0x0669 {
		return string('0' + r - 0x0660)
	}
	if r >= 0x06F0 && r <= 0x06F9 {
		return string('0' + r - 0x06F0)
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return string(unicode.ToLower(r))
	}
	return ""
}

func isArabicVowelLetter(r rune) bool {
	return r == arAlef || r == arWaw || r == arYa || r == 'ى' || r == 'إ'
}

// arabicLetters returns the unified letters of an Arabic-script word (see unifyArabic).
func arabicLetters(w string, buf []rune) []rune {
	letters := buf[:0]
	for _, r := range w {
		if r == 'ع' && len(letters) == 0 {
			// A word-initial ʿayn carries a vowel that Latin writes: علی Ali, عمر Omar.
			letters = append(letters, arAlef)
			continue
		}
		if c := unifyArabic(r); c != 0 {
			letters = append(letters, c)
		}
	}
	// "الله" is written without its long vowel; spell it out so that Hezbollah-like names meet.
	if n := len(letters); n >= 4 && letters[n-4] == arAlef && letters[n-3] == 'ل' && letters[n-2] == 'ل' && letters[n-1] == 'ه' {
		letters = append(letters[:n-4], arAlef, 'ل', 'ل', arAlef, 'ه')
	}
	return letters
}

// phoneticArabic returns the phonetic form (see phonetic) of an Arabic-script or Hebrew word
// straight from its letters: one symbol per letter, so that letters that happen to stand side
// by side are never read as a Latin digraph (ز ه is z-h, not zh), and doubled consonants stay
// double (جلل, Jalil: the vowel between them is unwritten).
func phoneticArabic(w string) string {
	if strings.IndexFunc(w, func(r rune) bool { return runeScript(r) == scriptHebrew }) >= 0 {
		var hb strings.Builder
		for _, r := range w {
			if c := hebrewToArabic(r); c != 0 {
				hb.WriteRune(c)
			}
		}
		w = hb.String()
	}
	var buf [64]rune
	letters := arabicLetters(w, buf[:0])
	var ob [64]byte
	b := ob[:0]
	add := func(c byte) {
		if isVowel(c) && len(b) > 0 && b[len(b)-1] == c {
			return
		}
		b = append(b, c)
	}
	for i, r := range letters {
		prevVowel := i == 0 || isArabicVowelLetter(letters[i-1])
		last := i == len(letters)-1
		nextVowel := last || isArabicVowelLetter(letters[i+1])
		switch r {
		case arAlef, 'ى', arTaMar:
			if r == arTaMar && !last {
				add('t')
			} else {
				add('a')
			}
		case 'إ':
			add('i')
		case arWaw:
			if prevVowel || (!last && nextVowel) {
				add('v')
			} else {
				add('u')
			}
		case arYa:
			add('i')
		case 'ه':
			if last && i > 0 && letters[i-1] != arAlef {
				add('a')
			} else {
				add('h')
			}
		case 'ش':
			add('S')
		case 'چ':
			add('C')
		case 'خ', 'ح':
			add('h')
		case 'غ', 'ق', 'ك':
			add('k')
		case 'ث', 'ت', 'ط':
			add('t')
		case 'ذ', 'ز', 'ض', 'ظ':
			add('z')
		case 'ژ', 'ج':
			add('j')
		default:
			for _, c := range arabicConsonant(r) {
				if c < 0x80 {
					add(byte(c))
				}
			}
		}
	}
	if n := len(b); n > 2 && b[n-1] == 'h' && isVowel(b[n-2]) {
		b = b[:n-1]
	}
	if n := len(b); n > 3 && b[n-1] == 'a' && b[n-2] == 'i' {
		b = b[:n-1] // -iya and -iyeh alike, as in Latin forms (هنية, Haniyeh)
	}
	return string(b)
}

// translitArabic transliterates one Arabic-script word (see Comparable).
func translitArabic(w string) string {
	var buf [64]rune
	letters := arabicLetters(w, buf[:0])
	var b strings.Builder
	for i, r := range letters {
		prevVowel := i == 0 || isArabicVowelLetter(letters[i-1])
		last := i == len(letters)-1
		nextVowel := last || isArabicVowelLetter(letters[i+1])
		switch r {
		case arAlef:
			b.WriteByte('a')
		case 'إ':
			b.WriteByte('i')
		case 'ى':
			b.WriteByte('a')
		case arWaw:
			if prevVowel || (!last && nextVowel) {
				b.WriteByte('w')
			} else {
				b.WriteByte('u')
			}
		case arYa:
			if prevVowel || (!last && nextVowel) {
				b.WriteByte('y')
			} else {
				b.WriteByte('i')
			}
		case arTaMar:
			if last {
				b.WriteByte('a')
			} else {
				b.WriteByte('t')
			}
		case 'ه':
			if last && i > 0 && letters[i-1] != arAlef {
				b.WriteByte('a') // a final vowel, as ة: فاطمه and فاطمة "fatma", زاده "zada"
			} else {
				b.WriteByte('h')
			}
		default:
			b.WriteString(arabicConsonant(r))
		}
	}
	return b.String()
}
