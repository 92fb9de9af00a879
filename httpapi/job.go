package httpapi

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"unicode"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/analyse"
	"github.com/dossier-osint/dossier/ingest"
	"github.com/dossier-osint/dossier/pipeline"
	"github.com/dossier-osint/dossier/reader"
)

// Job is the progress of one upload's ingest.
type Job struct {
	ID      string     `json:"id"`
	Done    bool       `json:"done"`
	Files   int        `json:"files"`
	Added   int        `json:"added"`
	Present int        `json:"present"`
	Failed  int        `json:"failed"`
	Errors  []JobError `json:"errors"`
	Sources []string   `json:"sources"` // IDs of the sources added or already present
}

// JobError is why one uploaded file was not stored.
type JobError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

// jobs keeps the most recent jobs in memory: they describe work in progress, not the store.
type jobs struct {
	mu    sync.Mutex
	m     map[string]*Job
	order []string
}

const keepJobs = 200

// maxUploadFiles bounds the files of one upload (each gets a folder while it is ingested).
const maxUploadFiles = 10000

func newJobs() *jobs { return &jobs{m: map[string]*Job{}} }

func (js *jobs) add(j *Job) {
	js.mu.Lock()
	defer js.mu.Unlock()
	js.m[j.ID] = j
	js.order = append(js.order, j.ID)
	if len(js.order) > keepJobs {
		delete(js.m, js.order[0])
		js.order = js.order[1:]
	}
}

// update changes a job under the lock.
func (js *jobs) update(id string, fn func(*Job)) {
	js.mu.Lock()
	defer js.mu.Unlock()
	if j := js.m[id]; j != nil {
		fn(j)
	}
}

// get returns a copy of a job.
func (js *jobs) get(id string) (Job, bool) {
	js.mu.Lock()
	defer js.mu.Unlock()
	j := js.m[id]
	if j == nil {
		return Job{}, false
	}
	c := *j
	c.Errors = append([]JobError{}, j.Errors...)
	c.Sources = append([]string{}, j.Sources...)
	return c, true
}

func (s *Server) handleJobGet(w http.ResponseWriter, r *http.Request) error {
	j, ok := s.jobs.get(r.PathValue("id"))
	if !ok {
		return dossier.Errorf(dossier.ENOTFOUND, "no job %s", r.PathValue("id"))
	}
	writeJSON(w, http.StatusOK, j)
	return nil
}

// uploadName makes an uploaded file's name safe to create in a folder of its own: the base name
// only, without control characters or a leading dot (which ingest would skip as hidden).
func uploadName(name string, i int) string {
	name = filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '/' || r == 0 {
			return -1
		}
		return r
	}, name)
	name = strings.TrimLeft(name, ". ")
	if len(name) > 200 {
		ext := filepath.Ext(name)
		if len(ext) > 20 {
			ext = ""
		}
		name = name[:200-len(ext)] + ext
	}
	if name == "" {
		name = fmt.Sprintf("upload-%d", i)
	}
	return name
}

// handleSourceUpload stores the files of a multipart request (field "files") in a temporary
// folder, one sub-folder per file so that equal names do not collide, and ingests them in the
// background as a job, exactly as 'dossier ingest' does.
func (s *Server) handleSourceUpload(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
	mr, err := r.MultipartReader()
	if err != nil {
		return dossier.Errorf(dossier.EINVALID, "expected a multipart/form-data body with field \"files\"")
	}
	dir, err := os.MkdirTemp("", "dossier-upload-")
	if err != nil {
		return err
	}
	keep := false
	defer func() {
		if !keep {
			os.RemoveAll(dir)
		}
	}()
	var paths []string
	names := map[string]string{} // temporary path → uploaded name
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return &dossier.Error{Code: dossier.ETOOLARGE, Message: fmt.Sprintf("upload larger than %d MB", s.cfg.MaxUpload>>20), Err: err}
			}
			return &dossier.Error{Code: dossier.EINVALID, Message: "malformed multipart body", Err: err}
		}
		if part.FormName() != "files" || part.FileName() == "" {
			part.Close()
			continue
		}
		i := len(paths)
		if i >= maxUploadFiles {
			return dossier.Errorf(dossier.EINVALID, "at most %d files per upload", maxUploadFiles)
		}
		name := uploadName(part.FileName(), i)
		sub := filepath.Join(dir, fmt.Sprint(i))
		if err := os.Mkdir(sub, 0o700); err != nil {
			return err
		}
		p := filepath.Join(sub, name)
		f, err := os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return err
		}
		_, err = io.Copy(f, part)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		part.Close()
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return &dossier.Error{Code: dossier.ETOOLARGE, Message: fmt.Sprintf("upload larger than %d MB", s.cfg.MaxUpload>>20), Err: err}
			}
			return &dossier.Error{Code: dossier.EINVALID, Message: "upload interrupted", Err: err}
		}
		paths = append(paths, p)
		names[p] = part.FileName()
	}
	if len(paths) == 0 {
		return dossier.Errorf(dossier.EINVALID, "no files in field \"files\"")
	}
	job := &Job{ID: RandomSecret(12), Files: len(paths), Errors: []JobError{}, Sources: []string{}}
	s.jobs.add(job)
	keep = true
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer os.RemoveAll(dir)
		s.runJob(s.ctx, job.ID, paths, names)
	}()
	writeJSON(w, http.StatusAccepted, map[string]string{"job": job.ID})
	return nil
}

// runJob ingests the files of one upload, then analyses the store (echoes, grades,
// contradictions), as the ingest command does.
func (s *Server) runJob(ctx context.Context, id string, paths []string, names map[string]string) {
	s.ingestMu.Lock()
	defer s.ingestMu.Unlock()
	fail := func(err error) {
		s.log.Error("ingest job", "job", id, "err", err)
		s.jobs.update(id, func(j *Job) {
			j.Errors = append(j.Errors, JobError{Path: "", Error: dossier.ErrorMessage(err)})
			j.Done = true
		})
	}
	engine := pipeline.New()
	if err := engine.Load(ctx, s.cfg.Store); err != nil {
		fail(err)
		return
	}
	opt := ingest.Options{
		Reader:  reader.Options{MaxSize: s.cfg.MaxUpload},
		Extract: engine.Prepare,
		OnEvent: func(ev ingest.Event) {
			s.jobs.update(id, func(j *Job) {
				switch ev.Status {
				case ingest.Added:
					j.Added++
					j.Sources = append(j.Sources, ev.SourceID)
				case ingest.Present:
					j.Present++
					j.Sources = append(j.Sources, ev.SourceID)
				case ingest.Failed:
					j.Failed++
					name := names[ev.Path]
					if name == "" {
						name = filepath.Base(ev.Path)
					}
					// The message may name the temporary file: show the uploaded name instead.
					msg := strings.ReplaceAll(dossier.ErrorMessageOrError(ev.Err), ev.Path, name)
					j.Errors = append(j.Errors, JobError{Path: name, Error: msg})
				}
			})
		},
	}
	sum, err := ingest.Run(ctx, s.cfg.Store, paths, opt)
	if err != nil {
		fail(err)
		return
	}
	if sum.Added > 0 {
		if _, err := analyse.Run(ctx, s.cfg.Store); err != nil {
			fail(err)
			return
		}
		s.invalidate()
	}
	s.log.Info("ingest job", "job", id, "added", sum.Added, "present", sum.Present, "failed", sum.Failed)
	s.jobs.update(id, func(j *Job) { j.Done = true })
}
