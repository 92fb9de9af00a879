package relate

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// rule is one pattern over the masked sentence. Its named groups are:
//
//	s, o   the subject and object of pred (placeholders of mentions)
//	t      a date placeholder: the literal of datePred, or else the relation's ValidFrom
//	pl     a Location placeholder: the object of placePred, or else Qualifiers.Place
//	n      a number (member counts): the literal object when pred has a number literal
//	hedge  "about", "around", "more than" before n (kept in Qualifiers.Quantity)
//	term   a prison term ("seven years") for Qualifiers.Term
//	role   a role noun ("commander") for Qualifiers.Role
//	neg    a negation before the verb: the stance becomes denies
//	adjN   free words before an argument; a match whose adjN holds a function word is dropped
type rule struct {
	name  string  // method is "pattern:" + name
	pred  string  // predicate of the vocabulary
	pat   string  // pattern in the macro language below
	keys  string  // "|"-separated substrings, one of which must occur for the rule to run
	conf  float64 // confidence of a plain match
	role  string  // fixed Role qualifier (a role group overrides it)
	lang  string  // "" for any language, else the ISO 639-1 code the rule is written for
	state bool    // a Location may stand for its state in an actor slot ("Iran backs X")
	// datePred and placePred turn the t and pl groups into relations of their own, about the
	// argument named by litOn ("s" or "o"): founding_date, founding_place, born_on.
	datePred, placePred, litOn string
	// agentFromPlace: with no subject, the place of the event stands for the acting state
	// ("X was arrested in Russia" → arrested(Russia, X)), at a lower confidence.
	agentFromPlace bool
	deny           bool // the pattern itself states a denial ("denied founding")
	hedge          bool // the pattern states an intention or a plan: the stance doubts
	// listHead: the subject closes a list opened by "such as" or "including" ("groups such as
	// A, B and C, which back X"); every organisation of the list is a subject.
	listHead bool
	// tailList: the subjects are the organisations listed after the match ("militias backed by
	// Iran, such as A, the Pakistani (B) and C"), up to the end of the clause.
	tailList bool
	// sponsorOf: the match names a sponsor of unnamed groups ("X has supported militias
	// across the region") and records it for the next segment; sponsored: the match lists
	// such groups ("Those militias, such as A, B and C") and backs them with the sponsor the
	// previous segment recorded.
	sponsorOf, sponsored bool

	re *regexp.Regexp
	// Most patterns start with an argument; they are compiled anchored (^) and tried only at
	// the placeholders whose type letter is in start, which keeps matching short.
	anchored bool
	start    string
	needs    int    // placeholders a match needs at least: 1 for literal rules, else 2
	startSet uint32 // bit per letter of start
	// secondSet: the letters the other argument may have; an anchored two-argument rule is
	// tried only where such a placeholder follows.
	secondSet uint32
	keyIDs    []int
	// An unanchored rule whose pattern opens with a required choice of plain words ("(?:attack|
	// strike|bombing) by ...") can only match where one of those words starts: lits are the
	// words and atRe the pattern anchored at its start, tried at those places only instead of
	// scanning the whole segment.
	lits  []string
	atRe  *regexp.Regexp
	group map[string][]int
	adjs  []int
	auxs  []int
}

// lastKey returns one past the last byte offset at which one of r's keys starts in s, 0 when
// none occurs, or len(s)+1 when r has no keys. Keys are shared by many rules, so each key's last
// offset is computed once per segment and remembered in memo (indexed by key ID: 0 not yet
// known, -1 absent, else offset+1). A rule anchored at a placeholder can only match from a
// placeholder before its last key.
func (r *rule) lastKey(s string, memo []int32, grams *gramSet) int {
	if len(r.keyIDs) == 0 {
		return len(s) + 1
	}
	best := 0
	for _, id := range r.keyIDs {
		v := memo[id]
		if v == 0 && !grams.mayContain(keyGrams[id]) {
			v = -1
			memo[id] = v
		}
		if v == 0 {
			v = int32(lastIndex(s, keyTable[id])) + 1
			if v == 0 {
				v = -1
			}
			memo[id] = v
		}
		if int(v) > best {
			best = int(v)
		}
	}
	return best
}

