package dates

import (
	"slices"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
)

// relSpec is what a relative phrase means: move by off units (times the count N, if the phrase
// has one) from a base chosen by ref.
type relSpec struct {
	unit byte // 'y' year, 'm' month, 'd' day, 'w' week
	off  int
	ref  byte // 'a' the anchor; 'p' the previous absolute date of the paragraph, else the anchor; 's' the previous date only
}

type relTok struct {
	alts   []string // folded alternatives
	prefix bool     // alternatives are stems
	num    bool     // the count slot N
}

type relPhrase struct {
	toks []relTok
	spec relSpec
	lang string
}

// Relative phrases, per language: tokens separated by spaces, alternatives by "|", "N" is a
// count (digits or a number word). The unit letter, offset and reference follow.
var rawRelative = []struct {
	lang, pat string
	unit      byte
	off       int
	ref       byte
}{
	{"en", "last year", 'y', -1, 'a'}, {"en", "this year", 'y', 0, 'a'}, {"en", "next year", 'y', 1, 'a'},
	{"en", "earlier this year", 'y', 0, 'a'}, {"en", "later this year", 'y', 0, 'a'},
	{"en", "the previous year", 'y', -1, 'p'}, {"en", "the year before", 'y', -1, 'p'}, {"en", "a year earlier", 'y', -1, 'p'},
	{"en", "the following year", 'y', 1, 'p'}, {"en", "the next year", 'y', 1, 'p'}, {"en", "the year after", 'y', 1, 'p'},
	{"en", "the same year", 'y', 0, 's'}, {"en", "that same year", 'y', 0, 's'}, {"en", "that year", 'y', 0, 's'}, {"en", "later that year", 'y', 0, 's'},
	{"en", "N year|years ago", 'y', -1, 'a'}, {"en", "N year|years earlier|before", 'y', -1, 'p'}, {"en", "N year|years later|after", 'y', 1, 'p'},
	{"en", "last month", 'm', -1, 'a'}, {"en", "this month", 'm', 0, 'a'}, {"en", "next month", 'm', 1, 'a'},
	{"en", "N month|months ago", 'm', -1, 'a'}, {"en", "N month|months earlier", 'm', -1, 'p'}, {"en", "N month|months later", 'm', 1, 'p'},
	{"en", "yesterday", 'd', -1, 'a'}, {"en", "N day|days ago", 'd', -1, 'a'},
	{"en", "last week", 'w', -1, 'a'}, {"en", "N week|weeks ago", 'w', -1, 'a'},

	{"az", "ötən|keçən il|ilin|ildə|ildən|ili", 'y', -1, 'a'}, {"az", "bu il|ilin|ildə|ildən|ili", 'y', 0, 'a'},
	{"az", "gələn il|ilin|ildə|ili", 'y', 1, 'a'}, {"az", "həmin il|ilin|ildə|ili", 'y', 0, 's'},
	{"az", "N il əvvəl|öncə", 'y', -1, 'a'}, {"az", "N il sonra", 'y', 1, 'p'},
	{"az", "ötən|keçən ay|ayın|ayda|ayı", 'm', -1, 'a'}, {"az", "bu ay|ayın|ayda", 'm', 0, 'a'}, {"az", "N ay əvvəl|öncə", 'm', -1, 'a'},
	{"az", "dünən", 'd', -1, 'a'}, {"az", "N gün əvvəl|öncə", 'd', -1, 'a'},
	{"az", "ötən|keçən həftə|həftənin", 'w', -1, 'a'}, {"az", "N həftə əvvəl|öncə", 'w', -1, 'a'},

	{"tr", "geçen|geçtiğimiz yıl|yılın|yılında|yılı|yıldan|sene|senenin", 'y', -1, 'a'},
	{"tr", "bu yıl|yılın|yılında|yılki|sene", 'y', 0, 'a'}, {"tr", "gelecek|önümüzdeki yıl|yıl|yılın|yılında|sene", 'y', 1, 'a'},
	{"tr", "aynı yıl|yılın|yılında|yıl|sene", 'y', 0, 's'},
	{"tr", "N yıl|sene önce", 'y', -1, 'a'}, {"tr", "N yıl|sene sonra", 'y', 1, 'p'},
	{"tr", "geçen|geçtiğimiz ay|ayın|ayında", 'm', -1, 'a'}, {"tr", "bu ay|ayın|ayında", 'm', 0, 'a'}, {"tr", "N ay önce", 'm', -1, 'a'},
	{"tr", "dün", 'd', -1, 'a'}, {"tr", "N gün önce", 'd', -1, 'a'},
	{"tr", "geçen|geçtiğimiz hafta|haftanın", 'w', -1, 'a'}, {"tr", "N hafta önce", 'w', -1, 'a'},

	{"ru", "в прошлом году", 'y', -1, 'a'}, {"ru", "прошлого года", 'y', -1, 'a'}, {"ru", "прошлом году", 'y', -1, 'a'},
	{"ru", "в этом году", 'y', 0, 'a'}, {"ru", "этого года", 'y', 0, 'a'}, {"ru", "в текущем году", 'y', 0, 'a'},
	{"ru", "в следующем году", 'y', 1, 'a'}, {"ru", "следующего года", 'y', 1, 'p'},
	{"ru", "в том же году", 'y', 0, 's'}, {"ru", "того же года", 'y', 0, 's'},
	{"ru", "N год|года|лет назад", 'y', -1, 'a'}, {"ru", "год назад", 'y', -1, 'a'},
	{"ru", "N год|года|лет спустя", 'y', 1, 'p'}, {"ru", "через N год|года|лет", 'y', 1, 'p'}, {"ru", "год спустя", 'y', 1, 'p'},
	{"ru", "за N год|года|лет до этого", 'y', -1, 'p'}, {"ru", "за год до этого", 'y', -1, 'p'},
	{"ru", "вчера", 'd', -1, 'a'}, {"ru", "в прошлом месяце", 'm', -1, 'a'}, {"ru", "N месяц|месяца|месяцев назад", 'm', -1, 'a'}, {"ru", "месяц назад", 'm', -1, 'a'},
	{"ru", "N день|дня|дней назад", 'd', -1, 'a'},
	{"ru", "на прошлой неделе", 'w', -1, 'a'}, {"ru", "N неделю|недели|недель назад", 'w', -1, 'a'}, {"ru", "неделю назад", 'w', -1, 'a'},

	{"fa", "پارسال", 'y', -1, 'a'}, {"fa", "سال گذشته|پیش|قبل", 'y', -1, 'a'}, {"fa", "امسال", 'y', 0, 'a'}, {"fa", "سال جاری", 'y', 0, 'a'},
	{"fa", "سال آینده", 'y', 1, 'a'}, {"fa", "سال بعد", 'y', 1, 'p'}, {"fa", "همان سال", 'y', 0, 's'},
	{"fa", "N سال پیش|قبل", 'y', -1, 'a'}, {"fa", "N سال بعد", 'y', 1, 'p'},
	{"fa", "N سال قبل|پیش از آن", 'y', -1, 'p'}, {"fa", "N سال بعد از آن", 'y', 1, 'p'},
	{"fa", "دیروز", 'd', -1, 'a'}, {"fa", "ماه گذشته|پیش", 'm', -1, 'a'}, {"fa", "N ماه پیش|قبل", 'm', -1, 'a'},
	{"fa", "N روز پیش|قبل", 'd', -1, 'a'}, {"fa", "هفته گذشته|پیش", 'w', -1, 'a'},

	{"ar", "العام|السنة|عام|سنة الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة|الفائت", 'y', -1, 'a'},
	{"ar", "هذا العام", 'y', 0, 'a'}, {"ar", "هذه السنة", 'y', 0, 'a'}, {"ar", "العام|السنة الحالي|الحالية|الجاري|الجارية", 'y', 0, 'a'},
	{"ar", "العام|السنة المقبل|المقبلة|القادم|القادمة", 'y', 1, 'a'},
	{"ar", "قبل عامين|سنتين", 'y', -2, 'a'}, {"ar", "قبل عام|سنة", 'y', -1, 'a'}, {"ar", "قبل N سنوات|أعوام|سنة|عاما|عام|سنين", 'y', -1, 'a'},
	{"ar", "بعد عامين|سنتين", 'y', 2, 'p'}, {"ar", "بعد N سنوات|أعوام|سنة|عاما|عام", 'y', 1, 'p'}, {"ar", "بعد عام|سنة", 'y', 1, 'p'},
	{"ar", "في العام|السنة نفسه|نفسها|ذاته|ذاتها", 'y', 0, 's'}, {"ar", "في نفس العام|السنة", 'y', 0, 's'}, {"ar", "في ذلك العام", 'y', 0, 's'},
	{"ar", "قبل ذلك بعامين|بسنتين", 'y', -2, 'p'}, {"ar", "قبل ذلك بعام|بسنة", 'y', -1, 'p'}, {"ar", "قبل ذلك ب N سنوات|أعوام", 'y', -1, 'p'},
	{"ar", "بعد ذلك بعامين|بسنتين", 'y', 2, 'p'}, {"ar", "بعد ذلك بعام|بسنة", 'y', 1, 'p'},
	{"ar", "أمس|الأمس|البارحة", 'd', -1, 'a'}, {"ar", "قبل يومين", 'd', -2, 'a'}, {"ar", "قبل N أيام|يوما", 'd', -1, 'a'},
	{"ar", "الشهر الماضي", 'm', -1, 'a'}, {"ar", "قبل شهرين", 'm', -2, 'a'}, {"ar", "قبل N أشهر|شهور", 'm', -1, 'a'},
	{"ar", "الأسبوع الماضي", 'w', -1, 'a'},
}

