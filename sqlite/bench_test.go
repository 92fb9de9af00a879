package sqlite_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/internal/cputime"
	"github.com/dossier-osint/dossier/normalize"
	"github.com/dossier-osint/dossier/pipeline"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/synth"
)

// BenchmarkStoreSources measures storing generated news-sized documents with what the pipeline
// extracted from them (entities, names, mentions, claims, evidence, links) in group commits of
// 256, apart from extraction: the store's share of an ingest. Run with -cpu 1.
func BenchmarkStoreSources(b *testing.B) {
	const n = 1024
	c := synth.NewCorpus(1, 1000)
	e := pipeline.New()
	docs := make([]*dossier.Document, n)
	var stmts int
	for i := range docs {
		d := c.Document(i)
		text := normalize.Text(d.Text)
		s := &dossier.Source{ID: dossier.ContentID(text), Path: d.Name, Text: text, Language: d.Lang, Format: "text"}
		x := e.Resolve(e.Extract(s))
		docs[i] = &dossier.Document{Source: s, Extraction: x}
		stmts += 2 + len(x.Entities) + len(x.Mentions) + len(x.Claims) + len(x.Links) + len(x.Proposals)
		for _, en := range x.Entities {
			stmts += max(1, len(en.Names))
		}
		for _, cl := range x.Claims {
			stmts += len(cl.Evidence)
		}
	}
	var cpu time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := sqlite.Open(filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu0 := cputime.Process()
		for k := 0; k < n; k += 256 {
			res, err := db.StoreSources(b.Context(), docs[k:k+256])
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range res {
				if r.Err != nil {
					b.Fatal(r.Err)
				}
			}
		}
		cpu += cputime.Process() - cpu0
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(stmts)/n, "stmts/doc")
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu > 0 {
		b.ReportMetric(float64(n*b.N)/cpu.Seconds(), "docs/cpu-s")
	}
}
