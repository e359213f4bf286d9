//go:build unix

package eval

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time (user + system) the process has used, so
// throughput can be reported independently of other load on the machine.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
