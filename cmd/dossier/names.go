package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dossier-osint/dossier/names"
)

func init() {
	commands["names"] = command{"compare and evaluate name matching", (*Main).runNames}
}

func (m *Main) runNames(ctx context.Context, args []string) error {
	const about = `Compare two names, or evaluate the name matcher on labelled pairs.

  dossier names compare [--kind person|organization|other] [--json] NAME1 NAME2
  dossier names eval [--threshold T] [--kind K] [--json] FILE.csv   (FILE may be - for stdin)

The CSV has a header with name1,name2,is_match (other columns are ignored; an optional
schema column with a FollowTheMoney schema name selects the kind of each pair).`
	if len(args) == 0 {
		fmt.Fprintln(m.Stderr, strings.TrimSpace(about))
		return usagef("names: want a subcommand: compare or eval")
	}
	switch args[0] {
	case "compare":
		return m.runNamesCompare(args[1:])
	case "eval":
		return m.runNamesEval(ctx, args[1:])
	case "-h", "-help", "--help", "help":
		fmt.Fprintln(m.Stderr, strings.TrimSpace(about))
		return nil
	}
	return usagef("names: unknown subcommand %q (want compare or eval)", args[0])
}

// namesParseArgs parses flags that may appear before or after the positional arguments.
func namesParseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parseArgs(fs, args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func (m *Main) runNamesCompare(args []string) error {
	fs := m.newFlagSet("names compare", "[--kind K] [--json] NAME1 NAME2", "Score two names and explain the score.")
	kindFlag := fs.String("kind", "other", "kind of the names: person, organization or other")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := namesParseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("names compare: want two names, got %d", len(pos))
	}
	kind, err := names.ParseKind(*kindFlag)
	if err != nil {
		return usagef("names compare: %v", err)
	}
	a, b := names.Prepare(pos[0], kind), names.Prepare(pos[1], kind)
	e := a.Explain(b)
	if *asJSON {
		return namesJSON(m.Stdout, map[string]any{
			"name1": pos[0], "name2": pos[1], "kind": kind.String(),
			"comparable1": a.Comparable(), "comparable2": b.Comparable(),
			"score": e.Score, "features": e.Features,
			"link": e.Score >= names.DefaultThreshold, "propose": e.Score >= names.ProposeThreshold,
		})
	}
	verdict := "different"
	switch {
	case e.Score >= names.DefaultThreshold:
		verdict = "same (link)"
	case e.Score >= names.ProposeThreshold:
		verdict = "possibly same (propose for review)"
	}
	fmt.Fprintf(m.Stdout, "%s  ->  %s\n%s  ->  %s\n%s\nverdict: %s (link at %.2f, propose at %.2f)\n",
		pos[0], a.Comparable(), pos[1], b.Comparable(), e, verdict, names.DefaultThreshold, names.ProposeThreshold)
	return nil
}

func (m *Main) runNamesEval(ctx context.Context, args []string) error {
	fs := m.newFlagSet("names eval", "[--threshold T] [--kind K] [--json] FILE.csv", "Evaluate the name matcher on labelled pairs (name1,name2,is_match).")
	threshold := fs.Float64("threshold", names.DefaultThreshold, "score at or above which a pair is predicted to match")
	kindFlag := fs.String("kind", "other", "kind of pairs without a schema column: person, organization or other")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := namesParseArgs(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("names eval: want one CSV file, got %d arguments", len(pos))
	}
	kind, err := names.ParseKind(*kindFlag)
	if err != nil {
		return usagef("names eval: %v", err)
	}
	if *threshold < 0 || *threshold > 1 {
		return usagef("names eval: --threshold %v is outside [0,1]", *threshold)
	}
	var r io.Reader = m.Stdin
	if pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return fmt.Errorf("names eval: %w", err)
		}
		defer f.Close()
		r = f
	}
	pairs, err := names.ReadPairs(r, kind)
	if err != nil {
		return fmt.Errorf("names eval: %s: %w", pos[0], err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	e := names.Evaluate(pairs, *threshold, nil)
	if *asJSON {
		return namesJSON(m.Stdout, e)
	}
	fmt.Fprintf(m.Stdout, "pairs %d  threshold %.3f\nprecision %.4f  recall %.4f  F1 %.4f  accuracy %.4f\nTP %d  FP %d  TN %d  FN %d\n",
		e.Pairs, e.Threshold, e.Precision, e.Recall, e.F1, e.Accuracy, e.TP, e.FP, e.TN, e.FN)
	if len(e.Misses) > 0 {
		fmt.Fprintf(m.Stdout, "misses (%d):\n", len(e.Misses))
		for _, x := range e.Misses {
			tag := "FP"
			if x.Match {
				tag = "FN"
			}
			fmt.Fprintf(m.Stdout, "  %s %.3f  line %d  %s | %s  (%s)\n", tag, x.Score, x.Line, x.Name1, x.Name2, x.Kind)
		}
	}
	return nil
}

func namesJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
