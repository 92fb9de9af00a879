package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/graph"
	"github.com/dossier-osint/dossier/sqlite"
)

// graphGen generates a deterministic claim graph with a heavy-tailed degree distribution: each
// edge joins a node drawn from a Zipf-like law over the first tenth of the nodes (the prominent
// figures and groups) with probability 0.3, and two uniform nodes otherwise.
type graphGen struct {
	n, m int
	s    uint64
}

func (g *graphGen) next() uint64 {
	g.s += 0x9e3779b97f4a7c15
	z := g.s
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

func (g *graphGen) node() int {
	if g.next()%10 < 3 {
		// Inverse-transform sample of a 1/x law over [1, n/10].
		u := float64(g.next()>>11) / (1 << 53)
		k := int(math.Exp(u * math.Log(float64(g.n/10))))
		return min(g.n-1, max(0, k-1))
	}
	return int(g.next() % uint64(g.n))
}

var benchPreds = []string{"member_of", "met_with", "associate_of", "backed_by", "leader_of", "based_in", "trained_by", "affiliated_with"}

func (g *graphGen) edges(fn func(i, a, b int, pred string)) {
	for i := 0; i < g.m; i++ {
		a, b := g.node(), g.node()
		if a == b {
			b = (b + 1) % g.n
		}
		fn(i, a, b, benchPreds[g.next()%uint64(len(benchPreds))])
	}
}

// benchGraph stores a generated graph in SQLite, loads it into the in-memory graph and times the
// network queries; then, on a smaller generated graph that networkx can hold, times the same
// queries in both, side by side.
func (m *Main) benchGraph(ctx context.Context, args []string) error {
	fs := m.newFlagSet("bench graph", "[options]", `
Generates a claim graph, stores it in a fresh SQLite store, loads it into the in-memory graph and
times 2-hop neighbourhoods, shortest paths, PageRank and sampled betweenness. Then generates a
smaller graph and times the same workload with dossier and with networkx (python3) side by side.`)
	n := fs.Int("entities", 1000000, "entities in the stored graph")
	e := fs.Int("claims", 10000000, "claims in the stored graph")
	nxN := fs.Int("nx-entities", 100000, "entities in the comparison graph (0 skips networkx)")
	nxE := fs.Int("nx-claims", 1000000, "claims in the comparison graph")
	queries := fs.Int("queries", 1000, "2-hop queries, and as many shortest paths between random pairs")
	limit := fs.Int("limit", 5000, "node limit of a neighbourhood (the UI's cap)")
	samples := fs.Int("samples", 100, "breadth-first searches for sampled betweenness")
	dir := fs.String("dir", "", "working folder (default: a temporary one, removed after)")
	python := fs.String("python", "/usr/bin/python3", "python with networkx (Debian python3-networkx)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		tmp, err := os.MkdirTemp("", "dossier-bench-graph-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		*dir = tmp
	}
	out := m.Stdout
	fmt.Fprintf(out, "machine: %s/%s, %d CPUs, GOMAXPROCS %d\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0))
	if *n > 0 && *e > 0 {
		dbPath := filepath.Join(*dir, "graph.db")
		t0 := time.Now()
		if err := storeGraph(ctx, dbPath, *n, *e); err != nil {
			return err
		}
		fi, _ := os.Stat(dbPath)
		fmt.Fprintf(out, "stored %d entities and %d claims (with evidence) in SQLite in %s (%s)\n", *n, *e, time.Since(t0).Round(time.Second), humanBytes(fi.Size()))
		db, err := sqlite.Open(dbPath)
		if err != nil {
			return err
		}
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		t0 = time.Now()
		g, err := graph.Load(ctx, db)
		db.Close()
		if err != nil {
			return err
		}
		var after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&after)
		fmt.Fprintf(out, "loaded the graph from SQLite in %s: %d nodes, %d edges, %s of heap\n", time.Since(t0).Round(time.Millisecond), g.Nodes(), g.Edges(), humanBytes(int64(after.HeapAlloc-before.HeapAlloc)))
		res := timeGraph(g, nil, *queries, *limit, *samples)
		printGraphTimes(out, "dossier", res)
		runtime.KeepAlive(g)
	}
	if *nxN <= 0 {
		return nil
	}
	// The comparison graph: the same generator, smaller, built in memory by both programs.
	gen := &graphGen{n: *nxN, m: *nxE, s: 7}
	b := graph.NewBuilder()
	f, err := os.Create(filepath.Join(*dir, "edges.tsv"))
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	gen.edges(func(i, a, c int, pred string) {
		b.Add(&dossier.Edge{Claim: fmt.Sprint(i), Subject: fmt.Sprint(a), Predicate: pred, Object: fmt.Sprint(c)})
		fmt.Fprintf(w, "%d\t%d\n", a, c)
	})
	w.Flush()
	f.Close()
	g := b.Build()
	workload := graphWorkload(g, *queries)
	os.WriteFile(filepath.Join(*dir, "starts.txt"), []byte(strings.Join(workload.startIDs, "\n")), 0o644)
	os.WriteFile(filepath.Join(*dir, "pairs.tsv"), []byte(strings.Join(workload.pairIDs, "\n")), 0o644)
	os.WriteFile(filepath.Join(*dir, "limit.txt"), []byte(fmt.Sprint(*limit)), 0o644)
	os.WriteFile(filepath.Join(*dir, "samples.txt"), []byte(fmt.Sprint(*samples)), 0o644)
	fmt.Fprintf(out, "\ncomparison graph: %d nodes, %d edges (generated, in memory)\n", g.Nodes(), g.Edges())
	mine := timeGraph(g, &workload, *queries, *limit, *samples)
	printGraphTimes(out, "dossier", mine)
	script, err := filepath.Abs(filepath.Join("bench", "networkx_bench.py"))
	if err != nil {
		return err
	}
	if _, err := os.Stat(script); err != nil {
		return fmt.Errorf("run from the repository root: %w", err)
	}
	cmd := exec.CommandContext(ctx, *python, script, *dir)
	cmd.Stderr = m.Stderr
	raw, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("networkx: %w", err)
	}
	var theirs map[string]any
	if err := json.Unmarshal(raw, &theirs); err != nil {
		return fmt.Errorf("networkx output %q: %w", raw, err)
	}
	num := func(k string) float64 { v, _ := theirs[k].(float64); return v }
	fmt.Fprintf(out, "networkx %v: 2-hop median %.3f ms p99 %.3f ms; path median %.4f ms p99 %.4f ms; PageRank %.2f s; betweenness (%d samples) %.2f s\n",
		theirs["networkx"], num("hop2_ms_median"), num("hop2_ms_p99"), num("path_ms_median"), num("path_ms_p99"), num("pagerank_s"), *samples, num("betweenness_s"))
	ratio := func(a, b float64) string {
		if b <= 0 {
			return "n/a"
		}
		return fmt.Sprintf("%.0f×", a/b)
	}
	fmt.Fprintf(out, "speed-up (networkx time / dossier time): 2-hop median %s (p99 %s), path median %s (p99 %s), PageRank %s, betweenness %s\n",
		ratio(num("hop2_ms_median"), mine.hop2Median), ratio(num("hop2_ms_p99"), mine.hop2P99),
		ratio(num("path_ms_median"), mine.pathMedian), ratio(num("path_ms_p99"), mine.pathP99),
		ratio(num("pagerank_s"), mine.pagerank.Seconds()), ratio(num("betweenness_s"), mine.betweenness.Seconds()))
	return nil
}

