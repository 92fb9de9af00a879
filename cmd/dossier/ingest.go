package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/analyse"
	"github.com/dossier-osint/dossier/ingest"
	"github.com/dossier-osint/dossier/pipeline"
	"github.com/dossier-osint/dossier/reader"
)

func init() {
	commands["ingest"] = command{"read files and folders into the store", (*Main).runIngest}
}

func (m *Main) runIngest(ctx context.Context, args []string) error {
	fs := m.newFlagSet("ingest", "[options] PATH...", `
Reads plain text, Markdown and HTML files, and folders of them (recursively, skipping hidden
entries), into the store. Each source is identified by the hash of its normalised text, so
ingesting the same content again adds nothing. A file that cannot be read is reported on its
own line with the reason; every other file is still stored. Exit status 1 if any file failed.`)
	maxSize := fs.String("max-size", "50MB", "largest file to read (bytes, or with KB, MB, GB)")
	charset := fs.String("charset", "", "charset of files that declare none and are not UTF-8 (e.g. windows-1251)")
	workers := fs.Int("workers", 0, "reading workers (default: number of CPUs)")
	caseID := fs.String("case", "", "case the sources belong to")
	quiet := fs.Bool("q", false, "print only failures and the summary")
	plain := fs.Bool("no-extract", false, "store the sources without extracting entities and claims")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usagef("ingest needs at least one file or folder")
	}
	limit, err := parseSize(*maxSize)
	if err != nil {
		return usagef("--max-size: %v", err)
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	// The known names and the names index are the live heap of an extracting ingest (about
	// 270 MB for 100,000 entities); without a limit Go's collector lets the process grow to
	// about twice that. With SQLite's caches outside Go's heap, 400 MiB keeps the whole process
	// under 500 MB; 450 MiB was 5 % faster and 40 MB over. GOMEMLIMIT overrides this.
	if m.Env("GOMEMLIMIT") == "" && !*plain {
		debug.SetMemoryLimit(400 << 20)
	}
	// DOSSIER_CPUPROFILE writes a CPU profile of the ingest to that file, for tuning.
	if path := m.Env("DOSSIER_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	var extract ingest.Extractor
	if !*plain {
		engine := pipeline.New()
		if err := engine.Load(ctx, db); err != nil {
			return err
		}
		engine.Freeze()
		extract = engine.Prepare
	}
	bar := newProgress(m.Stderr, *quiet)
	opt := ingest.Options{
		Reader:  reader.Options{MaxSize: limit, Charset: *charset},
		Workers: *workers,
		CaseID:  *caseID,
		Extract: extract,
		// DOSSIER_INGEST_BATCH sets documents per transaction, for crash tests and tuning.
		BatchDocs: atoiOr(m.Env("DOSSIER_INGEST_BATCH"), 0),
		OnFound:   bar.found,
		OnEvent: func(ev ingest.Event) {
			if ev.Status == ingest.Failed {
				bar.clear()
				fmt.Fprintf(m.Stderr, "dossier: %s: %s\n", ev.Path, dossier.ErrorMessageOrError(ev.Err))
			}
			bar.done(ev.Bytes)
		},
	}
	sum, err := ingest.Run(ctx, db, fs.Args(), opt)
	bar.clear()
	// DOSSIER_HEAPPROFILE writes what the heap holds at the end of the ingest (the known names
	// still loaded, before the analysis) to that file, for tuning.
	if path := m.Env("DOSSIER_HEAPPROFILE"); path != "" {
		if perr := writeHeapProfile(path); perr != nil {
			return perr
		}
	}
	fmt.Fprintf(m.Stdout, "%d added, %d already present, %d failed (%s in %s)\n",
		sum.Added, sum.Present, sum.Failed, humanBytes(sum.Bytes), sum.Elapsed.Round(time.Millisecond))
	if err != nil {
		return err
	}
	if extract != nil && sum.Added > 0 {
		// The known names are no longer needed: let the collector take them before the
		// analysis reads the store.
		extract, opt.Extract = nil, nil
		rep, err := analyse.Run(ctx, db)
		if err != nil {
			return err
		}
		if !*quiet {
			fmt.Fprintf(m.Stdout, "analysed %d sources and %d claims: %d new echo links, %d origin groups, %d contradictions\n",
				rep.Sources, rep.Claims, len(rep.NewLinks), len(rep.OriginGroups), len(rep.Contradictions))
		}
	}
	if sum.Failed > 0 {
		return errFailed
	}
	return nil
}

// parseSize reads "50MB", "512KB", "1GB" or a byte count.
func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, suf := range []struct {
		s string
		m int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, suf.s) {
			u, mult = strings.TrimSpace(strings.TrimSuffix(u, suf.s)), suf.m
			break
		}
	}
	n, err := strconv.ParseInt(u, 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("invalid size %q", s)
	}
	return n * mult, nil
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// progress draws a one-line progress bar on a terminal and nothing elsewhere.
type progress struct {
	w            io.Writer
	on           bool
	total, count int
	bytes        int64
	start, last  time.Time
}

func newProgress(w io.Writer, quiet bool) *progress {
	return &progress{w: w, on: !quiet && isTerminal(w), start: time.Now()}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (p *progress) found(n int) { p.total = n }

func (p *progress) done(b int64) {
	p.count++
	p.bytes += b
	if !p.on || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	const width = 30
	fill := 0
	if p.total > 0 {
		fill = min(width, p.count*width/p.total)
	}
	rate := float64(p.bytes) / time.Since(p.start).Seconds()
	fmt.Fprintf(p.w, "\r[%s%s] %d/%d files  %s/s ", strings.Repeat("#", fill), strings.Repeat(" ", width-fill),
		p.count, p.total, humanBytes(int64(rate)))
}

func (p *progress) clear() {
	if p.on && !p.last.IsZero() {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

func atoiOr(s string, def int) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return def
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
