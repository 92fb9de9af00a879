package recognize

import (
	"strings"
	"unicode"

	"github.com/dossier-osint/dossier"
)

// maxSeq bounds the tokens of one capitalised sequence, so hostile text (a page of capitalised
// words) costs linear time and yields no absurd names.
const maxSeq = 12

// join records how a connector joined the sequence.
type join struct {
	at   int // token index of the connector (or of the token after an & or a dash)
	kind string
}

func cased(t token) bool { return t.script == scriptLatin || t.script == scriptCyrillic }

// nameTok reports whether t can be part of a name in cased scripts.
func nameTok(t token) bool {
	return t.cap && cased(t) && !t.digit && (t.upper || !t.is(stopWords)) && !t.is(calendarWords)
}

// compound reports whether token i is the first part of a lower-case compound ("Iranian-backed",
// "IRGC-operated"), which makes it a modifier, not a name.
func (w *doc) compound(i int) bool {
	return i+1 < len(w.toks) && w.gap(i, i+1) == gapHyphen && w.toks[i+1].lower && !w.toks[i+1].is(articleWords)
}

// scanLatin finds capitalised sequences in Latin and Cyrillic script and types them.
func (w *doc) scanLatin() {
	toks := w.toks
	n := len(toks)
	for i := 0; i < n; {
		t := toks[i]
		if !cased(t) || (t.heading && w.upperLine[t.line]) {
			i++
			continue
		}
		start := -1
		switch {
		case nameTok(t):
			start = i
		case t.lower && t.is(articleWords) && i+1 < n && w.gap(i, i+1) == gapHyphen && nameTok(toks[i+1]):
			start = i // "al-Qaeda" in running text
		}
		if start < 0 {
			i++
			continue
		}
		j := i
		if !nameTok(t) {
			j = i + 1
		}
		var joins []join
		for j-start < maxSeq && !toks[j].poss && toks[j].suffix == "" {
			k := j + 1
			if k >= n || toks[k].line != toks[j].line {
				break
			}
			g := w.gap(j, k)
			if w.turkic && (turkicLocative.has(toks[k].suffix) || w.hasLocativeStem(toks[k])) {
				break // "... İbrahimbəyli İranda": a place in the locative case ends a name
			}
			if (g == gapSpace || g == gapHyphen) && nameTok(toks[k]) {
				j = k
				continue
			}
			if g == gapDot && toks[j].is(titles) && nameTok(toks[k]) {
				j = k
				continue
			}
			if g == gapAmp && nameTok(toks[k]) {
				joins = append(joins, join{k, "and"})
				j = k
				continue
			}
			if g == gapDash && nameTok(toks[k]) && hasOrgHead(toks[start:j+1]) {
				joins = append(joins, join{k, "dash"})
				j = k
				continue
			}
			if (g == gapSpace || g == gapHyphen) && toks[k].lower {
				if m, kind, ok := w.connector(start, j, k); ok {
					joins = append(joins, join{k, kind})
					j = m
					continue
				}
			}
			break
		}
		// Check "and" and "&" joins: they belong inside organisation names only, where the head
		// closes the whole ("Research and Study Center") or a state name goes on ("... State
		// of Iraq and the Levant"); "Kataeb Hezbollah and Harakat al-Nujaba" are two names.
		end := j
		resume := j + 1
		for _, jn := range joins {
			if jn.kind == "of" && w.personBefore(start, jn.at) {
				// "Gen. Ali Reza Tavakoli of the Quds Force": a person of an organisation.
				end = jn.at - 1
				resume = jn.at + 1
				break
			}
			if jn.kind != "and" {
				continue
			}
			before, after := toks[start:jn.at], toks[jn.at:end+1]
			headLast := toks[end].orgHead() && toks[end].cap
			if headLast && !hasOrgHead(before) || w.stateOf(before) && !startsState(after) {
				continue
			}
			end = jn.at - 1
			for end > start && !nameTok(toks[end]) {
				end--
			}
			resume = jn.at
			if !nameTok(toks[resume]) {
				resume++
			}
			break
		}
		if a, h := w.russianAdjectives(start, end); h > end {
			// "Бойцы Северного фронта": the capitalised adjectives name the group whose
			// lower-case head follows; what comes before them is a sequence of its own.
			if a > start {
				w.emitSeq(start, a-1)
			}
			w.addSeq(a, h, dossier.Organization, "russian-adjective-head", 0.8)
			i = h + 1
			continue
		}
		if e := w.russianHead(end); e > end {
			end, resume = e, e+1
		}
		w.emitSeq(start, end)
		if resume <= i {
			resume = i + 1
		}
		i = resume
	}
}

