package relate

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// goldenRelation is the readable form of a relation in the golden files.
type goldenRelation struct {
	Subject      string  `json:"subject"`
	Predicate    string  `json:"predicate"`
	Object       string  `json:"object,omitempty"`
	Value        string  `json:"value,omitempty"`
	Datatype     string  `json:"datatype,omitempty"`
	ValidFrom    string  `json:"valid_from,omitempty"`
	Role         string  `json:"role,omitempty"`
	Term         string  `json:"term,omitempty"`
	Place        string  `json:"place,omitempty"`
	Quantity     string  `json:"quantity,omitempty"`
	Stance       string  `json:"stance"`
	AttributedTo string  `json:"attributed_to,omitempty"`
	Method       string  `json:"method"`
	Confidence   float64 `json:"confidence"`
	Evidence     string  `json:"evidence"`
}

// TestGolden runs the stage on every testdata/*.txt (annotated as in helpers_test.go) and
// compares the relations with testdata/*.golden.json; -update rewrites the golden files.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata: %v", err)
	}
	st := New()
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := parseAnnotated(string(src))
			if err != nil {
				t.Fatal(err)
			}
			st.Process(d)
			out := []goldenRelation{}
			for _, r := range d.Relations {
				g := goldenRelation{
					Subject: d.Mentions[r.Subject].Text, Predicate: r.Predicate, Value: r.Value,
					Datatype: r.Datatype, ValidFrom: r.ValidFrom.String(), Role: r.Qualifiers.Role,
					Term: r.Qualifiers.Term, Place: r.Qualifiers.Place, Quantity: r.Qualifiers.Quantity,
					Stance: r.Stance, AttributedTo: r.AttributedTo, Method: r.Method,
					Confidence: r.Confidence, Evidence: d.Slice(r.Evidence),
				}
				if r.Object >= 0 {
					g.Object = d.Mentions[r.Object].Text
				}
				out = append(out, g)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(out); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(want, buf.Bytes()) {
				t.Errorf("%s differs from the output; run go test -run TestGolden -update and review the diff\ngot:\n%s", golden, buf.String())
			}
		})
	}
}

// TestConcurrentUse runs one Stage on the golden documents from several goroutines and checks
// that each gets the same relations as a sequential run (go test -race finds shared state).
func TestConcurrentUse(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	st := New()
	var srcs []string
	want := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseAnnotated(string(b))
		if err != nil {
			t.Fatal(err)
		}
		st.Process(d)
		srcs = append(srcs, string(b))
		want[string(b)] = len(d.Relations)
	}
	done := make(chan string, 4*len(srcs))
	for g := 0; g < 4; g++ {
		go func() {
			for _, s := range srcs {
				d, _ := parseAnnotated(s)
				st.Process(d)
				if len(d.Relations) != want[s] {
					done <- "different result"
					continue
				}
				done <- ""
			}
		}()
	}
	for i := 0; i < 4*len(srcs); i++ {
		if msg := <-done; msg != "" {
			t.Error(msg)
		}
	}
}
