package dossier

import (
	"context"
	"time"
)

// Claim is one assertion about a subject entity: subject, predicate, object (an entity or a typed
// literal) and qualifiers. A claim gathers the evidence of every passage that states it.
type Claim struct {
	ID         string      `json:"id"`
	Subject    string      `json:"subject"`
	Predicate  string      `json:"predicate"`
	Object     Object      `json:"object"`
	ValidFrom  Date        `json:"valid_from"`
	ValidTo    Date        `json:"valid_to"`
	Qualifiers Qualifiers  `json:"qualifiers,omitempty"`
	Evidence   []*Evidence `json:"evidence,omitempty"`
	// Credibility is the Admiralty information grade 1–6 (0 when not yet computed);
	// Corroboration the number of independent origin groups asserting the claim.
	Credibility   int `json:"credibility,omitempty"`
	Corroboration int `json:"corroboration,omitempty"`
}

// Object is a claim's object: an entity (EntityID set) or a literal value of a datatype.
type Object struct {
	EntityID string `json:"entity,omitempty"`
	Value    string `json:"value,omitempty"`
	Datatype string `json:"datatype,omitempty"` // text, number, date, quantity
	Date     Date   `json:"date,omitempty"`     // set when Datatype is date
}

// Literal datatypes.
const (
	TypeText     = "text"
	TypeNumber   = "number"
	TypeDate     = "date"
	TypeQuantity = "quantity"
)

// IsEntity reports whether the object refers to an entity.
func (o Object) IsEntity() bool { return o.EntityID != "" }

// Qualifiers refine a claim: the place, a role, a quantity with its unit, a term ("7 years").
type Qualifiers struct {
	Place    string `json:"place,omitempty"` // entity ID of a Location
	Role     string `json:"role,omitempty"`
	Quantity string `json:"quantity,omitempty"`
	Term     string `json:"term,omitempty"`
}

// Stances of evidence towards its claim.
const (
	StanceAsserts = "asserts" // the text states it as fact
	StanceReports = "reports" // the text relays what someone else says
	StanceDenies  = "denies"  // the text says it is false
	StanceDoubts  = "doubts"  // the text calls it a myth, a rumour, unconfirmed
)

// Evidence is why a claim is in the graph: the passage of a source that states it, who the text
// says said it, the stance and the method that extracted it.
type Evidence struct {
	ClaimID      string    `json:"claim,omitempty"`
	SourceID     string    `json:"source"`
	Span         Span      `json:"span"`
	Quote        string    `json:"quote"`
	AttributedTo string    `json:"attributed_to,omitempty"`
	Stance       string    `json:"stance"`
	Method       string    `json:"method"`
	Confidence   float64   `json:"confidence"`
	Created      time.Time `json:"created"`
}

// ClaimFilter selects claims. Zero fields do not filter.
type ClaimFilter struct {
	Subject   string
	Object    string // object entity
	Entity    string // subject or object
	Predicate string
	SourceID  string // claims with evidence from this source
	Offset    int
	Limit     int
}

// ClaimService stores and finds claims with their evidence.
type ClaimService interface {
	// FindClaims returns claims with their evidence.
	FindClaims(ctx context.Context, filter ClaimFilter) ([]*Claim, error)
}

// Edge is a claim between two entities without its evidence: what graph algorithms read.
type Edge struct {
	Claim         string
	Subject       string
	Predicate     string
	Object        string
	ValidFrom     Date
	ValidTo       Date
	Credibility   int
	Corroboration int
}
