// Package known finds the names of known entities in a text, in one pass, in any of their
// stored spellings.
//
// An Automaton is built from every name and alias in the store (Entry). Text and names are cut
// into words the same way (letters, digits and combining marks, with apostrophes and invisible
// characters allowed inside a word), and each word is reduced to its key, its matching form
// (normalize.FoldRune: lower case, no diacritics, Arabic and Persian letter variants unified,
// hamza, tatweel, zero-width and bidi controls gone). Keys are interned to dense integers and
// names become sequences of them in a token trie, so a scan costs one hash lookup per word of
// text, word boundaries come for free ("Iran" is not in "Iranian", "IS" not in "ISIS"), and a
// name split across a line break or a hyphen is still one name.
//
// Around the exact key, a word may match through an affix:
//
//   - the last word of a name with an Azerbaijani or Turkish case or possessive suffix
//     ("Bakıda", "İbrahimbəylinin"), after an apostrophe ("Tahran'da", "Qum'da", "Begli's"), or
//     with a Russian case ending ("в Тегеране", "Хезболлы");
//   - the first word with an Arabic or Persian clitic prefix ("والحسينيون", "بطهران");
//
// short all-capitals names (up to five letters: "IS", "IRGC") match only in capitals, and a
// one-word capitalised name only a capitalised word ("have" is not the place "Have").
//
// Where no stored spelling starts at a capitalised Latin or Cyrillic word, a second trie over
// consonant skeletons (names.Skeleton) proposes names spelt in another transliteration
// ("Qassem Suleimani"), and names.ScorePrepared against a stored spelling in the same script
// decides (see loose.go).
//
// Matches are leftmost-longest and do not overlap: "Kataib Hezbollah" wins over "Hezbollah".
//
// Cost: Find is linear in the text, with at most maxPatternTokens trie steps from each word, a
// bounded number of affix lookups per word and a budget of loose verifications proportional to
// the text; memory per call is constant apart from the result. An Automaton never changes once
// built and is safe for concurrent use.
package known

import (
	"bytes"
	"slices"
	"sync"

	"github.com/dossier-osint/dossier"
)

// Entry is one name of a known entity: its canonical name or an alias, in any script.
type Entry struct {
	EntityID string
	Name     string
	Type     dossier.EntityType
}

// Match is a known name found in a text.
type Match struct {
	Span    dossier.Span // code points of the text, end exclusive
	Text    string       // the text of Span
	Entries []int        // indices of the matching entries (Automaton.Entry), ascending
	Name    string       // the stored name of Entries[0]
	// Score is 1 for an exact match, AffixScore for one through an affix or variant, and the
	// names.Score of the text against the stored name for a loose match (see LooseThreshold).
	Score float64
	// Exact is true when every word matched the key of a stored spelling as written, for one of
	// Entries at least; false when a suffix or prefix was removed or only an article-less
	// variant of a stored name matched.
	Exact bool
}

// maxEntriesPerMatch bounds the entries reported for one match, so that a store holding one
// name for very many entities cannot make a single match arbitrarily large.
const maxEntriesPerMatch = 64

// Automaton finds known names. The zero value and nil find nothing. It is immutable and safe
// for concurrent use.
//
// Internally it is a short list of layers, each a trie over a contiguous run of entries, the
// largest first. With adds a batch as a new layer and merges the last two layers (rebuilding
// them as one) while the newer holds at least half as many entries as the older, or while
// there are more than maxLayers. Sizes therefore at least double towards the first layer, as in
// a log-structured merge tree: an entry is rebuilt about log2 of the additions times over its
// life, not at every addition (adding 100,000 names one at a time, or 100 at a time, to 750,000
// rebuilds each added name 11 to 21 times, and the 750,000 never), and Find looks each word up
// in at most maxLayers tables, most of them answered by their Bloom filter.
type Automaton struct {
	n      int // entries
	layers []*layer
}

const maxLayers = 8

// Build returns an automaton over entries. Names that yield no word, or more than sixteen
// words, are ignored. The automaton keeps its own copy of the entries.
func Build(entries []Entry) *Automaton {
	a := &Automaton{n: len(entries)}
	if len(entries) > 0 {
		a.layers = []*layer{buildLayer(entries, 0)}
	}
	return a
}

