package names

import (
	"strings"
)

// maxTokens bounds the tokens of a name that take part in scoring; longer names are compared on
// their first maxTokens tokens (and on their whole comparable form for identity).
const maxTokens = 12

// unit is one token of a prepared name, or two or three adjacent tokens joined ("Ibrahim Begli"
// as "ibrahimbegli").
type unit struct {
	comp        string // comparable form
	single      string // an abjad phonetic form with doubled consonants made single, if different
	alt         string // phonetic form without a written-on Arabic article ("الهام": Ilham or al-ham)
	phon        string // phonetic form
	stem        string // phonetic form without a surname or group ending, or ""
	w           float32
	variant     uint16 // variant group, 0 for none
	stemVariant uint16 // variant group of stem (Əhmədov: Ahmad)
	mask        uint32 // set of consonant letters in phon, a cheap filter
	role        uint8
	affix       uint8 // surname ending class of stem (affixNone if stem is a group stem)
	first       uint8 // index of the first and last single token covered
	last        uint8
	cons        uint8 // consonants in phon
	abjad       bool
	group       bool   // stem is a group-name stem (-iyun, -çilər ...)
	cyr         bool   // written in Cyrillic: Russian case endings apply (see declined)
	decl        string // for a Cyrillic word, phon without a case ending, or ""
}

// Prepared is a name made ready for scoring: tokens, phonetic forms, roles, weights and joined
// tokens. Prepare it once per name and score it against many; a Prepared is immutable and safe
// for concurrent use.
type Prepared struct {
	text  string
	comp  string
	kind  Kind
	units []unit // singles first, then joins
	n     int    // number of singles
	total float32
	acro  string // initials of the core tokens, for organisations
}

// Text returns the name as given to Prepare.
func (p *Prepared) Text() string { return p.text }

// Kind returns the kind given to Prepare.
func (p *Prepared) Kind() Kind { return p.kind }

// Comparable returns the comparable form of the name (see Comparable).
func (p *Prepared) Comparable() string { return p.comp }

type word struct {
	comp  string
	abjad bool
	src   string // the word as written, for abjad words
	cyr   bool
}

// Prepare precomputes what scoring needs for a name of the given kind.
func Prepare(name string, kind Kind) *Prepared {
	p := &Prepared{text: name, kind: kind}
	var wbuf [maxTokens + 4]word
	words := wbuf[:0]
	ar := &arena{b: make([]byte, 0, 4*len(name)+64)}
	compStart := len(ar.b)
	tk := turkicText(name)
	for i := 0; ; {
		start, end := nextWord(name, i)
		if start < 0 {
			break
		}
		i = end
		src := name[start:end]
		mark := len(ar.b)
		if mark > compStart {
			ar.b = append(ar.b, ' ')
		}
		ws := len(ar.b)
		ab := false
		if ascii := !tk && isASCII(src); ascii {
			for j := 0; j < len(src); j++ { // the common case, straight into the arena
				switch c := src[j]; {
				case c >= 'A' && c <= 'Z':
					ar.b = append(ar.b, c+'a'-'A')
				case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
					ar.b = append(ar.b, c)
				}
			}
		} else {
			var t string
			t, ab = translitWord(src, tk)
			ar.b = append(ar.b, t...)
		}
		if len(ar.b) == ws {
			ar.b = ar.b[:mark]
			continue
		}
		t := ar.str(ws)
		if strings.IndexByte(t, ' ') >= 0 { // a Hangul name split in two
			for _, f := range strings.Fields(t) {
				if len(words) < maxTokens {
					words = append(words, word{f, ab, "", false})
				}
			}
			continue
		}
		if len(words) < maxTokens {
			words = append(words, word{t, ab, src, !ab && isCyrillic(src)})
		}
	}
	p.comp = ar.str(compStart)
	if kind != KindPerson {
		words = mergeLetters(words)
	}
	words = mergeAbd(ar, words)
	p.units = make([]unit, 0, 2*len(words)+2)
	for i, w := range words {
		role := roleOf(w, kind)
		if role == roleTitle {
			continue
		}
		comp := w.comp
		if kind == KindPerson && role == roleCore {
			if isPatronymic(comp) || i+1 < len(words) && isPatronymicMarker(words[i+1].comp) {
				role = rolePatronymic
			}
		}
		ph := ""
		if w.abjad && w.src != "" {
			ph = phoneticArabic(w.src)
		} else {
			ph = ar.phonetic(comp)
		}
		u := makeUnit(ar, comp, ph, w.abjad, role, kind)
		if w.cyr {
			u.cyr, u.decl = true, declStem(ph)
		}
		if w.abjad && role == roleCore && len(ph) > 4 && strings.HasPrefix(ph, "al") && !strings.HasPrefix(ph, "alah") {
			// The Arabic article is written onto the word; whether "ال" is the article
			// (الأسد, al-Assad) or part of the name (الهام, Ilham) the script does not say.
			u.alt = ph[2:]
		}
		u.first, u.last = uint8(len(p.units)), uint8(len(p.units))
		p.units = append(p.units, u)
		p.total += u.w
	}
	p.n = len(p.units)
	// Joined units: adjacent pairs, and triples around a particle ("abd al rahman").
	for i := 0; i+1 < p.n; i++ {
		a, b := &p.units[i], &p.units[i+1]
		if a.role != roleCore && a.role != roleParticle || b.role != roleCore {
			continue
		}
		p.units = append(p.units, joinUnits(ar, p.units[i:i+2], kind))
	}
	for i := 0; i+2 < p.n; i++ {
		if p.units[i].role == roleCore && p.units[i+1].role == roleParticle && p.units[i+2].role == roleCore {
			p.units = append(p.units, joinUnits(ar, p.units[i:i+3], kind))
		}
	}
	if kind != KindPerson && p.n >= 2 {
		var ab strings.Builder
		for _, u := range p.units[:p.n] {
			if (u.role == roleCore || u.role == roleClass || u.role == roleHead || u.role == roleGeo) && !u.abjad {
				ab.WriteByte(u.comp[0])
			}
		}
		p.acro = ab.String()
	}
	return p
}

