package ingest

import (
	"regexp"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// dropTags are elements that never hold article text. Figures go whole:
// a caption and its photo credit describe a picture, not the story.
const dropTags = "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, figure, figcaption, " +
	"button, select, input, textarea, object, embed, canvas, audio, video, map, dialog, img, picture, " +
	"source, link, meta, [hidden], [aria-hidden=true], [role=navigation], [role=banner], " +
	"[role=contentinfo], [role=complementary], [role=dialog], [role=alert], [role=search]"

// junkAttr matches class, id, aria-label or role values of boxes around the
// story: related links, "lees ook", newsletters, consent banners, sharing,
// comments, promotions and advertisements.
var junkAttr = regexp.MustCompile(`(^|[^a-z])(related|lees-?ook|lees ook|leesook|meer-?lezen|read-?more|more-?stories|` +
	`newsletter|nieuwsbrief|subscri|abonne|signup|sign-up|cookie|consent|gdpr|share|sharing|social|` +
	`comments?([^a-z]|$)|reacties|promo|advert|advertentie|ad-?slot|ad-?unit|ad-?container|ads?([^a-z]|$)|` +
	`sponsor|outbrain|taboola|breadcrumb|sidebar|popup|modal|paywall|recommend|most-?read|meest-?gelezen|` +
	`tags?([^a-z]|$)|byline|author-?bio|skip-?link)`)

// standfirstAttr matches the class of a standfirst element.
var standfirstAttr = regexp.MustCompile(`(^|[^a-z])(standfirst|subtitle|sub-?title|subhead|dek|lede|lead|intro|summary|article-?intro|article-?lead)([^a-z]|$)`)

// blankLine separates paragraphs made with <br><br>.
var blankLine = regexp.MustCompile(`\n[ \t\r\f]*\n`)

// titleSep splits a page title from a site name appended to it.
var titleSep = regexp.MustCompile(`\s+[|\-–—·:]\s+`)

// parseHTML finds the metadata and the article text of a page.
func parseHTML(text string, _ *cleaner) (document, error) {
	var doc document
	gq, err := goquery.NewDocumentFromReader(strings.NewReader(text))
	if err != nil {
		return doc, err
	}
	metaContent := func(sel string) string {
		v, _ := gq.Find(sel).First().Attr("content")
		return cleanLine(v)
	}
	doc.source = metaContent(`meta[property="og:site_name"]`)
	if doc.source == "" {
		doc.source = metaContent(`meta[name="application-name"]`)
	}
	if l, ok := gq.Find("html").First().Attr("lang"); ok {
		l, _, _ = strings.Cut(strings.ToLower(strings.TrimSpace(l)), "-")
		doc.langHint = l
	}

	// Title: the story's <h1>, then og:title, then <title>.
	h1 := gq.Find("article h1").First()
	if h1.Length() == 0 {
		h1 = gq.Find("h1").First()
	}
	doc.title = cleanLine(h1.Text())
	if doc.title == "" {
		doc.title = stripSiteName(metaContent(`meta[property="og:title"]`), doc.source)
	}
	if doc.title == "" {
		doc.title = stripSiteName(cleanLine(gq.Find("title").First().Text()), doc.source)
	}

	// Date: published time, then <time datetime> in the story, then any.
	for _, cand := range []string{
		metaContent(`meta[property="article:published_time"]`),
		attr(gq.Find("article time[datetime]").First(), "datetime"),
		attr(gq.Find("time[datetime]").First(), "datetime"),
		metaContent(`meta[itemprop="datePublished"]`),
		attr(gq.Find(`[itemprop="datePublished"]`).First(), "datetime"),
		metaContent(`meta[name="date"]`),
		cleanLine(gq.Find("article time").First().Text()),
	} {
		if d, ok := parseDate(cand); ok {
			doc.date = d
			break
		}
	}

	// URL: canonical link, then og:url.
	doc.url = attr(gq.Find(`link[rel="canonical"]`).First(), "href")
	if doc.url == "" {
		doc.url = metaContent(`meta[property="og:url"]`)
	}

	// A standfirst is read before the chrome goes, since it often sits in
	// the story's <header>.
	scope := gq.Find("article").First()
	if scope.Length() == 0 {
		scope = gq.Selection
	}
	scope.Find("p, div, h2").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if standfirstAttr.MatchString(strings.ToLower(attr(s, "class"))) && !inJunk(s) {
			if t := cleanLine(s.Text()); t != "" && runeLen(t) < maxSubtitle*2 {
				doc.subtitle = t
				return false
			}
		}
		return true
	})

	body := gq.Find("body")
	if body.Length() == 0 {
		body = gq.Selection
	}
	body.Find(dropTags).Remove()
	total := len(strings.TrimSpace(body.Text()))
	body.Find("*").Each(func(_ int, s *goquery.Selection) {
		if s.Parent().Length() == 0 {
			return // already removed with an ancestor
		}
		if !junk(s) {
			return
		}
		// Never remove the story itself because of an unlucky class name.
		if n := len(strings.TrimSpace(s.Text())); n > 300 && n*2 > total {
			return
		}
		s.Remove()
	})

	root := pickRoot(gq, body)
	w := &walker{}
	for _, n := range root.Nodes {
		w.walk(n)
	}
	w.flush()
	doc.blocks = w.blocks

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

// junk reports an element whose class, id, aria-label or role names a box
// around the story.
func junk(s *goquery.Selection) bool {
	a := strings.ToLower(attr(s, "class") + " " + attr(s, "id") + " " + attr(s, "aria-label") + " " + attr(s, "role"))
	return strings.TrimSpace(a) != "" && junkAttr.MatchString(a)
}

// inJunk reports whether s or an ancestor is junk.
func inJunk(s *goquery.Selection) bool {
	if junk(s) {
		return true
	}
	found := false
	s.Parents().Not("body, html").EachWithBreak(func(_ int, p *goquery.Selection) bool {
		found = junk(p)
		return !found
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

// pickRoot chooses the element holding the story: the <article> with the
// most text, else <main>, else the element with the densest paragraph text.
func pickRoot(gq *goquery.Document, body *goquery.Selection) *goquery.Selection {
	var best *goquery.Selection
	bestLen := 0
	gq.Find("article").Each(func(_ int, s *goquery.Selection) {
		if n := len(strings.TrimSpace(s.Text())); n > bestLen {
			best, bestLen = s, n
		}
	})
	if best != nil {
		return best
	}
	if m := gq.Find("main, [role=main]").First(); m.Length() > 0 && strings.TrimSpace(m.Text()) != "" {
		return m
	}
	score := map[*html.Node]int{}
	var order []*html.Node
	body.Find("p").Each(func(_ int, s *goquery.Selection) {
		n := len(strings.TrimSpace(s.Text()))
		if n == 0 {
			return
		}
		add := func(node *html.Node, v int) {
			if node == nil || node.Type != html.ElementNode {
				return
			}
			if _, ok := score[node]; !ok {
				order = append(order, node)
			}
			score[node] += v
		}
		if p := s.Nodes[0].Parent; p != nil {
			add(p, n)
			add(p.Parent, n/2)
		}
	})
	var top *html.Node
	for _, node := range order {
		if top == nil || score[node] > score[top] {
			top = node
		}
	}
	if top == nil {
		return body
	}
	return gq.FindNodes(top)
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
		w.inline.WriteString(n.Data)
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
		b.WriteString(n.Data)
		return
	}
	if n.Type == html.ElementNode && n.Data == "br" {
		b.WriteString("\n")
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		rawText(c, b)
	}
}
