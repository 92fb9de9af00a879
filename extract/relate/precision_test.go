package relate

import "testing"

// TestPrecision collects sentences that tempt the rules into wrong relations.
func TestPrecision(t *testing.T) {
	runCases(t, []relCase{
		{"relative clause subject keeps the main verb",
			"[Tawfiq Rahimov|P], who founded [the Caspian Front|O], met [Ali Karimi|P] in 2019.",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front", "Tawfiq Rahimov met_with Ali Karimi {from=2019}"}},
		{"reported speech",
			"[Ali Karimi|P] said [Tawfiq Rahimov|P] founded [the Caspian Front|O].",
			[]string{"Tawfiq Rahimov founder_of the Caspian Front {stance=reports}"}},
		{"negated passive arrest",
			"[Ali Karimi|P] was never arrested by [the police|O].",
			[]string{"the police arrested Ali Karimi {stance=denies}"}},
		{"coordinated subjects",
			"[Iran|L] and [Russia|L] support [the Assad government|O].",
			[]string{"Iran backs the Assad government", "Russia backs the Assad government"}},
		{"coordinated objects",
			"[Tawfiq Rahimov|P] met with [Ali Karimi|P] and [Hamid Sadeghi|P].",
			[]string{"Tawfiq Rahimov met_with Ali Karimi", "Tawfiq Rahimov met_with Hamid Sadeghi"}},
		{"a relative's deed is not the person's",
			"[Tawfiq Rahimov|P]'s brother founded [the Caspian Front|O].",
			nil},
		{"member of parliament is not membership of the next organisation",
			"[Tawfiq Rahimov|P], a member of parliament, criticised [the Caspian Front|O].",
			nil},
		{"did not deny is not a denial",
			"[Tawfiq Rahimov|P] did not deny that [the Caspian Front|O] attacked [the consulate|O].",
			[]string{"the Caspian Front attacked the consulate {stance=asserts}"}},
		{"denial scoped after the cue",
			"[Tawfiq Rahimov|P], the leader of [the Caspian Front|O], denied that the group attacked [the consulate|O].",
			[]string{"Tawfiq Rahimov leader_of the Caspian Front {stance=asserts}", "the Caspian Front attacked the consulate {stance=denies}"}},
		{"the date of another clause is still the sentence's",
			"After 2015, [Tawfiq Rahimov|P] led [the Caspian Front|O].",
			[]string{"Tawfiq Rahimov leader_of the Caspian Front {from=2015}"}},
		{"no relation between names in a list",
			"The conference gathered [Tawfiq Rahimov|P], [Ali Karimi|P], [the Caspian Front|O] and [Hezbollah|O].",
			nil},
		{"organisations do not get born",
			"[The Caspian Front|O], born out of the war, recruits in [Ardabil|L].",
			nil},
		{"who refers to a person, not the organisation before it",
			"[Tawfiq Rahimov|P], an opponent of [the Baku government|O] who has links to [the Revolutionary Guard|O], spoke.",
			[]string{"Tawfiq Rahimov rival_of the Baku government", "Tawfiq Rahimov affiliated_with the Revolutionary Guard"}},
		// A headline's apposition describes its subject: the profile is of a militia that
		// threatens the country.
		{"a headline with a colon",
			"[Caspian Front|O]: a profile of the militia threatening [Azerbaijan|L]",
			[]string{"Caspian Front threatened Azerbaijan"}},
		{"a headline naming two subjects",
			"[Caspian Front|O] and [Azerbaijan|L]: a profile",
			nil},
	})
}