// russianTail lists the endings of the lower-case genitive nouns and adjectives that follow a
// Russian organisation head ("Корпус стражей исламской революции", "Службы государственной
// безопасности"); past-tense verbs ("заявили") end otherwise or in -ли.
var russianTail = foldAll("ой ей ого его ых их ии ия ов ев ти ения ания ства")

// russianHead extends a sequence that ends on a Cyrillic organisation head through the
// lower-case words Russian writes after it, and a capitalised name after those; it returns
// the new last token (end when nothing follows).
func (w *doc) russianHead(end int) int {
	toks := w.toks
	t := toks[end]
	if t.script != scriptCyrillic || !t.orgHead() {
		return end
	}
	j := end
	for k := end + 1; k < len(toks) && k-end <= 3; k++ {
		u := toks[k]
		if u.line != t.line || u.script != scriptCyrillic || w.gap(k-1, k) != gapSpace {
			break
		}
		if u.lower && !u.is(stopWords) && !strings.HasSuffix(u.fold, "ли") && !strings.HasSuffix(u.fold, "ет") && !strings.HasSuffix(u.fold, "ит") && endsWithAny(u.fold, russianTail) {
			j = k
			continue
		}
		if nameTok(u) && j > end {
			j = k
			for j+1 < len(toks) && nameTok(toks[j+1]) && w.gap(j, j+1) == gapSpace && toks[j+1].line == t.line {
				j++
			}
		}
		break
	}
	return j
}

// russianAdjEndings are the endings of Russian adjectives in every case and gender (folded).
var russianAdjEndings = foldAll("ый ий ой ая яя ое ее ого его ому ему ым им ом ем ую юю ых их ыми ими")

// russianAdjectives finds a Russian organisation written as capitalised adjectives before a
// lower-case head, in any case: "Северный фронт", "Северного фронта", "Исламским движением".
// When toks[start:end+1] ends with such adjectives and the head follows, it returns the first
// adjective and the head; otherwise start and end.
func (w *doc) russianAdjectives(start, end int) (int, int) {
	toks := w.toks
	adj := func(t token) bool {
		return t.script == scriptCyrillic && t.cap && len([]rune(t.fold)) >= 5 && endsWithAny(t.fold, russianAdjEndings)
	}
	h := end + 1
	if h >= len(toks) || !adj(toks[end]) {
		return start, end
	}
	if u := toks[h]; u.line != toks[end].line || u.script != scriptCyrillic || !u.lower || !isOrgHead(u.fold) || w.gap(end, h) != gapSpace {
		return start, end
	}
	a := end
	for a > start && adj(toks[a-1]) && w.gap(a-1, a) == gapSpace {
		a--
	}
	return a, h
}

func endsWithAny(f string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(f, s) {
			return true
		}
	}
	return false
}

func (w *doc) gap(a, b int) gapKind { return gapBetween(w.rs, w.toks[a], w.toks[b]) }

