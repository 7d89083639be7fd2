package review

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchDesk is a desk over n articles of about 5 KB each, every one with a
// provider and a quote awaiting review.
func benchDesk(b *testing.B, n int) *Desk {
	b.Helper()
	root := b.TempDir()
	filler := strings.Repeat("The company gave no further details about its plans in the region. ", 70)
	for i := range n {
		lang := []string{"en", "nl"}[i%2]
		p := filepath.Join(root, "content", lang, "articles", fmt.Sprintf("a-%05d.md", i))
		if i < 2 {
			os.MkdirAll(filepath.Dir(p), 0o755)
		}
		text := article(lang, []string{"aws", "akamai", "lumen", "cloudflare"}[i%4], fmt.Sprintf("0.%02d", 10+i%89)) + "\n" + filler + "\n"
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	d, err := New(Options{ContentDir: filepath.Join(root, "content"), Templates: filepath.Join(repoRoot, "templates"), DataDir: filepath.Join(repoRoot, "content", "data")})
	if err != nil {
		b.Fatal(err)
	}
	return d
}

// BenchmarkDeskFirstPage10k is the first request of a session at 10,000
// articles: every file is read once.
func BenchmarkDeskFirstPage10k(b *testing.B) {
	d := benchDesk(b, 10000)
	b.ResetTimer()
	for range b.N {
		d.ix = newIndex(d.opts.ContentDir)
		if code, _ := getB(d, Prefix); code != 200 {
			b.Fatal(code)
		}
	}
}

// BenchmarkDeskPage10k is any later request (a filter, a page, the list
// after an action): a stat per file, the changed ones re-read.
func BenchmarkDeskPage10k(b *testing.B) {
	d := benchDesk(b, 10000)
	getB(d, Prefix)
	b.ResetTimer()
	for i := range b.N {
		if code, _ := getB(d, fmt.Sprintf("%s?lang=nl&page=%d", Prefix, 1+i%100)); code != 200 {
			b.Fatal(code)
		}
	}
}
