package known

import (
	"strings"

	"github.com/dossier-osint/dossier"
)

// entryStore holds the entries of one layer compactly: every name and entity ID in one string,
// addressed by offsets, each entity ID stored once however many spellings it has. An entry
// costs about ten bytes plus its name, against three string headers (48 bytes) in an []Entry,
// and the automaton keeps no reference to the caller's strings.
type entryStore struct {
	names   string
	nameOff []uint32 // entry i's name is names[nameOff[i]:nameOff[i+1]]
	ids     string
	idOff   []uint32 // entity j's ID is ids[idOff[j]:idOff[j+1]]
	entity  []uint32 // entity of entry i
	typ     []uint8  // index into types of entry i
	types   []dossier.EntityType
}

func newEntryStore(es []Entry) *entryStore {
	s := &entryStore{
		nameOff: make([]uint32, 1, len(es)+1),
		idOff:   []uint32{0},
		entity:  make([]uint32, len(es)),
		typ:     make([]uint8, len(es)),
	}
	var nb, ib strings.Builder
	ids := make(map[string]uint32)
	tidx := make(map[dossier.EntityType]uint8)
	for i := range es {
		e := &es[i]
		nb.WriteString(e.Name)
		s.nameOff = append(s.nameOff, uint32(nb.Len()))
		j, ok := ids[e.EntityID]
		if !ok {
			j = uint32(len(s.idOff) - 1)
			ids[e.EntityID] = j
			ib.WriteString(e.EntityID)
			s.idOff = append(s.idOff, uint32(ib.Len()))
		}
		s.entity[i] = j
		t, ok := tidx[e.Type]
		if !ok && len(s.types) < 256 {
			t = uint8(len(s.types))
			tidx[e.Type] = t
			s.types = append(s.types, e.Type)
		}
		s.typ[i] = t
	}
	s.names, s.ids = nb.String(), ib.String()
	return s
}

func (s *entryStore) len() int { return len(s.entity) }

func (s *entryStore) name(i int) string { return s.names[s.nameOff[i]:s.nameOff[i+1]] }

func (s *entryStore) typeOf(i int) dossier.EntityType {
	if len(s.types) == 0 {
		return ""
	}
	return s.types[s.typ[i]]
}

func (s *entryStore) get(i int) Entry {
	j := s.entity[i]
	return Entry{EntityID: s.ids[s.idOff[j]:s.idOff[j+1]], Name: s.name(i), Type: s.typeOf(i)}
}
