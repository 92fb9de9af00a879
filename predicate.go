package dossier

// Predicate describes one relation of the controlled vocabulary: what it may link, its inverse,
// whether it is functional (one true value per subject at a time), and how it maps to STIX 2.1
// and FollowTheMoney. The vocabulary is the table Predicates; nothing else defines predicates.
type Predicate struct {
	Name        string
	Subject     []EntityType // allowed subject types; nil means any
	Object      []EntityType // allowed object entity types; nil when Literal is set
	Literal     string       // datatype of a literal object, "" for entity objects
	Inverse     string       // name of the inverse predicate, if any
	Functional  bool         // one value per subject at a time
	Symmetric   bool
	Exclusive   []string // predicates that cannot hold between the same pair at the same time
	STIX        string   // STIX 2.1 relationship type ("x-dossier-..." for custom ones)
	FtM         string   // FollowTheMoney schema used for the link, or the property for literals
	Class       string   // the evaluation class (shared/eval predicate) this maps to
	Description string
}

var (
	anyT  = EntityTypes
	per   = []EntityType{Person}
	org   = []EntityType{Organization}
	actor = []EntityType{Person, Organization}
	place = []EntityType{Location}
	event = []EntityType{Event}
	chan_ = []EntityType{Channel}
	// state is an actor slot that a country may fill when it acts as a state: "Ruritania backs
	// Y", "arrested by Borduria", "Ruritania fought in the war". Places never fill membership,
	// leadership or meeting slots.
	state = []EntityType{Person, Organization, Location}
	// basedT are the things that have a base: actors and channels (a website based in a country).
	basedT = []EntityType{Person, Organization, Channel}
)

