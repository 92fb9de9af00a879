// Package graphml writes a store's entity graph as GraphML for networkx, yEd, Cytoscape and
// Gephi: entities are nodes with their type, sub-kind, status and names; claims between two
// entities are directed edges with the predicate, credibility, corroboration and valid time
// (the dossier form, "2016-early", and the first and last ISO day it may denote, for timeline
// filters). Merged entities stay nodes; edges join the canonical entities of their clusters.
package graphml

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

const header = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="status" for="node" attr.name="status" attr.type="string"/>
  <key id="names" for="node" attr.name="names" attr.type="string"/>
  <key id="case" for="node" attr.name="case" attr.type="string"/>
  <key id="canonical" for="node" attr.name="canonical" attr.type="string"/>
  <key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>
  <key id="credibility" for="edge" attr.name="credibility" attr.type="int"/>
  <key id="corroboration" for="edge" attr.name="corroboration" attr.type="int"/>
  <key id="valid_from" for="edge" attr.name="valid_from" attr.type="string"/>
  <key id="valid_to" for="edge" attr.name="valid_to" attr.type="string"/>
  <key id="start" for="edge" attr.name="start" attr.type="string"/>
  <key id="end" for="edge" attr.name="end" attr.type="string"/>
  <key id="stix" for="edge" attr.name="stix" attr.type="string"/>
  <graph id="dossier" edgedefault="directed">
`

type writer struct{ bw *bufio.Writer }

func (w *writer) esc(s string) { xml.EscapeText(w.bw, []byte(s)) }

func (w *writer) data(key, value string) {
	if value == "" {
		return
	}
	w.bw.WriteString(`<data key="`)
	w.bw.WriteString(key)
	w.bw.WriteString(`">`)
	w.esc(value)
	w.bw.WriteString(`</data>`)
}

// Write streams the entity graph to w. Memory does not grow with the store.
func Write(ctx context.Context, w io.Writer, st dossier.Walker) error {
	out := &writer{bw: bufio.NewWriterSize(w, 1<<16)}
	out.bw.WriteString(header)
	err := st.WalkEntities(ctx, func(e *dossier.Entity) error {
		out.bw.WriteString(`    <node id="`)
		out.esc(e.ID)
		out.bw.WriteString(`">`)
		out.data("type", string(e.Type))
		out.data("name", e.Name)
		out.data("kind", e.Kind)
		out.data("status", e.Status)
		out.data("names", strings.Join(e.Spellings(), "; "))
		out.data("case", e.CaseID)
		out.data("canonical", e.Canonical)
		out.bw.WriteString("</node>\n")
		return nil
	})
	if err == nil {
		err = st.WalkEdges(ctx, func(e *dossier.Edge) error {
			out.bw.WriteString(`    <edge id="`)
			out.esc(e.Claim)
			out.bw.WriteString(`" source="`)
			out.esc(e.Subject)
			out.bw.WriteString(`" target="`)
			out.esc(e.Object)
			out.bw.WriteString(`">`)
			out.data("predicate", e.Predicate)
			if e.Credibility > 0 {
				out.data("credibility", strconv.Itoa(e.Credibility))
			}
			out.data("corroboration", strconv.Itoa(e.Corroboration))
			out.data("valid_from", e.ValidFrom.String())
			out.data("valid_to", e.ValidTo.String())
			if first, _, ok := e.ValidFrom.Range(); ok {
				out.data("start", first.Format("2006-01-02"))
			}
			if _, last, ok := e.ValidTo.Range(); ok {
				out.data("end", last.Format("2006-01-02"))
			}
			if p := dossier.LookupPredicate(e.Predicate); p != nil {
				out.data("stix", p.STIX)
			}
			out.bw.WriteString("</edge>\n")
			return nil
		})
	}
	if err != nil {
		return fmt.Errorf("graphml: %w", err)
	}
	out.bw.WriteString("  </graph>\n</graphml>\n")
	return out.bw.Flush()
}
