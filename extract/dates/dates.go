// Package dates finds absolute, partial and relative date expressions in English,
// Azerbaijani, Turkish, Russian, Persian and Arabic text and resolves them to dossier.Date
// values with their precision.
//
// Find is pure and safe on hostile input: it never panics, its work is linear in the length
// of the text (a tokenizer, then a bounded look-around at each token), and every span is in
// code points, end exclusive.
//
// Rules worth knowing:
//
//   - A bare four-digit number is a year only between 1900 and 2100 and only with a cue: a
//     word before it ("in", "since", "by", "the", "в", "سال", "عام" ...), a part of a year
//     ("early", "в начале"), a year suffix after it ("2018-ci", "2016'da", "2016 году",
//     "2016 yılında", "2021م"), a month name, or a range ("2016–2018"). Numbers after "Vol.",
//     "No.", "p." and the like, numbers next to other numbers (phone numbers, "2,000"),
//     numbers of other lengths, and numbers between a weak cue and a count noun ("a force of
//     2000 fighters", "около 2000 человек") are never years.
//   - Numeric dates: "2021-10-03" (ISO), and day-first "03.10.2021", "3/10/2021". When one of the
//     first two numbers is above 12 the unambiguous reading wins ("10/13/2021" is 13 October);
//     when both are 12 or less the date is read day first, as every language handled here
//     except American English writes it. In Persian text a numeric date with a year that
//     cannot be Gregorian is Solar Hijri ("۱۴۰۰/۰۷/۰۳"); a calendar marker after a numeric
//     date ("1442/09/01 هـ") names its calendar.
//   - Ranges set End: "2016–2018", "2016-18", "from 2014 to 2016", "between 2014 and 2016",
//     "с 2014 по 2016 год", "2014 ve 2016 yılları arasında", "3–5 October 2021",
//     "October–December 2021", and any two absolute dates joined by a dash or "to"/"until"/
//     "по"/"تا"/"إلى" when the second is later.
//   - Decades ("the 2010s", "2010-cu illərdə", "в 2010-х годах", "2010'lu yıllarda") have
//     PrecisionDecade; a part written with a decade ("the early 2000s") is dropped, and
//     centuries ("the 19th century") are not found, as dossier.Date has no such precision.
//   - Solar Hijri dates ("۳ مهر ۱۴۰۰") convert exactly; a Solar Hijri month or year, which
//     straddles two Gregorian months or years, becomes the Gregorian month holding its 15th
//     day, or the Gregorian year in which it begins, marked Approximate. Lunar Hijri dates
//     ("1443 هـ", "3 رمضان 1442") use the tabular calendar (see calendar.go) and are always
//     Approximate; a Hijri year becomes the Gregorian year of its middle (1 Rajab). A bare
//     year between 1250 and 1480 is read as Solar Hijri only in Persian text or after "سال".
//   - Relative expressions are resolved against the anchor (the publication date) —
//     "last year", "two years ago", "ötən il", "в прошлом году", "پارسال", "قبل عامين" — except
//     "N years earlier/later", "the following year", "in the same year" and their equivalents
//     ("за два года до этого", "قبل ذلك بعامين", "دو سال پیش از آن", "N il sonra"), which
//     count from the previous absolute date found in the same paragraph (falling back to
//     the anchor for "earlier/later"; "the same year" without such a date stays unresolved).
//     A result is never finer than its base: "last month" against an anchor known to the year
//     gives that year, approximate. With a zero anchor the expression is returned with a zero
//     Date and Relative set. A day and month without a year ("3 October", "July 30") take the
//     anchor's year — the year before when that would put them more than 60 days after the
//     anchor ("December 28" in a text of 5 January) — and are marked Relative.
//   - Spans cover the words that carry the date — qualifiers ("about", "early"), day, month,
//     year, and the language's year words and suffixes ("2018-ci ildə", "2016 году") — but not
//     a leading preposition ("in 2018" gives "2018"), except in fixed relative idioms
//     ("в прошлом году", "في العام نفسه") and in ranges, which start at "from"/"between".
package dates

import (
	"strings"
	"sync"
	"time"

	"github.com/dossier-osint/dossier"
)

// Expr is one date expression found in a text. Span is in code points and Text is the text it
// covers. End is set for ranges only. Relative marks expressions resolved against the anchor or
// an earlier date (their Date is zero when that base is unknown). Lang is Find's lang argument
// or, when that is empty, the language of the words that matched ("" for digits alone).
type Expr struct {
	Span     dossier.Span `json:"span"`
	Text     string       `json:"text"`
	Date     dossier.Date `json:"date"`
	End      dossier.Date `json:"end,omitzero"` // the end of a range ("2016–2018"), else zero
	Relative bool         `json:"relative,omitempty"`
	Lang     string       `json:"lang,omitempty"`
}

type match struct {
	first, last int // token indices, inclusive
	date, end   dossier.Date
	relative    bool
	rel         *relSpec // set for relative phrases, resolved after the scan
	lang        string

	noYearMonth, noYearDay int // a Gregorian day and month written without a year
}

type finder struct {
	ts     []token
	lang   string
	anchor dossier.Date
}

