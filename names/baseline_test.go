package names

// jaroWinkler is a plain Jaro-Winkler similarity (prefix scale 0.1, up to 4 runes), the
// baseline that the matcher is measured against. It works on runes.
func jaroWinkler(a, b string) float64 {
	if a == b {
		return 1
	}
	ra, rb := []rune(a), []rune(b)
	la, lb := len(ra), len(rb)
	if la == 0 || lb == 0 {
		return 0
	}
	window := max(la, lb)/2 - 1
	if window < 0 {
		window = 0
	}
	ma := make([]bool, la)
	mb := make([]bool, lb)
	m := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-window), min(lb, i+window+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && ra[i] == rb[j] {
				ma[i], mb[j] = true, true
				m++
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	tr, j := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if ra[i] != rb[j] {
			tr++
		}
		j++
	}
	fm := float64(m)
	jaro := (fm/float64(la) + fm/float64(lb) + (fm-float64(tr)/2)/fm) / 3
	p := 0
	for p < 4 && p < la && p < lb && ra[p] == rb[p] {
		p++
	}
	return jaro + float64(p)*0.1*(1-jaro)
}
