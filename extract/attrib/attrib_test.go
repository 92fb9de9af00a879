package attrib

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

func sub(rs []rune, s dossier.Span) string {
	if s.Start < 0 || s.End > len(rs) || s.Start > s.End {
		return "<bad span>"
	}
	return string(rs[s.Start:s.End])
}

// show renders an attribution as "kind | cue | source | scope".
func show(text string, a Attribution) string {
	rs := []rune(text)
	return a.Kind + " | " + sub(rs, a.Span) + " | " + a.Source + " | " + sub(rs, a.Scope)
}

func checkSpans(t *testing.T, text string, as []Attribution) {
	t.Helper()
	n := utf8.RuneCountInString(text)
	rs := []rune(text)
	for _, a := range as {
		for _, s := range []dossier.Span{a.Span, a.SourceSpan, a.Scope} {
			if s == a.SourceSpan && a.Source == "" && s.Len() == 0 && s.Start >= a.Span.Start && s.End <= a.Span.End {
				continue // a citation whose name was lost
			}
			if !s.Valid() || s.End > n {
				t.Fatalf("bad span %v (len %d) in %+v", s, n, a)
			}
		}
		if a.Kind != Citation || !strings.HasPrefix(a.Source, "footnote ") {
			if got := sub(rs, a.SourceSpan); got != a.Source {
				t.Fatalf("text[SourceSpan] = %q, Source = %q", got, a.Source)
			}
		}
	}
}

type row struct {
	name string
	in   string
	want []string
}

func runRows(t *testing.T, lang string, rows []row) {
	t.Helper()
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			got := Find(r.in, lang)
			checkSpans(t, r.in, got)
			var gs []string
			for _, a := range got {
				gs = append(gs, show(r.in, a))
			}
			if strings.Join(gs, "\n") != strings.Join(r.want, "\n") {
				t.Errorf("Find(%q)\n got %q\nwant %q", r.in, gs, r.want)
			}
		})
	}
}

