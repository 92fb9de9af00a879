package synth

import (
	"unicode"
	"unicode/utf8"
)

// scheme is a spelling system a name is rendered in.
type scheme uint8

const (
	schEn    scheme = iota // English transliteration (several variants)
	schAz                  // Azerbaijani Latin
	schTr                  // Turkish Latin
	schRu                  // Russian Cyrillic
	schAzCyr               // Azerbaijani Cyrillic (pre-1991 spelling, still seen)
	schFa                  // Persian script
	schAr                  // Arabic script
	numSchemes
)

// schemeLang is the document language each scheme suits.
var schemeLang = [numSchemes]string{"en", "az", "tr", "ru", "az", "fa", "ar"}

// English spelling knobs. Rendering with a knob set picks the alternative spelling of the
// feature; the base spelling has none set. Each knob is one way real transliterations disagree.
const (
	kSchwa    uint32 = 1 << iota // ə: a → e              (Mammadov / Memmedov)
	kFinal                       // final ə: a ↔ eh        (Fatima / Fatimeh)
	kQGh                         // q → gh                 (Qasem / Ghasem)
	kQK                          // q → k                  (Qasem / Kasem)
	kKh                          // x → h                  (Khalil / Halil)
	kLongI                       // ī → ee                 (Tawhid / Tawheed)
	kLongU                       // ū → ou                 (Husseiniyun / Husseiniyoun)
	kCollapse                    // geminate written once  (-iyyun / -iyun)
	kDoubleS                     // intervocalic s doubled (Husein / Hussein)
	kEy                          // ey → ei                (Huseyn / Husein)
	kEyAy                        // ey → ay                (Huseyn / Husayn)
	kApos                        // ' dropped              (Ja'far / Jafar)
	kYe                          // iye → ie               (Aliyev / Aliev)
	kArticle                     // al- → el-              (al-Tamimi / el-Tamimi)
	kZh                          // j → zh                 (Nejad / Nezhad)
	kOo                          // ū → oo                 (Musa / Moosa)
	kIbn                         // bin → ibn
	kOgly                        // oglu → ogly, qizi → kyzy (spellings taken over from Russian)
	kHead                        // the organisation word in another spelling (Kataib / Kata'ib)
	kSplit                       // a compound written as two words (Ibrahimbeyli / Ibrahim Beyli)
	kVowelO                      // a first ə or ü written o, as Persian-based spellings do (Mohammad, Hossein)
	numKnobs  = iota
)

func isVowel(c rune) bool {
	switch c {
	case 'a', 'ā', 'e', 'ə', 'i', 'ī', 'ı', 'o', 'ö', 'u', 'ū', 'ü':
		return true
	}
	return false
}

func isConsonant(c rune) bool { return c != 0 && c != '\'' && !isVowel(c) }

// at returns w[i], or 0 outside w.
func at(w []rune, i int) rune {
	if i < 0 || i >= len(w) {
		return 0
	}
	return w[i]
}

// out accumulates one rendering, upper-casing the first letter of a word when asked.
type out struct {
	b     []byte
	upper bool // the next letter written starts a capitalised word
	turk  bool // capitalise i as İ and ı as I
}

func (o *out) str(s string) {
	if o.upper {
		o.strUpper(s)
		return
	}
	o.b = append(o.b, s...)
}

func (o *out) strUpper(s string) {
	if s != "" {
		r, n := utf8.DecodeRuneInString(s)
		o.rune(r)
		s = s[n:]
	}
	o.b = append(o.b, s...)
}

func (o *out) rune(r rune) {
	if !o.upper && r < utf8.RuneSelf {
		o.b = append(o.b, byte(r))
		return
	}
	o.runeSlow(r)
}

func (o *out) runeSlow(r rune) {
	if o.upper {
		o.upper = false
		switch {
		case o.turk && r == 'i':
			r = 'İ'
		case o.turk && r == 'ı':
			r = 'I'
		default:
			r = unicode.ToUpper(r)
		}
	}
	o.b = utf8.AppendRune(o.b, r)
}