func roleOf(w word, kind Kind) uint8 {
	r, ok := roleWords[w.comp]
	if !ok {
		return roleCore
	}
	switch kind {
	case KindPerson:
		switch r {
		case roleGeo, roleLegal, roleClass, roleHead:
			return roleCore
		case roleStop:
			return roleParticle
		}
	case KindOrganization:
		if r == roleTitle {
			return roleParticle
		}
	default:
		switch r {
		case roleTitle:
			return roleParticle
		case roleHead:
			return roleCore
		}
	}
	return r
}

// isPatronymic reports a Russian-style patronymic (Vladimirovich, Ivanovna, Ilyich).
func isPatronymic(comp string) bool {
	if len(comp) < 7 {
		return false
	}
	for _, end := range [...]string{"ovich", "evich", "ovna", "evna", "ichna", "yich", "ich"} {
		if strings.HasSuffix(comp, end) {
			return true
		}
	}
	return false
}

// isPatronymicMarker reports the Azerbaijani and Turkic words that follow a father's name.
func isPatronymicMarker(comp string) bool {
	switch comp {
	case "oglu", "ogly", "ogli", "qizi", "kyzy", "gizi", "uulu":
		return true
	}
	return false
}

func makeUnit(ar *arena, comp, ph string, abjad bool, role uint8, kind Kind) unit {
	u := unit{comp: comp, phon: ph, role: role, abjad: abjad}
	if abjad {
		for i := 1; i < len(ph); i++ {
			if ph[i] == ph[i-1] {
				start := len(ar.b)
				for j := 0; j < len(ph); j++ {
					if len(ar.b) == start || ar.b[len(ar.b)-1] != ph[j] {
						ar.b = append(ar.b, ph[j])
					}
				}
				u.single = ar.str(start)
				break
			}
		}
	}
	u.variant = variantOf[ph]
	u.cons, u.mask = phonStats(ph)
	n := len(ph)
	if n > 8 {
		n = 8
	}
	switch role {
	case roleCore, roleHead:
		u.w = 0.6 + 0.075*float32(n)
		if len(comp) == 1 {
			u.w = 0.3 // an initial
		}
	case roleParticle, roleStop:
		u.w = 0.1
	case rolePatronymic, roleGeo:
		u.w = 0.35
	case roleLegal:
		u.w = 0.15
	case roleClass:
		u.w = 0.3
	}
	if role != roleCore || u.variant != 0 {
		return u
	}
	if kind != KindPerson {
		for _, e := range groupEndings {
			if len(ph) >= len(e)+3 && strings.HasSuffix(ph, e) {
				u.stem, u.group = ph[:len(ph)-len(e)], true
				return u
			}
		}
	}
	if kind != KindOrganization {
		if abjad {
			// Persian and Arabic write Russian -ov/-ev as -of/-af (علی‌اف, Aliyev).
			for _, e := range [...]string{"iaf", "iuf", "af", "uf", "if"} {
				if len(ph) >= len(e)+2 && strings.HasSuffix(ph, e) {
					u.stem, u.affix = ph[:len(ph)-len(e)], affixOv
					u.stemVariant = variantOf[u.stem]
					return u
				}
			}
		}
		for _, e := range surnameEndings {
			if len(ph) >= len(e.end)+2 && strings.HasSuffix(ph, e.end) {
				u.stem, u.affix = ph[:len(ph)-len(e.end)], e.class
				u.stemVariant = variantOf[u.stem]
				return u
			}
		}
	}
	return u
}

