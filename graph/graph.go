// Package graph holds the claim network in a compact in-memory form (compressed sparse rows) and
// runs the network analyses on it: neighbourhoods, shortest and k-shortest paths, PageRank,
// sampled betweenness and communities. It is built from a store's edges and never writes back.
//
// Memory: per node 20 bytes (offsets, the end of its distinct neighbours, its hubs) plus its ID;
// per claim two adjacency entries of 8 bytes (neighbour, edge) and 24 bytes of edge attributes
// plus its ID — about 300 MB for a million entities and ten million claims.
package graph

import (
	"context"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/dossier-osint/dossier"
)

// Graph is an undirected multigraph of entities joined by claims. It is immutable once built
// and safe for concurrent use.
type Graph struct {
	ids   []string          // node → entity ID
	index map[string]uint32 // entity ID → node
	off   []uint32          // adjacency of node v is adj[off[v]:off[v+1]]
	adj   []uint32          // neighbour node
	via   []uint32          // edge index of each adjacency entry
	// span[v] is {off[v], the end of the first part of v's adjacency}: the first part holds
	// each neighbour once, by its first edge; the entries after it are further claims between
	// the same two nodes. Searches that filter nothing read only the first part, and find both
	// of its ends in one place.
	span [][2]uint32
	hubs *hubs // the most connected nodes, for an upper bound on shortest paths (hubs.go)

	// Edge attributes, by edge index.
	claim []string
	src   []uint32 // subject node
	dst   []uint32 // object node
	pred  []uint8  // index into preds
	from  []int32  // first day the claim may hold (days since 1970), or minDay when unknown
	to    []int32  // last day, or maxDay
	cred  []uint8  // Admiralty credibility 1–6, 0 when not computed
	preds []string

	pool  sync.Pool // *visited arrays for searches
	paths sync.Pool // *pathScratch for shortest paths
}

const (
	minDay = -1 << 31
	maxDay = 1<<31 - 1
)

// Source is what a graph is built from: a store's entity-to-entity claims.
type Source interface {
	WalkEdges(ctx context.Context, fn func(*dossier.Edge) error) error
}

// Load builds the graph of every entity-to-entity claim in st.
func Load(ctx context.Context, st Source) (*Graph, error) {
	b := NewBuilder()
	if err := st.WalkEdges(ctx, func(e *dossier.Edge) error { b.Add(e); return nil }); err != nil {
		return nil, err
	}
	return b.Build(), nil
}

