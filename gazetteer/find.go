package gazetteer

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	dossier "github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/names"
	"github.com/dossier-osint/dossier/normalize"
)

// Hit is one place name found in a text by Find.
type Hit struct {
	Span dossier.Span // code points of the name as written, suffixes and prefixes included
	ID   uint32       // the place (most populous of those the name can mean; Lookup lists all)
	Name string       // the place's name (Place.Name), not the text
	Text string       // the text of Span
}

// Find returns the place names in text, left to right, leftmost-longest, without overlaps.
//
// Only places worth recognising without context are candidates, to keep precision: countries,
// the regions, seas and rivers of Regions, national capitals and places of 100,000 people or more anywhere, first-order administrative
// seats (of 15,000 people or more outside the region of interest), and places of 15,000 or more
// in the region of interest (see the package comment).
// Their names are the main name, the ASCII name, the Cyrillic and Arabic-script alternates, and
// those Latin alternates that spell the consonants of the main name (names.Skeleton; in the
// region also of the Cyrillic and Arabic names, give or take one) or, in the region, have five
// letters or more ("Kobani" for ‘Ayn al ‘Arab): "Teheran" is kept, "Athena" for Athens and
// "Lutetia" for Paris are not. Alternates with Azerbaijani or Turkish letters ("Şam" for
// Damascus) are kept but match only text that has such letters ("Sam" is not Damascus). Names shorter than three letters in Latin or Cyrillic are
// left out unless they are all-capital abbreviations ("USA", "ABŞ", "США").
//
// A match must start and end at word boundaries. Tokens of a multi-word name may be separated
// by spaces and hyphens only. The rules for a match:
//
//   - In Latin and Cyrillic script the first and last words must be capitalised ("Baku", "BAKU",
//     not "baku"); an abbreviation must be written in capitals, and a one-word name of up to three
//     letters written in capitals is taken for an abbreviation, not the place ("RAM", "VAS").
//   - Function words and the capitalised words of news prose ("But", "Central"; see neverWords)
//     are never taken for places.
//   - An alternate spelling of a place outside the region does not match at the start of a
//     sentence ("Vas is ..." is not Vaasa).
//   - Names that are also common words ("Van", "Mobile", "Of", "Ordu", "Reading"; see
//     commonWords) match only capitalised and not at the start of a sentence or line.
//   - Latin-script names that are more often people's names or parts of organisation names
//     ("Jackson", "Victoria", "Abbas", "Sadr", "Quds"; see contextNames) match only after "in",
//     "from", "near" and the like.
//   - Arabic-script names that are also the names of organisations ("القدس" in "فيلق القدس",
//     Quds Force; see orgNames) do not match after the organisation's head word (orgHeads).
//   - Arabic-script names that are also common words ("المدينة" al-Madina / "the city",
//     "الخبر" al-Khobar / "the news", "صور" Tyre / "pictures", "امل" Amol / "hope") match only
//     after a word for city, town or province ("مدينة", "شهر", "استان", ...).
//   - The last word may carry an Azerbaijani or Turkish case suffix, with or without an
//     apostrophe: locative, ablative, genitive, dative, accusative and -dakı ("Bakıda",
//     "Tahran'da", "Qum'dan", "Bakının", "Tehranın"); a single-vowel suffix ("Tehranı", "İrana") is
//     taken off only a word with Azerbaijani or Turkish letters, so that English "Iraqi" and
//     "Azerbaijani" are not places. A Russian case ending is allowed on a Cyrillic last word ("в Тегеране", "в Москве").
//   - The first word of an Arabic-script name may carry the prefixes و ف ب ل ك, and ال may be
//     present or absent ("وبغداد", "ببغداد", "للعراق").
//
// Find is safe for concurrent use; the first call builds the matcher (see BenchmarkFind).
func Find(text string) []Hit {
	m := getMatcher()
	s := scanners.Get().(*scanner)
	defer scanners.Put(s)
	s.tokenize(text)
	return m.find(text, s)
}

