package names

import (
	"slices"
	"sync"
)

// Index retrieves candidate names for a query name from a large set of names: it looks up the
// query's blocking keys (see Keys) in an inverted index, ranks the names that share the most
// selective keys, and scores the best of them with ScorePrepared.
//
// Memory: the names' text in one byte slice, 4 bytes of offset, 4 of ID and 1 of kind per name,
// and 8 bytes per distinct key plus 4 per posting in a compressed sparse row layout; nothing per
// name on the Go heap. An index holds at most 2^32-1 names.
//
// Add and Search may be called from several goroutines; Search after a batch of Adds first
// folds them into the postings (an O(n log n) step), so add in bulk, then search.
type Index struct {
	mu      sync.RWMutex
	text    []byte
	ends    []uint32
	ids     []uint32
	kinds   []Kind
	pending []uint64 // key hash << 32 | doc, not yet in the postings
	keys    []uint32 // sorted distinct key hashes
	offs    []uint32 // postings of keys[i] are docs[offs[i]:offs[i+1]]
	docs    []uint32
}

// Candidate is a name found by Search.
type Candidate struct {
	ID    uint32  `json:"id"`
	Name  string  `json:"name"`
	Kind  Kind    `json:"kind"`
	Score float64 `json:"score"`
}

// NewIndex returns an empty index.
func NewIndex() *Index { return &Index{offs: []uint32{0}} }

// Len returns the number of names added.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.ends)
}

// Add adds a name with a caller's ID (IDs need not be unique: add every alias of an entity under
// the entity's ID).
func (x *Index) Add(id uint32, name string, kind Kind) {
	p := Prepare(name, kind)
	x.mu.Lock()
	defer x.mu.Unlock()
	doc := uint32(len(x.ends))
	x.text = append(x.text, name...)
	x.ends = append(x.ends, uint32(len(x.text)))
	x.ids = append(x.ids, id)
	x.kinds = append(x.kinds, kind)
	p.eachKey(func(pair bool, k1, k2 string) {
		x.pending = append(x.pending, uint64(keyHash(pair, k1, k2))<<32|uint64(doc))
	})
}

func keyHash(pair bool, k1, k2 string) uint32 {
	h := uint32(2166136261)
	if pair {
		h = (h ^ 'P') * 16777619
	}
	for i := 0; i < len(k1); i++ {
		h = (h ^ uint32(k1[i])) * 16777619
	}
	if pair {
		h = (h ^ '|') * 16777619
		for i := 0; i < len(k2); i++ {
			h = (h ^ uint32(k2[i])) * 16777619
		}
	}
	return h
}

// build folds pending postings into the sorted layout. x.mu must be held for writing.
func (x *Index) build() {
	if len(x.pending) == 0 {
		return
	}
	all := x.pending
	for i, k := range x.keys {
		for _, d := range x.docs[x.offs[i]:x.offs[i+1]] {
			all = append(all, uint64(k)<<32|uint64(d))
		}
	}
	slices.Sort(all)
	all = slices.Compact(all)
	keys := make([]uint32, 0, len(all)/2)
	offs := make([]uint32, 0, len(all)/2+1)
	docs := make([]uint32, len(all))
	for i, v := range all {
		k := uint32(v >> 32)
		if len(keys) == 0 || keys[len(keys)-1] != k {
			keys = append(keys, k)
			offs = append(offs, uint32(i))
		}
		docs[i] = uint32(v)
	}
	offs = append(offs, uint32(len(all)))
	x.keys, x.offs, x.docs = slices.Clip(keys), slices.Clip(offs), docs
	x.pending = nil
}

// postings returns the docs under key hash h.
func (x *Index) postings(h uint32) []uint32 {
	i, ok := slices.BinarySearch(x.keys, h)
	if !ok {
		return nil
	}
	return x.docs[x.offs[i]:x.offs[i+1]]
}

// Retrieval budgets: at most maxPostings postings are read per query (rarest keys first), and
// at most rescore names are scored in full.
const (
	maxPostings = 3000
	rescoreMin  = 12
)

type searchScratch struct {
	cands []cand
	lists []keyList
}

type cand struct {
	doc uint32
	w   uint32
}

type keyList struct {
	docs   []uint32
	weight uint8
}

var scratchPool = sync.Pool{New: func() any { return new(searchScratch) }}

