package dossier_test

import (
	"errors"
	"fmt"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier"
)

// TestRootImportsOnlyStdlib keeps the domain package free of dependencies.
func TestRootImportsOnlyStdlib(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(fset, f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range af.Imports {
			path := strings.Trim(imp.Path.Value, `"`)
			if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
				t.Errorf("%s imports %s: the root package may import only the standard library", f, path)
			}
		}
	}
}

func TestPredicateTable(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range dossier.Predicates {
		if seen[p.Name] {
			t.Errorf("predicate %s defined twice", p.Name)
		}
		seen[p.Name] = true
		if p.Description == "" {
			t.Errorf("predicate %s has no description", p.Name)
		}
		if (p.Literal == "") == (p.Object == nil) {
			t.Errorf("predicate %s must have either object types or a literal type", p.Name)
		}
		if p.Literal == "" && p.STIX == "" {
			t.Errorf("entity predicate %s has no STIX mapping", p.Name)
		}
		if p.FtM == "" {
			t.Errorf("predicate %s has no FollowTheMoney mapping", p.Name)
		}
	}
	for _, p := range dossier.Predicates {
		if p.Inverse != "" {
			inv := dossier.LookupPredicate(p.Inverse)
			if inv == nil || inv.Inverse != p.Name {
				t.Errorf("predicate %s: inverse %s does not point back", p.Name, p.Inverse)
			}
		}
		for _, x := range p.Exclusive {
			if dossier.LookupPredicate(x) == nil {
				t.Errorf("predicate %s excludes unknown %s", p.Name, x)
			}
		}
	}
	for _, name := range []string{"founded_by", "founding_date", "led_by", "member_of", "backed_by", "member_count", "born_on"} {
		if dossier.LookupPredicate(name) == nil {
			t.Errorf("DESIGN §2 predicate %s missing", name)
		}
	}
	if !dossier.LookupPredicate("founding_date").Functional || dossier.LookupPredicate("member_of").Functional {
		t.Error("functional flags wrong")
	}
	// A country acting as a state fills actor slots where that is real usage ("Ruritania backs
	// Y", "arrested in Borduria", "Ruritania fought in the war"), never membership, leadership or
	// meeting slots; a channel has a base.
	allows := func(ts []dossier.EntityType, t dossier.EntityType) bool {
		for _, x := range ts {
			if x == t {
				return true
			}
		}
		return false
	}
	slots := []struct {
		pred    string
		subject bool // the subject slot, else the object slot
		t       dossier.EntityType
		want    bool
	}{
		{"backed_by", false, dossier.Location, true},
		{"backed_by", true, dossier.Location, true},
		{"backs", true, dossier.Location, true},
		{"arrested", true, dossier.Location, true},
		{"sentenced", true, dossier.Location, true},
		{"convicted", true, dossier.Location, true},
		{"attacked", true, dossier.Location, true},
		{"targeted", true, dossier.Location, true},
		{"threatened", true, dossier.Location, true},
		{"trained_by", false, dossier.Location, true},
		{"founded_by", false, dossier.Location, true},
		{"ally_of", true, dossier.Location, true},
		{"rival_of", false, dossier.Location, true},
		{"participated_in", true, dossier.Location, true},
		{"based_in", true, dossier.Channel, true},
		{"affiliated_with", false, dossier.Location, true}, // "who has links to Ruritania"
		{"designated_by", false, dossier.Location, true},   // "designated by the United States"
		{"holds_position", false, dossier.Position, true},
		{"holds_position", true, dossier.Organization, false},
		{"member_of", true, dossier.Location, false},
		{"leader_of", true, dossier.Location, false},
		{"met_with", true, dossier.Location, false},
		{"arrested", false, dossier.Location, false},
		{"founded_by", true, dossier.Location, false},
	}
	for _, c := range slots {
		p := dossier.LookupPredicate(c.pred)
		ts := p.Object
		if c.subject {
			ts = p.Subject
		}
		if got := allows(ts, c.t); got != c.want {
			t.Errorf("%s: %s in the subject=%v slot allowed = %v, want %v", c.pred, c.t, c.subject, got, c.want)
		}
	}
}