// Find returns the date expressions of text in order of position. lang is the text's language
// ("en", "az", "tr", "ru", "fa", "ar", or "" when unknown); words of every language are
// recognised whatever lang says, which only settles ambiguities (Persian bare years, "yaz").
// anchor is the publication date of the text, possibly zero. Find is safe for concurrent use.
func Find(text, lang string, anchor dossier.Date) []Expr {
	buf := tokenPool.Get().(*[]token)
	defer func() {
		if cap(*buf) <= 1<<16 {
			clear(*buf) // drop references to text
			tokenPool.Put(buf)
		}
	}()
	*buf = tokenizeInto((*buf)[:0], text)
	f := &finder{ts: *buf, lang: lang, anchor: anchor}
	var ms []match
	floor := 0
	for i := 0; i < len(f.ts); {
		m, ok := f.best(i)
		if !ok {
			i++
			continue
		}
		m = f.extendLeft(m, floor)
		ms = append(ms, m)
		floor = m.last + 1
		i = m.last + 1
	}
	ms = f.mergeRanges(ms)
	out := make([]Expr, 0, len(ms))
	var prev dossier.Date // the previous absolute date of the paragraph
	for k, m := range ms {
		if k > 0 && f.paraBreak(ms[k-1].last, m.first) {
			prev = dossier.Date{}
		}
		if m.rel != nil {
			switch m.rel.ref {
			case 'a':
				m.date = resolve(anchor, *m.rel)
			case 'p':
				base := prev
				if base.IsZero() {
					base = anchor
				}
				m.date = resolve(base, *m.rel)
			case 's':
				m.date = resolve(prev, *m.rel)
			}
		} else if !m.relative && !m.date.IsZero() {
			prev = m.date
			if !m.end.IsZero() {
				prev = m.end
			}
		}
		lg := f.lang
		if lg == "" {
			lg = m.lang
		}
		a, b := f.ts[m.first], f.ts[m.last]
		out = append(out, Expr{Span: dossier.Span{Start: a.start, End: b.end}, Text: text[a.bstart:b.bend], Date: m.date, End: m.end, Relative: m.relative, Lang: lg})
	}
	return out
}

// mergeRanges joins two absolute expressions written as a range: "from October 2021 to
// March 2022", "3 May 2019 – 4 June 2020", "between 2014 and 2016" (the last is also found
// by year itself).
func (f *finder) mergeRanges(ms []match) []match {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		a := ms[k]
		if k+1 < len(ms) {
			b := ms[k+1]
			if a.rel == nil && b.rel == nil && !a.relative && !b.relative && a.end.IsZero() && b.end.IsZero() &&
				!a.date.IsZero() && !b.date.IsZero() && b.first == a.last+2 && !f.ts[b.first].para && f.rangeJoin(a, a.last+1) {
				if a0, _, ok1 := a.date.Range(); ok1 {
					if b0, _, ok2 := b.date.Range(); ok2 && b0.After(a0) {
						floor := 0
						if len(out) > 0 {
							floor = out[len(out)-1].last + 1
						}
						if a.first-1 >= floor && inSet("rangeOpen", f.word(a.first-1)) {
							a.first--
						}
						a.last, a.end = b.last, b.date
						out = append(out, a)
						k++
						continue
					}
				}
			}
		}
		out = append(out, a)
	}
	return out
}

// rangeJoin reports whether token j joins the two ends of a range that starts with a.
func (f *finder) rangeJoin(a match, j int) bool {
	t := f.ts[j]
	if t.kind == tPunct {
		return isDash(t.s)
	}
	w := f.word(j)
	if !inSet("rangeJoin", w) {
		return false
	}
	if w == "and" || w == "و" || w == "и" {
		return inSet("rangeOpen", f.word(a.first-1))
	}
	return true
}

func (f *finder) paraBreak(a, b int) bool {
	for i := a + 1; i <= b && i < len(f.ts); i++ {
		if f.ts[i].para {
			return true
		}
	}
	return false
}

// tokenPool recycles token slices between calls of Find.
var tokenPool = sync.Pool{New: func() any { s := make([]token, 0, 1024); return &s }}

// triggers holds the folded words that may start an expression: month names, the first
// words of relative phrases and counts. It is filled by init in lexicon.go.
var triggers = map[string]uint8{}

// Trigger bits.
const (
	trigMonth uint8 = 1 << iota
	trigRelative
)

// maybeMonth reports whether w may be a month name with an ending that triggers does not
// list: Turkic case endings ("oktyabrında") and Persian "مهرماه".
func (f *finder) maybeMonth(w string) bool {
	if f.lang != "en" && f.lang != "ru" && f.lang != "ar" && len(w) >= 4 && turkicMonthPrefix[w[:3]] {
		return true
	}
	return len(w) > 0 && w[len(w)-1] == "ماه"[len("ماه")-1] && strings.HasSuffix(w, "ماه")
}

// best returns the longest expression starting at token i.
func (f *finder) best(i int) (match, bool) {
	var best match
	found := false
	try := func(m match, ok bool) {
		if ok && (!found || m.last > best.last) {
			best, found = m, true
		}
	}
	t := f.ts[i]
	switch t.kind {
	case tNum:
		try(f.numeric(i))
		try(f.dayMonth(i))
		try(f.year(i))
		try(f.relative(i))
	case tWord:
		// Most words start nothing: one look-up settles it.
		tr := triggers[t.s]
		if tr&trigMonth != 0 || tr == 0 && f.maybeMonth(t.s) {
			try(f.monthFirst(i))
		}
		if tr&trigRelative != 0 {
			try(f.relative(i))
		}
	}
	return best, found
}

