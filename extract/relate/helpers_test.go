package relate

import (
	"fmt"
	"strings"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
)

// The annotation format of tests and testdata: a name in square brackets with its type after a
// bar, "[Tawfiq Rahimov|P] founded [the Caspian Front|O]". Type letters: P Person,
// O Organization, L Location, E Event, C Channel, D Document, T Position. "[2016|DATE]" marks a
// date (its value is read by the fallback date finder), which turns the fallback off for the
// document. "[X|P=2]" declares the mention an alias of mention 2. A line "@anchor 2021-10-13"
// sets the publication date; "@lang az" the language; "@attrib start:end:Source" adds an
// attribution whose scope is the given rune offsets of the clean text ("*" for the whole text).
var letterTypes = map[string]dossier.EntityType{
	"P": dossier.Person, "O": dossier.Organization, "L": dossier.Location, "E": dossier.Event,
	"C": dossier.Channel, "D": dossier.DocumentRef, "T": dossier.Position, "U": dossier.Unknown,
}

func parseAnnotated(src string) (*extract.Doc, error) {
	var text []rune
	var ments []extract.Mention
	var dates []extract.Date
	var anchor dossier.Date
	lang := "en"
	type attr struct {
		a, b   string
		source string
	}
	var attrs []attr
	var lines []string
	for _, ln := range strings.Split(src, "\n") {
		switch {
		case strings.HasPrefix(ln, "@anchor "):
			d, err := dossier.ParseDate(strings.TrimSpace(ln[8:]))
			if err != nil {
				return nil, err
			}
			anchor = d
		case strings.HasPrefix(ln, "@lang "):
			lang = strings.TrimSpace(ln[6:])
		case strings.HasPrefix(ln, "@attrib "):
			parts := strings.SplitN(strings.TrimSpace(ln[8:]), ":", 3)
			if len(parts) == 3 {
				attrs = append(attrs, attr{parts[0], parts[1], parts[2]})
			} else if len(parts) == 2 && parts[0] == "*" {
				attrs = append(attrs, attr{"*", "", parts[1]})
			}
		case strings.HasPrefix(ln, "#"):
		default:
			lines = append(lines, ln)
		}
	}
	rs := []rune(strings.Join(lines, "\n"))
	for i := 0; i < len(rs); i++ {
		if rs[i] != '[' {
			text = append(text, rs[i])
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] != ']' {
			j++
		}
		if j >= len(rs) {
			return nil, fmt.Errorf("unclosed [ at %d", i)
		}
		body := string(rs[i+1 : j])
		bar := strings.LastIndexByte(body, '|')
		if bar < 0 {
			return nil, fmt.Errorf("no type in [%s]", body)
		}
		name, typ := body[:bar], body[bar+1:]
		start := len(text)
		text = append(text, []rune(name)...)
		sp := dossier.Span{Start: start, End: len(text)}
		if typ == "DATE" {
			ds := findDates([]rune(name), dossier.Date{})
			if len(ds) != 1 {
				return nil, fmt.Errorf("date %q not understood", name)
			}
			dates = append(dates, extract.Date{Span: sp, Text: name, Date: ds[0].Date})
		} else {
			alias := -1
			if k := strings.IndexByte(typ, '='); k > 0 {
				fmt.Sscanf(typ[k+1:], "%d", &alias)
				typ = typ[:k]
			}
			t, ok := letterTypes[typ]
			if !ok {
				return nil, fmt.Errorf("unknown type %q", typ)
			}
			ments = append(ments, extract.Mention{Span: sp, Text: name, Type: t, Method: "test", Alias: alias})
		}
		i = j
	}
	s := &dossier.Source{Text: string(text), Language: lang, Published: anchor}
	d := extract.NewDoc(s)
	d.Mentions = ments
	d.Dates = dates
	for _, a := range attrs {
		var sc dossier.Span
		if a.a == "*" {
			sc = dossier.Span{Start: 0, End: len(text)}
		} else {
			fmt.Sscanf(a.a, "%d", &sc.Start)
			fmt.Sscanf(a.b, "%d", &sc.End)
		}
		d.Attributions = append(d.Attributions, extract.Attribution{Source: a.source, Kind: "according_to", Scope: sc})
	}
	return d, nil
}

// brief renders a relation as "Subject predicate Object" (or the literal value).
func brief(d *extract.Doc, r extract.Relation) string {
	obj := r.Value
	if r.Object >= 0 {
		obj = d.Mentions[r.Object].Text
	}
	return d.Mentions[r.Subject].Text + " " + r.Predicate + " " + obj
}
