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
	locs := dateRe.FindAllStringSubmatchIndex(text, -1)
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

var dateRe = regexp.MustCompile(`(?i)\b(?:(early|mid|middle|late|spring|summer|autumn|fall|winter)[\s-]+(?:of\s+)?)?(?:(\d{1,2})\s+(` + monthPat + `)\.?,?\s+|(` + monthPat + `)\.?\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?)?((?:1[89]|20)\d\d)\b`)

var countAfter = regexp.MustCompile(`^\s+(?:[a-z]+\s+)?(?:members|fighters|militants|men|soldiers|troops|people|persons|recruits|students|followers|personnel|km|kilometers|kilometres|miles|dollars|euros)\b`)

func monthNum(s string) int {
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
			return i + 1
		}
	}
	return 0
}
