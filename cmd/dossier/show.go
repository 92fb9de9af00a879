package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/names"
	"github.com/dossier-osint/dossier/sqlite"
)

func init() {
	commands["show"] = command{"show an entity's profile: names, claims and evidence", (*Main).runShow}
}

// profile is an entity with everything the store says about it and its merged members.
type profile struct {
	Entity  *dossier.Entity   `json:"entity"`
	Members []*dossier.Entity `json:"members,omitempty"`
	Claims  []profileClaim    `json:"claims"`
}

type profileClaim struct {
	*dossier.Claim
	Role        string            `json:"role"` // subject or object: which side of the claim the entity is on
	SubjectName string            `json:"subject_name"`
	ObjectName  string            `json:"object_name,omitempty"`
	Sources     map[string]string `json:"sources"` // source ID → title or path
}

func (m *Main) runShow(ctx context.Context, args []string) error {
	fs := m.newFlagSet("show", "[options] NAME|ID", `
Shows an entity: its names with the number of sources using each, and every claim it takes part
in, grouped by predicate, with each claim's evidence — the quoted passage, its source, who the
text attributes it to and its stance. NAME may be any spelling, in any script.`)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("show needs an entity name or ID")
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	e, err := findEntity(ctx, db, strings.Join(fs.Args(), " "))
	if err != nil {
		return err
	}
	p, err := loadProfile(ctx, db, e)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(p)
	}
	m.printProfile(p)
	return nil
}

// findEntity resolves a command-line argument to an entity: an ID, an exact spelling (folded),
// or the best match of the names index when it scores above the link threshold.
func findEntity(ctx context.Context, db *sqlite.DB, arg string) (*dossier.Entity, error) {
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

func loadProfile(ctx context.Context, db *sqlite.DB, e *dossier.Entity) (*profile, error) {
	p := &profile{Entity: e}
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
			pc := profileClaim{Claim: c, Role: "subject", SubjectName: name(c.Subject), Sources: map[string]string{}}
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
						titles[ev.SourceID] = sourceLabel(s)
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

func sourceLabel(s *dossier.Source) string {
	if s.Title != "" {
		return clip(s.Title, 60)
	}
	return s.Path
}

func (m *Main) printProfile(p *profile) {
	e := p.Entity
	fmt.Fprintf(m.Stdout, "%s  (%s, %s", e.Name, e.Type, e.ID)
	if e.Status == dossier.StatusProposed {
		fmt.Fprint(m.Stdout, ", proposed")
	}
	fmt.Fprintln(m.Stdout, ")")
	if len(p.Members) > 0 {
		var ms []string
		for _, x := range p.Members {
			ms = append(ms, x.Name+" ("+x.ID+")")
		}
		fmt.Fprintf(m.Stdout, "merged: %s\n", strings.Join(ms, ", "))
	}
	fmt.Fprintln(m.Stdout, "\nNames:")
	for _, n := range e.Names {
		fmt.Fprintf(m.Stdout, "  %s", n.Text)
		var tags []string
		if n.Kind != "" && n.Kind != "name" {
			tags = append(tags, n.Kind)
		}
		if n.Language != "" {
			tags = append(tags, n.Language)
		}
		tags = append(tags, fmt.Sprintf("%d source%s", n.Sources, plural(n.Sources)))
		fmt.Fprintf(m.Stdout, "  (%s)\n", strings.Join(tags, ", "))
	}
	if len(p.Claims) == 0 {
		fmt.Fprintln(m.Stdout, "\nNo claims.")
		return
	}
	last := ""
	for _, c := range p.Claims {
		head := c.Predicate
		if c.Role == "object" {
			head = "← " + c.Predicate + " (as object)"
		}
		if head != last {
			fmt.Fprintf(m.Stdout, "\n%s:\n", head)
			last = head
		}
		other := c.ObjectName
		if c.Role == "object" {
			other = c.SubjectName
		}
		if c.Object.EntityID == "" {
			other = c.Object.Value
		}
		when := ""
		if !c.ValidFrom.IsZero() {
			when = "  [" + c.ValidFrom.Human() + "]"
		}
		fmt.Fprintf(m.Stdout, "  %s%s  — %d evidence from %d source%s\n", other, when, len(c.Evidence), len(c.Sources), plural(len(c.Sources)))
		for _, ev := range c.Evidence {
			attr := ""
			if ev.AttributedTo != "" {
				attr = ", according to " + ev.AttributedTo
			}
			fmt.Fprintf(m.Stdout, "      “%s”\n        — %s%s; %s, %s\n", clip(strings.Join(strings.Fields(ev.Quote), " "), 160),
				c.Sources[ev.SourceID], attr, ev.Stance, ev.Method)
		}
	}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
