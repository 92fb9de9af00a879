package httpapi

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/argon2"

	"github.com/dossier-osint/dossier"
)

// Argon2id parameters: OWASP's minimum recommendation (19 MiB, 2 passes, 1 lane), so that a
// burst of sign-ins cannot exhaust the server's memory.
const (
	argonTime    = 2
	argonMemory  = 19 * 1024
	argonThreads = 1
	argonKeyLen  = 32
)

// HashPassword returns an encoded Argon2id hash of password with a random salt, in the PHC
// string format ("$argon2id$v=19$m=...,t=...,p=...$salt$hash").
func HashPassword(password string) (string, error) {
	if password == "" {
		return "", dossier.Errorf(dossier.EINVALID, "empty password")
	}
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, argonTime, argonMemory, argonThreads, argonKeyLen)
	enc := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, argonMemory, argonTime, argonThreads,
		enc.EncodeToString(salt), enc.EncodeToString(key)), nil
}

// CheckPassword reports whether password matches an encoded hash from HashPassword. It takes
// the same time for a wrong password as for a right one.
func CheckPassword(encoded, password string) bool {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false
	}
	var v int
	var m uint32
	var t uint32
	var p uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &v); err != nil || v != argon2.Version {
		return false
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &m, &t, &p); err != nil || m == 0 || m > 1<<20 || t == 0 || t > 16 || p == 0 {
		return false
	}
	enc := base64.RawStdEncoding
	salt, err1 := enc.DecodeString(parts[4])
	want, err2 := enc.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(want) == 0 || len(want) > 128 {
		return false
	}
	got := argon2.IDKey([]byte(password), salt, t, m, p, uint32(len(want)))
	return subtle.ConstantTimeCompare(got, want) == 1
}

// dummyHash is checked against when a user name is unknown, so that the answer takes as long as
// for a wrong password and does not tell which names exist.
var dummyHash = sync.OnceValue(func() string {
	h, _ := HashPassword("dossier-no-such-user")
	return h
})

// RandomSecret returns n random bytes as unpadded base64url.
func RandomSecret(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

// RandomPassword returns a generated password of 20 base64url characters (120 bits).
func RandomPassword() string { return RandomSecret(15) }

// HashSecret returns the hex SHA-256 of a session cookie or API token: what the store keeps.
func HashSecret(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// TokenPrefix starts every API token, so that leaked tokens are easy to recognise and scan for.
const TokenPrefix = "dossier_"

// NewToken creates an API token for a user in us and returns the token, which is not stored and
// cannot be shown again.
func NewToken(ctx context.Context, us dossier.UserService, user *dossier.User, name string) (string, *dossier.Token, error) {
	secret := TokenPrefix + RandomSecret(32)
	t := &dossier.Token{Name: name, Hash: HashSecret(secret), UserID: user.ID}
	if err := us.CreateToken(ctx, t); err != nil {
		return "", nil, err
	}
	return secret, t, nil
}

// SessionCookie is the name of the session cookie.
const SessionCookie = "dossier_session"

// who is the authenticated caller of a request.
type who struct {
	user    *dossier.User
	session *dossier.Session // nil for token auth
}

type whoKey struct{}

// caller returns the authenticated caller of a request that passed route's checks.
func caller(r *http.Request) who {
	w, _ := r.Context().Value(whoKey{}).(who)
	return w
}

// by returns the author recorded on judgements and grades for the request's user.
func by(r *http.Request) string {
	if u := caller(r).user; u != nil {
		return "analyst:" + u.Name
	}
	return "analyst:unknown"
}

// tokenCache keeps recently checked API tokens for a short time, so that a script's requests do
// not each cost a store lookup.
type tokenCache struct {
	mu sync.Mutex
	m  map[string]tokenEntry
}

type tokenEntry struct {
	user    *dossier.User
	expires time.Time
}

const tokenCacheTTL = 30 * time.Second

func (c *tokenCache) get(hash string, now time.Time) *dossier.User {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.m[hash]; ok && now.Before(e.expires) {
		return e.user
	}
	return nil
}

func (c *tokenCache) put(hash string, u *dossier.User, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) > 10000 {
		c.m = map[string]tokenEntry{}
	}
	c.m[hash] = tokenEntry{u, now.Add(tokenCacheTTL)}
}

// authenticate finds the caller from a bearer token or the session cookie.
func (s *Server) authenticate(r *http.Request) (who, error) {
	ctx := r.Context()
	if h := r.Header.Get("Authorization"); h != "" {
		secret, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || secret == "" {
			return who{}, dossier.Errorf(dossier.EUNAUTHORIZED, "the Authorization header must be 'Bearer <token>'")
		}
		hash := HashSecret(strings.TrimSpace(secret))
		now := s.cfg.Now()
		if u := s.tokens.get(hash, now); u != nil {
			return who{user: u}, nil
		}
		t, err := s.cfg.Users.FindToken(ctx, hash)
		if dossier.ErrorCode(err) == dossier.ENOTFOUND {
			return who{}, dossier.Errorf(dossier.EUNAUTHORIZED, "invalid API token")
		} else if err != nil {
			return who{}, err
		}
		s.tokens.put(hash, t.User, now)
		return who{user: t.User}, nil
	}
	c, err := r.Cookie(SessionCookie)
	if err != nil || c.Value == "" {
		return who{}, dossier.Errorf(dossier.EUNAUTHORIZED, "sign in first")
	}
	sess, err := s.cfg.Users.FindSession(ctx, HashSecret(c.Value))
	if dossier.ErrorCode(err) == dossier.ENOTFOUND {
		return who{}, dossier.Errorf(dossier.EUNAUTHORIZED, "session expired; sign in again")
	} else if err != nil {
		return who{}, err
	}
	return who{user: sess.User, session: sess}, nil
}

func validCSRF(sess *dossier.Session, got string) bool {
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(sess.CSRF)) == 1
}

