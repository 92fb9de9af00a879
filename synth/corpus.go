package synth

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
)

// Document is one generated news-like document.
type Document struct {
	Name      string   `json:"name"`   // file name: 000042.txt, 000042.html or 000042.md
	Lang      string   `json:"lang"`   // en, az, tr, ru, fa or ar
	Format    string   `json:"format"` // text, html or markdown
	Title     string   `json:"title"`
	Publisher string   `json:"publisher"`
	Author    string   `json:"author"`
	Published string   `json:"published"` // YYYY-MM-DD
	Text      string   `json:"-"`         // the file's content
	Entities  []string `json:"entities"`  // canonical names (Name.Text) mentioned, in order of first mention
	// EchoOf is the index of an earlier document this one repeats, -1 if it is original.
	// EchoKind says how: "near_duplicate" (a copy with edits), "summary" (part of it, citing
	// the source's publisher in the text: "According to X") or "translation" (the same facts in
	// another language, names spelled for it).
	EchoOf   int    `json:"echo_of"`
	EchoKind string `json:"echo_kind,omitempty"`
}

// Corpus generates documents that mention a set of known names. Document(i) depends only on
// the seed, the names and the rates, so any document can be generated alone and in any order.
// The rates may be changed after NewCorpus and before generating; a Corpus is then safe for
// concurrent use.
type Corpus struct {
	Seed    uint64
	Names   []Name // the known names, as a name index or known-name scanner would load them
	Unknown []Name // further names the documents mention that are not in Names

	EchoRate     float64 // share of documents that echo an earlier one (default 0.15)
	EditRate     float64 // share of sentences changed in a near-duplicate (default 0.1)
	HTMLRate     float64 // share of documents rendered as HTML pages (default 0.12)
	MarkdownRate float64 // share rendered as Markdown (default 0.05)

	all                      []Name  // Names then Unknown
	persons, orgs, places    []int32 // known names by type; orgs are armed groups and movements
	companies                []int32 // known companies: backers, not actors
	uPersons, uOrgs, uPlaces []int32
	members                  [][]int32 // persons of each organisation, by position in orgs
	authors                  []Name
}

// NewCorpus returns a corpus over knownNames generated names (at least 1), with about a tenth
// as many unknown names. Its known names are Names(knownNames, seed).
func NewCorpus(seed uint64, knownNames int) *Corpus {
	if knownNames < 1 {
		knownNames = 1
	}
	unknown := knownNames/10 + 50
	all := Names(knownNames+unknown, seed)
	c := &Corpus{
		Seed: seed, Names: all[:knownNames:knownNames], Unknown: all[knownNames:], all: all,
		EchoRate: 0.15, EditRate: 0.1, HTMLRate: 0.12, MarkdownRate: 0.05,
	}
	for i := range all {
		known := i < knownNames
		var l *[]int32
		switch all[i].Type {
		case dossier.Person:
			l = &c.persons
			if !known {
				l = &c.uPersons
			}
		case dossier.Organization:
			switch {
			case !known:
				l = &c.uOrgs
			case all[i].company():
				l = &c.companies
			default:
				l = &c.orgs
			}
		default:
			l = &c.places
			if !known {
				l = &c.uPlaces
			}
		}
		*l = append(*l, int32(i))
	}
	if len(c.orgs) == 0 {
		c.orgs, c.companies = c.companies, nil
	}
	// Fall back on unknown names so that every slot can be filled however few names are known.
	for _, p := range []struct{ known, unknown *[]int32 }{{&c.persons, &c.uPersons}, {&c.orgs, &c.uOrgs}, {&c.places, &c.uPlaces}} {
		if len(*p.known) == 0 {
			*p.known = *p.unknown
		}
		if len(*p.known) == 0 {
			*p.known = []int32{0}
		}
		if len(*p.unknown) == 0 {
			*p.unknown = *p.known
		}
	}
	// Each known person belongs to one organisation, so documents about an organisation keep
	// naming the same people and the co-mention graph has communities.
	counts := make([]int32, len(c.orgs))
	home := func(p int32) int { return int(mix(seed^uint64(p)*0x9e3779b97f4a7c15) % uint64(len(c.orgs))) }
	for _, p := range c.persons {
		counts[home(p)]++
	}
	flat := make([]int32, len(c.persons))
	c.members = make([][]int32, len(c.orgs))
	off := int32(0)
	for o, n := range counts {
		c.members[o] = flat[off : off : off+n]
		off += n
	}
	for _, p := range c.persons {
		o := home(p)
		c.members[o] = append(c.members[o], p)
	}
	for _, n := range Names(300, seed^0x617574686f7273) {
		if n.Type == dossier.Person {
			c.authors = append(c.authors, n)
		}
	}
	return c
}

