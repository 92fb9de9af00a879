package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"

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

// WalkMentionEnds calls fn for every mention with the entity it is resolved to.
func (db *DB) WalkMentionEnds(ctx context.Context, fn func(*dossier.Mention, *dossier.Entity) error) error {
	var e rawEntity
	q := `SELECT m.source_id, m.start, m.end, m.text, m.norm, m.type, m.lang, m.script, coalesce(m.entity_id, ''), m.score, m.method,
			` + endCols("e") + `
		FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id ORDER BY m.id`
	return db.each(ctx, q, nil, func(rows *sql.Rows) error {
		m, err := scanMention(scanAround{rows, nil, e.dest()})
		if err != nil {
			return err
		}
		return fn(m, e.entity())
	})
}

// WalkClaims calls fn for every claim with its evidence.
func (db *DB) WalkClaims(ctx context.Context, fn func(*dossier.Claim) error) error {
	return db.walkClaims(ctx, false, `SELECT seq, `+claimCols+` FROM claims ORDER BY seq`, nil, fn)
}

// WalkClaimsBySubject calls fn for every claim with its evidence, by subject. The evidence
// comes from a second cursor in the same order (SQLite sorts it, in bounded memory).
func (db *DB) WalkClaimsBySubject(ctx context.Context, fn func(*dossier.Claim) error) error {
	return db.walkClaims(ctx, true, `SELECT seq, `+claimCols+` FROM claims ORDER BY subject, seq`, nil, fn)
}

// endCols are an entity's columns from a (left) join, NULLs as empty strings.
func endCols(t string) string {
	return `coalesce(` + t + `.id, ''), coalesce(` + t + `.type, ''), coalesce(` + t + `.name, ''), coalesce(` + t + `.status, ''), coalesce(` +
		t + `.kind, ''), coalesce(` + t + `.case_id, ''), coalesce(` + t + `.canonical, ''), coalesce(` + t + `.created, '')`
}

// rawEntity receives endCols.
type rawEntity struct{ id, typ, name, status, kind, caseID, canonical, created string }

func (r *rawEntity) dest() []any {
	return []any{&r.id, &r.typ, &r.name, &r.status, &r.kind, &r.caseID, &r.canonical, &r.created}
}

func (r *rawEntity) entity() *dossier.Entity {
	if r.id == "" {
		return nil
	}
	e := &dossier.Entity{ID: r.id, Type: dossier.EntityType(r.typ), Name: r.name, Status: r.status, Kind: r.kind,
		CaseID: r.caseID, Canonical: r.canonical}
	e.Created, _ = time.Parse(time.RFC3339Nano, r.created)
	return e
}

// WalkClaimEnds calls fn for every claim with its evidence, its subject and its object entity,
// read by one join in the claims' order.
func (db *DB) WalkClaimEnds(ctx context.Context, fn func(c *dossier.Claim, subject, object *dossier.Entity) error) error {
	var s, o rawEntity
	after := append(s.dest(), o.dest()...)
	q := `SELECT claims.seq, claims.id, claims.subject, claims.predicate, coalesce(claims.object_entity, ''), claims.object_value,
			claims.object_datatype, claims.valid_from, claims.valid_to, claims.qualifiers,
			coalesce((SELECT v.credibility FROM credibility_overrides v WHERE v.claim_id = claims.id), claims.credibility),
			claims.corroboration, ` + endCols("s") + `, ` + endCols("o") + `
		FROM claims JOIN entities s ON s.id = claims.subject LEFT JOIN entities o ON o.id = claims.object_entity
		ORDER BY claims.seq`
	return db.walkClaims(ctx, false, q, after, func(c *dossier.Claim) error {
		obj := o.entity()
		if !c.Object.IsEntity() {
			obj = nil
		}
		return fn(c, s.entity(), obj)
	})
}

