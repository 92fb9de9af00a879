package gexf_test

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/export/exporttest"
	"github.com/dossier-osint/dossier/export/gexf"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// xsd is the official GEXF 1.3 schema (see shared/schemas/SOURCES.md).
const xsd = "../../../shared/schemas/gexf/specs/1.3/gexf.xsd"

func export(t *testing.T) string {
	t.Helper()
	db := exporttest.Store(t)
	var buf bytes.Buffer
	if err := gexf.Write(t.Context(), &buf, db); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "store.gexf")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestWriteGolden(t *testing.T) {
	got, err := os.ReadFile(export(t))
	if err != nil {
		t.Fatal(err)
	}
	exporttest.Golden(t, filepath.Join("testdata", "store.golden.gexf"), got, *update)
}

// TestSchema validates the export with xmllint against the official GEXF 1.3 XSD.
func TestSchema(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian package libxml2-utils); schema check skipped")
	}
	if _, err := os.Stat(xsd); err != nil {
		t.Skipf("GEXF schema not found at %s (see shared/schemas/SOURCES.md)", xsd)
	}
	path := export(t)
	if out, err := exec.Command(xmllint, "--nonet", "--noout", "--schema", xsd, path).CombinedOutput(); err != nil {
		t.Fatalf("xmllint rejects the export: %v\n%s", err, out)
	}
	// The check is not vacuous: a node without an id is rejected.
	data, _ := os.ReadFile(path)
	bad := filepath.Join(t.TempDir(), "bad.gexf")
	os.WriteFile(bad, bytes.Replace(data, []byte(`<node id=`), []byte(`<node xid=`), 1), 0o644)
	if err := exec.Command(xmllint, "--nonet", "--noout", "--schema", xsd, bad).Run(); err == nil {
		t.Error("xmllint accepted a node without an id")
	}
}

// networkxScript loads a GEXF file (renamed to the 1.2draft namespace networkx knows) and prints
// its node and edge counts and the attributes of edge C1.
const networkxScript = `
import sys, networkx as nx, tempfile
data = open(sys.argv[1], encoding='utf-8').read()
data = data.replace('http://gexf.net/1.3', 'http://www.gexf.net/1.2draft').replace('version="1.3"', 'version="1.2"')
f = tempfile.NamedTemporaryFile('w', suffix='.gexf', delete=False, encoding='utf-8'); f.write(data); f.close()
g = nx.read_gexf(f.name)
print(g.number_of_nodes(), g.number_of_edges())
for u, v, d in g.edges(data=True):
    if d.get('id') == 'C1':
        print(u, v, d.get('predicate'), d.get('credibility'), d.get('start'))
`

// TestNetworkx loads the export in networkx and compares the counts with the store.
func TestNetworkx(t *testing.T) {
	py := "/usr/bin/python3"
	if out, err := exec.Command(py, "-c", "import networkx").CombinedOutput(); err != nil {
		t.Skipf("networkx not available to %s (Debian package python3-networkx): %v %s", py, err, out)
	}
	out, err := exec.Command(py, "-c", networkxScript, export(t)).CombinedOutput()
	if err != nil {
		t.Fatalf("networkx cannot read the export: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if want := "7 7"; lines[0] != want {
		t.Errorf("networkx sees %s nodes and edges, want %s (the store's %d entities and %d entity claims)", lines[0], want, exporttest.Entities, exporttest.EntityClaims)
	}
	if len(lines) < 2 || lines[1] != "E2 E1 founded_by 3 2016-01-01" {
		t.Errorf("edge C1 as networkx reads it: %q", lines[1:])
	}
}
