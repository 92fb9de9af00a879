package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
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
	err := db.each(ctx, `SELECT `+claimCols+` FROM claims WHERE `+strings.Join(where, " AND ")+` ORDER BY seq LIMIT +? OFFSET +?`,
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

// profileCursor is a position in a profile's claims: the side (subject claims come first), then
// on the subject side predicate and storage order, on the object side storage order (the order
// of the claims_object index, so that no page sorts all of a hub's claims). It carries the
// total counted for the first page, which later pages do not count again. Its text form is
// "s|predicate|seq|total" or "o||seq|total".
type profileCursor struct {
	object    bool
	predicate string
	seq       int64
	total     int
}

func (c profileCursor) String() string {
	side := "s"
	if c.object {
		side = "o"
	}
	return side + "|" + c.predicate + "|" + strconv.FormatInt(c.seq, 10) + "|" + strconv.Itoa(c.total)
}

func parseProfileCursor(s string) (profileCursor, error) {
	c := profileCursor{seq: -1}
	if s == "" {
		return c, nil
	}
	f := strings.Split(s, "|")
	bad := dossier.Errorf(dossier.EINVALID, "invalid cursor %q: give the next of a previous page", s)
	if len(f) != 4 || (f[0] != "s" && f[0] != "o") || (f[0] == "o" && f[1] != "") {
		return c, bad
	}
	seq, err := strconv.ParseInt(f[2], 10, 64)
	if err != nil || seq < 0 {
		return c, bad
	}
	total, err := strconv.Atoi(f[3])
	if err != nil || total < 0 {
		return c, bad
	}
	return profileCursor{object: f[0] == "o", predicate: f[1], seq: seq, total: total}, nil
}

// profileClaimCols reads a claim of the subquery c with the name of the entity on the other
// side (joined as x, and xc for its canonical entity), then its evidence (ev) and the evidence's
// source (s), one row per evidence.
const profileClaimCols = `c.side, c.seq, c.id, c.subject, c.predicate, coalesce(c.object_entity, ''), c.object_value, c.object_datatype,
	c.valid_from, c.valid_to, c.qualifiers,
	coalesce((SELECT o.credibility FROM credibility_overrides o WHERE o.claim_id = c.id), c.credibility), c.corroboration,
	coalesce(xc.name, x.name, ''),
	coalesce(ev.source_id, ''), coalesce(ev.start, 0), coalesce(ev.end, 0), coalesce(ev.quote, ''), coalesce(ev.attributed_to, ''),
	coalesce(ev.stance, ''), coalesce(ev.method, ''), coalesce(ev.confidence, 0), coalesce(ev.created, ''),
	coalesce(s.title, ''), coalesce(s.path, ''), coalesce(s.reliability, ''), coalesce(ev.id, 0), s.id IS NOT NULL`

// FindProfilePage returns a page of the claims of an entity and its merged members, each with
// its evidence and the name of the entity on the other side, in two queries: the members, then
// both sides of the claims; a third counts the claims on the first page of an entity with more
// than one. Pages are cut by a cursor, not an offset, and in index order, so a page deep into an
// entity of a hundred thousand claims costs about what the first one of a small entity does.
func (db *DB) FindProfilePage(ctx context.Context, q dossier.ProfileQuery) (*dossier.ProfilePage, error) {
	cur, err := parseProfileCursor(q.After)
	if err != nil {
		return nil, err
	}
	n := max(1, min(q.Limit, 10000))
	page := &dossier.ProfilePage{Sources: map[string]*dossier.Source{}}
	err = db.each(ctx, `SELECT `+entityCols+` FROM entities WHERE canonical = ? ORDER BY seq LIMIT 1000`, []any{q.Entity}, func(rows *sql.Rows) error {
		e, err := scanEntity(rows)
		if err == nil {
			page.Members = append(page.Members, e)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("profile: members: %w", err)
	}
	ids := make([]any, 0, 1+len(page.Members))
	ids = append(ids, q.Entity)
	for _, m := range page.Members {
		ids = append(ids, m.ID)
	}
	in := "= ?"
	if len(ids) > 1 {
		in = "IN (?" + strings.Repeat(",?", len(ids)-1) + ")"
	}
	seqs, err := db.profileClaims(ctx, page, in, ids, cur, n+1)
	if err != nil {
		return nil, err
	}
	page.Total = len(page.Claims)
	if q.After != "" {
		page.Total = cur.total
	} else if len(page.Claims) > n {
		// Counting reads the index entries of every claim of the entity (each count is on an
		// index alone: claims_subject, claims_object, claims_object_subject), so only the first
		// page does it.
		args := append(append(append(append([]any{}, ids...), ids...), ids...), ids...)
		err := db.queryRow(ctx, `SELECT (SELECT count(*) FROM claims WHERE subject `+in+`)
			+ (SELECT count(*) FROM claims WHERE object_entity `+in+`)
			- (SELECT count(*) FROM claims WHERE object_entity `+in+` AND subject `+in+`)`, args...).Scan(&page.Total)
		if err != nil {
			return nil, fmt.Errorf("profile: count: %w", err)
		}
	}
	if len(page.Claims) > n {
		page.Claims = page.Claims[:n]
		c := page.Claims[n-1]
		next := profileCursor{object: c.ObjectSide, seq: seqs[n-1], total: page.Total}
		if !c.ObjectSide {
			next.predicate = c.Predicate
		}
		page.Next = next.String()
	}
	for id, s := range page.Sources {
		if s == nil {
			delete(page.Sources, id)
		}
	}
	return page, nil
}

// profileClaims appends to page the claims after cur, up to limit of those where the entities
// are the subject (unless cur is on the object side) and up to limit of those where they are
// the object but not the subject, in one query; and their storage order to seqs.
func (db *DB) profileClaims(ctx context.Context, page *dossier.ProfilePage, in string, ids []any,
	cur profileCursor, limit int) ([]int64, error) {
	args := make([]any, 0, 3*len(ids)+7)
	subjectPred, subjectSeq, skipSubjects := cur.predicate, cur.seq, 0
	objectSeq := int64(-1)
	if cur.object {
		skipSubjects, objectSeq = 1, cur.seq
	}
	args = append(args, skipSubjects)
	args = append(args, ids...)
	args = append(args, subjectPred, subjectSeq, limit)
	args = append(args, ids...)
	args = append(args, ids...)
	args = append(args, objectSeq, limit)
	// Each side is cut in the order of its index, claims_subject (subject, predicate, seq) or
	// claims_object (object_entity, seq); the rows are one per evidence and come without an
	// ORDER BY, which would sort them all in a temporary b-tree: claims are put in order here,
	// and each claim's evidence by its row id. ("LIMIT +?": see stmtCache.)
	q := `SELECT ` + profileClaimCols + ` FROM (
			SELECT * FROM (SELECT 0 AS side, * FROM claims WHERE ? = 0 AND subject ` + in + ` AND (predicate, seq) > (?, ?)
				ORDER BY predicate, seq LIMIT +?)
			UNION ALL
			SELECT * FROM (SELECT 1 AS side, * FROM claims WHERE object_entity ` + in + ` AND NOT subject ` + in + ` AND seq > ?
				ORDER BY seq LIMIT +?)
		) c
		LEFT JOIN entities x ON x.id = (CASE c.side WHEN 0 THEN c.object_entity ELSE c.subject END)
		LEFT JOIN entities xc ON x.canonical != '' AND xc.id = x.canonical
		LEFT JOIN evidence ev ON ev.claim_id = c.id
		LEFT JOIN sources s ON s.id = ev.source_id`
	type found struct {
		seq   int64
		claim dossier.ProfileClaim
		evIDs []int64
	}
	var got []found
	at := map[int64]int{}
	err := db.each(ctx, q, args, func(rows *sql.Rows) error {
		var (
			side, seq, evID           int64
			x                         dossier.Claim
			from, to, quals, other    string
			ev                        dossier.Evidence
			created, title, path, rel string
			hasSource                 bool
		)
		if err := rows.Scan(&side, &seq, &x.ID, &x.Subject, &x.Predicate, &x.Object.EntityID, &x.Object.Value, &x.Object.Datatype,
			&from, &to, &quals, &x.Credibility, &x.Corroboration, &other,
			&ev.SourceID, &ev.Span.Start, &ev.Span.End, &ev.Quote, &ev.AttributedTo, &ev.Stance, &ev.Method, &ev.Confidence, &created,
			&title, &path, &rel, &evID, &hasSource); err != nil {
			return err
		}
		k, ok := at[seq]
		if !ok {
			x.ValidFrom, _ = dossier.ParseDate(from)
			x.ValidTo, _ = dossier.ParseDate(to)
			if x.Object.Datatype == dossier.TypeDate {
				x.Object.Date, _ = dossier.ParseDate(x.Object.Value)
			}
			if quals != "{}" && quals != "" {
				_ = json.Unmarshal([]byte(quals), &x.Qualifiers)
			}
			k = len(got)
			at[seq] = k
			got = append(got, found{seq: seq, claim: dossier.ProfileClaim{Claim: &x, ObjectSide: side == 1, Other: other}})
		}
		if evID == 0 {
			return nil
		}
		f := &got[k]
		ev.ClaimID = f.claim.ID
		ev.Created, _ = time.Parse(time.RFC3339Nano, created)
		f.claim.Evidence = append(f.claim.Evidence, &ev)
		f.evIDs = append(f.evIDs, evID)
		if _, ok := page.Sources[ev.SourceID]; !ok {
			if hasSource {
				page.Sources[ev.SourceID] = &dossier.Source{ID: ev.SourceID, Title: title, Path: path, Reliability: rel}
			} else {
				page.Sources[ev.SourceID] = nil
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("profile: claims: %w", err)
	}
	sort.Slice(got, func(i, j int) bool {
		a, b := &got[i], &got[j]
		if a.claim.ObjectSide != b.claim.ObjectSide {
			return b.claim.ObjectSide
		}
		if !a.claim.ObjectSide && a.claim.Predicate != b.claim.Predicate {
			return a.claim.Predicate < b.claim.Predicate
		}
		return a.seq < b.seq
	})
	seqs := make([]int64, 0, len(got))
	for i := range got {
		f := &got[i]
		if len(f.evIDs) > 1 {
			sort.Sort(evidenceByID{f.claim.Evidence, f.evIDs})
		}
		page.Claims = append(page.Claims, f.claim)
		seqs = append(seqs, f.seq)
	}
	return seqs, nil
}

// evidenceByID sorts a claim's evidence by row id: the order in which it was stored.
type evidenceByID struct {
	ev  []*dossier.Evidence
	ids []int64
}

func (s evidenceByID) Len() int           { return len(s.ids) }
func (s evidenceByID) Less(i, j int) bool { return s.ids[i] < s.ids[j] }
func (s evidenceByID) Swap(i, j int) {
	s.ev[i], s.ev[j] = s.ev[j], s.ev[i]
	s.ids[i], s.ids[j] = s.ids[j], s.ids[i]
}
