package gazetteer

// index maps a key to the places that have a name with that key. Most keys name one place, so
// the map holds that place's index directly and only shared keys point into lists: a few
// allocations for the whole gazetteer instead of one per key.
type index struct {
	m     map[string]int32 // place index, or -1-i for lists[i]
	lists [][]int32
}

func newIndex(n int) *index { return &index{m: make(map[string]int32, n)} }

// add records that place i has a name with key k; adding the same pair again is a no-op as
// long as a place's names are added together.
func (x *index) add(k string, i int32) {
	v, ok := x.m[k]
	switch {
	case !ok:
		x.m[k] = i
	case v >= 0:
		if v != i {
			x.lists = append(x.lists, []int32{v, i})
			x.m[k] = -int32(len(x.lists))
		}
	default:
		l := x.lists[-v-1]
		if l[len(l)-1] != i {
			x.lists[-v-1] = append(l, i)
		}
	}
}

// get appends the places of key k to dst.
func (x *index) get(dst []int32, k string) []int32 {
	v, ok := x.m[k]
	switch {
	case !ok:
		return dst
	case v >= 0:
		return append(dst, v)
	}
	return append(dst, x.lists[-v-1]...)
}

// appendKey appends Key(s) to b.
func appendKey(b []byte, s string) []byte {
	start := len(b)
	inWord := false
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= 0x80 {
			r, n = decodeRune(s[i:])
		}
		i += n
		if !wordRune(r) {
			inWord = false
			continue
		}
		f := foldRune(r)
		if f == "" {
			continue
		}
		if !inWord && len(b) > start {
			b = append(b, ' ')
		}
		inWord = true
		b = append(b, f...)
	}
	return b
}
