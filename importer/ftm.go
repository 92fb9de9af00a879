package importer

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/export/ftm"
)

// ftmTypes maps FtM thing schemata to entity types; schemata not listed are skipped unless
// they are links.
var ftmTypes = map[string]dossier.EntityType{
	"Person": dossier.Person, "Organization": dossier.Organization, "Company": dossier.Organization,
	"PublicBody": dossier.Organization, "LegalEntity": dossier.Unknown, "Address": dossier.Location,
	"Event": dossier.Event, "UserAccount": dossier.Channel, "Document": dossier.DocumentRef,
	"Position": dossier.Position, "Vessel": dossier.Unknown, "Airplane": dossier.Unknown, "Vehicle": dossier.Unknown,
	"RealEstate": dossier.Location, "BankAccount": dossier.Unknown, "CryptoWallet": dossier.Unknown, "Thing": dossier.Unknown,
}

// ftmLinks maps link schemata to their two entity properties and the predicate they state.
var ftmLinks = map[string]struct{ from, to, pred string }{
	"Membership":   {"member", "organization", "member_of"},
	"Directorship": {"director", "organization", "leader_of"},
	"Associate":    {"person", "associate", "associate_of"},
	"Family":       {"person", "relative", "relative_of"},
	"Ownership":    {"owner", "asset", "owns"},
	"Employment":   {"employee", "employer", "member_of"},
	"UnknownLink":  {"subject", "object", "affiliated_with"},
}

// ftmLiterals maps FtM properties to literal predicates.
var ftmLiterals = [][2]string{
	{"incorporationDate", "founding_date"}, {"dissolutionDate", "dissolution_date"}, {"birthDate", "born_on"},
	{"deathDate", "died_on"}, {"date", "date"},
}

var (
	ftmDate      = regexp.MustCompile(`^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?`)
	ftmMentionID = regexp.MustCompile(`^mention-(.+)-(\d+)-(\d+)$`)
	ftmGrade     = regexp.MustCompile(`(credibility|corroboration) (\d+)`)
	ftmStance    = regexp.MustCompile(`^(asserts|reports|denies|doubts) \((.+)\)$`)
	ftmValid     = regexp.MustCompile(`; valid (\S*)\.\.(\S*)`)
	ftmNamedLink = regexp.MustCompile(`^([a-z_]+) (.+) \[([a-z_]+)\](?:: (.*))?$`)
)

// ftmLanguages maps FtM's ISO 639-2 codes back to ISO 639-1.
var ftmLanguages = map[string]string{"eng": "en", "aze": "az", "tur": "tr", "rus": "ru", "fas": "fa", "ara": "ar",
	"fra": "fr", "deu": "de", "spa": "es", "ukr": "uk", "urd": "ur", "kur": "ku", "heb": "he", "zho": "zh"}

// ParseFtMDate reads an FtM date (an ISO 8601 prefix) at its precision.
func ParseFtMDate(s string) dossier.Date {
	m := ftmDate.FindStringSubmatch(s)
	if m == nil {
		return dossier.Date{}
	}
	d := dossier.Date{Precision: dossier.PrecisionYear}
	d.Year, _ = strconv.Atoi(m[1])
	if m[2] != "" {
		d.Month, _ = strconv.Atoi(m[2])
		d.Precision = dossier.PrecisionMonth
	}
	if m[3] != "" {
		d.Day, _ = strconv.Atoi(m[3])
		d.Precision = dossier.PrecisionDay
	}
	return d
}

type ftmEntity struct {
	ftm.Entity
	span dossier.Span
	raw  []byte // the first line of the entity
}