func TestDateRoundTrip(t *testing.T) {
	cases := []struct {
		d     dossier.Date
		str   string
		human string
	}{
		{dossier.Date{Year: 2016, Precision: dossier.PrecisionYear}, "2016", "2016"},
		{dossier.Date{Year: 2016, Part: "early", Precision: dossier.PrecisionSeason}, "2016-early", "early 2016"},
		{dossier.Date{Year: 2021, Month: 10, Precision: dossier.PrecisionMonth}, "2021-10", "October 2021"},
		{dossier.Date{Year: 2018, Month: 7, Day: 3, Precision: dossier.PrecisionDay}, "2018-07-03", "3 July 2018"},
		{dossier.Date{Year: 2010, Precision: dossier.PrecisionDecade}, "201X", "the 2010s"},
		{dossier.Date{Year: 2022, Precision: dossier.PrecisionYear, Approximate: true}, "~2022", "about 2022"},
		{dossier.Date{}, "", "undated"},
	}
	for _, c := range cases {
		if got := c.d.String(); got != c.str {
			t.Errorf("String(%+v) = %q, want %q", c.d, got, c.str)
		}
		if got := c.d.Human(); got != c.human {
			t.Errorf("Human(%+v) = %q, want %q", c.d, got, c.human)
		}
		back, err := dossier.ParseDate(c.str)
		if err != nil || back != c.d {
			t.Errorf("ParseDate(%q) = %+v, %v", c.str, back, err)
		}
	}
	for _, bad := range []string{"16", "2016-13", "2016-02-30", "2016-xx", "abcd", "2016-1-1", "201X-01"} {
		if _, err := dossier.ParseDate(bad); dossier.ErrorCode(err) != dossier.EINVALID {
			t.Errorf("ParseDate(%q) accepted", bad)
		}
	}
}

func TestDateOverlaps(t *testing.T) {
	d := func(s string) dossier.Date {
		v, err := dossier.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	cases := []struct {
		a, b string
		want bool
	}{
		{"2016", "2016-early", true},
		{"2016-early", "2016-10", false}, // early 2016 ends in April
		{"2014", "2016", false},
		{"~2015", "2016", true}, // about 2015 reaches into 2016
		{"201X", "2016-07-03", true},
		{"2016", "", true}, // unknown overlaps everything
		{"2018-winter", "2019-01", true},
	}
	for _, c := range cases {
		if got := d(c.a).Overlaps(d(c.b)); got != c.want {
			t.Errorf("%s overlaps %s = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	first, last, _ := dossier.DateOf(time.Date(2021, 10, 3, 15, 0, 0, 0, time.UTC)).Range()
	if !first.Equal(last) || first.Day() != 3 {
		t.Errorf("day range %v %v", first, last)
	}
}

func TestErrors(t *testing.T) {
	e := dossier.Errorf(dossier.ENOTFOUND, "no entity %s", "E1")
	wrapped := fmt.Errorf("show: %w", e)
	if dossier.ErrorCode(wrapped) != dossier.ENOTFOUND || dossier.ErrorMessage(wrapped) != "no entity E1" {
		t.Errorf("code %q message %q", dossier.ErrorCode(wrapped), dossier.ErrorMessage(wrapped))
	}
	plain := errors.New("disk on fire")
	if dossier.ErrorCode(plain) != dossier.EINTERNAL || dossier.ErrorMessage(plain) != "internal error" {
		t.Error("internal errors must not leak their text to users")
	}
	if dossier.ErrorCode(nil) != "" || dossier.ErrorMessage(nil) != "" {
		t.Error("nil error")
	}
	if dossier.ErrorMessageOrError(plain) != "disk on fire" || dossier.ErrorMessageOrError(wrapped) != "no entity E1" {
		t.Error("ErrorMessageOrError")
	}
	if s := (&dossier.Error{Op: "open", Code: dossier.EINVALID, Message: "bad", Err: os.ErrNotExist}).Error(); s != "open: bad: file does not exist" {
		t.Errorf("Error() = %q", s)
	}
}

func TestContentID(t *testing.T) {
	a, b := dossier.ContentID("text"), dossier.ContentID("text ")
	if len(a) != 20 || a == b || a != dossier.ContentID("text") {
		t.Errorf("ContentID: %s %s", a, b)
	}
}

func TestSpellings(t *testing.T) {
	e := &dossier.Entity{Name: "Husseiniyun", Names: []dossier.Name{{Text: "Hüseynçilər"}, {Text: "Husseiniyun"}, {Text: "حسينيون"}, {Text: "Hüseynçilər"}}}
	got := strings.Join(e.Spellings(), "|")
	if got != "Husseiniyun|Hüseynçilər|حسينيون" {
		t.Errorf("Spellings() = %q", got)
	}
}