type workload struct {
	starts   []uint32
	pairs    [][2]uint32
	startIDs []string
	pairIDs  []string
}

func graphWorkload(g *graph.Graph, queries int) workload {
	var w workload
	r := &graphGen{s: 99}
	for i := 0; i < queries; i++ {
		v := uint32(r.next() % uint64(g.Nodes()))
		w.starts = append(w.starts, v)
		w.startIDs = append(w.startIDs, g.ID(v))
	}
	for i := 0; i < max(1, queries); i++ {
		a, b := uint32(r.next()%uint64(g.Nodes())), uint32(r.next()%uint64(g.Nodes()))
		w.pairs = append(w.pairs, [2]uint32{a, b})
		w.pairIDs = append(w.pairIDs, g.ID(a)+"\t"+g.ID(b))
	}
	return w
}

type graphTimes struct {
	hop2Median, hop2P99, pathMedian, pathP99 float64 // milliseconds
	pagerank, betweenness                    time.Duration
	avgReached                               float64
}

func timeGraph(g *graph.Graph, w *workload, queries, limit, samples int) graphTimes {
	if w == nil {
		x := graphWorkload(g, queries)
		w = &x
	}
	var res graphTimes
	var hop, path []float64
	reached := 0
	// One answer buffer for every neighbourhood, as a server reuses its buffers; and one untimed
	// pass over the workload first, so neither the search arrays' first page faults nor cold
	// caches are timed (bench/networkx_bench.py warms up the same way).
	var buf []graph.Hop
	for _, s := range w.starts {
		buf = g.AppendNeighbours(buf[:0], s, 2, graph.Filter{}, limit)
	}
	for _, p := range w.pairs {
		g.ShortestPath(p[0], p[1], graph.Filter{})
	}
	for _, s := range w.starts {
		t := time.Now()
		buf = g.AppendNeighbours(buf[:0], s, 2, graph.Filter{}, limit)
		hop = append(hop, float64(time.Since(t).Nanoseconds())/1e6)
		reached += len(buf)
	}
	for _, p := range w.pairs {
		t := time.Now()
		g.ShortestPath(p[0], p[1], graph.Filter{})
		path = append(path, float64(time.Since(t).Nanoseconds())/1e6)
	}
	res.hop2Median, res.hop2P99 = percentile(hop, 0.5), percentile(hop, 0.99)
	res.pathMedian, res.pathP99 = percentile(path, 0.5), percentile(path, 0.99)
	res.avgReached = float64(reached) / float64(len(w.starts))
	t := time.Now()
	g.PageRank(1e-6, 100)
	res.pagerank = time.Since(t)
	t = time.Now()
	g.Betweenness(samples)
	res.betweenness = time.Since(t)
	return res
}

