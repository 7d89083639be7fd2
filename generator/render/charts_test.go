package render

import (
	"bytes"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsdesk/ruscompare/generator/site"
)

// Each home page carries the stance split as an inline <svg role="img">
// with a title and a description, next to a table of the same figures;
// a company page carries its timeline and coverage charts.
func TestCharts(t *testing.T) {
	_, files, _ := build(t, "/")
	for _, path := range []string{"en/index.html", "nl/index.html", "en/providers/cloudflare/index.html", "nl/aanbieders/akamai/index.html"} {
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(files[path]))
		if err != nil {
			t.Fatal(err)
		}
		svgs := doc.Find(`main svg[role="img"]`)
		if svgs.Length() == 0 {
			t.Errorf("%s: no inline chart", path)
		}
		svgs.Each(func(_ int, s *goquery.Selection) {
			ids, _ := s.Attr("aria-labelledby")
			if s.Find("title").Text() == "" || s.Find("desc").Text() == "" || ids == "" {
				t.Errorf("%s: chart without title, desc or label", path)
			}
		})
		if doc.Find("main details.chart-table table").Length() == 0 {
			t.Errorf("%s: no table with the chart's figures", path)
		}
	}
}

func TestStatementDate(t *testing.T) {
	r, err := New(templatesDir, site.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang, date, text, want string
	}{
		{"en", "2022-03-08", "In a March 6 statement, the company said it would stay.", "2022-03-06"},
		{"en", "2022-03-08", "according to a march 4 update", "2022-03-04"},
		{"nl", "2022-03-09", "In een verklaring van 7 maart zei het bedrijf dat het blijft.", "2022-03-07"},
		{"en", "2022-03-08", "It plans to leave by April 30.", ""}, // after the article: a plan, not a statement
		{"en", "2022-03-08", "Some 30 March marchers protested.", ""},
		{"en", "2022-02-28", "On February 30 nothing happened.", ""},
		{"en", "2022-03-08", "No date here.", ""},
	}
	for _, tt := range tests {
		a := &site.Article{Lang: tt.lang, Date: tt.date}
		rep := &site.Report{Article: a, Evidence: []*site.Evidence{{Text: tt.text, Article: a}}}
		p := r.newPage(&site.Site{}, tt.lang, "provider", "", "")
		got, ok := p.statementDate(rep)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s %q: got %q %v, want %q", tt.lang, tt.text, got, ok, tt.want)
		}
	}
}