func (f *finder) word(i int) string {
	if i < 0 || i >= len(f.ts) || f.ts[i].kind != tWord {
		return ""
	}
	return f.ts[i].s
}

func (f *finder) punct(i int, s string) bool {
	return i >= 0 && i < len(f.ts) && f.ts[i].kind == tPunct && f.ts[i].s == s
}

func (f *finder) num(i int) (token, bool) {
	if i < 0 || i >= len(f.ts) || f.ts[i].kind != tNum {
		return token{}, false
	}
	return f.ts[i], true
}

// glued reports whether tokens i and i+1 are both present and touch.
func (f *finder) glued(i int) bool { return i >= 0 && adjacent(f.ts, i) }

// numberNeighbour reports whether the number run first..last touches other digits through
// punctuation ("2,000", "1.2021.5") or stands among other numbers separated by spaces (phone
// numbers).
func (f *finder) numberNeighbour(first, last int) bool {
	return f.leftNeighbour(first) || f.rightNeighbour(last, false)
}

func (f *finder) leftNeighbour(first int) bool {
	ts := f.ts
	if first >= 2 && !ts[first].space && ts[first-1].kind == tPunct && !ts[first-1].space && ts[first-2].kind == tNum {
		if s := ts[first-1].s; s == "," || s == "." || s == "/" || s == ":" || isDash(s) {
			return true
		}
	}
	if first >= 1 && !ts[first].space && ts[first-1].kind == tNum {
		return true
	}
	return first >= 1 && ts[first-1].kind == tNum && f.lineGap(first-1, first)
}

// rightNeighbour is the right half of numberNeighbour; allowDash lets "2016-18" through.
func (f *finder) rightNeighbour(last int, allowDash bool) bool {
	ts := f.ts
	if last+2 < len(ts) && adjacent(ts, last) && ts[last+1].kind == tPunct && adjacent(ts, last+1) && ts[last+2].kind == tNum {
		if s := ts[last+1].s; s == "," || s == "." || s == "/" || s == ":" || (isDash(s) && !allowDash) {
			return true
		}
	}
	return last+1 < len(ts) && ts[last+1].kind == tNum && f.lineGap(last, last+1)
}

// lineGap reports whether tokens a and a+1 are separated only by spaces on one line.
func (f *finder) lineGap(a, b int) bool {
	return f.ts[b].space && !f.ts[b].para && f.ts[b].start-f.ts[a].end <= 2
}

// numeric matches "2021-10-03", "03.10.2021" and "3/10/2021".
func (f *finder) numeric(i int) (m match, ok bool) {
	ts := f.ts
	if i+4 >= len(ts) {
		return m, false
	}
	a, b, c := ts[i], ts[i+2], ts[i+4]
	sep := ts[i+1]
	if b.kind != tNum || c.kind != tNum || sep.kind != tPunct || ts[i+3].kind != tPunct || ts[i+3].s != sep.s {
		return m, false
	}
	if sep.s != "-" && sep.s != "." && sep.s != "/" {
		return m, false
	}
	for k := i; k < i+4; k++ {
		if !adjacent(ts, k) {
			return m, false
		}
	}
	if f.numberNeighbour(i, i+4) {
		return m, false
	}
	var y, mo, d int
	switch {
	case a.digits == 4 && b.digits <= 2 && c.digits <= 2:
		y, mo, d = a.val, b.val, c.val
	case a.digits <= 2 && b.digits <= 2 && c.digits == 4:
		y = c.val
		switch {
		case a.val > 12 && b.val <= 12:
			d, mo = a.val, b.val
		case b.val > 12 && a.val <= 12:
			mo, d = a.val, b.val
		default:
			d, mo = a.val, b.val
		}
	default:
		return m, false
	}
	// The calendar: a marker after the date ("1443/3/5 هـ", "۱۴۰۰/۷/۳ ه.ش"), else Gregorian,
	// else Solar Hijri in Persian text ("۱۴۰۰/۰۷/۰۳").
	last := i + 4
	cal := gregorian
	l, mcal, _, marker := f.yearSuffix(last)
	switch {
	case marker:
		cal = mcal
	case !plausibleYear(gregorian, y) && f.lang == "fa":
		cal = solarHijri
	}
	if !plausibleYear(cal, y) {
		return m, false
	}
	t, ok := toGregorian(cal, y, mo, d)
	if !ok {
		return m, false
	}
	if l > last {
		last = l
	}
	dt := dossier.DateOf(t)
	dt.Approximate = cal == lunarHijri
	return match{first: i, last: last, date: dt}, true
}

// day reads a day of the month at i with an ordinal ending or full stop; it returns the last
// token used.
func (f *finder) day(i int) (d, last int, ok bool) {
	t, ok := f.num(i)
	if !ok || t.digits > 2 || t.val < 1 || t.val > 31 {
		return 0, 0, false
	}
	last = i
	if f.glued(last) && inSet("ordinal", f.word(last+1)) {
		last++
	} else if f.glued(last) && f.punct(last+1, "-") && f.glued(last+1) && inSet("ordinal", f.word(last+2)) {
		last += 2
	}
	return t.val, last, true
}

