package sentence

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func texts(text string, spans []dossier.Span) []string {
	rs := []rune(text)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = string(rs[s.Start:s.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two plain sentences", "The group was small. It grew later.", []string{"The group was small.", "It grew later."}},
		{"question and exclamation", "Who paid? Nobody knows! Ask again.", []string{"Who paid?", "Nobody knows!", "Ask again."}},
		{"title abbreviations", "Dr. Smith met Gen. Brown and Col. White. They talked.", []string{"Dr. Smith met Gen. Brown and Col. White.", "They talked."}},
		{"U.S. before a name", "The U.S. Treasury listed him. Nothing followed.", []string{"The U.S. Treasury listed him.", "Nothing followed."}},
		{"e.g. and i.e.", "Some cells, e.g. the northern one, i.e. the largest, survived. Others did not.", []string{"Some cells, e.g. the northern one, i.e. the largest, survived.", "Others did not."}},
		{"etc. at sentence end", "Guns, cash, etc. The list went on.", []string{"Guns, cash, etc.", "The list went on."}},
		{"number abbreviations", "See Vol. 20 No. 4 of the journal. It is short.", []string{"See Vol. 20 No. 4 of the journal.", "It is short."}},
		{"month abbreviation", "It began on Jan. 5 in Baku. Then it ended.", []string{"It began on Jan. 5 in Baku.", "Then it ended."}},
		{"single initial", "A. Khamenei spoke. The crowd left.", []string{"A. Khamenei spoke.", "The crowd left."}},
		{"decimal", "Costs rose 3.5 percent. Nobody paid.", []string{"Costs rose 3.5 percent.", "Nobody paid."}},
		{"closing quote after stop", "He said “we will return.” Then he left.", []string{"He said “we will return.”", "Then he left."}},
		{"closing bracket after stop", "It was known (see above.) The end.", []string{"It was known (see above.)", "The end."}},
		{"ellipsis continues in lower case", "They waited... and waited. Then rain.", []string{"They waited... and waited.", "Then rain."}},
		{"ellipsis ends", "They waited… Nobody came.", []string{"They waited…", "Nobody came."}},
		{"blank line ends a title", "A Title Without Stop\n\nBody text here.", []string{"A Title Without Stop", "Body text here."}},
		{"newline before capital ends", "Line one\nLine two.", []string{"Line one", "Line two."}},
		{"wrapped line continues", "This sentence was\nwrapped by a reader.", []string{"This sentence was\nwrapped by a reader."}},
		{"azerbaijani ordinal date", "Hadisə 3. Oktyabr günü baş verib. Polis gəldi.", []string{"Hadisə 3. Oktyabr günü baş verib.", "Polis gəldi."}},
		{"turkish ordinal", "Toplantı 12. Ekim tarihinde yapıldı. Sonra dağıldılar.", []string{"Toplantı 12. Ekim tarihinde yapıldı.", "Sonra dağıldılar."}},
		{"russian г. and т.е.", "Это было в 2016 г. в Баку, т.е. давно. Потом всё стихло.", []string{"Это было в 2016 г. в Баку, т.е. давно.", "Потом всё стихло."}},
		{"russian ул.", "Офис был на ул. Низами. Его закрыли.", []string{"Офис был на ул. Низами.", "Его закрыли."}},
		{"arabic question mark and stop", "من أسس الجماعة؟ لا أحد يعرف. انتهى", []string{"من أسس الجماعة؟", "لا أحد يعرف.", "انتهى"}},
		{"persian question mark", "چه کسی آن را ساخت؟ معلوم نیست.", []string{"چه کسی آن را ساخت؟", "معلوم نیست."}},
		{"arabic full stop", "قال المسؤول ذلك\u06D4 ثم غادر\u06D4", []string{"قال المسؤول ذلك\u06D4", "ثم غادر\u06D4"}},
		{"footnote marker after stop", "It had 14 members.[12] Others left.", []string{"It had 14 members.[12]", "Others left."}},
		{"no space after stop", "Visit example.com today. Fine.", []string{"Visit example.com today.", "Fine."}},
		{"empty", "", nil},
		{"only spaces", "  \n\n \t ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(tt.in, Split(tt.in))
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "Title\n\nFirst para.\nStill first.\n  \n\nSecond para. Two sentences.\n"
	got := texts(in, Paragraphs(in))
	want := []string{"Title", "First para.\nStill first.", "Second para. Two sentences."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Paragraphs = %q, want %q", got, want)
	}
	if p := Paragraphs(""); len(p) != 0 {
		t.Errorf("Paragraphs(\"\") = %v", p)
	}
}

type goldenSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type golden struct {
	Paragraphs []goldenSpan `json:"paragraphs"`
	Sentences  []goldenSpan `json:"sentences"`
}

func toGolden(text string, spans []dossier.Span) []goldenSpan {
	rs := []rune(text)
	out := []goldenSpan{}
	for _, s := range spans {
		out = append(out, goldenSpan{s.Start, s.End, string(rs[s.Start:s.End])})
	}
	return out
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			in, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			text := string(in)
			g := golden{toGolden(text, Paragraphs(text)), toGolden(text, Split(text))}
			got, _ := json.MarshalIndent(g, "", "  ")
			got = append(got, '\n')
			gf := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gf, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from %s; run go test -update and review the diff", f, gf)
			}
		})
	}
}

func checkSpans(t *testing.T, text string, spans []dossier.Span) {
	t.Helper()
	n := len([]rune(text))
	prev := 0
	for _, s := range spans {
		if !s.Valid() || s.End > n || s.Start < prev {
			t.Fatalf("bad span %v (len %d, prev end %d) in %q", s, n, prev, text)
		}
		prev = s.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Mr. A. B. went.", "3. Oktyabr", "...", "؟؟", "\n\n\n", "“a.” b", "U.S. X", "\xff\xfe."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, Split(s))
		checkSpans(t, s, Paragraphs(s))
	})
}

func benchText() string {
	var b strings.Builder
	for b.Len() < 4096 {
		b.WriteString("According to Dr. Smith, the U.S. Treasury listed the group in early 2016. It had 3.5 thousand members (see Vol. 2, No. 4)! Was that true? Nobody knows…\n\n")
	}
	return b.String()
}

func BenchmarkSplit(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Split(text)
	}
}

// TestHostile runs Split and Paragraphs over large inputs built to make a careless splitter
// quadratic: endless abbreviations, dotted words, ordinals and blank lines.
func TestHostile(t *testing.T) {
	for name, unit := range map[string]string{
		"initials":    "A. ",
		"dotted word": "a.a.a.a.a ",
		"ordinals":    "3. Oktyabr ",
		"blank lines": "\n \n",
		"ellipses":    "... ",
		"long word":   strings.Repeat("x", 1000) + ". ",
	} {
		text := strings.Repeat(unit, (1<<18)/len(unit))
		done := make(chan [2][]dossier.Span, 1)
		go func() { done <- [2][]dossier.Span{Split(text), Paragraphs(text)} }()
		select {
		case r := <-done:
			checkSpans(t, text, r[0])
			checkSpans(t, text, r[1])
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: Split on 256 KB did not finish in 20 s", name)
		}
	}
}
