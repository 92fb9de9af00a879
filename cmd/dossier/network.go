package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/graph"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/view"
)

func init() {
	commands["neighbours"] = command{"the network around an entity", (*Main).runNeighbours}
	commands["path"] = command{"shortest paths between two entities, with the claims on each edge", (*Main).runPath}
	commands["central"] = command{"the most central entities: PageRank, brokers, communities", (*Main).runCentral}
}

// filterFlags are the edge filters the network commands share.
type filterFlags struct {
	preds, from, to *string
	cred            *int
}

func (m *Main) addFilterFlags(fs interface {
	String(string, string, string) *string
	Int(string, int, string) *int
}) filterFlags {
	return filterFlags{
		preds: fs.String("predicates", "", "only these predicates, comma-separated"),
		from:  fs.String("from", "", "only claims that may hold on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)"),
		to:    fs.String("to", "", "only claims that may hold on or before this date"),
		cred:  fs.Int("credibility", 0, "only claims at least this credible (1 best … 6)"),
	}
}

func (f filterFlags) filter() (graph.Filter, error) {
	var g graph.Filter
	if *f.preds != "" {
		for _, p := range strings.Split(*f.preds, ",") {
			p = strings.TrimSpace(p)
			if dossier.LookupPredicate(p) == nil {
				return g, usagef("unknown predicate %q", p)
			}
			g.Predicates = append(g.Predicates, p)
		}
	}
	parse := func(s string, end bool) (time.Time, error) {
		if s == "" {
			return time.Time{}, nil
		}
		d, err := dossier.ParseDate(s)
		if err != nil {
			return time.Time{}, usagef("%v", err)
		}
		a, z, _ := d.Range()
		if end {
			return z, nil
		}
		return a, nil
	}
	var err error
	if g.From, err = parse(*f.from, false); err != nil {
		return g, err
	}
	if g.To, err = parse(*f.to, true); err != nil {
		return g, err
	}
	if *f.cred < 0 || *f.cred > 6 {
		return g, usagef("--credibility takes 1–6")
	}
	g.MaxCredibility = *f.cred
	return g, nil
}

// loadGraph opens the store, loads the graph and resolves entity arguments to nodes.
func (m *Main) loadGraph(ctx context.Context) (*sqlite.DB, *graph.Graph, error) {
	db, err := m.openStore()
	if err != nil {
		return nil, nil, err
	}
	g, err := graph.Load(ctx, db)
	return db, g, err
}

func entityNode(ctx context.Context, db *sqlite.DB, g *graph.Graph, arg string) (*dossier.Entity, uint32, error) {
	e, err := view.FindEntity(ctx, db, arg)
	if err != nil {
		return nil, 0, err
	}
	v, ok := g.Node(e.ID)
	if !ok {
		return nil, 0, dossier.Errorf(dossier.ENOTFOUND, "%s (%s) has no claims linking it to other entities", e.Name, e.ID)
	}
	return e, v, nil
}

type nameCache map[string]string

func (n nameCache) of(ctx context.Context, db *sqlite.DB, id string) string {
	if s, ok := n[id]; ok {
		return s
	}
	s := id
	if e, err := db.FindEntityByID(ctx, id); err == nil {
		s = e.Name
	}
	n[id] = s
	return s
}

func (m *Main) runNeighbours(ctx context.Context, args []string) error {
	fs := m.newFlagSet("neighbours", "[options] ENTITY", "Lists the entities within --hops of ENTITY, with the claim that reaches each.")
	hops := fs.Int("hops", 1, "how many steps out")
	limit := fs.Int("limit", 200, "at most this many entities")
	asJSON := fs.Bool("json", false, "print JSON")
	ff := m.addFilterFlags(fs)
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("neighbours needs an entity")
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	db, g, err := m.loadGraph(ctx)
	if err != nil {
		return err
	}
	e, v, err := entityNode(ctx, db, g, strings.Join(fs.Args(), " "))
	if err != nil {
		return err
	}
	type row struct {
		Entity   string          `json:"entity"`
		Name     string          `json:"name"`
		Distance int             `json:"distance"`
		Via      *graph.EdgeInfo `json:"via,omitempty"`
	}
	nm := nameCache{}
	var rows []row
	for _, h := range g.Neighbours(v, *hops, f, *limit) {
		r := row{Entity: g.ID(h.Node), Name: nm.of(ctx, db, g.ID(h.Node)), Distance: int(h.Distance)}
		if h.Distance > 0 {
			ei := g.Edge(h.Via)
			r.Via = &ei
		}
		rows = append(rows, r)
	}
	if *asJSON {
		return m.printJSON(rows)
	}
	fmt.Fprintf(m.Stdout, "%s: %d entities within %d hop%s\n", e.Name, len(rows)-1, *hops, plural(*hops))
	for _, r := range rows[1:] {
		fmt.Fprintf(m.Stdout, "  %d  %-40s %s %s %s\n", r.Distance, clip(r.Name, 40), nm.of(ctx, db, r.Via.Subject), r.Via.Predicate, nm.of(ctx, db, r.Via.Object))
	}
	return nil
}

