package echo

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
)

func TestStated(t *testing.T) {
	cases := []struct {
		text, kind, name string
	}{
		{"This brief will summarize the Tasnim report on the new brigade, and review an older one.", dossier.LinkSummarises, "Tasnim"},
		{"What follows is a summary of the Guardian investigation.", dossier.LinkSummarises, "Guardian"},
		{"This translation is of an Arabic translation of the Persian-language report.", dossier.LinkTranslates, "Arabic translation"},
		{"The text was translated from Farsi by our staff.", dossier.LinkTranslates, "Farsi"},
		{"Republished from Eurasianet with permission.", dossier.LinkMirrors, "Eurasianet"},
		{"Forwarded from Sabereen News", dossier.LinkForwards, "Sabereen News"},
		{"Ниже краткое изложение доклада Института войны.", dossier.LinkSummarises, "доклада Института войны."},
	}
	for _, c := range cases {
		got := Stated(c.text)
		if len(got) == 0 || got[0].Kind != c.kind || got[0].ToName != trimDot(c.name) {
			t.Errorf("%q: got %+v, want %s %q", c.text, got, c.kind, c.name)
			continue
		}
		r := []rune(c.text)
		if string(r[got[0].Span.Start:got[0].Span.End]) != got[0].Text {
			t.Errorf("%q: span %v does not address %q", c.text, got[0].Span, got[0].Text)
		}
	}
	for _, s := range []string{"The group summarized its goals in a video.", "He wrote a summary of it.", "No dependence stated here."} {
		if got := Stated(s); len(got) != 0 {
			t.Errorf("%q states no dependence: %+v", s, got)
		}
	}
}

func trimDot(s string) string {
	for len(s) > 0 && (s[len(s)-1] == '.') {
		s = s[:len(s)-1]
	}
	return s
}

func BenchmarkStated(b *testing.B) {
	text := strings.Repeat("The militia announced its creation in front of students who studied in the seminaries. ", 50)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Stated(text)
	}
}
