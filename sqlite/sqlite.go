// Package sqlite implements dossier's store on an embedded SQLite database (the pure-Go
// modernc.org/sqlite driver): one file, write-ahead log, foreign keys, FTS5 full-text search over
// the folded text computed by package normalize.
//
// Writes go through a single connection with immediate transactions, so writers queue instead of
// failing with SQLITE_BUSY; reads use a separate pool and never block on writers (WAL).
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dossier-osint/dossier"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is an open dossier store. It is safe for concurrent use.
type DB struct {
	Path string
	Now  dossier.Clock // captured once per transaction; defaults to time.Now

	w *sql.DB // one writer connection
	r *sql.DB // reader pool

	stmts stmtCache
}

var _ dossier.Store = (*DB)(nil)

// Open opens or creates the store at path and applies pending migrations. The path ":memory:"
// is not supported (readers and the writer must share one database); use a temporary file.
func Open(path string) (*DB, error) {
	if path == "" || path == ":memory:" {
		return nil, dossier.Errorf(dossier.EINVALID, "sqlite: a file path is required")
	}
	if dir := filepath.Dir(path); dir != "." {
		if fi, err := statDir(dir); err != nil {
			return nil, err
		} else if !fi {
			return nil, dossier.Errorf(dossier.EINVALID, "sqlite: %s is not a directory", dir)
		}
	}
	db := &DB{Path: path, Now: time.Now}
	pragmas := "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"
	u := "file:" + (&url.URL{Path: path}).EscapedPath()
	var err error
	// The writer checkpoints the WAL every 8,192 pages (32 MB) rather than SQLite's 1,000: an
	// ingest's group commits rewrite the same b-tree and full-text pages, which a checkpoint
	// then copies once instead of once per 4 MB of log.
	if db.w, err = sql.Open("sqlite", u+"?"+pragmas+"&_pragma=wal_autocheckpoint(8192)&_txlock=immediate"); err != nil {
		return nil, fmt.Errorf("sqlite: open: %w", err)
	}
	db.w.SetMaxOpenConns(1)
	db.w.SetConnMaxIdleTime(0)
	if err := db.migrate(context.Background()); err != nil {
		db.w.Close()
		return nil, err
	}
	// Readers map the database file into memory (up to readerMmap bytes of it) and read its
	// pages in place: a page not in a connection's own cache then costs no read system call and
	// no copy. The mapped pages are the kernel's file cache, shared by all connections, and
	// count in the process's resident set as file pages while mapped, not as heap.
	if db.r, err = sql.Open("sqlite", u+"?"+pragmas+"&_pragma=query_only(1)"+fmt.Sprintf("&_pragma=mmap_size(%d)", readerMmap)); err != nil {
		db.w.Close()
		return nil, fmt.Errorf("sqlite: open: %w", err)
	}
	db.r.SetMaxOpenConns(8)
	db.r.SetMaxIdleConns(8) // opening a connection costs far more than a query
	return db, nil
}

// readerMmap is how much of the database file the read connections map into memory.
const readerMmap = 4 << 30

// Close closes the store.
func (db *DB) Close() error {
	db.stmts.mu.Lock()
	for _, s := range db.stmts.m {
		s.Close()
	}
	db.stmts.m = nil
	db.stmts.mu.Unlock()
	var err error
	if db.r != nil {
		err = db.r.Close()
	}
	if db.w != nil {
		if e := db.w.Close(); e != nil && err == nil {
			err = e
		}
	}
	return err
}

// IntegrityCheck runs SQLite's integrity check and returns an error describing any problem.
func (db *DB) IntegrityCheck(ctx context.Context) error {
	rows, err := db.w.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return err
		}
		if s != "ok" {
			msgs = append(msgs, s)
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(msgs) > 0 {
		return fmt.Errorf("integrity check: %s", strings.Join(msgs, "; "))
	}
	var fk int
	if err := db.w.QueryRowContext(ctx, `SELECT count(*) FROM pragma_foreign_key_check`).Scan(&fk); err != nil {
		return err
	}
	if fk > 0 {
		return fmt.Errorf("integrity check: %d foreign key violations", fk)
	}
	return nil
}

// migrate applies the embedded migrations that have not run yet, each in its own transaction.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("sqlite: migrations table: %w", err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := db.migrateFile(ctx, name); err != nil {
			return fmt.Errorf("sqlite: migration %s: %w", name, err)
		}
	}
	return nil
}

func (db *DB) migrateFile(ctx context.Context, name string) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	} else if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name, applied_at) VALUES (?, ?)`, name, db.now().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

func (db *DB) now() time.Time {
	if db.Now == nil {
		return time.Now().UTC()
	}
	return db.Now().UTC()
}

// stmtCache keeps prepared read statements: the driver prepares a statement for every query
// otherwise, which costs as much as running a small one. A bound LIMIT or OFFSET must be written
// "LIMIT +?": SQLite's planner reads a plain "LIMIT ?" parameter's value and then prepares the
// statement again whenever it is bound, on every run. Queries built from a few fixed parts
// are a bounded set; past maxCached distinct texts, further ones run unprepared.
type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

const maxCached = 512

func (db *DB) prepared(ctx context.Context, q string) *sql.Stmt {
	db.stmts.mu.Lock()
	defer db.stmts.mu.Unlock()
	if s, ok := db.stmts.m[q]; ok {
		return s
	}
	if len(db.stmts.m) >= maxCached {
		return nil
	}
	s, err := db.r.PrepareContext(ctx, q)
	if err != nil {
		return nil // the query itself reports the error
	}
	if db.stmts.m == nil {
		db.stmts.m = map[string]*sql.Stmt{}
	}
	db.stmts.m[q] = s
	return s
}

// query runs a read query through the statement cache.
func (db *DB) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if s := db.prepared(ctx, q); s != nil {
		return s.QueryContext(ctx, args...)
	}
	return db.r.QueryContext(ctx, q, args...)
}

// queryRow runs a one-row read query through the statement cache.
func (db *DB) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	if s := db.prepared(ctx, q); s != nil {
		return s.QueryRowContext(ctx, args...)
	}
	return db.r.QueryRowContext(ctx, q, args...)
}
