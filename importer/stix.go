package importer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/export/stix"
)

var (
	stixID   = regexp.MustCompile(`^([a-z][a-z0-9-]*[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	stixType = regexp.MustCompile(`^([a-z][a-z0-9]*)+(-[a-z0-9]+)*-?$`)
	stixTime = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$`)
)

// stixRequired lists the required properties of the object types the importer maps, beyond
// type, id, spec_version, created and modified (STIX 2.1, part 4).
var stixRequired = map[string][]string{
	"identity": {"name"}, "threat-actor": {"name"}, "intrusion-set": {"name"}, "campaign": {"name"},
	"incident": {"name"}, "report": {"name", "published", "object_refs"}, "note": {"content", "object_refs"},
	"relationship": {"relationship_type", "source_ref", "target_ref"}, "extension-definition": {"name", "schema", "version", "extension_types", "created_by_ref"},
	"marking-definition": {}, "tool": {"name"}, "malware": {"name", "is_family"}, "attack-pattern": {"name"},
}

// stixPredicates maps STIX relationship types to dossier predicates for bundles that do not
// carry dossier's extension.
var stixPredicates = map[string]string{
	"located-at": "based_in", "targets": "targeted", "attributed-to": "backed_by", "cooperates-with": "ally_of",
	"derived-from": "splinter_of", "owns": "owns", "related-to": "affiliated_with",
}

type stixObject struct {
	stix.Object
	raw  json.RawMessage
	ext  *stix.Ext
	span dossier.Span
	all  map[string]json.RawMessage
}

// validateSTIX checks what JSON Schema checks of the common properties and the semantic rules it
// misses: id form, timestamps, modified >= created, required properties.
func validateSTIX(o *stixObject) error {
	if o.Type == "" {
		return fmt.Errorf("object without a type")
	}
	if !stixType.MatchString(o.Type) || len(o.Type) < 3 {
		return fmt.Errorf("%q is not a STIX type name", o.Type)
	}
	m := stixID.FindStringSubmatch(o.ID)
	if m == nil || m[1] != o.Type {
		return fmt.Errorf("%s: id %q is not %s--<UUID>", o.Type, o.ID, o.Type)
	}
	if _, cyber := o.all["spec_version"]; !cyber && isSCO(o.Type) {
		return nil // cyber observables carry no common SDO properties
	}
	if isSCO(o.Type) {
		return nil
	}
	if o.SpecVersion != "2.1" {
		return fmt.Errorf("%s: spec_version %q, want \"2.1\"", o.ID, o.SpecVersion)
	}
	need := []string{"created", "modified"}
	if o.Type == "marking-definition" {
		need = []string{"created"}
	}
	for _, p := range append(need, stixRequired[o.Type]...) {
		if _, ok := o.all[p]; !ok {
			return fmt.Errorf("%s: required property %s is missing", o.ID, p)
		}
	}
	for _, p := range []string{"created", "modified", "published", "start_time", "stop_time"} {
		var v string
		if raw, ok := o.all[p]; ok {
			if err := json.Unmarshal(raw, &v); err != nil || !stixTime.MatchString(v) {
				return fmt.Errorf("%s: %s %s is not a STIX timestamp (YYYY-MM-DDTHH:MM:SS[.s+]Z)", o.ID, p, raw)
			}
			if _, err := time.Parse(time.RFC3339Nano, v); err != nil {
				return fmt.Errorf("%s: %s %q: %v", o.ID, p, v, err)
			}
		}
	}
	if o.Modified != "" && o.Modified < o.Created {
		return fmt.Errorf("%s: modified %s is before created %s", o.ID, o.Modified, o.Created)
	}
	if o.StopTime != "" && o.StartTime != "" && o.StopTime <= o.StartTime {
		return fmt.Errorf("%s: stop_time %s is not after start_time %s", o.ID, o.StopTime, o.StartTime)
	}
	if o.Confidence != nil && (*o.Confidence < 0 || *o.Confidence > 100) {
		return fmt.Errorf("%s: confidence %d outside 0-100", o.ID, *o.Confidence)
	}
	return nil
}

