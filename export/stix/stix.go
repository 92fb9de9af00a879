// Package stix writes a store as a STIX 2.1 bundle for OpenCTI, MISP and other threat-intelligence
// platforms, and reads such bundles back (see Read).
//
// # Mapping
//
//	dossier                  STIX 2.1
//	Person                   identity (identity_class individual); threat-actor
//	                         (resource_level individual) when hostile, see below
//	Organization             identity (identity_class organization); threat-actor
//	                         (resource_level organization) when hostile
//	Location                 location (name; country, latitude, longitude when Options.Place
//	                         knows the place, else region "unknown" so the spec's "one of
//	                         region, country, latitude/longitude" rule holds)
//	Event                    incident (the kind, attack, arrest ..., in the extension)
//	Channel                  identity (identity_class organization, sectors communications,
//	                         the platform in contact_information)
//	Document, Position,      identity (identity_class unknown, class, unknown)
//	Unknown
//	claim, entity object     relationship: relationship_type from Predicate.STIX (custom types
//	                         are prefixed x-dossier-), start_time/stop_time from the valid time
//	claim, literal object    note about the subject (content "predicate: value")
//	evidence                 note (content = the quote, authors = attributed_to) about the claim's
//	                         object and the source's report; the source also appears in the
//	                         claim's external_references
//	source                   report (published = publication date) whose object_refs are the
//	                         claims it states; reliability in the extension
//	source link (in store)   relationship between reports: derived-from for summarises,
//	                         translates, mirrors, near_duplicate, forwards, paraphrases;
//	                         x-dossier-cites for cites
//	source link (named only) note about the report
//
// An entity is hostile when a claim makes it the actor of violence or covert support: the
// subject of attacked, targeted, threatened, fought_in, trained_by, trained_in, backed_by,
// front_for or splinter_of, the object of perpetrator or backs; or a person who is member,
// leader or founder of a hostile organisation. STIX's intrusion-set describes the resources
// and behaviour of cyber operations and is not used.
//
// Everything dossier knows that STIX has no property for (entity type and sub-kind, names
// with language and script, claim predicate, qualifiers, dates with their precision,
// corroboration, Admiralty grades, evidence spans, stance and method, source text) travels in
// one property extension, ExtensionID, declared by an extension-definition object in the
// bundle.
//
// Credibility maps to confidence by the STIX 2.1 Admiralty table (Appendix A of the
// specification): 1 → 90, 2 → 70, 3 → 50, 4 → 30, 5 → 10, 6 → no confidence. Read maps back
// 80–100 → 1, 60–79 → 2, 40–59 → 3, 20–39 → 4, 0–19 → 5.
//
// Identifiers are UUIDv5 of the dossier identifier in a fixed namespace, so exporting the same
// store twice yields the same ids.
package stix

import (
	"bufio"
	"context"
	"crypto/sha1"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/dossier-osint/dossier"
)

// Store is what Write reads: the walks, and the claims of one source for the report objects.
type Store interface {
	dossier.Walker
	FindClaims(ctx context.Context, f dossier.ClaimFilter) ([]*dossier.Claim, error)
}

// Place is what a gazetteer knows of a place name.
type Place struct {
	Country  string // ISO 3166-1 alpha-2
	Lat, Lon float64
}

// Options adjust an export. The zero value is valid.
type Options struct {
	// Reliability returns a source's Admiralty grade (its own, else its publisher's). Nil uses
	// the source's own grade only.
	Reliability func(*dossier.Source) string
	// Place looks up a place name; nil leaves locations without country and coordinates.
	Place func(name string) (Place, bool)
}

// namespace is the UUIDv5 namespace of dossier's STIX ids: UUIDv5 of the project URL in the
// RFC 4122 URL namespace.
var namespace = uuid5([16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8},
	"https://github.com/dossier-osint/dossier")

func uuid5(ns [16]byte, name string) [16]byte {
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return u
}

