package extract_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/extract"
	"github.com/newsdesk/ruscompare/generator/ingest"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/synth"
)

// synthDocuments returns the documents of n bare synthetic articles, as
// the bench's corpus has them (`generator synth --no-extraction`): what a
// full build extracts in memory.
func synthDocuments(tb testing.TB, lx *lexicon.Lexicon, n int) []extract.Document {
	tb.Helper()
	c, err := synth.New(lx)
	if err != nil {
		tb.Fatal(err)
	}
	opt := synth.Options{N: n, NoExtraction: true}
	docs := make([]extract.Document, 0, n)
	for i := range n {
		f := c.Article(i, opt)
		a, err := content.Parse(f.Path, f.Data)
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, extract.Document{Lang: a.Lang, Title: a.Title, Subtitle: a.Subtitle, Body: a.Body})
	}
	return docs
}

// realDocuments returns the git-ignored texts of the real development
// sets (testdata/real*/<lang>/texts), cleaned as `generator extract`
// cleans a .txt file; none when the texts are absent.
func realDocuments(tb testing.TB, lx *lexicon.Lexicon) []extract.Document {
	tb.Helper()
	files, err := filepath.Glob("../../testdata/real*/*/texts/*")
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(files)
	var docs []extract.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		lang := filepath.Base(filepath.Dir(filepath.Dir(f)))
		res, err := ingest.Ingest(f, data, ingest.Options{Lang: lang, Boilerplate: lx.Boilerplate, Abbreviations: lx.Abbreviations})
		if err != nil {
			tb.Fatal(err)
		}
		docs = append(docs, extract.Document{Lang: res.Lang, Subtitle: res.Subtitle, Body: strings.TrimPrefix(res.Body, res.Subtitle)})
	}
	return docs
}

// BenchmarkExtractCorpus extracts 300 synthetic bare articles (what a full
// build of the bench's corpus extracts in memory, issue 13) and every real
// development text: one op is the whole set.
func BenchmarkExtractCorpus(b *testing.B) {
	lx, err := lexicon.Load("../../content/data")
	if err != nil {
		b.Fatal(err)
	}
	x, err := extract.New(lx)
	if err != nil {
		b.Fatal(err)
	}
	sets := []struct {
		name string
		docs func() []extract.Document
	}{
		{"synthetic", func() []extract.Document { return synthDocuments(b, lx, 300) }},
		{"real", func() []extract.Document { return realDocuments(b, lx) }},
	}
	for _, set := range sets {
		b.Run(set.name, func(b *testing.B) {
			docs := set.docs()
			if len(docs) == 0 {
				b.Skip("no real texts: testdata/real*/*/texts are git-ignored third-party articles; copy them from a checkout that has them")
			}
			bytes := 0
			for _, d := range docs {
				bytes += len(d.Body)
			}
			b.SetBytes(int64(bytes))
			b.ReportAllocs()
			cpu := processCPU(b)
			for b.Loop() {
				for _, d := range docs {
					x.Extract(d)
				}
			}
			// Wall time on this shared machine depends on the load;
			// the process's CPU time per op does much less.
			b.ReportMetric(float64(processCPU(b)-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// processCPU returns the user and system time the process has used, in
// nanoseconds.
func processCPU(tb testing.TB) int64 {
	tb.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
