-- The initial schema. Times are RFC 3339 UTC text; dates with precision use dossier.Date.String.

CREATE TABLE cases (
	id      TEXT PRIMARY KEY,
	name    TEXT NOT NULL,
	created TEXT NOT NULL
);

CREATE TABLE sources (
	seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	path         TEXT NOT NULL DEFAULT '',
	url          TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	publisher    TEXT NOT NULL DEFAULT '',
	authors      TEXT NOT NULL DEFAULT '[]',
	published    TEXT NOT NULL DEFAULT '',
	retrieved    TEXT NOT NULL,
	language     TEXT NOT NULL DEFAULT '',
	languages    TEXT NOT NULL DEFAULT '[]',
	scripts      TEXT NOT NULL DEFAULT '[]',
	format       TEXT NOT NULL,
	charset      TEXT NOT NULL DEFAULT '',
	text         TEXT NOT NULL,
	content_hash TEXT NOT NULL DEFAULT '',
	size         INTEGER NOT NULL DEFAULT 0,
	case_id      TEXT REFERENCES cases(id),
	reliability  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sources_case ON sources(case_id);

-- Full-text index over the folded title and text (normalize.FoldWords: lower case, no diacritics,
-- letter variants unified, non-ASCII punctuation turned into spaces), so the fast ASCII tokenizer
-- splits it correctly for every script. It keeps no copy of the text: snippets are cut from
-- sources.text in Go.
CREATE VIRTUAL TABLE sources_fts USING fts5(
	title, body, content='', contentless_delete=1, tokenize='ascii'
);

CREATE TABLE source_links (
	id         INTEGER PRIMARY KEY,
	from_id    TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
	to_id      TEXT NOT NULL DEFAULT '',
	to_name    TEXT NOT NULL DEFAULT '',
	kind       TEXT NOT NULL,
	method     TEXT NOT NULL,
	evidence   TEXT NOT NULL DEFAULT '',
	span_start INTEGER,
	span_end   INTEGER,
	score      REAL NOT NULL DEFAULT 0,
	UNIQUE (from_id, to_id, to_name, kind, method)
);
CREATE INDEX source_links_to ON source_links(to_id);

CREATE TABLE entities (
	seq       INTEGER PRIMARY KEY,
	id        TEXT NOT NULL UNIQUE,
	type      TEXT NOT NULL,
	name      TEXT NOT NULL,
	status    TEXT NOT NULL DEFAULT 'confirmed',
	kind      TEXT NOT NULL DEFAULT '',
	case_id   TEXT REFERENCES cases(id),
	canonical TEXT NOT NULL DEFAULT '',
	created   TEXT NOT NULL
);

CREATE TABLE entity_names (
	entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
	text      TEXT NOT NULL,
	fold      TEXT NOT NULL,
	kind      TEXT NOT NULL DEFAULT 'name',
	lang      TEXT NOT NULL DEFAULT '',
	script    TEXT NOT NULL DEFAULT '',
	UNIQUE (entity_id, text)
);
CREATE INDEX entity_names_fold ON entity_names(fold);

CREATE TABLE mentions (
	id        INTEGER PRIMARY KEY,
	source_id TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	text      TEXT NOT NULL,
	norm      TEXT NOT NULL DEFAULT '',
	type      TEXT NOT NULL DEFAULT '',
	lang      TEXT NOT NULL DEFAULT '',
	script    TEXT NOT NULL DEFAULT '',
	entity_id TEXT REFERENCES entities(id),
	score     REAL NOT NULL DEFAULT 0,
	method    TEXT NOT NULL DEFAULT '',
	UNIQUE (source_id, start, end, entity_id)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE claims (
	seq             INTEGER PRIMARY KEY,
	id              TEXT NOT NULL UNIQUE,
	subject         TEXT NOT NULL REFERENCES entities(id),
	predicate       TEXT NOT NULL,
	object_entity   TEXT REFERENCES entities(id),
	object_value    TEXT NOT NULL DEFAULT '',
	object_datatype TEXT NOT NULL DEFAULT '',
	valid_from      TEXT NOT NULL DEFAULT '',
	valid_to        TEXT NOT NULL DEFAULT '',
	qualifiers      TEXT NOT NULL DEFAULT '{}',
	credibility     INTEGER NOT NULL DEFAULT 0,
	corroboration   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX claims_subject ON claims(subject, predicate);
CREATE INDEX claims_object ON claims(object_entity);

CREATE TABLE evidence (
	id            INTEGER PRIMARY KEY,
	claim_id      TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
	source_id     TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
	start         INTEGER NOT NULL,
	end           INTEGER NOT NULL,
	quote         TEXT NOT NULL,
	attributed_to TEXT NOT NULL DEFAULT '',
	stance        TEXT NOT NULL,
	method        TEXT NOT NULL,
	confidence    REAL NOT NULL DEFAULT 0,
	created       TEXT NOT NULL,
	UNIQUE (claim_id, source_id, start, end)
);
CREATE INDEX evidence_source ON evidence(source_id);

CREATE TABLE judgements (
	id           INTEGER PRIMARY KEY,
	a            TEXT NOT NULL REFERENCES entities(id),
	b            TEXT NOT NULL REFERENCES entities(id),
	verdict      TEXT NOT NULL CHECK (verdict IN ('same', 'different', 'unsure')),
	by           TEXT NOT NULL,
	at           TEXT NOT NULL,
	score        REAL NOT NULL DEFAULT 0,
	explanation  TEXT NOT NULL DEFAULT '',
	retracted_by TEXT NOT NULL DEFAULT '',
	retracted_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX judgements_a ON judgements(a);
CREATE INDEX judgements_b ON judgements(b);