// keyTable holds the distinct keys of all rules; keyIndex maps a key to its ID; keyGrams the
// hashed byte trigrams of each key (see gramSet).
var (
	keyTable []string
	keyIndex = map[string]int{}
	keyGrams [][]uint32
)

// gramSet is a 4096-bit set of hashed byte trigrams of a segment. A key whose trigrams are not
// all in the set does not occur in the segment, which spares most substring searches.
type gramSet [64]uint64

func gramHash(a, b, c byte) uint32 {
	h := (uint32(a) | uint32(b)<<8 | uint32(c)<<16) * 2654435761
	return h >> 20
}

func (g *gramSet) fill(s string) {
	*g = gramSet{}
	for i := 0; i+2 < len(s); i++ {
		h := gramHash(s[i], s[i+1], s[i+2])
		g[h>>6] |= 1 << (h & 63)
	}
}

func (g *gramSet) mayContain(hs []uint32) bool {
	for _, h := range hs {
		if g[h>>6]&(1<<(h&63)) == 0 {
			return false
		}
	}
	return true
}

func grams(k string) []uint32 {
	var out []uint32
	for i := 0; i+2 < len(k); i++ {
		out = append(out, gramHash(k[i], k[i+1], k[i+2]))
	}
	return out
}

// macros of the pattern language. Placeholder classes are written {S:po}, {O:l}, {M:p}: S and O
// capture the subject and object, M matches a mention without capturing; the letters are type
// codes (p Person, o Organization, l Location, e Event, c Channel, d Document, t Position,
// u Unknown).
var macros = map[string]string{
	"{T}":  `(?P<t>\x{E003}\d+\x{E004})`,
	"{T_}": `(?:\x{E003}\d+\x{E004})`,
	// A country named by its demonym before an organisation: "the Saudi Al-Arabiya".
	"{DEM}": `(?P<o>\x{E000}l\d+\x{E005})`,
	// A place, possibly after a demonym and a place noun: "in the Iranian city of Qom" is Qom.
	"{PL}":    `{dcity}(?P<pl>\x{E000}l\d+[\x{E001}\x{E002}])`,
	"{dcity}": `(?:\x{E000}l\d+\x{E005} (?:[a-z\-]+ )?(?:city|town|village|province|region|district|port|capital) of )?`,
	// An article, a named possessor ("met with Iran's supreme leader X"), a demonym standing for
	// a country named elsewhere ("the Iranian Quds Force"), an organisation's title ("by the late
	// Qods Force commander X") and an opening quote.
	"{det}": `(?:the |a |an )?(?:\x{E000}[lo]\d+\x{E001}'s? )?(?:\x{E000}l\d+\x{E005} )?(?:(?:late |former |then |deputy )?\x{E000}o\d+[\x{E001}\x{E002}] (?:[a-z\-]+ )?(?:commander|leader|chief|head|founder|spokesman|deputy) )?"?`,
	// An appositive between a name and its verb: ", a little-known cleric from X,".
	"{app}": `(?:,[^,;]+?,|, (?:which|who|that))?`,
	// {appw} is {app} where a relative pronoun may also close an apposition that names no other
	// person: "X, Y's founder, who is ...", "X, the former commander of Y who was killed ...".
	// It is kept out of {app} because the longer program would push many rules past the size at
	// which Go's regexp leaves its fast backtracker.
	"{appw}": `(?:,[^,;]+?,|, (?:which|who|that)|,(?:[^,;\x{E000}]|\x{E000}[olectdu])+?, (?:who|which|that)|, (?:the|a|an) (?:[^,;\x{E000}]|\x{E000}[olectdu])+? who)?`,
	// A free clause or parenthetical between subject and verb is not allowed; auxiliaries and
	// adverbs are.
	// {aux} is expanded in compile: free words checked against auxWords.
	"{neg}":  `(?P<neg>(?:did not|didn't|does not|doesn't|do not|don't|never|not|has not|hasn't|had not|hadn't|was not|wasn't|were not|weren't|is not|isn't|no longer) )?`,
	"{poss}": `(?:'s|')`,
	// A case ending the mention left out: "Hüseynçilər'in", "Ираном".
	"{sfx}": `(?:'?\p{L}{1,6})?`,
	// "Y members met with X": what a group's members do is reported of the group.
	"{grp}":   `(?:(?:'s?)? (?:members|fighters|militants|leaders|commanders|delegation|officials|representatives|operatives|troops|forces|recruits|volunteers))?`,
	"{num}":   `(?P<n>` + numPat + `)`,
	"{hedge}": `(?P<hedge>(?:about|around|approximately|roughly|nearly|almost|some|an estimated|estimated|up to|at least|more than|over|fewer than|less than|under|as many as|only|just|close to|a mere|no more than|no fewer than) )?`,
	"{term}":  `(?P<term>(?:` + numPat + `)[ -](?:years?|months?|weeks?|days?)(?: and (?:` + numPat + `)[ -](?:months?|weeks?|days?))?|life(?: imprisonment| in prison)?|death)`,
	// Leader nouns of "X, the leader of Y".
	"{leadrole}": `(?P<role>leader|head|chief|commander|commander-in-chief|secretary-general|secretary general|general secretary|emir|amir|chairman|chairwoman|chairperson|director|president|founder and leader|founder-leader|supreme leader|spiritual leader|military commander|field commander|ringleader)`,
	// Member nouns of "X, a member of Y".
	"{memrole}": `(?P<role>member|fighter|militant|operative|activist|official|cleric|ideologue|spokesman|spokesperson|recruiter|commander|field commander|senior commander|supporter|follower|soldier|volunteer|officer|agent|recruit|senior member|senior official|leading member|founding member)`,
}

