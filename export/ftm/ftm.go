// Package ftm writes a store as FollowTheMoney entities, one JSON object per line, for Aleph,
// OpenAleph and OpenSanctions/yente, and reads such files back (see Read).
//
// # Mapping
//
//	dossier            FollowTheMoney
//	Person             Person
//	Organization       Organization
//	Location           Address (full = the name; country, latitude, longitude when known)
//	Event              Event (date from date claims, location from place claims)
//	Channel            UserAccount (username = the name, service = the platform)
//	Document, Position Document, Position
//	Unknown            LegalEntity
//	names              name (the display name and plain names), alias, previousName, weakAlias
//	source             Article (title, fileName, sourceUrl, publisher, publishedAt, author,
//	                   language, bodyText; the Admiralty grade in notes)
//	mention            Mention (document, name, resolved, detectedSchema)
//	claim, entity      the link schema of Predicate.FtM when the ends fit its ranges
//	object             (Membership, Directorship, Associate, Family, Ownership), else
//	                   UnknownLink with role = the predicate; startDate/endDate from the
//	                   valid time; recordId = the claim id; summary = predicate, grade and
//	                   corroboration; publisher = who the text attributes it to; sourceUrl
//	born_in, place     also birthPlace (Person) or location (Event): the place's name
//	claim, literal     a property of the subject when Predicate.FtM names one its schema has
//	                   (incorporationDate, dissolutionDate, birthDate, deathDate, date, alias,
//	                   previousName), else a line of its notes ("member_count: 14"); written as
//	                   a fragment: a second line with the subject's id and schema, which FtM
//	                   tools merge (ftm aggregate)
//	evidence           Documentation (document = the source's Article, entity = the claim's
//	                   subject, role = the predicate, summary = the quote, publisher = who the
//	                   text attributes it to, description = stance and method)
//	source link        UnknownLink between the two Articles (role = the link kind, summary = how
//	                   it was found), or a note on the Article when the repeated source is only
//	                   named: "cites Azeri media [stated]: according to Azeri media"
//
// Ids are the dossier ids of entities, and "source-", "claim-", "evidence-", "mention-",
// "link-" followed by dossier ids for the rest, so re-exports are stable.
package ftm

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier"
)

// Entity is one FollowTheMoney entity (or fragment of one).
type Entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

func (e *Entity) add(prop string, vals ...string) {
	for _, v := range vals {
		if v == "" {
			continue
		}
		if e.Properties == nil {
			e.Properties = map[string][]string{}
		}
		if !slices.Contains(e.Properties[prop], v) {
			e.Properties[prop] = append(e.Properties[prop], v)
		}
	}
}

// Place is what a gazetteer knows of a place name.
type Place struct {
	Country  string // ISO 3166-1 alpha-2
	Lat, Lon float64
}

// Options adjust an export. The zero value is valid.
type Options struct {
	// Reliability returns a source's Admiralty grade (its own, else its publisher's); nil uses
	// the source's own grade.
	Reliability func(*dossier.Source) string
	// Place looks up a place name; nil leaves addresses without country and coordinates.
	Place func(name string) (Place, bool)
}

// Schema returns the FtM schema of an entity type.
func Schema(t dossier.EntityType) string {
	switch t {
	case dossier.Person:
		return "Person"
	case dossier.Organization:
		return "Organization"
	case dossier.Location:
		return "Address"
	case dossier.Event:
		return "Event"
	case dossier.Channel:
		return "UserAccount"
	case dossier.DocumentRef:
		return "Document"
	case dossier.Position:
		return "Position"
	}
	return "LegalEntity"
}

// parents is the part of the FtM schema hierarchy the export uses.
var parents = map[string][]string{
	"Person": {"LegalEntity"}, "Organization": {"LegalEntity"}, "LegalEntity": {"Thing"},
	"Address": {"Thing"}, "Event": {"Thing", "Interval"}, "UserAccount": {"Thing"}, "Document": {"Thing"},
	"Article": {"Document"}, "Position": {"Thing"},
}

