// Package synth generates deterministic synthetic material for benchmarks and tests: entity
// names with their spellings across scripts, and a corpus of news-like documents in English,
// Azerbaijani, Turkish, Russian, Persian and Arabic that mention them.
//
// Everything is a pure function of a seed: the same seed gives byte-identical output on every
// platform and Go version (the generator has its own PRNG). All word lists and sentence
// templates are written for this package; the names are invented by combining them.
package synth

import (
	"bufio"
	"io"
	"runtime"
	"sync"

	"github.com/dossier-osint/dossier"
)

// Name is a generated entity name: its canonical spelling, its type, and other spellings of the
// same entity in other transliteration schemes and scripts (English variants, Azerbaijani and
// Turkish Latin, Russian and Azerbaijani Cyrillic, Persian and Arabic script). Variants never
// contains Text and holds no duplicates.
type Name struct {
	Text     string
	Type     dossier.EntityType
	Variants []string

	// schemes records the scheme of Text (bits 0–3) and of Variants[i] (bits 4(i+1)…), so
	// Spelling can pick a form for a language without storing one string per language.
	schemes uint64
}

func (n *Name) schemeOf(i int) scheme { return scheme(n.schemes >> (4 * uint(i)) & 0xf) }

// companyBit marks a company in Name.schemes; a corpus names companies as backers, not as
// armed groups.
const companyBit = 1 << 63

func (n *Name) company() bool { return n.schemes&companyBit != 0 }

// spelling returns the i-th spelling: 0 is Text, i ≥ 1 is Variants[i-1].
func (n *Name) spelling(i int) string {
	if i == 0 {
		return n.Text
	}
	return n.Variants[i-1]
}

// langSchemes maps a language tag to the schemes to try, best first.
var langSchemes = map[string][]scheme{
	"en":      {schEn},
	"az":      {schAz, schTr},
	"tr":      {schTr, schAz},
	"ru":      {schRu, schAzCyr},
	"az-Cyrl": {schAzCyr, schRu},
	"fa":      {schFa, schAr},
	"ar":      {schAr, schFa},
}

// Spelling returns a spelling of the name suited to a document in lang ("en", "az", "tr", "ru",
// "fa", "ar" or "az-Cyrl"). Where several fit (English has variants), k chooses among them, so
// callers can vary the form deterministically. It falls back to an English spelling, then Text.
func (n *Name) Spelling(lang string, k int) string {
	if k < 0 {
		k = -k
	}
	for _, s := range langSchemes[lang] {
		if v, ok := n.pick(s, k); ok {
			return v
		}
	}
	if v, ok := n.pick(schEn, k); ok {
		return v
	}
	return n.Text
}

func (n *Name) pick(s scheme, k int) (string, bool) {
	count := 0
	for i := 0; i <= len(n.Variants); i++ {
		if n.schemeOf(i) == s {
			count++
		}
	}
	if count == 0 {
		return "", false
	}
	k %= count
	for i := 0; i <= len(n.Variants); i++ {
		if n.schemeOf(i) == s {
			if k == 0 {
				return n.spelling(i), true
			}
			k--
		}
	}
	return "", false
}

// Names returns n distinct entity names (distinct Text) generated from seed: about 80 %
// persons, 12 % organisations and 8 % places. Names(n, s) is a prefix of Names(m, s) for m > n.
//
// Choosing the names is sequential (each must differ from all before it); rendering their
// spellings, most of the work, runs on all CPUs. The result does not depend on their number.
func Names(n int, seed uint64) []Name {
	if n <= 0 {
		return nil
	}
	g := NewNameGen(seed)
	g.seen = newHashSet(n)
	out := make([]Name, n)
	g.Read(out)
	return out
}

