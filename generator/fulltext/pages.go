package fulltext

import (
	"encoding/json"
	"io"
	"sort"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/site"
)

// Page is one excerpt-mode article page of the site and the words of its
// full text, as tools/search/index.mjs reads them.
type Page struct {
	// File is the page's output file, relative to the site's folder and
	// slash-separated ("en/articles/slug/index.html").
	File string `json:"file"`
	// Source is the article's markdown file, for the index's messages.
	Source string   `json:"source"`
	Words  []string `json:"words"`
}

// Pages lists the excerpt-mode articles the build publishes (drafts only
// when drafts is set, as with build --drafts), sorted by output file.
// A republished article is left out: its page already shows every word.
func Pages(arts []*content.Article, drafts bool) []Page {
	var out []Page
	var lang []string
	for _, a := range arts {
		if (a.Draft && !drafts) || site.Republished(a) {
			continue
		}
		out = append(out, Page{
			File:   site.File(site.Item(a.Lang, site.KindArticles, a.Slug)),
			Source: a.Path,
			Words:  Words(a.Body),
		})
		lang = append(lang, a.Lang)
	}
	dropCommon(out, lang)
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out
}

// A word in more than commonShare of a language's excerpt pages (and in
// more than commonMin of them) is left out of their added words: searched
// alone it would list a tenth of the site, and such words, repeated in
// each page's fragment, were much of the index (on testdata/real*'s 274
// texts, 48% of an English article's distinct words and 44% of a Dutch
// one's are in over a tenth of the articles). A page that shows the word
// is still found by it, and every rarer word of the body still finds
// its article. commonMin keeps every word of a site below 2,000 articles
// a language, where the index is small anyway.
const (
	commonShare = 0.10
	commonMin   = 200
)

// dropCommon removes from each page's words those in more than
// commonShare (and commonMin) of the pages of its language.
func dropCommon(pages []Page, lang []string) {
	df := map[string]map[string]int{}
	n := map[string]int{}
	for i, p := range pages {
		l := lang[i]
		if df[l] == nil {
			df[l] = map[string]int{}
		}
		n[l]++
		for _, w := range p.Words {
			df[l][w]++
		}
	}
	for i := range pages {
		l := lang[i]
		limit := max(int(commonShare*float64(n[l])), commonMin)
		kept := pages[i].Words[:0]
		for _, w := range pages[i].Words {
			if df[l][w] <= limit {
				kept = append(kept, w)
			}
		}
		pages[i].Words = kept
	}
}

// Write writes pages as the JSON document tools/search/index.mjs reads:
// {"pages": [...]}, the same bytes for the same pages.
func Write(w io.Writer, pages []Page) error {
	if pages == nil {
		pages = []Page{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Pages []Page `json:"pages"`
	}{pages})
}
