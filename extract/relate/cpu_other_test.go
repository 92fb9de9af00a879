//go:build !unix

package relate

// userCPU is not measured on this platform.
func userCPU() float64 { return 0 }