// Read fills out with the next len(out) names of the stream, as Next would, rendering them on
// all CPUs.
func (g *NameGen) Read(out []Name) {
	const chunk = 2048
	n := len(out)
	workers := runtime.GOMAXPROCS(0)
	recipes := make([]recipe, n)
	if workers == 1 || n <= chunk {
		r := newRenderer()
		for start := 0; start < n; start += chunk {
			end := min(n, start+chunk)
			for i := start; i < end; i++ {
				recipes[i] = g.nextRecipe()
			}
			r.build(recipes[start:end], out[start:end])
		}
		return
	}
	jobs := make(chan [2]int, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := newRenderer()
			for j := range jobs {
				r.build(recipes[j[0]:j[1]], out[j[0]:j[1]])
			}
		}()
	}
	start := 0
	for i := range recipes {
		recipes[i] = g.nextRecipe()
		if i+1-start == chunk || i == n-1 {
			jobs <- [2]int{start, i + 1}
			start = i + 1
		}
	}
	close(jobs)
	wg.Wait()
}

// WriteNames writes every spelling of names (Text, then its variants), one per line, as a
// pattern list for `rg -F -f`. Line breaks cannot occur in generated names.
func WriteNames(w io.Writer, names []Name) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	for i := range names {
		bw.WriteString(names[i].Text)
		bw.WriteByte('\n')
		for _, v := range names[i].Variants {
			bw.WriteString(v)
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

// NameGen generates a stream of distinct names. It remembers a 64-bit hash of every Text it
// returned (16 bytes per name) and is not safe for concurrent use.
type NameGen struct {
	r     rng
	seen  *hashSet
	arena []rune
	sp    spec
	cbuf  []byte // spellings being rendered
	ends  []int  // end offsets of the spellings in cbuf
}

// recipe is what it takes to draw a chosen name again: the generator state before its draw.
type recipe struct {
	state uint64
	wide  bool
}

// newRenderer returns a generator used only to build names from recipes.
func newRenderer() *NameGen {
	return &NameGen{arena: make([]rune, 0, 1024)}
}

// NewNameGen returns a generator whose first n names are Names(n, seed).
func NewNameGen(seed uint64) *NameGen {
	g := newRenderer()
	g.r = newRNG(seed, 0x6e616d6573)
	g.seen = newHashSet(1024)
	return g
}

// Next returns the next name of the stream.
func (g *NameGen) Next() Name {
	rc := [1]recipe{g.nextRecipe()}
	var n [1]Name
	saved := g.r // build draws again from the recipe's state
	g.build(rc[:], n[:])
	g.r = saved
	return n[0]
}

// nextRecipe draws candidates until one has a canonical spelling not seen before. After four
// failures it draws from the wider space of invented stems, so it ends quickly however many
// names were taken.
func (g *NameGen) nextRecipe() recipe {
	for try := 0; ; try++ {
		rc := recipe{g.r.s, try >= 4}
		g.arena = g.arena[:0]
		g.sp.reset()
		g.draw(rc.wide)
		o := out{b: g.cbuf[:0]}
		g.renderScheme(&o, g.sp.text, 0, nil)
		g.cbuf = o.b[:0]
		if g.seen.add(fnv64(o.b)) {
			return rc
		}
	}
}

// build renders the names of recipes into out. All spellings of the batch share one string
// and all variant lists one backing array, which keeps a million names to few allocations.
func (g *NameGen) build(recipes []recipe, out []Name) {
	g.cbuf, g.ends = g.cbuf[:0], g.ends[:0]
	counts := make([]uint8, len(recipes))
	total := 0
	for i, rc := range recipes {
		g.r = rng{rc.state}
		g.arena = g.arena[:0]
		g.sp.reset()
		g.draw(rc.wide)
		alt := newRNG(rc.state, 1)
		kept, schemes := g.renderAll(&alt)
		counts[i] = uint8(kept)
		total += kept - 1
		out[i] = Name{Type: g.sp.typ, schemes: schemes}
	}
	str := string(g.cbuf)
	variants := make([]string, total)
	e, prev := 0, 0
	for i := range out {
		out[i].Text = str[prev:g.ends[e]]
		prev = g.ends[e]
		e++
		nv := int(counts[i]) - 1
		v := variants[:nv:nv]
		variants = variants[nv:]
		for j := range v {
			v[j] = str[prev:g.ends[e]]
			prev = g.ends[e]
			e++
		}
		out[i].Variants = v
	}
}

// hashSet is an open-addressing set of 64-bit hashes; zero marks an empty slot.
type hashSet struct {
	slots []uint64
	n     int
}

func newHashSet(n int) *hashSet {
	size := 1024
	for size < 2*n {
		size *= 2
	}
	return &hashSet{slots: make([]uint64, size)}
}

// add inserts h and reports whether it was absent.
func (s *hashSet) add(h uint64) bool {
	if h == 0 {
		h = 1
	}
	if 2*(s.n+1) > len(s.slots) {
		old := s.slots
		s.slots, s.n = make([]uint64, 2*len(old)), 0
		for _, v := range old {
			if v != 0 {
				s.add(v)
			}
		}
	}
	mask := uint64(len(s.slots) - 1)
	for i := mix(h) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case 0:
			s.slots[i] = h
			s.n++
			return true
		case h:
			return false
		}
	}
}

