-- Users of the web workbench and the HTTP API, their browser sessions and API tokens. Sessions
-- and tokens are stored as the SHA-256 of the secret only.

CREATE TABLE users (
	id            INTEGER PRIMARY KEY,
	name          TEXT NOT NULL UNIQUE,
	role          TEXT NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
	password_hash TEXT NOT NULL,
	created       TEXT NOT NULL
);

CREATE TABLE sessions (
	hash    TEXT PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	csrf    TEXT NOT NULL,
	created TEXT NOT NULL,
	expires TEXT NOT NULL
);

CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE tokens (
	id      INTEGER PRIMARY KEY,
	name    TEXT NOT NULL,
	hash    TEXT NOT NULL UNIQUE,
	user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
	created TEXT NOT NULL
);

-- Every entity profile the API serves lists the entity's merged members (entities whose
-- canonical is the profile's ID): without this index that is a scan of all entities.
CREATE INDEX IF NOT EXISTS entities_canonical ON entities(canonical);
