package render

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"

	template "github.com/newsdesk/ruscompare/generator/internal/tmpl/html"
	"github.com/newsdesk/ruscompare/generator/site"
)

// newMarkdown is the one goldmark configuration of the site: tables and
// strikethrough for editors, automatic heading ids, and no raw HTML (the
// default), since bodies come from scraped text.
func newMarkdown() goldmark.Markdown {
	return goldmark.New(
		goldmark.WithExtensions(extension.Table, extension.Strikethrough),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	)
}

// articleBody turns an article's markdown into the HTML of its page:
// evidence sentences and quotes wrapped in spans with their anchor ids,
// the first mention of each reported provider linked to its page, and
// heading ids prefixed so they never clash with the layout's ids. It is a
// function of the article and the site only, so that article pages can be
// rendered in parallel.
func (r *Renderer) articleBody(s *site.Site, a *site.Article) (template.HTML, error) {
	md, err := a.Markdown()
	if err != nil {
		return "", err
	}
	// The HTML is parsed again at once: a pooled buffer, not one grown
	// from empty for each article.
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer releaseBuffer(buf)
	if err := r.md.Convert([]byte(md), buf); err != nil {
		return "", fmt.Errorf("%s: markdown: %w", a.Src.Path, err)
	}
	doc, err := goquery.NewDocumentFromReader(buf)
	if err != nil {
		return "", fmt.Errorf("%s: parse body: %w", a.Src.Path, err)
	}
	body := doc.Find("body")
	if body.Length() == 0 {
		return "", fmt.Errorf("%s: parse body: no body element", a.Src.Path)
	}
	root := body.Nodes[0]
	body.Find("h1,h2,h3,h4,h5,h6").Each(func(_ int, h *goquery.Selection) {
		if id, ok := h.Attr("id"); ok {
			h.SetAttr("id", "sec-"+id)
		}
	})
	var missing []site.Anchor
	var ft *foldedText
	if len(a.Anchors) > 0 {
		ft = foldText(root)
	}
	for _, an := range a.Anchors {
		class := "ev"
		switch {
		case an.Quote && an.Indirect:
			class = "reported"
		case an.Quote:
			class = "quote"
		}
		if !ft.wrap(root, an.Text, an.ID, class) {
			missing = append(missing, an)
		}
	}
	if ft != nil {
		ft.release()
	}
	// An anchor the model promised but the HTML does not show verbatim
	// still gets its id, at the top of the body, so no link is broken and
	// the reader lands at the start of the article.
	for i := len(missing) - 1; i >= 0; i-- {
		span := &html.Node{Type: html.ElementNode, Data: "span", DataAtom: atom.Span,
			Attr: []html.Attribute{{Key: "id", Val: missing[i].ID}, {Key: "class", Val: "anchor-fallback"}}}
		root.InsertBefore(span, root.FirstChild)
	}
	if !a.Republish {
		excerpt(root)
	}
	labelReported(root, r.cat.T(a.Lang, "quote.indirect"))
	linked := map[string]bool{}
	for _, m := range a.Mentions {
		if linked[m.Provider.ID] {
			continue
		}
		if linkMention(root, m.Name, s.Paths.Link(m.Provider.Path(a.Lang))) {
			linked[m.Provider.ID] = true
		}
	}
	out, err := body.Html()
	if err != nil {
		return "", fmt.Errorf("%s: render body: %w", a.Src.Path, err)
	}
	return template.HTML(strings.TrimSpace(out)), nil //nolint:gosec // built from goldmark's escaped output
}

// textPos maps one folded rune back to its text node and byte range.
type textPos struct {
	node       int
	start, end int
}

// collectText lists the text nodes under root in document order, skipping
// those inside elements skip rejects.
func collectText(root *html.Node, skip func(*html.Node) bool) []*html.Node {
	return appendText(nil, root, skip)
}

// appendText is collectText appending to out.
func appendText(out []*html.Node, root *html.Node, skip func(*html.Node) bool) []*html.Node {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				out = append(out, c)
			case html.ElementNode:
				if skip == nil || !skip(c) {
					walk(c)
				}
			}
		}
	}
	walk(root)
	return out
}

// foldedText is the text under a root folded as site.FoldText does, with
// the byte range of every folded rune in the concatenation of the text
// nodes. Wrapping a match splits text nodes but never changes that
// concatenation, so one folding serves every anchor of an article.
type foldedText struct {
	hay        string
	start, end []int32 // per folded rune: its bytes in the raw text
	// nodes is room for the text nodes each wrap lists again (they
	// change as matches are wrapped), reused from anchor to anchor.
	nodes []*html.Node
}

// foldPool keeps foldedTexts for reuse: their two offsets per byte of an
// article's text were the largest allocation of a full build (13% of the
// render's bytes).
var foldPool = sync.Pool{New: func() any { return new(foldedText) }}

// release gives ft back to foldPool; ft must not be used after.
func (ft *foldedText) release() {
	ft.hay = ""
	clear(ft.nodes) // no page's nodes kept alive by the pool
	ft.nodes = ft.nodes[:0]
	foldPool.Put(ft)
}

