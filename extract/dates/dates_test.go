package dates

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// anchor is the publication date used by the table tests.
var anchor = dossier.Date{Year: 2021, Month: 10, Day: 13, Precision: dossier.PrecisionDay}

// show renders an expression as "text => date[/end][ rel]".
func show(e Expr) string {
	s := e.Text + " => " + e.Date.String()
	if !e.End.IsZero() {
		s += "/" + e.End.String()
	}
	if e.Relative {
		s += " rel"
	}
	return s
}

type row struct {
	name string
	in   string
	want []string
}

func runRows(t *testing.T, lang string, a dossier.Date, rows []row) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			got := Find(r.in, lang, a)
			checkSpans(t, r.in, got)
			var gs []string
			for _, e := range got {
				gs = append(gs, show(e))
			}
			if strings.Join(gs, " | ") != strings.Join(r.want, " | ") {
				t.Errorf("Find(%q, %q)\n got %q\nwant %q", r.in, lang, gs, r.want)
			}
		})
	}
}

func checkSpans(t *testing.T, text string, es []Expr) {
	t.Helper()
	rs := []rune(text)
	prev := 0
	for _, e := range es {
		if !e.Span.Valid() || e.Span.Start < prev || e.Span.End > len(rs) {
			t.Fatalf("bad span %v (prev end %d, len %d) in %q", e.Span, prev, len(rs), text)
		}
		if got := string(rs[e.Span.Start:e.Span.End]); got != e.Text {
			t.Fatalf("text[span] = %q, Text = %q", got, e.Text)
		}
		prev = e.Span.End
	}
}

func TestFindEnglish(t *testing.T) {
	runRows(t, "en", anchor, []row{
		{"month day year", "On October 3, 2021, the site published it.", []string{"October 3, 2021 => 2021-10-03"}},
		{"day month year", "Published 3 October 2021.", []string{"3 October 2021 => 2021-10-03"}},
		{"ordinal day", "on the 3rd of October 2021", []string{"3rd of October 2021 => 2021-10-03"}},
		{"abbreviated month", "filed Oct. 3, 2021 in Baku", []string{"Oct. 3, 2021 => 2021-10-03"}},
		{"iso", "dated 2021-10-03 in the file", []string{"2021-10-03 => 2021-10-03"}},
		{"dotted day first", "dated 03.10.2021", []string{"03.10.2021 => 2021-10-03"}},
		{"slash both small is day first", "dated 3/10/2021", []string{"3/10/2021 => 2021-10-03"}},
		{"slash month first when day above 12", "dated 10/13/2021", []string{"10/13/2021 => 2021-10-13"}},
		{"in year", "In 2016, Begli announced a brigade.", []string{"2016 => 2016"}},
		{"early year", "In early 2016, a cleric founded it.", []string{"early 2016 => 2016-early"}},
		{"mid hyphen", "It grew by mid-2019.", []string{"mid-2019 => 2019-mid"}},
		{"late and summer", "late 2020 and summer 2018", []string{"late 2020 => 2020-late", "summer 2018 => 2018-summer"}},
		{"decade", "active in the 2010s and the 1990's", []string{"the 2010s => 201X", "the 1990's => 199X"}},
		{"month year", "arrested in October 2021", []string{"October 2021 => 2021-10"}},
		{"approximate", "founded around 2016 or about 2015", []string{"around 2016 => ~2016", "about 2015 => ~2015"}},
		{"range dash", "fought 2016–2018 in Syria", []string{"2016–2018 => 2016/2018"}},
		{"range short", "fought 2016-18 in Syria", []string{"2016-18 => 2016/2018"}},
		{"range words", "from 2014 to 2016 and between 2017 and 2019", []string{"from 2014 to 2016 => 2014/2016", "between 2017 and 2019 => 2017/2019"}},
		{"month range across years", "from October 2021 to March 2022", []string{"from October 2021 to March 2022 => 2021-10/2022-03"}},
		{"day range", "talks on 3–5 October 2021", []string{"3–5 October 2021 => 2021-10-03/2021-10-05"}},
		{"month range in one year", "October–December 2021 and from March to May 2020", []string{"October–December 2021 => 2021-10/2021-12", "from March to May 2020 => 2020-03/2020-05"}},
		{"season range", "from mid-2019 until late 2020", []string{"from mid-2019 until late 2020 => 2019-mid/2020-late"}},
		{"no backwards range", "October 2021 – March 2020", []string{"October 2021 => 2021-10", "March 2020 => 2020-03"}},
		{"last year", "killed last year near the airport", []string{"last year => 2020 rel"}},
		{"years ago", "two years ago and 3 days ago", []string{"two years ago => 2019 rel", "3 days ago => 2021-10-10 rel"}},
		{"earlier refers to previous date", "A plot failed in 2013. Four years earlier, in 2009, six were arrested.", []string{"2013 => 2013", "Four years earlier => 2009 rel", "2009 => 2009"}},
		{"earlier without previous date uses anchor", "Two years earlier it began.", []string{"Two years earlier => 2019 rel"}},
		{"same year", "It split in 2018. In the same year it rebranded.", []string{"2018 => 2018", "the same year => 2018 rel"}},
		{"yesterday last month last week", "yesterday, last month and last week", []string{"yesterday => 2021-10-12 rel", "last month => 2021-09 rel", "last week => ~2021-10-06 rel"}},
		{"month day without year takes anchor year", "The July 30 airstrike killed him.", []string{"July 30 => 2021-07-30 rel"}},
		{"the year before a noun", "during the 2020 war", []string{"2020 => 2020"}},
		{"not a count", "14 students and 2,000 fighters", nil},
		{"not a bare number", "He paid 2016 dollars.", nil},
		{"not a count after of or about", "a force of 2000 fighters and about 2000 people", nil},
		{"a year after of", "the events of 2016 were", []string{"2016 => 2016"}},
		{"not volume or page", "Vol. 20 Issue 4, p. 2016, No. 2019", nil},
		{"not a phone number", "call +994 12 2016 5555 now", nil},
		{"not may the verb", "They may 2020 be wrong", nil},
		{"footnote marker", "as shown[2016] before", nil},
	})
}