// connector tries to extend a sequence ending at token j through lower-case connector words
// starting at k ("of", "of the", "and the", "bin", "al-", "oglu", "for"); it returns the new
// last token.
func (w *doc) connector(start, j, k int) (int, string, bool) {
	toks := w.toks
	c := toks[k].fold
	kind := ""
	switch {
	case c == "of":
		kind = "of"
	case c == "and":
		kind = "and"
	case c == "for" || c == "on":
		if !toks[j].orgHead() || toks[j].heading {
			return 0, "", false
		}
		kind = "for"
	case patronymicWords.has(c):
		kind = "patronymic"
	case kinshipWords.has(c):
		kind = "kin"
	case articleWords.has(c):
		kind = "article"
	case connectorWords.has(c):
		kind = "particle"
	default:
		return 0, "", false
	}
	m := k + 1
	if m >= len(toks) || toks[m].line != toks[k].line {
		return 0, "", false
	}
	g := w.gap(k, m)
	if kind == "article" {
		if g != gapHyphen && g != gapSpace {
			return 0, "", false
		}
	} else if g != gapSpace {
		return 0, "", false
	}
	if (kind == "of" || kind == "and" || kind == "for") && toks[m].fold == "the" {
		if m+1 >= len(toks) || w.gap(m, m+1) != gapSpace {
			return 0, "", false
		}
		m++
	}
	if m < len(toks) && nameTok(toks[m]) && toks[m].line == toks[k].line && !w.compound(m) {
		return m, kind, true
	}
	// "Hasan oglu Goyushov" and "bin Laden": the article may come right after kin words.
	if (kind == "kin" || kind == "patronymic") && m+1 < len(toks) && toks[m].is(articleWords) &&
		w.gap(m, m+1) == gapHyphen && nameTok(toks[m+1]) {
		return m + 1, kind, true
	}
	return 0, "", false
}

// stateOf reports whether the part of a sequence before "and" is "<State word> of X", which
// continues ("Islamic State of Iraq and the Levant").
func (w *doc) stateOf(ts []token) bool {
	for i, t := range ts {
		if t.fold == "of" && i > 0 && (ts[i-1].is(stateWords) || ts[i-1].orgHead()) {
			return true
		}
	}
	return false
}

// personBefore reports whether toks[a:at] reads as a person's name: opened by a title or a
// given name and holding a word that is not a title, or closed by a surname ending.
func (w *doc) personBefore(a, at int) bool {
	ts := w.toks[a:at]
	if len(ts) < 2 || hasOrgHead(ts) {
		return false
	}
	for _, t := range ts {
		if !nameTok(t) {
			return false // "President of the Republic of ...": one office
		}
	}
	last := ts[len(ts)-1]
	if ts[0].is(titles) && !last.is(titles) || ts[0].is(givenNames) {
		return true
	}
	return last.surname() && !endsDemonym(last.fold)
}

// startsState reports whether the tokens after an "and" open a new state name ("the Republic
// of Armenia"), which makes the "and" a list, not part of one name.
func startsState(ts []token) bool {
	for _, t := range ts {
		if t.fold == "the" || t.fold == "and" {
			continue
		}
		return t.is(stateWords) || t.orgHead()
	}
	return false
}

func hasOrgHead(ts []token) bool {
	for _, t := range ts {
		if t.cap && (t.orgHead() || t.is(orgNames)) {
			return true
		}
	}
	return false
}

// emitSeq types the capitalised sequence toks[a..b] and records it.
func (w *doc) emitSeq(a, b int) {
	toks := w.toks
	if a > b || b >= len(toks) {
		return
	}
	// Drop sentence-initial words that the document writes in lower case elsewhere
	// ("Members of ...", "Fighters ..."), with any connectors they bring.
	for a <= b && (toks[a].initial || toks[a].heading) && nameTok(toks[a]) && w.common(toks[a]) && !toks[a].is(titles) {
		a++
		for a <= b && !nameTok(toks[a]) {
			a++
		}
	}
	if a > b {
		return
	}
	// "Fighters of the ...", "Members of ...": an opening plural or ordinary noun governs the
	// name after "of"; it is not part of it.
	if a <= b && (toks[a].initial || toks[a].heading) && a+1 <= b && !nameTok(toks[a+1]) && (toks[a+1].fold == "of" || toks[a+1].fold == "and") &&
		!w.capSeen.has(toks[a].fold) && !intrinsic(toks[a]) && !isCommon(toks[a].fold) {
		a++
		for a <= b && !nameTok(toks[a]) {
			a++
		}
		if a > b {
			return
		}
	}
	// "Polis Elmar Vəliyev ...": an unattested opening word before a given name is not part of
	// the name.
	if a+2 <= b && toks[a].initial && !w.capSeen.has(toks[a].fold) && !intrinsic(toks[a]) && !toks[a].is(commonCaps) &&
		nameTok(toks[a+1]) && toks[a+1].is(givenNames) && w.gap(a, a+1) == gapSpace {
		a++
	}
	// Headings capitalise every word: keep only words the body also capitalises or that carry
	// a cue of their own, unless the sequence is the whole line (a by-line, a list entry).
	// A head word at the end vouches for the words before it ("Terrorism Monitor").
	if toks[a].heading && !w.wholeLine(a, b) {
		for b >= a && (!nameTok(toks[b]) || !w.capSeen.has(toks[b].fold) && !intrinsic(toks[b]) || w.common(toks[b]) && !toks[b].is(orgNames) && !toks[b].is(titles)) {
			b--
		}
		if b < a || !toks[b].orgHead() && !toks[b].is(locHeads) {
			for a <= b && (!nameTok(toks[a]) || !w.capSeen.has(toks[a].fold) && !intrinsic(toks[a])) {
				a++
			}
		}
	}
	if a > b {
		return
	}
	// Titles and honorifics: kept out of the name, used as a cue.
	for ti := a; ti <= b; ti++ {
		if !nameTok(toks[ti]) || !toks[ti].is(titles) {
			continue
		}
		if hasOrgHead(toks[a : b+1]) {
			break // "General Assembly", "Kataib Sayyid al-Shuhada"
		}
		te := ti
		for te+1 <= b && nameTok(toks[te+1]) && toks[te+1].is(titles) {
			te++
		}
		if te < b && !nameTok(toks[te+1]) && toks[te+1].fold == "of" {
			w.addSeq(a, b, dossier.Position, "position", 0.75)
			return
		}
		if te == b {
			if ti > a {
				w.addSeq(a, b, dossier.Position, "position", 0.65)
			}
			return
		}
		if ti > a {
			w.addSeq(a, te, dossier.Position, "position", 0.65)
		}
		a = te + 1
		for a <= b && !nameTok(toks[a]) {
			a++
		}
		if a > b {
			return
		}
		typ, rule, score := w.classify(a, b)
		if typ == dossier.Unknown || typ == dossier.Person || rule == "surname" || rule == "place-cue" {
			typ, rule, score = dossier.Person, "title", 0.85
		}
		w.addSeq(a, b, typ, rule, score)
		return
	}
	typ, rule, score := w.classify(a, b)
	if score <= 0 {
		return
	}
	if typ == dossier.Location || typ == dossier.Unknown {
		// "the mayor of Ganja": an office of a place is a position.
		if p := w.officeOf(a); p >= 0 {
			w.add(cand{span: dossier.Span{Start: w.toks[p].s, End: w.toks[b].e}, typ: dossier.Position, rule: "position", score: 0.6, prio: 1})
		}
	}
	if typ == dossier.Location {
		// "northwestern Iran".
		if p := w.prevWord(a); p >= 0 && w.toks[p].lower && w.toks[p].is(compassAdjectives) {
			a = p
		}
	}
	if typ == dossier.Person && w.turkic {
		// "Elmar Vəliyevə", "Yunis Səfərovu": a case ending on the surname stays out.
		if n := w.surnameCase(toks[b]); n > 0 {
			w.add(cand{span: dossier.Span{Start: toks[a].s, End: toks[b].e - n}, typ: typ, rule: rule, score: score, prio: 1, words: b - a + 1})
			return
		}
	}
	w.addSeq(a, b, typ, rule, score)
}

// surnameCase returns the length of an Azerbaijani/Turkish case ending on a surname ("Vəliyevə"
// → 1), or 0.
func (w *doc) surnameCase(t token) int {
	word := w.rs[t.s:t.e]
	for _, suf := range caseEndings {
		if len(word) < len(suf.r)+4 || string(word[len(word)-len(suf.r):]) != suf.s {
			continue
		}
		stem := foldRunes(word[:len(word)-len(suf.r)])
		if hasSuffix(stem, personSuffixes) && !t.surname() {
			return len(suf.r)
		}
	}
	return 0
}

// placeOf reports whether the sequence at a follows "city of", "province of" and the like.
func (w *doc) placeOf(a int) bool {
	p := w.prevWord(a)
	if p < 0 || w.toks[p].fold != "of" {
		return false
	}
	q := w.prevWord(p)
	return q >= 0 && w.toks[q].lower && w.toks[q].is(placeNouns)
}

