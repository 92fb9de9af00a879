package synth

import (
	"strconv"
	"time"
)

// day is a calendar date.
type day struct{ y, m, d int }

func (d day) String() string {
	b := make([]byte, 0, 10)
	b = appendPad(b, d.y, 4)
	b = append(b, '-')
	b = appendPad(b, d.m, 2)
	b = append(b, '-')
	return string(appendPad(b, d.d, 2))
}

func appendPad(b []byte, n, width int) []byte {
	s := strconv.Itoa(n)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// dayFrom converts days since 1970-01-01 to a date.
func dayFrom(days int) day {
	t := time.Unix(int64(days)*86400, 0).UTC()
	return day{t.Year(), int(t.Month()), t.Day()}
}

func (d day) days() int {
	return int(time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// jalali converts a Gregorian date to the Solar Hijri calendar used in Iran (the arithmetic
// 33-year-cycle algorithm, exact for 1800–2200).
func jalali(g day) day {
	cum := [...]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}
	gy2 := g.y
	if g.m > 2 {
		gy2++
	}
	days := 355666 + 365*g.y + (gy2+3)/4 - (gy2+99)/100 + (gy2+399)/400 + g.d + cum[g.m-1]
	jy := -1595 + 33*(days/12053)
	days %= 12053
	jy += 4 * (days / 1461)
	days %= 1461
	if days > 365 {
		jy += (days - 1) / 365
		days = (days - 1) % 365
	}
	if days < 186 {
		return day{jy, 1 + days/31, 1 + days%31}
	}
	return day{jy, 7 + (days-186)/30, 1 + (days-186)%30}
}

var (
	monthsEn   = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	monthsAz   = [...]string{"yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"}
	monthsTr   = [...]string{"Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"}
	monthsRuG  = [...]string{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"}
	monthsRuP  = [...]string{"январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"}
	monthsFa   = [...]string{"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}
	monthsAr   = [...]string{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"}
	monthsArLv = [...]string{"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"}
)

// azYearSuffix returns the Azerbaijani ordinal suffix of a year ("2016-cı", "2023-cü"), which
// follows the vowel of the last spoken number word.
func azYearSuffix(y int) string {
	last := y % 10
	if last == 0 {
		switch y % 100 / 10 {
		case 0:
			if y%1000 == 0 {
				return "-ci" // min
			}
			return "-cü" // yüz
		case 1, 3, 9:
			return "-cu" // on, otuz, doxsan
		case 4, 6:
			return "-cı" // qırx, altmış
		default:
			return "-ci" // iyirmi, əlli, yetmiş, səksən
		}
	}
	switch last {
	case 3, 4:
		return "-cü"
	case 6:
		return "-cı"
	case 9:
		return "-cu"
	}
	return "-ci"
}

// digits rewrites ASCII digits as Persian (fa) or Arabic-Indic digits.
func digits(s string, persian bool) string {
	zero := rune('٠')
	if persian {
		zero = '۰'
	}
	b := make([]rune, 0, len(s))
	for _, c := range s {
		if c >= '0' && c <= '9' {
			c = zero + c - '0'
		}
		b = append(b, c)
	}
	return string(b)
}

// Date phrase precisions.
const (
	precDay = iota
	precMonth
	precYear
	precPart // early, mid or late in a year
)

// datePhrase writes an adverbial date ("on October 3, 2021", "2016-cı ildə", "در سال ۱۳۹۵")
// in lang. variant selects among equivalent forms (day-month order, calendar, digits).
func datePhrase(lang string, d day, prec, variant int) string {
	y := strconv.Itoa(d.y)
	ds := strconv.Itoa(d.d)
	switch lang {
	case "az":
		switch prec {
		case precDay:
			return ds + " " + monthsAz[d.m-1] + " " + y + azYearSuffix(d.y) + " il tarixində"
		case precMonth:
			return y + azYearSuffix(d.y) + " ilin " + monthsAz[d.m-1] + " ayında"
		case precYear:
			return y + azYearSuffix(d.y) + " ildə"
		}
		return y + azYearSuffix(d.y) + " ilin " + [...]string{"əvvəlində", "ortalarında", "sonunda"}[variant%3]
	case "tr":
		switch prec {
		case precDay:
			return ds + " " + monthsTr[d.m-1] + " " + y + " tarihinde"
		case precMonth:
			return y + " yılının " + monthsTr[d.m-1] + " ayında"
		case precYear:
			return y + " yılında"
		}
		return y + " yılının " + [...]string{"başında", "ortasında", "sonunda"}[variant%3]
	case "ru":
		switch prec {
		case precDay:
			return ds + " " + monthsRuG[d.m-1] + " " + y + " года"
		case precMonth:
			return "в " + monthsRuP[d.m-1] + " " + y + " года"
		case precYear:
			return "в " + y + " году"
		}
		return "в " + [...]string{"начале", "середине", "конце"}[variant%3] + " " + y + " года"
	case "fa":
		if variant%4 == 3 && prec != precDay { // the Gregorian year, as some Persian outlets give it
			return "در سال " + digits(y, true) + " میلادی"
		}
		j := jalali(d)
		jy := digits(strconv.Itoa(j.y), true)
		switch prec {
		case precDay:
			return "در " + digits(strconv.Itoa(j.d), true) + " " + monthsFa[j.m-1] + " " + jy
		case precMonth:
			return "در " + monthsFa[j.m-1] + " " + jy
		case precYear:
			return "در سال " + jy
		}
		return "در " + [...]string{"اوایل", "اواسط", "اواخر"}[variant%3] + " سال " + jy
	case "ar":
		months := monthsAr
		if variant%3 == 1 {
			months = monthsArLv
		}
		if variant%5 == 4 {
			y, ds = digits(y, false), digits(ds, false)
		}
		switch prec {
		case precDay:
			return "في " + ds + " " + months[d.m-1] + " " + y
		case precMonth:
			return "في " + months[d.m-1] + " " + y
		case precYear:
			return "في عام " + y
		}
		return "في " + [...]string{"أوائل", "منتصف", "أواخر"}[variant%3] + " عام " + y
	}
	switch prec {
	case precDay:
		if variant%2 == 1 {
			return "on " + ds + " " + monthsEn[d.m-1] + " " + y
		}
		return "on " + monthsEn[d.m-1] + " " + ds + ", " + y
	case precMonth:
		return "in " + monthsEn[d.m-1] + " " + y
	case precYear:
		return "in " + y
	}
	return "in " + [...]string{"early ", "mid-", "late "}[variant%3] + y
}
