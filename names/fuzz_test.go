package names

import (
	"testing"
	"unicode/utf8"
)

func FuzzScore(f *testing.F) {
	for _, tt := range scoreCases {
		f.Add(tt.a, tt.b, uint8(tt.kind))
	}
	f.Add("", "", uint8(0))
	f.Add("\xff\xfe", "ـــ", uint8(1))
	f.Add("al al al", "ال", uint8(2))
	f.Add("a b c d e f g h i j k l m n o p q r s", "s r q p o n m l k j i h g f e d c b a", uint8(1))
	f.Fuzz(func(t *testing.T, a, b string, k uint8) {
		kind := Kind(k % 3)
		c := Comparable(a)
		if !utf8.ValidString(c) {
			t.Fatalf("Comparable(%q) = %q is not valid UTF-8", a, c)
		}
		_ = Tokens(a)
		_ = Keys(a, kind)
		ab, e := Score(a, b, kind)
		ba, _ := Score(b, a, kind)
		if ab != ba {
			t.Fatalf("Score(%q, %q) = %v, reversed %v", a, b, ab, ba)
		}
		if ab < 0 || ab > 1 || ab != ab {
			t.Fatalf("Score(%q, %q) = %v outside [0,1]", a, b, ab)
		}
		if e.Score != ab {
			t.Fatalf("explanation score %v != %v", e.Score, ab)
		}
		if s, _ := Score(a, a, kind); s != 1 {
			t.Fatalf("Score(%q, itself) = %v", a, s)
		}
	})
}
