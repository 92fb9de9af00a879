package extract

import (
	"testing"

	"github.com/dossier-osint/dossier"
)

func TestMerge(t *testing.T) {
	sp := func(a, b int) dossier.Span { return dossier.Span{Start: a, End: b} }
	cases := []struct {
		name string
		in   []Mention
		want []string // kept texts in order
	}{
		{"typed container beats a known part", []Mention{
			{Span: sp(0, 9), Text: "Azerbaijan", EntityID: "E1", Type: dossier.Location, Alias: -1},
			{Span: sp(0, 28), Text: "Azerbaijan Islamic Movement", Type: dossier.Organization, Alias: -1},
		}, []string{"Azerbaijan Islamic Movement"}},
		{"known beats an untyped container", []Mention{
			{Span: sp(0, 9), Text: "Hezbollah", EntityID: "E2", Type: dossier.Organization, Alias: -1},
			{Span: sp(0, 14), Text: "Hezbollah said", Type: dossier.Unknown, Alias: -1},
		}, []string{"Hezbollah"}},
		{"longer of two rule mentions", []Mention{
			{Span: sp(5, 10), Text: "Begli", Type: dossier.Person, Alias: -1, Score: 0.9},
			{Span: sp(0, 10), Text: "Ibrahim Begli", Type: dossier.Person, Alias: -1, Score: 0.5},
		}, []string{"Ibrahim Begli"}},
		{"disjoint kept in text order", []Mention{
			{Span: sp(20, 25), Text: "Baku", Alias: -1},
			{Span: sp(0, 4), Text: "Iran", Alias: -1},
		}, []string{"Iran", "Baku"}},
		{"invalid span dropped", []Mention{{Span: sp(4, 4), Text: "", Alias: -1}}, nil},
	}
	for _, c := range cases {
		got := Merge(c.in)
		var texts []string
		for _, m := range got {
			texts = append(texts, m.Text)
		}
		if len(texts) != len(c.want) {
			t.Errorf("%s: got %q, want %q", c.name, texts, c.want)
			continue
		}
		for i := range texts {
			if texts[i] != c.want[i] {
				t.Errorf("%s: got %q, want %q", c.name, texts, c.want)
			}
		}
	}
}

func TestMergeRenumbersAliases(t *testing.T) {
	in := []Mention{
		{Span: dossier.Span{Start: 30, End: 36}, Text: "Husseinzadeh", Type: dossier.Person, Alias: 2},
		{Span: dossier.Span{Start: 0, End: 5}, Text: "noise", Type: dossier.Unknown, Alias: 3},
		{Span: dossier.Span{Start: 10, End: 28}, Text: "Isgender Husseinov", Type: dossier.Person, Alias: -1},
		{Span: dossier.Span{Start: 2, End: 4}, Text: "is", Type: dossier.Unknown, Alias: -1},
	}
	got := Merge(in)
	if len(got) != 3 || got[2].Text != "Husseinzadeh" || got[2].Alias != 1 || got[1].Text != "Isgender Husseinov" {
		t.Fatalf("got %+v", got)
	}
	if got[0].Alias != -1 {
		t.Errorf("an alias to a dropped mention must be cleared: %+v", got[0])
	}
}

func TestAppendOffsetsAliases(t *testing.T) {
	a := []Mention{{Text: "x", Alias: -1}, {Text: "y", Alias: -1}}
	b := []Mention{{Text: "Full Name", Alias: -1}, {Text: "FN", Alias: 0}}
	got := Append(a, b)
	if got[3].Alias != 2 || got[2].Alias != -1 {
		t.Fatalf("aliases not offset: %+v", got)
	}
}
