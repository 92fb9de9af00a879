package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/normalize"
)

func validateEntity(e *dossier.Entity) error {
	switch {
	case e.ID == "":
		return dossier.Errorf(dossier.EINVALID, "entity %q has no ID", e.Name)
	case !e.Type.Valid():
		return dossier.Errorf(dossier.EINVALID, "entity %s has unknown type %q", e.ID, e.Type)
	case strings.TrimSpace(e.Name) == "":
		return dossier.Errorf(dossier.EINVALID, "entity %s has no name", e.ID)
	}
	return nil
}

const entityCols = `id, type, name, status, kind, coalesce(case_id, ''), canonical, created`

func scanEntity(sc interface{ Scan(...any) error }) (*dossier.Entity, error) {
	var e dossier.Entity
	var typ, created string
	if err := sc.Scan(&e.ID, &typ, &e.Name, &e.Status, &e.Kind, &e.CaseID, &e.Canonical, &created); err != nil {
		return nil, err
	}
	e.Type = dossier.EntityType(typ)
	e.Created, _ = time.Parse(time.RFC3339Nano, created)
	return &e, nil
}

// FindEntityByID returns the entity with its names and, for each name, the number of sources
// whose mentions use it: one query (two for a merged entity, which gives its canonical one).
func (db *DB) FindEntityByID(ctx context.Context, id string) (*dossier.Entity, error) {
	var e *dossier.Entity
	var rowids []int64
	err := db.each(ctx, `SELECT e.id, e.type, e.name, e.status, e.kind, coalesce(e.case_id, ''), e.canonical, e.created,
			n.text IS NOT NULL, coalesce(n.text, ''), coalesce(n.kind, ''), coalesce(n.lang, ''), coalesce(n.script, ''),
			(SELECT count(DISTINCT m.source_id) FROM mentions m WHERE m.entity_id = n.entity_id AND m.text = n.text), coalesce(n.rowid, 0)
		FROM entities e LEFT JOIN entity_names n ON n.entity_id = e.id WHERE e.id = ?`, []any{id}, func(rows *sql.Rows) error {
		var x dossier.Entity
		var typ, created string
		var named bool
		var n dossier.Name
		var sources sql.NullInt64
		var rowid int64
		if err := rows.Scan(&x.ID, &typ, &x.Name, &x.Status, &x.Kind, &x.CaseID, &x.Canonical, &created,
			&named, &n.Text, &n.Kind, &n.Language, &n.Script, &sources, &rowid); err != nil {
			return err
		}
		if e == nil {
			x.Type = dossier.EntityType(typ)
			x.Created, _ = time.Parse(time.RFC3339Nano, created)
			e = &x
		}
		if named {
			n.Sources = int(sources.Int64)
			e.Names = append(e.Names, n)
			rowids = append(rowids, rowid)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("find entity: %w", err)
	}
	// Names in the order they were stored; sorted here rather than by an ORDER BY, which costs
	// SQLite a sorter for a row or two.
	if len(rowids) > 1 {
		sort.Sort(namesByRowid{e.Names, rowids})
	}
	if e == nil {
		return nil, dossier.Errorf(dossier.ENOTFOUND, "no entity %s", id)
	}
	if e.Canonical != "" && e.Canonical != e.ID {
		return db.FindEntityByID(ctx, e.Canonical)
	}
	return e, nil
}

type namesByRowid struct {
	names  []dossier.Name
	rowids []int64
}

func (s namesByRowid) Len() int           { return len(s.rowids) }
func (s namesByRowid) Less(i, j int) bool { return s.rowids[i] < s.rowids[j] }
func (s namesByRowid) Swap(i, j int) {
	s.names[i], s.names[j] = s.names[j], s.names[i]
	s.rowids[i], s.rowids[j] = s.rowids[j], s.rowids[i]
}

// FindEntities lists entities in creation order with the total count.
func (db *DB) FindEntities(ctx context.Context, f dossier.EntityFilter) ([]*dossier.Entity, int, error) {
	where, args := []string{"1=1"}, []any{}
	if f.ID != "" {
		where, args = append(where, "id = ?"), append(args, f.ID)
	}
	if f.Type != "" {
		where, args = append(where, "type = ?"), append(args, string(f.Type))
	}
	if f.Status != "" {
		where, args = append(where, "status = ?"), append(args, f.Status)
	}
	if f.CaseID != "" {
		where, args = append(where, "case_id = ?"), append(args, f.CaseID)
	}
	if f.Canonical != "" {
		where, args = append(where, "canonical = ?"), append(args, f.Canonical)
	}
	if f.Word != "" {
		where = append(where, `id IN (SELECT entity_id FROM entity_names WHERE ' ' || fold || ' ' LIKE ? ESCAPE '\')`)
		w := strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`).Replace(normalize.Fold(f.Word))
		args = append(args, "% "+w+" %")
	}
	if f.Name != "" {
		where = append(where, "id IN (SELECT entity_id FROM entity_names WHERE fold = ?)")
		args = append(args, normalize.Fold(f.Name))
	}
	cond := strings.Join(where, " AND ")
	var total int
	if err := db.queryRow(ctx, `SELECT count(*) FROM entities WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("find entities: %w", err)
	}
	var out []*dossier.Entity
	err := db.each(ctx, `SELECT `+entityCols+` FROM entities WHERE `+cond+` ORDER BY seq LIMIT +? OFFSET +?`,
		append(args, limit(f.Limit), max(f.Offset, 0)), func(rows *sql.Rows) error {
			e, err := scanEntity(rows)
			if err == nil {
				out = append(out, e)
			}
			return err
		})
	return out, total, err
}

const mentionCols = `source_id, start, end, text, norm, type, lang, script, coalesce(entity_id, ''), score, method`

func scanMention(sc interface{ Scan(...any) error }) (*dossier.Mention, error) {
	var m dossier.Mention
	var typ string
	err := sc.Scan(&m.SourceID, &m.Span.Start, &m.Span.End, &m.Text, &m.Norm, &typ, &m.Language, &m.Script, &m.EntityID, &m.Score, &m.Method)
	m.Type = dossier.EntityType(typ)
	return &m, err
}

// FindMentions returns the mentions in a source, or of an entity, in text order.
func (db *DB) FindMentions(ctx context.Context, sourceID, entityID string) ([]*dossier.Mention, error) {
	q, args := `SELECT `+mentionCols+` FROM mentions WHERE 1=1`, []any{}
	if sourceID != "" {
		q, args = q+` AND source_id = ?`, append(args, sourceID)
	}
	if entityID != "" {
		q, args = q+` AND entity_id = ?`, append(args, entityID)
	}
	if sourceID == "" && entityID == "" {
		return nil, dossier.Errorf(dossier.EINVALID, "find mentions needs a source or an entity")
	}
	var out []*dossier.Mention
	err := db.each(ctx, q+` ORDER BY source_id, start, end`, args, func(rows *sql.Rows) error {
		m, err := scanMention(rows)
		if err == nil {
			out = append(out, m)
		}
		return err
	})
	return out, err
}
