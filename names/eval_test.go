package names

import (
	"os"
	"strings"
	"testing"
)

// minPairsF1 is the least F1 at DefaultThreshold that testdata/pairs.csv must keep. The pairs
// include translations ("Ansar Allah" / "Houthis", "Islamic State" / "Daesh") that no string
// matcher links, so recall cannot reach 1.
const minPairsF1 = 0.90

func readPairsFile(t testing.TB, path string) []Pair {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pairs, err := ReadPairs(f, KindOther)
	if err != nil {
		t.Fatal(err)
	}
	return pairs
}

func TestPairsCSV(t *testing.T) {
	pairs := readPairsFile(t, "testdata/pairs.csv")
	pos := 0
	for _, p := range pairs {
		if p.Match {
			pos++
		}
	}
	if len(pairs) < 300 || pos < 100 || len(pairs)-pos < 100 {
		t.Fatalf("pairs.csv has %d pairs (%d positive): want at least 300 with 100 of each label", len(pairs), pos)
	}
	e := Evaluate(pairs, DefaultThreshold, nil)
	t.Logf("pairs %d: precision %.4f recall %.4f F1 %.4f accuracy %.4f (TP %d FP %d TN %d FN %d)",
		e.Pairs, e.Precision, e.Recall, e.F1, e.Accuracy, e.TP, e.FP, e.TN, e.FN)
	if e.F1 < minPairsF1 {
		for _, m := range e.Misses {
			t.Logf("miss %.3f line %d %q ~ %q match=%v", m.Score, m.Line, m.Name1, m.Name2, m.Match)
		}
		t.Errorf("F1 %.4f below %.2f", e.F1, minPairsF1)
	}
	// The baseline must be beaten on the same pairs, at its own best threshold.
	jw, _ := bestThreshold(pairs, func(a, b string, _ Kind) float64 { return jaroWinkler(Comparable(a), Comparable(b)) })
	if e.F1 <= jw.F1 {
		t.Errorf("F1 %.4f does not beat plain Jaro-Winkler's best %.4f", e.F1, jw.F1)
	}
}

// bestThreshold evaluates a scorer at thresholds 0.00, 0.01 ... 0.99 and returns the best F1.
func bestThreshold(pairs []Pair, score func(a, b string, kind Kind) float64) (Evaluation, float64) {
	scores := make([]float64, len(pairs))
	for i, p := range pairs {
		scores[i] = score(p.Name1, p.Name2, p.Kind)
	}
	var best Evaluation
	bestT := 0.0
	for t := 0; t < 100; t++ {
		th := float64(t) / 100
		i := 0
		e := Evaluate(pairs, th, func(string, string, Kind) float64 { s := scores[i]; i++; return s })
		if e.F1 > best.F1 {
			best, bestT = e, th
		}
	}
	return best, bestT
}

func TestReadPairs(t *testing.T) {
	good := "id,name1,name2,is_match,schema\n1,Qasem Soleimani,قاسم سلیمانی,TRUE,Person\n2,Hezbollah,Kataib Hezbollah,0.0,Organization\n3,A,B,no,\n"
	ps, err := ReadPairs(strings.NewReader(good), KindOther)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 3 || !ps[0].Match || ps[1].Match || ps[0].Kind != KindPerson || ps[1].Kind != KindOrganization || ps[2].Kind != KindOther || ps[1].Line != 3 {
		t.Errorf("ReadPairs = %+v", ps)
	}
	bad := []struct{ in, want, why string }{
		{"", "line 1", "empty file"},
		{"name1,name2\nA,B\n", "is_match", "missing column"},
		{"a,b,c\n", "name1, name2, is_match", "no known columns"},
		{"name1,name2,is_match\nA,B,maybe\n", "line 2", "bad is_match"},
		{"name1,name2,is_match\nA,B,1\nC,D\n", "line 3", "short row"},
		{"name1,name2,is_match\nA,\"B,1\n", "line 2", "broken quoting"},
	}
	for _, tt := range bad {
		_, err := ReadPairs(strings.NewReader(tt.in), KindOther)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadPairs(%s) error = %v, want it to mention %q", tt.why, err, tt.want)
		}
	}
}

func TestEvaluate(t *testing.T) {
	pairs := []Pair{{Name1: "a", Name2: "a", Match: true}, {Name1: "a", Name2: "b", Match: true}, {Name1: "c", Name2: "d", Match: false}, {Name1: "e", Name2: "f", Match: false}}
	score := func(a, b string, _ Kind) float64 {
		if a == "a" || a == "e" {
			return 0.9
		}
		return 0.1
	}
	e := Evaluate(pairs, 0.5, score)
	if e.TP != 2 || e.FP != 1 || e.TN != 1 || e.FN != 0 || e.Precision != 2.0/3 || e.Recall != 1 || e.Accuracy != 0.75 || len(e.Misses) != 1 {
		t.Errorf("Evaluate = %+v", e)
	}
}
