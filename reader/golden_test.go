package reader

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// golden is the part of a Source that a golden file records: everything Read sets, less the
// path (which depends on where the test runs from).
type golden struct {
	ID          string   `json:"id"`
	Format      string   `json:"format"`
	Charset     string   `json:"charset"`
	Title       string   `json:"title,omitempty"`
	Publisher   string   `json:"publisher,omitempty"`
	Authors     []string `json:"authors,omitempty"`
	Published   string   `json:"published,omitempty"`
	Language    string   `json:"language"`
	Languages   []string `json:"languages,omitempty"`
	Scripts     []string `json:"scripts,omitempty"`
	Size        int64    `json:"size"`
	ContentHash string   `json:"content_hash"`
	Text        []string `json:"text"` // split into lines, for readable diffs
}

func goldenOf(s *dossier.Source) golden {
	return golden{
		ID: s.ID, Format: s.Format, Charset: s.Charset, Title: s.Title, Publisher: s.Publisher,
		Authors: s.Authors, Published: s.Published.String(), Language: s.Language,
		Languages: s.Languages, Scripts: s.Scripts, Size: s.Size, ContentHash: s.ContentHash,
		Text: strings.Split(s.Text, "\n"),
	}
}

// TestGolden reads every testdata/*.html, *.txt and *.md and compares the Source with
// testdata/<name>.golden.json. Run with -update to rewrite the golden files, then review the
// diff.
func TestGolden(t *testing.T) {
	var inputs []string
	for _, pat := range []string{"*.html", "*.txt", "*.md"} {
		m, err := filepath.Glob(filepath.Join("testdata", pat))
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, m...)
	}
	if len(inputs) < 10 {
		t.Fatalf("found only %d golden inputs", len(inputs))
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			src, err := ReadFile(in, Options{})
			if err != nil {
				t.Fatalf("ReadFile: %v", err)
			}
			if src.ID != dossier.ContentID(src.Text) || src.Path != in {
				t.Errorf("ID or Path not set from the text: %q %q", src.ID, src.Path)
			}
			got, err := json.MarshalIndent(goldenOf(src), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := strings.TrimSuffix(in, filepath.Ext(in)) + ".golden.json"
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the output; got:\n%s", path, got)
			}
		})
	}
}
