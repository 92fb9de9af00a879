package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
)

var _ dossier.UserService = (*DB)(nil)

func userStamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func userTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

// CreateUser adds a user.
func (db *DB) CreateUser(ctx context.Context, u *dossier.User) error {
	u.Name = strings.TrimSpace(u.Name)
	switch {
	case u.Name == "":
		return dossier.Errorf(dossier.EINVALID, "a user needs a name")
	case len(u.Name) > 64 || strings.ContainsAny(u.Name, " \t\r\n:/"):
		return dossier.Errorf(dossier.EINVALID, "user name %q: at most 64 characters, no spaces, colons or slashes", u.Name)
	case !u.Role.Valid():
		return dossier.Errorf(dossier.EINVALID, "role %q is not one of viewer, analyst, admin", u.Role)
	case u.PasswordHash == "":
		return dossier.Errorf(dossier.EINVALID, "a user needs a password")
	}
	if u.Created.IsZero() {
		u.Created = db.now()
	}
	res, err := db.w.ExecContext(ctx, `INSERT INTO users (name, role, password_hash, created) VALUES (?, ?, ?, ?)
		ON CONFLICT (name) DO NOTHING`, u.Name, string(u.Role), u.PasswordHash, userStamp(u.Created))
	if err != nil {
		return fmt.Errorf("create user: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return dossier.Errorf(dossier.ECONFLICT, "user %q exists already", u.Name)
	}
	u.ID, err = res.LastInsertId()
	return err
}

const userCols = `u.id, u.name, u.role, u.password_hash, u.created`

func scanUser(sc interface{ Scan(...any) error }, extra ...any) (*dossier.User, error) {
	var u dossier.User
	var role, created string
	if err := sc.Scan(append([]any{&u.ID, &u.Name, &role, &u.PasswordHash, &created}, extra...)...); err != nil {
		return nil, err
	}
	u.Role, u.Created = dossier.Role(role), userTime(created)
	return &u, nil
}

// FindUserByName returns a user with its password hash.
func (db *DB) FindUserByName(ctx context.Context, name string) (*dossier.User, error) {
	u, err := scanUser(db.queryRow(ctx, `SELECT `+userCols+` FROM users u WHERE u.name = ?`, name))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dossier.Errorf(dossier.ENOTFOUND, "no user %q", name)
	} else if err != nil {
		return nil, fmt.Errorf("find user: %w", err)
	}
	return u, nil
}

// FindUsers lists the users by name, without their password hashes.
func (db *DB) FindUsers(ctx context.Context) ([]*dossier.User, error) {
	var out []*dossier.User
	err := db.each(ctx, `SELECT `+userCols+` FROM users u ORDER BY u.name`, nil, func(rows *sql.Rows) error {
		u, err := scanUser(rows)
		if err == nil {
			u.PasswordHash = ""
			out = append(out, u)
		}
		return err
	})
	return out, err
}

// UpdatePassword replaces a user's password hash and ends the user's sessions.
func (db *DB) UpdatePassword(ctx context.Context, userID int64, hash string) error {
	if hash == "" {
		return dossier.Errorf(dossier.EINVALID, "a user needs a password")
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ? WHERE id = ?`, hash, userID)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return dossier.Errorf(dossier.ENOTFOUND, "no user %d", userID)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE user_id = ?`, userID); err != nil {
		return err
	}
	return tx.Commit()
}

// CreateSession stores a session and removes expired ones.
func (db *DB) CreateSession(ctx context.Context, s *dossier.Session) error {
	if s.Hash == "" || s.CSRF == "" || s.UserID == 0 {
		return dossier.Errorf(dossier.EINVALID, "a session needs a hash, a CSRF token and a user")
	}
	now := db.now()
	if s.Created.IsZero() {
		s.Created = now
	}
	if _, err := db.w.ExecContext(ctx, `DELETE FROM sessions WHERE expires < ?`, userStamp(now)); err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	_, err := db.w.ExecContext(ctx, `INSERT INTO sessions (hash, user_id, csrf, created, expires) VALUES (?, ?, ?, ?, ?)`,
		s.Hash, s.UserID, s.CSRF, userStamp(s.Created), userStamp(s.Expires))
	if err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	return nil
}

