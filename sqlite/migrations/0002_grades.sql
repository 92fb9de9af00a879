-- Source reliability per publisher, and analysts' credibility overrides per claim.

CREATE TABLE publisher_grades (
	publisher   TEXT PRIMARY KEY,
	reliability TEXT NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
	by          TEXT NOT NULL,
	at          TEXT NOT NULL
);

CREATE TABLE credibility_overrides (
	claim_id    TEXT PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
	credibility INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 6),
	by          TEXT NOT NULL,
	why         TEXT NOT NULL,
	at          TEXT NOT NULL
);
