package known

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
)

// fixture is a small store: entity ID, type and spellings.
var fixture = []struct {
	id    string
	typ   dossier.EntityType
	names []string
}{
	{"husseiniyun", dossier.Organization, []string{"Husseiniyun", "Husseini'yon", "Hüseynçilər", "الحسينيون", "حسینیون", "Хусейнийун"}},
	{"begli", dossier.Person, []string{"Tawhid Ibrahim Begli", "Ibrahim Begli", "Begli", "Tovhid İbrahimbəyli", "İbrahimbəyli"}},
	{"baku", dossier.Location, []string{"Baku", "Bakı", "Баку", "باکو"}},
	{"qom", dossier.Location, []string{"Qom", "Qum", "قم"}},
	{"tehran", dossier.Location, []string{"Tehran", "Tahran", "Tehran", "Тегеран", "تهران", "طهران"}},
	{"soleimani", dossier.Person, []string{"Qasem Soleimani", "Q. Soleimani", "Soleimani", "Сулеймани", "Qasım Süleymani", "Qasem Süleymani", "قاسم سليماني", "قاسم سلیمانی"}},
	{"hezbollah", dossier.Organization, []string{"Hezbollah", "Хезболла", "حزب الله", "Hizbullah"}},
	{"kataib", dossier.Organization, []string{"Kataib Hezbollah", "Kata'ib Hizbullah", "كتائب حزب الله"}},
	{"is", dossier.Organization, []string{"IS", "Islamic State", "Исламское государство"}},
	{"irgc", dossier.Organization, []string{"IRGC", "Islamic Revolutionary Guard Corps", "سپاه پاسداران"}},
	{"iran", dossier.Location, []string{"Iran", "İran", "Иран", "ایران"}},
	{"quds", dossier.Organization, []string{"Quds Force", "Qods Force", "Qüds Qüvvələri", "Силы Кудс", "نیروی قدس"}},
	{"moscow", dossier.Location, []string{"Moscow", "Москва", "Moskva"}},
	{"have", dossier.Location, []string{"Have"}},
	{"houthis", dossier.Organization, []string{"Houthis", "الحوثيون"}},
}

func fixtureEntries() []Entry {
	var es []Entry
	for _, f := range fixture {
		for _, n := range f.names {
			es = append(es, Entry{EntityID: f.id, Name: n, Type: f.typ})
		}
	}
	return es
}

// hit is an expected match: its text and entity, and whether it is exact.
type hit struct {
	text  string
	id    string
	exact bool
}

func (h hit) String() string { return fmt.Sprintf("%q→%s/%v", h.text, h.id, h.exact) }

func hits(a *Automaton, text, lang string) []hit {
	var out []hit
	for _, m := range a.FindLang(text, lang) {
		ids := map[string]bool{}
		for _, i := range m.Entries {
			ids[a.Entry(i).EntityID] = true
		}
		for _, id := range slices.Sorted(func(yield func(string) bool) {
			for k := range ids {
				if !yield(k) {
					return
				}
			}
		}) {
			out = append(out, hit{m.Text, id, m.Exact})
		}
	}
	return out
}

