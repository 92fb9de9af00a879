package dates

import "time"

// Calendar conversion.
//
// Solar Hijri (Persian) dates are converted exactly with the 33-year break table of the
// jalaali algorithm (Borkowski; valid for years 1–3177 AP), which agrees with the official
// Iranian calendar for the years any source of ours will state.
//
// Lunar Hijri dates are converted with the arithmetic (tabular) Islamic calendar, civil epoch
// (1 Muharram 1 AH = Friday 16 July 622 Julian), leap years 2, 5, 7, 10, 13, 16, 18, 21, 24,
// 26 and 29 of each 30-year cycle. The civil calendars actually in use (Umm al-Qura, or
// sighting of the moon) can differ from it by a day or two, so every lunar Hijri result is
// marked Approximate.

var jalaaliBreaks = [...]int{-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178}

func div(a, b int) int { return a / b } // operands are non-negative where it is used

func mod(a, b int) int { return a - a/b*b }

// jalaaliMarch returns the Gregorian year in which Solar Hijri year jy begins and the day of
// March on which 1 Farvardin falls.
func jalaaliMarch(jy int) (gy, march int, ok bool) {
	bl := len(jalaaliBreaks)
	if jy < 1 || jy >= jalaaliBreaks[bl-1] {
		return 0, 0, false
	}
	gy = jy + 621
	leapJ := -14
	jp := jalaaliBreaks[0]
	jump := 0
	for i := 1; i < bl; i++ {
		jm := jalaaliBreaks[i]
		jump = jm - jp
		if jy < jm {
			break
		}
		leapJ += div(jump, 33)*8 + div(mod(jump, 33), 4)
		jp = jm
	}
	n := jy - jp
	leapJ += div(n, 33)*8 + div(mod(n, 33)+3, 4)
	if mod(jump, 33) == 4 && jump-n == 4 {
		leapJ++
	}
	leapG := div(gy, 4) - div((div(gy, 100)+1)*3, 4) - 150
	march = 20 + leapJ - leapG
	return gy, march, true
}

// solarToGregorian converts a Solar Hijri day (1 ≤ jm ≤ 12).
func solarToGregorian(jy, jm, jd int) (time.Time, bool) {
	gy, march, ok := jalaaliMarch(jy)
	if !ok || jm < 1 || jm > 12 || jd < 1 || jd > 31 || (jm > 6 && jd > 30) {
		return time.Time{}, false
	}
	off := (jm-1)*31 - div(jm, 7)*(jm-7) + jd - 1
	return time.Date(gy, time.March, march, 0, 0, 0, 0, time.UTC).AddDate(0, 0, off), true
}

// lunarToGregorian converts a tabular lunar Hijri day (1 ≤ m ≤ 12, 1 ≤ d ≤ 30).
func lunarToGregorian(y, m, d int) (time.Time, bool) {
	if y < 1 || y > 3000 || m < 1 || m > 12 || d < 1 || d > 30 {
		return time.Time{}, false
	}
	// Julian day at midnight = d + ceil(29.5(m-1)) + 354(y-1) + floor((3+11y)/30) + 1948439.5 - 1;
	// Unix day 0 is Julian day 2440587.5.
	days := d + (59*(m-1)+1)/2 + 354*(y-1) + (3+11*y)/30 + 1948438 - 2440587
	return time.Unix(int64(days)*86400, 0).UTC(), true
}

// toGregorian converts a day of any calendar.
func toGregorian(cal calendar, y, m, d int) (time.Time, bool) {
	switch cal {
	case solarHijri:
		return solarToGregorian(y, m, d)
	case lunarHijri:
		return lunarToGregorian(y, m, d)
	}
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// plausibleYear reports whether y is a year a source would state in the calendar.
func plausibleYear(cal calendar, y int) bool {
	switch cal {
	case solarHijri:
		return y >= 1250 && y <= 1480
	case lunarHijri:
		return y >= 1300 && y <= 1520
	}
	return y >= 1900 && y <= 2100
}
