package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// runBenchExport is reached as 'dossier bench export'.
// runBenchExport generates a store with the graph generator of 'bench graph' (or reuses
// --store), then runs 'dossier export' once per format in a child process and reports its wall
// time, peak resident memory and output size.
func (m *Main) runBenchExport(ctx context.Context, args []string) error {
	fs := m.newFlagSet("bench export", "[options]", `
Generates a store of --entities entities and --claims claims (persons and typed claims with one
evidence passage each), then exports it in each format in a child process (the truth layer
skipped, so only the export is measured) and prints time, peak memory and size per format.`)
	entities := fs.Int("entities", 1000000, "entities to generate")
	claims := fs.Int("claims", 1000000, "claims to generate")
	store := fs.String("store", "", "reuse (or create) the store at this path instead of a temporary one")
	formats := fs.String("formats", strings.Join(exportFormats, ","), "comma-separated formats")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "dossier-bench-export-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	db := *store
	if db == "" {
		db = filepath.Join(tmp, "bench.db")
	}
	if _, err := os.Stat(db); err != nil {
		t0 := time.Now()
		if err := storeGraph(ctx, db, *entities, *claims); err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "generated %d entities and %d claims in %s\n", *entities, *claims, time.Since(t0).Round(time.Millisecond))
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	// CPU time (user + system) is reported beside wall time: on a shared machine it is the
	// steadier figure.
	// Peak memory twice: the kernel's peak resident set, which counts the store's pages that
	// the reader maps, and the peak of anonymous memory (heap and stacks), sampled.
	fmt.Fprintf(m.Stdout, "%-8s %10s %10s %10s %10s %12s\n", "format", "wall s", "cpu s", "peak MB", "anon MB", "output MB")
	for _, f := range strings.Split(*formats, ",") {
		out := filepath.Join(tmp, "export."+f)
		if f == "csv" {
			out += ".zip"
		}
		cmd := exec.CommandContext(ctx, self, "--db", db, "export", "--analyse=false", "--format", f, "-o", out)
		cmd.Stderr = m.Stderr
		t0 := time.Now()
		if err := cmd.Start(); err != nil {
			return fmt.Errorf("export %s: %w", f, err)
		}
		anon := sampleAnon(cmd.Process.Pid)
		err := cmd.Wait()
		anonKB := anon.Peak()
		if err != nil {
			return fmt.Errorf("export %s: %w", f, err)
		}
		d := time.Since(t0)
		var rss int64
		var cpu time.Duration
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = ru.Maxrss // kilobytes on Linux
			cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		}
		st, err := os.Stat(out)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "%-8s %10.1f %10.1f %10.0f %10.0f %12.0f\n", f, d.Seconds(), cpu.Seconds(), float64(rss)/1024, float64(anonKB)/1024, float64(st.Size())/(1<<20))
		os.Remove(out)
	}
	return nil
}