// dayMonth matches "3 October 2021", "3 oktyabr 2021-ci il", "3 октября 2021 г.", "۳ مهر ۱۴۰۰",
// "3 أكتوبر 2021" and, without a year, "3 October".
func (f *finder) dayMonth(i int) (m match, ok bool) {
	d, last, ok := f.day(i)
	if !ok {
		return m, false
	}
	if !f.glued(i-1) && i > 0 && f.ts[i-1].kind == tNum {
		return m, false
	}
	// A range of days: "3–5 October 2021".
	d2 := 0
	if last+1 < len(f.ts) && f.ts[last+1].kind == tPunct && isDash(f.ts[last+1].s) {
		if dd, dl, ok := f.day(last + 2); ok && dd > d {
			d2, last = dd, dl
		}
	}
	j := last + 1
	if f.punct(j, ".") && f.glued(last) {
		j++
	}
	if w := f.word(j); w == "of" || w == "من" {
		j++
	}
	e, mlast, ok := f.monthAt(j)
	if !ok {
		return m, false
	}
	k := mlast + 1
	if f.punct(k, ",") {
		k++
	}
	if yt, ok := f.num(k); ok && yt.digits == 4 {
		cal, ylast := e.cal, k
		if l, _, _, _ := f.yearSuffix(k); l > k {
			ylast = l
		}
		if plausibleYear(cal, yt.val) && !f.numberNeighbour(k, k) {
			t, ok := toGregorian(cal, yt.val, e.month, d)
			if !ok {
				return m, false
			}
			dt := dossier.DateOf(t)
			dt.Approximate = cal == lunarHijri
			m = match{first: i, last: ylast, date: dt, lang: e.lang}
			if d2 > 0 {
				t2, ok := toGregorian(cal, yt.val, e.month, d2)
				if !ok {
					return match{}, false
				}
				m.end = dossier.DateOf(t2)
				m.end.Approximate = dt.Approximate
			}
			return m, true
		}
	}
	// No year: the anchor's.
	if d2 > 0 {
		return m, false
	}
	return f.noYear(i, mlast, e, d), true
}

func (f *finder) noYear(first, last int, e monthEntry, d int) match {
	m := match{first: first, last: last, relative: true, lang: e.lang}
	if e.cal == gregorian {
		m.noYearMonth, m.noYearDay = e.month, d
	}
	if f.anchor.IsZero() || e.cal != gregorian {
		return m
	}
	t, ok := toGregorian(gregorian, f.anchor.Year, e.month, d)
	if !ok {
		return m
	}
	// "on December 28" in a text of 5 January means the December before.
	if f.anchor.Precision >= dossier.PrecisionMonth {
		ad := f.anchor.Day
		if ad == 0 {
			ad = 1
		}
		if a, ok := toGregorian(gregorian, f.anchor.Year, f.anchor.Month, ad); ok && t.Sub(a) > 60*24*time.Hour {
			if t2, ok := toGregorian(gregorian, f.anchor.Year-1, e.month, d); ok {
				t = t2
			}
		}
	}
	m.date = dossier.DateOf(t)
	m.date.Approximate = f.anchor.Approximate || f.anchor.Precision == dossier.PrecisionDecade
	return m
}

// monthFirst matches "October 3, 2021", "October 2021", "Oktyabr 2021", "в октябре 2021 года",
// "Ekim 2021'de", "مهر ۱۴۰۰", "أكتوبر 2021" and "July 30".
func (f *finder) monthFirst(i int) (m match, ok bool) {
	e, mlast, ok := f.monthAt(i)
	if !ok {
		return m, false
	}
	j := mlast + 1
	// Month, day, year.
	if d, dlast, ok := f.day(j); ok && f.ts[j].space {
		k := dlast + 1
		if f.punct(k, ",") {
			k++
		}
		if yt, ok := f.num(k); ok && yt.digits == 4 && plausibleYear(e.cal, yt.val) && !f.numberNeighbour(k, k) {
			ylast := k
			if l, _, _, _ := f.yearSuffix(k); l > k {
				ylast = l
			}
			if t, ok := toGregorian(e.cal, yt.val, e.month, d); ok {
				dt := dossier.DateOf(t)
				dt.Approximate = e.cal == lunarHijri
				return match{first: i, last: ylast, date: dt, lang: e.lang}, true
			}
			return m, false
		}
		if f.numberNeighbour(j, dlast) || e.abbr && !f.ts[i].upper {
			return m, false
		}
		return f.noYear(i, dlast, e, d), true
	}
	// Month to month, year: "October–December 2021", "from March to May 2020".
	var e2 monthEntry
	if j < len(f.ts) && (f.ts[j].kind == tPunct && isDash(f.ts[j].s) || inSet("rangeJoin", f.word(j)) && f.word(j) != "and") {
		if x, l2, ok := f.monthAt(j + 1); ok && x.cal == e.cal {
			if yt, ok := f.num(l2 + 1); ok && yt.digits == 4 {
				e2, j = x, l2+1
			}
		}
	}
	// Month, year.
	if f.punct(j, ",") || f.word(j) == "of" {
		j++
	}
	yt, ok := f.num(j)
	if !ok || yt.digits != 4 || !plausibleYear(e.cal, yt.val) || f.numberNeighbour(j, j) {
		return m, false
	}
	last := j
	if l, _, _, _ := f.yearSuffix(j); l > j {
		last = l
	}
	m = match{first: i, last: last, date: monthDate(e.cal, yt.val, e.month), lang: e.lang}
	if e2.month > 0 {
		y1 := yt.val
		if e2.month < e.month {
			y1-- // "November–February 2021"
		}
		m.date = monthDate(e.cal, y1, e.month)
		m.end = monthDate(e.cal, yt.val, e2.month)
		if m.date.IsZero() || m.end.IsZero() {
			return match{}, false
		}
	}
	return m, true
}

