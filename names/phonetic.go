package names

import "unsafe"

// The phonetic form of a comparable token removes the differences that transliteration schemes
// make for one sound, so that "Hussein", "Husayn", "Hossein", "Хусейн" and "Hüseyn" come out
// alike. It is an internal alphabet of lower-case letters plus three codes: S (sh), C (ch) and
// j (j, dj, dzh, zh). Rules, in order, on ASCII tokens:
//
//	kh → h     (Arabic خ and ح, Russian х, Azerbaijani x all render one sound family)
//	gh, q → k  (Persian ق is "gh", Arabic "q", Russian "к")
//	sh, sch → S; ch → C; zh, dzh, dj → j; ph → f; th → t; initial dh → z; ck, c → k; x → ks; w → v
//	e, y → i; o → u (vowel qualities drift between schemes: Soleimani, Suleymani)
//	doubled letters collapse; a final h after a vowel is dropped (-zadeh, -zade)
//
// Tokens with letters outside ASCII (other scripts) are left as they are.
func phonetic(t string) string {
	var ar arena
	return ar.phonetic(t)
}

// arena holds the strings of one prepared name in one growing byte slice, so that preparing a
// name allocates a few times rather than once per string. Bytes once written are never
// changed, so strings made from them stay valid when the slice grows (they keep the old array).
type arena struct{ b []byte }

// str returns the bytes written since start as a string.
func (ar *arena) str(start int) string {
	if len(ar.b) == start {
		return ""
	}
	return unsafe.String(&ar.b[start], len(ar.b)-start)
}

