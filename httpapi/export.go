package httpapi

import (
	"net/http"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/export/jsonl"
)

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) error {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok", "version": dossier.Version})
	return nil
}

// handleExport streams the JSON-lines dump of the whole graph, with the analysis (origin groups
// and contradictions, from the server's recent analysis), as a download.
func (s *Server) handleExport(w http.ResponseWriter, r *http.Request) error {
	if f := r.URL.Query().Get("format"); f != "" && f != "jsonl" {
		return dossier.Errorf(dossier.EINVALID, "export format %q is not available here; use jsonl", f)
	}
	rep, err := s.analysis(r.Context())
	if err != nil {
		return err
	}
	// A large store's dump takes longer than the server's write timeout, which is for ordinary
	// answers: this one may take as long as it streams.
	_ = http.NewResponseController(w).SetWriteDeadline(time.Time{})
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="dossier.jsonl"`)
	w.Header().Set("Cache-Control", "no-store")
	if err := jsonl.Write(r.Context(), w, s.cfg.Store, &jsonl.Analysis{OriginGroups: rep.OriginGroups, Contradictions: rep.Contradictions}); err != nil {
		// The status is sent already: log, and end the body early so the client sees a short file.
		s.log.Error("export", "err", err)
	}
	return nil
}