// With returns an automaton over a's entries followed by more; a is unchanged and entry
// indices of a stay valid. See Automaton for the cost.
func (a *Automaton) With(more []Entry) *Automaton {
	if a == nil {
		return Build(more)
	}
	if len(more) == 0 {
		return a
	}
	b := &Automaton{n: a.n + len(more)}
	b.layers = append(slices.Clone(a.layers), buildLayer(more, a.n))
	for len(b.layers) > 1 {
		k := len(b.layers)
		last, prev := b.layers[k-1], b.layers[k-2]
		if 2*last.store.len() < prev.store.len() && k <= maxLayers {
			break
		}
		merged := make([]Entry, 0, prev.store.len()+last.store.len())
		for _, l := range b.layers[k-2:] {
			for i := range l.store.len() {
				merged = append(merged, l.store.get(i))
			}
		}
		b.layers = append(b.layers[:k-2], buildLayer(merged, prev.base))
	}
	return b
}

// Len returns the number of entries.
func (a *Automaton) Len() int {
	if a == nil {
		return 0
	}
	return a.n
}

// Entry returns entry i (0 ≤ i < Len).
func (a *Automaton) Entry(i int) Entry {
	for k := len(a.layers) - 1; k >= 0; k-- {
		if l := a.layers[k]; i >= l.base {
			return l.store.get(i - l.base)
		}
	}
	panic("known: entry index out of range")
}

// Find returns the known names in text, leftmost-longest, without overlaps, in text order. All
// affix rules apply; FindLang restricts them to a language.
func (a *Automaton) Find(text string) []Match { return a.find(text, rulesAll) }

// FindLang is Find for a text in language lang (ISO 639-1): in English text Latin words lose
// only a possessive "'s", and in Russian text Latin words keep their endings; other languages,
// and "und", get every rule.
func (a *Automaton) FindLang(text, lang string) []Match { return a.find(text, rulesFor(lang)) }

// Affix rules.
const (
	rTurkic     uint8 = 1 << iota // Turkic suffixes on Latin words, any suffix after an apostrophe
	rRussian                      // Russian case endings on Cyrillic words
	rArabic                       // clitic prefixes on Arabic-script words
	rPossessive                   // "'s" on Latin words
	rulesAll    = rTurkic | rRussian | rArabic | rPossessive
)

func rulesFor(lang string) uint8 {
	switch lang {
	case "en", "ru", "uk":
		return rRussian | rArabic | rPossessive
	}
	return rulesAll
}

// Candidate kinds.
const (
	kExact   uint8 = iota // the word's key
	kCaps                 // the word's all-capitals key
	kPrefix               // the key without a clitic prefix; first word only
	kSuffix               // the key without a suffix; last word only
	kInflect              // a Cyrillic word's key with its case ending undone; any word
)

// cand is a key under which a word may continue or end a name in one layer. k0 and k1 are the
// key bytes of the word that the name covers.
type cand struct {
	key    uint32
	layer  uint8
	kind   uint8
	k0, k1 uint16
}

const maxCands = 16

// ringSize bounds the words held at once; it exceeds maxPatternTokens.
const ringSize = 32

type matcher struct {
	a     *Automaton
	rules uint8
	z     tokenizer
	ring  [ringSize]token
	have  int // words read so far
	eof   bool
	buf   []byte
	// walk state; deep says candidates are wanted for a word after a name's first
	cur, nxt []state
	deep     bool

	// loose matching caches (see loose.go); skc outlives a call, vc is valid for gen only
	skc    [skelCacheSize]skelEntry
	vc     [verdictCacheSize]verdict
	gen    uint32
	budget int // names.ScorePrepared calls left in this call
}

type state struct {
	node  uint32
	layer uint8
	exact bool
	k0    uint16
}

var matchers = sync.Pool{New: func() any { return new(matcher) }}

func (a *Automaton) find(text string, rules uint8) []Match {
	if a == nil || len(a.layers) == 0 {
		return nil
	}
	m := matchers.Get().(*matcher)
	defer matchers.Put(m)
	m.a, m.rules, m.have, m.eof = a, rules, 0, false
	m.gen++
	m.budget = scoreBase + len(text)/scoreEvery
	m.z.reset(text)
	var out []Match
	for p := 0; ; {
		t := m.word(p)
		if t == nil {
			break
		}
		if mt, next, ok := m.walk(p); ok {
			out = append(out, mt)
			p = next
		} else if mt, next, ok := m.walkLoose(p); ok {
			out = append(out, mt)
			p = next
		} else {
			p++
		}
	}
	m.a = nil
	m.z.reset("")
	return out
}

