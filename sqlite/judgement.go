package sqlite

import (
	"context"
	"database/sql"
	"fmt"
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
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM judgements WHERE verdict = 'different' AND retracted_at = ''
			AND ((a = ? AND b = ?) OR (a = ? AND b = ?))`, j.A, j.B, j.B, j.A).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			return dossier.Errorf(dossier.ECONFLICT, "%s and %s were judged different; retract that judgement first", j.A, j.B)
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
	return tx.Commit()
}

// RetractJudgement marks a judgement retracted by someone; the record stays.
func (db *DB) RetractJudgement(ctx context.Context, id int64, by string) error {
	r, err := db.w.ExecContext(ctx, `UPDATE judgements SET retracted_by = ?, retracted_at = ? WHERE id = ? AND retracted_at = ''`,
		by, db.now().Format(time.RFC3339Nano), id)
	if err != nil {
		return fmt.Errorf("retract judgement: %w", err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return dossier.Errorf(dossier.ENOTFOUND, "no live judgement %d", id)
	}
	return nil
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
