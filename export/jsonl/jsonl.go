// Package jsonl writes the JSON-lines dump of a store: one object per line, each with a "kind"
// (source, entity, mention, claim, source_link, judgement). It is the lossless form of the store
// and the format the evaluation tools read: offsets are Unicode code points into the source's
// stored text, end exclusive.
package jsonl

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/truth"
)

// Record types, in the order Write emits them; importer reads the same types back.
type (
	SourceLine struct {
		Kind        string   `json:"kind"`
		ID          string   `json:"id"`
		Title       string   `json:"title"`
		Path        string   `json:"path"`
		URL         *string  `json:"url"`
		Published   *string  `json:"published"`
		Publisher   string   `json:"publisher,omitempty"`
		Authors     []string `json:"authors,omitempty"`
		Language    string   `json:"language,omitempty"`
		Languages   []string `json:"languages,omitempty"`
		Scripts     []string `json:"scripts,omitempty"`
		Format      string   `json:"format"`
		Charset     string   `json:"charset,omitempty"`
		Retrieved   string   `json:"retrieved"`
		ContentHash string   `json:"content_hash,omitempty"`
		Size        int64    `json:"size"`
		Case        string   `json:"case,omitempty"`
		Reliability string   `json:"reliability,omitempty"`
		Text        string   `json:"text"`
	}
	EntityLine struct {
		Kind      string         `json:"kind"`
		ID        string         `json:"id"`
		Type      string         `json:"type"`
		Name      string         `json:"name"`
		Names     []string       `json:"names"`
		Spellings []dossier.Name `json:"spellings,omitempty"`
		Status    string         `json:"status,omitempty"`
		Subkind   string         `json:"subkind,omitempty"`
		Case      string         `json:"case,omitempty"`
		Canonical string         `json:"canonical,omitempty"`
		Created   string         `json:"created"`
	}
	MentionLine struct {
		Kind     string  `json:"kind"`
		Source   string  `json:"source"`
		Start    int     `json:"start"`
		End      int     `json:"end"`
		Text     string  `json:"text"`
		Entity   *string `json:"entity"`
		Type     string  `json:"type,omitempty"`
		Norm     string  `json:"norm,omitempty"`
		Language string  `json:"lang,omitempty"`
		Script   string  `json:"script,omitempty"`
		Score    float64 `json:"score,omitempty"`
		Method   string  `json:"method,omitempty"`
	}
	ObjectJSON struct {
		Entity   string `json:"entity,omitempty"`
		Value    string `json:"value,omitempty"`
		Datatype string `json:"datatype,omitempty"`
	}
	EvidenceJSON struct {
		Source       string  `json:"source"`
		Start        int     `json:"start"`
		End          int     `json:"end"`
		Quote        string  `json:"quote"`
		AttributedTo *string `json:"attributed_to"`
		Stance       string  `json:"stance"`
		Method       string  `json:"method"`
		Confidence   float64 `json:"confidence"`
		Created      string  `json:"created"`
	}
	ClaimLine struct {
		Kind           string             `json:"kind"`
		ID             string             `json:"id"`
		Subject        string             `json:"subject"`
		Predicate      string             `json:"predicate"`
		PredicateClass string             `json:"predicate_class,omitempty"`
		Object         ObjectJSON         `json:"object"`
		ValidFrom      *string            `json:"valid_from"`
		ValidTo        *string            `json:"valid_to"`
		Qualifiers     dossier.Qualifiers `json:"qualifiers"`
		Evidence       []EvidenceJSON     `json:"evidence"`
		Corroboration  int                `json:"corroboration"`
		Credibility    int                `json:"credibility"`
	}
	LinkLine struct {
		Kind     string        `json:"kind"`
		From     string        `json:"from"`
		To       *string       `json:"to"`
		ToName   string        `json:"to_name,omitempty"`
		Type     string        `json:"type"`
		Method   string        `json:"method"`
		Evidence string        `json:"evidence,omitempty"`
		Span     *dossier.Span `json:"span,omitempty"`
		Score    float64       `json:"score,omitempty"`
	}
	JudgementLine struct {
		Kind string `json:"kind"`
		*dossier.Judgement
	}
)

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// Analysis carries what the truth layer derived and the dump includes: origin groups and
// contradictions (claims carry their stored grades already).
type Analysis struct {
	OriginGroups   [][]string
	Contradictions []truth.Contradiction
}

