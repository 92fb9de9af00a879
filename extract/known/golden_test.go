package known

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden.json")

func loadEntries(t testing.TB, path string) []Entry {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var es []Entry
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			t.Fatalf("%s: bad line %q", path, line)
		}
		es = append(es, Entry{EntityID: f[0], Type: dossier.EntityType(f[1]), Name: f[2]})
	}
	return es
}

type goldenMention struct {
	Span   [2]int  `json:"span"`
	Text   string  `json:"text"`
	Entity string  `json:"entity"`
	Type   string  `json:"type"`
	Score  float64 `json:"score"`
}

// TestGolden runs the recogniser over one document per language (the file name is the
// language) and compares its mentions with testdata/golden/<lang>.golden.json.
func TestGolden(t *testing.T) {
	dir := filepath.Join("testdata", "golden")
	r := &Recognizer{A: Build(loadEntries(t, filepath.Join(dir, "entries.tsv")))}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) != 6 {
		t.Fatalf("want one document per language, found %d", len(files))
	}
	for _, f := range files {
		lang := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(lang, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := extract.NewDoc(&dossier.Source{Text: string(b), Language: lang})
			ms := r.Recognize(d)
			got := []goldenMention{}
			for _, m := range ms {
				if d.Slice(m.Span) != m.Text || m.Method != Method || m.Alias != -1 {
					t.Errorf("bad mention %+v", m)
				}
				got = append(got, goldenMention{[2]int{m.Span.Start, m.Span.End}, m.Text, m.EntityID, string(m.Type), m.Score})
			}
			out, _ := json.MarshalIndent(got, "", "  ")
			out = append(out, '\n')
			golden := filepath.Join(dir, lang+".golden.json")
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("mentions differ from %s (run go test -update and review the diff):\n%s", golden, out)
			}
		})
	}
}
