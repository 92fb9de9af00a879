package dossier

import (
	"context"
	"time"
)

// Source is one ingested document. Its ID is the content hash of Text, so storing the same
// content twice is a no-op. Text is the normalised plain text whose code-point offsets are the
// coordinates of every Mention and Evidence span.
type Source struct {
	ID          string    `json:"id"`
	Path        string    `json:"path,omitempty"` // file path as given at ingest, or the URL's path
	URL         string    `json:"url,omitempty"`
	Title       string    `json:"title,omitempty"`
	Publisher   string    `json:"publisher,omitempty"`
	Authors     []string  `json:"authors,omitempty"`
	Published   Date      `json:"published"`
	Retrieved   time.Time `json:"retrieved"`
	Language    string    `json:"language,omitempty"` // ISO 639-1 of the main language, "und" if unknown
	Languages   []string  `json:"languages,omitempty"`
	Scripts     []string  `json:"scripts,omitempty"` // ISO 15924 names: Latn, Cyrl, Arab
	Format      string    `json:"format"`            // text, markdown, html, pdf, ...
	Charset     string    `json:"charset,omitempty"` // charset the original bytes were decoded from
	Text        string    `json:"text"`
	ContentHash string    `json:"content_hash"` // SHA-256 of the original bytes
	Size        int64     `json:"size"`         // size of the original bytes
	CaseID      string    `json:"case,omitempty"`
	Reliability string    `json:"reliability,omitempty"` // Admiralty A–F set on this source; empty inherits the publisher's
}

// Reliability grades (Admiralty code). F means "cannot be judged" and is the default.
const (
	ReliabilityDefault = "F"
)

// ValidReliability reports whether g is an Admiralty source grade A–F.
func ValidReliability(g string) bool { return len(g) == 1 && g[0] >= 'A' && g[0] <= 'F' }

// SourceLink records that source From repeats another source: To when the repeated source is in
// the store, otherwise ToName names it as the text does ("Al-Arabiya").
type SourceLink struct {
	From     string  `json:"from"`
	To       string  `json:"to,omitempty"`
	ToName   string  `json:"to_name,omitempty"`
	Kind     string  `json:"type"`   // cites, summarises, translates, mirrors, near_duplicate, forwards
	Method   string  `json:"method"` // stated, text_overlap, analyst
	Evidence string  `json:"evidence,omitempty"`
	Span     *Span   `json:"span,omitempty"`
	Score    float64 `json:"score,omitempty"`
}

// Source link kinds and methods.
const (
	LinkCites         = "cites"
	LinkSummarises    = "summarises"
	LinkTranslates    = "translates"
	LinkMirrors       = "mirrors"
	LinkNearDuplicate = "near_duplicate"
	LinkForwards      = "forwards"
	LinkParaphrases   = "paraphrases" // states the same claims in other words, same language

	MethodStated      = "stated"
	MethodTextOverlap = "text_overlap"
	MethodAnalyst     = "analyst"
)

// SourceFilter selects sources. Zero fields do not filter.
type SourceFilter struct {
	ID       string
	IDPrefix string
	CaseID   string
	Language string
	Offset   int
	Limit    int
}

// SearchQuery is a full-text query over sources.
type SearchQuery struct {
	Text   string
	CaseID string
	Offset int
	Limit  int
}

// SearchHit is one ranked source for a query, with a snippet of its stored text. Highlights are
// code-point spans into Snippet where the query terms matched.
type SearchHit struct {
	Source     *Source `json:"source"`
	Score      float64 `json:"score"`
	Snippet    string  `json:"snippet"`
	Highlights []Span  `json:"highlights"`
}

// Extraction is what the pipeline derived from one source. It is stored together with the source
// in one transaction, so a source is either present with all it yielded or absent.
type Extraction struct {
	Entities []*Entity // entities first seen in this source (resolved mentions refer to them)
	Mentions []*Mention
	Claims   []*Claim      // each with the evidence that this source provides
	Links    []*SourceLink // source links found in this source's text
	// Proposals are merges the resolver suggests for review: unsure judgements by "resolver"
	// between an entity of this extraction and an existing one.
	Proposals []*Judgement
}

// IngestResult says what storing one source did.
type IngestResult struct {
	SourceID string
	Added    bool  // false when the content was already present or the document failed
	Err      error // why this document was not stored; the others are unaffected
}