func (e *ftmEntity) first(p string) string {
	if v := e.Properties[p]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// FtM reads FollowTheMoney JSON lines from the file path with contents data. Fragments of one
// id are merged. Things become entities with their names, aliases, weak aliases and previous
// names; links become claims (role = a dossier predicate is taken as the predicate), dated
// from startDate and endDate; birth, death, incorporation, dissolution and event dates become
// literal claims. Articles with a bodyText that dossier exported are restored as sources with
// their Documentation as evidence and their Mentions; otherwise each claim's evidence is the
// line of the file that states it, with method import:ftm.
func FtM(path string, data []byte, now time.Time) (*Batch, error) {
	idx := &runeIndex{text: data}
	byID := map[string]*ftmEntity{}
	var order []*ftmEntity
	off := 0
	for n := 1; off < len(data); n++ {
		end := bytes.IndexByte(data[off:], '\n')
		if end < 0 {
			end = len(data) - off
		}
		line := bytes.TrimSpace(data[off : off+end])
		start := off
		off += end + 1
		if len(line) == 0 {
			continue
		}
		var e ftm.Entity
		if err := json.Unmarshal(line, &e); err != nil {
			return nil, dossier.Errorf(dossier.EINVALID, "ftm line %d: %v", n, err)
		}
		if e.ID == "" || e.Schema == "" {
			return nil, dossier.Errorf(dossier.EINVALID, "ftm line %d: an entity needs an id and a schema", n)
		}
		if prev := byID[e.ID]; prev != nil {
			if prev.Schema != e.Schema {
				return nil, dossier.Errorf(dossier.EINVALID, "ftm line %d: %s is a %s here and a %s before", n, e.ID, e.Schema, prev.Schema)
			}
			for k, v := range e.Properties {
				prev.Properties[k] = append(prev.Properties[k], v...)
			}
			continue
		}
		if e.Properties == nil {
			e.Properties = map[string][]string{}
		}
		fe := &ftmEntity{Entity: e, raw: bytes.TrimRight(data[start:start+end], " \r\t")}
		s := idx.at(start)
		fe.span = dossier.Span{Start: s, End: idx.at(start + len(fe.raw))}
		byID[e.ID] = fe
		order = append(order, fe)
	}
	file, err := FileSource(path, data, "ftm", now)
	if err != nil {
		return nil, err
	}
	b := &Batch{}
	x := &dossier.Extraction{}
	docs := map[string]*dossier.Document{} // Article id → restored source
	for _, e := range order {
		if e.Schema != "Article" && e.Schema != "Document" {
			continue
		}
		text := e.first("bodyText")
		id := strings.TrimPrefix(e.ID, "source-")
		if text == "" || id != dossier.ContentID(text) {
			continue
		}
		s := &dossier.Source{ID: id, Path: e.first("fileName"), URL: e.first("sourceUrl"), Title: e.first("title"),
			Publisher: e.first("publisher"), Authors: e.Properties["author"], Published: ParseFtMDate(e.first("publishedAt")),
			Text: text, Format: "text", Charset: e.first("encoding"), Language: "und"}
		s.Size, _ = strconv.ParseInt(e.first("fileSize"), 10, 64)
		s.Retrieved, _ = time.Parse("2006-01-02T15:04:05", e.first("retrievedAt"))
		for i, l := range e.Properties["language"] {
			if code := ftmLanguages[l]; code != "" {
				if i == 0 {
					s.Language = code
				} else {
					s.Languages = append(s.Languages, code)
				}
			}
		}
		for _, n := range e.Properties["notes"] {
			if g, ok := strings.CutPrefix(n, "Admiralty source reliability: "); ok && dossier.ValidReliability(g) {
				s.Reliability = g
			}
			if m := ftmNamedLink.FindStringSubmatch(n); m != nil {
				b.Links = append(b.Links, &dossier.SourceLink{From: id, ToName: m[2], Kind: m[1], Method: m[3], Evidence: m[4]})
			}
		}
		s.ContentHash = dossier.HashBytes([]byte(text))
		d := &dossier.Document{Source: s, Extraction: &dossier.Extraction{}}
		docs[e.ID] = d
		b.Docs = append(b.Docs, d)
	}
	foreign := len(docs) == 0
	fileEvidence := func(e *ftmEntity) []*dossier.Evidence {
		return []*dossier.Evidence{{SourceID: file.ID, Span: e.span, Quote: string(e.raw),
			Stance: dossier.StanceReports, Method: "import:ftm", Confidence: 1}}
	}
	types := map[string]dossier.EntityType{}
	for _, e := range order {
		t, ok := ftmTypes[e.Schema]
		if !ok {
			continue
		}
		ent := &dossier.Entity{ID: e.ID, Type: t}
		add := func(prop, kind string) {
			for _, v := range e.Properties[prop] {
				if ent.Name == "" {
					ent.Name = v
				}
				dup := false
				for _, n := range ent.Names {
					dup = dup || n.Text == v
				}
				if !dup {
					ent.Names = append(ent.Names, dossier.Name{Text: v, Kind: kind})
				}
			}
		}
		add("name", "name")
		add("full", "name")
		add("username", "name")
		add("alias", "alias")
		add("weakAlias", "weak_alias")
		add("previousName", "previous_name")
		if ent.Name == "" {
			ent.Name = e.ID
		}
		switch t {
		case dossier.Channel:
			ent.Kind = e.first("service")
		case dossier.Event:
			ent.Kind = e.first("keywords")
		}
		ent.Created, _ = time.Parse("2006-01-02T15:04:05", e.first("createdAt"))
		types[ent.ID] = t
		x.Entities = append(x.Entities, ent)
		if foreign {
			x.Claims = append(x.Claims, &dossier.Claim{ID: "ftm:" + e.ID + ":name", Subject: e.ID, Predicate: "name",
				Object: dossier.Object{Value: ent.Name, Datatype: dossier.TypeText}, Evidence: fileEvidence(e)})
		}
	}
	// Documentation lines of dossier's exports: evidence by claim id, and the claim ids of
	// literal claims by subject and predicate.
	evidence := map[string][]*dossier.Evidence{}
	literalIDs := map[string][]string{}
	for _, e := range order {
		if e.Schema != "Documentation" {
			continue
		}
		d := docs[e.first("document")]
		claim := e.first("recordId")
		if d == nil || claim == "" {
			continue
		}
		ev := &dossier.Evidence{SourceID: d.Source.ID, Quote: e.first("summary"), AttributedTo: e.first("publisher"),
			Stance: dossier.StanceReports, Method: "import:ftm", Confidence: 1}
		if m := ftmStance.FindStringSubmatch(e.first("description")); m != nil {
			ev.Stance, ev.Method = m[1], m[2]
		}
		ev.Created, _ = time.Parse("2006-01-02T15:04:05", e.first("modifiedAt"))
		if i := strings.Index(d.Source.Text, ev.Quote); i >= 0 && ev.Quote != "" {
			start := len([]rune(d.Source.Text[:i]))
			ev.Span = dossier.Span{Start: start, End: start + len([]rune(ev.Quote))}
		} else {
			continue
		}
		if len(evidence[claim]) == 0 {
			key := e.first("entity") + "\x00" + e.first("role")
			literalIDs[key] = append(literalIDs[key], claim)
		}
		evidence[claim] = append(evidence[claim], ev)
	}
	claimEvidence := func(id string, e *ftmEntity) []*dossier.Evidence {
		if evs := evidence[id]; len(evs) > 0 {
			return evs
		}
		foreign = true
		return fileEvidence(e)
	}
	for _, e := range order {
		if link, ok := ftmLinks[e.Schema]; ok {
			from, to := e.first(link.from), e.first(link.to)
			if d, ok := docs[from]; ok && e.Schema == "UnknownLink" {
				if t, ok := docs[to]; ok {
					b.Links = append(b.Links, &dossier.SourceLink{From: d.Source.ID, To: t.Source.ID, Kind: e.first("role"),
						Method: e.first("summary"), Evidence: e.first("description")})
				}
				continue
			}
			if _, ok := types[from]; !ok {
				continue
			}
			if _, ok := types[to]; !ok {
				continue
			}
			pred := link.pred
			c := &dossier.Claim{ID: e.first("recordId"), Subject: from, Object: dossier.Object{EntityID: to},
				ValidFrom: ParseFtMDate(e.first("startDate")), ValidTo: ParseFtMDate(e.first("endDate"))}
			if c.ID == "" {
				c.ID = e.ID
			}
			if m := ftmValid.FindStringSubmatch(e.first("summary")); m != nil {
				c.ValidFrom, _ = dossier.ParseDate(m[1])
				c.ValidTo, _ = dossier.ParseDate(m[2])
			}
			roles := append(e.Properties["role"], e.Properties["relationship"]...)
			for _, r := range roles {
				if p := dossier.LookupPredicate(r); p != nil && p.Literal == "" {
					pred = r
				} else if c.Qualifiers.Role == "" {
					c.Qualifiers.Role = r
				}
			}
			if pred == "led_by" {
				c.Subject, c.Object.EntityID = to, from
			}
			c.Predicate = pred
			for _, m := range ftmGrade.FindAllStringSubmatch(e.first("summary"), -1) {
				n, _ := strconv.Atoi(m[2])
				if m[1] == "credibility" {
					c.Credibility = n
				} else {
					c.Corroboration = n
				}
			}
			c.Evidence = claimEvidence(c.ID, e)
			x.Claims = append(x.Claims, c)
			if c.Credibility != 0 || c.Corroboration != 0 {
				b.Grades = append(b.Grades, dossier.ClaimGrade{ClaimID: c.ID, Credibility: c.Credibility, Corroboration: c.Corroboration})
			}
			continue
		}
		if _, ok := types[e.ID]; !ok {
			continue
		}
		literal := func(pred, value string, obj dossier.Object) {
			id := "ftm:" + e.ID + ":" + pred + ":" + value
			key := e.ID + "\x00" + pred
			if ids := literalIDs[key]; len(ids) > 0 {
				id, literalIDs[key] = ids[0], ids[1:]
			}
			x.Claims = append(x.Claims, &dossier.Claim{ID: id, Subject: e.ID, Predicate: pred, Object: obj, Evidence: claimEvidence(id, e)})
		}
		for _, pp := range ftmLiterals {
			prop, pred := pp[0], pp[1]
			for _, v := range e.Properties[prop] {
				d := ParseFtMDate(v)
				if d.IsZero() {
					continue
				}
				literal(pred, v, dossier.Object{Datatype: dossier.TypeDate, Date: d})
			}
		}
		for _, n := range e.Properties["notes"] {
			p, v, ok := strings.Cut(n, ": ")
			if pr := dossier.LookupPredicate(p); ok && pr != nil && pr.Literal != "" {
				obj := dossier.Object{Value: v, Datatype: pr.Literal}
				if pr.Literal == dossier.TypeDate {
					obj.Date, _ = dossier.ParseDate(v)
				}
				literal(p, v, obj)
			}
		}
	}
	// Name claims of dossier's exports: FtM holds the names as properties and the claims only
	// as Documentation, whose quote is taken as the name when the entity has it.
	for _, e := range order {
		if e.Schema != "Documentation" {
			continue
		}
		subject, pred, id := e.first("entity"), e.first("role"), e.first("recordId")
		prop := map[string]string{"name": "name", "alias": "alias", "previous_name": "previousName"}[pred]
		key := subject + "\x00" + pred
		ids := literalIDs[key]
		thing := byID[subject]
		if prop == "" || thing == nil || len(ids) == 0 || ids[0] != id {
			continue
		}
		for _, v := range thing.Properties[prop] {
			if v == e.first("summary") {
				literalIDs[key] = ids[1:]
				x.Claims = append(x.Claims, &dossier.Claim{ID: id, Subject: subject, Predicate: pred,
					Object: dossier.Object{Value: v, Datatype: dossier.TypeText}, Evidence: evidence[id]})
				break
			}
		}
	}
	// Mentions of restored sources.
	for _, e := range order {
		if e.Schema != "Mention" {
			continue
		}
		d := docs[e.first("document")]
		if d == nil {
			continue
		}
		m := &dossier.Mention{SourceID: d.Source.ID, Text: e.first("name"), EntityID: e.first("resolved"), Method: "import:ftm"}
		if _, ok := types[m.EntityID]; !ok {
			m.EntityID = ""
		}
		if g := ftmMentionID.FindStringSubmatch(e.ID); g != nil {
			m.Span.Start, _ = strconv.Atoi(g[2])
			m.Span.End, _ = strconv.Atoi(g[3])
		} else if i := strings.Index(d.Source.Text, m.Text); i >= 0 && m.Text != "" {
			m.Span.Start = len([]rune(d.Source.Text[:i]))
			m.Span.End = m.Span.Start + len([]rune(m.Text))
		}
		r := []rune(d.Source.Text)
		if !m.Span.Valid() || m.Span.End > len(r) || string(r[m.Span.Start:m.Span.End]) != m.Text {
			continue
		}
		d.Extraction.Mentions = append(d.Extraction.Mentions, m)
	}
	if foreign || len(b.Docs) == 0 {
		if len(x.Entities) == 0 && len(x.Claims) == 0 {
			return b, nil
		}
		b.Docs = append(b.Docs, &dossier.Document{Source: file, Extraction: x})
	} else {
		last := b.Docs[len(b.Docs)-1].Extraction
		last.Entities, last.Claims = x.Entities, x.Claims
		// Mentions refer to entities: entities go with the first restored source.
		if len(b.Docs) > 1 {
			b.Docs[0].Extraction.Entities, last.Entities = x.Entities, nil
		}
	}
	return b, nil
}
