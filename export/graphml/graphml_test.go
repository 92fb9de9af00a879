package graphml_test

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/export/exporttest"
	"github.com/dossier-osint/dossier/export/graphml"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

// The GraphML 1.0 XSD and the catalog that keeps xmllint offline (see shared/schemas/SOURCES.md).
const (
	schemaDir = "../../../shared/schemas/graphml"
	xsd       = "quickgraph/src/QuickGraph/Serialization/graphml.xsd"
)

func export(t *testing.T) string {
	t.Helper()
	db := exporttest.Store(t)
	var buf bytes.Buffer
	if err := graphml.Write(t.Context(), &buf, db); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "store.graphml")
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
	exporttest.Golden(t, filepath.Join("testdata", "store.golden.graphml"), got, *update)
}

func xmllint(t *testing.T, file string) error {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian package libxml2-utils); schema check skipped")
	}
	dir, err := filepath.Abs(schemaDir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, xsd)); err != nil {
		t.Skipf("GraphML schema not found under %s (see shared/schemas/SOURCES.md)", dir)
	}
	cmd := exec.Command(bin, "--nonet", "--noout", "--schema", xsd, file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "XML_CATALOG_FILES="+filepath.Join(dir, "catalog.xml"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Logf("xmllint: %s", out)
	}
	return err
}

// TestSchema validates the export with xmllint against the GraphML 1.0 XSD, offline.
func TestSchema(t *testing.T) {
	path := export(t)
	if err := xmllint(t, path); err != nil {
		t.Fatalf("xmllint rejects the export: %v", err)
	}
	// The check is not vacuous: an edge to an undeclared node is rejected.
	data, _ := os.ReadFile(path)
	bad := filepath.Join(t.TempDir(), "bad.graphml")
	os.WriteFile(bad, bytes.Replace(data, []byte(`target="E1"`), []byte(`target="E99"`), 1), 0o644)
	if err := xmllint(t, bad); err == nil {
		t.Error("xmllint accepted an edge to an undeclared node")
	}
}

const networkxScript = `
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
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