func (m *Main) runPath(ctx context.Context, args []string) error {
	fs := m.newFlagSet("path", "[options] A B", "Shows the shortest paths between two entities (names or IDs) and the claim on each step.")
	k := fs.Int("k", 1, "how many shortest paths (loopless, in order of length)")
	asJSON := fs.Bool("json", false, "print JSON")
	ff := m.addFilterFlags(fs)
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usagef("path needs two entities")
	}
	f, err := ff.filter()
	if err != nil {
		return err
	}
	db, g, err := m.loadGraph(ctx)
	if err != nil {
		return err
	}
	a, va, err := entityNode(ctx, db, g, fs.Arg(0))
	if err != nil {
		return err
	}
	b, vb, err := entityNode(ctx, db, g, fs.Arg(1))
	if err != nil {
		return err
	}
	paths := g.KShortestPaths(va, vb, *k, f)
	nm := nameCache{}
	if *asJSON {
		var out [][]graph.EdgeInfo
		for _, p := range paths {
			var steps []graph.EdgeInfo
			for _, e := range p.Edges {
				steps = append(steps, g.Edge(e))
			}
			out = append(out, steps)
		}
		return m.printJSON(out)
	}
	if len(paths) == 0 {
		fmt.Fprintf(m.Stdout, "no path between %s and %s\n", a.Name, b.Name)
		return nil
	}
	for i, p := range paths {
		fmt.Fprintf(m.Stdout, "%d. %d step%s\n", i+1, len(p.Edges), plural(len(p.Edges)))
		for _, e := range p.Edges {
			ei := g.Edge(e)
			fmt.Fprintf(m.Stdout, "   %s —%s→ %s   (claim %s)\n", nm.of(ctx, db, ei.Subject), ei.Predicate, nm.of(ctx, db, ei.Object), ei.Claim)
		}
	}
	return nil
}

func (m *Main) runCentral(ctx context.Context, args []string) error {
	fs := m.newFlagSet("central", "[options]", `
Ranks entities by PageRank and by betweenness (brokers who sit on the shortest paths between
groups, such as a figure who links a cultural centre to a militia), and counts communities found
by label propagation. Betweenness is exact up to --samples entities and estimated from that many
breadth-first searches beyond.`)
	top := fs.Int("top", 10, "how many entities per ranking")
	samples := fs.Int("samples", 500, "breadth-first searches for betweenness")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	db, g, err := m.loadGraph(ctx)
	if err != nil {
		return err
	}
	type entry struct {
		Entity string  `json:"entity"`
		Name   string  `json:"name"`
		Score  float64 `json:"score"`
	}
	nm := nameCache{}
	rank := func(scores []float64) []entry {
		var out []entry
		for _, r := range graph.Top(scores, *top) {
			out = append(out, entry{g.ID(r.Node), nm.of(ctx, db, g.ID(r.Node)), r.Score})
		}
		return out
	}
	labels := g.Communities(50)
	distinct := map[uint32]int{}
	for _, l := range labels {
		distinct[l]++
	}
	res := struct {
		Nodes       int     `json:"nodes"`
		Edges       int     `json:"edges"`
		PageRank    []entry `json:"pagerank"`
		Betweenness []entry `json:"betweenness"`
		Communities int     `json:"communities"`
	}{g.Nodes(), g.Edges(), rank(g.PageRank(1e-9, 100)), rank(g.Betweenness(*samples)), len(distinct)}
	if *asJSON {
		return m.printJSON(res)
	}
	fmt.Fprintf(m.Stdout, "%d entities, %d claims between them, %d communities\n\nPageRank:\n", res.Nodes, res.Edges, res.Communities)
	for _, e := range res.PageRank {
		fmt.Fprintf(m.Stdout, "  %.4f  %s\n", e.Score, e.Name)
	}
	fmt.Fprintln(m.Stdout, "\nBrokers (betweenness):")
	for _, e := range res.Betweenness {
		fmt.Fprintf(m.Stdout, "  %8.1f  %s\n", e.Score, e.Name)
	}
	return nil
}