// entry flags.
const (
	flagAcronym = 1 << iota // every name with this key is an all-capital abbreviation
	flagCommon              // the key is a common word: see Find
	flagNonAcronym
	flagMain    // the place was chosen by its main or ASCII name
	flagTurkic  // every name with this key was kept for its Azerbaijani or Turkish letters only
	flagPlain   // some name with this key was kept for another reason (clears flagTurkic)
	flagOwn     // the place is a country or region of dossier's own tables
	flagRegion  // the place is in the region of interest
	flagContext // the key is more often a person's name: see Find
)

type entry struct {
	place int32 // index into gazetteer.places
	flags uint16
}

type matcher struct {
	g        *gazetteer
	dict     map[string]entry
	firstMax map[string]uint8 // first word of a key -> most words in a key starting with it
}

var (
	matcherOnce sync.Once
	theMatcher  *matcher
)

func getMatcher() *matcher {
	matcherOnce.Do(func() { theMatcher = buildMatcher(get()) })
	return theMatcher
}

// regionOfInterest reports whether p is in the region whose smaller towns Find recognises.
func regionOfInterest(p *Place) bool {
	switch p.Country {
	case "AZ", "IR", "IQ", "SY", "LB", "TR", "AF", "PK", "GE", "AM", "YE", "BH", "SA", "IL", "PS", "JO":
		return true
	case "RU":
		switch p.Admin1 {
		case "01", "12", "17", "19", "22", "27", "68", "70":
			return true
		}
	}
	return false
}

// findable reports whether Find should recognise p without context.
// First-order administrative seats of any size count in the region; elsewhere only from 15,000
// people, because hundreds of tiny ones (Slovenian and Latvian municipalities, for a start)
// have names that are English words ("Rose", "Same").
func findable(p *Place) bool {
	region := regionOfInterest(p)
	switch {
	case p.IsCountry(), p.IsRegion(), p.Feature == "PPLC", p.Population >= 100000:
		return true
	case p.Feature == "PPLA" || p.Feature == "PPLG":
		return region || p.Population >= 15000
	}
	return p.Population >= 15000 && region
}

func buildMatcher(g *gazetteer) *matcher {
	m := &matcher{g: g, dict: make(map[string]entry, 64<<10), firstMax: make(map[string]uint8, 48<<10)}
	var skels []string
	for i := range g.places {
		p := &g.places[i]
		if !findable(p) {
			continue
		}
		country := p.IsCountry() || p.IsRegion() // names from dossier's own tables
		region := regionOfInterest(p) || country
		mainKey, asciiKey := Key(p.Name), Key(p.ASCIIName)
		skels = skels[:0]
		if !country {
			skels = append(skels, skeleton(p.Name), skeleton(p.ASCIIName))
			if region {
				for _, n := range p.Names {
					if sc := nameScript(n); sc == scriptArabic || sc == scriptCyrillic {
						skels = append(skels, skeleton(n))
					}
				}
			}
		}
		eachName(p, func(n string) {
			sc := nameScript(n)
			turkicOnly := false
			if !country && sc == scriptLatin && n != p.Name && n != p.ASCIIName {
				// A Latin alternate of a GeoNames place: kept when it spells the consonants
				// of the place's main name (in the region, also of its Cyrillic and Arabic
				// names, give or take one), and for a place in the region when it has five
				// letters or more ("Kobani"); a spelling with Azerbaijani or Turkish letters
				// is kept too, but matches only a text spelled so.
				sk := skeleton(n)
				ok := false
				for _, s := range skels {
					// Outside the region only the very consonants of the main name will
					// do: "Moskova" for Moscow, not "Athena" for Athens nor "Override"
					// for Owerri.
					if s != "" && (s == sk || region && near(s, sk)) {
						ok = true
						break
					}
				}
				if region && runeCount(Key(n)) >= 5 {
					ok = true
				}
				if !ok && strings.ContainsFunc(n, turkicLetter) {
					ok, turkicOnly = true, true
				}
				if !ok {
					return
				}
			}
			k := Key(n)
			acr := acronym(n)
			if k == "" || (sc != scriptArabic && !acr && runeCount(strings.ReplaceAll(k, " ", "")) < 3) {
				return
			}
			if sc == scriptArabic && (runeCount(k) < 2 || runeCount(k) < 4 && !region && nativeScript(p.Country) != scriptArabic) {
				// Short Arabic-script spellings of faraway places are mostly words.
				return
			}
			if !acr && neverWords[k] {
				return
			}
			e, ok := m.dict[k]
			main := k == mainKey || k == asciiKey || country && (sc != scriptLatin || acr)
			if !ok || better(&g.places[i], main, &g.places[e.place], e.flags&flagMain != 0, sc) {
				e.place = int32(i)
				e.flags &^= flagMain
				if main {
					e.flags |= flagMain
				}
			}
			if acr {
				e.flags |= flagAcronym
			} else {
				e.flags |= flagNonAcronym
			}
			if commonWords[k] {
				e.flags |= flagCommon
			}
			if turkicOnly && e.flags&flagPlain == 0 {
				e.flags |= flagTurkic
			} else if !turkicOnly {
				e.flags = e.flags&^flagTurkic | flagPlain
			}
			if e.place == int32(i) {
				e.flags &^= flagOwn | flagRegion
				if country {
					e.flags |= flagOwn
				}
				if region {
					e.flags |= flagRegion
				}
			}
			if (contextNames[k] || orgNames[k]) && !country {
				e.flags |= flagContext
			}
			m.dict[k] = e
			words := strings.Count(k, " ") + 1
			first, _, _ := strings.Cut(k, " ")
			if uint8(words) > m.firstMax[first] {
				m.firstMax[first] = uint8(words)
			}
		})
	}
	for k, e := range m.dict {
		if e.flags&flagNonAcronym != 0 {
			e.flags &^= flagAcronym
			m.dict[k] = e
		}
	}
	return m
}