func (s *Server) secure(r *http.Request) bool { return s.cfg.SecureCookies || r.TLS != nil }

type sessionBody struct {
	User string       `json:"user"`
	Role dossier.Role `json:"role"`
	CSRF string       `json:"csrf,omitempty"`
}

func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Username string `json:"username"`
		Password string `json:"password"`
	}
	if err := s.readJSON(w, r, &in); err != nil {
		return err
	}
	if in.Username == "" || in.Password == "" {
		return dossier.Errorf(dossier.EINVALID, "username and password are required")
	}
	if s.failures.blocked(in.Username, s.cfg.Now()) {
		s.log.Warn("sign-in refused: too many failures", "user", in.Username, "remote", r.RemoteAddr)
		return dossier.Errorf(dossier.EUNAUTHORIZED, "wrong user name or password")
	}
	// Password checks are costly on purpose (memory and CPU): at most one per core at a time,
	// so that a flood of sign-in attempts queues instead of starving the server.
	select {
	case s.passwordSlots <- struct{}{}:
		defer func() { <-s.passwordSlots }()
	case <-r.Context().Done():
		return r.Context().Err()
	}
	u, err := s.cfg.Users.FindUserByName(r.Context(), in.Username)
	if dossier.ErrorCode(err) == dossier.ENOTFOUND {
		CheckPassword(dummyHash(), in.Password)
		s.failures.add(in.Username, s.cfg.Now())
		s.log.Warn("sign-in failed", "user", in.Username, "remote", r.RemoteAddr)
		return dossier.Errorf(dossier.EUNAUTHORIZED, "wrong user name or password")
	} else if err != nil {
		return err
	}
	if !CheckPassword(u.PasswordHash, in.Password) {
		s.failures.add(in.Username, s.cfg.Now())
		s.log.Warn("sign-in failed", "user", in.Username, "remote", r.RemoteAddr)
		return dossier.Errorf(dossier.EUNAUTHORIZED, "wrong user name or password")
	}
	// A previous session of this browser ends: a new secret on every sign-in (no fixation).
	if c, err := r.Cookie(SessionCookie); err == nil && c.Value != "" {
		_ = s.cfg.Users.DeleteSession(r.Context(), HashSecret(c.Value))
	}
	secret := RandomSecret(32)
	now := s.cfg.Now()
	sess := &dossier.Session{Hash: HashSecret(secret), UserID: u.ID, CSRF: RandomSecret(32), Created: now, Expires: now.Add(s.cfg.SessionTTL)}
	if err := s.cfg.Users.CreateSession(r.Context(), sess); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: secret, Path: "/", MaxAge: int(s.cfg.SessionTTL / time.Second),
		HttpOnly: true, Secure: s.secure(r), SameSite: http.SameSiteStrictMode})
	setLogUser(r, u.Name)
	writeJSON(w, http.StatusOK, sessionBody{User: u.Name, Role: u.Role, CSRF: sess.CSRF})
	return nil
}

