package names

import (
	"fmt"
	"math/bits"
	"strings"
)

// Feature is one piece of evidence in a score: a token pair that matched (Weight is its
// similarity in [0,1]) or a penalty (Weight is the factor the score was multiplied by).
type Feature struct {
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
	Detail string  `json:"detail"`
}

// Explanation is a score with the features that produced it.
type Explanation struct {
	Score    float64   `json:"score"`
	Features []Feature `json:"features"`
}

// String renders the explanation on one line per feature.
func (e Explanation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "score %.3f", e.Score)
	for _, f := range e.Features {
		fmt.Fprintf(&b, "\n  %-18s %.3f  %s", f.Name, f.Weight, f.Detail)
	}
	return b.String()
}

// Token-pair match kinds, in the order of the feature names below.
const (
	howNone = iota
	howExact
	howPhonetic
	howVariant
	howEdit
	howScript
	howAffix
	howAffixAlt
	howGroup
	howInflection
	howGender
	howInitial
	howDeclension
)

var howNames = [...]string{"none", "exact", "phonetic", "variant-table", "edit", "cross-script", "surname-affix", "affix-alternation", "group-morphology", "inflection", "gender-form", "initial", "declension"}

// Tunable constants of the scorer. minAlign is the similarity below which two tokens are not the
// same word.
const (
	minAlign     = 0.6
	conflictMult = 0.55 // a differing core part on both sides (a different family name)
	headMult     = 0.8  // a unit word (brigade, kataib) on one side only, after the missing-part penalty
	givenOnly    = 0.8  // a person matched on a given name only, the other side's surname missing
	surnameOnly  = 0.75 // the least score of a bare surname against a longer name
	acronymScore = 0.88
	weakBelow    = 0.85 // a matched pair below this similarity multiplies the score down
	confident    = 0.8  // single tokens this similar are aligned before joined tokens are tried
)

// Score compares two names of the given kind and explains the result. It is the convenient
// form of Prepare, ScorePrepared and Explain; to compare one name with many, prepare it once.
func Score(a, b string, kind Kind) (float64, Explanation) {
	pa, pb := Prepare(a, kind), Prepare(b, kind)
	e := pa.Explain(pb)
	return e.Score, e
}

// ScorePrepared returns the similarity of two prepared names in [0,1]: 1 for the same
// comparable form, at least DefaultThreshold for spelling and script variants of one name, low
// for different names. It is symmetric, does not allocate, and is safe for concurrent use. The
// kind of a decides the rules.
func ScorePrepared(a, b *Prepared) float64 {
	return score(a, b, nil)
}

// Explain returns the score of a against b with the features that fired.
func (a *Prepared) Explain(b *Prepared) Explanation {
	var e Explanation
	e.Score = score(a, b, &e)
	return e
}

type pair struct {
	ia, ib uint8
	how    uint8
	s      float32
}