// ID returns the STIX id of type typ for a dossier key (an entity, claim or source id with a
// kind prefix).
func ID(typ, key string) string {
	u := uuid5(namespace, key)
	return fmt.Sprintf("%s--%x-%x-%x-%x-%x", typ, u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}

// Fixed objects of every bundle.
var (
	IdentityID  = ID("identity", "dossier")
	ExtensionID = ID("extension-definition", "dossier-extension-v1")
	epoch       = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
)

const tsLayout = "2006-01-02T15:04:05.000Z"

func ts(t time.Time) string {
	if t.IsZero() {
		t = epoch
	}
	return t.UTC().Format(tsLayout)
}

// Object is one STIX object as Write emits and Read accepts it. Only the properties dossier uses
// are declared; Read keeps no others.
type Object struct {
	Type               string              `json:"type"`
	SpecVersion        string              `json:"spec_version,omitempty"`
	ID                 string              `json:"id"`
	CreatedByRef       string              `json:"created_by_ref,omitempty"`
	Created            string              `json:"created,omitempty"`
	Modified           string              `json:"modified,omitempty"`
	Name               string              `json:"name,omitempty"`
	Description        string              `json:"description,omitempty"`
	IdentityClass      string              `json:"identity_class,omitempty"`
	Sectors            []string            `json:"sectors,omitempty"`
	ContactInformation string              `json:"contact_information,omitempty"`
	Aliases            []string            `json:"aliases,omitempty"`
	ResourceLevel      string              `json:"resource_level,omitempty"`
	Region             string              `json:"region,omitempty"`
	Country            string              `json:"country,omitempty"`
	Latitude           *float64            `json:"latitude,omitempty"`
	Longitude          *float64            `json:"longitude,omitempty"`
	RelationshipType   string              `json:"relationship_type,omitempty"`
	SourceRef          string              `json:"source_ref,omitempty"`
	TargetRef          string              `json:"target_ref,omitempty"`
	StartTime          string              `json:"start_time,omitempty"`
	StopTime           string              `json:"stop_time,omitempty"`
	Abstract           string              `json:"abstract,omitempty"`
	Content            string              `json:"content,omitempty"`
	Authors            []string            `json:"authors,omitempty"`
	Published          string              `json:"published,omitempty"`
	ReportTypes        []string            `json:"report_types,omitempty"`
	ObjectRefs         []string            `json:"object_refs,omitempty"`
	Confidence         *int                `json:"confidence,omitempty"`
	Lang               string              `json:"lang,omitempty"`
	ExternalReferences []ExternalReference `json:"external_references,omitempty"`
	// extension-definition
	Schema         string   `json:"schema,omitempty"`
	Version        string   `json:"version,omitempty"`
	ExtensionTypes []string `json:"extension_types,omitempty"`
	// Extensions holds dossier's property extension under ExtensionID (and others on read).
	Extensions map[string]json.RawMessage `json:"extensions,omitempty"`
}

// ExternalReference points outside the bundle: the document a source was read from.
type ExternalReference struct {
	SourceName  string            `json:"source_name"`
	Description string            `json:"description,omitempty"`
	URL         string            `json:"url,omitempty"`
	ExternalID  string            `json:"external_id,omitempty"`
	Hashes      map[string]string `json:"hashes,omitempty"`
}

// Ext is dossier's property extension: what STIX has no property for.
type Ext struct {
	ExtensionType string `json:"extension_type"`
	Kind          string `json:"dossier_kind"` // entity, claim, evidence, source, source_link
	ID            string `json:"dossier_id,omitempty"`
	// entity
	EntityType string         `json:"entity_type,omitempty"`
	Subkind    string         `json:"subkind,omitempty"`
	Status     string         `json:"status,omitempty"`
	Case       string         `json:"case,omitempty"`
	Canonical  string         `json:"canonical,omitempty"`
	Names      []dossier.Name `json:"names,omitempty"`
	// claim
	Subject       string              `json:"subject,omitempty"`
	Predicate     string              `json:"predicate,omitempty"`
	Object        *dossier.Object     `json:"object,omitempty"`
	ValidFrom     string              `json:"valid_from,omitempty"`
	ValidTo       string              `json:"valid_to,omitempty"`
	Qualifiers    *dossier.Qualifiers `json:"qualifiers,omitempty"`
	Credibility   int                 `json:"credibility,omitempty"`
	Corroboration int                 `json:"corroboration,omitempty"`
	// evidence
	Claim        string  `json:"claim,omitempty"`
	Source       string  `json:"source,omitempty"`
	Start        *int    `json:"start,omitempty"`
	End          int     `json:"end,omitempty"`
	Stance       string  `json:"stance,omitempty"`
	Method       string  `json:"method,omitempty"`
	ExtractorCnf float64 `json:"extractor_confidence,omitempty"`
	// source
	Reliability string   `json:"reliability,omitempty"`
	Path        string   `json:"path,omitempty"`
	Title       string   `json:"title,omitempty"`
	Publisher   string   `json:"publisher,omitempty"`
	PublishedAs string   `json:"published_date,omitempty"`
	Authors     []string `json:"authors,omitempty"`
	Languages   []string `json:"languages,omitempty"`
	Scripts     []string `json:"scripts,omitempty"`
	Format      string   `json:"format,omitempty"`
	Charset     string   `json:"charset,omitempty"`
	Retrieved   string   `json:"retrieved,omitempty"`
	ContentHash string   `json:"content_hash,omitempty"`
	Size        int64    `json:"size,omitempty"`
	Text        *string  `json:"text,omitempty"`
	// source link
	LinkKind   string  `json:"link_type,omitempty"`
	LinkMethod string  `json:"link_method,omitempty"`
	From       string  `json:"from_source,omitempty"`
	To         string  `json:"to_source,omitempty"`
	ToName     string  `json:"to_name,omitempty"`
	Score      float64 `json:"score,omitempty"`
	Quote      string  `json:"link_evidence,omitempty"`
}

func (e *Ext) raw() map[string]json.RawMessage {
	e.ExtensionType = "property-extension"
	b, err := json.Marshal(e)
	if err != nil {
		panic(err) // only plain data
	}
	return map[string]json.RawMessage{ExtensionID: b}
}

// Confidence converts an Admiralty credibility (1–6) to STIX confidence; ok is false for 6 and
// for ungraded claims.
func Confidence(credibility int) (int, bool) {
	switch credibility {
	case 1, 2, 3, 4, 5:
		return 90 - 20*(credibility-1), true
	}
	return 0, false
}

// Credibility converts a STIX confidence back to an Admiralty credibility.
func Credibility(confidence int) int {
	switch {
	case confidence >= 80:
		return 1
	case confidence >= 60:
		return 2
	case confidence >= 40:
		return 3
	case confidence >= 20:
		return 4
	}
	return 5
}

// HostileRule is the rule of the package comment: the subject of a hostile act, the object of
// perpetrator or backs, or a member, leader or founder of an organisation hostile by those two.
// The store evaluates it (dossier.Walker.EntityRoles), so no export holds a set of entities.
var HostileRule = dossier.RoleRule{
	Subject: []string{"attacked", "targeted", "threatened", "fought_in", "trained_by", "trained_in", "backed_by", "front_for", "splinter_of"},
	Object:  []string{"perpetrator", "backs"},
	Via:     []string{"member_of", "leader_of", "founder_of"},
}

// roleBatch is how many entities or claims the writer reads before asking the store for
// the hostility of their ends in one query.
const roleBatch = dossier.MaxRoleIDs / 2

// actorIDs returns the ids among es whose STIX type depends on hostility.
func actorIDs(ids []string, es ...*dossier.Entity) []string {
	for _, e := range es {
		if e != nil && (e.Type == dossier.Person || e.Type == dossier.Organization) {
			ids = append(ids, e.ID)
		}
	}
	return ids
}

// EntityType returns the STIX object type of an entity.
func EntityType(e *dossier.Entity, hostile bool) string {
	switch e.Type {
	case dossier.Person, dossier.Organization:
		if hostile {
			return "threat-actor"
		}
		return "identity"
	case dossier.Location:
		return "location"
	case dossier.Event:
		return "incident"
	}
	return "identity"
}

func entityKey(id string) string { return "entity:" + id }
func claimKey(id string) string  { return "claim:" + id }
func sourceKey(id string) string { return "source:" + id }
func evidenceKey(ev *dossier.Evidence, claim string, i int) string {
	return "evidence:" + claim + ":" + strconv.Itoa(i) + ":" + ev.SourceID + ":" + strconv.Itoa(ev.Span.Start) + "-" + strconv.Itoa(ev.Span.End)
}

// claimObjectID is the STIX id of a claim: a relationship between entities, a note otherwise.
func claimObjectID(c *dossier.Claim) string {
	if c.Object.IsEntity() {
		return ID("relationship", claimKey(c.ID))
	}
	return ID("note", claimKey(c.ID))
}

// writer emits a bundle's objects one at a time.
type writer struct {
	bw *bufio.Writer
	n  int
}

func (w *writer) emit(o *Object) error {
	if w.n > 0 {
		w.bw.WriteString(",\n")
	}
	w.n++
	b, err := json.Marshal(o)
	if err != nil {
		return err
	}
	_, err = w.bw.Write(b)
	return err
}

func (w *writer) common(o *Object, created, modified time.Time) *Object {
	o.SpecVersion = "2.1"
	o.CreatedByRef = IdentityID
	o.Created, o.Modified = ts(created), ts(modified)
	if o.Modified < o.Created {
		o.Modified = o.Created
	}
	return o
}

// Write streams the store to w as one STIX 2.1 bundle in constant memory: it holds a batch of
// entities or claims at a time (whose hostility the store judges in one query) and the claim ids
// of one source; everything else streams.
func Write(ctx context.Context, w io.Writer, st Store, opt Options) error {
	out := &writer{bw: bufio.NewWriterSize(w, 1<<16)}
	fmt.Fprintf(out.bw, "{\"type\":\"bundle\",\"id\":%q,\"objects\":[\n", ID("bundle", "dossier-export"))
	// The producer and the extension.
	if err := out.emit(&Object{Type: "identity", SpecVersion: "2.1", ID: IdentityID, Created: ts(epoch), Modified: ts(epoch),
		Name: "dossier", IdentityClass: "system", Description: "dossier, an open-source intelligence workbench"}); err != nil {
		return err
	}
	if err := out.emit(&Object{Type: "extension-definition", SpecVersion: "2.1", ID: ExtensionID, CreatedByRef: IdentityID,
		Created: ts(epoch), Modified: ts(epoch), Name: "dossier claims and provenance", Version: "1.0",
		ExtensionTypes: []string{"property-extension"},
		Schema: "Properties: dossier_kind (entity, claim, evidence, source, source_link), dossier_id; for entities entity_type, subkind, status, case, canonical, names; " +
			"for claims subject, predicate, object, valid_from, valid_to (dossier dates with precision), qualifiers, credibility (Admiralty 1-6), corroboration; " +
			"for evidence claim, source, start, end (code points into the source text), stance, method, extractor_confidence; " +
			"for sources reliability (Admiralty A-F), path, title, publisher, published_date, authors, languages, scripts, format, charset, retrieved, content_hash, size, text; " +
			"for source links link_type, link_method, from_source, to_source, to_name, score, link_evidence.",
		Description: "Provenance of dossier exports: every claim with its evidence passages and grades."}); err != nil {
		return err
	}
	err := out.entities(ctx, st, opt)
	if err == nil {
		err = out.claims(ctx, st)
	}
	if err == nil {
		err = st.WalkSources(ctx, func(s *dossier.Source) error { return out.source(ctx, st, s, opt) })
	}
	if err == nil {
		err = st.WalkSourceLinks(ctx, func(l *dossier.SourceLink) error { return out.link(l) })
	}
	if err != nil {
		return fmt.Errorf("stix: %w", err)
	}
	out.bw.WriteString("\n]}\n")
	return out.bw.Flush()
}

// entities emits every entity, judging hostility roleBatch entities at a time.
func (w *writer) entities(ctx context.Context, st Store, opt Options) error {
	var batch []*dossier.Entity
	flush := func() error {
		hostile, err := st.EntityRoles(ctx, HostileRule, actorIDs(nil, batch...))
		if err != nil {
			return err
		}
		for _, e := range batch {
			if err := w.emit(entityObject(e, EntityType(e, hostile[e.ID]), opt)); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	err := st.WalkEntities(ctx, func(e *dossier.Entity) error {
		cp := *e
		cp.Names = append([]dossier.Name(nil), e.Names...)
		batch = append(batch, &cp)
		if len(batch) == roleBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return err
}

// end is a claim with its two ends as the store gave them.
type end struct {
	c    *dossier.Claim
	s, o *dossier.Entity
}

// roleCache bounds how many entities' hostility the claims pass remembers: the ends of claims
// are heavy-tailed (a state or a large group is an end of many claims), so a small memory saves
// most of the store's role queries while the export stays in constant memory.
const roleCache = 1 << 16

// claims emits every claim with its evidence, judging the hostility of their ends (which sets
// the STIX type in their references) roleBatch claims at a time.
func (w *writer) claims(ctx context.Context, st Store) error {
	var batch []end
	var ask []string
	known := make(map[string]bool, roleCache)
	flush := func() error {
		var hostile map[string]bool
		if len(ask) > 0 {
			var err error
			if hostile, err = st.EntityRoles(ctx, HostileRule, ask); err != nil {
				return err
			}
		}
		typ := func(e *dossier.Entity) string { return EntityType(e, hostile[e.ID] || known[e.ID]) }
		for _, x := range batch {
			obj := ""
			if x.o != nil {
				obj = typ(x.o)
			}
			if err := w.claim(x.c, typ(x.s), obj); err != nil {
				return err
			}
		}
		if len(known)+len(ask) > roleCache {
			clear(known)
		}
		for _, id := range ask {
			known[id] = hostile[id]
		}
		batch, ask = batch[:0], ask[:0]
		return nil
	}
	asked := map[string]bool{}
	err := st.WalkClaimEnds(ctx, func(c *dossier.Claim, s, o *dossier.Entity) error {
		if c.Object.IsEntity() && o == nil {
			return nil // the object is outside the export
		}
		batch = append(batch, end{c, s, o})
		for _, id := range actorIDs(nil, s, o) {
			if _, ok := known[id]; !ok && !asked[id] {
				asked[id] = true
				ask = append(ask, id)
			}
		}
		if len(batch) == roleBatch {
			clear(asked)
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	return err
}

func entityObject(e *dossier.Entity, typ string, opt Options) *Object {
	o := &Object{Type: typ, ID: ID(typ, entityKey(e.ID)), Name: e.Name}
	if o.Name == "" {
		o.Name = e.ID
	}
	ext := &Ext{Kind: "entity", ID: e.ID, EntityType: string(e.Type), Subkind: e.Kind, Status: e.Status, Case: e.CaseID,
		Canonical: e.Canonical, Names: e.Names}
	var aliases []string
	for _, n := range e.Names {
		if n.Text != o.Name && n.Kind != "previous_name" {
			aliases = append(aliases, n.Text)
		}
	}
	switch typ {
	case "threat-actor":
		o.Aliases = dedupe(aliases)
		o.ResourceLevel = "organization"
		if e.Type == dossier.Person {
			o.ResourceLevel = "individual"
		}
	case "identity":
		switch e.Type {
		case dossier.Person:
			o.IdentityClass = "individual"
		case dossier.Organization:
			o.IdentityClass = "organization"
		case dossier.Channel:
			o.IdentityClass = "organization"
			o.Sectors = []string{"communications"}
			if e.Kind != "" {
				o.ContactInformation = "platform: " + e.Kind
			}
		case dossier.Position:
			o.IdentityClass = "class"
		default:
			o.IdentityClass = "unknown"
		}
	case "location":
		if opt.Place != nil {
			if p, ok := opt.Place(e.Name); ok {
				o.Country = p.Country
				lat, lon := p.Lat, p.Lon
				o.Latitude, o.Longitude = &lat, &lon
			}
		}
		if o.Country == "" && o.Latitude == nil {
			o.Region = "unknown"
		}
	case "incident":
		if e.Kind != "" {
			o.Description = e.Kind
		}
	}
	o.Extensions = ext.raw()
	o.SpecVersion = "2.1"
	o.CreatedByRef = IdentityID
	o.Created, o.Modified = ts(e.Created), ts(e.Created)
	return o
}

func dedupe(xs []string) []string {
	seen := map[string]bool{}
	out := xs[:0]
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// claim emits c as a relationship or a note, with a note per evidence; subj and objType are
// the STIX types of its ends.
func (w *writer) claim(c *dossier.Claim, subj, objType string) error {
	var first, last time.Time
	for _, ev := range c.Evidence {
		if !ev.Created.IsZero() && (first.IsZero() || ev.Created.Before(first)) {
			first = ev.Created
		}
		if ev.Created.After(last) {
			last = ev.Created
		}
	}
	ext := &Ext{Kind: "claim", ID: c.ID, Subject: c.Subject, Predicate: c.Predicate, ValidFrom: c.ValidFrom.String(),
		ValidTo: c.ValidTo.String(), Credibility: c.Credibility, Corroboration: c.Corroboration}
	if c.Qualifiers != (dossier.Qualifiers{}) {
		q := c.Qualifiers
		ext.Qualifiers = &q
	}
	obj := c.Object
	ext.Object = &obj
	o := &Object{ID: claimObjectID(c)}
	if c.Object.IsEntity() {
		o.Type = "relationship"
		o.RelationshipType = "related-to"
		if p := dossier.LookupPredicate(c.Predicate); p != nil && p.STIX != "" {
			o.RelationshipType = p.STIX
		}
		o.SourceRef = ID(subj, entityKey(c.Subject))
		o.TargetRef = ID(objType, entityKey(c.Object.EntityID))
		o.Description = c.Predicate
		if from, _, ok := c.ValidFrom.Range(); ok {
			o.StartTime = ts(from)
		}
		if _, to, ok := c.ValidTo.Range(); ok {
			// stop_time is exclusive: the day after the last day the date may denote.
			o.StopTime = ts(to.AddDate(0, 0, 1))
			if o.StartTime != "" && o.StopTime <= o.StartTime {
				o.StopTime = ""
			}
		}
	} else {
		o.Type = "note"
		o.Abstract = c.Predicate
		v := c.Object.Value
		if c.Object.Datatype == dossier.TypeDate && !c.Object.Date.IsZero() {
			v = c.Object.Date.String()
		}
		o.Content = c.Predicate + ": " + v
		o.ObjectRefs = []string{ID(subj, entityKey(c.Subject))}
	}
	if conf, ok := Confidence(c.Credibility); ok {
		o.Confidence = &conf
	}
	seen := map[string]bool{}
	for _, ev := range c.Evidence {
		if !seen[ev.SourceID] {
			seen[ev.SourceID] = true
			o.ExternalReferences = append(o.ExternalReferences, ExternalReference{SourceName: "dossier source",
				ExternalID: ev.SourceID, Description: ev.Quote})
		}
	}
	o.Extensions = ext.raw()
	if err := w.emit(w.common(o, first, last)); err != nil {
		return err
	}
	for i, ev := range c.Evidence {
		start := ev.Span.Start
		n := &Object{Type: "note", ID: ID("note", evidenceKey(ev, c.ID, i)), Abstract: "evidence (" + ev.Stance + ")",
			Content: ev.Quote, ObjectRefs: []string{o.ID, ID("report", sourceKey(ev.SourceID))},
			ExternalReferences: []ExternalReference{{SourceName: "dossier source", ExternalID: ev.SourceID}}}
		if n.Content == "" {
			n.Content = "(no quote)"
		}
		if ev.AttributedTo != "" {
			n.Authors = []string{ev.AttributedTo}
		}
		n.Extensions = (&Ext{Kind: "evidence", Claim: c.ID, Source: ev.SourceID, Start: &start, End: ev.Span.End,
			Stance: ev.Stance, Method: ev.Method, ExtractorCnf: ev.Confidence}).raw()
		if err := w.emit(w.common(n, ev.Created, ev.Created)); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) source(ctx context.Context, st Store, s *dossier.Source, opt Options) error {
	rel := s.Reliability
	if opt.Reliability != nil {
		rel = opt.Reliability(s)
	}
	o := &Object{Type: "report", ID: ID("report", sourceKey(s.ID)), Name: s.Title, Lang: s.Language}
	if o.Name == "" {
		o.Name = s.Path
	}
	if o.Name == "" {
		o.Name = s.ID
	}
	if s.Language == "und" {
		o.Lang = ""
	}
	published := s.Retrieved
	if first, _, ok := s.Published.Range(); ok {
		published = first
	}
	o.Published = ts(published)
	ref := ExternalReference{SourceName: s.Publisher, URL: s.URL, ExternalID: s.ID}
	if ref.SourceName == "" {
		ref.SourceName = "dossier source"
	}
	if len(s.ContentHash) == 64 {
		ref.Hashes = map[string]string{"SHA-256": s.ContentHash}
	}
	o.ExternalReferences = []ExternalReference{ref}
	// object_refs: what the source states, read one page at a time.
	for off := 0; ; {
		cs, err := st.FindClaims(ctx, dossier.ClaimFilter{SourceID: s.ID, Offset: off, Limit: 10000})
		if err != nil {
			return err
		}
		for _, c := range cs {
			o.ObjectRefs = append(o.ObjectRefs, claimObjectID(c))
		}
		if len(cs) < 10000 {
			break
		}
		off += len(cs)
	}
	if len(o.ObjectRefs) == 0 {
		o.ObjectRefs = []string{IdentityID} // a report must refer to something: its producer
	}
	text := s.Text
	o.Extensions = (&Ext{Kind: "source", ID: s.ID, Reliability: rel, Path: s.Path, Title: s.Title, Publisher: s.Publisher,
		PublishedAs: s.Published.String(), Authors: s.Authors, Languages: s.Languages, Scripts: s.Scripts, Format: s.Format,
		Charset: s.Charset, Retrieved: stampNano(s.Retrieved), ContentHash: s.ContentHash, Size: s.Size, Text: &text, Case: s.CaseID}).raw()
	return w.emit(w.common(o, s.Retrieved, s.Retrieved))
}

func stampNano(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

func (w *writer) link(l *dossier.SourceLink) error {
	ext := &Ext{Kind: "source_link", LinkKind: l.Kind, LinkMethod: l.Method, From: l.From, To: l.To, ToName: l.ToName,
		Score: l.Score, Quote: l.Evidence}
	if l.Span != nil {
		start := l.Span.Start
		ext.Start, ext.End = &start, l.Span.End
	}
	key := "link:" + l.From + ">" + l.To + ">" + l.ToName + ">" + l.Kind + ">" + l.Method
	from := ID("report", sourceKey(l.From))
	if l.To != "" {
		typ := "derived-from"
		if l.Kind == dossier.LinkCites {
			typ = "x-dossier-cites"
		}
		o := &Object{Type: "relationship", ID: ID("relationship", key), RelationshipType: typ, SourceRef: from,
			TargetRef: ID("report", sourceKey(l.To)), Description: l.Kind}
		o.Extensions = ext.raw()
		return w.emit(w.common(o, epoch, epoch))
	}
	content := l.Kind + " " + l.ToName
	if l.Evidence != "" {
		content += ": " + l.Evidence
	}
	o := &Object{Type: "note", ID: ID("note", key), Abstract: "source link (" + l.Kind + ")", Content: content, ObjectRefs: []string{from}}
	o.Extensions = ext.raw()
	return w.emit(w.common(o, epoch, epoch))
}
