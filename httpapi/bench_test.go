package httpapi_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/httpapi"
	"github.com/dossier-osint/dossier/internal/cputime"
	"github.com/dossier-osint/dossier/sqlite"
)

// BenchmarkEntityGet times GET /api/entities/{id} through the whole handler chain (token check,
// profile, grades, JSON) on a store of 10,000 entities joined by 20,000 claims, for random ids.
// Besides wall time it reports the process's CPU time per request (cpu-ns/op).
// 'dossier bench serve' measures the same route over the network with wrk on a million entities.
func BenchmarkEntityGet(b *testing.B) {
	db, err := sqlite.Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	const n, m = 10000, 20000
	text := "generated"
	src := &dossier.Source{ID: dossier.ContentID(text), Path: "gen.txt", Text: text, Format: "text", Language: "en"}
	x := &dossier.Extraction{}
	for i := range n {
		x.Entities = append(x.Entities, &dossier.Entity{ID: fmt.Sprintf("E%05d", i), Type: dossier.Person, Name: fmt.Sprintf("Entity %d", i)})
	}
	seed := uint64(1)
	next := func() int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	for i := range m {
		a, c := next(), next()
		if a == c {
			c = (c + 1) % n
		}
		x.Claims = append(x.Claims, &dossier.Claim{ID: fmt.Sprintf("C%06d", i), Subject: fmt.Sprintf("E%05d", a), Predicate: "associate_of",
			Object: dossier.Object{EntityID: fmt.Sprintf("E%05d", c)}, Evidence: []*dossier.Evidence{{SourceID: src.ID,
				Span: dossier.Span{Start: 0, End: 9}, Quote: text, Stance: dossier.StanceAsserts, Method: "generated"}}})
	}
	if res, err := db.StoreSources(ctx, []*dossier.Document{{Source: src, Extraction: x}}); err != nil || res[0].Err != nil {
		b.Fatal(err, res)
	}
	hash, _ := httpapi.HashPassword("bench-password")
	u := &dossier.User{Name: "bench", Role: dossier.RoleViewer, PasswordHash: hash}
	if err := db.CreateUser(ctx, u); err != nil {
		b.Fatal(err)
	}
	tok, _, err := httpapi.NewToken(ctx, db, u, "bench")
	if err != nil {
		b.Fatal(err)
	}
	db.SetReaders(8)
	h := httpapi.New(httpapi.Config{Store: db, Users: db, Logger: slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelWarn}))}).Handler()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			i++
			req := httptest.NewRequest("GET", fmt.Sprintf("/api/entities/E%05d", (i*7919)%n), nil)
			req.Header.Set("Authorization", "Bearer "+tok)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != http.StatusOK {
				b.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
		}
	})
	// CPU time per request, which other work on a shared machine inflates less than wall time.
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}