func score(a, b *Prepared, ex *Explanation) float64 {
	if a.comp == b.comp {
		if a.comp == "" && a.text != b.text {
			return 0
		}
		if ex != nil {
			ex.Features = append(ex.Features, Feature{"exact", 1, "same comparable form " + quote(a.comp)})
		}
		return 1
	}
	kind := a.kind
	// Canonical order makes the score exactly symmetric.
	if a.comp > b.comp {
		a, b = b, a
	}
	if a.n == 0 || b.n == 0 {
		return 0
	}

	var cands [256]pair
	nc := 0
	// Phase 0 aligns single tokens that are clearly the same; phase 1 adds the joined tokens
	// of what is left ("Ibrahim Begli" against "İbrahimbəyli"; "Abdel Fattah" against
	// "عبد الفتاح", the article written on the other word) and aligns the rest.
	for i := 0; i < a.n; i++ {
		for j := 0; j < b.n; j++ {
			s, how := unitSim(&a.units[i], &b.units[j], kind)
			if s >= minAlign && nc < len(cands) {
				cands[nc] = pair{uint8(i), uint8(j), how, s}
				nc++
			}
		}
	}
	var usedA, usedB uint32
	var sumW, sumS float32
	weak := float32(1)
	var matchedA, matchedB uint32
	for phase := 0; phase < 2; phase++ {
		floor := float32(confident)
		if phase == 1 {
			floor = minAlign
			for i := range a.units {
				for j := range b.units {
					if i < a.n && j < b.n {
						continue // single against single is done
					}
					ua, ub := &a.units[i], &b.units[j]
					if usedA&spanMask(ua) != 0 || usedB&spanMask(ub) != 0 {
						continue
					}
					s, how := unitSim(ua, ub, kind)
					if s >= minAlign && nc < len(cands) {
						cands[nc] = pair{uint8(i), uint8(j), how, s}
						nc++
					}
				}
			}
		}
		for {
			best := -1
			for k := 0; k < nc; k++ {
				c := &cands[k]
				if c.s < floor {
					continue
				}
				ua, ub := &a.units[c.ia], &b.units[c.ib]
				if usedA&spanMask(ua) != 0 || usedB&spanMask(ub) != 0 {
					continue
				}
				if best < 0 || c.s > cands[best].s || c.s == cands[best].s && better(c, &cands[best]) {
					best = k
				}
			}
			if best < 0 {
				break
			}
			c := &cands[best]
			ua, ub := &a.units[c.ia], &b.units[c.ib]
			usedA |= spanMask(ua)
			usedB |= spanMask(ub)
			if ua.role == roleCore || ua.role == roleHead {
				matchedA++
			}
			if ub.role == roleCore || ub.role == roleHead {
				matchedB++
			}
			w := (ua.w + ub.w) / 2
			if c.s < weakBelow && ua.role == roleCore && ub.role == roleCore {
				weak *= 1 - 2*(weakBelow-c.s)
			}
			sumW += w
			sumS += w * c.s
			if ex != nil {
				name := howNames[c.how]
				if int(c.ia) >= a.n || int(c.ib) >= b.n {
					name = "joined+" + name
				}
				ex.Features = append(ex.Features, Feature{name, round3(c.s), ua.comp + " ~ " + ub.comp})
			}
		}
	}

	if sumW == 0 {
		if kind != KindPerson {
			if s := acronym(a, b); s > 0 {
				if ex != nil {
					ex.Features = append(ex.Features, Feature{"acronym", s, a.comp + " ~ " + b.comp})
				}
				return s
			}
		}
		return 0
	}
	sc := sumS / sumW
	if weak < 1 {
		sc *= weak
		if ex != nil {
			ex.Features = append(ex.Features, Feature{"weak-pair", round3(weak), "a matched part is only similar, not the same"})
		}
	}
	missA, coreA, headA, geoA := missing(a, usedA)
	missB, coreB, headB, geoB := missing(b, usedB)
	if (coreA || geoA) && (coreB || geoB) && (geoA || geoB) {
		// Different qualifiers: Azerbaijani government, Iraqi government.
		coreA, coreB = true, true
	}
	pMiss := float32(0.55)
	switch kind {
	case KindPerson:
		pMiss = 0.42
	case KindOrganization:
		pMiss = 0.6
	}
	fa, fb := missA/a.total, missB/b.total
	if kind == KindPerson && (middleOnly(a, usedA) && middleOnly(b, usedB)) {
		pMiss = 0.2 // a middle name left out: first and last names both matched
	}
	if fa > 0 || fb > 0 {
		m := (1 - pMiss*fa) * (1 - pMiss*fb)
		sc *= m
		if ex != nil {
			ex.Features = append(ex.Features, Feature{"missing-parts", round3(m), unmatchedList(a, usedA, b, usedB)})
		}
	}
	if coreA && coreB {
		sc *= conflictMult
		if ex != nil {
			ex.Features = append(ex.Features, Feature{"differing-part", conflictMult, unmatchedList(a, usedA, b, usedB)})
		}
	}
	if kind == KindOrganization && headA != headB {
		sc *= headMult
		if ex != nil {
			ex.Features = append(ex.Features, Feature{"head-word-one-side", headMult, "a unit word (brigade, kataib, liwa ...) names a different group"})
		}
	}
	if kind == KindPerson && !(coreA && coreB) && (cores(a) == 1) != (cores(b) == 1) && sumW > 0 {
		// A bare surname ("Begli", "Mastoor") is worth a proposal however long the full name.
		if v := surnameOnly * sumS / sumW; sc < v && !givenNameOnly(a, usedA, b, usedB) {
			sc = v
			if ex != nil {
				ex.Features = append(ex.Features, Feature{"surname-only", surnameOnly, "one name is a single later part of the other"})
			}
		}
	}
	if kind == KindPerson && !(coreA && coreB) {
		if g := givenNameOnly(a, usedA, b, usedB); g {
			sc *= givenOnly
			if ex != nil {
				ex.Features = append(ex.Features, Feature{"given-name-only", givenOnly, "the surname of the longer name is not matched"})
			}
		}
	}
	if kind != KindPerson && matchedA+matchedB <= 1 {
		if s := acronym(a, b); float64(sc) < s {
			if ex != nil {
				ex.Features = append(ex.Features, Feature{"acronym", s, a.comp + " ~ " + b.comp})
			}
			return s
		}
	}
	if sc < 0 {
		sc = 0
	}
	if sc > 1 {
		sc = 1
	}
	// A different comparable form never scores a full 1: keep 1 for identity.
	if sc > 0.999 {
		sc = 0.999
	}
	return float64(sc)
}

