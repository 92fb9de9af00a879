package recognize

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

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// goldenMention is the golden form of a mention: everything but the score, which is kept to two
// decimals so that a retuned weight shows up in review.
type goldenMention struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text"`
	Type   string  `json:"type"`
	Method string  `json:"method"`
	Score  float64 `json:"score"`
	Alias  int     `json:"alias"`
}

// TestGolden runs the recogniser over testdata/<lang>_<name>.txt and compares the mentions with
// testdata/<lang>_<name>.golden.json. Run with -update after a deliberate change and review
// the diff.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	r := New()
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lang, _, _ := strings.Cut(name, "_")
			d := extract.NewDoc(&dossier.Source{Text: string(raw), Language: lang})
			ms := r.Recognize(d)
			checkMentions(t, d, ms)
			out := make([]goldenMention, len(ms))
			for i, m := range ms {
				out[i] = goldenMention{m.Span.Start, m.Span.End, m.Text, string(m.Type), m.Method, float64(int(m.Score*100+0.5)) / 100, m.Alias}
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("mentions differ from %s (run go test -update and review the diff):\n%s", path, got)
			}
		})
	}
}