var scoTypes = map[string]bool{"artifact": true, "autonomous-system": true, "directory": true, "domain-name": true,
	"email-addr": true, "email-message": true, "file": true, "ipv4-addr": true, "ipv6-addr": true, "mac-addr": true,
	"mutex": true, "network-traffic": true, "process": true, "software": true, "url": true, "user-account": true,
	"windows-registry-key": true, "x509-certificate": true}

func isSCO(t string) bool { return scoTypes[t] }

func parseStamp(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// STIX reads a STIX 2.1 bundle (or one bare object) from the file path with contents data. It
// rejects malformed JSON and objects that break the specification's common rules (id form,
// timestamps, modified before created, missing required properties) with an error naming the
// object. Identities, threat actors, intrusion sets, locations and incidents become entities;
// relationships between them become claims; objects of other types are counted and skipped.
func STIX(path string, data []byte, now time.Time) (*Batch, error) {
	var env struct {
		Type    string            `json:"type"`
		ID      string            `json:"id"`
		Objects []json.RawMessage `json:"objects"`
	}
	if err := json.Unmarshal(data, &env); err != nil {
		return nil, dossier.Errorf(dossier.EINVALID, "stix: not JSON: %v", jsonError(data, err))
	}
	raws := env.Objects
	if env.Type != "bundle" {
		raws = []json.RawMessage{data} // one bare object
	} else if !stixID.MatchString(env.ID) || !strings.HasPrefix(env.ID, "bundle--") {
		return nil, dossier.Errorf(dossier.EINVALID, "stix: bundle id %q is not bundle--<UUID>", env.ID)
	}
	idx := &runeIndex{text: data}
	cursor := 0
	objs := make([]*stixObject, 0, len(raws))
	byID := map[string]*stixObject{}
	for i, raw := range raws {
		o := &stixObject{raw: raw}
		if err := json.Unmarshal(raw, &o.all); err != nil {
			return nil, dossier.Errorf(dossier.EINVALID, "stix: object %d is not a JSON object: %v", i, err)
		}
		if err := json.Unmarshal(raw, &o.Object); err != nil {
			return nil, dossier.Errorf(dossier.EINVALID, "stix: object %d: %v", i, err)
		}
		if err := validateSTIX(o); err != nil {
			return nil, dossier.Errorf(dossier.EINVALID, "stix: %v", err)
		}
		if x, ok := o.Extensions[stix.ExtensionID]; ok {
			o.ext = &stix.Ext{}
			if err := json.Unmarshal(x, o.ext); err != nil {
				return nil, dossier.Errorf(dossier.EINVALID, "stix: %s: dossier extension: %v", o.ID, err)
			}
		}
		if at := bytes.Index(data[cursor:], raw); at >= 0 {
			start := idx.at(cursor + at)
			cursor += at + len(raw)
			o.span = dossier.Span{Start: start, End: idx.at(cursor)}
		}
		if byID[o.ID] != nil && byID[o.ID].Modified >= o.Modified {
			continue // an older version of an object already read
		}
		byID[o.ID] = o
		objs = append(objs, o)
	}
	file, err := FileSource(path, data, "stix", now)
	if err != nil {
		return nil, err
	}
	b := &Batch{}
	x := &dossier.Extraction{}
	var foreign bool
	entityOf := map[string]string{} // STIX id → entity id
	types := map[string]dossier.EntityType{}
	fileEvidence := func(o *stixObject) []*dossier.Evidence {
		if !o.span.Valid() {
			return nil
		}
		foreign = true
		return []*dossier.Evidence{{SourceID: file.ID, Span: o.span, Quote: string(o.raw), Stance: dossier.StanceReports,
			Method: "import:stix", Confidence: 1, Created: parseStamp(o.Modified)}}
	}
	// Sources first, then entities, then claims and their evidence.
	for _, o := range objs {
		if o.Type != "report" || o.ext == nil || o.ext.Kind != "source" || o.ext.Text == nil {
			continue
		}
		e := o.ext
		s := &dossier.Source{ID: e.ID, Path: e.Path, Title: e.Title, Publisher: e.Publisher, Authors: e.Authors, Language: o.Lang,
			Languages: e.Languages, Scripts: e.Scripts, Format: e.Format, Charset: e.Charset, Text: *e.Text, ContentHash: e.ContentHash,
			Size: e.Size, CaseID: e.Case, Reliability: e.Reliability}
		for _, r := range o.ExternalReferences {
			if r.ExternalID == e.ID {
				s.URL = r.URL
			}
		}
		s.Published, _ = dossier.ParseDate(e.PublishedAs)
		s.Retrieved, _ = time.Parse(time.RFC3339Nano, e.Retrieved)
		if s.ID != dossier.ContentID(s.Text) {
			return nil, dossier.Errorf(dossier.EINVALID, "stix: %s: source text does not match its id %s", o.ID, s.ID)
		}
		b.Docs = append(b.Docs, &dossier.Document{Source: s, Extraction: &dossier.Extraction{}})
	}
	for _, o := range objs {
		var t dossier.EntityType
		switch o.Type {
		case "identity":
			if o.ID == stix.IdentityID {
				continue
			}
			switch o.IdentityClass {
			case "individual":
				t = dossier.Person
			case "organization", "group":
				t = dossier.Organization
			case "class":
				t = dossier.Position
			default:
				t = dossier.Unknown
			}
		case "threat-actor":
			t = dossier.Organization
			if o.ResourceLevel == "individual" {
				t = dossier.Person
			}
		case "intrusion-set", "campaign":
			t = dossier.Organization
		case "location":
			t = dossier.Location
		case "incident":
			t = dossier.Event
		default:
			continue
		}
		e := &dossier.Entity{ID: o.ID, Type: t, Name: o.Name, Created: parseStamp(o.Created)}
		if o.Name == "" {
			e.Name = o.ID
		}
		if ext := o.ext; ext != nil && ext.Kind == "entity" {
			e.ID, e.Kind, e.Status, e.CaseID, e.Names = ext.ID, ext.Subkind, ext.Status, ext.Case, ext.Names
			if et := dossier.EntityType(ext.EntityType); et.Valid() {
				e.Type = et
			}
		} else {
			e.Names = []dossier.Name{{Text: e.Name, Kind: "name"}}
			for _, a := range o.Aliases {
				e.Names = append(e.Names, dossier.Name{Text: a, Kind: "alias"})
			}
			if t == dossier.Event {
				e.Kind = o.Description
			}
			// A name claim states where the entity comes from.
			if ev := fileEvidence(o); ev != nil {
				x.Claims = append(x.Claims, &dossier.Claim{ID: "stix:" + o.ID + ":name", Subject: e.ID, Predicate: "name",
					Object: dossier.Object{Value: e.Name, Datatype: dossier.TypeText}, Evidence: ev})
			}
		}
		entityOf[o.ID] = e.ID
		types[e.ID] = e.Type
		x.Entities = append(x.Entities, e)
	}
	claims := map[string]*dossier.Claim{}
	var order []*dossier.Claim
	for _, o := range objs {
		var c *dossier.Claim
		switch {
		case o.Type == "relationship" && o.ext != nil && o.ext.Kind == "source_link":
			e := o.ext
			l := &dossier.SourceLink{From: e.From, To: e.To, ToName: e.ToName, Kind: e.LinkKind, Method: e.LinkMethod, Evidence: e.Quote, Score: e.Score}
			if e.Start != nil {
				l.Span = &dossier.Span{Start: *e.Start, End: e.End}
			}
			b.Links = append(b.Links, l)
		case o.Type == "note" && o.ext != nil && o.ext.Kind == "source_link":
			e := o.ext
			l := &dossier.SourceLink{From: e.From, To: e.To, ToName: e.ToName, Kind: e.LinkKind, Method: e.LinkMethod, Evidence: e.Quote, Score: e.Score}
			if e.Start != nil {
				l.Span = &dossier.Span{Start: *e.Start, End: e.End}
			}
			b.Links = append(b.Links, l)
		case o.ext != nil && o.ext.Kind == "claim" && (o.Type == "relationship" || o.Type == "note"):
			e := o.ext
			c = &dossier.Claim{ID: e.ID, Subject: e.Subject, Predicate: e.Predicate, Credibility: e.Credibility, Corroboration: e.Corroboration}
			if e.Object != nil {
				c.Object = *e.Object
			}
			if e.Qualifiers != nil {
				c.Qualifiers = *e.Qualifiers
			}
			c.ValidFrom, _ = dossier.ParseDate(e.ValidFrom)
			c.ValidTo, _ = dossier.ParseDate(e.ValidTo)
		case o.Type == "relationship":
			subj, ok1 := entityOf[o.SourceRef]
			obj, ok2 := entityOf[o.TargetRef]
			if !ok1 || !ok2 {
				continue // between objects dossier does not map
			}
			pred := stixPredicates[o.RelationshipType]
			for _, p := range dossier.Predicates {
				if pred == "" && p.STIX == o.RelationshipType {
					pred = p.Name
				}
			}
			if pred == "" {
				pred = "affiliated_with"
			}
			if pred == "backed_by" && types[subj] == dossier.Event {
				pred = "perpetrator"
			}
			if pred == "based_in" && types[subj] != dossier.Person && types[subj] != dossier.Organization {
				pred = "located_in"
			}
			c = &dossier.Claim{ID: o.ID, Subject: subj, Predicate: pred, Object: dossier.Object{EntityID: obj}, Evidence: fileEvidence(o)}
			if o.StartTime != "" {
				c.ValidFrom = dossier.DateOf(parseStamp(o.StartTime))
			}
			if o.StopTime != "" {
				c.ValidTo = dossier.DateOf(parseStamp(o.StopTime).Add(-time.Nanosecond))
			}
			if o.Confidence != nil {
				c.Credibility = stix.Credibility(*o.Confidence)
			}
			if o.Description != "" && o.Description != pred {
				c.Qualifiers.Role = o.Description
			}
		}
		if c != nil && claims[c.ID] == nil {
			claims[c.ID] = c
			order = append(order, c)
		}
	}
	// Evidence notes of dossier's own exports.
	for _, o := range objs {
		if o.Type != "note" || o.ext == nil || o.ext.Kind != "evidence" {
			continue
		}
		e := o.ext
		c := claims[e.Claim]
		if c == nil {
			continue
		}
		ev := &dossier.Evidence{SourceID: e.Source, Quote: o.Content, Stance: e.Stance, Method: e.Method, Confidence: e.ExtractorCnf,
			Created: parseStamp(o.Created)}
		if ev.Quote == "(no quote)" {
			ev.Quote = ""
		}
		if e.Start != nil {
			ev.Span = dossier.Span{Start: *e.Start, End: e.End}
		}
		if len(o.Authors) > 0 {
			ev.AttributedTo = o.Authors[0]
		}
		c.Evidence = append(c.Evidence, ev)
	}
	for _, c := range order {
		if _, ok := types[c.Subject]; !ok {
			continue
		}
		if c.Object.IsEntity() {
			if _, ok := types[c.Object.EntityID]; !ok {
				continue
			}
		}
		x.Claims = append(x.Claims, c)
		if c.Credibility != 0 || c.Corroboration != 0 {
			b.Grades = append(b.Grades, dossier.ClaimGrade{ClaimID: c.ID, Credibility: c.Credibility, Corroboration: c.Corroboration})
		}
	}
	// Entities and claims travel with the imported file when it is evidence for something,
	// else with the last restored source (an export of dossier's own, re-imported).
	if foreign || len(b.Docs) == 0 {
		if !foreign && len(x.Entities) == 0 {
			return b, nil
		}
		b.Docs = append(b.Docs, &dossier.Document{Source: file, Extraction: x})
	} else {
		b.Docs[len(b.Docs)-1].Extraction = x
	}
	return b, nil
}

// jsonError adds the line and column to a JSON syntax error.
func jsonError(data []byte, err error) error {
	if se, ok := err.(*json.SyntaxError); ok {
		line := 1 + bytes.Count(data[:se.Offset], []byte("\n"))
		col := int(se.Offset) - bytes.LastIndexByte(data[:se.Offset], '\n')
		return fmt.Errorf("line %d, column %d: %v", line, col, err)
	}
	return err
}
