// Package gazetteer is an offline gazetteer of places for recognising and resolving place names
// in text and for drawing the map: about 32,600 populated places from GeoNames cities500 and a
// table of countries, embedded in the binary, with their names in English, Azerbaijani, Turkish,
// Russian, Persian and Arabic.
//
// The data is loaded lazily, once, on the first call of any function here (about a tenth of a
// second, see BenchmarkLoad), so a program that never asks for a place never pays for it. All
// functions are safe for concurrent use. Places returned share their Names and Adjectives
// slices with the gazetteer: callers must not modify them.
//
// What is kept (see README.md for the generator): every place of population 15,000 or more,
// every capital and first-order administrative seat, and every cities500 place (population 500
// or more) in the region of interest — Azerbaijan, Iran, Iraq, Syria, Lebanon, Turkey,
// Afghanistan, Pakistan, Georgia, Armenia, Yemen, Bahrain, Saudi Arabia, Israel, Palestine,
// Jordan and Russia's North Caucasus. Alternate names are those written in Latin, Cyrillic or
// Arabic script: GeoNames cities500 carries no language tags, so the script is the filter.
//
// Place data © GeoNames (https://www.geonames.org/), licensed under CC BY 4.0.
package gazetteer

import (
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/dossier-osint/dossier/names"
)

//go:embed places.tsv.gz
var placesGz []byte

// Place is one populated place or country.
type Place struct {
	ID         uint32   // GeoNames id; countries and regions have synthetic ids, see CountryID, RegionID
	Name       string   // the GeoNames name (for countries, the English short name)
	ASCIIName  string   // Name in plain ASCII
	Country    string   // ISO 3166-1 alpha-2 code
	Admin1     string   // GeoNames first-order administrative division code ("26" is Tehran province)
	Lat, Lon   float32  // WGS84 degrees; for a country, its capital
	Population uint32   // as GeoNames records it; 0 when unknown
	Feature    string   // GeoNames feature code: PPLC capital, PPLA admin seat, PPL ..., PCLI country
	Names      []string // alternate names kept (Latin, Cyrillic and Arabic script)
	Adjectives []string // for countries: English demonyms and adjectives ("Iranian", "Azeri")
}

// Capital reports whether p is a national capital.
func (p Place) Capital() bool { return p.Feature == "PPLC" }

// IsCountry reports whether p is a country.
func (p Place) IsCountry() bool { return p.ID >= 0xFF000000 }

// gazetteer is the loaded data.
type gazetteer struct {
	places     []Place          // sorted by ID; countries (synthetic ids) at the end
	byKey      *index           // Key of every name -> indexes into places
	adjectives map[string]int32 // Key of a country's English adjective -> index into places
}

var (
	loadOnce sync.Once
	data     *gazetteer
	loadErr  error

	compOnce sync.Once
	byComp   *index // names.Comparable of every name -> indexes into places
)

func get() *gazetteer {
	loadOnce.Do(func() {
		data, loadErr = load(placesGz)
		if loadErr != nil {
			// The data is embedded and tested: failing to read it is a build defect.
			panic("gazetteer: embedded data: " + loadErr.Error())
		}
	})
	return data
}

func load(gz []byte) (*gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	text := string(raw) // one allocation; every field below is a substring of it
	g := &gazetteer{places: make([]Place, 0, 33000+len(regionTable)+len(countryTable))}
	nAlt := strings.Count(text, ",") + strings.Count(text, "\n")
	alts := make([]string, 0, nAlt) // one backing array for every Names slice
	lineNo := 0
	for len(text) > 0 {
		lineNo++
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		var f [10]string
		n := 0
		for n < 9 {
			i := strings.IndexByte(line, '\t')
			if i < 0 {
				break
			}
			f[n], line = line[:i], line[i+1:]
			n++
		}
		if n != 9 {
			return nil, fmt.Errorf("line %d: %d fields, want 10", lineNo, n+1)
		}
		f[9] = line
		id, err1 := strconv.ParseUint(f[0], 10, 32)
		lat, err2 := strconv.ParseFloat(f[5], 32)
		lon, err3 := strconv.ParseFloat(f[6], 32)
		pop, err4 := strconv.ParseUint(f[7], 10, 32)
		if err := cmp.Or(err1, err2, err3, err4); err != nil {
			return nil, fmt.Errorf("line %d: %w", lineNo, err)
		}
		p := Place{ID: uint32(id), Name: f[1], ASCIIName: cmp.Or(f[2], f[1]), Country: f[3], Admin1: f[4],
			Lat: float32(lat), Lon: float32(lon), Population: uint32(pop), Feature: f[8]}
		if f[9] != "" {
			start := len(alts)
			s := f[9]
			for {
				i := strings.IndexByte(s, ',')
				if i < 0 {
					alts = append(alts, s)
					break
				}
				alts = append(alts, s[:i])
				s = s[i+1:]
			}
			p.Names = alts[start:len(alts):len(alts)]
		}
		if n := len(g.places); n > 0 && g.places[n-1].ID >= p.ID {
			return nil, fmt.Errorf("line %d: id %d out of order", lineNo, p.ID)
		}
		g.places = append(g.places, p)
	}
	regions := regionPlaces()
	slices.SortFunc(regions, func(a, b Place) int { return cmp.Compare(a.ID, b.ID) })
	for i := 1; i < len(regions); i++ {
		if regions[i-1].ID == regions[i].ID {
			return nil, fmt.Errorf("regions %q and %q have one id", regions[i-1].Name, regions[i].Name)
		}
	}
	g.places = append(g.places, regions...)
	g.places = append(g.places, countryPlaces(g.places)...)

	// All keys go into one buffer, then one string: the map's keys are substrings of it.
	type ref struct{ off, end, place int32 }
	refs := make([]ref, 0, len(alts)+2*len(g.places))
	buf := make([]byte, 0, len(raw))
	for i := range g.places {
		eachName(&g.places[i], func(name string) {
			off := len(buf)
			buf = appendKey(buf, name)
			if len(buf) > off {
				refs = append(refs, ref{int32(off), int32(len(buf)), int32(i)})
			}
		})
	}
	keys := string(buf)
	g.adjectives = make(map[string]int32)
	for i := range g.places {
		for _, a := range g.places[i].Adjectives {
			if k := Key(a); k != "" {
				if _, dup := g.adjectives[k]; !dup {
					g.adjectives[k] = int32(i)
				}
			}
		}
	}
	g.byKey = newIndex(len(refs))
	for _, r := range refs {
		g.byKey.add(keys[r.off:r.end], r.place)
	}
	return g, nil
}