// numPat matches a cardinal written in digits or English words.
const numPat = `\d{1,3}(?:,\d{3})+|\d+|(?:a |one |several |a few )?(?:` + numWord + `|hundred|thousand|dozen)(?:[ -](?:` + numWord + `|hundred|thousand|and))*`

const numWord = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety`

var leftover = regexp.MustCompile(`\{(?:[a-z]+|T_?|PL|DEM|[SOM]:[a-z]+)\}`)

var groupRe = regexp.MustCompile(`\(\?P<([a-z]+)>`)

var phRe = regexp.MustCompile(`\{([SOM]):([a-z]+)\}`)

// compile expands the macros of r.pat and compiles it.
func (r *rule) compile() error {
	p := r.pat
	if strings.HasPrefix(p, "{DEM}") {
		r.anchored, r.start, r.startSet = true, "l", letterBit('l')
	} else if m := phRe.FindStringSubmatchIndex(p); m != nil && m[0] == 0 && p[1] != 'M' {
		r.anchored = true
		r.start = p[m[4]:m[5]]
		if strings.Contains(r.start, "o") {
			r.start += "u"
		}
		if strings.Contains(r.start, "p") {
			r.start += "t" // a title may precede a person
		}
		for i := 0; i < len(r.start); i++ {
			r.startSet |= letterBit(r.start[i])
		}
		other := "{O:"
		if p[1] == 'O' {
			other = "{S:"
		}
		if i := strings.Index(p, other); i >= 0 {
			if j := strings.IndexByte(p[i:], '}'); j > 0 {
				for _, c := range []byte(p[i+3 : i+j]) {
					r.secondSet |= letterBit(c)
					if c == 'o' {
						r.secondSet |= letterBit('u')
					}
				}
			}
		}
	}
	p = phRe.ReplaceAllStringFunc(p, func(m string) string {
		sub := phRe.FindStringSubmatch(m)
		letters := sub[2]
		if strings.Contains(letters, "o") && !strings.Contains(letters, "u") {
			letters += "u" // a name the recogniser could not type may be an organisation
		}
		body := `\x{E000}[` + letters + `]\d+[\x{E001}\x{E002}\x{E005}]`
		// A person's title may precede the name as a Position mention ("Supreme Leader X").
		title := ""
		if strings.Contains(sub[2], "p") {
			title = `(?:\x{E000}t\d+\x{E001} )?`
		}
		switch sub[1] {
		case "S":
			return title + `(?P<s>` + body + `)"?`
		case "O":
			return `"?` + title + `(?P<o>` + body + `)"?` // quoted: the so-called "Y"
		}
		return `(?:` + body + `)`
	})
	// {aux}: auxiliaries and adverbs between a subject and its verb, checked in apply against
	// auxWords (a word list here would make every program ten times larger).
	na := 0
	for strings.Contains(p, "{aux}") {
		na++
		p = strings.Replace(p, "{aux}", fmt.Sprintf(`(?P<aux%d>(?:[a-z']+ ){0,6}?)`, na), 1)
	}
	// {adj}: up to three free words, each numbered so that apply can check them.
	n := 0
	for strings.Contains(p, "{adj}") {
		n++
		p = strings.Replace(p, "{adj}", fmt.Sprintf(`(?P<adj%d>(?:[\p{L}\d'"\-.]+ ){0,3}?)`, n), 1)
	}
	// {PL} holds {dcity}: expand it first, then the rest (map order is random).
	p = strings.ReplaceAll(p, "{PL}", macros["{PL}"])
	for k, v := range macros {
		p = strings.ReplaceAll(p, k, v)
	}
	if leftover.MatchString(p) {
		return fmt.Errorf("rule %s: unknown macro in %q", r.name, p)
	}
	// A group may occur in several alternatives ("by X" before or after the date); RE2 wants
	// distinct names, so later occurrences become name_2, name_3 and apply takes the first set.
	count := map[string]int{}
	p = groupRe.ReplaceAllStringFunc(p, func(m string) string {
		name := groupRe.FindStringSubmatch(m)[1]
		count[name]++
		if count[name] > 1 {
			return fmt.Sprintf("(?P<%s_%d>", name, count[name])
		}
		return m
	})
	if r.anchored {
		p = "^(?:" + p + ")"
	} else if lits := leadingWords(p); lits != nil {
		at, err := regexp.Compile("^(?:" + p + ")")
		if err != nil {
			return fmt.Errorf("rule %s: %w", r.name, err)
		}
		r.lits, r.atRe = lits, at
	}
	r.needs = 2
	if r.tailList || r.sponsorOf {
		r.needs = 1
	}
	if r.sponsored {
		r.needs = 1
	}
	if r.datePred != "" || r.agentFromPlace || r.pred == "member_count" {
		r.needs = 1
	}
	re, err := regexp.Compile(p)
	if err != nil {
		return fmt.Errorf("rule %s: %w", r.name, err)
	}
	r.re = re
	r.group = map[string][]int{}
	for i, name := range re.SubexpNames() {
		if name == "" {
			continue
		}
		if strings.HasPrefix(name, "adj") {
			r.adjs = append(r.adjs, i)
			continue
		}
		if strings.HasPrefix(name, "aux") {
			r.auxs = append(r.auxs, i)
			continue
		}
		if j := strings.IndexByte(name, '_'); j > 0 {
			name = name[:j]
		}
		r.group[name] = append(r.group[name], i)
	}
	if r.keys != "" {
		for _, k := range strings.Split(r.keys, "|") {
			id, ok := keyIndex[k]
			if !ok {
				id = len(keyTable)
				keyIndex[k] = id
				keyTable = append(keyTable, k)
				keyGrams = append(keyGrams, grams(k))
			}
			r.keyIDs = append(r.keyIDs, id)
		}
	}
	if r.conf == 0 {
		r.conf = 0.8
	}
	return nil
}

