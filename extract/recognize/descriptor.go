package recognize

import "github.com/dossier-osint/dossier"

// Descriptive names: a proper name or adjective of origin followed by a lower-case noun that
// names an institution, an event, a document, a channel or an office — "Azerbaijani
// government", "Aliyev government", "Israel’s embassy", "Syrian civil war", "Azeri-language
// report", "Iranian Azeri-language TV channel", "Iranian president". Analysts track these as
// entities even though no capital marks their end.

var (
	institutionNouns = words(`government regime authorities army military embassy consulate police
		security intelligence ministry parliament forces navy judiciary court administration
		cabinet state militia services
		hökuməti hökumət rejimi ordusu səfirliyi polisi hakimiyyəti qüvvələri nazirliyi
		hükümeti yönetimi büyükelçiliği kuvvetleri bakanlığı`)
	eventNouns = words(`war wars conflict crisis attack attacks airstrike airstrikes strike strikes
		bombing bombings uprising revolution protest protests massacre offensive invasion siege
		coup assassination election elections summit conference exercise exercises drills
		ceasefire müharibəsi müharibə savaşı hücumu seçkiləri seçimleri`)
	descDocumentNouns = words(`report article study paper statement communique agreement treaty
		accord resolution declaration fatwa letter book hesabatı məqaləsi raporu makalesi`)
	descChannelNouns = words(`channel website account accounts page site outlet newspaper
		agency kanalı saytı`)
	descPositionNouns = words(`president leader minister ambassador envoy commander king emir
		prime_minister foreign_minister supreme_leader prezidenti nazir lideri cumhurbaşkanı`)
	descModifiers = words(`civil military air armed security ceasefire peace suicide terrorist
		social media foreign religious local national official supreme prime defence defense
		interior intelligence news online tv state government opposition deputy former late
		new regional central provincial federal naval border special drone missile`)
)

// descNounBits are the word lists whose members end a descriptive name.
var descNounBits = institutionNouns.bit | eventNouns.bit | descDocumentNouns.bit | descChannelNouns.bit | descPositionNouns.bit | positionFirstWords.bit

// positionFirstWords open two-word offices ("prime minister").
var positionFirstWords = words(`prime foreign supreme defence defense interior`)