// better reports whether a should win over b as the meaning of a name written in script sc;
// aMain and bMain tell whether the name is their main (or ASCII) name. For Arabic-script and
// Cyrillic names a place where that script is written wins ("آبادان" is Abadan in Iran, not
// Ibadan in Nigeria); then the higher rank (as in Lookup).
func better(a *Place, aMain bool, b *Place, bMain bool, sc int) bool {
	if sc == scriptArabic || sc == scriptCyrillic {
		na, nb := nativeScript(a.Country) == sc, nativeScript(b.Country) == sc
		if na != nb {
			return na
		}
	}
	if ra, rb := rank(a, aMain), rank(b, bMain); ra != rb {
		return ra > rb
	}
	return a.ID < b.ID
}

// rank orders the places a name may mean: the population, a tenth of it when the name is only
// an alternate of the place, a thousandth when it is a country's Latin-script alternate
// (Azerbaijani "Tunis" is Tunisia, but a text that says "Tunis" nearly always means the city).
// A country's Cyrillic and Arabic-script names and abbreviations count as main names: "Тунис"
// and "تونس" are Tunisia before Tunis, "الكويت" is Kuwait before Kuwait City.
func rank(p *Place, main bool) uint32 {
	switch {
	case p.IsRegion() && main:
		return regionRank
	case p.IsRegion():
		return regionRank / 10
	case main:
		return p.Population
	case p.IsCountry():
		return p.Population / 1000
	}
	return p.Population / 10
}

// nativeScript returns the script of a country's national language(s).
func nativeScript(cc string) int {
	switch cc {
	case "IR", "AF", "PK", "IQ", "SY", "LB", "JO", "PS", "SA", "YE", "BH", "KW", "QA", "AE", "OM",
		"EG", "LY", "TN", "DZ", "MA", "SD", "MR":
		return scriptArabic
	case "RU", "UA", "BY", "BG", "RS", "MK", "KZ", "KG", "TJ", "MN":
		return scriptCyrillic
	}
	return scriptLatin
}

// nameScript returns the script of the first letter of n.
func nameScript(n string) int {
	for _, r := range n {
		if unicode.IsLetter(r) {
			return scriptOf(r)
		}
	}
	return scriptOther
}

