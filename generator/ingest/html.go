package ingest

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

// The main content and most metadata of a page come from go-trafilatura, a
// maintained port of trafilatura that reads JSON-LD, OpenGraph, <meta> and
// <time> and finds the story among the site's chrome far better than a
// hand-written pass (measured in tools/scoreingest). Its fallback runs
// readability and DOM distiller too and keeps the best candidate. Our own
// steps come after: the editors' boilerplate data, repeated paragraphs, and
// the markdown conversion below.
//
// MinExtractedSize is lowered from 250 characters: below it trafilatura
// "rescues" a short story with a baseline that glues every text of the page
// into one run ("told here.Related articlesAnother provider"), chrome
// included; a short story is better kept as the paragraphs it is.
var trafilaturaOptions = trafilatura.Options{
	ExcludeComments: true,
	EnableFallback:  true,
	// The fast date search reads the page's markup; the extensive one
	// guesses from any date in the text, even "© 2022" in a footer.
	HtmlDateMode:  trafilatura.Fast,
	Config:        trafilaturaConfig(),
	PruneSelector: chromeSelector,
}

// defaultMinExtracted is trafilatura's own MinExtractedSize.
var defaultMinExtracted = trafilatura.DefaultConfig().MinExtractedSize

func trafilaturaConfig() *trafilatura.Config {
	c := trafilatura.DefaultConfig()
	c.MinExtractedSize = 25
	return c
}

// chromeSelector prunes boxes that are never the story: menus, footers,
// advertisements,
// share buttons and related-links boxes, matched on whole class names
// (~=), never on parts of them, since "tag-politics" or "has-sidebar"
// can sit on the story's own element.
const chromeSelector = `nav, footer, [role=navigation], [role=contentinfo], [class~=ad], [class~=ads], [class~=ad-slot], [class~=ad-unit], [class~=ad-container], ` +
	`[class~=advert], [class~=advertisement], [class~=advertentie], [class~=share-buttons], [class~=social-share], ` +
	`[class~=related-links], [class~=related-articles], [class~=lees-ook], [class~=newsletter-signup]`

// standfirstAttr matches the class of a standfirst element.
var standfirstAttr = regexp.MustCompile(`(^|[^a-z])(standfirst|subtitle|sub-?title|subhead|dek|lede|lead|intro|summary|article-?intro|article-?lead)([^a-z]|$)`)

// blankLine separates paragraphs made with <br><br>.
var blankLine = regexp.MustCompile(`\n[ \t\r\f]*\n`)

// titleSep splits a page title from a site name appended to it.
var titleSep = regexp.MustCompile(`\s+[|\-–—·:]\s+`)

// errNoContent is trafilatura finding no main content at all.
var errNoContent = errors.New("no main content")

// textSizeError is a page with more visible text than one article holds.
type textSizeError struct{ limit int }

func (e *textSizeError) Error() string { return fmt.Sprintf("more than %d bytes of text", e.limit) }

// visibleText counts the bytes of text a reader could see (not scripts,
// styles or templates), stopping once past limit.
func visibleText(n *html.Node, limit int) int {
	total := 0
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if total > limit {
			return
		}
		switch {
		case n.Type == html.TextNode:
			total += len(strings.TrimSpace(n.Data))
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "template" || n.Data == "noscript"):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return total
}