func fnv64(s []byte) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

type origin uint8

const (
	oTurkic origin = iota
	oPersian
	oArabic
	oRussian
)

type tokKind uint8

const (
	tWord  tokKind = iota // a capitalised word
	tLower                // a word written in lower case ("bin")
	tAl                   // the Arabic article, attached to the next word
	tBin                  // "bin", "ibn" in some English spellings
	tOglu                 // Azerbaijani patronymic marker "oğlu"
	tQizi                 // Azerbaijani patronymic marker "qızı"
)

type token struct {
	kind tokKind
	w    []rune
}

// spec is a name before rendering.
type spec struct {
	typ    dossier.EntityType
	origin origin
	toks   []token
	head   *orgHead // organisation word, nil for none
	iyyun  bool     // the last word takes the group suffix -iyyun (Azerbaijani -çilər)
	text   scheme   // scheme of the canonical spelling
}

func (s *spec) reset() {
	s.toks = s.toks[:0]
	s.head = nil
	s.iyyun = false
	s.text = schEn
}

func (s *spec) add(k tokKind, w []rune) { s.toks = append(s.toks, token{k, w}) }

func (g *NameGen) pickw(l [][]rune) []rune { return l[g.r.intn(len(l))] }

// join writes the concatenation of parts into the arena and returns it. The arena is sized so
// that it never grows while a name is built, which keeps earlier slices valid.
func (g *NameGen) join(parts ...[]rune) []rune {
	start := len(g.arena)
	for _, p := range parts {
		g.arena = append(g.arena, p...)
	}
	return g.arena[start:len(g.arena):len(g.arena)]
}

// stem returns an invented stem of two or three syllables, sometimes closed by a consonant.
func (g *NameGen) stem() []rune {
	start := len(g.arena)
	n := 2
	if g.r.chance(0.3) {
		n = 3
	}
	for i := 0; i < n; i++ {
		g.arena = append(g.arena, g.pickw(syllables)...)
	}
	if g.r.chance(0.6) {
		g.arena = append(g.arena, g.pickw(codas)...)
	}
	return g.arena[start:len(g.arena):len(g.arena)]
}

func lastVowel(w []rune) rune {
	for i := len(w) - 1; i >= 0; i-- {
		if isVowel(w[i]) {
			return w[i]
		}
	}
	return 'a'
}

// harmony returns the Azerbaijani suffix vowel (ı i u ü) that follows the last vowel of w.
func harmony(w []rune) rune {
	switch lastVowel(w) {
	case 'a', 'ā', 'ı':
		return 'ı'
	case 'o', 'u', 'ū':
		return 'u'
	case 'ö', 'ü':
		return 'ü'
	}
	return 'i'
}

