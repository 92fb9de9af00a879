package ftm_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/dossier-osint/dossier/export/exporttest"
	"github.com/dossier-osint/dossier/export/ftm"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// modelPath is FollowTheMoney's compiled model (see shared/schemas/SOURCES.md).
const modelPath = "../../../shared/schemas/followthemoney/js/src/defaultModel.json"

func export(t *testing.T) []byte {
	t.Helper()
	db := exporttest.Store(t)
	var buf bytes.Buffer
	opt := ftm.Options{Reliability: exporttest.Reliability(t, db), Place: func(name string) (ftm.Place, bool) {
		if name == "Baku" {
			return ftm.Place{Country: "AZ", Lat: 40.37767, Lon: 49.89201}, true
		}
		return ftm.Place{}, false
	}}
	if err := ftm.Write(t.Context(), &buf, db, opt); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWriteGolden(t *testing.T) {
	got := export(t)
	exporttest.Golden(t, filepath.Join("testdata", "store.golden.jsonl"), got, *update)
}

type property struct {
	Type  string `json:"type"`
	Range string `json:"range"`
}

type schema struct {
	Extends    []string            `json:"extends"`
	Abstract   bool                `json:"abstract"`
	Required   []string            `json:"required"`
	Properties map[string]property `json:"properties"`
}

// Model is FtM's schema model with inheritance resolved.
type Model map[string]*schema

func loadModel(t *testing.T) Model {
	t.Helper()
	data, err := os.ReadFile(modelPath)
	if err != nil {
		t.Skipf("FollowTheMoney model not found at %s (see shared/schemas/SOURCES.md): %v", modelPath, err)
	}
	var m struct {
		Schemata Model `json:"schemata"`
	}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	return m.Schemata
}

// prop finds a property on a schema or any of its parents.
func (m Model) prop(s, name string) (property, bool) {
	sc := m[s]
	if sc == nil {
		return property{}, false
	}
	if p, ok := sc.Properties[name]; ok {
		return p, true
	}
	for _, parent := range sc.Extends {
		if p, ok := m.prop(parent, name); ok {
			return p, true
		}
	}
	return property{}, false
}

func (m Model) required(s string) []string {
	sc := m[s]
	if sc == nil {
		return nil
	}
	out := append([]string(nil), sc.Required...)
	for _, parent := range sc.Extends {
		out = append(out, m.required(parent)...)
	}
	return out
}

func (m Model) is(s, r string) bool {
	if s == r {
		return true
	}
	if sc := m[s]; sc != nil {
		for _, p := range sc.Extends {
			if m.is(p, r) {
				return true
			}
		}
	}
	return false
}

var (
	dateRE    = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$`)
	countryRE = regexp.MustCompile(`^[a-z]{2}(-[a-z0-9]+)?$`)
	numberRE  = regexp.MustCompile(`^-?\d+(\.\d+)?$`)
)

// Check validates FtM JSON lines against the model: every schema exists and is concrete, every
// property exists on the schema or a parent, fragments of one id agree on the schema, required
// properties are present once fragments are merged, values of dates, countries and numbers are
// well formed, and every entity-typed value is an id in the file whose schema fits the range.
func Check(m Model, data []byte) (schemas map[string]int, errs []string) {
	fail := func(format string, args ...any) { errs = append(errs, fmt.Sprintf(format, args...)) }
	merged := map[string]*ftm.Entity{}
	var order []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		var e ftm.Entity
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			fail("line %d: %v", n, err)
			continue
		}
		s := m[e.Schema]
		if s == nil {
			fail("line %d (%s): unknown schema %q", n, e.ID, e.Schema)
			continue
		}
		if s.Abstract {
			fail("line %d (%s): abstract schema %q", n, e.ID, e.Schema)
		}
		if e.ID == "" {
			fail("line %d: no id", n)
		}
		for name := range e.Properties {
			if _, ok := m.prop(e.Schema, name); !ok {
				fail("line %d (%s): schema %s has no property %q", n, e.ID, e.Schema, name)
			}
		}
		if prev, ok := merged[e.ID]; ok {
			if prev.Schema != e.Schema {
				fail("line %d: fragment of %s has schema %s, earlier %s", n, e.ID, e.Schema, prev.Schema)
			}
			for k, v := range e.Properties {
				prev.Properties[k] = append(prev.Properties[k], v...)
			}
			continue
		}
		if e.Properties == nil {
			e.Properties = map[string][]string{}
		}
		merged[e.ID] = &e
		order = append(order, e.ID)
	}
	schemas = map[string]int{}
	for _, id := range order {
		e := merged[id]
		schemas[e.Schema]++
		for _, r := range m.required(e.Schema) {
			if len(e.Properties[r]) == 0 {
				fail("%s (%s): required property %q missing", id, e.Schema, r)
			}
		}
		for name, vals := range e.Properties {
			p, _ := m.prop(e.Schema, name)
			for _, v := range vals {
				switch p.Type {
				case "entity":
					target, ok := merged[v]
					if !ok {
						fail("%s: %s points to %q, not in the export", id, name, v)
					} else if p.Range != "" && !m.is(target.Schema, p.Range) {
						fail("%s: %s points to %s of schema %s, not a %s", id, name, v, target.Schema, p.Range)
					}
				case "date":
					if !dateRE.MatchString(v) {
						fail("%s: %s %q is not an FtM date", id, name, v)
					}
				case "country":
					if !countryRE.MatchString(v) {
						fail("%s: %s %q is not a country code", id, name, v)
					}
				case "number":
					if !numberRE.MatchString(v) {
						fail("%s: %s %q is not a number", id, name, v)
					}
				}
			}
		}
	}
	return schemas, errs
}

func TestWriteMatchesModel(t *testing.T) {
	m := loadModel(t)
	schemas, errs := Check(m, export(t))
	for _, e := range errs {
		t.Error(e)
	}
	want := map[string]int{"Article": exporttest.Sources, "Person": 1, "Organization": 2, "Address": 2, "Event": 1, "UserAccount": 1,
		"Mention": 3, "Directorship": 1, "UnknownLink": 6 + 1, "Documentation": 13}
	for s, n := range want {
		if schemas[s] != n {
			t.Errorf("%d %s entities, want %d (all: %v)", schemas[s], s, n, schemas)
		}
	}
}

func TestCheckCatches(t *testing.T) {
	m := loadModel(t)
	data := export(t)
	for name, broken := range map[string][]byte{
		"property": bytes.Replace(data, []byte(`"properties":{"alias":`), []byte(`"properties":{"aliaz":`), 1),
		"schema":   bytes.Replace(data, []byte(`"schema":"Person"`), []byte(`"schema":"Persona"`), 1),
		"dangling": bytes.Replace(data, []byte(`"director":["E1"]`), []byte(`"director":["E99"]`), 1),
		"range":    bytes.Replace(data, []byte(`"director":["E1"]`), []byte(`"director":["E4"]`), 1),
	} {
		if bytes.Equal(broken, data) {
			t.Errorf("%s: the replacement did not apply", name)
		}
		if _, errs := Check(m, broken); len(errs) == 0 {
			t.Errorf("%s: a broken export passed the model check", name)
		}
	}
}

// TestCheckFile checks the FtM lines named by DOSSIER_FTM_FILE against the model (for exports of
// real stores).
func TestCheckFile(t *testing.T) {
	path := os.Getenv("DOSSIER_FTM_FILE")
	if path == "" {
		t.Skip("DOSSIER_FTM_FILE not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	schemas, errs := Check(loadModel(t), data)
	for _, e := range errs {
		t.Error(e)
	}
	t.Log(schemas)
}
