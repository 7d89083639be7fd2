package publish

import (
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// HookEnv names the environment variable through which the tests make a
// build fail or stop part-way, as a full disk or a kill would, without
// filling a disk or racing a timer:
//
//	fail-after=N    the write after the first N fails with "no space left on device"
//	pause-after=N   after N writes the build says so on stderr and waits (to be killed)
//	pause-at=STAGE  at STAGE the build says so on stderr and waits; the stages are
//	                spare-taken (the spare renamed to the build's tree, not yet
//	                brought up to date), caught-up (it is), committing (every
//	                write done, before the swap) and exchanged (swapped, the
//	                previous output not yet made the spare)
const HookEnv = "GENERATOR_TEST_PUBLISH"

const (
	stageSpareTaken = "spare-taken"
	stageCaughtUp   = "caught-up"
	stageCommitting = "committing"
	stageExchanged  = "exchanged"
)

var stages = []string{stageSpareTaken, stageCaughtUp, stageCommitting, stageExchanged}

type hook struct {
	failAfter, pauseAfter int    // -1: off
	pauseAt               string // "": off
}

func hookFromEnv() (hook, error) {
	h := hook{-1, -1, ""}
	v := os.Getenv(HookEnv)
	if v == "" {
		return h, nil
	}
	bad := fmt.Errorf("publish: %s=%q: want fail-after=N, pause-after=N or pause-at=%s", HookEnv, v, strings.Join(stages, "|"))
	key, val, _ := strings.Cut(v, "=")
	if key == "pause-at" {
		if !slices.Contains(stages, val) {
			return h, bad
		}
		h.pauseAt = val
		return h, nil
	}
	n, err := strconv.Atoi(val)
	if err != nil || n < 0 {
		return h, bad
	}
	switch key {
	case "fail-after":
		h.failAfter = n
	case "pause-after":
		h.pauseAfter = n
	default:
		return h, bad
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
		pause(fmt.Sprintf("after %d writes", written))
	}
	return nil
}

// at runs when the build reaches stage.
func (h hook) at(stage string) {
	if stage == h.pauseAt {
		pause("at " + stage)
	}
}

func pause(where string) {
	fmt.Fprintf(os.Stderr, "publish: paused %s (%s)\n", where, HookEnv)
	for {
		time.Sleep(time.Hour)
	}
}
