// Package importer reads exchange files into what the store takes: the lossless JSON-lines dump
// of export/jsonl (JSONL), STIX 2.1 bundles (STIX) and FollowTheMoney JSON lines (FtM). Readers
// are pure: bytes in, a Batch out; Apply stores a Batch.
//
// Foreign data (objects and entities that do not carry dossier's own provenance) becomes
// entities, names, claims and evidence whose method is "import:<format>" and whose source is
// the imported file itself: its text is the file, and each evidence span is the code-point
// span of the object or line that states the claim. Data that dossier exported carries its
// provenance (the original sources with their text, evidence spans, methods, grades) and is
// restored as it was, so that an export imported again round-trips.
package importer

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"time"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
)

// Batch is what a reader produces: documents to store (sources with mentions, entities and
// claims), then source links, claim grades and judgements.
type Batch struct {
	Docs       []*dossier.Document
	Links      []*dossier.SourceLink
	Grades     []dossier.ClaimGrade
	Judgements []*dossier.Judgement
}

// Result counts what Apply stored.
type Result struct {
	Sources, Entities, Claims, Evidence, Skipped int
}

// Store is what Apply writes to.
type Store interface {
	StoreSources(ctx context.Context, docs []*dossier.Document) ([]dossier.IngestResult, error)
	CreateSourceLinks(ctx context.Context, links []*dossier.SourceLink) error
	UpdateClaimGrades(ctx context.Context, grades []dossier.ClaimGrade) error
	CreateJudgement(ctx context.Context, j *dossier.Judgement) error
	RetractJudgement(ctx context.Context, id int64, by string) error
}

// Apply stores b: documents (each atomically), links, grades, judgements. A document whose
// source is already stored is skipped with everything it carries, as ingest does.
func Apply(ctx context.Context, st Store, b *Batch) (Result, error) {
	var r Result
	res, err := st.StoreSources(ctx, b.Docs)
	if err != nil {
		return r, fmt.Errorf("import: %w", err)
	}
	for i, x := range res {
		if x.Err != nil {
			return r, fmt.Errorf("import: source %s: %w", x.SourceID, x.Err)
		}
		if !x.Added {
			r.Skipped++
			continue
		}
		r.Sources++
		if e := b.Docs[i].Extraction; e != nil {
			r.Entities += len(e.Entities)
			r.Claims += len(e.Claims)
			for _, c := range e.Claims {
				r.Evidence += len(c.Evidence)
			}
		}
	}
	if len(b.Links) > 0 {
		if err := st.CreateSourceLinks(ctx, b.Links); err != nil {
			return r, fmt.Errorf("import: source links: %w", err)
		}
	}
	if len(b.Grades) > 0 {
		if err := st.UpdateClaimGrades(ctx, b.Grades); err != nil {
			return r, fmt.Errorf("import: grades: %w", err)
		}
	}
	for _, j := range b.Judgements {
		retracted, by := j.Retracted, j.RetractedBy
		j.Retracted, j.RetractedBy, j.RetractedAt = false, "", time.Time{}
		if err := st.CreateJudgement(ctx, j); err != nil {
			return r, fmt.Errorf("import: judgement %s %s %s: %w", j.A, j.Verdict, j.B, err)
		}
		if retracted {
			if err := st.RetractJudgement(ctx, j.ID, by); err != nil {
				return r, fmt.Errorf("import: retract judgement: %w", err)
			}
		}
	}
	return r, nil
}

// Detect names the format of a file from its first bytes: "stix" for a JSON object with
// "type": "bundle" (or one object with a spec_version), "jsonl" for a dossier dump (lines with "kind"), "ftm" for lines with
// "schema"; "" when unknown.
func Detect(data []byte) string {
	head := data[:min(len(data), 4096)]
	line := head
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		line = head[:i]
	}
	switch {
	case bytes.Contains(line, []byte(`"kind":`)):
		return "jsonl"
	case bytes.Contains(line, []byte(`"schema":`)) && bytes.Contains(line, []byte(`"properties":`)):
		return "ftm"
	case bytes.Contains(head, []byte(`"type"`)) && (bytes.Contains(head, []byte(`"bundle"`)) || bytes.Contains(head, []byte(`"spec_version"`))):
		return "stix"
	}
	return ""
}

// FileSource returns the source that stands for an imported file: its text is the file.
func FileSource(path string, data []byte, format string, now time.Time) (*dossier.Source, error) {
	if !utf8.Valid(data) {
		return nil, dossier.Errorf(dossier.EINVALID, "%s is not valid UTF-8", filepath.Base(path))
	}
	text := string(data)
	return &dossier.Source{ID: dossier.ContentID(text), Path: path, Title: filepath.Base(path), Format: format, Text: text,
		ContentHash: dossier.HashBytes(data), Size: int64(len(data)), Retrieved: now, Language: "und"}, nil
}

// runeIndex converts byte offsets of one text to code-point offsets, for offsets that only
// grow.
type runeIndex struct {
	text       []byte
	byte, rune int
}

func (x *runeIndex) at(b int) int {
	if b < x.byte {
		x.byte, x.rune = 0, 0
	}
	x.rune += utf8.RuneCount(x.text[x.byte:b])
	x.byte = b
	return x.rune
}
