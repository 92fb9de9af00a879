package gazetteer

import (
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/normalize"
)

// Key returns the form under which Lookup and Find compare place names: the words of s in
// normalize.Fold form (lower case, no diacritics, Arabic and Persian letter variants unified),
// with apostrophes and invisible characters removed inside words and any run of other
// punctuation or space between words turned into one space. "Rostov-na-Donu" and
// "rostov na donu", "Ma'rib" and "Marib", "Bakı" and "Baki" have one key.
func Key(s string) string { return string(appendKey(make([]byte, 0, len(s)), s)) }

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

// foldRune folds one word rune, dropping apostrophes (which fold to "'").
func foldRune(r rune) string {
	if r < 0x80 {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return asciiStr[r]
		case r >= 'A' && r <= 'Z':
			return asciiStr[r+'a'-'A']
		}
		return ""
	}
	f := normalize.FoldRune(r)
	if f == "'" {
		return ""
	}
	return f
}

var asciiStr = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return t
}()

// wordRune reports whether r belongs inside a word: letters, digits, combining marks,
// apostrophes, tatweel and the invisible joiners that may sit inside an Arabic-script word.
func wordRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '\''
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) {
		return true
	}
	return apostrophe(r) || r == 0x0640 || normalize.Invisible(r)
}

func apostrophe(r rune) bool {
	switch r {
	case '\'', '`', 0x2018, 0x2019, 0x201B, 0x02BC, 0x02BB, 0x02BF, 0x02BE, 0x00B4, 0x2032:
		return true
	}
	return false
}

// script classes of a token, by its first letter.
const (
	scriptOther = iota
	scriptLatin
	scriptCyrillic
	scriptArabic
)

func scriptOf(r rune) int {
	switch {
	case r < 0x250:
		return scriptLatin
	case r >= 0x0400 && r < 0x0530:
		return scriptCyrillic
	case r >= 0x0600 && r < 0x0780, r >= 0x08A0 && r < 0x0900, r >= 0xFB50 && r < 0xFE00, r >= 0xFE70 && r < 0xFF00:
		return scriptArabic
	case unicode.Is(unicode.Latin, r):
		return scriptLatin
	}
	return scriptOther
}

// turkicLetter reports letters that only Azerbaijani or Turkish Latin spelling uses (ç ö ü are
// German, French and Swedish letters too).
func turkicLetter(r rune) bool {
	switch r {
	case 'ə', 'Ə', 'ı', 'İ', 'ğ', 'Ğ', 'ş', 'Ş':
		return true
	}
	return false
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }
