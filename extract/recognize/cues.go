package recognize

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/normalize"
)

// foldRunes is normalize.Fold of rs, without the round trip through a string for ASCII text.
func foldRunes(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		if r >= 0x80 {
			return normalize.Fold(string(rs))
		}
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b = append(b, byte(r))
	}
	return string(b)
}

// ---------------------------------------------------------------- quoted names

// closerOf returns the closing mark of an opening quotation mark, or 0.
func closerOf(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '«':
		return '»'
	case '„':
		return '“'
	case '"', '\'', '”':
		return r
	case '‹':
		return '›'
	case '‘':
		return '’'
	}
	return 0
}

// maxQuote bounds the length of a quoted name in code points.
const maxQuote = 80

// scanQuoted finds names in quotes after or before a naming cue: called “X”, so-called “X”,
// known as “X”, calls itself “X”, «X» adlı, группировка «X», the “X” group.
func (w *doc) scanQuoted() {
	rs := w.rs
	ti := 0 // token cursor: first token at or after the opening quote
	for i := 0; i < len(rs); i++ {
		closer := closerOf(rs[i])
		if closer == 0 {
			continue
		}
		if (rs[i] == '"' || rs[i] == '\'' || rs[i] == '”') && i > 0 && !unicode.IsSpace(rs[i-1]) && !strings.ContainsRune("([—–-:", rs[i-1]) {
			continue // a closing or inner mark, or an apostrophe
		}
		j := i + 1
		for j < len(rs) && j-i <= maxQuote && rs[j] != closer && rs[j] != '\n' {
			j++
		}
		if j >= len(rs) || rs[j] != closer || j-i > maxQuote {
			continue
		}
		if closer == '\'' && j+1 < len(rs) && unicode.IsLetter(rs[j+1]) {
			continue
		}
		s, e := i+1, j
		for s < e && (unicode.IsSpace(rs[s]) || rs[s] == '\u200f' || rs[s] == '\u200e') {
			s++
		}
		for e > s && (unicode.IsSpace(rs[e-1]) || strings.ContainsRune(",.;:!?", rs[e-1])) {
			e--
		}
		for ti < len(w.toks) && w.toks[ti].s < i {
			ti++
		}
		w.quoted(i, j, s, e, ti)
		i = j
	}
}

// quoted considers the quote rs[open..close] whose trimmed content is rs[s:e]; ti is the first
// token after the opening mark.
func (w *doc) quoted(open, close, s, e, ti int) {
	rs, toks := w.rs, w.toks
	if e <= s {
		return
	}
	// Content tokens.
	te := ti
	for te < len(toks) && toks[te].s < e {
		te++
	}
	if te == ti || te-ti > 10 {
		return
	}
	content := toks[ti:te]
	if content[0].fold == "the" && len(content) > 1 {
		s = content[1].s
		content = content[1:]
	}
	first := content[0]
	if first.lower || first.digit {
		return
	}
	for k := s; k < e; k++ {
		if (rs[k] == '.' || rs[k] == '!' || rs[k] == '?') && k+1 < e && rs[k+1] == ' ' {
			return // a sentence, not a name
		}
	}
	// Cue before: up to three words back on the same line, with only spaces and commas between.
	cueTyp, cue := dossier.Unknown, ""
	k := ti - 1
	for back := 0; back < 3 && k >= 0 && toks[k].line == first.line; back, k = back+1, k-1 {
		f := toks[k].fold
		switch {
		case nameCues.has(f) || f == "name" || f == "itself" || f == "as" && k > 0 && toks[k-1].fold == "known":
			cue = "quoted"
		case orgClassWords.has(f) && (toks[k].lower || toks[k].initial):
			cue, cueTyp = "quoted", dossier.Organization
		case channelWords.has(f) && (toks[k].lower || toks[k].initial):
			cue, cueTyp = "quoted", dossier.Channel
		case documentWords.has(f) && (toks[k].lower || toks[k].initial):
			cue, cueTyp = "quoted", dossier.DocumentRef
		}
		if cue != "" || stopWords.has(f) && back == 0 {
			break
		}
	}
	// Cue after: «X» adlı, the “X” group.
	if cue == "" && te < len(toks) && toks[te].line == first.line && toks[te].s-close <= 2 {
		f := toks[te].fold
		switch {
		case nameCues.has(f):
			cue = "quoted"
		case orgClassWords.has(f) && toks[te].lower:
			cue, cueTyp = "quoted", dossier.Organization
		case channelWords.has(f) && toks[te].lower:
			cue, cueTyp = "quoted", dossier.Channel
		}
	}
	if cue == "" {
		return
	}
	typ, score := cueTyp, 0.7
	if t, _, sc := w.classifyTokens(content); t != dossier.Unknown && (cueTyp == dossier.Unknown || cueTyp == dossier.Organization && t == dossier.Organization) {
		typ, score = t, max(sc, 0.7)
	}
	w.add(cand{span: dossier.Span{Start: s, End: e}, typ: typ, rule: cue, score: score, prio: 2, words: len(content)})
}

// classifyTokens types a run of tokens by its heads and morphology only (no position cues).
func (w *doc) classifyTokens(ts []token) (dossier.EntityType, string, float64) {
	for _, t := range ts {
		switch {
		case t.is(orgNames), t.orgHead() && len(ts) > 1, t.is(arabicOrgHeads) && len(ts) > 1:
			return dossier.Organization, "org-head", 0.8
		case t.group():
			return dossier.Organization, "group-name", 0.7
		case t.is(locHeads) && len(ts) > 1:
			return dossier.Location, "place-head", 0.7
		}
	}
	if len(ts) >= 2 && ts[len(ts)-1].surname() && !endsDemonym(ts[len(ts)-1].fold) {
		return dossier.Person, "surname", 0.7
	}
	return dossier.Unknown, "", 0
}

// ---------------------------------------------------------------- handles and URLs

var channelHosts = []string{"t.me/", "telegram.me/", "telegram.dog/", "youtube.com/", "youtu.be/",
	"twitter.com/", "x.com/", "instagram.com/", "facebook.com/", "fb.com/", "tiktok.com/",
	"vk.com/", "rutube.ru/", "aparat.com/", "eitaa.com/", "rumble.com/"}

func handleRune(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_')
}

// scanHandles finds @handles and links to channel platforms.
func (w *doc) scanHandles() {
	rs := w.rs
	n := len(rs)
	for i := 0; i < n; i++ {
		switch r := rs[i]; {
		case r == '@':
			if i > 0 && (isWordRune(rs[i-1]) || rs[i-1] == '.' || rs[i-1] == '/') {
				continue // an e-mail address or a URL path
			}
			j := i + 1
			for j < n && handleRune(rs[j]) && j-i <= 33 {
				j++
			}
			if j-i-1 < 2 || j-i > 33 || (j < n && (rs[j] == '.' && j+1 < n && isWordRune(rs[j+1]) || rs[j] == '@')) {
				i = j - 1
				continue
			}
			w.add(cand{span: dossier.Span{Start: i, End: j}, typ: dossier.Channel, rule: "handle", score: 0.9, prio: 2, words: 1})
			i = j - 1
		case r == '/' && i >= 4:
			// A host ends here: check the known hosts ending at i.
			s, ok := w.hostBefore(i)
			if !ok {
				continue
			}
			j := i + 1
			for j < n && !unicode.IsSpace(rs[j]) && !strings.ContainsRune("\"'”»<>)]，,", rs[j]) && j-s < 300 {
				j++
			}
			for j > i+1 && strings.ContainsRune(".,;:!?", rs[j-1]) {
				j--
			}
			if j-i-1 < 2 {
				continue
			}
			w.add(cand{span: dossier.Span{Start: s, End: j}, typ: dossier.Channel, rule: "url", score: 0.9, prio: 2, words: 1})
			i = j - 1
		}
	}
}

// outletTLDs are the top-level domains of news sites and outlets written as names ("Report.az",
// "Mehrnews.ir").
var outletTLDs = map[string]bool{"az": true, "ru": true, "com": true, "ir": true, "org": true, "net": true,
	"info": true, "tv": true, "news": true, "ua": true, "tr": true, "ge": true, "am": true, "iq": true,
	"lb": true, "sy": true, "ye": true, "io": true, "me": true, "uk": true, "co": true}

