package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
)

// SetReliability grades a publisher or a source.
func (db *DB) SetReliability(ctx context.Context, g *dossier.Grade) error {
	g.Reliability = strings.ToUpper(strings.TrimSpace(g.Reliability))
	switch {
	case !dossier.ValidReliability(g.Reliability):
		return dossier.Errorf(dossier.EINVALID, "reliability %q is not a grade A–F", g.Reliability)
	case (g.Publisher == "") == (g.SourceID == ""):
		return dossier.Errorf(dossier.EINVALID, "grade a publisher or a source, not both or neither")
	case g.By == "":
		return dossier.Errorf(dossier.EINVALID, "a grade needs an author")
	}
	if g.At.IsZero() {
		g.At = db.now()
	}
	if g.SourceID != "" {
		s, err := db.FindSourceByID(ctx, g.SourceID)
		if err != nil {
			return err
		}
		g.SourceID = s.ID
		_, err = db.w.ExecContext(ctx, `UPDATE sources SET reliability = ? WHERE id = ?`, g.Reliability, s.ID)
		return err
	}
	_, err := db.w.ExecContext(ctx, `INSERT INTO publisher_grades (publisher, reliability, by, at) VALUES (?, ?, ?, ?)
		ON CONFLICT (publisher) DO UPDATE SET reliability = excluded.reliability, by = excluded.by, at = excluded.at`,
		g.Publisher, g.Reliability, g.By, g.At.UTC().Format(time.RFC3339Nano))
	return err
}

// FindGrades lists publisher grades, then graded sources.
func (db *DB) FindGrades(ctx context.Context) ([]*dossier.Grade, error) {
	var out []*dossier.Grade
	err := db.each(ctx, `SELECT publisher, reliability, by, at FROM publisher_grades ORDER BY publisher`, nil, func(rows *sql.Rows) error {
		var g dossier.Grade
		var at string
		if err := rows.Scan(&g.Publisher, &g.Reliability, &g.By, &at); err != nil {
			return err
		}
		g.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, &g)
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = db.each(ctx, `SELECT id, reliability FROM sources WHERE reliability != '' ORDER BY seq`, nil, func(rows *sql.Rows) error {
		var g dossier.Grade
		if err := rows.Scan(&g.SourceID, &g.Reliability); err != nil {
			return err
		}
		out = append(out, &g)
		return nil
	})
	return out, err
}

// OverrideCredibility records or (Credibility 0) removes an analyst's credibility for a claim.
func (db *DB) OverrideCredibility(ctx context.Context, o *dossier.CredibilityOverride) error {
	if o.Credibility == 0 {
		r, err := db.w.ExecContext(ctx, `DELETE FROM credibility_overrides WHERE claim_id = ?`, o.ClaimID)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return dossier.Errorf(dossier.ENOTFOUND, "claim %s has no override", o.ClaimID)
		}
		return nil
	}
	switch {
	case o.Credibility < 1 || o.Credibility > 6:
		return dossier.Errorf(dossier.EINVALID, "credibility %d is not 1–6", o.Credibility)
	case o.By == "" || strings.TrimSpace(o.Why) == "":
		return dossier.Errorf(dossier.EINVALID, "an override needs who and why")
	}
	var n int
	if err := db.queryRow(ctx, `SELECT count(*) FROM claims WHERE id = ?`, o.ClaimID).Scan(&n); err != nil {
		return err
	} else if n == 0 {
		return dossier.Errorf(dossier.ENOTFOUND, "no claim %s", o.ClaimID)
	}
	if o.At.IsZero() {
		o.At = db.now()
	}
	_, err := db.w.ExecContext(ctx, `INSERT INTO credibility_overrides (claim_id, credibility, by, why, at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (claim_id) DO UPDATE SET credibility = excluded.credibility, by = excluded.by, why = excluded.why, at = excluded.at`,
		o.ClaimID, o.Credibility, o.By, o.Why, o.At.UTC().Format(time.RFC3339Nano))
	return err
}

// FindOverrides lists credibility overrides.
func (db *DB) FindOverrides(ctx context.Context) ([]*dossier.CredibilityOverride, error) {
	var out []*dossier.CredibilityOverride
	err := db.each(ctx, `SELECT claim_id, credibility, by, why, at FROM credibility_overrides ORDER BY claim_id`, nil, func(rows *sql.Rows) error {
		var o dossier.CredibilityOverride
		var at string
		if err := rows.Scan(&o.ClaimID, &o.Credibility, &o.By, &o.Why, &at); err != nil {
			return err
		}
		o.At, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, &o)
		return nil
	})
	return out, err
}

// UpdateClaimGrades stores computed grades in one transaction.
func (db *DB) UpdateClaimGrades(ctx context.Context, grades []dossier.ClaimGrade) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `UPDATE claims SET corroboration = ?, credibility = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, g := range grades {
		if _, err := stmt.ExecContext(ctx, g.Corroboration, g.Credibility, g.ClaimID); err != nil {
			return fmt.Errorf("update claim grades: %w", err)
		}
	}
	return tx.Commit()
}
