package graph

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/dossier-osint/dossier"
)

func build(edges ...[3]string) *Graph {
	b := NewBuilder()
	for i, e := range edges {
		b.Add(&dossier.Edge{Claim: "C" + string(rune('a'+i)), Subject: e[0], Predicate: e[1], Object: e[2], Credibility: 3})
	}
	return b.Build()
}

func node(t *testing.T, g *Graph, id string) uint32 {
	v, ok := g.Node(id)
	if !ok {
		t.Fatalf("no node %s", id)
	}
	return v
}

func ids(g *Graph, vs []uint32) []string {
	var out []string
	for _, v := range vs {
		out = append(out, g.ID(v))
	}
	return out
}

func TestPathsAndBetweenness(t *testing.T) {
	// A cultural centre and a militia are joined only through one figure: the broker.
	g := build(
		[3]string{"centre", "associate_of", "imam"},
		[3]string{"imam", "member_of", "militia"},
		[3]string{"militia", "backed_by", "state"},
		[3]string{"centre", "based_in", "city"},
		[3]string{"militia", "based_in", "camp"},
	)
	p, ok := g.ShortestPath(node(t, g, "centre"), node(t, g, "state"), Filter{})
	if !ok || len(p.Edges) != 3 || ids(g, p.Nodes)[1] != "imam" {
		t.Fatalf("path %v", ids(g, p.Nodes))
	}
	if e := g.Edge(p.Edges[0]); e.Predicate != "associate_of" || e.Claim != "Ca" {
		t.Errorf("first edge %+v", e)
	}
	bc := g.Betweenness(0) // exact
	// imam lies on every shortest path between {centre, city} and {militia, state, camp}: 6 pairs.
	if got := bc[node(t, g, "imam")]; math.Abs(got-6) > 1e-9 {
		t.Errorf("betweenness of the broker %.2f, want 6", got)
	}
	if top := Top(bc, 1); g.ID(top[0].Node) != "militia" && g.ID(top[0].Node) != "imam" {
		t.Errorf("top broker %s", g.ID(top[0].Node))
	}
	if _, ok := g.ShortestPath(node(t, g, "centre"), node(t, g, "state"), Filter{Predicates: []string{"based_in", "backed_by"}}); ok {
		t.Errorf("without associate_of and member_of there is no path")
	}
}

func TestKShortestPaths(t *testing.T) {
	g := build(
		[3]string{"a", "met_with", "b"}, [3]string{"b", "met_with", "d"},
		[3]string{"a", "met_with", "c"}, [3]string{"c", "met_with", "d"},
		[3]string{"a", "met_with", "e"}, [3]string{"e", "met_with", "f"}, [3]string{"f", "met_with", "d"},
	)
	ps := g.KShortestPaths(node(t, g, "a"), node(t, g, "d"), 5, Filter{})
	if len(ps) != 3 || len(ps[0].Edges) != 2 || len(ps[1].Edges) != 2 || len(ps[2].Edges) != 3 {
		for _, p := range ps {
			t.Log(ids(g, p.Nodes))
		}
		t.Fatalf("got %d paths", len(ps))
	}
}

func TestNeighboursFilters(t *testing.T) {
	b := NewBuilder()
	d := func(y int) dossier.Date { return dossier.Date{Year: y, Precision: dossier.PrecisionYear} }
	b.Add(&dossier.Edge{Claim: "c1", Subject: "g", Predicate: "led_by", Object: "p1", ValidFrom: d(2010), ValidTo: d(2015), Credibility: 2})
	b.Add(&dossier.Edge{Claim: "c2", Subject: "g", Predicate: "led_by", Object: "p2", ValidFrom: d(2019), Credibility: 5})
	b.Add(&dossier.Edge{Claim: "c3", Subject: "p2", Predicate: "met_with", Object: "p3", Credibility: 1})
	g := b.Build()
	start := node(t, g, "g")
	count := func(f Filter, hops int) int { return len(g.Neighbours(start, hops, f, 0)) }
	if n := count(Filter{}, 2); n != 4 {
		t.Errorf("2 hops: %d nodes", n)
	}
	if n := count(Filter{}, 1); n != 3 {
		t.Errorf("1 hop: %d nodes", n)
	}
	if n := count(Filter{From: time.Date(2017, 1, 1, 0, 0, 0, 0, time.UTC), To: time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)}, 2); n != 1 {
		t.Errorf("in 2017 neither leader held office: %d nodes", n)
	}
	if n := count(Filter{MaxCredibility: 3}, 2); n != 2 {
		t.Errorf("credible claims only: %d nodes", n)
	}
	if hs := g.Neighbours(start, 2, Filter{}, 2); len(hs) != 2 {
		t.Errorf("limit: %d", len(hs))
	}
	// AppendNeighbours keeps what dst held and appends the same answer, limit included.
	for _, limit := range []int{0, 2} {
		want := g.Neighbours(start, 2, Filter{}, limit)
		dst := []Hop{{Node: 12345}}
		got := g.AppendNeighbours(dst, start, 2, Filter{}, limit)
		if len(got) != 1+len(want) || got[0].Node != 12345 || !slices.Equal(got[1:], want) {
			t.Errorf("AppendNeighbours limit %d: %v, want [12345] + %v", limit, got, want)
		}
	}
}

