package build

import (
	"flag"
	"runtime"
	"testing"
	"time"

	"github.com/newsdesk/ruscompare/generator/synth"
)

var benchScale = flag.Int("bench.scale", 4000, "articles in the larger corpus of BenchmarkScaling (the smaller has a quarter)")

// BenchmarkScaling is a whole one-shot build at two sizes of the same
// synthetic corpus (front-matter extracted, as the bench's corpora): the
// session opened (articles parsed, model made), its bodies let go as
// `generator build` does, and every file rendered into a counter. A
// stage that is linear costs the same per article at both sizes:
// per-article-ratio (the larger build's time per article over the
// smaller's) well above 1 is a stage that is not. live-B/article is the
// heap the larger build holds while it renders beyond the smaller's,
// per added article (the model and its indexes), which the memory limit
// must hold at 100,000 articles. Run with -benchtime=1x.
func BenchmarkScaling(b *testing.B) {
	small, large := *benchScale/4, *benchScale
	srcSmall := writeCorpus(b, synth.Options{N: small, Seed: 5, Words: 200, Bare: -1})
	srcLarge := writeCorpus(b, synth.Options{N: large, Seed: 5, Words: 200, Bare: -1})
	var tSmall, tLarge time.Duration
	var liveSmall, liveLarge uint64
	for b.Loop() {
		d, live := oneShotBuild(b, srcSmall)
		tSmall, liveSmall = tSmall+d, live
		d, live = oneShotBuild(b, srcLarge)
		tLarge, liveLarge = tLarge+d, live
	}
	perSmall := float64(tSmall.Nanoseconds()) / float64(small)
	perLarge := float64(tLarge.Nanoseconds()) / float64(large)
	b.ReportMetric(perSmall/float64(b.N), "ns/article-small")
	b.ReportMetric(perLarge/float64(b.N), "ns/article-large")
	b.ReportMetric(perLarge/perSmall, "per-article-ratio")
	b.ReportMetric((float64(liveLarge)-float64(liveSmall))/float64(large-small), "live-B/article")
}

// oneShotBuild opens src, lets the bodies go and renders every file,
// as `generator build` does; it returns the time it took and the live
// heap when the render starts.
func oneShotBuild(b *testing.B, src string) (time.Duration, uint64) {
	b.Helper()
	runtime.GC()
	start := time.Now()
	s, err := Open(Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	s.st.dropBodies()
	if err := s.st.fillBodies(nil); err != nil {
		b.Fatal(err)
	}
	took := time.Since(start)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	start = time.Now()
	files := 0
	if err := s.st.r.Render(s.st.site, func(string, []byte) error { files++; return nil }); err != nil {
		b.Fatal(err)
	}
	if files < 2*len(s.st.site.Articles) {
		b.Fatalf("%d files for %d articles", files, len(s.st.site.Articles))
	}
	return took + time.Since(start), ms.HeapAlloc
}