// monthDate is a month of any calendar as a Gregorian month (see the package comment).
func monthDate(cal calendar, y, mo int) dossier.Date {
	if cal == gregorian {
		return dossier.Date{Year: y, Month: mo, Precision: dossier.PrecisionMonth}
	}
	t, ok := toGregorian(cal, y, mo, 15)
	if !ok {
		return dossier.Date{}
	}
	return dossier.Date{Year: t.Year(), Month: int(t.Month()), Precision: dossier.PrecisionMonth, Approximate: true}
}

// twoWordMonthStart holds the first words of two-word month names ("تشرين الأول").
// It is filled by init in lexicon.go, after monthTable.
var twoWordMonthStart = map[string]bool{}

// monthAt reads a month name at token i: one or two words, an abbreviation with its full stop,
// a Turkic case ending, Persian "ماه" and an Arabic alternative after a slash
// ("أكتوبر/تشرين الأول").
func (f *finder) monthAt(i int) (e monthEntry, last int, ok bool) {
	e, last, ok = f.monthName(i)
	if !ok {
		return e, 0, false
	}
	if f.word(last+1) == "ماه" {
		last++
	}
	if f.punct(last+1, "/") {
		if e2, l2, ok := f.monthName(last + 2); ok && e2.month == e.month {
			last = l2
		}
	}
	return e, last, true
}

func (f *finder) monthName(i int) (e monthEntry, last int, ok bool) {
	w := f.word(i)
	if w == "" {
		return e, 0, false
	}
	pick := func(es []monthEntry) monthEntry {
		for _, x := range es {
			if x.lang == f.lang {
				return x
			}
		}
		return es[0]
	}
	if w2 := f.word(i + 1); w2 != "" && twoWordMonthStart[w] {
		if es, ok := monthTable[w+" "+w2]; ok {
			return pick(es), i + 1, true
		}
	}
	if es, ok := monthTable[w]; ok {
		e = pick(es)
		if e.lang == "en" && (f.lang == "en" || e.abbr) && !f.ts[i].upper {
			return e, 0, false // "may" the verb, "mar" the verb
		}
		last = i
		if e.abbr && f.punct(i+1, ".") && f.glued(i) {
			last++
		}
		return e, last, true
	}
	if strings.HasSuffix(w, "ماه") {
		if es, ok := monthTable[strings.TrimSuffix(w, "ماه")]; ok {
			return pick(es), i, true
		}
	}
	// Azerbaijani and Turkish month names with case endings: the longest stem wins.
	if len(w) < 4 || !turkicMonthPrefix[w[:3]] {
		return e, 0, false
	}
	bestLen := 0
	for _, tm := range turkicMonths {
		if len(tm.stem) > bestLen && len(w) > len(tm.stem) && strings.HasPrefix(w, tm.stem) && turkicSuffixOK(w[len(tm.stem):]) {
			e, bestLen = tm.e, len(tm.stem)
		}
	}
	if bestLen > 0 {
		return e, i, true
	}
	return e, 0, false
}