func TestFindAzerbaijani(t *testing.T) {
	runRows(t, "az", anchor, []row{
		{"day month year", "Hadisə 3 oktyabr 2021-ci il tarixində baş verib.", []string{"3 oktyabr 2021-ci il => 2021-10-03"}},
		{"month of year", "2021-ci ilin oktyabrında həbs edilib.", []string{"2021-ci ilin oktyabrında => 2021-10"}},
		{"year locative", "Qrup 2018-ci ildə yaradılıb.", []string{"2018-ci ildə => 2018"}},
		{"decade", "2010-cu illərdə fəal idi.", []string{"2010-cu illərdə => 201X"}},
		{"approximate", "təxminən 2016-cı ildə", []string{"təxminən 2016-cı ildə => ~2016"}},
		{"early year", "2016-cı ilin əvvəlində qurulub.", []string{"2016-cı ilin əvvəlində => 2016-early"}},
		{"last year oten", "ötən il həbs olunub", []string{"ötən il => 2020 rel"}},
		{"last year kecen", "keçən ilin sonunda", []string{"keçən ilin => 2020 rel"}},
		{"this year", "bu il məhkəmə olub", []string{"bu il => 2021 rel"}},
		{"two years ago", "iki il əvvəl İrana gedib", []string{"iki il əvvəl => 2019 rel"}},
		{"ordinal dot", "3. Oktyabr 2021 günü", []string{"3. Oktyabr 2021 => 2021-10-03"}},
		{"month year capitalised", "Oktyabr 2021-də", []string{"Oktyabr 2021 => 2021-10"}},
		{"year, month, day", "2021-ci il oktyabrın 3-də saxlanılıb", []string{"2021-ci il oktyabrın 3-də => 2021-10-03"}},
		{"year, day, month", "2021-ci il 3 oktyabr tarixində", []string{"2021-ci il 3 oktyabr => 2021-10-03"}},
		{"range with plural year word", "2016-2018-ci illərdə Suriyada olub", []string{"2016-2018-ci illərdə => 2016/2018"}},
		{"yesterday", "dünən açıqlama verib", []string{"dünən => 2021-10-12 rel"}},
		{"not a count", "14 tələbə və 2000 nəfər", nil},
	})
}

