package synth

import (
	"bytes"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-osint/dossier"
)

func TestNamesDeterministic(t *testing.T) {
	a, b := Names(2000, 7), Names(2000, 7)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different names")
	}
	var wa, wb bytes.Buffer
	WriteNames(&wa, a)
	WriteNames(&wb, Names(2000, 8))
	if bytes.Equal(wa.Bytes(), wb.Bytes()) {
		t.Fatal("different seeds gave the same names")
	}
	// A shorter list is a prefix of a longer one.
	if p := Names(500, 7); !reflect.DeepEqual(p, a[:500]) {
		t.Fatal("Names(500) is not a prefix of Names(2000)")
	}
}

// TestNamesGolden pins the first names of seed 1 so that a change to the word lists or the
// renderers, which would change every benchmark corpus, is noticed and made on purpose.
func TestNamesGolden(t *testing.T) {
	got := Names(3, 1)
	want := []string{"Ghazi bin Sa'd al-Nayayozi", "Abu Hashim al-Basrawi", "Artyom Semyonov"}
	for i, w := range want {
		if got[i].Text != w {
			t.Errorf("Names(3, 1)[%d] = %q, want %q", i, got[i].Text, w)
		}
	}
}

func TestNamesDistinctAndWellFormed(t *testing.T) {
	names := Names(20000, 3)
	seen := map[string]bool{}
	types := map[dossier.EntityType]int{}
	for _, n := range names {
		if seen[n.Text] {
			t.Fatalf("duplicate name %q", n.Text)
		}
		seen[n.Text] = true
		types[n.Type]++
		if !n.Type.Valid() {
			t.Fatalf("%q: invalid type %q", n.Text, n.Type)
		}
		all := append([]string{n.Text}, n.Variants...)
		vs := map[string]bool{}
		for _, v := range all {
			if vs[v] {
				t.Fatalf("%q: repeated spelling %q in %q", n.Text, v, n.Variants)
			}
			vs[v] = true
			if v == "" || strings.TrimSpace(v) != v || strings.Contains(v, "  ") || strings.ContainsAny(v, "\n\r%") {
				t.Fatalf("%q: malformed spelling %q", n.Text, v)
			}
			// Only the neutral letters that every scheme renders must never leak.
			if strings.ContainsAny(v, "āīūḥ") {
				t.Fatalf("%q: unrendered neutral letter in %q", n.Text, v)
			}
		}
		if len(n.Variants) < 2 {
			t.Fatalf("%q: only %d variants", n.Text, len(n.Variants))
		}
	}
	for typ, min := range map[dossier.EntityType]float64{dossier.Person: 0.7, dossier.Organization: 0.08, dossier.Location: 0.05} {
		if f := float64(types[typ]) / float64(len(names)); f < min {
			t.Errorf("%s: share %.3f below %.2f", typ, f, min)
		}
	}
}

func hasScript(s string, tab *unicode.RangeTable) bool {
	for _, r := range s {
		if unicode.Is(tab, r) {
			return true
		}
	}
	return false
}

func TestSpelling(t *testing.T) {
	names := Names(3000, 11)
	for _, n := range names {
		for _, c := range []struct {
			lang string
			tab  *unicode.RangeTable
		}{{"ru", unicode.Cyrillic}, {"fa", unicode.Arabic}, {"ar", unicode.Arabic}, {"en", unicode.Latin}, {"az", unicode.Latin}} {
			s := n.Spelling(c.lang, 1)
			if !hasScript(s, c.tab) {
				t.Fatalf("%q: Spelling(%q) = %q, not in the expected script", n.Text, c.lang, s)
			}
		}
		if s := n.Spelling("en", 0); strings.ContainsAny(s, "əışçğöüİ") {
			t.Fatalf("%q: English spelling %q has Turkic letters", n.Text, s)
		}
	}
	// Persian and Arabic script differ in their letters for k and y.
	fa, ar := 0, 0
	for _, n := range names {
		fa += strings.Count(n.Spelling("fa", 0), "ی")
		ar += strings.Count(n.Spelling("ar", 0), "ی")
	}
	if fa == 0 || ar != 0 {
		t.Errorf("Persian ye used %d times in Persian, %d times in Arabic", fa, ar)
	}
}

