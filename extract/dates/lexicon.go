package dates

import (
	"strings"

	"github.com/dossier-osint/dossier/normalize"
)

// calendar says which calendar a month name or year marker belongs to.
type calendar uint8

const (
	gregorian calendar = iota
	solarHijri
	lunarHijri
)

type monthEntry struct {
	month int
	cal   calendar
	lang  string
	abbr  bool // an abbreviation that may take a full stop ("Oct.")
}

// Month names are written as people write them and folded (normalize.Fold) when the tables
// are built, so "Ağustos", "أكتوبر" and "مهر" match however the text spells case and hamza.
var monthSources = []struct {
	lang  string
	cal   calendar
	names string // twelve groups separated by ";", variants separated by ","
}{
	{"en", gregorian, "january;february;march;april;may;june;july;august;september;october;november;december"},
	{"az", gregorian, "yanvar;fevral;mart;aprel;may;iyun;iyul;avqust;sentyabr;oktyabr;noyabr;dekabr"},
	{"tr", gregorian, "ocak;şubat;mart;nisan;mayıs;haziran;temmuz;ağustos;eylül;ekim;kasım;aralık"},
	{"ru", gregorian, "январь,января,январе;февраль,февраля,феврале;март,марта,марте;апрель,апреля,апреле;май,мая,мае;июнь,июня,июне;июль,июля,июле;август,августа,августе;сентябрь,сентября,сентябре;октябрь,октября,октябре;ноябрь,ноября,ноябре;декабрь,декабря,декабре"},
	{"fa", gregorian, "ژانویه,ژانویهٔ;فوریه;مارس;آوریل;مه,مى;ژوئن,جون;ژوئیه,ژوئیهٔ,جولای;اوت,آگوست;سپتامبر;اکتبر;نوامبر;دسامبر"},
	{"fa", solarHijri, "فروردین;اردیبهشت;خرداد;تیر;مرداد,امرداد;شهریور;مهر;آبان;آذر;دی;بهمن;اسفند"},
	{"ar", gregorian, "يناير,جانفي;فبراير,فيفري;مارس;أبريل,إبريل,ابريل,أفريل;مايو,ماي;يونيو,يونيه,جوان;يوليو,يوليه,جويلية;أغسطس,اغسطس,أوت;سبتمبر;أكتوبر,اكتوبر;نوفمبر;ديسمبر"},
	{"ar", gregorian, "كانون الثاني;شباط;آذار;نيسان;أيار;حزيران;تموز;آب;أيلول;تشرين الأول;تشرين الثاني;كانون الأول"},
	{"ar", lunarHijri, "محرم,المحرم;صفر;ربيع الأول,ربيع الاول,ربيع‌الاول,ربیع الاول;ربيع الآخر,ربيع الثاني,ربیع الثانی,ربيع‌الثاني;جمادى الأولى,جمادى الأول,جمادی الاول,جمادی‌الاول;جمادى الآخرة,جمادى الثانية,جمادی الثانی,جمادی‌الثانی;رجب;شعبان;رمضان;شوال;ذو القعدة,ذي القعدة,ذیقعده,ذی‌القعده;ذو الحجة,ذي الحجة,ذیحجه,ذی‌الحجه"},
}

var enAbbrev = "jan;feb;mar;apr;;jun;jul;aug;sep,sept;oct;nov;dec"

// monthStems take case endings: Azerbaijani and Turkish suffixes ("oktyabrında", "ekimde").
var turkicMonthLangs = map[string]bool{"az": true, "tr": true}

// turkicMonthPrefix holds the first three bytes of every Turkic month stem, a cheap gate
// before the stem loop.
var turkicMonthPrefix = map[string]bool{}

var (
	monthTable   = map[string][]monthEntry{} // folded name (words joined by one space) -> entries
	turkicMonths []struct {
		stem string
		e    monthEntry
	}
)

func fold(s string) string { return normalize.Fold(s) }

