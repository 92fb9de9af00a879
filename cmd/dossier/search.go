package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dossier-osint/dossier"
)

func init() {
	commands["search"] = command{"full-text search over the sources", (*Main).runSearch}
}

func (m *Main) runSearch(ctx context.Context, args []string) error {
	fs := m.newFlagSet("search", "[options] QUERY", `
Ranks sources by the words of QUERY; every word must occur. Matching ignores case, diacritics
and letter variants: "Ibrahimbeyli" finds "İbrahimbəyli", "Huseynciler" finds "Hüseynçilər", and
Arabic and Persian letter forms (ي ی, ك ک, أ ا) find each other. A word ending in * matches
as a prefix.`)
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 10, "how many results")
	offset := fs.Int("offset", 0, "how many results to skip")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("search needs a query")
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	hits, err := db.SearchSources(ctx, dossier.SearchQuery{Text: strings.Join(fs.Args(), " "), Limit: *limit, Offset: *offset})
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if hits == nil {
			hits = []*dossier.SearchHit{}
		}
		return enc.Encode(hits)
	}
	if len(hits) == 0 {
		fmt.Fprintln(m.Stdout, "no matches")
		return nil
	}
	on, off := "**", "**"
	if isTerminal(m.Stdout) {
		on, off = "\033[1;33m", "\033[0m"
	}
	for i, h := range hits {
		title := h.Source.Title
		if title == "" {
			title = h.Source.Path
		}
		// The BM25 score is relative (and tiny on small stores, where common words weigh
		// almost nothing); the rank says what it means. --json carries it.
		fmt.Fprintf(m.Stdout, "%d. %s  [%s, %s]\n   %s\n", i+1, title, h.Source.ID[:12], orDash(h.Source.Language),
			highlight(h.Snippet, h.Highlights, on, off))
	}
	return nil
}

// highlight wraps each span (code points of s) in on/off markers.
func highlight(s string, spans []dossier.Span, on, off string) string {
	r := []rune(s)
	var b strings.Builder
	at := 0
	for _, sp := range spans {
		if sp.Start < at || sp.End > len(r) {
			continue
		}
		b.WriteString(string(r[at:sp.Start]))
		b.WriteString(on + string(r[sp.Start:sp.End]) + off)
		at = sp.End
	}
	b.WriteString(string(r[at:]))
	return b.String()
}
