package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dossier-osint/dossier/analyse"
	"github.com/dossier-osint/dossier/export/jsonl"
)

func init() {
	commands["export"] = command{"write the store in an exchange format", (*Main).runExport}
}

func (m *Main) runExport(ctx context.Context, args []string) error {
	fs := m.newFlagSet("export", "[options]", `
Writes the whole store. Formats:
  jsonl   the lossless JSON-lines dump: sources with their exact stored text, entities,
          mentions, claims with evidence and grades, source links, judgements, origin groups
          and contradictions (one object per line). The truth layer runs first, so grades,
          echo links and contradictions are current.`)
	format := fs.String("format", "jsonl", "output format")
	out := fs.String("o", "-", "output file, - for standard output")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("export takes no arguments")
	}
	var write func(context.Context, io.Writer) error
	db, err := m.openStore()
	if err != nil {
		return err
	}
	switch *format {
	case "jsonl":
		rep, err := analyse.Run(ctx, db)
		if err != nil {
			return err
		}
		a := &jsonl.Analysis{OriginGroups: rep.OriginGroups, Contradictions: rep.Contradictions}
		write = func(ctx context.Context, w io.Writer) error { return jsonl.Write(ctx, w, db, a) }
	default:
		return usagef("unknown export format %q (supported: jsonl)", *format)
	}
	if *out == "-" {
		w := bufio.NewWriter(m.Stdout)
		if err := write(ctx, w); err != nil {
			return err
		}
		return w.Flush()
	}
	// Write beside the target and rename, so a failed export never leaves a truncated file.
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".export-*")
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := write(ctx, tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), *out)
}
