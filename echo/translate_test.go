package echo

import (
	"fmt"
	"testing"
)

func TestAnchors(t *testing.T) {
	got := Anchors("Founded in 2015 (٢٠١٥, ۲۰۱۵) with 40 men and 7 guns; 2015 again.", []string{"E2", "E1", "E2"})
	if want := "[e:E1 e:E2 n:2015 n:40]"; fmt.Sprint(got) != want {
		t.Errorf("Anchors = %v, want %s", got, want)
	}
}

func TestTranslations(t *testing.T) {
	orig := Anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "front"})
	cases := []struct {
		name  string
		langs []string
		other []string
		want  bool
	}{
		{"a translation shares the names and numbers", []string{"en", "ru"},
			Anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "khoury"}), true},
		{"the same text in the same language is not a translation", []string{"en", "en"},
			Anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "front"}), false},
		{"an unknown language never pairs", []string{"en", ""},
			Anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "front"}), false},
		{"the same names without the numbers", []string{"en", "az"},
			Anchors("1999", []string{"haddad", "mosul", "najaf", "iran", "front"}), false},
		{"a report on the same people with other facts", []string{"en", "tr"},
			Anchors("2013 2021 200 2016", []string{"haddad", "mosul", "iran", "nasser", "fighters", "kirkuk", "erbil"}), false},
	}
	for _, c := range cases {
		got := Translations([][]string{orig, c.other}, c.langs, DefaultTranslation)
		if (len(got) == 1) != c.want {
			t.Errorf("%s: %v, want a pair: %v", c.name, got, c.want)
		}
	}
	// A key that every source has (a country, the current year) counts for nothing.
	sets := [][]string{orig, Anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "front"})}
	langs := []string{"en", "ru"}
	for i := 0; i < 5; i++ {
		sets = append(sets, Anchors("2015 2016 40 2018", []string{"haddad", "mosul", "najaf", "iran", "front", fmt.Sprint("other", i)}))
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
