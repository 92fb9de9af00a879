package gazetteer

import (
	"slices"
	"strings"
	"testing"
)

// GeoNames ids used below.
const (
	idBaku        = 587084
	idTehran      = 112931
	idQom         = 119208
	idMashhad     = 124665
	idBaghdad     = 98182
	idDamascus    = 170654
	idBeirut      = 276781
	idTripoliLY   = 2210247
	idTripoliLB   = 266826
	idGanja       = 586523
	idSumqayit    = 584923
	idGrozny      = 558418
	idMoscow      = 524901
	idIstanbul    = 745044
	idAnkara      = 323786
	idKabul       = 1138958
	idIslamabad   = 1176615
	idYerevan     = 616052
	idTbilisi     = 611717
	idRiyadh      = 108410
	idSanaa       = 71137
	idMosul       = 99072
	idTabriz      = 113646
	idNakhchivan  = 147429
	idMakhachkala = 532096
	idVan         = 298117
	idAbadan      = 145459
	idTyre        = 267008
	idJerusalem   = 281184
)

// wantCities is the number of GeoNames rows the generator kept (its "rows=" header line).
const wantCities = 32618

func TestLoad(t *testing.T) {
	if got, want := Len(), wantCities+len(regionTable)+len(countryTable); got != want {
		t.Fatalf("Len() = %d, want %d", got, want)
	}
	g := get()
	for i := 1; i < len(g.places); i++ {
		if g.places[i-1].ID >= g.places[i].ID {
			t.Fatalf("places not sorted by id at %d: %d, %d", i, g.places[i-1].ID, g.places[i].ID)
		}
	}
	var region, big, alts int
	for _, p := range g.places {
		alts += len(p.Names)
		if regionOfInterest(&p) {
			region++
		}
		if p.Population >= 15000 {
			big++
		}
		if p.Name == "" || (len(p.Country) != 2 && !p.IsRegion()) || p.Feature == "" {
			t.Errorf("incomplete place %+v", p)
		}
		if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
			t.Errorf("%d %s: bad coordinates %v,%v", p.ID, p.Name, p.Lat, p.Lon)
		}
	}
	t.Logf("%d places: %d in the region of interest, %d of 15,000 or more, %d alternate names", len(g.places), region, big, alts)
	if region < 6000 || big < 26000 {
		t.Errorf("region %d, big %d: the data lost places", region, big)
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name string
		want uint32 // the first result
	}{
		// Baku in English, Azerbaijani, Russian, Arabic, Persian.
		{"Baku", idBaku}, {"Bakı", idBaku}, {"BAKI", idBaku}, {"Баку", idBaku}, {"باكو", idBaku}, {"باکو", idBaku},
		// Tehran.
		{"Tehran", idTehran}, {"Tahran", idTehran}, {"Tehran", idTehran}, {"Teheran", idTehran},
		{"Тегеран", idTehran}, {"تهران", idTehran}, {"طهران", idTehran},
		// Qom.
		{"Qom", idQom}, {"Qum", idQom}, {"Ghom", idQom}, {"Кум", idQom}, {"قم", idQom},
		// Mashhad.
		{"Mashhad", idMashhad}, {"Məşhəd", idMashhad}, {"Meşhed", idMashhad}, {"Мешхед", idMashhad},
		{"Машхад", idMashhad}, {"مشهد", idMashhad},
		// Baghdad.
		{"Baghdad", idBaghdad}, {"Bağdad", idBaghdad}, {"Bağdat", idBaghdad}, {"Багдад", idBaghdad}, {"بغداد", idBaghdad},
		// Others of the region, in several scripts.
		{"Damascus", idDamascus}, {"Dəməşq", idDamascus}, {"Şam", idDamascus}, {"Дамаск", idDamascus}, {"دمشق", idDamascus},
		{"Beirut", idBeirut}, {"Beyrut", idBeirut}, {"Бейрут", idBeirut}, {"بيروت", idBeirut},
		{"Gəncə", idGanja}, {"Ganja", idGanja}, {"Гянджа", idGanja},
		{"Sumqayıt", idSumqayit}, {"Sumgait", idSumqayit}, {"Сумгаит", idSumqayit},
		{"Grozny", idGrozny}, {"Грозный", idGrozny},
		{"Moscow", idMoscow}, {"Moskva", idMoscow}, {"Москва", idMoscow}, {"مسکو", idMoscow},
		{"Istanbul", idIstanbul}, {"İstanbul", idIstanbul}, {"Стамбул", idIstanbul}, {"إسطنبول", idIstanbul},
		{"Ankara", idAnkara}, {"آنکارا", idAnkara}, {"أنقرة", idAnkara},
		{"Kabul", idKabul}, {"کابل", idKabul}, {"Islamabad", idIslamabad}, {"Yerevan", idYerevan}, {"İrəvan", idYerevan},
		{"Tbilisi", idTbilisi}, {"Tiflis", idTbilisi}, {"Тбилиси", idTbilisi},
		{"Riyadh", idRiyadh}, {"Ar-Riyad", idRiyadh}, {"الرياض", idRiyadh}, {"Sanaa", idSanaa}, {"Sana'a", idSanaa}, {"صنعاء", idSanaa},
		{"Mosul", idMosul}, {"الموصل", idMosul}, {"Tabriz", idTabriz}, {"Təbriz", idTabriz}, {"تبریز", idTabriz},
		{"Naxçıvan", idNakhchivan}, {"Nakhchivan", idNakhchivan}, {"Makhachkala", idMakhachkala}, {"Махачкала", idMakhachkala},
		// Countries in the six languages.
		{"Iran", CountryID("IR")}, {"İran", CountryID("IR")}, {"Иран", CountryID("IR")}, {"ایران", CountryID("IR")}, {"إيران", CountryID("IR")},
		{"Azerbaijan", CountryID("AZ")}, {"Azərbaycan", CountryID("AZ")}, {"Azerbaycan", CountryID("AZ")}, {"Азербайджан", CountryID("AZ")},
		{"أذربيجان", CountryID("AZ")}, {"جمهوری آذربایجان", CountryID("AZ")},
		{"Iraq", CountryID("IQ")}, {"Irak", CountryID("IQ")}, {"İraq", CountryID("IQ")}, {"Ирак", CountryID("IQ")}, {"العراق", CountryID("IQ")},
		{"Turkey", CountryID("TR")}, {"Türkiye", CountryID("TR")}, {"Türkiyə", CountryID("TR")}, {"Турция", CountryID("TR")}, {"ترکیه", CountryID("TR")}, {"تركيا", CountryID("TR")},
		{"Syria", CountryID("SY")}, {"Suriya", CountryID("SY")}, {"Suriye", CountryID("SY")}, {"سوريا", CountryID("SY")}, {"سوریه", CountryID("SY")},
		{"Georgia", CountryID("GE")}, {"Gürcüstan", CountryID("GE")}, {"Грузия", CountryID("GE")},
		{"Saudi Arabia", CountryID("SA")}, {"Səudiyyə Ərəbistanı", CountryID("SA")}, {"السعودية", CountryID("SA")},
		{"United States", CountryID("US")}, {"ABŞ", CountryID("US")}, {"США", CountryID("US")}, {"آمریکا", CountryID("US")},
	}
	for _, tt := range tests {
		got := Lookup(tt.name)
		if tt.want == 0 {
			continue
		}
		if len(got) == 0 {
			t.Errorf("Lookup(%q) = nothing, want %d", tt.name, tt.want)
			continue
		}
		if got[0].ID != tt.want {
			t.Errorf("Lookup(%q)[0] = %d %s (%s), want %d", tt.name, got[0].ID, got[0].Name, got[0].Country, tt.want)
		}
	}
	for _, q := range []string{"", " ", "Xyzzyqwv", "-"} {
		if got := Lookup(q); len(got) != 0 {
			t.Errorf("Lookup(%q) = %v, want nothing", q, got)
		}
	}
}