func init() {
	add := func(name string, e monthEntry) {
		k := strings.Join(strings.Fields(fold(name)), " ")
		if k == "" {
			return
		}
		monthTable[k] = append(monthTable[k], e)
	}
	for _, src := range monthSources {
		for i, grp := range strings.Split(src.names, ";") {
			for _, v := range strings.Split(grp, ",") {
				e := monthEntry{month: i + 1, cal: src.cal, lang: src.lang}
				add(v, e)
				if turkicMonthLangs[src.lang] {
					turkicMonthPrefix[fold(v)[:3]] = true
					turkicMonths = append(turkicMonths, struct {
						stem string
						e    monthEntry
					}{fold(v), e})
				}
			}
		}
	}
	for i, grp := range strings.Split(enAbbrev, ";") {
		for _, v := range strings.Split(grp, ",") {
			if v != "" {
				add(v, monthEntry{month: i + 1, cal: gregorian, lang: "en", abbr: true})
			}
		}
	}
	for k, v := range rawWordSets {
		m := map[string]bool{}
		for _, w := range strings.Split(v, ",") {
			if w = strings.TrimSpace(w); w != "" {
				m[strings.Join(strings.Fields(fold(w)), " ")] = true
			}
		}
		wordSets[k] = m
	}
	for w, n := range rawNumberWords {
		numberWords[fold(w)] = n
	}
	for w, p := range rawPartWords {
		partWords[strings.Join(strings.Fields(fold(w)), " ")] = p
	}
	for _, p := range rawPostParts {
		postParts = append(postParts, struct{ stem, part string }{fold(p[0]), p[1]})
	}
	buildRelative()
	for w := range relByFirst {
		prefixWords[w] = true
		triggers[w] |= trigRelative
	}
	for w := range monthTable {
		a, _, _ := strings.Cut(w, " ")
		triggers[a] |= trigMonth
	}
	for w := range numberWords {
		a, _, _ := strings.Cut(w, " ")
		triggers[a] |= trigRelative
		prefixWords[a] = true // "بثلاث"
	}
	for w := range monthTable {
		prefixWords[strings.Fields(w)[0]] = true
		if a, _, ok := strings.Cut(w, " "); ok {
			twoWordMonthStart[a] = true
		}
	}
	for _, set := range []string{"yearCue", "approx", "rangeOpen"} {
		for w := range wordSets[set] {
			prefixWords[w] = true
		}
	}
	for w := range partWords {
		prefixWords[strings.Fields(w)[0]] = true
	}
}

// turkicSuffixOK reports whether rest is a plausible Azerbaijani or Turkish case ending
// (already folded: ə→e, ı→i).
func turkicSuffixOK(rest string) bool {
	if len(rest) > 6 {
		return false
	}
	for _, c := range rest {
		if !strings.ContainsRune("aeiouüöndtysl", c) {
			return false
		}
	}
	return true
}

// Word sets used as cues. Keys are folded.
var wordSets = map[string]map[string]bool{}

