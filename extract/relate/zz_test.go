package relate

import (
	"sort"
	"testing"
)

// TestEveryRuleIsTested runs last (files are compiled in name order) and checks that every rule
// produced a relation in at least one table test, so no rule is untested. It is skipped when
// only some tests run (-run).
func TestEveryRuleIsTested(t *testing.T) {
	if len(fired) == 0 {
		t.Skip("table tests did not run")
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
