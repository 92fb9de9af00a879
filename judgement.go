package dossier

import (
	"context"
	"time"
)

// Judgement verdicts.
const (
	Same      = "same"
	Different = "different"
	Unsure    = "unsure"
)

// Judgement is a decision that two entities are the same, different, or that it is unclear, by an
// analyst ("analyst:<user>") or the resolver ("resolver"). Positive judgements are transitive:
// clusters are connected components with one canonical ID. Judgements are never deleted, only
// retracted, so every merge can be split again.
type Judgement struct {
	ID          int64     `json:"id"`
	A           string    `json:"a"`
	B           string    `json:"b"`
	Verdict     string    `json:"verdict"`
	By          string    `json:"by"`
	At          time.Time `json:"at,omitzero"`
	Score       float64   `json:"score,omitempty"`
	Explanation string    `json:"explanation,omitempty"`
	Retracted   bool      `json:"retracted,omitempty"`
	RetractedBy string    `json:"retracted_by,omitempty"`
	RetractedAt time.Time `json:"retracted_at,omitzero"`
}

// JudgementService records and retracts judgements.
type JudgementService interface {
	// CreateJudgement records a judgement. A same verdict between entities that a live different
	// judgement separates fails with ECONFLICT.
	CreateJudgement(ctx context.Context, j *Judgement) error
	// RetractJudgement marks a judgement retracted; it stays in the record.
	RetractJudgement(ctx context.Context, id int64, by string) error
	// FindJudgements lists judgements that involve the entity, or all when entityID is empty.
	FindJudgements(ctx context.Context, entityID string) ([]*Judgement, error)
}
