package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/normalize"
)

func statDir(dir string) (bool, error) {
	fi, err := os.Stat(dir)
	if errors.Is(err, os.ErrNotExist) {
		return false, dossier.Errorf(dossier.EINVALID, "sqlite: directory %s does not exist", dir)
	} else if err != nil {
		return false, fmt.Errorf("sqlite: %w", err)
	}
	return fi.IsDir(), nil
}

// StoreSources stores each document's source and extraction. Documents are validated first, in
// Go; the valid ones of one call share a transaction (a group commit, for speed). If the database
// refuses a statement anyway, that transaction is rolled back and every document is retried in a
// transaction of its own, so a bad document never takes others with it. A crash leaves every
// document either wholly present or absent. (Savepoints per document would do the same in one
// pass, but each one makes FTS5 flush its pending index to disk, which costs more than the rest
// of the ingest together.)
func (db *DB) StoreSources(ctx context.Context, docs []*dossier.Document) ([]dossier.IngestResult, error) {
	res := make([]dossier.IngestResult, len(docs))
	valid := make([]int, 0, len(docs))
	for i, d := range docs {
		if d == nil || d.Source == nil {
			return nil, dossier.Errorf(dossier.EINVALID, "store sources: document %d has no source", i)
		}
		res[i].SourceID = d.Source.ID
		if err := validateDocument(d); err != nil {
			res[i].Err = err
			continue
		}
		valid = append(valid, i)
	}
	err := db.storeBatch(ctx, docs, valid, res)
	if err == nil || ctx.Err() != nil || len(valid) == 1 {
		if err != nil && len(valid) == 1 && !isStoreFailure(err) {
			res[valid[0]].Err, err = err, nil
		}
		return res, err
	}
	// Something in the batch was refused: find it by storing one document per transaction.
	for _, i := range valid {
		if err := db.storeBatch(ctx, docs, []int{i}, res); err != nil {
			if isStoreFailure(err) {
				return nil, err
			}
			res[i].Err = err
		}
	}
	return res, nil
}

// docError marks an error caused by one document's content rather than by the store.
type docError struct{ err error }

func (e docError) Error() string { return e.err.Error() }
func (e docError) Unwrap() error { return e.err }

func isStoreFailure(err error) bool {
	var de docError
	return !errors.As(err, &de)
}

// storeBatch stores the documents docs[i] for i in idx in one transaction.
func (db *DB) storeBatch(ctx context.Context, docs []*dossier.Document, idx []int, res []dossier.IngestResult) error {
	if len(idx) == 0 {
		return nil
	}
	// Multi-row inserts keep a statement journal (to undo a statement that fails half-way):
	// in memory, not in a temporary file written through system calls. A batch dirties more
	// pages than SQLite's default 2 MB cache holds; spilling them to the log mid-transaction
	// and reading them back cost more than the memory.
	if _, err := db.w.ExecContext(ctx, `PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768`); err != nil {
		return fmt.Errorf("store sources: %w", err)
	}
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store sources: begin: %w", err)
	}
	defer tx.Rollback()
	now := db.now()
	st, err := prepareSourceStmts(ctx, tx)
	if err != nil {
		return err
	}
	defer st.close()
	added := make([]bool, len(idx))
	for k, i := range idx {
		a, err := st.storeDocument(ctx, docs[i], now)
		if err != nil {
			return docError{fmt.Errorf("%s: %w", docs[i].Source.Path, err)}
		}
		added[k] = a
	}
	if err := st.flushFTS(ctx); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store sources: commit: %w", err)
	}
	for k, i := range idx {
		res[i].Added = added[k]
	}
	return nil
}

