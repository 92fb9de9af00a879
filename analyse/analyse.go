// Package analyse runs the truth layer over a whole store: it finds echoes between sources and
// records them as source links, builds the origin groups, grades every claim (corroboration and
// credibility) and lists the contradictions. Each step is a pure function of package echo or
// truth; this package only reads the store and writes the results back.
package analyse

import (
	"context"
	"fmt"
	"hash/fnv"
	"slices"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/echo"
	"github.com/dossier-osint/dossier/truth"
)

// Thresholds for echo links.
var (
	NearDuplicate = 0.5 // estimated Jaccard of word 4-shingles for a near-duplicate
	Mirror        = 0.9 // ... and for a mirror
	SharedClaims  = 3   // rare claims two sources must share to be a paraphrase or translation
	RareClaim     = 2   // a claim is rare when at most this many sources state it
)

// Report is what an analysis found.
type Report struct {
	NewLinks       []*dossier.SourceLink
	Origins        *truth.Origins
	OriginGroups   [][]string
	Contradictions []truth.Contradiction
	Sources        int
	Claims         int
}

type sourceInfo struct {
	id, lang, publisher, reliability string
	published                        dossier.Date
	seq                              int
}

// Run analyses the store and writes new echo links and claim grades back.
func Run(ctx context.Context, st dossier.Store) (*Report, error) {
	rep := &Report{}
	var infos []sourceInfo
	var sigs []echo.Signature
	index := map[string]int{}
	var anchors [][]echo.Anchor // per source: its numbers, then the entities it mentions
	err := st.WalkSources(ctx, func(s *dossier.Source) error {
		sig, _ := echo.Sign(s.Text)
		anchors = append(anchors, echo.NumberAnchors(s.Text))
		index[s.ID] = len(infos)
		infos = append(infos, sourceInfo{id: s.ID, lang: s.Language, publisher: s.Publisher, reliability: s.Reliability, published: s.Published, seq: len(infos)})
		sigs = append(sigs, sig)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("analyse: sources: %w", err)
	}
	rep.Sources = len(infos)
	// Each source's claim keys (hashed: the claims themselves are read again by subject below,
	// so the analysis never holds the store's claims).
	keys := make([][]uint64, len(infos))
	err = st.WalkClaims(ctx, func(c *dossier.Claim) error {
		k := claimKey(c)
		seen := map[int]bool{}
		for _, ev := range c.Evidence {
			if i, ok := index[ev.SourceID]; ok && !seen[i] {
				seen[i] = true
				keys[i] = append(keys[i], k)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("analyse: claims: %w", err)
	}
	// The entities each source mentions, for translations (by their stored IDs: a merge made
	// after both sources were read is missed, which only costs a translation link).
	err = st.WalkMentions(ctx, func(m *dossier.Mention) error {
		if i, ok := index[m.SourceID]; ok && m.EntityID != "" {
			anchors[i] = append(anchors[i], echo.EntityAnchor(m.EntityID))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("analyse: mentions: %w", err)
	}
	for i := range anchors {
		anchors[i] = echo.Anchors(anchors[i])
	}
	links, err := st.FindSourceLinks(ctx, "")
	if err != nil {
		return nil, err
	}
	linked := map[[2]string]bool{}
	for _, l := range links {
		if l.To != "" {
			linked[[2]string{l.From, l.To}], linked[[2]string{l.To, l.From}] = true, true
		}
	}
	add := func(a, b int, kind string, score float64, why string) {
		// The later source repeats the earlier: by publication date, else by ingest order.
		x, y := infos[a], infos[b]
		if later(y, x) {
			x, y = y, x
		}
		if linked[[2]string{x.id, y.id}] {
			return
		}
		linked[[2]string{x.id, y.id}], linked[[2]string{y.id, x.id}] = true, true
		rep.NewLinks = append(rep.NewLinks, &dossier.SourceLink{From: x.id, To: y.id, Kind: kind, Method: dossier.MethodTextOverlap,
			Score: float64(int(score*1000)) / 1000, Evidence: why})
	}
	for _, p := range echo.NearDuplicates(sigs, NearDuplicate) {
		kind := dossier.LinkNearDuplicate
		if p.Score >= Mirror {
			kind = dossier.LinkMirrors
		}
		add(p.A, p.B, kind, p.Score, fmt.Sprintf("%.0f%% of word shingles shared (MinHash estimate)", p.Score*100))
	}
	// Paraphrases and translations: rare claims shared between origin groups (a mirror and its
	// original are one group here, so their common claims still count as rare).
	pre := truth.NewOrigins(append(append([]*dossier.SourceLink{}, links...), rep.NewLinks...))
	groupOf := map[string]int{}
	var members [][]int
	var gkeys [][]uint64
	for i, inf := range infos {
		g := pre.Group(inf.id)
		gi, ok := groupOf[g]
		if !ok {
			gi = len(members)
			groupOf[g] = gi
			members = append(members, nil)
			gkeys = append(gkeys, nil)
		}
		members[gi] = append(members[gi], i)
		gkeys[gi] = append(gkeys[gi], keys[i]...)
	}
	for gi := range gkeys {
		gkeys[gi] = dedupe(gkeys[gi])
	}
	for _, p := range echo.SharedClaims(gkeys, SharedClaims, RareClaim) {
		a, b := members[p.A][0], members[p.B][0]
		kind := dossier.LinkParaphrases
		if infos[a].lang != infos[b].lang && infos[a].lang != "" && infos[b].lang != "" {
			kind = dossier.LinkTranslates
		}
		add(a, b, kind, p.Score, fmt.Sprintf("states %.0f%% of the smaller source's claims, several of them stated by no other source", p.Score*100))
	}
	// Translations: names and numbers shared across languages, between origin groups that
	// nothing above has joined.
	langs := make([]string, len(infos))
	for i := range infos {
		langs[i] = infos[i].lang
		if langs[i] == "und" {
			langs[i] = ""
		}
	}
	joined := truth.NewOrigins(append(append([]*dossier.SourceLink{}, links...), rep.NewLinks...))
	merged := map[string]string{} // origin group → the group a translation joined it to
	top := func(g string) string {
		for merged[g] != "" {
			g = merged[g]
		}
		return g
	}
	for _, p := range echo.Translations(anchors, langs, echo.DefaultTranslation) {
		ga, gb := top(joined.Group(infos[p.A].id)), top(joined.Group(infos[p.B].id))
		if ga == gb {
			continue
		}
		merged[gb] = ga
		add(p.A, p.B, dossier.LinkTranslates, p.Score, fmt.Sprintf("in another language, shares %.0f%% of the smaller source's names and numbers", p.Score*100))
	}
	if len(rep.NewLinks) > 0 {
		if err := st.CreateSourceLinks(ctx, rep.NewLinks); err != nil {
			return nil, err
		}
		links = append(links, rep.NewLinks...)
	}
	rep.Origins = truth.NewOrigins(links)
	rep.OriginGroups = rep.Origins.Groups()

	// Reliability: the source's grade, else its publisher's.
	grades, err := st.FindGrades(ctx)
	if err != nil {
		return nil, err
	}
	pubGrade := map[string]string{}
	for _, g := range grades {
		if g.Publisher != "" {
			pubGrade[g.Publisher] = g.Reliability
		}
	}
	reliability := func(id string) string {
		i, ok := index[id]
		if !ok {
			return ""
		}
		if r := infos[i].reliability; r != "" {
			return r
		}
		return pubGrade[infos[i].publisher]
	}
	published := func(id string) dossier.Date {
		if i, ok := index[id]; ok {
			return infos[i].published
		}
		return dossier.Date{}
	}
	// Contradictions and grades, one subject at a time: contradictions are between claims on
	// one subject, and a claim's credibility depends only on those.
	var updates []dossier.ClaimGrade
	flush := func() error {
		err := st.UpdateClaimGrades(ctx, updates)
		updates = updates[:0]
		return err
	}
	judge := func(cs []*dossier.Claim) error {
		found := truth.Find(cs, published)
		rep.Contradictions = append(rep.Contradictions, found...)
		byID := map[string]*dossier.Claim{}
		for _, c := range cs {
			byID[c.ID] = c
		}
		contra := map[string]int{} // claim → largest corroboration of a claim contradicting it
		for _, x := range found {
			if len(x.Claims) != 2 {
				continue
			}
			a, b := byID[x.Claims[0]], byID[x.Claims[1]]
			if a == nil || b == nil {
				continue
			}
			contra[a.ID] = max(contra[a.ID], rep.Origins.Corroboration(b))
			contra[b.ID] = max(contra[b.ID], rep.Origins.Corroboration(a))
		}
		for _, c := range cs {
			g := dossier.ClaimGrade{ClaimID: c.ID, Corroboration: rep.Origins.Corroboration(c),
				Credibility: rep.Origins.Credibility(c, contra[c.ID], reliability)}
			updates = append(updates, g)
			rep.Claims++
		}
		if len(updates) >= 10000 {
			return flush()
		}
		return nil
	}
	var subject []*dossier.Claim
	err = st.WalkClaimsBySubject(ctx, func(c *dossier.Claim) error {
		if len(subject) > 0 && subject[0].Subject != c.Subject {
			if err := judge(subject); err != nil {
				return err
			}
			subject = subject[:0]
		}
		subject = append(subject, c)
		return nil
	})
	if err == nil && len(subject) > 0 {
		err = judge(subject)
	}
	if err != nil {
		return nil, fmt.Errorf("analyse: grades: %w", err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return rep, nil
}

func later(a, b sourceInfo) bool {
	fa, _, oka := a.published.Range()
	fb, _, okb := b.published.Range()
	if oka && okb && !fa.Equal(fb) {
		return fa.After(fb)
	}
	return a.seq > b.seq
}

func dedupe(xs []uint64) []uint64 {
	slices.Sort(xs)
	return slices.Compact(xs)
}

// claimKey identifies what a claim says (subject, predicate, object) by a 64-bit FNV-1a hash.
func claimKey(c *dossier.Claim) uint64 {
	h := fnv.New64a()
	for _, part := range []string{c.Subject, c.Predicate, c.Object.EntityID + c.Object.Value} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return h.Sum64()
}
