package names

import (
	"testing"

	"github.com/dossier-osint/dossier/synth"
)

// TestSynthVariants measures the matcher on names it was not tuned on: the generated names of
// package synth, written independently, with their spellings in other schemes and scripts.
// Every spelling of a name should link to its canonical text; names that share a first word
// but are different entities should not. The floors leave room for the generator's harder
// renderings (vowel-less Arabic script for Russian names, translated class words).
func TestSynthVariants(t *testing.T) {
	ns := synth.Names(3000, 11)
	pos, linked := 0, 0
	neg, falseLinks := 0, 0
	byFirst := map[string][]int{}
	for i, n := range ns {
		k := kindOfType(n.Type)
		a := Prepare(n.Text, k)
		for _, v := range n.Variants {
			pos++
			if ScorePrepared(a, Prepare(v, k)) >= DefaultThreshold {
				linked++
			}
		}
		if toks := Tokens(n.Text); len(toks) > 1 {
			byFirst[toks[0]] = append(byFirst[toks[0]], i)
		}
	}
	for _, ids := range byFirst {
		for j := 1; j < len(ids); j++ {
			a, b := ns[ids[0]], ns[ids[j]]
			if a.Type != b.Type || Comparable(a.Text) == Comparable(b.Text) {
				continue
			}
			neg++
			if s, _ := Score(a.Text, b.Text, kindOfType(a.Type)); s >= DefaultThreshold {
				falseLinks++
			}
		}
	}
	recall, fpr := float64(linked)/float64(pos), float64(falseLinks)/float64(max(neg, 1))
	t.Logf("synth: %d spellings, %.4f linked; %d same-first-word pairs of different entities, %.4f linked", pos, recall, neg, fpr)
	if pos < 1000 || neg < 100 {
		t.Fatalf("too few synthetic pairs (%d, %d): did synth.Names change?", pos, neg)
	}
	if recall < 0.72 {
		t.Errorf("synthetic spellings linked %.4f, want >= 0.72", recall)
	}
	if fpr > 0.02 {
		t.Errorf("different synthetic entities linked %.4f, want <= 0.02", fpr)
	}
}