// Search returns up to k candidates for name, best first, with their scores (kind decides the
// scoring rules). Candidates scoring below ProposeThreshold/2 are left out.
func (x *Index) Search(name string, kind Kind, k int) []Candidate {
	if k <= 0 {
		return nil
	}
	x.mu.RLock()
	if len(x.pending) > 0 {
		x.mu.RUnlock()
		x.mu.Lock()
		x.build()
		x.mu.Unlock()
		x.mu.RLock()
	}
	defer x.mu.RUnlock()

	q := Prepare(name, kind)
	sc := scratchPool.Get().(*searchScratch)
	defer scratchPool.Put(sc)
	lists := sc.lists[:0]
	q.eachKey(func(pair bool, k1, k2 string) {
		d := x.postings(keyHash(pair, k1, k2))
		if len(d) == 0 {
			return
		}
		w := uint8(1)
		switch {
		case pair && k2 == "":
			w = 4 // the whole name
		case pair:
			w = 3
		}
		lists = append(lists, keyList{d, w})
	})
	// Rarest keys first: they say most and cost least.
	slices.SortFunc(lists, func(a, b keyList) int { return len(a.docs) - len(b.docs) })
	budget := maxPostings
	for i := range lists {
		if len(lists[i].docs) > budget {
			if i > 0 {
				lists = lists[:i]
				break
			}
			lists[i].docs = lists[i].docs[:budget]
		}
		budget -= len(lists[i].docs)
	}
	// Merge the sorted posting lists, summing key weights per doc.
	cands := sc.cands[:0]
	var hist [64]int
	for {
		doc, found := uint32(0), false
		for i := range lists {
			if d := lists[i].docs; len(d) > 0 && (!found || d[0] < doc) {
				doc, found = d[0], true
			}
		}
		if !found {
			break
		}
		w := uint32(0)
		for i := range lists {
			if d := lists[i].docs; len(d) > 0 && d[0] == doc {
				w += uint32(lists[i].weight)
				lists[i].docs = d[1:]
			}
		}
		w = min(w, uint32(len(hist)-1))
		hist[w]++
		cands = append(cands, cand{doc, w})
	}
	sc.lists = lists[:0]
	// Keep the best-supported docs: find the weight cut-off from the histogram.
	limit := max(rescoreMin, k+2)
	if len(cands) > limit {
		cut, n := uint32(len(hist)-1), 0
		for ; cut > 0; cut-- {
			n += hist[cut]
			if n >= limit {
				break
			}
		}
		// Room is left for some of the docs at the cut-off weight: prefer those whose text is
		// closest in length to the query's, a cheap proxy for similarity among names that share
		// the same keys (Bandar Yoki, Bender Yoki, Bandar Yaka).
		ties := limit - (n - hist[cut])
		var lenHist [33]int
		dl := func(doc uint32) int {
			start := uint32(0)
			if doc > 0 {
				start = x.ends[doc-1]
			}
			d := int(x.ends[doc]-start) - len(name)
			if d < 0 {
				d = -d
			}
			return min(d, 32)
		}
		for _, c := range cands {
			if c.w == cut {
				lenHist[dl(c.doc)]++
			}
		}
		maxDiff, m := 0, 0
		for ; maxDiff < len(lenHist); maxDiff++ {
			m += lenHist[maxDiff]
			if m >= ties {
				break
			}
		}
		kept := cands[:0]
		for _, c := range cands {
			switch {
			case c.w > cut:
				kept = append(kept, c)
			case c.w == cut && ties > 0 && dl(c.doc) <= maxDiff:
				kept = append(kept, c)
				ties--
			}
		}
		cands = kept
	}
	sc.cands = cands[:0]
	out := make([]Candidate, 0, len(cands))
	for _, c := range cands {
		start := uint32(0)
		if c.doc > 0 {
			start = x.ends[c.doc-1]
		}
		text := string(x.text[start:x.ends[c.doc]])
		p := Prepare(text, x.kinds[c.doc])
		s := score(q, p, nil)
		if s < ProposeThreshold/2 {
			continue
		}
		out = append(out, Candidate{ID: x.ids[c.doc], Name: text, Kind: x.kinds[c.doc], Score: s})
	}
	slices.SortStableFunc(out, func(a, b Candidate) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		}
		return 0
	})
	if len(out) > k {
		out = out[:k]
	}
	return out
}
