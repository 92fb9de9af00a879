package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a buffer that a running server and the test may use at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func TestUserAndTokenCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "d.db")
	out, errs, code := run(t, db, "user", "add", "alice", "--role", "viewer")
	if code != 0 || !regexp.MustCompile(`added alice \(viewer\) with password \S{20} `).MatchString(out) {
		t.Fatalf("user add: %q %q %d", out, errs, code)
	}
	m := NewMain()
	var o, e bytes.Buffer
	m.Stdout, m.Stderr, m.Stdin, m.Env = &o, &e, strings.NewReader("a-password-from-stdin\n"), func(string) string { return "" }
	err := m.Run(context.Background(), []string{"--db", db, "user", "add", "bob", "--role", "admin", "--password-stdin"})
	m.Close()
	if err != nil || strings.Contains(o.String(), "a-password-from-stdin") {
		t.Fatalf("user add --password-stdin: %v %q", err, o.String())
	}
	if _, errs, code := run(t, db, "user", "add", "alice"); code == 0 || !strings.Contains(errs, "exists") {
		t.Fatalf("duplicate user: %q %d", errs, code)
	}
	if _, _, code := run(t, db, "user", "add", "carol", "--role", "boss"); code != 2 {
		t.Fatalf("bad role: %d", code)
	}
	out, _, _ = run(t, db, "user", "list")
	if !strings.Contains(out, "alice") || !strings.Contains(out, "bob") || !strings.Contains(out, "admin") {
		t.Fatalf("user list: %q", out)
	}
	out, _, code = run(t, db, "token", "create", "script", "--user", "alice")
	if code != 0 || !strings.HasPrefix(out, "dossier_") {
		t.Fatalf("token create: %q %d", out, code)
	}
	secret := strings.TrimSpace(out)
	out, _, code = run(t, db, "token", "list")
	if code != 0 || !strings.Contains(out, "script") || !strings.Contains(out, "alice") || strings.Contains(out, secret) {
		t.Fatalf("token list: %q %d", out, code)
	}
	if out, _, code = run(t, db, "token", "revoke", "1"); code != 0 || !strings.Contains(out, "revoked token 1") {
		t.Fatalf("token revoke: %q %d", out, code)
	}
	if out, _, _ = run(t, db, "token", "list"); strings.Contains(out, "script") {
		t.Fatalf("a revoked token is still listed: %q", out)
	}
	if _, errs, code := run(t, db, "token", "revoke", "1"); code == 0 || !strings.Contains(errs, "no token 1") {
		t.Fatalf("revoking twice: %q %d", errs, code)
	}
	if _, _, code := run(t, db, "token", "revoke", "x"); code != 2 {
		t.Fatalf("a bad token ID is a usage error: %d", code)
	}
}

// TestServe runs the real command on port 0: a fresh store gets an admin, who signs in.
func TestServe(t *testing.T) {
	db := filepath.Join(t.TempDir(), "d.db")
	var out, errs syncBuffer
	m := NewMain()
	m.Stdout, m.Stderr = &out, &errs
	m.Env = func(k string) string {
		if k == "DOSSIER_ADMIN_PASSWORD" {
			return "first-admin-password"
		}
		return ""
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, []string{"serve", "--addr", "127.0.0.1:0", "--db", db}) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
		m.Close()
	}()
	re := regexp.MustCompile(`serving \S+ on (http://\S+)`)
	var base string
	for deadline := time.Now().Add(10 * time.Second); base == ""; {
		if mm := re.FindStringSubmatch(out.String()); mm != nil {
			base = mm[1]
		} else if time.Now().After(deadline) {
			t.Fatalf("no address: %q %q", out.String(), errs.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if !strings.Contains(out.String(), "created user admin") {
		t.Fatalf("no admin created: %q", out.String())
	}
	resp, err := http.Post(base+"/api/login", "application/json", strings.NewReader(`{"username":"admin","password":"first-admin-password"}`))
	if err != nil {
		t.Fatal(err)
	}
	var s struct{ Role, CSRF string }
	json.NewDecoder(resp.Body).Decode(&s)
	resp.Body.Close()
	if resp.StatusCode != 200 || s.Role != "admin" || s.CSRF == "" {
		t.Fatalf("login: %d %+v", resp.StatusCode, s)
	}
	resp, err = http.Get(base + "/login")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(strings.ToLower(string(b)), "<html") {
		t.Fatalf("login page: %d %.200s", resp.StatusCode, b)
	}
	if !strings.Contains(errs.String(), "path=/api/login status=200") {
		t.Fatalf("no request log: %q", errs.String())
	}
}

// 'bench serve' is reachable through the bench command, whose table lives in another file.
func TestBenchServeRegistered(t *testing.T) {
	db := filepath.Join(t.TempDir(), "d.db")
	_, errs, code := run(t, db, "bench", "serve", "-h")
	if code != 0 || !strings.Contains(errs, "Usage: dossier bench serve") {
		t.Fatalf("bench serve -h: %q %d", errs, code)
	}
}
