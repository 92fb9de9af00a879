package known

import (
	"slices"
	"strings"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/names"
)

// Loose matching finds spellings of a known name that the store does not hold: other
// transliterations ("Qassem Suleimani" for "Qasem Soleimani", "Tawheed" for "Tawhid"), Persian
// and Arabic spellings with other vowel letters. Every word of a name and of the text has a loose
// key, its consonant skeleton (names.Skeleton: "Qasem", "Qassim", "Ghasem" and "قاسم" are all
// "ksm"), and a second trie per layer maps sequences of skeletons to names. Skeletons are
// coarse, so a loose hit is only a candidate: it is kept when names.Score of the text against the
// stored name reaches LooseThreshold, and its score is that of names.
//
// Loose matching is tried only where no exact or affixed name starts, only from a capitalised
// Latin or Cyrillic word, and a one-word name takes part only when its skeleton has at
// least minLooseOne consonants, or minLooseLong for a long word ("Husseiniyun": hsn): "Qom"
// (km) or "Hassan" (hsn) would otherwise meet half the capitalised words of a text.
//
// Arabic and Persian script take no part: without written vowels and capitals, common words
// score like names (on generated news, "تشرين" (October) scored 0.93 against a name "تشريون",
// and "می‌کند" against "ممکند"); the stored Arabic-script spellings and the letter-variant
// folding of exact matching cover that script.

// LooseThreshold is the names.Score a loose candidate needs to be reported. It is above the
// resolver's link threshold (names.DefaultThreshold): the recogniser tries every capitalised
// word of every document, and a different name with the same skeleton ("Qasim Salmani" for
// "Qasem Soleimani", 0.886) must not become a mention of a known entity.
const LooseThreshold = 0.9

const (
	minLooseOne   = 4 // skeleton bytes of a one-word name
	minLooseLong  = 3 // skeleton bytes of a one-word name of at least longWord key bytes
	longWord      = 8
	minLooseTotal = 4   // skeleton bytes of any name
	maxLooseText  = 512 // bytes of a loose candidate's text
	// Verification budget of one call: names.ScorePrepared calls allowed, a base plus one per
	// scoreEvery bytes of text, so that a store built to collide with the text cannot make a
	// scan quadratic. Once spent, the call finds no more loose matches.
	scoreBase  = 256
	scoreEvery = 16
	maxVerify  = 64 // candidates verified per loose hit
)

// looseKey returns the loose key of a word as written (a name's or the text's). An Arabic
// article is dropped first, as Latin spellings of a name often drop it.
func looseKey(w string) string {
	if len(w) > 4 && w[:4] == "\u0627\u0644" {
		w = w[4:]
	}
	return names.Skeleton(w)
}

// buildLoose builds the loose trie of entries (see the comment above), or nil.
func buildLoose(entries []Entry, base int, store *entryStore) *layer {
	l := &layer{base: base, store: store, keys: newKeyTable(len(entries) / 4)}
	var (
		flat  []uint32
		start = []uint32{0}
		owner []uint32
		z     tokenizer
		toks  []token
		keys  [maxPatternTokens]string
		// words repeat across names (given names, particles): key each once
		cache = make(map[string]string)
	)
	for i := range entries {
		name := entries[i].Name
		if scriptOf(name) == tArab {
			continue
		}
		toks = nameTokens(&z, name, toks[:0])
		if len(toks) == 0 || len(toks) > maxPatternTokens {
			continue
		}
		total, ok := 0, true
		for j := range toks {
			w := name[toks[j].b0:toks[j].b1]
			k, seen := cache[w]
			if !seen {
				k = looseKey(w)
				cache[w] = k
			}
			keys[j] = k
			if keys[j] == "" {
				ok = false
				break
			}
			total += len(keys[j])
		}
		if !ok || len(toks) > 1 && total < minLooseTotal ||
			len(toks) == 1 && total < minLooseOne && (total < minLooseLong || len(toks[0].key) < longWord) {
			continue
		}
		for j := range toks {
			flat = append(flat, l.keys.intern([]byte(keys[j])))
		}
		start = append(start, uint32(len(flat)))
		owner = append(owner, uint32(i)<<2)
	}
	if len(owner) == 0 {
		return nil
	}
	l.compile(flat, start, owner)
	return l
}

// prepared returns local entry i prepared for scoring, preparing it on first use. Only entries
// that a text ever brought up are kept, so the cache costs nothing for the rest; and it is
// emptied when it reaches maxPrepared entries, because over a long ingest texts bring up a
// good part of a large automaton's names (160,000 of 758,000, 48 MB, over 20,000 documents).
// Concurrent first uses may both prepare it; either result is kept.
func (l *layer) prepared(i int) *names.Prepared {
	if p, ok := l.prep.Load(uint32(i)); ok {
		return p.(*names.Prepared)
	}
	p := names.Prepare(l.store.name(i), kindOf(l.store.typeOf(i)))
	if l.prepN.Add(1) > maxPrepared {
		l.prep.Clear()
		l.prepN.Store(1)
	}
	l.prep.Store(uint32(i), p)
	return p
}

// maxPrepared bounds a loose trie's cache of prepared entries.
const maxPrepared = 1 << 15

// kindOf maps an entity type to the kind of name the matcher scores it as.
func kindOf(t dossier.EntityType) names.Kind {
	switch t {
	case dossier.Person:
		return names.KindPerson
	case dossier.Organization:
		return names.KindOrganization
	}
	return names.KindOther
}