var (
	rOv    = []rune("ov")
	rOva   = []rune("ova")
	rYev   = []rune("yev")
	rYeva  = []rune("yeva")
	rEv    = []rune("ev")
	rEva   = []rune("eva")
	rZade  = []rune("zādə")
	rBey   = []rune("bəyl")
	rXan   = []rune("xanl")
	rL     = []rune("l")
	rI     = []rune("ī")
	rY     = []rune("y")
	rOvic  = []rune("oviç")
	rEvic  = []rune("eviç")
	rOvna  = []rune("ovna")
	rEvna  = []rune("evna")
	rIyyun = []rune("iyyūn")
	rAbu   = []rune("əbū")
	rBin   = []rune("bin")
	rBint  = []rune("bint")
	rOglu  = []rune("oğlu")
	rQizi  = []rune("qızı")
	rImam  = []rune("imām")
)

// turkicSurname joins an Azerbaijani surname: -ov/-yev, -zadə, -li or -bəyli.
func (g *NameGen) turkicSurname(stem []rune, female bool) []rune {
	switch x := g.r.intn(20); {
	case x < 12:
		end := stem[len(stem)-1]
		switch {
		case isVowel(end) && female:
			return g.join(stem, rYeva)
		case isVowel(end):
			return g.join(stem, rYev)
		case female:
			return g.join(stem, rOva)
		default:
			return g.join(stem, rOv)
		}
	case x < 15:
		return g.join(stem, rZade)
	case x < 18:
		return g.join(stem, rL, []rune{harmony(stem)})
	case x < 19:
		return g.join(stem, rBey, []rune{'i'})
	default:
		return g.join(stem, rXan, []rune{'ı'})
	}
}

func (g *NameGen) draw(wide bool) {
	s := &g.sp
	x := g.r.intn(100)
	switch {
	case x < 80:
		s.typ = dossier.Person
		g.person(wide)
	case x < 92:
		s.typ = dossier.Organization
		g.org(wide)
	default:
		s.typ = dossier.Location
		g.place()
	}
}

func (g *NameGen) person(wide bool) {
	s := &g.sp
	female := g.r.chance(0.2)
	stemOr := func(l [][]rune) []rune {
		if wide || g.r.chance(0.4) {
			return g.stem()
		}
		return g.pickw(l)
	}
	switch x := g.r.intn(100); {
	case x < 45:
		s.origin = oTurkic
		if g.r.chance(0.3) {
			s.text = schAz
		}
		given := turkicMale
		if female {
			given = turkicFemale
		}
		s.add(tWord, g.pickw(given))
		if wide || g.r.chance(0.25) {
			s.add(tWord, g.pickw(turkicMale))
			if female {
				s.add(tQizi, rQizi)
			} else {
				s.add(tOglu, rOglu)
			}
		}
		var stem []rune
		if g.r.chance(0.5) {
			stem = stemOr(turkicMale)
		} else {
			stem = stemOr(turkicStems)
		}
		s.add(tWord, g.turkicSurname(stem, female))
	case x < 60:
		s.origin = oPersian
		if female {
			s.add(tWord, g.pickw(persianFemale))
		} else {
			s.add(tWord, g.pickw(persianMale))
		}
		stem := stemOr(persianStems)
		suf := g.pickw(persianSuffixes)
		if isVowel(stem[len(stem)-1]) && isVowel(suf[0]) {
			s.add(tWord, g.join(stem, rY, suf))
		} else {
			s.add(tWord, g.join(stem, suf))
		}
	case x < 88:
		s.origin = oArabic
		nisba := g.join(stemOr(arabicNisba), rI)
		switch y := g.r.intn(10); {
		case y < 3 && !female: // kunya: Abu Muhammad al-Tamimi
			s.add(tWord, rAbu)
			s.add(tWord, g.pickw(arabicMale))
		case y < 7:
			if female {
				s.add(tWord, g.pickw(arabicFemale))
				s.add(tLower, rBint)
			} else {
				s.add(tWord, g.pickw(arabicMale))
				s.add(tBin, rBin)
			}
			s.add(tWord, g.pickw(arabicMale))
		default:
			if female {
				s.add(tWord, g.pickw(arabicFemale))
			} else {
				s.add(tWord, g.pickw(arabicMale))
			}
			if wide || g.r.chance(0.5) {
				s.add(tWord, g.pickw(arabicMale))
			}
		}
		s.add(tAl, nil)
		s.add(tWord, nisba)
	default:
		s.origin = oRussian
		if female {
			s.add(tWord, g.pickw(russianFemale))
		} else {
			s.add(tWord, g.pickw(russianMale))
		}
		if wide || g.r.chance(0.3) {
			f := g.pickw(russianMale)
			end := f[len(f)-1]
			switch {
			case female && end == 'y':
				s.add(tWord, g.join(f, rEvna))
			case female:
				s.add(tWord, g.join(f, rOvna))
			case end == 'y':
				s.add(tWord, g.join(f, rEvic))
			default:
				s.add(tWord, g.join(f, rOvic))
			}
		}
		stem := stemOr(russianStems)
		end := stem[len(stem)-1]
		soft := isVowel(end) || end == 'y' || end == 'ş' || end == 'ç' || end == 'j' || (len(stem) > 1 && end == 's' && stem[len(stem)-2] == 't')
		switch {
		case isVowel(end) && female:
			s.add(tWord, g.join(stem, rYeva))
		case isVowel(end):
			s.add(tWord, g.join(stem, rYev))
		case soft && female:
			s.add(tWord, g.join(stem, rEva))
		case soft:
			s.add(tWord, g.join(stem, rEv))
		case female:
			s.add(tWord, g.join(stem, rOva))
		default:
			s.add(tWord, g.join(stem, rOv))
		}
	}
}

