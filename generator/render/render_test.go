package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"flag"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsdesk/ruscompare/generator/internal/golden"
	"github.com/newsdesk/ruscompare/generator/site"
	"github.com/newsdesk/ruscompare/generator/site/sitetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

const templatesDir = "../../templates"

// build renders the fixture site for a base URL into a map of files,
// failing on a path emitted twice.
func build(t *testing.T, base string) (*site.Site, map[string][]byte, []string) {
	t.Helper()
	cfg := site.DefaultConfig()
	cfg.BaseURL = base
	return buildWith(t, cfg)
}

// fixture is the fixture site's model and a renderer for it.
func fixture(t testing.TB, cfg site.Config) (*site.Site, *Renderer) {
	t.Helper()
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Build(sitetest.Articles(), lx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(templatesDir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s, r
}

// buildWith renders the fixture site with a configuration of its own.
func buildWith(t *testing.T, cfg site.Config) (*site.Site, map[string][]byte, []string) {
	t.Helper()
	s, r := fixture(t, cfg)
	files := map[string][]byte{}
	var order []string
	err := r.Render(s, func(p string, data []byte) error {
		if _, dup := files[p]; dup {
			return fmt.Errorf("%s emitted twice", p)
		}
		if strings.HasPrefix(p, "/") || strings.Contains(p, "..") {
			return fmt.Errorf("%s is not a clean relative path", p)
		}
		files[p] = bytes.Clone(data)
		order = append(order, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return s, files, order
}

func TestExpectedFiles(t *testing.T) {
	_, files, _ := build(t, "/")
	for _, p := range []string{
		"index.html", "404.html", "robots.txt", "sitemap.xml", ".nojekyll", "assets/site.css",
		"data/providers.json", "data/articles.json.gz", "data/compare.csv",
		"en/index.html", "nl/index.html",
		"en/articles/not-pulling-out/index.html", "nl/artikelen/cloudflare-blijft/index.html",
		"en/providers/cloudflare/index.html", "nl/aanbieders/cloudflare/index.html",
		"en/providers/smallco/index.html", "nl/aanbieders/smallco/index.html",
		"en/compare/index.html", "nl/vergelijk/index.html",
		"en/compare/stance/restricts/index.html", "nl/vergelijk/houding/restricts/index.html",
		"en/compare/lang/nl/index.html", "nl/vergelijk/taal/en/index.html",
		"en/measures/maintain-network/index.html", "nl/maatregelen/maintain-network/index.html",
		"en/stances/stays/index.html", "nl/houdingen/stays/index.html",
		"en/quotes/index.html", "nl/citaten/index.html",
		"en/speakers/matthew-prince/index.html", "nl/sprekers/matthew-prince/index.html",
		"en/sources/the-register/index.html", "nl/bronnen/data-news-knack/index.html",
		"en/about/index.html", "nl/over/index.html", "en/search/index.html", "nl/zoeken/index.html",
		"en/feed.xml", "nl/feed.xml", "en/feed.json", "nl/feed.json",
		"en/providers/cloudflare/feed.xml", "nl/aanbieders/cloudflare/feed.xml",
	} {
		if _, ok := files[p]; !ok {
			t.Errorf("missing %s", p)
		}
	}
	for p := range files {
		if strings.Contains(p, "draft") {
			t.Errorf("draft published: %s", p)
		}
	}
	if _, ok := files["CNAME"]; ok {
		t.Error("CNAME written without a cname setting")
	}
}

// TestDeterministic renders twice from fresh models and wants the same
// paths in the same order with the same bytes.
func TestDeterministic(t *testing.T) {
	_, a, oa := build(t, "/")
	_, b, ob := build(t, "/")
	if strings.Join(oa, "\n") != strings.Join(ob, "\n") {
		t.Fatal("emit order differs between two renders")
	}
	for p, data := range a {
		if !bytes.Equal(data, b[p]) {
			t.Errorf("%s differs between two renders", p)
		}
	}
}

var missingKey = regexp.MustCompile(`\[[a-z0-9]+(\.[a-z0-9]+)+\]`)

// TestLinks walks every internal href, src and action of every HTML page,
// and every #fragment, for a root and a sub-path base URL.
func TestLinks(t *testing.T) {
	for _, base := range []string{"/", "/sub/path/", "https://example.org/repo/"} {
		t.Run(base, func(t *testing.T) {
			_, files, _ := build(t, base)
			ids := map[string]map[string]bool{}
			docs := map[string]*goquery.Document{}
			for p, data := range files {
				if !strings.HasSuffix(p, ".html") {
					continue
				}
				doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
				if err != nil {
					t.Fatalf("%s: %v", p, err)
				}
				docs[p] = doc
				set := map[string]bool{}
				doc.Find("[id]").Each(func(_ int, s *goquery.Selection) {
					id, _ := s.Attr("id")
					if set[id] {
						t.Errorf("%s: duplicate id %q", p, id)
					}
					set[id] = true
				})
				ids[p] = set
				if m := missingKey.Find(data); m != nil {
					t.Errorf("%s: missing UI string %s", p, m)
				}
				if len(data) > 100<<10 {
					t.Errorf("%s: %d bytes, over 100 KB", p, len(data))
				}
			}
			checked := 0
			for p, doc := range docs {
				doc.Find("[href],[src],form[action]").Each(func(_ int, s *goquery.Selection) {
					for _, attr := range []string{"href", "src", "action"} {
						v, ok := s.Attr(attr)
						if !ok {
							continue
						}
						target, frag, internal := resolve(p, v, base)
						if !internal {
							continue
						}
						if strings.HasPrefix(target, "pagefind/") {
							continue // Pagefind writes these after the generator (see generator/e2e)
						}
						checked++
						if _, ok := files[target]; !ok {
							t.Errorf("%s: %s=%q: no file %s", p, attr, v, target)
							continue
						}
						if frag != "" && !ids[target][frag] {
							t.Errorf("%s: %s=%q: no id %q in %s", p, attr, v, frag, target)
						}
					}
				})
			}
			if checked < 200 {
				t.Errorf("only %d internal links checked; the walk is not seeing the site", checked)
			}
		})
	}
}

// resolve maps a link on page p to the output file and fragment it names;
// internal is false for other hosts, mailto and the like.
func resolve(p, v, base string) (file, frag string, internal bool) {
	if strings.HasPrefix(v, "#") {
		return p, v[1:], true
	}
	path, frag, _ := strings.Cut(v, "#")
	path, _, _ = strings.Cut(path, "?")
	// Links between pages are root-relative (the base URL's path);
	// canonical and hreflang links carry the whole base URL.
	root := site.Paths{Base: base}.Root()
	rel, ok := strings.CutPrefix(path, base)
	if !ok {
		rel, ok = strings.CutPrefix(path, root)
		if strings.HasPrefix(path, "http") || strings.HasPrefix(path, "mailto:") {
			return "", "", false
		}
	}
	if !ok {
		// A root-relative or relative link that ignores the base URL is
		// broken under a sub-path: report it as a missing file.
		return "(outside base) " + path, frag, true
	}
	return site.File(rel), frag, true
}

// TestGoldenArticle compares one article page with testdata/article.golden.html;
// run with -update after an intended change and review the diff.
func TestGoldenArticle(t *testing.T) {
	_, files, _ := build(t, "/")
	golden.Check(t, filepath.Join("testdata", "article.golden.html"), files["en/articles/not-pulling-out/index.html"], *update)
}

func TestArticlePage(t *testing.T) {
	_, files, _ := build(t, "/")
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(files["en/articles/not-pulling-out/index.html"]))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, sel string
		want      int
	}{
		{"evidence spans with ids", ".article-body span.ev[id^='ev-']", 5},
		{"quote in one piece is <q>", ".article-body q.quote[id^='q-']", 1},
		{"quote across markup keeps its id", ".article-body [id^='q-']", 2},
		{"first mention links each provider once", ".article-body a[href*='/providers/']", 4},
		{"no provider link in a heading", ".article-body h2 a", 0},
		{"evidence not in the body gets no fragment", "a[href$='#ev-']", 0},
		{"pagefind body", "[data-pagefind-body]", 1},
		// The search filters are read from the report list when the index
		// is made (tools/search/index.mjs): each row's first link is the
		// company, its first badge the stance, a nested row's first link
		// the measure; the page itself carries no filter attribute.
		{"filter source: a company link first in each row", "ul.reports > li > a:first-child[href*='/providers/']", 4},
		{"filter source: a stance badge in each row", "ul.reports > li > span.stance:first-of-type", 4},
		{"filter source: a measure link first in each nested row", "ul.reports > li > ul > li > a:first-child[href*='/measures/']", 4},
		{"no pagefind filter attribute on the page", "[data-pagefind-filter]", 0},
		{"no JSON-LD: the head keeps what link previews read", "script[type='application/ld+json']", 0},
		{"skip link", "a.skip[href='#main']", 1},
		{"heading ids are prefixed", ".article-body h2#sec-sales", 1},
		// A quote's row links its speaker and the words in the excerpt,
		// which it does not print again; other coverage is on the
		// companies' pages.
		{"quote rows link the words in the excerpt", ".quote-list a[href^='#q-']", 2},
		{"quote rows link the speaker", ".quote-list a[href='/en/speakers/matthew-prince/']", 2},
		{"quote rows do not repeat the words", ".quote-list q", 0},
		{"no other coverage", "#h-other", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := doc.Find(tc.sel).Length(); got != tc.want {
				t.Errorf("%s: %d matches, want %d", tc.sel, got, tc.want)
			}
		})
	}
	// The Cogent link must come from the alias "Cogent Communications".
	if got := doc.Find(".article-body a[href='/en/providers/cogent/']").Text(); got != "Cogent Communications" {
		t.Errorf("cogent mention = %q", got)
	}
	if got := doc.Find(".article-head time").Text(); got != "8 March 2022" {
		t.Errorf("date = %q", got)
	}
	nl, _ := goquery.NewDocumentFromReader(bytes.NewReader(files["nl/artikelen/cloudflare-blijft/index.html"]))
	if got := nl.Find(".article-head time").Text(); got != "9 maart 2022" {
		t.Errorf("nl date = %q", got)
	}
	if lang, _ := nl.Find("html").Attr("lang"); lang != "nl" {
		t.Errorf("nl article html lang = %q", lang)
	}
}

func TestProviderPage(t *testing.T) {
	_, files, _ := build(t, "/")
	doc, _ := goquery.NewDocumentFromReader(bytes.NewReader(files["en/providers/cloudflare/index.html"]))
	if doc.Find(".verdict .flag").Length() != 1 {
		t.Error("cloudflare: no disagreement flag although en says stays and nl restricts")
	}
	if n := doc.Find("link[rel=alternate][hreflang]").Length(); n != 2 {
		t.Errorf("hreflang alternates = %d, want 2", n)
	}
	if href, _ := doc.Find("link[rel=alternate][hreflang=nl]").Attr("href"); href != "/nl/aanbieders/cloudflare/" {
		t.Errorf("nl alternate = %q", href)
	}
	if href, _ := doc.Find(".langs a").Attr("href"); href != "/nl/aanbieders/cloudflare/" {
		t.Errorf("language switch = %q", href)
	}
	if doc.Find(".timeline a[href*='#ev-']").Length() == 0 {
		t.Error("no evidence links into articles")
	}
	small, _ := goquery.NewDocumentFromReader(bytes.NewReader(files["en/providers/smallco/index.html"]))
	if small.Find("p.note").Length() != 1 {
		t.Error("unregistered provider page has no registry note")
	}
}

func TestCompareFilters(t *testing.T) {
	_, files, _ := build(t, "/")
	rows := func(p string) []string {
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(files[p]))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		doc.Find("#compare-grid tbody th[scope=row] > a").Each(func(_ int, s *goquery.Selection) { out = append(out, s.Text()) })
		sort.Strings(out)
		return out
	}
	tests := []struct{ path, want string }{
		{"en/compare/index.html", "Akamai Cloudflare Cogent Smallco"},
		{"en/compare/stance/restricts/index.html", "Akamai Cloudflare"},
		{"en/compare/stance/withdraws/index.html", "Cogent"},
		{"en/compare/lang/nl/index.html", "Cloudflare"},
		{"nl/vergelijk/taal/en/index.html", "Akamai Cloudflare Cogent Smallco"},
	}
	for _, tc := range tests {
		if got := strings.Join(rows(tc.path), " "); got != tc.want {
			t.Errorf("%s: rows %q, want %q", tc.path, got, tc.want)
		}
	}
}

func TestFeedsDataSitemap(t *testing.T) {
	s, files, _ := build(t, "https://example.org/repo/")
	for _, p := range []string{"en/feed.xml", "nl/feed.xml", "en/providers/cloudflare/feed.xml", "sitemap.xml"} {
		d := xml.NewDecoder(bytes.NewReader(files[p]))
		for {
			if _, err := d.Token(); err != nil {
				if err.Error() != "EOF" {
					t.Errorf("%s: %v", p, err)
				}
				break
			}
		}
	}
	if !bytes.Contains(files["sitemap.xml"], []byte(`<xhtml:link rel="alternate" hreflang="nl" href="https://example.org/repo/nl/aanbieders/cloudflare/"/>`)) {
		t.Error("sitemap lacks hreflang alternates")
	}
	if !bytes.Contains(files["robots.txt"], []byte("Sitemap: https://example.org/repo/sitemap.xml")) {
		t.Error("robots.txt lacks the sitemap")
	}
	for _, p := range []string{"en/feed.json", "data/providers.json", "data/articles.json.gz"} {
		var v any
		b := files[p]
		if strings.HasSuffix(p, ".gz") {
			b = gunzipped(t, p, b)
		}
		if err := json.Unmarshal(b, &v); err != nil {
			t.Errorf("%s: %v", p, err)
		}
	}
	recs, err := csv.NewReader(bytes.NewReader(files["data/compare.csv"])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	reported := 0
	for _, p := range s.Providers {
		if len(p.Reports) > 0 {
			reported++
		}
	}
	if len(recs) != 1+reported || reported < 2 { // header + one row per company with reports
		t.Errorf("compare.csv has %d records, want 1 + %d", len(recs), reported)
	}
}

// TestTransientEmit: a render whose emit keeps nothing (Memo.Transient,
// pages emitted from pooled buffers) emits the same files, in the same
// order, as one that hands each page its own slice; the bytes are copied
// as they are emitted, before the buffer serves another page.
func TestTransientEmit(t *testing.T) {
	s, r := fixture(t, site.DefaultConfig())
	collect := func(memo *Memo) ([]string, map[string][]byte) {
		var order []string
		files := map[string][]byte{}
		err := r.RenderMemo(s, nil, memo, func(p string, data []byte) error {
			order = append(order, p)
			files[p] = bytes.Clone(data)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return order, files
	}
	wantOrder, want := collect(nil)
	gotOrder, got := collect(&Memo{Transient: true})
	if !slices.Equal(gotOrder, wantOrder) {
		t.Fatalf("transient render emitted %d files in another order than %d", len(gotOrder), len(wantOrder))
	}
	for p, w := range want {
		if !bytes.Equal(got[p], w) {
			t.Errorf("%s differs when emitted from a pooled buffer", p)
		}
	}
}
