package cli

import (
	"fmt"
	"github.com/newsdesk/ruscompare/generator/content"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
)

// startProfiles starts a CPU profile into cpu and arranges a heap profile
// into mem; the returned function stops and writes them. Empty names turn
// either off.
func startProfiles(cpu, mem string) (func(), error) {
	var cf *os.File
	if cpu != "" {
		f, err := os.Create(cpu)
		if err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, err
		}
		cf = f
	}
	return func() {
		if cf != nil {
			pprof.StopCPUProfile()
			cf.Close()
		}
		if mem != "" {
			f, err := os.Create(mem)
			if err != nil {
				fmt.Fprintln(os.Stderr, "generator:", err)
				return
			}
			runtime.GC()
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				fmt.Fprintln(os.Stderr, "generator:", err)
			}
			f.Close()
		}
	}, nil
}

// limitMemory sets the collector's soft memory limit of a build from the
// number of articles it will hold: a fixed part for templates, lexicon and
// pages in flight, and 24 KB an article. Without a limit the heap grows to
// twice the live data plus the pages in flight between collections (520
// MB at 10,000 articles, 5.9 GB at 100,000); with it a build of 10,000
// articles stays under 500 MiB. A limit close to the live size makes the
// collector run all the time (1.8 GB at 100,000 articles more than
// doubled the build time), hence the margin. GOMEMLIMIT in the
// environment wins.
//
// Since the render keeps fewer fragments and no article bodies, the live
// heap of a 10,000-article build is about 150 MB, well under the limit:
// at the default GOGC of 100 the collector then ran each time the heap
// doubled (about 300 MB), long before the limit. gcPercent lets the
// heap grow to the limit instead, so the collector runs less often
// for the same peak; GOGC in the environment wins, and a GOMEMLIMIT
// there leaves both as the environment says.
func limitMemory(articles int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(memoryLimit(articles))
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}

// memoryLimit is the soft memory limit of a build of articles: 192 MiB
// and 24 KiB an article, up to maxMemoryLimit. Uncapped, the limit let a
// build of 100,000 articles grow to 2.5 GiB (4.1 GB resident), past the
// 2 GB a build may take (issue 13); the cap keeps the process under it
// with room for what the runtime does not count (the binary, the
// kernel's share of the page tables).
func memoryLimit(articles int) int64 {
	return min(192<<20+int64(articles)*24<<10, maxMemoryLimit)
}

// maxMemoryLimit is the largest memory limit a build sets (1.6 GiB,
// about 1.72 GB), reached at 61,000 articles.
const maxMemoryLimit = 1638 << 20

// gcPercent is the build's GOGC: high enough that the memory limit, not
// the growth of the heap, starts the collector.
const gcPercent = 400

// countArticles is how many article files the content folder holds, for
// limitMemory; it reads the folders only.
func countArticles(root string) int {
	paths, _ := content.ArticlePaths(root)
	return len(paths)
}
