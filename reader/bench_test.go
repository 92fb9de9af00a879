package reader

import (
	"os"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/cputime"
)

func benchRead(b *testing.B, path string, data []byte) {
	b.Helper()
	if _, err := Read(path, data, Options{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	cpu0 := cputime.Process()
	n := 0
	for b.Loop() {
		if _, err := Read(path, data, Options{}); err != nil {
			b.Fatal(err)
		}
		n++
	}
	// CPU time per read (this process's user and system time, GC included) does not grow
	// when other work shares the machine, as wall time does.
	if cpu := cputime.Process() - cpu0; cpu > 0 && n > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(n), "cpu-ns/op")
		b.ReportMetric(float64(len(data))*float64(n)/cpu.Seconds()/1e6, "cpu-MB/s")
	}
}

func readTestdata(b *testing.B, name string) []byte {
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkReadHTML reads a news page of about 2 KB and one of about 200 KB (the article's
// paragraphs repeated inside the same page furniture).
func BenchmarkReadHTML(b *testing.B) {
	page := readTestdata(b, "en_article.html")
	b.Run("2KB", func(b *testing.B) { benchRead(b, "a.html", page) })
	s := string(page)
	i := strings.Index(s, "<p>Security")
	j := strings.Index(s, "<h2>")
	big := s[:i] + strings.Repeat(s[i:j], 200) + s[i:]
	b.Run("200KB", func(b *testing.B) { benchRead(b, "a.html", []byte(big)) })
}

func BenchmarkReadMarkdown(b *testing.B) {
	benchRead(b, "a.md", readTestdata(b, "tr_blog.md"))
}

func BenchmarkReadText(b *testing.B) {
	note := readTestdata(b, "ru_note.txt")
	b.Run("small", func(b *testing.B) { benchRead(b, "a.txt", note) })
	b.Run("1MB", func(b *testing.B) {
		benchRead(b, "a.txt", []byte(strings.Repeat(string(note), (1<<20)/len(note))))
	})
}