func TestFindTurkish(t *testing.T) {
	runRows(t, "tr", anchor, []row{
		{"day month year", "3 Ekim 2021 tarihinde açıklandı.", []string{"3 Ekim 2021 => 2021-10-03"}},
		{"month year with ending", "Ekim 2021'de tutuklandı.", []string{"Ekim 2021'de => 2021-10"}},
		{"apostrophe locative", "Grup 2016'da kuruldu.", []string{"2016'da => 2016"}},
		{"year word", "2016 yılında kuruldu.", []string{"2016 yılında => 2016"}},
		{"late year", "2016 yılının sonunda dağıldı.", []string{"2016 yılının sonunda => 2016-late"}},
		{"summer is yaz", "2018 yazında toplandılar.", []string{"2018 yazında => 2018-summer"}},
		{"decade", "2010'lu yıllarda etkindi.", []string{"2010'lu yıllarda => 201X"}},
		{"approximate after", "2016 civarında kuruldu.", []string{"2016 civarında => ~2016"}},
		{"approximate before", "yaklaşık 2016'da", []string{"yaklaşık 2016'da => ~2016"}},
		{"last year", "geçen yıl tutuklandı", []string{"geçen yıl => 2020 rel"}},
		{"two years ago", "iki yıl önce İran'a gitti", []string{"iki yıl önce => 2019 rel"}},
		{"month with case ending", "Ekimde değil, 5 Kasım'da", []string{"5 Kasım => 2021-11-05 rel"}},
		{"range with arasında", "2014 ve 2016 yılları arasında", []string{"2014 ve 2016 yılları arasında => 2014/2016"}},
		{"not results", "2016 sonuçları açıklandı", nil},
	})
}

func TestFindRussian(t *testing.T) {
	runRows(t, "ru", anchor, []row{
		{"day month year", "3 октября 2021 г. сайт сообщил.", []string{"3 октября 2021 г. => 2021-10-03"}},
		{"year word", "в 2016 году группа возникла", []string{"2016 году => 2016"}},
		{"month year", "в октябре 2021 года задержан", []string{"октябре 2021 года => 2021-10"}},
		{"decade", "в 2010-х годах", []string{"2010-х годах => 201X"}},
		{"approximate", "около 2016 года", []string{"около 2016 года => ~2016"}},
		{"early", "в начале 2016 года", []string{"начале 2016 года => 2016-early"}},
		{"summer", "летом 2018 года", []string{"летом 2018 года => 2018-summer"}},
		{"range", "с 2014 по 2016 год", []string{"с 2014 по 2016 год => 2014/2016"}},
		{"last year", "в прошлом году", []string{"в прошлом году => 2020 rel"}},
		{"two years ago", "два года назад", []string{"два года назад => 2019 rel"}},
		{"numeric with г.", "03.10.2021 г.", []string{"03.10.2021 г. => 2021-10-03"}},
		{"genitive last year", "в марте прошлого года", []string{"прошлого года => 2020 rel"}},
		{"years before that", "В 2013 году был заговор. За четыре года до этого, в 2009 году, были аресты.", []string{"2013 году => 2013", "За четыре года до этого => 2009 rel", "2009 году => 2009"}},
		{"page is not a year", "см. с. 2016 и т. 2017", nil},
		{"count is not a year", "около 2000 человек", nil},
		{"range with plural year word", "в 2016–2018 годах", []string{"2016–2018 годах => 2016/2018"}},
		{"ordinal year", "в 2014-м году", []string{"2014-м году => 2014"}},
	})
}

