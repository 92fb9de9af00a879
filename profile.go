package dossier

import "context"

// ProfileQuery asks for one page of the claims an entity profile shows: the claims of the
// entity and of the entities merged into it, those where it is the subject first, by predicate
// and then in storage order, then those where it is the object, in storage order.
type ProfileQuery struct {
	Entity string // a canonical entity ID
	After  string // the Next of the previous page; "" for the first page
	Limit  int    // claims on the page, at least 1
}

// ProfilePage is a page of an entity profile's claims.
type ProfilePage struct {
	Members []*Entity      // entities merged into the entity, without their names
	Claims  []ProfileClaim // with their evidence
	Sources map[string]*Source
	// Total counts the profile's claims on all pages (counted for the first page, carried by
	// the cursor).
	Total int
	// Next is the cursor of the following page, "" on the last one.
	Next string
}

// ProfileClaim is a claim of a profile page.
type ProfileClaim struct {
	*Claim
	ObjectSide bool   // the entity is the claim's object, not its subject
	Other      string // the name of the entity on the other side (its canonical one), "" for a literal
}

// ProfileReader is implemented by stores that read a page of a profile in a few queries. It is
// optional: a store without it serves profiles through FindClaims and FindEntityByID. Sources
// hold the evidence's sources without their text; an invalid After is an EINVALID error.
type ProfileReader interface {
	FindProfilePage(ctx context.Context, q ProfileQuery) (*ProfilePage, error)
}
