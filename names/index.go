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
// Add and Search may be called from several goroutines, and may alternate: Search first folds
// the names added since the last search into the postings. Those are sorted into a new run, and
// runs are merged pairwise, linearly, while the newer holds at least a quarter as many postings
// as the older (a log-structured merge: every posting is rewritten O(log n) times over its life,
// and a search looks each key up in O(log n) runs). Adding a few names between searches, as the
// resolver does for every document, therefore costs about the added names, not the index.
type Index struct {
	mu      sync.RWMutex
	text    []byte
	ends    []uint32
	ids     []uint32
	kinds   []Kind
	pending []uint64 // key hash << 32 | doc, not yet in the postings
	runs    []run    // oldest first: every doc of runs[i] is below every doc of runs[i+1]
}

// run is a set of postings in a compressed sparse row layout.
type run struct {
	keys []uint32 // sorted distinct key hashes
	offs []uint32 // postings of keys[i] are docs[offs[i]:offs[i+1]]
	docs []uint32
}

// mergeRatio: the two newest runs are merged while the newer holds at least 1/mergeRatio of the
// older's postings, so runs shrink at least mergeRatio-fold from the oldest.
const mergeRatio = 4

// Candidate is a name found by Search.
type Candidate struct {
	ID    uint32  `json:"id"`
	Name  string  `json:"name"`
	Kind  Kind    `json:"kind"`
	Score float64 `json:"score"`
}

// NewIndex returns an empty index.
func NewIndex() *Index { return &Index{} }

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

// Build folds the names added so far into the postings now rather than at the next Search, so
// that the cost of a bulk load is paid by the loader, not by the first query.
func (x *Index) Build() {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.build()
}

// build folds pending postings into a new run and merges runs. x.mu must be held for writing.
func (x *Index) build() {
	if len(x.pending) == 0 {
		return
	}
	all := x.pending
	slices.Sort(all)
	all = slices.Compact(all)
	nk := 0
	for i, v := range all {
		if i == 0 || uint32(v>>32) != uint32(all[i-1]>>32) {
			nk++
		}
	}
	r := run{keys: make([]uint32, 0, nk), offs: make([]uint32, 0, nk+1), docs: make([]uint32, len(all))}
	for i, v := range all {
		k := uint32(v >> 32)
		if len(r.keys) == 0 || r.keys[len(r.keys)-1] != k {
			r.keys = append(r.keys, k)
			r.offs = append(r.offs, uint32(i))
		}
		r.docs[i] = uint32(v)
	}
	r.offs = append(r.offs, uint32(len(all)))
	x.pending = nil
	x.runs = append(x.runs, r)
	for n := len(x.runs); n > 1 && mergeRatio*len(x.runs[n-1].docs) >= len(x.runs[n-2].docs); n = len(x.runs) {
		x.runs[n-2] = mergeRuns(&x.runs[n-2], &x.runs[n-1])
		x.runs[n-1] = run{}
		x.runs = x.runs[:n-1]
	}
}

// mergeRuns merges an older run a with a newer run b: a key's postings are a's followed by b's,
// which keeps them sorted, since b's docs all follow a's.
func mergeRuns(a, b *run) run {
	nk := 0
	for i, j := 0, 0; i < len(a.keys) || j < len(b.keys); nk++ {
		switch {
		case j == len(b.keys) || i < len(a.keys) && a.keys[i] < b.keys[j]:
			i++
		case i == len(a.keys) || b.keys[j] < a.keys[i]:
			j++
		default:
			i++
			j++
		}
	}
	m := run{keys: make([]uint32, 0, nk), offs: make([]uint32, 0, nk+1), docs: make([]uint32, 0, len(a.docs)+len(b.docs))}
	for i, j := 0, 0; i < len(a.keys) || j < len(b.keys); {
		m.offs = append(m.offs, uint32(len(m.docs)))
		switch {
		case j == len(b.keys) || i < len(a.keys) && a.keys[i] < b.keys[j]:
			m.keys = append(m.keys, a.keys[i])
			m.docs = append(m.docs, a.docs[a.offs[i]:a.offs[i+1]]...)
			i++
		case i == len(a.keys) || b.keys[j] < a.keys[i]:
			m.keys = append(m.keys, b.keys[j])
			m.docs = append(m.docs, b.docs[b.offs[j]:b.offs[j+1]]...)
			j++
		default:
			m.keys = append(m.keys, a.keys[i])
			m.docs = append(m.docs, a.docs[a.offs[i]:a.offs[i+1]]...)
			m.docs = append(m.docs, b.docs[b.offs[j]:b.offs[j+1]]...)
			i++
			j++
		}
	}
	m.offs = append(m.offs, uint32(len(m.docs)))
	return m
}

// postings returns the docs of run r under key hash h.
func (r *run) postings(h uint32) []uint32 {
	i, ok := slices.BinarySearch(r.keys, h)
	if !ok {
		return nil
	}
	return r.docs[r.offs[i]:r.offs[i+1]]
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
	segs  [][]uint32 // a key's postings in each run, for the lists
	buf   []uint32   // postings of keys found in several runs, concatenated
}

type cand struct {
	doc uint32
	w   uint32
}

type keyList struct {
	docs       []uint32
	weight     uint8
	n          int // postings in all runs
	seg, nsegs int // the runs' postings are segs[seg:seg+nsegs], oldest first
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
	lists, segs := sc.lists[:0], sc.segs[:0]
	q.eachKey(func(pair bool, k1, k2 string) {
		h := keyHash(pair, k1, k2)
		l := keyList{seg: len(segs)}
		for i := range x.runs {
			if d := x.runs[i].postings(h); len(d) > 0 {
				segs = append(segs, d)
				l.n += len(d)
			}
		}
		l.nsegs = len(segs) - l.seg
		if l.n == 0 {
			return
		}
		l.weight = 1
		switch {
		case pair && k2 == "":
			l.weight = 4 // the whole name
		case pair:
			l.weight = 3
		}
		lists = append(lists, l)
	})
	// Rarest keys first: they say most and cost least.
	slices.SortFunc(lists, func(a, b keyList) int { return a.n - b.n })
	budget := maxPostings
	for i := range lists {
		if lists[i].n > budget {
			if i > 0 {
				lists = lists[:i]
				break
			}
			lists[i].n = budget
		}
		budget -= lists[i].n
	}
	// A key's postings in several runs are concatenated (runs are in doc order), up to the
	// budget; in one run they are used in place.
	need := 0
	for i := range lists {
		if lists[i].nsegs > 1 {
			need += lists[i].n
		}
	}
	buf := slices.Grow(sc.buf[:0], need)
	for i := range lists {
		l := &lists[i]
		if l.nsegs == 1 {
			l.docs = segs[l.seg][:l.n]
			continue
		}
		start := len(buf)
		for _, d := range segs[l.seg : l.seg+l.nsegs] {
			buf = append(buf, d[:min(len(d), l.n-(len(buf)-start))]...)
		}
		l.docs = buf[start:len(buf):len(buf)]
	}
	clear(segs) // the pool must not keep merged-away runs alive
	sc.buf, sc.segs = buf[:0], segs[:0]
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
