// Package cputime reads the CPU time the process has used, so that benchmarks on a shared
// machine can report throughput per CPU second beside wall time.
package cputime