// better breaks ties between equally similar candidate pairs: singles before joins, then
// earlier tokens, so the result does not depend on map or slice accidents.
func better(c, d *pair) bool {
	if c.ia != d.ia {
		return c.ia < d.ia
	}
	return c.ib < d.ib
}

func spanMask(u *unit) uint32 {
	return (uint32(1)<<(u.last+1) - 1) &^ (uint32(1)<<u.first - 1)
}

// missing returns the weight of the unmatched single tokens of p, whether a core token is among
// them, whether a head word is, and whether a geographic qualifier is.
func missing(p *Prepared, used uint32) (w float32, core, head, geo bool) {
	for i := 0; i < p.n; i++ {
		if used&(1<<i) != 0 {
			continue
		}
		u := &p.units[i]
		switch u.role {
		case roleLegal, roleStop, roleParticle:
			continue // legal forms and particles may always be left out
		case roleGeo, roleClass:
			w += u.w / 2 // qualifiers and class words are often left out
			if u.role == roleGeo {
				geo = true
			}
			continue
		}
		w += u.w
		switch u.role {
		case roleCore:
			core = true
		case roleHead:
			head = true
		}
	}
	return
}

// givenNameOnly reports a person name of one core token matched to the first core token (the
// given name) of a longer name: "Vas" against "Vas Shenoy".
func givenNameOnly(a *Prepared, usedA uint32, b *Prepared, usedB uint32) bool {
	check := func(short *Prepared, long *Prepared, usedLong uint32) bool {
		if cores(short) != 1 || cores(long) < 2 {
			return false
		}
		first, last := -1, -1
		for i := 0; i < long.n; i++ {
			if long.units[i].role == roleCore {
				if first < 0 {
					first = i
				}
				last = i
			}
		}
		return first >= 0 && usedLong&(1<<first) != 0 && usedLong&(1<<last) == 0
	}
	return check(a, b, usedB) || check(b, a, usedA)
}

func cores(p *Prepared) int {
	n := 0
	for i := 0; i < p.n; i++ {
		if p.units[i].role == roleCore {
			n++
		}
	}
	return n
}

