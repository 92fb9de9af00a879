package relate

// englishRules are the English patterns, grouped by the relation they find. Patterns are matched
// against the masked, lower-cased sentence (see relate.go and the macros in rule.go). Each rule
// is meant to be precise on its own; recall comes from having many of them.
var englishRules = []rule{
	// --- founding ---------------------------------------------------------------------------
	// "X founded Y (in DATE) (in PLACE)", "X, a cleric, established Y", "X was the one who launched Y".
	{name: "founded-active", pred: "founder_of", keys: "found|establish|creat|form|set up|launch|start",
		pat:  `{S:pol}{app} {aux}{neg}(?:helped (?:to )?(?:co-found|found|establish|create|form|set up|launch)|co-founded|founded|established|created|formed|set up|launched|started) {det}{adj}{O:o}(?: (?:in|on) {T})?(?: in (?:the )?{adj}(?:city |town |village |province |region )?(?:of )?{PL})?(?: (?:in|on) {T})?`,
		conf: 0.85, state: true, datePred: "founding_date", placePred: "founding_place", litOn: "o", role: "founder"},
	// "Y was founded by X in 2016", "Y, founded by X", "the militia founded in 2016 by X in Qom".
	{name: "founded-passive", pred: "founded_by", keys: "found|establish|creat|form|set up|launch",
		pat:  `{S:o}{app},? {aux}{neg}(?:co-founded|founded|established|created|formed|set up|launched)(?: (?:in|on) {T})?(?: in (?:the )?{adj}(?:city |town |village |province |region )?(?:of )?{PL})?(?: by {det}{adj}{O:pol})?(?: (?:in|on) {T})?(?: in (?:the )?{adj}(?:city |town |village |province |region )?(?:of )?{PL})?(?: (?:in|on) {T})?`,
		conf: 0.85, state: true, datePred: "founding_date", placePred: "founding_place", litOn: "s"},
	// "Founded by X, Y ..." (a fronted participle: the subject follows).
	{name: "founded-fronted", pred: "founded_by", keys: "founded by|established by|created by|formed by",
		pat:  `^(?:founded|established|created|formed) by {det}{adj}{O:pol}(?:,[^,;]+?,)?(?: in {T})?,? {det}{adj}{S:o}`,
		conf: 0.8, state: true},
	// "X, the founder of Y", "X, founder of Y", "X is the co-founder of Y".
	{name: "founder-of", pred: "founder_of", keys: "founder",
		pat:  `{S:p}(?:,| (?:is|was|became|remains|has been)) (?:(?:one of|among) )?{det}{adj}(?:co-)?founders?(?: and (?:leader|head|chief|commander))? of {det}{adj}{O:o}`,
		conf: 0.85, role: "founder"},
	// "X, its founder", "X, Y's founder", "X is Y's founder".
	{name: "founder-poss", pred: "founder_of", keys: "founder",
		pat:  `{S:p}(?:,| (?:is|was|became)) {O:o}{poss} {adj}(?:co-)?founder\b`,
		conf: 0.8, role: "founder"},
	// "Y's founder X", "the founder of Y, X", "Y founder X".
	{name: "founder-before", pred: "founded_by", keys: "founder",
		pat:  `{S:o}(?:{poss})? {adj}(?:co-)?founder,? {O:p}`,
		conf: 0.8},
	{name: "founder-of-before", pred: "founded_by", keys: "founder",
		pat:  `(?:co-)?founder of {det}{adj}{S:o},? {O:p}`,
		conf: 0.75},
	// "the founding of Y (by X) in 2016".
	{name: "founding-of", pred: "founded_by", keys: "founding|establishment|creation|formation|launch",
		pat:  `(?:founding|establishment|creation|formation|launch) of {det}{adj}{S:o}(?: (?:in|on) {T})?(?: by {det}{adj}{O:pol})?(?: (?:in|on) {T})?(?: in (?:the )?{adj}(?:city |town )?(?:of )?{PL})?(?: (?:in|on) {T})?`,
		conf: 0.75, state: true, datePred: "founding_date", placePred: "founding_place", litOn: "s"},
	// "X announced (the creation of) Y".
	{name: "announced-creation", pred: "founder_of", keys: "announc",
		pat:  `{S:pol}{app} {aux}(?:announced|declared|proclaimed|unveiled) {det}(?:creation|formation|establishment|founding|launch|birth) of {det}{adj}{O:o}`,
		conf: 0.75, state: true, role: "founder", datePred: "founding_date", litOn: "o"},
	{name: "announced-group", pred: "founder_of", keys: "announc",
		pat:  `{S:p}{app} {aux}(?:announced|proclaimed|unveiled) {det}{adj}{O:o}`,
		conf: 0.6, role: "founder"},
	// "X denied founding Y", "X denies that he founded Y" (he → X).
	{name: "denied-founding", pred: "founder_of", keys: "den",
		pat:  `{S:pol}{app} {aux}(?:denied|denies|deny|rejected claims of|rejects claims of) (?:having )?(?:co-founded|founded|founding|established|establishing|created|creating|formed|forming|launched|launching) {det}{adj}{O:o}`,
		conf: 0.8, deny: true, state: true},

	// --- leadership --------------------------------------------------------------------------
	// "X, the leader of Y", "X, the former commander of the Y", "X was the head of Y".
	{name: "leader-appos", pred: "leader_of", keys: "leader|head|chief|commander|secretary|emir|amir|chair|director|president",
		pat:  `{S:p}(?:,| (?:is|was|became|remains|has been|had been|served as)) (?:the )?(?:(?:former|late|then|current|new|acting|interim|deputy|overall|top|self-styled|de facto|alleged|founding|first)[ -])*{adj}{leadrole} of {det}{adj}{O:o}`,
		conf: 0.85},
	// "Y's leader X", "its commander X", "Y leader X", "the leader of Y, X".
	{name: "leader-poss", pred: "led_by", keys: "leader|head|chief|commander|secretary|emir|amir|chair|director",
		pat:  `{S:o}(?:{poss})? (?:(?:former|late|current|new|acting|top|overall|military|supreme|spiritual)[ -])*{leadrole},? {O:p}`,
		conf: 0.8},
	{name: "leader-of-before", pred: "led_by", keys: "leader|head|chief|commander|secretary|emir|amir",
		pat:  `(?:^|, |the )(?:(?:former|late|current|new|acting)[ -])*{leadrole} of {det}{adj}{S:o},? {O:p}`,
		conf: 0.75},
	// "X, Y's leader", "X, its commander".
	{name: "leader-poss-after", pred: "leader_of", keys: "leader|head|chief|commander|emir|amir",
		pat:  `{S:p}(?:,| (?:is|was|became|remains)) {O:o}{poss} (?:(?:former|late|current|new|acting|top|military|spiritual)[ -])*{leadrole}\b`,
		conf: 0.8},
	// "X leads/led/heads/commands Y".
	{name: "leads", pred: "leader_of", keys: "lead|led|head|command|chair|run|ran",
		pat:  `{S:p}{app} {aux}{neg}(?:(?P<role>commands|commanded|took command of|assumed command of)|leads|led|heads|headed|chairs|chaired|runs|ran|directs|directed|is leading|was leading|went on to lead|continues to lead|took over|took charge of|assumed leadership of|lead|head|command|direct) {det}{adj}{O:o}`,
		conf: 0.8, role: "leader"},
	// "Y, led by X", "Y, which is headed by X", "the militia commanded by X".
	{name: "led-by", pred: "led_by", keys: "led by|headed by|commanded by|run by|chaired by|directed by",
		pat:  `{S:o}{app},? (?:which is |which was |that is |which has been |is |was |now |currently )?(?:led|headed|commanded|run|chaired|directed) by {det}(?:(?:former|late|current|new)[ -])?{adj}{O:p}`,
		conf: 0.8, role: "leader"},
	// "X became/was appointed leader of Y".
	{name: "appointed-leader", pred: "leader_of", keys: "appoint|elect|named|became",
		pat:  `{S:p}{app} {aux}(?:was appointed|was named|was elected|became|has become|was made) (?:as )?{det}(?:new )?{leadrole} of {det}{adj}{O:o}`,
		conf: 0.8},

	// "X succeeded Y as leader of Z".
	{name: "succeeded-as", pred: "leader_of", keys: "succeeded|replaced",
		pat:  `{S:p}{app} {aux}(?:succeeded|replaced) {det}{adj}{M:p} as {det}{leadrole} of {det}{adj}{O:o}`,
		conf: 0.8},

	// --- membership --------------------------------------------------------------------------
	// "X, a member of Y", "X, a senior commander in Y", "X was a fighter with Y".
	{name: "member-appos", pred: "member_of", keys: "member|fighter|militant|operative|activist|official|cleric|ideologue|spokes|recruit|commander|supporter|follower|soldier|volunteer|officer|agent",
		pat:  `{S:p}(?:,| (?:is|was|became|remains|has been|had been)) (?:a |an |one |another )(?:(?:former|senior|leading|prominent|top|key|active|alleged|suspected|founding|local|high-ranking|mid-level|veteran)[ -])*{adj}{memrole}s? (?:of|in|with|from|for|within) {det}{adj}{O:o}`,
		conf: 0.8},
	// "X, a Y commander", "X, a senior Y member".
	{name: "member-attr", pred: "member_of", keys: "member|fighter|militant|operative|activist|official|cleric|ideologue|spokes|recruit|commander|supporter|soldier|officer|agent",
		pat:  `{S:p}(?:,| (?:is|was|became|remains|has been)) (?:a |an |one |another |the )(?:(?:former|senior|leading|prominent|top|key|active|alleged|suspected|local|high-ranking|veteran)[ -])*{O:o} (?:(?:senior|military|field|top|local)[ -])?{memrole}\b`,
		conf: 0.75},
	// "another Y member, X", "Y fighter X", "Y commander X".
	{name: "member-before", pred: "member_of", keys: "member|fighter|militant|operative|activist|official|ideologue|spokes|recruit|commander|supporter|soldier|officer",
		pat:  `{O:o}(?:{poss})? (?:(?:senior|military|field|top|local|former|veteran)[ -])?(?:member|fighter|militant|operative|activist|official|ideologue|spokesman|spokesperson|recruiter|supporter|soldier|officer),? {S:p}`,
		conf: 0.75},
	// "X joined Y".
	{name: "joined", pred: "member_of", keys: "join|enlist|recruit|defect",
		pat:  `{S:po}{grp}{app} {aux}{neg}(?:joined|has joined|had joined|enlisted in|enlisted with|was recruited by|was recruited into|were recruited by|were recruited into|defected to|signed up with|signed up for) {det}(?:ranks of )?{adj}{O:o}`,
		conf: 0.8},
	// "members of Y, including X, A and B".
	{name: "members-including", pred: "member_of", keys: "including|such as|among them|among whom",
		pat:  `(?:members|fighters|militants|commanders|leaders|operatives|officials|figures|veterans) of {det}{adj}{O:o}[^\x{E000}]*?,? (?:including|such as|among them|among whom (?:was|were)|like) {det}{adj}{S:p}`,
		conf: 0.7},
	// "Y fighters who returned, many of whom were arrested, including X".
	{name: "group-members-including", pred: "member_of", keys: "including|such as|among them|among whom",
		pat:  `{O:o}(?:{poss})? (?:members|fighters|militants|commanders|operatives|veterans|recruits)[^;.]*?,? (?:including|such as|among them|among whom (?:was|were)) {det}{adj}{S:p}`,
		conf: 0.6},
	// "X was (a) part of Y": a person is a member, an organisation a part.
	{name: "part-of-person", pred: "member_of", keys: "part of",
		pat:  `{S:p}{app} {aux}(?:was|is|were|are|had been|has been|may have been|might have been|became|be) (?:a |an )?(?:key |integral |central |core )?part of {det}{adj}{O:o}`,
		conf: 0.7},
	{name: "part-of-org", pred: "part_of", keys: "part of|wing of|branch of|unit of|faction|affiliate of|arm of",
		pat:  `{S:o}(?:,| (?:is|was|became|remains|has been|had been)) {aux}(?:a |an |the )?{adj}(?:part|wing|branch|unit|faction|affiliate|arm|subsidiary|division|brigade|cell) (?:of|within|in) {det}{adj}{O:o}`,
		conf: 0.75},

	// --- alliances, splits, fronts, relatives -----------------------------------------------
	// "X pledged allegiance to Y".
	{name: "allegiance", pred: "affiliated_with", keys: "allegiance|bay'ah|bayah",
		pat:  `{S:po}{app} {aux}{neg}(?:pledged|pledges|swore|swears|declared|renewed) (?:its |his |their )?(?:allegiance|loyalty|bay'ah|bayah|baya) (?:to|with) {det}{adj}{O:po}`,
		conf: 0.75, role: "allegiance"},
	// "X has links to Y", "X, who is close to Y", "a Y-affiliated militia X".
	{name: "links-to", pred: "affiliated_with", keys: "link|ties|connection|close to|affiliated",
		pat:  `{S:po}{app},? (?:who |which |that )?(?:has|have|had|maintains|maintained|with) (?:close |strong |direct |alleged |reported |long-standing |longstanding |deep )?(?:links|ties|connections|relations) (?:to|with) {det}{adj}{O:pol}`,
		conf: 0.65, state: true},
	{name: "close-to", pred: "affiliated_with", keys: "link|tied|connected|close to|affiliated",
		pat:  `{S:po}{app},? (?:who |which |that )?(?:is|are|was|were|has been|remains) (?:closely |reportedly |allegedly |also )?(?:linked|tied|connected|close|affiliated|aligned) (?:to|with) {det}{adj}{O:pol}`,
		conf: 0.65, state: true},
	{name: "x-affiliated", pred: "affiliated_with", keys: "-affiliated|-linked|-aligned|-allied",
		pat:  `{O:pol}-(?:affiliated|linked|aligned|allied) {adj}(?:[\p{L}\-]+, )?{S:po}`,
		conf: 0.65, state: true},
	// "X is allied with Y", "X, an ally of Y", "X and Y are allies".
	{name: "allied-with", pred: "ally_of", keys: "allied|aligned|ally|allies|alliance",
		pat:  `{S:pol}{app},? (?:is |are |was |were |has been |remains )?(?:closely |firmly )?(?:allied|aligned|in alliance) with {det}{adj}{O:pol}`,
		conf: 0.7, state: true},
	{name: "ally-of", pred: "ally_of", keys: "ally|allies",
		pat:  `{S:pol}(?:,| (?:is|was|remains|became)) (?:an? |the |one of the )?(?:close |key |main |closest |staunch |long-time |longtime )?all(?:y|ies) of {det}{adj}{O:pol}`,
		conf: 0.7, state: true},
	{name: "and-allies", pred: "ally_of", keys: "allies",
		pat:  `{S:pol} and {det}{adj}{O:pol} (?:are|were|became|remain) (?:close |key )?allies`,
		conf: 0.7, state: true},
	{name: "rivals", pred: "rival_of", keys: "rival",
		pat:  `{S:pol}(?:,| (?:is|was|remains|became)) (?:an? |the |one of the )?(?:main |chief |bitter |arch-?)?rivals? of {det}{adj}{O:pol}`,
		conf: 0.65, state: true},
	// "X split from Y", "X, a splinter group of Y", "X broke away from Y".
	{name: "splinter", pred: "splinter_of", keys: "split|splinter|broke away|breakaway|offshoot",
		pat:  `{S:o}{app},? (?:(?:is|was) )?(?:an? |the )?(?:(?:split|splintered|broke away|broken away|seceded) from|(?:splinter|breakaway|offshoot)(?: group| faction)? (?:of|from)) {det}{adj}{O:o}`,
		conf: 0.75},
	// "X merged into/with Y".
	{name: "merged-into", pred: "merged_into", keys: "merged|absorbed",
		pat:  `{S:o}{app} {aux}(?:merged into|was merged into|was absorbed into|was absorbed by|merged with) {det}{adj}{O:o}`,
		conf: 0.7},
	// "X is a front for Y", "X, a front organisation of Y".
	{name: "front-for", pred: "front_for", keys: "front",
		pat:  `{S:po}(?:,| (?:is|was|are|were|serves as|acts as|acted as)) (?:an? |the )?(?:[a-z\-]+ )?front(?: organi[sz]ation| group| company)? (?:for|of) {det}{adj}{O:po}`,
		conf: 0.7},
	// "X, the son of Y", "Y's brother X".
	{name: "relative-appos", pred: "relative_of", keys: "son|daughter|brother|sister|father|mother|cousin|nephew|niece|uncle|wife|husband|relative|in-law",
		pat:  `{S:p}(?:,| (?:is|was)|, who (?:is|was)) (?:the |a |an )?(?P<role>son|daughter|brother|sister|father|mother|cousin|nephew|niece|uncle|aunt|wife|husband|relative|son-in-law|brother-in-law|father-in-law|grandson|granddaughter|grandfather|grandmother|stepson|stepdaughter|half-brother|half-sister) of {det}{adj}{O:p}`,
		conf: 0.75},
	{name: "relative-poss", pred: "relative_of", keys: "son|daughter|brother|sister|father|mother|cousin|nephew|niece|uncle|wife|husband|relative|in-law",
		pat:  `{O:p}{poss} (?P<role>son|daughter|brother|sister|father|mother|cousin|nephew|niece|uncle|aunt|wife|husband|relative|son-in-law|brother-in-law|father-in-law),? {S:p}`,
		conf: 0.75},

	// --- backing -----------------------------------------------------------------------------
	// "Y, backed by X", "Y, which is funded and armed by X", "militias supported by X".
	{name: "backed-by", pred: "backed_by", keys: "backed|supported|funded|financed|armed|sponsored|bankrolled|equipped|controlled|sustained",
		pat:  `{S:po}{app},? (?:which is |which are |who are |that is |that are |is |are |was |were |has been |have been |had been |being )?(?:(?:allegedly|reportedly|heavily|largely|directly|openly|also|financially|militarily|politically|partly|both|still|always|long|publicly) )*{neg}(?:backed|supported|funded|financed|armed|sponsored|bankrolled|equipped|sustained)(?:,? (?:and|or) (?:backed|supported|funded|financed|armed|sponsored|trained|equipped|directed|controlled|endorsed|promoted|protected|mobilized|mobilised))? by {det}{adj}{O:pol}`,
		conf: 0.8, state: true},
	// "X-backed Y", "the Iran-sponsored militia Y".
	{name: "x-backed", pred: "backed_by", keys: "-backed|-sponsored|-funded|-supported|-armed|-controlled|-financed| backed| sponsored",
		pat:  `{O:pol}[- ](?:backed|sponsored|funded|supported|armed|controlled|financed)(?: and [a-z]+)? {adj}(?:[\p{L}\-]+, )?{S:po}`,
		conf: 0.75, state: true},
	// "Y is an IRGC-sponsored project", "Y was a Tehran-backed creation".
	{name: "is-x-backed", pred: "backed_by", keys: "-sponsored|-backed|-funded|-supported|-created|-controlled",
		pat:  `{S:o}{app} (?:is|was|are|were|remains|became|has been) (?:an? |the |one )?(?:[a-z\-]+ )?{O:pol}-(?:sponsored|backed|funded|supported|created|controlled) (?:[a-z\-]+ ){0,2}?(?:project|group|militia|proxy|organi[sz]ation|movement|force|creation|outfit|initiative|faction|unit|network)`,
		conf: 0.75, state: true},
	// "X supports/funds/arms Y".
	{name: "backs", pred: "backs", keys: "back|support|fund|financ|arm|sponsor|bankroll|suppl",
		pat:  `{S:pol}{app} {aux}{neg}(?:backs|back|backed|supports|support|supported|funds|fund|funded|finances|finance|financed|arms|arm|armed|sponsors|sponsor|sponsored|bankrolls|bankrolled|has backed|has supported|has funded|continues to support|continues to fund|provides support to|provided support to|provides funding to|provided funding to|supplies weapons to|supplied weapons to|supplied arms to|supplies arms to|provides weapons to|provided weapons to|mobilized|mobilised)(?: and (?:mobilized|mobilised|trained|armed|funded|supported|directed))? {det}{adj}{O:po}`,
		conf: 0.75, state: true},
	// "Y receives funding/weapons/support from X".
	{name: "receives-support", pred: "backed_by", keys: "support|fund|money|weapon|arms|financ|backing|assistance|aid",
		pat:  `{S:po}{app} {aux}(?:receives|received|has received|gets|got|obtained|obtains|relies on|relied on|depends on|depended on) {adj}(?:support|funding|funds|money|weapons|arms|financing|backing|financial support|military support|assistance|aid|patronage)(?:,? and (?:[a-z\-]+ )?(?:support|funding|funds|money|weapons|arms|financing|training|equipment|assistance|aid|backing))? from {det}{adj}{O:pol}`,
		conf: 0.75, state: true},
	// "Y, a proxy of X", "proxies of X such as Y", "X's proxy Y".
	{name: "proxy-of", pred: "backed_by", keys: "prox|client|surrogate",
		pat:  `{S:o}(?:,| (?:is|was|are|were|acts as|act as|serves as|became)) (?:a |an |the |one of )?{adj}(?:prox(?:y|ies)|clients?|surrogates?) (?:of|for) {det}{adj}{O:pol}`,
		conf: 0.75, state: true},
	{name: "proxy-poss", pred: "backed_by", keys: "prox|client",
		pat:  `{O:pol}{poss} {adj}(?:proxy|proxies|client|clients)(?: militia| group| force)?,? (?:the |a )?{adj}{S:o}`,
		conf: 0.7, state: true},
	{name: "proxies-such-as", pred: "backed_by", keys: "prox",
		pat:  `prox(?:y|ies) of {det}{adj}{O:pol}[^\x{E000}]*?,? (?:including|such as|like|among them) {det}{adj}{S:o}`,
		conf: 0.7, state: true},

	// "militias backed by Iran, such as A, B and C", "Iran-backed groups including A and B".
	{name: "backed-such-as", pred: "backed_by", keys: "such as|including|like|among them|namely",
		pat:  `(?:militias|groups|proxies|factions|organi[sz]ations|movements|forces|militants|brigades) (?:(?:that|which) (?:are|were) )?(?:backed|supported|funded|armed|sponsored|financed)(?: and [a-z]+)? by {det}{adj}{O:pol}[^;.]*?,? (?:such as|including|like|among them|namely) `,
		conf: 0.65, state: true, tailList: true},
	{name: "x-backed-such-as", pred: "backed_by", keys: "such as|including|like|among them|namely",
		pat:  `{O:pol}[- ](?:backed|sponsored|funded|supported|armed) (?:[\p{L}'\-]+ ){0,3}?(?:militias|groups|proxies|factions|organi[sz]ations|movements|forces|brigades)[^;.]*?,? (?:such as|including|like|among them|namely) `,
		conf: 0.65, state: true, tailList: true},

	// --- training ----------------------------------------------------------------------------
	// "Y was trained by X", "fighters trained by X".
	{name: "trained-by", pred: "trained_by", keys: "trained",
		pat:  `{S:po}{grp}{app},? {aux}(?:was |were |are |is |been |being |had been |have been |has been )?(?:(?:allegedly|reportedly|also|militarily|secretly) )*trained (?:(?:[a-z\-]+ ){0,4}?)(?:(?:in|at) (?:the )?\x{E000}l\d+[\x{E001}\x{E002}\x{E005}] )?by {det}{adj}{O:pol}`,
		conf: 0.8, state: true},
	// "Y was trained in PLACE", "Y trained at camps in PLACE".
	{name: "trained-in", pred: "trained_in", keys: "train",
		pat:  `{S:po}{grp}{app},? {aux}(?:was |were |are |is |been |had been |have been |has been )?(?:(?:allegedly|reportedly|also|militarily|secretly) )*(?:trained|received (?:[a-z\-]+ ){0,3}training|underwent (?:[a-z\-]+ ){0,3}training|continued training|continued their training|continued his training) (?:(?:[a-z\-]+ ){0,5}?)(?:in|at) {det}{adj}(?:city |town |camps? |centers? |centres? )?(?:of |in |near )?{dcity}{O:l}`,
		conf: 0.7},
	// "Y received (military) training from X".
	{name: "training-from", pred: "trained_by", keys: "training",
		pat:  `{S:po}{grp}{app} {aux}(?:received|receive|receives|underwent|undergo|undergoes|got|completed|attended|were given|was given|was provided with|were provided with) (?:[a-z\-]+ ){0,3}training (?:(?:[a-z\-]+ ){0,4}?)(?:from|by|with) {det}{adj}{O:pol}`,
		conf: 0.75, state: true},
	// "X trained Y".
	{name: "trained", pred: "trained", keys: "train",
		pat:  `{S:pol}{app} (?:(?:has|have|had|reportedly|allegedly|also|who|which|that) ){0,2}{neg}(?:trained|trains|has trained|provided training to|provides training to|gave training to) {det}{adj}{O:po}`,
		conf: 0.75, state: true},

	// --- meetings ----------------------------------------------------------------------------
	// "X met (with) Y", "X held talks with Y".
	{name: "met-with", pred: "met_with", keys: "met|meet|talks|hosted|received",
		pat:  `{S:po}{grp}{app} {aux}{neg}(?:(?:held|had|holds|has held|attended|hosted) (?:a |an )?(?:[a-z\-]+ )?(?:meeting|meetings|talks|discussions) with|met|meets|has met|had met|held talks|held a meeting|held meetings|hosted|received|was received by|sat down) (?:with |by )?{det}{adj}{O:po}(?: (?:in|on) {T})?(?: in (?:the )?{adj}(?:city of )?{PL})?`,
		conf: 0.8},
	// "a meeting between X and Y", "X and Y met".
	{name: "meeting-between", pred: "met_with", keys: "meeting|talks|met",
		pat:  `(?:meeting|meetings|talks|encounter) (?:between|of) {det}{adj}{S:po} and {det}{adj}{O:po}`,
		conf: 0.75},
	{name: "x-and-y-met", pred: "met_with", keys: "met|meet",
		pat:  `{S:po} and {det}{adj}{O:po} (?:had |have |reportedly |also )?(?:met|meet|held talks)\b`,
		conf: 0.75},
	{name: "meeting-with", pred: "met_with", keys: "meeting with",
		pat:  `{S:po}{poss} (?:[a-z\-]+ )?meeting with {det}{adj}{O:po}`,
		conf: 0.75},

	// "photos of X with Y", "X is seen in pictures with Y": photographed together.
	{name: "photographed-with", pred: "met_with", keys: "photo|picture|image|footage|video|seen|pictured",
		pat:  `(?:photos?|photographs?|pictures?|images?|footage|videos?) (?:of|showing|in which (?:were|was|are|is)) {det}{adj}{S:p} (?:with|alongside|together with|and) {det}{adj}{O:p}`,
		conf: 0.55},
	{name: "seen-with", pred: "met_with", keys: "seen|pictured|photographed|shown|filmed",
		pat:  `{S:p}{app},? (?:who )?(?:is|was|were|are|has been|had been) (?:seen|pictured|photographed|shown|filmed) (?:in (?:[a-z\-]+ ){0,2}?(?:photos|pictures|images|footage|videos?) )?(?:with|alongside|together with) {det}{adj}{O:p}`,
		conf: 0.55},

	// --- arrests -----------------------------------------------------------------------------
	// "X was arrested (by Y) (in PLACE) (on DATE)".
	{name: "arrested-passive", pred: "arrested", keys: "arrest|detain|captur|apprehend|custody",
		pat:  `{O:p}{app},? {aux}(?:was |were |has been |had been |have been |got |being )?(?:(?:later|subsequently|also|reportedly|eventually) )?{neg}(?:arrested|detained|captured|apprehended|taken into custody)(?: (?:in|on) {T})?(?: by {det}{adj}{S:pol})?(?: (?:in|on) {T})?(?: (?:in|at|near) (?:the )?{adj}(?:city |town |village )?(?:of )?{PL})?(?: by {det}{adj}{S:pol})?(?: (?:in|on) {T})?`,
		conf: 0.8, state: true, agentFromPlace: true},
	// "Y arrested X", "police detained X".
	{name: "arrested-active", pred: "arrested", keys: "arrest|detain|captur|apprehend",
		pat:  `{S:pol}{app} {aux}{neg}(?:arrested|detained|captured|apprehended|arresting|detaining) {det}{adj}{O:p}(?: (?:in|on) {T})?(?: (?:in|at) (?:the )?{adj}(?:city of )?{PL})?`,
		conf: 0.8, state: true},
	// "the arrest of X (by Y)", "X's arrest by Y".
	{name: "arrest-of", pred: "arrested", keys: "arrest|detention|capture",
		pat:  `(?:arrest|detention|capture) of {det}{adj}{O:p}(?: (?:in|on) {T})?(?: by {det}{adj}{S:pol})?(?: (?:in|at) {PL})?`,
		conf: 0.7, state: true},
	{name: "arrest-poss", pred: "arrested", keys: "arrest|detention",
		pat:  `{O:p}{poss} (?:arrest|detention|capture)(?: (?:in|on) {T})? by {det}{adj}{S:pol}`,
		conf: 0.75, state: true},

	// --- convictions and sentences -----------------------------------------------------------
	// "X was sentenced (by Y) to N years (in PLACE) (in DATE)".
	{name: "sentenced-passive", pred: "sentenced", keys: "sentenced",
		pat:  `{O:p}{app},? {aux}(?:was |were |has been |had been |have been |got |being )?(?:(?:later|subsequently|also|eventually) )?{neg}sentenced(?: in absentia)?(?: (?:in|on) {T})?(?: by {det}{adj}{S:pol})?(?: in absentia)? to {term}(?: (?:in prison|in jail|in custody|of imprisonment|imprisonment|behind bars|of administrative detention|in a penal colony))?(?: (?:in|on) {T})?(?: by {det}{adj}{S:pol})?(?: in {PL})?(?: (?:in|on) {T})?`,
		conf: 0.8, state: true, agentFromPlace: true},
	{name: "sentenced-prison", pred: "sentenced", keys: "sentenced to prison|sentenced to jail",
		pat:  `{O:p}{app},? {aux}(?:was |were |has been |had been )?sentenced to (?P<term>prison|jail)(?: (?:in|on) {T})?(?: by {det}{adj}{S:pol})?(?: in {PL})?(?: (?:in|on) {T})?`,
		conf: 0.7, state: true, agentFromPlace: true},
	// "Y sentenced X to N years".
	{name: "sentenced-active", pred: "sentenced", keys: "sentenced",
		pat:  `{S:pol}{app} {aux}sentenced {det}{adj}{O:p}(?: in absentia)? to {term}`,
		conf: 0.8, state: true},
	// "X was convicted (by Y) (of ...)".
	{name: "convicted-passive", pred: "convicted", keys: "convicted|found guilty",
		pat:  `{O:p}{app},? {aux}(?:was |were |has been |had been |have been )?(?:(?:later|subsequently|also) )?{neg}(?:convicted|found guilty)(?: (?:in|on) {T})?(?: by {det}{adj}{S:pol})?(?:[^\x{E000}]*? in {PL})?`,
		conf: 0.75, state: true, agentFromPlace: true},
	{name: "convicted-where", pred: "convicted", keys: "convicted|found guilty",
		pat:  `{PL}, where {O:p} (?:was |were )(?:later |subsequently )?(?:convicted|found guilty)`,
		conf: 0.6, state: true, agentFromPlace: true},
	{name: "convicted-active", pred: "convicted", keys: "convicted|found",
		pat:  `{S:pol}{app} {aux}(?:convicted|found) {det}{adj}{O:p}(?: guilty)?`,
		conf: 0.75, state: true},

	// --- attacks, targets, threats -----------------------------------------------------------
	// "X attacked/struck/bombed Y".
	{name: "attacked", pred: "attacked", keys: "attack|struck|strike|bomb|shell|raid|storm|ambush|assassinat|kill|shot|stabb|fired|launched",
		pat:  `{S:pole}{grp}{app} {aux}{neg}(?:attacked|struck|bombed|shelled|raided|stormed|ambushed|assassinated|killed|shot|stabbed|hit|fired (?:[a-z\-]+ )?(?:rockets|missiles|drones|shells) (?:at|on|into)|launched (?:an? |several |multiple )?(?:[a-z\-]+ )?(?:attacks?|strikes?|raids?) (?:on|against)|carried out (?:an? |several )?(?:[a-z\-]+ )?(?:attacks?|strikes?|raids?|bombings?) (?:on|against)) {det}{adj}{O:polec}`,
		conf: 0.75, state: true},
	// "an attack by X on Y", "X's attack on Y", "the attack on Y by X".
	{name: "attack-by-on", pred: "attacked", keys: "attack|strike|bombing|assault|raid",
		pat:  `(?:attack|attacks|strike|strikes|bombing|assault|raid|airstrike|air strike|drone strike) by {det}{adj}{S:pol} (?:on|against|targeting) {det}{adj}{O:polec}`,
		conf: 0.75, state: true},
	{name: "attack-on-by", pred: "attacked", keys: "attack|strike|bombing|assault|raid",
		pat:  `(?:attack|attacks|strike|strikes|bombing|assault|raid|airstrike|air strike|drone strike) (?:on|against) {det}{adj}{O:polec} by {det}{adj}{S:pol}`,
		conf: 0.75, state: true},
	{name: "attack-poss", pred: "attacked", keys: "attack|strike|bombing|assault|raid",
		pat:  `{S:pol}{poss} (?:[a-z\-]+ )?(?:attack|attacks|strike|strikes|bombing|assault|raid) (?:on|against) {det}{adj}{O:polec}`,
		conf: 0.75, state: true},
	// "Y, who was killed ... by a US air strike", "Y was attacked by X".
	{name: "attacked-passive", pred: "attacked", keys: "by",
		pat:  `{O:pol}{app},? (?:who |which )?(?:was |were |had been |has been )(?:attacked|struck|bombed|shelled|raided|ambushed|assassinated|killed|shot|stabbed|hit)(?: [^\x{E000},;]*?)? by (?:a |an |the )?(?:{S:pol}(?:[- ](?:led|backed))?(?: [a-z\-]+){0,2} (?:air ?strike|airstrike|drone strike|drone|strike|missile|attack|bombing|raid|forces|troops|militants|fighters|gunmen|operatives|agents)|{det}{adj}{S:pol})`,
		conf: 0.7, state: true},
	// "X targeted Y", "the strike targeted Y" (an Event subject becomes target).
	{name: "targeted", pred: "targeted", keys: "target",
		pat:  `{S:pole}{grp}{app} {aux}{neg}(?:targeted|targets|targeting|was targeting|were targeting|has targeted) {det}(?:(?:[a-z\-]+ ){0,3}(?:from|of|at|in) )?{adj}{O:polec}`,
		conf: 0.75, state: true},
	// "Y was targeted by X".
	{name: "targeted-by", pred: "targeted", keys: "targeted by",
		pat:  `{O:polec}{app},? (?:was |were |has been |had been |is |are )?targeted by {det}{adj}{S:pol}`,
		conf: 0.75, state: true},
	// "X plotted to attack Y", "a plot by X against Y", "plots against Y by X".
	{name: "plotted", pred: "targeted", keys: "plot|conspir|plann|prepar|intend",
		pat:  `{S:pol}{grp}{app} {aux}(?:plotted|conspired|planned|was planning|were planning|was plotting|were plotting|had planned|had plotted|preparing|was preparing|were preparing|planning|plotting|intending|intended) (?:to (?:attack|kill|assassinate|bomb|strike|target|blow up) |against |an attack (?:on|against) |attacks (?:on|against) )(?:the |a )?{adj}{O:polec}`,
		conf: 0.7, state: true},
	// "X had been suspected of planning to attack Y", "authorities accused X of plots against Y".
	{name: "suspected-of-plotting", pred: "targeted", keys: "suspected|accused",
		pat:  `{S:pol}{app} {aux}(?:suspected|accused) of (?:planning|plotting|preparing|conspiring|being involved in (?:[a-z\-]+ ){0,4}?(?:plots?|attacks?)) (?:to (?:attack|kill|assassinate|bomb|strike|target|blow up) |(?:an )?attacks? (?:on|against) |against |(?:[a-z\-]+ ){0,4}?(?:against|on) )(?:the |a )?{adj}{O:polec}`,
		conf: 0.6, state: true},
	{name: "accused-of-plotting", pred: "targeted", keys: "accused",
		pat:  `accused {det}{adj}{S:pol} of (?:planning|plotting|preparing|conspiring|being involved in (?:[a-z\-]+ ){0,4}?(?:plots?|attacks?)) (?:to (?:attack|kill|assassinate|bomb|strike|target) |(?:an )?attacks? (?:on|against) |against |(?:[a-z\-]+ ){0,4}?(?:against|on) )(?:the |a )?{adj}{O:polec}`,
		conf: 0.6, state: true},
	{name: "plot-by-against", pred: "targeted", keys: "plot",
		pat:  `plots? by {det}{adj}{S:pol} (?:against|to (?:attack|kill|assassinate|bomb|target)) {det}{adj}{O:polec}`,
		conf: 0.7, state: true},
	// "X threatened Y", "X sent threats to Y", "X is threatening Y".
	{name: "threatened", pred: "threatened", keys: "threat",
		pat:  `{S:pol}{grp}{app} {aux}{neg}(?:(?:threatened|threatens|has threatened|have threatened|had threatened|threaten) to (?:attack|kill|strike|bomb|target|destroy|hit|assassinate|blow up)|threatened|threatens|has threatened|is threatening|was threatening|were threatening|are threatening|issued (?:[a-z\-]+ )?threats? (?:to|against)|sent (?:[a-z\-]+ )?threats? to|made (?:[a-z\-]+ )?threats? (?:to|against)|directed threats? at|posed a threat to|poses a threat to) {det}{adj}{O:polec}`,
		conf: 0.75, state: true},
	// "threats to Y from X", "Y received threats from X".
	{name: "threats-to-from", pred: "threatened", keys: "threat",
		pat:  `threats? (?:to|against) {det}{adj}{O:polec} (?:from|by|issued by|made by) {det}{adj}{S:pol}`,
		conf: 0.75, state: true},
	{name: "threats-from-to", pred: "threatened", keys: "threat",
		pat:  `threats? (?:from|by) {det}{adj}{S:pol} (?:to|against) {det}{adj}{O:polec}`,
		conf: 0.75, state: true},
	{name: "received-threats", pred: "threatened", keys: "threat",
		pat:  `{O:polc}{app} (?:(?:revealed|said|stated|reported|announced) (?:that )?)?{aux}(?:received|receives|has received|had received|got|faced|faces) (?:[a-z\-]+ )?threats? (?:from|by) {det}{adj}{S:pol}`,
		conf: 0.7, state: true},
	{name: "threats-linked", pred: "threatened", keys: "threat",
		pat:  `threats? (?:to|against) {det}{adj}{O:polec} (?:have|has|had)? ?(?:(?:explicitly|been|also|repeatedly) )*(?:been )?(?:linked|attributed|tied) to {det}{adj}{S:pol}`,
		conf: 0.65, state: true},

	// --- places ------------------------------------------------------------------------------
	// "Y, based in PLACE", "Y is headquartered in PLACE", "a unit stationed near PLACE".
	{name: "based-in", pred: "based_in", keys: "based|headquarter|stationed|located",
		pat:  `{S:po}{app},? (?:which is |who is |that is |is |are |was |were |has been |remains )?(?:(?:currently|now|also|reportedly) )?(?:based|headquartered|stationed|located) (?:in|at|near|out of) {det}{adj}(?:city |town |village |province |region )?(?:of )?{dcity}{O:l}`,
		conf: 0.8},
	// "PLACE-based Y", "UAE based Y".
	{name: "x-based", pred: "based_in", keys: "based",
		pat:  `{O:l}[- ]based (?:[\p{L}'\-]+ ){0,3}?{S:po}`,
		conf: 0.75},
	// "PLACE's Y" ("Lebanon's Hezbollah").
	{name: "place-poss-org", pred: "based_in", keys: "'",
		pat:  `{O:l}{poss} {S:o}`,
		conf: 0.65},
	// "the Saudi Al-Arabiya", "the Lebanese Hezbollah" (the country named elsewhere). A
	// demonym says where a group is from or active, not always where it is based ("the Azeri
	// militia" may sit in Iran), so the claim is operates_in, at a low confidence.
	{name: "demonym-org", pred: "operates_in", keys: "",
		pat:  `{DEM} {S:o}`,
		conf: 0.5},
	{name: "demonym-outlet", pred: "based_in", keys: "website|channel|newspaper|tv|television|daily|agency|outlet|broadcaster|media|network|site",
		pat:  `{DEM} {S:o} (?:news )?(?:website|web site|site|channel|newspaper|tv|television|daily|news agency|agency|outlet|broadcaster|media|network)`,
		conf: 0.6},
	// "Y's stronghold in PLACE", "its headquarters in PLACE".
	{name: "stronghold", pred: "based_in", keys: "stronghold|headquarters|base|bastion",
		pat:  `{S:po}{poss} (?:[a-z\-]+ )?(?:stronghold|headquarters|main base|base|bastion|home base) (?:at|in|of) {det}{adj}{O:l}`,
		conf: 0.75},
	// "Y operates in PLACE", "Y is active in PLACE".
	{name: "operates-in", pred: "operates_in", keys: "operat|active|present",
		pat:  `{S:po}{app} {aux}{neg}(?:operates|operated|has operated|is active|was active|are active|were active|became active|remains active|has been active|has a presence|had a presence|established a presence|maintains a presence|is present|was present|operate) (?:mainly |mostly |primarily |also |only )?(?:in|on|across|throughout|out of|from) (?:the )?(?:[a-z\-]+ soil of |territory of |soil of )?{adj}{dcity}{O:l}`,
		conf: 0.75},
	// "Y was founded/established in PLACE" without a founder is covered by founded-passive.

	// "PLACE1, a town south of PLACE2", "PLACE1, in PLACE2".
	{name: "located-appos", pred: "located_in", keys: "city|town|village|province|region|district|capital|port|governorate|area|enclave",
		pat:  `{S:l}, (?:a |an |the )?(?:(?:small|large|major|second[- ]largest|largest|holy|strategic|border|coastal|[a-z]+ern)[ -])*(?:city|town|village|province|region|district|capital|port|governorate|area|enclave) (?:(?:(?:just )?(?:south|north|east|west|southeast|southwest|northeast|northwest|outside|near)(?:ern)? (?:of )?)|in |of )(?:the )?{adj}{O:l}`,
		conf: 0.7},
	// "the city of PLACE1 in PLACE2", "the PLACE2 city of PLACE1".
	{name: "city-of", pred: "located_in", keys: "city of|town of|village of|province of|region of|district of|enclave of|exclave of|governorate of",
		pat:  `{O:l} (?:(?:holy|border|port|capital|eastern|western|northern|southern|central)[ -])?(?:city|town|village|province|region|district|enclave|exclave|governorate) of (?:the )?{S:l}`,
		conf: 0.75},
	{name: "city-of-in", pred: "located_in", keys: "city of|town of|village of|province of|region of|district of",
		pat:  `(?:city|town|village|province|region|district) of {S:l},? (?:in|near) {det}{adj}{O:l}`,
		conf: 0.75},
	// "Ganja, Azerbaijan's second largest city".
	{name: "place-poss-city", pred: "located_in", keys: "city|town|port|capital|province|region",
		pat:  `{S:l}, {O:l}{poss} (?:[a-z\-]+ ){0,2}?(?:city|town|village|port|capital|province|region|district)`,
		conf: 0.7},
	// "Lankaran, on the shore of the Caspian Sea".
	{name: "on-the-shore", pred: "located_in", keys: "shore|coast|bank|edge|outskirts|foot",
		pat:  `{S:l},? (?:which lies |which is |is |lies |located )?(?:on|at) the (?:shores?|coast|banks?|edge|outskirts|foot) of {det}{adj}{O:l}`,
		conf: 0.7},
	// "Damascus, the Syrian capital".
	{name: "demonym-capital", pred: "located_in", keys: "capital|city|town|province|region|port|district",
		pat:  `{S:l}, (?:the |a |an )?(?:[a-z\-]+ )?{DEM} (?:capital|city|town|village|province|region|port|district)`,
		conf: 0.7},
	// "PLACE1, PLACE2" ("Kerman, Iran"); list items are filtered out in apply.
	{name: "place-in-appos", pred: "located_in", keys: ", in ",
		pat:  `{S:l}, in (?:the )?{adj}{O:l}`,
		conf: 0.65},
	{name: "place-comma-place", pred: "located_in", keys: ",",
		pat:  `{S:l}, {O:l}(?:$|[.;:),]| and )`,
		conf: 0.55},
	// "the embassy in PLACE", "the attack in PLACE": events and facilities in a place.
	{name: "in-place", pred: "located_in", keys: " in | near | at | outside ",
		pat:  `{S:le} (?:in|near|at|outside) (?:the )?{O:l}`,
		conf: 0.55},
	{name: "facility-in-place", pred: "located_in", keys: " in | near | at | outside ",
		pat:  `{S:o} (?:in|near|at|outside) (?:the )?{O:l}`,
		conf: 0.55},
	// "X was born in PLACE (in/on DATE)", "X, born in 1985 in PLACE".
	{name: "born", pred: "born_in", keys: "born",
		pat:  `{S:p}{app},? (?:was |is |who was |had been )?born(?: (?:in|on) {T})?(?: in (?:the )?{adj}(?:city |town |village |province |region )?(?:of )?{dcity}{O:l})?(?:,? (?:in|on) {T})?`,
		conf: 0.85, datePred: "born_on", litOn: "s"},

	// --- channels and ownership --------------------------------------------------------------
	// "X's Telegram channel Y", "X's website Y".
	{name: "channel-poss", pred: "operates_channel", keys: "channel|account|page|website|outlet|feed|site|group|blog|station",
		pat:  `{S:po}{poss} (?:(?:official|own|main|new|[a-z\-]+-language|telegram|twitter|x|youtube|instagram|facebook|tiktok|whatsapp|vk|propaganda|media|news|tv|satellite)[ -])*(?:channel|account|page|website|web site|site|outlet|feed|group|blog|station),? (?:called |named )?"?{O:c}`,
		conf: 0.8},
	// "Y, a channel run by X", "Y, which is operated by X".
	{name: "channel-run-by", pred: "operates_channel", keys: "run by|operated by|managed by|administered by|controlled by|owned by|affiliated with|linked to",
		pat:  `{O:c}{app},? (?:which is |that is |is |was |a |an |the )?(?:(?:telegram|twitter|youtube|news|media|propaganda|tv)[ -])*(?:channel |account |website |outlet |page )?(?:run|operated|managed|administered|controlled) by {det}{adj}{S:po}`,
		conf: 0.8},
	// "X runs/operates/launched the channel Y".
	{name: "runs-channel", pred: "operates_channel", keys: "run|operat|manag|administ|launch|creat",
		pat:  `{S:po}{app} {aux}(?:runs|ran|operates|operated|manages|managed|administers|administered|launched|created|set up|maintains|maintained) {det}(?:(?:telegram|twitter|youtube|instagram|facebook|tiktok|news|media|propaganda|tv)[ -])*(?:channel|account|website|outlet|page)?,? ?(?:called |named )?"?{O:c}`,
		conf: 0.75},
	// "X-operated Y", "X-run Y" for channels.
	{name: "x-operated", pred: "operates_channel", keys: "-operated|-run|-controlled|-owned|-affiliated",
		pat:  `{S:po}-(?:operated|run|controlled|owned|affiliated) (?:[\p{L}'\-]+ ){0,3}?{O:c}`,
		conf: 0.7},
	// "X owns Y", "Y, owned by X", "X-owned Y".
	{name: "owns", pred: "owns", keys: "own",
		pat:  `{S:po}{app} {aux}{neg}(?:owns|owned|has owned|had owned|bought|acquired|purchased) {det}{adj}{O:polcde}`,
		conf: 0.75},
	{name: "owned-by", pred: "owns", keys: "owned by",
		pat:  `{O:polcde}{app},? (?:which is |that is |is |was |are |were )?(?:(?:wholly|partly|partially|jointly|reportedly) )?owned by {det}{adj}{S:po}`,
		conf: 0.75},
	{name: "x-owned", pred: "owns", keys: "-owned",
		pat:  `{S:po}-owned (?:[\p{L}'\-]+ ){0,3}?{O:polcd}`,
		conf: 0.7},

	// --- member counts -----------------------------------------------------------------------
	// "Y has about 20 members", "Y was comprised of only 14 students", "Y is believed to have
	// around 20 members", "the force is said to be composed of 10,000 fighters".
	{name: "member-count", pred: "member_count", keys: "member|fighter|militant|men|soldier|recruit|student|follower|troop|personnel|operative|volunteer|cadre|strong",
		pat:  `{S:o}{app},? (?:(?:is|are|was|were) (?:believed|said|thought|estimated|reported|understood|alleged) to (?:have|number|comprise|include|be composed of|be comprised of|be made up of|consist of|count) |(?:has|had|have|now has|reportedly has|still has) (?:grown to |reached )?|numbers |numbered |counts |counted |comprises |comprised |consists of |consisted of |(?:is|was|were|are) (?:comprised|composed|made up) of |includes |included |boasts |claims |claimed |grew to |has grown to |is estimated at |was estimated at |brought together |gathered |(?:is|was) (?:only )?)(?:a (?:force|group|network|membership|strength) of )?{hedge}{num}(?: (?:[\p{L}'\-]+ ){0,3}?(?:members|fighters|militants|men|soldiers|recruits|students|followers|troops|personnel|operatives|volunteers|cadres|combatants|activists|people|azeris)|[- ]strong)`,
		conf: 0.75},
	// "a group of 14 members" right after the organisation: "Y, a group of 14 fighters".
	{name: "member-count-appos", pred: "member_count", keys: "group of|force of|network of|militia of",
		pat:  `{S:o}, (?:a|an) (?:[a-z\-]+ )?(?:group|force|network|militia|unit|cell|brigade) of {hedge}{num} (?:[\p{L}'\-]+ ){0,2}?(?:members|fighters|militants|men|soldiers|recruits|students|followers|troops|operatives|volunteers)`,
		conf: 0.7},

	// "X claimed responsibility for the attack on Y", "X claimed the bombing in PLACE".
	{name: "claimed-attack", pred: "attacked", keys: "responsibility|claimed",
		pat:  `{S:po}{app} {aux}(?:claimed|has claimed|took|claims) (?:responsibility|credit) for {det}(?:[a-z\-]+ ){0,2}?(?:attack|attacks|bombing|bombings|assault|strike|strikes|assassination|killing|shooting|raid) (?:on|against|of|targeting) {det}{adj}{O:polc}`,
		conf: 0.75, state: true},
	{name: "claimed-event", pred: "participated_in", keys: "responsibility|credit",
		pat:  `{S:po}{app} {aux}(?:claimed|has claimed|took|claims) (?:responsibility|credit) for {det}{adj}{O:e}`,
		conf: 0.75, role: "perpetrator"},
	// "X died / was killed in 2020".
	{name: "died-on", pred: "killed_in", keys: "died|killed|assassinated|executed",
		pat:  `{S:p}{app},? {aux}(?:died|was killed|were killed|was assassinated|was executed|was shot dead)(?: [^,;\x{E000}]*?)? (?:(?:in|on) )?{T}`,
		conf: 0.75, datePred: "died_on", litOn: "s"},
	// "X, a citizen of Y", "his native Y".
	{name: "citizen-of", pred: "nationality", keys: "citizen|national|native",
		pat:  `{S:p}(?:,| (?:is|was)) (?:an? |the )?(?:[a-z\-]+ )?(?:citizen|national|native) of {det}{O:l}`,
		conf: 0.75},
	{name: "native-country", pred: "nationality", keys: "native",
		pat:  `{S:p}{poss} native {O:l}`,
		conf: 0.65},

	// "the 10,000-strong Y", "Y, with about 300 fighters,".
	{name: "n-strong", pred: "member_count", keys: "-strong| strong",
		pat:  `{num}[- ]strong (?:[\p{L}'\-]+ ){0,3}?{S:o}`,
		conf: 0.7},
	{name: "with-n-members", pred: "member_count", keys: "with",
		pat:  `{S:o}, with {hedge}{num} (?:[\p{L}'\-]+ ){0,2}?(?:members|fighters|militants|men|soldiers|recruits|followers|troops|operatives|volunteers|combatants)`,
		conf: 0.7},

	// --- killed, took part, fought -----------------------------------------------------------
	{name: "killed-in", pred: "killed_in", keys: "killed|died|dead|perished|slain|martyred|assassinated",
		pat:  `{S:p}{appw},? {aux}(?:was |were |had been |has been )?(?:killed|died|was killed|perished|slain|martyred|assassinated|shot dead)(?: [^\x{E000},;]*?)? (?:(?:(?:in|near|at|outside) (?:the )?\x{E000}l\d+[\x{E001}\x{E002}\x{E005}](?: [a-z]+)? )?by {det}{adj}{O:e}|(?:in|during|at|near) {det}{adj}{O:el})`,
		conf: 0.7},
	{name: "among-dead", pred: "killed_in", keys: "among the dead|among those killed|among the victims",
		pat:  `among (?:the dead|those killed|the victims) (?:in|of) {det}{adj}{O:el},? (?:was|were) (?:also )?{S:p}`,
		conf: 0.6},
	{name: "participated-in", pred: "participated_in", keys: "particip|took part|attended|involved|joined",
		pat:  `{S:po}{app} {aux}{neg}(?:participated in|took part in|attended|was involved in|were involved in|joined|has participated in|had participated in|participating in) {det}{adj}{O:e}`,
		conf: 0.75},
	// "X carried out the Ganja bombing", "X was behind the attack".
	{name: "carried-out", pred: "participated_in", keys: "carried out|conducted|staged|perpetrated|orchestrated|masterminded|behind|responsible for|organi",
		pat:  `{S:po}{grp}{app} {aux}{neg}(?:carried out|conducted|staged|perpetrated|orchestrated|masterminded|organized|organised|was behind|were behind|is behind|are behind|was responsible for|were responsible for) {det}{adj}{O:e}`,
		conf: 0.75, role: "perpetrator"},
	// "the Ganja bombing on 3 July 2018": the event's date.
	{name: "event-date", pred: "date", keys: " on | in | of ",
		pat:  `{S:e} (?:on|in|of) {T}`,
		conf: 0.7, datePred: "date", litOn: "s"},
	// "the exercise conducted by X", "a rally organised by X".
	{name: "event-by", pred: "participated_in", keys: "conducted by|carried out by|organized by|organised by|staged by|held by|led by|perpetrated by|claimed by",
		pat:  `{O:e}{app},? (?:which was |that was |was |were )?(?:conducted|carried out|organized|organised|staged|held|led|perpetrated|claimed) by {det}{adj}{S:po}`,
		conf: 0.7},
	{name: "fought-in", pred: "fought_in", keys: "fought|fight|battled|combat",
		pat:  `{S:po}{grp}{app} {aux}{neg}(?:fought|has fought|had fought|were fighting|was fighting|battled|took part in the fighting|participated in the fighting|saw combat) (?:(?:alongside|with|against|beside) {det}{adj}{M:pol} )?(?:[a-z\-]+ ){0,3}?(?:in|during|on) (?:the )?(?:{T_} )?{adj}{O:el}`,
		conf: 0.7},
	{name: "sent-to", pred: "sent_to", keys: "sent to|deployed to|dispatched to|went to|travelled to|traveled to",
		pat:  `{S:po}{grp}{app},? {aux}(?:was |were |had been |have been )?(?:sent|deployed|dispatched|went|travelled|traveled|moved) (?:[a-z\-]+ ){0,2}?to {det}{adj}{O:le}`,
		conf: 0.65},
	// "X gave Y its name", "Y was named by X".
	{name: "named-by", pred: "named_by", keys: "name",
		pat:  `{O:po}{app} {aux}(?:gave|has given|had given|is believed to have given|chose) {det}{S:o}(?:{poss})? (?:the |{M:o}'s )?(?:full |current |new |official )?name`,
		conf: 0.7},
}