func TestFindPersian(t *testing.T) {
	runRows(t, "fa", anchor, []row{
		{"solar day", "در ۳ مهر ۱۴۰۰ اعلام شد", []string{"۳ مهر ۱۴۰۰ => 2021-09-25"}},
		{"solar new year", "۱ فروردین ۱۴۰۳", []string{"۱ فروردین ۱۴۰۳ => 2024-03-20"}},
		{"solar month", "در مهر ۱۴۰۰", []string{"مهر ۱۴۰۰ => ~2021-10"}},
		{"solar month with mah", "مهر ماه ۱۴۰۰", []string{"مهر ماه ۱۴۰۰ => ~2021-10"}},
		{"solar year", "در سال ۱۳۹۵ تأسیس شد", []string{"۱۳۹۵ => ~2016"}},
		{"early solar year", "اوایل سال ۱۳۹۵", []string{"اوایل سال ۱۳۹۵ => ~2016-early"}},
		{"gregorian day", "۱۱ اکتبر ۲۰۲۱", []string{"۱۱ اکتبر ۲۰۲۱ => 2021-10-11"}},
		{"gregorian year", "در سال ۲۰۱۶", []string{"۲۰۱۶ => 2016"}},
		{"last year parsal", "پارسال دستگیر شد", []string{"پارسال => 2020 rel"}},
		{"last year sal-e gozashte", "سال گذشته", []string{"سال گذشته => 2020 rel"}},
		{"two years ago", "دو سال پیش", []string{"دو سال پیش => 2019 rel"}},
		{"two years before that", "در سال ۲۰۱۳ توطئه شکست خورد. دو سال پیش از آن شش نفر دستگیر شدند.", []string{"۲۰۱۳ => 2013", "دو سال پیش از آن => 2011 rel"}},
		{"approximate", "حدود سال ۲۰۱۶", []string{"حدود سال ۲۰۱۶ => ~2016"}},
		{"range", "از ۲۰۱۴ تا ۲۰۱۶", []string{"از ۲۰۱۴ تا ۲۰۱۶ => 2014/2016"}},
		{"solar marker", "۱۴۰۰ ه.ش", []string{"۱۴۰۰ ه.ش => ~2021"}},
		{"numeric solar date", "تاریخ ۱۴۰۰/۰۷/۰۳", []string{"۱۴۰۰/۰۷/۰۳ => 2021-09-25"}},
		{"not a count", "۱۴ دانشجو و ۲۰۰۰ نفر", nil},
	})
}

func TestFindArabic(t *testing.T) {
	runRows(t, "ar", anchor, []row{
		{"day month year", "في 3 أكتوبر 2021 نشر الموقع", []string{"3 أكتوبر 2021 => 2021-10-03"}},
		{"levantine month and arabic digits", "٣ تشرين الأول ٢٠٢١", []string{"٣ تشرين الأول ٢٠٢١ => 2021-10-03"}},
		{"double month name", "3 أكتوبر/تشرين الأول 2021", []string{"3 أكتوبر/تشرين الأول 2021 => 2021-10-03"}},
		{"hijri year", "عام 1443 هـ", []string{"1443 هـ => ~2022"}},
		{"hijri day", "1 رمضان 1442 هـ", []string{"1 رمضان 1442 هـ => ~2021-04-13"}},
		{"month year", "في أكتوبر 2021", []string{"أكتوبر 2021 => 2021-10"}},
		{"year with cue", "في عام 2016 أعلن", []string{"2016 => 2016"}},
		{"early", "أوائل عام 2016", []string{"أوائل عام 2016 => 2016-early"}},
		{"approximate", "حوالي 2016", []string{"حوالي 2016 => ~2016"}},
		{"last year", "العام الماضي", []string{"العام الماضي => 2020 rel"}},
		{"two years ago", "قبل عامين", []string{"قبل عامين => 2019 rel"}},
		{"before the year is not relative", "قبل عام 2016", []string{"2016 => 2016"}},
		{"same year", "في 2018 انقسمت. في العام نفسه", []string{"2018 => 2018", "في العام نفسه => 2018 rel"}},
		{"two years before that", "في 2013 فشلت المؤامرة، وقبل ذلك بعامين اعتقل ستة", []string{"2013 => 2013", "قبل ذلك بعامين => 2011 rel"}},
		{"three years before that", "في 2013 فشلت المؤامرة، وقبل ذلك بثلاث سنوات اعتقل ستة", []string{"2013 => 2013", "قبل ذلك بثلاث سنوات => 2010 rel"}},
		{"miladi marker", "سنة 2016م", []string{"2016م => 2016"}},
		{"numeric hijri date", "بتاريخ 1442/09/01 هـ", []string{"1442/09/01 هـ => ~2021-04-13"}},
		{"not a count", "14 طالبا و2000 مقاتل", nil},
	})
}

