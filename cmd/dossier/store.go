package main

import (
	"github.com/dossier-osint/dossier/sqlite"
)

// openStore opens the store named by --db, creating it if needed; Close closes it.
func (m *Main) openStore() (*sqlite.DB, error) {
	db, err := sqlite.Open(m.DBPath)
	if err != nil {
		return nil, err
	}
	m.closers = append(m.closers, db)
	return db, nil
}
