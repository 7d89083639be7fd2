// Package fulltext lets the search index find an article by any word of
// its full text without publishing that text.
//
// An article page in excerpt mode (no `republish: true` or `license`)
// shows only the sentences it cites; Pagefind writes what it indexes into
// public files (pagefind/fragment/*.pf_fragment holds each page's text,
// pagefind/index/ each word's positions in it), so indexing the body
// itself would republish it. What the index gets instead is the body's
// distinct words, lower-cased and sorted: every word can be searched, but
// neither the sentences nor their order can be read back, from the
// fragment or from the positions (they are positions in the sorted list).
// tools/search/index.mjs adds them to the page it indexes, never to the
// page published. On a large site Pages leaves out the words common to
// many pages of a language (see commonShare).
package fulltext

import (
	"sort"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// maxWordBytes drops tokens no reader types as a search word (a URL or a
// long run of digits written out as an autolink, say).
const maxWordBytes = 64

// Words returns the distinct words of a markdown body, lower-cased and
// sorted: the text a reader sees (link targets, markup and raw HTML
// dropped), cut at white space, each word trimmed of the punctuation
// around it (inner punctuation, as in "data-centre" or "U.S", stays, so
// that Pagefind splits it as it would on a page).
func Words(markdown string) []string {
	src := []byte(markdown)
	doc := goldmark.DefaultParser().Parse(text.NewReader(src))
	var sb strings.Builder
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n := n.(type) {
		case *ast.Text:
			if entering {
				sb.Write(n.Segment.Value(src))
				if n.SoftLineBreak() || n.HardLineBreak() {
					sb.WriteByte(' ')
				}
			}
		case *ast.String:
			if entering {
				sb.Write(n.Value)
			}
		case *ast.AutoLink:
			if entering {
				sb.Write(n.Label(src))
			}
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			if entering {
				lines := n.Lines()
				for i := 0; i < lines.Len(); i++ {
					seg := lines.At(i)
					sb.Write(seg.Value(src))
					sb.WriteByte(' ')
				}
			}
		case *ast.RawHTML, *ast.HTMLBlock:
			// The site renders no raw HTML (bodies come from scraped
			// text), so its words are not the reader's either.
			return ast.WalkSkipChildren, nil
		}
		// Blocks end words: "end.</p><p>Start" is two words.
		if !entering && n.Type() == ast.TypeBlock {
			sb.WriteByte(' ')
		}
		return ast.WalkContinue, nil
	})
	seen := map[string]bool{}
	var out []string
	for _, f := range strings.FieldsFunc(sb.String(), unicode.IsSpace) {
		w := strings.ToLower(strings.TrimFunc(f, notWordRune))
		if w == "" || len(w) > maxWordBytes || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }
