// Package ingest drives the pipeline over files: it walks paths, reads and normalises each file
// on several workers, runs the extraction stages, and hands the results to the store in group
// commits from a single writer. It never stops at a bad file: each failure is reported as an
// event and the rest goes on.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/reader"
)

// Status says what happened to one file.
type Status uint8

// Statuses of an Event.
const (
	Added   Status = iota // stored now
	Present               // the same content was already stored
	Failed                // not stored; Err says why
)

func (s Status) String() string {
	return [...]string{"added", "present", "failed"}[s]
}

// Event reports the outcome for one file.
type Event struct {
	Path     string
	SourceID string
	Status   Status
	Err      error
	Bytes    int64
}

// Summary counts the outcomes of a run.
type Summary struct {
	Added, Present, Failed int
	Bytes                  int64
	Elapsed                time.Duration
}

// Extractor runs the pure extraction stages on a freshly read source, on the workers,
// concurrently, without touching storage. It returns the function that finishes the work —
// resolution against the known entities — which Run calls on its single writer goroutine, in the
// order documents are stored, so that two documents never create the same entity twice.
type Extractor func(s *dossier.Source) (resolve func() *dossier.Extraction)

// Options configure a run. The zero value reads with reader defaults on GOMAXPROCS workers.
type Options struct {
	Reader     reader.Options
	Workers    int       // reading and extraction workers; default GOMAXPROCS
	BatchDocs  int       // documents per transaction; default 256
	BatchBytes int64     // text bytes per transaction; default 16 MB
	Extract    Extractor // extraction and resolution, optional
	CaseID     string    // case the sources belong to
	Now        func() time.Time
	OnEvent    func(Event) // called from one goroutine, in completion order
	OnFound    func(n int) // called as files are discovered, with the running total
}

// Run ingests every supported file under paths (files, or directories walked recursively;
// hidden files and directories are skipped) into st. It returns the summary; the error is
// non-nil only when the store itself failed or ctx was cancelled. Failed files are events.
func Run(ctx context.Context, st dossier.SourceService, paths []string, opt Options) (Summary, error) {
	start := time.Now()
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchDocs <= 0 {
		opt.BatchDocs = 256
	}
	if opt.BatchBytes <= 0 {
		opt.BatchBytes = 16 << 20
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	// Files are numbered as they are found and resolved in that order whatever order the workers
	// finish in, so that a run's result does not depend on timing.
	type job struct {
		seq  int
		path string
	}
	files := make(chan job, 256)
	results := make(chan result, 2*opt.Workers+opt.BatchDocs)
	var walkErr error
	go func() {
		defer close(files)
		n := 0
		walkErr = walk(ctx, paths, func(p string) {
			if opt.OnFound != nil {
				opt.OnFound(n + 1)
			}
			files <- job{n, p}
			n++
		}, func(p string, err error) {
			results <- result{seq: n, ev: Event{Path: p, Status: Failed, Err: err}}
			n++
		})
	}()
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range files {
				r := work(ctx, st, j.path, opt)
				r.seq = j.seq
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	var sum Summary
	w := writer{st: st, opt: opt, sum: &sum}
	pending := map[int]result{}
	next := 0
	for r := range results {
		pending[r.seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if r.doc == nil {
				w.emit(r.ev)
				continue
			}
			if r.resolve != nil {
				r.doc.Extraction = r.resolve()
			}
			w.add(r)
			if len(w.batch) >= opt.BatchDocs || w.bytes >= opt.BatchBytes {
				if err := w.flush(ctx); err != nil {
					cancel()
					for range results {
					}
					return sum, err
				}
			}
		}
	}
	if err := w.flush(ctx); err != nil {
		return sum, err
	}
	sum.Elapsed = time.Since(start)
	if walkErr != nil {
		return sum, walkErr
	}
	return sum, ctx.Err()
}

type result struct {
	seq     int // order in which the file was found
	ev      Event
	doc     *dossier.Document
	resolve func() *dossier.Extraction
}

func work(ctx context.Context, st dossier.SourceService, path string, opt Options) result {
	s, err := reader.ReadFile(path, opt.Reader)
	if err != nil {
		return result{ev: Event{Path: path, Status: Failed, Err: err}}
	}
	s.Retrieved = opt.Now().UTC()
	s.CaseID = opt.CaseID
	r := result{ev: Event{Path: path, SourceID: s.ID, Bytes: s.Size}, doc: &dossier.Document{Source: s}}
	if opt.Extract != nil {
		// Content already stored needs no extraction: the store will report it as present.
		if _, err := st.FindSourceByID(ctx, s.ID); dossier.ErrorCode(err) == dossier.ENOTFOUND {
			r.resolve = opt.Extract(s)
		}
	}
	return r
}

type writer struct {
	st    dossier.SourceService
	opt   Options
	sum   *Summary
	batch []result
	bytes int64
}

func (w *writer) add(r result) {
	w.batch = append(w.batch, r)
	w.bytes += int64(len(r.doc.Source.Text))
}

func (w *writer) emit(ev Event) {
	switch ev.Status {
	case Added:
		w.sum.Added++
		w.sum.Bytes += ev.Bytes
	case Present:
		w.sum.Present++
	case Failed:
		w.sum.Failed++
	}
	if w.opt.OnEvent != nil {
		w.opt.OnEvent(ev)
	}
}

func (w *writer) flush(ctx context.Context) error {
	if len(w.batch) == 0 {
		return nil
	}
	docs := make([]*dossier.Document, len(w.batch))
	for i, r := range w.batch {
		docs[i] = r.doc
	}
	res, err := w.st.StoreSources(ctx, docs)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	for i, r := range w.batch {
		ev := r.ev
		switch {
		case res[i].Err != nil:
			ev.Status, ev.Err = Failed, res[i].Err
		case res[i].Added:
			ev.Status = Added
		default:
			ev.Status = Present
		}
		w.emit(ev)
	}
	w.batch, w.bytes = w.batch[:0], 0
	return nil
}

// walk calls found for every candidate file under paths and bad for each path that cannot be
// read. Hidden entries inside directories are skipped; paths given explicitly never are.
func walk(ctx context.Context, paths []string, found func(string), bad func(string, error)) error {
	for _, root := range paths {
		fi, err := os.Stat(root)
		if err != nil {
			bad(root, describe(err))
			continue
		}
		if !fi.IsDir() {
			found(root)
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil {
				bad(p, describe(err))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if p != root && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				found(p)
			} else if !d.IsDir() && d.Type()&fs.ModeSymlink != 0 {
				found(p) // reader follows it and reports what it finds
			}
			return nil
		})
		if err != nil && ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return nil
}

// describe turns file-system errors into messages without the path, which the caller shows.
func describe(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return dossier.Errorf(dossier.EINVALID, "no such file or directory")
	case errors.Is(err, fs.ErrPermission):
		return dossier.Errorf(dossier.EINVALID, "permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return dossier.Errorf(dossier.EINVALID, "%v", pe.Err)
	}
	return err
}
