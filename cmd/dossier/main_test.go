package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
)

// TestMain lets tests run the real program as a child process: with DOSSIER_TEST_MAIN=1 the
// test binary behaves as the dossier command.
func TestMain(m *testing.M) {
	if os.Getenv("DOSSIER_TEST_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// run runs the program in-process with its own streams and returns stdout, stderr and the exit
// status main would give.
func run(t *testing.T, db string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain()
	m.Stdout, m.Stderr = &out, &errb
	m.Env = func(string) string { return "" }
	err := m.Run(context.Background(), append([]string{"--db", db}, args...))
	m.Close()
	code := exitCode(&errb, err)
	return out.String(), errb.String(), code
}

func corpusDir(t *testing.T) string {
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared corpus not found beside the repository (%s): %v", dir, err)
	}
	return dir
}

func TestVersionAndUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "d.db")
	out, _, code := run(t, db, "version")
	if code != 0 || !strings.HasPrefix(out, "dossier ") {
		t.Fatalf("version: %q %d", out, code)
	}
	if _, errs, code := run(t, db, "frobnicate"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Fatalf("unknown command: %q %d", errs, code)
	}
	if _, errs, code := run(t, db); code != 2 || !strings.Contains(errs, "Commands:") {
		t.Fatalf("no command: %q %d", errs, code)
	}
}

func TestIngestCorpusTwice(t *testing.T) {
	dir := corpusDir(t)
	db := filepath.Join(t.TempDir(), "d.db")
	out, errs, code := run(t, db, "ingest", dir)
	if code != 0 || !strings.HasPrefix(out, "4 added, 0 already present, 0 failed") {
		t.Fatalf("first ingest: %q %q %d", out, errs, code)
	}
	out, _, code = run(t, db, "ingest", dir)
	if code != 0 || !strings.HasPrefix(out, "0 added, 4 already present, 0 failed") {
		t.Fatalf("second ingest: %q %d", out, code)
	}
	out, _, code = run(t, db, "sources")
	if code != 0 || strings.Count(out, "\n") != 5 {
		t.Fatalf("sources: %q", out)
	}
	out, _, code = run(t, db, "search", "--json", "Begli")
	var hits []dossier.SearchHit
	if err := json.Unmarshal([]byte(out), &hits); err != nil || code != 0 || len(hits) != 3 {
		t.Fatalf("search Begli: %d hits, %v, %q", len(hits), err, out)
	}
	out, _, _ = run(t, db, "search", "qassem", "soleimani")
	if !strings.Contains(out, "**Qassem**") {
		t.Fatalf("search highlights the match: %q", out)
	}
}

// TestExportTextMatchesFiles checks that each exported source text is the file's text, so that
// offsets into it address the same characters as in the file (the corpus is NFC with LF endings,
// which is all the stored form changes).
func TestExportTextMatchesFiles(t *testing.T) {
	dir := corpusDir(t)
	db := filepath.Join(t.TempDir(), "d.db")
	if _, errs, code := run(t, db, "ingest", dir); code != 0 {
		t.Fatal(errs)
	}
	outFile := filepath.Join(t.TempDir(), "export.jsonl")
	if _, errs, code := run(t, db, "export", "--format", "jsonl", "-o", outFile); code != 0 {
		t.Fatal(errs)
	}
	data, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var rec struct{ Kind, Path, Text string }
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Kind != "source" {
			continue
		}
		n++
		file, err := os.ReadFile(rec.Path)
		if err != nil {
			t.Fatal(err)
		}
		if rec.Text != string(file) {
			t.Errorf("%s: exported text differs from the file", rec.Path)
		}
	}
	if n != 4 {
		t.Fatalf("%d sources exported, want 4", n)
	}
	if _, errs, code := run(t, db, "export", "--format", "xml"); code != 2 || !strings.Contains(errs, "unknown export format") {
		t.Fatalf("bad format: %q %d", errs, code)
	}
}

func TestIngestBadInput(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"good.txt":       []byte("A good file about the Husseiniyun."),
		"also-good.md":   []byte("# Title\n\nSome *markdown* text."),
		"empty.txt":      {},
		"binary.txt":     {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3},
		"latin1.txt":     []byte("caf\xe9 cr\xe8me"),
		"big.txt":        bytes.Repeat([]byte("x"), 2048),
		"slides.docx":    []byte("PK whatever"),
		"sub/nested.txt": []byte("nested file in a sub folder"),
		".hidden.txt":    []byte("skipped because hidden"),
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "d.db")
	out, errs, code := run(t, db, "ingest", "--max-size", "1KB", dir, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Fatalf("exit status %d, want 1; %q %q", code, out, errs)
	}
	if !strings.HasPrefix(out, "3 added, 0 already present, 6 failed") {
		t.Fatalf("summary: %q\nerrors:\n%s", out, errs)
	}
	for _, want := range []string{"empty.txt: ", "binary.txt: ", "latin1.txt: ", "big.txt: ", "slides.docx: ", "missing.txt: "} {
		if strings.Count(errs, want) != 1 {
			t.Errorf("want one error line for %s in:\n%s", want, errs)
		}
	}
	if strings.Count(strings.TrimSpace(errs), "\n") != 5 {
		t.Errorf("want exactly six error lines:\n%s", errs)
	}
	// The declared charset makes the Latin-1 file readable.
	out, _, code = run(t, db, "ingest", "--charset", "iso-8859-1", filepath.Join(dir, "latin1.txt"))
	if code != 0 || !strings.HasPrefix(out, "1 added") {
		t.Fatalf("with --charset: %q %d", out, code)
	}
	out, _, _ = run(t, db, "search", "café")
	if !strings.Contains(out, "**café** crème") {
		t.Fatalf("decoded text is searchable: %q", out)
	}
}

// TestIngestDeterministic ingests the corpus twice into fresh stores with several workers: the
// entities, mentions, claims and links must come out the same, whatever order the workers
// finish in.
func TestIngestDeterministic(t *testing.T) {
	dir := corpusDir(t)
	var dumps []string
	for i := range 2 {
		db := filepath.Join(t.TempDir(), "d.db")
		if _, errs, code := run(t, db, "ingest", "-q", "--workers", "3", dir); code != 0 {
			t.Fatal(errs)
		}
		out := filepath.Join(t.TempDir(), fmt.Sprintf("e%d.jsonl", i))
		if _, errs, code := run(t, db, "export", "-o", out); code != 0 {
			t.Fatal(errs)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		var keep []string
		for _, line := range strings.Split(string(data), "\n") {
			if strings.Contains(line, `"kind":"source"`) {
				continue // sources carry their retrieval time
			}
			keep = append(keep, timeField.ReplaceAllString(line, ""))
		}
		dumps = append(dumps, strings.Join(keep, "\n"))
	}
	if dumps[0] != dumps[1] {
		t.Errorf("two ingests of the same files differ")
	}
}

var timeField = regexp.MustCompile(`"(created|at)":"[^"]*"`)