// phonetic writes the phonetic form of t into the arena and returns it.
func (ar *arena) phonetic(t string) string {
	for i := 0; i < len(t); i++ {
		if t[i] >= 0x80 {
			return t
		}
	}
	start := len(ar.b)
	add := func(c byte) {
		if len(ar.b) > start && ar.b[len(ar.b)-1] == c {
			return
		}
		ar.b = append(ar.b, c)
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
			case n == 'h' && i == 0: // Dhulfiqar; inside a word d and h are two sounds (Adham)
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
			switch {
			case n == 's' && n2 == 'h': // Arabic تش for ch
				add('C')
				i += 2
			case n == 'c' && n2 == 'h': // French tch: Setchine, Tchetchénie
				add('C')
				i += 2
			case n == 's' && n2 == 'c' && i+3 < len(t) && t[i+3] == 'h': // German tsch
				add('C')
				i += 3
			case n == 'h':
				add('t')
				i++
			default:
				add('t')
			}
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
	b := ar.b[start:]
	if n := len(b); n > 2 && b[n-1] == 'h' && isVowel(b[n-2]) {
		ar.b = ar.b[:len(ar.b)-1]
	}
	// Persian -eh and Arabic -a end one name: Haniyeh, Haniya.
	b = ar.b[start:]
	if n := len(b); n > 3 && b[n-1] == 'a' && b[n-2] == 'i' {
		ar.b = ar.b[:len(ar.b)-1]
	}
	return ar.str(start)
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
	return skeletonOf(wordPhonetic(token))
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
	latinTable = latinCosts.table()
	abjadTable = abjadCosts.table()
)

func cheap(c byte, glideV bool) bool { return isVowel(c) || glideV && c == 'v' }

// costScale turns costs into integers for the inner loop.
const costScale = 20

// byteClass maps a byte of a phonetic form to a row of the cost tables: a–z are 0–25, the codes
// S and C 26 and 27, anything else 28–31.
var byteClass = func() (t [256]uint8) {
	for i := range t {
		t[i] = 28 + uint8(i%4)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = uint8(c - 'a')
	}
	t['S'], t['C'] = 26, 27
	return
}()

// costTable holds integer substitution and indel costs by byte class.
type costTable struct {
	sub   [32][32]int32
	indel [32]int32
}

func classByte(i int) byte {
	switch {
	case i < 26:
		return byte('a' + i)
	case i == 26:
		return 'S'
	case i == 27:
		return 'C'
	}
	return 0
}

func (k editCosts) table() *costTable {
	t := new(costTable)
	for i := 0; i < 32; i++ {
		a := classByte(i)
		t.indel[i] = costScale
		if cheap(a, k.glideV) {
			t.indel[i] = int32(k.vowelIndel*costScale + 0.5)
		}
		for j := 0; j < 32; j++ {
			b := classByte(j)
			switch {
			case i == j && a != 0:
				t.sub[i][j] = 0
			case cheap(a, k.glideV) && cheap(b, k.glideV):
				t.sub[i][j] = int32(k.vowelSub*costScale + 0.5)
			case a != 0 && b != 0 && similarConsonants(a, b):
				t.sub[i][j] = int32(consonantSub * costScale)
			default:
				t.sub[i][j] = costScale
			}
		}
	}
	return t
}

// editDistance is a weighted Levenshtein distance over bytes of phonetic forms (or of their
// consonants), truncated to 48 bytes. Vowels cost less than consonants, and so do the consonant
// pairs that one sound takes in different schemes (see similarConsonants). Bytes outside the
// phonetic alphabet compare by identity. It does not allocate.
func editDistance[T string | []byte](a, b T, t *costTable) float32 {
	return editDistanceMax(a, b, t, -1)
}

// editDistanceMax is editDistance that may stop early: once every path costs more than limit
// (when limit >= 0) it returns a value above limit.
func editDistanceMax[T string | []byte](a, b T, t *costTable, limit float32) float32 {
	if len(a) > 48 {
		a = a[:48]
	}
	if len(b) > 48 {
		b = b[:48]
	}
	var r0, r1 [49]int32
	var cb [48]uint8
	prev, cur := r0[:len(b)+1], r1[:len(b)+1]
	prev[0] = 0
	for j := 0; j < len(b); j++ {
		cb[j] = byteClass[b[j]]
		prev[j+1] = prev[j] + t.indel[cb[j]]
	}
	for i := 0; i < len(a); i++ {
		ca := byteClass[a[i]]
		row := &t.sub[ca]
		da := t.indel[ca]
		cur[0] = prev[0] + da
		rowMin := cur[0]
		for j := 0; j < len(b); j++ {
			sub := row[cb[j]]
			if a[i] == b[j] {
				sub = 0
			} else if ca >= 28 {
				sub = costScale
			}
			v := prev[j] + sub
			if d := prev[j+1] + da; d < v {
				v = d
			}
			if d := cur[j] + t.indel[cb[j]]; d < v {
				v = d
			}
			cur[j+1] = v
			rowMin = min(rowMin, v)
		}
		if limit >= 0 && float32(rowMin) > limit*costScale {
			return limit + 1 // costs never fall along a row: the distance exceeds limit
		}
		prev, cur = cur, prev
	}
	return float32(prev[len(b)]) / costScale
}

// consonantSub is the cost of substituting one of the similarConsonants pairs.
const consonantSub = 0.3

// similarConsonants reports consonant pairs that render one sound in different schemes or
// languages: Russian г for Turkic and Persian h (Гейдар, Heydar), g and k for ق and گ (Gasym,
// Qasem), Turkish c for j (Cevad, Javad), final devoicing in Turkish and Azerbaijani (Ahmet,
// Ahmad; Recep, Rəcəb), b and v (Hebrew ב), v and f (Лавров, لافروف), g and j (Arabic ج for a foreign g).
func similarConsonants(a, b byte) bool {
	if a > b {
		a, b = b, a
	}
	switch {
	case a == 'g' && (b == 'h' || b == 'k' || b == 'j'),
		a == 'C' && b == 'h', // German and Polish ch for kh: Chodorkowski
		a == 'j' && b == 'k',
		a == 'd' && (b == 't' || b == 'z'), // d and z: ض and ذ (Ramadan, Ramazan)
		a == 'b' && (b == 'p' || b == 'v'),
		a == 'f' && b == 'v':
		return true
	}
	return false
}
