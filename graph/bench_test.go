package graph

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/dossier-osint/dossier"
)

// benchGraph is a random graph of n nodes and m edges with heavy-tailed degrees: three in ten
// edge ends fall on the first tenth of the nodes by a 1/x law, as in 'dossier bench graph'.
func benchGraph(n, m int) *Graph {
	rng := rand.New(rand.NewPCG(1, 2))
	end := func() int {
		if rng.IntN(10) < 3 {
			// Inverse-transform sample of a 1/x law over [1, n/10].
			return int(math.Exp(rng.Float64()*math.Log(float64(n/10)))) - 1
		}
		return rng.IntN(n)
	}
	b := NewBuilder()
	for i := 0; i < m; i++ {
		b.Add(&dossier.Edge{Claim: fmt.Sprint(i), Subject: fmt.Sprint(end()), Predicate: "met_with", Object: fmt.Sprint(end())})
	}
	return b.Build()
}

var benchG *Graph

func loadBench(b *testing.B) *Graph {
	if benchG == nil {
		benchG = benchGraph(100000, 1000000)
	}
	b.ResetTimer()
	return benchG
}

func BenchmarkNeighbours2Hop(b *testing.B) {
	g := loadBench(b)
	rng := rand.New(rand.NewPCG(3, 4))
	reached := 0
	for i := 0; i < b.N; i++ {
		reached += len(g.Neighbours(uint32(rng.IntN(g.Nodes())), 2, Filter{}, 5000))
	}
	b.ReportMetric(float64(reached)/float64(b.N), "nodes/op")
}

func BenchmarkShortestPath(b *testing.B) {
	g := loadBench(b)
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < b.N; i++ {
		g.ShortestPath(uint32(rng.IntN(g.Nodes())), uint32(rng.IntN(g.Nodes())), Filter{})
	}
}
