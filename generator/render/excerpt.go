package render

import (
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsdesk/ruscompare/generator/site"
)

// An article the site may not republish is shown as an excerpt: of its
// body only the sentences that hold an evidence sentence or a quote
// (already wrapped in their anchor spans) are kept, each block's kept
// sentences joined by an ellipsis where text was left out. Every anchor
// stays on the page, so every evidence link still lands on its sentence,
// while the rest of the journalist's text is left to the original.

// textBlocks are the elements whose text is cut into sentences; other
// elements (lists, block quotes, tables) are walked into.
var textBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Td: true, atom.Th: true,
	atom.Pre: true, atom.Dt: true, atom.Dd: true, atom.Figcaption: true,
}

// anchorClasses are the classes articleBody gives the spans it wraps
// around evidence and quotes.
var anchorClasses = map[string]bool{"ev": true, "quote": true, "reported": true}

// ellipsis marks text left out of an excerpt.
const ellipsis = "…"

// excerpt prunes root, in place, to the sentences that hold an anchor.
func excerpt(root *html.Node) {
	for c := root.FirstChild; c != nil; {
		next := c.NextSibling
		if !keepNode(c) {
			root.RemoveChild(c)
		} else if c.Type == html.ElementNode {
			// A line break between blocks, so that text read without the
			// markup (a search index's snippet) does not run them together.
			root.InsertBefore(&html.Node{Type: html.TextNode, Data: "\n"}, next)
		}
		c = next
	}
}

// keepNode prunes n and reports whether anything of it is left.
func keepNode(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		return false // text between blocks is only layout
	case html.ElementNode:
	default:
		return false
	}
	if hasClass(n, "anchor-fallback") {
		return true
	}
	if textBlocks[n.DataAtom] {
		return keepSentences(n)
	}
	kept := false
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if keepNode(c) {
			kept = true
		} else {
			n.RemoveChild(c)
		}
		c = next
	}
	return kept
}

// keepSentences keeps, of one text block, the sentences that overlap an
// anchor span, and reports whether there was one.
func keepSentences(block *html.Node) bool {
	nodes := collectText(block, nil)
	var text strings.Builder
	starts := make([]int, len(nodes))
	var anchored []site.Span
	for i, n := range nodes {
		starts[i] = text.Len()
		text.WriteString(n.Data)
		if insideAnchor(n, block) {
			anchored = append(anchored, site.Span{Start: starts[i], End: text.Len()})
		}
	}
	if len(anchored) == 0 {
		if !hasAnchor(block) {
			return false
		}
		// An anchor with no text of its own: keep its id, drop the text.
		for _, n := range nodes {
			n.Data = ""
		}
		dropEmpty(block)
		return true
	}
	all := text.String()
	// Each anchor's own text, and every sentence it touches.
	spans := append([]site.Span(nil), anchored...)
	for _, sp := range site.SentenceSpans(all) {
		for _, an := range anchored {
			if an.Start < sp.End && sp.Start < an.End {
				spans = append(spans, sp)
				break
			}
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var keep []site.Span
	for _, sp := range spans {
		keep = appendSpan(keep, sp)
	}
	lastEnd := 0
	first := true
	for i, n := range nodes {
		base, end := starts[i], starts[i]+len(n.Data)
		var b strings.Builder
		for _, k := range keep {
			from, to := max(k.Start, base), min(k.End, end)
			if from >= to {
				continue
			}
			gap := ""
			if from == k.Start && strings.TrimSpace(all[lastEnd:from]) != "" {
				// Text was left out before this sentence.
				gap = ellipsis + " "
				if !first {
					gap = " " + gap
				}
			} else if from == k.Start && !first {
				gap = " "
			}
			if gap != "" && from == base && b.Len() == 0 {
				// The sentence starts this node: the mark goes before the
				// anchor span the node opens, not inside it.
				at := outermostStart(n, block)
				at.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: gap}, at)
			} else {
				b.WriteString(gap)
			}
			b.WriteString(all[from:to])
			lastEnd, first = to, false
		}
		n.Data = b.String()
	}
	if len(keep) > 0 && strings.TrimSpace(all[keep[len(keep)-1].End:]) != "" {
		// Text was left out after the last sentence.
		block.AppendChild(&html.Node{Type: html.TextNode, Data: " " + ellipsis})
	}
	dropEmpty(block)
	return true
}

// appendSpan adds sp to spans (in order), merging it with the last span
// when they overlap.
func appendSpan(spans []site.Span, sp site.Span) []site.Span {
	if n := len(spans); n > 0 && sp.Start <= spans[n-1].End {
		spans[n-1].End = max(spans[n-1].End, sp.End)
		return spans
	}
	return append(spans, sp)
}

// insideAnchor reports whether text node n is inside an anchor span
// under block.
func insideAnchor(n, block *html.Node) bool {
	for p := n.Parent; p != nil && p != block; p = p.Parent {
		for _, a := range p.Attr {
			if a.Key == "class" && anchorClasses[a.Val] {
				return true
			}
		}
	}
	return false
}

func hasClass(n *html.Node, class string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" && a.Val == class {
			return true
		}
	}
	return false
}

// dropEmpty removes the elements under n left without text (a link or an
// emphasis whose words were cut, a line break), except anchor spans.
func dropEmpty(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch c.Type {
		case html.TextNode:
			if c.Data == "" {
				n.RemoveChild(c)
			}
		case html.ElementNode:
			dropEmpty(c)
			if c.FirstChild == nil {
				if _, id := attr(c, "id"); !id {
					n.RemoveChild(c)
				}
			}
		}
		c = next
	}
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// outermostStart is the highest node under block that n begins: n, or
// the element whose first child (recursively) n is.
func outermostStart(n, block *html.Node) *html.Node {
	at := n
	for at.Parent != nil && at.Parent != block && at.Parent.FirstChild == at {
		at = at.Parent
	}
	return at
}

// hasAnchor reports whether an anchor span is under n.
func hasAnchor(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if v, _ := attr(c, "class"); anchorClasses[v] || hasAnchor(c) {
			return true
		}
	}
	return false
}

// labelReported puts label, in words, before each piece of reported
// speech (the first span of it, the one with the id), so a reader sees
// that the sentence is the journalist's account, not a quotation.
func labelReported(root *html.Node, label string) {
	var found []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if v, _ := attr(c, "class"); v == "reported" {
				if _, id := attr(c, "id"); id {
					found = append(found, c)
				}
			}
			walk(c)
		}
	}
	walk(root)
	for _, n := range found {
		tag := &html.Node{Type: html.ElementNode, Data: "span", DataAtom: atom.Span,
			Attr: []html.Attribute{{Key: "class", Val: "reported-tag"}}}
		tag.AppendChild(&html.Node{Type: html.TextNode, Data: label})
		n.Parent.InsertBefore(tag, n)
		n.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: " "}, n)
	}
}