// domain reports the end of an outlet written as a domain name starting at rs[i] ("Report.az"),
// or -1.
func (w *doc) domain(i int) int {
	rs := w.rs
	if i > 0 && (isWordRune(rs[i-1]) || rs[i-1] == '@' || rs[i-1] == '/' || rs[i-1] == '.') {
		return -1
	}
	// Up to four labels ("www.shvas.co"); the last must be a known top-level domain.
	j := i
	for labels := 0; labels < 4; labels++ {
		s := j
		for j < len(rs) && j-s < 64 && (handleRune(rs[j]) || rs[j] == '-') {
			j++
		}
		if j-s < 2 {
			return -1
		}
		end := j == len(rs) || !(rs[j] == '.' && j+1 < len(rs) && handleRune(rs[j+1]))
		if end {
			if labels == 0 || j < len(rs) && (rs[j] == '/' || rs[j] == '@') || !outletTLDs[strings.ToLower(string(rs[s:j]))] {
				return -1
			}
			return j
		}
		j++ // the dot
	}
	return -1
}

// scanDomains finds outlets written as domain names: only words followed by a full stop and a
// letter are tried.
func (w *doc) scanDomains() {
	rs := w.rs
	next := 0
	for _, t := range w.toks {
		if t.s < next || t.script != scriptLatin || t.full+1 >= len(rs) || rs[t.full] != '.' || !handleRune(rs[t.full+1]) {
			continue
		}
		if e := w.domain(t.s); e > 0 {
			w.add(cand{span: dossier.Span{Start: t.s, End: e}, typ: dossier.Channel, rule: "domain", score: 0.6, prio: 2, words: 1})
			next = e
		}
	}
}

