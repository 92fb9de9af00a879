package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/sqlite"
	_ "modernc.org/sqlite"
)

// TestCrashDuringIngest kills a real ingest process with SIGKILL while it writes, then checks that
// the store is intact and that running the ingest again stores every file exactly once.
func TestCrashDuringIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("crash test skipped in -short mode")
	}
	const n = 6000
	dir := t.TempDir()
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("%02d", i%50))
		os.MkdirAll(sub, 0o755)
		text := fmt.Sprintf("Report %d about token%dz and the militia.\n%s", i, i, strings.Repeat("Filler sentence for size. ", 40))
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("%05d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(t.TempDir(), "crash.db")
	// The child ingests in small batches so that it commits often and is killed between commits
	// and inside them.
	cmd := exec.Command(os.Args[0], "--db", db, "ingest", "--workers", "1", dir)
	cmd.Env = append(os.Environ(), "DOSSIER_TEST_MAIN=1", "DOSSIER_INGEST_BATCH=16")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stored := waitForSources(t, db, 100, 30*time.Second)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	t.Logf("killed the ingest after at least %d of %d sources", stored, n)

	st, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.IntegrityCheck(context.Background()); err != nil {
		t.Fatal(err)
	}
	_, partial, err := st.FindSources(context.Background(), dossier.SourceFilter{})
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if partial >= n {
		t.Fatalf("the ingest finished (%d sources) before it was killed; the test proves nothing", partial)
	}
	out, errs, code := run(t, db, "ingest", dir)
	if code != 0 {
		t.Fatalf("re-ingest: %d %s %s", code, out, errs)
	}
	want := fmt.Sprintf("%d added, %d already present, 0 failed", n-partial, partial)
	if !strings.HasPrefix(out, want) {
		t.Fatalf("re-ingest: %q, want %q", out, want)
	}
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var total, paths, indexed int
	raw.QueryRow(`SELECT count(*), count(DISTINCT path) FROM sources`).Scan(&total, &paths)
	raw.QueryRow(`SELECT count(*) FROM sources_fts WHERE sources_fts MATCH 'token4321z'`).Scan(&indexed)
	if total != n || paths != n || indexed != 1 {
		t.Fatalf("after re-ingest: %d sources, %d paths, %d index hits; want %d, %d, 1", total, paths, indexed, n, n)
	}
}

func waitForSources(t *testing.T, db string, atLeast int, timeout time.Duration) int {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		raw, err := sql.Open("sqlite", "file:"+db+"?mode=ro&_pragma=busy_timeout(1000)")
		if err != nil {
			continue
		}
		var c int
		err = raw.QueryRow(`SELECT count(*) FROM sources`).Scan(&c)
		raw.Close()
		if err == nil && c >= atLeast {
			return c
		}
	}
	t.Fatalf("the child stored fewer than %d sources in %s", atLeast, timeout)
	return 0
}
