package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportRoundTrip: the corpus dumped, imported into a new store and dumped again gives the
// same dump; its STIX and FtM exports import too, and a second import is a no-op.
func TestImportRoundTrip(t *testing.T) {
	dir := corpusDir(t)
	tmp := t.TempDir()
	db := filepath.Join(tmp, "a.db")
	if _, errs, code := run(t, db, "ingest", dir); code != 0 {
		t.Fatal(errs)
	}
	dump := filepath.Join(tmp, "a.jsonl")
	if _, errs, code := run(t, db, "export", "-o", dump); code != 0 {
		t.Fatal(errs)
	}
	db2 := filepath.Join(tmp, "b.db")
	out, errs, code := run(t, db2, "import", dump)
	if code != 0 {
		t.Fatal(errs)
	}
	t.Log(strings.TrimSpace(out))
	dump2 := filepath.Join(tmp, "b.jsonl")
	if _, errs, code := run(t, db2, "export", "-o", dump2); code != 0 {
		t.Fatal(errs)
	}
	a, _ := os.ReadFile(dump)
	b, _ := os.ReadFile(dump2)
	if !bytes.Equal(a, b) {
		al, bl := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
		for i := range min(len(al), len(bl)) {
			if al[i] != bl[i] {
				t.Errorf("line %d differs:\n%.300s\n%.300s", i+1, al[i], bl[i])
				break
			}
		}
		t.Errorf("jsonl round trip differs: %d and %d lines", len(al), len(bl))
	}
	for _, f := range []string{"stix", "ftm"} {
		file := filepath.Join(tmp, "a."+f)
		if _, errs, code := run(t, db, "export", "--format", f, "-o", file); code != 0 {
			t.Fatal(errs)
		}
		db3 := filepath.Join(tmp, f+".db")
		out, errs, code := run(t, db3, "import", file)
		if code != 0 {
			t.Fatalf("import %s: %s", f, errs)
		}
		t.Log(strings.TrimSpace(out))
		if out, _, _ := run(t, db3, "import", file); !strings.Contains(out, ": 0 sources") {
			t.Errorf("second import of %s: %s", f, out)
		}
	}
	bad := filepath.Join(tmp, "bad.json")
	os.WriteFile(bad, []byte(`{"type":"bundle","id":"bundle--1","objects":[]}`), 0o644)
	if _, errs, code := run(t, filepath.Join(tmp, "c.db"), "import", bad); code == 0 || !strings.Contains(errs, "bundle id") {
		t.Errorf("bad bundle: %d %s", code, errs)
	}
}
