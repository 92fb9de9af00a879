package relate

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier"
	"github.com/dossier-osint/dossier/extract"
)

// relCase is one row of the rule tables: a short annotated text (see helpers_test.go), the
// relations it must yield and nothing else. A wanted relation is "Subject predicate Object"
// (the object's text, or the literal value), optionally followed by {key=value,...} checked
// against stance, role, term, from (ValidFrom), place, qty (Quantity), attr (AttributedTo) and
// method.
type relCase struct {
	name string
	text string
	want []string
}

// fired records the rules that produced a relation in some table test (see zz_test.go).
// Table tests do not run in parallel.
var fired = map[string]bool{}

func runCases(t *testing.T, cases []relCase) {
	t.Helper()
	st := New()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := parseAnnotated(c.text)
			if err != nil {
				t.Fatal(err)
			}
			firedHook = func(name string) { fired[name] = true }
			st.Process(d)
			firedHook = nil
			got := map[string]extract.Relation{}
			var gotKeys []string
			for _, r := range d.Relations {
				k := brief(d, r)
				got[k] = r
				gotKeys = append(gotKeys, k)
			}
			sort.Strings(gotKeys)
			wantKeys := map[string]bool{}
			for _, w := range c.want {
				key, attrs := w, ""
				if i := strings.Index(w, " {"); i >= 0 {
					key, attrs = w[:i], strings.TrimSuffix(w[i+2:], "}")
				}
				wantKeys[key] = true
				r, ok := got[key]
				if !ok {
					t.Errorf("missing %q in %q\ngot %q", key, c.text, gotKeys)
					continue
				}
				for _, kv := range strings.Split(attrs, ",") {
					if kv == "" {
						continue
					}
					k, v, _ := strings.Cut(kv, "=")
					if g := attr(r, k); g != v {
						t.Errorf("%q: %s = %q, want %q", key, k, g, v)
					}
				}
			}
			for _, k := range gotKeys {
				if !wantKeys[k] {
					r := got[k]
					t.Errorf("unexpected %q (%s) in %q", k, r.Method, c.text)
				}
			}
		})
	}
}

func attr(r extract.Relation, k string) string {
	switch k {
	case "stance":
		return r.Stance
	case "role":
		return r.Qualifiers.Role
	case "term":
		return r.Qualifiers.Term
	case "from":
		return r.ValidFrom.String()
	case "place":
		return r.Qualifiers.Place
	case "qty":
		return r.Qualifiers.Quantity
	case "attr":
		return r.AttributedTo
	case "method":
		return r.Method
	}
	return fmt.Sprintf("unknown key %q", k)
}