func TestFindWithoutAnchor(t *testing.T) {
	runRows(t, "en", dossier.Date{}, []row{
		{"relative stays unresolved", "last year and 3 October", []string{"last year =>  rel", "3 October =>  rel"}},
		{"absolute still resolved", "in 2016", []string{"2016 => 2016"}},
	})
}

func TestFindJanuaryAnchor(t *testing.T) {
	a := dossier.Date{Year: 2022, Month: 1, Day: 5, Precision: dossier.PrecisionDay}
	runRows(t, "en", a, []row{
		{"late December is the year before", "arrested on December 28", []string{"December 28 => 2021-12-28 rel"}},
		{"early January is this year", "arrested on January 2", []string{"January 2 => 2022-01-02 rel"}},
	})
}

func TestFindCoarseAnchor(t *testing.T) {
	a := dossier.Date{Year: 2021, Precision: dossier.PrecisionYear, Approximate: true}
	runRows(t, "en", a, []row{
		{"year from uncertain anchor", "last year", []string{"last year => ~2020 rel"}},
		{"month from year anchor", "last month", []string{"last month => ~2021 rel"}},
		{"day from year anchor", "yesterday", []string{"yesterday => ~2021 rel"}},
	})
}

func TestCalendars(t *testing.T) {
	solar := []struct {
		y, m, d int
		want    string
	}{
		{1400, 1, 1, "2021-03-21"}, {1403, 1, 1, "2024-03-20"}, {1399, 1, 1, "2020-03-20"},
		{1375, 1, 1, "1996-03-20"}, {1400, 7, 1, "2021-09-23"}, {1357, 11, 22, "1979-02-11"},
		{1402, 12, 29, "2024-03-19"},
	}
	for _, c := range solar {
		got, ok := solarToGregorian(c.y, c.m, c.d)
		if !ok || got.Format("2006-01-02") != c.want {
			t.Errorf("solar %d-%d-%d = %v, want %s", c.y, c.m, c.d, got, c.want)
		}
	}
	// Tabular dates; Umm al-Qura agrees on these.
	lunar := []struct {
		y, m, d int
		want    string
	}{
		{1442, 9, 1, "2021-04-13"}, {1, 1, 1, "0622-07-19"},
	}
	for _, c := range lunar {
		got, ok := lunarToGregorian(c.y, c.m, c.d)
		if !ok || got.Format("2006-01-02") != c.want {
			t.Errorf("lunar %d-%d-%d = %v, want %s", c.y, c.m, c.d, got, c.want)
		}
	}
	if _, ok := solarToGregorian(1400, 13, 1); ok {
		t.Error("month 13 accepted")
	}
}

// TestCorpus checks that the dates stated in the development corpus are found.
func TestCorpus(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		t.Skipf("development corpus not found at %s", dir)
	}
	var all []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		es := Find(string(b), "en", anchor)
		checkSpans(t, string(b), es)
		for _, e := range es {
			all = append(all, show(e))
		}
	}
	joined := strings.Join(all, "\n")
	for _, want := range []string{
		"early 2016 => 2016-early", "late 2021 => 2021-late", "October 3, 2021 => 2021-10-03",
		"July 3, 2018 => 2018-07-03", "July 2018 => 2018-07", "Four years earlier => 2009 rel",
		"last year => 2020 rel", "January 6, 2021 => 2021-01-06",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("corpus: %q not found", want)
		}
	}
	for _, bad := range []string{"14 =>", "2,000"} {
		if strings.Contains(joined, bad) {
			t.Errorf("corpus: false positive %q", bad)
		}
	}
}