// Builder collects edges and builds a Graph.
type Builder struct {
	g     *Graph
	predI map[string]uint8
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder {
	return &Builder{g: &Graph{index: map[string]uint32{}}, predI: map[string]uint8{}}
}

func (b *Builder) node(id string) uint32 {
	if v, ok := b.g.index[id]; ok {
		return v
	}
	v := uint32(len(b.g.ids))
	b.g.ids = append(b.g.ids, id)
	b.g.index[id] = v
	return v
}

// Add adds one claim as an edge. Self-loops are ignored.
func (b *Builder) Add(e *dossier.Edge) {
	if e.Subject == e.Object || e.Subject == "" || e.Object == "" {
		return
	}
	g := b.g
	p, ok := b.predI[e.Predicate]
	if !ok {
		p = uint8(len(g.preds))
		if len(g.preds) == 255 {
			p = 254 // more than 255 predicates share the last slot; the vocabulary has far fewer
		} else {
			g.preds = append(g.preds, e.Predicate)
			b.predI[e.Predicate] = p
		}
	}
	g.claim = append(g.claim, e.Claim)
	g.src = append(g.src, b.node(e.Subject))
	g.dst = append(g.dst, b.node(e.Object))
	g.pred = append(g.pred, p)
	f, t := days(e.ValidFrom, e.ValidTo)
	g.from = append(g.from, f)
	g.to = append(g.to, t)
	g.cred = append(g.cred, uint8(max(0, min(6, e.Credibility))))
}

func days(from, to dossier.Date) (int32, int32) {
	f, t := int32(minDay), int32(maxDay)
	if a, _, ok := from.Range(); ok {
		f = int32(a.Unix() / 86400)
	}
	if _, z, ok := to.Range(); ok {
		t = int32(z.Unix() / 86400)
	}
	return f, t // a claim with no end date stays open: it may still hold
}

// Build lays the edges out in compressed sparse rows. The builder must not be used afterwards.
func (b *Builder) Build() *Graph {
	g := b.g
	n := len(g.ids)
	deg := make([]uint32, n+1)
	for i := range g.src {
		deg[g.src[i]+1]++
		deg[g.dst[i]+1]++
	}
	for v := 1; v <= n; v++ {
		deg[v] += deg[v-1]
	}
	g.off = deg
	g.adj = make([]uint32, deg[n])
	g.via = make([]uint32, deg[n])
	next := append([]uint32(nil), deg[:n]...)
	for i := range g.src {
		s, d := g.src[i], g.dst[i]
		g.adj[next[s]], g.via[next[s]] = d, uint32(i)
		next[s]++
		g.adj[next[d]], g.via[next[d]] = s, uint32(i)
		next[d]++
	}
	// Each node's distinct neighbours first (in edge order), then its parallel edges.
	g.span = make([][2]uint32, n)
	mark := make([]uint32, n) // mark[u] == v+1: u already seen among v's neighbours
	var dupAdj, dupVia []uint32
	for v := 0; v < n; v++ {
		w := deg[v]
		dupAdj, dupVia = dupAdj[:0], dupVia[:0]
		for k := deg[v]; k < deg[v+1]; k++ {
			u, e := g.adj[k], g.via[k]
			if mark[u] == uint32(v)+1 {
				dupAdj, dupVia = append(dupAdj, u), append(dupVia, e)
				continue
			}
			mark[u] = uint32(v) + 1
			g.adj[w], g.via[w] = u, e
			w++
		}
		g.span[v] = [2]uint32{deg[v], w}
		copy(g.adj[w:deg[v+1]], dupAdj)
		copy(g.via[w:deg[v+1]], dupVia)
	}
	g.buildHubs()
	return g
}

// Nodes returns the number of entities with at least one claim.
func (g *Graph) Nodes() int { return len(g.ids) }

// Edges returns the number of claims.
func (g *Graph) Edges() int { return len(g.claim) }

// Node returns the node of an entity.
func (g *Graph) Node(id string) (uint32, bool) {
	v, ok := g.index[id]
	return v, ok
}

// ID returns the entity ID of a node.
func (g *Graph) ID(v uint32) string { return g.ids[v] }

// EdgeInfo describes one claim of the graph.
type EdgeInfo struct {
	Claim       string `json:"claim"`
	Subject     string `json:"subject"`
	Predicate   string `json:"predicate"`
	Object      string `json:"object"`
	Credibility int    `json:"credibility"`
}

// Edge returns the claim behind edge i.
func (g *Graph) Edge(i uint32) EdgeInfo {
	return EdgeInfo{Claim: g.claim[i], Subject: g.ids[g.src[i]], Predicate: g.preds[g.pred[i]], Object: g.ids[g.dst[i]], Credibility: int(g.cred[i])}
}

// Filter selects the edges an analysis may use. The zero value allows every edge.
type Filter struct {
	Predicates     []string  // allowed predicates; empty allows all
	From, To       time.Time // the claim must possibly hold at some time in [From, To]; zero ends are open
	MaxCredibility int       // 1–6: only claims at least this credible (1 is best); 0 allows all
}

type compiled struct {
	all   bool
	preds []bool
	from  int32
	to    int32
	cred  uint8
}

func (g *Graph) compile(f Filter) compiled {
	c := compiled{from: minDay, to: maxDay, cred: uint8(f.MaxCredibility)}
	if len(f.Predicates) > 0 {
		c.preds = make([]bool, len(g.preds))
		for _, p := range f.Predicates {
			for i, q := range g.preds {
				if q == p {
					c.preds[i] = true
				}
			}
		}
	}
	if !f.From.IsZero() {
		c.from = int32(f.From.Unix() / 86400)
	}
	if !f.To.IsZero() {
		c.to = int32(f.To.Unix() / 86400)
	}
	c.all = c.preds == nil && c.from == minDay && c.to == maxDay && c.cred == 0
	return c
}

func (g *Graph) allowed(c *compiled, e uint32) bool {
	if c.all {
		return true
	}
	if c.preds != nil && !c.preds[g.pred[e]] {
		return false
	}
	if g.to[e] < c.from || g.from[e] > c.to {
		return false
	}
	if c.cred != 0 && (g.cred[e] == 0 || g.cred[e] > c.cred) {
		return false
	}
	return true
}

// Hop is one node reached from the start, with its distance and the edge it was reached by.
type Hop struct {
	Node     uint32
	Distance int32
	Via      uint32 // edge index, for Distance > 0
	Parent   uint32
}

// Neighbours returns the nodes within hops of start through allowed edges, in breadth-first
// order (start first), stopping after limit nodes when limit > 0.
func (g *Graph) Neighbours(start uint32, hops int, f Filter, limit int) []Hop {
	return g.AppendNeighbours(nil, start, hops, f, limit)
}

// AppendNeighbours is Neighbours appending to dst, so a caller that runs many searches can reuse
// one buffer (dst[:0]) instead of allocating a fresh answer each time.
func (g *Graph) AppendNeighbours(dst []Hop, start uint32, hops int, f Filter, limit int) []Hop {
	c := g.compile(f)
	sc := g.scratch()
	defer g.release(sc)
	sc.visit(start)
	base := len(dst)
	if maxInt := int(^uint(0) >> 1); limit <= 0 || limit > maxInt-base {
		limit = maxInt - base // no limit
	}
	limit += base
	out := slices.Grow(dst, min(limit-base, 1+int(g.off[start+1]-g.off[start])))
	out = append(out, Hop{Node: start})
	// The nodes found at distance d are the frontier for d+1: out[lo:hi].
	lo, hi := base, base+1
	for d := 1; d <= hops && lo < hi; d++ {
		// Room for everything this level can reach, up to the limit: one allocation per level.
		reach := 0
		for _, h := range out[lo:hi] {
			reach += int(g.off[h.Node+1] - g.off[h.Node])
		}
		out = slices.Grow(out, min(reach, limit-len(out)))
		for i := lo; i < hi; i++ {
			v := out[i].Node
			start, end := g.span[v][0], g.span[v][1]
			if !c.all {
				end = g.off[v+1]
			}
			for k := start; k < end; k++ {
				u := g.adj[k]
				if sc.seen(u) {
					continue
				}
				e := g.via[k]
				if !g.allowed(&c, e) {
					continue
				}
				sc.visit(u)
				out = append(out, Hop{Node: u, Distance: int32(d), Via: e, Parent: v})
				if len(out) >= limit {
					return out
				}
			}
		}
		lo, hi = hi, len(out)
	}
	return out
}

// visited marks nodes with a stamp per search, so a search needs no map and no clearing: the
// array is reused (from a pool) and a new stamp makes every old mark stale.
type visited struct {
	mark  []uint32
	stamp uint32
}

func (v *visited) seen(x uint32) bool { return v.mark[x] == v.stamp }
func (v *visited) visit(x uint32)     { v.mark[x] = v.stamp }

func (g *Graph) scratch() *visited {
	v, _ := g.pool.Get().(*visited)
	if v == nil || len(v.mark) != len(g.ids) {
		v = &visited{mark: make([]uint32, len(g.ids))}
	}
	v.stamp++
	if v.stamp == 0 { // wrapped: old marks could collide with new stamps
		clear(v.mark)
		v.stamp = 1
	}
	return v
}

func (g *Graph) release(v *visited) { g.pool.Put(v) }

// Path is a sequence of nodes and the edges between them.
type Path struct {
	Nodes []uint32
	Edges []uint32
}

// ShortestPath returns a shortest path from a to b through allowed edges, by a bidirectional
// breadth-first search; ok is false when b cannot be reached.
func (g *Graph) ShortestPath(a, b uint32, f Filter) (Path, bool) {
	c := g.compile(f)
	return g.shortest(a, b, &c, nil, nil)
}

// pathScratch is the memory of one bidirectional search, pooled like visited. Each side marks
// the nodes it reached in a bitmap (an eighth of a byte per node, so the marks a search tests
// for every edge it scans stay in the processor's nearest cache) and records each node's parent
// and the position in the parent's adjacency of the entry that led to it (its edge is via[at]:
// reading via only for the path found spares the search half its memory reads). A search clears
// its marks through its queues, which hold exactly the nodes it reached.
type pathScratch struct {
	mark   [2][]uint64 // mark[0]: reached from a; mark[1]: from b
	from   [][2]uint32 // from[v]: {parent, at}
	qa, qb []uint32    // each side's queue: the nodes found, level after level
}

func (g *Graph) pathScratch() *pathScratch {
	s, _ := g.paths.Get().(*pathScratch)
	if s == nil || len(s.from) != len(g.ids) {
		n := len(g.ids)
		w := (n + 63) / 64
		s = &pathScratch{mark: [2][]uint64{make([]uint64, w), make([]uint64, w)}, from: make([][2]uint32, n)}
	}
	return s
}

func (s *pathScratch) release(g *Graph) {
	for _, v := range s.qa {
		s.mark[0][v>>6] = 0
	}
	for _, v := range s.qb {
		s.mark[1][v>>6] = 0
	}
	g.paths.Put(s)
}

// pathSide is one side of a bidirectional search: its queue, whose current level is q[lo:], its
// marks, and what expanding the current level would scan (work: exact, or a lower bound that
// was enough to decide which side to expand).
type pathSide struct {
	q     []uint32
	lo    int
	mine  []uint64
	work  uint32
	exact bool
	depth int // levels expanded
}

// smaller reports whether side A's level scans no more edges than B's. A level just reached is
// counted only as far as the comparison needs: when the other side's count is known and small,
// a few of this level's nodes settle it, which spares reading every node's offsets.
func (g *Graph) smaller(A, B *pathSide, plain bool) bool {
	switch {
	case A.exact && B.exact:
	case B.exact:
		A.work, A.exact = g.workUpTo(A.q[A.lo:], plain, B.work)
	case A.exact:
		B.work, B.exact = g.workUpTo(B.q[B.lo:], plain, A.work)
		if !B.exact {
			return true // B's count passed A's
		}
	default:
		A.work, A.exact = g.work(A.q[A.lo:], plain), true
		B.work, B.exact = g.work(B.q[B.lo:], plain), true
	}
	return A.exact && A.work <= B.work
}

// workUpTo is work, counted only until it exceeds limit; exact is false when it stopped there.
func (g *Graph) workUpTo(q []uint32, plain bool, limit uint32) (n uint32, exact bool) {
	for _, v := range q {
		if plain {
			n += g.span[v][1] - g.span[v][0]
		} else {
			n += g.off[v+1] - g.off[v]
		}
		if n > limit {
			return n, false
		}
	}
	return n, true
}

// work is the number of edges expanding a frontier scans (distinct neighbours only when plain).
func (g *Graph) work(q []uint32, plain bool) uint32 {
	n, _ := g.workUpTo(q, plain, ^uint32(0))
	return n
}

// shortest is a bidirectional BFS that avoids the banned nodes and edges (for Yen's algorithm).
func (g *Graph) shortest(a, b uint32, c *compiled, bannedNode map[uint32]bool, bannedEdge map[uint32]bool) (Path, bool) {
	if a == b {
		return Path{Nodes: []uint32{a}}, true
	}
	s := g.pathScratch()
	plain := c.all && bannedNode == nil && bannedEdge == nil // no edge to check: the common case
	// Each side's current level is q[lo:]; expanding it appends the next level to q. work is
	// what expanding the current level scans, counted once per level.
	A := pathSide{q: append(s.qa[:0], a), mine: s.mark[0]}
	B := pathSide{q: append(s.qb[:0], b), mine: s.mark[1]}
	A.mine[a>>6] |= 1 << (a & 63)
	B.mine[b>>6] |= 1 << (b & 63)
	// The roots have no parent: clear what an earlier search left there, so that edgeToHub
	// reads only parents this search recorded.
	s.from[a], s.from[b] = [2]uint32{^uint32(0), ^uint32(0)}, [2]uint32{^uint32(0), ^uint32(0)}
	A.work, B.work = g.work(A.q, plain), g.work(B.q, plain)
	A.exact, B.exact = true, true
	defer func() { s.qa, s.qb = A.q, B.q; s.release(g) }()
	meet := ^uint32(0)
	var joinV, joinK uint32 // the step that met: from joinV on the expanding side, adjacency entry joinK
	// expand searches x's current level. With probe set it only looks for a meeting and records
	// nothing: the caller stops after it either way (the last level before the hub bound).
	expand := func(x *pathSide, other []uint64, probe bool) {
		hi := len(x.q)
		mine := x.mine
		for i := x.lo; i < hi; i++ {
			v := x.q[i]
			start, end := g.span[v][0], g.span[v][1]
			if !plain {
				end = g.off[v+1]
			}
			for k := start; k < end; k++ {
				u := g.adj[k]
				w, bit := u>>6, uint64(1)<<(u&63)
				if mine[w]&bit != 0 || (!plain && (bannedNode[u] || bannedEdge[g.via[k]] || !g.allowed(c, g.via[k]))) {
					continue
				}
				if other[w]&bit != 0 {
					meet, joinV, joinK = u, v, k
					return
				}
				if probe {
					continue
				}
				mine[w] |= bit
				s.from[u] = [2]uint32{v, k}
				x.q = append(x.q, u)
			}
		}
		x.lo = hi
		x.work, x.exact = 0, false // counted when a choice needs it (see pathSide.smaller)
		x.depth++
	}
	// The best route through the hubs, when there is one, bounds the search: see hubs.go.
	var route hubRoute
	haveRoute := false
	if plain {
		route, haveRoute = g.hubs.bound(a, b)
	}
	fromA := true
	for A.lo < len(A.q) && B.lo < len(B.q) && meet == ^uint32(0) {
		if haveRoute && A.depth+B.depth+1 >= route.len {
			// Every path of fewer edges would have met by now.
			return g.hubPath(a, b, route, s), true
		}
		// Expand the frontier with fewer edges to scan: it keeps the search balanced on hubs
		// (counting nodes instead took twice the CPU on heavy-tailed graphs).
		fromA = g.smaller(&A, &B, plain)
		probe := haveRoute && A.depth+B.depth+2 >= route.len
		if fromA {
			expand(&A, B.mine, probe)
		} else {
			expand(&B, A.mine, probe)
		}
	}
	if meet == ^uint32(0) {
		if haveRoute && A.depth+B.depth+1 >= route.len { // after a probe
			return g.hubPath(a, b, route, s), true
		}
		return Path{}, false
	}
	la, lb := joinV, meet // the last node on a's side and the first on b's side
	if !fromA {
		la, lb = meet, joinV
	}
	// Count both halves, then fill one allocation: nodes a … la lb … b and the edges between.
	nl, nr := 0, 0
	for x := la; x != a; x = s.from[x][0] {
		nl++
	}
	for x := lb; x != b; x = s.from[x][0] {
		nr++
	}
	n := nl + nr + 1 // edges
	buf := make([]uint32, 2*n+1)
	p := Path{Nodes: buf[: n+1 : n+1], Edges: buf[n+1:]}
	i := nl
	for x := la; ; x = s.from[x][0] {
		p.Nodes[i] = x
		if x == a {
			break
		}
		i--
		p.Edges[i] = g.via[s.from[x][1]]
	}
	p.Edges[nl] = g.via[joinK]
	i = nl + 1
	for x := lb; ; x = s.from[x][0] {
		p.Nodes[i] = x
		if x == b {
			break
		}
		p.Edges[i] = g.via[s.from[x][1]]
		i++
	}
	return p, true
}

// KShortestPaths returns up to k loopless paths from a to b in order of length (Yen's
// algorithm over breadth-first searches).
func (g *Graph) KShortestPaths(a, b uint32, k int, f Filter) []Path {
	c := g.compile(f)
	first, ok := g.shortest(a, b, &c, nil, nil)
	if !ok || k <= 0 {
		return nil
	}
	paths := []Path{first}
	var cands []Path
	key := func(p Path) string {
		bs := make([]byte, 0, 4*len(p.Edges))
		for _, e := range p.Edges {
			bs = append(bs, byte(e), byte(e>>8), byte(e>>16), byte(e>>24))
		}
		return string(bs)
	}
	seen := map[string]bool{key(first): true}
	for len(paths) < k {
		last := paths[len(paths)-1]
		for i := 0; i < len(last.Nodes)-1; i++ {
			spur := last.Nodes[i]
			bannedEdge := map[uint32]bool{}
			for _, p := range paths {
				if len(p.Nodes) > i && equalPrefix(p.Nodes, last.Nodes, i+1) {
					bannedEdge[p.Edges[i]] = true
				}
			}
			bannedNode := map[uint32]bool{}
			for _, v := range last.Nodes[:i] {
				bannedNode[v] = true
			}
			tail, ok := g.shortest(spur, b, &c, bannedNode, bannedEdge)
			if !ok {
				continue
			}
			p := Path{Nodes: append(append([]uint32{}, last.Nodes[:i]...), tail.Nodes...),
				Edges: append(append([]uint32{}, last.Edges[:i]...), tail.Edges...)}
			if kk := key(p); !seen[kk] {
				seen[kk] = true
				cands = append(cands, p)
			}
		}
		if len(cands) == 0 {
			break
		}
		sort.SliceStable(cands, func(x, y int) bool { return len(cands[x].Edges) < len(cands[y].Edges) })
		paths = append(paths, cands[0])
		cands = cands[1:]
	}
	return paths
}

func equalPrefix(a, b []uint32, n int) bool {
	if len(a) < n || len(b) < n {
		return false
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
