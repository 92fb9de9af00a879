// Package resolve links the mentions a pipeline found to entities: to known entities through the
// names index and context, to each other inside a document (partial names, declared aliases,
// acronyms), and to new entities where nothing matches. It turns the pipeline's relations into
// claims with their evidence.
//
// The Resolver keeps an in-memory view of the store's entities (names index, types, negative
// judgements). It is used from one goroutine, the ingest writer, so that two documents never
// create the same entity twice; the extraction workers read its known-name automaton, which is
// replaced atomically as entities are added.
package resolve

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
	"github.com/dossier-osint/dossier/extract/known"
	"github.com/dossier-osint/dossier/names"
)

// Methods recorded on mentions the resolver links.
const (
	MethodIndex   = "resolve:index"   // linked through the names index above LinkThreshold
	MethodCoref   = "resolve:coref"   // a partial name or alias of a name earlier in the document
	MethodNew     = "resolve:new"     // created a new entity
	MethodPropose = "resolve:propose" // created a new entity, and proposed a merge for review
)

// A recogniser score below weakType marks a guessed type, which a name score of at least
// strongName with an entity of another type overrides.
const (
	weakType   = 0.8
	strongName = 0.9
)

// Thresholds of the name score (package names) for linking and proposing.
var (
	LinkThreshold    = names.DefaultThreshold
	ProposeThreshold = names.ProposeThreshold
)

// Proposal is a possible merge the resolver found but did not make: a new entity and an
// existing one whose names scored between ProposeThreshold and LinkThreshold.
type Proposal struct {
	New, Existing string
	Score         float64
	Explanation   string
}

type entity struct {
	id        string
	typ       dossier.EntityType
	name      string
	canonical string // cluster's canonical ID, or "" when the entity is its own
}

// Resolver links mentions to entities. It is not safe for concurrent use, except Known, which
// any goroutine may call.
type Resolver struct {
	index   *names.Index        // names of entities under their handles
	ents    []entity            // by index handle
	byID    map[string]uint32   // entity ID → handle
	nameSet map[uint64]struct{} // names already indexed, with their entity: see nameHash
	seed    maphash.Seed
	known   atomic.Pointer[known.Automaton]
	// pending holds the names added since the automaton was last extended. The automaton is
	// extended when Known is called, not after every document: an ingest that freezes the
	// names its workers use never asks for it, and pays nothing for it.
	mu      sync.Mutex
	pending []known.Entry
	comp    map[string]string // comparable forms of mention texts (see comparable)
}

// nameHash identifies an entity (by handle) and one of its names in nameSet: eight bytes per
// name instead of a key holding both strings (45 MB less for 100,000 entities and 758,000
// spellings). Two different pairs share a hash with a probability of about 2^-64 each; the cost
// of that would be one spelling not indexed.
func (r *Resolver) nameHash(h uint32, name string) uint64 {
	return maphash.String(r.seed, name) ^ (uint64(h)+1)*0x9e3779b97f4a7c15
}

// hasName reports whether the entity already has name in the index.
func (r *Resolver) hasName(id, name string) bool {
	h, ok := r.byID[id]
	if !ok {
		return false
	}
	_, ok = r.nameSet[r.nameHash(h, name)]
	return ok
}

// New returns an empty resolver.
func New() *Resolver {
	r := &Resolver{index: names.NewIndex(), byID: map[string]uint32{}, nameSet: map[uint64]struct{}{}, comp: map[string]string{}, seed: maphash.MakeSeed()}
	r.known.Store(known.Build(nil))
	return r
}

// EntityWalker is the part of a store the resolver loads from.
type EntityWalker interface {
	WalkEntities(ctx context.Context, fn func(*dossier.Entity) error) error
}