// eachName calls f with every name of p: its name, ASCII name and alternate names.
func eachName(p *Place, f func(string)) {
	f(p.Name)
	if p.ASCIIName != p.Name {
		f(p.ASCIIName)
	}
	for _, n := range p.Names {
		f(n)
	}
}

// Len returns the number of places in the gazetteer, regions and countries included.
func Len() int { return len(get().places) }

// Get returns the place with the GeoNames id (or, for a country, the CountryID) id.
func Get(id uint32) (Place, bool) {
	g := get()
	i, ok := slices.BinarySearchFunc(g.places, id, func(p Place, id uint32) int { return cmp.Compare(p.ID, id) })
	if !ok {
		return Place{}, false
	}
	return g.places[i], true
}

// Lookup returns every place one of whose names has the same Key as name, or the same Latin
// transliteration (names.Comparable: "Кум" finds the "Kum" spelling of Qom), most populous
// first — where only an alternate name matches, a place counts a tenth of its population (a
// country a thousandth), so that "Islamabad" is Pakistan's capital before Chattogram, once also
// called Islamabad, "Bakı" is still Baku before the smaller Bakis, and "Tunis" is the city before
// Tunisia (which Azerbaijani calls Tunis); ties go to the lower ID. It returns nil when
// nothing matches.
func Lookup(name string) []Place {
	g := get()
	k := Key(name)
	if k == "" {
		return nil
	}
	idx := g.byKey.get(nil, k)
	if c := names.Comparable(name); c != "" {
		compOnce.Do(g.buildComparable)
		n := len(idx)
		var more []int32
		if c != k {
			more = g.byKey.get(more, c)
		}
		for _, i := range byComp.get(more, c) {
			if !slices.Contains(idx[:n], i) && !slices.Contains(idx[n:], i) {
				idx = append(idx, i)
			}
		}
	}
	if len(idx) == 0 {
		return nil
	}
	type ranked struct {
		p    *Place
		rank uint32
	}
	rs := make([]ranked, len(idx))
	sc := nameScript(name)
	for j, i := range idx {
		p := &g.places[i]
		main := Key(p.Name) == k || Key(p.ASCIIName) == k || (p.IsCountry() || p.IsRegion()) && (sc != scriptLatin || acronym(name))
		rs[j] = ranked{p, rank(p, main)}
	}
	slices.SortFunc(rs, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(b.rank, a.rank), cmp.Compare(a.p.ID, b.p.ID))
	})
	out := make([]Place, len(rs))
	for j, r := range rs {
		out[j] = *r.p
	}
	return out
}

func byPopulation(a, b Place) int {
	return cmp.Or(cmp.Compare(b.Population, a.Population), cmp.Compare(a.ID, b.ID))
}

// buildComparable indexes names by their Latin transliteration where it differs from their key;
// it is built on the first Lookup, not at load, because Find does not need it.
func (g *gazetteer) buildComparable() {
	x := newIndex(len(g.byKey.m) / 2)
	var kb []byte
	for i := range g.places {
		eachName(&g.places[i], func(name string) {
			// Where the transliteration is the key itself (most Latin names), byKey has it.
			kb = appendKey(kb[:0], name)
			if c := names.Comparable(name); c != "" && c != string(kb) {
				x.add(c, int32(i))
			}
		})
	}
	byComp = x
}
