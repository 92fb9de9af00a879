package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestExportFormats exports the ingested corpus in every format, whole and as selections, and
// checks that STIX references resolve inside each bundle.
func TestExportFormats(t *testing.T) {
	dir := corpusDir(t)
	db := filepath.Join(t.TempDir(), "d.db")
	if _, errs, code := run(t, db, "ingest", dir); code != 0 {
		t.Fatal(errs)
	}
	refRE := regexp.MustCompile(`"[a-z_]+_refs?":(\["[^\]]*\]|"[^"]*")`)
	idRE := regexp.MustCompile(`[a-z0-9-]+--[0-9a-f-]{36}`)
	for _, sel := range [][]string{nil, {"--entity", "Husseiniyun", "--hops", "1"}, {"--since", "2023"}} {
		for _, f := range exportFormats {
			out := filepath.Join(t.TempDir(), "export."+f)
			if f == "csv" {
				out = filepath.Join(t.TempDir(), "csv")
			}
			args := append([]string{"export", "--format", f, "-o", out}, sel...)
			if _, errs, code := run(t, db, args...); code != 0 {
				t.Fatalf("%v: %s", args, errs)
			}
			if f == "csv" {
				for _, name := range []string{"entities.csv", "claims.csv", "evidence.csv"} {
					if _, err := os.Stat(filepath.Join(out, name)); err != nil {
						t.Errorf("%v: %v", args, err)
					}
				}
				continue
			}
			data, err := os.ReadFile(out)
			if err != nil || len(data) == 0 {
				t.Fatalf("%v: empty output (%v)", args, err)
			}
			if f != "stix" {
				continue
			}
			var bundle struct{ Objects []struct{ ID string } }
			if err := json.Unmarshal(data, &bundle); err != nil {
				t.Fatalf("%v: %v", args, err)
			}
			ids := map[string]bool{}
			for _, o := range bundle.Objects {
				ids[o.ID] = true
			}
			for _, m := range refRE.FindAllString(string(data), -1) {
				for _, id := range idRE.FindAllString(m[strings.Index(m, ":"):], -1) {
					if !ids[id] {
						t.Errorf("%v: %s does not resolve", sel, id)
					}
				}
			}
			t.Logf("%v: %d STIX objects", sel, len(bundle.Objects))
		}
	}
}
