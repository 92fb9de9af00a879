package attrib

import (
	"strings"

	"github.com/dossier-osint/dossier/normalize"
)

// foldWord is the matching form of a word (normalize.Fold: lower case, no diacritics).
func foldWord(s string) string { return normalize.Fold(s) }

// set builds a set of folded words (or phrases) from a comma-separated list.
func set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(list, ",") {
		if w = strings.TrimSpace(w); w != "" {
			m[strings.Join(strings.Fields(foldWord(w)), " ")] = true
		}
	}
	return m
}

var (
	// English speech verbs after their subject.
	enSaid = set("said,says,say,reported,reports,report,stated,states,claimed,claims,claim,added,adds,noted,notes,wrote,writes," +
		"told,tells,confirmed,confirms,confirm,revealed,reveals,alleged,alleges,announced,announces,asserted,insisted,suggested,suggests,suggest," +
		"indicated,indicates,indicate,explained,argued,argues,warned,disclosed,acknowledged,admitted,quoted,assured,hinted,described,describes,accused,accuses")
	// Verbs that can introduce quoted or reported speech inverted: "said the report".
	enInverted = set("said,says,reported,stated,added,noted,wrote,claimed,told")
	enComp     = set("that")
	// Words that end a subject when walking back from a verb.
	// Noun-or-verb forms that count as speech verbs only before "that" or a colon.
	enAmbiguous = set("report,reports,claim,claims,states,notes,say,announced,announces,revealed,reveals,indicated,indicates,indicate," +
		"warned,explained,argued,argues,acknowledged,admitted,disclosed,added,adds,wrote,writes,assured,hinted")
	// Forms that are also nouns, and the words that show them to be nouns: "the official claim".
	enNounForm   = set("report,reports,claim,claims,say,notes,states")
	enNounBefore = set("the,a,an,this,that,its,his,her,their,our,official,same,latest,new,earlier,previous,first,second,initial")
	enDeterminer = set("a,an,this,its,his,her,their,our")
	enBackStop   = set("by,that,which,who,whom,whose,and,but,or,while,when,as,if,because,although,however,after,before,since,so,then,where,what,whether,is,was,are,were,has,have,had,to,be,been,said,says,reported")
	// Words that end a source when walking forward.
	enFwdStop = set("that,as,who,which,when,while,because,since,after,before,on,at,said,says,reported,reports,published,has,have,had,is,was,were,are,citing,according,quoted,for,to,whose,in")
	// Adverbs and auxiliaries between a subject and its verb: "has also confirmed".
	skipBefore = set("has,have,had,also,reportedly,previously,later,then,further,already,recently,once,again,publicly,officially,allegedly,repeatedly,earlier")
	// Words trimmed from the front of a subject or source.
	leadTrim = set("in,on,at,for,with,by,from,during,yesterday,today,then,later,but,and,meanwhile,however,also,moreover,furthermore,besides,thus,so,still,now,of,to,what,according")
	// Words that make a plausible source.
	sourceNouns = set("source,sources,official,officials,report,reports,media,website,websites,site,sites,agency,newspaper,paper,ministry,police,spokesman,spokesperson,spokeswoman," +
		"analyst,analysts,expert,experts,witness,witnesses,resident,residents,article,study,statement,channel,outlet,outlets,pages,government,prosecutor,prosecutors,authorities," +
		"cleric,general,minister,president,ambassador,mayor,judge,lawyer,activist,member,members,founder,fighter,fighters,researcher,scholar," +
		"army,military,service,services,journalist,journalists,correspondent,diplomat,diplomats,commander,leader,group,embassy,press,outlet,blog,account,accounts,news," +
		"mənbə,mənbələr,mənbələri,qəzet,qəzeti,sayt,saytı,agentlik,agentliyi,nazirlik,nazirliyi,kaynak,kaynaklar,kaynakları,gazete,gazetesi,ajans,ajansı,bakanlık,bakanlığı")
	pronouns = set("he,she,they,it,we,i,o,onlar,он,она,они,оно")
	// Generic references to a report, resolved to the most recent named report.
	genericReports = set("the report,this report,that report,the same report,the article,this article,the study,the document,the paper,the investigation," +
		"the al-arabiya report,отчет,доклад,этот доклад,hesabat,rapor,raporda,گزارش,التقرير")
	monthNames = set("january,february,march,april,may,june,july,august,september,october,november,december,jan,feb,mar,apr,jun,jul,aug,sep,sept,oct,nov,dec")
	// Azerbaijani and Turkish case endings after a hyphen or apostrophe.
	turkicEndings = set("nın,nin,nun,nün,ın,in,un,ün,a,e,ya,ye,na,nə,ə,yə,da,de,də,ta,te,dan,den,dən,tan,ten,ın,ı,i,u,ü,yı,yi,nı,ni")
)

