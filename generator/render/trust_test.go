package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsdesk/ruscompare/generator/site"
)

// Every page says who publishes the site and where to send a correction
// (home and about pages at least), has a meta description and a preview
// image that is in the output, and the output has a favicon; for a root
// and a sub-path build, with a URL and an email as the corrections route.
func TestTrustAndSharing(t *testing.T) {
	tests := []struct {
		base, corrections, href string
	}{
		{"/", "https://example.org/corrections", "https://example.org/corrections"},
		{"https://example.github.io/repo/", "desk@example.org", "mailto:desk@example.org"},
	}
	for _, tt := range tests {
		t.Run(tt.base, func(t *testing.T) {
			cfg := site.DefaultConfig()
			cfg.BaseURL = tt.base
			cfg.Publisher = "Example Newsroom"
			cfg.Corrections = tt.corrections
			s, files, _ := buildWith(t, cfg)
			if _, ok := files["favicon.ico"]; !ok {
				t.Error("no favicon.ico in the output")
			}
			pages := 0
			for path, data := range files {
				if !strings.HasSuffix(path, ".html") {
					continue
				}
				pages++
				doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
				if err != nil {
					t.Fatal(err)
				}
				if d, _ := doc.Find(`meta[name="description"]`).Attr("content"); strings.TrimSpace(d) == "" {
					t.Errorf("%s: no meta description", path)
				}
				img, ok := doc.Find(`meta[property="og:image"]`).Attr("content")
				rel := strings.TrimPrefix(strings.TrimPrefix(img, tt.base), "/")
				if _, exists := files[rel]; !ok || !exists {
					t.Errorf("%s: og:image %q is not in the output", path, img)
				}
				if icon, _ := doc.Find(`link[rel="icon"]`).Attr("href"); icon != s.Paths.Root()+"favicon.ico" {
					t.Errorf("%s: favicon link %q", path, icon)
				}
				foot := doc.Find("footer")
				if !strings.Contains(foot.Text(), "Example Newsroom") || foot.Find(`a[href="`+tt.href+`"]`).Length() != 1 {
					t.Errorf("%s: footer lacks the publisher or the corrections link", path)
				}
			}
			if pages == 0 {
				t.Fatal("no pages")
			}
			for _, l := range s.Languages {
				for _, p := range []string{site.Home(l), site.Index(l, site.KindAbout)} {
					doc, err := goquery.NewDocumentFromReader(bytes.NewReader(files[site.File(p)]))
					if err != nil {
						t.Fatal(err)
					}
					main := doc.Find("main")
					if p == site.Index(l, site.KindAbout) && (!strings.Contains(main.Text(), "Example Newsroom") ||
						main.Find(`a[href="`+tt.href+`"]`).Length() != 1 || main.Find(`time[datetime="`+s.Updated+`"]`).Length() != 1) {
						t.Errorf("%s: the about page lacks the publisher, corrections or last update", p)
					}
				}
			}
			// A company with reports has a card of its own.
			doc, _ := goquery.NewDocumentFromReader(bytes.NewReader(files["nl/aanbieders/cloudflare/index.html"]))
			if img, _ := doc.Find(`meta[property="og:image"]`).Attr("content"); !strings.HasSuffix(img, "nl/aanbieders/cloudflare/card.png") {
				t.Errorf("cloudflare's card is %q", img)
			}
		})
	}
}