// parseHTML finds the metadata and the article text of a page; a page with
// more than limit bytes of visible text is refused before extraction.
func parseHTML(text string, limit int) (document, error) {
	var doc document
	root, err := html.Parse(strings.NewReader(text))
	if err != nil {
		return doc, err
	}
	if visibleText(root, limit) > limit {
		return doc, &textSizeError{limit}
	}
	gq := goquery.NewDocumentFromNode(root)
	// Read before trafilatura runs: it cleans a copy, but the metadata
	// below wants the page as published.
	published := publishedDate(gq)
	subtitle := standfirst(gq)
	links := linkTexts(gq)

	markSpaces(root)
	res, err := trafilatura.ExtractDocument(root, trafilaturaOptions)
	if err != nil || res == nil || res.ContentNode == nil {
		return doc, errNoContent
	}
	// With the lowered MinExtractedSize trafilatura also stops reading text
	// that sits directly in a <div> once the <p> text passes 3 x 25
	// characters; with its default it reads it up to 3 x 250. A story of
	// that size long enough to need no rescue is read again with the
	// default, and the longer reading wins.
	if n := utf8.RuneCountInString(res.ContentText); n >= defaultMinExtracted && n < 3*defaultMinExtracted {
		opts := trafilaturaOptions
		opts.Config = trafilatura.DefaultConfig()
		if again, err := trafilatura.ExtractDocument(root, opts); err == nil && again != nil && again.ContentNode != nil &&
			utf8.RuneCountInString(again.ContentText) > n {
			res = again
		}
	}
	meta := res.Metadata
	doc.source = cleanLine(unmarkSpaces.Replace(meta.Sitename))
	doc.title = cleanLine(unmarkSpaces.Replace(pageTitle(gq)))
	if doc.title == "" {
		doc.title = cleanLine(unmarkSpaces.Replace(meta.Title))
	}
	doc.title = stripSiteName(doc.title, doc.source)
	doc.author = cleanLine(unmarkSpaces.Replace(meta.Author))
	// The canonical link is the address without tracking parameters.
	doc.url = attr(gq.Find(`link[rel="canonical"]`).First(), "href")
	if doc.url == "" {
		doc.url = strings.TrimSpace(meta.URL)
	}
	if l, ok := gq.Find("html").First().Attr("lang"); ok {
		doc.langHint = baseLang(l)
	} else if meta.Language != "" {
		doc.langHint = baseLang(meta.Language)
	}
	doc.date = published
	if doc.date == "" && !meta.Date.IsZero() {
		doc.date = meta.Date.Format(time.DateOnly)
	}
	doc.subtitle = subtitle

	w := &walker{}
	w.walk(res.ContentNode)
	w.flush()
	doc.blocks = w.blocks
	// Trafilatura's text has no links left; a paragraph equal to the text
	// of a link on the page is one.
	for i := range doc.blocks {
		b := &doc.blocks[i]
		b.link = b.kind == kPara && links[key(b.text)]
	}

	if doc.subtitle != "" {
		k := key(doc.subtitle)
		found := false
		for i := range doc.blocks {
			if key(doc.blocks[i].text) == k {
				doc.blocks[i].sure, found = true, true
				break
			}
		}
		if !found {
			doc.blocks = append([]block{{kind: kPara, text: doc.subtitle, sure: true}}, doc.blocks...)
		}
	}
	return doc, nil
}

// spaceMark stands for a space next to an inline element (<code>, <em>,
// <a>) while trafilatura reads the page: its handling of list items and
// quotes trims those spaces and glues "the VALUES clause" into
// "theVALUESclause". A private-use rune is no space to it; the walker
// turns the mark back into a space (normLine folds the doubled ones), and
// marks written in the page itself go.
const spaceMark = '\uE000'

var unmarkSpaces = strings.NewReplacer(string(spaceMark), " ")

// markSpaces puts a spaceMark before the leading and after the trailing
// white space of each text that touches an element, outside <pre>, whose
// spaces are kept as written.
func markSpaces(n *html.Node) {
	switch {
	case n.Type == html.ElementNode && n.Data == "pre":
		return
	case n.Type == html.TextNode:
		n.Data = strings.ReplaceAll(n.Data, string(spaceMark), "")
		if strings.TrimSpace(n.Data) == "" {
			return
		}
		if p := n.PrevSibling; p != nil && p.Type == html.ElementNode && strings.TrimLeftFunc(n.Data, unicode.IsSpace) != n.Data {
			n.Data = string(spaceMark) + n.Data
		}
		if x := n.NextSibling; x != nil && x.Type == html.ElementNode && strings.TrimRightFunc(n.Data, unicode.IsSpace) != n.Data {
			n.Data += string(spaceMark)
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		markSpaces(c)
	}
}

// linkTexts are the keys (see key) of the texts of the page's links.
func linkTexts(gq *goquery.Document) map[string]bool {
	texts := map[string]bool{}
	gq.Find("a").Each(func(_ int, s *goquery.Selection) {
		if k := key(s.Text()); k != "" {
			texts[k] = true
		}
	})
	return texts
}

// baseLang is the primary subtag of a language tag: "en-GB" -> "en".
func baseLang(tag string) string {
	l, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
	l, _, _ = strings.Cut(l, "_")
	return l
}

// publishedDate is the day the page says it was first published, from the
// places publishers put it on purpose: JSON-LD datePublished, then the
// article, Parse.ly, Dublin Core and schema.org meta tags. Trafilatura's
// own date (go-htmldate) is the fallback: it may pick a modified date.
func publishedDate(gq *goquery.Document) string {
	var cands []string
	gq.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		cands = append(cands, jsonLDDates(s.Text())...)
	})
	metaContent := func(sel string) string {
		v, _ := gq.Find(sel).First().Attr("content")
		return strings.TrimSpace(v)
	}
	cands = append(cands,
		metaContent(`meta[property="article:published_time"]`),
		metaContent(`meta[name="article:published_time"]`),
		metaContent(`meta[name="parsely-pub-date"]`),
		metaContent(`meta[itemprop="datePublished"]`),
		attr(gq.Find(`[itemprop="datePublished"]`).First(), "datetime"),
		metaContent(`meta[name="dcterms.date"]`),
		metaContent(`meta[name="DC.date.issued"]`),
		metaContent(`meta[name="date"]`),
		metaContent(`meta[property="og:published_time"]`),
		attr(gq.Find("article time[datetime]").First(), "datetime"),
	)
	for _, c := range cands {
		if d, ok := parseDate(c); ok {
			return d
		}
	}
	return ""
}