func (g *NameGen) org(wide bool) {
	s := &g.sp
	s.origin = oArabic
	x := g.r.intn(100)
	if x < 15 { // a company: Xəzər Neft şirkəti
		s.origin = oTurkic
		s.text = schAz
		s.head = &companyHead
		s.add(tWord, g.stem())
		s.add(tWord, g.pickw(trades))
		return
	}
	if x < 30 { // a group name: Husseiniyun
		if wide || g.r.chance(0.5) {
			s.add(tWord, g.stem())
		} else {
			s.add(tWord, g.pickw(patrons))
		}
		s.iyyun = true
		if g.r.chance(0.3) {
			s.head = &orgHeads[0] // Movement
		}
		return
	}
	s.head = &orgHeads[g.r.intn(len(orgHeads))]
	switch y := g.r.intn(10); {
	case wide || y < 3:
		s.add(tWord, g.stem())
		if g.r.chance(0.5) {
			s.add(tAl, nil)
			s.add(tWord, g.pickw(arabicNouns))
		}
	case y < 5:
		s.add(tWord, rImam)
		s.add(tWord, g.pickw(patrons))
	case y < 7:
		s.add(tAl, nil)
		s.add(tWord, g.pickw(arabicNouns))
	default:
		s.add(tWord, g.pickw(arabicLeads))
		s.add(tAl, nil)
		s.add(tWord, g.pickw(arabicNouns))
	}
}

func (g *NameGen) place() {
	s := &g.sp
	s.origin = oTurkic
	switch x := g.r.intn(10); {
	case x < 3:
		s.origin = oArabic
		s.add(tWord, g.pickw(placePrefixes))
		s.add(tWord, g.stem())
	case x < 8:
		s.add(tWord, g.join(g.stem(), g.pickw(placeSuffixes)))
	default:
		s.add(tWord, g.stem())
	}
}

// orgHead is an organisation word in each scheme; % stands for the name part.
type orgHead struct {
	en                 []string // base spelling first
	az, tr, ru, fa, ar string
	azCyr              string
}

