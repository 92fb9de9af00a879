package dossier

import (
	"context"
	"time"
)

// EntityType is the kind of real-world thing an entity is.
type EntityType string

// Entity types.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Location     EntityType = "Location"
	Event        EntityType = "Event"
	Channel      EntityType = "Channel"  // social-media account, website or broadcast outlet
	DocumentRef  EntityType = "Document" // a report or publication cited by name
	Position     EntityType = "Position"
	Unknown      EntityType = "Unknown"
)

// EntityTypes lists the valid entity types.
var EntityTypes = []EntityType{Person, Organization, Location, Event, Channel, DocumentRef, Position, Unknown}

// Valid reports whether t is one of EntityTypes.
func (t EntityType) Valid() bool {
	for _, v := range EntityTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Entity statuses: resolved entities are confirmed by a high score or an analyst; proposed ones
// were created below the link threshold and wait in the review queue.
const (
	StatusConfirmed = "confirmed"
	StatusProposed  = "proposed"
)

// Entity is a real-world thing with a stable ID. What is known of it lives in its claims; Names
// carries its spellings for convenience (each is also a name or alias claim).
type Entity struct {
	ID        string     `json:"id"`
	Type      EntityType `json:"type"`
	Name      string     `json:"name"` // preferred display name
	Names     []Name     `json:"names,omitempty"`
	Status    string     `json:"status,omitempty"`
	Kind      string     `json:"kind,omitempty"` // sub-kind: for events attack, arrest ...; for channels the platform
	CaseID    string     `json:"case,omitempty"`
	Canonical string     `json:"canonical,omitempty"` // set when merged into another entity's cluster
	Created   time.Time  `json:"created"`
}

// Name is one spelling of an entity's name.
type Name struct {
	Text     string `json:"text"`
	Kind     string `json:"kind,omitempty"` // name, alias, previous_name, weak_alias
	Language string `json:"lang,omitempty"`
	Script   string `json:"script,omitempty"`
	Sources  int    `json:"sources,omitempty"` // number of sources that use this spelling
}

// Mention is a span of a source's text that names something, resolved to an entity or not.
type Mention struct {
	SourceID string     `json:"source"`
	Span     Span       `json:"span"`
	Text     string     `json:"text"`           // the surface string, exactly Text[Span] of the source
	Norm     string     `json:"norm,omitempty"` // the comparable form used for matching
	Type     EntityType `json:"type,omitempty"`
	Language string     `json:"lang,omitempty"`
	Script   string     `json:"script,omitempty"`
	EntityID string     `json:"entity,omitempty"`
	Score    float64    `json:"score,omitempty"`
	Method   string     `json:"method,omitempty"` // gazetteer, pattern:<name>, model:<name>, analyst:<user>
}

// EntityFilter selects entities. Zero fields do not filter.
type EntityFilter struct {
	ID        string
	Type      EntityType
	Name      string // exact display name or spelling, compared in folded form
	Status    string
	CaseID    string
	Canonical string // members of this canonical entity's cluster (merged into it)
	Word      string // entities with a name containing this whole word or phrase (folded)
	Offset    int
	Limit     int
}

// EntityService stores and finds entities and their mentions.
type EntityService interface {
	// FindEntityByID returns an entity with its names; a merged entity's ID returns its
	// cluster's canonical entity. ENOTFOUND if absent.
	FindEntityByID(ctx context.Context, id string) (*Entity, error)
	// FindEntities lists entities and the total count.
	FindEntities(ctx context.Context, filter EntityFilter) ([]*Entity, int, error)
	// FindMentions returns the mentions of a source (sourceID set) or of an entity (entityID set).
	FindMentions(ctx context.Context, sourceID, entityID string) ([]*Mention, error)
}

// Spellings returns the entity's distinct name texts: the display name first, then its other
// names in their order.
func (e *Entity) Spellings() []string {
	out := make([]string, 0, len(e.Names)+1)
	seen := make(map[string]bool, len(e.Names)+1)
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	add(e.Name)
	for _, n := range e.Names {
		add(n.Text)
	}
	return out
}
