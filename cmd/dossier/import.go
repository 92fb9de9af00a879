package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"time"

	"github.com/dossier-osint/dossier/importer"
)

func init() {
	commands["import"] = command{"read a STIX 2.1 bundle, FollowTheMoney JSON lines or a dossier dump", (*Main).runImport}
}

func (m *Main) runImport(ctx context.Context, args []string) error {
	fs := m.newFlagSet("import", "[options] FILE", `
Reads an exchange file into the store. Formats (detected from the content unless --format is
given):
  jsonl  a dump written by 'dossier export --format jsonl': restored as it was (sources with
         their text, entities, mentions, claims with evidence and grades, source links,
         judgements); into an empty store it round-trips exactly.
  stix   a STIX 2.1 bundle (or one object): identities, threat actors, intrusion sets,
         campaigns, locations and incidents become entities, relationships between them
         claims. Bundles dossier exported restore their sources, evidence and grades.
  ftm    FollowTheMoney JSON lines: things become entities with their names and aliases,
         interests and links (Membership, Directorship, Associate, Family, UnknownLink ...)
         claims, dates and other literal properties claims about their entity.
Foreign data gets evidence whose method is import:<format> and whose source is the file
itself, each claim pointing at the object or line that states it. Invalid input is rejected
with an error that names the object and the rule it breaks; nothing is stored then.
Importing the same file twice is a no-op.`)
	format := fs.String("format", "", "jsonl, stix or ftm (default: detect)")
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("import takes one FILE")
	}
	path := fs.Arg(0)
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if *format == "" {
		*format = importer.Detect(data)
	}
	var b *importer.Batch
	now := time.Now().UTC()
	switch *format {
	case "jsonl":
		b, err = importer.JSONL(bytes.NewReader(data))
	case "stix":
		b, err = importer.STIX(path, data, now)
	case "ftm":
		b, err = importer.FtM(path, data, now)
	case "":
		return usagef("cannot tell the format of %s; give --format jsonl, stix or ftm", path)
	default:
		return usagef("unknown import format %q (supported: jsonl, stix, ftm)", *format)
	}
	if err != nil {
		return err
	}
	db, err := m.openStore()
	if err != nil {
		return err
	}
	res, err := importer.Apply(ctx, db, b)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "imported %s (%s): %d sources, %d entities, %d claims, %d evidence", path, *format,
		res.Sources, res.Entities, res.Claims, res.Evidence)
	if res.Skipped > 0 {
		fmt.Fprintf(m.Stdout, "; %d sources were already stored", res.Skipped)
	}
	fmt.Fprintln(m.Stdout)
	return nil
}
