package normalize

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzNormalize checks the contracts the rest of dossier relies on: Text never panics; for valid
// UTF-8 its output is valid UTF-8, in NFC, free of CR and of C0 controls other than tab and LF,
// and Text is idempotent; FoldMap returns Fold's string with a monotonic map of len(fold)+1
// entries whose last entry is the rune count of the input.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "a", "\uFEFFBOM", "a\r\nb\rc", "s\u0327e\u0301", "Tovhid İbrahimbəyli", "حسینیون\u200f",
		"\u0627\u0654", "ﬁ", "\x00\x1b\x7f", "\xff\xfe", "Ҹәфәр", "٢٠١٦", "\uFEFF\uFEFFx", "\r",
		"\u0344\u0308", "e\u0301\u0327",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		fold, m := FoldMap(s)
		if fold != Fold(s) {
			t.Fatalf("FoldMap(%q) = %q, Fold = %q", s, fold, Fold(s))
		}
		if len(m) != len(fold)+1 {
			t.Fatalf("FoldMap(%q): map has %d entries for %d bytes", s, len(m), len(fold))
		}
		for i := 1; i < len(m); i++ {
			if m[i] < m[i-1] {
				t.Fatalf("FoldMap(%q): map not monotonic at %d: %v", s, i, m)
			}
		}
		if n := utf8.RuneCountInString(s); int(m[len(m)-1]) != n {
			t.Fatalf("FoldMap(%q): last entry %d, want rune count %d", s, m[len(m)-1], n)
		}
		if !utf8.ValidString(s) {
			return // the readers reject or decode invalid UTF-8 before it reaches Text
		}
		if !utf8.ValidString(out) {
			t.Fatalf("Text(%q) = %q: invalid UTF-8", s, out)
		}
		if !norm.NFC.IsNormalString(out) {
			t.Fatalf("Text(%q) = %q: not NFC", s, out)
		}
		for i := 0; i < len(out); i++ {
			if c := out[i]; c < 0x20 && c != '\n' && c != '\t' {
				t.Fatalf("Text(%q) = %q: control byte %#x", s, out, c)
			}
		}
		if again := Text(out); again != out {
			t.Fatalf("Text not idempotent: Text(%q) = %q, Text of that = %q", s, out, again)
		}
	})
}
