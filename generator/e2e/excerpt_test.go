package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsdesk/ruscompare/generator/content"
	gsite "github.com/newsdesk/ruscompare/generator/site"
)

// seedArticles are the committed articles, as the build reads them.
func seedArticles(t *testing.T) []*content.Article {
	t.Helper()
	arts, err := content.LoadDir(filepath.Join(repoRoot, "content"))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Fatal("no articles in content/")
	}
	return arts
}

func readPage(t *testing.T, dir, rel string) *goquery.Document {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := goquery.NewDocumentFromReader(f)
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return doc
}

// articleFile is the output file of an article's page.
func articleFile(a *content.Article) string {
	return gsite.File(gsite.Item(a.Lang, gsite.KindArticles, a.Slug))
}

// The seed articles are third-party journalism: their pages show an
// excerpt (the cited sentences and the quotes in their sentence), so most
// of each body's sentences are not on the page at all, while every link
// to an evidence sentence or a quote, on any page, lands on an element
// with that id in the article's text.
func TestSeedArticlesAreExcerpts(t *testing.T) {
	dir := site(t, "/", false)
	for _, a := range seedArticles(t) {
		if a.Draft {
			continue
		}
		doc := readPage(t, dir, articleFile(a))
		page := gsite.FoldText(doc.Find("main").Text())
		total, shown := 0, 0
		for _, para := range strings.Split(a.Body, "\n\n") {
			for _, sp := range gsite.SentenceSpans(strings.Join(strings.Fields(para), " ")) {
				s := strings.Join(strings.Fields(para), " ")[sp.Start:sp.End]
				n := len(strings.Fields(s))
				total += n
				if strings.Contains(page, gsite.FoldText(s)) {
					shown += n
				}
			}
		}
		t.Logf("%s: %d of %d body words on the page (%.0f%%)", a.Path, shown, total, 100*float64(shown)/float64(total))
		if total == 0 || float64(shown) >= 0.5*float64(total) {
			t.Errorf("%s: %d of %d body words are on the page; an excerpt shows less than half", a.Path, shown, total)
		}
		if doc.Find(`.original a[href^="http"]`).Length() != 1 {
			t.Errorf("%s: no prominent link to the original", a.Path)
		}
	}
	links := 0
	for _, rel := range htmlFiles(t, dir) {
		doc := readPage(t, dir, rel)
		doc.Find(`a[href*="#ev-"], a[href*="#q-"]`).Each(func(_ int, s *goquery.Selection) {
			href, _ := s.Attr("href")
			target, frag, _ := strings.Cut(href, "#")
			file := rel
			if target != "" {
				file = strings.TrimPrefix(target, "/") + "index.html"
			}
			links++
			if doc2 := readPage(t, dir, file); doc2.Find(`.article-body [id="`+frag+`"]`).Length() != 1 {
				t.Errorf("%s: link %s lands on no sentence of the article text", rel, href)
			}
		})
	}
	if links == 0 {
		t.Error("no evidence or quote links found: the test checked nothing")
	}
}

// Reported speech (a quote of kind indirect) is the journalist's
// sentence: no page sets it in <q> or <blockquote>.
func TestNoIndirectSpeechInQuotationMarkup(t *testing.T) {
	dir := site(t, "/", false)
	var indirect []string
	for _, a := range seedArticles(t) {
		for _, q := range a.Quotes {
			if q.Kind == "indirect" {
				indirect = append(indirect, gsite.FoldText(q.Text))
			}
		}
	}
	if len(indirect) == 0 {
		t.Fatal("the seed articles have no indirect quotes: the test would check nothing")
	}
	for _, rel := range htmlFiles(t, dir) {
		doc := readPage(t, dir, rel)
		doc.Find("q, blockquote").Each(func(_ int, s *goquery.Selection) {
			text := gsite.FoldText(s.Text())
			for _, in := range indirect {
				if strings.Contains(text, in) {
					t.Errorf("%s: reported speech inside <%s>: %q", rel, goquery.NodeName(s), in)
				}
			}
		})
	}
}