// SourceService stores and finds sources. Implementations are safe for concurrent use.
type SourceService interface {
	// StoreSources stores each source with its extraction, atomically per source: after a crash
	// every source is either fully present or absent. A source whose ID already exists is left
	// as it is and reported with Added=false. A document that cannot be stored (invalid spans,
	// unknown predicates) is rolled back alone and reported in its result's Err; the returned
	// error is for failures of the store itself.
	StoreSources(ctx context.Context, docs []*Document) ([]IngestResult, error)

	// FindSourceByID returns a source with its text, or ENOTFOUND. A unique ID prefix of at
	// least six characters is accepted.
	FindSourceByID(ctx context.Context, id string) (*Source, error)

	// FindSources returns sources without their text, newest first, and the total count.
	FindSources(ctx context.Context, filter SourceFilter) ([]*Source, int, error)

	// SearchSources ranks sources by a full-text query over their normalised text.
	SearchSources(ctx context.Context, q SearchQuery) ([]*SearchHit, error)

	// CreateSourceLinks adds links between sources, ignoring exact duplicates.
	CreateSourceLinks(ctx context.Context, links []*SourceLink) error

	// FindSourceLinks returns the links from or to a source; an empty id returns all.
	FindSourceLinks(ctx context.Context, sourceID string) ([]*SourceLink, error)

	// ReplaceExtraction replaces what extraction derived from a stored source with x, keeping
	// judgements and analysts' evidence (re-extraction after the rules or known names improved).
	ReplaceExtraction(ctx context.Context, sourceID string, x *Extraction) error
}

// Document is a source with what was extracted from it, the unit of ingest.
type Document struct {
	Source     *Source
	Extraction *Extraction
}

// Walker streams every record of a store in a stable order, for exports and backups. Callbacks
// must not keep the pointers they are given beyond the call.
type Walker interface {
	WalkSources(ctx context.Context, fn func(*Source) error) error
	WalkSourceLinks(ctx context.Context, fn func(*SourceLink) error) error
	WalkEntities(ctx context.Context, fn func(*Entity) error) error
	WalkMentions(ctx context.Context, fn func(*Mention) error) error
	WalkClaims(ctx context.Context, fn func(*Claim) error) error
	// WalkClaimsBySubject streams every claim with its evidence like WalkClaims, ordered by
	// subject ID (then as stored), so that what concerns one subject can be judged without
	// holding the rest.
	WalkClaimsBySubject(ctx context.Context, fn func(*Claim) error) error
	// WalkEdges streams the claims whose object is an entity, without evidence, with merged
	// entities replaced by their cluster's canonical entity.
	WalkEdges(ctx context.Context, fn func(*Edge) error) error
	WalkJudgements(ctx context.Context, fn func(*Judgement) error) error
	// WalkClaimEnds streams the claims as WalkClaims does, each with its subject entity and,
	// when the object is an entity, its object entity (both without names; object is nil for a
	// literal), so that an export can describe both ends of a claim without holding an index
	// of every entity. The entities are those stored under the claim's IDs, merged or not.
	WalkClaimEnds(ctx context.Context, fn func(c *Claim, subject, object *Entity) error) error
	// WalkMentionEnds streams the mentions as WalkMentions does, each with the entity it is
	// resolved to (without names; nil when unresolved).
	WalkMentionEnds(ctx context.Context, fn func(m *Mention, entity *Entity) error) error
	// EntityRoles returns which of ids (at most MaxRoleIDs) have the role that rule defines,
	// judged over each entity's whole merge cluster. Unknown ids are absent from the result.
	EntityRoles(ctx context.Context, rule RoleRule, ids []string) (map[string]bool, error)
}

// MaxRoleIDs is the most ids one EntityRoles call accepts.
const MaxRoleIDs = 1000

// RoleRule defines a role that claims give an entity: an entity's merge cluster has the role when
// one of its members is the subject of a claim whose predicate is in Subject and whose object is
// an entity, the object of a claim whose predicate is in Object, or the subject of a claim whose
// predicate is in Via and whose object's cluster has the role by the first two rules. Exports
// use it to tell threat actors from other identities (package export/stix).
type RoleRule struct {
	Subject []string
	Object  []string
	Via     []string
}

// Store is everything a storage backend provides.
type Store interface {
	SourceService
	EntityService
	ClaimService
	JudgementService
	GradeService
	Walker
	Close() error
}
