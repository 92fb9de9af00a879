package synth

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var (
	testCorpusOnce sync.Once
	testCorpus     *Corpus
)

// corpus returns a shared corpus of 5,000 known names; tests must not change its rates.
func corpus() *Corpus {
	testCorpusOnce.Do(func() { testCorpus = NewCorpus(42, 5000) })
	return testCorpus
}

func TestDocumentDeterministic(t *testing.T) {
	a, b := corpus(), NewCorpus(42, 5000)
	other := NewCorpus(43, 5000)
	same := 0
	for i := 0; i < 300; i++ {
		da, db := a.Document(i), b.Document(i)
		if !reflect.DeepEqual(da, db) {
			t.Fatalf("document %d differs between two corpora of the same seed", i)
		}
		if other.Document(i).Text == da.Text {
			same++
		}
	}
	if same > 0 {
		t.Fatalf("%d of 300 documents are the same under another seed", same)
	}
	// Random access: generating in reverse and concurrently gives the same documents.
	var wg sync.WaitGroup
	got := make([]Document, 300)
	for i := 299; i >= 0; i-- {
		wg.Add(1)
		go func() { defer wg.Done(); got[i] = a.Document(i) }()
	}
	wg.Wait()
	for i := range got {
		if !reflect.DeepEqual(got[i], b.Document(i)) {
			t.Fatalf("document %d differs when generated concurrently", i)
		}
	}
}

// spellings returns every spelling of every name, by canonical text.
func spellings(c *Corpus) map[string][]string {
	m := map[string][]string{}
	for _, n := range c.all {
		m[n.Text] = append([]string{n.Text}, n.Variants...)
	}
	return m
}

func TestDocumentContent(t *testing.T) {
	c := corpus()
	sp := spellings(c)
	const n = 1500
	langs := map[string]int{}
	formats := map[string]int{}
	echoes, size, originals := 0, 0, 0
	kinds := map[string]int{}
	for i := 0; i < n; i++ {
		d := c.Document(i)
		langs[d.Lang]++
		formats[d.Format]++
		if !utf8.ValidString(d.Text) {
			t.Fatalf("%s: invalid UTF-8", d.Name)
		}
		if len(d.Published) != 10 || d.Published < "2015-01-01" || d.Published > "2026-01-31" {
			t.Fatalf("%s: published %q", d.Name, d.Published)
		}
		if len(d.Entities) < 3 {
			t.Fatalf("%s: only %d entities", d.Name, len(d.Entities))
		}
		text := d.Text
		if d.Format == "html" {
			text = html.UnescapeString(text)
		}
		for _, e := range d.Entities {
			forms, ok := sp[e]
			if !ok {
				t.Fatalf("%s: entity %q is not a generated name", d.Name, e)
			}
			found := false
			for _, f := range forms {
				if strings.Contains(text, f) {
					found = true
					break
				}
			}
			if !found {
				t.Fatalf("%s: entity %q listed but no spelling of it in the text", d.Name, e)
			}
		}
		if d.EchoOf >= 0 {
			echoes++
			if d.EchoOf >= i || d.EchoKind == "" {
				t.Fatalf("%s: echo of %d (%q)", d.Name, d.EchoOf, d.EchoKind)
			}
			src := c.Document(d.EchoOf)
			if (src.Lang != d.Lang) != (d.EchoKind == "translation") {
				t.Fatalf("%s: %s in %s of a %s document", d.Name, d.EchoKind, d.Lang, src.Lang)
			}
			kinds[d.EchoKind]++
			if d.EchoKind == "translation" {
				// The body names the same entities; only the headline may name others.
				shared := 0
				for _, e := range d.Entities {
					if slices.Contains(src.Entities, e) {
						shared++
					}
				}
				if shared < len(d.Entities)-3 {
					t.Fatalf("%s: translation shares %d of %d entities with its source", d.Name, shared, len(d.Entities))
				}
			}
			if d.EchoKind == "summary" && !strings.Contains(text, src.Publisher) {
				t.Fatalf("%s: summary does not name its source %q", d.Name, src.Publisher)
			}
		} else {
			originals++
			size += len(d.Text)
			if d.Format == "text" && (len(d.Text) < 2000 || len(d.Text) > 9000) {
				t.Fatalf("%s: %d bytes", d.Name, len(d.Text))
			}
		}
		switch d.Format {
		case "html":
			for _, part := range []string{"<title>", `<meta name="author"`, `<meta name="date" content="` + d.Published, "<nav>", "<article>", "<footer>", "</html>"} {
				if !strings.Contains(d.Text, part) {
					t.Fatalf("%s: no %q", d.Name, part)
				}
			}
		case "markdown":
			if !strings.HasPrefix(d.Text, "# ") {
				t.Fatalf("%s: markdown without a heading", d.Name)
			}
		case "text":
			if !strings.HasPrefix(d.Text, d.Title+"\n") {
				t.Fatalf("%s: text does not start with its title", d.Name)
			}
		}
	}
	if f := float64(langs["en"]) / n; f < 0.4 || f > 0.6 {
		t.Errorf("English share %.2f", f)
	}
	for _, l := range []string{"az", "tr", "ru", "fa", "ar"} {
		if langs[l] < n/30 {
			t.Errorf("only %d documents in %s", langs[l], l)
		}
	}
	if formats["html"] < n/20 || formats["markdown"] < n/50 {
		t.Errorf("formats %v", formats)
	}
	if f := float64(echoes) / n; f < 0.1 || f > 0.2 {
		t.Errorf("echo share %.3f, want about 0.15", f)
	}
	for _, k := range []string{"near_duplicate", "summary", "translation"} {
		if kinds[k] < 10 {
			t.Errorf("echo kinds %v", kinds)
		}
	}
	if mean := size / originals; mean < 3500 || mean > 6000 {
		t.Errorf("mean original document %d bytes, want about 4 KB", mean)
	}
}