func TestFind(t *testing.T) {
	a := Build(fixtureEntries())
	tests := []struct {
		why, lang, text string
		want            []hit
	}{
		{"Latin, multi-token name wins over its parts", "en",
			"The Husseiniyun movement was founded by Tawhid Ibrahim Begli in 2016.",
			[]hit{{"Husseiniyun", "husseiniyun", true}, {"Tawhid Ibrahim Begli", "begli", true}}},
		{"case-insensitive for ordinary names", "en", "HUSSEINIYUN, HusseiniYun and kataib hezbollah",
			[]hit{{"HUSSEINIYUN", "husseiniyun", true}, {"HusseiniYun", "husseiniyun", true}, {"kataib hezbollah", "kataib", true}}},
		{"a one-word capitalised name needs a capital: 'have' is not the place Have", "en",
			"we have husseiniyun and Have",
			[]hit{{"Have", "have", true}}},
		{"in-word apostrophe of a stored spelling", "en", "the Husseini'yon militia",
			[]hit{{"Husseini'yon", "husseiniyun", true}}},
		{"typographic apostrophe folds like ASCII", "en", "the Husseini’yon militia",
			[]hit{{"Husseini’yon", "husseiniyun", true}}},
		{"Azerbaijani locative suffix", "az", "Bakıda keçirilən məhkəmə",
			[]hit{{"Bakı", "baku", false}}},
		{"Azerbaijani suffix after apostrophe", "az", "O, Qum'da təhsil alıb.",
			[]hit{{"Qum", "qom", false}}},
		{"Azerbaijani genitive on a surname", "az", "Tovhid İbrahimbəylinin qrupu",
			[]hit{{"Tovhid İbrahimbəyli", "begli", false}}},
		{"Turkish proper-noun suffix", "tr", "Tahran'da bir toplantı yapıldı",
			[]hit{{"Tahran", "tehran", false}}},
		{"Turkish genitive after apostrophe", "tr", "İran'ın desteği", []hit{{"İran", "iran", false}}},
		{"suffix on the last word of a two-word name", "az", "Qasım Süleymaninin əmri ilə",
			[]hit{{"Qasım Süleymani", "soleimani", false}}},
		{"English possessive", "en", "Begli's group was small.", []hit{{"Begli", "begli", false}}},
		{"possessive of an acronym keeps its capitals rule", "en", "the IRGC's units, not irgc's",
			[]hit{{"IRGC", "irgc", false}}},
		{"English text keeps Turkic-looking endings: Bakunin is not Baku", "en",
			"Bakunin and Irana", nil},
		{"Russian prepositional case", "ru", "Встреча прошла в Тегеране.", []hit{{"Тегеран", "tehran", false}}},
		{"Russian indeclinable surname", "ru", "генерал Сулеймани", []hit{{"Сулеймани", "soleimani", true}}},
		{"Russian genitive restores -а", "ru", "бойцы Хезболлы и жители Москвы",
			[]hit{{"Хезболлы", "hezbollah", false}, {"Москвы", "moscow", false}}},
		{"a lower-case Russian word does not start a declined name", "ru", "тегеране", nil},
		{"every word of a Russian name declines", "ru", "боевики Исламского государства и Ираном",
			[]hit{{"Исламского государства", "is", false}, {"Иран", "iran", false}}},
		{"Persian ی and Arabic ي are one letter", "fa", "گروه حسينيون در ایران",
			[]hit{{"حسينيون", "husseiniyun", true}, {"ایران", "iran", true}}},
		{"Persian ک and Arabic ك, hamza seat", "ar", "أعلنت کتايب حزب الله",
			[]hit{{"کتايب حزب الله", "kataib", true}}},
		{"Arabic conjunction on an article", "ar", "والحسينيون في أذربيجان",
			[]hit{{"الحسينيون", "husseiniyun", false}}},
		{"Arabic preposition", "ar", "اجتماع بطهران", []hit{{"طهران", "tehran", false}}},
		{"Arabic-script name without the stored article", "fa", "گروه حوثیون", []hit{{"حوثیون", "houthis", false}}},
		{"longest of overlapping names", "en", "Kataib Hezbollah and Hezbollah",
			[]hit{{"Kataib Hezbollah", "kataib", true}, {"Hezbollah", "hezbollah", true}}},
		{"a name may wrap at a line break or hyphen", "en", "Kataib\nHezbollah, Kataib-Hezbollah",
			[]hit{{"Kataib\nHezbollah", "kataib", true}, {"Kataib-Hezbollah", "kataib", true}}},
		{"a dot after an initial stays inside a name", "en", "Gen. Q. Soleimani and Qom. Soleimani",
			[]hit{{"Q. Soleimani", "soleimani", true}, {"Qom", "qom", true}, {"Soleimani", "soleimani", true}}},
		{"a comma or a paragraph break ends a name", "en", "Kataib, Hezbollah. Kataib\n\nHezbollah",
			[]hit{{"Hezbollah", "hezbollah", true}, {"Hezbollah", "hezbollah", true}}},
		{"zero-width and bidi characters inside a name", "en", "Hez\u200Bbollah and Husseini\u200Fyun",
			[]hit{{"Hez\u200Bbollah", "hezbollah", true}, {"Husseini\u200Fyun", "husseiniyun", true}}},
		{"bidi marks around a name stay outside its span", "ar", "\u200Fحزب\u200C الله\u200F",
			[]hit{{"حزب\u200C الله", "hezbollah", true}}},
		{"no match inside a word", "en", "Iranian officials, ISIS fighters, Qomi, Tehranis",
			nil},
		{"short all-capitals names only in capitals", "en", "IS claimed it; this is not; Is it? IRGC, irgc",
			[]hit{{"IS", "is", true}, {"IRGC", "irgc", true}}},
		{"harakat and tatweel", "ar", "حِزْب اللـه", []hit{{"حِزْب اللـه", "hezbollah", true}}},
		{"loose: a Russian case form of a two-word name, verified by names.Score", "ru", "командир Сил Кудс",
			[]hit{{"Сил Кудс", "quds", false}}},
		{"loose: an unstored transliteration", "en", "Qassem Suleimani and Tawheed Ibrahim Begli met.",
			[]hit{{"Qassem Suleimani", "soleimani", false}, {"Tawheed Ibrahim Begli", "begli", false}}},
		{"loose: another Latin rendering of a group name", "en", "the Hussainiyoun group",
			[]hit{{"Hussainiyoun", "husseiniyun", false}}},
		{"loose: a different name with the same skeleton is rejected", "en", "Qasim Salmani and Kim",
			nil},
		{"no loose matching in Arabic script: common words would pass for names", "ar", "قاسم سلمانی",
			nil},
		{"Latin diacritics fold", "az", "Qüds Qüvvələri", []hit{{"Qüds Qüvvələri", "quds", true}}},
	}
	for _, tc := range tests {
		t.Run(tc.why, func(t *testing.T) {
			got := hits(a, tc.text, tc.lang)
			if !slices.Equal(got, tc.want) {
				t.Errorf("FindLang(%q, %s)\n got %v\nwant %v", tc.text, tc.lang, got, tc.want)
			}
		})
	}
}

