package site

import (
	"strconv"
	"strings"
)

// Kind names a family of pages; the URL table maps it to a path segment
// per language.
type Kind string

// The page kinds of the site.
const (
	KindArticles  Kind = "articles"
	KindProviders Kind = "providers"
	KindMeasures  Kind = "measures"
	KindStances   Kind = "stances"
	KindCompare   Kind = "compare"
	KindQuotes    Kind = "quotes"
	KindSpeakers  Kind = "speakers"
	KindSources   Kind = "sources"
	KindAbout     Kind = "about"
	KindSearch    Kind = "search"
	// KindStanceFilter and KindLangFilter are the sub-segments of the
	// no-JS compare filters (/en/compare/stance/<id>/).
	KindStanceFilter Kind = "compare-stance"
	KindLangFilter   Kind = "compare-lang"
	KindPage         Kind = "page"
)

// segments is THE URL table: every path segment of every language. Keeping
// it in one place means a translated URL changes here and nowhere else.
var segments = map[string]map[Kind]string{
	"en": {
		KindArticles: "articles", KindProviders: "providers", KindMeasures: "measures",
		KindStances: "stances", KindCompare: "compare", KindQuotes: "quotes",
		KindSpeakers: "speakers", KindSources: "sources", KindAbout: "about",
		KindSearch: "search", KindStanceFilter: "stance", KindLangFilter: "lang",
		KindPage: "page",
	},
	"nl": {
		KindArticles: "artikelen", KindProviders: "aanbieders", KindMeasures: "maatregelen",
		KindStances: "houdingen", KindCompare: "vergelijk", KindQuotes: "citaten",
		KindSpeakers: "sprekers", KindSources: "bronnen", KindAbout: "over",
		KindSearch: "zoeken", KindStanceFilter: "houding", KindLangFilter: "taal",
		KindPage: "pagina",
	},
}

// Segment returns the path segment of kind in lang.
func Segment(lang string, k Kind) string {
	if s, ok := segments[lang][k]; ok {
		return s
	}
	return string(k)
}

// Paths builds site-relative paths ("en/providers/aws/") and the URLs and
// output files that belong to them. It is a value so that templates and
// the renderer share the exact same rules.
type Paths struct {
	Base string
}

// URL turns a site-relative path ("en/providers/aws/") into its address
// under the base URL; "" is the site root. Canonical links, Open Graph
// and hreflang addresses, feeds, the sitemap and the data exports use it:
// they are read away from the site and need the host.
func (p Paths) URL(rel string) string { return p.Base + rel }

// Link turns a site-relative path into a root-relative link
// ("/repo/en/providers/aws/"): the base URL without its scheme and host.
// Links between the site's own pages use it, because the host repeated in
// every href was about 40 bytes a link, a tenth of an article page.
func (p Paths) Link(rel string) string { return p.Root() + rel }

// Root is the path of the base URL: "/" for "/" or "https://host/",
// "/repo/" for "https://host/repo/".
func (p Paths) Root() string {
	i := strings.Index(p.Base, "://")
	if i < 0 {
		return p.Base
	}
	host := p.Base[i+3:]
	j := strings.IndexByte(host, '/')
	if j < 0 {
		return "/"
	}
	return host[j:]
}

// File turns a site-relative page path into the output file to write:
// directories get index.html so that clean URLs work on any static host.
func File(rel string) string {
	if rel == "" || strings.HasSuffix(rel, "/") {
		return rel + "index.html"
	}
	return rel
}

// Home is the per-language home page.
func Home(lang string) string { return lang + "/" }

// Index is the listing page of a kind ("en/providers/").
func Index(lang string, k Kind) string { return lang + "/" + Segment(lang, k) + "/" }

// Item is the page of one thing of a kind ("nl/aanbieders/aws/").
func Item(lang string, k Kind, id string) string { return Index(lang, k) + id + "/" }

// Paged is page n (1-based) of a listing; page 1 is the listing itself.
func Paged(index string, lang string, n int) string {
	if n <= 1 {
		return index
	}
	return index + Segment(lang, KindPage) + "/" + strconv.Itoa(n) + "/"
}

// CompareStance is the compare table filtered to one consolidated stance.
func CompareStance(lang, stance string) string {
	return Index(lang, KindCompare) + Segment(lang, KindStanceFilter) + "/" + stance + "/"
}

// CompareLang is the compare table as articles in one language report it.
func CompareLang(lang, articleLang string) string {
	return Index(lang, KindCompare) + Segment(lang, KindLangFilter) + "/" + articleLang + "/"
}

// Feed is the Atom feed of a language, FeedJSON its JSON Feed.
func Feed(lang string) string     { return lang + "/feed.xml" }
func FeedJSON(lang string) string { return lang + "/feed.json" }

// ProviderQuotes is the paged listing of every quote of one provider; the
// provider's own page shows the first few.
func ProviderQuotes(lang, id string) string {
	return Item(lang, KindProviders, id) + Segment(lang, KindQuotes) + "/"
}

// ProviderFeed is the Atom feed of the articles about one provider.
func ProviderFeed(lang, id string) string { return Item(lang, KindProviders, id) + "feed.xml" }

// Fixed files of the site root.
const (
	PathCSS           = "assets/site.css"
	PathJS            = "assets/site.js"
	PathSitemap       = "sitemap.xml"
	PathRobots        = "robots.txt"
	Path404           = "404.html"
	PathProvidersJSON = "data/providers.json"
	PathArticlesJSON  = "data/articles.json.gz" // gzip-compressed: render/feeds.go
	PathCompareCSV    = "data/compare.csv"
)