// Load fills the resolver from a store: every entity with its names and its cluster. (The
// resolver never merges two stored entities, so negative judgements do not concern it; merges
// are the analyst's, through judgements.)
func (r *Resolver) Load(ctx context.Context, st EntityWalker) error {
	err := st.WalkEntities(ctx, func(e *dossier.Entity) error {
		r.addEntity(e.ID, e.Type, e.Name, e.Canonical, false)
		for _, n := range e.Names {
			r.addName(e.ID, n.Text, false)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("resolve: load entities: %w", err)
	}
	r.index.Build()
	r.flushKnown()
	return nil
}

// Known returns the current known-name automaton, with every name added so far, for
// extraction workers.
func (r *Resolver) Known() *known.Automaton {
	r.flushKnown()
	return r.known.Load()
}

// Len returns the number of entities the resolver knows.
func (r *Resolver) Len() int { return len(r.ents) }

func (r *Resolver) addEntity(id string, t dossier.EntityType, name, canonical string, clone bool) uint32 {
	if h, ok := r.byID[id]; ok {
		return h
	}
	if clone {
		name = strings.Clone(name)
	}
	h := uint32(len(r.ents))
	r.ents = append(r.ents, entity{id: id, typ: t, name: name, canonical: canonical})
	r.byID[id] = h
	r.addName(id, name, false)
	return h
}

// addName indexes a name of entity id. A name taken from a document's text is cloned when it
// is new (clone): kept as a substring it would keep the whole document in memory.
func (r *Resolver) addName(id, name string, clone bool) {
	h := r.byID[id]
	key := r.nameHash(h, name)
	if _, ok := r.nameSet[key]; ok || strings.TrimSpace(name) == "" {
		return
	}
	r.nameSet[key] = struct{}{}
	if clone {
		name = strings.Clone(name)
	}
	e := r.ents[h]
	r.index.Add(h, name, kindOf(e.typ))
	r.mu.Lock()
	r.pending = append(r.pending, known.Entry{EntityID: id, Name: name, Type: e.typ})
	r.mu.Unlock()
}

// flushKnown extends the automaton with the names added since the last flush.
func (r *Resolver) flushKnown() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.pending) == 0 {
		return
	}
	r.known.Store(r.known.Load().With(r.pending))
	r.pending = nil
}

func kindOf(t dossier.EntityType) names.Kind {
	switch t {
	case dossier.Person:
		return names.KindPerson
	case dossier.Organization, dossier.Channel:
		return names.KindOrganization
	}
	return names.KindOther
}

// canonicalOf follows a merged entity to its cluster's canonical entity.
func (r *Resolver) canonicalOf(id string) string {
	if h, ok := r.byID[id]; ok && r.ents[h].canonical != "" {
		return r.ents[h].canonical
	}
	return id
}

// EntityID returns the stable ID of a new entity: a hash of its type and the comparable form of
// its name, so that the same name found first in different documents, or in another run, gets
// the same ID.
func EntityID(t dossier.EntityType, name string) string {
	sum := sha256.Sum256([]byte(string(t) + "\x00" + names.Comparable(name)))
	return "E" + hex.EncodeToString(sum[:6])
}

// ClaimID returns the stable ID of a claim: a hash of subject, predicate, object and valid time,
// so the same statement found in several sources is one claim gathering all their evidence.
func ClaimID(c *dossier.Claim) string {
	obj := c.Object.EntityID
	if obj == "" {
		obj = c.Object.Datatype + ":" + strings.ToLower(c.Object.Value)
		if c.Object.Datatype == dossier.TypeDate {
			obj = "date:" + c.Object.Date.String()
		}
	}
	sum := sha256.Sum256([]byte(c.Subject + "\x00" + c.Predicate + "\x00" + obj + "\x00" + c.ValidFrom.String() + "\x00" + c.ValidTo.String()))
	return "C" + hex.EncodeToString(sum[:8])
}

// group is a set of mentions of one document that name the same thing.
type group struct {
	typ      dossier.EntityType
	entityID string  // resolved entity, "" until decided
	score    float64 // how sure the link is
	method   string
	mentions []int  // indices into the document's merged mentions
	best     string // the fullest name among the mentions
	created  bool
}

// Result is what resolving one document produced.
type Result struct {
	Extraction *dossier.Extraction
	Proposals  []Proposal
}