// sent is a generated sentence and the entities it mentions.
type sent struct {
	text   string
	ents   []int32
	filler bool
	kind   kind
	f      facts // for entity sentences
}

// draft is a document before rendering.
type draft struct {
	lang      *language
	title     string
	titleEnts []int32
	publisher string
	author    string
	pub       day
	paras     [][]sent
	echoOf    int
	echoKind  string
	cast      *cast
}

// docRNG returns the generator of document i; streams above 2^40 keep clear of names.
func (c *Corpus) docRNG(i int) rng { return newRNG(c.Seed, 1<<40+uint64(i)) }

// Document returns document i (i ≥ 0). The same corpus and i always give the same document.
func (c *Corpus) Document(i int) Document {
	r := c.docRNG(i)
	d := c.draft(i)
	return c.render(i, &r, d)
}

func (c *Corpus) draft(i int) *draft {
	r := c.docRNG(i)
	r.next() // the first number is the render's
	if i > 0 && r.chance(c.EchoRate) {
		j := i - 1 - r.intn(min(i, 200))
		src := c.draft(j)
		switch x := r.intn(10); {
		case x < 5:
			return c.nearDuplicate(&r, src, j)
		case x < 8:
			return c.summary(&r, src, j)
		}
		return c.translation(&r, src, j)
	}
	return c.original(&r)
}

var (
	epochStart = day{2015, 1, 1}.days()
	epochEnd   = day{2025, 12, 31}.days()
)

// cast is who and what a document is about, with the spelling it uses for each.
type cast struct {
	org, ally int32
	persons   []int32
	places    []int32
	founder   int32
	leader    int32
	founded   day
	names     []spelled // how the document spells each member of the cast
}

// spelled is how a document spells an entity.
type spelled struct {
	id        int32
	spell     string
	alt       string // another spelling given in brackets at the first mention, if any
	mentioned bool
}

// find returns the spelling of e; a cast has about ten members, so a scan beats a map.
func (k *cast) find(e int32) *spelled {
	for i := range k.names {
		if k.names[i].id == e {
			return &k.names[i]
		}
	}
	return nil
}

func (c *Corpus) pickLang(r *rng) *language {
	x := r.intn(1000)
	for _, s := range langShares {
		if x < s.share {
			return languages[s.code]
		}
		x -= s.share
	}
	return languages["en"]
}

// skewed picks from n items with a bias to the first ones, so some organisations are in the
// news much more often than others.
func skewed(r *rng, n int) int {
	u := float64(r.next()>>11) / (1 << 53)
	return int(u * u * float64(n))
}

// otherLangs lists, for a document language, the languages whose spellings also turn up in it:
// other Latin transliterations in Latin-script text, the other Arabic-script language, and the
// original form of a name.
var otherLangs = map[string][]string{
	"en": {"az"},
	"az": {"en", "tr"},
	"tr": {"en", "az"},
	"ru": {"en", "az-Cyrl"},
	"fa": {"ar", "en"},
	"ar": {"fa", "en"},
}

// bracketLangs are the languages of the alternative spelling sometimes bracketed after the first
// mention of a name ("Hüseynçilər (Husseiniyun)").
var bracketLangs = map[string][]string{
	"en": {"az", "ar", "fa", "ru"},
	"az": {"en", "ru"},
	"tr": {"en", "az"},
	"ru": {"en", "az"},
	"fa": {"en", "ar"},
	"ar": {"en", "fa"},
}