func TestFindEnglish(t *testing.T) {
	runRows(t, "en", []row{
		{"according to, leading", "According to Reuters, the cell split in 2019.",
			[]string{"according_to | According to Reuters | Reuters | According to Reuters, the cell split in 2019."}},
		{"according to, inside", "The cell, according to local officials, had 14 members.",
			[]string{"according_to | according to local officials | local officials | The cell, according to local officials, had 14 members."}},
		{"according to what X reported", "According to what several websites reported, the name spread.",
			[]string{"according_to | According to what several websites reported | several websites | According to what several websites reported, the name spread."}},
		{"according to, then as reported by", "A courier died, according to two officials as reported by the Daily Planet.",
			[]string{"according_to | according to two officials | two officials | A courier died, according to two officials as reported by the Daily Planet.",
				"according_to | as reported by the Daily Planet | the Daily Planet | A courier died, according to two officials as reported by the Daily Planet."}},
		{"said that", "Karimov said that the cell had been dissolved.",
			[]string{"said | Karimov said | Karimov | the cell had been dissolved"}},
		{"claimed that, pronoun", "He claimed that the goal was to fight abroad.",
			[]string{"said | He claimed | He | the goal was to fight abroad"}},
		{"sources have confirmed", "Local sources have confirmed that the leader fled.",
			[]string{"sources | Local sources have confirmed | Local sources | the leader fled"}},
		{"told with object", "A spokesman told the Daily Planet that talks had failed.",
			[]string{"said | A spokesman told | A spokesman | talks had failed"}},
		{"quote then said", "“We will not stop,” Karimov said.",
			[]string{"quote | Karimov said | Karimov | We will not stop"}},
		{"straight quotes", "\"We will not stop,\" Karimov said.",
			[]string{"quote | Karimov said | Karimov | We will not stop"}},
		{"quote then said X", "“We will not stop,” said the commander.",
			[]string{"quote | said the commander | the commander | We will not stop"}},
		{"said colon quote", "Karimov said: “We will not stop.”",
			[]string{"quote | Karimov said | Karimov | We will not stop"}},
		{"citing", "Citing two diplomats, the Daily Planet said the talks failed.",
			[]string{"according_to | Citing two diplomats | two diplomats | Citing two diplomats, the Daily Planet said the talks failed.",
				"said | the Daily Planet said | the Daily Planet | the talks failed"}},
		{"interview", "In an interview with Radio Example, he denied it.",
			[]string{"said | In an interview with Radio Example | Radio Example | In an interview with Radio Example, he denied it."}},
		{"report_ref resolved", "The Northwind report appeared in May. The report states that the cell had 20 members.",
			[]string{"report_ref | The report states | The Northwind report | the cell had 20 members"}},
		{"according to the report resolved", "We read the Northwind report. According to the report, the cell grew.",
			[]string{"report_ref | According to the report | the Northwind report | According to the report, the cell grew."}},
		{"he after a named speaker", "Karimov said that the cell grew. He claimed that it had 20 members.",
			[]string{"said | Karimov said | Karimov | the cell grew", "said | He claimed | Karimov | it had 20 members"}},
		{"he after an institution stays he", "The Ministry said that the cell grew. He claimed that it had 20 members.",
			[]string{"said | The Ministry said | The Ministry | the cell grew", "said | He claimed | He | it had 20 members"}},
		{"it after a named report", "The Northwind report came out. It also stated that the cell grew.",
			[]string{"report_ref | It also stated | The Northwind report | the cell grew"}},
		{"accused", "The authorities accused him of plotting attacks.",
			[]string{"said | The authorities accused | The authorities | him of plotting attacks"}},
		{"report_ref unresolved", "The report says that the cell grew.",
			[]string{"report_ref | The report says | The report | the cell grew"}},
		{"inverted report", "Karimov, said the report, lives abroad.",
			[]string{"report_ref | said the report | the report | Karimov, said the report, lives abroad."}},
		{"citation with comma", "The cell was founded in 2016 (Müsavat, 2018).",
			[]string{"citation | (Müsavat, 2018) | Müsavat, 2018 | The cell was founded in 2016"}},
		{"citation without comma", "It grew quickly (Example Times 2019).",
			[]string{"citation | (Example Times 2019) | Example Times 2019 | It grew quickly"}},
		{"citation with lost name", "Nobody knew about it (, October 3, 2021)",
			[]string{"citation | (, October 3, 2021) |  | Nobody knew about it"}},
		{"citation with a label and a lost name", "A flag on a grave (Source:, October 5, 2021)",
			[]string{"citation | (Source:, October 5, 2021) |  | A flag on a grave"}},
		{"citation with a lost name and no year", "Most members are free (, February 1).",
			[]string{"citation | (, February 1) |  | Most members are free"}},
		{"citation after the full stop covers the previous sentence", "It grew quickly. (Example Times, 2019)",
			[]string{"citation | (Example Times, 2019) | Example Times, 2019 | It grew quickly."}},
		{"footnote", "The cell had 14 members.[12] Others disagree.",
			[]string{"citation | [12] | footnote 12 | The cell had 14 members"}},
		{"relative clause subject", "A small website that confirmed details was closed.",
			[]string{"said | A small website that confirmed | A small website | details was closed"}},
		{"not a year in brackets", "He was born in Baku (2016) and (October 2021).", nil},
		{"not passive hedge", "The force is said to be large.", nil},
		{"not report as noun", "The Northwind report was widely shared.", nil},
		{"not an acronym in brackets", "The Islamic State (ISIS) lost ground.", nil},
	})
}