var rawWordSets = map[string]string{
	// Words before a bare year that make it a year (not part of the expression).
	"yearCue": "in,since,by,until,till,of,from,to,between,during,before,after,year,the,a,an,as,through,throughout,circa,around," +
		"в,с,до,по,к,от,году,года,на,после,около," +
		"il,ili,sene,yıl," +
		"در,از,تا,سال,سالهای,سال‌های,پیش,پس,قبل,بعد,اوایل,اواسط,اواخر," +
		"في,عام,العام,سنة,منذ,حتى,قبل,بعد,خلال,من,إلى,الى,عامي,وفي",
	// Cue words that also precede counts ("of 2000 fighters", "about 2000 people").
	"weakCue": "of,the,a,an,to,from,by,about,around,approximately,some,nearly,roughly,circa,over,and," +
		"около,примерно,приблизительно,почти,до,от,с,təxminən,təqribən,yaklaşık,حدود,حدودا,تقریبا,حوالي,نحو,قرابة,تقريبا,زهاء,من",
	// Words that count things after a number.
	"countNoun": "people,persons,men,women,children,members,fighters,troops,soldiers,students,militants,followers,supporters,refugees," +
		"families,rockets,missiles,drones,dollars,euros,manats,rials,km,kilometres,kilometers,metres,meters,miles,tons,tonnes,times,hours,days,years,cases,pages," +
		"человек,людей,боевиков,членов,солдат,студентов,долларов,раз,км," +
		"nəfər,üzv,əsgər,tələbə,dollar,manat,kişi,üye,asker,öğrenci," +
		"نفر,عضو,سرباز,دانشجو,دلار,شخص,عنصر,مقاتل,مقاتلا,جندي,طالب,دولار,عضوا",
	// Words before a bare number that make it something else than a year.
	"notYear": "vol,volume,no,nos,number,issue,page,pages,p,pp,tel,phone,fax,ext,art,article,chapter,ch,fig,figure,table,section,room,flight,route,highway,bus,item," +
		"№,т,стр,с,тел,номер,выпуск,том," +
		"say,sayı,sayfa,səh,nömrə,cild," +
		"شماره,صفحه,تلفن,جلد," +
		"رقم,صفحة,العدد,هاتف,المجلد",
	// Approximation words before an expression.
	"approx": "about,around,approximately,circa,c,ca,roughly,nearly,some," +
		"около,примерно,приблизительно,почти,ориентировочно," +
		"təxminən,təqribən,təxmini," +
		"yaklaşık,takriben,aşağı yukarı," +
		"حدود,حدودا,حدوداً,تقریبا,تقریباً,در حدود," +
		"حوالي,نحو,قرابة,تقريبا,تقريباً,زهاء",
	// Approximation words after an expression.
	"approxAfter": "civarında,civarı,sularında,or so",
	// Ordinal endings after a day number.
	"ordinal": "st,nd,rd,th,ci,cı,cu,cü,inci,ıncı,uncu,üncü,nci,ncı,ncu,ncü,го,е,ого",
	// Azerbaijani year suffix after a hyphen: "2018-ci".
	"azYearSuffix": "ci,cı,cu,cü",
	// Azerbaijani and Turkish words for "year" with case endings, after a year.
	"turkicYearWord": "il,ili,ilin,ildə,ildən,ilə,ilində,ilindən,ilinin,yıl,yılı,yılın,yılında,yılından,yılının,yılına,sene,senesi,senesinde",
	// Russian words for "year" after a year.
	"ruYearWord": "год,года,году,годом,г,гг",
	// Russian decade words after "2010-х".
	"ruDecadeWord": "годы,годах,годов,гг,годам",
	// Turkish locative and other short endings after an apostrophe: "2016'da".
	"trYearEnding": "da,de,ta,te,dan,den,tan,ten,ya,ye,e,a,in,ın,un,ün,nin,nın,nun,nün,yı,yi,yu,yü,ı,i,u,ü,dır,dir,dur,dür,dı,di,du,dü,ki",
	// Turkish decade endings: "2010'lu", "2010'larda".
	"trDecadeEnding": "lar,ler,larda,lerde,lardan,lerden,lu,lü,li,lı,ların,lerin",
	// Plural year words after a decade: "illərdə", "yıllarda".
	"turkicDecadeWord": "illər,illərdə,illərin,illərdən,illəri,yıllar,yıllarda,yılların,yıllardan,yılları",
	// Gregorian marker after a year in Arabic and Persian.
	"gregMarker":  "م,میلادی,ميلادي,ميلادية,مسيحي",
	"solarMarker": "ش,شمسی,خورشیدی,هجری شمسی,هـ ش,ه ش",
	"lunarMarker": "ه,هـ,ق,قمری,هجری قمری,هجري,هجرية,هجری,للهجرة,ه ق",
	// Decade words before a year: Persian "دهه ۲۰۱۰".
	"decadePre": "دهه,دهه‌ی,عقد",
	// Words introducing a range before the first year.
	"rangeOpen": "from,between,с,от,از,من,بين,بین",
	// Words joining the two ends of a range.
	"rangeJoin": "to,until,till,through,and,по,до,и,ve,və,تا,إلى,الى,حتى,و",
}