// spaced reports whether the words of toks[a..b] are separated by spaces (a person's given name
// and surname), not only hyphens ("Nagorno-Karabakh").
func (w *doc) spaced(a, b int) bool {
	for k := a; k < b; k++ {
		if w.gap(k, k+1) == gapSpace {
			return true
		}
	}
	return false
}

// officeOf returns the token of a lower-case office word that governs the sequence starting
// at a through "of" or "of the" ("mayor of Ganja"), or -1.
func (w *doc) officeOf(a int) int {
	p := w.prevWord(a)
	if p >= 0 && w.toks[p].fold == "the" {
		p = w.prevWord(p)
	}
	if p < 0 || w.toks[p].fold != "of" {
		return -1
	}
	q := w.prevWord(p)
	if q < 0 || !w.toks[q].lower || !w.toks[q].is(officeWords) {
		return -1
	}
	return q
}

// wholeLine reports whether toks[a..b] is all the words of its line.
func (w *doc) wholeLine(a, b int) bool {
	return (a == 0 || w.toks[a-1].line != w.toks[a].line) && (b+1 >= len(w.toks) || w.toks[b+1].line != w.toks[b].line)
}

// intrinsic reports whether a capitalised word carries a cue of its own, wherever it stands.
func intrinsic(t token) bool {
	f := t.fold
	return t.orgHead() || t.is(orgNames) || t.is(countries) || t.is(givenNames) || t.is(titles) ||
		t.is(locHeads) || t.upper || t.group() || t.surname() && !endsDemonym(f) && !t.is(commonCaps)
}

// common reports whether a capitalised word is an ordinary word of this document: written in
// lower case elsewhere, or capitalised only where capitals are automatic.
func (w *doc) common(t token) bool {
	return w.lowSeen.has(t.fold) && !w.capSeen.has(t.fold)
}

// addSeq records toks[a..b] as a candidate.
func (w *doc) addSeq(a, b int, typ dossier.EntityType, rule string, score float64) {
	nw := 0
	for k := a; k <= b; k++ {
		if nameTok(w.toks[k]) {
			nw++
		}
	}
	w.add(cand{span: dossier.Span{Start: w.toks[a].s, End: w.toks[b].e}, typ: typ, rule: rule, score: score, prio: 1, words: nw})
}

// prevWord returns the token before index a on the same line joined by spaces only, or -1.
func (w *doc) prevWord(a int) int {
	if a <= 0 || w.toks[a-1].line != w.toks[a].line || w.gap(a-1, a) != gapSpace {
		return -1
	}
	return a - 1
}

// nextWord returns the token after b on the same line joined by spaces only, or -1.
func (w *doc) nextWord(b int) int {
	if b+1 >= len(w.toks) || w.toks[b+1].line != w.toks[b].line || w.gap(b, b+1) != gapSpace {
		return -1
	}
	return b + 1
}

