package echo

import (
	"strings"
	"testing"
)

const original = `The militia announced its creation in early 2016 in front of fourteen students of religious
sciences who were studying in the seminaries of Qom and Mashhad. Its founder said at the time that he
intended to send the students to Syria to fight alongside the government army, and that the group
would one day return to act in its home country. Officials in Baku have since arrested several of its
members, and a court sentenced two of them to long prison terms for planning attacks on a foreign
embassy in the capital.`

func TestSignSimilarity(t *testing.T) {
	mirror := strings.ReplaceAll(original, "fourteen", "14") // a mirror with a small edit
	mirror = "BREAKING — " + strings.ToUpper(mirror[:40]) + mirror[40:]
	other := `A drone strike near the airport killed a commander of the foreign legion last week, according
to officials who spoke on condition of anonymity. The legion recruits fighters from several countries
and pays them through a network of charities, a report by a research institute found in March.`
	a, na := Sign(original)
	b, _ := Sign(mirror)
	c, _ := Sign(other)
	if na < 50 {
		t.Fatalf("only %d shingles", na)
	}
	if s := Similarity(&a, &b); s < 0.7 {
		t.Errorf("a mirror with small edits: similarity %.2f, want ≥ 0.7", s)
	}
	if s := Similarity(&a, &c); s > 0.1 {
		t.Errorf("unrelated texts: similarity %.2f, want ≤ 0.1", s)
	}
	if s := Similarity(&a, &a); s != 1 {
		t.Errorf("self-similarity %.2f", s)
	}
	empty, n := Sign("too short")
	if n != 0 || Similarity(&empty, &empty) != 0 {
		t.Errorf("a text shorter than a shingle matches nothing")
	}
}

func TestNearDuplicates(t *testing.T) {
	texts := []string{
		original,
		"Unrelated: the weather in the mountains was cold and the roads were closed for three days in a row this week.",
		strings.Replace(original, "long prison terms", "prison terms of ten years", 1),
		strings.ReplaceAll(original, "\n", " "), // same words, other line breaks
	}
	sigs := make([]Signature, len(texts))
	for i, s := range texts {
		sigs[i], _ = Sign(s)
	}
	pairs := NearDuplicates(sigs, 0.5)
	want := map[[2]int]bool{{0, 2}: true, {0, 3}: true, {2, 3}: true}
	if len(pairs) != len(want) {
		t.Fatalf("pairs %+v, want %v", pairs, want)
	}
	for _, p := range pairs {
		if !want[[2]int{p.A, p.B}] {
			t.Errorf("unexpected pair %+v", p)
		}
	}
	if pairs[0].Score != 1 {
		t.Errorf("the line-break copy should come first with similarity 1: %+v", pairs[0])
	}
}

func TestSharedClaims(t *testing.T) {
	sets := [][]string{
		{"G|founded_by|B", "G|founding_date|2016", "G|member_count|14", "B|born_in|L", "G|backed_by|Iran"}, // a report
		{"G|founded_by|B", "G|founding_date|2016", "G|member_count|14", "G|backed_by|Iran"},                // its translation
		{"G|backed_by|Iran", "X|attacked|Y", "Z|met_with|W"},                                               // independent: shares a common fact only
		{"G|backed_by|Iran", "X|attacked|Y", "Q|based_in|V"},                                               // shares one rare claim with the third
	}
	got := SharedClaims(sets, 2, 2)
	if len(got) != 1 || got[0].A != 0 || got[0].B != 1 {
		t.Fatalf("got %+v, want only the translation pair", got)
	}
	if got := SharedClaims(sets, 1, 4); len(got) < 4 {
		t.Errorf("counting common facts links independent sources: %+v", got)
	}
}

func BenchmarkSign(b *testing.B) {
	text := strings.Repeat(original+" ", 6) // about 4 KB
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Sign(text)
	}
}
