package known

import (
	"github.com/dossier-osint/dossier/extract"
)

// Method is the extraction method of the mentions a Recognizer finds.
const Method = "gazetteer"

// Scores of known-name mentions: a name found as stored (in its matching form) scores 1; one
// found through a suffix or prefix, or an article-less variant, scores AffixScore; a loose
// match scores what names.Score gives it (at least LooseThreshold).
const (
	ExactScore = 1.0
	AffixScore = 0.95
)

// Recognizer finds known names in a document with an Automaton. A span that names several
// entities gives one mention per entity, in entry order, so the resolver sees the ambiguity.
// The zero value (nil A) finds nothing. It is safe for concurrent use.
type Recognizer struct {
	A *Automaton
}

var _ extract.Recognizer = (*Recognizer)(nil)

// Recognize returns the known names in d.Text as mentions with Method "gazetteer", the entity's
// ID and type, and Alias -1. Affix rules follow d.Lang (see Automaton.FindLang).
func (r *Recognizer) Recognize(d *extract.Doc) []extract.Mention {
	if r == nil || r.A == nil || d == nil {
		return nil
	}
	ms := r.A.FindLang(d.Text, d.Lang)
	if len(ms) == 0 {
		return nil
	}
	out := make([]extract.Mention, 0, len(ms))
	for _, m := range ms {
		first := len(out)
		for _, i := range m.Entries {
			e := r.A.Entry(i)
			dup := false
			for _, o := range out[first:] {
				if o.EntityID == e.EntityID {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			out = append(out, extract.Mention{
				Span:     m.Span,
				Text:     m.Text,
				Type:     e.Type,
				Method:   Method,
				Score:    m.Score,
				EntityID: e.EntityID,
				Alias:    -1,
			})
		}
	}
	return out
}