// Resolve links the mentions of d, creates entities for new names, and turns d's relations into
// claims. Entities it creates become known at once, to this document's later mentions and to the
// automaton that extraction workers use for the next documents.
func (r *Resolver) Resolve(d *extract.Doc) Result {
	ms := d.Mentions // non-overlapping: the pipeline ran extract.MergeMentions
	groups, of, comp := r.group(ms)
	var res Result
	x := &dossier.Extraction{}
	res.Extraction = x
	newEnt := map[string]*dossier.Entity{}
	for gi := range groups {
		g := &groups[gi]
		r.decide(ms, g, &res)
		if g.created {
			e := &dossier.Entity{ID: g.entityID, Type: g.typ, Name: g.best, Status: dossier.StatusProposed}
			newEnt[e.ID] = e
			x.Entities = append(x.Entities, e)
			r.addEntity(e.ID, e.Type, e.Name, "", true)
		}
	}
	// Names: every multi-word or declared spelling becomes a name of its entity, so later
	// documents find it; bare partial names (a surname alone) stay mentions only.
	for gi := range groups {
		g := &groups[gi]
		for _, mi := range g.mentions {
			m := ms[mi]
			if !nameWorthy(m, g) {
				continue
			}
			if e := newEnt[g.entityID]; e != nil {
				if !hasName(e, m.Text) {
					e.Names = append(e.Names, dossier.Name{Text: m.Text, Kind: nameKind(e, m.Text), Language: d.Lang, Script: scriptOf(m.Text)})
				}
			} else if !r.hasName(g.entityID, m.Text) {
				// A new spelling of a known entity: store it with the entity (the store ignores
				// duplicates) and index it.
				x.Entities = append(x.Entities, &dossier.Entity{ID: g.entityID, Type: r.ents[r.byID[g.entityID]].typ,
					Name: r.ents[r.byID[g.entityID]].name, Names: []dossier.Name{{Text: m.Text, Kind: "alias", Language: d.Lang, Script: scriptOf(m.Text)}}})
			}
			r.addName(g.entityID, m.Text, true)
		}
	}
	// Entities of earlier documents that this one refers to travel with it (the store ignores
	// ones it has), so that no reference dangles if an earlier document failed to store.
	referenced := map[string]bool{}
	for _, e := range x.Entities {
		referenced[e.ID] = true
	}
	for gi := range groups {
		id := groups[gi].entityID
		if len(groups[gi].mentions) == 0 || referenced[id] {
			continue
		}
		referenced[id] = true
		e := r.ents[r.byID[id]]
		x.Entities = append(x.Entities, &dossier.Entity{ID: e.id, Type: e.typ, Name: e.name, Status: dossier.StatusProposed})
	}
	for _, e := range newEnt {
		if !hasName(e, e.Name) {
			e.Names = append([]dossier.Name{{Text: e.Name, Kind: "name", Language: d.Lang, Script: scriptOf(e.Name)}}, e.Names...)
		}
	}
	for mi, m := range ms {
		g := &groups[of[mi]]
		x.Mentions = append(x.Mentions, &dossier.Mention{Span: m.Span, Text: m.Text, Norm: comp[mi],
			Type: g.typ, Language: d.Lang, Script: scriptOf(m.Text), EntityID: g.entityID, Score: round(g.score), Method: methodOf(m, g)})
	}
	x.Claims = claims(d, groups, of)
	for _, p := range res.Proposals {
		x.Proposals = append(x.Proposals, &dossier.Judgement{A: p.New, B: p.Existing, Verdict: dossier.Unsure,
			By: "resolver", Score: round(p.Score), Explanation: p.Explanation})
	}
	return res
}

func round(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

func methodOf(m extract.Mention, g *group) string {
	if m.Method != "" && m.EntityID != "" {
		return m.Method
	}
	return strings.TrimSuffix(m.Method+"+"+g.method, "+")
}

func hasName(e *dossier.Entity, s string) bool {
	for _, n := range e.Names {
		if n.Text == s {
			return true
		}
	}
	return false
}

func nameKind(e *dossier.Entity, s string) string {
	if s == e.Name {
		return "name"
	}
	return "alias"
}

// nameWorthy reports whether a mention's text should become a stored name of its entity.
func nameWorthy(m extract.Mention, g *group) bool {
	if m.Alias >= 0 || m.Text == g.best {
		return true
	}
	words := len(strings.Fields(m.Text))
	if g.typ == dossier.Person {
		return words >= 2
	}
	return words >= 2 || utf8.RuneCountInString(m.Text) >= 6
}

// scriptOf names the script of the first letter of s (ISO 15924).
func scriptOf(s string) string {
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Arabic, r):
			return "Arab"
		case unicode.Is(unicode.Cyrillic, r):
			return "Cyrl"
		case unicode.Is(unicode.Latin, r):
			return "Latn"
		}
	}
	return ""
}