// leadingWords returns the words of the choice a pattern must open with, "(?:w1|w2|...)" not
// followed by a repetition, each a plain literal (letters, spaces, hyphens, apostrophes), or nil
// when the pattern does not open so.
func leadingWords(p string) []string {
	if !strings.HasPrefix(p, "(?:") {
		return nil
	}
	end := strings.IndexByte(p, ')')
	if end < 0 || end+1 < len(p) && strings.IndexByte("?*+{", p[end+1]) >= 0 {
		return nil
	}
	words := strings.Split(p[3:end], "|")
	for _, w := range words {
		if w == "" {
			return nil
		}
		for _, c := range w {
			if !(c >= 'a' && c <= 'z' || c == ' ' || c == '-' || c == '\'') {
				return nil
			}
		}
	}
	return words
}

// findFrom returns the leftmost match of r in s at or after off, with its submatches (offsets
// into s), as r.re.FindStringSubmatchIndex(s[off:]) would, and the number of regexp runs it
// took. starts holds the sorted offsets in s where one of r.lits starts (r.lits non-nil).
func (r *rule) findFrom(s string, off int, starts []int) ([]int, int) {
	runs := 0
	for _, c := range starts {
		if c < off {
			continue
		}
		runs++
		if loc := r.atRe.FindStringSubmatchIndex(s[c:]); loc != nil {
			for k := range loc {
				if loc[k] >= 0 {
					loc[k] += c
				}
			}
			return loc, runs
		}
	}
	return nil, runs
}