// acronym scores an organisation written as its initials against its full name ("IRGC").
func acronym(a, b *Prepared) float64 {
	for _, x := range [2][2]*Prepared{{a, b}, {b, a}} {
		short, long := x[0], x[1]
		if short.n != 1 || len(long.acro) < 3 || len(short.comp) < 3 || len(short.comp) > 8 {
			continue
		}
		if short.comp == long.acro {
			return acronymScore
		}
	}
	return 0
}

// unitSim is the similarity of two tokens (or joined tokens) and how it was found.
func unitSim(x, y *unit, kind Kind) (float32, uint8) {
	s, how := unitSim1(x, y, kind)
	if s < 1 && (x.alt != "" || y.alt != "") {
		for _, v := range [2]*unit{x, y} {
			if v.alt == "" {
				continue
			}
			u := *v
			u.phon, u.alt, u.variant = u.alt, "", variantOf[u.alt]
			u.cons, u.mask = phonStats(u.phon)
			var s2 float32
			var h2 uint8
			if v == x {
				s2, h2 = unitSim1(&u, y, kind)
			} else {
				s2, h2 = unitSim1(x, &u, kind)
			}
			if s2 > s {
				s, how = s2, h2
			}
		}
	}
	return s, how
}

func unitSim1(x, y *unit, kind Kind) (float32, uint8) {
	if x.phon == y.phon {
		if x.comp == y.comp {
			return 1, howExact
		}
		return 0.98, howPhonetic
	}
	if x.variant != 0 && y.variant != 0 {
		if x.variant == y.variant {
			return 0.95, howVariant
		}
		return 0, howNone // two different names of the table: Hasan and Hussein
	}
	if x.stemVariant != 0 && y.stemVariant != 0 && x.stemVariant != y.stemVariant {
		return 0, howNone // Hasanov and Huseynov
	}
	if (len(x.comp) == 1) != (len(y.comp) == 1) && kind == KindPerson {
		if x.comp[0] == y.comp[0] && !x.abjad && !y.abjad {
			return 0.85, howInitial // J. against John
		}
		return 0, howNone
	}
	// Cheap filter: tokens that share few consonants cannot be close.
	if cx, cy := bits.OnesCount32(x.mask), bits.OnesCount32(y.mask); cx > 1 || cy > 1 {
		common := bits.OnesCount32(x.mask & y.mask)
		m := cx
		if cy > m {
			m = cy
		}
		if common*2 < m && x.stem == "" && y.stem == "" {
			return 0, howNone
		}
	}
	abjad := x.abjad || y.abjad
	s := phonSim(x.phon, y.phon, x.cons, y.cons, abjad)
	if abjad && (x.single != "" || y.single != "") {
		// Doubled letters of an abjad word may stand for one consonant (الله, Allah).
		px, py := x.phon, y.phon
		if x.single != "" {
			px = x.single
		}
		if y.single != "" {
			py = y.single
		}
		if s2 := phonSim(px, py, x.cons, y.cons, abjad); s2 > s {
			s = s2
		}
	}
	if kind != KindPerson && !abjad && s < 0.9 && inflected(x.phon, y.phon) {
		return 0.9, howInflection
	}
	if (x.cyr || y.cyr) && !abjad && s < 0.94 && declined(x.phon, y.phon) {
		return 0.94, howDeclension
	}
	how := uint8(howEdit)
	if abjad {
		how = howScript
	}
	if x.stem != "" && y.stem != "" {
		ss := phonSim(x.stem, y.stem, uint8(consonants(x.stem)), uint8(consonants(y.stem)), abjad)
		switch {
		case x.group && y.group:
			if v := 0.97 * ss; v > s && ss >= 0.8 {
				s, how = v, howGroup
			}
		case !x.group && !y.group && x.affix == y.affix:
			if x.stemVariant != 0 && x.stemVariant == y.stemVariant {
				ss = 0.95
			}
			if v := 0.96 * ss; v > s && ss >= 0.85 {
				s, how = v, howAffix
			}
		case !x.group && !y.group && (x.affix == affixOv && y.affix == affixOva || x.affix == affixOva && y.affix == affixOv):
			if ss >= 0.85 {
				return min(s, 0.5), howGender // Aliyev and Aliyeva: two people
			}
		case !x.group && !y.group && (x.affix == affixOv && y.affix == affixZade || x.affix == affixZade && y.affix == affixOv):
			if v := 0.86 * ss; v > s && ss >= 0.9 {
				s, how = v, howAffixAlt
			}
		}
	}
	return s, how
}

