//go:build !unix

package names

import "time"

func processCPU() time.Duration { return 0 }
