package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/export/exporttest"
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

// TestExportSelections checks what --since and --entity keep on the fixture store.
func TestExportSelections(t *testing.T) {
	db := filepath.Join(t.TempDir(), "x.db")
	exporttest.StoreAt(t, db).Close()
	count := func(args ...string) map[string]int {
		t.Helper()
		out, errs, code := run(t, db, append([]string{"export", "--analyse=false", "--format", "jsonl"}, args...)...)
		if code != 0 {
			t.Fatal(errs)
		}
		n := map[string]int{}
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var rec struct {
				Kind     string
				Evidence json.RawMessage
			}
			json.Unmarshal([]byte(line), &rec)
			n[rec.Kind]++
			if rec.Kind == "claim" {
				var evs []any
				json.Unmarshal(rec.Evidence, &evs)
				n["evidence"] += len(evs)
			}
		}
		return n
	}
	all := count()
	if all["entity"] != exporttest.Entities || all["claim"] != exporttest.Claims {
		t.Errorf("whole store: %v", all)
	}
	// Only the 2022 summary: its two claims with their one passage each, the three entities
	// they and its mention name, no link (its target is not selected).
	since := count("--since", "2022")
	want := map[string]int{"source": 1, "entity": 3, "claim": 2, "evidence": 2, "mention": 1}
	for k, v := range want {
		if since[k] != v {
			t.Errorf("--since 2022: %d %s, want %d (%v)", since[k], k, v, since)
		}
	}
	// One hop from Iran: Iran and Husseiniyun, the backed_by claim, Husseiniyun's founding date
	// and member count (literal claims of a selected entity), their two sources and both links.
	around := count("--entity", "E3", "--hops", "1")
	want = map[string]int{"source": 2, "entity": 2, "claim": 3, "evidence": 4, "source_link": 2}
	for k, v := range want {
		if around[k] != v {
			t.Errorf("--entity E3: %d %s, want %d (%v)", around[k], k, v, around)
		}
	}
}
