package importer_test

import (
	"testing"

	"github.com/dossier-osint/dossier/importer"
)

func TestDetect(t *testing.T) {
	for in, want := range map[string]string{
		`{"type":"bundle","id":"bundle--x","objects":[`:                    "stix",
		"{\n  \"type\": \"identity\",\n  \"spec_version\": \"2.1\"":        "stix",
		`{"kind":"source","id":"x"}` + "\n":                                "jsonl",
		`{"id":"p1","schema":"Person","properties":{"name":["A"]}}` + "\n": "ftm",
		"name,type\nx,y\n": "",
	} {
		if got := importer.Detect([]byte(in)); got != want {
			t.Errorf("Detect(%q) = %q, want %q", in, got, want)
		}
	}
}
