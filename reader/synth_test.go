package reader

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/cputime"
	"github.com/dossier-osint/dossier/synth"
)

// TestSynthCorpus reads generated documents in all six languages and three formats and checks
// what the reader finds against what the generator wrote: language, title, publisher, first
// author and publication date (from meta tags and JSON-LD in HTML, from bylines in text and
// Markdown). A small share of misses is tolerated so that the generator can grow harder.
func TestSynthCorpus(t *testing.T) {
	c := synth.NewCorpus(7, 2000)
	c.HTMLRate, c.MarkdownRate = 0.3, 0.2
	n := 600
	if testing.Short() {
		n = 100
	}
	misses := map[string]int{}
	formats := map[string]int{}
	for i := range n {
		doc := c.Document(i)
		formats[doc.Format]++
		src, err := Read(doc.Name, []byte(doc.Text), Options{})
		if err != nil {
			t.Fatalf("%s: %v", doc.Name, err)
		}
		author := ""
		if len(src.Authors) > 0 {
			author = src.Authors[0]
		}
		for _, f := range []struct{ field, got, want string }{
			{"format", src.Format, doc.Format},
			{"language", src.Language, doc.Lang},
			{"title", src.Title, doc.Title},
			{"publisher", src.Publisher, doc.Publisher},
			{"author", author, doc.Author},
			{"published", src.Published.String(), doc.Published},
		} {
			if f.got != f.want {
				if misses[f.field] < 3 {
					t.Logf("%s (%s, %s): %s %q, want %q", doc.Name, doc.Lang, doc.Format, f.field, f.got, f.want)
				}
				misses[f.field]++
			}
		}
	}
	for field, m := range misses {
		if m*100 > n { // more than 1%
			t.Errorf("%s wrong in %d of %d documents", field, m, n)
		}
	}
	if formats["html"] == 0 || formats["markdown"] == 0 || formats["text"] == 0 {
		t.Errorf("formats generated: %v", formats)
	}
}

// BenchmarkReadSynth reads generated news-like documents of about 4 KB, per format, and reports
// CPU time per document.
func BenchmarkReadSynth(b *testing.B) {
	c := synth.NewCorpus(7, 2000)
	c.HTMLRate, c.MarkdownRate = 0.3, 0.2
	byFormat := map[string][]synth.Document{}
	for i := range 900 {
		d := c.Document(i)
		byFormat[d.Format] = append(byFormat[d.Format], d)
	}
	for _, format := range []string{"text", "markdown", "html"} {
		docs := byFormat[format]
		b.Run(format, func(b *testing.B) {
			size := 0
			for _, d := range docs {
				size += len(d.Text)
			}
			b.SetBytes(int64(size / len(docs)))
			cpu0, n := cputime.Process(), 0
			for b.Loop() {
				d := docs[n%len(docs)]
				if _, err := Read(d.Name, []byte(d.Text), Options{}); err != nil {
					b.Fatal(err)
				}
				n++
			}
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/doc")
				b.ReportMetric(float64(n)/cpu.Seconds(), "docs/cpu-s")
			}
		})
	}
}
