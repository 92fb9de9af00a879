package stix_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dossier-osint/dossier/export/exporttest"
	"github.com/dossier-osint/dossier/export/stix"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// schemaDir holds the official OASIS STIX 2.1 JSON schemas (see shared/schemas/SOURCES.md).
const schemaDir = "../../../shared/schemas/cti-stix2-json-schemas/schemas"

const schemaBase = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/"

func export(t *testing.T) []byte {
	t.Helper()
	db := exporttest.Store(t)
	var buf bytes.Buffer
	opt := stix.Options{Place: func(name string) (stix.Place, bool) {
		if name == "Baku" {
			return stix.Place{Country: "AZ", Lat: 40.37767, Lon: 49.89201}, true
		}
		return stix.Place{}, false
	}, Reliability: exporttest.Reliability(t, db)}
	if err := stix.Write(t.Context(), &buf, db, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteGolden(t *testing.T) {
	got := export(t)
	exporttest.Golden(t, filepath.Join("testdata", "store.golden.json"), got, *update)
	if again := export(t); !bytes.Equal(got, again) {
		t.Error("two exports of the same store differ: ids or order are not deterministic")
	}
}

// schemas compiles the official schema of every STIX type, offline: each local file is
// registered under its $id.
func schemas(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	if _, err := os.Stat(schemaDir); err != nil {
		t.Skipf("official STIX schemas not found at %s (see shared/schemas/SOURCES.md): %v", schemaDir, err)
	}
	c := jsonschema.NewCompiler()
	var types []string
	err := filepath.WalkDir(schemaDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		rel, _ := filepath.Rel(schemaDir, path)
		rel = filepath.ToSlash(rel)
		if err := c.AddResource(schemaBase+rel, doc); err != nil {
			return err
		}
		if dir := filepath.Dir(rel); dir == "sdos" || dir == "sros" || dir == "observables" || rel == "common/extension-definition.json" || rel == "common/marking-definition.json" {
			types = append(types, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*jsonschema.Schema{}
	for _, rel := range types {
		sch, err := c.Compile(schemaBase + rel)
		if err != nil {
			t.Fatalf("compile %s: %v", rel, err)
		}
		out[strings.TrimSuffix(filepath.Base(rel), ".json")] = sch
	}
	return out
}

var (
	idPattern  = regexp.MustCompile(`^[a-z][a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	customType = regexp.MustCompile(`^x-[a-z0-9-]+$`)
	// Relationship types of the STIX 2.1 specification (common ones and those of each SDO).
	stixRelationships = map[string]bool{"related-to": true, "derived-from": true, "duplicate-of": true, "located-at": true,
		"attributed-to": true, "targets": true, "uses": true, "impersonates": true, "compromises": true, "owns": true,
		"hosts": true, "authored-by": true, "cooperates-with": true, "indicates": true, "mitigates": true, "based-on": true}
)

// Validate checks a bundle as a STIX consumer would: the envelope, every object against its own
// type schema, and the rules the schemas miss: unique ids, modified >= created, stop_time after
// start_time, every *_ref and *_refs (and every extension id) resolving inside the bundle, and
// custom relationship types prefixed x-.
func Validate(t *testing.T, sch map[string]*jsonschema.Schema, data []byte) map[string]int {
	t.Helper()
	types, errs := check(sch, data)
	for _, e := range errs {
		t.Error(e)
	}
	return types
}

func check(sch map[string]*jsonschema.Schema, data []byte) (types map[string]int, errs []string) {
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	var bundle struct {
		Type    string            `json:"type"`
		ID      string            `json:"id"`
		Objects []json.RawMessage `json:"objects"`
	}
	if err := json.Unmarshal(data, &bundle); err != nil {
		fail("bundle is not JSON: %v", err)
		return nil, errs
	}
	if bundle.Type != "bundle" || !idPattern.MatchString(bundle.ID) || !strings.HasPrefix(bundle.ID, "bundle--") || len(bundle.Objects) == 0 {
		fail("bad bundle envelope: type %q id %q with %d objects", bundle.Type, bundle.ID, len(bundle.Objects))
		return nil, errs
	}
	ids := map[string]bool{}
	objs := make([]map[string]any, len(bundle.Objects))
	types = map[string]int{}
	for i, raw := range bundle.Objects {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
		if err != nil {
			fail("object %d: %v", i, err)
			continue
		}
		o, _ := inst.(map[string]any)
		objs[i] = o
		typ, _ := o["type"].(string)
		id, _ := o["id"].(string)
		types[typ]++
		s, ok := sch[typ]
		if !ok {
			fail("%s: no official schema for type %q", id, typ)
			continue
		}
		if err := s.Validate(inst); err != nil {
			fail("%s does not validate against %s.json: %v", id, typ, err)
		}
		if !idPattern.MatchString(id) || !strings.HasPrefix(id, typ+"--") {
			fail("bad id %q for type %s", id, typ)
		}
		if ids[id] {
			fail("duplicate id %s", id)
		}
		ids[id] = true
		if c, m := o["created"], o["modified"]; c != nil && m != nil && m.(string) < c.(string) {
			fail("%s: modified %s before created %s", id, m, c)
		}
		if a, b := o["start_time"], o["stop_time"]; a != nil && b != nil && b.(string) <= a.(string) {
			fail("%s: stop_time %s not after start_time %s", id, b, a)
		}
		if rt, ok := o["relationship_type"].(string); ok && !stixRelationships[rt] && !customType.MatchString(rt) {
			fail("%s: relationship type %q is neither a STIX one nor prefixed x-", id, rt)
		}
	}
	var refs func(id string, v any, key string)
	refs = func(id string, v any, key string) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				if key == "extensions" && !ids[k] && strings.HasPrefix(k, "extension-definition--") {
					fail("%s: extension %s not defined in the bundle", id, k)
				}
				refs(id, x, k)
			}
		case []any:
			for _, x := range v {
				refs(id, x, key)
			}
		case string:
			if strings.HasSuffix(key, "_ref") || strings.HasSuffix(key, "_refs") {
				if !ids[v] {
					fail("%s: %s %s does not resolve inside the bundle", id, key, v)
				}
			}
		}
	}
	for _, o := range objs {
		if o != nil {
			id, _ := o["id"].(string)
			refs(id, o, "")
		}
	}
	return types, errs
}

func TestWriteValidates(t *testing.T) {
	sch := schemas(t)
	types := Validate(t, sch, export(t))
	want := map[string]int{"identity": 3, "threat-actor": 2, "location": 2, "incident": 1, "relationship": exporttest.EntityClaims + 1,
		"note": exporttest.Claims - exporttest.EntityClaims + 13 + 1, "report": exporttest.Sources, "extension-definition": 1}
	for typ, n := range want {
		if types[typ] != n {
			t.Errorf("%d %s objects, want %d (all: %v)", types[typ], typ, n, types)
		}
	}
}

// TestValidatorCatches makes sure the checks above are not vacuous: a broken object and a
// dangling reference are caught.
func TestValidatorCatches(t *testing.T) {
	sch := schemas(t)
	data := export(t)
	for name, broken := range map[string][]byte{
		"schema":   bytes.Replace(data, []byte(`"identity_class":"organization"`), []byte(`"identity_class":7`), 1),
		"dangling": bytes.Replace(data, []byte(`"source_ref":"`), []byte(`"source_ref":"identity--00000000-0000-4000-8000-000000000000","x":"`), 1),
		"time":     bytes.Replace(data, []byte(`"modified":"2026-11-01`), []byte(`"modified":"2016-11-01`), 1),
	} {
		if _, errs := check(sch, broken); len(errs) == 0 {
			t.Errorf("%s: a broken bundle passed validation", name)
		}
	}
}

func TestConfidence(t *testing.T) {
	for cred := 1; cred <= 5; cred++ {
		c, ok := stix.Confidence(cred)
		if !ok || stix.Credibility(c) != cred {
			t.Errorf("credibility %d → confidence %d → %d", cred, c, stix.Credibility(c))
		}
	}
	if _, ok := stix.Confidence(6); ok {
		t.Error("credibility 6 (cannot be judged) must have no confidence")
	}
}

// TestValidateFile validates the bundle named by DOSSIER_STIX_FILE (for checking exports of real
// stores: dossier export --format stix -o x.json; DOSSIER_STIX_FILE=$PWD/x.json go test -run
// TestValidateFile ./export/stix).
func TestValidateFile(t *testing.T) {
	path := os.Getenv("DOSSIER_STIX_FILE")
	if path == "" {
		t.Skip("DOSSIER_STIX_FILE not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(Validate(t, schemas(t), data))
}
