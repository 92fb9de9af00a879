// Package lang guesses the languages and scripts of a text with small hand-written rules over
// letter frequencies and short stopword lists. It knows English, Azerbaijani (Latin and
// Cyrillic), Turkish, Russian, Ukrainian, Persian and Arabic, the languages dossier's sources are
// written in; anything else is "und" (undetermined), which is an honest answer rather than a
// wrong one.
//
// Detect is pure and safe for concurrent use. It reads at most a bounded sample of the text for
// the language decision (see sampleSize) and scans the whole text once for script counts.
package lang

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Und is the code for an undetermined language.
const Und = "und"

// Result is what Detect found.
type Result struct {
	Lang    string   `json:"lang"`              // ISO 639-1 code of the main language, or "und"
	Langs   []string `json:"langs,omitempty"`   // Lang and other known languages making up more than 20% of the sampled letters, most first
	Scripts []string `json:"scripts,omitempty"` // ISO 15924 codes of scripts making up at least 1% of the letters, most first
}

const (
	// sampleSize bounds the text read for the language decision: the head of the text, and for
	// long texts a few windows spread over the rest so that a document whose second half is in
	// another language still reports it.
	sampleSize = 8 << 10
	windowSize = 2 << 10
	windows    = 4

	// chunkLetters is the number of letters after which a line ends a chunk. Shorter lines
	// (headings, bylines) are merged with the following ones so each decision has evidence.
	chunkLetters = 120

	langShare   = 0.20
	scriptShare = 0.01
)

// Script indexes.
const (
	sLatn = iota
	sCyrl
	sArab
	sGrek
	sHebr
	sArmn
	sGeor
	sHani
	sKana
	sHang
	sDeva
	sThai
	sOther
	nScripts
)

var scriptNames = [nScripts]string{"Latn", "Cyrl", "Arab", "Grek", "Hebr", "Armn", "Geor", "Hani", "Kana", "Hang", "Deva", "Thai", ""}

// Languages given to the scripts that do not need a closer look. Han without kana is taken as
// Chinese; Kana as Japanese.
var scriptLang = [nScripts]string{sGrek: "el", sHebr: "he", sArmn: "hy", sGeor: "ka", sHani: "zh", sKana: "ja", sHang: "ko", sThai: "th"}

// scriptOf returns the script index of a letter r (r >= 0x80), or -1 for non-letters.
func scriptOf(r rune) int {
	switch {
	case r < 0x02B0: // Latin-1, Latin Extended-A and -B, IPA (ə is U+0259)
		if r >= 0xC0 && r != 0xD7 && r != 0xF7 {
			return sLatn
		}
		if r == 0xAA || r == 0xBA || r == 0xB5 {
			return sLatn
		}
		return -1
	case r < 0x0370:
		return -1 // spacing modifiers, combining marks
	case r < 0x0400:
		return sGrek
	case r < 0x0530:
		return sCyrl
	case r < 0x0590:
		return sArmn
	case r < 0x0600:
		return sHebr
	case r < 0x0700:
		if isArabicLetter(r) {
			return sArab
		}
		return -1
	case r >= 0x0750 && r < 0x0780, r >= 0x08A0 && r < 0x0900, r >= 0xFB50 && r < 0xFE00, r >= 0xFE70 && r < 0xFF00:
		return sArab
	case r >= 0x0900 && r < 0x0980:
		return sDeva
	case r >= 0x0E00 && r < 0x0E80:
		return sThai
	case r >= 0x10A0 && r < 0x1100:
		return sGeor
	case r >= 0x1100 && r < 0x1200, r >= 0xAC00 && r < 0xD7B0:
		return sHang
	case r >= 0x1C80 && r < 0x1C90, r >= 0x2DE0 && r < 0x2E00, r >= 0xA640 && r < 0xA6A0:
		return sCyrl
	case r >= 0x1E00 && r < 0x1F00, r >= 0x2C60 && r < 0x2C80, r >= 0xA720 && r < 0xA800, r >= 0xFF21 && r < 0xFF5B:
		if unicode.IsLetter(r) {
			return sLatn
		}
		return -1
	case r >= 0x1F00 && r < 0x2000:
		return sGrek
	case r >= 0x3040 && r < 0x3100:
		return sKana
	case r >= 0x3400 && r < 0xA000, r >= 0x20000 && r < 0x32000:
		return sHani
	}
	if unicode.IsLetter(r) {
		return sOther
	}
	return -1
}