// enWord writes w in English transliteration with the given knobs and records in used which
// knobs could change it. sState carries whether an s has already been doubled in this name.
func enWord(o *out, w []rune, knobs uint32, used *uint32, sDoubled *bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isConsonant(c) && c == at(w, i+1) {
			*used |= kCollapse
			if knobs&kCollapse != 0 {
				i++ // write the geminate once
			}
		}
		prev, next := at(w, i-1), at(w, i+1)
		switch c {
		case 'ə':
			if i == len(w)-1 && i > 0 {
				*used |= kFinal
				eh := prev == 'd' // -zadə is written -zadeh
				if knobs&kFinal != 0 {
					eh = !eh
				}
				if eh {
					o.str("eh")
				} else {
					o.str("a")
				}
				continue
			}
			*used |= kSchwa
			if oVowel(w, i) {
				*used |= kVowelO
			}
			switch {
			case knobs&kVowelO != 0 && oVowel(w, i):
				o.str("o")
			case knobs&kSchwa != 0:
				o.str("e")
			default:
				o.str("a")
			}
		case 'e':
			if next == 'y' && !isVowel(at(w, i+2)) {
				*used |= kEy | kEyAy
				switch {
				case knobs&kEy != 0:
					o.str("ei")
				case knobs&kEyAy != 0:
					o.str("ay")
				default:
					o.str("ey")
				}
				i++
				continue
			}
			o.str("e")
		case 'q':
			*used |= kQGh | kQK
			switch {
			case knobs&kQGh != 0:
				o.str("gh")
			case knobs&kQK != 0:
				o.str("k")
			default:
				o.str("q")
			}
		case 'x':
			*used |= kKh
			if knobs&kKh != 0 {
				o.str("h")
			} else {
				o.str("kh")
			}
		case 'ş':
			o.str("sh")
		case 'ç':
			o.str("ch")
		case 'c':
			o.str("j")
		case 'ğ':
			o.str("gh")
		case 'j':
			*used |= kZh
			if knobs&kZh != 0 {
				o.str("zh")
			} else {
				o.str("j")
			}
		case 'ı':
			o.str("i")
		case 'ö':
			o.str("o")
		case 'ü':
			if oVowel(w, i) {
				*used |= kVowelO
			}
			if knobs&kVowelO != 0 && oVowel(w, i) {
				o.str("o")
			} else {
				o.str("u")
			}
		case 'ā':
			o.str("a")
		case 'ī':
			*used |= kLongI
			if knobs&kLongI != 0 {
				o.str("ee")
			} else {
				o.str("i")
			}
		case 'ū':
			*used |= kLongU | kOo
			switch {
			case knobs&kLongU != 0:
				o.str("ou")
			case knobs&kOo != 0:
				o.str("oo")
			default:
				o.str("u")
			}
		case 'ḥ':
			o.str("h")
		case '\'':
			if i == 0 || i == len(w)-1 {
				continue // initial and final ayn/hamza are not written in English
			}
			*used |= kApos
			if knobs&kApos == 0 {
				o.str("'")
			}
		case 'y':
			if (prev == 'i' || prev == 'ī') && next == 'e' {
				*used |= kYe
				if knobs&kYe != 0 {
					continue
				}
			}
			o.str("y")
		default:
			if c == 's' && !*sDoubled && isVowel(prev) && isVowel(next) {
				*used |= kDoubleS
				if knobs&kDoubleS != 0 {
					*sDoubled = true
					o.str("ss")
					continue
				}
			}
			o.rune(c)
		}
	}
}

// latinWord writes w in Azerbaijani (tr false) or Turkish (tr true) Latin.
func latinWord(o *out, w []rune, tr bool) {
	for i, c := range w {
		switch c {
		case '\'':
			if i == 0 {
				continue // Ə'li is written Əli
			}
		case 'ā':
			c = 'a'
		case 'ī':
			c = 'i'
		case 'ū':
			c = 'u'
		case 'ḥ':
			c = 'h'
		case 'w':
			c = 'v'
		}
		if tr {
			switch c {
			case 'ə':
				c = 'e'
			case 'x':
				c = 'h'
			case 'q':
				c = 'k'
			case '\'':
				continue
			}
		}
		o.rune(c)
	}
}