// acronym reports an all-capital abbreviation of at most five letters: "USA", "U.S.", "ABŞ".
func acronym(n string) bool {
	letters := 0
	for _, r := range n {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 5
}

// skeleton is the consonant skeleton of a whole name, words joined.
func skeleton(n string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(n, func(r rune) bool { return !wordRune(r) }) {
		b.WriteString(names.Skeleton(w))
	}
	return b.String()
}

// near reports whether two skeletons are equal or, when at least four consonants long, one
// edit apart.
func near(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 4 || len(b) < 4 {
		return false
	}
	switch len(a) - len(b) {
	case 0:
		d := 0
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				d++
			}
		}
		return d <= 1
	case 1:
		return oneDeletion(a, b)
	case -1:
		return oneDeletion(b, a)
	}
	return false
}

// oneDeletion reports whether b is a with one byte removed.
func oneDeletion(a, b string) bool {
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	return a[i+1:] == b[i:]
}

// token is one word of the text being scanned.
type token struct {
	start, end int32 // code points in the text
	bstart     int32 // byte offset in the text
	bend       int32
	fs, fe     int32 // folded bytes in scanner.buf
	apos       int32 // folded offset (relative to fs) of the first apostrophe inside the word, or -1
	script     uint8
	upper      bool // first letter is upper case
	allUpper   bool // no lower-case letter
	hasLower   bool
	joinNext   bool // only spaces or hyphens separate it from the next word
	sentence   bool // starts a sentence or a line
	turkic     bool // has a letter only Azerbaijani or Turkish spelling uses
}

type scanner struct {
	buf           []byte
	toks          []token
	key           []byte
	vbuf          []byte // built variants of the current word
	firsts, lasts [][]byte
}

var scanners = sync.Pool{New: func() any { return new(scanner) }}

// tokenize splits text into words (see Key) and folds them into s.buf.
func (s *scanner) tokenize(text string) {
	if cap(s.buf) < len(text) {
		s.buf = make([]byte, 0, len(text)+len(text)/8)
	}
	s.buf = s.buf[:0]
	s.toks = s.toks[:0]
	cp := int32(0)
	in := false
	var t token
	sentence := true // at a sentence start
	gapJoin := false // the gap since the last word holds only spaces and hyphens
	gapLen := 0
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		} else if c := byte(r); in && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			// Fast paths: the inside of an ASCII word, and spaces between words.
			t.allUpper = t.allUpper && c <= '9'
			t.hasLower = t.hasLower || c >= 'a'
			s.buf = append(s.buf, c)
			i++
			cp++
			continue
		} else if in && c >= 'A' && c <= 'Z' {
			s.buf = append(s.buf, c+'a'-'A')
			i++
			cp++
			continue
		} else if !in && c == ' ' {
			gapLen++
			i++
			cp++
			continue
		}
		if wordRune(r) && !(!in && apostrophe(r)) {
			if !in {
				if len(s.toks) > 0 {
					s.toks[len(s.toks)-1].joinNext = gapJoin && gapLen <= 3
				}
				t = token{start: cp, bstart: int32(i), fs: int32(len(s.buf)), apos: -1, sentence: sentence, allUpper: true}
				in = true
			}
			if apostrophe(r) {
				if t.apos < 0 && int32(len(s.buf)) > t.fs {
					t.apos = int32(len(s.buf)) - t.fs
				}
			} else {
				if int32(len(s.buf)) == t.fs {
					if sc := scriptOf(r); sc != scriptOther {
						t.script = uint8(sc)
					}
					t.upper = unicode.IsUpper(r)
				}
				if unicode.IsLower(r) {
					t.allUpper = false
					t.hasLower = true
				}
				if r >= 0x80 && turkicLetter(r) {
					t.turkic = true
				}
				s.buf = append(s.buf, foldRune(r)...)
			}
		} else {
			if in {
				t.end, t.bend, t.fe = cp, int32(i), int32(len(s.buf))
				if t.fe > t.fs {
					s.toks = append(s.toks, t)
				}
				in = false
				sentence = false
				gapJoin, gapLen = true, 0
			}
			gapLen++
			switch {
			case r == ' ' || r == '\t' || r == 0xA0 || r == '-' || r == 0x2010 || r == 0x2011:
			case r == '.' && abbrevDot(text, i, s.toks):
				// "U.S.", "U.K.": the dot joins single capitals into one abbreviation.
			case r == '\n' || r == '.' || r == '!' || r == '?' || r == 0x2026 || r == 0x061F || r == 0x06D4:
				sentence = true
				gapJoin = false
			case unicode.IsSpace(r) || normalize.Invisible(r):
			default:
				gapJoin = false
			}
		}
		i += n
		cp++
	}
	if in {
		t.end, t.bend, t.fe = cp, int32(len(text)), int32(len(s.buf))
		if t.fe > t.fs {
			s.toks = append(s.toks, t)
		}
	}
}

