package relate

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
)

// findDates is the fallback used when the document has no dates from the date stage: plain
// English calendar dates ("2016", "early 2016", "July 2018", "July 3, 2018", "3 July 2018").
// Relative expressions ("last year") are left to the date stage.
func findDates(rs []rune, _ dossier.Date) []extract.Date {
	text := string(rs)
	var out []extract.Date
	// Find the years first (cheap), then read what precedes each one with an end-anchored
	// expression over a short window.
	var locs [][]int
	for i := 0; i+4 <= len(text); i++ {
		c := text[i]
		if c != '1' && c != '2' {
			continue
		}
		if !isYearAt(text, i) {
			continue
		}
		from := max(0, i-40)
		for from > 0 && !utf8.RuneStart(text[from]) {
			from--
		}
		loc := dateRe.FindStringSubmatchIndex(text[from : i+4])
		if loc == nil {
			continue
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += from
			}
		}
		if n := len(locs); n > 0 && locs[n-1][1] > loc[0] {
			continue
		}
		locs = append(locs, loc)
		i += 3
	}
	if len(locs) == 0 {
		return nil
	}
	// Byte → rune offsets, walking forward once.
	bytePos, runePos := 0, 0
	toRune := func(b int) int {
		for bytePos < b {
			_, sz := utf8.DecodeRuneInString(text[bytePos:])
			bytePos += sz
			runePos++
		}
		return runePos
	}
	group := func(loc []int, g int) string {
		if loc[2*g] < 0 {
			return ""
		}
		return strings.ToLower(text[loc[2*g]:loc[2*g+1]])
	}
	for _, loc := range locs {
		part, d1, mon, d2, yr := group(loc, 1), group(loc, 2), group(loc, 3)+group(loc, 4), group(loc, 5), group(loc, 6)
		if countAfter.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) {
			continue // "2000 fighters" is a number
		}
		y, err := strconv.Atoi(yr)
		if err != nil {
			continue
		}
		d := dossier.Date{Year: y, Precision: dossier.PrecisionYear}
		if mon != "" {
			d.Month = monthNum(mon)
			d.Precision = dossier.PrecisionMonth
			day := d1
			if day == "" {
				day = d2
			}
			if v, err := strconv.Atoi(day); err == nil && v >= 1 && v <= 31 {
				d.Day, d.Precision = v, dossier.PrecisionDay
			}
		} else if part != "" {
			d.Part = strings.TrimSuffix(strings.TrimSuffix(part, "-"), " ")
			switch d.Part {
			case "middle":
				d.Part = "mid"
			case "fall":
				d.Part = "autumn"
			}
			d.Precision = dossier.PrecisionSeason
		}
		start := toRune(loc[0])
		end := toRune(loc[1])
		out = append(out, extract.Date{Span: dossier.Span{Start: start, End: end}, Text: text[loc[0]:loc[1]], Date: d})
	}
	return out
}

const monthPat = `jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`

var dateRe = regexp.MustCompile(`(?i)\b(?:(early|mid|middle|late|spring|summer|autumn|fall|winter)[\s-]+(?:of\s+)?)?(?:(\d{1,2})\s+(` + monthPat + `)\.?,?\s+|(` + monthPat + `)\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?)?((?:1[89]|20)\d\d)$`)

var countAfter = regexp.MustCompile(`^\s+(?:[a-z]+\s+)?(?:members|fighters|militants|men|soldiers|troops|people|persons|recruits|students|followers|personnel|km|kilometers|kilometres|miles|dollars|euros)\b`)

func monthNum(s string) int {
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
			return i + 1
		}
	}
	return 0
}

// isYearAt reports whether text[i:i+4] is a year 1800–2099 standing alone as a number.
func isYearAt(text string, i int) bool {
	d := func(k int) bool { return text[k] >= '0' && text[k] <= '9' }
	if !(d(i+1) && d(i+2) && d(i+3)) {
		return false
	}
	if !(text[i] == '1' && (text[i+1] == '8' || text[i+1] == '9') || text[i] == '2' && text[i+1] == '0') {
		return false
	}
	if i > 0 && (d(i-1) || isWordByte(text[i-1]) || text[i-1] == ',' && i > 1 && d(i-2)) {
		return false
	}
	if j := i + 4; j < len(text) && (d(j) || isWordByte(text[j])) {
		return false
	}
	return true
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' }