// classify decides what the sequence toks[a..b] names. A score of 0 means it names nothing.
func (w *doc) classify(a, b int) (dossier.EntityType, string, float64) {
	toks := w.toks
	var names []token
	particle, kin, patro, allCommon := false, false, false, true
	for k := a; k <= b; k++ {
		t := toks[k]
		if !nameTok(t) {
			switch {
			case t.is(patronymicWords):
				patro = true
			case t.is(kinshipWords):
				kin = true
			case t.is(articleWords):
				particle = true
			}
			continue
		}
		if t.is(articleWords) && k < b && w.gap(k, k+1) == gapHyphen {
			particle = true // "Al-Husseiniyun"
		}
		names = append(names, t)
		if !isCommon(t.fold) {
			allCommon = false
		}
	}
	if len(names) == 0 {
		return dossier.Unknown, "", 0
	}
	first, last := names[0], names[len(names)-1]
	single := len(names) == 1
	prev, next := w.prevWord(a), w.nextWord(b)
	if b < len(toks) && toks[b].poss {
		next = -1
	}

	// Channels: "X channel", "X Telegram channel", "channel X", "X's Telegram channel".
	if next >= 0 && toks[next].is(channelWords) && toks[next].lower {
		if single && first.is(platformWords) {
			return dossier.Unknown, "", 0 // "the Telegram channel ..." names the platform only
		}
		return dossier.Channel, "channel", 0.7
	}
	if !single && last.is(platformWords) && next >= 0 && toks[next].is(channelWords) {
		return dossier.Channel, "channel", 0.7
	}
	if prev >= 0 && toks[prev].is(channelWords) && toks[prev].lower {
		return dossier.Channel, "channel", 0.65
	}
	if toks[b].poss && b+2 < len(toks) && toks[b+1].is(platformWords) && toks[b+2].is(channelWords) {
		return dossier.Channel, "channel", 0.65
	}
	if prev >= 0 && toks[prev].fold == "from" && prev > 0 && toks[prev-1].is(forwardWords) {
		return dossier.Channel, "forwarded", 0.7 // "Forwarded from Sabereen News"
	}
	// Documents: "the X report".
	if !single && last.is(documentWords) {
		return dossier.DocumentRef, "document", 0.65
	}
	if next >= 0 && toks[next].lower && toks[next].is(documentWords) && !patro && !kin {
		w.add(cand{span: dossier.Span{Start: toks[a].s, End: toks[next].e}, typ: dossier.DocumentRef, rule: "document", score: 0.6, prio: 1, words: len(names)})
		// The name alone is recorded too; the longer span wins unless it overlaps better.
	}

	// A Russian head with its lower-case complement ("Корпус стражей исламской революции").
	if b > a && toks[a].script == scriptCyrillic && toks[a].orgHead() && toks[a+1].lower {
		return dossier.Organization, "org-head", 0.75
	}
	// Events: "Nagorno-Karabakh War", "Battle of Aleppo", "Operation Olive Branch".
	if !single && (last.is(eventHeads) && !last.orgHead() || first.is(eventOpeners)) {
		return dossier.Event, "event-head", 0.7
	}
	// Organisation heads and names.
	for i, t := range names {
		if t.is(orgNames) {
			return dossier.Organization, "org-name", 0.8
		}
		if t.orgHead() {
			if single {
				return dossier.Unknown, "", 0 // a head word alone is a common noun
			}
			if i == len(names)-1 || i == 0 {
				return dossier.Organization, "org-head", 0.85
			}
			return dossier.Organization, "org-head", 0.75
		}
	}
	// "Islamic State", "Caucasus Emirate": in this domain a state of that kind is a group.
	for _, t := range names {
		if t.is(stateGroupWords) && !single {
			return dossier.Organization, "state-name", 0.7
		}
	}
	// Places.
	if countries.has(w.foldSpan(a, b)) {
		return dossier.Location, "country", 0.8
	}
	for _, t := range names {
		if t.is(locHeads) {
			if single {
				return dossier.Unknown, "", 0
			}
			return dossier.Location, "place-head", 0.75
		}
	}
	if !single && first.is(compassWords) {
		return dossier.Location, "region", 0.65
	}
	// Turkic locative case on the last word: "Bakıda", "Qum'da".
	if w.turkic && turkicLocative.has(last.suffix) {
		return dossier.Location, "locative", 0.7
	}
	// Group names.
	for _, t := range names {
		if t.group() && !t.is(commonCaps) {
			return dossier.Organization, "group-name", 0.7
		}
	}
	if patro || hasCyrPatronymic(names) {
		return dossier.Person, "patronymic", 0.9
	}
	if kin {
		return dossier.Person, "kinship", 0.8
	}
	if allCommon {
		return dossier.Unknown, "", 0
	}
	role := prev >= 0 && toks[prev].lower && toks[prev].is(roleWords)
	placeCue := prev >= 0 && toks[prev].lower && toks[prev].is(placePreps) || w.placeOf(a)
	if single {
		t := first
		if t.is(titles) {
			return dossier.Unknown, "", 0
		}
		initial := t.initial || t.heading
		attested := w.capSeen.has(t.fold)
		if t.is(compassWords) || isCommon(t.fold) || t.is(platformWords) || w.nextToDigit(a, b) && t.is(dateNames) {
			return dossier.Unknown, "", 0
		}
		if w.turkic && t.suffix == "" {
			if stem, place, ok := w.caseStem(t); ok {
				typ, rule, score := dossier.Location, "locative", 0.6
				if !place {
					typ, rule, score = dossier.Unknown, "case-stem", 0.4
				}
				w.add(cand{span: dossier.Span{Start: t.s, End: t.s + stem}, typ: typ, rule: rule, score: score, prio: 1, words: 1})
				return dossier.Unknown, "", 0
			}
		}
		if initial && w.common(t) {
			return dossier.Unknown, "", 0
		}
		if initial && !attested && !w.listRow(a, b) && !intrinsic(t) {
			// "Khamenei said ...": a word that speaks is a name.
			if next >= 0 && toks[next].is(speechVerbs) {
				return dossier.Unknown, "speaker", 0.4
			}
			// Otherwise kept only if the document names a person so ("Vas" of "Vas
			// Shenoy"); see propagate.
			return dossier.Unknown, "initial", 0.05
		}
		switch {
		case t.upper && !strings.Contains(t.fold, "."):
			if n := t.e - t.s; n >= 2 && n <= 6 && !romanNumeral(t.fold) {
				return dossier.Organization, "acronym", 0.4
			}
			return dossier.Unknown, "capitalised", 0.25
		case role:
			return dossier.Person, "role", 0.6
		case placeCue && !t.surname():
			return dossier.Location, "place-cue", 0.6
		case t.surname() && !endsDemonym(t.fold):
			return dossier.Person, "surname", 0.55
		case !initial && (strings.HasSuffix(t.fold, "ists") || strings.HasSuffix(t.fold, "ites")):
			return dossier.Organization, "group-name", 0.5
		case endsDemonym(t.fold):
			return dossier.Unknown, "", 0
		case t.is(givenNames):
			return dossier.Person, "given-name", 0.5
		case strings.HasSuffix(t.fold, "s") && w.capSeen.has(strings.TrimSuffix(t.fold, "s")):
			return dossier.Organization, "group-plural", 0.45 // "the Houthis" beside "Houthi"
		}
		if w.listRow(a, b) {
			return dossier.Unknown, "list-row", 0.45
		}
		return dossier.Unknown, "capitalised", 0.3
	}
	// Two or more words.
	if first.initial && w.common(first) {
		return dossier.Unknown, "", 0
	}
	if heading := first.heading; heading && !w.anyAttested(names) && !w.wholeLine(a, b) {
		return dossier.Unknown, "", 0
	}
	switch {
	case role:
		return dossier.Person, "role", 0.75
	case last.surname() && !endsDemonym(last.fold) && len(names) <= 4:
		return dossier.Person, "surname", 0.8
	case first.is(givenNames) && len(names) <= 4:
		return dossier.Person, "given-name", 0.75
	case particle && placeCue:
		return dossier.Location, "place-cue", 0.55
	case particle && len(names) <= 5 && !toks[a].is(articleWords):
		return dossier.Person, "particle", 0.6 // "Bashar al-Assad"; "Al-Mayadeen" is not read so
	case placeCue:
		return dossier.Location, "place-cue", 0.5
	}
	if len(names) <= 3 && b-a+1 == len(names) && !anyUpper(names) && !anyCommon(names) && w.spaced(a, b) {
		return dossier.Person, "name-shape", 0.5
	}
	if w.listRow(a, b) {
		return dossier.Unknown, "list-row", 0.45
	}
	return dossier.Unknown, "sequence", 0.4
}