type goldenCase struct {
	Lang   string `json:"lang"`
	Anchor string `json:"anchor"`
	Exprs  []Expr `json:"exprs"`
}

// TestGolden runs Find over testdata/*.txt. The first line of each file is a header
// "lang anchor" (anchor in dossier.Date form, "-" for none); the rest is the text.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			head, text, _ := strings.Cut(string(b), "\n")
			fs := strings.Fields(head)
			if len(fs) != 2 {
				t.Fatalf("bad header %q", head)
			}
			var a dossier.Date
			if fs[1] != "-" {
				if a, err = dossier.ParseDate(fs[1]); err != nil {
					t.Fatal(err)
				}
			}
			es := Find(text, fs[0], a)
			checkSpans(t, text, es)
			got, _ := json.MarshalIndent(goldenCase{fs[0], fs[1], es}, "", "  ")
			got = append(got, '\n')
			gf := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(gf, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from %s; run go test -update and review the diff", f, gf)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"October 3, 2021", "3 oktyabr 2021-ci il", "в 2010-х годах", "۳ مهر ۱۴۰۰", "1443 هـ",
		"from 2014 to 2016", "2016-18", "03.10.2021", "four years earlier", "ه.", "2016'", "1999-", "١٢٣٤٥٦٧٨٩٠١٢٣"} {
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		es := Find(s, lang, anchor)
		if !utf8.ValidString(s) {
			return // offsets still valid, but text[span] compares replaced runes
		}
		checkSpans(t, s, es)
		for _, e := range es {
			for _, d := range []dossier.Date{e.Date, e.End} {
				if back, err := dossier.ParseDate(d.String()); err != nil || back != d {
					t.Fatalf("%q: date %+v does not survive String/ParseDate (%v)", e.Text, d, err)
				}
			}
		}
	})
}

func benchDoc() string {
	var b strings.Builder
	for b.Len() < 4096 {
		b.WriteString("According to the report, in early 2016 the cleric founded the brigade in Qom; on October 3, 2021 the site said 14 students joined. Four years earlier, in 2009, six people were arrested, and last year 2,000 fighters moved.\n\n")
	}
	return b.String()
}

func BenchmarkFind(b *testing.B) {
	doc := benchDoc()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Find(doc, "en", anchor)
	}
}

// BenchmarkFindCorpus runs Find over the development corpus, when it is present.
func BenchmarkFindCorpus(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "*.txt"))
	if len(files) == 0 {
		b.Skip("development corpus not found")
	}
	var docs []string
	n := 0
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, string(d))
		n += len(d)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, d := range docs {
			Find(d, "en", anchor)
		}
	}
}

// TestConcurrent runs Find from several goroutines over the golden inputs and compares with a
// serial run; run it with -race to check that Find shares no mutable state.
func TestConcurrent(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txt")
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	want := make([]string, len(texts))
	for i, text := range texts {
		b, _ := json.Marshal(Find(text, "en", anchor))
		want[i] = string(b)
	}
	errs := make(chan string, 8*len(texts))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, text := range texts {
				if b, _ := json.Marshal(Find(text, "en", anchor)); string(b) != want[i] {
					errs <- files[i]
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for f := range errs {
		t.Errorf("concurrent Find differs from serial Find on %s", f)
	}
}

// TestHostile runs Find over large inputs built to make a careless matcher quadratic.
func TestHostile(t *testing.T) {
	for name, unit := range map[string]string{
		"years and dashes": "2016–2017–",
		"relative phrases": "two years earlier, ",
		"months":           "October October 3 ",
		"numbers":          "1 2 3 4 2016 5 ",
		"arabic prefixes":  "وقبل وفي لعام ",
		"paragraphs":       "in 2016.\n\n",
		"digits":           "١٢٣٤٥٦٧٨٩٠",
	} {
		text := strings.Repeat(unit, (1<<18)/len(unit))
		done := make(chan []Expr, 1)
		go func() { done <- Find(text, "en", anchor) }()
		select {
		case es := <-done:
			checkSpans(t, text, es)
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: Find on 256 KB did not finish in 20 s", name)
		}
	}
}