// group partitions a document's mentions into groups that name the same thing: known mentions of
// one entity; declared aliases ("X (Y)", "X, known as Y"); repeated and partial names (a
// surname alone after the full name, an acronym after the full organisation name). It also
// returns the comparable form of every mention.
func (r *Resolver) group(ms []extract.Mention) ([]group, []int, []string) {
	var groups []group
	of := make([]int, len(ms))
	comp := make([]string, len(ms))
	for i, m := range ms {
		comp[i] = r.comparable(m.Text)
		gi := -1
		switch {
		case m.Alias >= 0 && m.Alias < i:
			gi = of[m.Alias]
		case m.Ref != "" && refGroup(groups, ms, m.Ref) >= 0:
			gi = refGroup(groups, ms, m.Ref)
		case m.EntityID != "":
			id := r.canonicalOf(m.EntityID)
			for k := range groups {
				if groups[k].entityID == id {
					gi = k
					break
				}
			}
			if gi < 0 {
				groups = append(groups, group{typ: m.Type, entityID: id, score: m.Score, method: ""})
				gi = len(groups) - 1
			}
		default:
			gi = r.corefer(groups, ms, comp, i)
		}
		if gi < 0 {
			groups = append(groups, group{typ: m.Type})
			gi = len(groups) - 1
		}
		g := &groups[gi]
		g.mentions = append(g.mentions, i)
		of[i] = gi
		if g.typ == "" || g.typ == dossier.Unknown {
			g.typ = m.Type
		}
	}
	// A declared alias that points forward ("Y, the group X later became") joins afterwards.
	for i, m := range ms {
		if m.Alias > i && of[m.Alias] != of[i] && groups[of[m.Alias]].entityID == "" && groups[of[i]].entityID == "" {
			from, to := of[m.Alias], of[i]
			for _, k := range groups[from].mentions {
				of[k] = to
			}
			groups[to].mentions = append(groups[to].mentions, groups[from].mentions...)
			groups[from].mentions = nil
		}
	}
	for gi := range groups {
		groups[gi].best = displayName(ms, groups[gi].mentions, groups[gi].typ == dossier.Person)
	}
	return groups, of, comp
}

// maxComparables bounds the resolver's cache of comparable forms; it is emptied when full.
const maxComparables = 1 << 16

// comparable returns names.Comparable(s), from a cache: documents repeat the same names, and
// the comparable form costs a transliteration.
func (r *Resolver) comparable(s string) string {
	if c, ok := r.comp[s]; ok {
		return c
	}
	if len(r.comp) >= maxComparables {
		clear(r.comp)
	}
	// Mention texts are substrings of their document: the cache keeps copies, not the texts.
	key := strings.Clone(s)
	c := names.Comparable(key)
	r.comp[key] = c
	return c
}

// displayName picks a group's name: for a person the fullest spelling (a surname alone is a
// reference, not a name), otherwise the spelling used most often; a spelled-out name wins over an
// acronym, and ties go to the fuller spelling.
func displayName(ms []extract.Mention, idx []int, person bool) string {
	count := map[string]int{}
	best := ""
	for _, i := range idx {
		t := ms[i].Text
		count[t]++
		switch {
		case best == "":
			best = t
		case isAcronym(best) != isAcronym(t):
			if isAcronym(best) {
				best = t
			}
		case names.Declensions(t, best):
			// Russian case forms of one name: the shortest is nearly always the nominative
			// (Карим Хаддад, not Каримом Хаддадом), however often the others occur.
			if utf8.RuneCountInString(t) < utf8.RuneCountInString(best) {
				best = t
			}
		case person && len(strings.Fields(t)) != len(strings.Fields(best)):
			if len(strings.Fields(t)) > len(strings.Fields(best)) {
				best = t
			}
		case count[t] > count[best] || (count[t] == count[best] && fuller(t, best)):
			best = t
		}
	}
	return best
}

// refGroup returns the group holding a mention with the outside reference ref, or -1.
func refGroup(groups []group, ms []extract.Mention, ref string) int {
	for gi := range groups {
		for _, mi := range groups[gi].mentions {
			if ms[mi].Ref == ref {
				return gi
			}
		}
	}
	return -1
}

