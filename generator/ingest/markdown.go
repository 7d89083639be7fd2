package ingest

import (
	"regexp"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// blockStart matches text at the start of a line that markdown would read
// as block syntax: an ATX heading, a bullet or ordered list item, a block
// quote, a thematic break, a code fence, an HTML block or a link reference
// definition.
//
// Text and HTML input is prose, so a paragraph that happens to begin like
// that ("1. FC Köln won", "- not", "# of users") must not turn into a list
// or heading when the body is rendered. Only the first character of such a
// line is backslash-escaped; inline characters (*, _, [, `) are left alone
// on purpose, because later stages look the article's sentences up in the
// body verbatim, and an escaped sentence would no longer match.
var blockStart = regexp.MustCompile(`^(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|>|` +
	"```|~~~|" + `(?:\*\s*){3,}$|(?:_\s*){3,}$|(?:-\s*){3,}$|(?:=+\s*)$|<[A-Za-z/!?]|\[[^\]]*\]:)`)

// escapeStart neutralises accidental block syntax at the start of s.
func escapeStart(s string) string {
	loc := blockStart.FindStringIndex(s)
	if loc == nil {
		return s
	}
	// Ordered list: escape the delimiter after the digits ("1\. ").
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		return s[:i] + `\` + s[i:]
	}
	return `\` + s
}

// render writes blocks as markdown. escape is true for text and HTML
// input, whose paragraphs are prose; markdown input is kept as written.
func render(blocks []block, escape bool) string {
	esc := func(s string) string {
		if escape {
			return escapeStart(s)
		}
		return s
	}
	var parts []string
	for _, b := range blocks {
		switch b.kind {
		case kPara:
			parts = append(parts, esc(b.text))
		case kHeading:
			level := b.level
			if level == 0 || escape {
				level = 2
			}
			parts = append(parts, strings.Repeat("#", level)+" "+b.text)
		case kList:
			lines := make([]string, len(b.items))
			for i, it := range b.items {
				lines[i] = "- " + esc(it)
			}
			parts = append(parts, strings.Join(lines, "\n"))
		case kQuote:
			lines := make([]string, len(b.items))
			for i, it := range b.items {
				lines[i] = "> " + esc(it)
			}
			parts = append(parts, strings.Join(lines, "\n>\n"))
		case kCode:
			if !escape {
				parts = append(parts, b.text)
				continue
			}
			fence := "```"
			for strings.Contains(b.text, fence) {
				fence += "`"
			}
			parts = append(parts, fence+"\n"+b.text+"\n"+fence)
		case kRaw:
			parts = append(parts, strings.Join(b.items, "\n"))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return norm.NFC.String(strings.Join(parts, "\n\n") + "\n")
}
