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
	for _, a := range arts {
		if (a.Draft && !drafts) || site.Republished(a) {
			continue
		}
		out = append(out, Page{
			File:   site.File(site.Item(a.Lang, site.KindArticles, a.Slug)),
			Source: a.Path,
			Words:  Words(a.Body),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].File < out[j].File })
	return out
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
