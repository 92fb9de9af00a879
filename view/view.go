// Package view assembles what the command line and the web workbench show: entity profiles,
// timelines, contradictions with both sides, and the review queue. It reads a store and the
// truth layer and formats nothing; callers render.
package view

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/analyse"
	"github.com/dossier-osint/dossier/names"
	"github.com/dossier-osint/dossier/truth"
)

// Profile is an entity with everything the store says about it and its merged members.
type Profile struct {
	Entity  *dossier.Entity   `json:"entity"`
	Members []*dossier.Entity `json:"members,omitempty"`
	Claims  []ProfileClaim    `json:"claims"`
}

type ProfileClaim struct {
	*dossier.Claim
	Role        string            `json:"role"` // subject or object: which side of the claim the entity is on
	SubjectName string            `json:"subject_name"`
	ObjectName  string            `json:"object_name,omitempty"`
	Sources     map[string]string `json:"sources"` // source ID → title or path
}

// FindEntity resolves a command-line argument to an entity: an ID, an exact spelling (folded),
// or the best match of the names index when it scores above the link threshold.
func FindEntity(ctx context.Context, db dossier.Store, arg string) (*dossier.Entity, error) {
	if e, err := db.FindEntityByID(ctx, arg); err == nil {
		return e, nil
	} else if dossier.ErrorCode(err) != dossier.ENOTFOUND {
		return nil, err
	}
	if list, _, err := db.FindEntities(ctx, dossier.EntityFilter{Name: arg, Limit: 1}); err != nil {
		return nil, err
	} else if len(list) > 0 {
		return db.FindEntityByID(ctx, list[0].ID)
	}
	idx := names.NewIndex()
	var ids []string
	err := db.WalkEntities(ctx, func(e *dossier.Entity) error {
		h := uint32(len(ids))
		ids = append(ids, e.ID)
		idx.Add(h, e.Name, names.KindOther)
		for _, n := range e.Names {
			if n.Text != e.Name {
				idx.Add(h, n.Text, names.KindOther)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	cands := idx.Search(arg, names.KindOther, 5)
	if len(cands) > 0 && cands[0].Score >= names.DefaultThreshold {
		return db.FindEntityByID(ctx, ids[cands[0].ID])
	}
	// A partial name ("Begli" for "Tawhid Ibrahim Begli"): the entities whose names hold it as a
	// whole word, if that is one entity.
	if words, total, err := db.FindEntities(ctx, dossier.EntityFilter{Word: arg, Limit: 5}); err != nil {
		return nil, err
	} else if total == 1 {
		return db.FindEntityByID(ctx, words[0].ID)
	} else if total > 1 {
		var list []string
		for _, w := range words {
			list = append(list, fmt.Sprintf("%s (%s, %s)", w.Name, w.Type, w.ID))
		}
		return nil, dossier.Errorf(dossier.EINVALID, "%q names %d entities: %s; give one of their IDs", arg, total, strings.Join(list, "; "))
	}
	var near []string
	for _, c := range cands {
		if c.Score >= names.ProposeThreshold {
			near = append(near, fmt.Sprintf("%s (%s, %.2f)", c.Name, ids[c.ID], c.Score))
		}
	}
	if len(near) > 0 {
		return nil, dossier.Errorf(dossier.ENOTFOUND, "no entity named %q; close: %s", arg, strings.Join(near, "; "))
	}
	return nil, dossier.Errorf(dossier.ENOTFOUND, "no entity named %q", arg)
}

func LoadProfile(ctx context.Context, db dossier.Store, e *dossier.Entity) (*Profile, error) {
	p := &Profile{Entity: e}
	members, _, err := db.FindEntities(ctx, dossier.EntityFilter{Canonical: e.ID, Limit: 1000})
	if err != nil {
		return nil, err
	}
	p.Members = members
	ids := map[string]bool{e.ID: true}
	for _, mem := range members {
		ids[mem.ID] = true
	}
	nameOf := map[string]string{}
	name := func(id string) string {
		if n, ok := nameOf[id]; ok {
			return n
		}
		n := id
		if x, err := db.FindEntityByID(ctx, id); err == nil {
			n = x.Name
		}
		nameOf[id] = n
		return n
	}
	titles := map[string]string{}
	seen := map[string]bool{}
	for id := range ids {
		cs, err := db.FindClaims(ctx, dossier.ClaimFilter{Entity: id, Limit: 10000})
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if seen[c.ID] {
				continue
			}
			seen[c.ID] = true
			pc := ProfileClaim{Claim: c, Role: "subject", SubjectName: name(c.Subject), Sources: map[string]string{}}
			if !ids[c.Subject] {
				pc.Role = "object"
			}
			if c.Object.EntityID != "" {
				pc.ObjectName = name(c.Object.EntityID)
			}
			for _, ev := range c.Evidence {
				if _, ok := titles[ev.SourceID]; !ok {
					titles[ev.SourceID] = ev.SourceID
					if s, err := db.FindSourceByID(ctx, ev.SourceID); err == nil {
						titles[ev.SourceID] = SourceLabel(s)
					}
				}
				pc.Sources[ev.SourceID] = titles[ev.SourceID]
			}
			p.Claims = append(p.Claims, pc)
		}
	}
	sort.SliceStable(p.Claims, func(i, j int) bool {
		a, b := p.Claims[i], p.Claims[j]
		if a.Role != b.Role {
			return a.Role == "subject"
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return len(a.Evidence) > len(b.Evidence)
	})
	return p, nil
}

// ProfilePage is a page of an entity profile: the entity, its merged members and a page of its
// claims, those where it is the subject first (by predicate), then those where it is the object.
type ProfilePage struct {
	Profile
	// Total counts the claims on all pages; Limit is the most a page holds; Next, absent on the
	// last page, is the cursor that asks for the following page.
	Total int    `json:"claims_total"`
	Limit int    `json:"limit"`
	Next  string `json:"next,omitempty"`
	// Reliability holds the reliability grades of the sources of the page's evidence ("" when
	// ungraded).
	Reliability map[string]string `json:"-"`
}

// LoadProfilePage loads a page of at most limit claims of e's profile, after the cursor after
// ("" for the first page). A store that implements dossier.ProfileReader reads it in a few
// queries; any other store loads the whole profile (LoadProfile) as one page.
func LoadProfilePage(ctx context.Context, db dossier.Store, e *dossier.Entity, after string, limit int) (*ProfilePage, error) {
	pr, ok := db.(dossier.ProfileReader)
	if !ok {
		p, err := LoadProfile(ctx, db, e)
		if err != nil {
			return nil, err
		}
		out := &ProfilePage{Profile: *p, Total: len(p.Claims), Limit: max(limit, len(p.Claims)), Reliability: map[string]string{}}
		if out.Claims == nil {
			out.Claims = []ProfileClaim{}
		}
		for _, c := range p.Claims {
			for _, ev := range c.Evidence {
				if _, ok := out.Reliability[ev.SourceID]; !ok {
					out.Reliability[ev.SourceID] = ""
					if s, err := db.FindSourceByID(ctx, ev.SourceID); err == nil {
						out.Reliability[ev.SourceID] = s.Reliability
					}
				}
			}
		}
		return out, nil
	}
	pg, err := pr.FindProfilePage(ctx, dossier.ProfileQuery{Entity: e.ID, After: after, Limit: limit})
	if err != nil {
		return nil, err
	}
	out := &ProfilePage{Profile: Profile{Entity: e, Members: pg.Members, Claims: make([]ProfileClaim, 0, len(pg.Claims))},
		Total: pg.Total, Limit: limit, Next: pg.Next, Reliability: make(map[string]string, len(pg.Sources))}
	labels := make(map[string]string, len(pg.Sources))
	for id, s := range pg.Sources {
		labels[id] = SourceLabel(s)
		out.Reliability[id] = s.Reliability
	}
	for _, c := range pg.Claims {
		pc := ProfileClaim{Claim: c.Claim, Role: "subject", SubjectName: e.Name, Sources: make(map[string]string, 1)}
		if c.ObjectSide {
			pc.Role, pc.SubjectName, pc.ObjectName = "object", nameOr(c.Other, c.Subject), e.Name
		} else if c.Claim.Object.EntityID != "" {
			pc.ObjectName = nameOr(c.Other, c.Claim.Object.EntityID)
		}
		for _, ev := range c.Evidence {
			if l, ok := labels[ev.SourceID]; ok {
				pc.Sources[ev.SourceID] = l
			} else {
				pc.Sources[ev.SourceID] = ev.SourceID
			}
		}
		out.Claims = append(out.Claims, pc)
	}
	return out, nil
}

// nameOr returns name, or id when the entity has none (it is missing).
func nameOr(name, id string) string {
	if name == "" {
		return id
	}
	return name
}

func SourceLabel(s *dossier.Source) string {
	if s.Title != "" {
		return clip(s.Title, 60)
	}
	return s.Path
}

// Contradiction is a contradiction with both sides' claims, evidence and origin groups.
type Contradiction struct {
	truth.Contradiction
	SubjectName string      `json:"subject_name"`
	Sides       []ClaimSide `json:"sides"`
}

type ClaimSide struct {
	Claim   *dossier.Claim `json:"claim"`
	Object  string         `json:"object"`
	Origins []string       `json:"origin_groups"`
	Sources []string       `json:"sources"`
}

func ViewContradiction(ctx context.Context, db dossier.Store, rep *analyse.Report, c truth.Contradiction) (Contradiction, error) {
	v := Contradiction{Contradiction: c, SubjectName: c.Subject}
	if e, err := db.FindEntityByID(ctx, c.Subject); err == nil {
		v.SubjectName = e.Name
	}
	cs, err := db.FindClaims(ctx, dossier.ClaimFilter{Subject: c.Subject, Limit: 10000})
	if err != nil {
		return v, err
	}
	byID := map[string]*dossier.Claim{}
	for _, x := range cs {
		byID[x.ID] = x
	}
	for _, id := range c.Claims {
		cl := byID[id]
		if cl == nil {
			continue
		}
		side := ClaimSide{Claim: cl, Object: cl.Object.Value}
		if cl.Object.EntityID != "" {
			side.Object = cl.Object.EntityID
			if e, err := db.FindEntityByID(ctx, cl.Object.EntityID); err == nil {
				side.Object = e.Name
			}
		}
		seenG, seenS := map[string]bool{}, map[string]bool{}
		for _, ev := range cl.Evidence {
			if g := rep.Origins.Group(ev.SourceID); !seenG[g] {
				seenG[g] = true
				side.Origins = append(side.Origins, "origin:"+g[:min(12, len(g))])
			}
			if !seenS[ev.SourceID] {
				seenS[ev.SourceID] = true
				side.Sources = append(side.Sources, ev.SourceID)
			}
		}
		v.Sides = append(v.Sides, side)
	}
	return v, nil
}

// TimelineEntry is one dated claim of an entity.
type TimelineEntry struct {
	When         dossier.Date `json:"when"`
	Human        string       `json:"human"`
	Predicate    string       `json:"predicate"`
	Text         string       `json:"text"`
	Claim        string       `json:"claim"`
	Grade        string       `json:"grade"`
	Contradicted bool         `json:"contradicted"`
}

func Timeline(ctx context.Context, db dossier.Store, e *dossier.Entity) ([]TimelineEntry, error) {
	p, err := LoadProfile(ctx, db, e)
	if err != nil {
		return nil, err
	}
	// Contradictions are found among one subject's claims, so the entity's own claims (and the
	// publication dates of their sources) are all it takes; no analysis of the whole store.
	sources := map[string]*dossier.Source{}
	source := func(id string) *dossier.Source {
		s, ok := sources[id]
		if !ok {
			s, _ = db.FindSourceByID(ctx, id)
			sources[id] = s
		}
		return s
	}
	var own []*dossier.Claim
	for _, c := range p.Claims {
		if c.Role == "subject" {
			own = append(own, c.Claim)
		}
	}
	contradicted := map[string]bool{}
	for _, x := range truth.Find(own, func(id string) dossier.Date {
		if s := source(id); s != nil {
			return s.Published
		}
		return dossier.Date{}
	}) {
		for _, id := range x.Claims {
			contradicted[id] = true
		}
	}
	reliability := map[string]string{}
	var out []TimelineEntry
	for _, c := range p.Claims {
		when := c.ValidFrom
		if when.IsZero() && c.Object.Datatype == dossier.TypeDate {
			when = c.Object.Date
		}
		if when.IsZero() {
			continue
		}
		best := "F"
		for _, ev := range c.Evidence {
			r, ok := reliability[ev.SourceID]
			if !ok {
				if s, err := db.FindSourceByID(ctx, ev.SourceID); err == nil {
					r = s.Reliability
				}
				reliability[ev.SourceID] = r
			}
			if r != "" && r < best {
				best = r
			}
		}
		other := c.ObjectName
		if c.Object.EntityID == "" {
			other = c.Object.Value
		}
		text := c.SubjectName + " " + c.Predicate + " " + other
		out = append(out, TimelineEntry{When: when, Human: when.Human(), Predicate: c.Predicate, Text: text, Claim: c.ID,
			Grade: truth.Grade(best, c.Credibility), Contradicted: contradicted[c.ID]})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, _, _ := out[i].When.Range()
		b, _, _ := out[j].When.Range()
		return a.Before(b)
	})
	return out, nil
}

// RawEntity finds an entity by ID (without following merges) or by name.
func RawEntity(ctx context.Context, db dossier.Store, arg string) (*dossier.Entity, error) {
	if list, _, err := db.FindEntities(ctx, dossier.EntityFilter{ID: arg, Limit: 1}); err == nil && len(list) > 0 {
		return list[0], nil
	}
	return FindEntity(ctx, db, arg)
}

// Proposal is an open merge Proposal of the resolver, for review.
type Proposal struct {
	ID          int64   `json:"id"`
	New         string  `json:"new"`
	NewName     string  `json:"new_name"`
	Existing    string  `json:"existing"`
	Name        string  `json:"existing_name"`
	Score       float64 `json:"score"`
	Explanation string  `json:"explanation"`
}

func OpenProposals(ctx context.Context, db dossier.Store) ([]Proposal, error) {
	js, err := db.FindJudgements(ctx, "")
	if err != nil {
		return nil, err
	}
	decided := map[[2]string]bool{}
	for _, j := range js {
		if j.Verdict != dossier.Unsure && !j.Retracted {
			decided[[2]string{j.A, j.B}], decided[[2]string{j.B, j.A}] = true, true
		}
	}
	var out []Proposal
	for _, j := range js {
		if j.Verdict != dossier.Unsure || j.Retracted || j.By != "resolver" || decided[[2]string{j.A, j.B}] {
			continue
		}
		p := Proposal{ID: j.ID, New: j.A, Existing: j.B, Score: j.Score, Explanation: j.Explanation}
		if e, err := db.FindEntityByID(ctx, j.A); err == nil {
			p.NewName = e.Name
		}
		if e, err := db.FindEntityByID(ctx, j.B); err == nil {
			p.Name = e.Name
		}
		out = append(out, p)
	}
	return out, nil
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