func TestFindOtherLanguages(t *testing.T) {
	runRows(t, "az", []row{
		{"az according to", "APA-nın məlumatına görə, qrup 2016-cı ildə yaradılıb.",
			[]string{"according_to | APA-nın məlumatına görə | APA | APA-nın məlumatına görə, qrup 2016-cı ildə yaradılıb."}},
		{"az sources", "Yerli mənbələrə görə lider ölüb.",
			[]string{"sources | Yerli mənbələrə görə | Yerli mənbələrə | Yerli mənbələrə görə lider ölüb."}},
		{"az wrote at the end", "Müsavat qəzeti bu barədə yazıb.",
			[]string{"said | Müsavat qəzeti bu barədə yazıb | Müsavat qəzeti | Müsavat qəzeti bu barədə yazıb."}},
		{"az bildirib ki", "Nazirlik bildirib ki, şəxs saxlanılıb.",
			[]string{"said | Nazirlik bildirib | Nazirlik | şəxs saxlanılıb"}},
		{"az outlet inside the sentence", "Bu barədə Müsavat qəzeti xəbər verib.",
			[]string{"said | Müsavat qəzeti xəbər verib | Müsavat qəzeti | Bu barədə Müsavat qəzeti xəbər verib."}},
		{"az outlet then a place", "Müsavat qəzeti Bakıda baş verən hadisə barədə yazıb.",
			[]string{"said | Müsavat qəzeti Bakıda baş verən hadisə barədə yazıb | Müsavat qəzeti | Müsavat qəzeti Bakıda baş verən hadisə barədə yazıb."}},
		{"az site name with a domain", "Oxu.az saytının yazdığına görə, qrup dağılıb.",
			[]string{"according_to | Oxu.az saytının yazdığına görə | Oxu.az saytının | Oxu.az saytının yazdığına görə, qrup dağılıb."}},
		{"az xəbər verib", "Trend xəbər verib.",
			[]string{"said | Trend xəbər verib | Trend | Trend xəbər verib."}},
		{"az not a reason", "Bu səbəbə görə getdi.", nil},
	})
	runRows(t, "tr", []row{
		{"tr dative göre", "Reuters'a göre grup dağıldı.",
			[]string{"according_to | Reuters'a göre | Reuters | Reuters'a göre grup dağıldı."}},
		{"tr haberine göre", "Anadolu Ajansı'nın haberine göre saldırı oldu.",
			[]string{"according_to | Anadolu Ajansı'nın haberine göre | Anadolu Ajansı | Anadolu Ajansı'nın haberine göre saldırı oldu."}},
		{"tr açıkladı", "Bakanlık durumu açıkladı.",
			[]string{"said | Bakanlık durumu açıkladı | Bakanlık | Bakanlık durumu açıkladı."}},
		{"tr office inside the sentence", "Konuyla ilgili açıklama yapan İçişleri Bakanlığı, iki kişinin gözaltına alındığını bildirdi.",
			[]string{"said | İçişleri Bakanlığı, iki kişinin gözaltına alındığını bildirdi | İçişleri Bakanlığı | Konuyla ilgili açıklama yapan İçişleri Bakanlığı, iki kişinin gözaltına alındığını bildirdi."}},
		{"tr bildirdi ki", "Valilik bildirdi ki iki kişi gözaltında.",
			[]string{"said | Valilik bildirdi | Valilik | iki kişi gözaltında"}},
	})
	runRows(t, "ru", []row{
		{"ru по данным with quoted name", "По данным издания «Вестник», группа распалась.",
			[]string{"according_to | По данным издания «Вестник» | издания «Вестник» | По данным издания «Вестник», группа распалась."}},
		{"ru по словам source", "По словам источника, лидер уехал.",
			[]string{"sources | По словам источника | источника | По словам источника, лидер уехал."}},
		{"ru как сообщает", "Как сообщает ТАСС, задержаны двое.",
			[]string{"according_to | Как сообщает ТАСС | ТАСС | Как сообщает ТАСС, задержаны двое."}},
		{"ru со ссылкой на", "Агентство, со ссылкой на полицию, сообщило о задержании.",
			[]string{"according_to | со ссылкой на полицию | полицию | Агентство, со ссылкой на полицию, сообщило о задержании."}},
		{"ru заявило что", "Министерство заявило, что угрозы нет.",
			[]string{"said | Министерство заявило | Министерство | угрозы нет"}},
		{"ru об этом сообщил", "Об этом сообщил представитель полиции.",
			[]string{"said | Об этом сообщил представитель полиции | представитель полиции | Об этом сообщил представитель полиции."}},
		{"ru quote dash", "«Мы вернемся», — заявил он.",
			[]string{"quote | заявил он | он | Мы вернемся"}},
	})
	runRows(t, "fa", []row{
		{"fa به گزارش", "به گزارش خبرگزاری نمونه، این گروه منحل شد.",
			[]string{"according_to | به گزارش خبرگزاری نمونه | خبرگزاری نمونه | به گزارش خبرگزاری نمونه، این گروه منحل شد."}},
		{"fa به گفته", "به گفته یک مقام محلی، او دستگیر شد.",
			[]string{"according_to | به گفته یک مقام محلی | یک مقام محلی | به گفته یک مقام محلی، او دستگیر شد."}},
		{"fa گفت که", "سخنگوی وزارت گفت که این گروه منحل شد.",
			[]string{"said | سخنگوی وزارت گفت | سخنگوی وزارت | این گروه منحل شد"}},
		{"fa اعلام کرد که", "پلیس محلی اعلام کرد که دو نفر دستگیر شدند.",
			[]string{"said | پلیس محلی اعلام کرد | پلیس محلی | دو نفر دستگیر شدند"}},
		{"fa به نقل از", "به نقل از منابع محلی، دو نفر کشته شدند.",
			[]string{"sources | به نقل از منابع محلی | منابع محلی | به نقل از منابع محلی، دو نفر کشته شدند."}},
	})
	runRows(t, "ar", []row{
		{"ar وفقا لـ attached", "وفقا لموقع العربية، تأسست الجماعة عام 2016.",
			[]string{"according_to | وفقا لموقع العربية | موقع العربية | وفقا لموقع العربية، تأسست الجماعة عام 2016."}},
		{"ar وفقا لـ separate", "وفقاً لـ وكالة الأنباء، قتل القائد.",
			[]string{"according_to | وفقاً لـ وكالة الأنباء | وكالة الأنباء | وفقاً لـ وكالة الأنباء، قتل القائد."}},
		{"ar ذكرت أن", "ذكرت وكالة رويترز أن الجماعة انحلت.",
			[]string{"said | ذكرت وكالة رويترز | وكالة رويترز | الجماعة انحلت"}},
		{"ar حسب sources", "حسب مصادر محلية، قتل القائد.",
			[]string{"sources | حسب مصادر محلية | مصادر محلية | حسب مصادر محلية، قتل القائد."}},
		{"ar نقلا عن", "نقلا عن صحيفة النهار، اعتقل اثنان.",
			[]string{"according_to | نقلا عن صحيفة النهار | صحيفة النهار | نقلا عن صحيفة النهار، اعتقل اثنان."}},
		{"ar أفادت بأن", "أفادت قناة المنار بأن الهجوم وقع.",
			[]string{"said | أفادت قناة المنار | قناة المنار | الهجوم وقع"}},
	})
}

