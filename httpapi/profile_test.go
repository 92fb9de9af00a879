package httpapi_test

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/httpapi"
)

// plainStore hides the store's dossier.ProfileReader, so that a server on it builds profiles the
// generic way (FindClaims, FindEntityByID, FindSourceByID).
type plainStore struct{ dossier.Store }

type profileJSON struct {
	Entity struct {
		ID    string `json:"id"`
		Name  string `json:"name"`
		Names []struct {
			Text string `json:"text"`
		} `json:"names"`
	} `json:"entity"`
	Members []struct {
		ID string `json:"id"`
	} `json:"members"`
	Claims []struct {
		ID          string `json:"id"`
		Subject     string `json:"subject"`
		Predicate   string `json:"predicate"`
		Role        string `json:"role"`
		SubjectName string `json:"subject_name"`
		ObjectName  string `json:"object_name"`
		Object      struct {
			Entity string `json:"entity"`
			Value  string `json:"value"`
		} `json:"object"`
		Evidence []struct {
			Source string `json:"source"`
			Quote  string `json:"quote"`
		} `json:"evidence"`
		Sources map[string]string `json:"sources"`
	} `json:"claims"`
	Total  int               `json:"claims_total"`
	Limit  int               `json:"limit"`
	Next   *string           `json:"next"`
	Grades map[string]string `json:"grades"`
}

