package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dossier-osint/dossier/synth"
)

func init() {
	commands["gen"] = command{"generate a synthetic corpus or name list", (*Main).runGen}
}

func (m *Main) runGen(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(m.Stderr, `Usage: dossier gen corpus --docs N --out DIR [--seed S] [--known-names K] [--names FILE] [--manifest FILE]
       dossier gen names --n N [--seed S] [--variants] [-o FILE]

Generate deterministic synthetic material for benchmarks: the same seed always gives the same
bytes. Run 'dossier gen corpus -h' or 'dossier gen names -h' for the options.
`)
		if len(args) == 0 {
			return usagef("gen: say what to generate: corpus or names")
		}
		return nil
	}
	switch args[0] {
	case "corpus":
		return m.runGenCorpus(ctx, args[1:])
	case "names":
		return m.runGenNames(ctx, args[1:])
	}
	return usagef("gen: unknown kind %q (want corpus or names)", args[0])
}

func (m *Main) runGenCorpus(ctx context.Context, args []string) error {
	fs := m.newFlagSet("gen corpus", "--docs N --out DIR [options]", `
Write N news-like documents (about 4 KB each; English, Azerbaijani, Turkish, Russian, Persian
and Arabic; text, HTML and Markdown) into DIR as 000000.txt, 000001.html, ... They mention
names from a generated list of known names, in varying spellings, and some echo earlier
documents (near-duplicates, "according to" summaries and translations). --manifest records
each document's language, entities and echo source.`)
	docs := fs.Int("docs", 1000, "number of documents")
	seed := fs.Uint64("seed", 1, "random seed")
	out := fs.String("out", "", "output directory (created if needed)")
	known := fs.Int("known-names", 10000, "number of known names the documents draw on")
	names := fs.String("names", "", "also write the known names and their variants, one per line, to this file")
	manifest := fs.String("manifest", "", "also write one JSON line per document (metadata, entities, echo source) to this file")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usagef("gen corpus: unexpected argument %q", fs.Arg(0))
	case *out == "":
		return usagef("gen corpus: --out DIR is required")
	case *docs < 0:
		return usagef("gen corpus: --docs must not be negative")
	case *known < 1:
		return usagef("gen corpus: --known-names must be at least 1")
	}
	start := time.Now()
	c := synth.NewCorpus(*seed, *known)
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := c.WriteDir(*out, *docs); err != nil {
		return err
	}
	if *names != "" {
		if err := genWriteFile(*names, func(w io.Writer) error { return synth.WriteNames(w, c.Names) }); err != nil {
			return err
		}
	}
	if *manifest != "" {
		if err := genWriteFile(*manifest, func(w io.Writer) error { return c.WriteManifest(w, *docs) }); err != nil {
			return err
		}
	}
	fmt.Fprintf(m.Stdout, "wrote %d documents to %s (seed %d, %d known names) in %s\n",
		*docs, *out, *seed, *known, time.Since(start).Round(time.Millisecond))
	return nil
}

func (m *Main) runGenNames(ctx context.Context, args []string) error {
	fs := m.newFlagSet("gen names", "--n N [options]", `
Write N distinct generated entity names (persons, organisations, places), one per line; with
--variants, each name is followed by its other spellings (transliterations, Azerbaijani and
Turkish Latin, Cyrillic, Persian and Arabic script), also one per line.`)
	n := fs.Int("n", 1000, "number of names")
	seed := fs.Uint64("seed", 1, "random seed")
	variants := fs.Bool("variants", false, "also write every name's variant spellings")
	out := fs.String("o", "", "output file (default standard output)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usagef("gen names: unexpected argument %q", fs.Arg(0))
	case *n < 0:
		return usagef("gen names: --n must not be negative")
	}
	write := func(w io.Writer) error {
		// Names are made and written in batches, so that a large list needs little more memory
		// than the set of names seen.
		g := synth.NewNameGen(*seed)
		bw := bufio.NewWriterSize(w, 64<<10)
		batch := make([]synth.Name, 1<<15)
		for done := 0; done < *n; done += len(batch) {
			if err := ctx.Err(); err != nil {
				return err
			}
			batch = batch[:min(len(batch), *n-done)]
			g.Read(batch)
			for _, name := range batch {
				bw.WriteString(name.Text)
				bw.WriteByte('\n')
				if *variants {
					for _, v := range name.Variants {
						bw.WriteString(v)
						bw.WriteByte('\n')
					}
				}
			}
		}
		return bw.Flush()
	}
	if *out == "" {
		return write(m.Stdout)
	}
	return genWriteFile(*out, write)
}

// genWriteFile creates path and fills it with write, reporting the first error.
func genWriteFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}