func (c *Corpus) newCast(r *rng, lang string) *cast {
	oi := skewed(r, len(c.orgs))
	k := &cast{org: c.orgs[oi]}
	k.ally = c.orgs[r.intn(len(c.orgs))]
	if len(c.companies) > 0 && r.chance(0.3) {
		k.ally = c.companies[r.intn(len(c.companies))]
	}
	if r.chance(0.1) {
		k.ally = c.uOrgs[r.intn(len(c.uOrgs))]
	}
	if k.ally == k.org && len(c.orgs) > 1 {
		k.ally = c.orgs[(oi+1)%len(c.orgs)]
	}
	mem := c.members[oi]
	np := r.between(2, 5)
	for j := 0; j < np; j++ {
		var p int32
		switch {
		case r.chance(0.1):
			p = c.uPersons[r.intn(len(c.uPersons))]
		case len(mem) > 0 && r.chance(0.75):
			p = mem[r.intn(len(mem))]
		default:
			p = c.persons[r.intn(len(c.persons))]
		}
		k.persons = append(k.persons, p)
	}
	nl := r.between(1, 3)
	for j := 0; j < nl; j++ {
		if r.chance(0.1) {
			k.places = append(k.places, c.uPlaces[r.intn(len(c.uPlaces))])
		} else {
			k.places = append(k.places, c.places[int(mix(c.Seed+uint64(k.org)+uint64(j)*7919)%uint64(len(c.places)))])
		}
	}
	// The facts of the organisation are fixed by its index; a minority of documents get the
	// founding year wrong, as real sources do.
	h := mix(c.Seed ^ uint64(k.org)*0xa0761d6478bd642f)
	k.founded = day{2003 + int(h%15), 1 + int(h>>8%12), 1 + int(h>>16%28)}
	if r.chance(0.12) {
		k.founded.y += []int{-2, -1, 1}[r.intn(3)]
	}
	k.founder, k.leader = k.persons[0], k.persons[len(k.persons)-1]
	if len(mem) > 0 {
		k.founder = mem[0]
		k.leader = mem[int(h>>24%uint64(len(mem)))]
	}
	c.respell(r, k, lang)
	return k
}

// respell chooses how a document in lang spells each member of the cast: mostly in the
// language's own scheme, sometimes in another seen in such text, and now and then with another
// spelling in brackets at the first mention.
func (c *Corpus) respell(r *rng, k *cast, lang string) {
	k.names = make([]spelled, 0, 4+len(k.persons)+len(k.places))
	spell := func(e int32) {
		if k.find(e) != nil {
			return
		}
		n := &c.all[e]
		l := lang
		if r.chance(0.15) {
			o := otherLangs[lang]
			l = o[r.intn(len(o))]
		}
		sp := spelled{id: e, spell: n.Spelling(l, r.intn(8))}
		if r.chance(0.1) {
			o := bracketLangs[lang]
			if a := n.Spelling(o[r.intn(len(o))], r.intn(8)); a != sp.spell {
				sp.alt = a
			}
		}
		k.names = append(k.names, sp)
	}
	spell(k.org)
	spell(k.ally)
	spell(k.founder)
	spell(k.leader)
	for _, p := range k.persons {
		spell(p)
	}
	for _, p := range k.places {
		spell(p)
	}
}

func (c *Corpus) eventDay(r *rng, pub day) day {
	return dayFrom(pub.days() - r.intn(8*365))
}

func randomPrec(r *rng) int {
	switch x := r.intn(100); {
	case x < 35:
		return precDay
	case x < 55:
		return precMonth
	case x < 85:
		return precYear
	}
	return precPart
}

// number writes n, brought into the range the language's templates agree with, in the
// language's digits; variant picks Arabic-Indic digits in some Arabic documents.
func (l *language) number(n, variant int) string {
	n = l.nMin + (n-l.nMin)%(l.nMax-l.nMin+1)
	if n < l.nMin {
		n += l.nMax - l.nMin + 1
	}
	s := strconv.Itoa(n)
	switch {
	case l.digits == 1:
		return digits(s, true)
	case l.digits == 2 && variant%3 == 0:
		return digits(s, false)
	}
	return s
}

// fill writes template t with entities from the cast.
// fill chooses what sentence t says about the cast and writes it.
func (c *Corpus) fill(r *rng, l *language, t template, k *cast, pub day) sent {
	if t.kind == kFiller {
		return sent{text: t.segs[0].lit, filler: true, kind: kFiller}
	}
	f := facts{p: k.persons[r.intn(len(k.persons))]}
	switch t.kind {
	case kFound:
		f.p = k.founder
	case kLead:
		f.p = k.leader
	}
	f.q = k.persons[r.intn(len(k.persons))]
	if f.q == f.p {
		f.q = k.persons[(indexOf(k.persons, f.p)+1)%len(k.persons)]
		if f.q == f.p {
			f.q = k.ally // a one-person cast meets the ally's spokesman, named as the group
		}
	}
	f.o, f.ally = k.org, k.ally
	if t.kind != kFound && t.kind != kLead && !c.all[f.ally].company() && r.chance(0.15) {
		f.o, f.ally = f.ally, f.o
	}
	f.place = k.places[r.intn(len(k.places))]
	f.n = r.between(2, 25)
	f.prec, f.variant = randomPrec(r), r.intn(12)
	if t.kind == kFound && f.o == k.org {
		f.when = k.founded
	} else {
		f.when = c.eventDay(r, pub)
	}
	text, ents := write(l, t, &f, k)
	return sent{text: text, ents: ents, kind: t.kind, f: f}
}

