// Package extract turns a source's text into mentions, dates, attributions and relations
// through a pipeline of small, pure stages. A stage reads and adds to a Doc; it never touches
// storage or the network, so each stage is tested with testdata alone and a pipeline runs on
// many workers at once. Resolution of mentions to stored entities happens after the pipeline
// (package resolve).
//
// All spans are code-point offsets into Doc.Text, end exclusive.
package extract

import (
	"github.com/dossier-osint/dossier"
)

// Doc is one document travelling through the pipeline. Stages fill its slices in order:
// sentences, dates, attributions, mentions, relations.
type Doc struct {
	Source *dossier.Source
	Text   string       // the source's stored text
	Runes  []rune       // Text as code points, for span slicing
	Lang   string       // main language (ISO 639-1), "und" when unknown
	Anchor dossier.Date // publication date that relative dates resolve against; may be zero

	Sentences    []dossier.Span
	Dates        []Date
	Attributions []Attribution
	Mentions     []Mention
	Relations    []Relation
}

// NewDoc prepares a source for the pipeline.
func NewDoc(s *dossier.Source) *Doc {
	return &Doc{Source: s, Text: s.Text, Runes: []rune(s.Text), Lang: s.Language, Anchor: s.Published}
}

// Slice returns the text of a span.
func (d *Doc) Slice(sp dossier.Span) string {
	if sp.Start < 0 || sp.End > len(d.Runes) || sp.Start >= sp.End {
		return ""
	}
	return string(d.Runes[sp.Start:sp.End])
}

// SentenceOf returns the index of the sentence that contains code point i, or -1.
func (d *Doc) SentenceOf(i int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := d.Sentences[m]; {
		case i < s.Start:
			hi = m
		case i >= s.End:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Date is a date expression found in the text.
type Date struct {
	Span     dossier.Span
	Text     string
	Date     dossier.Date
	End      dossier.Date // end of a range, zero otherwise
	Relative bool
}

// Attribution is a passage where the text says who said something.
type Attribution struct {
	Span   dossier.Span // the cue, e.g. "according to Al-Arabiya"
	Source string       // who said it, as written
	Kind   string       // according_to, said, sources, citation, report_ref, quote
	Scope  dossier.Span // the passage the attribution covers
}

// Mention is a name found in the text. Known-name recognition sets EntityID (a stored entity)
// and Score; rule-based recognition leaves them empty for the resolver.
type Mention struct {
	Span     dossier.Span
	Text     string
	Type     dossier.EntityType
	Method   string  // gazetteer, pattern:<rule>, model:<name>
	Score    float64 // recogniser confidence, or name-match score for known names
	EntityID string  // set by the known-name recogniser
	Alias    int     // index of another mention this one is declared an alias of ("X (Y)", "X, known as Y"), or -1
	// Ref identifies the thing in an outside reference, such as "geonames:587084" from the
	// gazetteer: mentions with one Ref name one entity, whatever their spelling.
	Ref string
}

// Relation is a claim found in the text, between mentions (by index into Doc.Mentions) or
// between a mention and a literal.
type Relation struct {
	Subject      int
	Predicate    string
	Object       int    // index of the object mention, or -1 for a literal
	Value        string // literal object
	Datatype     string // literal datatype (dossier.TypeText, TypeNumber, TypeDate)
	ValueDate    dossier.Date
	ValidFrom    dossier.Date
	ValidTo      dossier.Date
	Qualifiers   dossier.Qualifiers
	Evidence     dossier.Span // the passage that states it, usually its sentence
	AttributedTo string
	Stance       string
	Method       string // pattern:<name>
	Confidence   float64
}

// Stage is one step of the pipeline. Process adds to d; it must be safe to call concurrently on
// different documents.
type Stage interface {
	Process(d *Doc)
}

// StageFunc adapts a function to Stage.
type StageFunc func(d *Doc)

// Process calls f(d).
func (f StageFunc) Process(d *Doc) { f(d) }

// Recognizer finds names. Rule-based, gazetteer and model-backed recognisers implement it; the
// pipeline merges what they find, preferring longer and known spans.
type Recognizer interface {
	Recognize(d *Doc) []Mention
}

// Pipeline runs stages in order.
type Pipeline struct {
	Stages []Stage
}

// Process runs every stage on d and returns it.
func (p *Pipeline) Process(d *Doc) *Doc {
	for _, s := range p.Stages {
		s.Process(d)
	}
	return d
}