// Caches of a matcher. Texts repeat their words and names, so the loose key of a word as
// written and the verdict on a loose candidate are kept in small direct-mapped tables: bounded
// memory, no eviction policy to speak of. Loose keys depend on nothing but the word and are kept
// across calls; verdicts belong to one call (one automaton), told apart by a generation number.
const (
	skelCacheSize    = 4096
	verdictCacheSize = 1024
)

type skelEntry struct{ word, skel string }

type verdict struct {
	gen     uint32
	layer   uint8
	node    uint32
	text    string
	entries []int
	score   float64
}

// skel returns the loose key of word t.
func (m *matcher) skel(t *token) string {
	if t.skelDone {
		return t.skel
	}
	t.skelDone = true
	t.skel = ""
	if t.long {
		return ""
	}
	w := m.z.s[t.b0:t.b1]
	e := &m.skc[hashString(w)&(skelCacheSize-1)]
	if e.word != w {
		e.word, e.skel = strings.Clone(w), looseKey(w)
	}
	t.skel = e.skel
	return t.skel
}

// verify returns the entries of loose node n of layer li that text names well enough, and the
// best score.
func (m *matcher) verify(text string, li int, n uint32, script uint8, pt *[3]*names.Prepared) ([]int, float64) {
	h := hashString(text) ^ uint64(n)*0x9E3779B97F4A7C15 ^ uint64(li)
	v := &m.vc[h&(verdictCacheSize-1)]
	if v.gen == m.gen && v.layer == uint8(li) && v.node == n && v.text == text {
		return v.entries, v.score
	}
	lo := m.a.layers[li].loose
	var entries []int
	best := 0.0
	for j, o := range lo.outs(n) {
		if j == maxVerify || len(entries) == maxEntriesPerMatch {
			break
		}
		if scriptOf(lo.store.name(int(o>>2))) != script {
			continue
		}
		if m.budget--; m.budget < 0 {
			break
		}
		kind := kindOf(lo.store.typeOf(int(o >> 2)))
		if pt[kind] == nil {
			pt[kind] = names.Prepare(text, kind)
		}
		sc := names.ScorePrepared(pt[kind], lo.prepared(int(o>>2)))
		if sc < LooseThreshold {
			continue
		}
		entries = append(entries, lo.base+int(o>>2))
		best = max(best, sc)
	}
	*v = verdict{m.gen, uint8(li), n, strings.Clone(text), entries, best}
	return entries, best
}

// walkLoose looks for the longest loose match starting at word p whose text names.Score
// verifies (see the comment at the top of this file).
func (m *matcher) walkLoose(p int) (Match, int, bool) {
	t := m.word(p)
	if t.flags&tUpper == 0 || t.flags&tArab != 0 || t.long || m.budget <= 0 {
		return Match{}, 0, false
	}
	type hit struct {
		d     int
		layer int
		node  uint32
	}
	var hits [16]hit
	nh := 0
	for li, L := range m.a.layers {
		lo := L.loose
		if lo == nil {
			continue
		}
		node := uint32(0)
		for d := 0; d < maxPatternTokens; d++ {
			u := m.word(p + d)
			if u == nil || d > 0 && u.flags&tJoined == 0 {
				break
			}
			k := m.skel(u)
			if k == "" {
				break
			}
			id := find(lo.keys, hashString(k), k)
			if id == 0 {
				break
			}
			if node = lo.child(node, id); node == 0 {
				break
			}
			if lo.terminal(node) && nh < len(hits) {
				hits[nh] = hit{d, li, node}
				nh++
			}
		}
	}
	if nh == 0 {
		return Match{}, 0, false
	}
	// Longest first; the first length with a verified candidate wins. Candidates are verified
	// against stored spellings in the script of the text only: a Latin text scored against a
	// vowelless Arabic spelling matches too much ("Qasim Salmani" ~ "قاسم سليماني", 0.92).
	script := t.flags & (tLatin | tCyrl | tArab)
	var pt [3]*names.Prepared // the text, prepared once per kind
	slices.SortStableFunc(hits[:nh], func(a, b hit) int { return b.d - a.d })
	for i := 0; i < nh; {
		d := hits[i].d
		last := m.word(p + d)
		text := m.z.s[t.b0:last.b1]
		if len(text) > maxLooseText {
			for i < nh && hits[i].d == d {
				i++
			}
			continue
		}
		var mt Match
		pt = [3]*names.Prepared{}
		for ; i < nh && hits[i].d == d; i++ {
			es, sc := m.verify(text, hits[i].layer, hits[i].node, script, &pt)
			if len(es) > 0 && len(mt.Entries)+len(es) <= maxEntriesPerMatch {
				mt.Entries = append(mt.Entries, es...)
				mt.Score = max(mt.Score, sc)
			}
		}
		if len(mt.Entries) == 0 {
			continue
		}
		slices.Sort(mt.Entries)
		mt.Entries = slices.Compact(mt.Entries)
		mt.Span = dossier.Span{Start: t.c0, End: last.c1}
		mt.Text = text
		mt.Name = m.a.Entry(mt.Entries[0]).Name
		return mt, p + d + 1, true
	}
	return Match{}, 0, false
}

// scriptOf returns the script flag (tLatin, tCyrl or tArab) of the first cased or Arabic letter
// of s, or 0.
func scriptOf(s string) uint8 {
	for _, r := range s {
		c := classOf(r)
		switch {
		case c&cArab != 0:
			return tArab
		case c&cCyrl != 0:
			return tCyrl
		case c&(cUpper|cLower) != 0:
			return tLatin
		}
	}
	return 0
}