// facts are what an entity sentence says, independent of its language, so that a translation
// can say the same in another.
type facts struct {
	p, q, o, ally, place int32
	when                 day
	prec, variant        int
	n                    int
}

// write renders template t with the facts, naming entities as the cast spells them.
func write(l *language, t template, f *facts, k *cast) (string, []int32) {
	var b strings.Builder
	b.Grow(192)
	var ents []int32
	use := func(e int32) {
		sp := k.find(e)
		b.WriteString(sp.spell)
		ents = append(ents, e)
		if sp.alt != "" && !sp.mentioned && t.kind != kHeadline {
			sp.mentioned = true
			b.WriteString(" (" + sp.alt + ")")
		}
	}
	for _, s := range t.segs {
		switch s.slot {
		case 0:
			b.WriteString(s.lit)
		case 'P':
			use(f.p)
		case 'Q':
			use(f.q)
		case 'O':
			use(f.o)
		case 'R':
			use(f.ally)
		case 'L':
			use(f.place)
		case 'N':
			b.WriteString(l.number(f.n, f.variant))
		case 'D':
			b.WriteString(datePhrase(l.code, f.when, f.prec, f.variant))
		}
	}
	text := b.String()
	// A sentence that opens with a date phrase ("в 2016 году ...") starts with a capital.
	if r, n := utf8.DecodeRuneInString(text); t.segs[0].slot == 'D' && unicode.IsLower(r) {
		text = string(unicode.ToUpper(r)) + text[n:]
	}
	return text, ents
}

func indexOf(l []int32, x int32) int {
	for i, v := range l {
		if v == x {
			return i
		}
	}
	return 0
}

// targetSize is the body size in bytes: 2–6 KB, mean 4 KB, one in ten up to 8 KB.
func targetSize(r *rng) int {
	n := 2048 + r.intn(2048) + r.intn(2048)
	if r.chance(0.1) {
		n += r.intn(2048)
	}
	return n
}

func (c *Corpus) original(r *rng) *draft {
	l := c.pickLang(r)
	pub := dayFrom(epochStart + r.intn(epochEnd-epochStart+1))
	k := c.newCast(r, l.code)
	d := &draft{lang: l, pub: pub, echoOf: -1, cast: k}
	d.publisher = l.publishers[r.intn(len(l.publishers))]
	d.author = c.authors[r.intn(len(c.authors))].Spelling(l.code, r.intn(4))
	h := c.fill(r, l, l.headlines[r.intn(len(l.headlines))], k, pub)
	d.title, d.titleEnts = h.text, h.ents
	target, size := targetSize(r), 0
	entTpl, fillers := l.entTpl, l.fillers
	// The lead states the founding and the leadership; the rest is drawn at random.
	lead := []sent{
		c.fill(r, l, pickKind(r, entTpl, kFound), k, pub),
		c.fill(r, l, pickKind(r, entTpl, kLead), k, pub),
	}
	d.paras = append(d.paras, lead)
	size += len(lead[0].text) + len(lead[1].text)
	used := map[string]bool{lead[0].text: true, lead[1].text: true}
	for size < target {
		n := r.between(2, 5)
		para := make([]sent, 0, n)
		for j := 0; j < n; j++ {
			var s sent
			for try := 0; try < 4; try++ { // a sentence is not repeated word for word, mostly
				if r.chance(0.3) {
					s = c.fill(r, l, fillers[r.intn(len(fillers))], k, pub)
				} else {
					s = c.fill(r, l, entTpl[r.intn(len(entTpl))], k, pub)
				}
				if !used[s.text] {
					break
				}
			}
			used[s.text] = true
			size += len(s.text) + 1
			para = append(para, s)
		}
		d.paras = append(d.paras, para)
	}
	return d
}

