package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// longText builds a text of about size bytes from the paragraphs of our
// test articles, each numbered so that no two are the same: a long input
// of real sentence shapes, the same on every run.
func longText(tb testing.TB, size int) string {
	tb.Helper()
	files, err := filepath.Glob("../../testdata/*/articles/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no test articles: %v", err)
	}
	sort.Strings(files)
	var paras []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range strings.Split(string(data), "\n\n") {
			if len(p) > 200 {
				paras = append(paras, strings.TrimSpace(p))
			}
		}
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "%s (%d)\n\n", paras[(i*7)%len(paras)], i)
	}
	return b.String()
}

// BenchmarkExtractSize extracts texts of 0.5, 1 and 2 MB: the time per
// operation should double with each, not more (issue 14: extraction stays
// linear in the input's size; a 2 MB text in seconds, not minutes).
func BenchmarkExtractSize(b *testing.B) {
	x := newExtractor(b)
	for _, size := range []int{512 << 10, 1 << 20, 2 << 20} {
		doc := extract.Document{Lang: "en", Body: longText(b, size)}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(doc.Body)))
			cpu := processCPU(b)
			for i := 0; i < b.N; i++ {
				x.Extract(doc)
			}
			b.ReportMetric(float64(processCPU(b)-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}

// TestSentenceWorkLimit: a sentence whose cue matching exceeds the work
// limit is skipped with a warning that names its line, and extraction
// goes on with the next sentence.
func TestSentenceWorkLimit(t *testing.T) {
	x := newExtractor(t)
	long := "Cogent said it would disconnect its Russian customers, reclaim their IP addresses" + strings.Repeat(", suspend sales, stop advertising and block state media", 14) + "."
	body := "Akamai has suspended all sales in Russia.\n\n" + long + "\n"
	res := x.Extract(extract.Document{Lang: "en", Body: body})
	if len(res.Warnings) != 0 {
		t.Fatalf("warnings under the default limit: %q", res.Warnings)
	}
	// Room for dozens of patterns on the short sentence, two on the long.
	x.SetSentenceWork(2 * len(long))
	res = x.Extract(extract.Document{Lang: "en", Body: body})
	if len(res.Warnings) != 1 || !strings.HasPrefix(res.Warnings[0], "line 3: cue matching stopped") {
		t.Fatalf("want one warning, for line 3, got %q", res.Warnings)
	}
	found := false
	for _, p := range res.Providers {
		found = found || p.ID == "akamai"
	}
	if !found {
		t.Errorf("the sentence within the limit lost its provider: %+v", res.Providers)
	}
}
