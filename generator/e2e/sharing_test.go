package e2e

import (
	"fmt"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	gsite "github.com/newsdesk/ruscompare/generator/site"
)

// Every page of the built site, at the root and under a sub-path, has a
// meta description and an og:image that is a file of the build (a PNG of
// the size it states, with an alt text),
// an article's page its own card; every card of the build is some page's
// og:image; the
// build has a favicon; every home and about page names the publisher and
// the corrections route of site.yaml, and every home page has an inline
// <svg role="img"> chart.
func TestSharingAndTrust(t *testing.T) {
	for _, base := range []string{"/", "/sub/path/"} {
		t.Run(base, func(t *testing.T) {
			dir := site(t, base, false)
			cards := map[string]bool{} // every card.png of the build: seen by a page?
			err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
				if err == nil && d.Name() == "card.png" {
					rel, _ := filepath.Rel(dir, p)
					cards[filepath.ToSlash(rel)] = false
				}
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			if !fileExists(dir + "/favicon.ico") {
				t.Error("no favicon.ico")
			}
			for _, rel := range htmlFiles(t, dir) {
				doc := readPage(t, dir, rel)
				if d, _ := doc.Find(`meta[name="description"]`).Attr("content"); strings.TrimSpace(d) == "" {
					t.Errorf("%s: no meta description", rel)
				}
				checkPreview(t, dir, base, rel, doc, cards)
				home := rel == "en/index.html" || rel == "nl/index.html"
				if home || rel == "en/about/index.html" || rel == "nl/over/index.html" {
					main := doc.Find("main").Text() + doc.Find("footer").Text()
					if !strings.Contains(main, "newsdesk") || doc.Find(`a[href="https://github.com/newsdesk/ruscompare/issues"]`).Length() == 0 {
						t.Errorf("%s: publisher or corrections link missing", rel)
					}
				}
				if home && doc.Find(`main svg[role="img"] title`).Length() == 0 {
					t.Errorf("%s: no inline chart", rel)
				}
			}
			for card, seen := range cards {
				if !seen {
					t.Errorf("%s: no page links to this card", card)
				}
			}
		})
	}
}

// checkPreview checks the preview image of the page rel: og:image names
// a file of the build, a PNG of the size
// og:image:width/height give (checked once per file, marked in cards),
// with an alt text; an article's page
// (og:type article) has the card in its own folder.
func checkPreview(t *testing.T, dir, base, rel string, doc *goquery.Document, cards map[string]bool) {
	t.Helper()
	meta := func(sel string) string {
		v, _ := doc.Find(sel).Attr("content")
		return v
	}
	img := meta(`meta[property="og:image"]`)
	file := strings.TrimPrefix(img, base)
	if !strings.HasPrefix(img, base) || !fileExists(filepath.Join(dir, file)) {
		t.Errorf("%s: og:image %q is not a file of the build", rel, img)
		return
	}
	// X reads og:image and its alt text: twitter:image would repeat them.
	if doc.Find(`meta[name^="twitter:image"]`).Length() != 0 {
		t.Errorf("%s: twitter:image repeats og:image", rel)
	}
	if strings.TrimSpace(meta(`meta[property="og:image:alt"]`)) == "" {
		t.Errorf("%s: no og:image:alt", rel)
	}
	if meta(`meta[property="og:type"]`) == "article" && file != strings.TrimSuffix(rel, "index.html")+"card.png" {
		t.Errorf("%s: an article's og:image is %q, not its own card", rel, img)
	}
	size := meta(`meta[property="og:image:width"]`) + "×" + meta(`meta[property="og:image:height"]`)
	if seen, ok := cards[file]; ok && seen {
		return
	}
	cards[file] = true
	f, err := os.Open(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cfg, err := png.DecodeConfig(f)
	if err != nil {
		t.Errorf("%s: %v", file, err)
	} else if got := fmt.Sprintf("%d×%d", cfg.Width, cfg.Height); got != size {
		t.Errorf("%s: %s, but og:image:width/height say %s", file, got, size)
	}
}

// TestSearchIndexesWhatReadersRead checks what Pagefind will index, in
// the built HTML: no evidence link label ("evidence", "bewijs") inside an
// indexed body outside an element marked data-pagefind-ignore, so search
// excerpts are the site's sentences and not a row of link labels; and
// every speaker page has an indexed body (issue 12, Deliver 6).
func TestSearchIndexesWhatReadersRead(t *testing.T) {
	dir := site(t, "/", false)
	cat := catalog(t)
	labels := map[string]bool{cat.T("en", "report.evidence"): true, cat.T("nl", "report.evidence"): true}
	speakers, indexed := 0, 0
	for _, rel := range htmlFiles(t, dir) {
		doc := readPage(t, dir, rel)
		body := doc.Find("[data-pagefind-body]")
		if body.Length() > 0 {
			indexed++
		}
		body.Find("a").Each(func(_ int, a *goquery.Selection) {
			if labels[strings.TrimSpace(a.Text())] && a.Closest("[data-pagefind-ignore]").Length() == 0 {
				href, _ := a.Attr("href")
				t.Errorf("%s: the link label %q (to %s) would be indexed", rel, a.Text(), href)
			}
		})
		// A speaker's page: LANG/SPEAKERS/SLUG/index.html.
		if part := strings.Split(rel, "/"); len(part) == 4 && part[1] == gsite.Segment(part[0], gsite.KindSpeakers) &&
			part[2] != gsite.Segment(part[0], gsite.KindPage) {
			speakers++
			if body.Length() != 1 {
				t.Errorf("%s: a speaker page with %d indexed bodies, want 1", rel, body.Length())
			}
		}
	}
	if speakers == 0 || indexed < speakers {
		t.Fatalf("%d speaker pages, %d indexed pages: the test checked nothing", speakers, indexed)
	}
	t.Logf("%d indexed pages, %d of them speakers'", indexed, speakers)
}