var orgHeads = []orgHead{
	{en: []string{"% Movement", "Harakat %"}, az: "% Hərəkatı", tr: "% Hareketi", ru: "Движение «%»", fa: "جنبش %", ar: "حركة %"},
	{en: []string{"Kataib %", "Kata'ib %", "Kataeb %"}, az: "Kətaib %", tr: "Ketaib %", ru: "Катаиб %", fa: "کتائب %", ar: "كتائب %"},
	{en: []string{"Liwa %", "Liwa' %", "Liwaa %"}, az: "Liva %", tr: "Liva %", ru: "Лива %", fa: "لوای %", ar: "لواء %"},
	{en: []string{"% Brigade", "% Brigades"}, az: "% Briqadası", tr: "% Tugayı", ru: "Бригада «%»", fa: "تیپ %", ar: "لواء %"},
	{en: []string{"Saraya %", "Saraya' %"}, az: "Səraya %", tr: "Seraya %", ru: "Сарая %", fa: "سرایای %", ar: "سرايا %"},
	{en: []string{"Asaib %", "Asa'ib %"}, az: "Əsaib %", tr: "Esaib %", ru: "Асаиб %", fa: "عصائب %", ar: "عصائب %"},
	{en: []string{"% Front"}, az: "% Cəbhəsi", tr: "% Cephesi", ru: "Фронт «%»", fa: "جبهه %", ar: "جبهة %"},
	{en: []string{"% Battalion"}, az: "% Batalyonu", tr: "% Taburu", ru: "Батальон «%»", fa: "گردان %", ar: "كتيبة %"},
	{en: []string{"% Foundation", "% Charity Foundation"}, az: "% Fondu", tr: "% Vakfı", ru: "Фонд «%»", fa: "بنیاد %", ar: "مؤسسة %"},
	{en: []string{"% Society", "% Association"}, az: "% Cəmiyyəti", tr: "% Derneği", ru: "Общество «%»", fa: "انجمن %", ar: "جمعية %"},
}

var companyHead = orgHead{en: []string{"% LLC", "% Company", "% Trading Company"}, az: "% şirkəti", tr: "% Şirketi", ru: "Компания «%»", fa: "شرکت %", ar: "شركة %", azCyr: "% ширкәти"}

func init() {
	for i := range orgHeads {
		orgHeads[i].azCyr = orgHeads[i].ru
	}
}

var (
	rCilar = []rune("çılar")
	rCiler = []rune("çilər")
)

// renderAll appends every distinct spelling of the current spec to g.cbuf, canonical first,
// and their end offsets to g.ends. It returns how many it kept and their schemes, packed as in
// Name.schemes. English alternatives are chosen with alt.
func (g *NameGen) renderAll(alt *rng) (kept int, schemes uint64) {
	s := &g.sp
	o := out{b: g.cbuf}
	first := len(o.b) // start of this name's spellings
	keep := func(sc scheme, start int) {
		seg := o.b[start:]
		prev := first
		for j := 0; j < kept; j++ {
			end := g.ends[len(g.ends)-kept+j]
			if string(o.b[prev:end]) == string(seg) {
				o.b = o.b[:start]
				return
			}
			prev = end
		}
		schemes |= uint64(sc) << (4 * uint(kept))
		kept++
		g.ends = append(g.ends, len(o.b))
	}
	var used uint32
	start := len(o.b)
	g.renderScheme(&o, s.text, 0, &used)
	keep(s.text, start)
	for sc := schEn; sc < numSchemes; sc++ {
		if sc == s.text || sc == schAzCyr && s.origin != oTurkic {
			continue
		}
		start = len(o.b)
		g.renderScheme(&o, sc, 0, &used)
		keep(sc, start)
	}
	if s.head != nil && len(s.head.en) > 1 {
		used |= kHead
	}
	if used != 0 {
		var bits [numKnobs]uint32
		nb := 0
		for k := 0; k < numKnobs; k++ {
			if used&(1<<k) != 0 {
				bits[nb] = 1 << k
				nb++
			}
		}
		alts := 1 + alt.intn(3)
		for a := 0; a < alts && kept < 15; a++ {
			knobs := bits[alt.intn(nb)]
			if a == 2 {
				knobs |= bits[alt.intn(nb)] | bits[alt.intn(nb)]
			}
			start = len(o.b)
			g.renderScheme(&o, schEn, knobs, nil)
			keep(schEn, start)
		}
	}
	if s.head == &companyHead {
		schemes |= companyBit
	}
	g.cbuf = o.b
	return kept, schemes
}

