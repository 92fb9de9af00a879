package names

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// Pair is one labelled pair of names from an evaluation file.
type Pair struct {
	Line  int    `json:"line"` // line of the record in its file
	Name1 string `json:"name1"`
	Name2 string `json:"name2"`
	Match bool   `json:"is_match"`
	Kind  Kind   `json:"kind"`
}

// ReadPairs reads labelled pairs from CSV with a header naming at least the columns name1,
// name2 and is_match (in any order; other columns are ignored). is_match is true/false, 1/0
// (also 1.0/0.0), yes/no or t/f in any case. An optional schema column holds a FollowTheMoney schema name that
// selects the kind of the pair (see KindFromSchema); otherwise, or when it is empty, the pair
// has kind def. Errors name the line.
func ReadPairs(r io.Reader, def Kind) ([]Pair, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	head, err := cr.Read()
	if err == io.EOF {
		return nil, errors.New("line 1: empty file, want a header with name1,name2,is_match")
	}
	if err != nil {
		return nil, err
	}
	col := map[string]int{}
	for i, h := range head {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		if _, dup := col[h]; !dup {
			col[h] = i
		}
	}
	var missing []string
	for _, c := range []string{"name1", "name2", "is_match"} {
		if _, ok := col[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("line 1: header lacks column %s (want name1,name2,is_match)", strings.Join(missing, ", "))
	}
	schema, hasSchema := col["schema"]
	need := max(col["name1"], col["name2"], col["is_match"])
	var out []Pair
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) <= need {
			return nil, fmt.Errorf("line %d: %d columns, want at least %d", line, len(rec), need+1)
		}
		m, ok := parseBool(rec[col["is_match"]])
		if !ok {
			return nil, fmt.Errorf("line %d: is_match %q is not true/false, 1/0 or yes/no", line, rec[col["is_match"]])
		}
		p := Pair{Line: line, Name1: rec[col["name1"]], Name2: rec[col["name2"]], Match: m, Kind: def}
		if hasSchema && schema < len(rec) && strings.TrimSpace(rec[schema]) != "" {
			p.Kind = KindFromSchema(rec[schema])
		}
		out = append(out, p)
	}
}

func parseBool(s string) (bool, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "1", "true", "t", "yes", "y":
		return true, true
	case "0", "false", "f", "no", "n":
		return false, true
	}
	if f, err := strconv.ParseFloat(strings.TrimSpace(s), 64); err == nil && (f == 0 || f == 1) {
		return f == 1, true // "1.0", "0.0"
	}
	return false, false
}

// Result is a scored pair.
type Result struct {
	Pair
	Score     float64 `json:"score"`
	Predicted bool    `json:"predicted"`
}

// Evaluation summarises a scorer on labelled pairs at one threshold.
type Evaluation struct {
	Threshold float64  `json:"threshold"`
	Pairs     int      `json:"pairs"`
	TP        int      `json:"tp"`
	FP        int      `json:"fp"`
	TN        int      `json:"tn"`
	FN        int      `json:"fn"`
	Precision float64  `json:"precision"`
	Recall    float64  `json:"recall"`
	F1        float64  `json:"f1"`
	Accuracy  float64  `json:"accuracy"`
	Misses    []Result `json:"misses"` // false positives and false negatives, worst first
}

// Evaluate scores every pair with score (Score's first result when nil), predicts a match at
// or above threshold and returns the counts, the measures and the misses.
func Evaluate(pairs []Pair, threshold float64, score func(a, b string, kind Kind) float64) Evaluation {
	if score == nil {
		score = func(a, b string, kind Kind) float64 { s, _ := Score(a, b, kind); return s }
	}
	e := Evaluation{Threshold: threshold, Pairs: len(pairs)}
	for _, p := range pairs {
		s := score(p.Name1, p.Name2, p.Kind)
		r := Result{Pair: p, Score: s, Predicted: s >= threshold}
		switch {
		case r.Predicted && p.Match:
			e.TP++
		case r.Predicted && !p.Match:
			e.FP++
			e.Misses = append(e.Misses, r)
		case !r.Predicted && p.Match:
			e.FN++
			e.Misses = append(e.Misses, r)
		default:
			e.TN++
		}
	}
	if e.TP+e.FP > 0 {
		e.Precision = float64(e.TP) / float64(e.TP+e.FP)
	}
	if e.TP+e.FN > 0 {
		e.Recall = float64(e.TP) / float64(e.TP+e.FN)
	}
	if e.Precision+e.Recall > 0 {
		e.F1 = 2 * e.Precision * e.Recall / (e.Precision + e.Recall)
	}
	if e.Pairs > 0 {
		e.Accuracy = float64(e.TP+e.TN) / float64(e.Pairs)
	}
	sort.SliceStable(e.Misses, func(i, j int) bool {
		return missBy(e.Misses[i], threshold) > missBy(e.Misses[j], threshold)
	})
	return e
}

// missBy is how far a miss is on the wrong side of the threshold.
func missBy(r Result, t float64) float64 {
	if r.Match {
		return t - r.Score
	}
	return r.Score - t
}