// ruWord writes w in Russian Cyrillic, following the usual Soviet renderings of Azerbaijani and
// Arabic names (h → г, ə → а, soft l before consonants).
func ruWord(o *out, w []rune) {
	for i := 0; i < len(w); i++ {
		c, prev, next := w[i], at(w, i-1), at(w, i+1)
		var s string
		switch c {
		case 'a', 'ā':
			s = "а"
		case 'ə':
			if i == len(w)-1 {
				s = "е"
			} else {
				s = "а"
			}
		case 'e':
			if i == 0 || isVowel(prev) {
				s = "э"
			} else {
				s = "е"
			}
		case 'i', 'ī':
			s = "и"
		case 'ı':
			s = "ы"
		case 'o', 'ö':
			s = "о"
		case 'u', 'ū':
			s = "у"
		case 'ü':
			switch prev {
			case 'h', 'ḥ', 'q', 'g', 'k', 'x':
				s = "у"
			default:
				s = "ю"
			}
		case 'b':
			s = "б"
		case 'c':
			s = "дж"
		case 'ç':
			s = "ч"
		case 'd':
			s = "д"
		case 'f':
			s = "ф"
		case 'g', 'ğ':
			s = "г"
		case 'h', 'ḥ':
			if isConsonant(prev) || isConsonant(next) || next == 0 {
				s = "х"
			} else {
				s = "г"
			}
		case 'x':
			s = "х"
		case 'j':
			s = "ж"
		case 'k':
			s = "к"
		case 'q':
			if isConsonant(next) || next == 0 {
				s = "к"
			} else {
				s = "г"
			}
		case 'l':
			if isConsonant(next) && next != 'l' && next != 'y' {
				s = "ль"
			} else {
				s = "л"
			}
		case 'm':
			s = "м"
		case 'n':
			s = "н"
		case 'p':
			s = "п"
		case 'r':
			s = "р"
		case 's':
			s = "с"
		case 'ş':
			s = "ш"
		case 't':
			s = "т"
		case 'v', 'w':
			s = "в"
		case 'z':
			s = "з"
		case 'y':
			switch next {
			case 'a', 'ā':
				s = "я"
				i++
			case 'u', 'ū', 'ü':
				s = "ю"
				i++
			case 'e', 'ə':
				s = "е"
				i++
			case 'o':
				s = "ё"
				i++
			default:
				s = "й"
			}
		case '\'':
			continue
		default:
			o.rune(c)
			continue
		}
		o.str(s)
	}
}

// azCyrWord writes w in Azerbaijani Cyrillic.
func azCyrWord(o *out, w []rune) {
	for _, c := range w {
		var s string
		switch c {
		case 'a', 'ā':
			s = "а"
		case 'ə':
			s = "ә"
		case 'e':
			s = "е"
		case 'i', 'ī':
			s = "и"
		case 'ı':
			s = "ы"
		case 'o':
			s = "о"
		case 'ö':
			s = "ө"
		case 'u', 'ū':
			s = "у"
		case 'ü':
			s = "ү"
		case 'b':
			s = "б"
		case 'c':
			s = "ҹ"
		case 'ç':
			s = "ч"
		case 'd':
			s = "д"
		case 'f':
			s = "ф"
		case 'g':
			s = "ҝ"
		case 'ğ':
			s = "ғ"
		case 'h', 'ḥ':
			s = "һ"
		case 'x':
			s = "х"
		case 'j':
			s = "ж"
		case 'k':
			s = "к"
		case 'q':
			s = "г"
		case 'l':
			s = "л"
		case 'm':
			s = "м"
		case 'n':
			s = "н"
		case 'p':
			s = "п"
		case 'r':
			s = "р"
		case 's':
			s = "с"
		case 'ş':
			s = "ш"
		case 't':
			s = "т"
		case 'v', 'w':
			s = "в"
		case 'z':
			s = "з"
		case 'y':
			s = "ј"
		case '\'':
			continue
		default:
			o.rune(c)
			continue
		}
		o.str(s)
	}
}