func (s *Server) handleLogout(w http.ResponseWriter, r *http.Request) error {
	if sess := caller(r).session; sess != nil {
		if err := s.cfg.Users.DeleteSession(r.Context(), sess.Hash); err != nil {
			return err
		}
	}
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.secure(r), SameSite: http.SameSiteStrictMode})
	writeJSON(w, http.StatusOK, map[string]bool{"ok": true})
	return nil
}

func (s *Server) handleSession(w http.ResponseWriter, r *http.Request) error {
	c := caller(r)
	out := sessionBody{User: c.user.Name, Role: c.user.Role}
	if c.session != nil {
		out.CSRF = c.session.CSRF
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) handleUserList(w http.ResponseWriter, r *http.Request) error {
	us, err := s.cfg.Users.FindUsers(r.Context())
	if err != nil {
		return err
	}
	if us == nil {
		us = []*dossier.User{}
	}
	writeJSON(w, http.StatusOK, List[*dossier.User]{Total: len(us), Limit: len(us), Items: us})
	return nil
}

func (s *Server) handleUserCreate(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Name     string       `json:"name"`
		Role     dossier.Role `json:"role"`
		Password string       `json:"password"`
	}
	if err := s.readJSON(w, r, &in); err != nil {
		return err
	}
	if len(in.Password) < 12 {
		return dossier.Errorf(dossier.EINVALID, "a password needs at least 12 characters")
	}
	hash, err := HashPassword(in.Password)
	if err != nil {
		return err
	}
	u := &dossier.User{Name: in.Name, Role: in.Role, PasswordHash: hash}
	if err := s.cfg.Users.CreateUser(r.Context(), u); err != nil {
		return err
	}
	s.log.Info("user created", "name", u.Name, "role", u.Role, "by", caller(r).user.Name)
	writeJSON(w, http.StatusCreated, u)
	return nil
}

func (s *Server) handleTokenCreate(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Name string `json:"name"`
	}
	if err := s.readJSON(w, r, &in); err != nil {
		return err
	}
	secret, t, err := NewToken(r.Context(), s.cfg.Users, caller(r).user, in.Name)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, map[string]any{"id": t.ID, "name": t.Name, "token": secret})
	return nil
}

// Sign-in throttling: after maxFailures wrong passwords for one user name within failureWindow,
// further attempts for that name are refused, with the same answer as a wrong password, until
// the window has passed since the first failure. Unknown names count like known ones, so the
// refusal tells nothing about which names exist.
const (
	maxFailures   = 10
	failureWindow = 15 * time.Minute
)

type failures struct {
	mu sync.Mutex
	m  map[string]failure
}

type failure struct {
	n     int
	first time.Time
}

func (f *failures) blocked(name string, now time.Time) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	e, ok := f.m[name]
	if ok && now.Sub(e.first) >= failureWindow {
		delete(f.m, name)
		return false
	}
	return ok && e.n >= maxFailures
}

func (f *failures) add(name string, now time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil || len(f.m) > 100000 {
		f.m = map[string]failure{}
	}
	e := f.m[name]
	if e.n == 0 || now.Sub(e.first) >= failureWindow {
		e = failure{first: now}
	}
	e.n++
	f.m[name] = e
}
