package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
)

func validateClaim(c *dossier.Claim) error {
	p := dossier.LookupPredicate(c.Predicate)
	switch {
	case c.ID == "":
		return dossier.Errorf(dossier.EINVALID, "claim has no ID")
	case c.Subject == "":
		return dossier.Errorf(dossier.EINVALID, "claim %s has no subject", c.ID)
	case p == nil:
		return dossier.Errorf(dossier.EINVALID, "claim %s has unknown predicate %q", c.ID, c.Predicate)
	case p.Literal == "" && c.Object.EntityID == "":
		return dossier.Errorf(dossier.EINVALID, "claim %s: predicate %s needs an entity object", c.ID, c.Predicate)
	case p.Literal != "" && c.Object.EntityID != "":
		return dossier.Errorf(dossier.EINVALID, "claim %s: predicate %s takes a %s, not an entity", c.ID, c.Predicate, p.Literal)
	}
	for _, ev := range c.Evidence {
		switch ev.Stance {
		case dossier.StanceAsserts, dossier.StanceReports, dossier.StanceDenies, dossier.StanceDoubts:
		default:
			return dossier.Errorf(dossier.EINVALID, "claim %s: unknown stance %q", c.ID, ev.Stance)
		}
		if ev.Method == "" {
			return dossier.Errorf(dossier.EINVALID, "claim %s: evidence without a method", c.ID)
		}
	}
	return nil
}

// claimCols reads a claim; an analyst's credibility override wins over the computed grade.
const claimCols = `id, subject, predicate, coalesce(object_entity, ''), object_value, object_datatype, valid_from, valid_to,
	qualifiers, coalesce((SELECT o.credibility FROM credibility_overrides o WHERE o.claim_id = claims.id), credibility), corroboration`

func scanClaim(sc interface{ Scan(...any) error }) (*dossier.Claim, error) {
	var c dossier.Claim
	var from, to, quals string
	if err := sc.Scan(&c.ID, &c.Subject, &c.Predicate, &c.Object.EntityID, &c.Object.Value, &c.Object.Datatype,
		&from, &to, &quals, &c.Credibility, &c.Corroboration); err != nil {
		return nil, err
	}
	c.ValidFrom, _ = dossier.ParseDate(from)
	c.ValidTo, _ = dossier.ParseDate(to)
	if c.Object.Datatype == dossier.TypeDate {
		c.Object.Date, _ = dossier.ParseDate(c.Object.Value)
	}
	_ = json.Unmarshal([]byte(quals), &c.Qualifiers)
	return &c, nil
}

const evidenceCols = `claim_id, source_id, start, end, quote, attributed_to, stance, method, confidence, created`

func scanEvidence(sc interface{ Scan(...any) error }) (*dossier.Evidence, error) {
	var ev dossier.Evidence
	var created string
	err := sc.Scan(&ev.ClaimID, &ev.SourceID, &ev.Span.Start, &ev.Span.End, &ev.Quote, &ev.AttributedTo, &ev.Stance,
		&ev.Method, &ev.Confidence, &created)
	ev.Created, _ = time.Parse(time.RFC3339Nano, created)
	return &ev, err
}

// FindClaims returns the claims that match the filter, each with its evidence.
func (db *DB) FindClaims(ctx context.Context, f dossier.ClaimFilter) ([]*dossier.Claim, error) {
	where, args := []string{"1=1"}, []any{}
	if f.Subject != "" {
		where, args = append(where, "subject = ?"), append(args, f.Subject)
	}
	if f.Object != "" {
		where, args = append(where, "object_entity = ?"), append(args, f.Object)
	}
	if f.Entity != "" {
		where, args = append(where, "(subject = ? OR object_entity = ?)"), append(args, f.Entity, f.Entity)
	}
	if f.Predicate != "" {
		where, args = append(where, "predicate = ?"), append(args, f.Predicate)
	}
	if f.SourceID != "" {
		where, args = append(where, "id IN (SELECT claim_id FROM evidence WHERE source_id = ?)"), append(args, f.SourceID)
	}
	var out []*dossier.Claim
	byID := map[string]*dossier.Claim{}
	err := db.each(ctx, `SELECT `+claimCols+` FROM claims WHERE `+strings.Join(where, " AND ")+` ORDER BY seq LIMIT ? OFFSET ?`,
		append(args, limit(f.Limit), max(f.Offset, 0)), func(rows *sql.Rows) error {
			c, err := scanClaim(rows)
			if err == nil {
				out = append(out, c)
				byID[c.ID] = c
			}
			return err
		})
	if err != nil || len(out) == 0 {
		return out, err
	}
	ids := make([]any, 0, len(out))
	for _, c := range out {
		ids = append(ids, c.ID)
	}
	// SQLite allows 32766 parameters; limit() keeps a page below that.
	q := `SELECT ` + evidenceCols + ` FROM evidence WHERE claim_id IN (?` + strings.Repeat(",?", len(ids)-1) + `) ORDER BY id`
	err = db.each(ctx, q, ids, func(rows *sql.Rows) error {
		ev, err := scanEvidence(rows)
		if err == nil {
			byID[ev.ClaimID].Evidence = append(byID[ev.ClaimID].Evidence, ev)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("find claims: evidence: %w", err)
	}
	return out, nil
}
