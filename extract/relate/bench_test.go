package relate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/extract"
	"github.com/dossier-osint/dossier/extract/sentence"
)

// BenchmarkProcess measures the stage on the golden documents (mentions given), reporting
// sentences per second.
func BenchmarkProcess(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	var docs []*extract.Doc
	var srcs []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, string(src))
	}
	// One larger document: the testdata repeated, so per-document costs are amortised as in a
	// 4 KB news article.
	big := strings.Join(srcs, "\n\n")
	for _, s := range append(srcs, big) {
		d, err := parseAnnotated(s)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	sents := 0
	for _, d := range docs {
		sents += len(sentence.SplitRunes(d.Runes))
	}
	st := New()
	cpu0 := userCPU()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Relations = d.Relations[:0]
			d.Sentences = nil
			st.Process(d)
		}
	}
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
	// On a shared machine wall time says little; the process's CPU time gives a steadier figure.
	if cpu := userCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(sents*b.N)/cpu, "sentences/cpu-s")
	}
}
