package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/view"
)

func init() {
	commands["show"] = command{"show an entity's profile: names, claims and evidence", (*Main).runShow}
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
	e, err := view.FindEntity(ctx, db, strings.Join(fs.Args(), " "))
	if err != nil {
		return err
	}
	p, err := view.LoadProfile(ctx, db, e)
	if err != nil {
		return err
	}
	if *asJSON {
		return m.printJSON(p)
	}
	m.printProfile(p)
	return nil
}

func (m *Main) printProfile(p *view.Profile) {
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
