package main

import (
	"context"
	"fmt"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/pipeline"
	"github.com/dossier-osint/dossier/view"
)

func init() {
	commands["reextract"] = command{"rerun extraction over stored sources, keeping judgements", (*Main).runReextract}
}

func (m *Main) runReextract(ctx context.Context, args []string) error {
	fs := m.newFlagSet("reextract", "[SOURCE-ID...]", `
Runs extraction and resolution again over stored sources (all, or those named), after the rules
or the known names improved. Each source's mentions, extracted evidence and stated links are
replaced in one transaction; analysts' judgements and evidence are kept, so a merge or split
survives.`)
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	engine := pipeline.New()
	if err := engine.Load(ctx, db); err != nil {
		return err
	}
	var ids []string
	if fs.NArg() > 0 {
		for _, a := range fs.Args() {
			s, err := db.FindSourceByID(ctx, a)
			if err != nil {
				return err
			}
			ids = append(ids, s.ID)
		}
	} else if err := db.WalkSources(ctx, func(s *dossier.Source) error { ids = append(ids, s.ID); return nil }); err != nil {
		return err
	}
	failed := 0
	for _, id := range ids {
		s, err := db.FindSourceByID(ctx, id)
		if err != nil {
			return err
		}
		if err := db.ReplaceExtraction(ctx, id, engine.Resolve(engine.Extract(s))); err != nil {
			fmt.Fprintf(m.Stderr, "dossier: %s: %s\n", view.SourceLabel(s), dossier.ErrorMessageOrError(err))
			failed++
		}
	}
	fmt.Fprintf(m.Stdout, "re-extracted %d sources, %d failed\n", len(ids)-failed, failed)
	if failed > 0 {
		return errFailed
	}
	return nil
}