// Predicates is the controlled vocabulary (DESIGN §2), in a fixed order.
var Predicates = []*Predicate{
	{Name: "name", Literal: TypeText, FtM: "name", Description: "a name of the subject"},
	{Name: "alias", Literal: TypeText, FtM: "alias", Description: "another name of the subject"},
	{Name: "previous_name", Literal: TypeText, FtM: "previousName", Description: "a former name"},
	{Name: "founded_by", Subject: org, Object: state, Inverse: "founder_of", Functional: false, STIX: "x-dossier-founded-by", FtM: "UnknownLink", Class: "founded_by", Description: "the subject was founded by the object"},
	{Name: "founder_of", Subject: state, Object: org, Inverse: "founded_by", STIX: "x-dossier-founder-of", FtM: "UnknownLink", Class: "founded", Description: "the subject founded the object"},
	{Name: "founding_date", Subject: anyT, Literal: TypeDate, Functional: true, FtM: "incorporationDate", Class: "founded", Description: "when the subject was founded"},
	{Name: "founding_place", Subject: org, Object: place, Functional: true, STIX: "located-at", FtM: "UnknownLink", Class: "located_in", Description: "where the subject was founded"},
	{Name: "dissolution_date", Subject: org, Literal: TypeDate, Functional: true, FtM: "dissolutionDate", Description: "when the subject ceased to exist"},
	{Name: "leader_of", Subject: per, Object: org, Inverse: "led_by", STIX: "x-dossier-leader-of", FtM: "Directorship", Class: "leads", Description: "the subject leads the object (role qualifier)"},
	{Name: "led_by", Subject: org, Object: per, Inverse: "leader_of", Functional: true, STIX: "x-dossier-led-by", FtM: "Directorship", Class: "leads", Description: "the subject is led by the object; one leader at a time"},
	{Name: "member_of", Subject: actor, Object: org, STIX: "x-dossier-member-of", FtM: "Membership", Class: "member_of", Description: "the subject is a member of the object"},
	{Name: "part_of", Subject: org, Object: org, STIX: "x-dossier-part-of", FtM: "UnknownLink", Class: "part_of", Description: "the subject is a wing or unit of the object"},
	{Name: "ally_of", Subject: state, Object: state, Symmetric: true, Exclusive: []string{"rival_of"}, STIX: "cooperates-with", FtM: "UnknownLink", Class: "affiliated_with", Description: "the subject and object are allies"},
	{Name: "rival_of", Subject: state, Object: state, Symmetric: true, Exclusive: []string{"ally_of"}, STIX: "x-dossier-rival-of", FtM: "UnknownLink", Description: "the subject and object are rivals"},
	{Name: "splinter_of", Subject: org, Object: org, STIX: "derived-from", FtM: "UnknownLink", Description: "the subject split from the object"},
	{Name: "merged_into", Subject: org, Object: org, Functional: true, STIX: "x-dossier-merged-into", FtM: "UnknownLink", Description: "the subject merged into the object"},
	{Name: "front_for", Subject: actor, Object: actor, STIX: "x-dossier-front-for", FtM: "UnknownLink", Class: "affiliated_with", Description: "the subject is a front for the object"},
	{Name: "backed_by", Subject: state, Object: state, Inverse: "backs", STIX: "x-dossier-backed-by", FtM: "UnknownLink", Class: "backed_by", Description: "the subject is sponsored, funded or armed by the object"},
	{Name: "backs", Subject: state, Object: state, Inverse: "backed_by", STIX: "x-dossier-backs", FtM: "UnknownLink", Class: "supports", Description: "the subject sponsors, funds or arms the object"},
	{Name: "trained_by", Subject: actor, Object: state, Inverse: "trained", STIX: "x-dossier-trained-by", FtM: "UnknownLink", Class: "trained_by", Description: "the subject was trained by the object"},
	{Name: "trained", Subject: state, Object: actor, Inverse: "trained_by", STIX: "x-dossier-trained", FtM: "UnknownLink", Class: "trained_by", Description: "the subject trained the object"},
	{Name: "trained_in", Subject: actor, Object: place, STIX: "x-dossier-trained-in", FtM: "UnknownLink", Class: "trained_in", Description: "the subject was trained in the place"},
	{Name: "based_in", Subject: basedT, Object: place, STIX: "located-at", FtM: "UnknownLink", Class: "based_in", Description: "the subject is based in the place"},
	{Name: "operates_in", Subject: actor, Object: place, STIX: "x-dossier-operates-in", FtM: "UnknownLink", Class: "located_in", Description: "the subject is active in the place"},
	{Name: "located_in", Subject: []EntityType{Location, Organization, Event}, Object: place, STIX: "located-at", FtM: "UnknownLink", Class: "located_in", Description: "the subject is located in the place"},
	{Name: "born_in", Subject: per, Object: place, Functional: true, STIX: "x-dossier-born-in", FtM: "birthPlace", Class: "born_in", Description: "the subject was born in the place"},
	{Name: "born_on", Subject: per, Literal: TypeDate, Functional: true, FtM: "birthDate", Class: "born_on", Description: "the subject's date of birth"},
	{Name: "died_on", Subject: per, Literal: TypeDate, Functional: true, FtM: "deathDate", Description: "the subject's date of death"},
	{Name: "nationality", Subject: per, Object: place, STIX: "x-dossier-nationality", FtM: "nationality", Description: "the subject's nationality"},
	{Name: "relative_of", Subject: per, Object: per, Symmetric: true, STIX: "x-dossier-relative-of", FtM: "Family", Description: "the subject is family of the object (role qualifier)"},
	{Name: "associate_of", Subject: per, Object: per, Symmetric: true, STIX: "x-dossier-associate-of", FtM: "Associate", Class: "affiliated_with", Description: "the subject is an associate of the object"},
	{Name: "affiliated_with", Subject: actor, Object: state, Symmetric: true, STIX: "related-to", FtM: "UnknownLink", Class: "affiliated_with", Description: "an unspecified affiliation"},
	{Name: "met_with", Subject: actor, Object: actor, Symmetric: true, STIX: "x-dossier-met-with", FtM: "UnknownLink", Class: "met_with", Description: "the subject met the object"},
	{Name: "operates_channel", Subject: actor, Object: chan_, STIX: "x-dossier-operates-channel", FtM: "UnknownLink", Class: "operates_channel", Description: "the subject runs the channel"},
	{Name: "owns", Subject: actor, Object: anyT, STIX: "x-dossier-owns", FtM: "Ownership", Class: "owns", Description: "the subject owns the object"},
	{Name: "member_count", Subject: org, Literal: TypeNumber, Functional: true, FtM: "notes", Description: "the number of members at the claim's valid time"},
	{Name: "participated_in", Subject: state, Object: event, STIX: "x-dossier-participated-in", FtM: "UnknownLink", Class: "participated_in", Description: "the subject took part in the event"},
	{Name: "arrested", Subject: state, Object: per, STIX: "x-dossier-arrested", FtM: "UnknownLink", Class: "arrested", Description: "the subject (an authority) arrested the object; or an arrest event"},
	{Name: "convicted", Subject: state, Object: per, STIX: "x-dossier-convicted", FtM: "UnknownLink", Class: "convicted", Description: "the subject (a court) convicted the object"},
	{Name: "sentenced", Subject: state, Object: per, STIX: "x-dossier-sentenced", FtM: "UnknownLink", Class: "sentenced", Description: "the subject sentenced the object (term qualifier)"},
	{Name: "attacked", Subject: state, Object: anyT, STIX: "targets", FtM: "UnknownLink", Class: "attacked", Description: "the subject attacked the object"},
	{Name: "targeted", Subject: state, Object: anyT, STIX: "targets", FtM: "UnknownLink", Class: "targeted", Description: "the subject targeted the object"},
	{Name: "threatened", Subject: state, Object: anyT, STIX: "x-dossier-threatened", FtM: "UnknownLink", Class: "threatened", Description: "the subject threatened the object"},
	{Name: "killed_in", Subject: per, Object: anyT, STIX: "x-dossier-killed-in", FtM: "UnknownLink", Class: "killed_in", Description: "the subject was killed in the event or place"},
	{Name: "fought_in", Subject: state, Object: anyT, STIX: "x-dossier-fought-in", FtM: "UnknownLink", Class: "fought_in", Description: "the subject fought in the place or conflict"},
	{Name: "sent_to", Subject: actor, Object: anyT, STIX: "x-dossier-sent-to", FtM: "UnknownLink", Class: "sent_to", Description: "the subject was sent to the place"},
	{Name: "perpetrator", Subject: event, Object: state, STIX: "attributed-to", FtM: "UnknownLink", Class: "attacked", Description: "the event's perpetrator"},
	{Name: "target", Subject: event, Object: anyT, STIX: "targets", FtM: "UnknownLink", Class: "targeted", Description: "the event's target"},
	{Name: "victim", Subject: event, Object: anyT, STIX: "x-dossier-victim", FtM: "UnknownLink", Description: "the event's victim"},
	{Name: "place", Subject: event, Object: place, Functional: true, STIX: "located-at", FtM: "UnknownLink", Class: "located_in", Description: "where the event happened"},
	{Name: "date", Subject: event, Literal: TypeDate, Functional: true, FtM: "date", Description: "when the event happened"},
	{Name: "holds_position", Subject: per, Object: []EntityType{Position}, STIX: "x-dossier-holds-position", FtM: "Occupancy", Description: "the subject holds or held the position (a title such as a country's president or a group's commander)"},
	{Name: "designated_by", Subject: actor, Object: state, STIX: "x-dossier-designated-by", FtM: "UnknownLink", Description: "the subject was designated a terrorist organisation, blacklisted or sanctioned by the object (a state or authority)"},
	{Name: "named_by", Subject: anyT, Object: actor, STIX: "x-dossier-named-by", FtM: "UnknownLink", Class: "named_by", Description: "the subject was named by the object"},
}

var predicateIndex = func() map[string]*Predicate {
	m := make(map[string]*Predicate, len(Predicates))
	for _, p := range Predicates {
		m[p.Name] = p
	}
	return m
}()

// LookupPredicate returns the predicate of that name, or nil.
func LookupPredicate(name string) *Predicate { return predicateIndex[name] }
