package recognize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
)

// BenchmarkRecognize measures throughput (MB/s) over the golden inputs of every language,
// concatenated into one document of about 20 KB.
func BenchmarkRecognize(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	var sb strings.Builder
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteString("\n\n")
	}
	text := strings.Repeat(sb.String(), 2)
	benchText(b, text)
}

// BenchmarkRecognizeCapitals measures a worst case: a long run of capitalised words, quotes
// and connectors, which must stay linear.
func BenchmarkRecognizeCapitals(b *testing.B) {
	benchText(b, strings.Repeat("The Islamic State of Iraq and the Levant “Al-Qaeda” (AQ) Sheikh Abu Bakr bin Laden of the Front ", 200))
}

func benchText(b *testing.B, text string) {
	r := New()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		d := extract.NewDoc(&dossier.Source{Text: text, Language: "en"})
		n = len(r.Recognize(d))
	}
	if n == 0 {
		b.Fatal("no mentions")
	}
}

// BenchmarkRecognizeDevCorpus measures the shared development corpus (English news and
// profiles), when present.
func BenchmarkRecognizeDevCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(sharedDir, "corpus", "*.txt"))
	if len(files) == 0 {
		b.Skip("development corpus not present")
	}
	var sb strings.Builder
	for _, p := range files {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(raw)
		sb.WriteString("\n\n")
	}
	benchText(b, sb.String())
}
