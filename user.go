package dossier

import (
	"context"
	"time"
)

// Role is what a user may do. Roles are ordered: an admin can do everything an analyst can, and
// an analyst everything a viewer can.
type Role string

// Roles.
const (
	RoleViewer  Role = "viewer"  // reads everything the user has access to
	RoleAnalyst Role = "analyst" // also ingests, judges, grades
	RoleAdmin   Role = "admin"   // also manages users
)

// Roles lists the valid roles from least to most privileged.
var Roles = []Role{RoleViewer, RoleAnalyst, RoleAdmin}

// Valid reports whether r is one of Roles.
func (r Role) Valid() bool { return r.rank() > 0 }

// Allows reports whether a user with role r may do what needs role need. An invalid role allows
// nothing.
func (r Role) Allows(need Role) bool { return r.rank() > 0 && r.rank() >= need.rank() }

func (r Role) rank() int {
	for i, v := range Roles {
		if v == r {
			return i + 1
		}
	}
	return 0
}

// User is an account of the web workbench and the HTTP API. PasswordHash is an encoded password
// hash (never the password) and is never serialised.
type User struct {
	ID           int64     `json:"id"`
	Name         string    `json:"name"`
	Role         Role      `json:"role"`
	PasswordHash string    `json:"-"`
	Created      time.Time `json:"created"`
}

// Session is a signed-in browser. The store keeps only the SHA-256 of the cookie value (Hash), so
// a copy of the database does not let anyone sign in. CSRF is the token that state-changing
// requests of the session must echo in a header.
type Session struct {
	Hash    string    `json:"-"`
	UserID  int64     `json:"user_id"`
	User    *User     `json:"user,omitempty"` // filled by lookups
	CSRF    string    `json:"-"`
	Created time.Time `json:"created"`
	Expires time.Time `json:"expires"`
}

// Token is an API token for scripts, sent as "Authorization: Bearer <token>". The store keeps
// only the SHA-256 of the token (Hash); the token itself is shown once when created.
type Token struct {
	ID      int64     `json:"id"`
	Name    string    `json:"name"` // what the token is for
	Hash    string    `json:"-"`
	UserID  int64     `json:"user_id"`
	User    *User     `json:"user,omitempty"` // filled by lookups
	Created time.Time `json:"created"`
}

// UserService stores users, sessions and API tokens. Implementations are safe for concurrent use.
type UserService interface {
	// CreateUser adds a user and sets its ID; ECONFLICT if the name is taken, EINVALID for an
	// empty name or an invalid role.
	CreateUser(ctx context.Context, u *User) error
	// FindUserByName returns a user with its password hash, or ENOTFOUND.
	FindUserByName(ctx context.Context, name string) (*User, error)
	// FindUsers lists the users by name.
	FindUsers(ctx context.Context) ([]*User, error)
	// UpdatePassword replaces a user's password hash.
	UpdatePassword(ctx context.Context, userID int64, hash string) error

	// CreateSession stores a session.
	CreateSession(ctx context.Context, s *Session) error
	// FindSession returns the unexpired session with this hash and its user, or ENOTFOUND.
	FindSession(ctx context.Context, hash string) (*Session, error)
	// DeleteSession removes a session; removing an absent one is not an error.
	DeleteSession(ctx context.Context, hash string) error

	// CreateToken stores an API token and sets its ID.
	CreateToken(ctx context.Context, t *Token) error
	// FindToken returns the token with this hash and its user, or ENOTFOUND.
	FindToken(ctx context.Context, hash string) (*Token, error)
	// FindTokens lists every token with its user (never the hash), oldest first.
	FindTokens(ctx context.Context) ([]*Token, error)
	// DeleteToken revokes a token by ID; ENOTFOUND if there is none.
	DeleteToken(ctx context.Context, id int64) error
}
