package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/synth"
)

// runGenMain runs the program with args and returns its standard output and error.
func runGenMain(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	m := NewMain()
	var stdout, stderr bytes.Buffer
	m.Stdout, m.Stderr = &stdout, &stderr
	err := m.Run(context.Background(), args)
	m.Close()
	return stdout.String(), stderr.String(), err
}

func TestGenCorpus(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "docs")
	names := filepath.Join(dir, "names.txt")
	manifest := filepath.Join(dir, "manifest.jsonl")
	stdout, stderr, err := runGenMain(t, "gen", "corpus", "--docs", "40", "--seed", "7", "--out", out,
		"--known-names", "500", "--names", names, "--manifest", manifest)
	if err != nil {
		t.Fatalf("gen corpus: %v\n%s", err, stderr)
	}
	if !strings.Contains(stdout, "wrote 40 documents") {
		t.Errorf("stdout %q", stdout)
	}
	files, err := os.ReadDir(out)
	if err != nil || len(files) != 40 {
		t.Fatalf("%d files in the output directory (%v)", len(files), err)
	}
	c := synth.NewCorpus(7, 500)
	for _, i := range []int{0, 17, 39} {
		d := c.Document(i)
		b, err := os.ReadFile(filepath.Join(out, d.Name))
		if err != nil || string(b) != d.Text {
			t.Fatalf("%s differs from the library's document %d (%v)", d.Name, i, err)
		}
	}
	b, _ := os.ReadFile(names)
	if first := strings.SplitN(string(b), "\n", 2)[0]; first != c.Names[0].Text {
		t.Errorf("names file starts %q, want %q", first, c.Names[0].Text)
	}
	b, _ = os.ReadFile(manifest)
	if n := bytes.Count(b, []byte("\n")); n != 40 {
		t.Errorf("manifest has %d lines, want 40", n)
	}
}

func TestGenNames(t *testing.T) {
	plain, _, err := runGenMain(t, "gen", "names", "--n", "25", "--seed", "3")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(plain, "\n"), "\n")
	want := synth.Names(25, 3)
	if len(lines) != 25 || lines[0] != want[0].Text || lines[24] != want[24].Text {
		t.Fatalf("gen names printed %d lines starting %q", len(lines), lines[0])
	}
	file := filepath.Join(t.TempDir(), "n.txt")
	if _, _, err := runGenMain(t, "gen", "names", "--n", "25", "--seed", "3", "--variants", "-o", file); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	synth.WriteNames(&buf, want)
	if got, _ := os.ReadFile(file); !bytes.Equal(got, buf.Bytes()) {
		t.Fatal("gen names --variants differs from synth.WriteNames")
	}
	other, _, _ := runGenMain(t, "gen", "names", "--n", "25", "--seed", "4")
	if other == plain {
		t.Fatal("another seed gave the same names")
	}
}

func TestGenUsage(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"gen"}, "say what to generate"},
		{[]string{"gen", "poems"}, "unknown kind"},
		{[]string{"gen", "corpus", "--docs", "3"}, "--out DIR is required"},
		{[]string{"gen", "corpus", "--out", "x", "--known-names", "0"}, "--known-names"},
		{[]string{"gen", "names", "--n", "-1"}, "must not be negative"},
		{[]string{"gen", "names", "extra"}, "unexpected argument"},
	}
	for _, c := range cases {
		_, _, err := runGenMain(t, c.args...)
		var ue *usageError
		if err == nil || !strings.Contains(err.Error(), c.want) || !errors.As(err, &ue) {
			t.Errorf("%q: got %v, want a usage error about %q", c.args, err, c.want)
		}
	}
}
