package names

import (
	"slices"
	"strconv"
	"strings"
)

// Keys returns the blocking keys of a name: two names that may be the same share at least one
// key. They are strings so that any store can index them. Kinds:
//
//	t:SKEL       a token's consonant skeleton, cut to 4 consonants ("t:ksm" for Qasem, Ghasem,
//	             Kasım and قاسم); a short token uses its phonetic form; joined adjacent tokens
//	             and group stems get one too ("Ibrahim Begli" and İbrahimbəyli share "t:brhm",
//	             "Hüseynçilər" and "حسينيون" share "t:hsn")
//	v:N          a token of the variant table (Muhammad, Mehmet, Məhəmməd: one key)
//	p:K1|K2      two tokens of the name together: selective keys for common given names
//	p:K1 K2 ...| all the name's token keys, sorted: the most selective key
//
// Particles (al-, ibn, oglu ...), titles, stop words, legal forms and class words give no key,
// so "al-Assad" and "Assad" share theirs.
func Keys(name string, kind Kind) []string {
	p := Prepare(name, kind)
	var out []string
	seen := map[string]bool{}
	p.eachKey(func(pair bool, k1, k2 string) {
		var s string
		if pair {
			s = "p:" + k1 + "|" + k2
		} else {
			s = k1
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	})
	return out
}

// tokenKey returns the single-token key of a unit, or "": its variant-table key if it has one,
// else its skeleton key.
func tokenKey(u *unit) string {
	if u.variant != 0 {
		return "v:" + strconv.Itoa(int(u.variant))
	}
	return skeletonKey(u)
}

// skeletonKey returns the skeleton key of a unit, or "".
func skeletonKey(u *unit) string {
	src := u.phon
	if u.group && u.stem != "" {
		src = u.stem
	}
	sk := keyClasses(skeletonOf(src))
	if len(sk) == 0 {
		if len(src) < 2 {
			return ""
		}
		return "t:" + src
	}
	if len(sk) > 4 {
		sk = sk[:4]
	}
	return "t:" + sk
}

// eachKey calls f with every key of p: single keys (pair false, k1) and pair keys (k1 < k2).
func (p *Prepared) eachKey(f func(pair bool, k1, k2 string)) {
	var kb, db [maxTokens]string
	singles := kb[:0]
	decls := db[:0] // singles with a Cyrillic word's case ending taken off (declension.go)
	declined := false
	for i := range p.units {
		u := &p.units[i]
		if u.role != roleCore && u.role != roleHead && u.role != rolePatronymic {
			continue
		}
		k := tokenKey(u)
		if k == "" {
			continue
		}
		f(false, k, "")
		if u.variant != 0 {
			// Also the skeleton, for spellings the variant table does not list (Muhemmed).
			if ks := skeletonKey(u); ks != "" {
				f(false, ks, "")
			}
		}
		if u.alt != "" {
			a := *u
			a.phon, a.variant, a.stem = u.alt, variantOf[u.alt], ""
			if ka := tokenKey(&a); ka != "" && ka != k {
				f(false, ka, "")
				k = ka // pair keys use the article-free form, as Latin names drop al-
			}
		}
		kd := k
		if u.decl != "" {
			d := *u
			d.phon, d.variant, d.stem = u.decl, variantOf[u.decl], ""
			if kk := tokenKey(&d); kk != "" && kk != k {
				f(false, kk, "")
				kd, declined = kk, true
			}
		}
		if i < p.n && len(singles) < 4 {
			singles = append(singles, k)
			decls = append(decls, kd)
		}
	}
	emitPairs(singles, f)
	if declined {
		emitPairs(decls, f)
	}
}

// emitPairs gives the pair keys of a name's token keys: the whole name, and each two tokens.
func emitPairs(singles []string, f func(pair bool, k1, k2 string)) {
	if len(singles) > 0 {
		// The whole name: its token keys in order of the keys, as one pair key with an empty
		// second part. Names whose every token has the same key share it.
		sorted := slices.Clone(singles)
		slices.Sort(sorted)
		f(true, strings.Join(sorted, " "), "")
	}
	for i := 0; i < len(singles); i++ {
		for j := i + 1; j < len(singles); j++ {
			a, b := singles[i], singles[j]
			if a == b {
				continue
			}
			if b < a {
				a, b = b, a
			}
			f(true, a, b)
		}
	}
}

// keyClass folds one consonant for the cheap filter of unitSim: pairs that transliteration
// swaps (p b, g j k q, ch sh, f v) count as one.
func keyClass(c byte) byte {
	switch c {
	case 'p':
		return 'b'
	case 'g', 'j', 'q':
		return 'k'
	case 'C':
		return 'S'
	case 'f':
		return 'v'
	}
	return c
}

// keyClasses folds consonants that scripts without them render by a neighbour, so that blocking
// keys meet across scripts: Arabic has no p (ب) or g (ج, غ, ق), Turkish c is j.
func keyClasses(sk string) string {
	if strings.IndexAny(sk, "pgjq") < 0 {
		return sk
	}
	b := []byte(sk)
	for i, c := range b {
		switch c {
		case 'p':
			b[i] = 'b'
		case 'g', 'j', 'q':
			b[i] = 'k'
		}
	}
	return string(b)
}
