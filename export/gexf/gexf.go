// Package gexf writes a store's entity graph as GEXF 1.3 for Gephi: entities are nodes with
// their type, sub-kind, status and names; claims between two entities are directed edges typed by
// their predicate, with credibility, corroboration and the dossier valid time as attributes.
// The graph is dynamic (timeformat date): an edge's start and end are the first and last day its
// valid time may denote, so Gephi's timeline filters claims by date. Merged entities stay nodes;
// edges join the canonical entities of their clusters, as graph algorithms see them.
//
// networkx (up to 3.x) reads only the 1.1draft and 1.2draft namespaces; the 1.3 document reads
// there once its namespace is renamed to http://www.gexf.net/1.2draft.
package gexf

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier"
)

// Header is the start of every document, up to the node list.
const header = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>dossier</creator>
    <description>entities and the claims between them</description>
  </meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" idtype="string">
    <attributes class="node" mode="static">
      <attribute id="type" title="type" type="string"/>
      <attribute id="kind" title="kind" type="string"/>
      <attribute id="status" title="status" type="string"/>
      <attribute id="names" title="names" type="string"/>
      <attribute id="case" title="case" type="string"/>
      <attribute id="canonical" title="canonical" type="string"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="predicate" title="predicate" type="string"/>
      <attribute id="credibility" title="credibility" type="integer"/>
      <attribute id="corroboration" title="corroboration" type="integer"/>
      <attribute id="valid_from" title="valid_from" type="string"/>
      <attribute id="valid_to" title="valid_to" type="string"/>
      <attribute id="stix" title="stix" type="string"/>
    </attributes>
    <nodes>
`

type writer struct {
	bw *bufio.Writer
}

func (w *writer) esc(s string) {
	xml.EscapeText(w.bw, []byte(s))
}

func (w *writer) att(name, value string) {
	if value == "" {
		return
	}
	w.bw.WriteString(`<attvalue for="`)
	w.bw.WriteString(name)
	w.bw.WriteString(`" value="`)
	w.esc(value)
	w.bw.WriteString(`"/>`)
}

// Write streams the entity graph to w. Memory does not grow with the store.
func Write(ctx context.Context, w io.Writer, st dossier.Walker) error {
	out := &writer{bw: bufio.NewWriterSize(w, 1<<16)}
	out.bw.WriteString(header)
	err := st.WalkEntities(ctx, func(e *dossier.Entity) error {
		out.bw.WriteString(`      <node id="`)
		out.esc(e.ID)
		out.bw.WriteString(`" label="`)
		out.esc(e.Name)
		out.bw.WriteString(`"><attvalues>`)
		out.att("type", string(e.Type))
		out.att("kind", e.Kind)
		out.att("status", e.Status)
		out.att("names", strings.Join(e.Spellings(), "; "))
		out.att("case", e.CaseID)
		out.att("canonical", e.Canonical)
		out.bw.WriteString("</attvalues></node>\n")
		return nil
	})
	if err != nil {
		return fmt.Errorf("gexf: %w", err)
	}
	out.bw.WriteString("    </nodes>\n    <edges>\n")
	err = st.WalkEdges(ctx, func(e *dossier.Edge) error {
		out.bw.WriteString(`      <edge id="`)
		out.esc(e.Claim)
		out.bw.WriteString(`" source="`)
		out.esc(e.Subject)
		out.bw.WriteString(`" target="`)
		out.esc(e.Object)
		out.bw.WriteString(`" label="`)
		out.esc(e.Predicate)
		out.bw.WriteByte('"')
		if first, _, ok := e.ValidFrom.Range(); ok {
			out.bw.WriteString(` start="` + first.Format("2006-01-02") + `"`)
		}
		if _, last, ok := e.ValidTo.Range(); ok {
			out.bw.WriteString(` end="` + last.Format("2006-01-02") + `"`)
		}
		if e.Corroboration > 0 {
			out.bw.WriteString(` weight="` + strconv.Itoa(e.Corroboration) + `"`)
		}
		out.bw.WriteString(`><attvalues>`)
		out.att("predicate", e.Predicate)
		if e.Credibility > 0 {
			out.att("credibility", strconv.Itoa(e.Credibility))
		}
		out.att("corroboration", strconv.Itoa(e.Corroboration))
		out.att("valid_from", e.ValidFrom.String())
		out.att("valid_to", e.ValidTo.String())
		if p := dossier.LookupPredicate(e.Predicate); p != nil {
			out.att("stix", p.STIX)
		}
		out.bw.WriteString("</attvalues></edge>\n")
		return nil
	})
	if err != nil {
		return fmt.Errorf("gexf: %w", err)
	}
	out.bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	return out.bw.Flush()
}