// checkMatches verifies the offset contract of Find's result.
func checkMatches(t *testing.T, a *Automaton, text string, ms []Match) {
	t.Helper()
	runes := []rune(text)
	prev := 0
	for _, m := range ms {
		sp := m.Span
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(runes) {
			t.Fatalf("bad span %v (prev end %d, %d runes) in %q", sp, prev, len(runes), text)
		}
		if got := string(runes[sp.Start:sp.End]); got != m.Text {
			t.Fatalf("text[%v] = %q, Match.Text = %q", sp, got, m.Text)
		}
		if len(m.Entries) == 0 || len(m.Entries) > maxEntriesPerMatch {
			t.Fatalf("match %q has %d entries", m.Text, len(m.Entries))
		}
		for _, i := range m.Entries {
			if i < 0 || i >= a.Len() {
				t.Fatalf("entry %d out of range", i)
			}
		}
		prev = sp.End
	}
}

func TestSpans(t *testing.T) {
	a := Build(fixtureEntries())
	text := "\u200FBakı\u0301da \xff Tehran\xfe Hez\u00ADbollah'ın ‘Begli’s’ والحسينيون"
	ms := a.Find(text)
	checkMatches(t, a, text, ms)
	var got []string
	for _, m := range ms {
		got = append(got, m.Text)
	}
	want := []string{"Bakı\u0301", "Tehran", "Hez\u00ADbollah", "Begli", "الحسينيون"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestWith(t *testing.T) {
	es := fixtureEntries()
	full := Build(es)
	text := strings.Join([]string{
		"Tawhid Ibrahim Begli, Husseiniyun, Bakıda, в Тегеране, Kataib Hezbollah, Hezbollah,",
		"IRGC, IS, Qasım Süleymaninin, والحسينيون, بطهران, Qods Force, Москвы.",
	}, "\n")
	want := full.Find(text)
	if len(want) < 10 {
		t.Fatalf("fixture text finds only %d names", len(want))
	}
	// Add the entries in batches of every size; entry indices and matches must not change.
	for _, batch := range []int{1, 2, 3, 7, 50} {
		a := Build(nil)
		for i := 0; i < len(es); i += batch {
			a = a.With(es[i:min(i+batch, len(es))])
			if len(a.layers) > maxLayers {
				t.Fatalf("batch %d: %d layers", batch, len(a.layers))
			}
		}
		if a.Len() != len(es) {
			t.Fatalf("batch %d: Len %d, want %d", batch, a.Len(), len(es))
		}
		got := a.Find(text)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("batch %d:\n got %v\nwant %v", batch, got, want)
		}
	}
	// With leaves its receiver unchanged.
	base := Build(es[:3])
	_ = base.With(es[3:])
	if base.Len() != 3 || len(base.Find("Hezbollah")) != 0 {
		t.Errorf("With changed its receiver")
	}
}

func TestHostileStore(t *testing.T) {
	var es []Entry
	for i := range 1000 {
		es = append(es, Entry{EntityID: fmt.Sprint(i), Name: "Hezbollah"})
	}
	es = append(es,
		Entry{EntityID: "empty", Name: ""},
		Entry{EntityID: "punct", Name: "--- ... ,,,"},
		Entry{EntityID: "long", Name: strings.Repeat("a ", 100)},
		Entry{EntityID: "word", Name: strings.Repeat("b", 1000)},
		Entry{EntityID: "bad", Name: "\xff\xfe"},
		Entry{EntityID: "x", Name: "x"},
	)
	a := Build(es)
	ms := a.Find("Hezbollah " + strings.Repeat("a ", 50) + strings.Repeat("b", 1000) + " x")
	if len(ms) != 1 || len(ms[0].Entries) != maxEntriesPerMatch {
		t.Fatalf("got %d matches, first with %d entries", len(ms), len(ms[0].Entries))
	}
	var nilA *Automaton
	if nilA.Find("Hezbollah") != nil || nilA.Len() != 0 || Build(nil).Find("x") != nil {
		t.Error("empty automaton found something")
	}
}

func FuzzFind(f *testing.F) {
	a := Build(fixtureEntries())
	for _, s := range []string{
		"Bakıda Qum'da İbrahimbəylinin Begli's", "в Тегеране Хезболлы", "والحسينيون بطهران",
		"Kataib\u200B Hezbollah", "\xff'\u0301Hez\u200Fbollah'", "IS ISIS", "a' 'b ''c",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ms := a.Find(s)
		checkMatches(t, a, s, ms)
		if !utf8.ValidString(s) {
			return
		}
		for _, m := range ms {
			if !strings.Contains(s, m.Text) {
				t.Fatalf("match %q not in text", m.Text)
			}
		}
	})
}

