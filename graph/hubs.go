package graph

import (
	"container/heap"
	"math/bits"
)

// Hubs: an upper bound for shortest paths.
//
// Claim networks are heavy-tailed: a few states, parties and large organisations take part in
// a large share of all claims, and most short paths run through them. When the graph is built,
// the maxHubs nodes with the most distinct neighbours become hubs; every node records in one
// word which hubs it is (or is next to), and the hubs record which hubs they are next to and by
// which claim. A query then knows at once the length of the best path through at most two hubs
// (a–h–b, a–h–h'–b). The bidirectional search still runs, level by level, and proves or beats
// that bound: once the levels it has searched without meeting rule out anything shorter, the
// path through the hubs is a shortest path and the search stops. The answer stays exact; only
// the work to prove it shrinks. Searches with filters or bans (k-shortest paths) do not use it.
//
// Memory: 8 bytes per node, plus 16 KB for the hubs' own table.

const maxHubs = 64

type hubs struct {
	node []uint32                 // hub i's node
	near []uint64                 // near[v]: bit i when v is hub i or next to it
	adj  [maxHubs]uint64          // adj[i]: bit j when hubs i and j are neighbours
	edge [maxHubs][maxHubs]uint32 // edge[i][j]: a claim joining hubs i and j
}

// degHeap is a min-heap of nodes by distinct degree, for picking the hubs.
type degHeap struct {
	g *Graph
	v []uint32
}

func (h degHeap) Len() int           { return len(h.v) }
func (h degHeap) Less(i, j int) bool { return h.g.distinct(h.v[i]) < h.g.distinct(h.v[j]) }
func (h degHeap) Swap(i, j int)      { h.v[i], h.v[j] = h.v[j], h.v[i] }
func (h *degHeap) Push(x any)        { h.v = append(h.v, x.(uint32)) }
func (h *degHeap) Pop() any {
	x := h.v[len(h.v)-1]
	h.v = h.v[:len(h.v)-1]
	return x
}

// distinct returns the number of distinct neighbours of v.
func (g *Graph) distinct(v uint32) uint32 { return g.span[v][1] - g.span[v][0] }

// buildHubs picks the hubs and fills their tables; Build calls it last.
func (g *Graph) buildHubs() {
	n := len(g.ids)
	h := &degHeap{g: g}
	for v := 0; v < n; v++ {
		if g.distinct(uint32(v)) == 0 {
			continue
		}
		if h.Len() < maxHubs {
			heap.Push(h, uint32(v))
		} else if g.distinct(uint32(v)) > g.distinct(h.v[0]) {
			h.v[0] = uint32(v)
			heap.Fix(h, 0)
		}
	}
	hb := &hubs{node: h.v, near: make([]uint64, n)}
	index := make(map[uint32]int, len(hb.node))
	for i, v := range hb.node {
		index[v] = i
	}
	for i, v := range hb.node {
		bit := uint64(1) << i
		hb.near[v] |= bit
		for k := g.span[v][0]; k < g.span[v][1]; k++ {
			u := g.adj[k]
			hb.near[u] |= bit
			if j, ok := index[u]; ok {
				hb.adj[i] |= 1 << j
				hb.edge[i][j] = g.via[k]
			}
		}
	}
	g.hubs = hb
}

// hubIndex returns v's hub index, or -1 when v is not a hub.
func (hb *hubs) hubIndex(v uint32) int {
	for m := hb.near[v]; m != 0; m &= m - 1 {
		if i := bits.TrailingZeros64(m); hb.node[i] == v {
			return i
		}
	}
	return -1
}

// hubRoute is a path from a to b through one or two hubs: a, node[i], node[j], b, where i == j
// for one hub, and a or b may be the hub itself.
type hubRoute struct {
	i, j int
	len  int
}

// bound returns the shortest route from a to b through at most two hubs (a != b); ok is false
// when there is none.
func (hb *hubs) bound(a, b uint32) (r hubRoute, ok bool) {
	na, nb := hb.near[a], hb.near[b]
	if na == 0 || nb == 0 {
		return r, false
	}
	r.len = 1 << 30
	// Through one hub: a (–) h (–) b.
	for m := na & nb; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		l := b2i(a != hb.node[i]) + b2i(b != hb.node[i])
		if l < r.len {
			r = hubRoute{i: i, j: i, len: l}
		}
	}
	if r.len <= 2 {
		return r, true
	}
	// Through two neighbouring hubs: a (–) h – h' (–) b.
	for m := na; m != 0; m &= m - 1 {
		i := bits.TrailingZeros64(m)
		if x := hb.adj[i] & nb; x != 0 {
			j := bits.TrailingZeros64(x)
			l := b2i(a != hb.node[i]) + 1 + b2i(b != hb.node[j])
			if l < r.len {
				r = hubRoute{i: i, j: j, len: l}
			}
		}
	}
	return r, r.len < 1<<30
}

func b2i(x bool) int {
	if x {
		return 1
	}
	return 0
}

// edgeToHub returns a claim joining v and hub i (v is next to it). When the search expanded v
// and reached the hub from it, s holds that claim.
func (g *Graph) edgeToHub(v uint32, i int, s *pathScratch) uint32 {
	hb := g.hubs
	if k := hb.hubIndex(v); k >= 0 {
		return hb.edge[k][i]
	}
	h := hb.node[i]
	for side := range s.mark {
		if s.mark[side][h>>6]&(1<<(h&63)) != 0 && s.from[h][0] == v {
			return g.via[s.from[h][1]]
		}
	}
	// v is not a hub, so it has no more distinct neighbours than any hub: scan its list.
	for k := g.span[v][0]; k < g.span[v][1]; k++ {
		if g.adj[k] == h {
			return g.via[k]
		}
	}
	panic("graph: hub table out of step with the adjacency")
}

// hubPath lays out route r from a to b.
func (g *Graph) hubPath(a, b uint32, r hubRoute, s *pathScratch) Path {
	hb := g.hubs
	buf := make([]uint32, 2*r.len+1)
	p := Path{Nodes: buf[: 1 : r.len+1], Edges: buf[r.len+1 : r.len+1]}
	p.Nodes[0] = a
	hi, hj := hb.node[r.i], hb.node[r.j]
	if a != hi {
		p.Edges = append(p.Edges, g.edgeToHub(a, r.i, s))
		p.Nodes = append(p.Nodes, hi)
	}
	if r.i != r.j {
		p.Edges = append(p.Edges, hb.edge[r.i][r.j])
		p.Nodes = append(p.Nodes, hj)
	}
	if b != hj {
		p.Edges = append(p.Edges, g.edgeToHub(b, r.j, s))
		p.Nodes = append(p.Nodes, b)
	}
	return p
}
