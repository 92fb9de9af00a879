package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/analyse"
	"github.com/dossier-osint/dossier/view"
)

func init() {
	commands["analyse"] = command{"find echoes, grade claims and list contradictions", (*Main).runAnalyse}
	commands["contradictions"] = command{"list where sources contradict each other", (*Main).runContradictions}
	commands["grade"] = command{"grade a publisher or source (A–F), or override a claim's credibility", (*Main).runGrade}
	commands["timeline"] = command{"an entity's dated claims in order", (*Main).runTimeline}
}

func (m *Main) runAnalyse(ctx context.Context, args []string) error {
	fs := m.newFlagSet("analyse", "", `
Finds echoes between sources (near-duplicates, mirrors, paraphrases, translations) and records them
as source links, builds the origin groups, recomputes every claim's corroboration and credibility,
and counts the contradictions. Ingest runs it after adding sources.`)
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	rep, err := analyse.Run(ctx, db)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "analysed %d sources and %d claims: %d new echo links, %d origin groups, %d contradictions\n",
		rep.Sources, rep.Claims, len(rep.NewLinks), len(rep.OriginGroups), len(rep.Contradictions))
	for _, l := range rep.NewLinks {
		fmt.Fprintf(m.Stdout, "  %s %s %s (%s)\n", l.From[:12], l.Kind, l.To[:12], l.Evidence)
	}
	return nil
}

func (m *Main) runContradictions(ctx context.Context, args []string) error {
	fs := m.newFlagSet("contradictions", "[options] [ENTITY]", `
Lists the points where claims disagree — two values of a one-valued predicate at overlapping
times (two founding years, two founders, 14 against about 20 members at one date), mutually
exclusive predicates, an act dated after a death, a source older than what it describes, and a
passage that denies or doubts what another asserts — each with both sides' evidence, sources and
origin groups. Values given for different times ("14" in 2016, "around 20" in 2022) are not
contradictions.`)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	var only string
	if fs.NArg() > 0 {
		e, err := view.FindEntity(ctx, db, strings.Join(fs.Args(), " "))
		if err != nil {
			return err
		}
		only = e.ID
	}
	rep, err := analyse.Run(ctx, db)
	if err != nil {
		return err
	}
	var views []view.Contradiction
	for _, c := range rep.Contradictions {
		if only != "" && c.Subject != only {
			continue
		}
		v, err := view.ViewContradiction(ctx, db, rep, c)
		if err != nil {
			return err
		}
		views = append(views, v)
	}
	if *asJSON {
		if views == nil {
			views = []view.Contradiction{}
		}
		return m.printJSON(views)
	}
	if len(views) == 0 {
		fmt.Fprintln(m.Stdout, "no contradictions")
		return nil
	}
	for i, v := range views {
		fmt.Fprintf(m.Stdout, "%d. %s — %s (%s): %s\n", i+1, v.SubjectName, v.Predicate, v.Kind, v.Reason)
		for _, s := range v.Sides {
			fmt.Fprintf(m.Stdout, "   • %s %s  [%s, corroboration %d]\n", s.Claim.Predicate, s.Object, strings.Join(s.Origins, " "), s.Claim.Corroboration)
			for _, ev := range s.Claim.Evidence {
				attr := ""
				if ev.AttributedTo != "" {
					attr = ", according to " + ev.AttributedTo
				}
				fmt.Fprintf(m.Stdout, "       “%s” — %s%s (%s)\n", clip(strings.Join(strings.Fields(ev.Quote), " "), 140), ev.SourceID[:12], attr, ev.Stance)
			}
		}
	}
	return nil
}

func (m *Main) runGrade(ctx context.Context, args []string) error {
	fs := m.newFlagSet("grade", "[options] (--publisher NAME | --source ID) GRADE | --claim ID CREDIBILITY --why TEXT | --list", `
Sets the Admiralty reliability (A completely reliable … E unreliable, F cannot be judged) of a
publisher or of one source; a source's own grade wins over its publisher's; ungraded sources are F.
With --claim, records an analyst's information credibility (1 confirmed … 6 cannot be judged) for
a claim instead of the computed one, with --why; 0 removes the override. --list shows the grades.`)
	pub := fs.String("publisher", "", "publisher to grade")
	src := fs.String("source", "", "source to grade")
	claim := fs.String("claim", "", "claim whose credibility to override")
	why := fs.String("why", "", "reason for a credibility override")
	by := fs.String("by", "", "analyst name (default: login name)")
	list := fs.Bool("list", false, "list grades and overrides")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	if *list {
		gs, err := db.FindGrades(ctx)
		if err != nil {
			return err
		}
		os, err := db.FindOverrides(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "WHAT\tGRADE\tBY")
		for _, g := range gs {
			what := "publisher " + g.Publisher
			if g.SourceID != "" {
				what = "source " + g.SourceID
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\n", what, g.Reliability, g.By)
		}
		for _, o := range os {
			fmt.Fprintf(tw, "claim %s\t%d\t%s: %s\n", o.ClaimID, o.Credibility, o.By, o.Why)
		}
		return tw.Flush()
	}
	if fs.NArg() != 1 {
		return usagef("grade needs one grade (A–F, or 0–6 with --claim)")
	}
	if *claim != "" {
		n, err := strconv.Atoi(fs.Arg(0))
		if err != nil {
			return usagef("credibility %q is not a number 0–6", fs.Arg(0))
		}
		if err := db.OverrideCredibility(ctx, &dossier.CredibilityOverride{ClaimID: *claim, Credibility: n, By: analyst(*by), Why: *why}); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "claim %s: credibility %d (%s)\n", *claim, n, *why)
		return nil
	}
	g := &dossier.Grade{Publisher: *pub, SourceID: *src, Reliability: fs.Arg(0), By: analyst(*by)}
	if err := db.SetReliability(ctx, g); err != nil {
		return err
	}
	if _, err := analyse.Run(ctx, db); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "graded %s%s %s\n", g.Publisher, g.SourceID, g.Reliability)
	return nil
}

func (m *Main) runTimeline(ctx context.Context, args []string) error {
	fs := m.newFlagSet("timeline", "[options] ENTITY", `
Lists an entity's dated claims and events in time order, each with its date's precision
("early 2016", "3 July 2018"), its grade (source reliability and credibility, e.g. "B2"), and a
mark where it is contradicted.`)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("timeline needs an entity")
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	e, err := view.FindEntity(ctx, db, strings.Join(fs.Args(), " "))
	if err != nil {
		return err
	}
	entries, err := view.Timeline(ctx, db, e)
	if err != nil {
		return err
	}
	if *asJSON {
		return m.printJSON(entries)
	}
	if len(entries) == 0 {
		fmt.Fprintf(m.Stdout, "%s has no dated claims\n", e.Name)
		return nil
	}
	fmt.Fprintf(m.Stdout, "%s — timeline\n", e.Name)
	for _, t := range entries {
		mark := ""
		if t.Contradicted {
			mark = "  ⚠ contradicted"
		}
		fmt.Fprintf(m.Stdout, "  %-16s %-3s %s%s\n", t.Human, t.Grade, t.Text, mark)
	}
	return nil
}
