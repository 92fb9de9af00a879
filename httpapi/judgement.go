package httpapi

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/analyse"
	"github.com/dossier-osint/dossier/view"
)

func (s *Server) handleReviewList(w http.ResponseWriter, r *http.Request) error {
	ps, err := view.OpenProposals(r.Context(), s.cfg.Store)
	if err != nil {
		return err
	}
	if ps == nil {
		ps = []view.Proposal{}
	}
	writeJSON(w, http.StatusOK, ps)
	return nil
}

func (s *Server) handleReviewAccept(w http.ResponseWriter, r *http.Request) error {
	return s.decide(w, r, dossier.Same)
}

func (s *Server) handleReviewReject(w http.ResponseWriter, r *http.Request) error {
	return s.decide(w, r, dossier.Different)
}

// decide records the analyst's verdict on an open proposal, which leaves the queue.
func (s *Server) decide(w http.ResponseWriter, r *http.Request, verdict string) error {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		return dossier.Errorf(dossier.EINVALID, "proposal ID %q is not a number", r.PathValue("id"))
	}
	ps, err := view.OpenProposals(r.Context(), s.cfg.Store)
	if err != nil {
		return err
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
	j := &dossier.Judgement{A: p.New, B: p.Existing, Verdict: verdict, By: by(r), Score: p.Score,
		Explanation: "review of proposal " + strconv.FormatInt(id, 10)}
	if err := s.cfg.Store.CreateJudgement(r.Context(), j); err != nil {
		return err
	}
	s.invalidate()
	writeJSON(w, http.StatusOK, j)
	return nil
}

func (s *Server) handleMerge(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	var in struct {
		A   string `json:"a"`
		B   string `json:"b"`
		Why string `json:"why"`
	}
	if err := s.readJSON(w, r, &in); err != nil {
		return err
	}
	if in.A == "" || in.B == "" {
		return dossier.Errorf(dossier.EINVALID, "merge needs two entities: {\"a\": ID, \"b\": ID}")
	}
	a, err := view.RawEntity(ctx, s.cfg.Store, in.A)
	if err != nil {
		return err
	}
	b, err := view.RawEntity(ctx, s.cfg.Store, in.B)
	if err != nil {
		return err
	}
	if a.ID == b.ID {
		return dossier.Errorf(dossier.EINVALID, "%s and %s are the same entity already", in.A, in.B)
	}
	j := &dossier.Judgement{A: a.ID, B: b.ID, Verdict: dossier.Same, By: by(r), Explanation: in.Why}
	if err := s.cfg.Store.CreateJudgement(ctx, j); err != nil {
		return err
	}
	s.invalidate()
	c, err := s.cfg.Store.FindEntityByID(ctx, a.ID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, map[string]any{"judgement": j.ID, "canonical": c.ID})
	return nil
}

// handleSplit retracts the live "same" judgements that hold an entity in its cluster (only the
// one with other when given); with apart, it also records that the two are different.
func (s *Server) handleSplit(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	var in struct {
		Entity string `json:"entity"`
		Other  string `json:"other"`
		Apart  bool   `json:"apart"`
	}
	if err := s.readJSON(w, r, &in); err != nil {
		return err
	}
	if in.Entity == "" {
		return dossier.Errorf(dossier.EINVALID, "split needs an entity: {\"entity\": ID}")
	}
	e, err := view.RawEntity(ctx, s.cfg.Store, in.Entity)
	if err != nil {
		return err
	}
	var other *dossier.Entity
	if in.Other != "" {
		if other, err = view.RawEntity(ctx, s.cfg.Store, in.Other); err != nil {
			return err
		}
	}
	js, err := s.cfg.Store.FindJudgements(ctx, e.ID)
	if err != nil {
		return err
	}
	retracted := []int64{}
	for _, j := range js {
		if j.Verdict != dossier.Same || j.Retracted || (other != nil && j.A != other.ID && j.B != other.ID) {
			continue
		}
		if err := s.cfg.Store.RetractJudgement(ctx, j.ID, by(r)); err != nil {
			return err
		}
		retracted = append(retracted, j.ID)
	}
	if len(retracted) == 0 {
		return dossier.Errorf(dossier.ENOTFOUND, "%s is not merged with anything", e.ID)
	}
	if in.Apart && other != nil {
		j := &dossier.Judgement{A: e.ID, B: other.ID, Verdict: dossier.Different, By: by(r)}
		if err := s.cfg.Store.CreateJudgement(ctx, j); err != nil {
			return err
		}
	}
	s.invalidate()
	writeJSON(w, http.StatusOK, map[string]any{"retracted": retracted})
	return nil
}