func isFunction(w string) bool {
	switch w {
	case "the", "a", "an", "of", "in", "and", "or", "to", "on", "at", "by", "for", "with", "from", "its", "his", "her", "their":
		return true
	}
	return false
}

func isGenericReport(src string) bool { return genericReports[src] }

func isAnonymousSources(src string) bool {
	for _, w := range strings.Fields(src) {
		switch {
		case w == "sources" || w == "source",
			strings.HasPrefix(w, "menbe"), strings.HasPrefix(w, "kaynak"), strings.HasPrefix(w, "источник"),
			strings.HasPrefix(w, "منابع"), strings.HasPrefix(w, "مصادر"), strings.HasPrefix(w, "المصادر"):
			return true
		}
	}
	return false
}

// english finds the English cues at token i.
func (s *sent) english(i int) {
	ts := s.ts
	w := ts[i].f
	switch {
	case w == "according" && s.w(i+1) == "to":
		j := i + 2
		if s.w(j) == "what" {
			// "according to what websites and news pages reported"
			for v := j + 1; v < len(ts) && v <= j+10; v++ {
				if ts[v].word && enSaid[ts[v].f] {
					if a, b, ok := s.fwdNP(j+1, enSaid, 10); ok && b < v {
						s.add(i, v, a, b, AccordingTo, s.whole())
					}
					return
				}
			}
			return
		}
		if a, b, ok := s.fwdNP(j, enFwdStop, 8); ok {
			s.add(i, b, a, b, AccordingTo, s.whole())
		}
	case w == "as" && (s.w(i+1) == "reported" || s.w(i+1) == "stated" || s.w(i+1) == "cited" || s.w(i+1) == "quoted") && s.w(i+2) == "by":
		if a, b, ok := s.fwdNP(i+3, enFwdStop, 8); ok {
			s.add(i, b, a, b, AccordingTo, s.whole())
		}
	case w == "citing":
		if a, b, ok := s.fwdNP(i+1, enFwdStop, 8); ok {
			s.add(i, b, a, b, AccordingTo, s.whole())
		}
	case w == "in" && (s.w(i+1) == "an" || s.w(i+1) == "a") && s.w(i+2) == "interview" && s.w(i+3) == "with":
		if a, b, ok := s.fwdNP(i+4, enFwdStop, 8); ok {
			s.add(i, b, a, b, Said, s.whole())
		}
	case enSaid[w]:
		s.englishVerb(i)
	}
}

// thatFollows reports whether "that" or a colon follows the verb at v within a few words
// ("told the Daily Planet that", "wrote on its channel that").
func (s *sent) thatFollows(v int) bool {
	for k := v + 1; k < len(s.ts) && k <= v+6; k++ {
		if s.ts[k].word && s.ts[k].f == "that" || s.p(k, ":") {
			return true
		}
		if !s.ts[k].word && s.ts[k].raw != "," {
			return false
		}
	}
	return false
}

