// Package names decides whether two names, possibly written in different scripts and
// transliteration schemes, name the same person, organisation or thing.
//
// The package is pure (no storage, no network) and built to run on every mention of every
// document:
//
//   - Comparable turns a name in Latin (including Azerbaijani and Turkish letters), Cyrillic
//     (Russian, Ukrainian and Azerbaijani), Arabic or Persian script (also Greek, Armenian,
//     Georgian, Hebrew and Hangul) into one lower-case Latin form.
//   - Keys gives blocking keys (token skeletons, joined tokens, token pairs) for candidate
//     retrieval; Index uses them over up to millions of names.
//   - Prepare precomputes everything a name needs for scoring, once; ScorePrepared compares two
//     prepared names without allocating. Score and Explain say why, feature by feature.
//
// Scores are calibrated for a resolver that links at DefaultThreshold and proposes for review
// between ProposeThreshold and DefaultThreshold: spelling and script variants of one name score at
// or above DefaultThreshold; a bare surname, a name with a missing middle part, or an organisation
// name with a missing head word ("Brigade", "Kataib") lands in the propose band or just below
// it; a differing family name or a different core word scores low.
package names

import (
	"fmt"
	"strings"
)

// Thresholds for the resolver: link at or above DefaultThreshold, propose for review at or above
// ProposeThreshold.
const (
	DefaultThreshold = 0.85
	ProposeThreshold = 0.70
)

// Kind is the kind of named thing, which selects the rules that apply: particles and patronymics
// for people, class words, legal forms and group morphology for organisations.
type Kind uint8

// Kinds. The zero value is KindOther, which applies the rules common to all names.
const (
	KindOther Kind = iota
	KindPerson
	KindOrganization
)

// String returns "person", "organization" or "other".
func (k Kind) String() string {
	switch k {
	case KindPerson:
		return "person"
	case KindOrganization:
		return "organization"
	}
	return "other"
}

// ParseKind parses a kind name: person, organization (or organisation, org), other. The empty
// string is KindOther.
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "person", "people", "per":
		return KindPerson, nil
	case "organization", "organisation", "org":
		return KindOrganization, nil
	case "other", "":
		return KindOther, nil
	}
	return KindOther, fmt.Errorf("unknown name kind %q (want person, organization or other)", s)
}

// KindFromSchema maps a FollowTheMoney schema name to a kind: Person to KindPerson;
// Organization, Company, PublicBody to KindOrganization; anything else (LegalEntity, which may
// be either, Vessel, Airplane, ...) to KindOther.
func KindFromSchema(schema string) Kind {
	switch strings.ToLower(strings.TrimSpace(schema)) {
	case "person":
		return KindPerson
	case "organization", "organisation", "company", "publicbody":
		return KindOrganization
	}
	return KindOther
}

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind name (see ParseKind).
func (k *Kind) UnmarshalText(b []byte) error {
	v, err := ParseKind(string(b))
	*k = v
	return err
}
