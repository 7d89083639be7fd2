package publish

import (
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// HookEnv names the environment variable through which the tests make a
// build fail or stop part-way through its writes, as a full disk or a kill
// would, without filling a disk or racing a timer:
//
//	fail-after=N   the write after the first N fails with "no space left on device"
//	pause-after=N  after N writes the build says so on stderr and waits (to be killed)
const HookEnv = "GENERATOR_TEST_PUBLISH"

type hook struct {
	failAfter, pauseAfter int // -1: off
}

func hookFromEnv() (hook, error) {
	h := hook{-1, -1}
	v := os.Getenv(HookEnv)
	if v == "" {
		return h, nil
	}
	key, num, _ := strings.Cut(v, "=")
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 {
		return h, fmt.Errorf("publish: %s=%q: want fail-after=N or pause-after=N", HookEnv, v)
	}
	switch key {
	case "fail-after":
		h.failAfter = n
	case "pause-after":
		h.pauseAfter = n
	default:
		return h, fmt.Errorf("publish: %s=%q: want fail-after=N or pause-after=N", HookEnv, v)
	}
	return h, nil
}

// beforeWrite runs before the write of path when written files were
// already written.
func (h hook) beforeWrite(path string, written int) error {
	if written == h.failAfter {
		return &fs.PathError{Op: "write", Path: path, Err: syscall.ENOSPC}
	}
	if written == h.pauseAfter {
		fmt.Fprintf(os.Stderr, "publish: paused after %d writes (%s)\n", written, HookEnv)
		for {
			time.Sleep(time.Hour)
		}
	}
	return nil
}