func pickKind(r *rng, l []template, k kind) template {
	n := 0
	for _, t := range l {
		if t.kind == k {
			n++
		}
	}
	x := r.intn(n)
	for _, t := range l {
		if t.kind == k {
			if x == 0 {
				return t
			}
			x--
		}
	}
	return l[0]
}

func (c *Corpus) otherPublisher(r *rng, l *language, not string) string {
	p := l.publishers[r.intn(len(l.publishers))]
	if p == not {
		p = l.publishers[(indexOfString(l.publishers, p)+1)%len(l.publishers)]
	}
	return p
}

func indexOfString(l []string, x string) int {
	for i, v := range l {
		if v == x {
			return i
		}
	}
	return 0
}

func (l *language) filler(r *rng) template { return l.fillers[r.intn(len(l.fillers))] }

// nearDuplicate copies src with sentence-level edits (drops, replacements, insertions) and
// word-level edits in sentences that name nobody, at c.EditRate.
func (c *Corpus) nearDuplicate(r *rng, src *draft, j int) *draft {
	l := src.lang
	d := &draft{lang: l, echoOf: j, echoKind: "near_duplicate", titleEnts: src.titleEnts, cast: src.cast}
	d.pub = dayFrom(src.pub.days() + r.intn(11))
	d.publisher = c.otherPublisher(r, l, src.publisher)
	d.author = src.author
	if r.chance(0.5) {
		d.author = c.authors[r.intn(len(c.authors))].Spelling(l.code, r.intn(4))
	}
	d.title = src.title
	if r.chance(0.4) {
		d.title = l.updated + src.title
	}
	var none cast
	for _, p := range src.paras {
		var para []sent
		for _, s := range p {
			if !r.chance(c.EditRate) {
				para = append(para, s)
				continue
			}
			switch x := r.intn(4); {
			case x == 0: // dropped
			case x == 1:
				para = append(para, c.fill(r, l, l.filler(r), &none, d.pub))
			case x == 2 || !s.filler:
				para = append(para, s, c.fill(r, l, l.filler(r), &none, d.pub))
			default:
				para = append(para, sent{text: editWords(r, s.text), filler: true})
			}
		}
		if len(para) > 0 {
			d.paras = append(d.paras, para)
		}
	}
	return d
}

// editWords deletes, repeats or swaps one word.
func editWords(r *rng, s string) string {
	w := strings.Fields(s)
	if len(w) < 3 {
		return s
	}
	i := r.intn(len(w) - 1)
	switch r.intn(3) {
	case 0:
		w = append(w[:i], w[i+1:]...)
	case 1:
		w = append(w[:i+1], w[i:]...)
	default:
		w[i], w[i+1] = w[i+1], w[i]
	}
	return strings.Join(w, " ")
}

// summary restates part of src and says where it comes from.
func (c *Corpus) summary(r *rng, src *draft, j int) *draft {
	l := src.lang
	d := &draft{lang: l, echoOf: j, echoKind: "summary", title: src.title, titleEnts: src.titleEnts, cast: src.cast}
	d.pub = dayFrom(src.pub.days() + r.intn(6))
	d.publisher = c.otherPublisher(r, l, src.publisher)
	d.author = c.authors[r.intn(len(c.authors))].Spelling(l.code, r.intn(4))
	var taken []sent
	for _, p := range src.paras {
		for _, s := range p {
			if !s.filler && r.chance(0.45) {
				taken = append(taken, s)
			}
		}
	}
	if len(taken) == 0 {
		taken = append(taken, src.paras[0]...)
	}
	// "According to X, " goes before a sentence that starts with a name, which needs no change
	// of case; without one, the sentence naming the source stands alone.
	var b strings.Builder
	for i, s := range taken {
		if len(s.ents) == 0 || !strings.HasPrefix(s.text, src.cast.find(s.ents[0]).spell) {
			continue
		}
		for _, sg := range l.cite.segs {
			if sg.slot == 'S' {
				b.WriteString(src.publisher)
			} else {
				b.WriteString(sg.lit)
			}
		}
		b.WriteString(s.text)
		taken[i].text = b.String()
		taken[0], taken[i] = taken[i], taken[0]
		break
	}
	b.Reset()
	for _, sg := range l.firstSaid.segs {
		switch sg.slot {
		case 'S':
			b.WriteString(src.publisher)
		case 'D':
			b.WriteString(datePhrase(l.code, src.pub, precDay, r.intn(12)))
		default:
			b.WriteString(sg.lit)
		}
	}
	var none cast
	all := append(taken, sent{text: b.String(), filler: true}, c.fill(r, l, l.filler(r), &none, d.pub))
	for len(all) > 0 {
		n := min(len(all), r.between(2, 4))
		d.paras = append(d.paras, all[:n:n])
		all = all[n:]
	}
	return d
}