// validateDocument checks everything about a document that can be checked without the
// database: IDs, types, predicates, stances, and that every span lies inside the text.
func validateDocument(d *dossier.Document) error {
	s := d.Source
	if err := validateSource(s); err != nil {
		return err
	}
	x := d.Extraction
	if x == nil {
		return nil
	}
	n := utf8.RuneCountInString(s.Text)
	for _, e := range x.Entities {
		if err := validateEntity(e); err != nil {
			return err
		}
	}
	for _, m := range x.Mentions {
		if !m.Span.Valid() || m.Span.End > n {
			return dossier.Errorf(dossier.EINVALID, "mention %q has span %d-%d outside the text", m.Text, m.Span.Start, m.Span.End)
		}
	}
	for _, c := range x.Claims {
		if err := validateClaim(c); err != nil {
			return err
		}
		for _, ev := range c.Evidence {
			if (ev.SourceID == "" || ev.SourceID == s.ID) && (!ev.Span.Valid() || ev.Span.End > n) {
				return dossier.Errorf(dossier.EINVALID, "evidence for claim %s has span %d-%d outside the text", c.ID, ev.Span.Start, ev.Span.End)
			}
		}
	}
	for _, l := range x.Links {
		if l.Kind == "" || l.Method == "" || (l.To == "" && l.ToName == "") {
			return dossier.Errorf(dossier.EINVALID, "source link needs a kind, a method and a target")
		}
	}
	for _, j := range x.Proposals {
		if j.A == "" || j.B == "" || j.A == j.B || j.By == "" {
			return dossier.Errorf(dossier.EINVALID, "a proposal needs two different entities and an author")
		}
	}
	return nil
}

type sourceStmts struct {
	insSource, insFTS, insLink, insProposal *sql.Stmt
	// Entities, names, mentions, claims and evidence go in multi-row statements, a document's
	// rows of each table at a time.
	insEntity, insName, insMention, insClaim, insEvidence *rowsInsert
	// insCase creates a case (prepared on first use).
	tx      *sql.Tx
	insCase *sql.Stmt
	// What this transaction has already written, so that the entities, names and claims that
	// many documents of a batch share are inserted once rather than refused by the unique index
	// each time. It lives as long as the transaction: a rollback forgets it with the rows.
	cases, entities map[string]bool
	fts             []ftsRow
	names           map[[2]string]bool
	claims          map[string]bool
}

