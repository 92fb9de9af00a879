package dossier

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known.
type Precision uint8

// Precisions from coarsest to finest. The zero value means no date.
const (
	PrecisionNone Precision = iota
	PrecisionDecade
	PrecisionYear
	PrecisionSeason // a season or a part of a year: "early 2016", "summer 2018"
	PrecisionMonth
	PrecisionDay
)

var precisionNames = [...]string{"none", "decade", "year", "season", "month", "day"}

// String returns the lower-case name of the precision.
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "invalid"
}

// ParsePrecision is the inverse of Precision.String.
func ParsePrecision(s string) (Precision, error) {
	for i, n := range precisionNames {
		if n == s {
			return Precision(i), nil
		}
	}
	return 0, Errorf(EINVALID, "unknown date precision %q", s)
}

// Date is a calendar date known to some precision: "2016", "early 2016", "October 2021",
// "2018-07-03", "the 2010s". Fields finer than Precision are zero. Part qualifies a year
// ("early", "mid", "late") or names a season ("spring", "summer", "autumn", "winter") when
// Precision is PrecisionSeason. Approximate marks "about", "around" and relative expressions
// whose anchor was itself uncertain.
type Date struct {
	Year        int       `json:"year,omitempty"`
	Month       int       `json:"month,omitempty"`
	Day         int       `json:"day,omitempty"`
	Part        string    `json:"part,omitempty"`
	Precision   Precision `json:"precision"`
	Approximate bool      `json:"approximate,omitempty"`
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Precision == PrecisionNone }

// DateOf returns a day-precision Date for t.
func DateOf(t time.Time) Date {
	return Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Precision: PrecisionDay}
}

// String renders the date in an extended ISO 8601 form: "2016", "201X" for a decade,
// "2016-early" or "2016-summer" for a part of a year, "2016-10", "2016-10-03"; a leading "~"
// marks an approximate date. ParseDate reads it back.
func (d Date) String() string {
	var s string
	switch d.Precision {
	case PrecisionNone:
		return ""
	case PrecisionDecade:
		s = fmt.Sprintf("%03dX", d.Year/10)
	case PrecisionYear:
		s = fmt.Sprintf("%04d", d.Year)
	case PrecisionSeason:
		s = fmt.Sprintf("%04d-%s", d.Year, d.Part)
	case PrecisionMonth:
		s = fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecisionDay:
		s = fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	if d.Approximate {
		s = "~" + s
	}
	return s
}

// Human renders the date for people: "early 2016", "October 2021", "3 July 2018", "the 2010s".
func (d Date) Human() string {
	var s string
	switch d.Precision {
	case PrecisionNone:
		return "undated"
	case PrecisionDecade:
		s = fmt.Sprintf("the %ds", d.Year/10*10)
	case PrecisionYear:
		s = strconv.Itoa(d.Year)
	case PrecisionSeason:
		s = d.Part + " " + strconv.Itoa(d.Year)
	case PrecisionMonth:
		s = time.Month(d.Month).String() + " " + strconv.Itoa(d.Year)
	case PrecisionDay:
		s = fmt.Sprintf("%d %s %d", d.Day, time.Month(d.Month), d.Year)
	}
	if d.Approximate {
		s = "about " + s
	}
	return s
}

// datePartMonths gives the first and last month covered by each part of a year.
var datePartMonths = map[string][2]int{
	"early": {1, 4}, "mid": {5, 8}, "late": {9, 12},
	"spring": {3, 5}, "summer": {6, 8}, "autumn": {9, 11}, "winter": {12, 14}, // winter runs into the next year
	"h1": {1, 6}, "h2": {7, 12}, "q1": {1, 3}, "q2": {4, 6}, "q3": {7, 9}, "q4": {10, 12},
}

// ParseDate reads the form written by Date.String. The empty string is the zero Date.
func ParseDate(s string) (Date, error) {
	var d Date
	orig := s
	if s == "" {
		return d, nil
	}
	if strings.HasPrefix(s, "~") {
		d.Approximate, s = true, s[1:]
	}
	bad := func() (Date, error) { return Date{}, Errorf(EINVALID, "invalid date %q", orig) }
	parts := strings.Split(s, "-")
	if len(parts[0]) != 4 {
		return bad()
	}
	if strings.HasSuffix(parts[0], "X") {
		n, err := strconv.Atoi(parts[0][:3])
		if err != nil || len(parts) != 1 {
			return bad()
		}
		d.Year, d.Precision = n*10, PrecisionDecade
		return d, nil
	}
	y, err := strconv.Atoi(parts[0])
	if err != nil {
		return bad()
	}
	d.Year, d.Precision = y, PrecisionYear
	if len(parts) == 1 {
		return d, nil
	}
	if _, ok := datePartMonths[parts[1]]; ok && len(parts) == 2 {
		d.Part, d.Precision = parts[1], PrecisionSeason
		return d, nil
	}
	m, err := strconv.Atoi(parts[1])
	if err != nil || m < 1 || m > 12 || len(parts[1]) != 2 {
		return bad()
	}
	d.Month, d.Precision = m, PrecisionMonth
	if len(parts) == 2 {
		return d, nil
	}
	day, err := strconv.Atoi(parts[2])
	if err != nil || len(parts) != 3 || day < 1 || day > daysIn(y, m) {
		return bad()
	}
	d.Day, d.Precision = day, PrecisionDay
	return d, nil
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Range returns the first and last day the date may denote, inclusive. A zero Date returns
// ok=false. Approximate dates widen by a year at year precision or coarser, by a month otherwise.
func (d Date) Range() (first, last time.Time, ok bool) {
	day := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	switch d.Precision {
	case PrecisionNone:
		return first, last, false
	case PrecisionDecade:
		first, last = day(d.Year/10*10, 1, 1), day(d.Year/10*10+9, 12, 31)
	case PrecisionYear:
		first, last = day(d.Year, 1, 1), day(d.Year, 12, 31)
	case PrecisionSeason:
		r, ok := datePartMonths[d.Part]
		if !ok {
			r = [2]int{1, 12}
		}
		first, last = day(d.Year, r[0], 1), day(d.Year, r[1]+1, 0)
	case PrecisionMonth:
		first, last = day(d.Year, d.Month, 1), day(d.Year, d.Month+1, 0)
	case PrecisionDay:
		first = day(d.Year, d.Month, d.Day)
		last = first
	}
	if d.Approximate {
		if d.Precision <= PrecisionYear {
			first, last = first.AddDate(-1, 0, 0), last.AddDate(1, 0, 0)
		} else {
			first, last = first.AddDate(0, -1, 0), last.AddDate(0, 1, 0)
		}
	}
	return first, last, true
}

// Overlaps reports whether two dates may denote a common day. Unknown dates overlap everything.
func (d Date) Overlaps(o Date) bool {
	a0, a1, ok1 := d.Range()
	b0, b1, ok2 := o.Range()
	if !ok1 || !ok2 {
		return true
	}
	return !a1.Before(b0) && !b1.Before(a0)
}
