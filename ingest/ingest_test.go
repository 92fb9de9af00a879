package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/ingest"
	"github.com/dossier-osint/dossier/internal/cputime"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/synth"
)

// BenchmarkIngest measures reading, normalising and storing generated news-sized documents on
// the configured GOMAXPROCS (run with -cpu 1 for the one-core figure).
func BenchmarkIngest(b *testing.B) {
	dir := b.TempDir()
	const docs = 2000
	if err := synth.NewCorpus(1, 1000).WriteDir(dir, docs); err != nil {
		b.Fatal(err)
	}
	var size int64
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if fi, err := d.Info(); err == nil && !d.IsDir() {
			size += fi.Size()
		}
		return nil
	})
	b.SetBytes(size)
	b.ResetTimer()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := sqlite.Open(filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		cpu0 := cputime.Process()
		sum, err := ingest.Run(context.Background(), db, []string{dir}, ingest.Options{})
		cpu += cputime.Process() - cpu0
		if err != nil || sum.Added+sum.Present != docs {
			b.Fatalf("%+v %v", sum, err)
		}
		b.StopTimer()
		db.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
	if cpu > 0 {
		// On a shared machine wall time includes waiting for a core; CPU time does not.
		b.ReportMetric(float64(docs*b.N)/cpu.Seconds(), "docs/cpu-s")
	}
}
