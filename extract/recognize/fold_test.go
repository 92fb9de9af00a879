package recognize

import (
	"testing"

	"github.com/dossier-osint/dossier/normalize"
)

// TestFoldASCII checks that the ASCII fast paths agree with normalize.Fold for every ASCII
// character, so a change to the normaliser cannot silently split the two.
func TestFoldASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		s := "a" + string(r) + "B"
		want := normalize.Fold(s)
		if got := foldRunes([]rune(s)); got != want {
			t.Errorf("foldRunes(%q) = %q, normalize.Fold = %q", s, got, want)
		}
		if got := foldWord([]rune(s)); got != want {
			t.Errorf("foldWord(%q) = %q, normalize.Fold = %q", s, got, want)
		}
	}
}