// FindSession returns an unexpired session and its user.
func (db *DB) FindSession(ctx context.Context, hash string) (*dossier.Session, error) {
	var s dossier.Session
	var created, expires string
	u, err := scanUser(db.queryRow(ctx, `SELECT `+userCols+`, s.hash, s.csrf, s.created, s.expires
		FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.hash = ?`, hash), &s.Hash, &s.CSRF, &created, &expires)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dossier.Errorf(dossier.ENOTFOUND, "no session")
	} else if err != nil {
		return nil, fmt.Errorf("find session: %w", err)
	}
	s.Created, s.Expires = userTime(created), userTime(expires)
	if !s.Expires.After(db.now()) {
		return nil, dossier.Errorf(dossier.ENOTFOUND, "session expired")
	}
	u.PasswordHash = ""
	s.UserID, s.User = u.ID, u
	return &s, nil
}

// DeleteSession removes a session.
func (db *DB) DeleteSession(ctx context.Context, hash string) error {
	_, err := db.w.ExecContext(ctx, `DELETE FROM sessions WHERE hash = ?`, hash)
	return err
}

// CreateToken stores an API token.
func (db *DB) CreateToken(ctx context.Context, t *dossier.Token) error {
	if t.Hash == "" || t.UserID == 0 {
		return dossier.Errorf(dossier.EINVALID, "a token needs a hash and a user")
	}
	if t.Created.IsZero() {
		t.Created = db.now()
	}
	res, err := db.w.ExecContext(ctx, `INSERT INTO tokens (name, hash, user_id, created) VALUES (?, ?, ?, ?)`,
		t.Name, t.Hash, t.UserID, userStamp(t.Created))
	if err != nil {
		return fmt.Errorf("create token: %w", err)
	}
	t.ID, err = res.LastInsertId()
	return err
}

// FindToken returns a token and its user.
func (db *DB) FindToken(ctx context.Context, hash string) (*dossier.Token, error) {
	var t dossier.Token
	var created string
	u, err := scanUser(db.queryRow(ctx, `SELECT `+userCols+`, t.id, t.name, t.hash, t.created
		FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.hash = ?`, hash), &t.ID, &t.Name, &t.Hash, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, dossier.Errorf(dossier.ENOTFOUND, "no token")
	} else if err != nil {
		return nil, fmt.Errorf("find token: %w", err)
	}
	t.Created = userTime(created)
	u.PasswordHash = ""
	t.UserID, t.User = u.ID, u
	return &t, nil
}

// FindTokens lists the tokens with their users, without their hashes.
func (db *DB) FindTokens(ctx context.Context) ([]*dossier.Token, error) {
	var out []*dossier.Token
	err := db.each(ctx, `SELECT `+userCols+`, t.id, t.name, t.created FROM tokens t JOIN users u ON u.id = t.user_id ORDER BY t.id`, nil,
		func(rows *sql.Rows) error {
			var t dossier.Token
			var created string
			u, err := scanUser(rows, &t.ID, &t.Name, &created)
			if err != nil {
				return err
			}
			t.Created = userTime(created)
			u.PasswordHash = ""
			t.UserID, t.User = u.ID, u
			out = append(out, &t)
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("find tokens: %w", err)
	}
	return out, nil
}

// DeleteToken revokes a token.
func (db *DB) DeleteToken(ctx context.Context, id int64) error {
	res, err := db.w.ExecContext(ctx, `DELETE FROM tokens WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete token: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return dossier.Errorf(dossier.ENOTFOUND, "no token %d", id)
	}
	return nil
}

// SetReaders sizes the pool of read connections for a long-running server: n open and n kept
// idle. Opening a connection costs far more than a query, and database/sql keeps only two idle
// connections by default, so under concurrent load the pool would keep closing and reopening.
func (db *DB) SetReaders(n int) {
	if n < 1 {
		n = 1
	}
	db.r.SetMaxOpenConns(n)
	db.r.SetMaxIdleConns(n)
}