// abbrevDot reports whether the dot at text[i] follows a one-letter capital word and precedes
// another capital letter followed by a dot.
func abbrevDot(text string, i int, toks []token) bool {
	if len(toks) == 0 {
		return false
	}
	t := &toks[len(toks)-1]
	if int(t.bend) != i || t.end-t.start != 1 || !t.upper {
		return false
	}
	return i+2 < len(text) && text[i+1] >= 'A' && text[i+1] <= 'Z' && text[i+2] == '.'
}

func (s *scanner) word(i int) string { return string(s.buf[s.toks[i].fs:s.toks[i].fe]) }

// wordBytes returns the folded bytes of word i without copying.
func (s *scanner) wordBytes(i int) []byte { return s.buf[s.toks[i].fs:s.toks[i].fe] }

func (m *matcher) find(text string, s *scanner) []Hit {
	var hits []Hit
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		// Latin and Cyrillic names must be capitalised: most words are skipped here.
		if (t.script == scriptLatin || t.script == scriptCyrillic) && !t.upper ||
			t.script == scriptOther && !startsLetter(s.wordBytes(i)) {
			i++
			continue
		}
		s.vbuf = s.vbuf[:0]
		s.firsts = s.firstVariants(s.firsts[:0], s.wordBytes(i), t)
		// How many words may the name have?
		maxN := 1
		for _, f := range s.firsts {
			if n := int(m.firstMax[string(f)]); n > maxN {
				maxN = n
			}
		}
		for j := i; j < i+maxN-1; j++ {
			if j+1 >= len(s.toks) || !s.toks[j].joinNext {
				maxN = j - i + 1
				break
			}
		}
		matched := 0
		var e entry
		for n := maxN; n >= 1 && matched == 0; n-- {
			if n == 1 {
				// One word: a prefix or a suffix may be taken off, not both.
				for _, f := range s.firsts {
					if x, ok := m.dict[string(f)]; ok && m.allowed(s, i, 1, x, true) {
						e, matched = x, 1
						break
					}
				}
				if matched > 0 {
					break
				}
				s.lasts = s.lastVariants(s.lasts[:0], s.wordBytes(i), t)
				for _, l := range s.lasts[1:] {
					if x, ok := m.dict[string(l)]; ok && m.allowed(s, i, 1, x, false) {
						e, matched = x, 1
						break
					}
				}
				break
			}
			s.lasts = s.lastVariants(s.lasts[:0], s.wordBytes(i+n-1), &s.toks[i+n-1])
			for _, f := range s.firsts {
				if int(m.firstMax[string(f)]) < n {
					continue
				}
				for _, l := range s.lasts {
					s.key = append(s.key[:0], f...)
					for j := i + 1; j < i+n-1; j++ {
						s.key = append(s.key, ' ')
						s.key = append(s.key, s.wordBytes(j)...)
					}
					s.key = append(s.key, ' ')
					s.key = append(s.key, l...)
					if x, ok := m.dict[string(s.key)]; ok && m.allowed(s, i, n, x, true) {
						e, matched = x, n
						break
					}
				}
				if matched > 0 {
					break
				}
			}
		}
		if matched == 0 {
			i++
			continue
		}
		last := &s.toks[i+matched-1]
		p := &m.g.places[e.place]
		end, bend := int(last.end), int(last.bend)
		if e.flags&flagAcronym != 0 && last.end-last.start == 1 && bend < len(text) && text[bend] == '.' {
			end, bend = end+1, bend+1 // the closing dot of "U.S."
		}
		hits = append(hits, Hit{
			Span: dossier.Span{Start: int(t.start), End: end},
			ID:   p.ID,
			Name: p.Name,
			Text: text[t.bstart:bend],
		})
		i += matched
	}
	return hits
}