func prepareSourceStmts(ctx context.Context, tx *sql.Tx) (*sourceStmts, error) {
	st := sourceStmts{tx: tx, cases: map[string]bool{}, entities: map[string]bool{}, names: map[[2]string]bool{}, claims: map[string]bool{}}
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var s *sql.Stmt
		s, err = tx.PrepareContext(ctx, q)
		return s
	}
	st.insSource = prep(`INSERT INTO sources (id, path, url, title, publisher, authors, published, retrieved,
		language, languages, scripts, format, charset, text, content_hash, size, case_id, reliability)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`)
	st.insFTS = prep(`INSERT INTO sources_fts (rowid, title, body) VALUES (?, ?, ?)`)
	st.insLink = prep(`INSERT INTO source_links (from_id, to_id, to_name, kind, method, evidence, span_start, span_end, score)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	st.insProposal = prep(`INSERT INTO judgements (a, b, verdict, by, at, score, explanation) VALUES (?, ?, 'unsure', ?, ?, ?, ?)`)
	if err != nil {
		st.close()
		return nil, fmt.Errorf("store sources: prepare: %w", err)
	}
	st.insEntity = newRowsInsert(tx, `INSERT INTO entities (id, type, name, status, kind, case_id, created)`, 7, ` ON CONFLICT (id) DO NOTHING`)
	st.insName = newRowsInsert(tx, `INSERT INTO entity_names (entity_id, text, fold, kind, lang, script)`, 6, ` ON CONFLICT DO NOTHING`)
	st.insMention = newRowsInsert(tx, `INSERT INTO mentions (source_id, start, end, text, norm, type, lang, script, entity_id, score, method)`, 11, ` ON CONFLICT DO NOTHING`)
	st.insClaim = newRowsInsert(tx, `INSERT INTO claims (id, subject, predicate, object_entity, object_value, object_datatype,
		valid_from, valid_to, qualifiers)`, 9, ` ON CONFLICT (id) DO NOTHING`)
	st.insEvidence = newRowsInsert(tx, `INSERT INTO evidence (claim_id, source_id, start, end, quote, attributed_to, stance,
		method, confidence, created)`, 10, ` ON CONFLICT DO NOTHING`)
	return &st, nil
}

func (st *sourceStmts) close() {
	for _, s := range []*sql.Stmt{st.insSource, st.insFTS, st.insLink, st.insProposal, st.insCase} {
		if s != nil {
			s.Close()
		}
	}
	for _, r := range []*rowsInsert{st.insEntity, st.insName, st.insMention, st.insClaim, st.insEvidence} {
		if r != nil {
			r.close()
		}
	}
}

// rowsInsertMax is the most rows one statement of a rowsInsert inserts (as a power of two).
const rowsInsertMax = 7

// rowsInsert inserts rows into one table with multi-row INSERT statements. Rows are added to
// it and written by flush, in statements of 2^k rows (largest first), each prepared in the
// transaction on first use: n rows cost at most a few statements, and the transaction prepares
// at most rowsInsertMax+1 of them. One statement for many rows saves the per-statement cost of
// the driver and of SQLite's virtual machine, which is most of the cost of a small row.
type rowsInsert struct {
	tx         *sql.Tx
	head, tail string
	cols       int
	stmts      [rowsInsertMax + 1]*sql.Stmt
	args       []any
}

func newRowsInsert(tx *sql.Tx, head string, cols int, tail string) *rowsInsert {
	return &rowsInsert{tx: tx, head: head, cols: cols, tail: tail}
}

// add queues one row; it must have r.cols values.
func (r *rowsInsert) add(v ...any) { r.args = append(r.args, v...) }

// flush inserts the queued rows.
func (r *rowsInsert) flush(ctx context.Context) error {
	n := len(r.args) / r.cols
	off := 0
	for n > 0 {
		k := min(bits.Len(uint(n))-1, rowsInsertMax)
		size := 1 << k
		if r.stmts[k] == nil {
			var b strings.Builder
			b.WriteString(r.head)
			b.WriteString(" VALUES ")
			row := "(" + strings.Repeat("?, ", r.cols-1) + "?)"
			for i := range size {
				if i > 0 {
					b.WriteString(", ")
				}
				b.WriteString(row)
			}
			b.WriteString(r.tail)
			s, err := r.tx.PrepareContext(ctx, b.String())
			if err != nil {
				return err
			}
			r.stmts[k] = s
		}
		if _, err := r.stmts[k].ExecContext(ctx, r.args[off*r.cols:(off+size)*r.cols]...); err != nil {
			return err
		}
		off += size
		n -= size
	}
	clear(r.args)
	r.args = r.args[:0]
	return nil
}

func (r *rowsInsert) close() {
	for _, s := range r.stmts {
		if s != nil {
			s.Close()
		}
	}
}

// ensureCase creates the case id (named by its id) unless it exists: a case comes into being
// with the first source or entity filed under it.
func (st *sourceStmts) ensureCase(ctx context.Context, id string, now time.Time) error {
	if id == "" || st.cases[id] {
		return nil
	}
	if st.insCase == nil {
		s, err := st.tx.PrepareContext(ctx, `INSERT INTO cases (id, name, created) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING`)
		if err != nil {
			return err
		}
		st.insCase = s
	}
	if _, err := st.insCase.ExecContext(ctx, id, id, now.UTC().Format(time.RFC3339Nano)); err != nil {
		return fmt.Errorf("create case %q: %w", id, err)
	}
	st.cases[id] = true
	return nil
}

func (st *sourceStmts) storeDocument(ctx context.Context, d *dossier.Document, now time.Time) (bool, error) {
	s := d.Source
	retrieved := s.Retrieved
	if retrieved.IsZero() {
		retrieved = now
	}
	if err := st.ensureCase(ctx, s.CaseID, now); err != nil {
		return false, err
	}
	r, err := st.insSource.ExecContext(ctx, s.ID, s.Path, s.URL, s.Title, s.Publisher, jsonList(s.Authors),
		s.Published.String(), retrieved.UTC().Format(time.RFC3339Nano), s.Language, jsonList(s.Languages),
		jsonList(s.Scripts), s.Format, s.Charset, s.Text, s.ContentHash, s.Size, nullable(s.CaseID), s.Reliability)
	if err != nil {
		return false, fmt.Errorf("insert source: %w", err)
	}
	if n, _ := r.RowsAffected(); n == 0 {
		return false, nil // already present: content-hash IDs make re-ingest a no-op
	}
	seq, err := r.LastInsertId()
	if err != nil {
		return false, err
	}
	st.fts = append(st.fts, ftsRow{seq, s})
	if x := d.Extraction; x != nil {
		if err := st.storeExtraction(ctx, s, x, now); err != nil {
			return false, err
		}
	}
	return true, nil
}

// ftsRow is a stored source waiting for its full-text index entry.
type ftsRow struct {
	seq int64
	s   *dossier.Source
}

// flushFTS indexes the sources stored in this transaction. It runs after every other insert of
// the transaction: a multi-row insert opens a statement savepoint, and a savepoint makes FTS5
// write its pending index to disk once the transaction has written to the full-text table.
func (st *sourceStmts) flushFTS(ctx context.Context) error {
	for _, r := range st.fts {
		if _, err := st.insFTS.ExecContext(ctx, r.seq, normalize.FoldWords(r.s.Title), normalize.FoldWords(r.s.Text)); err != nil {
			return docError{fmt.Errorf("%s: index source: %w", r.s.Path, err)}
		}
	}
	st.fts = st.fts[:0]
	return nil
}

func validateSource(s *dossier.Source) error {
	switch {
	case s.ID == "":
		return dossier.Errorf(dossier.EINVALID, "source has no ID")
	case s.ID != dossier.ContentID(s.Text):
		return dossier.Errorf(dossier.EINVALID, "source ID %s is not the content hash of its text", s.ID)
	case s.Format == "":
		return dossier.Errorf(dossier.EINVALID, "source has no format")
	case s.Reliability != "" && !dossier.ValidReliability(s.Reliability):
		return dossier.Errorf(dossier.EINVALID, "source reliability %q is not a grade A–F", s.Reliability)
	}
	return nil
}

func (st *sourceStmts) storeExtraction(ctx context.Context, s *dossier.Source, x *dossier.Extraction, now time.Time) error {
	ts := now.Format(time.RFC3339Nano)
	for _, e := range x.Entities {
		if !st.entities[e.ID] {
			st.entities[e.ID] = true
			created := e.Created
			if created.IsZero() {
				created = now
			}
			status := e.Status
			if status == "" {
				status = dossier.StatusConfirmed
			}
			if err := st.ensureCase(ctx, e.CaseID, now); err != nil {
				return err
			}
			st.insEntity.add(e.ID, string(e.Type), e.Name, status, e.Kind, nullable(e.CaseID), created.UTC().Format(time.RFC3339Nano))
		}
		names := e.Names
		if len(names) == 0 {
			names = []dossier.Name{{Text: e.Name, Kind: "name"}}
		}
		for _, n := range names {
			if st.names[[2]string{e.ID, n.Text}] {
				continue
			}
			st.names[[2]string{e.ID, n.Text}] = true
			kind := n.Kind
			if kind == "" {
				kind = "name"
			}
			st.insName.add(e.ID, n.Text, normalize.Fold(n.Text), kind, n.Language, n.Script)
		}
	}
	if err := st.insEntity.flush(ctx); err != nil {
		return fmt.Errorf("insert entities: %w", err)
	}
	if err := st.insName.flush(ctx); err != nil {
		return fmt.Errorf("insert entity names: %w", err)
	}
	for _, m := range x.Mentions {
		st.insMention.add(s.ID, m.Span.Start, m.Span.End, m.Text, m.Norm, string(m.Type),
			m.Language, m.Script, nullable(m.EntityID), m.Score, m.Method)
	}
	if err := st.insMention.flush(ctx); err != nil {
		return fmt.Errorf("insert mentions: %w", err)
	}
	for _, c := range x.Claims {
		if !st.claims[c.ID] {
			st.claims[c.ID] = true
			st.insClaim.add(c.ID, c.Subject, c.Predicate, nullable(c.Object.EntityID), objectValue(c.Object),
				c.Object.Datatype, c.ValidFrom.String(), c.ValidTo.String(), jsonObject(c.Qualifiers))
		}
		for _, ev := range c.Evidence {
			if ev.SourceID == "" {
				ev.SourceID = s.ID
			}
			created := ts
			if !ev.Created.IsZero() {
				created = ev.Created.UTC().Format(time.RFC3339Nano)
			}
			st.insEvidence.add(c.ID, ev.SourceID, ev.Span.Start, ev.Span.End, ev.Quote, ev.AttributedTo,
				ev.Stance, ev.Method, ev.Confidence, created)
		}
	}
	if err := st.insClaim.flush(ctx); err != nil {
		return fmt.Errorf("insert claims: %w", err)
	}
	if err := st.insEvidence.flush(ctx); err != nil {
		return fmt.Errorf("insert evidence: %w", err)
	}
	for _, j := range x.Proposals {
		if _, err := st.insProposal.ExecContext(ctx, j.A, j.B, j.By, ts, j.Score, j.Explanation); err != nil {
			return fmt.Errorf("insert proposal %s ~ %s: %w", j.A, j.B, err)
		}
	}
	for _, l := range x.Links {
		if l.From == "" {
			l.From = s.ID
		}
		if err := insertLink(ctx, st.insLink, l); err != nil {
			return err
		}
	}
	return nil
}

func insertLink(ctx context.Context, stmt *sql.Stmt, l *dossier.SourceLink) error {
	if l.Kind == "" || l.Method == "" || (l.To == "" && l.ToName == "") {
		return dossier.Errorf(dossier.EINVALID, "source link from %s needs a kind, a method and a target", l.From)
	}
	var a, b any
	if l.Span != nil {
		a, b = l.Span.Start, l.Span.End
	}
	if _, err := stmt.ExecContext(ctx, l.From, l.To, l.ToName, l.Kind, l.Method, l.Evidence, a, b, l.Score); err != nil {
		return fmt.Errorf("insert source link: %w", err)
	}
	return nil
}

func objectValue(o dossier.Object) string {
	if o.Datatype == dossier.TypeDate && !o.Date.IsZero() {
		return o.Date.String()
	}
	return o.Value
}

// CreateSourceLinks adds links between stored sources or to named outside sources.
func (db *DB) CreateSourceLinks(ctx context.Context, links []*dossier.SourceLink) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO source_links (from_id, to_id, to_name, kind, method, evidence, span_start, span_end, score)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, l := range links {
		if err := insertLink(ctx, stmt, l); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// sourceCols are the columns scanSource reads, from the table aliased s.
const sourceCols = `s.id, s.path, s.url, s.title, s.publisher, s.authors, s.published, s.retrieved, s.language,
	s.languages, s.scripts, s.format, s.charset, s.content_hash, s.size, coalesce(s.case_id, ''), s.reliability`

func scanSource(sc interface{ Scan(...any) error }, withText bool) (*dossier.Source, error) {
	var s dossier.Source
	var authors, published, retrieved, langs, scripts string
	dest := []any{&s.ID, &s.Path, &s.URL, &s.Title, &s.Publisher, &authors, &published, &retrieved,
		&s.Language, &langs, &scripts, &s.Format, &s.Charset, &s.ContentHash, &s.Size, &s.CaseID, &s.Reliability}
	if withText {
		dest = append(dest, &s.Text)
	}
	if err := sc.Scan(dest...); err != nil {
		return nil, err
	}
	s.Authors, s.Languages, s.Scripts = parseList(authors), parseList(langs), parseList(scripts)
	s.Published, _ = dossier.ParseDate(published)
	s.Retrieved, _ = time.Parse(time.RFC3339Nano, retrieved)
	return &s, nil
}

// FindSourceByID returns the source whose ID is id or starts with it (at least six characters,
// and unique), with its text.
func (db *DB) FindSourceByID(ctx context.Context, id string) (*dossier.Source, error) {
	id = strings.ToLower(strings.TrimSpace(id))
	if len(id) < 6 {
		return nil, dossier.Errorf(dossier.EINVALID, "source ID %q is too short: give at least six characters", id)
	}
	rows, err := db.query(ctx, `SELECT `+sourceCols+`, s.text FROM sources s WHERE s.id >= ? AND s.id < ? ORDER BY s.id LIMIT 2`, id, id+"\uffff")
	if err != nil {
		return nil, fmt.Errorf("find source: %w", err)
	}
	defer rows.Close()
	var found []*dossier.Source
	for rows.Next() {
		s, err := scanSource(rows, true)
		if err != nil {
			return nil, err
		}
		found = append(found, s)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	switch {
	case len(found) == 0:
		return nil, dossier.Errorf(dossier.ENOTFOUND, "no source %s", id)
	case len(found) > 1 && found[0].ID != id:
		return nil, dossier.Errorf(dossier.EINVALID, "source ID prefix %s is ambiguous", id)
	}
	return found[0], nil
}

// FindSources lists sources without their text, most recently retrieved first.
func (db *DB) FindSources(ctx context.Context, f dossier.SourceFilter) ([]*dossier.Source, int, error) {
	where, args := []string{"1=1"}, []any{}
	if f.ID != "" {
		where, args = append(where, "s.id = ?"), append(args, f.ID)
	}
	if f.IDPrefix != "" {
		where, args = append(where, "s.id >= ? AND id < ?"), append(args, f.IDPrefix, f.IDPrefix+"\uffff")
	}
	if f.CaseID != "" {
		where, args = append(where, "s.case_id = ?"), append(args, f.CaseID)
	}
	if f.Language != "" {
		where, args = append(where, "s.language = ?"), append(args, f.Language)
	}
	cond := strings.Join(where, " AND ")
	var total int
	if err := db.queryRow(ctx, `SELECT count(*) FROM sources s WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("find sources: %w", err)
	}
	rows, err := db.query(ctx, `SELECT `+sourceCols+` FROM sources s WHERE `+cond+` ORDER BY s.seq DESC LIMIT ? OFFSET ?`,
		append(args, limit(f.Limit), max(f.Offset, 0))...)
	if err != nil {
		return nil, 0, fmt.Errorf("find sources: %w", err)
	}
	defer rows.Close()
	var out []*dossier.Source
	for rows.Next() {
		s, err := scanSource(rows, false)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, s)
	}
	return out, total, rows.Err()
}