// numberWords are small counts written as words, for "two years ago".
var numberWords = map[string]int{}

var rawNumberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"several": 3, "a few": 3,
	"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "beş": 5, "altı": 6, "yeddi": 7, "səkkiz": 8, "doqquz": 9, "on": 10,
	"dört": 4, "yedi": 7, "sekiz": 8, "dokuz": 9,
	"один": 1, "одна": 1, "одно": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "несколько": 3,
	"یک": 1, "دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8, "نه": 9, "ده": 10, "چند": 3,
	"ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10, "بضع": 3, "بضعة": 3,
}

// partWords are parts of a year written before it: "early 2016", "в начале 2016 года".
var partWords = map[string]string{}

var rawPartWords = map[string]string{
	"early": "early", "mid": "mid", "late": "late", "the beginning of": "early", "the start of": "early", "the middle of": "mid",
	"the end of": "late", "beginning of": "early", "end of": "late", "middle of": "mid", "start of": "early",
	"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn", "winter": "winter",
	"spring of": "spring", "summer of": "summer", "autumn of": "autumn", "fall of": "autumn", "winter of": "winter",
	"начале": "early", "начала": "early", "начало": "early", "середине": "mid", "середины": "mid", "конце": "late", "конца": "late",
	"летом": "summer", "весной": "spring", "осенью": "autumn", "зимой": "winter", "лето": "summer", "весна": "spring", "осень": "autumn", "зима": "winter",
	"اوایل": "early", "ابتدای": "early", "آغاز": "early", "اواسط": "mid", "میانه": "mid", "اواخر": "late", "پایان": "late",
	"تابستان": "summer", "بهار": "spring", "پاییز": "autumn", "زمستان": "winter",
	"اوایل سال": "early", "اواسط سال": "mid", "اواخر سال": "late", "تابستان سال": "summer", "بهار سال": "spring", "پاییز سال": "autumn", "زمستان سال": "winter",
	"أوائل": "early", "مطلع": "early", "بداية": "early", "أواسط": "mid", "منتصف": "mid", "أواخر": "late", "نهاية": "late",
	"صيف": "summer", "ربيع": "spring", "خريف": "autumn", "شتاء": "winter",
	"أوائل عام": "early", "مطلع عام": "early", "بداية عام": "early", "أواسط عام": "mid", "منتصف عام": "mid", "أواخر عام": "late", "نهاية عام": "late",
	"صيف عام": "summer", "ربيع عام": "spring", "خريف عام": "autumn", "شتاء عام": "winter",
	"مطلع العام": "early", "أوائل سنة": "early", "أواخر سنة": "late", "منتصف سنة": "mid",
}

// rawPostParts are Azerbaijani and Turkish parts of a year written after it ("2016-cı ilin
// əvvəlində", "2016 yılının sonunda"), matched as stems. "yaz" is spring in Azerbaijani and
// summer in Turkish; Find resolves it by language.
var rawPostParts = [][2]string{
	{"əvvəl", "early"}, {"başlanğıc", "early"}, {"ortası", "mid"}, {"ortaları", "mid"}, {"ortasında", "mid"}, {"sonu", "late"}, {"sonla", "late"}, {"sonunda", "late"},
	{"yayı", "summer"}, {"yayında", "summer"}, {"payız", "autumn"}, {"qış", "winter"}, {"yazı", "yaz"}, {"yazında", "yaz"},
	{"başı", "early"}, {"başları", "early"}, {"başında", "early"}, {"başlarında", "early"}, {"ilkbahar", "spring"}, {"bahar", "spring"},
	{"sonbahar", "autumn"}, {"güz", "autumn"}, {"kış", "winter"},
}

var postParts []struct{ stem, part string }

func inSet(set, w string) bool { return wordSets[set][w] }
