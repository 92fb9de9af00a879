package known

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/cputime"
	"github.com/dossier-osint/dossier/synth"
)

// Benchmark material: the spellings of n generated names (canonical and variants, every one an
// entry of the same entity) and documents of the synthetic corpus over the same names.

const benchSeed = 7

func synthEntries(ns []synth.Name) []Entry {
	var es []Entry
	for i, n := range ns {
		id := fmt.Sprintf("e%d", i)
		es = append(es, Entry{EntityID: id, Name: n.Text, Type: n.Type})
		for _, v := range n.Variants {
			es = append(es, Entry{EntityID: id, Name: v, Type: n.Type})
		}
	}
	return es
}

// corpusText returns documents of the corpus, concatenated, up to at least size bytes, and the
// first English document of about 4 KB.
func corpusText(c *synth.Corpus, size int) (string, string) {
	var b strings.Builder
	en := ""
	for i := 0; b.Len() < size; i++ {
		d := c.Document(i)
		if en == "" && d.Lang == "en" && d.Format == "text" && len(d.Text) >= 3500 {
			en = d.Text
		}
		b.WriteString(d.Text)
		b.WriteString("\n\n")
	}
	return b.String(), en
}

var bench100k = sync.OnceValues(func() (*Automaton, [2]string) {
	c := synth.NewCorpus(benchSeed, 100_000)
	a := Build(synthEntries(c.Names))
	big, en := corpusText(c, 10<<20)
	if en == "" {
		panic("no English document of 4 KB in the corpus")
	}
	return a, [2]string{big, en}
})

// BenchmarkFind4KB scans one English news-sized document with 100,000 known names.
func BenchmarkFind4KB(b *testing.B) {
	a, texts := bench100k()
	text := texts[1]
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	c0 := cputime.Process()
	for b.Loop() {
		n = len(a.FindLang(text, "en"))
	}
	reportCPU(b, c0, len(text))
	b.ReportMetric(float64(n), "matches/doc")
}

// BenchmarkFind10MB scans about 10 MB of documents in six languages with 100,000 known names.
func BenchmarkFind10MB(b *testing.B) {
	a, texts := bench100k()
	text := texts[0]
	b.SetBytes(int64(len(text)))
	n := 0
	c0 := cputime.Process()
	for b.Loop() {
		n = len(a.Find(text))
	}
	reportCPU(b, c0, len(text))
	b.ReportMetric(float64(n), "matches")
}

// reportCPU reports megabytes scanned per CPU second of the process since c0, when the
// platform can tell.
func reportCPU(b *testing.B, c0 time.Duration, size int) {
	if d := cputime.Process() - c0; d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/d.Seconds(), "MB/cpu-s")
	}
}

func benchBuild(b *testing.B, names int) {
	es := synthEntries(synth.Names(names, benchSeed))
	c0 := cputime.Process()
	for b.Loop() {
		Build(es)
	}
	if d := cputime.Process() - c0; d > 0 {
		b.ReportMetric(d.Seconds()/float64(b.N), "cpu-s/op")
	}
	b.StopTimer()
	// The heap an automaton holds: live heap with one, less live heap without.
	var without, with runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&without)
	a := Build(es)
	runtime.GC()
	runtime.ReadMemStats(&with)
	b.ReportMetric(float64(with.HeapAlloc-without.HeapAlloc)/(1<<20), "MB-heap")
	b.ReportMetric(float64(len(es)), "entries")
	runtime.KeepAlive(a)
	runtime.KeepAlive(es) // live in both measurements, so that the difference is a alone
}

// BenchmarkBuild100k builds an automaton over the spellings of 100,000 names and reports the
// heap it holds.
func BenchmarkBuild100k(b *testing.B) { benchBuild(b, 100_000) }

// BenchmarkBuild1M does the same for 1,000,000 names (about 7.5 million spellings). It is
// skipped in -short mode.
func BenchmarkBuild1M(b *testing.B) {
	if testing.Short() {
		b.Skip("1,000,000 names: skipped in -short mode")
	}
	benchBuild(b, 1_000_000)
}

// BenchmarkWith adds batches of 100 names to an automaton of 100,000.
func BenchmarkWith(b *testing.B) {
	ns := synth.Names(101_000, benchSeed)
	base := Build(synthEntries(ns[:100_000]))
	more := synthEntries(ns[100_000:])
	b.ResetTimer()
	for b.Loop() {
		a := base
		for i := 0; i < len(more); i += 700 {
			a = a.With(more[i:min(i+700, len(more))])
		}
	}
}
