package names

import (
	"os"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/internal/cputime"
	"github.com/dossier-osint/dossier/synth"
)

// benchPairs are the labelled pairs of testdata/pairs.csv, the workload of the pair benchmarks.
func benchPairs(b *testing.B) []Pair { return readPairsFile(b, "testdata/pairs.csv") }

// BenchmarkScorePrepared measures scoring of prepared names, the resolver's hot path: one op is
// one pair. pairs/s is reported.
func BenchmarkScorePrepared(b *testing.B) {
	pairs := benchPairs(b)
	pa, pb := make([]*Prepared, len(pairs)), make([]*Prepared, len(pairs))
	for i, p := range pairs {
		pa[i], pb[i] = Prepare(p.Name1, p.Kind), Prepare(p.Name2, p.Kind)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	sink := 0.0
	for i := 0; i < b.N; i++ {
		j := i % len(pairs)
		sink += ScorePrepared(pa[j], pb[j])
	}
	b.StopTimer()
	reportCPU(b, cpu0)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
	_ = sink
}

// BenchmarkScore measures Score on raw strings (preparing both names each time).
func BenchmarkScore(b *testing.B) {
	pairs := benchPairs(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		p := pairs[i%len(pairs)]
		s, _ := Score(p.Name1, p.Name2, p.Kind)
		_ = s
	}
	reportCPU(b, cpu0)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkPrepare measures preparing one name.
func BenchmarkPrepare(b *testing.B) {
	pairs := benchPairs(b)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		p := pairs[i%len(pairs)]
		_ = Prepare(p.Name1, p.Kind)
	}
	reportCPU(b, cpu0)
}

// BenchmarkJaroWinkler measures the plain Jaro-Winkler baseline on the comparable forms of the
// same pairs (so it gets the transliteration for free) and reports its best F1 on them beside
// this package's F1 at DefaultThreshold, measured in the same run.
func BenchmarkJaroWinkler(b *testing.B) {
	pairs := benchPairs(b)
	ca, cb := make([]string, len(pairs)), make([]string, len(pairs))
	for i, p := range pairs {
		ca[i], cb[i] = Comparable(p.Name1), Comparable(p.Name2)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	sink := 0.0
	for i := 0; i < b.N; i++ {
		j := i % len(pairs)
		sink += jaroWinkler(ca[j], cb[j])
	}
	b.StopTimer()
	reportCPU(b, cpu0)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pairs/s")
	_ = sink
	jwRaw, tRaw := bestThreshold(pairs, func(a, b string, _ Kind) float64 { return jaroWinkler(a, b) })
	jwComp, tComp := bestThreshold(pairs, func(a, b string, _ Kind) float64 { return jaroWinkler(Comparable(a), Comparable(b)) })
	ours := Evaluate(pairs, DefaultThreshold, nil)
	jw85 := Evaluate(pairs, DefaultThreshold, func(a, b string, _ Kind) float64 { return jaroWinkler(Comparable(a), Comparable(b)) })
	b.ReportMetric(ours.F1, "F1-names")
	b.ReportMetric(ours.Accuracy, "acc-names")
	b.ReportMetric(jw85.F1, "F1-jw-comparable@0.85")
	b.ReportMetric(jw85.Accuracy, "acc-jw-comparable@0.85")
	b.ReportMetric(jwComp.F1, "F1-jw-comparable-best")
	b.ReportMetric(tComp, "jw-comparable-best-threshold")
	b.ReportMetric(jwRaw.F1, "F1-jw-raw-best")
	b.ReportMetric(tRaw, "jw-raw-best-threshold")
}

// reportCPU reports the process CPU time per operation since cpu0: on a machine shared with
// other work, wall time per op overstates the cost and CPU time does not (run with -cpu 1).
func reportCPU(b *testing.B, cpu0 time.Duration) {
	if cpu0 == 0 {
		return
	}
	b.ReportMetric(float64((cputime.Process()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

// Index benchmark: DOSSIER_BENCH_NAMES names (default 1,000,000) from synth.Names, indexed by
// their canonical text; queries are their other spellings (other schemes and scripts).
var (
	indexOnce    sync.Once
	benchIndex   *Index
	benchQueries []benchQuery
	indexBytes   uint64
	indexBuildNs int64
	indexNames   int
)

// benchQuery is another spelling of an indexed name, and the ID it should find.
type benchQuery struct {
	text string
	id   uint32
	kind Kind
}

func kindOfType(t dossier.EntityType) Kind {
	switch t {
	case dossier.Person:
		return KindPerson
	case dossier.Organization:
		return KindOrganization
	}
	return KindOther
}

func buildBenchIndex(b *testing.B) {
	indexOnce.Do(func() {
		n := 1_000_000
		if v, err := strconv.Atoi(os.Getenv("DOSSIER_BENCH_NAMES")); err == nil && v > 0 {
			n = v
		}
		names := synth.Names(n, 1)
		indexNames = n
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		start := time.Now()
		x := NewIndex()
		for i, nm := range names {
			x.Add(uint32(i), nm.Text, kindOfType(nm.Type))
		}
		x.Search("warm up", KindPerson, 1) // folds the postings
		indexBuildNs = time.Since(start).Nanoseconds()
		runtime.GC()
		runtime.ReadMemStats(&after)
		indexBytes = after.HeapAlloc - before.HeapAlloc
		benchIndex = x
		// Queries: a spelling other than the indexed one, for 20,000 names spread over the set.
		for i := 0; i < 20000; i++ {
			id := (i * 7919) % len(names)
			nm := &names[id]
			q := nm.Text
			if len(nm.Variants) > 0 {
				q = nm.Variants[i%len(nm.Variants)]
			}
			benchQueries = append(benchQueries, benchQuery{q, uint32(id), kindOfType(nm.Type)})
		}
		names = nil
		runtime.GC() // the generated names hold pointers; keep them from the GC's work in the loop
	})
}

// BenchmarkIndexSearch reports the median and p99 latency of Search (k=10) over a
// 1,000,000-name index, the index's heap size, its build time, and recall: how often the
// queried entity is the first candidate and among the ten.
func BenchmarkIndexSearch(b *testing.B) {
	buildBenchIndex(b)
	x := benchIndex
	lat := make([]time.Duration, 0, b.N)
	cpuLat := make([]time.Duration, 0, b.N)
	hit1, hit10, queries := 0, 0, 0
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := &benchQueries[i%len(benchQueries)]
		t0, c0 := time.Now(), cputime.Process()
		cs := x.Search(q.text, q.kind, 10)
		lat = append(lat, time.Since(t0))
		cpuLat = append(cpuLat, cputime.Process()-c0)
		queries++
		for r, c := range cs {
			if c.ID == q.id {
				if r == 0 {
					hit1++
				}
				hit10++
				break
			}
		}
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Nanoseconds())/1e3, "µs-median")
	b.ReportMetric(float64(lat[len(lat)*99/100].Nanoseconds())/1e3, "µs-p99")
	slices.Sort(cpuLat)
	b.ReportMetric(float64(cpuLat[len(cpuLat)/2].Nanoseconds())/1e3, "cpu-µs-median")
	b.ReportMetric(float64(cpuLat[len(cpuLat)*99/100].Nanoseconds())/1e3, "cpu-µs-p99")
	b.ReportMetric(float64(indexBytes)/(1<<20), "index-MB")
	b.ReportMetric(float64(indexBuildNs)/1e9, "build-s")
	b.ReportMetric(float64(indexNames), "names")
	b.ReportMetric(float64(hit1)/float64(queries), "recall@1")
	b.ReportMetric(float64(hit10)/float64(queries), "recall@10")
}