// phonSim maps the weighted edit distance of two phonetic forms to a similarity calibrated so
// that one slip in a long name stays high and two in a short one fall below minAlign. Across
// scripts (abjad) the distance counts consonants: unwritten vowels cost little.
func phonSim(p, q string, cp, cq uint8, abjad bool) float32 {
	lp, lq := len(p), len(q)
	if abjad {
		den := float32(max(cp, cq, 1))
		d := editDistanceMax(p, q, abjadTable, (1-minAlign)*den)
		s := 1 - d/den
		if s > 0.93 {
			s = 0.93
		}
		return max(s, 0)
	}
	// Length filter: the distance is at least the length difference.
	diff := lp - lq
	if diff < 0 {
		diff = -diff
	}
	den := float32(max(lp, lq, 1))
	if 1-1.6*float32(diff)/den < minAlign-0.1 {
		return 0
	}
	d := editDistanceMax(p, q, latinTable, (1-minAlign)*den/1.6)
	s := 1 - 1.6*d/den
	if s >= minAlign && d > 0 {
		// Consonants carry a name; vowels drift between schemes. Each consonant edit costs extra.
		var bp, bq [48]byte
		kp, kq := consonantsOf(p, bp[:0]), consonantsOf(q, bq[:0])
		if ce := editDistance(kp, kq, latinTable); ce > 0 {
			s -= 0.5 * ce / float32(max(len(kp), len(kq), 2))
		}
	}
	return max(s, 0)
}

func round3(x float32) float64 {
	return float64(int(x*1000+0.5)) / 1000
}

func quote(s string) string { return "\"" + s + "\"" }

func unmatchedList(a *Prepared, usedA uint32, b *Prepared, usedB uint32) string {
	var parts []string
	for i := 0; i < a.n; i++ {
		if usedA&(1<<i) == 0 {
			parts = append(parts, a.units[i].comp)
		}
	}
	for i := 0; i < b.n; i++ {
		if usedB&(1<<i) == 0 {
			parts = append(parts, b.units[i].comp)
		}
	}
	return "unmatched: " + strings.Join(parts, " ")
}

// consonantsOf appends the consonants of a phonetic form to buf, collapsing doubles.
func consonantsOf(p string, buf []byte) []byte {
	for i := 0; i < len(p) && len(buf) < cap(buf); i++ {
		c := p[i]
		if isVowel(c) || len(buf) > 0 && buf[len(buf)-1] == c {
			continue
		}
		buf = append(buf, c)
	}
	return buf
}

// inflected reports English inflection of one word in an organisation name: one form is the
// other plus an inflectional or adjectival ending (Guard, Guards; Revolution, Revolutionary;
// Azerbaijan, Azerbaijani), on a stem of at least five letters. Compounds (Gazprom,
// Gazprombank) are not inflections.
func inflected(p, q string) bool {
	if len(p) > len(q) {
		p, q = q, p
	}
	if len(p) < 5 || q[:len(p)] != p {
		return false
	}
	switch q[len(p):] {
	case "s", "is", "i", "an", "ian", "ari", "ik", "ikal", "ist", "ists", "iS", "izi":
		return true
	}
	return false
}

// middleOnly reports whether every unmatched core token of p lies between its first and last
// matched tokens.
func middleOnly(p *Prepared, used uint32) bool {
	first, last := -1, -1
	for i := 0; i < p.n; i++ {
		if used&(1<<i) != 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	for i := 0; i < p.n; i++ {
		if used&(1<<i) == 0 && p.units[i].role == roleCore && (i < first || i > last) {
			return false
		}
	}
	return true
}
