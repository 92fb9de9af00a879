package names

// The phonetic form of a comparable token removes the differences that transliteration schemes
// make for one sound, so that "Hussein", "Husayn", "Hossein", "Хусейн" and "Hüseyn" come out
// alike. It is an internal alphabet of lower-case letters plus three codes: S (sh), C (ch) and
// j (j, dj, dzh, zh). Rules, in order, on ASCII tokens:
//
//	kh → h     (Arabic خ and ح, Russian х, Azerbaijani x all render one sound family)
//	gh, q → k  (Persian ق is "gh", Arabic "q", Russian "к")
//	sh, sch → S; ch → C; zh, dzh, dj → j; ph → f; th → t; dh → z; ck, c → k; x → ks; w → v
//	e, y → i; o → u (vowel qualities drift between schemes: Soleimani, Suleymani)
//	doubled letters collapse; a final h after a vowel is dropped (-zadeh, -zade)
//
// Tokens with letters outside ASCII (other scripts) are left as they are.
func phonetic(t string) string {
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			return t
		}
	}
	var buf [64]byte
	b := buf[:0]
	add := func(c byte) {
		if len(b) > 0 && b[len(b)-1] == c {
			return
		}
		b = append(b, c)
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		var n, n2 byte
		if i+1 < len(t) {
			n = t[i+1]
		}
		if i+2 < len(t) {
			n2 = t[i+2]
		}
		switch c {
		case 'k':
			if n == 'h' {
				add('h')
				i++
			} else {
				add('k')
			}
		case 'g':
			if n == 'h' {
				add('k')
				i++
			} else {
				add('g')
			}
		case 's':
			switch {
			case n == 'h':
				add('S')
				i++
			case n == 'c' && n2 == 'h':
				add('S')
				i += 2
			default:
				add('s')
			}
		case 'c':
			switch n {
			case 'h':
				add('C')
				i++
			case 'k':
				add('k')
				i++
			default:
				add('k')
			}
		case 'z':
			if n == 'h' {
				add('j')
				i++
			} else {
				add('z')
			}
		case 'd':
			switch {
			case n == 'z' && n2 == 'h':
				add('j')
				i += 2
			case n == 'j':
				add('j')
				i++
			case n == 'h':
				add('z')
				i++
			default:
				add('d')
			}
		case 'p':
			if n == 'h' {
				add('f')
				i++
			} else {
				add('p')
			}
		case 't':
			if n == 'h' {
				i++
			}
			add('t')
		case 'q':
			add('k')
		case 'x':
			add('k')
			add('s')
		case 'w':
			add('v')
		case 'e', 'y':
			add('i')
		case 'o':
			add('u')
		default:
			add(c)
		}
	}
	if n := len(b); n > 2 && b[n-1] == 'h' && isVowel(b[n-2]) {
		b = b[:n-1]
	}
	// Persian -eh and Arabic -a end one name: Haniyeh, Haniya.
	if n := len(b); n > 3 && b[n-1] == 'a' && b[n-2] == 'i' {
		b = b[:n-1]
	}
	return string(b)
}

func isVowel(c byte) bool { return c == 'a' || c == 'i' || c == 'u' }

// skeletonOf returns the consonant skeleton of a phonetic form: vowels, v (w and Persian و, often a
// vowel glide) and a final h dropped, doubles collapsed.
func skeletonOf(p string) string {
	var buf [64]byte
	b := buf[:0]
	for i := 0; i < len(p); i++ {
		c := p[i]
		if isVowel(c) || c == 'v' {
			continue
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	if n := len(b); n > 1 && b[n-1] == 'h' {
		b = b[:n-1]
	}
	return string(b)
}

// Skeleton returns the consonant skeleton of one token: the consonants of its phonetic form,
// without vowels, w/v glides and a final h. It is what Latin renderings and the vowel-less Arabic
// and Persian spellings of a name share: "Qasem", "Ghasem", "Kasım" and "قاسم" are all "ksm".
func Skeleton(token string) string {
	t, _ := translitWord(token, turkicText(token))
	return skeletonOf(phonetic(t))
}

// consonants counts the non-vowel bytes of a phonetic form.
func consonants(p string) int {
	n := 0
	for i := 0; i < len(p); i++ {
		if !isVowel(p[i]) && p[i] != 'v' {
			n++
		}
	}
	return n
}

// editCosts parameterises the weighted edit distance.
type editCosts struct {
	vowelIndel float32 // inserting or deleting a vowel (or v glide)
	vowelSub   float32 // substituting one vowel for another
	glideV     bool    // v counts as a vowel (Arabic و and Persian و are vowel letters too)
}

var (
	latinCosts = editCosts{vowelIndel: 0.45, vowelSub: 0.35}
	abjadCosts = editCosts{vowelIndel: 0.2, vowelSub: 0.2, glideV: true}
)

func cheap(c byte, glideV bool) bool { return isVowel(c) || glideV && c == 'v' }

// editDistance is a weighted Levenshtein distance over bytes of phonetic forms (or of their
// consonants), truncated to 48 bytes. Vowels cost less than consonants, and so do the consonant
// pairs that one sound takes in different schemes (see similarConsonants). It does not allocate.
func editDistance[T string | []byte](a, b T, k editCosts) float32 {
	if len(a) > 48 {
		a = a[:48]
	}
	if len(b) > 48 {
		b = b[:48]
	}
	var r0, r1 [49]float32
	prev, cur := r0[:len(b)+1], r1[:len(b)+1]
	prev[0] = 0
	for j := 1; j <= len(b); j++ {
		prev[j] = prev[j-1] + k.indel(b[j-1])
	}
	for i := 1; i <= len(a); i++ {
		ca := a[i-1]
		da := k.indel(ca)
		cur[0] = prev[0] + da
		for j := 1; j <= len(b); j++ {
			cb := b[j-1]
			sub := float32(0)
			if ca != cb {
				switch {
				case cheap(ca, k.glideV) && cheap(cb, k.glideV):
					sub = k.vowelSub
				case similarConsonants(ca, cb):
					sub = consonantSub
				default:
					sub = 1
				}
			}
			v := prev[j-1] + sub
			if d := prev[j] + da; d < v {
				v = d
			}
			if d := cur[j-1] + k.indel(cb); d < v {
				v = d
			}
			cur[j] = v
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func (k editCosts) indel(c byte) float32 {
	if cheap(c, k.glideV) {
		return k.vowelIndel
	}
	return 1
}

// consonantSub is the cost of substituting one of the similarConsonants pairs.
const consonantSub = 0.3

// similarConsonants reports consonant pairs that render one sound in different schemes or
// languages: Russian г for Turkic and Persian h (Гейдар, Heydar), g and k for ق and گ (Gasym,
// Qasem), Turkish c for j (Cevad, Javad), final devoicing in Turkish and Azerbaijani (Ahmet,
// Ahmad; Recep, Rəcəb), v and f (Лавров, لافروف).
func similarConsonants(a, b byte) bool {
	if a > b {
		a, b = b, a
	}
	switch {
	case a == 'g' && (b == 'h' || b == 'k'),
		a == 'j' && b == 'k',
		a == 'd' && b == 't',
		a == 'b' && b == 'p',
		a == 'f' && b == 'v':
		return true
	}
	return false
}