func (s *Server) handleJudgements(w http.ResponseWriter, r *http.Request) error {
	js, err := s.cfg.Store.FindJudgements(r.Context(), r.URL.Query().Get("entity"))
	if err != nil {
		return err
	}
	if js == nil {
		js = []*dossier.Judgement{}
	}
	writeJSON(w, http.StatusOK, js)
	return nil
}

func (s *Server) handleGrade(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Publisher   string `json:"publisher"`
		Source      string `json:"source"`
		Reliability string `json:"reliability"`
	}
	if err := s.readJSON(w, r, &in); err != nil {
		return err
	}
	g := &dossier.Grade{Publisher: in.Publisher, SourceID: in.Source, Reliability: in.Reliability, By: by(r)}
	if err := s.cfg.Store.SetReliability(r.Context(), g); err != nil {
		return err
	}
	s.invalidate()
	writeJSON(w, http.StatusOK, g)
	return nil
}

func (s *Server) handleCredibility(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Credibility *int   `json:"credibility"`
		Why         string `json:"why"`
	}
	if err := s.readJSON(w, r, &in); err != nil {
		return err
	}
	if in.Credibility == nil || *in.Credibility < 0 || *in.Credibility > 6 {
		return dossier.Errorf(dossier.EINVALID, "credibility takes 1–6, or 0 to remove the override")
	}
	if *in.Credibility != 0 && in.Why == "" {
		return dossier.Errorf(dossier.EINVALID, "say why: {\"why\": \"...\"}")
	}
	o := &dossier.CredibilityOverride{ClaimID: r.PathValue("id"), Credibility: *in.Credibility, By: by(r), Why: in.Why}
	if err := s.cfg.Store.OverrideCredibility(r.Context(), o); err != nil {
		return err
	}
	s.invalidate()
	writeJSON(w, http.StatusOK, o)
	return nil
}

func (s *Server) handleContradictions(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	only := ""
	if v := r.URL.Query().Get("entity"); v != "" {
		e, err := s.cfg.Store.FindEntityByID(ctx, v)
		if err != nil {
			return err
		}
		only = e.ID
	}
	rep, err := s.analysis(ctx)
	if err != nil {
		return err
	}
	out := []view.Contradiction{}
	for _, c := range rep.Contradictions {
		if only != "" && c.Subject != only {
			continue
		}
		v, err := view.ViewContradiction(ctx, s.cfg.Store, rep, c)
		if err != nil {
			return err
		}
		out = append(out, v)
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// analysisTTL bounds how long an analysis of the whole store is reused; changes made through the
// API discard it at once.
const analysisTTL = time.Minute

// analysis returns a recent analysis of the store (echoes, origin groups, grades,
// contradictions), running one when there is none: it reads the whole store, so concurrent
// requests wait for one run instead of starting their own.
func (s *Server) analysis(ctx context.Context) (*analyse.Report, error) {
	fresh := func() *analyse.Report {
		s.reportMu.Lock()
		defer s.reportMu.Unlock()
		if s.report != nil && s.cfg.Now().Sub(s.reportAt) < analysisTTL {
			return s.report
		}
		return nil
	}
	if rep := fresh(); rep != nil {
		return rep, nil
	}
	s.analysisMu.Lock()
	defer s.analysisMu.Unlock()
	if rep := fresh(); rep != nil {
		return rep, nil
	}
	s.reportMu.Lock()
	gen := s.reportGen
	s.reportMu.Unlock()
	rep, err := analyse.Run(ctx, s.cfg.Store)
	if err != nil {
		return nil, err
	}
	s.reportMu.Lock()
	if gen == s.reportGen { // no change of the store through the API during the run
		s.report, s.reportAt = rep, s.cfg.Now()
	}
	s.reportMu.Unlock()
	return rep, nil
}