// yearSuffix reads what may follow a year number at i: Azerbaijani "-ci il(də)", Russian
// "году"/"г.", Turkish "'da"/"yılında", Arabic and Persian calendar markers, and decade endings.
// It returns the last token used, the calendar a marker names, whether the suffix makes a
// decade, and whether a calendar marker was present.
func (f *finder) yearSuffix(i int) (last int, cal calendar, decade, marker bool) {
	last = i
	ts := f.ts
	w := func(k int) string { return f.word(k) }
	switch {
	case f.glued(i) && w(i+1) == "s": // 2010s
		return i + 1, gregorian, true, false
	case f.glued(i) && i+2 < len(ts) && isApostrophe(ts[i+1].s) && ts[i+1].kind == tPunct && f.glued(i+1) && w(i+2) == "s": // 1990's
		return i + 2, gregorian, true, false
	case f.glued(i) && i+1 < len(ts) && isDash(ts[i+1].s) && f.glued(i+1) && inSet("azYearSuffix", w(i+2)):
		last = i + 2
		if inSet("turkicDecadeWord", w(last+1)) {
			return last + 1, gregorian, true, false
		}
		if inSet("turkicYearWord", w(last+1)) {
			last++
		}
		return last, gregorian, false, false
	case f.glued(i) && i+1 < len(ts) && isDash(ts[i+1].s) && f.glued(i+1) && (w(i+2) == "х" || w(i+2) == "е" || w(i+2) == "ых" || w(i+2) == "ые"):
		last = i + 2
		if inSet("ruDecadeWord", w(last+1)) {
			last++
			if f.punct(last+1, ".") && f.glued(last) {
				last++
			}
		}
		return last, gregorian, true, false
	case f.glued(i) && i+1 < len(ts) && isApostrophe(ts[i+1].s) && ts[i+1].kind == tPunct && f.glued(i+1) && inSet("trDecadeEnding", w(i+2)):
		last = i + 2
		if inSet("turkicDecadeWord", w(last+1)) {
			last++
		}
		return last, gregorian, true, false
	case f.glued(i) && i+1 < len(ts) && isApostrophe(ts[i+1].s) && ts[i+1].kind == tPunct && f.glued(i+1) && inSet("trYearEnding", w(i+2)):
		return i + 2, gregorian, false, false
	case f.glued(i) && i+1 < len(ts) && isDash(ts[i+1].s) && f.glued(i+1) && (w(i+2) == "м" || w(i+2) == "го" || w(i+2) == "ого" || w(i+2) == "и"):
		// "2014-м году", "2014-го года" ("й" folds to "и")
		last = i + 2
		if inSet("ruYearWord", w(last+1)) {
			last++
		}
		return last, gregorian, false, false
	case inSet("ruYearWord", w(i+1)):
		last = i + 1
		if (w(last) == "г" || w(last) == "гг") && f.punct(last+1, ".") && f.glued(last) {
			last++
		}
		return last, gregorian, false, false
	case inSet("turkicYearWord", w(i+1)):
		return i + 1, gregorian, false, false
	case inSet("turkicDecadeWord", w(i+1)):
		return i + 1, gregorian, true, false
	}
	// Calendar markers: "2021م", "1443 هـ", "۱۴۰۰ ه.ش", "1400 هجری شمسی".
	a := w(i + 1)
	if a == "" {
		return i, gregorian, false, false
	}
	two := ""
	if b := w(i + 2); b != "" {
		two = a + " " + b
	} else if f.punct(i+2, ".") && f.glued(i+1) && f.glued(i+2) && w(i+3) != "" {
		two = a + " " + w(i+3)
		if inSet("solarMarker", two) {
			return i + 3, solarHijri, false, true
		}
		if inSet("lunarMarker", two) {
			return i + 3, lunarHijri, false, true
		}
		two = ""
	}
	switch {
	case two != "" && inSet("solarMarker", two):
		return i + 2, solarHijri, false, true
	case two != "" && inSet("lunarMarker", two):
		return i + 2, lunarHijri, false, true
	case inSet("gregMarker", a):
		return i + 1, gregorian, false, true
	case inSet("solarMarker", a):
		return i + 1, solarHijri, false, true
	case inSet("lunarMarker", a):
		last = i + 1
		if f.punct(last+1, ".") && f.glued(last) {
			last++
		}
		return last, lunarHijri, false, true
	}
	return i, gregorian, false, false
}

