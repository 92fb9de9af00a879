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

// TestExportCase exports one case of a store that holds two: every format keeps the case's
// sources and nothing that only the other sources state, and every reference resolves.
func TestExportCase(t *testing.T) {
	dir := corpusDir(t)
	db := filepath.Join(t.TempDir(), "c.db")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) < 4 {
		t.Skipf("the shared corpus has %d files, want 4", len(files))
	}
	if _, errs, code := run(t, db, "ingest", "--case", "alpha", files[0], files[2]); code != 0 {
		t.Fatal(errs)
	}
	if _, errs, code := run(t, db, "ingest", files[1], files[3]); code != 0 {
		t.Fatal(errs)
	}
	export := func(format string, extra ...string) string {
		t.Helper()
		out := filepath.Join(t.TempDir(), "export."+format)
		args := append([]string{"export", "--format", format, "-o", out}, extra...)
		if _, errs, code := run(t, db, args...); code != 0 {
			t.Fatalf("%v: %s", args, errs)
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	// jsonl: the two sources of the case, their claims' evidence only from them.
	caseSources := map[string]bool{}
	var claims int
	for _, line := range strings.Split(strings.TrimSpace(export("jsonl", "--case", "alpha")), "\n") {
		var rec struct {
			Kind, Case string
			ID         any // a judgement's id is a number
			Evidence   json.RawMessage
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		switch rec.Kind {
		case "source":
			if rec.Case != "alpha" {
				t.Errorf("source %s of case %q in the alpha export", rec.ID, rec.Case)
			}
			caseSources[rec.ID.(string)] = true
		case "claim":
			claims++
			var evs []struct{ Source string }
			if err := json.Unmarshal(rec.Evidence, &evs); err != nil {
				t.Fatal(err)
			}
			for _, ev := range evs {
				if !caseSources[ev.Source] {
					t.Errorf("claim %s keeps evidence from %s, outside the case", rec.ID, ev.Source)
				}
			}
		}
	}
	if len(caseSources) != 2 || claims == 0 {
		t.Fatalf("case alpha: %d sources, %d claims; want 2 sources and some claims", len(caseSources), claims)
	}
	// STIX: two reports, every reference inside the bundle.
	var bundle struct {
		Objects []map[string]any
	}
	if err := json.Unmarshal([]byte(export("stix", "--case", "alpha")), &bundle); err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	reports := 0
	for _, o := range bundle.Objects {
		ids[o["id"].(string)] = true
		if o["type"] == "report" {
			reports++
		}
	}
	for _, o := range bundle.Objects {
		for k, v := range o {
			var refs []any
			switch {
			case strings.HasSuffix(k, "_ref"):
				refs = []any{v}
			case strings.HasSuffix(k, "_refs"):
				refs = v.([]any)
			}
			for _, r := range refs {
				if !ids[r.(string)] {
					t.Errorf("%s.%s = %s does not resolve", o["id"], k, r)
				}
			}
		}
	}
	if reports != 2 {
		t.Errorf("STIX --case alpha: %d reports, want 2", reports)
	}
	// FtM: two articles; every value that names an exported id points into the export.
	ftmIDs, articles := map[string]bool{}, 0
	var ents []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(export("ftm", "--case", "alpha")), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatal(err)
		}
		ents = append(ents, e)
		if !ftmIDs[e["id"].(string)] && e["schema"] == "Article" {
			articles++
		}
		ftmIDs[e["id"].(string)] = true
	}
	for _, e := range ents {
		props := e["properties"].(map[string]any)
		for _, k := range []string{"document", "entity", "member", "organization", "subject", "object", "resolved", "director"} {
			vs, _ := props[k].([]any)
			for _, v := range vs {
				if !ftmIDs[v.(string)] {
					t.Errorf("FtM %s.%s = %s is not in the export", e["id"], k, v)
				}
			}
		}
	}
	if articles != 2 {
		t.Errorf("FtM --case alpha: %d articles, want 2", articles)
	}
	// A case that holds nothing is an error, not an empty file.
	if _, errs, code := run(t, db, "export", "--format", "jsonl", "--case", "nosuch"); code == 0 || !strings.Contains(errs, "nosuch") {
		t.Errorf("--case nosuch: exit %d, %q", code, errs)
	}
}
