package build

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/newsdesk/ruscompare/generator/render"
	"github.com/newsdesk/ruscompare/generator/synth"
)

var (
	benchArticles  = flag.Int("bench.articles", 1000, "articles in the synthetic corpus of the session benchmarks")
	benchTemplates = flag.String("bench.templates", "../../templates", "templates folder of BenchmarkRenderSite")
)

// BenchmarkUpdateOneArticle is serve's work after a save: one article's
// body changed, the session updated, the site rendered into memory again
// (only what the edit reaches).
func BenchmarkUpdateOneArticle(b *testing.B) {
	src := writeCorpus(b, synth.Options{N: *benchArticles, Seed: 3, Bare: -1})
	s, err := Open(Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "bench"})
	if err != nil {
		b.Fatal(err)
	}
	if _, err := s.RenderMemory(); err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(src, "content", "en", "articles", "*.md"))
	orig, err := os.ReadFile(files[len(files)/2])
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		edit := append(append([]byte{}, orig...), fmt.Sprintf("\nOne more sentence, edit %d.\n", i)...)
		if err := os.WriteFile(files[len(files)/2], edit, 0o644); err != nil {
			b.Fatal(err)
		}
		if err := s.Update([]string{files[len(files)/2]}); err != nil {
			b.Fatal(err)
		}
		if _, err := s.RenderMemory(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(s.Stats().Rendered), "files/op")
}

// BenchmarkUpdateModel is the part of serve's work after a save that
// comes before the edited page can be rendered: one article's body
// changed, the session updated (the file read and parsed, the model
// made again).
func BenchmarkUpdateModel(b *testing.B) {
	src := writeCorpus(b, synth.Options{N: *benchArticles, Seed: 3, Bare: -1})
	s, err := Open(Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "bench", Long: true})
	if err != nil {
		b.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(src, "content", "en", "articles", "*.md"))
	edited := files[len(files)/2]
	orig, err := os.ReadFile(edited)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		edit := append(append([]byte{}, orig...), fmt.Sprintf("\nOne more sentence, edit %d.\n", i)...)
		if err := os.WriteFile(edited, edit, 0o644); err != nil {
			b.Fatal(err)
		}
		if err := s.Update([]string{edited}); err != nil {
			b.Fatal(err)
		}
	}
}

// writeCorpus writes a synthetic site into a temporary folder.
func writeCorpus(tb testing.TB, o synth.Options) string {
	tb.Helper()
	src := tb.TempDir()
	if err := synth.WriteSite("../../content/data", src, o); err != nil {
		tb.Fatal(err)
	}
	return src
}

// BenchmarkRenderSite is the render of a full build alone: every file of
// a synthetic corpus's site made into a counter (nothing written), from a
// session opened once. cpu-ms/op is the process's user+system time per
// render, collector included, which a busy machine inflates less than
// the wall time; run with -cpu 1 to compare binaries on a shared machine.
func BenchmarkRenderSite(b *testing.B) {
	src := writeCorpus(b, synth.Options{N: *benchArticles, Seed: 3, Bare: -1})
	s, err := Open(Options{Source: src, Templates: *benchTemplates, Config: "../../site.yaml", Generator: "bench", Long: true})
	if err != nil {
		b.Fatal(err)
	}
	var files, bytes int
	before := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		files, bytes = 0, 0
		err := s.st.r.RenderMemo(s.st.site, nil, &render.Memo{}, func(_ string, data []byte) error {
			files++
			bytes += len(data)
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuTime()-before).Milliseconds())/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(files), "files/op")
	b.ReportMetric(float64(bytes), "bytes/op")
}

// cpuTime is the user+system time the process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