// TestRender checks the transliteration tables on words whose spellings are well known.
func TestRender(t *testing.T) {
	cases := []struct {
		word, en, az, tr, ru, azCyr, fa, ar string
	}{
		{"ḥüseyn", "Huseyn", "Hüseyn", "Hüseyn", "Гусейн", "Һүсејн", "حسین", "حسين"},
		{"qāsım", "Qasim", "Qasım", "Kasım", "Гасым", "Гасым", "قاسم", "قاسم"},
		{"məmmədov", "Mammadov", "Məmmədov", "Memmedov", "Маммадов", "Мәммәдов", "ممدوو", "ممدوو"},
		{"əlīyev", "Aliyev", "Əliyev", "Eliyev", "Алиев", "Әлијев", "الیو", "أليو"},
		{"ilham", "Ilham", "İlham", "İlham", "Ильхам", "Илһам", "الهم", "إلهم"},
		{"cə'fər", "Ja'far", "Cə'fər", "Cefer", "Джафар", "Ҹәфәр", "جعفر", "جعفر"},
		{"ḥəsənzādə", "Hasanzadeh", "Həsənzadə", "Hesenzade", "Гасанзаде", "Һәсәнзадә", "حسنزاده", "حسنزاده"},
		{"tovḥīd", "Tovhid", "Tovhid", "Tovhid", "Товхид", "Товһид", "تووحید", "تووحيد"},
		{"nejād", "Nejad", "Nejad", "Nejad", "Нежад", "Нежад", "نژاد", "نجاد"},
	}
	for _, c := range cases {
		w := []rune(c.word)
		render := func(f func(o *out)) string {
			o := out{upper: true}
			f(&o)
			return string(o.b)
		}
		var used uint32
		var sd bool
		got := []string{
			render(func(o *out) { enWord(o, w, 0, &used, &sd) }),
			render(func(o *out) { o.turk = true; latinWord(o, w, false) }),
			render(func(o *out) { o.turk = true; latinWord(o, w, true) }),
			render(func(o *out) { ruWord(o, w) }),
			render(func(o *out) { azCyrWord(o, w) }),
			render(func(o *out) { arabicWord(o, w, true) }),
			render(func(o *out) { arabicWord(o, w, false) }),
		}
		want := []string{c.en, c.az, c.tr, c.ru, c.azCyr, c.fa, c.ar}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s in scheme %d: got %q, want %q", c.word, i, got[i], want[i])
			}
		}
	}
}

func TestEnglishKnobs(t *testing.T) {
	cases := []struct {
		word  string
		knobs uint32
		want  string
	}{
		{"ḥüseyniyyūn", 0, "Huseyniyyun"},
		{"ḥüseyniyyūn", kCollapse, "Huseyniyun"},
		{"ḥüseyniyyūn", kLongU | kCollapse, "Huseyniyoun"},
		{"ḥüseyn", kEy | kDoubleS, "Hussein"},
		{"ḥüseyn", kEy, "Husein"},
		{"ḥüseyn", kEyAy, "Husayn"},
		{"ḥəsən", kDoubleS, "Hassan"},
		{"qāsım", kQGh, "Ghasim"},
		{"qāsım", kQK, "Kasim"},
		{"tovḥīd", kLongI, "Tovheed"},
		{"cə'fər", kApos, "Jafar"},
		{"əlīyev", kYe, "Aliev"},
		{"xəlil", kKh, "Halil"},
		{"fātimə", kFinal, "Fatimeh"},
		{"məḥəmməd", kVowelO, "Mohammad"},
		{"ḥüseyn", kVowelO | kDoubleS | kEy, "Hossein"},
	}
	for _, c := range cases {
		o := out{upper: true}
		var used uint32
		var sd bool
		enWord(&o, []rune(c.word), c.knobs, &used, &sd)
		if got := string(o.b); got != c.want {
			t.Errorf("enWord(%q, %b) = %q, want %q", c.word, c.knobs, got, c.want)
		}
		if used&c.knobs != c.knobs {
			t.Errorf("enWord(%q): knobs %b not all reported used (%b)", c.word, c.knobs, used)
		}
	}
}