var (
	relByFirst = map[string][]relPhrase{} // phrases by folded first word
	relByNum   = map[string][]relPhrase{} // phrases that start with the count, by folded second word
)

// twoWordNumberStart holds the first words of two-word counts ("a few").
var twoWordNumberStart = map[string]bool{}

func buildRelative() {
	for w := range numberWords {
		if a, _, ok := strings.Cut(w, " "); ok {
			twoWordNumberStart[a] = true
		}
	}
	for _, r := range rawRelative {
		var p relPhrase
		p.spec = relSpec{unit: r.unit, off: r.off, ref: r.ref}
		p.lang = r.lang
		for _, f := range strings.Fields(r.pat) {
			if f == "N" {
				p.toks = append(p.toks, relTok{num: true})
				continue
			}
			var t relTok
			for _, a := range strings.Split(f, "|") {
				t.alts = append(t.alts, fold(a))
			}
			p.toks = append(p.toks, t)
		}
		if p.toks[0].num {
			for _, a := range p.toks[1].alts {
				relByNum[a] = append(relByNum[a], p)
			}
			continue
		}
		for _, a := range p.toks[0].alts {
			relByFirst[a] = append(relByFirst[a], p)
		}
	}
}

// count reads the slot N at token i: digits or a number word (one or two words).
func (f *finder) count(i int) (n, last int, ok bool) {
	ts := f.ts
	if i >= len(ts) {
		return 0, 0, false
	}
	t := ts[i]
	if t.kind == tNum {
		if t.digits <= 3 && t.val > 0 {
			return t.val, i, true
		}
		return 0, 0, false
	}
	if t.kind != tWord {
		return 0, 0, false
	}
	if i+1 < len(ts) && ts[i+1].kind == tWord && twoWordNumberStart[t.s] {
		if v, ok := numberWords[t.s+" "+ts[i+1].s]; ok {
			return v, i + 1, true
		}
	}
	if v, ok := numberWords[t.s]; ok {
		return v, i, true
	}
	return 0, 0, false
}

