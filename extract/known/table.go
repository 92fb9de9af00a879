package known

// keyTable interns token keys: key bytes to a dense id ≥ 1 (0 means absent). It is an
// open-addressing hash table over one byte arena, so a million keys cost a few tens of
// megabytes and a lookup of a []byte key allocates nothing.
type keyTable struct {
	slots []uint64 // high 32 bits: hash check; low 32 bits: id (0 = empty)
	arena []byte
	off   []uint32 // key id i spans arena[off[i-1]:off[i]]; off[0] = 0

	// bloom is a two-probe Bloom filter over the keys' hashes (about 16 bits a key), set by
	// seal. Most words of a text are no key; the filter answers them from a few hundred
	// kilobytes instead of a cache miss into slots.
	bloom     []uint64
	bloomBits uint
}

// seal builds the Bloom filter; the table must not change afterwards.
func (t *keyTable) seal() {
	b := uint(12)
	for 1<<b < 16*t.Len() && b < 30 {
		b++
	}
	t.bloomBits = b
	t.bloom = make([]uint64, 1<<b/64)
	for id := uint32(1); id <= uint32(t.Len()); id++ {
		i1, i2 := t.bloomIdx(hashBytes(t.key(id)))
		t.bloom[i1/64] |= 1 << (i1 % 64)
		t.bloom[i2/64] |= 1 << (i2 % 64)
	}
}

func (t *keyTable) bloomIdx(h uint64) (uint64, uint64) {
	x := h * 0x9E3779B97F4A7C15
	x ^= x >> 29
	return x >> (64 - t.bloomBits), (x >> 3) & (1<<t.bloomBits - 1)
}

func newKeyTable(hint int) *keyTable {
	n := 16
	for n < 2*hint {
		n <<= 1
	}
	return &keyTable{slots: make([]uint64, n), off: []uint32{0}}
}

// Len returns the number of keys.
func (t *keyTable) Len() int { return len(t.off) - 1 }

func (t *keyTable) key(id uint32) []byte { return t.arena[t.off[id-1]:t.off[id]] }

// hashString is hashBytes of a string.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// find returns the id of key k with hash h, or 0.
func (t *keyTable) find(h uint64, k []byte) uint32 { return find(t, h, k) }

func find[K string | []byte](t *keyTable, h uint64, k K) uint32 {
	if t.bloom != nil {
		i1, i2 := t.bloomIdx(h)
		if t.bloom[i1/64]&(1<<(i1%64)) == 0 || t.bloom[i2/64]&(1<<(i2%64)) == 0 {
			return 0
		}
	}
	mask := uint64(len(t.slots) - 1)
	check := h >> 32
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s == 0 {
			return 0
		}
		if s>>32 == check {
			id := uint32(s)
			if string(t.arena[t.off[id-1]:t.off[id]]) == string(k) {
				return id
			}
		}
	}
}

// intern returns the id of k, adding it if absent.
func (t *keyTable) intern(k []byte) uint32 {
	h := hashBytes(k)
	if id := t.find(h, k); id != 0 {
		return id
	}
	if 2*(t.Len()+1) > len(t.slots) {
		t.grow()
	}
	t.arena = append(t.arena, k...)
	t.off = append(t.off, uint32(len(t.arena)))
	id := uint32(t.Len())
	t.put(h, id)
	return id
}

func (t *keyTable) put(h uint64, id uint32) {
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		if t.slots[i] == 0 {
			t.slots[i] = h>>32<<32 | uint64(id)
			return
		}
	}
}

func (t *keyTable) grow() {
	t.slots = make([]uint64, 2*len(t.slots))
	for id := uint32(1); id <= uint32(t.Len()); id++ {
		t.put(hashBytes(t.key(id)), id)
	}
}