// TestNearDuplicates checks that a near-duplicate keeps most of its source's sentences and
// that the edit rate controls how many.
func TestNearDuplicates(t *testing.T) {
	overlap := func(c *Corpus) float64 {
		var sum float64
		count := 0
		for i := 1; i < 3000 && count < 40; i++ {
			d := c.Document(i)
			if d.EchoKind != "near_duplicate" || d.Format != "text" {
				continue
			}
			src := c.draft(d.EchoOf)
			kept, total := 0, 0
			for _, p := range src.paras {
				for _, s := range p {
					total++
					if strings.Contains(d.Text, s.text) {
						kept++
					}
				}
			}
			sum += float64(kept) / float64(total)
			count++
		}
		if count < 10 {
			t.Fatalf("only %d near-duplicates", count)
		}
		return sum / float64(count)
	}
	low := NewCorpus(42, 2000)
	high := NewCorpus(42, 2000)
	high.EditRate = 0.5
	lo, hi := overlap(low), overlap(high)
	if lo < 0.85 || hi > lo-0.1 {
		t.Errorf("sentences kept: %.2f at edit rate 0.1, %.2f at 0.5", lo, hi)
	}
}

func TestDatePhrase(t *testing.T) {
	d := day{2021, 10, 3}
	cases := []struct {
		lang          string
		prec, variant int
		want          string
	}{
		{"en", precDay, 0, "on October 3, 2021"},
		{"en", precDay, 1, "on 3 October 2021"},
		{"en", precPart, 0, "in early 2021"},
		{"en", precPart, 1, "in mid-2021"},
		{"az", precYear, 0, "2021-ci ildə"},
		{"az", precDay, 0, "3 oktyabr 2021-ci il tarixində"},
		{"az", precPart, 2, "2021-ci ilin sonunda"},
		{"tr", precDay, 0, "3 Ekim 2021 tarihinde"},
		{"ru", precYear, 0, "в 2021 году"},
		{"ru", precDay, 0, "3 октября 2021 года"},
		{"ru", precMonth, 0, "в октябре 2021 года"},
		{"fa", precDay, 0, "در ۱۱ مهر ۱۴۰۰"},
		{"fa", precYear, 0, "در سال ۱۴۰۰"},
		{"fa", precYear, 3, "در سال ۲۰۲۱ میلادی"},
		{"ar", precYear, 0, "في عام 2021"},
		{"ar", precMonth, 1, "في تشرين الأول 2021"},
		{"ar", precYear, 4, "في عام ٢٠٢١"},
	}
	for _, c := range cases {
		if got := datePhrase(c.lang, d, c.prec, c.variant); got != c.want {
			t.Errorf("datePhrase(%s, %d, %d) = %q, want %q", c.lang, c.prec, c.variant, got, c.want)
		}
	}
}

