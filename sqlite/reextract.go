package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/dossier-osint/dossier"
)

// ReplaceExtraction replaces what extraction derived from a stored source — its mentions, the
// evidence it gave claims by any method but an analyst's, its stated source links and the
// resolver's open proposals about entities it created — with x, in one transaction. Judgements
// and analysts' evidence are never touched; claims left with no evidence and proposed entities
// left with nothing referring to them are removed.
func (db *DB) ReplaceExtraction(ctx context.Context, sourceID string, x *dossier.Extraction) error {
	s, err := db.FindSourceByID(ctx, sourceID)
	if err != nil {
		return err
	}
	d := &dossier.Document{Source: s, Extraction: x}
	if err := validateDocument(d); err != nil {
		return err
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, q := range []string{
		`DELETE FROM mentions WHERE source_id = ?`,
		`DELETE FROM evidence WHERE source_id = ? AND method NOT LIKE 'analyst:%'`,
		`DELETE FROM source_links WHERE from_id = ? AND method = 'stated'`,
	} {
		if _, err := tx.ExecContext(ctx, q, s.ID); err != nil {
			return fmt.Errorf("reextract %s: %w", s.ID, err)
		}
	}
	st, err := prepareSourceStmts(ctx, tx)
	if err != nil {
		return err
	}
	defer st.close()
	if err := st.storeExtraction(ctx, s, x, db.now()); err != nil {
		return fmt.Errorf("reextract %s: %w", s.ID, err)
	}
	if err := pruneOrphans(ctx, tx); err != nil {
		return err
	}
	return tx.Commit()
}

// pruneOrphans removes claims without evidence and proposed entities that nothing refers to:
// no mention, claim or judgement.
func pruneOrphans(ctx context.Context, tx *sql.Tx) error {
	for _, q := range []string{
		`DELETE FROM claims WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = claims.id)`,
		`DELETE FROM entities WHERE status = 'proposed'
			AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)
			AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.subject = entities.id OR c.object_entity = entities.id)
			AND NOT EXISTS (SELECT 1 FROM judgements j WHERE j.a = entities.id OR j.b = entities.id)`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("prune: %w", err)
		}
	}
	return nil
}
