// Package relate finds relations between the mentions of a sentence — who founded, leads,
// backs, trained, met, arrested, sentenced or attacked whom, where groups are based, when people
// were born, how many members a group had — and states each as an extract.Relation with a
// predicate of the vocabulary (dossier.Predicates). It is the relation stage of the extraction
// pipeline (DESIGN §3, step 5): pure, no storage, no network, safe for concurrent use.
//
// # Masked sentences
//
// Each sentence (long ones cut into windows of maxSegment code points) is rewritten into a
// masked form: its mentions become placeholders carrying their type letter and index (p Person,
// o Organization, l Location, e Event, c Channel, d Document, t Position), its dates become date
// placeholders, and the rest is lower-cased with quotes, dashes and spaces unified. Rules are
// regular expressions over that form written in a small macro language (rule.go): {S:po} is a
// subject that may be a Person or an Organization, {O:l} an object Location, {T} a date, {PL} a
// place, {app} an appositive, {aux} auxiliaries ("was the one who", "had reportedly"), {adj} up
// to three free words, {det} an article with an optional possessor or demonym. Go's regexp
// engine runs in linear time; most rules are anchored at a placeholder and tried only at
// placeholders of the right type before the last occurrence of one of their keywords, and a
// trigram filter spares most keyword searches.
//
// # Rules
//
// English (rules_en.go): founding (active, passive, "Y, founded by X", "X, the founder of Y",
// "its founder", "the founding of Y in 2016", "X announced (the creation of) Y", "denied
// founding"), with founding_date and founding_place; leadership with a Role qualifier (leader,
// commander, secretary-general, ...; a deputy is a member); membership ("a member of", "a Y
// commander", "joined", "members of Y, including X", "part of"); part_of; backing ("backed by",
// "X-backed", "Iranian-backed" when Iran is named in the document, "X supports", "receives
// funding from", proxies, "militias backed by X, such as A, B"); training (by, in, from);
// meetings (met with, a meeting between, photographed together); arrests, convictions and
// sentences with a Term qualifier (with no agent, the country where it happened stands for the
// state at a lower confidence); attacks, targets, plots and threats; based_in / operates_in /
// located_in; born_in / born_on / died_on; nationality; operates_channel; owns; member_count
// (a literal number with the hedge in Quantity and the sentence's date or, for the present
// tense, the publication year as ValidFrom); killed_in, participated_in, fought_in, sent_to,
// named_by; affiliated_with (allegiance, "has links to", "close to", "X-affiliated"), ally_of,
// rival_of, splinter_of, merged_into, front_for, relative_of (with the kinship as Role); the
// perpetrators of Event mentions (participated_in with Role "perpetrator") and their dates.
// For recall (rules_recall.go): critics and opponents, fights against a foe and stated aims to
// fight one (rival_of); possessive allies, fighting alongside, military cooperation and strong
// relations (ally_of); deputies (associate_of); a state's named exercises, events attended by
// name, both sides of a defeat in a war; units named by their parent's possessive (part_of);
// sponsorship nouns and arms sales (backs); groups placed in a sponsor's array or network of
// militias (backed_by); deployment after training, envoys sent abroad; training where fighters
// returned; an outlet's country in brackets; a subject with a long apposition and an
// attribution before "founded by". One relation crosses sentences: a sponsor of unnamed
// militias backs the groups the next sentence lists ("Those militias, such as A, B and C").
// rules_phenomena.go: kinship named by possessive in a relative clause, a "full name", events a
// state organises, places by their direction from another, defeats, victories and wars
// (rival_of), threats and sponsors in an apposition or a headline, co-founders, intentions to
// found (doubted), sponsors named by noun, political support, the police or a court of a place
// acting for its state, sentences coordinated with a conviction, jail terms, kidnappings,
// assassinations and seizures, residence, travel in someone's company, fighters sent abroad,
// plural membership, and a relative clause after a list of organisations ("such as A, B and C,
// which back X") about every item. Names taken whole with their operator or sponsor
// ("X-operated accounts", "the X-backed Y") relate to that operator when the document names it.
// A conditional ("if", "unless", "whether") before a match makes its stance doubts.
// Azerbaijani, Turkish and Russian (rules_other.go): the main cues for founding, leadership,
// membership, arrests, sentences, backing, meetings and births. Every rule has its motivating
// sentence in the table tests, and a test fails when one has none.
//
// Arguments are checked against the predicate's subject and object types; a Location may stand
// for its state in an actor slot only in rules marked so ("Iran backs Y") or where the
// vocabulary allows a state, and not when it follows a preposition ("the strike in Musayyib ...
// targeted") unless it is a possessor. A name of unknown type may stand where an organisation
// or an event may; a possessive a recogniser took into a name is written after its placeholder.
//
// # Anaphora, stance, attribution, dates
//
// Pronouns and group descriptions (he, his, its, their, "the group", "the militia") become
// placeholders of their antecedent by the conservative rule in anaphora.go. Stance: a negated
// verb or "denied founding" denies; a denial cue before the match ("denied that ...") denies;
// "myth", "rumour", "unconfirmed" or a hedge ("may have") doubts; reporting cues ("according
// to", "is said to", "sources") or an attribution report; otherwise the text asserts. For the
// other languages the attribution stage's Stance supplies denial and doubt cues.
// AttributedTo is the narrowest attribution of the document whose scope covers an argument
// (pronoun sources excluded), or "according to X" in the sentence. ValidFrom is a date inside
// the match or before it in the sentence. Without d.Dates the stage finds plain English dates
// itself (dates.go).
//
// Each relation's Evidence is its sentence, Method "pattern:<rule>" ("+place-as-agent" when a
// place stands for the acting state), Confidence the rule's, lowered for anaphora and list items.
package relate