// translation says what src says in another language: each entity sentence becomes a sentence
// of the same kind and facts, names are spelled for the new language, and the sentences that
// name nobody are replaced by others.
func (c *Corpus) translation(r *rng, src *draft, j int) *draft {
	var l *language
	if src.lang.code != "en" && r.chance(0.6) {
		l = languages["en"]
	} else {
		for l = c.pickLang(r); l == src.lang; l = c.pickLang(r) {
		}
	}
	k := *src.cast
	c.respell(r, &k, l.code)
	d := &draft{lang: l, echoOf: j, echoKind: "translation", cast: &k}
	d.pub = dayFrom(src.pub.days() + r.intn(4))
	d.publisher = l.publishers[r.intn(len(l.publishers))]
	d.author = c.authors[r.intn(len(c.authors))].Spelling(l.code, r.intn(4))
	h := c.fill(r, l, l.headlines[r.intn(len(l.headlines))], &k, d.pub)
	d.title, d.titleEnts = h.text, h.ents
	for _, p := range src.paras {
		para := make([]sent, 0, len(p))
		for _, s := range p {
			if s.filler {
				para = append(para, sent{text: l.filler(r).segs[0].lit, filler: true, kind: kFiller})
				continue
			}
			f := s.f
			text, ents := write(l, pickKind(r, l.entTpl, s.kind), &f, &k)
			para = append(para, sent{text: text, ents: ents, kind: s.kind, f: f})
		}
		d.paras = append(d.paras, para)
	}
	return d
}

// render turns a draft into the document's file content in one of the three formats.
func (c *Corpus) render(i int, r *rng, d *draft) Document {
	// r's first number was reserved for this choice, so the format does not depend on how
	// the draft consumed its own numbers.
	u := float64(r.next()>>11) / (1 << 53)
	doc := Document{Lang: d.lang.code, Title: d.title, Publisher: d.publisher, Author: d.author,
		Published: d.pub.String(), EchoOf: d.echoOf, EchoKind: d.echoKind}
	var seen []int32
	add := func(es []int32) {
		for _, e := range es {
			if !slices.Contains(seen, e) {
				seen = append(seen, e)
				doc.Entities = append(doc.Entities, c.all[e].Text)
			}
		}
	}
	add(d.titleEnts)
	for _, p := range d.paras {
		for _, s := range p {
			add(s.ents)
		}
	}
	size := len(d.title) + 2048
	for _, p := range d.paras {
		for _, s := range p {
			size += len(s.text) + 1
		}
	}
	var b strings.Builder
	b.Grow(size)
	switch {
	case u < c.HTMLRate:
		doc.Format, doc.Name = "html", fmt.Sprintf("%06d.html", i)
		writeHTML(&b, d)
	case u < c.HTMLRate+c.MarkdownRate:
		doc.Format, doc.Name = "markdown", fmt.Sprintf("%06d.md", i)
		writeMarkdown(&b, d)
	default:
		doc.Format, doc.Name = "text", fmt.Sprintf("%06d.txt", i)
		b.WriteString(d.title)
		b.WriteString("\n\n")
		b.WriteString(d.publisher + " | " + d.author + " | " + d.pub.String() + "\n")
		for _, p := range d.paras {
			b.WriteByte('\n')
			writePara(&b, p, false)
			b.WriteByte('\n')
		}
	}
	doc.Text = b.String()
	return doc
}

func writePara(b *strings.Builder, p []sent, escape bool) {
	for j, s := range p {
		if j > 0 {
			b.WriteByte(' ')
		}
		if escape {
			b.WriteString(html.EscapeString(s.text))
		} else {
			b.WriteString(s.text)
		}
	}
}

