package cputime

import "testing"

func TestProcessAdvances(t *testing.T) {
	before := Process()
	x := 0
	for i := 0; i < 50_000_000; i++ {
		x += i ^ (x >> 3)
	}
	if after := Process(); after <= before {
		t.Fatalf("CPU time did not advance over a busy loop: %v → %v (%d)", before, after, x)
	}
}