func TestStance(t *testing.T) {
	tests := []struct{ lang, in, want string }{
		{"en", "The most well-known myth about the group is that a general founded it.", Doubts},
		{"en", "Rumours spread that he had fled.", Doubts},
		{"en", "It is claimed that the cell had 20 members.", Doubts},
		{"en", "The report remains unconfirmed.", Doubts},
		{"en", "The alleged leader was arrested.", Doubts},
		{"en", "This is not true, the ministry said.", Doubts},
		{"en", "The ministry denied the report.", Denies},
		{"en", "Tehran rejected the claims outright.", Denies},
		{"en", "The group was founded in 2016.", Asserts},
		{"en", "He claimed that the goal was to fight abroad.", Asserts},
		{"ru", "Это всего лишь миф.", Doubts},
		{"ru", "По слухам, он уехал.", Doubts},
		{"ru", "МИД опроверг эти сведения.", Denies},
		{"ru", "Группа возникла в 2016 году.", Asserts},
		{"az", "Bu, sadəcə iddiadır.", Doubts},
		{"az", "Nazirlik xəbəri təkzib etdi.", Denies},
		{"az", "Qrup 2016-cı ildə yaradılıb.", Asserts},
		{"tr", "Bu iddia doğrulanmadı.", Doubts},
		{"tr", "Bakanlık haberi yalanladı.", Denies},
		{"tr", "Grup 2016'da kuruldu.", Asserts},
		{"fa", "این فقط یک شایعه است.", Doubts},
		{"fa", "وزارت این خبر را تکذیب کرد.", Denies},
		{"fa", "این گروه در سال ۱۳۹۵ تأسیس شد.", Asserts},
		{"ar", "نفى المتحدث هذه الأنباء.", Denies},
		{"ar", "هذه مجرد شائعات.", Doubts},
		{"ar", "تأسست الجماعة عام 2016.", Asserts},
	}
	for _, tt := range tests {
		if got := Stance(tt.in, tt.lang); got != tt.want {
			t.Errorf("Stance(%q, %q) = %q, want %q", tt.in, tt.lang, got, tt.want)
		}
	}
}