// arabicWord writes w in Persian (fa) or Arabic script. Short vowels are not written, except
// at the start of a word (alef), o/ö inside a word and final vowels, as the scripts do.
func arabicWord(o *out, w []rune, fa bool) {
	ye, ke := "ي", "ك"
	if fa {
		ye, ke = "ی", "ک"
	}
	for i := 0; i < len(w); i++ {
		c, prev := w[i], at(w, i-1)
		last := i == len(w)-1
		var s string
		switch c {
		case 'a', 'ə', 'e', 'ı', 'i', 'u', 'ü', 'o', 'ö':
			switch {
			case i == 0:
				switch {
				case c == 'o' || c == 'ö':
					s = "او"
				case !fa && (c == 'i' || c == 'ı'):
					s = "إ"
				case !fa && (c == 'u' || c == 'ü'):
					s = "أ"
				case !fa:
					s = "أ"
				default:
					s = "ا"
				}
			case prev == '\'':
				continue
			case last && (c == 'a' || c == 'ə' || c == 'e'):
				s = "ه"
			case last && (c == 'i' || c == 'ı'):
				s = ye
			case last || c == 'o' || c == 'ö':
				s = "و"
			default:
				continue
			}
		case 'ā':
			if i == 0 {
				s = "آ"
			} else {
				s = "ا"
			}
		case 'ī':
			if i == 0 {
				s = "ا" + ye
			} else {
				s = ye
			}
		case 'ū':
			if i == 0 {
				s = "او"
			} else {
				s = "و"
			}
		case 'b':
			s = "ب"
		case 'p':
			s = "پ"
			if !fa {
				s = "ب"
			}
		case 't':
			s = "ت"
		case 'c':
			s = "ج"
		case 'ç':
			s = "چ"
			if !fa {
				s = "تش"
			}
		case 'x':
			s = "خ"
		case 'ḥ':
			s = "ح"
		case 'd':
			s = "د"
		case 'r':
			s = "ر"
		case 'z':
			s = "ز"
		case 'j':
			s = "ژ"
			if !fa {
				s = "ج"
			}
		case 's':
			s = "س"
		case 'ş':
			s = "ش"
		case 'ğ':
			s = "غ"
		case 'f':
			s = "ف"
		case 'q':
			s = "ق"
		case 'k':
			s = ke
		case 'g':
			s = "گ"
			if !fa {
				s = "ج"
			}
		case 'l':
			s = "ل"
		case 'm':
			s = "م"
		case 'n':
			s = "ن"
		case 'v', 'w':
			s = "و"
		case 'h':
			s = "ه"
		case 'y':
			if prev == 'ī' {
				continue // īy is one letter
			}
			s = ye
		case '\'':
			if last {
				s = "ء"
			} else {
				s = "ع"
			}
		default:
			o.rune(c)
			continue
		}
		if c == prev && isConsonant(c) {
			continue // geminates are written once (shadda is left out, as in most print)
		}
		o.str(s)
	}
}

var (
	splitSuffixes = [][]rune{[]rune("zādə"), []rune("zāde"), []rune("bəyli"), []rune("xanlı")}
	splitPrefix   = []rune("'əbdul")
)

// splitPoint returns where English spellings sometimes break a compound name in two
// ("Hasan Zadeh", "Ibrahim Beyli", "Abdul Rahman"), or 0.
func splitPoint(w []rune) int {
	for _, suf := range splitSuffixes {
		if n := len(w) - len(suf); n >= 3 && string(w[n:]) == string(suf) {
			return n
		}
	}
	if len(w) > len(splitPrefix)+3 && string(w[:len(splitPrefix)]) == string(splitPrefix) {
		return len(splitPrefix)
	}
	return 0
}

// oVowel reports whether w[i] is the first vowel of w and follows an initial m or h, where
// Persian-based English spellings write o (Mohammad, Hossein).
func oVowel(w []rune, i int) bool {
	return i == 1 && (w[0] == 'm' || w[0] == 'h' || w[0] == 'ḥ')
}
