package web_test

import (
	"context"
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/analyse"
	"github.com/dossier-osint/dossier/httpapi"
	"github.com/dossier-osint/dossier/ingest"
	"github.com/dossier-osint/dossier/pipeline"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/web"
)

const (
	testUser     = "analyst"
	testPassword = "correct horse battery staple"
)

// fixture is a running server over a fresh store holding the documents of testdata/docs.
type fixture struct {
	db  *sqlite.DB
	srv *httpapi.Server
	url string
}

// newFixture ingests testdata/docs as `dossier ingest` does (extraction, then analysis), adds an
// analyst account and starts the real server on a free local port.
func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "dossier.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	engine := pipeline.New()
	if err := engine.Load(ctx, db); err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Run(ctx, db, []string{filepath.Join("testdata", "docs")}, ingest.Options{Extract: engine.Prepare, Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Added == 0 || sum.Failed > 0 {
		t.Fatalf("ingest: %+v", sum)
	}
	if _, err := analyse.Run(ctx, db); err != nil {
		t.Fatal(err)
	}
	hash, err := httpapi.HashPassword(testPassword)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.CreateUser(ctx, &dossier.User{Name: testUser, Role: dossier.RoleAnalyst, PasswordHash: hash}); err != nil {
		t.Fatal(err)
	}
	srv := httpapi.New(httpapi.Config{Store: db, Users: db, Pages: web.Assets(), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err := srv.Open("127.0.0.1:0", "", ""); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Close(context.Background()) })
	return &fixture{db: db, srv: srv, url: srv.URL()}
}
