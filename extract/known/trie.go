package known

import (
	"slices"
	"sync"
	"sync/atomic"
)

// layer is one immutable token trie over a contiguous run of the automaton's entries.
//
// Nodes are numbered from 1; the root's children are found through root[keyID], every other
// node's children through its sorted range of edges (compressed sparse rows), so a layer of a
// million names is a handful of flat slices.
type layer struct {
	base  int         // index in the automaton of the layer's first entry
	store *entryStore // the layer's entries
	keys  *keyTable

	root      []uint32 // root[key id] = child node, 0 if none
	edgeStart []uint32 // node n's edges are edgeKey/edgeChild[edgeStart[n]:edgeStart[n+1]]
	edgeKey   []uint32
	edgeChild []uint32
	outEnd    []uint32 // node n's outputs are out[outEnd[n-1]:outEnd[n]]
	out       []uint32 // local entry index << 2 | oVariant | oProper
	patterns  int

	// loose is the trie of the same names over loose keys (see buildLoose), nil for a loose
	// trie itself or when no name has a selective loose form.
	loose *layer
	// prep caches the entries prepared for names.ScorePrepared (local index to
	// *names.Prepared), in a loose trie only; prepN counts its entries (see prepared).
	prep  sync.Map
	prepN atomic.Int32
}