func (p relPhrase) matchAt(f *finder, i int) (last, n int, ok bool) {
	ts := f.ts
	n = 1
	j := i
	for k, pt := range p.toks {
		if j >= len(ts) || (k > 0 && ts[j].para) {
			return 0, 0, false
		}
		if pt.num {
			v, l, ok := f.count(j)
			if !ok {
				return 0, 0, false
			}
			n, j = v, l+1
			continue
		}
		if ts[j].kind != tWord {
			return 0, 0, false
		}
		hit := false
		for _, a := range pt.alts {
			if ts[j].s == a {
				hit = true
				break
			}
		}
		if !hit {
			return 0, 0, false
		}
		j++
	}
	// "قبل عام 2016" is "before the year 2016", not "a year ago".
	if j < len(ts) && ts[j].kind == tNum && !ts[j].para {
		return 0, 0, false
	}
	return j - 1, n, true
}

// relative matches a relative phrase starting at token i.
func (f *finder) relative(i int) (m match, ok bool) {
	t := f.ts[i]
	if t.kind != tWord && t.kind != tNum {
		return m, false
	}
	var first []relPhrase
	if t.kind == tWord {
		first = relByFirst[t.s]
	}
	var nums []relPhrase
	if _, l, ok := f.count(i); ok {
		nums = relByNum[f.word(l+1)]
	}
	best := -1
	for k := 0; k < len(first)+len(nums); k++ {
		var p relPhrase
		if k < len(first) {
			p = first[k]
		} else {
			p = nums[k-len(first)]
		}
		last, n, ok := p.matchAt(f, i)
		if ok && last > best {
			best = last
			spec := p.spec
			if slices.ContainsFunc(p.toks, func(t relTok) bool { return t.num }) {
				spec.off *= n
			}
			m = match{first: i, last: last, relative: true, rel: &spec, lang: p.lang}
		}
	}
	return m, best >= 0
}

