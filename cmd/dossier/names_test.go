package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runNamesCmd runs the program in-process on the names command.
func runNamesCmd(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := NewMain()
	m.Stdout, m.Stderr = &out, &errb
	m.Stdin = strings.NewReader(stdin)
	m.Env = func(string) string { return "" }
	err := m.Run(context.Background(), append([]string{"--db", filepath.Join(t.TempDir(), "d.db"), "names"}, args...))
	m.Close()
	code := exitCode(&errb, err)
	return out.String(), errb.String(), code
}

func TestNamesCompare(t *testing.T) {
	out, errs, code := runNamesCmd(t, "", "compare", "--kind", "person", "Tawhid Ibrahim Begli", "Tovhid İbrahimbəyli")
	if code != 0 || !strings.Contains(out, "verdict: same (link)") || !strings.Contains(out, "variant-table") {
		t.Fatalf("compare: code %d\n%s\n%s", code, out, errs)
	}
	// Flags after the names, JSON.
	out, _, code = runNamesCmd(t, "", "compare", "Hezbollah", "Kataib Hezbollah", "--kind", "organization", "--json")
	var v struct {
		Score    float64 `json:"score"`
		Link     bool    `json:"link"`
		Features []struct {
			Name string `json:"name"`
		} `json:"features"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &v) != nil || v.Link || v.Score >= 0.7 || len(v.Features) == 0 {
		t.Fatalf("compare --json: code %d %+v\n%s", code, v, out)
	}
	for _, args := range [][]string{{"compare", "only one"}, {"compare", "--kind", "vessel", "a", "b"}, {"frob"}, {}} {
		if _, _, code := runNamesCmd(t, "", args...); code != 2 {
			t.Errorf("names %q: exit %d, want 2 (usage)", args, code)
		}
	}
}

func TestNamesEval(t *testing.T) {
	csv := "name1,name2,is_match,schema\nQasem Soleimani,قاسم سلیمانی,1,Person\nHezbollah,Kataib Hezbollah,0,Organization\nElmir Zahidov,Elmir Ziyadov,false,Person\nAnsar Allah,Houthis,true,Organization\n"
	out, errs, code := runNamesCmd(t, csv, "eval", "-")
	if code != 0 {
		t.Fatalf("eval: %d %s", code, errs)
	}
	for _, want := range []string{"pairs 4", "precision 1.0000", "recall 0.5000", "accuracy 0.7500", "FN", "Ansar Allah | Houthis", "line 5"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	out, _, code = runNamesCmd(t, csv, "eval", "--json", "--threshold", "0.6", "-")
	var e struct {
		Threshold float64 `json:"threshold"`
		F1        float64 `json:"f1"`
		Misses    []struct {
			Line int `json:"line"`
		} `json:"misses"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &e) != nil || e.Threshold != 0.6 || len(e.Misses) != 1 || e.Misses[0].Line != 5 {
		t.Fatalf("eval --json: %d %+v\n%s", code, e, out)
	}
	// The labelled pairs kept with the names package.
	path := filepath.Join("..", "..", "names", "testdata", "pairs.csv")
	if _, err := os.Stat(path); err == nil {
		out, errs, code := runNamesCmd(t, "", "eval", path)
		if code != 0 || !strings.Contains(out, "F1 ") {
			t.Errorf("eval pairs.csv: %d %s %s", code, out, errs)
		}
	}
}

func TestNamesEvalErrors(t *testing.T) {
	tests := []struct{ csv, want string }{
		{"a,b\n1,2\n", "line 1: header lacks column name1, name2, is_match"},
		{"name1,name2,is_match\nA,B,perhaps\n", "line 2: is_match \"perhaps\""},
		{"name1,name2,is_match\nA,B,1\nC\n", "line 3:"},
	}
	for _, tt := range tests {
		_, errs, code := runNamesCmd(t, tt.csv, "eval", "-")
		if code != 1 || !strings.Contains(errs, tt.want) {
			t.Errorf("eval %q: exit %d, stderr %q; want 1 and %q", tt.csv, code, errs, tt.want)
		}
	}
	if _, errs, code := runNamesCmd(t, "", "eval", filepath.Join(t.TempDir(), "missing.csv")); code != 1 || !strings.Contains(errs, "missing.csv") {
		t.Errorf("eval missing file: %d %q", code, errs)
	}
	if _, _, code := runNamesCmd(t, "", "eval", "--threshold", "2", "x.csv"); code != 2 {
		t.Errorf("eval --threshold 2: exit %d, want 2", code)
	}
}
