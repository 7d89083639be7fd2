package render_test

import (
	"flag"
	"slices"
	"testing"

	"github.com/newsdesk/ruscompare/generator/build"
	"github.com/newsdesk/ruscompare/generator/synth"
)

var cardArticles = flag.Int("cards.articles", 300, "articles in TestArticleCardBudget's synthetic site (2000 for the figures in the README)")

// The article cards of a synthetic site stay within their share of issue
// 13's budget (about 10 KB of output per article in all): a median of at
// most 4 KB and none over 6 KB. Card sizes do not depend on the machine,
// so this is a fixed bound, not a timing.
func TestArticleCardBudget(t *testing.T) {
	src := t.TempDir()
	if err := synth.WriteSite("../../content/data", src, synth.Options{N: *cardArticles, Seed: 1, Words: 200, Bare: -1}); err != nil {
		t.Fatal(err)
	}
	s, err := build.Open(build.Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "test"})
	if err != nil {
		t.Fatal(err)
	}
	files, err := s.RenderMemory()
	if err != nil {
		t.Fatal(err)
	}
	var sizes []int
	total := 0
	for _, a := range s.Site().Articles {
		data, ok := files[a.Path+"card.png"]
		if !ok {
			t.Fatalf("%s: no card", a.Path)
		}
		sizes = append(sizes, len(data))
		total += len(data)
	}
	slices.Sort(sizes)
	n := len(sizes)
	median, largest := sizes[(n-1)/2], sizes[n-1]
	t.Logf("%d article cards: median %d B, 90th percentile %d B, largest %d B, %d B in all", n, median, sizes[n*9/10], largest, total)
	if median > 4096 || largest > 6144 {
		t.Errorf("article cards: median %d B (budget 4096), largest %d B (budget 6144)", median, largest)
	}
}
