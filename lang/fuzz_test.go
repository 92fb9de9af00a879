package lang

import (
	"slices"
	"testing"
)

// FuzzDetect checks that Detect never panics and that its result is consistent: Lang is "und"
// or one of Langs' languages when those have the majority, Langs never holds "und" or a
// repeat, and every script is a known ISO 15924 code.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"", "The group was founded in 2016.", "Bu qrupun rəhbəri", "Члены группировки",
		"این گروه در سال", "أعلنت الشرطة", "\xff\xfe", "Η ομάδα", "ab\ncd\n\n\u200c", "漢字かな"} {
		f.Add(s)
	}
	known := map[string]bool{}
	for _, n := range scriptNames {
		if n != "" {
			known[n] = true
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Detect(s)
		if r.Lang == "" {
			t.Fatalf("Detect(%q): empty Lang", s)
		}
		if slices.Contains(r.Langs, Und) {
			t.Fatalf("Detect(%q): und in Langs %v", s, r.Langs)
		}
		for i, l := range r.Langs {
			if slices.Contains(r.Langs[i+1:], l) {
				t.Fatalf("Detect(%q): %s twice in Langs", s, l)
			}
		}
		if r.Lang != Und && (len(r.Langs) == 0 || r.Langs[0] != r.Lang) {
			t.Fatalf("Detect(%q): Lang %s is not first in Langs %v", s, r.Lang, r.Langs)
		}
		for _, sc := range r.Scripts {
			if !known[sc] {
				t.Fatalf("Detect(%q): unknown script %q", s, sc)
			}
		}
	})
}
