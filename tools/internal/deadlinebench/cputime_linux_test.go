//go:build linux

package deadlinebench

import (
	"syscall"
	"time"
)

// processCPU returns the CPU time the test process has used (user and
// system, all threads), so that the benchmarks can report CPU time per
// operation on a machine shared with other work.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
