package importer_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/export/exporttest"
	"github.com/dossier-osint/dossier/export/stix"
	"github.com/dossier-osint/dossier/importer"
)

const shared = "../../shared/schemas"

func sharedFile(t *testing.T, rel string) string {
	t.Helper()
	p := filepath.Join(shared, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s not found (see shared/schemas/SOURCES.md): %v", p, err)
	}
	return p
}

// TestSTIXRoundTrip: a bundle of ours imported into an empty store and exported again is the
// same bundle.
func TestSTIXRoundTrip(t *testing.T) {
	src := exporttest.Store(t)
	var first bytes.Buffer
	if err := stix.Write(t.Context(), &first, src, stix.Options{Reliability: exporttest.Reliability(t, src)}); err != nil {
		t.Fatal(err)
	}
	b, err := importer.STIX("store.json", first.Bytes(), exporttest.At)
	if err != nil {
		t.Fatal(err)
	}
	dst := emptyStore(t)
	res, err := importer.Apply(t.Context(), dst, b)
	if err != nil {
		t.Fatal(err)
	}
	if res.Sources != exporttest.Sources || res.Entities != exporttest.Entities || res.Claims != exporttest.Claims {
		t.Errorf("imported %+v", res)
	}
	var second bytes.Buffer
	if err := stix.Write(t.Context(), &second, dst, stix.Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		a, b := strings.Split(first.String(), "\n"), strings.Split(second.String(), "\n")
		for i := range min(len(a), len(b)) {
			if a[i] != b[i] {
				t.Errorf("line %d differs:\n%s\n%s", i+1, a[i], b[i])
				break
			}
		}
		t.Errorf("round trip differs (%d and %d lines)", len(a), len(b))
	}
}

// TestSTIXValidatorFixtures: the STIX validator's valid examples import, the invalid ones are
// rejected with an error that says why.
func TestSTIXValidatorFixtures(t *testing.T) {
	dir := sharedFile(t, "cti-stix-validator/stix2validator/test/v21/test_examples")
	wantErr := map[string]string{
		"invalid_braces.json":    "not JSON",
		"invalid_comma.json":     "not JSON",
		"invalid_identity.json":  "required property modified is missing",
		"invalid_timestamp.json": "modified 2015-08-08T15:50:10.983Z is before created",
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		b, err := importer.STIX(name, data, exporttest.At)
		if want, bad := wantErr[name]; bad {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: error %v, want one saying %q", name, err, want)
			} else {
				t.Logf("%s: %v", name, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if _, err := importer.Apply(t.Context(), emptyStore(t), b); err != nil {
			t.Errorf("%s: store: %v", name, err)
		}
	}
}

// TestSTIXExamples: the OASIS example bundles import, their identities, threat actors and
// intrusion sets as entities and the relationships between those as claims.
func TestSTIXExamples(t *testing.T) {
	dir := sharedFile(t, "cti-documentation/examples/example_json")
	files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
	more, _ := filepath.Glob(filepath.Join(shared, "cti-stix2-json-schemas/examples/*.json"))
	for _, f := range append(files, more...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b, err := importer.STIX(filepath.Base(f), data, exporttest.At)
		if err != nil {
			t.Errorf("%s: %v", filepath.Base(f), err)
			continue
		}
		res, err := importer.Apply(t.Context(), emptyStore(t), b)
		if err != nil {
			t.Errorf("%s: store: %v", filepath.Base(f), err)
		}
		t.Logf("%s: %+v", filepath.Base(f), res)
	}
}
