package names

import "strings"

// Russian declension. Russian declines names: "Карим Хаддад" is "Карима Хаддада" after "of",
// "Каримом Хаддадом" after "with", "Северный фронт" is "Северного фронта"; a surname declines
// like a noun (Керимов, Керимовым) or an adjective (Высоцкий, Высоцкого). Two Cyrillic words
// (or a Cyrillic word and its Latin spelling) are forms of one name when they are one stem of at
// least minDeclStem letters plus a case ending each, compared on their phonetic forms, where
// Cyrillic vowels have collapsed (о → u, е ы и й → i): "karimum" = "karim" + "um".

// declEndings are the case endings of nouns and adjectives, in phonetic form, longest first:
// -ого/-его (ugu, igu), -ому/-ему (umu, imu), -ую/-юю (uiu), -ая/-яя (ai, iai), -ой/-ей/-ый/-ий
// (ui, ii, i), -ом/-ем/-ым/-им (um, im), -а/-я (a, ia), -у/-ю (u, iu), -е/-ы/-и (i).
var declEndings = []string{"iuiu", "ugu", "igu", "umu", "imu", "uiu", "iai", "ui", "ii", "um", "im", "ai", "ia", "iu", "a", "u", "i"}

// minDeclStem is the shortest stem a case ending may be taken from: shorter names (Али, Алия)
// differ by more than their case.
const minDeclStem = 4

// isDeclEnding reports whether e is a case ending or empty (the nominative of a noun).
func isDeclEnding(e string) bool {
	if e == "" {
		return true
	}
	for _, x := range declEndings {
		if x == e {
			return true
		}
	}
	return false
}

// declined reports whether two phonetic forms are one stem with two case endings (one of which
// may be none).
func declined(p, q string) bool {
	if len(p) < len(q) {
		p, q = q, p
	}
	for _, e := range declEndings {
		if !strings.HasSuffix(p, e) {
			continue
		}
		stem := p[:len(p)-len(e)]
		if len(stem) >= minDeclStem && strings.HasPrefix(q, stem) && isDeclEnding(q[len(stem):]) {
			return true
		}
	}
	return false
}

// declStem returns a Cyrillic word's phonetic form without its longest case ending, keeping at
// least minDeclStem letters, or "" when no ending comes off. Blocking keys use it, so that a
// declined form meets its nominative in the names index.
func declStem(ph string) string {
	for _, e := range declEndings {
		if len(ph)-len(e) >= minDeclStem && strings.HasSuffix(ph, e) {
			return ph[:len(ph)-len(e)]
		}
	}
	return ""
}

// isCyrillic reports whether s has a Cyrillic letter.
func isCyrillic(s string) bool {
	for _, r := range s {
		if runeScript(r) == scriptCyrillic {
			return true
		}
	}
	return false
}

// Declensions reports whether a and b are case forms of one Cyrillic name: the same number of
// words, each pair the same or one stem with two case endings ("Рашидом Керимовым", "Рашид
// Керимов").
func Declensions(a, b string) bool {
	if a == b || !isCyrillic(a) || !isCyrillic(b) {
		return false
	}
	// Cheap refusal first (the resolver asks about many pairs of a document's mentions): the
	// same number of words, each pair starting with the same three letters.
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		x, y := []rune(wa[i]), []rune(wb[i])
		if len(x) < 3 || len(y) < 3 || x[0] != y[0] || x[1] != y[1] || x[2] != y[2] {
			return false
		}
	}
	p, q := Prepare(a, KindOther), Prepare(b, KindOther)
	if p.n != q.n || p.n == 0 {
		return false
	}
	for i := 0; i < p.n; i++ {
		x, y := p.units[i].phon, q.units[i].phon
		if x != y && !declined(x, y) {
			return false
		}
	}
	return true
}
