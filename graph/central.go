package graph

import (
	"math"
	"sort"
)

// PageRank returns the PageRank of every node of the undirected graph (each claim links both
// ways), with damping 0.85, iterating until the total change falls below tol or after maxIter
// rounds. Nodes without edges do not occur in the graph.
func (g *Graph) PageRank(tol float64, maxIter int) []float64 {
	n := len(g.ids)
	if n == 0 {
		return nil
	}
	const d = 0.85
	pr := make([]float64, n)
	next := make([]float64, n)
	for i := range pr {
		pr[i] = 1 / float64(n)
	}
	for it := 0; it < maxIter; it++ {
		base := (1 - d) / float64(n)
		for i := range next {
			next[i] = base
		}
		for v := 0; v < n; v++ {
			deg := g.off[v+1] - g.off[v]
			if deg == 0 {
				continue
			}
			share := d * pr[v] / float64(deg)
			for k := g.off[v]; k < g.off[v+1]; k++ {
				next[g.adj[k]] += share
			}
		}
		diff := 0.0
		for i := range pr {
			diff += math.Abs(next[i] - pr[i])
		}
		pr, next = next, pr
		if diff < tol {
			break
		}
	}
	return pr
}

// Betweenness estimates betweenness centrality (unweighted, undirected, counting each pair once)
// from breadth-first searches out of samples source nodes chosen evenly across the node list,
// scaled by n/samples (Brandes' algorithm on a sample, as in Brandes and Pich, 2007). With
// samples ≥ n it is exact. Brokers — nodes on many shortest paths between groups — score high.
func (g *Graph) Betweenness(samples int) []float64 {
	n := len(g.ids)
	bc := make([]float64, n)
	if n == 0 {
		return bc
	}
	if samples <= 0 || samples > n {
		samples = n
	}
	sigma := make([]float64, n)
	dist := make([]int32, n)
	delta := make([]float64, n)
	order := make([]uint32, 0, n)
	queue := make([]uint32, 0, n)
	for s := 0; s < samples; s++ {
		src := uint32(int64(s) * int64(n) / int64(samples))
		for i := range dist {
			dist[i], sigma[i], delta[i] = -1, 0, 0
		}
		order, queue = order[:0], append(queue[:0], src)
		dist[src], sigma[src] = 0, 1
		for len(queue) > 0 {
			v := queue[0]
			queue = queue[1:]
			order = append(order, v)
			for k := g.off[v]; k < g.off[v+1]; k++ {
				u := g.adj[k]
				if dist[u] < 0 {
					dist[u] = dist[v] + 1
					queue = append(queue, u)
				}
				if dist[u] == dist[v]+1 {
					sigma[u] += sigma[v]
				}
			}
		}
		for i := len(order) - 1; i >= 0; i-- {
			w := order[i]
			for k := g.off[w]; k < g.off[w+1]; k++ {
				v := g.adj[k]
				if dist[v] == dist[w]-1 {
					delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
				}
			}
			if w != src {
				bc[w] += delta[w]
			}
		}
	}
	scale := float64(n) / float64(samples) / 2 // each undirected pair is counted from both ends
	for i := range bc {
		bc[i] *= scale
	}
	return bc
}

// Communities assigns each node a community by label propagation: every node repeatedly takes
// the label most common among its neighbours, in a fixed order, until no label changes or after
// maxIter rounds. Ties are broken by a hash of node, round and label — deterministic, but without
// the bias of "smallest label wins", which floods one label across bridges. It is near-linear per round, where modularity
// optimisation does not finish at this scale; communities are returned as a label per node.
func (g *Graph) Communities(maxIter int) []uint32 {
	n := len(g.ids)
	label := make([]uint32, n)
	for i := range label {
		label[i] = uint32(i)
	}
	count := map[uint32]int{}
	for it := 0; it < maxIter; it++ {
		changed := 0
		for v := 0; v < n; v++ {
			if g.off[v] == g.off[v+1] {
				continue
			}
			clear(count)
			for k := g.off[v]; k < g.off[v+1]; k++ {
				count[label[g.adj[k]]]++
			}
			best, bestN, bestH := label[v], 0, uint64(0)
			for l, c := range count {
				h := tieHash(uint64(v), uint64(it), uint64(l))
				if c > bestN || (c == bestN && h < bestH) {
					best, bestN, bestH = l, c, h
				}
			}
			if best != label[v] {
				label[v] = best
				changed++
			}
		}
		if changed == 0 {
			break
		}
	}
	return label
}

// Ranked is a node with a score.
type Ranked struct {
	Node  uint32
	Score float64
}

// Top returns the k highest scores, best first.
func Top(scores []float64, k int) []Ranked {
	out := make([]Ranked, len(scores))
	for i, s := range scores {
		out[i] = Ranked{uint32(i), s}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		return out[i].Node < out[j].Node
	})
	if k < len(out) {
		out = out[:k]
	}
	return out
}

func tieHash(a, b, c uint64) uint64 {
	z := a*0x9e3779b97f4a7c15 ^ b*0xbf58476d1ce4e5b9 ^ c*0x94d049bb133111eb
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
