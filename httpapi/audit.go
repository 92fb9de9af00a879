package httpapi

import (
	"encoding/json"
	"io"
	"net/http"
	"sync"
	"time"
)

// auditRecord is one line of the audit log: who read or changed what, and what came of it.
// Unlike the request log it keeps the query string (search terms, filters, page cursors), which
// is part of what a user read; credentials never travel in URLs, so none are written.
type auditRecord struct {
	Time   string `json:"time"`
	User   string `json:"user"`
	Method string `json:"method"`
	Path   string `json:"path"`
	Query  string `json:"query,omitempty"`
	Status int    `json:"status"`
}

// auditLog appends one JSON line per request made by a signed-in user or a token, written
// through at once (no buffer that a crash would lose).
type auditLog struct {
	mu sync.Mutex
	w  io.Writer
}

func (a *auditLog) record(r *http.Request, user string, status int, at time.Time) error {
	b, err := json.Marshal(auditRecord{Time: at.UTC().Format(time.RFC3339Nano), User: user, Method: r.Method,
		Path: r.URL.Path, Query: r.URL.RawQuery, Status: status})
	if err != nil {
		return err
	}
	b = append(b, '\n')
	a.mu.Lock()
	defer a.mu.Unlock()
	_, err = a.w.Write(b)
	return err
}
