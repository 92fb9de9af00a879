package relate

import "testing"

// TestRecallRules holds the rows of the rules and masking cases added for recall: possessives a
// recogniser took into the name, names of unknown type in organisation slots, appositions,
// lists, relations carried into the next clause, events.
func TestRecallRules(t *testing.T) {
	runCases(t, []relCase{
		{"a possessive inside the place's name",
			"Groups such as [Ruritania's|L] [Blue Hand|O] grew.",
			[]string{"Blue Hand based_in Ruritania's"}},
		{"a name of unknown type in an organisation slot",
			"[The Caspian Front|U], backed by [Ruritania|L], is growing.",
			[]string{"The Caspian Front backed_by Ruritania"}},
		{"a name of unknown type meets a person",
			"[The Caspian Front|U] met with [Ali Karimi|P].",
			[]string{"The Caspian Front met_with Ali Karimi"}},
	})
}
