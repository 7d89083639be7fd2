package render

import (
	"encoding/xml"
	"fmt"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/site"
	"github.com/newsdesk/ruscompare/generator/site/sitetest"
)

// TestSitemapIndex: past the per-file limit, sitemap.xml is an index of
// numbered gzip-compressed parts that together list every URL once.
func TestSitemapIndex(t *testing.T) {
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	cfg := site.DefaultConfig()
	cfg.BaseURL = "https://example.org/"
	s, err := site.Build(sitetest.Articles(), lx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	count := func(max int) (map[string][]byte, int) {
		r, err := New(templatesDir, cfg)
		if err != nil {
			t.Fatal(err)
		}
		r.sitemapMax = max
		files := renderFiles(t, r, s)
		return files, strings.Count(string(files["sitemap.xml"]), "<loc>")
	}
	one, urls := count(50000)
	if !strings.Contains(string(one["sitemap.xml"]), "<urlset") || urls < 10 {
		t.Fatalf("a small site has one urlset sitemap, got %d URLs", urls)
	}
	parts, _ := count(7)
	var index struct {
		Sitemaps []struct {
			Loc string `xml:"loc"`
		} `xml:"sitemap"`
	}
	if err := xml.Unmarshal(parts["sitemap.xml"], &index); err != nil {
		t.Fatal(err)
	}
	want := (urls + 6) / 7
	if len(index.Sitemaps) != want {
		t.Fatalf("index lists %d parts, want %d", len(index.Sitemaps), want)
	}
	total := 0
	for i, sm := range index.Sitemaps {
		name := fmt.Sprintf("sitemap-%d.xml.gz", i+1)
		if sm.Loc != "https://example.org/"+name {
			t.Errorf("part %d is %q", i+1, sm.Loc)
		}
		n := strings.Count(string(gunzipped(t, name, parts[name])), "<loc>")
		if n == 0 || n > 7 {
			t.Errorf("%s lists %d URLs", name, n)
		}
		total += n
	}
	if total != urls {
		t.Errorf("parts list %d URLs, the single sitemap %d", total, urls)
	}
}
