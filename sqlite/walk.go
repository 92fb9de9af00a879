package sqlite

import (
	"context"
	"database/sql"

	"github.com/dossier-osint/dossier"
)

// The Walk methods stream a whole table in insertion order, one row at a time, so an export
// needs constant memory whatever the store's size.

// WalkSources calls fn for every source, with its text.
func (db *DB) WalkSources(ctx context.Context, fn func(*dossier.Source) error) error {
	return db.each(ctx, `SELECT `+sourceCols+`, s.text FROM sources s ORDER BY s.seq`, nil, func(rows *sql.Rows) error {
		s, err := scanSource(rows, true)
		if err != nil {
			return err
		}
		return fn(s)
	})
}

// WalkSourceLinks calls fn for every source link.
func (db *DB) WalkSourceLinks(ctx context.Context, fn func(*dossier.SourceLink) error) error {
	return db.each(ctx, `SELECT from_id, to_id, to_name, kind, method, evidence, span_start, span_end, score FROM source_links ORDER BY id`, nil,
		func(rows *sql.Rows) error {
			l, err := scanLink(rows)
			if err != nil {
				return err
			}
			return fn(l)
		})
}

// WalkEntities calls fn for every entity, with its names.
func (db *DB) WalkEntities(ctx context.Context, fn func(*dossier.Entity) error) error {
	// Names come from a second cursor merged by entity order, avoiding a query per entity.
	names, err := db.query(ctx, `SELECT e.seq, n.text, n.kind, n.lang, n.script FROM entity_names n
		JOIN entities e ON e.id = n.entity_id ORDER BY e.seq, n.rowid`)
	if err != nil {
		return err
	}
	defer names.Close()
	var pending *dossier.Name
	var pendingSeq int64 = -1
	next := func() error {
		pending, pendingSeq = nil, -1
		if names.Next() {
			var n dossier.Name
			if err := names.Scan(&pendingSeq, &n.Text, &n.Kind, &n.Language, &n.Script); err != nil {
				return err
			}
			pending = &n
		}
		return names.Err()
	}
	if err := next(); err != nil {
		return err
	}
	return db.each(ctx, `SELECT seq, `+entityCols+` FROM entities ORDER BY seq`, nil, func(rows *sql.Rows) error {
		var seq int64
		e, err := scanEntity(scanPrefix{rows, &seq})
		if err != nil {
			return err
		}
		for pending != nil && pendingSeq <= seq {
			if pendingSeq == seq {
				e.Names = append(e.Names, *pending)
			}
			if err := next(); err != nil {
				return err
			}
		}
		return fn(e)
	})
}

// scanPrefix scans a leading column before the ones a scan function asks for.
type scanPrefix struct {
	sc    interface{ Scan(...any) error }
	first any
}

func (s scanPrefix) Scan(dest ...any) error { return s.sc.Scan(append([]any{s.first}, dest...)...) }

// WalkMentions calls fn for every mention, grouped by source.
func (db *DB) WalkMentions(ctx context.Context, fn func(*dossier.Mention) error) error {
	return db.each(ctx, `SELECT `+mentionCols+` FROM mentions ORDER BY id`, nil, func(rows *sql.Rows) error {
		m, err := scanMention(rows)
		if err != nil {
			return err
		}
		return fn(m)
	})
}

// WalkClaims calls fn for every claim with its evidence.
func (db *DB) WalkClaims(ctx context.Context, fn func(*dossier.Claim) error) error {
	ev, err := db.query(ctx, `SELECT c.seq, `+evidenceCols+` FROM evidence
		JOIN claims c ON c.id = evidence.claim_id ORDER BY c.seq, evidence.id`)
	if err != nil {
		return err
	}
	defer ev.Close()
	var pending *dossier.Evidence
	var pendingSeq int64 = -1
	next := func() error {
		pending, pendingSeq = nil, -1
		if ev.Next() {
			e, err := scanEvidence(scanPrefix{ev, &pendingSeq})
			if err != nil {
				return err
			}
			pending = e
		}
		return ev.Err()
	}
	if err := next(); err != nil {
		return err
	}
	return db.each(ctx, `SELECT seq, `+claimCols+` FROM claims ORDER BY seq`, nil, func(rows *sql.Rows) error {
		var seq int64
		c, err := scanClaim(scanPrefix{rows, &seq})
		if err != nil {
			return err
		}
		for pending != nil && pendingSeq <= seq {
			if pendingSeq == seq {
				c.Evidence = append(c.Evidence, pending)
			}
			if err := next(); err != nil {
				return err
			}
		}
		return fn(c)
	})
}

// WalkJudgements calls fn for every judgement, retracted ones included.
func (db *DB) WalkJudgements(ctx context.Context, fn func(*dossier.Judgement) error) error {
	return db.each(ctx, `SELECT `+judgementCols+` FROM judgements ORDER BY id`, nil, func(rows *sql.Rows) error {
		j, err := scanJudgement(rows)
		if err != nil {
			return err
		}
		return fn(j)
	})
}

// WalkEdges calls fn for every claim between two entities, canonical IDs substituted.
func (db *DB) WalkEdges(ctx context.Context, fn func(*dossier.Edge) error) error {
	return db.each(ctx, `SELECT c.id, coalesce(nullif(s.canonical, ''), c.subject), c.predicate,
			coalesce(nullif(o.canonical, ''), c.object_entity), c.valid_from, c.valid_to,
			coalesce((SELECT v.credibility FROM credibility_overrides v WHERE v.claim_id = c.id), c.credibility), c.corroboration
		FROM claims c JOIN entities s ON s.id = c.subject JOIN entities o ON o.id = c.object_entity
		ORDER BY c.seq`, nil, func(rows *sql.Rows) error {
		var e dossier.Edge
		var from, to string
		if err := rows.Scan(&e.Claim, &e.Subject, &e.Predicate, &e.Object, &from, &to, &e.Credibility, &e.Corroboration); err != nil {
			return err
		}
		e.ValidFrom, _ = dossier.ParseDate(from)
		e.ValidTo, _ = dossier.ParseDate(to)
		return fn(&e)
	})
}
