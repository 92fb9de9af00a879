package importer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/export/jsonl"
)

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}

// JSONL reads a dump written by export/jsonl. Sources are restored with their text and
// mentions; entities travel with the first source and claims with the last, so that a dump
// imported into an empty store and exported again is byte for byte the same. Origin groups
// and contradictions are derived data and are recomputed by the truth layer, not read.
func JSONL(r io.Reader) (*Batch, error) {
	b := &Batch{}
	var entities []*dossier.Entity
	var claims []*dossier.Claim
	bySource := map[string]*dossier.Document{}
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<30)
	for n := 1; sc.Scan(); n++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var head struct {
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal(sc.Bytes(), &head); err != nil {
			return nil, dossier.Errorf(dossier.EINVALID, "jsonl line %d: %v", n, err)
		}
		bad := func(format string, args ...any) error {
			return dossier.Errorf(dossier.EINVALID, "jsonl line %d (%s): %s", n, head.Kind, fmt.Sprintf(format, args...))
		}
		// decode reads the line into the record type export/jsonl writes for its kind.
		decode := func(v any) error {
			if err := json.Unmarshal(sc.Bytes(), v); err != nil {
				return bad("%v", err)
			}
			return nil
		}
		switch head.Kind {
		case "judgement":
			var j dossier.Judgement
			if err := decode(&j); err != nil {
				return nil, err
			}
			b.Judgements = append(b.Judgements, &j)
		case "source":
			var l jsonl.SourceLine
			if err := decode(&l); err != nil {
				return nil, err
			}
			s := &dossier.Source{ID: l.ID, Title: l.Title, Path: l.Path, URL: str(l.URL), Publisher: l.Publisher, Authors: l.Authors,
				Language: l.Language, Languages: l.Languages, Scripts: l.Scripts, Format: l.Format, Charset: l.Charset,
				ContentHash: l.ContentHash, Size: l.Size, CaseID: l.Case, Reliability: l.Reliability, Text: l.Text}
			var err error
			if s.Published, err = dossier.ParseDate(str(l.Published)); err != nil {
				return nil, bad("published: %v", err)
			}
			if s.Retrieved, err = parseTime(l.Retrieved); err != nil {
				return nil, bad("retrieved: %v", err)
			}
			if s.ID != dossier.ContentID(s.Text) {
				return nil, bad("source id %s is not the content hash of its text", s.ID)
			}
			d := &dossier.Document{Source: s, Extraction: &dossier.Extraction{}}
			bySource[s.ID] = d
			b.Docs = append(b.Docs, d)
		case "entity":
			var l jsonl.EntityLine
			if err := decode(&l); err != nil {
				return nil, err
			}
			e := &dossier.Entity{ID: l.ID, Type: dossier.EntityType(l.Type), Name: l.Name, Names: l.Spellings, Status: l.Status,
				Kind: l.Subkind, CaseID: l.Case}
			if !e.Type.Valid() {
				return nil, bad("unknown entity type %q", l.Type)
			}
			var err error
			if e.Created, err = parseTime(l.Created); err != nil {
				return nil, bad("created: %v", err)
			}
			entities = append(entities, e)
		case "mention":
			var l jsonl.MentionLine
			if err := decode(&l); err != nil {
				return nil, err
			}
			d := bySource[l.Source]
			if d == nil {
				return nil, bad("mention of unknown source %s", l.Source)
			}
			d.Extraction.Mentions = append(d.Extraction.Mentions, &dossier.Mention{SourceID: l.Source, Span: dossier.Span{Start: l.Start, End: l.End},
				Text: l.Text, Norm: l.Norm, Type: dossier.EntityType(l.Type), Language: l.Language, Script: l.Script, EntityID: str(l.Entity),
				Score: l.Score, Method: l.Method})
		case "claim":
			var l jsonl.ClaimLine
			if err := decode(&l); err != nil {
				return nil, err
			}
			c := &dossier.Claim{ID: l.ID, Subject: l.Subject, Predicate: l.Predicate, Qualifiers: l.Qualifiers,
				Object: dossier.Object{EntityID: l.Object.Entity, Value: l.Object.Value, Datatype: l.Object.Datatype}}
			var err error
			if c.Object.Datatype == dossier.TypeDate {
				if c.Object.Date, err = dossier.ParseDate(c.Object.Value); err != nil {
					return nil, bad("object date: %v", err)
				}
			}
			if c.ValidFrom, err = dossier.ParseDate(str(l.ValidFrom)); err != nil {
				return nil, bad("valid_from: %v", err)
			}
			if c.ValidTo, err = dossier.ParseDate(str(l.ValidTo)); err != nil {
				return nil, bad("valid_to: %v", err)
			}
			for _, ev := range l.Evidence {
				created, err := parseTime(ev.Created)
				if err != nil {
					return nil, bad("evidence created: %v", err)
				}
				c.Evidence = append(c.Evidence, &dossier.Evidence{SourceID: ev.Source, Span: dossier.Span{Start: ev.Start, End: ev.End},
					Quote: ev.Quote, AttributedTo: str(ev.AttributedTo), Stance: ev.Stance, Method: ev.Method, Confidence: ev.Confidence,
					Created: created})
			}
			claims = append(claims, c)
			if l.Credibility != 0 || l.Corroboration != 0 {
				b.Grades = append(b.Grades, dossier.ClaimGrade{ClaimID: c.ID, Credibility: l.Credibility, Corroboration: l.Corroboration})
			}
		case "source_link":
			var l jsonl.LinkLine
			if err := decode(&l); err != nil {
				return nil, err
			}
			b.Links = append(b.Links, &dossier.SourceLink{From: l.From, To: str(l.To), ToName: l.ToName, Kind: l.Type,
				Method: l.Method, Evidence: l.Evidence, Span: l.Span, Score: l.Score})
		case "origin_group", "contradiction":
			// derived by the truth layer
		default:
			return nil, bad("unknown record kind")
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(b.Docs) == 0 {
		if len(entities)+len(claims) > 0 {
			return nil, dossier.Errorf(dossier.EINVALID, "jsonl: entities and claims without any source")
		}
		return b, nil
	}
	first, last := b.Docs[0].Extraction, b.Docs[len(b.Docs)-1].Extraction
	first.Entities = entities
	last.Claims = claims
	return b, nil
}
