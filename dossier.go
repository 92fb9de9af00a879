// Package dossier holds the domain of the dossier intelligence workbench: sources, entities,
// mentions, claims with their evidence, judgements and cases, the predicate vocabulary, the error
// type, and the service interfaces that storage implements.
//
// The package imports only the standard library. Storage (sqlite, postgres), pipeline stages
// (reader, normalize, names, extract) and interfaces (cmd/dossier) depend on it, never the other
// way round.
package dossier

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Version is the program version, overridden at build time with -ldflags "-X".
var Version = "0.1.0-dev"

// ContentID returns the content-hash identifier of a stored text: the first 20 hex digits of the
// SHA-256 of its UTF-8 bytes. Ingesting the same normalised content twice yields the same ID.
func ContentID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:10])
}

// HashBytes returns the full hex SHA-256 of b, used for a source's original bytes.
func HashBytes(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Span is a half-open range [Start, End) of Unicode code points in a source's stored text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of code points in the span.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span is non-empty and ordered.
func (s Span) Valid() bool { return s.Start >= 0 && s.End > s.Start }

// Clock returns the current time; stores and pipelines take one so tests can fix time.
type Clock func() time.Time
