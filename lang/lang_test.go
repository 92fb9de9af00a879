package lang

import (
	"slices"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/cputime"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		lang    string
		langs   []string
		scripts []string
	}{
		{"empty", "", "und", nil, nil},
		{"digits and punctuation only", "2021-10-05 — 14:30 (№ 17)", "und", nil, nil},
		{"english news sentence",
			"The group was founded in 2016 and its members were arrested after the police raid in Baku.",
			"en", []string{"en"}, []string{"Latn"}},
		{"english with an Azerbaijani name keeps en",
			"According to the report, Tovhid İbrahimbəyli is the founder of the movement and lives in Qom.",
			"en", []string{"en"}, []string{"Latn"}},
		{"azerbaijani latin",
			"Qrupun üzvləri həbs olunub və onlar məhkəmə qarşısına çıxarılıb. Bu barədə nazirlik məlumat verib.",
			"az", []string{"az"}, []string{"Latn"}},
		{"azerbaijani short headline with schwa",
			"Bakıda həbs olunan şəxslər",
			"az", []string{"az"}, []string{"Latn"}},
		{"turkish",
			"Örgütün üyeleri gözaltına alındı ve mahkemeye çıkarıldı. Bakanlık bu konuda bir açıklama yaptı.",
			"tr", []string{"tr"}, []string{"Latn"}},
		{"turkish with az-looking shared words (bu, ki, olan) stays tr",
			"Bu olayda yer alan kişiler için soruşturma başlatıldı ki bu da çok önemli bir gelişme olarak görülüyor.",
			"tr", []string{"tr"}, []string{"Latn"}},
		{"azerbaijani that a Turkish reader would also parse (bu, ki, olan) is az by ə and x/q",
			"Bu qrupun rəhbəri olan şəxs deyib ki, xarici ölkələrdən dəstək alırlar.",
			"az", []string{"az"}, []string{"Latn"}},
		{"turkish quoting Azerbaijani-spelled names (ə in many words) stays tr by e against ə",
			"Çazəq əl-Ğədir Hərəkatı adlı örgüt 2016 yılında kuruldu. Çazəq əl-Ğədir Hərəkatı üyelerinin eğitildiği iddia ediliyor ve Hərəkatı destekleyen şirketler belirtiliyor.",
			"tr", []string{"tr"}, []string{"Latn"}},
		{"azerbaijani with no stopwords at all is az by ə against e",
			"Hərəkatın rəhbərləri Gəncə şəhərində saxlanılıb, istintaq davam edir.",
			"az", []string{"az"}, []string{"Latn"}},
		{"turkish headline without stopwords but with ı ş ğ",
			"Şırnak'ta düzenlenen operasyonda yakalandı",
			"tr", []string{"tr"}, []string{"Latn"}},
		{"russian",
			"Члены группировки были задержаны в Баку, и это уже второй случай за год по данным МВД.",
			"ru", []string{"ru"}, []string{"Cyrl"}},
		{"short russian without stopwords",
			"Задержание членов группировки Хусейнийюн",
			"ru", []string{"ru"}, []string{"Cyrl"}},
		{"azerbaijani cyrillic",
			"Групун үзвләри һәбс олунуб вә онлар мәһкәмә гаршысына чыхарылыб.",
			"az", []string{"az"}, []string{"Cyrl"}},
		{"ukrainian is not russian",
			"Члени угруповання були затримані, і це вже другий випадок за рік, повідомляє поліція.",
			"uk", []string{"uk"}, []string{"Cyrl"}},
		{"persian",
			"این گروه در سال ۲۰۱۶ تأسیس شد و رهبر آن در قم زندگی می‌کند که این موضوع را تأیید کرده است.",
			"fa", []string{"fa"}, []string{"Arab"}},
		{"persian typed with Arabic yeh and kaf is still fa by its function words",
			"اين گروه در سال ۲۰۱۶ تاسيس شد و رهبر آن در قم زندگي مي كند كه اين را تاييد كرده است.",
			"fa", []string{"fa"}, []string{"Arab"}},
		{"arabic",
			"أعلنت الشرطة أن أعضاء الجماعة التي أسسها في عام ٢٠١٦ قد اعتقلوا في باكو بعد مداهمة.",
			"ar", []string{"ar"}, []string{"Arab"}},
		{"arabic script name alone is und",
			"محمد",
			"und", nil, []string{"Arab"}},
		{"french is und, not tr",
			"Le groupe a été fondé en 2016 par des membres de la communauté et de la région.",
			"und", nil, []string{"Latn"}},
		{"mixed english and russian paragraphs",
			"The statement was published by the ministry on its website and it was repeated by the agency.\n\n" +
				"Заявление было опубликовано на сайте министерства, и его повторило информационное агентство.",
			"ru", []string{"ru", "en"}, []string{"Cyrl", "Latn"}},
		{"english with a short arabic quote keeps one language",
			strings.Repeat("The leader of the group said that the attack was planned in advance by the unit. ", 6) +
				"قال القائد",
			"en", []string{"en"}, []string{"Latn", "Arab"}},
		{"greek maps by script", "Η ομάδα ιδρύθηκε το 2016.", "el", []string{"el"}, []string{"Grek"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Detect(tt.text)
			if got.Lang != tt.lang || !slices.Equal(got.Langs, tt.langs) || !slices.Equal(got.Scripts, tt.scripts) {
				t.Errorf("Detect(%q) = %+v, want {Lang:%s Langs:%v Scripts:%v}", tt.text, got, tt.lang, tt.langs, tt.scripts)
			}
		})
	}
}

// A long document whose second half is in another language reports both: the sample windows
// reach past the first 8 KB.
func TestDetectLongMixed(t *testing.T) {
	en := strings.Repeat("The members of the network were trained in camps and they were paid by the unit.\n", 150)
	az := strings.Repeat("Şəbəkənin üzvləri düşərgələrdə təlim keçib və onlara maaş ödənilib.\n", 150)
	got := Detect(en + az)
	if !slices.Contains(got.Langs, "en") || !slices.Contains(got.Langs, "az") {
		t.Fatalf("Detect(en+az, %d bytes) = %+v, want both en and az", len(en+az), got)
	}
}

// Invalid UTF-8 and cut-off runes must neither panic nor count as letters.
func TestDetectInvalidUTF8(t *testing.T) {
	got := Detect("\xff\xfe\xd0")
	if got.Lang != Und || got.Scripts != nil {
		t.Fatalf("Detect(invalid) = %+v, want und with no scripts", got)
	}
}

func BenchmarkDetect(b *testing.B) {
	para := "Qrupun üzvləri həbs olunub və onlar məhkəmə qarşısına çıxarılıb. " +
		"The group was founded in 2016 and its members were arrested in Baku. " +
		"Члены группировки были задержаны в Баку. " +
		"این گروه در سال ۲۰۱۶ تأسیس شد و رهبر آن در قم زندگی می‌کند.\n"
	for _, size := range []int{4 << 10, 1 << 20} {
		text := strings.Repeat(para, size/len(para)+1)[:size]
		b.Run(sizeName(size), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			cpu0, n := cputime.Process(), 0
			for b.Loop() {
				Detect(text)
				n++
			}
			// CPU time is what a loaded machine does not inflate.
			if cpu := cputime.Process() - cpu0; cpu > 0 {
				b.ReportMetric(float64(len(text))*float64(n)/cpu.Seconds()/1e6, "cpu-MB/s")
			}
		})
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return strings.Repeat("", 0) + itoa(n>>20) + "MB"
	}
	return itoa(n>>10) + "KB"
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
