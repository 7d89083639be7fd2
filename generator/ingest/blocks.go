package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// kind is what a block of the body is.
type kind int

const (
	kPara    kind = iota // one paragraph, one line of text
	kHeading             // a subheading
	kList                // list items (HTML li)
	kQuote               // paragraphs of a block quote
	kCode                // preformatted text, kept verbatim
	kRaw                 // markdown lines kept as written (lists, tables, quotes)
)

// block is one unit of the body.
type block struct {
	kind  kind
	text  string   // kPara, kHeading, kCode
	level int      // kHeading in markdown input (1–6); 0 means "##"
	items []string // kList items, kQuote paragraphs, kRaw lines
	// group numbers the blank-line-separated chunk of a text file a line came
	// from; a boilerplate line takes the menu-like lines after it in the same
	// group with it. 0 means "no group".
	group int
	// sure marks a paragraph known to be prose (a standfirst), which the
	// short-line heuristics must leave alone.
	sure bool
	// link marks a paragraph of a page that is the text of a link there.
	link bool
}

// document is a parsed file before rendering.
type document struct {
	blocks                                               []block
	title, subtitle, author, date, source, url, langHint string
	format                                               string
}

// spaceLike reports runes that are shown as a space.
func spaceLike(r rune) bool {
	switch r {
	case '\t', '\v', '\f', '\u00a0', '\u1680', '\u202f', '\u205f', '\u3000', '\u0085':
		return true
	}
	return r >= '\u2000' && r <= '\u200a'
}

// invisible reports format and control characters dropped from text: zero
// width spaces, byte-order marks, soft hyphens, word joiners and C0/C1
// controls. Joiners used by emoji and scripts (ZWJ, ZWNJ) are kept.
func invisible(r rune) bool {
	switch r {
	case '\u200b', '\ufeff', '\u00ad', '\u2060', '\u180e':
		return true
	}
	return r != '\n' && unicode.IsControl(r) && !spaceLike(r)
}

// normLine normalises one line: space-like runes become a space, runs
// collapse, invisible characters go, the ends are trimmed.
func normLine(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\n' || r == ' ' || spaceLike(r) || r == '\u2028' || r == '\u2029':
			space = b.Len() > 0
		case invisible(r):
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// normIndented is normLine keeping the line's leading indentation (tabs
// count as four spaces), for markdown where indentation is structure.
func normIndented(s string) string {
	n := 0
	i := 0
	for ; i < len(s); i++ {
		if s[i] == ' ' {
			n++
		} else if s[i] == '\t' {
			n += 4
		} else {
			break
		}
	}
	rest := normLine(s[i:])
	if rest == "" {
		return ""
	}
	return strings.Repeat(" ", n) + rest
}

// cleanLine normalises a one-line value such as a title.
func cleanLine(s string) string {
	return norm.NFC.String(normLine(s))
}

// key reduces text to lowercase letters and digits separated by single
// spaces, the form in which paragraphs and sentences are compared.
func key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else if !unicode.Is(unicode.Mn, r) {
			space = true
		}
	}
	return b.String()
}

// containsWords reports whether the words of needle occur in a row in hay
// (both keys).
func containsWords(hay, needle string) bool {
	return needle != "" && strings.Contains(" "+hay+" ", " "+needle+" ")
}

// runeLen is the length of s in characters.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// lastRune is the last character of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// endsSentence reports whether s ends like a sentence: a full stop,
// question or exclamation mark, ellipsis, colon or semicolon, possibly
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	s = strings.TrimRightFunc(s, isCloser)
	switch lastRune(s) {
	case '.', '!', '?', '…', ':', ';':
		return true
	}
	return false
}

// isCloser reports closing quotes and brackets.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '’', '”', '»', '›', ')', ']':
		return true
	}
	return false
}

// isOpener reports opening quotes and brackets.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '‘', '“', '„', '«', '‹', '(', '[':
		return true
	}
	return false
}

// wordCount counts the words of s.
func wordCount(s string) int { return len(strings.Fields(key(s))) }