// is reports whether schema s is r or descends from it.
func is(s, r string) bool {
	if s == r {
		return true
	}
	for _, p := range parents[s] {
		if is(p, r) {
			return true
		}
	}
	return false
}

// link describes a link schema: its two entity properties and their ranges.
type link struct{ from, to, fromRange, toRange string }

var links = map[string]link{
	"Membership":   {"member", "organization", "LegalEntity", "Organization"},
	"Directorship": {"director", "organization", "LegalEntity", "Organization"},
	"Associate":    {"person", "associate", "Person", "Person"},
	"Family":       {"person", "relative", "Person", "Person"},
	"Ownership":    {"owner", "asset", "LegalEntity", "Asset"},
	"UnknownLink":  {"subject", "object", "Thing", "Thing"},
}

// reversed predicates state the link the other way round (the organisation is the subject).
var reversed = map[string]bool{"led_by": true}

// literalProps are the FtM properties literal predicates may fill, with the schema that has them.
var literalProps = map[string]string{
	"name": "Thing", "alias": "Thing", "previousName": "Thing", "weakAlias": "Thing",
	"incorporationDate": "LegalEntity", "dissolutionDate": "LegalEntity", "birthDate": "Person", "deathDate": "Person",
	"date": "Event",
}

// Date renders a dossier date as an FtM date (an ISO 8601 prefix): a season or part of a year
// and a decade keep only what is certain, the year or nothing.
func Date(d dossier.Date) string {
	switch d.Precision {
	case dossier.PrecisionYear, dossier.PrecisionSeason:
		return fmt.Sprintf("%04d", d.Year)
	case dossier.PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case dossier.PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// languages maps ISO 639-1 codes to the ISO 639-2 codes FtM's language type uses.
var languages = map[string]string{"en": "eng", "az": "aze", "tr": "tur", "ru": "rus", "fa": "fas", "ar": "ara",
	"fr": "fra", "de": "deu", "es": "spa", "uk": "ukr", "ur": "urd", "ku": "kur", "he": "heb", "zh": "zho"}

type writer struct {
	ctx context.Context
	st  Store
	enc *json.Encoder
	opt Options
}

// Store is what Write reads: the walks, and sources by ID (without their text) to check where a
// source link points.
type Store interface {
	dossier.Walker
	FindSources(ctx context.Context, f dossier.SourceFilter) ([]*dossier.Source, int, error)
}

// Write streams the store to w as FtM JSON lines in constant memory: claims come with their
// ends' types from the store (dossier.Walker.WalkClaimEnds), so nothing is indexed.
func Write(ctx context.Context, w io.Writer, st Store, opt Options) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	out := &writer{ctx: ctx, st: st, enc: json.NewEncoder(bw), opt: opt}
	out.enc.SetEscapeHTML(false)
	err := st.WalkSources(ctx, out.source)
	if err == nil {
		err = st.WalkEntities(ctx, out.entity)
	}
	if err == nil {
		err = st.WalkMentionEnds(ctx, out.mention)
	}
	if err == nil {
		err = st.WalkClaimEnds(ctx, out.claim)
	}
	if err == nil {
		err = st.WalkSourceLinks(ctx, out.link)
	}
	if err != nil {
		return fmt.Errorf("ftm: %w", err)
	}
	return bw.Flush()
}

func sourceID(id string) string { return "source-" + id }

func (w *writer) source(s *dossier.Source) error {
	e := &Entity{ID: sourceID(s.ID), Schema: "Article"}
	name := s.Title
	if name == "" {
		name = s.Path
	}
	file := s.Path
	if file == "" {
		file = s.ID
	}
	e.add("title", s.Title)
	e.add("fileName", file)
	e.add("name", name)
	e.add("sourceUrl", s.URL)
	e.add("publisher", s.Publisher)
	e.add("publishedAt", Date(s.Published))
	e.add("author", s.Authors...)
	for _, l := range append([]string{s.Language}, s.Languages...) {
		e.add("language", languages[l])
	}
	e.add("bodyText", s.Text)
	e.add("encoding", s.Charset)
	e.add("fileSize", strconv.FormatInt(s.Size, 10))
	if !s.Retrieved.IsZero() {
		e.add("retrievedAt", s.Retrieved.UTC().Format("2006-01-02T15:04:05"))
	}
	rel := s.Reliability
	if w.opt.Reliability != nil {
		rel = w.opt.Reliability(s)
	}
	if rel != "" {
		e.add("notes", "Admiralty source reliability: "+rel)
	}
	return w.enc.Encode(e)
}

func (w *writer) entity(d *dossier.Entity) error {
	e := &Entity{ID: d.ID, Schema: Schema(d.Type)}
	e.add("name", d.Name)
	for _, n := range d.Names {
		switch n.Kind {
		case "", "name":
			e.add("name", n.Text)
		case "previous_name":
			e.add("previousName", n.Text)
		case "weak_alias":
			e.add("weakAlias", n.Text)
		default:
			e.add("alias", n.Text)
		}
	}
	if !d.Created.IsZero() {
		e.add("createdAt", d.Created.UTC().Format("2006-01-02T15:04:05"))
	}
	switch e.Schema {
	case "Address":
		e.add("full", d.Name)
		if w.opt.Place != nil {
			if p, ok := w.opt.Place(d.Name); ok {
				e.add("country", strings.ToLower(p.Country))
				e.add("latitude", strconv.FormatFloat(p.Lat, 'f', -1, 64))
				e.add("longitude", strconv.FormatFloat(p.Lon, 'f', -1, 64))
			}
		}
	case "UserAccount":
		e.add("username", d.Name)
		e.add("service", d.Kind)
	case "Document":
		e.add("fileName", d.Name)
		e.add("title", d.Name)
	case "Event":
		e.add("keywords", d.Kind)
	}
	return w.enc.Encode(e)
}

func (w *writer) mention(m *dossier.Mention, ent *dossier.Entity) error {
	e := &Entity{ID: "mention-" + m.SourceID + "-" + strconv.Itoa(m.Span.Start) + "-" + strconv.Itoa(m.Span.End), Schema: "Mention"}
	e.add("document", sourceID(m.SourceID))
	e.add("name", m.Text)
	if ent != nil {
		s := Schema(ent.Type)
		if is(s, "LegalEntity") {
			e.add("resolved", m.EntityID)
		}
		e.add("detectedSchema", s)
	}
	return w.enc.Encode(e)
}

// claim writes c with its evidence; s and o are its subject and object entities (o nil for a
// literal, or when the object is outside the export).
func (w *writer) claim(c *dossier.Claim, s, o *dossier.Entity) error {
	subj := Schema(s.Type)
	p := dossier.LookupPredicate(c.Predicate)
	ftm := ""
	if p != nil {
		ftm = p.FtM
	}
	if c.Object.IsEntity() {
		if o == nil {
			return nil // outside the export's selection
		}
		obj := Schema(o.Type)
		// Properties that hold a place's name.
		if name := o.Name; obj == "Address" {
			prop := ""
			switch {
			case ftm == "birthPlace" && subj == "Person":
				prop = "birthPlace"
			case c.Predicate == "place" && subj == "Event":
				prop = "location"
			}
			if prop != "" {
				f := &Entity{ID: c.Subject, Schema: subj}
				f.add(prop, name)
				if err := w.enc.Encode(f); err != nil {
					return err
				}
			}
		}
		schema := ftm
		l, ok := links[schema]
		from, to := c.Subject, c.Object.EntityID
		fromS, toS := subj, obj
		if reversed[c.Predicate] {
			from, to, fromS, toS = to, from, toS, fromS
		}
		if !ok || !is(fromS, l.fromRange) || !is(toS, l.toRange) {
			schema, l = "UnknownLink", links["UnknownLink"]
			from, to = c.Subject, c.Object.EntityID
		}
		e := &Entity{ID: "claim-" + c.ID, Schema: schema}
		e.add(l.from, from)
		e.add(l.to, to)
		switch schema {
		case "Associate", "Family":
			e.add("relationship", c.Qualifiers.Role)
			e.add("relationship", c.Predicate)
		default:
			e.add("role", c.Predicate)
			e.add("role", c.Qualifiers.Role)
		}
		w.interval(e, c)
		if err := w.enc.Encode(e); err != nil {
			return err
		}
	} else {
		v := c.Object.Value
		if c.Object.Datatype == dossier.TypeDate {
			v = Date(c.Object.Date)
		}
		f := &Entity{ID: c.Subject, Schema: subj}
		if r, ok := literalProps[ftm]; ok && is(subj, r) && v != "" {
			f.add(ftm, v)
		} else {
			lit := c.Object.Value
			if c.Object.Datatype == dossier.TypeDate {
				lit = c.Object.Date.String()
			}
			f.add("notes", c.Predicate+": "+lit)
		}
		if err := w.enc.Encode(f); err != nil {
			return err
		}
	}
	for i, ev := range c.Evidence {
		d := &Entity{ID: "evidence-" + c.ID + "-" + strconv.Itoa(i), Schema: "Documentation"}
		d.add("document", sourceID(ev.SourceID))
		d.add("entity", c.Subject)
		d.add("role", c.Predicate)
		d.add("summary", ev.Quote)
		d.add("publisher", ev.AttributedTo)
		d.add("description", ev.Stance+" ("+ev.Method+")")
		d.add("recordId", c.ID)
		if !ev.Created.IsZero() {
			d.add("modifiedAt", ev.Created.UTC().Format("2006-01-02T15:04:05"))
		}
		if err := w.enc.Encode(d); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) interval(e *Entity, c *dossier.Claim) {
	e.add("startDate", Date(c.ValidFrom))
	e.add("endDate", Date(c.ValidTo))
	e.add("recordId", c.ID)
	sum := c.Predicate
	if c.Credibility > 0 {
		sum += fmt.Sprintf("; credibility %d", c.Credibility)
	}
	if c.Corroboration > 0 {
		sum += fmt.Sprintf("; corroboration %d", c.Corroboration)
	}
	if !c.ValidFrom.IsZero() || !c.ValidTo.IsZero() {
		sum += "; valid " + c.ValidFrom.String() + ".." + c.ValidTo.String()
	}
	e.add("summary", sum)
	for _, ev := range c.Evidence {
		e.add("publisher", ev.AttributedTo)
	}
}

func (w *writer) link(l *dossier.SourceLink) error {
	from := sourceID(l.From)
	if l.To != "" {
		// A link may name a source that was never stored (or is outside a selection).
		if _, n, err := w.st.FindSources(w.ctx, dossier.SourceFilter{ID: l.To, Limit: 1}); err != nil {
			return err
		} else if n == 0 {
			return nil
		}
		e := &Entity{ID: "link-" + l.From + "-" + l.To + "-" + l.Kind, Schema: "UnknownLink"}
		e.add("subject", from)
		e.add("object", sourceID(l.To))
		e.add("role", l.Kind)
		e.add("description", l.Evidence)
		e.add("summary", l.Method)
		return w.enc.Encode(e)
	}
	f := &Entity{ID: from, Schema: "Article"}
	note := l.Kind + " " + l.ToName + " [" + l.Method + "]"
	if l.Evidence != "" {
		note += ": " + l.Evidence
	}
	f.add("notes", note)
	return w.enc.Encode(f)
}