func joinUnits(ar *arena, us []unit, kind Kind) unit {
	start := len(ar.b)
	abjad := false
	var w float32
	for _, u := range us {
		ar.b = append(ar.b, u.comp...)
		abjad = abjad || u.abjad
		w += u.w
	}
	comp := ar.str(start)
	ph := ""
	if abjad {
		ps := len(ar.b)
		for _, u := range us {
			ar.b = append(ar.b, u.phon...)
		}
		ph = ar.str(ps)
	} else {
		ph = ar.phonetic(comp)
	}
	u := makeUnit(ar, comp, ph, abjad, roleCore, kind)
	u.w = w
	for _, x := range us {
		u.cyr = u.cyr || x.cyr
	}
	u.first, u.last = us[0].first, us[len(us)-1].last
	return u
}

// phonStats returns the consonant count (v excluded) and the consonant letter set of a phonetic form.
func phonStats(ph string) (cons uint8, mask uint32) {
	for i := 0; i < len(ph); i++ {
		c := ph[i]
		if !isVowel(c) && c != 'v' {
			cons++
			mask |= 1 << (keyClass(c) & 31)
		}
	}
	return
}

// mergeLetters joins runs of one-letter words, which dotted abbreviations leave ("S.A.",
// "L.L.C.", "U.S."), into one word.
func mergeLetters(ws []word) []word {
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if len(w.comp) == 1 && !w.abjad {
			j := i
			for j+1 < len(ws) && len(ws[j+1].comp) == 1 && !ws[j+1].abjad {
				j++
			}
			if j > i {
				var b strings.Builder
				for _, x := range ws[i : j+1] {
					b.WriteString(x.comp)
				}
				w = word{comp: b.String()}
				i = j
			}
		}
		out = append(out, w)
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// mergeAbd joins Arabic compound names made with Abd ("servant of") into one word, however the
// source spaces them: "Abd al-Aziz", "Abdul Aziz", "Abdulaziz" and "عبد العزيز" are each one
// name, and scripts differ on where the article goes ("Abdel Fattah", "عبد الفتاح").
func mergeAbd(ar *arena, ws []word) []word {
	out := ws[:0]
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if isAbd(w.comp) && i+1 < len(ws) {
			j := i + 1
			if _, art := articles[ws[j].comp]; art && j+1 < len(ws) {
				j++
			}
			start := len(ar.b)
			abjad, src := w.abjad, ""
			for _, x := range ws[i : j+1] {
				ar.b = append(ar.b, x.comp...)
				abjad = abjad || x.abjad
				src += x.src
			}
			if !abjad {
				src = ""
			}
			out = append(out, word{comp: ar.str(start), abjad: abjad, src: src})
			i = j
			continue
		}
		out = append(out, w)
	}
	return out
}

func isAbd(comp string) bool {
	switch comp {
	case "abd", "abdel", "abdul", "abdol", "abdal", "abdil", "abdu", "abdur", "abdar", "abdos", "abdus":
		return true
	}
	return false
}

// articles are the spellings of the Arabic article as a word of its own.
var articles = map[string]struct{}{"al": {}, "el": {}, "ul": {}, "ol": {}, "ar": {}, "ad": {}, "as": {}, "ash": {}, "at": {}, "az": {}, "an": {}, "ur": {}, "ud": {}, "us": {}}
