package e2e

import (
	"strings"
	"testing"
)

// Every page of the built site, at the root and under a sub-path, has a
// meta description and an og:image that is a file of the build, and the
// build has a favicon; every home and about page names the publisher and
// the corrections route of site.yaml, and every home page has an inline
// <svg role="img"> chart.
func TestSharingAndTrust(t *testing.T) {
	for _, base := range []string{"/", "/sub/path/"} {
		t.Run(base, func(t *testing.T) {
			dir := site(t, base, false)
			if !fileExists(dir + "/favicon.ico") {
				t.Error("no favicon.ico")
			}
			for _, rel := range htmlFiles(t, dir) {
				doc := readPage(t, dir, rel)
				if d, _ := doc.Find(`meta[name="description"]`).Attr("content"); strings.TrimSpace(d) == "" {
					t.Errorf("%s: no meta description", rel)
				}
				img, _ := doc.Find(`meta[property="og:image"]`).Attr("content")
				if !strings.HasPrefix(img, base) || !fileExists(dir+"/"+strings.TrimPrefix(img, base)) {
					t.Errorf("%s: og:image %q is not a file of the build", rel, img)
				}
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
		})
	}
}
