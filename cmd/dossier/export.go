package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/analyse"
	"github.com/dossier-osint/dossier/export/csv"
	"github.com/dossier-osint/dossier/export/ftm"
	"github.com/dossier-osint/dossier/export/gexf"
	"github.com/dossier-osint/dossier/export/graphml"
	"github.com/dossier-osint/dossier/export/jsonl"
	"github.com/dossier-osint/dossier/export/stix"
	"github.com/dossier-osint/dossier/gazetteer"
	"github.com/dossier-osint/dossier/graph"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/view"
)

func init() {
	commands["export"] = command{"write the store in an exchange format", (*Main).runExport}
}

// exportFormats lists the formats of dossier export.
var exportFormats = []string{"jsonl", "stix", "ftm", "gexf", "graphml", "csv"}

func (m *Main) runExport(ctx context.Context, args []string) error {
	fs := m.newFlagSet("export", "[options]", `
Writes the store, or a selection of it, in an exchange format. Formats:
  jsonl    the lossless JSON-lines dump: sources with their exact stored text, entities,
           mentions, claims with evidence and grades, source links, judgements, origin groups
           and contradictions (one object per line); 'dossier import' reads it back.
  stix     a STIX 2.1 bundle (OpenCTI, MISP): identities, threat actors, locations,
           incidents, relationships for claims, notes for evidence, reports for sources.
  ftm      FollowTheMoney JSON lines (Aleph, OpenSanctions): Person, Organization, Address,
           Event, links (Membership, Directorship, UnknownLink ...), Documentation, Mention.
  gexf     GEXF 1.3 (Gephi): entities and the claims between them, dated for the timeline.
  graphml  GraphML (networkx, yEd, Cytoscape).
  csv      entities.csv, claims.csv and evidence.csv: into the folder -o names, or one zip
           archive when -o ends in .zip or is standard output.
The truth layer runs first, so grades, echo links and contradictions are current.
Selections: --case and --since keep the sources of a case or published since a date and what
they state; --entity with --hops keeps the network around an entity. Everything selected
streams, so memory stays flat whatever the store's size.`)
	format := fs.String("format", "jsonl", "output format: "+strings.Join(exportFormats, ", "))
	out := fs.String("o", "-", "output file (a folder for csv), - for standard output")
	caseID := fs.String("case", "", "only sources of this case and what they state")
	since := fs.String("since", "", "only sources published (or retrieved) on or after this date (2021, 2021-10, 2021-10-03)")
	entity := fs.String("entity", "", "only the network around this entity (id or name)")
	hops := fs.Int("hops", 1, "with --entity: how many claims away from it")
	analyseFirst := fs.Bool("analyse", true, "run the truth layer first (false exports the stored grades as they are)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("export takes no arguments")
	}
	known := false
	for _, f := range exportFormats {
		known = known || f == *format
	}
	if !known {
		return usagef("unknown export format %q (supported: %s)", *format, strings.Join(exportFormats, ", "))
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	rep := &analyse.Report{}
	if *analyseFirst {
		if rep, err = analyse.Run(ctx, db); err != nil {
			return err
		}
	}
	var st exportStore = db
	filtered := *caseID != "" || *since != "" || *entity != ""
	if filtered {
		sel := &selection{DB: db}
		if err := sel.build(ctx, db, *caseID, *since, *entity, *hops); err != nil {
			return err
		}
		st = sel
	}
	rel, err := reliability(ctx, db)
	if err != nil {
		return err
	}
	place := func(name string) (lat, lon float64, cc string, ok bool) {
		ps := gazetteer.Lookup(name)
		if len(ps) == 0 {
			return 0, 0, "", false
		}
		return float64(ps[0].Lat), float64(ps[0].Lon), ps[0].Country, true
	}
	var write func(context.Context, io.Writer) error
	switch *format {
	case "jsonl":
		var a *jsonl.Analysis
		if !filtered {
			// Origin groups and contradictions describe the whole store; a selection omits them.
			a = &jsonl.Analysis{OriginGroups: rep.OriginGroups, Contradictions: rep.Contradictions}
		}
		write = func(ctx context.Context, w io.Writer) error { return jsonl.Write(ctx, w, st, a) }
	case "stix":
		opt := stix.Options{Reliability: rel, Place: func(name string) (stix.Place, bool) {
			lat, lon, cc, ok := place(name)
			return stix.Place{Country: cc, Lat: lat, Lon: lon}, ok
		}}
		write = func(ctx context.Context, w io.Writer) error { return stix.Write(ctx, w, st, opt) }
	case "ftm":
		opt := ftm.Options{Reliability: rel, Place: func(name string) (ftm.Place, bool) {
			lat, lon, cc, ok := place(name)
			return ftm.Place{Country: cc, Lat: lat, Lon: lon}, ok
		}}
		write = func(ctx context.Context, w io.Writer) error { return ftm.Write(ctx, w, st, opt) }
	case "gexf":
		write = func(ctx context.Context, w io.Writer) error { return gexf.Write(ctx, w, st) }
	case "graphml":
		write = func(ctx context.Context, w io.Writer) error { return graphml.Write(ctx, w, st) }
	case "csv":
		opt := csv.Options{Reliability: rel}
		if *out != "-" && !strings.HasSuffix(strings.ToLower(*out), ".zip") {
			return csv.WriteDir(ctx, *out, st, opt)
		}
		write = func(ctx context.Context, w io.Writer) error { return csv.WriteZip(ctx, w, st, opt) }
	}
	return m.writeOutput(ctx, *out, write)
}

// writeOutput runs write into the file out, or standard output for "-".
func (m *Main) writeOutput(ctx context.Context, out string, write func(context.Context, io.Writer) error) error {
	if out == "-" {
		w := bufio.NewWriter(m.Stdout)
		if err := write(ctx, w); err != nil {
			return err
		}
		return w.Flush()
	}
	// Write beside the target and rename, so a failed export never leaves a truncated file.
	tmp, err := os.CreateTemp(filepath.Dir(out), ".export-*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := write(ctx, tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), out)
}

// exportStore is what the exporters read.
type exportStore interface {
	dossier.Walker
	FindClaims(ctx context.Context, f dossier.ClaimFilter) ([]*dossier.Claim, error)
	FindSources(ctx context.Context, f dossier.SourceFilter) ([]*dossier.Source, int, error)
}

// reliability returns each source's Admiralty grade: its own, else its publisher's.
func reliability(ctx context.Context, db *sqlite.DB) (func(*dossier.Source) string, error) {
	grades, err := db.FindGrades(ctx)
	if err != nil {
		return nil, err
	}
	pub := map[string]string{}
	for _, g := range grades {
		if g.Publisher != "" {
			pub[g.Publisher] = g.Reliability
		}
	}
	return func(s *dossier.Source) string {
		if s.Reliability != "" {
			return s.Reliability
		}
		return pub[s.Publisher]
	}, nil
}

// selection is a store seen through export filters: the walks skip what is not selected and
// cut evidence from unselected sources. It holds the ids of what it selects.
type selection struct {
	*sqlite.DB
	sources  map[string]bool // nil: all
	entities map[string]bool // nil: all
	claims   map[string]bool
}

func (s *selection) build(ctx context.Context, db *sqlite.DB, caseID, since, entity string, hops int) error {
	if caseID != "" || since != "" {
		var from dossier.Date
		if since != "" {
			d, err := dossier.ParseDate(since)
			if err != nil || d.IsZero() {
				return usagef("--since: %q is not a date (2021, 2021-10, 2021-10-03)", since)
			}
			from = d
		}
		first, _, _ := from.Range()
		s.sources = map[string]bool{}
		err := db.WalkSources(ctx, func(src *dossier.Source) error {
			if caseID != "" && src.CaseID != caseID {
				return nil
			}
			if since != "" {
				_, last, ok := src.Published.Range()
				if !ok {
					last = src.Retrieved
				}
				if last.Before(first) {
					return nil
				}
			}
			s.sources[src.ID] = true
			return nil
		})
		if err != nil {
			return err
		}
		if len(s.sources) == 0 && caseID != "" {
			return dossier.Errorf(dossier.ENOTFOUND, "no source belongs to case %q (given with 'dossier ingest --case')", caseID)
		}
	}
	if entity != "" {
		e, err := view.FindEntity(ctx, db, entity)
		if err != nil {
			return err
		}
		g, err := graph.Load(ctx, db)
		if err != nil {
			return err
		}
		s.entities = map[string]bool{e.ID: true}
		id := e.ID
		if e.Canonical != "" {
			id = e.Canonical
		}
		if v, ok := g.Node(id); ok {
			for _, h := range g.Neighbours(v, hops, graph.Filter{}, 0) {
				s.entities[g.ID(h.Node)] = true
			}
		}
		// Members of selected clusters come along with their canonical entity.
		err = db.WalkEntities(ctx, func(x *dossier.Entity) error {
			if x.Canonical != "" && s.entities[x.Canonical] {
				s.entities[x.ID] = true
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	// Claims: both ends selected and some evidence from a selected source.
	s.claims = map[string]bool{}
	refEntities, refSources := map[string]bool{}, map[string]bool{}
	err := db.WalkClaims(ctx, func(c *dossier.Claim) error {
		if c = s.cut(c); c == nil {
			return nil
		}
		s.claims[c.ID] = true
		refEntities[c.Subject] = true
		if c.Object.IsEntity() {
			refEntities[c.Object.EntityID] = true
		}
		for _, ev := range c.Evidence {
			refSources[ev.SourceID] = true
		}
		return nil
	})
	if err != nil {
		return err
	}
	if s.entities == nil {
		// Entities that selected sources state something about or mention, and the case's own.
		s.entities = refEntities
		err := db.WalkMentions(ctx, func(m *dossier.Mention) error {
			if m.EntityID != "" && s.sources[m.SourceID] {
				s.entities[m.EntityID] = true
			}
			return nil
		})
		if err == nil && caseID != "" {
			err = db.WalkEntities(ctx, func(e *dossier.Entity) error {
				if e.CaseID == caseID {
					s.entities[e.ID] = true
				}
				return nil
			})
		}
		if err != nil {
			return err
		}
	}
	if s.sources == nil {
		s.sources = refSources
	}
	return nil
}

// cut returns c with only selected evidence, or nil when c is not selected.
func (s *selection) cut(c *dossier.Claim) *dossier.Claim {
	if s.entities != nil && (!s.entities[c.Subject] || (c.Object.IsEntity() && !s.entities[c.Object.EntityID])) {
		return nil
	}
	if s.sources != nil {
		evs := c.Evidence[:0]
		for _, ev := range c.Evidence {
			if s.sources[ev.SourceID] {
				evs = append(evs, ev)
			}
		}
		if len(evs) == 0 && len(c.Evidence) > 0 {
			return nil
		}
		c.Evidence = evs
	}
	return c
}

func (s *selection) WalkSources(ctx context.Context, fn func(*dossier.Source) error) error {
	return s.DB.WalkSources(ctx, func(x *dossier.Source) error {
		if !s.sources[x.ID] {
			return nil
		}
		return fn(x)
	})
}

func (s *selection) WalkSourceLinks(ctx context.Context, fn func(*dossier.SourceLink) error) error {
	return s.DB.WalkSourceLinks(ctx, func(l *dossier.SourceLink) error {
		if !s.sources[l.From] || (l.To != "" && !s.sources[l.To]) {
			return nil
		}
		return fn(l)
	})
}

func (s *selection) WalkEntities(ctx context.Context, fn func(*dossier.Entity) error) error {
	return s.DB.WalkEntities(ctx, func(e *dossier.Entity) error {
		if !s.entities[e.ID] {
			return nil
		}
		return fn(e)
	})
}

func (s *selection) WalkMentions(ctx context.Context, fn func(*dossier.Mention) error) error {
	return s.DB.WalkMentions(ctx, func(m *dossier.Mention) error {
		if !s.sources[m.SourceID] || (m.EntityID != "" && !s.entities[m.EntityID]) {
			return nil
		}
		return fn(m)
	})
}

func (s *selection) WalkClaims(ctx context.Context, fn func(*dossier.Claim) error) error {
	return s.DB.WalkClaims(ctx, func(c *dossier.Claim) error {
		if !s.claims[c.ID] {
			return nil
		}
		return fn(s.cut(c))
	})
}

func (s *selection) WalkMentionEnds(ctx context.Context, fn func(*dossier.Mention, *dossier.Entity) error) error {
	return s.DB.WalkMentionEnds(ctx, func(m *dossier.Mention, e *dossier.Entity) error {
		if !s.sources[m.SourceID] || (m.EntityID != "" && !s.entities[m.EntityID]) {
			return nil
		}
		return fn(m, e)
	})
}

func (s *selection) WalkClaimEnds(ctx context.Context, fn func(c *dossier.Claim, subject, object *dossier.Entity) error) error {
	return s.DB.WalkClaimEnds(ctx, func(c *dossier.Claim, subj, obj *dossier.Entity) error {
		if !s.claims[c.ID] {
			return nil
		}
		return fn(s.cut(c), subj, obj)
	})
}

// FindClaims pages through the selected claims that match f.
func (s *selection) FindClaims(ctx context.Context, f dossier.ClaimFilter) ([]*dossier.Claim, error) {
	var out []*dossier.Claim
	skip := max(f.Offset, 0)
	page := f
	page.Offset, page.Limit = 0, 10000
	for {
		cs, err := s.DB.FindClaims(ctx, page)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if !s.claims[c.ID] {
				continue
			}
			if skip > 0 {
				skip--
				continue
			}
			out = append(out, s.cut(c))
			if f.Limit > 0 && len(out) == f.Limit {
				return out, nil
			}
		}
		if len(cs) < page.Limit {
			return out, nil
		}
		page.Offset += len(cs)
	}
}

// FindSources finds the selected sources among those f matches (ID lookups are all an export
// makes; the total counts the selected ones on the page).
func (s *selection) FindSources(ctx context.Context, f dossier.SourceFilter) ([]*dossier.Source, int, error) {
	srcs, _, err := s.DB.FindSources(ctx, f)
	if err != nil {
		return nil, 0, err
	}
	out := srcs[:0]
	for _, src := range srcs {
		if s.sources[src.ID] {
			out = append(out, src)
		}
	}
	return out, len(out), nil
}

func (s *selection) WalkClaimsBySubject(ctx context.Context, fn func(*dossier.Claim) error) error {
	return s.DB.WalkClaimsBySubject(ctx, func(c *dossier.Claim) error {
		if !s.claims[c.ID] {
			return nil
		}
		return fn(s.cut(c))
	})
}

func (s *selection) WalkEdges(ctx context.Context, fn func(*dossier.Edge) error) error {
	return s.DB.WalkEdges(ctx, func(e *dossier.Edge) error {
		if !s.claims[e.Claim] || !s.entities[e.Subject] || !s.entities[e.Object] {
			return nil
		}
		return fn(e)
	})
}

func (s *selection) WalkJudgements(ctx context.Context, fn func(*dossier.Judgement) error) error {
	return s.DB.WalkJudgements(ctx, func(j *dossier.Judgement) error {
		if !s.entities[j.A] || !s.entities[j.B] {
			return nil
		}
		return fn(j)
	})
}

var _ exportStore = (*selection)(nil)
