package relate

import (
	"strings"
	"unicode"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
)

// Anaphora. A pronoun or a definite description of a group becomes a placeholder of the mention
// it most probably refers to, by this conservative rule:
//
//   - he, him, she, his → the first person named (or referred to) earlier in the same sentence;
//     otherwise the first person of the nearest of the previous lookBack sentences that has one.
//     The first person of a sentence approximates its grammatical subject.
//   - its, their → the organisation named last before it in the same sentence; otherwise the
//     first organisation of the nearest previous sentence that has one, within lookBack
//     sentences.
//   - "the group", "the militia", "the movement", "the organisation", "the force", "the brigade",
//     "the network", "the faction" (with up to two lower-case words between "the" and the noun:
//     "the newly emerging militia") → an organisation whose name holds the noun ("the movement"
//     → "Islamic Resistance Movement"), in this or the lookBack previous sentences; else the
//     organisation it is in apposition to ("Y, the group that ..."); else the topic: the
//     organisation referred to most often so far (at least twice, by name or anaphor, not a
//     facility) and within the last twelve sentences; else the first organisation of the nearest
//     previous sentence that has one; else the last organisation named in the same sentence. An organisation named earlier
//     in the same sentence is not taken otherwise: it is too often another group.
//   - it → only an organisation named earlier in the same sentence (a sentence-initial "it" is
//     too often expletive: "it is claimed that").
//   - they, them → an organisation named earlier in the same sentence, or first in the previous
//     sentence, when no person is named in those sentences (its members act for it: "they
//     received training in Iran").
//   - nothing else (this, that, these) is resolved, and a description directly followed by
//     a name ("the militia Husseiniyun") is left alone so the name is used.
//
// Possessives (his, its, their) become the placeholder followed by "'s", so the rules for
// "Y's founder" also read "its founder". A relation that uses an anaphor has its confidence
// multiplied by anaphorFactor.
const (
	lookBack      = 2
	anaphorFactor = 0.85
)

type anaKind uint8

const (
	anaPerson anaKind = iota + 1
	anaOrg
	anaOrgSameSentence
)

var personPronouns = map[string]struct {
	poss bool
}{"he": {}, "him": {}, "she": {}, "his": {poss: true}}

var orgPronouns = map[string]bool{"its": true, "their": true}

var groupNouns = map[string]bool{
	"group": true, "militia": true, "movement": true, "organisation": true, "organization": true,
	"force": true, "brigade": true, "network": true, "faction": true, "outfit": true, "militias": false,
}

// referents records, per segment, the first person and organisation referred to (by name or by
// anaphor), and, while a segment is masked, the last organisation so far.
type referents struct {
	firstPer, firstOrg []int
	lastOrg            int
	// per organisation (lower-cased name without "the"): references so far, the segment of the
	// last one, the first mention
	orgCount map[string]int
	orgSeen  map[string]int
	orgFirst map[string]int
	orgLast  map[string]int
}

// anaphor checks for an anaphor starting at rune i of segment si (a word start) and returns its
// length in runes and its placeholder, or 0.
func (w *work) anaphor(si, i, end int) (n int, ph string, ref int) {
	rs := w.d.Runes
	word, j := wordAt(rs, i, end)
	if word == "" {
		return 0, "", -1
	}
	if p, ok := personPronouns[word]; ok {
		ref = w.resolve(si, anaPerson)
		if ref < 0 {
			return 0, "", -1
		}
		return j - i, w.anaPH(ref, p.poss), ref
	}
	// "Ruritania also dispatched its foreign minister": a country opening the sentence, before any
	// organisation is named in it, owns "its".
	if word == "its" {
		if ref = w.stateSubject(si, i); ref >= 0 {
			return j - i, w.anaPH(ref, true), ref
		}
	}
	if orgPronouns[word] {
		ref = w.resolve(si, anaOrg)
		if ref < 0 {
			return 0, "", -1
		}
		return j - i, w.anaPH(ref, true), ref
	}
	if word == "they" || word == "them" {
		ref = w.resolveThey(si)
		if ref < 0 {
			return 0, "", -1
		}
		return j - i, w.anaPH(ref, false), ref
	}
	if word == "it" {
		ref = w.resolve(si, anaOrgSameSentence)
		if ref < 0 {
			return 0, "", -1
		}
		return j - i, w.anaPH(ref, false), ref
	}
	if word != "the" {
		return 0, "", -1
	}
	// "the (w1 (w2)) noun", the words lower-case.
	k := j
	for n := 0; n < 3; n++ {
		for k < end && rs[k] == ' ' {
			k++
		}
		if k >= end || !unicode.IsLower(rs[k]) {
			return 0, "", -1
		}
		wd, e := wordAt(rs, k, end)
		if wd == "" {
			return 0, "", -1
		}
		if groupNouns[wd] {
			// Not when a name follows ("the militia Husseiniyun") or the noun is possessed
			// by a following "of" phrase ("the militia of X").
			q := e
			for q < end && rs[q] == ' ' {
				q++
			}
			if w.mentionStartsAt(q) || strings.HasPrefix(strings.ToLower(string(rs[q:min(q+3, end)])), "of ") {
				return 0, "", -1
			}
			ref = w.resolveNoun(si, wd)
			if ref < 0 {
				ref = w.apposedOrg(i)
			}
			if ref < 0 {
				ref = w.topicOrg(si)
			}
			if ref < 0 {
				ref = w.resolvePrev(si)
			}
			if ref < 0 {
				ref = w.ref.lastOrg
			}
			if ref < 0 {
				return 0, "", -1
			}
			return e - i, w.anaPH(ref, false), ref
		}
		k = e
	}
	return 0, "", -1
}