// child returns the node reached from n by key k, or 0.
func (l *layer) child(n, k uint32) uint32 {
	if n == 0 {
		if int(k) < len(l.root) {
			return l.root[k]
		}
		return 0
	}
	lo, hi := l.edgeStart[n], l.edgeStart[n+1]
	for hi-lo > 8 {
		m := lo + (hi-lo)/2
		if l.edgeKey[m] < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for ; lo < hi; lo++ {
		if l.edgeKey[lo] == k {
			return l.edgeChild[lo]
		}
		if l.edgeKey[lo] > k {
			return 0
		}
	}
	return 0
}

func (l *layer) terminal(n uint32) bool { return n != 0 && l.outEnd[n] > l.outEnd[n-1] }

// outs returns the outputs of node n ≥ 1.
func (l *layer) outs(n uint32) []uint32 { return l.out[l.outEnd[n-1]:l.outEnd[n]] }

// Output flags.
const (
	oVariant = 1 // reached through a variant of the stored name (article removed)
	oProper  = 2 // a one-word capitalised name: matches only a capitalised word
)

// accepts reports whether node n, reached by one word, has an output that the word may match:
// a lower-case word does not match a one-word capitalised name ("have" is not "Have", "bay"
// not "Bay"). It looks at no more than maxEntriesPerMatch outputs.
func (l *layer) accepts(n uint32, upper bool) bool {
	if !l.terminal(n) {
		return false
	}
	if upper {
		return true
	}
	lo, hi := l.outEnd[n-1], l.outEnd[n]
	for i := lo; i < hi && i-lo < maxEntriesPerMatch; i++ {
		if l.out[i]&oProper == 0 {
			return true
		}
	}
	return false
}

// maxPatternTokens bounds the tokens of one name, and so the work of one walk.
const maxPatternTokens = 16

// buildLayer builds the trie of entries, whose first element is entry number base.
func buildLayer(entries []Entry, base int) *layer {
	l := &layer{base: base, store: newEntryStore(entries), keys: newKeyTable(len(entries) / 2)}
	var (
		flat  []uint32 // keys of all patterns, one after another
		start []uint32 // pattern i is flat[start[i]:start[i+1]]
		owner []uint32 // local entry << 1 | variant
		z     tokenizer
		toks  []token
	)
	start = append(start, 0)
	var buf []byte
	for i := range entries {
		toks = nameTokens(&z, entries[i].Name, toks[:0])
		if len(toks) == 0 || len(toks) > maxPatternTokens {
			continue
		}
		total := 0
		for j := range toks {
			total += len(toks[j].key)
		}
		if total < 2 {
			continue
		}
		for j := range toks {
			t := &toks[j]
			if t.flags&tAllCaps != 0 && len(t.key) <= maxAcronym {
				buf = append(append(buf[:0], 1), t.key...)
				flat = append(flat, l.keys.intern(buf))
			} else {
				flat = append(flat, l.keys.intern(t.key))
			}
		}
		s0 := len(flat) - len(toks)
		start = append(start, uint32(len(flat)))
		o := uint32(i) << 2
		if len(toks) == 1 && toks[0].flags&(tUpper|tAllCaps) == tUpper {
			o |= oProper
		}
		owner = append(owner, o)
		// "الحسينيون" is also found as "حسينيون" (and so, through prefix stripping, in
		// "وحسينيون"): the article is part of the name in one source and not in another.
		if t := &toks[0]; t.flags&tArab != 0 {
			if rest, ok := cutArticle(t.key); ok {
				flat = append(flat, l.keys.intern(rest))
				for j := 1; j < len(toks); j++ {
					flat = append(flat, flat[s0+j])
				}
				start = append(start, uint32(len(flat)))
				owner = append(owner, uint32(i)<<2|oVariant)
			}
		}
	}
	l.compile(flat, start, owner)
	l.loose = buildLoose(entries, base, l.store)
	return l
}

// compile builds the trie of patterns: pattern i is flat[start[i]:start[i+1]], for owner[i].
func (l *layer) compile(flat, start, owner []uint32) {
	l.keys.seal()
	np := len(owner)
	l.patterns = np
	pat := func(i int32) []uint32 { return flat[start[i]:start[i+1]] }
	// Sort by the first two keys packed in one integer, then by the rest and the owner: most
	// names have one to three words, so most comparisons are one integer comparison.
	type sortKey struct {
		k uint64
		i int32
	}
	keys := make([]sortKey, np)
	for i := range keys {
		p := pat(int32(i))
		k := uint64(p[0]) << 32
		if len(p) > 1 {
			k |= uint64(p[1])
		}
		keys[i] = sortKey{k, int32(i)}
	}
	slices.SortFunc(keys, func(a, b sortKey) int {
		if a.k != b.k {
			if a.k < b.k {
				return -1
			}
			return 1
		}
		pa, pb := pat(a.i), pat(b.i)
		if len(pa) > 1 && len(pb) > 1 {
			if c := slices.Compare(pa[2:], pb[2:]); c != 0 {
				return c
			}
		} else if c := len(pa) - len(pb); c != 0 {
			return c
		}
		return int(owner[a.i]) - int(owner[b.i])
	})
	order := make([]int32, np)
	for i := range keys {
		order[i] = keys[i].i
	}
	keys = nil

	// Depth-first construction over the sorted patterns: each pattern shares the longest
	// prefix with its predecessor and adds nodes for the rest.
	l.root = make([]uint32, l.keys.Len()+1)
	type edge struct{ parent, key, child uint32 }
	var edges []edge
	// Outputs are appended in node order (a pattern ends at the node it created last, or
	// repeats its predecessor), so node n's outputs are out[outEnd[n-1]:outEnd[n]].
	outEnd := []uint32{0} // the root has none
	nodes := uint32(0)
	var path [maxPatternTokens]uint32
	var prev []uint32
	lastOwner := ^uint32(0)
	for _, pi := range order {
		p := pat(pi)
		common := 0
		for common < len(p) && common < len(prev) && p[common] == prev[common] {
			common++
		}
		for d := common; d < len(p); d++ {
			nodes++
			outEnd = append(outEnd, uint32(len(l.out)))
			if d == 0 {
				l.root[p[0]] = nodes
			} else {
				edges = append(edges, edge{path[d-1], p[d], nodes})
			}
			path[d] = nodes
		}
		n := path[len(p)-1]
		if common == len(p) && len(prev) == len(p) && lastOwner>>2 == owner[pi]>>2 {
			prev = p
			continue // the same name twice for one entry
		}
		if n != nodes {
			panic("known: trie outputs out of node order")
		}
		l.out = append(l.out, owner[pi])
		outEnd[n] = uint32(len(l.out))
		lastOwner = owner[pi]
		prev = p
	}
	l.outEnd = outEnd

	// Edges to compressed sparse rows, by parent; within a parent they were created in key
	// order.
	l.edgeStart = make([]uint32, nodes+2)
	for _, e := range edges {
		l.edgeStart[e.parent+1]++
	}
	for n := uint32(1); n < uint32(len(l.edgeStart)); n++ {
		l.edgeStart[n] += l.edgeStart[n-1]
	}
	l.edgeKey = make([]uint32, len(edges))
	l.edgeChild = make([]uint32, len(edges))
	fill := slices.Clone(l.edgeStart)
	for _, e := range edges {
		i := fill[e.parent]
		l.edgeKey[i], l.edgeChild[i] = e.key, e.child
		fill[e.parent]++
	}
}

// maxAcronym is the longest all-capitals name token (in key bytes) that matches only when
// written in capitals: "IS" must not match "is", nor "IRGC" "irgc" in a handle.
const maxAcronym = 5

// nameTokens tokenises a name as the text is tokenised.
func nameTokens(z *tokenizer, name string, out []token) []token {
	z.reset(name)
	for n := 0; ; n++ {
		if n == len(out) {
			if n == cap(out) {
				out = append(out, token{})
			}
			out = out[:n+1]
		}
		if !z.next(&out[n]) {
			return out[:n]
		}
		if out[n].long || n == maxPatternTokens {
			// A word longer than any key can never match; nor can an overlong name.
			return out[:0]
		}
	}
}
