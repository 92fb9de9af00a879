// Package pipeline composes the extraction stages and the resolver into the engine that ingest
// runs: Extract (pure, on many workers) turns a source into a document with mentions, dates,
// attributions and relations; Resolve (on one goroutine) links it to entities and returns what
// to store.
package pipeline

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/echo"
	"github.com/dossier-osint/dossier/extract"
	"github.com/dossier-osint/dossier/extract/attrib"
	"github.com/dossier-osint/dossier/extract/dates"
	"github.com/dossier-osint/dossier/extract/known"
	"github.com/dossier-osint/dossier/extract/recognize"
	"github.com/dossier-osint/dossier/extract/relate"
	"github.com/dossier-osint/dossier/extract/sentence"
	"github.com/dossier-osint/dossier/gazetteer"
	"github.com/dossier-osint/dossier/resolve"
)

// MethodGeoNames is the method of place mentions found through the gazetteer.
const MethodGeoNames = "gazetteer:geonames"

// Engine extracts and resolves documents. Extract is safe for concurrent use; Resolve is not.
type Engine struct {
	frozen   atomic.Pointer[known.Automaton]
	Resolver *resolve.Resolver
	rules    *recognize.Rules
	relate   *relate.Stage
}

// New returns an engine with an empty resolver; Load fills it from a store.
func New() *Engine {
	return &Engine{Resolver: resolve.New(), rules: recognize.New(), relate: relate.New()}
}

// Freeze makes Extract use the known names as they are now until Thaw, instead of the
// resolver's growing set. Concurrent ingest freezes them, so that what a worker finds does not
// depend on how many documents happened to be resolved before it started: the same files give the
// same graph on every run. Names added during the run are still found, by the resolver's index.
func (e *Engine) Freeze() { e.frozen.Store(e.Resolver.Known()) }

// Thaw undoes Freeze.
func (e *Engine) Thaw() { e.frozen.Store(nil) }

func (e *Engine) automaton() *known.Automaton {
	if a := e.frozen.Load(); a != nil {
		return a
	}
	return e.Resolver.Known()
}

// Load reads the store's entities and judgements into the resolver.
func (e *Engine) Load(ctx context.Context, st resolve.EntityWalker) error {
	return e.Resolver.Load(ctx, st)
}

// Extract runs the pure stages over a source: sentences, dates, attributions, the three
// recognisers (known names, places, rules), the merge of their mentions, and relations.
func (e *Engine) Extract(s *dossier.Source) *extract.Doc {
	d := extract.NewDoc(s)
	d.Sentences = sentence.SplitRunes(d.Runes)
	for _, x := range dates.Find(d.Text, d.Lang, d.Anchor) {
		d.Dates = append(d.Dates, extract.Date{Span: x.Span, Text: x.Text, Date: x.Date, End: x.End, Relative: x.Relative})
	}
	for _, a := range attrib.FindSplit(d.Text, d.Runes, d.Sentences, d.Lang) {
		d.Attributions = append(d.Attributions, extract.Attribution{Span: a.Span, Source: a.Source, Kind: a.Kind, Scope: a.Scope})
	}
	ms := (&known.Recognizer{A: e.automaton()}).Recognize(d)
	for _, h := range gazetteer.Find(d.Text) {
		ms = append(ms, extract.Mention{Span: h.Span, Text: h.Text, Type: dossier.Location, Method: MethodGeoNames,
			Score: 0.9, Alias: -1, Ref: fmt.Sprintf("geonames:%d", h.ID)})
	}
	ms = extract.Append(ms, e.rules.Recognize(d))
	d.Mentions = extract.Merge(ms)
	e.relate.Process(d)
	return d
}

// Resolve links a document's mentions and returns what to store with its source: entities,
// mentions, claims with evidence, merge proposals, and the source links its attributions state.
func (e *Engine) Resolve(d *extract.Doc) *dossier.Extraction {
	return e.resolve(d, echo.Stated(d.Text))
}

// resolve is Resolve with the dependences the text states about itself already found.
func (e *Engine) resolve(d *extract.Doc, stated []echo.StatedLink) *dossier.Extraction {
	x := e.Resolver.Resolve(d).Extraction
	seen := map[string]bool{}
	// Dependence the text states about itself first (it is the stronger kind), then the sources
	// its attributions name.
	for _, l := range stated {
		key := strings.ToLower(l.ToName)
		if seen[key] {
			continue
		}
		seen[key] = true
		sp := l.Span
		x.Links = append(x.Links, &dossier.SourceLink{ToName: l.ToName, Kind: l.Kind, Method: dossier.MethodStated, Evidence: l.Text, Span: &sp})
	}
	for _, a := range d.Attributions {
		name := strings.TrimSpace(a.Source)
		if name == "" || seen[strings.ToLower(name)] || !namesASource(name) {
			continue
		}
		seen[strings.ToLower(name)] = true
		sp := a.Span
		x.Links = append(x.Links, &dossier.SourceLink{ToName: name, Kind: dossier.LinkCites, Method: dossier.MethodStated,
			Evidence: d.Slice(a.Span), Span: &sp})
	}
	return x
}

// Prepare extracts a source and returns the function that resolves it: the ingest.Extractor.
//
// Finding the dependences a text states about itself needs only the text, so it runs here, on
// the worker, rather than on the single goroutine that resolves.
func (e *Engine) Prepare(s *dossier.Source) func() *dossier.Extraction {
	d := e.Extract(s)
	stated := echo.Stated(d.Text)
	return func() *dossier.Extraction { return e.resolve(d, stated) }
}

// namesASource keeps attributions that name someone: not a pronoun ("He said", "It reported")
// nor a bare footnote marker, which are not sources another document could share.
func namesASource(name string) bool {
	switch strings.ToLower(name) {
	case "he", "she", "it", "they", "we", "i", "you", "он", "она", "оно", "они", "o", "onlar", "او", "هو", "هي", "آنها":
		return false
	}
	return !strings.HasPrefix(strings.ToLower(name), "footnote")
}
