package relate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLeadingWordsSearch checks that searching an unanchored rule only where its opening words
// occur (rule.findFrom) finds exactly what the plain unanchored search finds, from every
// placeholder and every few bytes of every masked segment of the golden documents.
func TestLeadingWordsSearch(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	var segs []string
	segmentHook = func(s string) { segs = append(segs, s) }
	defer func() { segmentHook = nil }()
	st := New()
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := parseAnnotated(string(src))
		if err != nil {
			t.Fatal(err)
		}
		st.Process(d)
	}
	if len(segs) == 0 {
		t.Fatal("no segments")
	}
	rules, matched := 0, 0
	var starts []int
	for _, r := range st.rules {
		if r.lits == nil {
			continue
		}
		rules++
		for _, s := range segs {
			starts = litStarts(starts, s, r.lits)
			for off := 0; off < len(s); off++ {
				if !utf8.RuneStart(s[off]) || (off%5 != 0 && !strings.HasPrefix(s[off:], string(phOpen))) {
					continue
				}
				want := r.re.FindStringSubmatchIndex(s[off:])
				for k := range want {
					if want[k] >= 0 {
						want[k] += off
					}
				}
				got, _ := r.findFrom(s, off, starts)
				if len(got) != len(want) {
					t.Fatalf("rule %s at %d of %q: got %v, want %v", r.name, off, s, got, want)
				}
				for k := range got {
					if got[k] != want[k] {
						t.Fatalf("rule %s at %d of %q: got %v, want %v", r.name, off, s, got, want)
					}
				}
				if want != nil {
					matched++
				}
			}
		}
	}
	if rules == 0 || matched == 0 {
		t.Fatalf("%d rules open with words, %d matches: the test checks nothing", rules, matched)
	}
}
