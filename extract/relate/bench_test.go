package relate

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
	"github.com/dossier-osint/dossier/extract/sentence"
	"github.com/dossier-osint/dossier/internal/cputime"
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
	execs := 0
	statsHook = func(n int) { execs += n }
	defer func() { statsHook = nil }()
	cpu0 := cputime.Process().Seconds()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Relations = d.Relations[:0]
			d.Sentences = nil
			st.Process(d)
		}
	}
	b.ReportMetric(float64(sents*b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(execs)/float64(sents*b.N), "regexp-runs/sentence")
	// On a shared machine wall time says little; the process's CPU time gives a steadier figure.
	if cpu := cputime.Process().Seconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(sents*b.N)/cpu, "sentences/cpu-s")
	}
}

// BenchmarkCorpus measures the stage on the shared development corpus (news-sized documents,
// mentions from the gold spellings), when it is present.
func BenchmarkCorpus(b *testing.B) {
	root := filepath.Join("..", "..", "..", "shared")
	var ents []struct {
		ID       string   `json:"id"`
		Type     string   `json:"type"`
		Mentions []string `json:"mentions"`
	}
	raw, err := os.ReadFile(filepath.Join(root, "eval", "gold-dev", "entities.json"))
	if err != nil {
		b.Skip("development corpus not present")
	}
	if err := json.Unmarshal(raw, &ents); err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(root, "corpus", "*.txt"))
	var docs []*extract.Doc
	sents, bytes := 0, 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		d := extract.NewDoc(&dossier.Source{Text: string(src), Language: "en"})
		goldMentions(d, ents)
		addDatesAndAttributions(d)
		d.Sentences = sentence.SplitRunes(d.Runes)
		sents += len(d.Sentences)
		bytes += len(src)
		docs = append(docs, d)
	}
	st := New()
	execs := 0
	statsHook = func(n int) { execs += n }
	defer func() { statsHook = nil }()
	cpu0 := cputime.Process().Seconds()
	b.SetBytes(int64(bytes))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			d.Relations = d.Relations[:0]
			st.Process(d)
		}
	}
	if cpu := cputime.Process().Seconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(sents*b.N)/cpu, "sentences/cpu-s")
		b.ReportMetric(float64(len(docs)*b.N)/cpu, "docs/cpu-s")
	}
	b.ReportMetric(float64(execs)/float64(sents*b.N), "regexp-runs/sentence")
}
