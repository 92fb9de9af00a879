package relate

// phenomenaRules are English patterns for constructions the other tables leave out: kinship
// named by possessive in a relative clause, another name given as the "full name", events a
// state organises, places described by their direction from another, defeats and victories,
// threats and targets named in an apposition or a headline, co-founders, sponsors named by noun,
// authorities of a place acting ("police in X arrested Y"), sentences coordinated with a
// conviction, jail terms, kidnappings and assassinations, places seized, persons living in a
// place, and travel in someone's company.
var phenomenaRules = []rule{
	// "X, who was the prophet Y's grandson", "X is Y's son".
	{name: "relative-poss-after", pred: "relative_of", keys: "son|daughter|brother|sister|father|mother|cousin|nephew|niece|uncle|aunt|wife|husband|relative|in-law",
		pat:  `{S:p}(?:,| (?:is|was)|, who (?:is|was)) (?:the )?(?:[a-z\-]+ )?{O:p}{poss} (?P<role>son|daughter|brother|sister|father|mother|cousin|nephew|niece|uncle|aunt|wife|husband|relative|son-in-law|brother-in-law|father-in-law|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|half-brother|half-sister)\b`,
		conf: 0.75},
	// "its full name, "Y"", "the group's official name is Y".
	{name: "full-name", pred: "alias", keys: "name",
		pat:  `{S:o}{poss} (?:(?:full|official|real|complete|formal|original|proper) )name(?:,| is| was) {O:ou}`,
		conf: 0.7},
	// "the annual Unity Forum meeting that Ruritania organizes": the organiser takes part.
	{name: "event-organised-by-rel", pred: "participated_in", keys: "organi|host|hold|held|sponsor|conven|stage",
		pat:  `{O:eu}(?: (?:meeting|conference|summit|gathering|congress|forum|assembly|rally|ceremony|festival|exercises?|drills?))?,? (?:that|which) {S:pol} (?:[a-z]+ )?(?:organizes|organises|organized|organised|hosts|hosted|holds|held|sponsors|sponsored|convenes|convened|stages|staged)\b`,
		conf: 0.65, state: true, role: "organiser"},
	// "Lakeside, north of Borduria Province", "Lakeside, 40 km south of the capital Valdor".
	{name: "direction-of", pred: "located_in", keys: "north|south|east|west",
		pat:  `{S:l}, (?:(?:just|some|about|roughly|around) )?(?:\d+ ?(?:km|kilometers|kilometres|miles) )?(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)(?:ern)? of {det}{O:l}`,
		conf: 0.6},
	{name: "direction-of-second", pred: "located_in", keys: "north|south|east|west",
		pat:  `{S:l}, (?:[a-z\d\- ]+ )?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of (?:the )?\x{E000}l\d+[\x{E001}\x{E002}\x{E005}], (?:[a-z\d\- ]+ )?(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of {det}{O:l}`,
		conf: 0.55},
	// "Borduria's defeat by Ruritania", "Ruritania defeated Borduria", "Ruritania's victory over
	// Borduria", "the war between Ruritania and Borduria": the two sides are enemies.
	{name: "defeat-by", pred: "rival_of", keys: "defeat",
		pat:  `{S:pol}{poss} (?:[a-z\-]+ )?defeat (?:by|at the hands of) {det}{O:pol}`,
		conf: 0.65, state: true},
	{name: "defeated", pred: "rival_of", keys: "defeat|victory|triumph|routed",
		pat:  `{S:pol}{grp}{app} {aux}{neg}(?:defeated|routed|has defeated|had defeated|won (?:a |the )?(?:[a-z\-]+ )?(?:war|victory|battle) (?:against|over)) {det}{adj}{O:pol}`,
		conf: 0.65, state: true},
	{name: "victory-over", pred: "rival_of", keys: "victory|triumph",
		pat:  `{S:pol}{poss} (?:[a-z\-]+ )?(?:victory|triumph|win) (?:over|against) {det}{O:pol}`,
		conf: 0.65, state: true},
	{name: "war-between", pred: "rival_of", keys: "war|conflict|fighting|clashes|hostilities",
		pat:  `(?:war|wars|armed conflict|military conflict|fighting|clashes|hostilities) between {det}{S:pol} and {det}{O:pol}`,
		conf: 0.6, state: true},
	// "X: a profile of the Y-backed militia threatening Z", "X, a militia that threatens Z" (the
	// group noun may have become a placeholder of its antecedent).
	{name: "appos-threatening", pred: "threatened", keys: "threat",
		pat:  `{S:o}(?:,|:) (?:a |an |the )(?:(?:profile|portrait|history|study|look) (?:of|at) (?:the |a |an )?)?(?:[\p{L}\-]+ |\x{E000}l\d+[\x{E001}\x{E002}\x{E005}]-(?:backed|based|sponsored|funded|linked) ){0,4}?(?:militia|group|movement|organi[sz]ation|network|faction|outfit|force|cell|insurgency|\x{E000}[ou]\d+\x{E002}) (?:that |which )?(?:threatening|threatens|has threatened|threatened) {det}{adj}{O:polec}`,
		conf: 0.65, state: true},
	// "X, an Y-backed militia", "X: a profile of the Y-backed militia".
	{name: "appos-x-backed", pred: "backed_by", keys: "-sponsored|-backed|-funded|-supported|-created|-controlled|-armed",
		pat:  `{S:o}(?:,|:) (?:a |an |the )(?:(?:profile|portrait|history|study|look) (?:of|at) (?:the |a |an )?)?(?:[a-z\-]+ )?{O:pol}-(?:sponsored|backed|funded|supported|created|controlled|armed) `,
		conf: 0.7, state: true},
	// "X would also pursue targets closer to home, such as Y", "X chose targets in Y".
	{name: "pursue-targets", pred: "targeted", keys: "targets",
		pat:  `{S:po}{grp}{app} {aux}{neg}(?:pursue|pursues|pursued|pursuing|choose|chooses|chose|select|selects|selected|seek out|sought out) (?:[a-z\-]+ ){0,2}?targets (?:[^;.\x{E000}]{0,40}?(?:\x{E000}l\d+[\x{E001}\x{E002}\x{E005}])?,? )?(?:such as|including|like|in|inside|across) {det}{adj}{O:polec}`,
		conf: 0.6, state: true},
	// "X co-founded Y with Z": Z is a founder too.
	{name: "founded-with", pred: "founder_of", keys: "founded|established|created|formed|set up|launched",
		pat:  `(?:co-founded|founded|established|created|formed|set up|launched) {det}{adj}{O:o} (?:together )?(?:with|alongside) {det}{adj}{S:p}`,
		conf: 0.75, role: "founder"},
	// "Ruritania is the main sponsor of Y", "Y's chief backer, Ruritania".
	{name: "sponsor-of", pred: "backs", keys: "sponsor|backer|patron|financier|funder|benefactor|supplier|bankroller",
		pat:  `{S:pol}(?:,| (?:is|was|are|were|remains|became|has been|had been)) (?:the |a |an |one of the )?(?:(?:main|chief|principal|key|largest|biggest|primary|major|leading|foremost|only|sole|state)[ -])*(?:sponsors?|backers?|patrons?|financiers?|funders?|benefactors?|bankrollers?|(?:arms |weapons )suppliers?) of {det}{adj}{O:po}`,
		conf: 0.7, state: true},
	{name: "sponsor-poss", pred: "backed_by", keys: "sponsor|backer|patron|financier|funder|benefactor",
		pat:  `{S:po}{poss} (?:(?:main|chief|principal|key|largest|biggest|primary|major|only|sole|state)[ -])*(?:sponsor|backer|patron|financier|funder|benefactor),? {det}{O:pol}`,
		conf: 0.65, state: true},
	// "Police in Borduria arrested X", "a court in Borduria sentenced X to ten years": the
	// authorities of a place act for its state.
	{name: "authorities-in-arrested", pred: "arrested", keys: "arrest|detain|captur|apprehend",
		pat:  `(?:police|authorities|security forces|security services|officials|intelligence services|prosecutors|troops) (?:in|of) {S:l} {aux}{neg}(?:arrested|detained|captured|apprehended) {det}{adj}{O:p}`,
		conf: 0.7, state: true},
	{name: "court-in-sentenced", pred: "sentenced", keys: "sentenced",
		pat:  `(?:court|courts|judge|tribunal|judiciary) (?:in|of) {S:l} {aux}{neg}sentenced {det}{adj}{O:p}(?: in absentia)? to {term}`,
		conf: 0.7, state: true},
	{name: "court-in-convicted", pred: "convicted", keys: "convicted|found",
		pat:  `(?:court|courts|judge|tribunal|jury) (?:in|of) {S:l} {aux}{neg}(?:convicted|found) {det}{adj}{O:p}`,
		conf: 0.7, state: true},
	// "X was convicted of terrorism and sentenced to 12 years by the Supreme Court".
	{name: "convicted-and-sentenced", pred: "sentenced", keys: "sentenced",
		pat:  `{O:p}{app},? {aux}(?:was |were |has been |had been )?(?:convicted|found guilty|tried|charged|arrested|detained)(?: [^,;.\x{E000}]{0,60}?)? and (?:later |subsequently |then )?sentenced(?: in absentia)? to {term}(?: (?:in prison|in jail|in custody|of imprisonment|imprisonment|behind bars))?(?: (?:in|on) {T})?(?: by {det}{adj}{S:pol})?(?: in {PL})?`,
		conf: 0.75, state: true, agentFromPlace: true},
	// "X was jailed for seven years in Borduria", "X was imprisoned by Borduria in 2015".
	{name: "jailed", pred: "sentenced", keys: "jailed|imprisoned",
		pat:  `{O:p}{app},? {aux}(?:was |were |has been |had been |have been )?(?:(?:later|subsequently|also) )?{neg}(?:jailed|imprisoned)(?: for {term})?(?: (?:in|on) {T})?(?: by {det}{adj}{S:pol})?(?: in {PL})?`,
		conf: 0.7, state: true, agentFromPlace: true},
	// "X was behind the assassination of Y", "X claimed the bombing of Y", "X kidnapped Y".
	{name: "behind-attack-of", pred: "attacked", keys: "behind|responsib|carried out|claimed|orchestrated|masterminded",
		pat:  `{S:po}{grp}{app} {aux}{neg}(?:was behind|were behind|is behind|are behind|was responsible for|were responsible for|is responsible for|carried out|claimed|orchestrated|masterminded|planned) (?:the |a |an )?(?:[a-z\-]+ )?(?:assassination|killing|murder|kidnapping|abduction|bombing|attack|attacks|shooting|stabbing|assault|raid|strike) (?:of|on|against|targeting) {det}{adj}{O:polec}`,
		conf: 0.7, state: true},
	{name: "kidnapped", pred: "attacked", keys: "kidnap|abduct|took hostage|taken hostage",
		pat:  `{S:pol}{grp}{app} {aux}{neg}(?:kidnapped|abducted|has kidnapped|had kidnapped|took hostage) {det}{adj}{O:p}`,
		conf: 0.7, state: true},
	{name: "kidnapped-by", pred: "attacked", keys: "kidnapped by|abducted by|taken hostage by",
		pat:  `{O:p}{app},? {aux}(?:was |were |had been |has been )?(?:kidnapped|abducted|taken hostage) by {det}{adj}{S:pol}`,
		conf: 0.7, state: true},
	// "X seized Lakeside in 2015", "X took control of Y".
	{name: "seized-place", pred: "attacked", keys: "seized|captured|overran|took control|took over|occupied",
		pat:  `{S:pol}{grp}{app} {aux}{neg}(?:seized|captured|overran|took control of|took over|occupied|seized control of) {det}{adj}(?:(?:city|town|village|port|province|region|district) of )?{dcity}{O:l}`,
		conf: 0.65, state: true},
	// "X lives in Lakeside", "X, who resides in Y".
	{name: "lives-in", pred: "based_in", keys: "live|resid|settled",
		pat:  `{S:p}{app} {aux}(?:lives|lived|has lived|had lived|resides|resided|settled|is living|was living|has settled) (?:mainly |now |currently |permanently )?(?:in|at) {det}{adj}{dcity}{O:l}`,
		conf: 0.65},
	// "X went to Syldavia with Y": Y went there too.
	{name: "went-with", pred: "sent_to", keys: "went|travel|moved|returned|headed",
		pat:  `(?:went|travelled|traveled|moved|returned|headed) (?:back )?to {det}{O:l} (?:together )?(?:with|alongside|accompanied by) {det}{adj}{S:p}`,
		conf: 0.6},
	// "X intended to establish Y", "X planned to found Y": an intention, not a founding; the
	// relation is kept with a doubting stance.
	{name: "intended-founding", pred: "founder_of", keys: "intend|plan|sought|seek|wanted|aim",
		pat:  `{S:pol}{app} {aux}(?:intended|intends|had intended|planned|plans|had planned|sought|seeks|wanted|wants|aimed|aims) to (?:co-found|found|establish|create|form|set up|launch|build) {det}{adj}{O:o}`,
		conf: 0.6, state: true, role: "founder", hedge: true},
	// "X sent students from Qom to Syria", "Y deployed fighters to Z": the sender's people went.
	{name: "sent-fighters", pred: "sent_to", keys: "sent|deployed|dispatched",
		pat:  `{S:po}{app} {aux}{neg}(?:sent|deployed|dispatched|has sent|had sent) (?:[a-z\-]+ ){0,3}?(?:fighters|troops|students|members|militants|recruits|volunteers|forces|men|operatives|advisers|advisors|units)(?: [^,;.\x{E000}]{0,50}?(?:\x{E000}l\d+[\x{E001}\x{E002}\x{E005}][^,;.\x{E000}]{0,50}?)?)? to {det}{O:l}`,
		conf: 0.6},
	// "Kerman (Iran)", "ISNA (Iran)": a place (or a name the recogniser took for one) with its
	// country in brackets.
	{name: "place-paren-country", pred: "located_in", keys: "(",
		pat:  `{S:l} \({O:l}\)`,
		conf: 0.6},
	// "Houthis who had moved from Yemen already stationed in Iraq".
	{name: "moved-stationed", pred: "based_in", keys: "stationed|based|deployed",
		pat:  `{S:po}{grp},? (?:who|which|that) (?:had |have |has )?(?:moved|come|arrived|relocated|fled|travelled|traveled) from (?:the )?\x{E000}l\d+[\x{E001}\x{E002}\x{E005}],? (?:(?:are|were|is|was|already|now|currently|also) ){0,2}(?:stationed|based|deployed) (?:in|at|near) {det}{adj}{dcity}{O:l}`,
		conf: 0.65},
	// "X sent a letter of congratulations to Y", "X expressed support for Y": political support,
	// kept as backing with the role "political".
	{name: "political-support", pred: "backs", keys: "congratulat|support for|solidarity|support to",
		pat:  `{S:pol}{app} {aux}{neg}(?:sent|wrote|addressed) (?:a |an )?(?:[a-z\-]+ )?(?:letter|message|cable|telegram) of (?:congratulations|support|solidarity|allegiance) to {det}{adj}{O:po}|{S:pol}{app} {aux}{neg}(?:expressed|voiced|declared|pledged|announced|reaffirmed|reiterated) (?:its |his |her |their |\x{E000}[a-z]\d+\x{E002}'s? )?(?:full |strong |unwavering |continued )?(?:support|solidarity) (?:for|with|to) {det}{adj}{O:po}`,
		conf: 0.55, state: true, role: "political"},
	// "militias such as A, the Iraqi (B and C), which have long been supporting X": a relative
	// clause after a list is about every item of it.
	{name: "list-which-backs", pred: "backs", keys: "support|back|arm|fund",
		pat:  `{S:ou}\)?,? (?:which|who) (?P<fill>[^;.]{0,100}? )?(?:supporting|backing|supported|backed|support|back|arming|funding|armed|funded) {det}{adj}{O:pol}`,
		conf: 0.55, state: true, listHead: true},
	{name: "list-which-backed-by", pred: "backed_by", keys: "supported by|backed by|funded by|armed by|sponsored by|financed by",
		pat:  `{S:ou}\)?,? (?:which|who) (?:are|were|is|was|have been|has been|had been) (?:(?:all|also|reportedly|allegedly|largely|heavily) )?(?:backed|supported|funded|armed|sponsored|financed) by {det}{adj}{O:pol}`,
		conf: 0.6, state: true, listHead: true},
	// "X and Y are members of Z", "X and Y were senior commanders in Z".
	{name: "members-plural", pred: "member_of", keys: "members|fighters|militants|operatives|activists|officials|commanders|supporters|followers|soldiers|volunteers|officers|agents|recruits",
		pat:  `{S:p} (?:are|were|have been|had been|became|remain) (?:all |both )?(?:(?:former|senior|leading|prominent|top|key|active|alleged|suspected|founding|local|veteran)[ -])*(?:members|fighters|militants|operatives|activists|officials|commanders|supporters|followers|soldiers|volunteers|officers|agents|recruits) (?:of|in|with|for|within) {det}{adj}{O:o}`,
		conf: 0.75},
}
