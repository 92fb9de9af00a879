package importer_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/export/exporttest"
	"github.com/dossier-osint/dossier/export/ftm"
	"github.com/dossier-osint/dossier/importer"
)

// TestFtMRoundTrip: an FtM export of ours imported into an empty store and exported again gives
// the same FtM entities (FtM cannot hold mentions' methods or dates finer than their
// precision, and none of those differ here).
func TestFtMRoundTrip(t *testing.T) {
	src := exporttest.Store(t)
	var first bytes.Buffer
	if err := ftm.Write(t.Context(), &first, src, ftm.Options{Reliability: exporttest.Reliability(t, src)}); err != nil {
		t.Fatal(err)
	}
	b, err := importer.FtM("store.ftm.json", first.Bytes(), exporttest.At)
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
	if err := ftm.Write(t.Context(), &second, dst, ftm.Options{}); err != nil {
		t.Fatal(err)
	}
	a, c := merged(t, first.Bytes()), merged(t, second.Bytes())
	for id, e := range a {
		if c[id] != e {
			t.Errorf("%s:\n%s\n%s", id, e, c[id])
		}
	}
	if len(a) != len(c) {
		t.Errorf("%d entities, then %d", len(a), len(c))
	}
}

// merged merges fragments and renders each entity canonically.
func merged(t *testing.T, data []byte) map[string]string {
	t.Helper()
	m := map[string]map[string]map[string]bool{}
	schema := map[string]string{}
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
		var e ftm.Entity
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatal(err)
		}
		schema[e.ID] = e.Schema
		if m[e.ID] == nil {
			m[e.ID] = map[string]map[string]bool{}
		}
		for k, vs := range e.Properties {
			if m[e.ID][k] == nil {
				m[e.ID][k] = map[string]bool{}
			}
			for _, v := range vs {
				m[e.ID][k][v] = true
			}
		}
	}
	out := map[string]string{}
	for id, props := range m {
		b, _ := json.Marshal(props)
		out[id] = schema[id] + " " + string(b)
	}
	return out
}

// TestFtMForeign: entities from elsewhere become entities and claims whose evidence is the line
// of the file that states them.
func TestFtMForeign(t *testing.T) {
	in := `{"id":"p1","schema":"Person","properties":{"name":["Qasem Soleimani"],"alias":["Qassem Soleimani"],"birthDate":["1957-03-11"]}}
{"id":"o1","schema":"Organization","properties":{"name":["Quds Force"],"weakAlias":["Qods Force"]}}
{"id":"m1","schema":"Directorship","properties":{"director":["p1"],"organization":["o1"],"startDate":["1998"],"endDate":["2020-01-03"],"role":["commander"]}}
`
	b, err := importer.FtM("x.ftm.json", []byte(in), exporttest.At)
	if err != nil {
		t.Fatal(err)
	}
	dst := emptyStore(t)
	res, err := importer.Apply(t.Context(), dst, b)
	if err != nil {
		t.Fatal(err)
	}
	if res.Entities != 2 || res.Claims != 4 {
		t.Errorf("imported %+v, want 2 entities and 4 claims (2 names, birth date, directorship)", res)
	}
	x := b.Docs[0].Extraction
	for _, c := range x.Claims {
		ev := c.Evidence[0]
		if ev.Method != "import:ftm" || !strings.HasPrefix(ev.Quote, `{"id":`) || string([]rune(in)[ev.Span.Start:ev.Span.End]) != ev.Quote {
			t.Errorf("claim %s: evidence %+v", c.ID, ev)
		}
		if c.Predicate == "leader_of" && (c.ValidFrom.String() != "1998" || c.ValidTo.String() != "2020-01-03" || c.Qualifiers.Role != "commander") {
			t.Errorf("directorship: %+v", c)
		}
	}
	for _, bad := range []string{"{", `{"id":"x"}`, "{\"id\":\"a\",\"schema\":\"Person\"}\n{\"id\":\"a\",\"schema\":\"Event\"}"} {
		if _, err := importer.FtM("bad", []byte(bad), exporttest.At); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
