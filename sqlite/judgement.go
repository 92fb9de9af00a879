package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
)

// CreateJudgement records a judgement between two entities. A "same" judgement between entities
// that a live "different" judgement separates, directly, fails with ECONFLICT.
func (db *DB) CreateJudgement(ctx context.Context, j *dossier.Judgement) error {
	switch {
	case j.A == "" || j.B == "" || j.A == j.B:
		return dossier.Errorf(dossier.EINVALID, "a judgement needs two different entities")
	case j.Verdict != dossier.Same && j.Verdict != dossier.Different && j.Verdict != dossier.Unsure:
		return dossier.Errorf(dossier.EINVALID, "unknown verdict %q", j.Verdict)
	case j.By == "":
		return dossier.Errorf(dossier.EINVALID, "a judgement needs an author")
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if j.Verdict == dossier.Same {
		// Positive judgements are transitive: merging A's cluster with B's must not join two
		// entities that a live negative judgement keeps apart.
		ca, err := component(ctx, tx, j.A)
		if err != nil {
			return err
		}
		cb, err := component(ctx, tx, j.B)
		if err != nil {
			return err
		}
		if a, b, found, err := separated(ctx, tx, ca, cb); err != nil {
			return err
		} else if found {
			return dossier.Errorf(dossier.ECONFLICT, "%s and %s were judged different (it would merge %s with %s); retract that judgement first", a, b, j.A, j.B)
		}
	}
	at := j.At
	if at.IsZero() {
		at = db.now()
	}
	r, err := tx.ExecContext(ctx, `INSERT INTO judgements (a, b, verdict, by, at, score, explanation) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		j.A, j.B, j.Verdict, j.By, at.UTC().Format(time.RFC3339Nano), j.Score, j.Explanation)
	if err != nil {
		return fmt.Errorf("create judgement: %w", err)
	}
	if j.ID, err = r.LastInsertId(); err != nil {
		return err
	}
	j.At = at
	if j.Verdict == dossier.Same {
		if err := recluster(ctx, tx, j.A); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// RetractJudgement marks a judgement retracted by someone; the record stays. Retracting a same
// judgement splits its cluster again where nothing else holds it together.
func (db *DB) RetractJudgement(ctx context.Context, id int64, by string) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var a, b, verdict string
	err = tx.QueryRowContext(ctx, `SELECT a, b, verdict FROM judgements WHERE id = ? AND retracted_at = ''`, id).Scan(&a, &b, &verdict)
	if err == sql.ErrNoRows {
		return dossier.Errorf(dossier.ENOTFOUND, "no live judgement %d", id)
	} else if err != nil {
		return fmt.Errorf("retract judgement: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE judgements SET retracted_by = ?, retracted_at = ? WHERE id = ?`,
		by, db.now().Format(time.RFC3339Nano), id); err != nil {
		return fmt.Errorf("retract judgement: %w", err)
	}
	if verdict == dossier.Same {
		if err := recluster(ctx, tx, a); err != nil {
			return err
		}
		if err := recluster(ctx, tx, b); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// component returns the entities joined to id by live same judgements, id included.
func component(ctx context.Context, tx *sql.Tx, id string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `WITH RECURSIVE c(id) AS (
			SELECT ? UNION
			SELECT CASE WHEN j.a = c.id THEN j.b ELSE j.a END FROM judgements j JOIN c ON (j.a = c.id OR j.b = c.id)
			WHERE j.verdict = 'same' AND j.retracted_at = '')
		SELECT id FROM c`, id)
	if err != nil {
		return nil, fmt.Errorf("cluster of %s: %w", id, err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// separated reports a live different judgement between a member of ca and a member of cb.
func separated(ctx context.Context, tx *sql.Tx, ca, cb []string) (string, string, bool, error) {
	in := func(ids []string) (string, []any) {
		args := make([]any, len(ids))
		for i, v := range ids {
			args[i] = v
		}
		return "(?" + strings.Repeat(",?", len(ids)-1) + ")", args
	}
	qa, aa := in(ca)
	qb, ab := in(cb)
	args := append(append(append(append([]any{}, aa...), ab...), ab...), aa...)
	var a, b string
	err := tx.QueryRowContext(ctx, `SELECT a, b FROM judgements WHERE verdict = 'different' AND retracted_at = ''
		AND ((a IN `+qa+` AND b IN `+qb+`) OR (a IN `+qb+` AND b IN `+qa+`)) LIMIT 1`, args...).Scan(&a, &b)
	if err == sql.ErrNoRows {
		return "", "", false, nil
	}
	return a, b, err == nil, err
}

// recluster recomputes the canonical ID of id's cluster: the entity created first. Canonical
// IDs are stable: adding an entity to a cluster never changes it, and splitting gives each part
// its own oldest member.
func recluster(ctx context.Context, tx *sql.Tx, id string) error {
	members, err := component(ctx, tx, id)
	if err != nil {
		return err
	}
	args := make([]any, len(members))
	for i, v := range members {
		args[i] = v
	}
	in := "(?" + strings.Repeat(",?", len(members)-1) + ")"
	var canonical string
	if err := tx.QueryRowContext(ctx, `SELECT id FROM entities WHERE id IN `+in+` ORDER BY seq LIMIT 1`, args...).Scan(&canonical); err != nil {
		return fmt.Errorf("cluster of %s: %w", id, err)
	}
	if len(members) == 1 {
		canonical = ""
	}
	_, err = tx.ExecContext(ctx, `UPDATE entities SET canonical = CASE WHEN id = ? THEN '' ELSE ? END WHERE id IN `+in,
		append([]any{canonical, canonical}, args...)...)
	return err
}

const judgementCols = `id, a, b, verdict, by, at, score, explanation, retracted_by, retracted_at`

func scanJudgement(sc interface{ Scan(...any) error }) (*dossier.Judgement, error) {
	var j dossier.Judgement
	var at, rat string
	if err := sc.Scan(&j.ID, &j.A, &j.B, &j.Verdict, &j.By, &at, &j.Score, &j.Explanation, &j.RetractedBy, &rat); err != nil {
		return nil, err
	}
	j.At, _ = time.Parse(time.RFC3339Nano, at)
	if rat != "" {
		j.Retracted = true
		j.RetractedAt, _ = time.Parse(time.RFC3339Nano, rat)
	}
	return &j, nil
}

// FindJudgements lists the judgements involving an entity, or all, oldest first.
func (db *DB) FindJudgements(ctx context.Context, entityID string) ([]*dossier.Judgement, error) {
	q, args := `SELECT `+judgementCols+` FROM judgements`, []any{}
	if entityID != "" {
		q, args = q+` WHERE a = ? OR b = ?`, []any{entityID, entityID}
	}
	var out []*dossier.Judgement
	err := db.each(ctx, q+` ORDER BY id`, args, func(rows *sql.Rows) error {
		j, err := scanJudgement(rows)
		if err == nil {
			out = append(out, j)
		}
		return err
	})
	return out, err
}