// year matches a year with its cue or suffix, decades, calendar years and year ranges.
func (f *finder) year(i int) (m match, ok bool) {
	t := f.ts[i]
	if t.digits != 4 || f.leftNeighbour(i) || f.rightNeighbour(i, true) {
		return m, false
	}
	// Short words ("p", "с", "no") only count with their full stop: "с 2014" is "since 2014".
	if w := f.word(i - 1); inSet("notYear", w) && len([]rune(w)) > 2 || (f.punct(i-1, ".") && inSet("notYear", f.word(i-2))) || f.punct(i-1, "#") || f.punct(i-1, "№") || f.punct(i-1, "[") {
		return m, false
	}
	last, cal, decade, marker := f.yearSuffix(i)
	hasSuffix := last > i
	prev := f.word(i - 1)
	if !marker {
		switch {
		case plausibleYear(gregorian, t.val):
			cal = gregorian
		case plausibleYear(solarHijri, t.val) && (f.lang == "fa" || prev == "سال"):
			cal = solarHijri
		default:
			return m, false
		}
	}
	if !plausibleYear(cal, t.val) {
		return m, false
	}
	// Post parts (Azerbaijani, Turkish): "2016-cı ilin əvvəlində", "2016 yılının sonunda".
	part := ""
	if p, l := f.postPart(last + 1); p != "" {
		part, last = p, l
	}
	// A month after the year: "2021-ci ilin oktyabrında", "2021 yılının Ekim ayında".
	monthLater := false
	if part == "" && hasSuffix && !decade {
		if e, ml, ok := f.monthAt(last + 1); ok && e.cal == gregorian {
			last = ml
			if w := f.word(last + 1); w == "ayinda" || w == "ayi" || w == "ayinin" {
				last++
			}
			m = match{first: i, last: last, date: dossier.Date{Year: t.val, Month: e.month, Precision: dossier.PrecisionMonth}, lang: e.lang}
			// And a day: "2021-ci il oktyabrın 3-də".
			if d, dl, ok := f.day(last + 1); ok && !f.rightNeighbour(last+1, false) {
				if tm, ok := toGregorian(gregorian, t.val, e.month, d); ok {
					if f.glued(dl) && f.punct(dl+1, "-") && f.glued(dl+1) && f.word(dl+2) != "" {
						dl += 2 // "3-də", "3-ü"
					}
					m.last, m.date = dl, dossier.DateOf(tm)
				}
			}
			monthLater = true
		} else if dm, ok := f.dayMonth(last + 1); ok && dm.relative && dm.noYearMonth > 0 {
			// "2021-ci il 3 oktyabr": a day and month without a year after the year.
			if tm, ok := toGregorian(gregorian, t.val, dm.noYearMonth, dm.noYearDay); ok {
				m = match{first: i, last: dm.last, date: dossier.DateOf(tm), lang: dm.lang}
				monthLater = true
			}
		}
	}
	if monthLater {
		return m, true
	}
	cue := hasSuffix || marker || part != "" || f.yearCue(i) || inSet("approxAfter", f.word(last+1))
	if cue && !hasSuffix && !marker && part == "" && inSet("weakCue", f.word(i-1)) && f.countFollows(i+1) {
		// "a force of 2000 fighters", "about 2000 people", "около 2000 человек".
		cue = false
	}
	// A range: "2016–2018", "2016-18", "from 2014 to 2016", "2014-2016-cı illərdə".
	endYear, endLast := 0, 0
	if !hasSuffix {
		j := i + 1
		join := ""
		if j < len(f.ts) && f.ts[j].kind == tPunct && isDash(f.ts[j].s) {
			join = "-"
		} else if w := f.word(j); inSet("rangeJoin", w) {
			join = w
		}
		if join != "" {
			// "and" joins a range only after "between" ("between 2014 and 2016") or, in
			// Turkish and Azerbaijani, before "arasında" ("2014 ve 2016 yılları arasında").
			if (join == "and" || join == "و" || join == "и" || join == "ve") && !inSet("rangeOpen", f.word(i-1)) && !inSet("rangeOpen", f.word(i-2)) && !f.arasiAfter(j+1) {
				join = ""
			}
		}
		if join != "" {
			k := j + 1
			if w := f.word(k); w == "year" || w == "عام" || w == "سال" {
				k++
			}
			if et, ok := f.num(k); ok && !f.ts[k].para {
				ey := 0
				switch {
				case et.digits == 4 && et.val > t.val && et.val-t.val <= 100 && plausibleYear(cal, et.val):
					ey = et.val
				case et.digits == 2 && join == "-" && f.glued(i) && f.glued(j) && et.val > t.val%100:
					ey = t.val/100*100 + et.val
				}
				if ey > 0 && !f.rightNeighbour(k, false) {
					endYear, endLast = ey, k
					// The suffix of the end year; plural year words ("2016–2018 годах",
					// "2016-2018-ci illərdə") make no decade here.
					if l, _, _, _ := f.yearSuffix(k); l > k {
						endLast = l
						hasSuffix = true
					}
					if w := f.word(endLast + 1); inSet("ruDecadeWord", w) || inSet("turkicDecadeWord", w) {
						endLast++
					}
					if strings.HasPrefix(f.word(endLast+1), "arasi") {
						endLast++
					}
					if p, l := f.postPart(endLast + 1); p != "" && part == "" {
						part, endLast = p, l
					}
					cue = true
				}
			}
		}
	}
	if !cue {
		return m, false
	}
	m = match{first: i, last: last}
	m.date = yearDate(cal, t.val, decade, part)
	if m.date.IsZero() {
		return match{}, false
	}
	if endYear > 0 {
		m.last = endLast
		m.end = yearDate(cal, endYear, decade, "")
	}
	return m, true
}