// englishVerb handles "X said (that) ...", "“...,” X said", "said X" at the verb token v.
func (s *sent) englishVerb(v int) {
	ts := s.ts
	// Passive hedges ("is said to", "was reported") are not attributions.
	pb := v - 1
	for pb >= 0 && ts[pb].word && (ts[pb].f == "also" || ts[pb].f == "widely" || ts[pb].f == "reportedly" || ts[pb].f == "not") {
		pb--
	}
	if w := s.w(pb); w == "is" || w == "was" || w == "are" || w == "were" || w == "be" || w == "been" || w == "being" {
		return
	}
	// "the report", "the United States", "his claims", "announced the militia": nouns, or
	// not speech, unless "that" or a colon follows.
	if enAmbiguous[ts[v].f] && !s.thatFollows(v) {
		return
	}
	if enNounForm[ts[v].f] && (enNounBefore[s.w(v-1)] || enDeterminer[s.w(v-2)]) {
		return
	}
	a, b, ok := s.backNP(v-1, enBackStop, 6)
	if !ok && a <= b && a > 0 {
		// Any subject will do after a quotation: "“...,” the cleric said".
		if q, qok := s.quoteBefore(a); qok {
			s.add(a, v, a, b, Quote, q)
			return
		}
	}
	if ok {
		// A subject right after "that"/"which" is the relative pronoun's: "a website that
		// confirmed" takes the noun before it.
		if a > 0 && (s.w(a-1) == "that" || s.w(a-1) == "which" || s.w(a-1) == "who") && b == a-1 {
			return
		}
		cue := a
		if q, ok := s.quoteBefore(a); ok {
			s.add(cue, v, a, b, Quote, q)
			return
		}
		scope, quoted := s.scopeAfter(v, enComp)
		kind := Said
		if quoted {
			kind = Quote
		}
		s.add(cue, v, a, b, kind, scope)
		return
	}
	// The relative clause: "a website that confirmed".
	if r := s.w(v - 1); (r == "that" || r == "which" || r == "who") && v >= 2 {
		if a, b, ok := s.backNP(v-2, enBackStop, 6); ok {
			scope, _ := s.scopeAfter(v, enComp)
			s.add(a, v, a, b, Said, scope)
		}
		return
	}
	// Inverted after a quotation or a comma: "“...,” said Begli", "Begli, said the report, ...".
	if !enInverted[ts[v].f] || v == 0 || ts[v-1].word {
		return
	}
	a, b, ok = s.fwdNP(v+1, enFwdStop, 6)
	if !ok {
		return
	}
	if q, ok := s.quoteBefore(v); ok {
		s.add(v, b, a, b, Quote, q)
		return
	}
	s.add(v, b, a, b, Said, s.whole())
}

var (
	// Azerbaijani and Turkish: "X-in məlumatına görə", "X'e göre", "X'in haberine göre".
	turkicGoreNouns = set("məlumatına,məlumatlarına,sözlərinə,yazdığına,açıqlamasına,iddiasına,xəbərinə,verdiyi,haberine,açıklamasına,iddiasına,bilgisine,bilgilerine,ifadesine,yazdığına,aktardığına,iddialarına")
	turkicSaid      = set("bildirib,yazıb,deyib,açıqlayıb,təsdiqləyib,vurğulayıb,bildirdi,açıkladı,duyurdu,yazdı,dedi,belirtti,aktardı,doğruladı,açıklamış,bildirmiş,ifade etti")
	turkicSaid2     = set("xəbər verib,məlumat verib,iddia edib,qeyd edib,iddia etti,haber verdi,açıklama yaptı,ifade etti")
	turkicComp      = set("ki")
	turkicStop      = set("ki,və,ve,amma,ancak,lakin,və ya")
)

// turkic finds Azerbaijani and Turkish cues at token i.
func (s *sent) turkic(i int) {
	ts := s.ts
	w := ts[i].f
	if w == "gore" && i > 0 { // görə, göre
		e := i - 1
		if ts[e].word && turkicGoreNouns[ts[e].f] {
			e--
		}
		if a, b, ok := s.turkicNP(e); ok {
			s.add(a, i, a, b, AccordingTo, s.whole())
		}
		return
	}
	v := i
	if i+1 < len(ts) && ts[i+1].word && turkicSaid2First[w] && turkicSaid2[w+" "+ts[i+1].f] {
		v = i + 1
	} else if !turkicSaid[w] {
		return
	}
	// "X bildirib ki, ...": the subject stands before the verb.
	if s.w(v+1) == "ki" {
		if a, b, ok := s.turkicNP(i - 1); ok {
			scope, _ := s.scopeAfter(v, turkicComp)
			s.add(a, v, a, b, Said, scope)
			return
		}
	}
	// Otherwise the subject is a named outlet inside the sentence ("Bu barədə Müsavat qəzeti
	// xəbər verib", "... açıklama yapan İçişleri Bakanlığı, ... bildirdi"), else the phrase
	// that opens it ("Müsavat qəzeti bu barədə yazıb").
	a, b, ok := s.namedOutlet(i)
	if !ok {
		a, b, ok = s.openingNP()
	}
	if !ok || b >= i {
		return
	}
	s.add(a, b, a, b, Said, s.whole())
	// The cue is the verb too; widen the span to cover it.
	s.f.out[len(s.f.out)-1].Span.End = ts[v].end
}

