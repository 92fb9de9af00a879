package known

import "bytes"

// Affixes. A name's last word may carry a case ending or a possessive that the stored name does
// not: Azerbaijani and Turkish attach case suffixes directly ("Bakıda", "İbrahimbəylinin") or
// after an apostrophe for proper nouns ("Tahran'da", "Qum'da"), English adds "'s", Russian
// declines ("в Тегеране", "Хезболлы"). Its first word may carry an Arabic or Persian clitic
// prefix: the conjunctions و and ف, the prepositions ب ل ك, the article ال and their
// combinations ("والحسينيون", "بطهران"). Keys are in the matching form (normalize.Fold), so the
// lists below hold folded spellings: ı ə ü ö ş ç ğ are i e u o s c g.

// turkicSuffixes are Azerbaijani and Turkish case, possessive and plural endings, longest
// first. Adjective-forming endings (-li, -lı: "Bakılı") are deliberately absent: an
// adjective is not a mention of the place.
var turkicSuffixes = sortLongestFirst([]string{
	"da", "de", "ta", "te", "dan", "den", "tan", "ten",
	"daki", "deki", "taki", "teki", "ndaki", "ndeki",
	"in", "un", "nin", "nun", "yin", "yun",
	"a", "e", "ya", "ye", "na", "ne",
	"i", "u", "yi", "yu", "ni", "nu",
	"nda", "nde", "ndan", "nden",
	"la", "le", "yla", "yle", "ile",
	"lar", "ler", "larin", "lerin", "lara", "lere", "larda", "lerde", "lardan", "lerden",
	"dir", "dur", "tir", "tur",
	"si", "su", "sini", "sinin", "sina", "sine", "sinda", "sinde",
})

// russianEndings are Russian noun and adjective case endings (folded: ё is е), longest first.
// The stem is tried alone ("Тегеран|е") and with a nominative ending restored ("Хезболл|ы" →
// "Хезболла", "Москв|е" → "Москва", "Исламск|ого государств|а" → "Исламское государство").
var russianEndings = sortLongestFirst([]string{
	"а", "я", "у", "ю", "е", "и", "ы", "ой", "ей", "ом", "ем", "ам", "ям", "ах", "ях",
	"ами", "ями", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ыми", "ими",
})

var russianRestore = []string{"", "а", "я", "й", "ь", "о", "е", "ое", "ий", "ый", "ая", "ой"}

// arabicPrefixes are clitic prefixes of Arabic and Persian words, longest first.
var arabicPrefixes = sortLongestFirst([]string{
	"و", "ف", "ب", "ل", "ك",
	"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
	"وب", "ول", "فب", "فل", "وك", "وبال", "فبال",
})

var article = []byte("ال")

// byLastByte groups suffixes by their last byte, so a word is compared only with the suffixes
// it can end with.
func byLastByte(l [][]byte) *[256][][]byte {
	var t [256][][]byte
	for _, s := range l {
		t[s[len(s)-1]] = append(t[s[len(s)-1]], s)
	}
	return &t
}

var (
	turkicByLast  = byLastByte(turkicSuffixes)
	russianByLast = byLastByte(russianEndings)
)

func sortLongestFirst(l []string) [][]byte {
	out := make([][]byte, len(l))
	for i, s := range l {
		out[i] = []byte(s)
	}
	// insertion sort: the lists are short and built once
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// cutArticle removes a leading Arabic article from a key when at least three letters remain.
func cutArticle(k []byte) ([]byte, bool) {
	if rest, ok := bytes.CutPrefix(k, article); ok && len(rest) >= 6 {
		return rest, true
	}
	return nil, false
}

// Minimum stem lengths in key bytes: a Latin stem keeps three letters before a suffix of two
// or more and four before a one-letter suffix ("Qum|da", "Bakı|da", but not "Ira|n"); Cyrillic
// and Arabic letters are two bytes each.
const (
	minStemLatin   = 3
	minStemLatin1  = 4
	minStemCyrl    = 6
	minStemArab    = 6
	maxAposSuffix  = 6
	maxStemsPerTok = 8
	maxStemsCyrl   = 24
)
