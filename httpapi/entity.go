package httpapi

import (
	"context"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/gazetteer"
	"github.com/dossier-osint/dossier/graph"
	"github.com/dossier-osint/dossier/truth"
	"github.com/dossier-osint/dossier/view"
)

// EntityItem is an entity in lists.
type EntityItem struct {
	ID     string             `json:"id"`
	Name   string             `json:"name"`
	Type   dossier.EntityType `json:"type"`
	Status string             `json:"status,omitempty"`
}

func (s *Server) handleEntityList(w http.ResponseWriter, r *http.Request) error {
	offset, limit, err := page(r)
	if err != nil {
		return err
	}
	f := dossier.EntityFilter{Offset: offset, Limit: limit, Status: r.URL.Query().Get("status")}
	if t := r.URL.Query().Get("type"); t != "" {
		if f.Type = dossier.EntityType(t); !f.Type.Valid() {
			return dossier.Errorf(dossier.EINVALID, "unknown entity type %q", t)
		}
	}
	list, total, err := s.cfg.Store.FindEntities(r.Context(), f)
	if err != nil {
		return err
	}
	items := make([]EntityItem, 0, len(list))
	for _, e := range list {
		items = append(items, EntityItem{ID: e.ID, Name: e.Name, Type: e.Type, Status: e.Status})
	}
	writeJSON(w, http.StatusOK, List[EntityItem]{Total: total, Offset: offset, Limit: limit, Items: items})
	return nil
}

// entity finds the entity of the request's {id}; a merged entity's ID gives its canonical one.
// It reads through the cache, where the profile then finds it again as the subject of its claims.
func (s *Server) entity(r *http.Request) (*dossier.Entity, error) {
	return s.reads.FindEntityByID(r.Context(), r.PathValue("id"))
}

// profile loads the profile of the request's entity.
func (s *Server) profile(r *http.Request) (*view.Profile, error) {
	e, err := s.entity(r)
	if err != nil {
		return nil, err
	}
	return view.LoadProfile(r.Context(), s.reads, e)
}

// ProfileBody is a page of an entity profile with the "B2" grade of each claim: the best
// reliability among the sources of its evidence, and its credibility.
type ProfileBody struct {
	*view.ProfilePage
	Grades map[string]string `json:"grades"`
}

// Profile pages: claims per page by default and at most.
const (
	profileLimit    = 200
	maxProfileLimit = 1000
)

// handleEntityGet answers a page of an entity's profile. It reads the store directly, not
// through the server's read cache: requests for random entities would only fill the cache, and
// the store reads a page in a few queries.
func (s *Server) handleEntityGet(w http.ResponseWriter, r *http.Request) error {
	q := r.URL.Query()
	limit := profileLimit
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxProfileLimit {
			return dossier.Errorf(dossier.EINVALID, "limit takes a number from 1 to %d", maxProfileLimit)
		}
		limit = n
	}
	ctx := r.Context()
	e, err := s.cfg.Store.FindEntityByID(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	p, err := view.LoadProfilePage(ctx, s.cfg.Store, e, q.Get("after"), limit)
	if err != nil {
		return err
	}
	grades := make(map[string]string, len(p.Claims))
	for _, c := range p.Claims {
		best := dossier.ReliabilityDefault
		for _, ev := range c.Evidence {
			if rel := p.Reliability[ev.SourceID]; dossier.ValidReliability(rel) && rel < best {
				best = rel
			}
		}
		grades[c.ID] = truth.Grade(best, c.Credibility)
	}
	writeJSON(w, http.StatusOK, ProfileBody{ProfilePage: p, Grades: grades})
	return nil
}

func (s *Server) grades(ctx context.Context, p *view.Profile) (map[string]string, error) {
	out := make(map[string]string, len(p.Claims))
	for _, c := range p.Claims {
		best := dossier.ReliabilityDefault
		for _, ev := range c.Evidence {
			rel, err := s.reliability(ctx, ev.SourceID)
			if err != nil {
				return nil, err
			}
			if dossier.ValidReliability(rel) && rel < best {
				best = rel
			}
		}
		out[c.ID] = truth.Grade(best, c.Credibility)
	}
	return out, nil
}

// reliability returns the reliability grade of a source ("" when ungraded or absent).
func (s *Server) reliability(ctx context.Context, id string) (string, error) {
	src, err := s.reads.FindSourceByID(ctx, id)
	if dossier.ErrorCode(err) == dossier.ENOTFOUND {
		return "", nil
	} else if err != nil {
		return "", err
	}
	return src.Reliability, nil
}

