package main

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/httpapi"
	"github.com/dossier-osint/dossier/sqlite"
	"github.com/dossier-osint/dossier/web"
)

func init() {
	commands["serve"] = command{"serve the web workbench and the HTTP API", (*Main).runServe}
}

// webAssets returns the web workbench's files (nil would serve the API's placeholder page).
var webAssets = func() fs.FS { return web.Assets() }

func (m *Main) runServe(ctx context.Context, args []string) error {
	fs := m.newFlagSet("serve", "[options]", `
Serves the web workbench and the JSON HTTP API (documented at /api/openapi.json). Every route but
/api/health, the sign-in page and its assets needs a session (POST /api/login) or an API token
('dossier token create NAME'). On a store without users, an "admin" account is created with the
password in $DOSSIER_ADMIN_PASSWORD, or a generated one printed once. Stops cleanly on SIGINT or
SIGTERM, letting running requests finish.`)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&m.DBPath, "db", m.DBPath, "path of the SQLite store (as the global --db)")
	cert := fs.String("tls-cert", "", "TLS certificate file (serve HTTPS)")
	key := fs.String("tls-key", "", "TLS key file")
	secure := fs.Bool("secure-cookies", false, "mark the session cookie Secure (behind a TLS proxy)")
	maxUpload := fs.String("max-upload", "50MB", "largest upload request (bytes, or with KB, MB, GB)")
	logLevel := fs.String("log-level", "info", "request log level: debug, info, warn, error")
	audit := fs.String("audit", "", "append the audit log (a JSON line per request of a signed-in user or token) to this file")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments")
	}
	if (*cert == "") != (*key == "") {
		return usagef("--tls-cert and --tls-key go together")
	}
	upload, err := parseSize(*maxUpload)
	if err != nil {
		return usagef("--max-upload: %v", err)
	}
	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return usagef("--log-level: %v", err)
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	if err := m.firstAdmin(ctx, db); err != nil {
		return err
	}
	db.SetReaders(8) // concurrent requests each hold a read connection for a few queries
	logger := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	cfg := httpapi.Config{Store: db, Users: db, Pages: webAssets(), SecureCookies: *secure, MaxUpload: upload, Logger: logger}
	if *audit != "" {
		f, err := os.OpenFile(*audit, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
		if err != nil {
			return fmt.Errorf("--audit: %w", err)
		}
		defer f.Close()
		cfg.Audit = f
	}
	srv := httpapi.New(cfg)
	if err := srv.Open(*addr, *cert, *key); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "dossier %s serving %s on %s\n", dossier.Version, m.DBPath, srv.URL())
	<-ctx.Done()
	fmt.Fprintln(m.Stderr, "dossier: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	return srv.Close(sctx)
}

// firstAdmin creates the "admin" account on a store without users, so that a fresh machine can
// sign in: with $DOSSIER_ADMIN_PASSWORD, or a generated password printed once.
func (m *Main) firstAdmin(ctx context.Context, db *sqlite.DB) error {
	users, err := db.FindUsers(ctx)
	if err != nil || len(users) > 0 {
		return err
	}
	password, generated := m.Env("DOSSIER_ADMIN_PASSWORD"), false
	if strings.TrimSpace(password) == "" {
		password, generated = httpapi.RandomPassword(), true
	}
	hash, err := httpapi.HashPassword(password)
	if err != nil {
		return err
	}
	if err := db.CreateUser(ctx, &dossier.User{Name: "admin", Role: dossier.RoleAdmin, PasswordHash: hash}); err != nil {
		return err
	}
	if generated {
		fmt.Fprintf(m.Stdout, "created user admin with password %s (shown once; change it with 'dossier user passwd admin')\n", password)
	} else {
		fmt.Fprintln(m.Stdout, "created user admin with the password in $DOSSIER_ADMIN_PASSWORD")
	}
	return nil
}