// turkicNP walks back from token e over a name: capitalised words and source nouns, at most
// four words.
func (s *sent) turkicNP(e int) (int, int, bool) {
	ts := s.ts
	if e < 0 || !ts[e].word {
		return 0, 0, false
	}
	a := e
	for a-1 >= 0 && e-a < 3 && ts[a-1].word && (ts[a-1].upper || sourceNouns[ts[a-1].f] || isAdjectiveLike(ts[a-1].f)) && !turkicStop[ts[a-1].f] {
		a--
	}
	// The last word names the source: "Reuters'a", "Ajansı'nın", "mənbələrə" — not "səbəbə".
	if !(ts[e].upper || sourceNouns[ts[e].f] || isTurkicSourceNoun(ts[e].f)) {
		return 0, 0, false
	}
	return a, e, true
}

func isAdjectiveLike(w string) bool {
	return strings.HasSuffix(w, "li") || strings.HasSuffix(w, "lu") || strings.HasSuffix(w, "lü") || strings.HasSuffix(w, "yerel") || w == "resmi" || w == "yerli"
}

// namedOutlet finds, before token v and after the first word, a run of capitalised words that
// names an outlet or office: it holds or is followed by a source noun ("Müsavat qəzeti",
// "İçişleri Bakanlığı", "Anadolu Ajansı").
func (s *sent) namedOutlet(v int) (int, int, bool) {
	ts := s.ts
	first := 0
	for first < len(ts) && !ts[first].word {
		first++
	}
	for k := max(first+1, v-30); k < v; k++ {
		if !ts[k].word || !ts[k].upper || ts[k-1].word && ts[k-1].upper {
			continue
		}
		e := k
		for e+1 < v && ts[e+1].word && ts[e+1].upper {
			e++
		}
		outlet := false
		for x := k; x <= e; x++ {
			outlet = outlet || isTurkicSourceNoun(ts[x].f)
		}
		if !outlet && e+1 < v && ts[e+1].word && isTurkicSourceNoun(ts[e+1].f) {
			e++
			outlet = true
		}
		if outlet {
			return k, e, true
		}
	}
	return 0, 0, false
}

// openingNP is the noun phrase that opens the sentence: capitalised words and source nouns.
func (s *sent) openingNP() (int, int, bool) {
	ts := s.ts
	a := 0
	for a < len(ts) && !ts[a].word {
		a++
	}
	b := a
	for b < len(ts) && b-a < 4 && ts[b].word && (ts[b].upper || sourceNouns[ts[b].f] || b > a && isTurkicSourceNoun(ts[b].f)) {
		b++
		if isTurkicSourceNoun(ts[b-1].f) {
			break // "Müsavat qəzeti", not "Müsavat qəzeti Bakıda"
		}
	}
	if b == a {
		return 0, 0, false
	}
	return a, b - 1, true
}