func TestJalali(t *testing.T) {
	cases := []struct{ g, j day }{
		{day{2021, 10, 3}, day{1400, 7, 11}},
		{day{2016, 3, 20}, day{1395, 1, 1}},
		{day{2016, 3, 19}, day{1394, 12, 29}},
		{day{2025, 3, 21}, day{1404, 1, 1}},
		{day{2024, 12, 31}, day{1403, 10, 11}},
	}
	for _, c := range cases {
		if got := jalali(c.g); got != c.j {
			t.Errorf("jalali(%v) = %v, want %v", c.g, got, c.j)
		}
	}
}

func TestAzYearSuffix(t *testing.T) {
	for y, want := range map[int]string{2000: "-ci", 2010: "-cu", 2014: "-cü", 2015: "-ci", 2016: "-cı",
		2019: "-cu", 2020: "-ci", 2023: "-cü", 2030: "-cu", 2040: "-cı", 1900: "-cü"} {
		if got := azYearSuffix(y); got != want {
			t.Errorf("azYearSuffix(%d) = %q, want %q", y, got, want)
		}
	}
}

func TestWriteDir(t *testing.T) {
	c := NewCorpus(9, 300)
	dir := t.TempDir()
	if err := c.WriteDir(dir, 60); err != nil {
		t.Fatal(err)
	}
	files, _ := os.ReadDir(dir)
	if len(files) != 60 {
		t.Fatalf("%d files, want 60", len(files))
	}
	for i := 0; i < 60; i++ {
		d := c.Document(i)
		b, err := os.ReadFile(filepath.Join(dir, d.Name))
		if err != nil || string(b) != d.Text {
			t.Fatalf("%s: file differs from Document(%d) (%v)", d.Name, i, err)
		}
	}
	var m1, m2 bytes.Buffer
	if err := c.WriteManifest(&m1, 60); err != nil {
		t.Fatal(err)
	}
	NewCorpus(9, 300).WriteManifest(&m2, 60)
	if !bytes.Equal(m1.Bytes(), m2.Bytes()) || bytes.Count(m1.Bytes(), []byte("\n")) != 60 {
		t.Fatal("manifest not deterministic or not one line per document")
	}
	if !bytes.Contains(m1.Bytes(), []byte(`"echo_of":-1`)) {
		t.Fatal("manifest lacks echo_of")
	}
}

func TestSmallCorpus(t *testing.T) {
	for _, k := range []int{0, 1, 3} {
		c := NewCorpus(1, k)
		for i := 0; i < 20; i++ {
			if d := c.Document(i); d.EchoOf < 0 && len(d.Text) < 2000 {
				t.Fatalf("known=%d: document %d has %d bytes", k, i, len(d.Text))
			}
		}
	}
}

func BenchmarkDocument(b *testing.B) {
	c := NewCorpus(1, 100_000)
	b.ReportAllocs()
	b.ResetTimer()
	var n int64
	i := 0
	for b.Loop() {
		n += int64(len(c.Document(i).Text))
		i++
	}
	b.ReportMetric(float64(n)/float64(i), "B/doc")
	b.ReportMetric(float64(n)/1e6/b.Elapsed().Seconds(), "MB/s")
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "docs/s")
}

func BenchmarkWriteDir(b *testing.B) {
	c := NewCorpus(1, 100_000)
	b.ResetTimer()
	for b.Loop() {
		if err := c.WriteDir(b.TempDir(), 10_000); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCorpusGolden pins a hash of the first documents of one corpus, so that a change to the
// templates or the generator, which changes every benchmark corpus, is made on purpose: update
// the hash in the same commit and say so.
func TestCorpusGolden(t *testing.T) {
	c := NewCorpus(1, 1000)
	h := sha256.New()
	for i := 0; i < 50; i++ {
		d := c.Document(i)
		fmt.Fprintf(h, "%s\x00%s\x00%d\x00%q\x00", d.Name, d.Text, d.EchoOf, d.Entities)
	}
	const want = "6c116e3d3c518c9e"
	if got := hex.EncodeToString(h.Sum(nil))[:16]; got != want {
		t.Errorf("corpus hash %s, want %s", got, want)
	}
}
