package dossier

import (
	"context"
	"time"
)

// Grade sets the Admiralty reliability (A–F) of a publisher or of one source. A source's own
// grade wins over its publisher's; sources with neither are F (cannot be judged).
type Grade struct {
	Publisher   string    `json:"publisher,omitempty"`
	SourceID    string    `json:"source,omitempty"`
	Reliability string    `json:"reliability"`
	By          string    `json:"by"`
	At          time.Time `json:"at"`
}

// CredibilityOverride is an analyst's information grade (1–6) for a claim, replacing the
// computed one, with who and why.
type CredibilityOverride struct {
	ClaimID     string    `json:"claim"`
	Credibility int       `json:"credibility"`
	By          string    `json:"by"`
	Why         string    `json:"why"`
	At          time.Time `json:"at"`
}

// ClaimGrade is the computed corroboration and credibility of a claim.
type ClaimGrade struct {
	ClaimID       string
	Corroboration int
	Credibility   int
}

// GradeService stores source grades, credibility overrides and computed claim grades.
type GradeService interface {
	// SetReliability grades a publisher (Publisher set) or a source (SourceID set).
	SetReliability(ctx context.Context, g *Grade) error
	// FindGrades lists publisher grades and graded sources.
	FindGrades(ctx context.Context) ([]*Grade, error)
	// OverrideCredibility records an analyst's credibility for a claim; Credibility 0 removes it.
	OverrideCredibility(ctx context.Context, o *CredibilityOverride) error
	// FindOverrides lists the credibility overrides.
	FindOverrides(ctx context.Context) ([]*CredibilityOverride, error)
	// UpdateClaimGrades stores computed grades; an override still wins when the claim is read.
	UpdateClaimGrades(ctx context.Context, grades []ClaimGrade) error
}
