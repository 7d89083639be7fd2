package render

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/site"
	"github.com/newsdesk/ruscompare/generator/synth"
)

// buildLarge renders a synthetic site far larger than the seeds: 1,200
// short articles over 40 companies of the registry, so that companies,
// measures, stances, speakers and a source gather enough reports, quotes
// and articles to need several pages while the test stays fast.
func buildLarge(t *testing.T) map[string][]byte {
	t.Helper()
	lx, err := lexicon.Load(filepath.Join("..", "..", "content", "data"))
	if err != nil {
		t.Fatal(err)
	}
	lx.Providers = lx.Providers[:40]
	c, err := synth.New(lx)
	if err != nil {
		t.Fatal(err)
	}
	var arts []*content.Article
	for i := range 1200 {
		f := c.Article(i, synth.Options{Bare: -1, Words: 150})
		a, err := content.Parse(f.Path, f.Data)
		if err != nil {
			t.Fatal(err)
		}
		if i%3 != 2 {
			// One outlet with more articles than a page holds, in
			// each language (its listing is by language).
			a.Source.Name = "The Wire"
		}
		arts = append(arts, a)
	}
	cfg := site.DefaultConfig()
	s, err := site.Build(arts, lx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(templatesDir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	err = r.Render(s, func(p string, data []byte) error {
		if _, dup := files[p]; dup {
			return fmt.Errorf("%s emitted twice", p)
		}
		files[p] = bytes.Clone(data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

var pagedPath = regexp.MustCompile(`/(page|pagina)/([0-9]+)/index\.html$`)

// TestLargeSitePaged checks the page budget of a large site: no HTML page
// over 100 KB, every listing that grows with the corpus split into pages,
// and every pager that links its pages both ways, marks the current one,
// and carries the right canonical URL and hreflang alternates.
func TestLargeSitePaged(t *testing.T) {
	files := buildLarge(t)
	largest, largestPath := 0, ""
	for p, data := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		if len(data) > largest {
			largest, largestPath = len(data), p
		}
		if len(data) > 100<<10 {
			t.Errorf("%s: %d bytes, over 100 KB", p, len(data))
		}
	}
	t.Logf("%d files; largest page %s, %d bytes", len(files), largestPath, largest)

	// Every listing that grows with the corpus has a second page, in
	// both languages.
	for _, prefix := range []string{
		"en/articles/page/2/", "nl/artikelen/pagina/2/",
		"en/compare/page/2/", "nl/vergelijk/pagina/2/",
		"en/providers/*/page/2/", "nl/aanbieders/*/pagina/2/",
		"en/speakers/*/page/2/", "nl/sprekers/*/pagina/2/",
		"en/sources/*/page/2/", "nl/bronnen/*/pagina/2/",
	} {
		found := false
		for p := range files {
			if ok, _ := filepath.Match(prefix+"index.html", p); ok {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("no page matches %s: the listing is not paged", prefix)
		}
	}
	// Listings that would only repeat cards published elsewhere are not
	// made at all: the quotes index shows the latest quotes on one page,
	// a company's quotes past its page's preview are on its speakers'
	// pages, and a measure's or stance's page lists companies (one line
	// each) rather than every report, which the companies' timelines hold.
	for _, prefix := range []string{
		"en/quotes/page/2/", "nl/citaten/pagina/2/",
		"en/providers/*/quotes/", "nl/aanbieders/*/citaten/",
		"en/measures/*/page/2/", "nl/maatregelen/*/pagina/2/",
		"en/stances/*/page/2/", "nl/houdingen/*/pagina/2/",
	} {
		for p := range files {
			if ok, _ := filepath.Match(prefix+"index.html", p); ok {
				t.Errorf("%s: a listing that repeats cards published elsewhere", p)
				break
			}
		}
	}

	checked := 0
	for p, data := range files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		// Parsing only the pages with a pager keeps the test fast.
		if !bytes.Contains(data, []byte(`<nav class="pager"`)) {
			if pagedPath.MatchString(p) {
				t.Errorf("%s: a page 2 or later without a pager", p)
			}
			continue
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		pager := doc.Find("nav.pager")
		checked++
		self := "/" + strings.TrimSuffix(p, "index.html")
		if canon, _ := doc.Find("link[rel=canonical]").Attr("href"); canon != self {
			t.Errorf("%s: canonical %q, want the page itself", p, canon)
		}
		if cur, _ := pager.Find("a[aria-current=page]").Attr("href"); cur != self {
			t.Errorf("%s: the pager marks %q as current", p, cur)
		}
		// The alternates are the same page in each language: page n of
		// one language is page n of the other.
		n := "1"
		if m := pagedPath.FindStringSubmatch(p); m != nil {
			n = m[2]
		}
		doc.Find("link[rel=alternate][hreflang]").Each(func(_ int, s *goquery.Selection) {
			href, _ := s.Attr("href")
			target := site.File(strings.TrimPrefix(href, "/"))
			if _, ok := files[target]; !ok {
				t.Errorf("%s: hreflang alternate %s does not exist", p, href)
			}
			an := "1"
			if m := pagedPath.FindStringSubmatch(target); m != nil {
				an = m[2]
			}
			if an != n {
				t.Errorf("%s: alternate %s is page %s, not %s", p, href, an, n)
			}
		})
		pager.Find("a[href]").Each(func(_ int, s *goquery.Selection) {
			href, _ := s.Attr("href")
			target := site.File(strings.TrimPrefix(href, "/"))
			if _, ok := files[target]; !ok {
				t.Errorf("%s: pager link %s: no file %s", p, href, target)
			}
		})
		// next leads to a page whose prev leads back here.
		if next, ok := pager.Find("a[rel=next]").Attr("href"); ok {
			nd, err := goquery.NewDocumentFromReader(bytes.NewReader(files[site.File(strings.TrimPrefix(next, "/"))]))
			if err != nil {
				t.Fatal(err)
			}
			if back, _ := nd.Find("nav.pager a[rel=prev]").Attr("href"); back != self {
				t.Errorf("%s: next is %s, whose prev is %q", p, next, back)
			}
		}
	}
	// 1,200 articles over 40 companies fill about 90 pages with a pager in
	// both languages (timelines of 50 entries a page).
	if checked < 60 {
		t.Errorf("only %d pages with a pager; the site is not paged", checked)
	}
}

// TestPager checks the numbered links of a long listing: the first and
// last page, two either side of the current one, and gaps between.
func TestPager(t *testing.T) {
	pg := pager("nl", "nl/houdingen/stays/", 7, 50, 20*50)
	var got []string
	for _, l := range pg.Pages {
		if l.Gap {
			got = append(got, "…")
		} else {
			got = append(got, fmt.Sprint(l.N))
		}
	}
	if s := strings.Join(got, " "); s != "1 … 5 6 7 8 9 … 20" {
		t.Errorf("pages = %s", s)
	}
	if pg.Prev != "nl/houdingen/stays/pagina/6/" || pg.Next != "nl/houdingen/stays/pagina/8/" {
		t.Errorf("prev %q, next %q", pg.Prev, pg.Next)
	}
	if pg.From != 301 || pg.To != 350 || pg.Of != 20 {
		t.Errorf("from %d to %d of %d pages", pg.From, pg.To, pg.Of)
	}
	if one := pager("en", "en/quotes/", 1, 50, 3); len(one.Pages) != 0 || one.Next != "" || one.Of != 1 {
		t.Errorf("a one-page listing has a pager: %+v", one)
	}
}

// TestListingsByLanguage checks that a company's timeline, a speaker's
// quotes, a source's articles and the articles index list, in each
// language, only what was written in it (each entry once per site), that
// between the languages they still list everything, and that a page whose
// other language holds entries says so and links there.
func TestListingsByLanguage(t *testing.T) {
	s, files, _ := build(t, "/")
	other := map[string]string{"en": "nl", "nl": "en"}
	type listing struct {
		name    string
		path    func(lang string) string
		entries string // the entries' links to articles
		want    int    // entries over both languages
	}
	var cases []listing
	for _, p := range s.Providers {
		if len(p.Reports) > 0 {
			cases = append(cases, listing{"timeline of " + p.ID, p.Path, ".timeline li > a", len(p.Reports)})
		}
	}
	for _, sp := range s.Speakers {
		cases = append(cases, listing{"quotes of " + sp.Slug, sp.Path, ".quote-list li > a:last-of-type", len(sp.Quotes)})
	}
	for _, so := range s.Sources {
		cases = append(cases, listing{"articles of " + so.Slug, so.Path, ".artlist li > a", len(so.Articles)})
	}
	cases = append(cases, listing{"articles index", func(l string) string { return site.Index(l, site.KindArticles) }, ".artlist li > a", len(s.Articles)})
	mixed := 0
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			total := 0
			count := map[string]int{}
			for _, l := range s.Languages {
				doc, err := goquery.NewDocumentFromReader(bytes.NewReader(files[site.File(c.path(l))]))
				if err != nil {
					t.Fatal(err)
				}
				doc.Find(c.entries).Each(func(_ int, a *goquery.Selection) {
					href, _ := a.Attr("href")
					if !strings.HasPrefix(href, "/"+l+"/") {
						t.Errorf("%s: entry %s is not in %s", c.path(l), href, l)
					}
					total++
					count[l]++
				})
			}
			if total != c.want {
				t.Errorf("%d entries over the languages, want %d (each once)", total, c.want)
			}
			for _, l := range s.Languages {
				doc, _ := goquery.NewDocumentFromReader(bytes.NewReader(files[site.File(c.path(l))]))
				o := other[l]
				link := doc.Find(`p.meta a[hreflang="` + o + `"][href="/` + c.path(o) + `"]`)
				switch {
				case count[o] > 0 && link.Length() != 1:
					t.Errorf("%s: %d entries in %s but no link to %s", c.path(l), count[o], o, c.path(o))
				case count[o] == 0 && link.Length() != 0:
					t.Errorf("%s: links %s, which lists nothing", c.path(l), c.path(o))
				case count[o] > 0 && !strings.Contains(link.Text(), strconv.Itoa(count[o])):
					t.Errorf("%s: the link to %s says %q, not its %d entries", c.path(l), o, link.Text(), count[o])
				}
			}
			if count["en"] > 0 && count["nl"] > 0 {
				mixed++
			}
		})
	}
	if mixed < 3 {
		t.Errorf("only %d listings with entries in both languages: the test checks little", mixed)
	}
}