// resolve applies spec to base. The result is never finer than base: "last month" against an
// anchor known only to the year gives that year, marked approximate.
func resolve(base dossier.Date, spec relSpec) dossier.Date {
	if base.IsZero() {
		return dossier.Date{}
	}
	out := dossier.Date{Approximate: base.Approximate}
	switch spec.unit {
	case 'y':
		if base.Precision == dossier.PrecisionDecade {
			return dossier.Date{Year: (base.Year + spec.off) / 10 * 10, Precision: dossier.PrecisionDecade, Approximate: true}
		}
		out.Year, out.Precision = base.Year+spec.off, dossier.PrecisionYear
		if spec.off == 0 && spec.ref == 's' && base.Precision == dossier.PrecisionSeason {
			out.Part, out.Precision = "", dossier.PrecisionYear
		}
	case 'm':
		if base.Precision < dossier.PrecisionMonth {
			out.Year, out.Precision, out.Approximate = base.Year, minPrec(base.Precision, dossier.PrecisionYear), true
			if base.Precision == dossier.PrecisionDecade {
				out.Year = base.Year / 10 * 10
			}
			return out
		}
		t := time.Date(base.Year, time.Month(base.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, spec.off, 0)
		out.Year, out.Month, out.Precision = t.Year(), int(t.Month()), dossier.PrecisionMonth
	case 'd', 'w':
		days := spec.off
		if spec.unit == 'w' {
			days *= 7
			out.Approximate = true
		}
		if base.Precision < dossier.PrecisionDay {
			b := base
			b.Approximate = true
			if b.Precision == dossier.PrecisionSeason {
				b.Part, b.Precision = "", dossier.PrecisionYear
			}
			return b
		}
		t := time.Date(base.Year, time.Month(base.Month), base.Day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		out.Year, out.Month, out.Day, out.Precision = t.Year(), int(t.Month()), t.Day(), dossier.PrecisionDay
	}
	return out
}

func minPrec(a, b dossier.Precision) dossier.Precision {
	if a < b {
		return a
	}
	return b
}
