package site

import "github.com/newsdesk/ruscompare/generator/content"

// Republished reports whether an article's front-matter allows its full
// text on its page (`republish: true`, or a `license`), the test Build
// applies; the search index (generator/fulltext) uses it to know which
// pages show only an excerpt.
func Republished(a *content.Article) bool {
	ok, _ := republishable(a.Extra)
	return ok
}
