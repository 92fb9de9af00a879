package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/view"
)

func init() {
	commands["sources"] = command{"list the stored sources", (*Main).runSources}
}

func (m *Main) runSources(ctx context.Context, args []string) error {
	fs := m.newFlagSet("sources", "[options]", "Lists stored sources, most recently ingested first.")
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 100, "how many to list")
	offset := fs.Int("offset", 0, "how many to skip")
	lang := fs.String("lang", "", "only sources in this language")
	links := fs.Bool("links", false, "show the source links (echoes and stated dependence) instead")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("sources takes no arguments")
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	if *links {
		return m.printLinks(ctx, db, *asJSON)
	}
	list, total, err := db.FindSources(ctx, dossier.SourceFilter{Limit: *limit, Offset: *offset, Language: *lang})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Total   int               `json:"total"`
			Sources []*dossier.Source `json:"sources"`
		}{total, list})
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tTITLE\tLANG\tPUBLISHED\tSIZE")
	for _, s := range list {
		title := s.Title
		if title == "" {
			title = s.Path
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", s.ID[:12], clip(title, 60), s.Language, orDash(s.Published.String()), humanBytes(s.Size))
	}
	tw.Flush()
	if total > len(list) {
		fmt.Fprintf(m.Stdout, "(%d of %d shown; use --offset and --limit for more)\n", len(list), total)
	}
	return nil
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func (m *Main) printLinks(ctx context.Context, db *sqlite.DB, asJSON bool) error {
	ls, err := db.FindSourceLinks(ctx, "")
	if err != nil {
		return err
	}
	if asJSON {
		if ls == nil {
			ls = []*dossier.SourceLink{}
		}
		return m.printJSON(ls)
	}
	label := map[string]string{}
	name := func(id string) string {
		if l, ok := label[id]; ok {
			return l
		}
		l := id
		if s, err := db.FindSourceByID(ctx, id); err == nil {
			l = id[:12] + " " + clip(view.SourceLabel(s), 40)
		}
		label[id] = l
		return l
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "SOURCE\tREPEATS\tHOW\tEVIDENCE")
	for _, l := range ls {
		to := l.ToName
		if l.To != "" {
			to = name(l.To)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s, %s\t%s\n", name(l.From), to, l.Kind, l.Method, clip(strings.Join(strings.Fields(l.Evidence), " "), 60))
	}
	return tw.Flush()
}