func printGraphTimes(w interface{ Write([]byte) (int, error) }, who string, r graphTimes) {
	fmt.Fprintf(w, "%s: 2-hop median %.3f ms p99 %.3f ms (%.0f nodes reached on average); path median %.4f ms p99 %.4f ms; PageRank %.2f s; betweenness %.2f s\n",
		who, r.hop2Median, r.hop2P99, r.avgReached, r.pathMedian, r.pathP99, r.pagerank.Seconds(), r.betweenness.Seconds())
}

func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// storeGraph writes a generated graph into a new store through the ordinary store API: entity
// batches, then claim batches, each claim with one piece of evidence in a small source.
func storeGraph(ctx context.Context, path string, n, m int) error {
	db, err := sqlite.Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	id := func(i int) string { return fmt.Sprintf("E%07d", i) }
	const batch = 20000
	doc := func(k int) *dossier.Source {
		text := fmt.Sprintf("generated graph batch %d", k)
		return &dossier.Source{ID: dossier.ContentID(text), Path: fmt.Sprintf("gen/%06d.txt", k), Text: text, Format: "text", Language: "en"}
	}
	k := 0
	for start := 0; start < n; start += batch {
		x := &dossier.Extraction{}
		for i := start; i < min(n, start+batch); i++ {
			x.Entities = append(x.Entities, &dossier.Entity{ID: id(i), Type: dossier.Person, Name: fmt.Sprintf("Entity %d", i)})
		}
		if err := storeOne(ctx, db, doc(k), x); err != nil {
			return err
		}
		k++
	}
	gen := &graphGen{n: n, m: m, s: 3}
	x := &dossier.Extraction{}
	var src *dossier.Source
	var ferr error
	gen.edges(func(i, a, b int, pred string) {
		if ferr != nil {
			return
		}
		if src == nil {
			src = doc(k)
			k++
		}
		c := &dossier.Claim{ID: fmt.Sprintf("C%09d", i), Subject: id(a), Predicate: pred, Object: dossier.Object{EntityID: id(b)},
			Credibility: 1 + i%6, Evidence: []*dossier.Evidence{{Span: dossier.Span{Start: 0, End: 9}, Quote: "generated", Stance: dossier.StanceAsserts, Method: "generated"}}}
		x.Claims = append(x.Claims, c)
		if len(x.Claims) == batch {
			ferr = storeOne(ctx, db, src, x)
			x, src = &dossier.Extraction{}, nil
		}
	})
	if ferr == nil && len(x.Claims) > 0 {
		ferr = storeOne(ctx, db, src, x)
	}
	return ferr
}

func storeOne(ctx context.Context, db *sqlite.DB, s *dossier.Source, x *dossier.Extraction) error {
	res, err := db.StoreSources(ctx, []*dossier.Document{{Source: s, Extraction: x}})
	if err != nil {
		return err
	}
	return res[0].Err
}