// litStarts appends to dst the sorted, distinct offsets in s at which one of lits starts.
func litStarts(dst []int, s string, lits []string) []int {
	dst = dst[:0]
	for _, w := range lits {
		for i := 0; ; {
			j := strings.Index(s[i:], w)
			if j < 0 {
				break
			}
			dst = append(dst, i+j)
			i += j + 1
		}
	}
	slices.Sort(dst)
	return slices.Compact(dst)
}

var (
	compileOnce sync.Once
	compiledSet []*rule
)

// compiled returns the rule table, compiled once per process. A rule that does not compile is a
// programming error caught by the tests.
func compiled() []*rule {
	compileOnce.Do(func() {
		for _, set := range [][]rule{englishRules, recallRules, phenomenaRules, otherRules} {
			for i := range set {
				r := set[i]
				if err := r.compile(); err != nil {
					panic(err)
				}
				compiledSet = append(compiledSet, &r)
			}
		}
	})
	return compiledSet
}

// stopWords may not appear among the free words before an argument: they signal that the
// argument belongs to another clause ("founded by X" is not "founded X").
var stopWords = map[string]bool{
	"by": true, "in": true, "of": true, "on": true, "at": true, "to": true, "from": true,
	"with": true, "and": true, "or": true, "for": true, "as": true, "was": true, "were": true,
	"is": true, "are": true, "that": true, "which": true, "who": true, "not": true,
	"against": true, "into": true, "after": true, "before": true, "during": true, "but": true,
	"than": true, "when": true, "where": true, "while": true, "under": true, "near": true,
	"had": true, "has": true, "have": true, "been": true, "be": true, "said": true,
	"because": true, "if": true, "about": true, "between": true, "among": true, "through": true,
	"over": true, "since": true, "until": true, "via": true, "its": true, "their": true,
	"his": true, "her": true, "it": true, "they": true, "he": true, "she": true,
}

// auxWords may stand between a subject and its verb ("was the one who launched", "is said to
// have founded", "had reportedly led").
var auxWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`has have had was were is are been be being reportedly allegedly
		also himself herself itself themselves then later first jointly personally subsequently
		eventually recently once who which that the one ones said believed thought reported to
		may might could would will previously officially formally secretly openly in fact actually
		soon quickly already now currently still again apparently probably possibly reputedly
		supposedly indeed further briefly effectively even long`) {
		auxWords[w] = true
	}
}

