package extract

import "sort"

// MergeMentions is the stage that makes d.Mentions non-overlapping after several recognisers
// have added theirs: of two overlapping mentions it keeps a typed one that contains the other,
// else a known one (with an entity), else the longer, else the more confident. Alias indices are
// renumbered, or cleared when their target was dropped. Run it before the relation stages, which
// index into d.Mentions.
var MergeMentions = StageFunc(func(d *Doc) { d.Mentions = Merge(d.Mentions) })

// Merge returns the non-overlapping mentions of ms in text order (see MergeMentions).
func Merge(ms []Mention) []Mention {
	if len(ms) == 0 {
		return ms
	}
	order := make([]int, len(ms))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := ms[order[a]], ms[order[b]]
		if x.Span.Start != y.Span.Start {
			return x.Span.Start < y.Span.Start
		}
		return better(x, y)
	})
	kept := make([]int, 0, len(ms)) // original indices, in text order
	for _, i := range order {
		m := ms[i]
		if !m.Span.Valid() {
			continue
		}
		if n := len(kept); n > 0 {
			last := ms[kept[n-1]]
			if m.Span.Start < last.Span.End { // overlap
				if better(m, last) {
					kept[n-1] = i
				}
				continue
			}
		}
		kept = append(kept, i)
	}
	newIndex := make(map[int]int, len(kept))
	for k, i := range kept {
		newIndex[i] = k
	}
	out := make([]Mention, len(kept))
	for k, i := range kept {
		out[k] = ms[i]
		if a := ms[i].Alias; a >= 0 {
			if na, ok := newIndex[a]; ok && na != k {
				out[k].Alias = na
			} else {
				out[k].Alias = -1
			}
		}
	}
	return out
}

// better reports whether a should be kept over an overlapping b.
func better(a, b Mention) bool {
	contains := func(x, y Mention) bool {
		return x.Span.Start <= y.Span.Start && x.Span.End >= y.Span.End && x.Span.Len() > y.Span.Len()
	}
	switch {
	case contains(a, b) && a.Type != "Unknown" && a.Type != "":
		return true
	case contains(b, a) && b.Type != "Unknown" && b.Type != "":
		return false
	case (a.EntityID != "") != (b.EntityID != ""):
		return a.EntityID != ""
	case a.Span.Len() != b.Span.Len():
		return a.Span.Len() > b.Span.Len()
	}
	return a.Score > b.Score
}

// Append adds the mentions one recogniser returned to those of others: each recogniser numbers
// Alias within its own list, so the indices move by the number of mentions already there.
func Append(dst, src []Mention) []Mention {
	off := len(dst)
	for _, m := range src {
		if m.Alias >= 0 {
			m.Alias += off
		}
		dst = append(dst, m)
	}
	return dst
}
