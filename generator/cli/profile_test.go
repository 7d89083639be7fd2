package cli

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestLimitMemory: a build sets its memory limit from the number of
// articles and a GOGC high enough that the limit starts the collector;
// GOGC in the environment keeps its own percent, and GOMEMLIMIT there
// leaves both to the environment.
func TestLimitMemory(t *testing.T) {
	const articles = 10000
	want := memoryLimit(articles)
	tests := []struct {
		name             string
		gogc, gomemlimit string
		wantPercent      int
		wantLimit        int64
	}{
		{"neither set", "", "", gcPercent, want},
		{"GOGC set", "150", "", 77, want},
		{"GOMEMLIMIT set", "", "1GiB", 77, math.MaxInt64},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOGC", tt.gogc)
			t.Setenv("GOMEMLIMIT", tt.gomemlimit)
			// What the runtime had before the build sets anything.
			oldPercent := debug.SetGCPercent(77)
			oldLimit := debug.SetMemoryLimit(math.MaxInt64)
			defer func() {
				debug.SetGCPercent(oldPercent)
				debug.SetMemoryLimit(oldLimit)
			}()
			limitMemory(articles)
			if got := debug.SetGCPercent(77); got != tt.wantPercent {
				t.Errorf("GOGC = %d, want %d", got, tt.wantPercent)
			}
			if got := debug.SetMemoryLimit(-1); got != tt.wantLimit {
				t.Errorf("memory limit = %d, want %d", got, tt.wantLimit)
			}
		})
	}
}

// TestMemoryLimitCapped: the limit grows with the articles up to
// maxMemoryLimit and no further, so that a build of 100,000 articles
// stays under 2 GB.
func TestMemoryLimitCapped(t *testing.T) {
	tests := []struct {
		articles int
		want     int64
	}{
		{0, 192 << 20},
		{1000, 192<<20 + 1000*24<<10},
		{10000, 192<<20 + 10000*24<<10},
		{60000, 192<<20 + 60000*24<<10},
		{100000, maxMemoryLimit},
		{1000000, maxMemoryLimit},
	}
	for _, tt := range tests {
		if got := memoryLimit(tt.articles); got != tt.want {
			t.Errorf("memoryLimit(%d) = %d, want %d", tt.articles, got, tt.want)
		}
	}
	if maxMemoryLimit >= 2e9 {
		t.Errorf("maxMemoryLimit %d is not under 2 GB", int64(maxMemoryLimit))
	}
}