// word returns word i, reading on as needed, or nil after the last word. i is never more than
// ringSize/2 behind the furthest word read.
func (m *matcher) word(i int) *token {
	for m.have <= i {
		if m.eof {
			return nil
		}
		t := &m.ring[m.have%ringSize]
		if !m.z.next(t) {
			m.eof = true
			return nil
		}
		m.have++
	}
	return &m.ring[i%ringSize]
}

// candidates fills t.cands once.
func (m *matcher) candidates(t *token) {
	if t.ready {
		return
	}
	t.ready = true
	t.nc = 0
	if t.long || len(t.key) == 0 {
		return
	}
	add := func(li int, id uint32, kind uint8, k0, k1 int) {
		if id != 0 && int(t.nc) < maxCands {
			t.cands[t.nc] = cand{id, uint8(li), kind, uint16(k0), uint16(k1)}
			t.nc++
		}
	}
	key := t.key
	n := len(key)
	for li, l := range m.a.layers {
		add(li, l.keys.find(t.hash, key), kExact, 0, n)
		if t.flags&tAllCaps != 0 && n <= maxAcronym {
			m.buf = append(append(m.buf[:0], 1), key...)
			add(li, l.keys.find(capsHash(key), m.buf), kCaps, 0, n)
		}
		if t.flags&tArab != 0 && m.rules&rArabic != 0 {
			for _, pre := range arabicPrefixes {
				if n-len(pre) >= minStemArab && bytes.HasPrefix(key, pre) {
					rest := key[len(pre):]
					add(li, l.keys.find(hashBytes(rest), rest), kPrefix, len(pre), n)
				}
			}
		}
		m.stems(t, li, l, add)
	}
}

// stems adds the suffix-stripped keys of t in layer l.
func (m *matcher) stems(t *token, li int, l *layer, add func(int, uint32, uint8, int, int)) {
	key := t.key
	n := len(key)
	switch {
	case t.apos >= 0:
		if t.flags&tLatin == 0 || t.apos < 2 || n-t.apos > maxAposSuffix {
			return
		}
		suf := key[t.apos:]
		if m.rules&rTurkic != 0 || m.rules&rPossessive != 0 && len(suf) == 1 && suf[0] == 's' {
			add(li, l.keys.find(t.prefixHash(t.apos), key[:t.apos]), kSuffix, 0, t.apos)
			if t.aposCaps && t.apos <= maxAcronym {
				m.buf = append(append(m.buf[:0], 1), key[:t.apos]...)
				add(li, l.keys.find(capsHash(key[:t.apos]), m.buf), kSuffix, 0, t.apos)
			}
		}
	case t.flags&tCyrl != 0 && m.rules&rRussian != 0:
		// Russian declines every word of a name ("Исламского государства"), so the stems
		// of any Cyrillic word may continue a name; only a capitalised word starts one. A
		// lower-case word is stemmed only when a walk reaches it after a name's first word
		// (m.deep): walks only move forward, so no later walk needs its stems.
		if t.flags&tUpper == 0 && !m.deep {
			return
		}
		tries := 0
		for _, end := range russianByLast[key[n-1]] {
			if n-len(end) < minStemCyrl || !bytes.HasSuffix(key, end) {
				continue
			}
			k := n - len(end)
			stem, h := key[:k], t.prefixHash(k)
			for _, r := range russianRestore {
				if r == "" {
					add(li, l.keys.find(h, stem), kInflect, 0, k)
				} else if r != string(end) {
					m.buf = append(append(m.buf[:0], stem...), r...)
					add(li, l.keys.find(extendHash(h, r), m.buf), kInflect, 0, n)
				}
				if tries++; tries == maxStemsCyrl {
					return
				}
			}
		}
	case t.flags&tUpper == 0:
		// Inflected common words are not names; proper names in Latin script are
		// capitalised.
	case t.flags&tLatin != 0 && m.rules&rTurkic != 0:
		tries := 0
		for _, suf := range turkicByLast[key[n-1]] {
			min := minStemLatin
			if len(suf) == 1 {
				min = minStemLatin1
			}
			if n-len(suf) < min || !bytes.HasSuffix(key, suf) {
				continue
			}
			k := n - len(suf)
			add(li, l.keys.find(t.prefixHash(k), key[:k]), kSuffix, 0, k)
			if tries++; tries == maxStemsPerTok {
				return
			}
		}
	}
}