// corefer returns the group of an earlier mention that mention i repeats or abbreviates, or -1.
func (r *Resolver) corefer(groups []group, ms []extract.Mention, comp []string, i int) int {
	m := ms[i]
	words := strings.Fields(comp[i])
	for k := i - 1; k >= 0; k-- {
		o := ms[k]
		gi := -1
		if compatible(m.Type, o.Type) {
			switch {
			case comp[k] == comp[i] || names.Declensions(o.Text, m.Text):
				gi = k // the same name, or another case of it (Каримом Хаддадом, Карим Хаддад)
			case len(words) == 1 && m.Type != dossier.Location:
				// A single word that is the first or last word of a longer earlier name of the
				// same kind: "Begli" after "Tawhid Ibrahim Begli", "Хаддадом" after "Карим
				// Хаддад".
				ow := strings.Fields(comp[k])
				if len(ow) > 1 && (ow[len(ow)-1] == words[0] || (o.Type == dossier.Organization && ow[0] == words[0]) ||
					names.Declensions(lastWord(o.Text), m.Text)) {
					gi = k
				}
			}
		}
		if gi < 0 && isAcronym(m.Text) && !isAcronym(o.Text) && (o.Type == dossier.Organization || o.Type == "") {
			if s, _ := names.Score(m.Text, o.Text, names.KindOrganization); s >= LinkThreshold {
				gi = k
			}
		}
		if gi >= 0 {
			for g := range groups {
				for _, mi := range groups[g].mentions {
					if mi == gi {
						return g
					}
				}
			}
		}
	}
	return -1
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func compatible(a, b dossier.EntityType) bool {
	return a == b || a == "" || b == "" || a == dossier.Unknown || b == dossier.Unknown
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

// fuller reports whether a is a better display name than b: more words, then longer, and never
// an acronym over a spelled-out name.
func fuller(a, b string) bool {
	if b == "" {
		return true
	}
	if isAcronym(a) != isAcronym(b) {
		return !isAcronym(a)
	}
	wa, wb := len(strings.Fields(a)), len(strings.Fields(b))
	if wa != wb {
		return wa > wb
	}
	return utf8.RuneCountInString(a) > utf8.RuneCountInString(b)
}

// decide links a group with no known entity to an indexed entity, or creates one.
func (r *Resolver) decide(ms []extract.Mention, g *group, res *Result) {
	if len(g.mentions) == 0 {
		return
	}
	if g.entityID != "" {
		g.method = "known"
		return
	}
	if g.typ == "" {
		g.typ = dossier.Unknown
	}
	kind := kindOf(g.typ)
	best, bestScore := uint32(0), 0.0
	var bestExpl string
	// The recogniser's type is a guess from cues; how sure it was is the mention's score. A name
	// that matches a known entity of another type almost exactly overrides a weak guess
	// ("Хезболлы" taken for a surname is Hezbollah).
	typeSure := 0.0
	for _, mi := range g.mentions {
		typeSure = max(typeSure, ms[mi].Score)
	}
	tried := map[string]bool{}
	for _, mi := range g.mentions {
		text := ms[mi].Text
		if tried[text] {
			continue
		}
		tried[text] = true
		for _, c := range r.index.Search(text, kind, 5) {
			e := r.ents[c.ID]
			if !compatible(e.typ, g.typ) && (typeSure >= weakType || c.Score < strongName) {
				continue
			}
			if c.Score > bestScore {
				best, bestScore = c.ID, c.Score
				if c.Score >= ProposeThreshold {
					_, ex := names.Score(text, c.Name, kind)
					bestExpl = ex.String()
				}
			}
		}
	}
	if bestScore >= LinkThreshold {
		g.entityID, g.score, g.method = r.canonicalOf(r.ents[best].id), bestScore, MethodIndex
		if g.typ != r.ents[best].typ {
			g.typ = r.ents[best].typ
		}
		return
	}
	id := EntityID(g.typ, g.best)
	if ref := ms[g.mentions[0]].Ref; ref != "" {
		id = EntityID(g.typ, "ref:"+ref)
	}
	if h, ok := r.byID[id]; ok { // the same name, just added: one entity
		g.entityID, g.score, g.method = r.canonicalOf(r.ents[h].id), 1, MethodIndex
		return
	}
	g.entityID, g.created, g.score, g.method = id, true, 1, MethodNew
	if bestScore >= ProposeThreshold {
		g.method = MethodPropose
		res.Proposals = append(res.Proposals, Proposal{New: id, Existing: r.canonicalOf(r.ents[best].id), Score: bestScore, Explanation: bestExpl})
	}
}

// claims turns the document's relations into claims with evidence. Relations between mentions
// of one entity, with unknown predicates or with wrong-typed arguments are dropped.
func claims(d *extract.Doc, groups []group, of []int) []*dossier.Claim {
	var out []*dossier.Claim
	byID := map[string]*dossier.Claim{}
	for _, rel := range d.Relations {
		p := dossier.LookupPredicate(rel.Predicate)
		if p == nil || rel.Subject < 0 || rel.Subject >= len(of) {
			continue
		}
		sg := &groups[of[rel.Subject]]
		c := &dossier.Claim{Subject: sg.entityID, Predicate: p.Name, ValidFrom: rel.ValidFrom, ValidTo: rel.ValidTo, Qualifiers: rel.Qualifiers}
		c.Qualifiers.Place = placeEntity(d, groups, of, rel.Qualifiers.Place, rel.Evidence)
		if p.Literal == "" {
			if rel.Object < 0 || rel.Object >= len(of) {
				continue
			}
			og := &groups[of[rel.Object]]
			if og.entityID == sg.entityID || !typeAllowed(p.Subject, sg.typ) || !typeAllowed(p.Object, og.typ) {
				continue
			}
			c.Object = dossier.Object{EntityID: og.entityID}
			// One direction per inverse pair, so that "X founded Y" and "Y was founded by X"
			// are one claim gathering both passages, and two founders of Y meet on Y.
			if inv := canonicalInverse[p.Name]; inv != "" {
				c.Predicate = inv
				c.Subject, c.Object.EntityID = og.entityID, sg.entityID
			}
			// A founder does not change: the founding's date is a founding_date claim of its
			// own, and founders stated with and without it are one claim.
			if c.Predicate == "founded_by" {
				c.ValidFrom, c.ValidTo = dossier.Date{}, dossier.Date{}
			}
			// A symmetric relation is one claim whichever side the text names first.
			if p.Symmetric && c.Object.EntityID < c.Subject {
				c.Subject, c.Object.EntityID = c.Object.EntityID, c.Subject
			}
		} else {
			if rel.Object >= 0 || !typeAllowed(p.Subject, sg.typ) {
				continue
			}
			c.Object = dossier.Object{Value: rel.Value, Datatype: rel.Datatype, Date: rel.ValueDate}
			if c.Object.Datatype == "" {
				c.Object.Datatype = p.Literal
			}
			if c.Object.Datatype == dossier.TypeDate && c.Object.Date.IsZero() {
				continue
			}
		}
		c.ID = ClaimID(c)
		stance := rel.Stance
		if stance == "" {
			stance = dossier.StanceAsserts
		}
		ev := &dossier.Evidence{SourceID: d.Source.ID, Span: rel.Evidence, Quote: d.Slice(rel.Evidence), AttributedTo: rel.AttributedTo,
			Stance: stance, Method: rel.Method, Confidence: rel.Confidence}
		if ev.Quote == "" || ev.Method == "" {
			continue
		}
		if prev := byID[c.ID]; prev != nil {
			dup := false
			for _, e := range prev.Evidence {
				dup = dup || e.Span == ev.Span
			}
			if !dup {
				prev.Evidence = append(prev.Evidence, ev)
			}
			continue
		}
		c.Evidence = []*dossier.Evidence{ev}
		byID[c.ID] = c
		out = append(out, c)
	}
	return out
}

// canonicalInverse maps a predicate to the inverse its claims are stored as: the organisation
// that was founded, led, backed or trained is the subject.
var canonicalInverse = map[string]string{"founder_of": "founded_by", "leader_of": "led_by", "backs": "backed_by", "trained": "trained_by"}

// placeEntity returns the entity of the Location mention a relation's Place qualifier names (the
// mention's text): the mention of that text inside the evidence, else the nearest one before it,
// else any in the document. A place that names no Location mention is dropped, as
// Qualifiers.Place holds an entity ID.
func placeEntity(d *extract.Doc, groups []group, of []int, text string, ev dossier.Span) string {
	if text == "" {
		return ""
	}
	best, bestScore := -1, 0
	for i, m := range d.Mentions {
		if i >= len(of) || groups[of[i]].typ != dossier.Location || groups[of[i]].entityID == "" {
			continue
		}
		if m.Text != text && !strings.EqualFold(d.Slice(m.Span), text) {
			continue
		}
		score := 1
		switch {
		case m.Span.Start >= ev.Start && m.Span.End <= ev.End:
			score = 3
		case m.Span.End <= ev.Start:
			score = 2
		}
		if score > bestScore || (score == 2 && bestScore == 2) {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return ""
	}
	return groups[of[best]].entityID
}

func typeAllowed(allowed []dossier.EntityType, t dossier.EntityType) bool {
	if allowed == nil || t == dossier.Unknown || t == "" {
		return true
	}
	for _, a := range allowed {
		if a == t {
			return true
		}
	}
	return false
}
