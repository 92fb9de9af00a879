package csv_test

import (
	"archive/zip"
	"bytes"
	stdcsv "encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-osint/dossier/export/csv"
	"github.com/dossier-osint/dossier/export/exporttest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func TestWriteDirGolden(t *testing.T) {
	db := exporttest.Store(t)
	dir := t.TempDir()
	if err := csv.WriteDir(t.Context(), dir, db, csv.Options{Reliability: exporttest.Reliability(t, db)}); err != nil {
		t.Fatal(err)
	}
	for _, name := range csv.Files {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", name+".golden")
		if *update {
			os.WriteFile(golden, got, 0o644)
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run with -update to accept):\n%s", name, golden, got)
		}
	}
}

func TestWriteZip(t *testing.T) {
	db := exporttest.Store(t)
	var buf bytes.Buffer
	if err := csv.WriteZip(t.Context(), &buf, db, csv.Options{}); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]int{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		recs, err := stdcsv.NewReader(rc).ReadAll()
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		rows[f.Name] = len(recs) - 1
	}
	want := map[string]int{"entities.csv": exporttest.Entities, "claims.csv": exporttest.Claims, "evidence.csv": 13}
	for name, n := range want {
		if rows[name] != n {
			t.Errorf("%s has %d rows, want %d", name, rows[name], n)
		}
	}
}

func TestSafe(t *testing.T) {
	for in, want := range map[string]string{"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")", "@SUM(A1)": "'@SUM(A1)", "-2+3": "'-2+3",
		"Husseiniyun": "Husseiniyun", "": ""} {
		if got := csv.Safe(in); got != want {
			t.Errorf("Safe(%q) = %q, want %q", in, got, want)
		}
	}
}
