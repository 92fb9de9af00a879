package httpapi

import (
	"net/http"
	"slices"
	"strconv"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/truth"
)

// page reads ?offset= and ?limit= (default 100, at most 1000).
func page(r *http.Request) (offset, limit int, err error) {
	q := r.URL.Query()
	offset, limit = 0, 100
	if v := q.Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 {
			return 0, 0, dossier.Errorf(dossier.EINVALID, "offset must be a number ≥ 0")
		}
	}
	if v := q.Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 1000 {
			return 0, 0, dossier.Errorf(dossier.EINVALID, "limit must be a number from 1 to 1000")
		}
	}
	return offset, limit, nil
}

func (s *Server) handleSourceList(w http.ResponseWriter, r *http.Request) error {
	offset, limit, err := page(r)
	if err != nil {
		return err
	}
	list, total, err := s.cfg.Store.FindSources(r.Context(), dossier.SourceFilter{Offset: offset, Limit: limit})
	if err != nil {
		return err
	}
	if list == nil {
		list = []*dossier.Source{}
	}
	writeJSON(w, http.StatusOK, List[*dossier.Source]{Total: total, Offset: offset, Limit: limit, Items: list})
	return nil
}

func (s *Server) handleSourceGet(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	src, err := s.cfg.Store.FindSourceByID(ctx, r.PathValue("id"))
	if err != nil {
		return err
	}
	mentions, err := s.cfg.Store.FindMentions(ctx, src.ID, "")
	if err != nil {
		return err
	}
	links, err := s.cfg.Store.FindSourceLinks(ctx, src.ID)
	if err != nil {
		return err
	}
	// The origin group: every source this one is not independent of, through links of any depth.
	all, err := s.cfg.Store.FindSourceLinks(ctx, "")
	if err != nil {
		return err
	}
	group := []string{src.ID}
	origins := truth.NewOrigins(all)
	for _, g := range origins.Groups() {
		if slices.Contains(g, src.ID) {
			group = g
			break
		}
	}
	if mentions == nil {
		mentions = []*dossier.Mention{}
	}
	if links == nil {
		links = []*dossier.SourceLink{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"source": src, "mentions": mentions, "links": links, "origin_group": group})
	return nil
}
