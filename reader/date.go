package reader

import (
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
)

// dateLayouts are the forms of publication dates seen in meta tags besides ISO 8601, with the
// precision each states.
var dateLayouts = []struct {
	layout string
	prec   dossier.Precision
}{
	{time.RFC1123Z, dossier.PrecisionDay},
	{time.RFC1123, dossier.PrecisionDay},
	{"Mon, 2 Jan 2006 15:04:05 -0700", dossier.PrecisionDay},
	{"Mon, 2 Jan 2006 15:04:05 MST", dossier.PrecisionDay},
	{"Mon Jan 2 15:04:05 2006", dossier.PrecisionDay},
	{"2 January 2006", dossier.PrecisionDay},
	{"2 Jan 2006", dossier.PrecisionDay},
	{"January 2, 2006", dossier.PrecisionDay},
	{"Jan 2, 2006", dossier.PrecisionDay},
	{"January 2 2006", dossier.PrecisionDay},
	{"Monday, January 2, 2006", dossier.PrecisionDay},
	{"Monday, 2 January 2006", dossier.PrecisionDay},
	{"January 2006", dossier.PrecisionMonth},
	{"Jan 2006", dossier.PrecisionMonth},
}

// parseMetaDate reads a date as pages state it: ISO 8601 dates and date-times ("2021-10-05",
// "2021-10-05T08:30:00+04:00", "2021-10", "2021"), compact "20211005", "2021/10/05",
// day-first "05.10.2021", and English forms ("5 October 2021", "Oct 5, 2021", RFC 1123). The
// date is the one written, not converted to UTC: 23:30 in Baku is still that day in Baku. It
// reports false for anything else and for impossible dates.
func parseMetaDate(s string) (dossier.Date, bool) {
	s = asciiDigits(strings.TrimSpace(s))
	if len(s) < 4 || len(s) > 64 || !hasYear(s) {
		return dossier.Date{}, false
	}
	digits := func(t string) bool {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return false
			}
		}
		return t != ""
	}
	// ISO 8601: take the date before a 'T' or space.
	head := s
	if i := strings.IndexAny(head, "T "); i >= 0 {
		head = head[:i]
	}
	for _, sep := range []string{"-", "/"} {
		parts := strings.Split(head, sep)
		if len(parts[0]) != 4 || !digits(parts[0]) || len(parts) > 3 {
			continue
		}
		ok := true
		for _, p := range parts[1:] {
			ok = ok && len(p) >= 1 && len(p) <= 2 && digits(p)
		}
		if !ok || (len(parts) == 1 && head != s) {
			continue
		}
		return makeDate(parts)
	}
	if len(head) == 8 && digits(head) && head == s {
		return makeDate([]string{head[:4], head[4:6], head[6:]})
	}
	if parts := strings.Split(head, "."); len(parts) == 3 && len(parts[2]) == 4 && digits(parts[0]) && digits(parts[1]) && digits(parts[2]) {
		return makeDate([]string{parts[2], parts[1], parts[0]})
	}
	if d, ok := parseWordDate(s); ok {
		return d, true
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l.layout, s); err == nil {
			d := dossier.DateOf(t)
			if l.prec == dossier.PrecisionMonth {
				d = dossier.Date{Year: t.Year(), Month: int(t.Month()), Precision: dossier.PrecisionMonth}
			}
			return d, plausibleYear(d.Year)
		}
	}
	return dossier.Date{}, false
}

// hasYear reports whether s has four digits in a row, which every accepted form has; it spares
// names and sentences the layouts.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// makeDate builds a date from year, month and day strings, as many as are given.
func makeDate(parts []string) (dossier.Date, bool) {
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil {
			return dossier.Date{}, false
		}
		n[i] = v
	}
	if !plausibleYear(n[0]) {
		return dossier.Date{}, false
	}
	d := dossier.Date{Year: n[0], Precision: dossier.PrecisionYear}
	if len(parts) >= 2 {
		if n[1] < 1 || n[1] > 12 {
			return dossier.Date{}, false
		}
		d.Month, d.Precision = n[1], dossier.PrecisionMonth
	}
	if len(parts) == 3 {
		last := time.Date(n[0], time.Month(n[1])+1, 0, 0, 0, 0, 0, time.UTC).Day()
		if n[2] < 1 || n[2] > last {
			return dossier.Date{}, false
		}
		d.Day, d.Precision = n[2], dossier.PrecisionDay
	}
	return d, true
}

// plausibleYear rejects years that no publication date has: placeholders like 0001 and typos.
func plausibleYear(y int) bool { return y >= 1800 && y <= 2200 }

// monthNames maps month names, lower case, to month numbers: English (full and abbreviated),
// Azerbaijani, Turkish, Russian (nominative and genitive), and the Gregorian month names used in
// Persian and Arabic news. Solar Hijri and lunar Hijri months are left out on purpose: their
// years fail plausibleYear, and a converted date would need the calendar, not a table.
var monthNames = func() map[string]int {
	m := map[string]int{}
	for _, list := range [][]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"},
		{"ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"},
		{"январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"},
		{"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
		{"ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"},
		{"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
	} {
		for i, name := range list {
			m[name] = i + 1
		}
	}
	m["sept"] = 9
	m["ابريل"] = 4
	m["اغسطس"] = 8
	m["اكتوبر"] = 10
	return m
}()

// parseWordDate reads a date written with a month name: "15 mart 2023-cü il", "16 Mart 2023",
// "15 марта 2023 г.", "۱۵ مارس ۲۰۲۳", "March 15, 2023", "March 2023". Words that only mark a
// year or a day (il, г., года, yılı, the Azerbaijani -ci suffixes) are ignored.
func parseWordDate(s string) (dossier.Date, bool) {
	var day, month, year int
	for _, tok := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == '/' || r == '\u00a0' || r == '،'
	}) {
		if i := strings.IndexByte(tok, '-'); i > 0 && isDigits(tok[:i]) {
			tok = tok[:i] // 2023-cü, 15-i
		}
		switch {
		case isDigits(tok):
			n, err := strconv.Atoi(tok)
			switch {
			case err != nil:
				return dossier.Date{}, false
			case len(tok) == 4 && year == 0:
				year = n
			case len(tok) <= 2 && day == 0 && n >= 1 && n <= 31:
				day = n
			default:
				return dossier.Date{}, false
			}
		case monthNames[tok] != 0 && month == 0:
			month = monthNames[tok]
		case tok == "il" || tok == "ildə" || tok == "г" || tok == "года" || tok == "год" || tok == "yılı" || tok == "yil" || tok == "م":
		default:
			return dossier.Date{}, false
		}
	}
	if year == 0 || month == 0 || !plausibleYear(year) {
		return dossier.Date{}, false
	}
	if day == 0 {
		return dossier.Date{Year: year, Month: month, Precision: dossier.PrecisionMonth}, true
	}
	return makeDate([]string{strconv.Itoa(year), strconv.Itoa(month), strconv.Itoa(day)})
}

func isDigits(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return t != ""
}

// asciiDigits turns Arabic-Indic and Persian digits into ASCII ones.
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return (r >= 0x0660 && r <= 0x0669) || (r >= 0x06F0 && r <= 0x06F9) }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0x0660 && r <= 0x0669:
			return '0' + r - 0x0660
		case r >= 0x06F0 && r <= 0x06F9:
			return '0' + r - 0x06F0
		}
		return r
	}, s)
}