// handleTimeline lists an entity's dated claims, oldest first, with their grades and whether a
// contradiction involves them. It builds the same entries as view.Timeline, but from the
// server's shared analysis of the store (Server.analysis) instead of a new one per request,
// which on a large store takes minutes.
func (s *Server) handleTimeline(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	p, err := s.profile(r)
	if err != nil {
		return err
	}
	rep, err := s.analysis(ctx)
	if err != nil {
		return err
	}
	contradicted := map[string]bool{}
	for _, c := range rep.Contradictions {
		for _, id := range c.Claims {
			contradicted[id] = true
		}
	}
	grades, err := s.grades(ctx, p)
	if err != nil {
		return err
	}
	out := []view.TimelineEntry{}
	for _, c := range p.Claims {
		when := c.ValidFrom
		if when.IsZero() && c.Object.Datatype == dossier.TypeDate {
			when = c.Object.Date
		}
		if when.IsZero() {
			continue
		}
		other := c.ObjectName
		if c.Object.EntityID == "" {
			other = c.Object.Value
		}
		out = append(out, view.TimelineEntry{When: when, Human: when.Human(), Predicate: c.Predicate,
			Text: c.SubjectName + " " + c.Predicate + " " + other, Claim: c.ID, Grade: grades[c.ID], Contradicted: contradicted[c.ID]})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, _, _ := out[i].When.Range()
		b, _, _ := out[j].When.Range()
		return a.Before(b)
	})
	writeJSON(w, http.StatusOK, out)
	return nil
}

// Place is a place linked to an entity, with coordinates from the gazetteer.
type Place struct {
	Entity string   `json:"entity"`
	Name   string   `json:"name"`
	Lat    float64  `json:"lat"`
	Lon    float64  `json:"lon"`
	Claims []string `json:"claims"`
}

