package names

import (
	"slices"
	"strings"
	"testing"
)

func TestDeclension(t *testing.T) {
	cases := []struct {
		a, b string
		kind Kind
		want bool // linked (score at least DefaultThreshold)
	}{
		{"Каримом Хаддадом", "Карим Хаддад", KindPerson, true},   // instrumental
		{"Карима Хаддада", "Карим Хаддад", KindPerson, true},     // genitive
		{"Рашидом Керимовым", "Рашид Керимов", KindPerson, true}, // a surname in -ов
		{"Рашиду Керимову", "Рашид Керимов", KindPerson, true},   // dative
		{"Фатимой Алиевой", "Фатима Алиева", KindPerson, true},   // feminine instrumental
		{"Каримом Хаддадом", "Karim Haddad", KindPerson, true},   // against the Latin spelling
		{"Северного фронта", "Северный фронт", KindOrganization, true},
		{"Исламским движением", "Исламское движение", KindOrganization, true},
		{"Алиханов", "Алиев", KindPerson, false},                // a shared beginning is not a case
		{"Karimom Haddadom", "Karim Haddad", KindPerson, false}, // Latin text declines nothing
	}
	for _, c := range cases {
		s, e := Score(c.a, c.b, c.kind)
		if got := s >= DefaultThreshold; got != c.want {
			t.Errorf("Score(%q, %q) = %.3f, want linked %v\n%s", c.a, c.b, s, c.want, e)
		}
		if c.want && !strings.Contains(e.String(), "declension") && !strings.Contains(e.String(), "exact") {
			t.Errorf("Score(%q, %q): explanation does not name the declension:\n%s", c.a, c.b, e)
		}
	}
}

func TestDeclensions(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Рашидом Керимовым", "Рашид Керимов", true},
		{"Северного фронта", "Северный фронт", true},
		{"Рашид Керимов", "Рашид Керимов", false}, // the same text is not another case
		{"Рашид Керимов", "Керимов", false},       // other words
		{"Алиханов", "Алиев", false},
		{"Karimom", "Karim", false},
	} {
		if got := Declensions(c.a, c.b); got != c.want {
			t.Errorf("Declensions(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestDeclensionKeys: a declined name shares a pair key with its nominative, so the names
// index brings them together.
func TestDeclensionKeys(t *testing.T) {
	for _, c := range [][2]string{{"Каримом Хаддадом", "Карим Хаддад"}, {"Рашидом Керимовым", "Рашид Керимов"}} {
		ka, kb := Keys(c[0], KindPerson), Keys(c[1], KindPerson)
		shared := false
		for _, k := range ka {
			if strings.HasPrefix(k, "p:") && slices.Contains(kb, k) {
				shared = true
			}
		}
		if !shared {
			t.Errorf("no pair key shared by %q %v and %q %v", c[0], ka, c[1], kb)
		}
	}
}
