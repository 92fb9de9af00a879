package main

import (
	"context"
	"fmt"
	"os/user"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/view"
)

func init() {
	commands["merge"] = command{"judge two entities to be the same", (*Main).runMerge}
	commands["split"] = command{"undo merges: take an entity out of its cluster", (*Main).runSplit}
	commands["review"] = command{"list, accept or reject the resolver's merge proposals", (*Main).runReview}
}

// analyst returns the author recorded on judgements: --by, else the login name.
func analyst(by string) string {
	if by == "" {
		if u, err := user.Current(); err == nil {
			by = u.Username
		} else {
			by = "unknown"
		}
	}
	return "analyst:" + by
}

func (m *Main) runMerge(ctx context.Context, args []string) error {
	fs := m.newFlagSet("merge", "[options] A B", `
Records the judgement that A and B (names or IDs) are the same entity. Judgements are transitive:
the clusters of A and B become one, with the oldest entity's ID as its canonical ID. A merge across
a "different" judgement is refused. Undo it with 'dossier split'.`)
	by := fs.String("by", "", "analyst name recorded on the judgement (default: login name)")
	why := fs.String("why", "", "explanation recorded on the judgement")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return usagef("merge needs two entities")
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	a, b, err := twoEntities(ctx, db, fs.Arg(0), fs.Arg(1))
	if err != nil {
		return err
	}
	j := &dossier.Judgement{A: a.ID, B: b.ID, Verdict: dossier.Same, By: analyst(*by), Explanation: *why}
	if err := db.CreateJudgement(ctx, j); err != nil {
		return err
	}
	c, err := db.FindEntityByID(ctx, a.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "merged %s (%s) and %s (%s) as %s; judgement %d (undo: dossier split %s)\n", a.Name, a.ID, b.Name, b.ID, c.ID, j.ID, b.ID)
	return nil
}

func twoEntities(ctx context.Context, db *sqlite.DB, x, y string) (*dossier.Entity, *dossier.Entity, error) {
	a, err := view.RawEntity(ctx, db, x)
	if err != nil {
		return nil, nil, err
	}
	b, err := view.RawEntity(ctx, db, y)
	if err != nil {
		return nil, nil, err
	}
	if a.ID == b.ID {
		return nil, nil, dossier.Errorf(dossier.EINVALID, "%s and %s are the same entity already", x, y)
	}
	return a, b, nil
}

func (m *Main) runSplit(ctx context.Context, args []string) error {
	fs := m.newFlagSet("split", "[options] ENTITY [OTHER]", `
Retracts the live "same" judgements that hold ENTITY in its cluster (only the one between ENTITY
and OTHER when OTHER is given), so ENTITY stands on its own again; the judgements stay on record
as retracted. With --apart, also records that they are different, so no later merge joins them.`)
	by := fs.String("by", "", "analyst name recorded on the retraction (default: login name)")
	apart := fs.Bool("apart", false, "also record a 'different' judgement")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() < 1 || fs.NArg() > 2 {
		return usagef("split needs an entity, and optionally the other entity")
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	e, err := view.RawEntity(ctx, db, fs.Arg(0))
	if err != nil {
		return err
	}
	var other *dossier.Entity
	if fs.NArg() == 2 {
		if other, err = view.RawEntity(ctx, db, fs.Arg(1)); err != nil {
			return err
		}
	}
	js, err := db.FindJudgements(ctx, e.ID)
	if err != nil {
		return err
	}
	n := 0
	for _, j := range js {
		if j.Verdict != dossier.Same || j.Retracted || (other != nil && j.A != other.ID && j.B != other.ID) {
			continue
		}
		if err := db.RetractJudgement(ctx, j.ID, analyst(*by)); err != nil {
			return err
		}
		n++
		fmt.Fprintf(m.Stdout, "retracted judgement %d: %s same as %s\n", j.ID, j.A, j.B)
	}
	if n == 0 {
		return dossier.Errorf(dossier.ENOTFOUND, "%s is not merged with anything", e.ID)
	}
	if *apart && other != nil {
		j := &dossier.Judgement{A: e.ID, B: other.ID, Verdict: dossier.Different, By: analyst(*by)}
		if err := db.CreateJudgement(ctx, j); err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "recorded judgement %d: %s different from %s\n", j.ID, e.ID, other.ID)
	}
	return nil
}

func (m *Main) runReview(ctx context.Context, args []string) error {
	fs := m.newFlagSet("review", "[options] [accept|reject ID]", `
Lists the merges the resolver proposed but did not make (names that scored between the propose and
link thresholds), with the name-match explanation. 'accept ID' merges the two entities; 'reject ID'
records that they are different. Either way the proposal leaves the queue.`)
	asJSON := fs.Bool("json", false, "print JSON")
	by := fs.String("by", "", "analyst name recorded on the decision (default: login name)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	ps, err := view.OpenProposals(ctx, db)
	if err != nil {
		return err
	}
	if fs.NArg() == 0 {
		if *asJSON {
			if ps == nil {
				ps = []view.Proposal{}
			}
			return m.printJSON(ps)
		}
		if len(ps) == 0 {
			fmt.Fprintln(m.Stdout, "nothing to review")
			return nil
		}
		tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNEW\tEXISTING\tSCORE\tWHY")
		for _, p := range ps {
			fmt.Fprintf(tw, "%d\t%s (%s)\t%s (%s)\t%.2f\t%s\n", p.ID, p.NewName, p.New, p.Name, p.Existing, p.Score, clip(firstLine(p.Explanation), 80))
		}
		return tw.Flush()
	}
	if fs.NArg() != 2 || (fs.Arg(0) != "accept" && fs.Arg(0) != "reject") {
		return usagef("review takes no arguments, or accept ID, or reject ID")
	}
	id, err := strconv.ParseInt(fs.Arg(1), 10, 64)
	if err != nil {
		return usagef("proposal ID %q is not a number", fs.Arg(1))
	}
	var p *view.Proposal
	for i := range ps {
		if ps[i].ID == id {
			p = &ps[i]
		}
	}
	if p == nil {
		return dossier.Errorf(dossier.ENOTFOUND, "no open proposal %d", id)
	}
	verdict := dossier.Same
	if fs.Arg(0) == "reject" {
		verdict = dossier.Different
	}
	j := &dossier.Judgement{A: p.New, B: p.Existing, Verdict: verdict, By: analyst(*by), Score: p.Score, Explanation: "review of proposal " + fs.Arg(1)}
	if err := db.CreateJudgement(ctx, j); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%s: %s %s %s (judgement %d)\n", fs.Arg(0)+"ed", p.NewName, map[string]string{dossier.Same: "is", dossier.Different: "is not"}[verdict], p.Name, j.ID)
	return nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
