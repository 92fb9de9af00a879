package importer_test

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/export/exporttest"
	"github.com/dossier-osint/dossier/export/jsonl"
	"github.com/dossier-osint/dossier/importer"
	"github.com/dossier-osint/dossier/sqlite"
)

func emptyStore(t *testing.T) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "y.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.Now = func() time.Time { return exporttest.At }
	return db
}

// TestJSONLRoundTrip: a dump imported into an empty store and dumped again is identical.
func TestJSONLRoundTrip(t *testing.T) {
	src := exporttest.Store(t)
	var first bytes.Buffer
	if err := jsonl.Write(t.Context(), &first, src, nil); err != nil {
		t.Fatal(err)
	}
	b, err := importer.JSONL(bytes.NewReader(first.Bytes()))
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
	if err := jsonl.Write(t.Context(), &second, dst, nil); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Errorf("round trip differs:\nfirst:\n%s\nsecond:\n%s", first.String(), second.String())
	}
	// Importing again is a no-op: every source is already there.
	if res, err := importer.Apply(t.Context(), dst, mustJSONL(t, first.Bytes())); err != nil || res.Sources != 0 {
		t.Errorf("second import: %+v %v", res, err)
	}
}

func mustJSONL(t *testing.T, data []byte) *importer.Batch {
	b, err := importer.JSONL(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestJSONLErrors(t *testing.T) {
	for name, in := range map[string]string{
		"not json":    "{\"kind\":\n",
		"bad kind":    `{"kind":"frob"}`,
		"bad hash":    `{"kind":"source","id":"x","text":"abc","format":"text","retrieved":""}`,
		"bad type":    `{"kind":"entity","id":"E1","type":"Thing","name":"x","created":""}`,
		"orphan ment": `{"kind":"mention","source":"nope","start":0,"end":1,"text":"x"}`,
	} {
		if _, err := importer.JSONL(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("%s: no error", name)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
}