// FindSourceLinks returns the links from or to a source, or all links when sourceID is empty.
func (db *DB) FindSourceLinks(ctx context.Context, sourceID string) ([]*dossier.SourceLink, error) {
	q := `SELECT from_id, to_id, to_name, kind, method, evidence, span_start, span_end, score FROM source_links`
	var args []any
	if sourceID != "" {
		q += ` WHERE from_id = ? OR to_id = ?`
		args = []any{sourceID, sourceID}
	}
	var out []*dossier.SourceLink
	err := db.each(ctx, q+` ORDER BY id`, args, func(rows *sql.Rows) error {
		l, err := scanLink(rows)
		if err == nil {
			out = append(out, l)
		}
		return err
	})
	return out, err
}

func scanLink(rows *sql.Rows) (*dossier.SourceLink, error) {
	var l dossier.SourceLink
	var a, b sql.NullInt64
	if err := rows.Scan(&l.From, &l.To, &l.ToName, &l.Kind, &l.Method, &l.Evidence, &a, &b, &l.Score); err != nil {
		return nil, err
	}
	if a.Valid && b.Valid {
		l.Span = &dossier.Span{Start: int(a.Int64), End: int(b.Int64)}
	}
	return &l, nil
}

// each runs a read query and calls fn for every row.
func (db *DB) each(ctx context.Context, q string, args []any, fn func(*sql.Rows) error) error {
	rows, err := db.query(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

func limit(n int) int {
	if n <= 0 {
		return 100
	}
	return min(n, 10000)
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func jsonList(v []string) string {
	if len(v) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(v)
	return string(b)
}

func parseList(s string) []string {
	var v []string
	if s == "" || s == "[]" {
		return nil
	}
	_ = json.Unmarshal([]byte(s), &v)
	return v
}

func jsonObject(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
