package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"already stored form is unchanged", "Tovhid İbrahimbəyli\nQum", "Tovhid İbrahimbəyli\nQum"},
		{"BOM removed", "\uFEFFtext", "text"},
		{"CRLF and lone CR become LF", "a\r\nb\rc\r\n", "a\nb\nc\n"},
		{"C0 controls become spaces, tab and LF stay", "a\x00b\x1bc\td\ne\x7f", "a b c\td\ne\x7f"},
		{"NFC composes decomposed letters", "s\u0327e\u0301", "şé"},
		{"zero-width and bidi controls are kept", "a\u200bb\u200cc\u200fd\u202ae\u202cf\u2066g\u2069", "a\u200bb\u200cc\u200fd\u202ae\u202cf\u2066g\u2069"},
		{"Arabic and Persian letters unchanged", "حسینیون حسينيون", "حسینیون حسينيون"},
		{"hamza above composes", "\u0627\u0654", "\u0623"},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("%s: Text(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii lower case", "Quds Force", "quds force"},
		{"Azerbaijani letters", "Tovhid İbrahimbəyli", "tovhid ibrahimbeyli"},
		{"Turkish dotless i", "Hüseyniyun ILIŞKI", "huseyniyun iliski"},
		{"Cyrillic schwa kept apart from e", "Ҹәфәр", "ҹәфәр"},
		{"Arabic yeh and kaf variants fold together", "حسینیون كربلا", "حسينيون كربلا"},
		{"tatweel and harakat vanish", "مُحَمَّـد", "محمد"},
		{"Arabic-Indic and Persian digits", "٢٠١٦ ۲۰۱۶", "2016 2016"},
		{"quotes, dashes and spaces unified", "‘Husseini’yon’ — “Qods”\u00a0Force", "'husseini'yon' - \"qods\" force"},
		{"invisible characters vanish", "a\u200bb\u200fc\u00add", "abcd"},
		{"ligature expands", "ﬁle", "file"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("%s: Fold(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

// FoldMap maps every folded byte to the code point it came from, so that a match found in the
// folded text can be highlighted in the stored text.
func TestFoldMap(t *testing.T) {
	tests := []struct {
		s     string
		match string // a substring of Fold(s)
		want  string // the stored text it must map back to
	}{
		{"Tovhid İbrahimbəyli said", "ibrahimbeyli", "İbrahimbəyli"},
		{"by \u200fحسینیون\u200f today", "حسينيون", "حسینیون"},
		{"the ﬁle was", "file", "ﬁle"},
		{"“Qods” Force", "qods", "Qods"},
		{"Bakı'da", "baki", "Bakı"},
	}
	for _, tt := range tests {
		f, m := FoldMap(tt.s)
		if f != Fold(tt.s) {
			t.Errorf("FoldMap(%q) folded = %q, Fold = %q", tt.s, f, Fold(tt.s))
		}
		i := strings.Index(f, tt.match)
		if i < 0 {
			t.Errorf("%q not in Fold(%q) = %q", tt.match, tt.s, f)
			continue
		}
		start, end := int(m[i]), EndOffset(m, i+len(tt.match))
		runes := []rune(tt.s)
		if got := string(runes[start:end]); got != tt.want {
			t.Errorf("FoldMap(%q): %q maps back to %q, want %q", tt.s, tt.match, got, tt.want)
		}
	}
}

func TestInvisible(t *testing.T) {
	for _, r := range []rune{0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF, 0x00AD, 0x061C} {
		if !Invisible(r) {
			t.Errorf("Invisible(%U) = false", r)
		}
	}
	for _, r := range []rune{'a', ' ', 'ə', 'ی', 0x2010, 0x00A0} {
		if Invisible(r) {
			t.Errorf("Invisible(%U) = true", r)
		}
	}
}

func BenchmarkText(b *testing.B) {
	s := strings.Repeat("Tovhid İbrahimbəyli founded Hüseynçilər in Qum; حسینیون و Хусейнийюн.\n", 1000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Text(s)
	}
}

func BenchmarkFoldMap(b *testing.B) {
	s := strings.Repeat("Tovhid İbrahimbəyli founded Hüseynçilər in Qum; حسینیون و Хусейнийюн.\n", 1000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		FoldMap(s)
	}
}

// A file that starts with two byte-order marks loses both, so Text stays idempotent.
func TestTextLeadingBOMs(t *testing.T) {
	in := "\uFEFF\uFEFFx"
	if out := Text(in); out != "x" || Text(out) != out {
		t.Errorf("Text(%q) = %q, want %q", in, out, "x")
	}
}

func TestTextValidUTF8(t *testing.T) {
	for _, s := range []string{"a\r\nb", "s\u0327", "\x00x", "حسینیون"} {
		if out := Text(s); !utf8.ValidString(out) {
			t.Errorf("Text(%q) = %q: invalid UTF-8", s, out)
		}
	}
}

// TestTextNFCSafe checks the fast path of Text against package norm for every rune it covers,
// alone, after a letter and before a combining mark.
func TestTextNFCSafe(t *testing.T) {
	for r := rune(0x80); r < nfcSafeLimit; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		for _, s := range []string{string(r), "a" + string(r), string(r) + "\u0301", "\u0627" + string(r) + "\u0654"} {
			if got, want := Text(s), norm.NFC.String(s); got != want {
				t.Fatalf("Text(%q) = %q, want %q", s, got, want)
			}
		}
	}
}