func writeHTML(b *strings.Builder, d *draft) {
	l := d.lang
	esc := html.EscapeString
	dir := "ltr"
	if l.code == "fa" || l.code == "ar" {
		dir = "rtl"
	}
	date := d.pub.String()
	b.WriteString("<!DOCTYPE html>\n<html lang=\"" + l.code + "\" dir=\"" + dir + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<title>" + esc(d.title) + " | " + esc(d.publisher) + "</title>\n")
	b.WriteString("<meta name=\"author\" content=\"" + esc(d.author) + "\">\n")
	b.WriteString("<meta name=\"date\" content=\"" + date + "\">\n")
	b.WriteString("<meta property=\"article:published_time\" content=\"" + date + "T08:00:00Z\">\n")
	b.WriteString("<meta property=\"og:site_name\" content=\"" + esc(d.publisher) + "\">\n")
	b.WriteString("<link rel=\"stylesheet\" href=\"/static/site.css\">\n</head>\n<body>\n<header>\n")
	b.WriteString("<a class=\"logo\" href=\"/\">" + esc(d.publisher) + "</a>\n<nav><ul>\n")
	for i, n := range l.nav {
		b.WriteString("<li><a href=\"/section/" + strconv.Itoa(i+1) + "\">" + esc(n) + "</a></li>\n")
	}
	b.WriteString("</ul></nav>\n</header>\n<main>\n<article>\n<h1>" + esc(d.title) + "</h1>\n")
	b.WriteString("<p class=\"byline\">" + esc(l.byline) + " <span class=\"author\">" + esc(d.author) + "</span>, <time datetime=\"" + date + "\">" + date + "</time></p>\n")
	for i, p := range d.paras {
		if i == len(d.paras)/2 && len(d.paras) >= 3 {
			b.WriteString("<h2>" + esc(l.background) + "</h2>\n")
		}
		b.WriteString("<p>")
		writePara(b, p, true)
		b.WriteString("</p>\n")
	}
	b.WriteString("</article>\n<aside class=\"related\"><ul>\n")
	for i := range 3 {
		b.WriteString("<li><a href=\"/a/" + strconv.Itoa(d.pub.days()*3+i) + "\">" + esc(l.nav[i]) + "</a></li>\n")
	}
	b.WriteString("</ul></aside>\n</main>\n<footer>\n<p>© " + strconv.Itoa(d.pub.y) + " " + esc(d.publisher) + ". " + esc(l.rights) + "</p>\n")
	b.WriteString("<script src=\"/static/analytics.js\"></script>\n</footer>\n</body>\n</html>\n")
}

func writeMarkdown(b *strings.Builder, d *draft) {
	l := d.lang
	b.WriteString("# " + d.title + "\n\n*" + l.byline + " " + d.author + " · " + d.publisher + " · " + d.pub.String() + "*\n")
	for i, p := range d.paras {
		if i == len(d.paras)/2 && len(d.paras) >= 3 {
			b.WriteString("\n## " + l.background + "\n")
		}
		b.WriteByte('\n')
		if i == 0 {
			b.WriteString("**")
			writePara(b, p, false)
			b.WriteString("**\n")
			continue
		}
		writePara(b, p, false)
		b.WriteByte('\n')
	}
}

// WriteDir writes documents 0 to n-1 into dir (created if needed), one file each, named by
// Document.Name. It uses all CPUs; the files are the same whatever their number.
func (c *Corpus) WriteDir(dir string, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("synth: write corpus: %w", err)
	}
	workers := runtime.GOMAXPROCS(0)
	var (
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		next  = make(chan int, 256)
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				d := c.Document(i)
				if err := os.WriteFile(filepath.Join(dir, d.Name), []byte(d.Text), 0o644); err != nil {
					mu.Lock()
					if first == nil {
						first = fmt.Errorf("synth: write corpus: %w", err)
					}
					mu.Unlock()
				}
			}
		}()
	}
	for i := 0; i < n; i++ {
		mu.Lock()
		failed := first != nil
		mu.Unlock()
		if failed {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	return first
}

// WriteManifest writes one JSON object per document 0 to n-1 (the Document fields without
// the text: name, lang, format, title, publisher, author, published, entities, echo_of,
// echo_kind), the ground truth for evaluating ingest, extraction and echo detection.
func (c *Corpus) WriteManifest(w io.Writer, n int) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := 0; i < n; i++ {
		d := c.Document(i)
		if err := enc.Encode(&d); err != nil {
			return fmt.Errorf("synth: write manifest: %w", err)
		}
	}
	return nil
}