// TestCorpus checks known attributions in the development corpus, read at run time.
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
		as := Find(string(b), "en")
		checkSpans(t, string(b), as)
		for _, a := range as {
			all = append(all, a.Kind+" | "+a.Source)
		}
	}
	joined := strings.Join(all, "\n")
	for _, want := range []string{"sources | Azeri sources", "report_ref | the Al-Arabiya report", "according_to | the Washington Post", "said | Begli"} {
		if !strings.Contains(joined, want) {
			t.Errorf("corpus: %q not found in\n%s", want, joined)
		}
	}
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	type out struct {
		Attribution
		CueText   string `json:"cue_text"`
		ScopeText string `json:"scope_text"`
		Stance    string `json:"stance"`
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lang, text, _ := strings.Cut(string(b), "\n")
			rs := []rune(text)
			as := Find(text, lang)
			checkSpans(t, text, as)
			outs := []out{}
			for _, a := range as {
				scope := sub(rs, a.Scope)
				outs = append(outs, out{a, sub(rs, a.Span), scope, Stance(scope, lang)})
			}
			got, _ := json.MarshalIndent(outs, "", "  ")
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
	for _, s := range []string{"According to X, y.", "“a,” X said.", "(X, 2018)", "[1]", "(, 2021)", "APA-nın məlumatına görə", "وفقا لـ", "«»— заявил", "said", "(((", "[999]"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		as := Find(s, "en")
		if !utf8.ValidString(s) {
			return
		}
		checkSpans(t, s, as)
		_ = Stance(s, "en")
	})
}

func BenchmarkFind(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 4096 {
		sb.WriteString("According to the Northwind report, the cell was founded in 2016 (Example Times, 2018). Local sources have confirmed that its leader fled. “We will return,” Karimov said. The report states that it had 14 members.[3]\n\n")
	}
	doc := sb.String()
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Find(doc, "en")
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
			Find(d, "en")
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
		b, _ := json.Marshal(Find(text, "en"))
		want[i] = string(b)
	}
	errs := make(chan string, 8*len(texts))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, text := range texts {
				if b, _ := json.Marshal(Find(text, "en")); string(b) != want[i] {
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

// TestHostile runs Find over large inputs built to make a careless matcher quadratic: one
// endless sentence full of quotes and speech verbs, citations and report references.
func TestHostile(t *testing.T) {
	for name, unit := range map[string]string{
		"quotes and verbs":  "” Karimov said “we ",
		"open quotes":       "“ said Ali, ",
		"reports":           "the Northwind report. The report states that ",
		"brackets":          "( Müsavat, 2018 ",
		"turkic verbs":      "Müsavat qəzeti bildirib ",
		"according to what": "according to what ",
		"russian said":      "— заявил он, ",
		"footnotes":         "[1][2]",
	} {
		text := strings.Repeat(unit, (1<<18)/len(unit))
		done := make(chan []Attribution, 1)
		go func() { done <- Find(text, "en") }()
		select {
		case as := <-done:
			checkSpans(t, text, as)
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: Find on 256 KB did not finish in 20 s", name)
		}
	}
}
