package recognize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
)

// FuzzRecognize feeds arbitrary text (hostile input is the normal case: a militia's channel
// export is written by its adversary) and checks the output contract: no panic, valid spans,
// Text equal to the text of the span, no overlaps, valid types and alias indices.
func FuzzRecognize(f *testing.F) {
	for _, c := range cases {
		f.Add(c.text, c.lang)
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			lang, _, _ := strings.Cut(filepath.Base(p), "_")
			f.Add(string(b), lang)
		}
	}
	for _, s := range []string{
		"“", "«»", "\"\"", "@", "@@a", "t.me/", "https://t.me/x", "( )", "(A)", "A (B", "A) (B",
		"Al-", "al-", "-A", "A-", "U.S.", "U.", "'s", "’s A’s", "İ", "ǅ", "\u200c", "A\u200cB",
		"حزب", "حزب ", "بن", " بن ", "ابو", "الشيخ", "| A |\n|---|", "A – ", "A, known as", "known as B",
		"A\x00B", "\xff\xfe", "Bakı'", "Bakı'da", "Корпус", "A and", "A of", "A of the", "The",
		strings.Repeat("A ", 100), strings.Repeat("Al-", 50), strings.Repeat("“A", 30),
		strings.Repeat("A of ", 40), strings.Repeat("@a ", 20), strings.Repeat("(", 100),
	} {
		f.Add(s, "")
		f.Add(s, "az")
	}
	r := New()
	f.Fuzz(func(t *testing.T, text, lang string) {
		d := extract.NewDoc(&dossier.Source{Text: text, Language: lang})
		ms := r.Recognize(d)
		checkMentions(t, d, ms)
		for _, m := range ms {
			if !strings.HasPrefix(m.Method, "pattern:") {
				t.Fatalf("method %q", m.Method)
			}
		}
		// Process must keep the contract over what was already there.
		before := len(d.Mentions)
		r.Process(d)
		if len(d.Mentions) != before+len(ms) {
			t.Fatalf("Process appended %d of %d mentions to an empty document", len(d.Mentions)-before, len(ms))
		}
	})
}
