package relate

import (
	"sort"
	"testing"
)

// TestEveryRuleIsTested runs the rule tables again and checks that every rule yields a
// relation in at least one of their rows, so that no rule goes without its motivating sentence.
func TestEveryRuleIsTested(t *testing.T) {
	clear(fired)
	tables := []func(*testing.T){TestPrecision, TestFounding, TestLeadership, TestMembership,
		TestBacking, TestTrainingAndMeetings, TestArrestsAndSentences, TestAttacksAndThreats,
		TestPlaces, TestChannelsOwnershipCounts, TestKilledParticipatedFought, TestAttribution,
		TestPronounsAreConservative, TestMoreRules, TestAlliancesSplitsRelatives, TestAzerbaijani,
		TestTurkish, TestRussian, TestRecallRules, TestPhenomena, TestIntentions, TestMorePhenomena, TestCompoundNames, TestListRelativeClause}
	for _, tab := range tables {
		tab(t)
	}
	var missing []string
	for _, r := range compiled() {
		if !fired[r.name] {
			missing = append(missing, r.name)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%d rules never fire in the table tests: %v", len(missing), missing)
	}
}
