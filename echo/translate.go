package echo

import (
	"sort"
	"unicode"
)

// Anchors returns what survives the translation of a text: the entities it mentions (their
// IDs, given by the caller from the resolved mentions) and the numbers it writes with two or
// more digits in any script ("2015", "٢٠١٥" and "۲۰۱۵" are one key). Words do not survive
// translation, names and numbers do; Translations compares sources by these keys.
func Anchors(text string, entities []string) []string {
	keys := make([]string, 0, len(entities)+16)
	for _, id := range entities {
		keys = append(keys, "e:"+id)
	}
	var num []byte
	flush := func() {
		if len(num) >= 2 {
			keys = append(keys, "n:"+string(num))
		}
		num = num[:0]
	}
	for _, r := range text {
		if unicode.IsDigit(r) {
			if d := digitValue(r); d >= 0 {
				num = append(num, byte('0'+d))
				continue
			}
		}
		flush()
	}
	flush()
	sort.Strings(keys)
	return dedupeSorted(keys)
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

func dedupeSorted(xs []string) []string {
	out := xs[:0]
	for i, x := range xs {
		if i == 0 || x != xs[i-1] {
			out = append(out, x)
		}
	}
	return out
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
func Translations(sets [][]string, langs []string, rule TranslationRule) []Pair {
	bySet := map[string][]int32{}
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
				if k[0] == 'e' {
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