// scanDescriptors finds descriptive names after capitalised words.
func (w *doc) scanDescriptors() {
	toks := w.toks
	n := len(toks)
	for i := 0; i < n; i++ {
		t := toks[i]
		if !nameTok(t) || t.heading && w.upperLine[t.line] {
			continue
		}
		// The capitalised run ends here.
		if !t.poss && i+1 < n && toks[i+1].line == t.line && nameTok(toks[i+1]) {
			if g := w.gap(i, i+1); g == gapSpace || g == gapHyphen {
				continue
			}
		}
		start := i
		for start > 0 && i-start < 4 && toks[start-1].line == t.line && nameTok(toks[start-1]) && !toks[start-1].poss {
			if g := w.gap(start-1, start); g != gapSpace && g != gapHyphen {
				break
			}
			start--
		}
		// Most capitalised words have no descriptive noun after them: look for one first.
		found := false
		for k := i + 1; k < n && k-i <= 6 && toks[k].line == t.line; k++ {
			if toks[k].lex&descNounBits != 0 {
				found = true
				break
			}
		}
		if !found {
			continue
		}
		for start < i && ((toks[start].initial || toks[start].heading) && w.common(toks[start]) || toks[start].is(titles)) {
			start++
		}
		// A run that is already an organisation's name is complete ("Kataib Hezbollah
		// militia"); a run of adjectives of origin or faith names no one in particular ("Shia
		// militias").
		named, generic, platform := false, true, true
		for k := start; k <= i; k++ {
			f := toks[k].fold
			if toks[k].is(orgNames) || toks[k].orgHead() || toks[k].group() {
				named = true
			}
			if !isCommon(f) && !endsDemonym(f) {
				generic = false
			}
			if !toks[k].is(platformWords) {
				platform = false
			}
		}
		if platform {
			continue // "Telegram channel" names no channel in particular
		}
		j := i
		comp := w.compound(i)
		if comp {
			j = i + 1 // "Azeri-language", "IRGC-operated"
		}
		typ := dossier.Unknown
		mods := 0
		for k := j + 1; k < n && k-j <= 5; k++ {
			if toks[k].line != t.line || !w.descGap(k-1, k) {
				break
			}
			f := toks[k].fold
			if !toks[k].lower && !(toks[k].upper && f == "tv") {
				if k > j+1 && (isCommon(f) || endsDemonym(f)) {
					if mods++; mods <= 3 {
						continue // "pro-Iran Shi'ite website"
					}
				}
				break
			}
			if (f == "pro" || f == "anti") && k+1 < n && w.gap(k, k+1) == gapHyphen {
				k++ // "pro-Iran", "anti-Israel"
				if mods++; mods <= 2 {
					continue
				}
				break
			}
			switch {
			case toks[k].is(institutionNouns) && !named && !comp && !(generic && (f == "militia" || f == "militias")) &&
				(!t.poss || f == "embassy" || f == "government" || f == "regime"):
				typ = dossier.Organization
			case toks[k].is(eventNouns) && !t.poss && !comp:
				typ = dossier.Event
			case toks[k].is(descDocumentNouns) && (comp || generic):
				typ = dossier.DocumentRef // "Azeri-language report"; "the X report" is read with X
			case toks[k].is(descChannelNouns) && (comp || generic):
				typ = dossier.Channel
			case toks[k].is(descPositionNouns) || k+1 < n && descPositionNouns.has(f+" "+toks[k+1].fold):
				if !comp && (endsDemonym(t.fold) || t.poss || t.is(countries)) {
					typ = dossier.Position
					if !descPositionNouns.has(f) {
						k++
					}
				}
			case toks[k].is(descModifiers) || w.compound(k) || k > j+1 && toks[k-1].lower && w.gap(k-1, k) == gapHyphen:
				mods++
				if mods <= 2 {
					continue
				}
			}
			if typ == dossier.Unknown {
				break
			}
			// A second noun of the same kind continues it ("government forces", "air strike").
			end := k
			if k+1 < n && w.gap(k, k+1) == gapSpace && toks[k+1].lower {
				if typ == dossier.Organization && toks[k+1].is(institutionNouns) || typ == dossier.Event && toks[k+1].is(eventNouns) {
					end = k + 1
				}
			}
			w.add(cand{span: dossier.Span{Start: toks[start].s, End: toks[end].e}, typ: typ, rule: "descriptor", score: 0.55, prio: 1, words: i - start + 1})
			break
		}
	}
}

// russianInstitutions are Russian nouns for state bodies, written in lower case after an
// adjective of origin ("иранский режим", "азербайджанские власти").
var russianInstitutions = words(`правительство правительства режим режима власти властей армия армии
	полиция полиции спецслужбы спецслужб посольство посольства силы сил министерство`)

// russianOrigin lists the endings of Russian adjectives of origin (-ский, -ская ...).
var russianOrigin = foldAll("ский ская ское ские ского ской ских ским скую")

// scanRussianDescriptors finds Russian descriptive names: an adjective of origin and a state
// body, both in lower case.
func (w *doc) scanRussianDescriptors() {
	toks := w.toks
	for i := 0; i+1 < len(toks); i++ {
		t, u := toks[i], toks[i+1]
		if t.script != scriptCyrillic || !u.is(russianInstitutions) || t.line != u.line || w.gap(i, i+1) != gapSpace {
			continue
		}
		if !endsWithAny(t.fold, russianOrigin) {
			continue
		}
		w.add(cand{span: dossier.Span{Start: t.s, End: u.e}, typ: dossier.Organization, rule: "descriptor", score: 0.55, prio: 1, words: 1})
		i++
	}
}

// descGap reports whether tokens a and b are joined as words of one phrase: by spaces, by a
// hyphen inside a compound, or after a possessive ("Israel’s embassy").
func (w *doc) descGap(a, b int) bool {
	t := w.toks[a]
	if t.poss {
		from := t.full
		return b < len(w.toks) && w.toks[b].s-from == 1 && w.rs[from] == ' '
	}
	g := w.gap(a, b)
	return g == gapSpace || g == gapHyphen
}
