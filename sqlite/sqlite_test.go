package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/storetest"
)

func open(t *testing.T) dossier.Store {
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dossier.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) { storetest.Run(t, open) }

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dossier.db")
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s := storetest.NewSource("a.txt", "kept across opens")
	if _, err := db.StoreSources(t.Context(), []*dossier.Document{{Source: s}}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlite.Open(path) // migrations must not run twice
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.FindSourceByID(t.Context(), s.ID); err != nil {
		t.Fatal(err)
	}
	if err := db.IntegrityCheck(t.Context()); err != nil {
		t.Fatal(err)
	}
}

func TestOpenErrors(t *testing.T) {
	for _, p := range []string{"", ":memory:", filepath.Join(t.TempDir(), "missing", "x.db")} {
		if _, err := sqlite.Open(p); dossier.ErrorCode(err) != dossier.EINVALID {
			t.Errorf("Open(%q): got %v, want EINVALID", p, err)
		}
	}
}