func TestLookupAmbiguous(t *testing.T) {
	got := Lookup("Tripoli")
	if len(got) < 2 || got[0].ID != idTripoliLY || got[1].ID != idTripoliLB {
		t.Fatalf("Lookup(Tripoli) = %v, want Libya's, then Lebanon's", ids(got))
	}
	// Arabic طرابلس is both, too.
	got = Lookup("طرابلس")
	if len(got) < 2 || got[0].ID != idTripoliLY || !slices.ContainsFunc(got, func(p Place) bool { return p.ID == idTripoliLB }) {
		t.Fatalf("Lookup(طرابلس) = %v", ids(got))
	}
}

func ids(ps []Place) []uint32 {
	var out []uint32
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func TestLookupCountryOrCity(t *testing.T) {
	if got := Lookup("Tunis"); len(got) < 2 || got[0].ID != 2464470 || got[1].ID != CountryID("TN") {
		t.Errorf("Lookup(Tunis) = %v, want the city, then Tunisia", ids(got))
	}
	if got := Lookup("Kuwait"); len(got) < 2 || got[0].ID != CountryID("KW") {
		t.Errorf("Lookup(Kuwait) = %v, want the country first", ids(got))
	}
}

func TestRegions(t *testing.T) {
	rs := Regions()
	if len(rs) != len(regionTable) {
		t.Fatalf("%d regions, want %d", len(rs), len(regionTable))
	}
	for _, r := range rs {
		if !r.IsRegion() || r.IsCountry() || r.ID != RegionID(r.Name) || r.Feature == "" || (r.Lat == 0 && r.Lon == 0) || len(r.Names) < 3 {
			t.Errorf("incomplete region %+v", r)
		}
	}
	for q, want := range map[string]string{
		"Nagorno-Karabakh": "Nagorno-Karabakh", "Qarabağ": "Nagorno-Karabakh", "Карабах": "Nagorno-Karabakh",
		"Caspian Sea": "Caspian Sea", "Xəzər dənizi": "Caspian Sea", "دریای خزر": "Caspian Sea",
		"Middle East": "Middle East", "الشرق الأوسط": "Middle East", "خاورمیانه": "Middle East",
		"Chechnya": "Chechnya", "Чечня": "Chechnya", "Soviet Union": "Soviet Union", "СССР": "Soviet Union",
		"Babil Governorate": "Babil Governorate", "Zangezur Corridor": "Zangezur",
	} {
		if got := Lookup(q); len(got) == 0 || got[0].Name != want {
			t.Errorf("Lookup(%q) = %v, want %s first", q, ids(got), want)
		}
	}
}

func TestAdjective(t *testing.T) {
	for word, cc := range map[string]string{
		"Iranian": "IR", "iranians": "IR", "Azeri": "AZ", "Azerbaijani": "AZ", "Azeris": "AZ",
		"Saudi": "SA", "Saudis": "SA", "Iraqi": "IQ", "Turkish": "TR", "Emirati": "AE", "Israeli": "IL",
	} {
		if p, ok := Adjective(word); !ok || p.Country != cc {
			t.Errorf("Adjective(%q) = %s, %v, want %s", word, p.Country, ok, cc)
		}
	}
	for _, word := range []string{"", "Tehran", "Husseiniyun"} {
		if p, ok := Adjective(word); ok {
			t.Errorf("Adjective(%q) = %s", word, p.Name)
		}
	}
}

func TestGet(t *testing.T) {
	p, ok := Get(idBaku)
	if !ok || p.Name != "Baku" || p.Country != "AZ" || p.Feature != "PPLC" || p.Population < 1000000 ||
		p.Lat < 40.3 || p.Lat > 40.5 || p.Lon < 49.8 || p.Lon > 50 || !slices.Contains(p.Names, "Bakı") || !slices.Contains(p.Names, "Баку") {
		t.Errorf("Get(Baku) = %+v, %v", p, ok)
	}
	if p, ok := Get(idSumqayit); !ok || p.Name != "Sumqayıt" || p.ASCIIName != "Sumqayit" {
		t.Errorf("Get(Sumqayit) = %+v", p)
	}
	if _, ok := Get(1); ok {
		t.Error("Get(1) found a place")
	}
	if p, ok := Get(CountryID("IR")); !ok || p.Name != "Iran" {
		t.Errorf("Get(CountryID(IR)) = %+v, %v", p, ok)
	}
}

func TestCountries(t *testing.T) {
	cs := Countries()
	if len(cs) < 60 {
		t.Fatalf("%d countries, want at least 60", len(cs))
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if seen[c.Country] {
			t.Errorf("%s twice", c.Country)
		}
		seen[c.Country] = true
		if c.ID != CountryID(c.Country) || !c.IsCountry() || c.Population == 0 || len(c.Adjectives) == 0 || c.Adjectives[0] == "" {
			t.Errorf("incomplete country %+v", c)
		}
		if c.Lat == 0 && c.Lon == 0 {
			t.Errorf("%s has no capital coordinates", c.Country)
		}
		scripts := map[int]bool{}
		for _, n := range append([]string{c.Name}, c.Names...) {
			scripts[nameScript(n)] = true
		}
		if !scripts[scriptLatin] || !scripts[scriptCyrillic] || !scripts[scriptArabic] {
			t.Errorf("%s lacks a script: %v", c.Country, c.Names)
		}
	}
	for _, cc := range strings.Fields("AZ IR IQ SY LB TR AF PK GE AM RU YE BH SA IL PS JO EG US GB FR DE CN IN UA") {
		if !seen[cc] {
			t.Errorf("country %s missing", cc)
		}
	}
	az, _ := Country("AZ")
	if !slices.Contains(az.Adjectives, "Azeri") || !slices.Contains(az.Adjectives, "Azerbaijani") {
		t.Errorf("Azerbaijan adjectives = %v", az.Adjectives)
	}
	ir, _ := Country("ir")
	if !slices.Contains(ir.Adjectives, "Iranian") || ir.Lat < 35 || ir.Lat > 36 {
		t.Errorf("Iran = %+v", ir)
	}
	if CountryID("I") != 0 || CountryID("I1") != 0 {
		t.Error("CountryID accepted a bad code")
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Rostov-na-Donu", "rostov na donu"},
		{"  Ma'rib ", "marib"},
		{"Ma’rib", "marib"},
		{"BAKI", "baki"},
		{"Bakı", "baki"},
		{"İstanbul", "istanbul"},
		{"Dəməşq", "demesq"},
		{"كربلاء", "كربلا"},
		{"تِهران", "تهران"},
		{"اسلام‌آباد", "اسلاماباد"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(placesGz); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	queries := []string{"Baku", "Bakı", "Тегеран", "تهران", "Qum", "Məşhəd", "بغداد", "Tripoli", "Springfield", "Nowhere"}
	Lookup("warm up")
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Lookup(queries[i%len(queries)])
		i++
	}
}
