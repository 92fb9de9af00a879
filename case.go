package dossier

import "time"

// Case is a collection of sources and what was extracted from them, with its own access list.
type Case struct {
	ID      string    `json:"id"`
	Name    string    `json:"name"`
	Created time.Time `json:"created"`
	Members []string  `json:"members,omitempty"` // user names with access; empty means everyone
}
