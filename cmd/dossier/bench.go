package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/resolve"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/synth"
)

func init() {
	commands["bench"] = command{"run the end-to-end benchmarks", (*Main).runBench}
}

func (m *Main) runBench(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usagef("bench needs a benchmark name: ingest, graph, export, serve")
	}
	switch args[0] {
	case "ingest":
		return m.benchIngest(ctx, args[1:])
	case "graph":
		return m.benchGraph(ctx, args[1:])
	case "export":
		return m.runBenchExport(ctx, args[1:])
	case "serve":
		return m.benchServe(ctx, args[1:])
	}
	return usagef("unknown benchmark %q (have: ingest, graph, export, serve)", args[0])
}

// benchIngest measures `dossier ingest` on a generated corpus against `cat` reading the same
// files, alternating the two so both see the same page cache and machine noise. Each ingest
// runs in a child process pinned to one core (GOMAXPROCS=1, one reading worker) into a fresh
// store; its peak memory is the child's maximum resident set.
func (m *Main) benchIngest(ctx context.Context, args []string) error {
	fs := m.newFlagSet("bench ingest", "[options]", `
Generates a synthetic corpus (or uses --dir), then times, alternately, reading every file with
cat and ingesting the folder into a fresh store on one core, and prints medians and the ratio.`)
	docs := fs.Int("docs", 100000, "documents to generate")
	seed := fs.Uint64("seed", 1, "generator seed")
	dir := fs.String("dir", "", "use this folder instead of generating one")
	runs := fs.Int("runs", 3, "repetitions of each measurement")
	process := fs.String("args", "", "extra arguments for the ingest child, space-separated (e.g. --no-extract)")
	known := fs.Int("known", 0, "known entities (with their generated spellings) stored before each run")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "dossier-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if *dir == "" {
		*dir = filepath.Join(tmp, "corpus")
		t0 := time.Now()
		c := synth.NewCorpus(*seed, max(*known, 1000))
		if err := c.WriteDir(*dir, *docs); err != nil {
			return err
		}
		fmt.Fprintf(m.Stderr, "generated %d documents in %s\n", *docs, time.Since(t0).Round(time.Millisecond))
	}
	files, bytes, err := countFiles(*dir)
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	var catT, ingT, ingCPU []time.Duration
	var rss, anon []int64
	// One warm-up read so the first timed run does not pay for a cold cache.
	if _, err := timeCat(*dir); err != nil {
		return err
	}
	for i := range *runs {
		d, err := timeCat(*dir)
		if err != nil {
			return err
		}
		catT = append(catT, d)
		db := filepath.Join(tmp, fmt.Sprintf("bench-%d.db", i))
		if *known > 0 {
			if err := seedKnown(ctx, db, *seed, *known); err != nil {
				return err
			}
		}
		cargs := append([]string{"--db", db, "ingest", "-q", "--workers", "1"}, strings.Fields(*process)...)
		cmd := exec.CommandContext(ctx, self, append(cargs, *dir)...)
		cmd.Env = append(os.Environ(), "GOMAXPROCS=1")
		cmd.Stderr = m.Stderr
		var out strings.Builder
		cmd.Stdout = &out
		t0 := time.Now()
		if err := cmd.Start(); err != nil {
			return fmt.Errorf("ingest child: %w", err)
		}
		sampler := sampleAnon(cmd.Process.Pid)
		err = cmd.Wait()
		el := time.Since(t0)
		anon = append(anon, sampler.Peak()*1024)
		if err != nil {
			return fmt.Errorf("ingest child: %w: %s", err, out.String())
		}
		ingT = append(ingT, el)
		ingCPU = append(ingCPU, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = append(rss, ru.Maxrss*1024)
		}
		os.Remove(db)
		os.Remove(db + "-wal")
		os.Remove(db + "-shm")
	}
	c, in := median(catT), median(ingT)
	mb := float64(bytes) / (1 << 20)
	fmt.Fprintf(m.Stdout, "corpus: %d files, %.1f MB (%s, %s/%s)\n", files, mb, *dir, runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(m.Stdout, "cat:    median %s over %d runs = %.0f files/s, %.1f MB/s\n", c.Round(time.Millisecond), *runs, float64(files)/c.Seconds(), mb/c.Seconds())
	// The kernel's peak resident set counts the store's pages that the read connections map;
	// the peak of anonymous memory (heap, stacks, SQLite's caches) is what the process holds.
	fmt.Fprintf(m.Stdout, "ingest: median %s over %d runs = %.0f docs/s, %.1f MB/s on one core; peak RSS %s, peak anonymous %s\n",
		in.Round(time.Millisecond), *runs, float64(files)/in.Seconds(), mb/in.Seconds(), humanBytes(maxOf(rss)), humanBytes(maxOf(anon)))
	cpu := median(ingCPU)
	fmt.Fprintf(m.Stdout, "ingest CPU time (user+system): median %s = %.0f docs per CPU-second (the figure a busy machine does not distort)\n",
		cpu.Round(time.Millisecond), float64(files)/cpu.Seconds())
	fmt.Fprintf(m.Stdout, "ratio:  ingest takes %.1f× the time of cat\n", in.Seconds()/c.Seconds())
	return nil
}

func timeCat(dir string) (time.Duration, error) {
	// find | xargs cat: the I/O floor of reading every file once.
	cmd := exec.Command("sh", "-c", `find "$1" -type f -print0 | xargs -0 cat > /dev/null`, "sh", dir)
	t0 := time.Now()
	if out, err := cmd.CombinedOutput(); err != nil {
		return 0, fmt.Errorf("cat: %w: %s", err, out)
	}
	return time.Since(t0), nil
}

func countFiles(dir string) (n int, size int64, err error) {
	err = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := d.Info()
		if err != nil {
			return err
		}
		n++
		size += fi.Size()
		return nil
	})
	return n, size, err
}

func median(ds []time.Duration) time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func maxOf(xs []int64) int64 {
	var m int64
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// seedKnown stores the corpus's first n known names as entities, with their spellings, so that
// the ingest that follows resolves against a realistic number of known names.
func seedKnown(ctx context.Context, path string, seed uint64, n int) error {
	db, err := sqlite.Open(path)
	if err != nil {
		return err
	}
	defer db.Close()
	names := synth.NewCorpus(seed, n).Names
	const batch = 20000
	for start, k := 0, 0; start < len(names); start, k = start+batch, k+1 {
		x := &dossier.Extraction{}
		for _, nm := range names[start:min(len(names), start+batch)] {
			e := &dossier.Entity{ID: resolve.EntityID(nm.Type, nm.Text), Type: nm.Type, Name: nm.Text, Status: dossier.StatusConfirmed}
			for _, v := range nm.Variants {
				e.Names = append(e.Names, dossier.Name{Text: v, Kind: "alias"})
			}
			x.Entities = append(x.Entities, e)
		}
		text := fmt.Sprintf("known names, batch %d", k)
		src := &dossier.Source{ID: dossier.ContentID(text), Path: fmt.Sprintf("known/%03d.txt", k), Text: text, Format: "text"}
		if err := storeOne(ctx, db, src, x); err != nil {
			return err
		}
	}
	return nil
}
