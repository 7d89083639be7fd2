//go:build unix

package publish

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"golang.org/x/sys/unix"
)

// lock is an exclusive flock on a file beside the destination. The kernel
// drops it when the process ends, however it ends, so a killed build never
// leaves a stale lock; the file itself stays (removing a lock file races
// with the next build that opens it).
type lock struct{ f *os.File }

// BusyError is a destination another build is publishing into.
type BusyError struct {
	Dest string
	PID  string // as the other build wrote it into the lock file
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("another build is running (pid %s) into %s; wait for it to finish", e.PID, e.Dest)
}

func acquireLock(path, dest string) (*lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("publish: lock file: %w", err)
	}
	if err := unix.Flock(int(f.Fd()), unix.LOCK_EX|unix.LOCK_NB); err != nil {
		defer f.Close()
		if errors.Is(err, unix.EWOULDBLOCK) {
			buf := make([]byte, 32)
			n, _ := f.ReadAt(buf, 0)
			pid := strings.TrimSpace(string(buf[:n]))
			if pid == "" {
				pid = "unknown"
			}
			return nil, &BusyError{Dest: dest, PID: pid}
		}
		return nil, fmt.Errorf("publish: locking %s: %w", path, err)
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(fmt.Sprintln(os.Getpid())), 0)
	}
	return &lock{f}, nil
}

func (l *lock) release() {
	if l == nil || l.f == nil {
		return
	}
	unix.Flock(int(l.f.Fd()), unix.LOCK_UN)
	l.f.Close()
	l.f = nil
}