// jsonLDDates collects the datePublished of the JSON-LD articles of a
// script, then that of any other object (a WebPage).
func jsonLDDates(src string) []string {
	v, ok := parseJSONLD(src)
	if !ok {
		return nil
	}
	var articles, others []string
	for _, obj := range jsonLDObjects(v, 0) {
		if d, ok := obj["datePublished"].(string); ok {
			if isArticleType(obj["@type"]) {
				articles = append(articles, d)
			} else {
				others = append(others, d)
			}
		}
	}
	return append(articles, others...)
}

// parseJSONLD decodes a JSON-LD script, also when it is wrapped in CDATA
// or an HTML comment, as some publishers still write it.
func parseJSONLD(src string) (any, bool) {
	src = strings.TrimSpace(src)
	for _, w := range [][2]string{{"<![CDATA[", "]]>"}, {"<!--", "-->"}} {
		if strings.HasPrefix(src, w[0]) {
			src = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(src, w[0])), w[1]))
		}
	}
	var v any
	return v, json.Unmarshal([]byte(src), &v) == nil
}

// standfirst is the text of an element whose class names a standfirst,
// inside the story's <article> when there is one.
func standfirst(gq *goquery.Document) string {
	scope := gq.Find("article").First()
	if scope.Length() == 0 {
		scope = gq.Selection
	}
	found := ""
	scope.Find("p, div, h2").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if standfirstAttr.MatchString(strings.ToLower(attr(s, "class"))) {
			if t := cleanLine(s.Text()); t != "" && runeLen(t) < maxSubtitle*2 {
				found = t
				return false
			}
		}
		return true
	})
	return found
}

// attr is the trimmed value of an attribute, or "".
func attr(s *goquery.Selection, name string) string {
	v, _ := s.Attr(name)
	return strings.TrimSpace(v)
}

// stripSiteName removes a " | Site" or " - Site" suffix (or prefix) equal
// to the site's name.
func stripSiteName(title, site string) string {
	if site == "" {
		return title
	}
	locs := titleSep.FindAllStringIndex(title, -1)
	if len(locs) == 0 {
		return title
	}
	last := locs[len(locs)-1]
	if strings.EqualFold(strings.TrimSpace(title[last[1]:]), site) {
		return strings.TrimSpace(title[:last[0]])
	}
	first := locs[0]
	if strings.EqualFold(strings.TrimSpace(title[:first[0]]), site) {
		return strings.TrimSpace(title[first[1]:])
	}
	return title
}

// blockTags start a new block; everything else is inline.
var blockTags = map[string]bool{
	"address": true, "article": true, "body": true, "center": true, "dd": true, "details": true,
	"div": true, "dl": true, "dt": true, "fieldset": true, "figcaption": true, "figure": true,
	"hgroup": true, "html": true, "legend": true, "main": true, "p": true, "section": true,
	"summary": true, "table": true, "tbody": true, "thead": true, "tfoot": true, "tr": true,
	"caption": true, "hr": true,
}

