// Package csv writes a store as three CSV tables for spreadsheets and scripts:
//
//	entities.csv  id, type, name, names ("; "-joined spellings), kind, status, case,
//	              canonical, created
//	claims.csv    id, subject, predicate, object_entity, object_value, object_datatype,
//	              valid_from, valid_to (dossier dates: "2016", "2016-early", "~2016-10"),
//	              role, place, quantity, term, credibility, corroboration, evidence
//	              (the number of evidence rows)
//	evidence.csv  claim, source, start, end (code points into the source text), quote,
//	              attributed_to, stance, method, confidence, created, source_title,
//	              source_url, source_published, reliability, grade ("B2")
//
// WriteDir writes them into a folder, WriteZip into one zip archive. Files are UTF-8 with a
// header row, RFC 4180 quoting and "\n" line ends. Collected text is hostile input: a free-text
// cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
// return) is written with a leading apostrophe.
package csv

import (
	"archive/zip"
	"context"
	stdcsv "encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/truth"
)

// Files are the tables in the order they are written.
var Files = []string{"entities.csv", "claims.csv", "evidence.csv"}

// Headers of the three tables.
var (
	EntityHeader   = []string{"id", "type", "name", "names", "kind", "status", "case", "canonical", "created"}
	ClaimHeader    = []string{"id", "subject", "predicate", "object_entity", "object_value", "object_datatype", "valid_from", "valid_to", "role", "place", "quantity", "term", "credibility", "corroboration", "evidence"}
	EvidenceHeader = []string{"claim", "source", "start", "end", "quote", "attributed_to", "stance", "method", "confidence", "created", "source_title", "source_url", "source_published", "reliability", "grade"}
)

// Options adjust an export. The zero value is valid.
type Options struct {
	// Reliability returns a source's Admiralty grade (its own, else its publisher's); nil uses
	// the source's own grade.
	Reliability func(*dossier.Source) string
}

// safe defuses text a spreadsheet would evaluate.
func safe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

type sourceInfo struct{ title, url, published, reliability string }

// Write writes the three tables, asking create for each file in turn (the previous one is
// complete when create is called again). It holds the title, URL, date and grade of every
// source; everything else streams.
func Write(ctx context.Context, create func(name string) (io.Writer, error), st dossier.Walker, opt Options) error {
	sources := map[string]sourceInfo{}
	err := st.WalkSources(ctx, func(s *dossier.Source) error {
		rel := s.Reliability
		if opt.Reliability != nil {
			rel = opt.Reliability(s)
		}
		title := s.Title
		if title == "" {
			title = s.Path
		}
		sources[s.ID] = sourceInfo{title, s.URL, s.Published.String(), rel}
		return nil
	})
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	table := func(name string, header []string, fill func(w *stdcsv.Writer) error) error {
		f, err := create(name)
		if err != nil {
			return err
		}
		w := stdcsv.NewWriter(f)
		w.Write(header)
		if err := fill(w); err != nil {
			return err
		}
		w.Flush()
		return w.Error()
	}
	err = table(Files[0], EntityHeader, func(w *stdcsv.Writer) error {
		return st.WalkEntities(ctx, func(e *dossier.Entity) error {
			names := make([]string, 0, len(e.Names))
			seen := map[string]bool{e.Name: true}
			for _, n := range e.Names {
				if !seen[n.Text] {
					seen[n.Text] = true
					names = append(names, n.Text)
				}
			}
			return w.Write([]string{e.ID, string(e.Type), safe(e.Name), safe(strings.Join(names, "; ")), e.Kind, e.Status, e.CaseID, e.Canonical, stamp(e.Created)})
		})
	})
	if err == nil {
		err = table(Files[1], ClaimHeader, func(w *stdcsv.Writer) error {
			return st.WalkClaims(ctx, func(c *dossier.Claim) error {
				v := c.Object.Value
				if c.Object.Datatype == dossier.TypeDate && !c.Object.Date.IsZero() {
					v = c.Object.Date.String()
				}
				q := c.Qualifiers
				return w.Write([]string{c.ID, c.Subject, c.Predicate, c.Object.EntityID, safe(v), c.Object.Datatype,
					c.ValidFrom.String(), c.ValidTo.String(), safe(q.Role), q.Place, safe(q.Quantity), safe(q.Term),
					num(c.Credibility), num(c.Corroboration), strconv.Itoa(len(c.Evidence))})
			})
		})
	}
	if err == nil {
		err = table(Files[2], EvidenceHeader, func(w *stdcsv.Writer) error {
			return st.WalkClaims(ctx, func(c *dossier.Claim) error {
				for _, ev := range c.Evidence {
					s := sources[ev.SourceID]
					err := w.Write([]string{c.ID, ev.SourceID, strconv.Itoa(ev.Span.Start), strconv.Itoa(ev.Span.End), safe(ev.Quote),
						safe(ev.AttributedTo), ev.Stance, ev.Method, strconv.FormatFloat(ev.Confidence, 'f', -1, 64), stamp(ev.Created),
						safe(s.title), s.url, s.published, s.reliability, truth.Grade(s.reliability, c.Credibility)})
					if err != nil {
						return err
					}
				}
				return nil
			})
		})
	}
	if err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}

func num(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// WriteDir writes the tables into dir, creating it if needed.
func WriteDir(ctx context.Context, dir string, st dossier.Walker, opt Options) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	var f *os.File
	err := Write(ctx, func(name string) (io.Writer, error) {
		if f != nil {
			if err := f.Close(); err != nil {
				return nil, err
			}
		}
		var err error
		f, err = os.Create(filepath.Join(dir, name))
		return f, err
	}, st, opt)
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// WriteZip writes the tables as one zip archive to w.
func WriteZip(ctx context.Context, w io.Writer, st dossier.Walker, opt Options) error {
	zw := zip.NewWriter(w)
	err := Write(ctx, func(name string) (io.Writer, error) {
		return zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)})
	}, st, opt)
	if err != nil {
		return err
	}
	return zw.Close()
}
