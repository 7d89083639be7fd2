package ingest

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
)

// The title of a page follows Mozilla readability's order, which publishers
// and readers' apps have converged on: the JSON-LD article's headline or
// name, then the title meta tags (Dublin Core, OpenGraph, Twitter, Parse.ly),
// then <title> trimmed of a site name by the separator heuristics, or the
// one <h1> when <title> is too short or too long to be a headline.
// Trafilatura prefers an <h1>, which on many pages is a section name or a
// logo (measured in tools/scoreingest).

// titleMetaProperty matches a property attribute naming a title (the
// attribute may list several).
var titleMetaProperty = regexp.MustCompile(`(?i)^\s*(dc|dcterm|og|twitter)\s*:\s*title\s*$`)

// titleMetaName matches a name attribute naming a title.
var titleMetaName = regexp.MustCompile(`(?i)^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(?:article|webpage))\s*[-.:]\s*)?title\s*$`)

// titleMetaOrder is the preference among the title meta tags.
var titleMetaOrder = []string{"dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title", "title", "twitter:title", "parsely-title"}

// jsonLDArticleType matches the schema.org types of an article.
var jsonLDArticleType = regexp.MustCompile(`^(Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$`)

// pageTitle is the page's headline as its publisher states it.
func pageTitle(gq *goquery.Document) string {
	docTitle := headingTitle(gq)
	if t := jsonLDTitle(gq, docTitle); t != "" {
		return t
	}
	values := map[string]string{}
	gq.Find("meta[content]").Each(func(_ int, s *goquery.Selection) {
		content := strings.TrimSpace(attr(s, "content"))
		if content == "" {
			return
		}
		for _, p := range strings.Fields(attr(s, "property")) {
			if m := titleMetaProperty.FindStringSubmatch(p); m != nil {
				values[strings.ToLower(m[1])+":title"] = content
			}
		}
		if name := attr(s, "name"); titleMetaName.MatchString(name) {
			n := strings.ToLower(strings.Join(strings.Fields(name), ""))
			values[strings.ReplaceAll(n, ".", ":")] = content
		}
	})
	for _, k := range titleMetaOrder {
		if values[k] != "" {
			return values[k]
		}
	}
	return docTitle
}

// jsonLDTitle is the headline or name of a JSON-LD article; when both are
// given and differ, the one closer to the document title.
func jsonLDTitle(gq *goquery.Document, docTitle string) string {
	found := ""
	gq.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		v, ok := parseJSONLD(s.Text())
		if !ok {
			return true
		}
		for _, obj := range jsonLDObjects(v, 0) {
			if !isArticleType(obj["@type"]) {
				continue
			}
			name, _ := obj["name"].(string)
			headline, _ := obj["headline"].(string)
			name, headline = strings.TrimSpace(name), strings.TrimSpace(headline)
			switch {
			case name != "" && headline != "" && name != headline:
				found = name
				if similarity(headline, docTitle) > 0.75 && similarity(name, docTitle) <= 0.75 {
					found = headline
				}
			case name != "":
				found = name
			default:
				found = headline
			}
			if found != "" {
				return false
			}
		}
		return true
	})
	return found
}

// jsonLDObjects lists the objects of a JSON-LD value, @graph included.
func jsonLDObjects(v any, depth int) []map[string]any {
	if depth > 8 {
		return nil
	}
	var out []map[string]any
	switch t := v.(type) {
	case map[string]any:
		out = append(out, t)
		if g, ok := t["@graph"]; ok {
			out = append(out, jsonLDObjects(g, depth+1)...)
		}
	case []any:
		for _, e := range t {
			out = append(out, jsonLDObjects(e, depth+1)...)
		}
	}
	return out
}

func isArticleType(t any) bool {
	switch v := t.(type) {
	case string:
		return jsonLDArticleType.MatchString(v)
	case []any:
		for _, e := range v {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// similarity is the share of b's words found in a (readability's text
// similarity, on words).
func similarity(a, b string) float64 {
	wa, wb := strings.Fields(key(a)), strings.Fields(key(b))
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	inA := map[string]bool{}
	for _, w := range wa {
		inA[w] = true
	}
	missing := 0
	for _, w := range wb {
		if !inA[w] {
			missing += len(w) + 1
		}
	}
	total := len(strings.Join(wb, " "))
	return 1 - float64(missing)/float64(total)
}

var (
	titleSeparator   = regexp.MustCompile(` [|\-\\/>»] `)
	titleHierarchy   = regexp.MustCompile(` [\\/>»] `)
	titleLastPart    = regexp.MustCompile(`(.*)[|\-\\/>»] .*`)
	titleFirstPart   = regexp.MustCompile(`[^|\-\\/>»]*[|\-\\/>»](.*)`)
	titleSeparators  = regexp.MustCompile(`[|\-\\/>»]+`)
	multipleSpaces   = regexp.MustCompile(`\s{2,}`)
	titleColonSuffix = regexp.MustCompile(`.*:(.*)`)
	titleColonPrefix = regexp.MustCompile(`[^:]*[:](.*)`)
)

// headingTitle is <title> without a site name, or the page's one <h1>
// when <title> is too short or too long (readability's heuristics).
func headingTitle(gq *goquery.Document) string {
	orig := strings.TrimSpace(gq.Find("title").First().Text())
	cur := orig
	hierarchical := false
	words := func(s string) int { return len(strings.Fields(s)) }
	switch {
	case titleSeparator.MatchString(cur):
		hierarchical = titleHierarchy.MatchString(cur)
		cur = titleLastPart.ReplaceAllString(orig, "$1")
		if words(cur) < 3 {
			cur = titleFirstPart.ReplaceAllString(orig, "$1")
		}
	case strings.Contains(cur, ": "):
		match := false
		gq.Find("h1, h2").EachWithBreak(func(_ int, s *goquery.Selection) bool {
			match = strings.TrimSpace(s.Text()) == strings.TrimSpace(cur)
			return !match
		})
		if !match {
			cur = titleColonSuffix.ReplaceAllString(orig, "$1")
			if words(cur) < 3 {
				cur = titleColonPrefix.ReplaceAllString(orig, "$1")
			} else if before, _, _ := strings.Cut(orig, ":"); words(before) > 5 {
				cur = orig
			}
		}
	case len(cur) > 150 || len(cur) < 15:
		if h1 := gq.Find("h1"); h1.Length() == 1 {
			cur = h1.Text()
		}
	}
	cur = multipleSpaces.ReplaceAllString(strings.TrimSpace(cur), " ")
	n := words(cur)
	if n <= 4 && (!hierarchical || n != words(titleSeparators.ReplaceAllString(orig, ""))-1) {
		cur = orig
	}
	return cur
}