// alt is a name that ends at a word.
type alt struct {
	layer  uint8
	node   uint32
	exact  bool
	k0, k1 uint16
}

// walk looks for the longest name starting at word p. It returns the match and the index of
// the first word after it.
func (m *matcher) walk(p int) (Match, int, bool) {
	t := m.word(p)
	m.deep = false
	m.candidates(t)
	if t.nc == 0 {
		return Match{}, 0, false
	}
	m.cur = m.cur[:0]
	var best [4]alt
	nbest, bestD := 0, -1
	consider := func(d int, a alt) {
		if d > bestD {
			bestD, nbest = d, 0
		}
		if nbest < len(best) {
			best[nbest] = a
			nbest++
		}
	}
	for i := range t.nc {
		c := t.cands[i]
		if c.kind == kInflect && t.flags&tUpper == 0 {
			continue // "тегеране" is a common word's form, not a name's
		}
		l := m.a.layers[c.layer]
		node := l.child(0, c.key)
		if node == 0 {
			continue
		}
		exact := c.kind <= kCaps
		if l.accepts(node, t.flags&tUpper != 0) {
			consider(0, alt{c.layer, node, exact, c.k0, c.k1})
		}
		if c.kind != kSuffix && len(m.cur) < 16 {
			m.cur = append(m.cur, state{node, c.layer, exact, c.k0})
		}
	}
	for d := 1; d < maxPatternTokens && len(m.cur) > 0; d++ {
		u := m.word(p + d)
		if u == nil || u.flags&tJoined == 0 {
			break
		}
		m.deep = true
		m.candidates(u)
		m.nxt = m.nxt[:0]
		for _, s := range m.cur {
			l := m.a.layers[s.layer]
			for i := range u.nc {
				c := u.cands[i]
				if c.layer != s.layer || c.kind == kPrefix {
					continue
				}
				node := l.child(s.node, c.key)
				if node == 0 {
					continue
				}
				exact := s.exact && c.kind <= kCaps
				if l.terminal(node) {
					consider(d, alt{s.layer, node, exact, s.k0, c.k1})
				}
				if c.kind != kSuffix && len(m.nxt) < 16 {
					m.nxt = append(m.nxt, state{node, s.layer, exact, s.k0})
				}
			}
		}
		m.cur, m.nxt = m.nxt, m.cur
	}
	if bestD < 0 {
		return Match{}, 0, false
	}
	// Prefer an exact alternative, then the widest; report the entries of every alternative
	// with the chosen span.
	pick := 0
	for i := 1; i < nbest; i++ {
		a, b := best[i], best[pick]
		if a.exact != b.exact {
			if a.exact {
				pick = i
			}
			continue
		}
		if a.k0 < b.k0 || a.k0 == b.k0 && a.k1 > b.k1 {
			pick = i
		}
	}
	chosen := best[pick]
	first, last := m.word(p), m.word(p+bestD)
	lower := bestD == 0 && first.flags&tUpper == 0
	b0, c0 := locate(m.z.s, first, int(chosen.k0), false)
	b1, c1 := locate(m.z.s, last, int(chosen.k1), true)
	mt := Match{Span: dossier.Span{Start: c0, End: c1}, Text: m.z.s[b0:b1]}
	for i := range nbest {
		a := best[i]
		if a.k0 != chosen.k0 || a.k1 != chosen.k1 {
			continue
		}
		l := m.a.layers[a.layer]
		for _, o := range l.outs(a.node) {
			if len(mt.Entries) == maxEntriesPerMatch {
				break
			}
			if lower && o&oProper != 0 {
				continue
			}
			mt.Entries = append(mt.Entries, l.base+int(o>>2))
			if o&oVariant == 0 && a.exact {
				mt.Exact = true
			}
		}
	}
	if len(mt.Entries) == 0 {
		return Match{}, 0, false
	}
	slices.Sort(mt.Entries)
	mt.Entries = slices.Compact(mt.Entries)
	mt.Name = m.a.Entry(mt.Entries[0]).Name
	mt.Score = AffixScore
	if mt.Exact {
		mt.Score = ExactScore
	}
	return mt, p + bestD + 1, true
}
