package sqlite

import (
	"context"
	"fmt"
	"strings"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/normalize"
)

// SearchSources ranks sources by BM25 over their folded title (weighted 2) and text; every term
// must match. Snippets are cut from the stored text, so they show the original spelling.
func (db *DB) SearchSources(ctx context.Context, q dossier.SearchQuery) ([]*dossier.SearchHit, error) {
	terms := normalize.Terms(q.Text)
	if len(terms) == 0 {
		return nil, dossier.Errorf(dossier.EINVALID, "the query %q has no words to search for", q.Text)
	}
	match := ftsMatch(terms)
	query := `SELECT ` + sourceCols + `, s.text, bm25(sources_fts, 2.0, 1.0) AS rank
		FROM sources_fts JOIN sources s ON s.seq = sources_fts.rowid
		WHERE sources_fts MATCH ?`
	args := []any{match}
	if q.CaseID != "" {
		query += ` AND s.case_id = ?`
		args = append(args, q.CaseID)
	}
	query += ` ORDER BY rank LIMIT +? OFFSET +?`
	args = append(args, limit(q.Limit), max(q.Offset, 0))
	rows, err := db.query(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var hits []*dossier.SearchHit
	for rows.Next() {
		var rank float64
		s, err := scanSourceRank(rows, &rank)
		if err != nil {
			return nil, err
		}
		h := &dossier.SearchHit{Source: s, Score: -rank}
		h.Snippet, h.Highlights = normalize.Snippet(s.Text, terms, 240)
		s.Text = ""
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

func scanSourceRank(rows interface{ Scan(...any) error }, rank *float64) (*dossier.Source, error) {
	var text string
	s, err := scanSource(scanAppend{rows, []any{&text, rank}}, false)
	if err != nil {
		return nil, err
	}
	s.Text = text
	return s, nil
}

// scanAppend scans extra trailing columns after the ones a scan function asks for.
type scanAppend struct {
	sc    interface{ Scan(...any) error }
	extra []any
}

func (s scanAppend) Scan(dest ...any) error { return s.sc.Scan(append(dest, s.extra...)...) }

// ftsMatch builds an FTS5 query in which every term must match: each term is quoted, so no
// user input is read as FTS5 syntax; a trailing '*' keeps prefix search.
func ftsMatch(terms []string) string {
	parts := make([]string, len(terms))
	for i, t := range terms {
		p, prefix := strings.CutSuffix(t, "*")
		parts[i] = `"` + strings.ReplaceAll(p, `"`, `""`) + `"`
		if prefix {
			parts[i] += "*"
		}
	}
	return strings.Join(parts, " ")
}