func TestLexiconAlphabet(t *testing.T) {
	const alphabet = "abcçdeəfgğhḥxıiījkqlmnoöprsştuūüvwyz'āī"
	lists := map[string][][]rune{"turkicMale": turkicMale, "turkicFemale": turkicFemale, "turkicStems": turkicStems,
		"persianMale": persianMale, "persianFemale": persianFemale, "persianStems": persianStems, "persianSuffixes": persianSuffixes,
		"arabicMale": arabicMale, "arabicFemale": arabicFemale, "arabicNisba": arabicNisba, "russianMale": russianMale,
		"russianFemale": russianFemale, "russianStems": russianStems, "arabicNouns": arabicNouns, "arabicLeads": arabicLeads,
		"patrons": patrons, "trades": trades, "syllables": syllables, "codas": codas, "placeSuffixes": placeSuffixes, "placePrefixes": placePrefixes}
	for name, l := range lists {
		if len(l) == 0 {
			t.Errorf("%s is empty", name)
		}
		for _, w := range l {
			for _, c := range w {
				if !strings.ContainsRune(alphabet, c) {
					t.Errorf("%s: %q has letter %q outside the neutral alphabet", name, string(w), c)
				}
			}
		}
	}
}

func TestWriteNames(t *testing.T) {
	names := Names(100, 5)
	var b bytes.Buffer
	if err := WriteNames(&b, names); err != nil {
		t.Fatal(err)
	}
	want := 0
	for _, n := range names {
		want += 1 + len(n.Variants)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != want || lines[0] != names[0].Text {
		t.Fatalf("got %d lines starting %q, want %d starting %q", len(lines), lines[0], want, names[0].Text)
	}
}

// BenchmarkNames generates a million names and reports the heap they hold and their mean
// number of variants.
func BenchmarkNames(b *testing.B) {
	b.ReportAllocs()
	var names []Name
	for b.Loop() {
		names = Names(1_000_000, 1)
	}
	b.StopTimer()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	v := 0
	for _, n := range names {
		v += len(n.Variants)
	}
	b.ReportMetric(float64(ms.HeapAlloc)/1e6, "MB-heap")
	b.ReportMetric(float64(v)/float64(len(names)), "variants/name")
	runtime.KeepAlive(names)
}

// TestNamesParallel checks that the names do not depend on the number of CPUs that render
// them, nor on whether they come from Names or one by one from a NameGen.
func TestNamesParallel(t *testing.T) {
	const n = 3 * 2048
	prev := runtime.GOMAXPROCS(1)
	one := Names(n, 99)
	runtime.GOMAXPROCS(4)
	four := Names(n, 99)
	runtime.GOMAXPROCS(prev)
	if !reflect.DeepEqual(one, four) {
		t.Fatal("Names differ between 1 and 4 CPUs")
	}
	g := NewNameGen(99)
	batch := make([]Name, 5000)
	g.Read(batch[:10])
	g.Read(batch[10:])
	if !reflect.DeepEqual(batch, one[:5000]) {
		t.Fatal("NameGen.Read in two calls differs from Names")
	}
	g = NewNameGen(99)
	for i := 0; i < n; i += 97 {
		for j := i - 96; j < i; j++ {
			if j >= 0 {
				g.Next()
			}
		}
		if got := g.Next(); !reflect.DeepEqual(got, one[i]) {
			t.Fatalf("NameGen name %d = %q, Names gave %q", i, got.Text, one[i].Text)
		}
	}
}

func TestCompanies(t *testing.T) {
	companies := 0
	for _, n := range Names(5000, 4) {
		if n.company() {
			companies++
			if n.Type != dossier.Organization || !strings.HasSuffix(n.Text, " şirkəti") {
				t.Fatalf("%q (%s) marked as a company", n.Text, n.Type)
			}
		} else if strings.HasSuffix(n.Text, " şirkəti") {
			t.Fatalf("%q not marked as a company", n.Text)
		}
	}
	if companies == 0 {
		t.Fatal("no companies")
	}
}

func TestSplitPoint(t *testing.T) {
	for w, want := range map[string]int{"ibrāhīmbəyli": 7, "ḥəsənzādə": 5, "'əbdulrəḥmān": 6, "'əbdullāh": 0, "zādə": 0, "əliyev": 0} {
		if got := splitPoint([]rune(w)); got != want {
			t.Errorf("splitPoint(%q) = %d, want %d", w, got, want)
		}
	}
}
