package echo_test

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/echo"
	"github.com/dossier-osint/dossier/synth"
)

// BenchmarkEchoCorpus signs the synthetic corpus (100,000 documents unless
// DOSSIER_BENCH_ECHO_DOCS says otherwise) and finds its near-duplicates, reporting documents per
// second for the whole detection, and how many of the generator's near-duplicate echoes were found.
func BenchmarkEchoCorpus(b *testing.B) {
	n := 100000
	if v, err := strconv.Atoi(os.Getenv("DOSSIER_BENCH_ECHO_DOCS")); err == nil && v > 0 {
		n = v
	}
	c := synth.NewCorpus(1, 1000)
	texts := make([]string, n)
	echoOf := make([]int, n)
	kind := make([]string, n)
	var size int64
	for i := range texts {
		d := c.Document(i)
		texts[i], echoOf[i], kind[i] = d.Text, d.EchoOf, d.EchoKind
		size += int64(len(d.Text))
	}
	b.SetBytes(size)
	b.ResetTimer()
	var pairs []echo.Pair
	for it := 0; it < b.N; it++ {
		t0 := time.Now()
		sigs := make([]echo.Signature, n)
		for i, t := range texts {
			sigs[i], _ = echo.Sign(t)
		}
		pairs = echo.NearDuplicates(sigs, 0.5)
		b.ReportMetric(float64(n)/time.Since(t0).Seconds(), "docs/s")
	}
	b.StopTimer()
	found := map[[2]int]bool{}
	for _, p := range pairs {
		found[[2]int{p.A, p.B}] = true
	}
	want, hit := 0, 0
	for i, j := range echoOf {
		if j >= 0 && kind[i] == "near_duplicate" {
			want++
			if found[[2]int{min(i, j), max(i, j)}] {
				hit++
			}
		}
	}
	if want > 0 {
		b.ReportMetric(float64(hit)/float64(want), "dup-recall")
	}
	b.ReportMetric(float64(len(pairs)), "pairs")
}
