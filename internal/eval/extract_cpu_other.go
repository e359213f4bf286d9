//go:build !unix

package eval

import "time"

func processCPU() (time.Duration, bool) { return 0, false }