func foldText(root *html.Node) *foldedText {
	ft := foldPool.Get().(*foldedText)
	ft.nodes = appendText(ft.nodes[:0], root, nil)
	nodes := ft.nodes
	total := 0
	for _, n := range nodes {
		total += len(n.Data)
	}
	ft.start = slices.Grow(ft.start[:0], total)
	ft.end = slices.Grow(ft.end[:0], total)
	var folded strings.Builder
	folded.Grow(total)
	space := true
	base := 0
	for _, n := range nodes {
		data := n.Data
		for off := 0; off < len(data); {
			f, keep, size := foldAt(data, off)
			if keep && f == ' ' {
				if space {
					keep = false
				}
				space = true
			} else if keep {
				space = false
			}
			if keep {
				if f < utf8.RuneSelf {
					folded.WriteByte(byte(f))
				} else {
					folded.WriteRune(f)
				}
				ft.start = append(ft.start, int32(base+off))
				ft.end = append(ft.end, int32(base+off+size))
			}
			off += size
		}
		base += len(data)
	}
	ft.hay = folded.String()
	return ft
}

// foldAt is site.FoldRune of the rune at data[off:] and its size. An
// ASCII byte is folded without decoding it or asking the Unicode tables
// (as site.FoldText does): most of an article's text is ASCII, and the
// text of every article page is folded.
func foldAt(data string, off int) (f rune, keep bool, size int) {
	c := data[off]
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(data[off:])
		f, keep := site.FoldRune(r)
		return f, keep, size
	}
	switch {
	case c == '*' || c == '_' || c == '`' || c == '\\' || c == '[' || c == ']' || c == '>' || c == '#':
		return 0, false, 1
	case c == ' ' || '\t' <= c && c <= '\r':
		return ' ', true, 1
	case 'A' <= c && c <= 'Z':
		return rune(c + 'a' - 'A'), true, 1
	}
	return rune(c), true, 1
}

// wrapText finds needle (folded as site.FoldText does) in the text under
// root, possibly across inline markup, and wraps each text piece of the
// match in <span class=class>; the first piece carries id. It reports
// whether it found the text.
func wrapText(root *html.Node, needle, id, class string) bool {
	return foldText(root).wrap(root, needle, id, class)
}

// wrap is wrapText over the folded text of root.
func (ft *foldedText) wrap(root *html.Node, needle, id, class string) bool {
	want := site.FoldText(needle)
	if want == "" {
		return false
	}
	hay := ft.hay
	// Text nodes are NFC already in practice; normalising the haystack
	// would break the rune mapping, so only the needle is normalised.
	bi := strings.Index(hay, norm.NFC.String(want))
	if bi < 0 {
		return false
	}
	rs := utf8.RuneCountInString(hay[:bi])
	re := rs + utf8.RuneCountInString(want) - 1
	gs, ge := int(ft.start[rs]), int(ft.end[re])
	// Find the text nodes (as they are now) holding the first and the
	// last byte of the match.
	ft.nodes = appendText(ft.nodes[:0], root, nil)
	nodes := ft.nodes
	first, last := textPos{node: -1}, textPos{node: -1}
	base := 0
	for i, n := range nodes {
		l := len(n.Data)
		if first.node < 0 && gs < base+l {
			first = textPos{node: i, start: gs - base}
		}
		if ge <= base+l {
			last = textPos{node: i, end: ge - base}
			break
		}
		base += l
	}
	for k := last.node; k >= first.node; k-- {
		n := nodes[k]
		start, end := 0, len(n.Data)
		if k == first.node {
			start = first.start
		}
		if k == last.node {
			end = last.end
		}
		if k != first.node && strings.TrimSpace(n.Data[start:end]) == "" {
			continue
		}
		attrs := []html.Attribute{{Key: "class", Val: class}}
		if k == first.node {
			attrs = append([]html.Attribute{{Key: "id", Val: id}}, attrs...)
		}
		el := &html.Node{Type: html.ElementNode, Data: "span", DataAtom: atom.Span, Attr: attrs}
		if class == "quote" && first.node == last.node {
			// A quote in one piece is marked up as <q>; the stylesheet drops
			// the generated marks since the text keeps its own.
			el.Data, el.DataAtom = "q", atom.Q
		}
		splitWrap(n, start, end, el)
	}
	return true
}

// splitWrap replaces text node n by its text before start, el holding the
// text from start to end, and the text after end.
func splitWrap(n *html.Node, start, end int, el *html.Node) {
	parent := n.Parent
	before, mid, after := n.Data[:start], n.Data[start:end], n.Data[end:]
	if before != "" {
		parent.InsertBefore(&html.Node{Type: html.TextNode, Data: before}, n)
	}
	el.AppendChild(&html.Node{Type: html.TextNode, Data: mid})
	parent.InsertBefore(el, n)
	if after != "" {
		parent.InsertBefore(&html.Node{Type: html.TextNode, Data: after}, n)
	}
	parent.RemoveChild(n)
}

// noLink rejects text where a provider link would be wrong: inside an
// existing link or a heading.
func noLink(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Code, atom.Pre:
		return true
	}
	return false
}

// linkMention links the first whole-word, case-sensitive occurrence of
// name in a text node to href. Names are proper nouns, so case matters
// ("Lumen" the company, not "lumen").
func linkMention(root *html.Node, name, href string) bool {
	for _, n := range collectText(root, noLink) {
		from := 0
		for {
			i := strings.Index(n.Data[from:], name)
			if i < 0 {
				break
			}
			i += from
			j := i + len(name)
			if wordEdge(n.Data, i, j) {
				a := &html.Node{Type: html.ElementNode, Data: "a", DataAtom: atom.A,
					Attr: []html.Attribute{{Key: "href", Val: href}}}
				splitWrap(n, i, j, a)
				return true
			}
			from = j
		}
	}
	return false
}

func wordEdge(s string, i, j int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		r, _ := utf8.DecodeRuneInString(s[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
