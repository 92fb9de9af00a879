//go:build !unix

package known

import "time"

func cpuTime() time.Duration { return 0 }