// hostBefore reports whether one of channelHosts ends at rs[slash] and returns where the URL
// starts (including a scheme and "www.").
func (w *doc) hostBefore(slash int) (int, bool) {
	rs := w.rs
	for _, h := range channelHosts {
		hr := h[:len(h)-1]
		s := slash - len(hr)
		if s < 0 {
			continue
		}
		match := true
		for k := 0; k < len(hr); k++ {
			if unicode.ToLower(rs[s+k]) != rune(hr[k]) {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		// Extend back over "www.", "m.", a scheme; refuse a longer host ("notx.com").
		for s > 0 && (isWordRune(rs[s-1]) || rs[s-1] == '.') {
			if rs[s-1] == '.' && s >= 4 && strings.EqualFold(string(rs[s-4:s-1]), "www") {
				s -= 4
				continue
			}
			if rs[s-1] == '.' && s >= 2 && (rs[s-2] == 'm' || rs[s-2] == 'M') && (s < 3 || !isWordRune(rs[s-3])) {
				s -= 2
				continue
			}
			return 0, false
		}
		if s >= 3 && string(rs[s-3:s]) == "://" {
			k := s - 3
			for k > 0 && unicode.IsLetter(rs[k-1]) && s-k < 10 {
				k--
			}
			s = k
		}
		return s, true
	}
	return 0, false
}

// ---------------------------------------------------------------- Arabic and Persian script

// scanArabic reads names in Arabic and Persian script, which has no capitals: after
// organisation heads and titles, and around بن / ابن / ابو.
func (w *doc) scanArabic() {
	toks := w.toks
	n := len(toks)
	for i := 0; i < n; i++ {
		t := toks[i]
		if t.script != scriptArabic {
			continue
		}
		f := t.fold
		switch {
		case orgNames.has(f):
			w.add(cand{span: dossier.Span{Start: t.s, End: t.e}, typ: dossier.Organization, rule: "arabic-org", score: 0.8, prio: 1, words: 1})
		case arabicHead(f) != "":
			if end := w.arabicRun(i+1, 3, true); end > i {
				s := t.s
				if !arabicOrgHeads.has(arabicStem(f)) {
					s++ // the conjunction و written onto the head ("وحركة") is not part of the name
				}
				w.add(cand{span: dossier.Span{Start: s, End: toks[end].e}, typ: dossier.Organization, rule: "arabic-head", score: 0.7, prio: 1, words: end - i + 1})
				i = end
			}
		case arabicChannel.has(f):
			k := i + 1
			for k < n && k-i <= 2 && toks[k].is(arabicPlatform) {
				k++ // "کانال تلگرامی ..."
			}
			if k < n && w.gap(k-1, k) == gapSpace {
				if end := w.arabicRun(k, 2, false); end >= k {
					w.add(cand{span: dossier.Span{Start: toks[k].s, End: toks[end].e}, typ: dossier.Channel, rule: "arabic-channel", score: 0.6, prio: 1, words: end - k + 1})
					i = end
				}
			}
		case arabicTitles.has(f) || i+1 < n && arabicTitles.has(f+" "+toks[i+1].fold):
			k := i + 1
			if !arabicTitles.has(f) {
				k = i + 2
			}
			for k < n && toks[k].script == scriptArabic && toks[k].is(arabicTitles) && w.gap(k-1, k) == gapSpace {
				k++
			}
			if k >= n || w.gap(k-1, k) != gapSpace {
				continue
			}
			if end := w.arabicRun(k, 3, false); end >= k {
				w.add(cand{span: dossier.Span{Start: toks[k].s, End: toks[end].e}, typ: dossier.Person, rule: "arabic-title", score: 0.75, prio: 1, words: end - k + 1})
				i = end
			}
		case arabicGivenNames.has(f) && i+1 < n && w.gap(i, i+1) == gapSpace && toks[i+1].script == scriptArabic:
			if end := w.arabicRun(i+1, 2, true); end > i {
				if end+1 < n && w.gap(end, end+1) == gapSpace && strings.HasPrefix(toks[end+1].fold, "ال") && !arabicStop.has(toks[end+1].fold) && !arabicOrgHeads.has(toks[end+1].fold) {
					end++ // a nisba: "... الصدر"
				}
				w.add(cand{span: dossier.Span{Start: t.s, End: toks[end].e}, typ: dossier.Person, rule: "arabic-given-name", score: 0.5, prio: 1, words: end - i + 1})
				i = end
			}
		case arabicKunya.has(f):
			if i+1 < n && toks[i+1].script == scriptArabic && w.gap(i, i+1) == gapSpace && !toks[i+1].is(arabicStop) {
				end := i + 1
				if end+1 < n && strings.HasPrefix(toks[end+1].fold, "ال") && w.gap(end, end+1) == gapSpace && !toks[end+1].is(arabicStop) {
					end++
				}
				w.add(cand{span: dossier.Span{Start: t.s, End: toks[end].e}, typ: dossier.Person, rule: "arabic-kunya", score: 0.65, prio: 1, words: end - i + 1})
				i = end
			}
		case arabicKin.has(f):
			if i == 0 || i+1 >= n || w.gap(i-1, i) != gapSpace || w.gap(i, i+1) != gapSpace {
				continue
			}
			p, q := toks[i-1], toks[i+1]
			// After بن comes a name, even one spelt like a preposition (علي / على fold alike).
			if p.script != scriptArabic || q.script != scriptArabic || arabicStop.has(p.fold) {
				continue
			}
			w.add(cand{span: dossier.Span{Start: p.s, End: q.e}, typ: dossier.Person, rule: "arabic-kinship", score: 0.6, prio: 1, words: 3})
		case len([]rune(f)) >= 6 && (strings.HasSuffix(f, "يون") || strings.HasSuffix(f, "ييون")):
			w.add(cand{span: dossier.Span{Start: t.s, End: t.e}, typ: dossier.Organization, rule: "arabic-group-name", score: 0.45, prio: 1, words: 1})
		}
	}
}

// arabicHead returns the organisation head a word is, allowing the conjunction و before it and
// the Persian plural after it ("وحركة", "تیپ‌های"), or "".
func arabicHead(f string) string {
	for _, c := range []string{f, strings.TrimPrefix(f, "و")} {
		if len(c) < 4 {
			continue
		}
		if s := arabicStem(c); arabicOrgHeads.has(s) {
			return s
		}
	}
	return ""
}

// arabicStem strips a Persian plural ending (ها, های) from a folded word when what remains is
// an organisation head.
func arabicStem(f string) string {
	if arabicOrgHeads.has(f) {
		return f
	}
	for _, suf := range []string{"هاي", "ها"} {
		if s := strings.TrimSuffix(f, suf); s != f && arabicOrgHeads.has(s) {
			return s
		}
	}
	return f
}

// arabicRun returns the last token of a name that starts at token k in Arabic script: up to
// max tokens joined by spaces, stopping at function words, titles and (unless persian or the
// head demands more) at words without the article after the first. It returns k-1 when no
// token qualifies.
func (w *doc) arabicRun(k, max int, head bool) int {
	toks := w.toks
	end := k - 1
	fa := false // Persian: no article marks the words of a name, so take them as they come
	for m := k; m < len(toks) && m-k < max; m++ {
		t := toks[m]
		if t.script != scriptArabic || t.is(arabicStop) || (m > k && t.is(arabicTitles)) ||
			(!head && t.is(arabicOrgHeads)) {
			break
		}
		if persian(w.rs[t.s:t.e]) || k > 0 && persian(w.rs[toks[k-1].s:toks[k-1].e]) {
			fa = true
		}
		if m > k {
			if w.gap(m-1, m) != gapSpace {
				break
			}
			article := strings.HasPrefix(t.fold, "ال")
			kin := toks[m-1].is(arabicKin) || t.is(arabicKin)
			if head && !article && !kin && !fa {
				break
			}
		}
		end = m
	}
	// A name does not end on a kinship word.
	for end >= k && toks[end].is(arabicKin) {
		end--
	}
	return end
}

// persian reports whether a word uses letters only Persian writes.
func persian(rs []rune) bool {
	for _, r := range rs {
		switch r {
		case 'پ', 'چ', 'ژ', 'گ', 'ی', 'ک':
			return true
		}
	}
	return false
}

// ---------------------------------------------------------------- document-level typing

// propagate gives untyped mentions the type the document gives the same name elsewhere, and
// bare surnames the type of the full name they end ("Begli" after "Tawhid Ibrahim Begli").
func (w *doc) propagate(ms []cand) []cand {
	byText := map[string]dossier.EntityType{}
	surname := map[string]bool{}
	given := map[string]bool{}
	for _, c := range ms {
		if c.typ == dossier.Unknown || c.score < 0.5 {
			continue
		}
		f := foldRunes(w.rs[c.span.Start:c.span.End])
		if _, ok := byText[f]; !ok {
			byText[f] = c.typ
		}
		if c.typ == dossier.Person && c.words >= 2 {
			if i := strings.LastIndexByte(f, ' '); i >= 0 {
				surname[f[i+1:]] = true
				surname[stripArticle(f[i+1:])] = true // "al-Sadr" after "Muqtada al-Sadr"
			}
			if i := strings.IndexByte(f, ' '); i >= 0 {
				given[f[:i]] = true
			}
		}
	}
	out := ms[:0]
	for _, c := range ms {
		if c.typ == dossier.Unknown || c.rule == "acronym" || c.rule == "initial" {
			f := foldRunes(w.rs[c.span.Start:c.span.End])
			if t, ok := byText[f]; ok && t != c.typ {
				c.typ, c.rule, c.score = t, "same-name", max(c.score, 0.55)
			} else if c.words <= 2 && (surname[f] || surname[stripArticle(f)]) && c.typ == dossier.Unknown {
				c.typ, c.rule, c.score = dossier.Person, "surname-ref", 0.6
			} else if c.words == 1 && given[f] && c.rule == "initial" {
				c.typ, c.rule, c.score = dossier.Person, "given-name-ref", 0.45
			}
		}
		if c.rule == "initial" {
			continue // a sentence's first word that nothing else names
		}
		out = append(out, c)
	}
	return out
}

// stripArticle removes a leading Arabic article written in Latin script ("al-sadr" → "sadr").
func stripArticle(f string) string {
	if i := strings.IndexAny(f, "- "); i > 0 && i <= 3 && articleWords.has(f[:i]) {
		return f[i+1:]
	}
	return f
}

// ---------------------------------------------------------------- aliases

// aliasCues, between two mentions, make the second an alias of the first ("X, known as Y").
var aliasCues = words(`known_as also_known_as better_known_as also_called also_named aka a.k.a a.k.a.
	alias also formerly formerly_known_as otherwise_known_as or also_spelled also_written
	известный_как известная_как известное_как известные_как также_известный_как он_же она_же
	также_известная_как или المعروف_باسم المعروفة_باسم المعروف_ب المعروفة_ب ويعرف_باسم
	وتعرف_باسم المسمى المسماة او أو معروف_به موسوم_به یا همچنین ayrıca olarak_bilinen
	həmçinin`)

// reverseAliasCues, between two mentions, make the first an alias of the second
// ("Hüseynçilər kimi tanınan X").
var reverseAliasCues = words(`kimi_tanınan kimi_tanınır kimi_bilinən olarak_bilinen
	olarak_da_bilinen adı_ilə_tanınan adıyla_bilinen adıyla_tanınan`)

// cueBytes holds the first bytes of the ASCII alias cues.
var cueBytes = func() (t [256]bool) {
	for _, s := range []*set{aliasCues, reverseAliasCues} {
		for c := range s.m {
			t[c[0]] = true
		}
	}
	return t
}()

// linkAliases sets Alias on mentions declared alternates of a neighbour: parenthesised
// alternates "X (Y)", "X (also Y)", and cue phrases "X, known as Y", "X aka Y", "X, or Y,".
// The pair takes one type: the better-founded of the two.
func (w *doc) linkAliases(ms []cand) {
	rs := w.rs
	for y := 1; y < len(ms); y++ {
		x := y - 1
		between := rs[ms[x].span.End:ms[y].span.Start]
		if len(between) > 40 {
			continue
		}
		// The words between, lower-cased with punctuation as single spaces; most neighbours
		// are joined by ordinary words and are dropped here without allocating.
		paren, comma, ascii := false, false, true
		var buf [160]byte
		b := buf[:0]
		space, bad := true, false
		for _, r := range between {
			switch {
			case r == '(':
				paren = true
				r = ' '
			case r == ',' || r == '،':
				comma = true
				r = ' '
			case r == '\n' || r == ')':
				bad = true
			case strings.ContainsRune("“”\"«»'‘’:–—", r) || unicode.IsSpace(r):
				r = ' '
			}
			if bad {
				break
			}
			if r == ' ' {
				if !space {
					b = append(b, ' ')
				}
				space = true
				continue
			}
			space = false
			if r >= 0x80 {
				ascii = false
			} else if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = utf8.AppendRune(b, r)
		}
		if bad {
			continue
		}
		for len(b) > 0 && b[len(b)-1] == ' ' {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && !cueBytes[b[0]] && ascii {
			continue // no cue starts with that letter
		}
		cue := string(b)
		if !ascii {
			cue = normalize.Fold(cue)
		}
		fwd := false
		switch {
		case paren && (cue == "" || aliasCues.has(cue)):
			// Y must fill the parentheses.
			k := ms[y].span.End
			for k < len(rs) && rs[k] == ' ' {
				k++
			}
			fwd = k < len(rs) && rs[k] == ')'
		case !paren && cue == "or":
			fwd = comma && w.followedByComma(ms[y].span.End)
		case !paren && cue != "" && aliasCues.has(cue) && cue != "also" && cue != "или" && cue != "او" && cue != "أو" && cue != "یا":
			fwd = true
		case !paren && reverseAliasCues.has(cue):
			ms[x].alias = y
			syncTypes(&ms[y], &ms[x])
			continue
		}
		if !fwd {
			continue
		}
		// "X (ACR), also called Y": Y is another name of X, not of the acronym.
		if ms[x].alias >= 0 && ms[x].alias < x {
			x = ms[x].alias
		}
		ms[y].alias = x
		syncTypes(&ms[x], &ms[y])
	}
}

// followedByComma reports whether the text at i continues with a comma, closing the "X, or Y,"
// apposition.
func (w *doc) followedByComma(i int) bool {
	return i < len(w.rs) && (w.rs[i] == ',' || w.rs[i] == '،')
}

// syncTypes gives the alias y the type of its main name x, or x the type of y when only y's
// is known.
func syncTypes(x, y *cand) {
	switch {
	case x.typ == y.typ:
	case y.typ == dossier.Unknown || x.typ != dossier.Unknown && x.score >= y.score:
		y.typ = x.typ
	default:
		x.typ = y.typ
	}
}
