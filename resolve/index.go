package resolve

import (
	"sort"

	"github.com/dossier-osint/dossier/names"
)

// tiered is a names index that takes additions cheaply while it is searched between them, as
// the resolver does for every document. names.Index sorts its postings again after any addition,
// so one large index would be rebuilt for every document. tiered keeps a few indexes of
// geometrically growing size, like a log-structured merge tree: names go to the smallest, and a
// tier that outgrows its capacity is merged into the next. Each name is re-indexed O(log n)
// times over its life; a search asks every tier.
type tiered struct {
	tiers []*tier
}

type tier struct {
	idx   *names.Index
	items []item
}

type item struct {
	h    uint32
	name string
	kind names.Kind
}

const tierBase = 512 // capacity of the smallest tier; tier i holds up to tierBase·8^i names

func newTiered() *tiered { return &tiered{} }

// Add indexes a name under a handle.
func (t *tiered) Add(h uint32, name string, kind names.Kind) {
	if len(t.tiers) == 0 {
		t.tiers = append(t.tiers, &tier{idx: names.NewIndex()})
	}
	t0 := t.tiers[0]
	t0.idx.Add(h, name, kind)
	t0.items = append(t0.items, item{h, name, kind})
	capacity := tierBase
	for i := 0; i < len(t.tiers) && len(t.tiers[i].items) > capacity; i++ {
		if i+1 == len(t.tiers) {
			t.tiers = append(t.tiers, &tier{idx: names.NewIndex()})
		}
		next := t.tiers[i+1]
		merged := &tier{idx: names.NewIndex(), items: append(next.items, t.tiers[i].items...)}
		for _, it := range merged.items {
			merged.idx.Add(it.h, it.name, it.kind)
		}
		t.tiers[i+1], t.tiers[i] = merged, &tier{idx: names.NewIndex()}
		capacity *= 8
	}
}

// Bulk indexes many names at once into one large tier (loading a store).
func (t *tiered) Bulk(items []item) {
	all := items
	for _, x := range t.tiers {
		all = append(all, x.items...)
	}
	top := &tier{idx: names.NewIndex(), items: all}
	for _, it := range all {
		top.idx.Add(it.h, it.name, it.kind)
	}
	levels := 1
	for c := tierBase; c < len(all); c *= 8 {
		levels++
	}
	t.tiers = make([]*tier, levels)
	for i := range t.tiers[:levels-1] {
		t.tiers[i] = &tier{idx: names.NewIndex()}
	}
	t.tiers[levels-1] = top
}

// Search returns the best k candidates across the tiers.
func (t *tiered) Search(name string, kind names.Kind, k int) []names.Candidate {
	var out []names.Candidate
	for _, x := range t.tiers {
		if len(x.items) > 0 {
			out = append(out, x.idx.Search(name, kind, k)...)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > k {
		out = out[:k]
	}
	return out
}