// wordAt returns the lower-cased word of letters (and inner apostrophes/hyphens) at i.
func wordAt(rs []rune, i, end int) (string, int) {
	j := i
	for j < end && (unicode.IsLetter(rs[j]) || (j > i && (rs[j] == '-') && j+1 < end && unicode.IsLetter(rs[j+1]))) {
		j++
	}
	if j == i {
		return "", i
	}
	if j-i > 24 {
		return "", i
	}
	return strings.ToLower(string(rs[i:j])), j
}

func (w *work) mentionStartsAt(q int) bool {
	for _, m := range w.segMents {
		if w.d.Mentions[m].Span.Start == q {
			return true
		}
	}
	return false
}

func (w *work) anaPH(ref int, poss bool) string {
	var b strings.Builder
	writePH(&b, phOpen, typeLetter(w.d.Mentions[ref].Type), ref, phAnaphor)
	if poss {
		b.WriteString("'s")
	}
	return b.String()
}

// resolve finds the antecedent of an anaphor of kind k in segment si (see the rule above).
func (w *work) resolve(si int, k anaKind) int {
	switch k {
	case anaPerson:
		if r := w.ref.firstPer[si]; r >= 0 {
			return r
		}
		for b := si - 1; b >= 0 && b >= si-lookBack; b-- {
			if r := w.ref.firstPer[b]; r >= 0 {
				return r
			}
		}
	case anaOrg, anaOrgSameSentence:
		if w.ref.lastOrg >= 0 {
			return w.ref.lastOrg
		}
		if k == anaOrgSameSentence {
			return -1
		}
		for b := si - 1; b >= 0 && b >= si-lookBack; b-- {
			if r := w.ref.firstOrg[b]; r >= 0 {
				return r
			}
		}
	}
	return -1
}

// apposedOrg returns the organisation named just before ", the group" at i, or -1.
func (w *work) apposedOrg(i int) int {
	rs := w.d.Runes
	j := i - 1
	for j >= 0 && rs[j] == ' ' {
		j--
	}
	if j < 0 || rs[j] != ',' {
		return -1
	}
	for _, m := range w.segMents {
		if mm := w.d.Mentions[m]; mm.Span.End == j && mm.Type == dossier.Organization {
			return m
		}
	}
	return -1
}

// topicWindow is how many segments back the topic must have been referred to.
const topicWindow = 12

// orgKey groups the references to one organisation: its entity when the known-name recogniser
// set one, else the most distinctive word of its name (the longest that is not a generic word
// such as "movement" or "islamic"), so that "Hussainiyoun", "Hussainiyoun Movement" and
// "Islamic Resistance Movement – Hussainiyoun" count as one topic before resolution.
func orgKey(m extract.Mention) string {
	if m.EntityID != "" {
		return "\x00" + m.EntityID
	}
	best := ""
	for _, w := range strings.FieldsFunc(strings.ToLower(m.Text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '\u2019'
	}) {
		w = strings.Map(func(r rune) rune {
			if r == '\'' || r == '\u2019' {
				return -1
			}
			return r
		}, w)
		if genericOrgWords[w] {
			continue
		}
		if len([]rune(w)) > len([]rune(best)) {
			best = w
		}
	}
	if best == "" {
		return strings.ToLower(m.Text)
	}
	return best
}

var genericOrgWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the of and in for al el movement islamic resistance brigade
		brigades force forces group groups army front party organization organisation militia
		militias iranian azerbaijani azeri iraqi syrian lebanese yemeni afghan pakistani russian
		turkish national revolutionary guard guards corps council committee union league network
		unit battalion regiment division command ministry government regime state republic
		democratic popular liberation people peoples news agency media service services`) {
		genericOrgWords[w] = true
	}
}

// topicOrg returns the organisation referred to most often so far (by name or anaphor: the
// topic of a profile; at least twice), provided it was referred to in one of the last
// topicWindow segments and is not a facility ("the Israeli embassy" is never "the militia").
// Ties go to the one named first; the mention returned is its latest.
func (w *work) topicOrg(si int) int {
	best, bestN, bestKey := -1, 1, ""
	for k, n := range w.ref.orgCount {
		if n < 2 || w.ref.orgSeen[k] < si-topicWindow {
			continue
		}
		m := w.ref.orgFirst[k]
		if n > bestN || (n == bestN && (best < 0 || m < best)) {
			best, bestN, bestKey = m, n, k
		}
	}
	if best < 0 {
		return -1
	}
	return w.ref.orgLast[bestKey]
}

// resolveThey resolves "they" and "them" to an organisation (its members act for it: "they
// received training") named earlier in the same sentence or first in the previous one, and only
// when no person is named between: people are too often "they".
func (w *work) resolveThey(si int) int {
	if w.ref.lastOrg >= 0 {
		if w.ref.firstPer[si] >= 0 {
			return -1
		}
		return w.ref.lastOrg
	}
	if si == 0 || w.ref.firstPer[si] >= 0 {
		return -1
	}
	if r := w.ref.firstOrg[si-1]; r >= 0 && w.ref.firstPer[si-1] < 0 {
		return r
	}
	return -1
}

// resolvePrev returns the first organisation of the nearest previous sentence that has one.
func (w *work) resolvePrev(si int) int {
	for b := si - 1; b >= 0 && b >= si-lookBack; b-- {
		if r := w.ref.firstOrg[b]; r >= 0 {
			return r
		}
	}
	return -1
}

// note records that segment si refers to mention m at this point of masking.
func (w *work) note(si, m int) {
	switch w.d.Mentions[m].Type {
	case dossier.Person:
		if w.ref.firstPer[si] < 0 {
			w.ref.firstPer[si] = m
		}
	case dossier.Organization, dossier.Unknown:
		if w.ref.firstOrg[si] < 0 {
			w.ref.firstOrg[si] = m
		}
		w.ref.lastOrg = m
		name := w.d.Mentions[m].Text
		if isFacility(name) {
			return
		}
		k := orgKey(w.d.Mentions[m])
		if w.ref.orgCount == nil {
			w.ref.orgCount, w.ref.orgSeen, w.ref.orgFirst, w.ref.orgLast = map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
		}
		w.ref.orgLast[k] = m
		if _, ok := w.ref.orgFirst[k]; !ok {
			w.ref.orgFirst[k] = m
		}
		w.ref.orgCount[k]++
		w.ref.orgSeen[k] = si
	}
}

// resolveNoun prefers, for "the movement", an organisation whose name holds that noun, named
// earlier in the sentence or in the lookBack previous sentences.
func (w *work) resolveNoun(si int, noun string) int {
	noun = strings.TrimSuffix(noun, "s")
	if noun == "organisation" || noun == "organization" {
		noun = "organi"
	}
	has := func(m int) bool {
		mm := w.d.Mentions[m]
		return mm.Type == dossier.Organization && strings.Contains(strings.ToLower(mm.Text), noun)
	}
	// Same sentence: the nearest before the current position.
	if w.ref.lastOrg >= 0 {
		for k := len(w.segMents) - 1; k >= 0; k-- {
			m := w.segMents[k]
			if w.d.Mentions[m].Span.End <= w.pos && has(m) {
				return m
			}
		}
	}
	for b := si - 1; b >= 0 && b >= si-lookBack; b-- {
		for _, m := range w.mentionsIn(w.segs[b]) {
			if has(m) {
				return m
			}
		}
	}
	return -1
}

// stateSubject returns the Location that opens segment si (after an optional "the") when no
// organisation has been named in the segment before rune i, else -1.
func (w *work) stateSubject(si, i int) int {
	if len(w.segMents) == 0 || w.ref.firstOrg[si] >= 0 {
		return -1
	}
	m := w.segMents[0]
	mm := w.d.Mentions[m]
	if mm.Type != dossier.Location || mm.Span.Start >= i {
		return -1
	}
	lead := strings.TrimSpace(strings.ToLower(string(w.d.Runes[w.segs[si].Start:mm.Span.Start])))
	if lead != "" && lead != "the" {
		return -1
	}
	return m
}
