package relate

// recallRules are English patterns for statements the first rule set left out: critics and
// opponents, allies named by possessive, deputies, a state's exercises and operations, events
// attended, units named by their parent's possessive, fights against a foe, a deployment in a
// coordinated verb phrase, an envoy sent abroad, sponsorship nouns ("X's promotion of Y").
var recallRules = []rule{
	// "X, a fierce critic of Y's regime", "X had long been an opponent of the regime in Y".
	{name: "critic-of", pred: "rival_of", keys: "critic|opponent|enem|adversar|foe",
		pat:  `{S:pol}{appw}(?:,| (?:is|was|are|were|has been|had been|has long been|had long been|remains|became|is known as|was known as)) (?:a |an |the |one of the )?(?:(?:fierce|fiercest|vocal|outspoken|leading|prominent|staunch|harsh|harshest|strong|strongest|long-time|longtime|bitter|main|chief|sworn|arch)[ -])*(?:critics?|opponents?|enem(?:y|ies)|adversar(?:y|ies)|foes?) of (?:(?:the )?(?:(?:president|prime minister|king|leader|general) )?{O:pol}(?:{poss} (?:regime|government|rule|administration|policies))?|(?:the )?(?:regime|government|authorities|rulers) (?:in|of) {O:l})`,
		conf: 0.65, state: true},
	// "Ruritania's ally Borduria", "its closest ally, Syldavia".
	{name: "ally-poss", pred: "ally_of", keys: "ally|allies",
		pat:  `{S:pol}{poss} (?:(?:close|closest|key|main|only|regional|long-time|longtime|staunch|strategic|traditional|old)[ -])*all(?:y|ies),? {det}{O:pol}`,
		conf: 0.7, state: true},
	// "X fought alongside Y".
	{name: "fought-alongside", pred: "ally_of", keys: "alongside|side by side|together with",
		pat:  `{S:po}{grp}{app} {aux}(?:fought|fight|fights|have fought|had fought|are fighting|were fighting|battled) (?:alongside|side by side with|together with) {det}{adj}{O:pol}`,
		conf: 0.6, state: true},
	// "X, Y's deputy in the north", "X, Y's chief aide".
	{name: "deputy-poss", pred: "associate_of", keys: "deputy|aide|adviser|advisor|assistant|lieutenant|right-hand",
		pat:  `{S:p}, (?:the )?{O:p}{poss} (?:(?:chief|senior|top|former|longtime|long-time|personal|military|close)[ -])*(?P<role>deputy|aide|adviser|advisor|assistant|lieutenant|right-hand man|bodyguard)\b`,
		conf: 0.7},
	// "Ruritania conducted two surprise military exercises, dubbed "Iron Gate"".
	{name: "exercise-dubbed", pred: "participated_in", keys: "dubbed|called|named|known as",
		pat:  `{S:pol}{app} {aux}(?:conducted|held|staged|organi[sz]ed|launched|carried out|began|started|announced) (?:[a-z\-]+ ){0,4}?(?:exercises?|drills?|manoeuvres|maneuvers|war ?games|operations?|offensive|campaign),? (?:dubbed|called|named|code-?named|known as) "?{O:eu}`,
		conf: 0.7, state: true},
	// "Ruritania responded by organizing military exercises near its border".
	{name: "responded-by", pred: "participated_in", keys: "responded|reacted|retaliated",
		pat:  `{S:pol}{app} {aux}(?:responded|reacted|retaliated) (?:[a-z\-]+ ){0,3}?by (?:organi[sz]ing|conducting|holding|staging|launching|carrying out) {det}{adj}{O:e}`,
		conf: 0.7, state: true},
	// "X attended the annual Unity Forum meeting": a name before an event noun.
	{name: "attended-named-event", pred: "participated_in", keys: "attended|participated|took part",
		pat:  `{S:po}{grp}{app} {aux}(?:attended|participated in|took part in) (?:the |a |an )?(?:(?:annual|yearly|first|second|third|international|regional|[a-z]+-day)[ -])*{O:eu} (?:meeting|conference|summit|gathering|congress|forum|assembly|rally|ceremony|festival|exercises?|drills?)\b`,
		conf: 0.7},
	// "the Revolutionary Guard's Jerusalem Force", "its Jihad Council": an organisation named with its parent's
	// possessive and nothing between is a unit of it.
	{name: "org-poss-org", pred: "part_of", keys: "'",
		pat:  `{O:o}{poss} {S:o}`,
		conf: 0.6},
	// "X claimed his militia would fight the Black Banner", "X vowed to fight Y".
	{name: "fight-against", pred: "rival_of", keys: "fight|battle|combat",
		pat:  `{S:po}{grp}{app} (?:(?:claimed|said|stated|announced|declared|insisted|promised)(?: that)? (?:his |her |its |their |\x{E000}[po]\d+[\x{E001}\x{E002}]'s? )(?:men|militia|group|fighters|followers|movement|forces) )?{aux}(?:would |will |to |vowed to |pledged to |intends to |intended to |continues to |continued to )?(?:fight|fights|fought|fighting|battle|battles|battled|combat|combats|combating) (?:against )?{det}{adj}{O:po}`,
		conf: 0.55},
	// "They all received brief training and deployed to Syldavia".
	{name: "trained-and-deployed", pred: "sent_to", keys: "sent|deployed|dispatched|went|travel|moved",
		pat:  `{S:po}{grp}{app} (?:all |both |then |later )?(?:received|underwent|completed|finished|were given|got) [^,;.\x{E000}]{0,60}? and (?:were |was |then |later |were then |were later )*(?:sent|deployed|dispatched|went|travelled|traveled|moved) (?:[a-z\-]+ ){0,2}?to {det}{adj}{O:le}`,
		conf: 0.65},
	// "Ruritania dispatched its foreign minister, Omar Haddad, to Borduria".
	{name: "envoy-sent", pred: "sent_to", keys: "sent|dispatched|deployed",
		pat:  `(?:sent|dispatched|deployed) (?:(?:\x{E000}[a-z]\d+[\x{E001}\x{E002}\x{E005}]'s?|his|her|its|their|the|a) )?(?:[a-z\-]+,? ){0,3}?(?:\x{E000}t\d+\x{E001},? )?{S:p},? to {det}{O:l}`,
		conf: 0.65},
	// "Haddad's promotion of the Blue Hand", "Ruritania's sponsorship of the group".
	{name: "promotion-of", pred: "backs", keys: "promotion|sponsorship|backing|support|funding|patronage|arming|financing",
		pat:  `{S:pol}{poss} (?:(?:early|continued|open|covert|active|financial|military|political)[ -])*(?:promotion|sponsorship|backing|support|funding|patronage|arming|financing) (?:of|for) {det}{adj}{O:po}`,
		conf: 0.65, state: true},
	// "Borduria's defeat by Ruritania in the 2020 Lake War": both sides fought in it.
	{name: "defeat-winner", pred: "fought_in", keys: "defeat",
		pat:  `{M:pol}{poss} defeat (?:by|at the hands of) {det}{S:pol} in (?:the )?(?:{T_} )?{adj}{O:e}`,
		conf: 0.65, state: true},
	{name: "defeat-loser", pred: "fought_in", keys: "defeat",
		pat:  `{S:pol}{poss} defeat (?:by|at the hands of) {det}{M:pol} in (?:the )?(?:{T_} )?{adj}{O:e}`,
		conf: 0.65, state: true},
	// "The movement, headed by X, a critic of Y, was, according to the report, founded by Z":
	// a subject with a long apposition and an attribution before the verb.
	{name: "founded-passive-long", pred: "founded_by", keys: "founded by|established by|created by|formed by|launched by",
		pat:  `{S:o}(?:,[^,;]+?){1,3}, (?:was|were|had been|has been),? (?:according to [^,;]{1,60}?, |reportedly |allegedly )?(?:co-founded|founded|established|created|formed|launched) by {det}{adj}{O:pol}`,
		conf: 0.7, state: true},
	// "Ruritania has enhanced its military cooperation with Syldavia, Carpania and Molvania",
	// "X enjoys strong relations with Y": partners (STIX cooperates-with).
	{name: "cooperation-with", pred: "ally_of", keys: "cooperation|partnership|alliance|relations|ties",
		pat:  `{S:pol}{app} {aux}(?:(?:is|was|has been|remains) one of the (?:[a-z\-]+ ){0,4}?(?:countries|states|nations|governments) to )?(?:(?:significantly|greatly|further|steadily|quietly) )?(?:enhanced|expanded|deepened|strengthened|boosted|increased|developed|built|signed|has|had|have|enjoy|enjoys|enjoyed|maintains|maintained) (?:an? |its |their |his |\x{E000}[lo]\d+[\x{E001}\x{E002}]'s? )?(?:(?:military|security|defen[cs]e|intelligence|economic|strategic|close|closer|strong|stronger|warm|good|friendly)[ -])*(?:cooperation|partnership|alliance|(?:relations|ties)) with (?:(?:\x{E000}[lo]\d+[\x{E001}\x{E002}]'s?|the|its|their) )?(?:(?:[a-z\-]+ ){0,2}?(?:rivals|allies|partners|neighbou?rs|enemies):? )?{O:pol}`,
		conf: 0.6, state: true},
	// "French military cooperation and arms sales to Ruritania".
	{name: "arms-sales", pred: "backs", keys: "arms|weapons|military aid|military assistance",
		pat:  `(?P<s>\x{E000}l\d+\x{E005}) (?:[a-z\-]+ ){0,4}?(?:arms sales|arms supplies|arms deliveries|weapons deliveries|weapons supplies|military aid|military assistance) (?:to|for) {det}{O:pol}`,
		conf: 0.65, state: true},
	// "The movement ... was founded ... as part of the array of militias established by X",
	// "the Red Hand, a faction within the network of X-backed groups": a group placed in a
	// sponsor's family of militias is backed by it. The subject opens the sentence or the
	// apposition.
	{name: "part-of-network", pred: "backed_by", keys: "array of|network of|axis of|family of|constellation of|web of",
		pat:  `^(?:the |a |an )?{S:o}[^;.]*? as (?:a )?part of (?:the |an? )?(?:array|network|axis|family|constellation|web) of (?:[\p{L}'\-]+ ){0,3}?(?:militias|groups|proxies|forces|organi[sz]ations|movements|factions) (?:established|created|founded|backed|supported|sponsored|funded|set up|formed) by {det}{O:pol}`,
		conf: 0.6, state: true},
	{name: "faction-of-network", pred: "backed_by", keys: "array of|network of|axis of|family of|constellation of|web of",
		pat:  `{S:o}(?: militia| group| movement)?, (?:a|an|one) (?:[a-z\-]+ )?(?:faction|member|part|unit|component) (?:within|of|in) (?:the |an? )?(?:array|network|axis|family|constellation|web) of {O:pol}[- ](?:backed|sponsored|funded|supported|created|controlled)`,
		conf: 0.65, state: true},
	// "Its aim, he said, would be to fight the Black Banner", "he claimed that the goal was to
	// participate in the war against X".
	{name: "aim-to-fight", pred: "rival_of", keys: "aim|goal|objective|mission|purpose",
		pat:  `{S:po}(?:{poss}|{app} {aux}(?:claimed|said|stated|announced|declared)(?: that)? (?:the|his|her|its|their)) (?:declared |stated |main |only )?(?:aim|goal|objective|mission|purpose),?(?: [^,;]{1,30},)? (?:was|is|would be|will be) to (?:fight|combat|battle|confront|destroy|defeat|participate in the (?:war|fight|battle|struggle) against|join the (?:war|fight|battle|struggle) against) {det}{adj}{O:po}`,
		conf: 0.6},
	// "Over the last decades, the Red Guard has supported and mobilized militias in many
	// countries. Those militias, such as Borduria's Blue Hand and Syldavia's Red Hand, ...": the
	// sponsor of the first sentence backs the groups the next one lists.
	{name: "sponsor-of-groups", pred: "backs", keys: "militias|groups|proxies|factions|movements",
		pat:  `{S:pol}{app} {aux}(?:supported|backed|funded|armed|sponsored|mobili[sz]ed|created|trained|supports|backs|funds|arms|sponsors)(?:,? and (?:supported|backed|funded|armed|sponsored|mobili[sz]ed|created|trained|supports|backs|funds|arms|sponsors))? (?:[\p{L}'\-]+ ){0,3}?(?:militias|groups|proxies|factions|movements)\b`,
		conf: 0.6, state: true, sponsorOf: true},
	{name: "those-groups-such-as", pred: "backed_by", keys: "such as|including|like|among them|namely",
		pat:  `^(?:those|these|such|the) (?:[a-z\-]+ )?(?:militias|groups|proxies|factions|movements),? (?:such as|including|like|among them|namely) `,
		conf: 0.6, state: true, sponsored: true},
	// "Y's war veterans started to return home to Ruritania, where they continued training".
	{name: "returned-where-trained", pred: "trained_in", keys: "training",
		pat:  `{S:po}{grp}{poss}? (?:[a-z\-]+ |\x{E000}[el]\d+[\x{E001}\x{E002}] ){0,4}?(?:veterans|fighters|members|militants|recruits|volunteers) (?:[a-z\-]+ ){0,3}?(?:returned|return|went|moved|travelled|traveled|were sent|was sent) (?:home |back )?to {det}{O:l},? where (?:they|he|she|\x{E000}[a-z]\d+[\x{E001}\x{E002}]) (?:continued|received|underwent|completed|began|started|resumed) (?:[a-z\-]+ ){0,2}?training`,
		conf: 0.65},
	// "Ruritan News Agency (Ruritania)": an outlet or group with its country in brackets.
	{name: "org-paren-country", pred: "based_in", keys: "(",
		pat:  `{S:oc} \({O:l}\)`,
		conf: 0.6},
	// "X, a fierce opponent of the regime in Y who has links to Z": the relative clause after an
	// apposition is about the person the apposition describes.
	{name: "links-to-appos", pred: "affiliated_with", keys: "links|ties|connections",
		pat:  `{S:p}, (?:a|an|the) [^,;]{1,120}? who (?:has|had|maintains|maintained) (?:close |strong |direct |alleged |reported |long-standing |longstanding |deep )?(?:links|ties|connections) (?:to|with) {det}{adj}{O:pol}`,
		conf: 0.6, state: true},
	// "The United States designated X a terrorist organisation", "X was blacklisted by the EU",
	// "X, sanctioned by the Treasury in 2019".
	{name: "designated-active", pred: "designated_by", keys: "designat|blacklist|sanction|listed",
		pat:  `{O:pol}{app} {aux}{neg}(?:designated|designates|blacklisted|sanctioned|listed|has designated|had designated) {det}{adj}{S:po},? (?:as )?(?:an? |the )?(?:[a-z\-]+ ){0,3}?(?:terrorist|terror|extremist|sanctioned)`,
		conf: 0.75, state: true},
	{name: "designated-passive", pred: "designated_by", keys: "designated|blacklisted|sanctioned|listed",
		pat:  `{S:po}{app},? {aux}(?:was |were |has been |had been |have been |is |are )?(?:(?:also|later|formally|officially) )?{neg}(?:designated|blacklisted|sanctioned|listed)(?: as)?(?: (?:an? |the )?(?:[a-z\-]+ ){0,3}?(?:terrorist|terror|extremist) (?:organi[sz]ation|group|entity|movement))?(?: (?:in|on) {T})? by {det}{adj}{O:pol}`,
		conf: 0.75, state: true},
	// "X was the one who launched the so-called "Y" and called them Z": X named the group Z.
	{name: "launched-and-called", pred: "named_by", keys: "called|named|dubbed",
		pat:  `{O:po}{app} {aux}(?:launched|founded|established|created|formed|set up) (?:the )?(?:so-called )?"?{M:o}"?,? and (?:called|named|dubbed) (?:them |it |\x{E000}[a-z]\d+[\x{E001}\x{E002}] )?"?{S:o}`,
		conf: 0.65},
	// "X had been one of the groups participating in the fighting in Syldavia".
	{name: "one-of-groups-fighting", pred: "fought_in", keys: "one of the",
		pat:  `{S:po}{app} {aux}(?:was|were|is|are|had been|has been) one of the (?:[\p{L}'\-]+ ){0,3}?(?:groups|militias|factions|forces|organi[sz]ations|movements) (?:participating|taking part|fighting|involved) in (?:the )?(?:fighting |war |conflict |battles? )?(?:in )?{det}{adj}{O:el}`,
		conf: 0.65},
	// "X had a minimal presence and impact in Syldavia", "X managed to establish a presence in Y".
	{name: "presence-in", pred: "operates_in", keys: "presence",
		pat:  `{S:po}{app} {aux}(?:only |just |still |already )?(?:has|had|have|maintains|maintained|established|establish|built|build|managed to establish|managed to build) (?:a |an )?(?:(?:minimal|small|limited|strong|large|significant|growing|military|permanent|visible)[ -])*presence(?: and [a-z]+)?(?: on the ground)? in {det}{adj}{O:l}`,
		conf: 0.65},
	// "Ruritanian President Omar Haddad", "the mayor of Lakeside, Karim Saleh", "Karim Saleh, the
	// mayor of Lakeside": a person and the title the recogniser found beside the name.
	{name: "title-before-name", pred: "holds_position", keys: "",
		pat:  `{O:t},? {S:p}`,
		conf: 0.75},
	{name: "name-then-title", pred: "holds_position", keys: "",
		pat:  `{S:p}, (?:the |a |an )?(?:(?:former|late|current|new|then|acting|interim)[ -])?{O:t}`,
		conf: 0.7},
	// "The militia calls itself the Caspian Movement", "X, also known as Y": another name.
	{name: "calls-itself", pred: "alias", keys: "itself|known as|also called",
		pat:  `{S:o}(?: (?:founded|led|backed|created|headed|run|established|formed) by [^;.]{1,200}?,)?{app},? {aux}(?:calls itself|called itself|styles itself|styled itself|refers to itself as|referred to itself as|also known as|is known as|was known as|is also called|was also called) (?:the )?"?{O:o}`,
		conf: 0.7},
}