func startsLetter(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return unicode.IsLetter(r)
}

// allowed applies the case, common-word and context rules of Find to a match of n words at i.
func (m *matcher) allowed(s *scanner, i, n int, e entry, asWritten bool) bool {
	first, last := &s.toks[i], &s.toks[i+n-1]
	cased := first.script == scriptLatin || first.script == scriptCyrillic
	if cased {
		if e.flags&flagAcronym != 0 {
			for j := i; j < i+n; j++ {
				if !s.toks[j].allUpper {
					return false
				}
			}
			return true
		}
		if !first.upper || !last.upper {
			return false
		}
		if first.allUpper && last.allUpper && (n == 1 && first.fe-first.fs <= 3 || e.flags&flagMain == 0) {
			// "RAM", "VAS": an abbreviation; "CHAM", "PAHLAVI": a constant or a heading, not
			// a foreign spelling of a place. Capitals match the main name only.
			return false
		}
		if e.flags&flagCommon != 0 && (first.sentence || (first.allUpper && last.allUpper)) {
			return false
		}
		if e.flags&flagTurkic != 0 {
			turkic := false
			for j := i; j < i+n; j++ {
				turkic = turkic || s.toks[j].turkic
			}
			if !turkic {
				return false // "Sam" is not "Şam"
			}
		}
		if e.flags&flagContext != 0 {
			return i > 0 && s.toks[i-1].joinNext && placePrepositions[s.word(i-1)]
		}
		if first.sentence && e.flags&(flagMain|flagOwn|flagRegion) == 0 {
			return false // "Vas is a researcher": a foreign spelling (of Vaasa) opening a sentence
		}
		if n == 1 && asWritten && e.flags&flagOwn == 0 && !first.allUpper {
			// A one-word place inside a run of capitalised words is part of another name:
			// "Vladimir Putin", "Charles Darwin", "Washington Post", "Tehran Times". A case
			// suffix ("Tovhid Bakıda") or a following place word ("Kerman Province") says
			// otherwise.
			if i+1 < len(s.toks) && first.joinNext && s.toks[i+1].upper && !s.toks[i+1].allUpper &&
				s.toks[i+1].script == first.script && !placeHeads[s.word(i+1)] {
				return false
			}
			if i > 0 && s.toks[i-1].joinNext && s.toks[i-1].upper && !s.toks[i-1].sentence &&
				s.toks[i-1].script == first.script && !placePrepositions[s.word(i-1)] {
				return false
			}
		}
		return true
	}
	prev := ""
	if i > 0 && s.toks[i-1].joinNext {
		prev = s.word(i - 1)
	}
	if e.flags&flagCommon != 0 {
		return cueWords[prev]
	}
	if e.flags&flagContext != 0 {
		for _, p := range [...]string{"", "\u0648", "\u0641"} { // "فيلق", "وفيلق", "ففيلق"
			if strings.HasPrefix(prev, p) && orgHeads[prev[len(p):]] {
				return false
			}
		}
	}
	return true
}