func isTurkicSourceNoun(w string) bool {
	for _, p := range []string{"qezet", "sayt", "agentli", "nazirli", "menbe", "gazete", "ajans", "kaynak", "bakanlig", "xidmet", "servis", "portal",
		"valilig", "emniyet", "polis", "prokurorlug", "savcilig", "komite", "idare", "ofis", "televiziya", "kanal"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

var (
	ruFwdCue = set("по данным,по словам,по информации,по сообщению,по сведениям,как сообщает,как сообщил,как сообщила,как сообщили," +
		"как пишет,как передает,как передаёт,как заявил,как заявила,со ссылкой на,ссылаясь на")
	ruSaid = set("сообщил,сообщила,сообщили,сообщает,сообщают,заявил,заявила,заявили,заявляет,рассказал,рассказала,рассказали,отметил,отметила,отметили," +
		"сообщило,заявило,рассказало,отметило,подтвердило,написало,уточнило,добавило," +
		"подтвердил,подтвердила,подтвердили,утверждает,утверждают,утверждал,пишет,написал,написала,уточнил,уточнила,добавил,добавила")
	ruComp         = set("что,будто")
	ruPrepositions = set("о,об,обо,про,в,во,на,с,со,по,для,из,от,к,у,за,через,после,перед")
	ruFwdStop      = set("что,в,на,о,об,который,которая,которые,когда,и,а,но")
	ruBackStop     = set("что,который,которая,которые,и,а,но,когда,как,если,это")
)

// russian finds Russian cues at token i.
func (s *sent) russian(i int) {
	ts := s.ts
	w := ts[i].f
	for n := 3; n >= 2 && ruFirst[w]; n-- {
		if i+n > len(ts) {
			continue
		}
		if key := s.phrase(i, n); key != "" && ruFwdCue[key] {
			if a, b, ok := s.fwdNP(i+n, ruFwdStop, 6); ok {
				s.add(i, b, a, b, AccordingTo, s.whole())
			}
			return
		}
	}
	if !ruSaid[w] {
		return
	}
	// "Об этом сообщил представитель МВД": the source follows the verb.
	if s.w(i-1) == "этом" && (s.w(i-2) == "об" || s.w(i-2) == "о") {
		if a, b, ok := s.fwdNP(i+1, ruFwdStop, 6); ok {
			s.add(i-2, b, a, b, Said, s.whole())
		}
		return
	}
	if a, b, ok := s.backNP(i-1, ruBackStop, 5); ok {
		scope, quoted := s.scopeAfter(i, ruComp)
		kind := Said
		if quoted {
			kind = Quote
		}
		s.add(a, i, a, b, kind, scope)
		return
	}
	// "«...», — заявил он." / "..., сообщил источник." — not "сообщило о задержании".
	if i > 0 && !ts[i-1].word && !ruPrepositions[s.w(i+1)] {
		if a, b, ok := s.fwdNP(i+1, ruFwdStop, 5); ok {
			if q, ok := s.quoteBefore(i); ok {
				s.add(i, b, a, b, Quote, q)
				return
			}
			s.add(i, b, a, b, Said, s.whole())
		}
	}
}

// firstWords returns the first words of the phrases of m.
func firstWords(m map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range m {
		a, _, _ := strings.Cut(k, " ")
		out[a] = true
	}
	return out
}

var (
	ruFirst          = firstWords(ruFwdCue)
	faFirst          = firstWords(faFwdCue)
	turkicSaid2First = firstWords(turkicSaid2)
)

// triggers holds every folded word at which a cue may start; other words are skipped.
var triggers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"according", "as", "citing", "in", "gore", "نقلا", "نقلاً"} {
		m[foldWord(w)] = true
	}
	for _, set := range []map[string]bool{enSaid, turkicSaid, turkicSaid2First, ruFirst, ruSaid, faFirst, firstWords(faSaid), arAccording, arFwd, arSaid} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// phrase joins the folded words i..i+n-1, or "" if one is not a word.
func (s *sent) phrase(i, n int) string {
	parts := make([]string, 0, n)
	for k := i; k < i+n; k++ {
		if k >= len(s.ts) || !s.ts[k].word {
			return ""
		}
		parts = append(parts, s.ts[k].f)
	}
	return strings.Join(parts, " ")
}

var (
	faFwdCue  = set("به گزارش,به گفته,به نقل از,بنا بر گزارش,بنابر گزارش,طبق گزارش,بر اساس گزارش,به ادعای,به اعتقاد")
	faFwdStop = set("که,و,در,از,به,را")
)

var (
	faSaid     = set("گفت,افزود,نوشت,اعلام کرد,تأکید کرد,تاکید کرد,گزارش داد,مدعی شد,ادعا کرد,خبر داد,اظهار داشت")
	faSaidStop = set("که,و,در,از,به,را,با,این,آن")
)

// persianVerb handles "X گفت که ...": the subject is the words before the verb, the scope
// the clause after "که".
func (s *sent) persianVerb(i int) {
	ts := s.ts
	v := i
	if i+1 < len(ts) && ts[i+1].word && faSaid[ts[i].f+" "+ts[i+1].f] {
		v = i + 1
	} else if !faSaid[ts[i].f] {
		return
	}
	if !faComp[s.w(v+1)] {
		return
	}
	b := i - 1
	a := b
	for a >= 0 && ts[a].word && b-a < 4 && !faSaidStop[ts[a].f] {
		a--
	}
	a++
	if a > b {
		return
	}
	scope, _ := s.scopeAfter(v, faComp)
	s.add(a, v, a, b, Said, scope)
}

var faComp = set("که")

// persian finds Persian cues at token i.
func (s *sent) persian(i int) {
	s.persianVerb(i)
	for n := 3; n >= 2 && faFirst[s.ts[i].f]; n-- {
		if key := s.phrase(i, n); key != "" && faFwdCue[key] {
			if a, b, ok := s.fwdNP(i+n, faFwdStop, 6); ok {
				s.add(i, b, a, b, AccordingTo, s.whole())
			}
			return
		}
	}
}

var (
	arAccording = set("وفقا,وفقاً,طبقا,طبقاً,تبعا")
	arFwd       = set("حسب,بحسب,وبحسب,وحسب")
	arSaid      = set("ذكرت,ذكر,أفادت,أفاد,قالت,قال,أعلنت,أعلن,أكدت,أكد,كشفت,كشف,أوضحت,أوضح,صرح,صرحت,نقلت,نقل,أشارت,أشار,زعمت,زعم,وذكرت,وقالت,وقال,وأفادت,وأكدت,وكشفت")
	arComp      = set("أن,ان,إن,بأن")
	arFwdStop   = set("أن,ان,إن,بأن,في,على,الى,إلى,عن,من,الذي,التي,يوم,و,ان")
)

// arabic finds Arabic cues at token i.
func (s *sent) arabic(i int) {
	ts := s.ts
	w := ts[i].f
	switch {
	case arAccording[w]:
		// "وفقا لـ X", "وفقا للمصادر", "وفقاً لموقع ..."
		j := i + 1
		if j >= len(ts) || !ts[j].word {
			return
		}
		if ts[j].f == "ل" {
			j++
		}
		a, b, ok := s.fwdNP(j, arFwdStop, 5)
		if !ok {
			return
		}
		s.add(i, b, a, b, AccordingTo, s.whole())
		if r := []rune(ts[a].raw); len(r) > 2 && ts[a].f != "ل" && strings.HasPrefix(ts[a].f, "ل") && a == i+1 {
			// Drop the attached preposition: "لموقع" gives "موقع".
			last := &s.f.out[len(s.f.out)-1]
			k := 1
			for k < len(r) && r[k] == 'ـ' {
				k++
			}
			last.SourceSpan.Start += k
			last.Source = string(s.f.rs[last.SourceSpan.Start:last.SourceSpan.End])
		}
	case arFwd[w]:
		if a, b, ok := s.fwdNP(i+1, arFwdStop, 5); ok {
			s.add(i, b, a, b, AccordingTo, s.whole())
		}
	case (w == "نقلا" || w == "نقلاً") && s.w(i+1) == "عن":
		if a, b, ok := s.fwdNP(i+2, arFwdStop, 5); ok {
			s.add(i, b, a, b, AccordingTo, s.whole())
		}
	case arSaid[w]:
		a, b, ok := s.fwdNP(i+1, arFwdStop, 5)
		if !ok {
			return
		}
		scope, quoted := s.scopeAfter(b, arComp)
		kind := Said
		if quoted {
			kind = Quote
		}
		s.add(i, b, a, b, kind, scope)
	}
}
