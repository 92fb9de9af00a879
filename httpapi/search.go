package httpapi

import (
	"net/http"
	"strings"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/normalize"
)

// EntityHit is an entity found by name, with the spelling of its name that matched.
type EntityHit struct {
	ID      string             `json:"id"`
	Name    string             `json:"name"`
	Type    dossier.EntityType `json:"type"`
	Matched string             `json:"matched"`
}

// handleSearch ranks sources by the query's words and finds entities with a spelling that is
// the query, or holds it as whole words, compared in folded form (case, diacritics and letter
// variants ignored: "Ibrahimbeyli" finds "İbrahimbəyli").
func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		return dossier.Errorf(dossier.EINVALID, "search needs a query: ?q=")
	}
	if len(q) > 500 {
		return dossier.Errorf(dossier.EINVALID, "query too long")
	}
	offset, limit, err := page(r)
	if err != nil {
		return err
	}
	if r.URL.Query().Get("limit") == "" {
		limit = 20
	}
	hits, err := s.cfg.Store.SearchSources(ctx, dossier.SearchQuery{Text: q, Offset: offset, Limit: limit})
	if err != nil {
		return err
	}
	if hits == nil {
		hits = []*dossier.SearchHit{}
	}
	for _, h := range hits {
		if h.Source != nil {
			h.Source.Text = "" // the snippet is enough; the source page has the text
		}
	}
	entities := []EntityHit{}
	seen := map[string]bool{}
	fq := normalize.Fold(q)
	addAll := func(list []*dossier.Entity) error {
		for _, e := range list {
			if seen[e.ID] {
				continue
			}
			seen[e.ID] = true
			full, err := s.cfg.Store.FindEntityByID(ctx, e.ID)
			if err != nil {
				continue // merged away between the two reads
			}
			entities = append(entities, EntityHit{ID: full.ID, Name: full.Name, Type: full.Type, Matched: matched(e.Name, full, fq)})
		}
		return nil
	}
	exact, _, err := s.cfg.Store.FindEntities(ctx, dossier.EntityFilter{Name: q, Limit: limit})
	if err != nil {
		return err
	}
	addAll(exact)
	words, _, err := s.cfg.Store.FindEntities(ctx, dossier.EntityFilter{Word: q, Limit: limit})
	if err != nil {
		return err
	}
	addAll(words)
	writeJSON(w, http.StatusOK, map[string]any{"sources": hits, "entities": entities})
	return nil
}

// matched returns the spelling of e's names that matched the folded query fq: an equal one
// first, then one holding it as whole words, else the display name.
func matched(raw string, e *dossier.Entity, fq string) string {
	names := append([]dossier.Name{{Text: raw}, {Text: e.Name}}, e.Names...)
	for _, n := range names {
		if normalize.Fold(n.Text) == fq {
			return n.Text
		}
	}
	for _, n := range names {
		if strings.Contains(" "+normalize.Fold(n.Text)+" ", " "+fq+" ") {
			return n.Text
		}
	}
	return raw
}