// walkClaims runs q, whose columns are a claim's seq, claimCols and then the columns scanned
// into after, in storage order or, bySubject, in subject order, and calls fn for each claim with
// its evidence: the evidence comes from a second cursor in the same order and is merged in (one
// query for all the evidence instead of one per claim).
func (db *DB) walkClaims(ctx context.Context, bySubject bool, q string, after []any, fn func(*dossier.Claim) error) error {
	evq := `SELECT '', c.seq, ` + evidenceCols + ` FROM evidence JOIN claims c ON c.id = evidence.claim_id ORDER BY c.seq, evidence.id`
	if bySubject {
		evq = `SELECT c.subject, c.seq, ` + evidenceCols + ` FROM evidence JOIN claims c ON c.id = evidence.claim_id
			ORDER BY c.subject, c.seq, evidence.id`
	}
	ev, err := db.query(ctx, evq)
	if err != nil {
		return err
	}
	defer ev.Close()
	var pending *dossier.Evidence
	var pendingSubject string
	var pendingSeq int64
	next := func() error {
		pending = nil
		if ev.Next() {
			e, err := scanEvidence(scanAround{ev, []any{&pendingSubject, &pendingSeq}, nil})
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
	return db.each(ctx, q, nil, func(rows *sql.Rows) error {
		var seq int64
		c, err := scanClaim(scanAround{rows, []any{&seq}, after})
		if err != nil {
			return err
		}
		subject := ""
		if bySubject {
			subject = c.Subject
		}
		// Evidence sorts by (subject, seq) as the claims do; skip what belongs to no claim.
		for pending != nil && (pendingSubject < subject || pendingSubject == subject && pendingSeq <= seq) {
			if pendingSubject == subject && pendingSeq == seq {
				c.Evidence = append(c.Evidence, pending)
			}
			if err := next(); err != nil {
				return err
			}
		}
		return fn(c)
	})
}

// scanAround scans columns before and after the ones a scan function asks for.
type scanAround struct {
	sc            interface{ Scan(...any) error }
	before, after []any
}

func (s scanAround) Scan(dest ...any) error {
	all := make([]any, 0, len(s.before)+len(dest)+len(s.after))
	all = append(append(append(all, s.before...), dest...), s.after...)
	return s.sc.Scan(all...)
}

// EntityRoles evaluates rule for up to dossier.MaxRoleIDs entities in one query. A cluster is
// an entity's canonical entity (or itself) with every entity merged into it.
func (db *DB) EntityRoles(ctx context.Context, rule dossier.RoleRule, ids []string) (map[string]bool, error) {
	if len(ids) > dossier.MaxRoleIDs {
		return nil, dossier.Errorf(dossier.EINVALID, "entity roles: %d ids, at most %d", len(ids), dossier.MaxRoleIDs)
	}
	out := make(map[string]bool, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, err
	}
	subj, _ := json.Marshal(nonNil(rule.Subject))
	obj, _ := json.Marshal(nonNil(rule.Object))
	via, _ := json.Marshal(nonNil(rule.Via))
	// direct(K) is the rule's first two clauses for cluster K; the query applies it to each
	// entity's cluster and, through Via claims, to the clusters of their objects.
	direct := func(k string) string {
		members := `(SELECT x.id FROM entities x WHERE x.id = ` + k + ` UNION ALL SELECT x.id FROM entities x WHERE x.canonical = ` + k + `)`
		return `(EXISTS (SELECT 1 FROM claims c WHERE c.subject IN ` + members + `
				AND c.predicate IN (SELECT value FROM json_each(?2)) AND coalesce(c.object_entity, '') <> '')
			OR EXISTS (SELECT 1 FROM claims c WHERE c.object_entity IN ` + members + `
				AND c.predicate IN (SELECT value FROM json_each(?3))))`
	}
	k := `coalesce(nullif(e.canonical, ''), e.id)`
	q := `SELECT e.id FROM json_each(?1) ids JOIN entities e ON e.id = ids.value
		WHERE ` + direct(k) + `
		OR EXISTS (SELECT 1 FROM claims v JOIN entities vo ON vo.id = v.object_entity
			WHERE v.subject IN (SELECT x.id FROM entities x WHERE x.id = ` + k + ` UNION ALL SELECT x.id FROM entities x WHERE x.canonical = ` + k + `)
			AND v.predicate IN (SELECT value FROM json_each(?4))
			AND ` + direct(`coalesce(nullif(vo.canonical, ''), vo.id)`) + `)`
	err = db.each(ctx, q, []any{string(list), string(subj), string(obj), string(via)}, func(rows *sql.Rows) error {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		out[id] = true
		return nil
	})
	return out, err
}

func nonNil(xs []string) []string {
	if xs == nil {
		return []string{}
	}
	return xs
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