// isArabicLetter reports whether r in U+0600–U+06FF is a letter (not a digit, mark or sign).
func isArabicLetter(r rune) bool {
	switch {
	case r >= 0x0620 && r <= 0x064A:
		return r != 0x0640 // tatweel
	case r >= 0x066E && r <= 0x06D3:
		return true
	case r == 0x06D5, r >= 0x06EE && r <= 0x06EF, r >= 0x06FA && r <= 0x06FC, r == 0x06FF:
		return true
	}
	return false
}

// Detect returns the main language, the languages and the scripts of text. An empty text or one
// without letters gives Lang "und" and no Langs or Scripts.
func Detect(text string) Result {
	res := Result{Lang: Und}
	var counts [nScripts]int
	d := detector{wstart: -1}
	if len(text) <= sampleSize+windows*windowSize {
		// The sample is the whole text: its letter counts are the script counts.
		d.scan(text)
		for s := range d.all {
			counts[s] = d.all[s].letters
		}
		for s, n := range d.other {
			counts[s] += n
		}
	} else {
		countScripts(text, &counts)
		d.scan(cut(text, 0, sampleSize))
		step := (len(text) - sampleSize) / windows
		for i := 1; i <= windows; i++ {
			start := sampleSize + i*step - windowSize
			d.scan(cut(text, start, start+windowSize))
		}
	}
	total := 0
	for _, c := range counts {
		total += c
	}
	if total == 0 {
		return res
	}
	res.Scripts = scriptsOf(&counts, total)
	d.decide(&res)
	return res
}

// cut returns text[i:j] moved forward to the nearest whitespace, so no word or rune is split.
func cut(text string, i, j int) string {
	if j > len(text) {
		j = len(text)
	}
	i = nextSpace(text, i)
	j = nextSpace(text, j)
	if i >= j {
		return ""
	}
	return text[i:j]
}