// walker turns an element tree into blocks.
type walker struct {
	blocks []block
	inline strings.Builder
}

// flush ends the current paragraph(s): a double line break inside them
// separates paragraphs.
func (w *walker) flush() {
	s := w.inline.String()
	w.inline.Reset()
	for _, p := range blankLine.Split(s, -1) {
		if t := normLine(p); t != "" {
			w.blocks = append(w.blocks, block{kind: kPara, text: t})
		}
	}
}

// inlineText is the text of n's subtree as one normalised line.
func inlineText(n *html.Node) string { return inlineTextExcept(n, nil) }

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.inline.WriteString(unmarkSpaces.Replace(n.Data))
		return
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		return
	case html.ElementNode:
	default:
		return
	}
	switch tag := n.Data; tag {
	case "br":
		w.inline.WriteString("\n")
	case "h1", "h2", "h3", "h4", "h5", "h6":
		w.flush()
		if t := inlineText(n); t != "" {
			w.blocks = append(w.blocks, block{kind: kHeading, text: t})
		}
	case "ul", "ol", "menu":
		w.flush()
		if items := listItems(n); len(items) > 0 {
			w.blocks = append(w.blocks, block{kind: kList, items: items})
		}
	case "li":
		w.flush()
		if t := inlineText(n); t != "" {
			w.blocks = append(w.blocks, block{kind: kList, items: []string{t}})
		}
	case "blockquote":
		w.flush()
		sub := &walker{}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			sub.walk(c)
		}
		sub.flush()
		var paras []string
		for _, b := range sub.blocks {
			switch b.kind {
			case kList, kQuote:
				paras = append(paras, b.items...)
			case kCode:
				paras = append(paras, normLine(b.text))
			default:
				paras = append(paras, b.text)
			}
		}
		if len(paras) > 0 {
			w.blocks = append(w.blocks, block{kind: kQuote, items: paras})
		}
	case "pre":
		w.flush()
		var b strings.Builder
		rawText(n, &b)
		if t := strings.Trim(b.String(), "\n"); strings.TrimSpace(t) != "" {
			var lines []string
			for _, l := range strings.Split(t, "\n") {
				lines = append(lines, strings.TrimRight(l, " \t"))
			}
			w.blocks = append(w.blocks, block{kind: kCode, text: strings.Join(lines, "\n")})
		}
	case "td", "th":
		w.inline.WriteString(" ")
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		w.inline.WriteString(" ")
	default:
		isBlock := blockTags[tag]
		if isBlock {
			w.flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		if isBlock {
			w.flush()
		}
	}
}

// listItems flattens a list, nested lists included, into item texts.
func listItems(n *html.Node) []string {
	var items []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data != "li" {
			items = append(items, listItems(c)...)
			continue
		}
		// The item's own text, then its nested lists.
		var nested []*html.Node
		for g := c.FirstChild; g != nil; g = g.NextSibling {
			if g.Type == html.ElementNode && (g.Data == "ul" || g.Data == "ol") {
				nested = append(nested, g)
			}
		}
		own := inlineTextExcept(c, nested)
		if own != "" {
			items = append(items, own)
		}
		for _, l := range nested {
			items = append(items, listItems(l)...)
		}
	}
	return items
}

// inlineTextExcept is inlineText of n without the given children.
func inlineTextExcept(n *html.Node, skip []*html.Node) string {
	sub := &walker{}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		skipped := false
		for _, s := range skip {
			skipped = skipped || s == c
		}
		if !skipped {
			sub.walk(c)
		}
	}
	sub.flush()
	var parts []string
	for _, b := range sub.blocks {
		if b.kind == kList || b.kind == kQuote {
			parts = append(parts, b.items...)
		} else {
			parts = append(parts, b.text)
		}
	}
	return normLine(strings.Join(parts, " "))
}

// rawText appends the text of n's subtree as written (for <pre>).
func rawText(n *html.Node, b *strings.Builder) {
	if n.Type == html.TextNode {
		b.WriteString(unmarkSpaces.Replace(n.Data))
		return
	}
	if n.Type == html.ElementNode && n.Data == "br" {
		b.WriteString("\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		rawText(c, b)
	}
}