func auxOK(s string) bool {
	for _, w := range strings.Fields(s) {
		if !auxWords[w] {
			return false
		}
	}
	return true
}

// adjOK reports whether the free words captured in group span [a,b) of s are all non-stop words.
func adjOK(s string) bool {
	for _, w := range strings.Fields(s) {
		if stopWords[strings.Trim(w, `'".-`)] {
			return false
		}
	}
	return true
}

// parseNumber reads a cardinal matched by numPat.
func parseNumber(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if c := s[0]; c >= '0' && c <= '9' {
		v, err := strconv.Atoi(strings.ReplaceAll(s, ",", ""))
		return v, err == nil && v >= 0
	}
	total, cur := 0, 0
	seen := false
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		switch w {
		case "a", "and":
			if w == "a" {
				cur = max(cur, 1)
			}
			continue
		case "several":
			cur = 3
			continue
		case "few":
			cur = 3
			continue
		case "dozen":
			cur = max(cur, 1) * 12
		case "hundred":
			cur = max(cur, 1) * 100
		case "thousand":
			total += max(cur, 1) * 1000
			cur = 0
		default:
			v, ok := wordValues[w]
			if !ok {
				return 0, false
			}
			cur += v
		}
		seen = true
	}
	return total + cur, seen
}

var wordValues = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// foreignUnits maps the units of prison terms in Azerbaijani, Turkish and Russian to English.
var foreignUnits = map[string]string{
	"il": "years", "yıl": "years", "ay": "months", "gün": "days", "həftə": "weeks", "hafta": "weeks",
	"годам": "years", "года": "years", "лет": "years", "году": "years", "месяцам": "months",
	"месяцев": "months", "суткам": "days", "суток": "days",
}

var foreignNumbers = map[string]int{
	"bir": 1, "iki": 2, "üç": 3, "dörd": 4, "dört": 4, "beş": 5, "altı": 6, "yeddi": 7, "yedi": 7,
	"səkkiz": 8, "sekiz": 8, "doqquz": 9, "dokuz": 9, "on": 10,
}

// normTerm writes a prison term with digits and English units: "seven years" → "7 years",
// "15-year" → "15 years", "7 il" → "7 years", "5 лет" → "5 years".
func normTerm(s string) string {
	s = strings.TrimSpace(s)
	if num, unit, ok := strings.Cut(s, " "); ok {
		if u, ok := foreignUnits[unit]; ok {
			v, err := strconv.Atoi(num)
			if err != nil {
				v = foreignNumbers[num]
			}
			if v > 0 {
				if v == 1 {
					u = strings.TrimSuffix(u, "s")
				}
				return strconv.Itoa(v) + " " + u
			}
		}
	}
	if strings.HasPrefix(s, "life") || s == "death" {
		return s
	}
	var out []string
	for _, part := range strings.Split(s, " and ") {
		part = strings.TrimSpace(part)
		i := strings.LastIndexAny(part, " -")
		if i < 0 {
			out = append(out, part)
			continue
		}
		num, unit := part[:i], part[i+1:]
		if v, ok := parseNumber(num); ok {
			if v != 1 && !strings.HasSuffix(unit, "s") {
				unit += "s"
			}
			if v == 1 {
				unit = strings.TrimSuffix(unit, "s")
			}
			out = append(out, strconv.Itoa(v)+" "+unit)
		} else {
			out = append(out, part)
		}
	}
	return strings.Join(out, " and ")
}

// letterBit is the bit of a placeholder's type letter in a set of letters.
func letterBit(c byte) uint32 {
	if c < 'a' || c > 'z' {
		return 0
	}
	return 1 << (c - 'a')
}

// lastIndex is strings.LastIndex through repeated strings.Index, which is much faster on the
// short keys and few occurrences of a sentence.
func lastIndex(s, key string) int {
	last := -1
	for off := 0; off <= len(s); {
		i := strings.Index(s[off:], key)
		if i < 0 {
			break
		}
		last = off + i
		off = last + 1
	}
	return last
}