// countFollows reports whether the word at i counts things: "people", "fighters", "человек",
// "nəfər", "نفر", or, in English, any lower-case plural.
func (f *finder) countFollows(i int) bool {
	w := f.word(i)
	if w == "" {
		return false
	}
	if inSet("countNoun", w) {
		return true
	}
	t := f.ts[i]
	return !t.upper && t.bend-t.bstart == len(w) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// arasiAfter reports whether "arasında" (between) follows the year at i and its year words.
func (f *finder) arasiAfter(i int) bool {
	if _, ok := f.num(i); !ok {
		return false
	}
	for k := i + 1; k <= i+4 && k < len(f.ts); k++ {
		if strings.HasPrefix(f.word(k), "arasi") {
			return true
		}
	}
	return false
}

// yearCue reports whether the word before the year at i makes it a year.
func (f *finder) yearCue(i int) bool {
	w := f.word(i - 1)
	if w == "" {
		// "mid-2019", "(2016)", "2016:" at the start of a line.
		if f.punct(i-1, "-") && f.glued(i-1) && f.word(i-2) == "mid" {
			return true
		}
		return false
	}
	if w == "the" || w == "a" || w == "an" {
		// "the 2020 war": a noun must follow.
		return f.word(i+1) != "" && f.ts[i+1].space
	}
	if inSet("yearCue", w) || inSet("approx", w) || inSet("decadePre", w) {
		return true
	}
	if _, ok := partWords[w]; ok {
		return true
	}
	if ok, _ := f.partBefore(i); ok {
		return true
	}
	// Arabic attached prepositions: "وفي", "بعام".
	return false
}

// partBefore finds a part of a year in the one to three words before token i.
func (f *finder) partBefore(i int) (bool, int) {
	for n := 3; n >= 1; n-- {
		if i-n < 0 {
			continue
		}
		var ws []string
		okAll := true
		for k := i - n; k < i; k++ {
			w := f.word(k)
			if w == "" {
				okAll = false
				break
			}
			ws = append(ws, w)
		}
		if !okAll {
			continue
		}
		if _, ok := partWords[strings.Join(ws, " ")]; ok {
			return true, i - n
		}
	}
	return false, i
}

// postPart reads an Azerbaijani or Turkish part of a year at token i.
func (f *finder) postPart(i int) (string, int) {
	w := f.word(i)
	if w == "" {
		return "", i
	}
	best, bl := "", 0
	for _, p := range postParts {
		if len(p.stem) > bl && strings.HasPrefix(w, p.stem) && postSuffixOK(w[len(p.stem):]) {
			best, bl = p.part, len(p.stem)
		}
	}
	if best == "yaz" {
		best = "summer"
		if f.lang == "az" {
			best = "spring"
		}
	}
	if best == "" {
		return "", i
	}
	return best, i
}

// yearDate converts a year of any calendar (see the package comment).
func yearDate(cal calendar, y int, decade bool, part string) dossier.Date {
	var d dossier.Date
	switch cal {
	case solarHijri:
		d = dossier.Date{Year: y + 621, Precision: dossier.PrecisionYear, Approximate: true}
	case lunarHijri:
		t, ok := lunarToGregorian(y, 7, 1)
		if !ok {
			return d
		}
		d = dossier.Date{Year: t.Year(), Precision: dossier.PrecisionYear, Approximate: true}
	default:
		d = dossier.Date{Year: y, Precision: dossier.PrecisionYear}
	}
	if decade {
		if y%10 != 0 || cal != gregorian {
			return dossier.Date{}
		}
		d.Precision = dossier.PrecisionDecade
		return d
	}
	if part != "" {
		d.Part, d.Precision = part, dossier.PrecisionSeason
	}
	return d
}

// extendLeft takes in the words before a match that belong to it: a part of the year
// ("early", "в начале", "اواخر سال"), "mid-", "the" before a decade, an opening range word, and
// an approximation word ("about", "около", "təxminən"), never reaching back past floor.
func (f *finder) extendLeft(m match, floor int) match {
	if m.rel != nil || m.relative {
		return m
	}
	if m.date.Precision == dossier.PrecisionYear || m.date.Precision == dossier.PrecisionDecade {
		if ok, start := f.partBefore(m.first); ok && start >= floor {
			ws := []string{}
			for k := start; k < m.first; k++ {
				ws = append(ws, f.word(k))
			}
			if m.date.Precision == dossier.PrecisionYear {
				m.date.Part, m.date.Precision = partWords[strings.Join(ws, " ")], dossier.PrecisionSeason
			}
			m.first = start
		} else if m.first-2 >= floor && f.punct(m.first-1, "-") && f.glued(m.first-1) && f.glued(m.first-2) && f.word(m.first-2) == "mid" {
			if m.date.Precision == dossier.PrecisionYear {
				m.date.Part, m.date.Precision = "mid", dossier.PrecisionSeason
			}
			m.first -= 2
		}
	}
	if m.date.Precision == dossier.PrecisionDecade && m.first-1 >= floor {
		if w := f.word(m.first - 1); w == "the" || inSet("decadePre", w) {
			m.first--
		}
	}
	if !m.end.IsZero() && m.first-1 >= floor && inSet("rangeOpen", f.word(m.first-1)) {
		m.first--
	}
	// Approximation words before, and Turkish "civarında" after; "حدود سال ۲۰۱۶" and
	// "around the year 2016" put a year noun in between.
	if w := f.word(m.first - 1); m.first-2 >= floor && yearNouns[w] {
		if a := f.word(m.first - 2); inSet("approx", a) || a == "the" && inSet("approx", f.word(m.first-3)) && m.first-3 >= floor {
			m.first--
			if a == "the" {
				m.first--
			}
		}
	}
	if m.first-1 >= floor {
		w := f.word(m.first - 1)
		if w == "c" || w == "ca" {
			w = "" // "c." needs its full stop
		}
		if f.punct(m.first-1, ".") && m.first-2 >= floor && (f.word(m.first-2) == "c" || f.word(m.first-2) == "ca") {
			m.first -= 2
			m.date.Approximate = true
		} else if w != "" && inSet("approx", w) {
			m.first--
			m.date.Approximate = true
		} else if m.first-2 >= floor && inSet("approx", f.word(m.first-2)+" "+w) {
			m.first -= 2
			m.date.Approximate = true
		}
	}
	if inSet("approxAfter", f.word(m.last+1)) {
		m.last++
		m.date.Approximate = true
	}
	return m
}

var yearNouns = map[string]bool{"year": true, "سال": true, "عام": true, "العام": true, "سنه": true}

// postSuffixOK reports whether rest is a plausible case ending after a part-of-year stem
// ("sonlarında", "əvvəllərində"), so that "sonuçları" (results) is not "late".
func postSuffixOK(rest string) bool {
	if len(rest) > 9 {
		return false
	}
	for _, c := range rest {
		if !strings.ContainsRune("aeiouünndtyslr", c) {
			return false
		}
	}
	return true
}
