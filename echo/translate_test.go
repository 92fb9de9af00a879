package echo

import (
	"fmt"
	"testing"
)

// anchors builds a source's anchors from its text and the entities it mentions.
func anchors(text string, entities []string) []Anchor {
	as := NumberAnchors(text)
	for _, e := range entities {
		as = append(as, EntityAnchor(e))
	}
	return Anchors(as)
}

func TestAnchors(t *testing.T) {
	got := anchors("Founded in 2015 (٢٠١٥, ۲۰۱۵) with 40 men and 7 guns; 2015 again.", []string{"E2", "E1", "E2"})
	want := Anchors([]Anchor{EntityAnchor("E1"), EntityAnchor("E2"), NumberAnchors("2015")[0], NumberAnchors("40")[0]})
	if fmt.Sprint(got) != fmt.Sprint(want) || len(got) != 4 {
		t.Errorf("anchors = %v, want %v", got, want)
	}
	var ents int
	for _, a := range got {
		if a.entity() {
			ents++
		}
	}
	if ents != 2 {
		t.Errorf("%d entity anchors, want 2", ents)
	}
}

func TestTranslations(t *testing.T) {
	orig := anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "front"})
	cases := []struct {
		name  string
		langs []string
		other []Anchor
		want  bool
	}{
		{"a translation shares the names and numbers", []string{"en", "ru"},
			anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "khoury"}), true},
		{"the same text in the same language is not a translation", []string{"en", "en"},
			anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "front"}), false},
		{"an unknown language never pairs", []string{"en", ""},
			anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "front"}), false},
		{"the same names without the numbers", []string{"en", "az"},
			anchors("1999", []string{"haddad", "mosul", "najaf", "iran", "front"}), false},
		{"a report on the same people with other facts", []string{"en", "tr"},
			anchors("2013 2021 200 2016", []string{"haddad", "mosul", "iran", "nasser", "fighters", "kirkuk", "erbil"}), false},
	}
	for _, c := range cases {
		got := Translations([][]Anchor{orig, c.other}, c.langs, DefaultTranslation)
		if (len(got) == 1) != c.want {
			t.Errorf("%s: %v, want a pair: %v", c.name, got, c.want)
		}
	}
	// A key that every source has (a country, the current year) counts for nothing.
	sets := [][]Anchor{orig, anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "front"})}
	langs := []string{"en", "ru"}
	for i := 0; i < 5; i++ {
		sets = append(sets, anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "front", fmt.Sprint("other", i)}))
		langs = append(langs, "fa")
	}
	rule := DefaultTranslation
	rule.MaxSources = 4
	if got := Translations(sets, langs, rule); len(got) != 0 {
		t.Errorf("anchors shared by every source linked %v", got)
	}
}

func TestDigitValue(t *testing.T) {
	for r, want := range map[rune]int{'7': 7, '٣': 3, '۹': 9, '०': 0, '𝟙': 1, 'x': -1, '²': -1} {
		if got := digitValue(r); got != want {
			t.Errorf("digitValue(%q) = %d, want %d", r, got, want)
		}
	}
}