func (w *doc) anyAttested(ts []token) bool {
	for _, t := range ts {
		if w.capSeen.has(t.fold) {
			return true
		}
	}
	return false
}

func anyUpper(ts []token) bool {
	for _, t := range ts {
		if t.upper {
			return true
		}
	}
	return false
}

func anyCommon(ts []token) bool {
	for _, t := range ts {
		if t.is(commonCaps) {
			return true
		}
	}
	return false
}

func hasCyrPatronymic(ts []token) bool {
	for i, t := range ts {
		if i > 0 && t.script == scriptCyrillic && hasSuffix(t.fold, cyrillicPatronymic) && len(ts) >= 2 {
			return true
		}
	}
	return false
}

// endsDemonym reports whether a folded word looks like an adjective of origin ("Iranian",
// "Lebanese", "Turkish") rather than a surname.
func endsDemonym(f string) bool {
	return strings.HasSuffix(f, "ian") || strings.HasSuffix(f, "ese") || strings.HasSuffix(f, "ish") ||
		strings.HasSuffix(f, "ians") || commonCaps.has(f)
}

func romanNumeral(f string) bool {
	for _, r := range f {
		if !strings.ContainsRune("ivxlc", r) {
			return false
		}
	}
	return true
}

// foldSpan folds the text of toks[a..b] with single spaces.
func (w *doc) foldSpan(a, b int) string {
	if a == b {
		return w.toks[a].fold
	}
	parts := make([]string, 0, b-a+1)
	for k := a; k <= b; k++ {
		parts = append(parts, w.toks[k].fold)
	}
	return strings.Join(parts, " ")
}