type (
	OriginLine struct {
		Kind    string   `json:"kind"`
		ID      string   `json:"id"`
		Sources []string `json:"sources"`
	}
	ContradictionLine struct {
		Kind string `json:"kind"`
		truth.Contradiction
	}
)

// Write streams the whole store to w, one record per line: sources, entities, mentions, claims
// with their evidence and grades, source links, judgements, then the analysis (origin groups,
// contradictions) when a is not nil. Memory use does not grow with the store.
func Write(ctx context.Context, w io.Writer, st dossier.Walker, a *Analysis) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	err := st.WalkSources(ctx, func(s *dossier.Source) error {
		return enc.Encode(SourceLine{Kind: "source", ID: s.ID, Title: s.Title, Path: s.Path, URL: strPtr(s.URL),
			Published: strPtr(s.Published.String()), Publisher: s.Publisher, Authors: s.Authors, Language: s.Language,
			Languages: s.Languages, Scripts: s.Scripts, Format: s.Format, Charset: s.Charset, Retrieved: stamp(s.Retrieved),
			ContentHash: s.ContentHash, Size: s.Size, Case: s.CaseID, Reliability: s.Reliability, Text: s.Text})
	})
	if err == nil {
		err = st.WalkEntities(ctx, func(e *dossier.Entity) error {
			return enc.Encode(EntityLine{Kind: "entity", ID: e.ID, Type: string(e.Type), Name: e.Name, Names: e.Spellings(),
				Spellings: e.Names, Status: e.Status, Subkind: e.Kind, Case: e.CaseID, Canonical: e.Canonical, Created: stamp(e.Created)})
		})
	}
	if err == nil {
		err = st.WalkMentions(ctx, func(m *dossier.Mention) error {
			return enc.Encode(MentionLine{Kind: "mention", Source: m.SourceID, Start: m.Span.Start, End: m.Span.End,
				Text: m.Text, Entity: strPtr(m.EntityID), Type: string(m.Type), Norm: m.Norm, Language: m.Language,
				Script: m.Script, Score: m.Score, Method: m.Method})
		})
	}
	if err == nil {
		err = st.WalkClaims(ctx, func(c *dossier.Claim) error {
			line := ClaimLine{Kind: "claim", ID: c.ID, Subject: c.Subject, Predicate: c.Predicate,
				ValidFrom: strPtr(c.ValidFrom.String()), ValidTo: strPtr(c.ValidTo.String()), Qualifiers: c.Qualifiers,
				Corroboration: c.Corroboration, Credibility: c.Credibility, Evidence: make([]EvidenceJSON, 0, len(c.Evidence))}
			if p := dossier.LookupPredicate(c.Predicate); p != nil && p.Class != c.Predicate {
				line.PredicateClass = p.Class
			}
			if c.Object.IsEntity() {
				line.Object.Entity = c.Object.EntityID
			} else {
				line.Object.Value, line.Object.Datatype = c.Object.Value, c.Object.Datatype
				if c.Object.Datatype == dossier.TypeDate && !c.Object.Date.IsZero() {
					line.Object.Value = c.Object.Date.String()
				}
			}
			for _, ev := range c.Evidence {
				line.Evidence = append(line.Evidence, EvidenceJSON{Source: ev.SourceID, Start: ev.Span.Start, End: ev.Span.End,
					Quote: ev.Quote, AttributedTo: strPtr(ev.AttributedTo), Stance: ev.Stance, Method: ev.Method,
					Confidence: ev.Confidence, Created: stamp(ev.Created)})
			}
			return enc.Encode(line)
		})
	}
	if err == nil {
		err = st.WalkSourceLinks(ctx, func(l *dossier.SourceLink) error {
			return enc.Encode(LinkLine{Kind: "source_link", From: l.From, To: strPtr(l.To), ToName: l.ToName, Type: l.Kind,
				Method: l.Method, Evidence: l.Evidence, Span: l.Span, Score: l.Score})
		})
	}
	if err == nil {
		err = st.WalkJudgements(ctx, func(j *dossier.Judgement) error {
			return enc.Encode(JudgementLine{Kind: "judgement", Judgement: j})
		})
	}
	if err == nil && a != nil {
		for i, g := range a.OriginGroups {
			if err = enc.Encode(OriginLine{Kind: "origin_group", ID: fmt.Sprintf("G%d", i+1), Sources: g}); err != nil {
				break
			}
		}
		for _, c := range a.Contradictions {
			if err != nil {
				break
			}
			err = enc.Encode(ContradictionLine{Kind: "contradiction", Contradiction: c})
		}
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}