// seedProfile stores an entity P with claims on both sides, several predicates, literals, two
// sources (one graded), a claim with evidence from both, and an entity M that is then merged
// into P; plus O1…O5 on the other side of the claims, O5 merged into O4.
func seedProfile(t *testing.T, e *env) {
	t.Helper()
	ctx := context.Background()
	text1, text2 := "The first generated report.", "A second report with another title that is longer than sixty characters in all."
	s1 := &dossier.Source{ID: dossier.ContentID(text1), Path: "one.txt", Text: text1, Format: "text", Language: "en"}
	s2 := &dossier.Source{ID: dossier.ContentID(text2), Path: "two.txt", Title: text2, Text: text2, Format: "text", Language: "en"}
	ev := func(s *dossier.Source, q string) *dossier.Evidence {
		return &dossier.Evidence{SourceID: s.ID, Span: dossier.Span{Start: 0, End: 5}, Quote: q, Stance: dossier.StanceAsserts, Method: "test"}
	}
	x := &dossier.Extraction{Entities: []*dossier.Entity{
		{ID: "P", Type: dossier.Person, Name: "Pat Example", Names: []dossier.Name{{Text: "Pat Example"}, {Text: "P. Example"}}},
		{ID: "M", Type: dossier.Person, Name: "Patrick Example"},
	}}
	for i := 1; i <= 5; i++ {
		x.Entities = append(x.Entities, &dossier.Entity{ID: fmt.Sprintf("O%d", i), Type: dossier.Organization, Name: fmt.Sprintf("Org %d", i)})
	}
	add := func(id, subj, pred, obj string, evs ...*dossier.Evidence) {
		c := &dossier.Claim{ID: id, Subject: subj, Predicate: pred, Evidence: evs}
		if p := dossier.LookupPredicate(pred); p != nil && p.Literal != "" {
			c.Object = dossier.Object{Value: obj, Datatype: p.Literal}
		} else {
			c.Object = dossier.Object{EntityID: obj}
		}
		x.Claims = append(x.Claims, c)
	}
	add("C01", "P", "member_of", "O1", ev(s1, "q1"))
	add("C02", "P", "member_of", "O2", ev(s1, "q2"), ev(s2, "q2b"))
	add("C03", "P", "associate_of", "O3", ev(s2, "q3"))
	add("C04", "M", "member_of", "O4", ev(s1, "q4"))
	add("C05", "O1", "associate_of", "P", ev(s1, "q5"))
	add("C06", "O5", "met_with", "P", ev(s2, "q6"))
	add("C07", "O2", "associate_of", "M", ev(s1, "q7"))
	add("C08", "P", "associate_of", "O5", ev(s1, "q8"))
	add("C09", "O3", "backed_by", "O4", ev(s1, "q9"))
	add("C10", "P", "met_with", "M", ev(s1, "q10"))
	add("C11", "P", "member_of", "O3")
	res, err := e.db.StoreSources(ctx, []*dossier.Document{{Source: s2, Extraction: &dossier.Extraction{}}, {Source: s1, Extraction: x}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	for _, ab := range [][2]string{{"P", "M"}, {"O4", "O5"}} {
		wantStatus(t, e.do("POST", "/api/merge", jsonBody(map[string]string{"a": ab[0], "b": ab[1]}), dossier.RoleAnalyst), 200)
	}
	wantStatus(t, e.do("POST", "/api/grades", jsonBody(map[string]string{"source": s2.ID, "reliability": "B"}), dossier.RoleAnalyst), 200)
}

func getProfile(t *testing.T, e *env, id, query string) profileJSON {
	t.Helper()
	resp := e.do("GET", "/api/entities/"+id+query, nil, dossier.RoleViewer)
	wantStatus(t, resp, 200)
	return decode[profileJSON](t, resp)
}

// TestProfilePages walks an entity's profile page by page at several page sizes and checks the
// pages against one page holding everything, and that against the profile a store without the
// paged read path gives.
func TestProfilePages(t *testing.T) {
	e := newEnv(t, nil)
	seedProfile(t, e)
	all := getProfile(t, e, "M", "") // a member's ID gives the canonical entity
	if all.Entity.ID != "P" || len(all.Entity.Names) != 2 || all.Entity.Names[0].Text != "Pat Example" || len(all.Members) != 1 || all.Members[0].ID != "M" {
		t.Fatalf("profile head %+v", all)
	}
	if all.Next != nil || all.Total != 10 || len(all.Claims) != 10 || all.Limit != 200 {
		t.Fatalf("one page: next %v, total %d, %d claims, limit %d; want no next, 10, 10, 200", all.Next, all.Total, len(all.Claims), all.Limit)
	}
	// Subject side first, by predicate, then storage order; then the object side in storage order.
	var order []string
	for _, c := range all.Claims {
		order = append(order, c.Role[:1]+":"+c.Predicate+":"+c.ID)
	}
	want := []string{"s:associate_of:C03", "s:associate_of:C08", "s:member_of:C01", "s:member_of:C02", "s:member_of:C04", "s:member_of:C11", "s:met_with:C10",
		"o:associate_of:C05", "o:met_with:C06", "o:associate_of:C07"}
	if fmt.Sprint(order) != fmt.Sprint(want) {
		t.Fatalf("order\n%v\nwant\n%v", order, want)
	}
	for _, limit := range []int{1, 2, 3, 7, 9, 10} {
		var got []string
		after := ""
		for pages := 0; ; pages++ {
			if pages > 20 {
				t.Fatalf("limit %d: no end", limit)
			}
			q := fmt.Sprintf("?limit=%d", limit)
			if after != "" {
				q += "&after=" + url.QueryEscape(after)
			}
			p := getProfile(t, e, "P", q)
			if p.Total != 10 || p.Limit != limit || len(p.Claims) > limit || len(p.Members) != 1 {
				t.Fatalf("limit %d page %d: total %d, limit %d, %d claims, %d members", limit, pages, p.Total, p.Limit, len(p.Claims), len(p.Members))
			}
			for _, c := range p.Claims {
				got = append(got, c.Role[:1]+":"+c.Predicate+":"+c.ID)
				if p.Grades[c.ID] == "" {
					t.Fatalf("limit %d: no grade for %s", limit, c.ID)
				}
			}
			if p.Next == nil {
				if len(p.Claims) == 0 && pages > 0 {
					t.Errorf("limit %d: an empty last page", limit)
				}
				break
			}
			if len(p.Claims) != limit {
				t.Fatalf("limit %d: a page of %d claims before the last", limit, len(p.Claims))
			}
			after = *p.Next
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("limit %d: pages give\n%v\nwant\n%v", limit, got, want)
		}
	}

	// The generic path (any store) gives the same claims, names, sources and grades.
	g := newEnv(t, func(c *httpapi.Config) { c.Store, c.Users = plainStore{e.db}, e.db })
	plain := getProfileFrom(t, e, g, "P")
	byID := map[string]int{}
	for i, c := range plain.Claims {
		byID[c.ID] = i
	}
	if len(plain.Claims) != len(all.Claims) || plain.Total != all.Total || len(plain.Members) != len(all.Members) {
		t.Fatalf("generic profile: %d claims, total %d, %d members", len(plain.Claims), plain.Total, len(plain.Members))
	}
	for _, c := range all.Claims {
		i, ok := byID[c.ID]
		if !ok {
			t.Fatalf("claim %s missing from the generic profile", c.ID)
		}
		p := plain.Claims[i]
		if fmt.Sprintf("%+v", p) != fmt.Sprintf("%+v", c) {
			t.Errorf("claim %s:\npaged   %+v\ngeneric %+v", c.ID, c, p)
		}
		if all.Grades[c.ID] != plain.Grades[c.ID] {
			t.Errorf("claim %s: grade %s, generic %s", c.ID, all.Grades[c.ID], plain.Grades[c.ID])
		}
	}
	if c := all.Claims[3]; c.ID != "C02" || len(c.Evidence) != 2 || c.Evidence[0].Quote != "q2" || len(c.Sources) != 2 || all.Grades["C02"][0] != 'B' {
		t.Errorf("C02 with evidence from two sources: %+v, grade %s", c, all.Grades["C02"])
	}
	if c := all.Claims[8]; c.ID != "C06" || c.SubjectName != "Org 4" || c.ObjectName != "Pat Example" {
		t.Errorf("C06 names its merged subject by its canonical entity: %+v", c)
	}

	for _, q := range []string{"?after=x", "?after=s|member_of|-1|10", "?after=s|member_of|1", "?after=o|member_of|1|10", "?after=q|a|1|10", "?limit=0", "?limit=1001", "?limit=x"} {
		wantStatus(t, e.do("GET", "/api/entities/P"+q, nil, dossier.RoleViewer), 400)
	}
	// A cursor past the end gives an empty last page.
	if p := getProfile(t, e, "P", "?after="+url.QueryEscape("o||999999|10")); len(p.Claims) != 0 || p.Next != nil || p.Total != 10 {
		t.Errorf("past the end: %+v", p)
	}
}

// getProfileFrom asks the generic server g for a profile with a token of e's store.
func getProfileFrom(t *testing.T, e, g *env, id string) profileJSON {
	t.Helper()
	g.tokens = e.tokens
	p := getProfile(t, g, id, "")
	sort.SliceStable(p.Claims, func(i, j int) bool { return p.Claims[i].ID < p.Claims[j].ID })
	return p
}