// renderScheme appends the spelling of the current spec in scheme sc. used, when not nil,
// collects the English knobs that would change the spelling.
func (g *NameGen) renderScheme(o *out, sc scheme, knobs uint32, used *uint32) {
	s := &g.sp
	var scratch uint32
	if used == nil {
		used = &scratch
	}
	var pre, post string
	if h := s.head; h != nil {
		var tpl string
		switch sc {
		case schEn:
			tpl = h.en[0]
			if knobs&kHead != 0 {
				tpl = h.en[len(h.en)-1]
			}
		case schAz:
			tpl = h.az
		case schTr:
			tpl = h.tr
		case schRu:
			tpl = h.ru
		case schAzCyr:
			tpl = h.azCyr
		case schFa:
			tpl = h.fa
		case schAr:
			tpl = h.ar
		}
		for i := 0; i < len(tpl); i++ {
			if tpl[i] == '%' {
				pre, post = tpl[:i], tpl[i+1:]
				break
			}
		}
	}
	o.upper = false
	o.str(pre)
	arabic := sc == schFa || sc == schAr
	sDoubled := false
	for i, t := range s.toks {
		if i > 0 && s.toks[i-1].kind != tAl {
			o.b = append(o.b, ' ')
		}
		o.upper = false
		o.turk = sc == schAz || sc == schTr
		w := t.w
		switch t.kind {
		case tAl:
			switch sc {
			case schEn:
				*used |= kArticle
				if knobs&kArticle != 0 {
					o.str("el-")
				} else {
					o.str("al-")
				}
			case schAz:
				o.str("əl-")
			case schTr:
				o.str("el-")
			case schRu:
				o.str("аль-")
			case schAzCyr:
				o.str("әл-")
			default:
				o.str("ال")
			}
			continue
		case tBin:
			if sc == schEn {
				*used |= kIbn
				if knobs&kIbn != 0 {
					o.str("ibn")
				} else {
					o.str("bin")
				}
				continue
			}
		case tOglu, tQizi:
			switch sc {
			case schEn:
				*used |= kOgly
				switch {
				case t.kind == tOglu && knobs&kOgly != 0:
					o.str("ogly")
				case t.kind == tOglu:
					o.str("oglu")
				case knobs&kOgly != 0:
					o.str("kyzy")
				default:
					o.str("qizi")
				}
				continue
			case schRu:
				if t.kind == tOglu {
					o.str("оглы")
				} else {
					o.str("кызы")
				}
				continue
			}
		case tWord:
			o.upper = !arabic
			if s.iyyun && i == len(s.toks)-1 {
				switch sc {
				case schAz, schTr, schAzCyr:
					if harmony(w) == 'ı' || harmony(w) == 'u' {
						w = g.join(w, rCilar)
					} else {
						w = g.join(w, rCiler)
					}
				default:
					w = g.join(w, rIyyun)
				}
			}
		}
		switch sc {
		case schEn:
			if sp := splitPoint(w); sp > 0 && t.kind == tWord {
				*used |= kSplit
				if knobs&kSplit != 0 {
					enWord(o, w[:sp], knobs, used, &sDoubled)
					o.b = append(o.b, ' ')
					o.upper = true
					enWord(o, w[sp:], knobs, used, &sDoubled)
					continue
				}
			}
			enWord(o, w, knobs, used, &sDoubled)
		case schAz:
			latinWord(o, w, false)
		case schTr:
			latinWord(o, w, true)
		case schRu:
			ruWord(o, w)
		case schAzCyr:
			azCyrWord(o, w)
		case schFa:
			arabicWord(o, w, true)
		case schAr:
			arabicWord(o, w, false)
		}
	}
	o.upper = false
	o.str(post)
}