// TestConcurrent runs Find from several goroutines on one automaton (run with -race): the
// pooled matchers and the lazily prepared loose entries must not be shared unsafely.
func TestConcurrent(t *testing.T) {
	a := Build(fixtureEntries())
	text := "Qassem Suleimani, Tawheed Ibrahim Begli, Hussainiyoun, Bakıda, в Тегеране, والحسينيون"
	want := fmt.Sprint(a.Find(text))
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			for range 50 {
				if got := fmt.Sprint(a.Find(text)); got != want {
					errs <- got
					return
				}
			}
			errs <- ""
		}()
	}
	for range 8 {
		if got := <-errs; got != "" {
			t.Errorf("concurrent Find gave %s, want %s", got, want)
		}
	}
}

// FuzzBuild builds automata from fuzzed names (split at '|') and finds them in the fuzzed text:
// no panic, and every stored name found where it stands alone.
func FuzzBuild(f *testing.F) {
	f.Add("Kataib Hezbollah|Hezbollah|IS|والحسينيون|Тегеран|Qum", "Kataib Hezbollah, Qum'da")
	f.Add("a a|a|a a a|b", "a a a a b")
	f.Fuzz(func(t *testing.T, names, text string) {
		var es []Entry
		for i, n := range strings.Split(names, "|") {
			es = append(es, Entry{EntityID: fmt.Sprint(i % 3), Name: n, Type: dossier.Person})
		}
		a := Build(es[:len(es)/2]).With(es[len(es)/2:])
		checkMatches(t, a, text, a.Find(text))
		for i, e := range es {
			if a.Entry(i) != e {
				t.Fatalf("Entry(%d) = %+v, want %+v", i, a.Entry(i), e)
			}
		}
	})
}