// listRow reports whether toks[a..b] is the name of a list or table row: it opens its line (or
// table cell) and is followed by a dash, a colon, a cell separator or the end of the line.
func (w *doc) listRow(a, b int) bool {
	toks, rs := w.toks, w.rs
	if !toks[a].initial {
		return false
	}
	// What precedes on the line: only bullets, numbers, spaces or a cell separator.
	for k := toks[a].s - 1; k >= 0 && rs[k] != '\n'; k-- {
		switch r := rs[k]; {
		case r == '|':
			k = -1
		case r == ' ' || r == '\t' || r == '-' || r == '*' || r == '•' || r == '.' || r == ')' || unicode.IsDigit(r):
		default:
			return false
		}
		if k < 0 {
			break
		}
	}
	k := toks[b].full
	for k < len(rs) && (rs[k] == ' ' || rs[k] == '\t') {
		k++
	}
	if k >= len(rs) || rs[k] == '\n' {
		return w.tableRow[toks[a].line] || w.dashLine[toks[a].line]
	}
	switch rs[k] {
	case '–', '—', '-', '|', '\t':
		return true
	}
	return false
}

// isCommon reports whether a folded word (or its plural) is a capitalised common word.
func isCommon(f string) bool {
	return commonCaps.has(f) || strings.HasSuffix(f, "s") && commonCaps.has(f[:len(f)-1])
}

// hasLocativeStem reports whether t is a known proper noun in a case of place (locative,
// ablative, dative), which ends any name before it ("Tovhid İbrahimbəyli İranda").
func (w *doc) hasLocativeStem(t token) bool {
	if !t.cap || t.suffix != "" {
		return false
	}
	_, place, ok := w.caseStem(t)
	return ok && place
}

// nextToDigit reports whether the sequence toks[a..b] stands beside a number ("5 Kasım 2023").
func (w *doc) nextToDigit(a, b int) bool {
	if p := w.prevWord(a); p >= 0 && w.toks[p].digit {
		return true
	}
	if b+1 < len(w.toks) && w.toks[b+1].digit && w.toks[b+1].line == w.toks[b].line && w.toks[b+1].s-w.toks[b].full <= 2 {
		return true
	}
	return false
}

// caseStem returns the length of the stem of an Azerbaijani/Turkish proper noun written with a
// case ending and no apostrophe ("Bakıda" → "Bakı", "Naxçıvana", "İranın") when the stem is a
// known place or is written on its own elsewhere in the document; place reports a locative,
// ablative or dative ending, which makes the word a place.
func (w *doc) caseStem(t token) (n int, place, ok bool) {
	word := w.rs[t.s:t.e]
	for _, suf := range caseEndings {
		if len(word) < len(suf.r)+3 || string(word[len(word)-len(suf.r):]) != suf.s {
			continue
		}
		stem := word[:len(word)-len(suf.r)]
		f := foldRunes(stem)
		if countries.has(f) {
			return len(stem), true, true
		}
		if w.capSeen.has(f) {
			return len(stem), suf.place, true
		}
	}
	return 0, false, false
}

type caseEnding struct {
	s     string
	r     []rune
	place bool
}

var caseEndings = func() []caseEnding {
	var out []caseEnding
	add := func(list string, place bool) {
		for _, s := range strings.Fields(list) {
			out = append(out, caseEnding{s, []rune(s), place})
		}
	}
	// Longest first, so "dan" is tried before "da" and "nın" before "ın".
	add("dakı dəki deki dan dən den tan tən ten", true)
	add("nın nin nun nün", false)
	add("da də de ta tə te ya yə ye", true)
	add("ın in un ün", false)
	add("a ə e", true)
	add("u ü ı i", false)
	return out
}()