// firstVariants returns the forms the first word of a name may take: the word itself and, in
// Arabic script, the word without the prefixes و ف (and), ب ل ك (in, for, like), with ال (the)
// present or absent. The forms are w's bytes or built in s.vbuf.
func (s *scanner) firstVariants(out [][]byte, w []byte, t *token) [][]byte {
	out = append(out, w)
	if t.script != scriptArabic {
		return out
	}
	const (
		wa  = "\u0648" // و
		fa  = "\u0641" // ف
		bi  = "\u0628" // ب
		li  = "\u0644" // ل
		ka  = "\u0643" // ك
		al  = "\u0627\u0644"
		alf = "\u0627"
	)
	add := func(v []byte) {
		if utf8.RuneCount(v) < 3 {
			return
		}
		for _, o := range out {
			if string(o) == string(v) {
				return
			}
		}
		out = append(out, v)
	}
	for _, p1 := range [...]string{"", wa, fa} {
		if !bytes.HasPrefix(w, []byte(p1)) {
			continue
		}
		r1 := w[len(p1):]
		for _, p2 := range [...]string{"", bi, li, ka} {
			if !bytes.HasPrefix(r1, []byte(p2)) || (p1 == "" && p2 == "") {
				continue
			}
			r2 := r1[len(p2):]
			add(r2)
			if p2 == li && bytes.HasPrefix(r2, []byte(li)) {
				add(s.build(alf, r2, "")) // لل = ل + ال
			}
		}
	}
	for _, v := range out {
		// ال comes off, except from a nisba adjective in -iyya: "السورية" is "the Syrian",
		// though "سورية" is Syria.
		if bytes.HasPrefix(v, []byte(al)) && !bytes.HasSuffix(v, []byte("\u064a\u0647")) {
			add(v[len(al):])
		}
	}
	return out
}

// build returns pre+w+post in s.vbuf, which never grows in place (so earlier results stay valid).
func (s *scanner) build(pre string, w []byte, post string) []byte {
	n := len(pre) + len(w) + len(post)
	if cap(s.vbuf)-len(s.vbuf) < n {
		s.vbuf = make([]byte, 0, max(1024, 2*n))
	}
	start := len(s.vbuf)
	s.vbuf = append(s.vbuf, pre...)
	s.vbuf = append(s.vbuf, w...)
	s.vbuf = append(s.vbuf, post...)
	return s.vbuf[start:len(s.vbuf):len(s.vbuf)]
}

// Turkic case suffixes in folded form (ı ə ü ö fold to i e u o), longest first.
var turkicSuffixes = []string{
	"daki", "deki", "taki", "teki",
	"dan", "den", "tan", "ten", "nin", "nun",
	"da", "de", "ta", "te", "ya", "ye", "ni", "nu", "yi", "yu", "in", "un",
}

var russianEndings = []string{"ами", "ями", "ом", "ем", "ои", "ах", "ях", "а", "е", "и", "у", "ы", "ю", "я"}

// lastVariants returns the forms the last word of a name may take once a case suffix or
// ending is taken off: first the word itself.
func (s *scanner) lastVariants(out [][]byte, w []byte, t *token) [][]byte {
	out = append(out, w)
	add := func(v []byte) {
		if utf8.RuneCount(v) < 3 {
			return
		}
		for _, o := range out {
			if string(o) == string(v) {
				return
			}
		}
		out = append(out, v)
	}
	switch t.script {
	case scriptLatin:
		if t.apos > 0 && len(w)-int(t.apos) <= 8 {
			add(w[:t.apos])
		}
		if c := w[len(w)-1]; c == 'a' || c == 'e' || c == 'i' || c == 'u' || c == 'n' { // how every suffix ends
			for _, suf := range turkicSuffixes {
				if bytes.HasSuffix(w, []byte(suf)) {
					add(w[:len(w)-len(suf)])
				}
			}
		}
		if t.turkic && len(w) > 3 {
			switch w[len(w)-1] {
			case 'a', 'e', 'i', 'u':
				add(w[:len(w)-1])
			}
		}
	case scriptCyrillic:
		if utf8.RuneCount(w) < 4 {
			return out
		}
		for _, end := range russianEndings {
			if bytes.HasSuffix(w, []byte(end)) {
				stem := w[:len(w)-len(end)]
				add(stem)
				add(s.build("", stem, "а"))
				add(s.build("", stem, "я"))
				add(s.build("", stem, "ь"))
				if len(end) == 4 { // -ом, -ем, -ои: also an adjective's ending ("Грозном": Грозный)
					add(s.build("", stem, "ыи"))
				}
			}
		}
	}
	return out
}
