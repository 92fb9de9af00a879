package echo

import (
	"slices"
	"unicode"
)

// An Anchor is a hashed name or number that survives the translation of a text; entity
// anchors have the top bit set.
type Anchor uint64

const entityBit = 1 << 63

func (a Anchor) entity() bool { return a&entityBit != 0 }

// EntityAnchor is the anchor of an entity ID.
func EntityAnchor(id string) Anchor { return Anchor(fnv(id) | entityBit) }

// NumberAnchors returns the anchors of the numbers a text writes with two or more digits in any
// script ("2015", "٢٠١٥" and "۲۰۱۵" are one anchor): names and numbers survive translation,
// words do not.
func NumberAnchors(text string) []Anchor {
	var out []Anchor
	var num []byte
	flush := func() {
		if len(num) >= 2 {
			out = append(out, Anchor(fnv(string(num))&^entityBit))
		}
		num = num[:0]
	}
	for _, r := range text {
		if r >= '0' && r <= '9' || r > 0x7f && unicode.IsDigit(r) {
			if d := digitValue(r); d >= 0 {
				num = append(num, byte('0'+d))
				continue
			}
		}
		flush()
	}
	flush()
	return out
}

// Anchors sorts and deduplicates anchors in place, the form Translations takes.
func Anchors(as []Anchor) []Anchor {
	slices.Sort(as)
	return slices.Compact(as)
}

// digitValue returns the value of a decimal digit of any script, or -1. Unicode's decimal
// digits come in contiguous runs of whole tens, each starting at a zero.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	start := r
	for r-start < 100 && unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}

// TranslationRule bounds what Translations accepts.
type TranslationRule struct {
	MinEntities int     // shared entity keys
	MinNumbers  int     // shared number keys
	MinScore    float64 // shared keys over the countable keys of the smaller source
	MaxSources  int     // a key found in more sources than this counts for nothing (a common year, a country)
}

// DefaultTranslation is the rule analyse uses: three shared names, two shared numbers, and two
// thirds of the smaller source's anchors.
var DefaultTranslation = TranslationRule{MinEntities: 3, MinNumbers: 2, MinScore: 0.66, MaxSources: 64}

// Translations returns the pairs of sources (by index into sets, each sorted Anchors keys) in
// different languages (langs, "" for unknown, which never pairs) that share most of their names
// and numbers: the signature of one text and its translation, which share no words. Keys held
// by more than rule.MaxSources sources are left out of both the counts and the denominator,
// so that what every report on a subject names (the country, the current year) does not make
// two independent reports look like one text.
func Translations(sets [][]Anchor, langs []string, rule TranslationRule) []Pair {
	bySet := map[Anchor][]int32{}
	for i, s := range sets {
		if langs[i] == "" {
			continue
		}
		for _, k := range s {
			bySet[k] = append(bySet[k], int32(i))
		}
	}
	countable := make([]int, len(sets))
	type shared struct{ entities, numbers int }
	common := map[[2]int32]*shared{}
	for k, ids := range bySet {
		if len(ids) > rule.MaxSources {
			continue
		}
		for _, i := range ids {
			countable[i]++
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				a, b := ids[x], ids[y]
				if langs[a] == langs[b] {
					continue
				}
				p := [2]int32{min(a, b), max(a, b)}
				c := common[p]
				if c == nil {
					c = &shared{}
					common[p] = c
				}
				if k.entity() {
					c.entities++
				} else {
					c.numbers++
				}
			}
		}
	}
	var out []Pair
	for p, c := range common {
		if c.entities < rule.MinEntities || c.numbers < rule.MinNumbers {
			continue
		}
		score := float64(c.entities+c.numbers) / float64(max(1, min(countable[p[0]], countable[p[1]])))
		if score >= rule.MinScore {
			out = append(out, Pair{A: int(p[0]), B: int(p[1]), Score: min(score, 1)})
		}
	}
	sortPairs(out)
	return out
}