func TestFounding(t *testing.T) {
	runCases(t, []relCase{
		{"active with date and place",
			"In early 2015, [Tawfiq Rahimov|P], a little-known cleric, founded [the Caspian Front|O] in the city of [Ardabil|L].",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front {stance=asserts,role=founder,from=2015-early,method=pattern:founded-active}",
				"the Caspian Front founding_date 2015-early", "the Caspian Front founding_place Ardabil"}},
		{"passive with date",
			"[The Caspian Front|O] was founded by [Tawfiq Rahimov|P] in 2014.",
			[]string{"The Caspian Front founded_by Tawfiq Rahimov {from=2014}", "The Caspian Front founding_date 2014"}},
		{"passive with date first and place",
			"[The Caspian Front|O] was established in 2014 by [Tawfiq Rahimov|P] in [Tabriz|L].",
			[]string{"The Caspian Front founded_by Tawfiq Rahimov", "The Caspian Front founding_date 2014", "The Caspian Front founding_place Tabriz"}},
		{"quoted name",
			"In 2014 [Tawfiq Rahimov|P] created a \"[Caspian Brigade|O]\" with 14 students.",
			[]string{"Tawfiq Rahimov founder_of Caspian Brigade {from=2014}", "Caspian Brigade founding_date 2014"}},
		{"the one who launched the so-called",
			"Sources confirmed that [Ali Karimi|P] was the one who launched the so-called “[Caspian Resistance Movement|O]” in 2014.",
			[]string{"Ali Karimi founder_of Caspian Resistance Movement {stance=reports}", "Caspian Resistance Movement founding_date 2014"}},
		{"an organisation's title before the founder",
			"[The Caspian Front|O] was founded by the late [Quds Force|O] commander [Ali Karimi|P].",
			[]string{"The Caspian Front founded_by Ali Karimi", "Quds Force led_by Ali Karimi"}},
		{"participle apposition",
			"[The Caspian Front|O], founded by [Tawfiq Rahimov|P], rarely publishes statements.",
			[]string{"The Caspian Front founded_by Tawfiq Rahimov"}},
		{"fronted participle",
			"Founded by [Tawfiq Rahimov|P], [the Caspian Front|O] rarely publishes statements.",
			[]string{"the Caspian Front founded_by Tawfiq Rahimov"}},
		{"state as founder",
			"[Iran|L] created [the Zeynabiyoun Brigade|O] in 2014.",
			[]string{"Iran founder_of the Zeynabiyoun Brigade", "the Zeynabiyoun Brigade founding_date 2014"}},
		{"founder apposition",
			"[Tawfiq Rahimov|P], the founder of [the Caspian Front|O], spoke in [Baku|L].",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front {role=founder}"}},
		{"its founder refers to the last organisation",
			"Little is known about [the Caspian Front|O]. Its members are young, except for [Tawfiq Rahimov|P], its founder.",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front {method=pattern:founder-poss}"}},
		{"possessive founder before the name",
			"[The Caspian Front|O]'s founder [Tawfiq Rahimov|P] was born abroad.",
			[]string{"The Caspian Front founded_by Tawfiq Rahimov"}},
		{"the founding of",
			"The founding of [the Caspian Front|O] in 2014 went unnoticed.",
			[]string{"the Caspian Front founding_date 2014"}},
		{"announced the creation",
			"In 2014, [Tawfiq Rahimov|P] announced the creation of [the Caspian Front|O].",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front {from=2014}", "the Caspian Front founding_date 2014"}},
		{"denied founding",
			"[Tawfiq Rahimov|P] denied founding [the Caspian Front|O].",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front {stance=denies}"}},
		{"negated verb",
			"[Tawfiq Rahimov|P] never founded [the Caspian Front|O].",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front {stance=denies}"}},
		{"myth",
			"The best-known myth about the group is that [Ramil Guliyev|P] founded [the Caspian Front|O].",
			[]string{"Ramil Guliyev founder_of the Caspian Front {stance=doubts}"}},
		{"claimed is reported",
			"It is claimed that [Ramil Guliyev|P] founded [the Caspian Front|O].",
			[]string{"Ramil Guliyev founder_of the Caspian Front {stance=reports}"}},
		{"wrong types: a place does not found a person",
			"[Ardabil|L] founded [Tawfiq Rahimov|P].",
			nil},
		{"founded by is not founded",
			"[The Caspian Front|O] founded by [Tawfiq Rahimov|P] grew.",
			[]string{"The Caspian Front founded_by Tawfiq Rahimov"}},
		{"no relation across an unrelated verb",
			"[Tawfiq Rahimov|P] visited [the Caspian Front|O] offices.",
			nil},
	})
}

func TestLeadership(t *testing.T) {
	runCases(t, []relCase{
		{"apposition with former",
			"[Ramil Guliyev|P], the former commander of [the Northern Brigade|O], lives in exile.",
			[]string{"Ramil Guliyev leader_of the Northern Brigade {role=commander}"}},
		{"apposition with adjective before the organisation",
			"[Ramil Guliyev|P], the leader of the Azerbaijani [Caspian Front|O], spoke.",
			[]string{"Ramil Guliyev leader_of Caspian Front {role=leader}"}},
		{"a demonym before the organisation",
			"[Iran|L] protested. [Ali Karimi|P], the former commander of the Iranian [Quds Force|O], died.",
			[]string{"Ali Karimi leader_of Quds Force {role=commander}", "Quds Force operates_in Iran"}},
		{"secretary-general",
			"[Ramil Guliyev|P], secretary-general of [the Caspian Front|O], resigned.",
			[]string{"Ramil Guliyev leader_of the Caspian Front {role=secretary-general}"}},
		{"possessive",
			"[The Caspian Front|O]'s leader [Ramil Guliyev|P] resigned.",
			[]string{"The Caspian Front led_by Ramil Guliyev {role=leader}"}},
		{"organisation as attribute",
			"[Northern Brigade|O] commander [Ramil Guliyev|P] was seen in [Aleppo|L].",
			[]string{"Northern Brigade led_by Ramil Guliyev {role=commander}"}},
		{"verb",
			"Since 2019 [Ramil Guliyev|P] has led [the Northern Brigade|O].",
			[]string{"Ramil Guliyev leader_of the Northern Brigade {from=2019}"}},
		{"passive",
			"[The Northern Brigade|O], headed by [Ramil Guliyev|P], is small.",
			[]string{"The Northern Brigade led_by Ramil Guliyev"}},
		{"pronoun subject",
			"[Ramil Guliyev|P] returned in 2018. He now heads [the Northern Brigade|O].",
			[]string{"Ramil Guliyev leader_of the Northern Brigade"}},
		{"wrong type: a place is not led by a person in this sense",
			"[Aleppo|L], led by [Ramil Guliyev|P], fell.",
			nil},
		{"title before the name",
			"[Tawfiq Rahimov|P] met with [Supreme Leader|T] [Ali Karimi|P] in 2017.",
			[]string{"Tawfiq Rahimov met_with Ali Karimi {from=2017}", "Ali Karimi holds_position Supreme Leader"}},
	})
}

func TestMembership(t *testing.T) {
	runCases(t, []relCase{
		{"apposition",
			"[Elvin Mammadov|P], a senior member of [the Caspian Front|O], was detained.",
			[]string{"Elvin Mammadov member_of the Caspian Front {role=member}"}},
		{"attribute",
			"[Elvin Mammadov|P], a [Caspian Front|O] commander, was detained.",
			[]string{"Elvin Mammadov member_of Caspian Front {role=commander}"}},
		{"member before the name",
			"Another [Caspian Front|O] member, [Elvin Mammadov|P], fled.",
			[]string{"Elvin Mammadov member_of Caspian Front"}},
		{"joined",
			"[Elvin Mammadov|P] joined [the Caspian Front|O] in 2017.",
			[]string{"Elvin Mammadov member_of the Caspian Front {from=2017}"}},
		{"members including a list",
			"Members of [the Caspian Front|O], including [Elvin Mammadov|P] and [Rauf Aliyev|P], were tried.",
			[]string{"Elvin Mammadov member_of the Caspian Front", "Rauf Aliyev member_of the Caspian Front"}},
		{"group fighters, including",
			"Officials worry about [Caspian Front|O] fighters who returned, many of whom were arrested, including [Elvin Mammadov|P].",
			[]string{"Elvin Mammadov member_of Caspian Front"}},
		{"part of: person and organisation",
			"[Elvin Mammadov|P] may have been part of [the Caspian Front|O].",
			[]string{"Elvin Mammadov member_of the Caspian Front {stance=doubts}"}},
		{"unit of",
			"[The Ganja Cell|O] is a unit of [the Caspian Front|O].",
			[]string{"The Ganja Cell part_of the Caspian Front"}},
		{"negated join",
			"[Elvin Mammadov|P] never joined [the Caspian Front|O].",
			[]string{"Elvin Mammadov member_of the Caspian Front {stance=denies}"}},
	})
}

func TestBacking(t *testing.T) {
	runCases(t, []relCase{
		{"backed by",
			"[The Caspian Front|O], backed by [Iran|L], is growing.",
			[]string{"The Caspian Front backed_by Iran"}},
		{"funded and armed by a list",
			"[The Caspian Front|O] is funded and armed by [Iran|L] and [Syria|L].",
			[]string{"The Caspian Front backed_by Iran", "The Caspian Front backed_by Syria"}},
		{"x-backed",
			"The [Iran|L]-backed militia [Caspian Front|O] grew.",
			[]string{"Caspian Front backed_by Iran"}},
		{"demonym-backed with the country named elsewhere",
			"[Iran|L] denies involvement. The Iranian-backed militia, [Caspian Front|O], grew.",
			[]string{"Caspian Front backed_by Iran"}},
		{"demonym-backed without the country is left alone",
			"The Iranian-backed militia, [Caspian Front|O], grew.",
			nil},
		{"active",
			"[The Revolutionary Guard|O] supports [the Caspian Front|O].",
			[]string{"The Revolutionary Guard backs the Caspian Front"}},
		{"receives funding",
			"[The Caspian Front|O] receives funding from [the Revolutionary Guard|O].",
			[]string{"The Caspian Front backed_by the Revolutionary Guard"}},
		{"proxy of",
			"[The Caspian Front|O], a proxy of [Iran|L], denies it.",
			[]string{"The Caspian Front backed_by Iran"}},
		{"possessive proxy",
			"[Iran|L]'s proxy [the Caspian Front|O] grew.",
			[]string{"the Caspian Front backed_by Iran"}},
		{"militias backed by X, such as a list with demonyms and parentheses",
			"It resembles the militias supported by [Iran|L] in [Syria|L], such as the Afghan ([Liwa Fatemiyoun|O]), the Pakistani ([Liwa Zeynabiyoun|O]) and [Kataib Sayyid|O], which fight there.",
			[]string{"Liwa Fatemiyoun backed_by Iran", "Liwa Zeynabiyoun backed_by Iran", "Kataib Sayyid backed_by Iran"}},
		{"x-backed groups including",
			"[Iran|L]-backed groups including [Kataib Sayyid|O] and [Liwa Zeynabiyoun|O] were there.",
			[]string{"Kataib Sayyid backed_by Iran", "Liwa Zeynabiyoun backed_by Iran"}},
		{"an x-sponsored project",
			"[The Caspian Front|O] is an [IRGC|O]-sponsored project.",
			[]string{"The Caspian Front backed_by IRGC"}},
		{"still supported and endorsed by",
			"[Tawfiq Rahimov|P] was still supported and endorsed by [Ali Karimi|P].",
			[]string{"Tawfiq Rahimov backed_by Ali Karimi"}},
		{"not a sponsor: supported the idea",
			"[Elvin Mammadov|P] supported the idea.",
			nil},
	})
}

func TestTrainingAndMeetings(t *testing.T) {
	runCases(t, []relCase{
		{"trained by",
			"[Caspian Front|O] fighters were trained by [Hezbollah|O] in 2016.",
			[]string{"Caspian Front trained_by Hezbollah {from=2016}"}},
		{"trained in",
			"[The Caspian Front|O] trained at camps in [Syria|L].",
			[]string{"The Caspian Front trained_in Syria"}},
		{"received training from",
			"Members of [the Caspian Front|O] received military training from [Hezbollah|O].",
			[]string{"the Caspian Front trained_by Hezbollah"}},
		{"active trained",
			"[Hezbollah|O] trained [the Caspian Front|O].",
			[]string{"Hezbollah trained the Caspian Front"}},
		{"met with and place",
			"In 2017, [Tawfiq Rahimov|P] met with [Ali Karimi|P] in [Tehran|L].",
			[]string{"Tawfiq Rahimov met_with Ali Karimi {from=2017,place=Tehran}"}},
		{"group members met",
			"[Caspian Front|O] members met with [Ali Karimi|P].",
			[]string{"Caspian Front met_with Ali Karimi"}},
		{"photographed together",
			"The report included photos of [Tawfiq Rahimov|P] with [Ali Karimi|P].",
			[]string{"Tawfiq Rahimov met_with Ali Karimi"}},
		{"seen in pictures with",
			"[Ali Karimi|P], who is seen in pictures with [Tawfiq Rahimov|P], denies it.",
			[]string{"Ali Karimi met_with Tawfiq Rahimov"}},
		{"meeting between",
			"A meeting between [Tawfiq Rahimov|P] and [Ali Karimi|P] took place.",
			[]string{"Tawfiq Rahimov met_with Ali Karimi"}},
		{"possessor before the object",
			"[Tawfiq Rahimov|P] met with [Iran|L]'s supreme leader [Ali Karimi|P].",
			[]string{"Tawfiq Rahimov met_with Ali Karimi"}},
	})
}

func TestArrestsAndSentences(t *testing.T) {
	runCases(t, []relCase{
		{"arrested by on date",
			"[Elvin Mammadov|P] was arrested by [the State Security Service|O] on 3 July 2018.",
			[]string{"the State Security Service arrested Elvin Mammadov {from=2018-07-03}"}},
		{"arrested in a country stands for its state",
			"[Elvin Mammadov|P] was arrested in [Georgia|L] in 2019.",
			[]string{"Georgia arrested Elvin Mammadov {from=2019,place=Georgia,method=pattern:arrested-passive+place-as-agent}"}},
		{"active",
			"[Police|O] arrested [Elvin Mammadov|P] in [Ganja|L].",
			[]string{"Police arrested Elvin Mammadov {place=Ganja}"}},
		{"arrest of",
			"The arrest of [Elvin Mammadov|P] by [the State Security Service|O] angered many.",
			[]string{"the State Security Service arrested Elvin Mammadov"}},
		{"no agent no place",
			"[Elvin Mammadov|P] was arrested.",
			nil},
		{"sentenced with term and pronoun",
			"[Elvin Mammadov|P] was tried in [Baku|L]. He was sentenced by [the Grave Crimes Court|O] to seven years in prison in 2020.",
			[]string{"the Grave Crimes Court sentenced Elvin Mammadov {term=7 years,from=2020}"}},
		{"sentenced in place",
			"[Elvin Mammadov|P] was sentenced to 12 years in [Azerbaijan|L].",
			[]string{"Azerbaijan sentenced Elvin Mammadov {term=12 years}"}},
		{"convicted",
			"[Elvin Mammadov|P] was convicted by [the Grave Crimes Court|O] of treason.",
			[]string{"the Grave Crimes Court convicted Elvin Mammadov"}},
		{"active sentence",
			"[The Grave Crimes Court|O] sentenced [Elvin Mammadov|P] to life imprisonment.",
			[]string{"The Grave Crimes Court sentenced Elvin Mammadov {term=life imprisonment}"}},
	})
}

func TestAttacksAndThreats(t *testing.T) {
	runCases(t, []relCase{
		{"attacked",
			"[The Caspian Front|O] attacked [the Israeli consulate|O] in 2019.",
			[]string{"The Caspian Front attacked the Israeli consulate {from=2019}"}},
		{"attack by on",
			"An attack by [the Caspian Front|O] on [the Ganja police station|O] killed two.",
			[]string{"the Caspian Front attacked the Ganja police station"}},
		{"killed by a strike",
			"[Ali Karimi|P], who was killed in 2020 by a [US|L] drone strike, was buried in [Kerman|L].",
			[]string{"US attacked Ali Karimi", "Ali Karimi died_on 2020"}},
		{"targeted",
			"[The Caspian Front|O] targeted [Elmar Huseynov|P], the mayor.",
			[]string{"The Caspian Front targeted Elmar Huseynov"}},
		{"an event targets",
			"[The Ganja bombing|E] targeted [the police|O].",
			[]string{"The Ganja bombing target the police"}},
		{"a place is not an attacker when it follows a preposition",
			"The strike in [Musayyib|L], a town south of the capital, targeted [the Caspian Front|O].",
			nil},
		{"preparing to attack",
			"Militants from [the Caspian Front|O] preparing to attack [US|L] forces were hit.",
			[]string{"the Caspian Front targeted US"}},
		{"suspected of planning",
			"[The Caspian Front|O] had even been suspected of planning to attack [the embassy|O] in 2018.",
			[]string{"The Caspian Front targeted the embassy {from=2018,stance=doubts}"}},
		{"accused of plots against",
			"The authorities accused [the Caspian Front|O] of being involved in a number of plots against [the government|O].",
			[]string{"the Caspian Front targeted the government {stance=reports}"}},
		{"plotted",
			"[The Caspian Front|O] plotted to attack [the Israeli embassy|O].",
			[]string{"The Caspian Front targeted the Israeli embassy"}},
		{"threatened",
			"[The Caspian Front|O] has sent threats to [the Israeli embassy|O].",
			[]string{"The Caspian Front threatened the Israeli embassy"}},
		{"received threats with pronoun",
			"[The Israeli embassy|O] said it had received threats from [the Caspian Front|O].",
			[]string{"the Caspian Front threatened The Israeli embassy"}},
		{"threats to from",
			"Threats to [the Israeli embassy|O] from [the Caspian Front|O] multiplied.",
			[]string{"the Caspian Front threatened the Israeli embassy"}},
		{"threats linked",
			"Threats to [the Israeli embassy|O] have been linked to [the Caspian Front|O].",
			[]string{"the Caspian Front threatened the Israeli embassy"}},
	})
}

func TestPlaces(t *testing.T) {
	runCases(t, []relCase{
		{"based in",
			"[The Caspian Front|O], based in [Qom|L], recruits students.",
			[]string{"The Caspian Front based_in Qom"}},
		{"x-based",
			"The [Dubai|L]-based [Gulf Monitor|O] reported it.",
			[]string{"Gulf Monitor based_in Dubai"}},
		{"place possessive",
			"[Lebanon|L]'s [Hezbollah|O] sent advisers.",
			[]string{"Hezbollah based_in Lebanon"}},
		{"demonym before a media outlet",
			"[Saudi Arabia|L] is far. The Saudi [Gulf Monitor|O] website reported it.",
			[]string{"Gulf Monitor based_in Saudi Arabia", "Gulf Monitor operates_in Saudi Arabia"}},
		{"stronghold",
			"[The Houthis|O] trained fighters around their stronghold at [Saada|L].",
			[]string{"The Houthis based_in Saada"}},
		{"operates in",
			"[The Caspian Front|O] operates mainly in [Azerbaijan|L].",
			[]string{"The Caspian Front operates_in Azerbaijan"}},
		{"town south of",
			"They met in [Musayyib|L], a town south of [Baghdad|L].",
			[]string{"Musayyib located_in Baghdad"}},
		{"place comma place",
			"They met in [Kerman|L], [Iran|L].",
			[]string{"Kerman located_in Iran"}},
		{"an Oxford-comma list of places is not containment",
			"Its rivals: [Turkey|L], [Pakistan|L], and [Israel|L].",
			nil},
		{"a list of places is not containment",
			"Fighters came from [Iraq|L], [Lebanon|L], [Yemen|L] and [Syria|L].",
			nil},
		{"city of",
			"He moved to the eastern [Iran|L] city of [Mashhad|L].",
			[]string{"Mashhad located_in Iran"}},
		{"demonym city of",
			"[Iran|L] grew. He studied in the Iranian city of [Qom|L].",
			[]string{"Qom located_in Iran"}},
		{"demonym city as the founding place",
			"[Iran|L] grew. In 2014, [Tawfiq Rahimov|P] founded [the Caspian Front|O] in the Iranian city of [Qom|L].",
			[]string{"Qom located_in Iran", "Tawfiq Rahimov founder_of the Caspian Front", "the Caspian Front founding_date 2014", "the Caspian Front founding_place Qom"}},
		{"demonym city as the base",
			"[Iran|L] grew. [The Caspian Front|O] is based in the Iranian city of [Qom|L].",
			[]string{"Qom located_in Iran", "The Caspian Front based_in Qom"}},
		{"place's city",
			"The mayor of [Ganja|L], [Azerbaijan|L]'s second largest city, survived.",
			[]string{"Ganja located_in Azerbaijan"}},
		{"on the shore of",
			"His family came from [Lankaran|L], on the shore of [the Caspian Sea|L].",
			[]string{"Lankaran located_in the Caspian Sea"}},
		{"demonym capital",
			"[Syria|L] grew. They stayed in [Damascus|L], the Syrian capital.",
			[]string{"Damascus located_in Syria"}},
		{"born in and on",
			"[Elvin Mammadov|P] was born in [Lankaran|L] in 1985.",
			[]string{"Elvin Mammadov born_in Lankaran", "Elvin Mammadov born_on 1985"}},
		{"born date only",
			"[Elvin Mammadov|P] was born on 3 May 1985.",
			[]string{"Elvin Mammadov born_on 1985-05-03"}},
		{"born wrong type",
			"[The Caspian Front|O] was born in [Qom|L].",
			nil},
		{"embassy in",
			"Protesters gathered outside [the Israeli embassy|O] in [Baku|L].",
			[]string{"the Israeli embassy located_in Baku"}},
	})
}

func TestChannelsOwnershipCounts(t *testing.T) {
	runCases(t, []relCase{
		{"possessive channel",
			"[The Caspian Front|O]'s Telegram channel [Caspian Voice|C] posted the video.",
			[]string{"The Caspian Front operates_channel Caspian Voice"}},
		{"channel run by",
			"[Caspian Voice|C], a channel run by [the Caspian Front|O], posted it.",
			[]string{"the Caspian Front operates_channel Caspian Voice"}},
		{"runs channel",
			"[Tawfiq Rahimov|P] runs the Telegram channel [Caspian Voice|C].",
			[]string{"Tawfiq Rahimov operates_channel Caspian Voice"}},
		{"owns",
			"[Tawfiq Rahimov|P] owns [Rahimov Trading|O].",
			[]string{"Tawfiq Rahimov owns Rahimov Trading"}},
		{"owned by",
			"[Rahimov Trading|O], owned by [Tawfiq Rahimov|P], ships goods.",
			[]string{"Tawfiq Rahimov owns Rahimov Trading"}},
		{"member count present tense with anchor",
			"@anchor 2022-02-01\n[The Caspian Front|O] is believed to have around 20 members.",
			[]string{"The Caspian Front member_count 20 {qty=around 20,from=2022,stance=reports}"}},
		{"member count past with words",
			"Upon its formation in 2016, [the Caspian Front|O] was comprised of only fourteen students.",
			[]string{"the Caspian Front member_count 14 {from=2016,qty=only 14}"}},
		{"member count thousands",
			"[The Liwa Force|O] is said to be composed of 10,000 fighters.",
			[]string{"The Liwa Force member_count 10000"}},
		{"member count via the group",
			"[The Liwa Force|O] was formed in 2019. The force has two thousand fighters.",
			[]string{"The Liwa Force member_count 2000", "The Liwa Force founding_date 2019"}},
		{"a year is not a count",
			"[The Liwa Force|O] has 2000s-era weapons.",
			nil},
	})
}

func TestKilledParticipatedFought(t *testing.T) {
	runCases(t, []relCase{
		{"killed in event",
			"[Ali Karimi|P] was killed in [the Musayyib airstrike|E].",
			[]string{"Ali Karimi killed_in the Musayyib airstrike"}},
		{"killed by an event",
			"[Ali Karimi|P], who was killed last year by [a US air strike|E], was buried.",
			[]string{"Ali Karimi killed_in a US air strike"}},
		{"participated",
			"[Tawfiq Rahimov|P] took part in [the Islamic Unity Conference|E].",
			[]string{"Tawfiq Rahimov participated_in the Islamic Unity Conference"}},
		{"carried out",
			"[The Caspian Front|O] carried out [the Ganja bombing|E] in 2018.",
			[]string{"The Caspian Front participated_in the Ganja bombing {role=perpetrator,from=2018}", "the Ganja bombing date 2018"}},
		{"event date",
			"[The Ganja bombing|E] on 3 July 2018 killed two.",
			[]string{"The Ganja bombing date 2018-07-03"}},
		{"event conducted by",
			"Iran complained about [a joint exercise|E] conducted by [the Azerbaijani army|O] near the border.",
			[]string{"the Azerbaijani army participated_in a joint exercise"}},
		{"fought alongside others in",
			"Some members of [the Caspian Front|O] fought alongside [government forces|O] in [the Karabakh war|E].",
			[]string{"the Caspian Front fought_in the Karabakh war", "the Caspian Front ally_of government forces"}},
		{"fought in",
			"[Caspian Front|O] fighters fought in [Syria|L].",
			[]string{"Caspian Front fought_in Syria"}},
	})
}

func TestAttribution(t *testing.T) {
	runCases(t, []relCase{
		{"according to in the sentence",
			"According to [Gulf Monitor|O], [Tawfiq Rahimov|P] founded [the Caspian Front|O].",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front {attr=Gulf Monitor,stance=reports}"}},
		{"an attribution to a pronoun names no one",
			"@attrib *:It\n[Tawfiq Rahimov|P] founded [the Caspian Front|O].",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front {attr=,stance=asserts}"}},
		{"attribution stage scope",
			"@attrib *:Azeri sources\n[Tawfiq Rahimov|P] founded [the Caspian Front|O].",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front {attr=Azeri sources,stance=reports}"}},
	})
}

func TestPronounsAreConservative(t *testing.T) {
	runCases(t, []relCase{
		{"he without an antecedent",
			"He founded [the Caspian Front|O].",
			nil},
		{"he from two sentences back is still found",
			"[Tawfiq Rahimov|P] was born in 1980. The war changed much. He founded [the Caspian Front|O].",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front", "Tawfiq Rahimov born_on 1980"}},
		{"he from too far back is not",
			"[Tawfiq Rahimov|P] spoke. Nothing happened. Years passed. Nobody knew. He founded [the Caspian Front|O].",
			nil},
		{"the group prefers a name with that noun",
			"[Gulf Monitor|O] wrote about [the Caspian Movement|O]. The movement, headed by [Tawfiq Rahimov|P], is small.",
			[]string{"the Caspian Movement led_by Tawfiq Rahimov"}},
		{"the militia is the topic, not a facility named twice",
			"[The Caspian Front|O] grew. [The Israeli embassy|O] was warned. [The Israeli embassy|O] closed. [The Caspian Front|O] denies it. In 2015, [Tawfiq Rahimov|P] announced the militia.",
			[]string{"Tawfiq Rahimov founder_of The Caspian Front {from=2015}"}},
		{"they are the organisation's members",
			"[The Caspian Front|O] recruited students. They received training from [Hezbollah|O].",
			[]string{"The Caspian Front trained_by Hezbollah"}},
		{"they is not resolved when people are named",
			"[The Caspian Front|O] sent [Elvin Mammadov|P] and [Rauf Aliyev|P]. They received training from [Hezbollah|O].",
			nil},
		{"a description followed by a name keeps the name",
			"[Gulf Monitor|O] reported it. The militia [Caspian Front|O] was founded by [Tawfiq Rahimov|P].",
			[]string{"Caspian Front founded_by Tawfiq Rahimov"}},
	})
}

// TestMoreRules gives every remaining rule its motivating sentence.
func TestMoreRules(t *testing.T) {
	runCases(t, []relCase{
		{"among the dead", "Among the dead in [the Musayyib strike|E] was also [Ali Karimi|P], a commander.",
			[]string{"Ali Karimi killed_in the Musayyib strike"}},
		{"n-strong", "The 3,000-strong [Liwa Force|O] arrived.",
			[]string{"Liwa Force member_count 3000"}},
		{"with n fighters", "[The Liwa Force|O], with some 300 fighters, arrived.",
			[]string{"The Liwa Force member_count 300 {qty=some 300}"}},
		{"links to", "[Hamid Sadeghi|P], who has close links to [the Revolutionary Guard|O], spoke.",
			[]string{"Hamid Sadeghi affiliated_with the Revolutionary Guard"}},
		{"close to", "Analyst [Hamid Sadeghi|P], who is close to [the Revolutionary Guard|O], spoke.",
			[]string{"Hamid Sadeghi affiliated_with the Revolutionary Guard"}},
		{"x-affiliated", "The [IRGC|O]-affiliated militia [Liwa Force|O] arrived.",
			[]string{"Liwa Force affiliated_with IRGC"}},
		{"are allies", "[Hezbollah|O] and [the Caspian Front|O] are allies.",
			[]string{"Hezbollah ally_of the Caspian Front"}},
		{"appointed head", "[Hamid Sadeghi|P] was appointed head of [the Northern Brigade|O] in 2019.",
			[]string{"Hamid Sadeghi leader_of the Northern Brigade {role=leader,from=2019}"}},
		{"possessive arrest", "[Elvin Mammadov|P]'s arrest by [the police|O] angered many.",
			[]string{"the police arrested Elvin Mammadov"}},
		{"attack on by", "The attack on [the consulate|O] by [the Caspian Front|O] failed.",
			[]string{"the Caspian Front attacked the consulate"}},
		{"possessive attack", "[The Caspian Front|O]'s attack on [the consulate|O] failed.",
			[]string{"The Caspian Front attacked the consulate"}},
		{"city of in", "They met in the city of [Ganja|L] in [Azerbaijan|L].",
			[]string{"Ganja located_in Azerbaijan"}},
		{"court convicted", "[The Grave Crimes Court|O] convicted [Elvin Mammadov|P] of treason.",
			[]string{"The Grave Crimes Court convicted Elvin Mammadov"}},
		{"convicted where", "He was sent back to [Azerbaijan|L], where [Elvin Mammadov|P] was convicted of treason.",
			[]string{"Azerbaijan convicted Elvin Mammadov"}},
		{"founder of before the name", "The founder of [the Caspian Front|O], [Tawfiq Rahimov|P], spoke.",
			[]string{"the Caspian Front founded_by Tawfiq Rahimov"}},
		{"event in place", "[The Ganja bombing|E] in [Ganja|L] killed two.",
			[]string{"The Ganja bombing located_in Ganja"}},
		{"leader of before the name", "The leader of [the Caspian Front|O], [Tawfiq Rahimov|P], spoke.",
			[]string{"the Caspian Front led_by Tawfiq Rahimov {role=leader}"}},
		{"possessive leader after the name", "[Tawfiq Rahimov|P], [the Caspian Front|O]'s leader, spoke.",
			[]string{"Tawfiq Rahimov leader_of the Caspian Front"}},
		{"meeting with", "[Tawfiq Rahimov|P]'s meeting with [Ali Karimi|P] was secret.",
			[]string{"Tawfiq Rahimov met_with Ali Karimi"}},
		{"a group of N", "[The Caspian Front|O], a group of about 40 fighters, grew.",
			[]string{"The Caspian Front member_count 40 {qty=about 40}"}},
		{"gave its name", "[Ali Karimi|P] gave [the Caspian Front|O] its name.",
			[]string{"the Caspian Front named_by Ali Karimi"}},
		{"place, in place", "They met in [Ganja|L], in [Azerbaijan|L].",
			[]string{"Ganja located_in Azerbaijan"}},
		{"plot by against", "A plot by [the Caspian Front|O] against [the consulate|O] was foiled.",
			[]string{"the Caspian Front targeted the consulate"}},
		{"proxies of such as", "The proxies of [Iran|L], such as [Kataib Sayyid|O], grew.",
			[]string{"Kataib Sayyid backed_by Iran"}},
		{"sent to", "[Caspian Front|O] fighters were sent to [Syria|L] in 2016.",
			[]string{"Caspian Front sent_to Syria {from=2016}"}},
		{"sentenced to prison in a country", "[Elvin Mammadov|P] was sentenced to prison in [Azerbaijan|L] in 2021.",
			[]string{"Azerbaijan sentenced Elvin Mammadov {term=prison,from=2021}"}},
		{"targeted by", "[The consulate|O] was targeted by [the Caspian Front|O].",
			[]string{"the Caspian Front targeted The consulate"}},
		{"threats from against", "Threats from [the Caspian Front|O] against [the consulate|O] grew.",
			[]string{"the Caspian Front threatened the consulate"}},
		{"x and y met", "[Tawfiq Rahimov|P] and [Ali Karimi|P] met in 2017.",
			[]string{"Tawfiq Rahimov met_with Ali Karimi {from=2017}"}},
		{"x-run channel", "The [Caspian Front|O]-run [Caspian Voice|C] posted it.",
			[]string{"Caspian Front operates_channel Caspian Voice"}},
		{"x-owned", "The [Rahimov|P]-owned [Rahimov Trading|O] ships goods.",
			[]string{"Rahimov owns Rahimov Trading"}},
		{"az born", "@lang az\n[Tofiq Rəhimov|P] [Lənkəran|L]da anadan olub.",
			[]string{"Tofiq Rəhimov born_in Lənkəran"}},
		{"az leader before", "@lang az\n[Qafqaz Cəbhəsi|O]nin lideri [Tofiq Rəhimov|P] danışdı.",
			[]string{"Qafqaz Cəbhəsi led_by Tofiq Rəhimov {role=leader}"}},
		{"az member before", "@lang az\n[Qafqaz Cəbhəsi|O] üzvü [Elvin Məmmədov|P] danışdı.",
			[]string{"Elvin Məmmədov member_of Qafqaz Cəbhəsi"}},
		{"ru backs", "@lang ru\n[Иран|L] поддерживает [Кавказский фронт|O].",
			[]string{"Иран backs Кавказский фронт"}},
		{"ru based", "@lang ru\n[Кавказский фронт|O], базирующийся в [Ардебиле|L], растёт.",
			[]string{"Кавказский фронт based_in Ардебиле"}},
		{"ru founder", "@lang ru\n[Тофик Рагимов|P], основатель [Кавказского фронта|O], выступил.",
			[]string{"Тофик Рагимов founder_of Кавказского фронта"}},
		{"ru leader before", "@lang ru\nЛидер [Кавказского фронта|O] [Тофик Рагимов|P] выступил.",
			[]string{"Кавказского фронта led_by Тофик Рагимов {role=leader}"}},
		{"ru member", "@lang ru\n[Эльвин Мамедов|P], член [Кавказского фронта|O], скрылся.",
			[]string{"Эльвин Мамедов member_of Кавказского фронта"}},
		{"ru sentenced in a country", "@lang ru\n[Эльвин Мамедов|P] был осужден в [Азербайджане|L] к 7 годам.",
			[]string{"Азербайджане sentenced Эльвин Мамедов {term=7 years}"}},
		{"tr founded-by participle", "@lang tr\n[İran|L] tarafından kurulan [Kafkas Cephesi|O] büyüyor.",
			[]string{"Kafkas Cephesi founded_by İran"}},
		{"tr founder", "@lang tr\n[Tevfik Rahimov|P], [Kafkas Cephesi|O]'nin kurucusu, konuştu.",
			[]string{"Tevfik Rahimov founder_of Kafkas Cephesi"}},
		{"tr leader before", "@lang tr\n[Kafkas Cephesi|O] lideri [Tevfik Rahimov|P] konuştu.",
			[]string{"Kafkas Cephesi led_by Tevfik Rahimov {role=leader}"}},
		{"tr member", "@lang tr\n[Elvin Memmedov|P], [Kafkas Cephesi|O] üyesi, konuştu.",
			[]string{"Elvin Memmedov member_of Kafkas Cephesi"}},
		{"tr sentenced in a country", "@lang tr\n[Elvin Memmedov|P] [Azerbaycan|L]'da 12 yıl hapis cezasına çarptırıldı.",
			[]string{"Azerbaycan sentenced Elvin Memmedov {term=12 years}"}},
	})
}

func TestLastIndex(t *testing.T) {
	for _, c := range []struct{ s, k string }{{"abcabc", "bc"}, {"abc", "x"}, {"", "a"}, {"aaaa", "aa"}, {"founded, founder", "found"}} {
		if got, want := lastIndex(c.s, c.k), strings.LastIndex(c.s, c.k); got != want {
			t.Errorf("lastIndex(%q, %q) = %d, want %d", c.s, c.k, got, want)
		}
	}
}

func TestAlliancesSplitsRelatives(t *testing.T) {
	runCases(t, []relCase{
		{"deputy is a member",
			"[Hamid Sadeghi|P], the deputy commander of [the Northern Brigade|O], spoke.",
			[]string{"Hamid Sadeghi member_of the Northern Brigade {role=deputy}"}},
		{"succeeded as leader",
			"[Hamid Sadeghi|P] succeeded [Ali Karimi|P] as leader of [the Northern Brigade|O].",
			[]string{"Hamid Sadeghi leader_of the Northern Brigade"}},
		{"allegiance",
			"[The Caspian Front|O] pledged allegiance to [the Islamic State|O] in 2015.",
			[]string{"The Caspian Front affiliated_with the Islamic State {from=2015}"}},
		{"allied",
			"[The Caspian Front|O] is allied with [Hezbollah|O].",
			[]string{"The Caspian Front ally_of Hezbollah"}},
		{"ally of",
			"[The Caspian Front|O], a close ally of [Hezbollah|O], grew.",
			[]string{"The Caspian Front ally_of Hezbollah"}},
		{"rival",
			"[The Caspian Front|O] is the main rival of [the Northern Brigade|O].",
			[]string{"The Caspian Front rival_of the Northern Brigade"}},
		{"splinter",
			"[The Ganja Cell|O], a splinter group of [the Caspian Front|O], attacked [the police|O].",
			[]string{"The Ganja Cell splinter_of the Caspian Front", "The Ganja Cell attacked the police"}},
		{"broke away",
			"[The Ganja Cell|O] broke away from [the Caspian Front|O] in 2018.",
			[]string{"The Ganja Cell splinter_of the Caspian Front {from=2018}"}},
		{"merged",
			"[The Ganja Cell|O] merged into [the Caspian Front|O].",
			[]string{"The Ganja Cell merged_into the Caspian Front"}},
		{"front",
			"[Caspian Relief|O] is a front for [the Caspian Front|O].",
			[]string{"Caspian Relief front_for the Caspian Front"}},
		{"son of",
			"[Rauf Rahimov|P], the son of [Tawfiq Rahimov|P], fled.",
			[]string{"Rauf Rahimov relative_of Tawfiq Rahimov {role=son}"}},
		{"possessive brother",
			"[Tawfiq Rahimov|P]'s brother [Rauf Rahimov|P] fled.",
			[]string{"Rauf Rahimov relative_of Tawfiq Rahimov {role=brother}"}},
		{"claimed responsibility for an attack on",
			"[The Caspian Front|O] claimed responsibility for the bombing of [the police station|O].",
			[]string{"The Caspian Front attacked the police station"}},
		{"claimed an event",
			"[The Caspian Front|O] claimed responsibility for [the Ganja bombing|E].",
			[]string{"The Caspian Front participated_in the Ganja bombing {role=perpetrator}"}},
		{"died on",
			"[Ali Karimi|P] was killed in a drone strike on 3 January 2020.",
			[]string{"Ali Karimi died_on 2020-01-03"}},
		{"citizen",
			"[Ali Karimi|P], an Iranian citizen of [Iran|L], fled.",
			[]string{"Ali Karimi nationality Iran"}},
		{"native country",
			"[Faik Veliyev|P] was handed over to [Faik Veliyev|P]'s native [Azerbaijan|L].",
			[]string{"Faik Veliyev nationality Azerbaijan"}},
	})
}

func TestNumbersAndTerms(t *testing.T) {
	for in, want := range map[string]int{"14": 14, "10,000": 10000, "fourteen": 14, "two thousand": 2000,
		"a dozen": 12, "twenty-five": 25, "one hundred": 100, "three hundred": 300} {
		if got, ok := parseNumber(in); !ok || got != want {
			t.Errorf("parseNumber(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for in, want := range map[string]string{"seven years": "7 years", "15-year": "15 years",
		"one year": "1 year", "life imprisonment": "life imprisonment", "two years and six months": "2 years and 6 months"} {
		if got := normTerm(in); got != want {
			t.Errorf("normTerm(%q) = %q; want %q", in, got, want)
		}
	}
}

// TestRulesCompileAndUseTheVocabulary checks that every rule compiles, names a predicate of the
// vocabulary, and has a distinct name.
func TestRulesCompileAndUseTheVocabulary(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range compiled() {
		if dossier.LookupPredicate(r.pred) == nil {
			t.Errorf("rule %s: predicate %q not in the vocabulary", r.name, r.pred)
		}
		for _, p := range []string{r.datePred, r.placePred} {
			if p != "" && dossier.LookupPredicate(p) == nil {
				t.Errorf("rule %s: predicate %q not in the vocabulary", r.name, p)
			}
		}
		if seen[r.name] {
			t.Errorf("rule name %s used twice", r.name)
		}
		seen[r.name] = true
	}
}