// decode is utf8.DecodeRuneInString with an inline path for the two-byte sequences that
// Cyrillic, Arabic, Greek and accented Latin letters use.
func decode(text string, i int) (rune, int) {
	c := text[i]
	if c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(text[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(text[i:])
}

// lower is unicode.ToLower with shortcuts for the scripts that matter here.
func lower(r rune) rune {
	switch {
	case r >= 0x0600 && r < 0x0700:
		return r // Arabic has no case
	case r >= 0x0410 && r < 0x0430:
		return r + 0x20
	case r >= 0x0430 && r < 0x0460:
		return r
	case r >= 0x0400 && r < 0x0410:
		return r + 0x50
	}
	return unicode.ToLower(r)
}

func nextSpace(text string, i int) int {
	if i <= 0 {
		return 0
	}
	for lim := i + 64; i < len(text) && i < lim; i++ {
		if c := text[i]; c == ' ' || c == '\n' || c == '\t' {
			return i
		}
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// countScripts counts the letters of each script in the whole text. ASCII is counted byte by
// byte; other runes are decoded. This is the only full pass over the text.
func countScripts(text string, counts *[nScripts]int) {
	latin := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 {
			if (c|0x20)-'a' < 26 {
				latin++
			}
			i++
			continue
		}
		r, n := decode(text, i)
		i += n
		if s := scriptOf(r); s >= 0 {
			counts[s]++
		}
	}
	counts[sLatn] += latin
}

func scriptsOf(counts *[nScripts]int, total int) []string {
	type sc struct{ s, n int }
	var list []sc
	for s, n := range counts {
		if n > 0 && s != sOther && float64(n) >= scriptShare*float64(total) {
			list = append(list, sc{s, n})
		}
	}
	sort.SliceStable(list, func(i, j int) bool { return list[i].n > list[j].n })
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = scriptNames[x.s]
	}
	return out
}

// Languages scored by rules.
const (
	en = iota
	az
	tr
	ru
	uk
	fa
	ar
	nLangs
)

var langCodes = [nLangs]string{"en", "az", "tr", "ru", "uk", "fa", "ar"}

// stopwords maps a lower-case word to the set (bit i = language i) of languages in which it is a
// frequent function word. Words shared by Azerbaijani and Turkish count for both; words shared
// with languages dossier does not detect (French "de") are left out.
var stopwords = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(l int, words ...string) {
		for _, w := range words {
			m[w] |= 1 << l
		}
	}
	add(en, "the", "and", "of", "to", "in", "is", "was", "that", "for", "on", "with", "by", "as",
		"are", "from", "it", "his", "he", "has", "have", "were", "which", "an", "this", "be", "at",
		"not", "their", "its", "they", "after", "had", "been", "who", "said", "also", "but", "or",
		"will", "into", "than", "according")
	add(az, "və", "bu", "ilə", "üçün", "olan", "ki", "də", "olub", "edən", "həm", "isə", "görə",
		"qədər", "artıq", "həmçinin", "tərəfindən", "barədə", "onun", "onlar", "deyib", "bildirib",
		"ildə", "kimi", "çox", "lakin", "amma", "olaraq", "etmişdir", "edib", "haqqında", "əsasən",
		"sonra", "daha")
	add(tr, "ve", "bu", "ile", "için", "olan", "ki", "olarak", "gibi", "çok", "kadar", "göre",
		"tarafından", "ise", "değil", "veya", "yılında", "oldu", "eden", "ancak", "olduğu",
		"olduğunu", "etti", "ettiği", "şu", "sonra", "daha", "hakkında", "üzere", "ayrıca")
	add(ru, "и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "к", "для", "от", "о",
		"он", "она", "но", "был", "была", "были", "также", "его", "их", "который", "которые",
		"году", "а", "у", "же", "при", "после", "года", "было")
	add(uk, "і", "та", "що", "на", "як", "це", "від", "до", "його", "які", "був", "була", "були",
		"також", "її", "після", "року", "для", "не", "з", "у", "в")
	add(az, "вә", "бу", "илә", "үчүн", "олан", "ки", "дә", "һәм", "исә", "сонра", "кими", "даһа")
	add(fa, "است", "این", "که", "كه", "را", "می", "مي", "در", "از", "به", "با", "آن", "برای",
		"براي", "شد", "شده", "بود", "نیز", "نيز", "تا", "هم", "یک", "يك", "اما", "کرد", "کرده",
		"های", "ها", "خود", "وی", "او", "اين", "دارد", "شود", "بر")
	add(ar, "في", "من", "على", "إلى", "الى", "أن", "ان", "التي", "الذي", "هذا", "هذه", "عن", "كان",
		"قد", "ما", "لا", "مع", "بين", "أو", "ذلك", "كما", "وقد", "قال", "بعد", "حيث", "عام",
		"وفي", "ومن", "لم", "أي", "كانت", "إن", "عليه", "فيها")
	return m
}()

// maxStopword is the length in bytes of the longest stopword; longer words are not looked up.
var maxStopword = func() int {
	n := 0
	for w := range stopwords {
		n = max(n, len(w))
	}
	return n
}()

// stopShape has bit n of entry c set when some stopword of n bytes starts with byte c: a cheap
// filter that spares most words the map lookup.
var stopShape = func() (t [256]uint64) {
	for w := range stopwords {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// feat holds the evidence gathered for one script in one chunk (or the whole sample).
type feat struct {
	letters int
	schwa   int // ə (Azerbaijani Latin only)
	words   int // words (of this script)
	schwaW  int // words with ə
	yor     int // words ending in the Turkish present-tense suffix -yor (görülüyor); Azerbaijani has -ır
	xq      int // x and q: frequent in Azerbaijani, absent from native Turkish words
	e       int // e: frequent in Turkish, rarer in Azerbaijani, which writes ə instead
	turk    int // ı İ ş ğ: Turkish or Azerbaijani
	azc     int // ә ғ ҹ һ ө ү ј: Azerbaijani Cyrillic
	ruL     int // ы э ъ ё: Russian (and Belarusian), not Ukrainian
	ukL     int // і ї є ґ: Ukrainian
	srL     int // љ њ ћ ђ џ: Serbian and Macedonian, which also use ј
	faL     int // پ چ ژ گ ک ی: Persian letters
	arL     int // ي ك ة ى: Arabic forms Persian does not use (or only in loans)
	stop    [nLangs]int
}

func (f *feat) add(g *feat) {
	f.letters += g.letters
	f.schwa += g.schwa
	f.words += g.words
	f.schwaW += g.schwaW
	f.yor += g.yor
	f.xq += g.xq
	f.e += g.e
	f.turk += g.turk
	f.azc += g.azc
	f.ruL += g.ruL
	f.ukL += g.ukL
	f.srL += g.srL
	f.faL += g.faL
	f.arL += g.arL
	for i := range f.stop {
		f.stop[i] += g.stop[i]
	}
}

// classify returns the best language for the letters of script s described by f, its score and
// whether the decision is strong enough to stand on its own (rather than defer to the sample).
func (f *feat) classify(s int) (lang int, strong bool) {
	var sc [nLangs]float64
	switch s {
	case sLatn:
		sc[en] = float64(f.stop[en])
		// Azerbaijani writes ə where Turkish writes e (-lər/-ler, -də/-de), so among the two
		// letters ə dominates in Azerbaijani and e in Turkish, even when a Turkish text quotes
		// Azerbaijani names. The share decides between them once the text is Turkic at all.
		sc[az] = float64(f.stop[az]) + 0.25*float64(min(f.schwaW, 4))
		sc[tr] = float64(f.stop[tr]) + float64(f.yor)
		if f.schwa+f.e >= 3 && f.schwa+f.turk > 0 {
			share := float64(f.schwa) / float64(f.schwa+f.e)
			sc[az] += 0.15 * float64(f.words) * share
			if f.turk >= 2 && f.stop[tr] > 0 {
				sc[tr] += 0.15 * float64(f.words) * (1 - share)
			}
		}
		if f.schwa+f.turk > 0 {
			sc[az] += 0.05 * float64(f.xq)
		}
		if f.schwa == 0 {
			sc[tr] += 0.4 * float64(f.turk)
		}
	case sCyrl:
		if f.srL > f.azc {
			return -1, false
		}
		sc[az] = float64(f.azc) + 2*float64(f.stop[az])
		sc[ru] = float64(f.stop[ru]) + 0.5*float64(f.ruL)
		sc[uk] = float64(f.stop[uk]) + 1.0*float64(f.ukL)
		// Short Cyrillic text without other evidence is most likely Russian in dossier's sources.
		sc[ru] += min(float64(f.letters)/25, 1)
	case sArab:
		sc[fa] = float64(f.faL) + 2*float64(f.stop[fa])
		sc[ar] = float64(f.arL) + 2*float64(f.stop[ar])
	default:
		return -1, false
	}
	best, second := -1, -1
	for l := range sc {
		if sc[l] <= 0 {
			continue
		}
		if best < 0 || sc[l] > sc[best] {
			best, second = l, best
		} else if second < 0 || sc[l] > sc[second] {
			second = l
		}
	}
	if best < 0 || sc[best] < 1 {
		return -1, false
	}
	if second >= 0 && sc[best] == sc[second] {
		return -1, false
	}
	strong = sc[best] >= 2 && (second < 0 || sc[best] >= 1.5*sc[second])
	return best, strong
}

// chunk is the evidence of one run of lines, per script.
type chunk struct {
	f     [3]feat // Latn, Cyrl, Arab
	other [nScripts]int
}

type detector struct {
	parts  []part        // the decision for each script of each chunk
	all    [3]feat       // evidence summed over the sample, per script
	other  [nScripts]int // letters of the scripts without rules
	cur    chunk
	word   [48]byte // a capitalised word lowered for lookup
	wstart int      // byte offset of the current word, -1 outside words
	ws     int      // script of the current word's first letter
	wupper bool     // the current word starts with a capital
	wschwa bool     // the current word has ə
	kana   bool     // Japanese kana seen: Han is Japanese
}

func (d *detector) scan(text string) {
	for i := 0; i < len(text); {
		c := text[i]
		if c < 0x80 {
			if lc := c | 0x20; lc-'a' < 26 {
				if d.wstart < 0 {
					d.startWord(i, sLatn, c != lc)
				}
				d.cur.f[sLatn].letters++
				switch lc {
				case 'e':
					d.cur.f[sLatn].e++
				case 'x', 'q':
					d.cur.f[sLatn].xq++
				}
				i++
				continue
			}
			d.endWord(text, i)
			i++
			if c == '\n' && d.curLetters() >= chunkLetters {
				d.endChunk()
			}
			continue
		}
		r, n := decode(text, i)
		s := scriptOf(r)
		if s < 0 {
			if r == 0x200C || !unicode.Is(unicode.Mn, r) {
				d.endWord(text, i) // harakat and other marks stay inside the word
			}
			i += n
			continue
		}
		lr := lower(r)
		if d.wstart < 0 {
			d.startWord(i, s, lr != r)
		}
		if s <= sArab {
			d.cur.f[s].letters++
			d.special(s, lr)
		} else {
			d.cur.other[s]++
			if s == sKana {
				d.kana = true
			}
		}
		i += n
	}
	d.endWord(text, len(text))
	d.endChunk()
}

func (d *detector) startWord(i, s int, upper bool) {
	d.wstart, d.ws, d.wupper, d.wschwa = i, s, upper, false
}

// endWord looks up the word that ends at byte j, if any, in the stopword lists. A capitalised
// word is looked up with its first letter lowered; all-capital words are not stopwords here.
func (d *detector) endWord(text string, j int) {
	i := d.wstart
	if i < 0 {
		return
	}
	d.wstart = -1
	if d.ws > sArab {
		return
	}
	f := &d.cur.f[d.ws]
	f.words++
	if d.ws == sLatn {
		if d.wschwa {
			f.schwaW++
		}
		if w := text[i:j]; strings.HasSuffix(w, "yor") || strings.HasSuffix(w, "yorlar") || strings.HasSuffix(w, "yordu") {
			f.yor++
		}
	}
	if j-i > maxStopword {
		return
	}
	w := text[i:j]
	var set uint8
	if !d.wupper {
		if stopShape[w[0]]&(1<<len(w)) != 0 {
			set = stopwords[w]
		}
	} else {
		r, n := decode(w, 0)
		k := utf8.EncodeRune(d.word[:], lower(r))
		k += copy(d.word[k:], w[n:])
		if stopShape[d.word[0]]&(1<<k) != 0 {
			set = stopwords[string(d.word[:k])]
		}
	}
	if set == 0 {
		return
	}
	for l := range nLangs {
		if set&(1<<l) != 0 {
			f.stop[l]++
		}
	}
}

func (d *detector) curLetters() int {
	n := 0
	for i := range d.cur.f {
		n += d.cur.f[i].letters
	}
	for _, c := range d.cur.other {
		n += c
	}
	return n
}

func (d *detector) special(s int, r rune) {
	f := &d.cur.f[s]
	switch r {
	case 'ə':
		f.schwa++
		d.wschwa = true
	case 'x', 'q':
		f.xq++
	case 'ı', 'ş', 'ğ':
		f.turk++
	case 'ә', 'ғ', 'ҹ', 'һ', 'ө', 'ү', 'ј':
		f.azc++
	case 'ы', 'э', 'ъ', 'ё':
		f.ruL++
	case 'і', 'ї', 'є', 'ґ':
		f.ukL++
	case 'љ', 'њ', 'ћ', 'ђ', 'џ':
		f.srL++
	case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
		f.faL++
	case 'ي', 'ك', 'ة', 'ى':
		f.arL++
	}
}

// part is the decision for the letters of one script in one chunk.
type part struct {
	script  int8
	lang    int8 // -1: undetermined
	strong  bool
	letters int32
}

// endChunk decides the current chunk, script by script, and adds its evidence to the sample's.
func (d *detector) endChunk() {
	for s := range d.cur.f {
		f := &d.cur.f[s]
		if f.letters == 0 {
			continue
		}
		l, strong := f.classify(s)
		d.parts = append(d.parts, part{script: int8(s), lang: int8(l), strong: strong, letters: int32(f.letters)})
		d.all[s].add(f)
	}
	for s, n := range d.cur.other {
		d.other[s] += n
	}
	d.cur = chunk{}
}

// decide attributes the letters of every chunk to a language: the chunk's own decision where it
// is strong, otherwise the decision over the whole sample for that script.
func (d *detector) decide(res *Result) {
	var def [3]int
	for s := range d.all {
		def[s], _ = d.all[s].classify(s)
	}
	letters := map[string]int{}
	total := 0
	for _, p := range d.parts {
		l := int(p.lang)
		if !p.strong {
			l = def[p.script]
		}
		code := Und
		if l >= 0 {
			code = langCodes[l]
		}
		letters[code] += int(p.letters)
		total += int(p.letters)
	}
	other := d.other
	for s, n := range other {
		if n == 0 {
			continue
		}
		code := scriptLang[s]
		if s == sHani && d.kana {
			code = "ja"
		}
		if code == "" {
			code = Und
		}
		letters[code] += n
		total += n
	}
	if total == 0 {
		return
	}
	type lc struct {
		code string
		n    int
	}
	var list []lc
	for code, n := range letters {
		list = append(list, lc{code, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].code < list[j].code
	})
	res.Lang = list[0].code
	for i, x := range list {
		// The main language is listed even in a text split among many languages.
		if x.code != Und && (i == 0 || float64(x.n) > langShare*float64(total)) {
			res.Langs = append(res.Langs, x.code)
		}
	}
}
