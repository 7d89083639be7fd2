package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsdesk/ruscompare/generator/site"
)

// The JSON exports hold each fact once: a company's record counts its
// articles but does not list their reports again; an article's record
// holds its reports and its quotes, each found in the text with the
// anchor of its sentence on the article's page; an evidence sentence's
// words are in the export only when the page does not show it.
func TestDataExportsHoldEachFactOnce(t *testing.T) {
	base := "https://example.org/repo/"
	s, files, _ := build(t, base)
	var providers []map[string]any
	if err := json.Unmarshal(files[site.PathProvidersJSON], &providers); err != nil {
		t.Fatal(err)
	}
	var articles []articleJSON
	if err := json.Unmarshal(files[site.PathArticlesJSON], &articles); err != nil {
		t.Fatal(err)
	}
	if len(providers) != len(s.Providers) || len(articles) != len(s.Articles) {
		t.Fatalf("%d providers, %d articles exported; the site has %d and %d", len(providers), len(articles), len(s.Providers), len(s.Articles))
	}
	reported := map[string]int{}
	anchors := 0
	for _, a := range articles {
		page, ok := files[site.File(strings.TrimPrefix(a.URL, base))]
		if !ok {
			t.Errorf("%s: url %q is no page of the build", a.Slug, a.URL)
			continue
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(page))
		if err != nil {
			t.Fatal(err)
		}
		has := func(id string) bool { return id != "" && doc.Find("#"+id).Length() == 1 }
		for _, r := range a.Reports {
			reported[r.Provider]++
			for _, e := range r.Evidence {
				if e.Anchor == "" {
					if e.Text == "" {
						t.Errorf("%s: evidence %q has neither an anchor nor its sentence", a.Slug, e.Field)
					}
					continue // not in the article's text
				}
				if e.Text != "" {
					t.Errorf("%s: evidence %q repeats the sentence its page shows at #%s", a.Slug, e.Field, e.Anchor)
				}
				anchors++
				if !has(e.Anchor) || strings.TrimSpace(doc.Find("#"+e.Anchor).Text()) == "" {
					t.Errorf("%s: evidence %q: anchor %q is not on the page", a.Slug, e.Field, e.Anchor)
				}
			}
		}
		for _, q := range a.Quotes {
			if q.Anchor == "" {
				continue
			}
			anchors++
			if !has(q.Anchor) {
				t.Errorf("%s: quote anchor %q is not on the page", a.Slug, q.Anchor)
			}
		}
	}
	if anchors == 0 {
		t.Fatal("no evidence or quote anchors exported")
	}
	for _, p := range providers {
		id, _ := p["id"].(string)
		if _, ok := p["reports"]; ok {
			t.Errorf("%s: providers.json repeats the reports of articles.json", id)
		}
		if n, _ := p["articles"].(float64); int(n) != reported[id] {
			t.Errorf("%s: articles %v, articles.json has %d reports", id, p["articles"], reported[id])
		}
	}
}