// handlePlaces lists the Location entities an entity's claims link it to (as object or as the
// place qualifier), and the entity itself when it is a place, with the coordinates the
// gazetteer knows for their names; places it does not know are left out.
func (s *Server) handlePlaces(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	p, err := s.profile(r)
	if err != nil {
		return err
	}
	byID := map[string]*Place{}
	var order []string
	add := func(id, claim string) error {
		pl, ok := byID[id]
		if !ok {
			x, err := s.reads.FindEntityByID(ctx, id)
			if dossier.ErrorCode(err) == dossier.ENOTFOUND {
				byID[id] = nil
				return nil
			} else if err != nil {
				return err
			}
			if x.Type != dossier.Location {
				byID[id] = nil
				return nil
			}
			pl = &Place{Entity: x.ID, Name: x.Name, Claims: []string{}}
			found := gazetteer.Lookup(x.Name)
			for _, n := range x.Names {
				if len(found) > 0 {
					break
				}
				found = gazetteer.Lookup(n.Text)
			}
			if len(found) == 0 {
				byID[id] = nil
				return nil
			}
			pl.Lat, pl.Lon = float64(found[0].Lat), float64(found[0].Lon)
			byID[id] = pl
			order = append(order, id)
		}
		if pl != nil && claim != "" {
			pl.Claims = append(pl.Claims, claim)
		}
		return nil
	}
	e := p.Entity
	if e.Type == dossier.Location {
		if err := add(e.ID, ""); err != nil {
			return err
		}
	}
	for _, c := range p.Claims {
		other := c.Object.EntityID
		if c.Role == "object" {
			other = c.Subject
		}
		for _, id := range []string{other, c.Qualifiers.Place} {
			if id != "" && id != e.ID {
				if err := add(id, c.ID); err != nil {
					return err
				}
			}
		}
	}
	out := make([]Place, 0, len(order))
	for _, id := range order {
		out = append(out, *byID[id])
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// graphCache is the in-memory claim network with each claim's valid time, loaded on first use
// and dropped when judgements, grades or ingests change the store.
type graphCache struct {
	g     *graph.Graph
	dates map[string][2]dossier.Date // claim → valid from, valid to (only claims with a date)
}

// network returns the loaded graph, loading it if needed.
func (s *Server) network(ctx context.Context) (*graphCache, error) {
	s.graphMu.Lock()
	defer s.graphMu.Unlock()
	if s.graph != nil {
		return s.graph, nil
	}
	b := graph.NewBuilder()
	c := &graphCache{dates: map[string][2]dossier.Date{}}
	err := s.cfg.Store.WalkEdges(ctx, func(e *dossier.Edge) error {
		b.Add(e)
		if !e.ValidFrom.IsZero() || !e.ValidTo.IsZero() {
			c.dates[e.Claim] = [2]dossier.Date{e.ValidFrom, e.ValidTo}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	c.g = b.Build()
	s.graph = c
	return c, nil
}

// invalidate drops the cached graph, entities and sources after a change of the store.
func (s *Server) invalidate() {
	s.graphMu.Lock()
	s.graph = nil
	s.graphMu.Unlock()
	s.reads.clear()
	s.reportMu.Lock()
	s.report = nil
	s.reportGen++
	s.reportMu.Unlock()
}

// EdgeBody is a claim between two entities.
type EdgeBody struct {
	Claim       string `json:"claim"`
	Subject     string `json:"subject"`
	Predicate   string `json:"predicate"`
	Object      string `json:"object"`
	Credibility int    `json:"credibility"`
	ValidFrom   string `json:"valid_from,omitempty"`
	ValidTo     string `json:"valid_to,omitempty"`
}

func (c *graphCache) edge(i uint32) EdgeBody {
	e := c.g.Edge(i)
	out := EdgeBody{Claim: e.Claim, Subject: e.Subject, Predicate: e.Predicate, Object: e.Object, Credibility: e.Credibility}
	if d, ok := c.dates[e.Claim]; ok {
		if !d[0].IsZero() {
			out.ValidFrom = d[0].String()
		}
		if !d[1].IsZero() {
			out.ValidTo = d[1].String()
		}
	}
	return out
}

// NodeBody is an entity of a network answer.
type NodeBody struct {
	ID       string             `json:"id"`
	Name     string             `json:"name"`
	Type     dossier.EntityType `json:"type"`
	Distance int                `json:"distance"`
}

// filter reads the network filters of a request.
func filter(r *http.Request) (graph.Filter, error) {
	q := r.URL.Query()
	var f graph.Filter
	if v := q.Get("predicates"); v != "" {
		for _, p := range strings.Split(v, ",") {
			p = strings.TrimSpace(p)
			if dossier.LookupPredicate(p) == nil {
				return f, dossier.Errorf(dossier.EINVALID, "unknown predicate %q", p)
			}
			f.Predicates = append(f.Predicates, p)
		}
	}
	date := func(name string, end bool) (time.Time, error) {
		v := q.Get(name)
		if v == "" {
			return time.Time{}, nil
		}
		d, err := dossier.ParseDate(v)
		if err != nil {
			return time.Time{}, dossier.Errorf(dossier.EINVALID, "%s: %s", name, dossier.ErrorMessageOrError(err))
		}
		a, z, _ := d.Range()
		if end {
			return z, nil
		}
		return a, nil
	}
	var err error
	if f.From, err = date("from", false); err != nil {
		return f, err
	}
	if f.To, err = date("to", true); err != nil {
		return f, err
	}
	if v := q.Get("credibility"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 6 {
			return f, dossier.Errorf(dossier.EINVALID, "credibility takes 1–6")
		}
		f.MaxCredibility = n
	}
	return f, nil
}

func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, dossier.Errorf(dossier.EINVALID, "%s takes a number from %d to %d", name, lo, hi)
	}
	return n, nil
}

func (s *Server) handleNeighbours(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	hops, err := intParam(r, "hops", 1, 1, 3)
	if err != nil {
		return err
	}
	limit, err := intParam(r, "limit", 200, 1, 5000)
	if err != nil {
		return err
	}
	f, err := filter(r)
	if err != nil {
		return err
	}
	e, err := s.entity(r)
	if err != nil {
		return err
	}
	c, err := s.network(ctx)
	if err != nil {
		return err
	}
	nodes, edges := []NodeBody{}, []EdgeBody{}
	v, ok := c.g.Node(e.ID)
	if !ok {
		nodes = append(nodes, NodeBody{ID: e.ID, Name: e.Name, Type: e.Type})
		writeJSON(w, http.StatusOK, map[string]any{"nodes": nodes, "edges": edges})
		return nil
	}
	for _, h := range c.g.Neighbours(v, hops, f, limit) {
		id := c.g.ID(h.Node)
		n := NodeBody{ID: id, Name: id, Distance: int(h.Distance)}
		if x, err := s.reads.FindEntityByID(ctx, id); err == nil {
			n.Name, n.Type = x.Name, x.Type
		} else if dossier.ErrorCode(err) != dossier.ENOTFOUND {
			return err
		}
		nodes = append(nodes, n)
		if h.Distance > 0 {
			edges = append(edges, c.edge(h.Via))
		}
	}
	writeJSON(w, http.StatusOK, map[string]any{"nodes": nodes, "edges": edges})
	return nil
}

func (s *Server) handlePath(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	q := r.URL.Query()
	k, err := intParam(r, "k", 1, 1, 10)
	if err != nil {
		return err
	}
	f, err := filter(r)
	if err != nil {
		return err
	}
	if q.Get("a") == "" || q.Get("b") == "" {
		return dossier.Errorf(dossier.EINVALID, "path needs two entities: ?a=ID&b=ID")
	}
	a, err := view.FindEntity(ctx, s.cfg.Store, q.Get("a"))
	if err != nil {
		return err
	}
	b, err := view.FindEntity(ctx, s.cfg.Store, q.Get("b"))
	if err != nil {
		return err
	}
	c, err := s.network(ctx)
	if err != nil {
		return err
	}
	out := [][]EdgeBody{}
	va, okA := c.g.Node(a.ID)
	vb, okB := c.g.Node(b.ID)
	if okA && okB {
		for _, p := range c.g.KShortestPaths(va, vb, k, f) {
			steps := []EdgeBody{}
			for _, e := range p.Edges {
				steps = append(steps, c.edge(e))
			}
			out = append(out, steps)
		}
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}