func TestPageRankAndCommunities(t *testing.T) {
	g := build(
		[3]string{"a1", "x", "a2"}, [3]string{"a2", "x", "a3"}, [3]string{"a3", "x", "a1"},
		[3]string{"b1", "x", "b2"}, [3]string{"b2", "x", "b3"}, [3]string{"b3", "x", "b1"},
		[3]string{"a1", "x", "b1"},
	)
	pr := g.PageRank(1e-10, 100)
	sum := 0.0
	for _, x := range pr {
		sum += x
	}
	if math.Abs(sum-1) > 1e-6 {
		t.Errorf("PageRank sums to %f", sum)
	}
	if math.Abs(pr[node(t, g, "a2")]-pr[node(t, g, "b2")]) > 1e-9 || pr[node(t, g, "a1")] <= pr[node(t, g, "a2")] {
		t.Errorf("PageRank %v", pr)
	}
	c := g.Communities(20)
	if c[node(t, g, "a2")] != c[node(t, g, "a3")] || c[node(t, g, "b2")] != c[node(t, g, "b3")] || c[node(t, g, "a2")] == c[node(t, g, "b2")] {
		t.Errorf("communities %v", c)
	}
}

// TestShortestPathRandom checks bidirectional search against a plain breadth-first search on
// random graphs: the same distance, and a path whose every edge joins its two nodes. Half the
// rounds are uniform graphs of up to a few hundred nodes (most nodes are hubs, hubs.go); the
// other half heavy-tailed graphs of a few thousand, where routes through hubs are often
// shortest and sometimes only nearly so.
func TestShortestPathRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	viaHubs := 0
	for round := 0; round < 40; round++ {
		var g *Graph
		if round%2 == 0 {
			n := 20 + rng.IntN(200)
			b := NewBuilder()
			m := n + rng.IntN(2*n)
			for i := 0; i < m; i++ {
				b.Add(&dossier.Edge{Claim: fmt.Sprint("c", i), Subject: fmt.Sprint(rng.IntN(n)), Predicate: "met_with", Object: fmt.Sprint(rng.IntN(n))})
			}
			g = b.Build()
		} else {
			n := 1000 + rng.IntN(4000)
			g = benchGraph(n, n*(1+rng.IntN(4)))
		}
		for q := 0; q < 30; q++ {
			a, z := uint32(rng.IntN(g.Nodes())), uint32(rng.IntN(g.Nodes()))
			want := -1
			for _, h := range g.Neighbours(a, g.Nodes(), Filter{}, 0) {
				if h.Node == z {
					want = int(h.Distance)
				}
			}
			p, ok := g.ShortestPath(a, z, Filter{})
			if r, ok := g.hubs.bound(a, z); ok && a != z && r.len == want {
				viaHubs++
			}
			if !ok {
				if want >= 0 {
					t.Fatalf("round %d: %d→%d reachable at %d, no path found", round, a, z, want)
				}
				continue
			}
			if len(p.Edges) != want || len(p.Nodes) != want+1 || p.Nodes[0] != a || p.Nodes[len(p.Nodes)-1] != z {
				t.Fatalf("round %d: %d→%d path %+v, want length %d", round, a, z, p, want)
			}
			for i, e := range p.Edges {
				x, y := g.src[e], g.dst[e]
				if !(x == p.Nodes[i] && y == p.Nodes[i+1]) && !(y == p.Nodes[i] && x == p.Nodes[i+1]) {
					t.Fatalf("round %d: edge %d of %+v does not join its nodes", round, i, p)
				}
			}
		}
	}
	// The bound through hubs must have been exact often enough for the test to mean something.
	if viaHubs < 250 {
		t.Errorf("a route through hubs was a shortest path in only %d of 1,200 queries", viaHubs)
	}
}

// TestConcurrentSearches runs searches from several goroutines at once (the server does): the
// pooled scratch arrays must give each search its own marks.
func TestConcurrentSearches(t *testing.T) {
	g := benchGraph(2000, 10000)
	type q struct{ a, b uint32 }
	rng := rand.New(rand.NewPCG(9, 9))
	var qs []q
	for i := 0; i < 200; i++ {
		qs = append(qs, q{uint32(rng.IntN(g.Nodes())), uint32(rng.IntN(g.Nodes()))})
	}
	want := make([]string, len(qs))
	for i, x := range qs {
		p, ok := g.ShortestPath(x.a, x.b, Filter{})
		want[i] = fmt.Sprint(len(p.Edges), ok, len(g.Neighbours(x.a, 2, Filter{}, 500)))
	}
	errs := make(chan string, 8)
	for w := 0; w < 8; w++ {
		go func() {
			for i, x := range qs {
				p, ok := g.ShortestPath(x.a, x.b, Filter{})
				if got := fmt.Sprint(len(p.Edges), ok, len(g.Neighbours(x.a, 2, Filter{}, 500))); got != want[i] {
					errs <- fmt.Sprintf("query %d: %s, alone %s", i, got, want[i])
					return
				}
			}
			errs <- ""
		}()
	}
	for w := 0; w < 8; w++ {
		if e := <-errs; e != "" {
			t.Error(e)
		}
	}
}
