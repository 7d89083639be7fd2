package render

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsdesk/ruscompare/generator/site"
)

// The exports hold each fact once: a company's record (and its row of
// compare.csv) counts its articles but does not list their reports
// again; an article's record holds its reports and its quotes, each
// found in the text with the anchor of its sentence on the article's
// page; an evidence sentence's or quote's words are in the export only
// when the page does not show them.
func TestDataExportsHoldEachFactOnce(t *testing.T) {
	base := "https://example.org/repo/"
	s, files, _ := build(t, base)
	var providers []map[string]any
	if err := json.Unmarshal(files[site.PathProvidersJSON], &providers); err != nil {
		t.Fatal(err)
	}
	var articles []articleJSON
	if err := json.Unmarshal(gunzipped(t, site.PathArticlesJSON, files[site.PathArticlesJSON]), &articles); err != nil {
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
			claims := map[string][]string{"stance": r.Evidence}
			for m, ids := range r.Measures {
				claims["measure:"+m] = ids
			}
			for field, ids := range claims {
				for _, id := range ids {
					anchors++
					if !has(id) || strings.TrimSpace(doc.Find("#"+id).Text()) == "" {
						t.Errorf("%s: evidence %q: anchor %q is not on the page", a.Slug, field, id)
					}
				}
			}
			for _, e := range r.Unanchored {
				if e.Text == "" {
					t.Errorf("%s: evidence %q has neither an anchor nor its sentence", a.Slug, e.Field)
				}
			}
		}
		for _, q := range a.Quotes {
			if q.Anchor == "" {
				if q.Text == "" {
					t.Errorf("%s: a quote has neither an anchor nor its words", a.Slug)
				}
				continue
			}
			if q.Text != "" {
				t.Errorf("%s: quote %q repeats the words its page shows at #%s", a.Slug, q.Text, q.Anchor)
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
	rows, err := csv.NewReader(bytes.NewReader(files[site.PathCompareCSV])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) < 2 || rows[0][0] != "provider" || rows[0][3] != "articles" {
		t.Fatalf("compare.csv: header %v, %d rows", rows[0], len(rows))
	}
	for _, row := range rows[1:] {
		if n, _ := strconv.Atoi(row[3]); n != reported[row[0]] || n == 0 {
			t.Errorf("compare.csv: %s has %s articles, articles.json %d reports", row[0], row[3], reported[row[0]])
		}
	}
	if len(rows)-1 != len(reported) {
		t.Errorf("compare.csv: %d companies, articles.json reports %d", len(rows)-1, len(reported))
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

// gunzipped is the gzip-compressed file p (b) uncompressed.
func gunzipped(t *testing.T, p string, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return out
}
