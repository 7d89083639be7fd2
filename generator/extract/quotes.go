package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is one stretch of direct speech. A quotation that runs over
// paragraphs has one part per paragraph.
type quoteSpan struct {
	parts   [][2]int // fold offsets of the words inside the marks
	open    int      // fold offset of the opening mark
	close   int      // fold offset just after the closing mark (or paragraph end)
	para    int      // paragraph of the opening mark
	endPara int
	closed  bool
}

func (q *quoteSpan) text(t *text) string {
	var b strings.Builder
	for i, p := range q.parts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(t.span(p[0], p[1])))
	}
	return b.String()
}

func (q *quoteSpan) contains(pos int) bool {
	for _, p := range q.parts {
		if pos >= p[0] && pos < p[1] {
			return true
		}
	}
	return false
}

// runeAt returns the original rune at fold offset i.
func (t *text) runeAt(i int) rune {
	if i < 0 || i >= len(t.fold) {
		return ' '
	}
	r, _ := utf8.DecodeRuneInString(t.orig[t.runeOff[i]:])
	return r
}

type markClass int

const (
	notMark markClass = iota
	doubleMark
	singleMark
	guillemetMark
)

// closesFor lists, for each opening mark, the marks that may close it.
func closes(open, c rune) bool {
	switch open {
	case '"':
		return c == '"' || c == '”' || c == '“'
	case '“':
		return c == '”' || c == '"' || c == '“'
	case '„':
		// ",,Een kind ...’’": the low mark typed as two commas closes
		// with two high single marks in some Dutch papers.
		return c == '”' || c == '“' || c == '"' || c == '\'' || c == '’'
	case '”':
		// A closing-style double mark used to open ("”Deze regeling
		// ...”"), as with single marks below.
		return c == '”' || c == '"'
	case '«':
		return c == '»'
	case '»':
		return c == '«'
	case '‘':
		return c == '’' || c == '\''
	case '\'':
		return c == '\'' || c == '’'
	case '‚':
		return c == '‘' || c == '’'
	case '’':
		// A closing-style mark used to open ("’een belangrijke
		// beslissing’"), as some Dutch outlets print it.
		return c == '’' || c == '\''
	}
	return false
}

func isOpener(c rune) bool {
	switch c {
	case '"', '“', '„', '«', '‘', '\'', '‚', '’', '”':
		return true
	}
	return false
}

func isCloser(c rune) bool {
	switch c {
	case '"', '”', '“', '»', '’', '\'', '‘':
		return true
	}
	return false
}

func single(c rune) bool { return c == '\'' || c == '‘' || c == '’' || c == '‚' }

// findQuotes scans each paragraph for quotation marks. Apostrophes ("we're",
// "foto's", "'s-Hertogenbosch", "AWS'") neither open nor close a quote: a
// mark between two letters is an apostrophe, and an opening single mark
// must be followed by a word that is not a Dutch clitic ('s, 't, 'n).
func findQuotes(t *text) []quoteSpan {
	var out []quoteSpan
	var cur *quoteSpan // a quotation still open at a paragraph end
	for pi, p := range t.paras {
		if p.heading || p.title {
			cur = nil
			continue
		}
		var open rune
		openAt := -1
		if cur != nil {
			// A quotation left open continues only if this paragraph
			// starts with an opening mark.
			if c := t.runeAt(p.start); isOpener(c) {
				open, openAt = c, p.start
			} else {
				cur = nil
			}
		}
		for i := p.start; i < p.end; i++ {
			c := t.runeAt(i)
			// Two commas typed for a low opening mark: ",,Een kind ...''".
			if c == ',' && openAt < 0 && t.runeAt(i+1) == ',' && !unicode.IsLetter(t.runeAt(i-1)) && i+2 < p.end && unicode.IsLetter(t.runeAt(i+2)) {
				open, openAt = '„', i+1
				i++
				continue
			}
			if !isOpener(c) && !isCloser(c) {
				continue
			}
			prev, next := t.runeAt(i-1), t.runeAt(i+1)
			if i == p.start {
				prev = ' '
			}
			if i+1 >= p.end {
				next = ' '
			}
			if single(c) && unicode.IsLetter(prev) && unicode.IsLetter(next) {
				continue // apostrophe inside a word
			}
			// "'fake news'-wet": a mark before a hyphen and a word closes a
			// phrase inside a compound, not the quotation.
			inCompound := next == '-' && unicode.IsLetter(t.runeAt(i+2)) && single(c)
			if openAt >= 0 && closes(open, c) && (i > openAt+1) && !unicode.IsSpace(prev) &&
				!unicode.IsLetter(next) && !unicode.IsDigit(next) && !inCompound {
				// A closing single mark after "s" may be a plural
				// possessive ("AWS' services") only when nothing else
				// closes the quote later in the paragraph; keep it simple
				// and close here.
				part := [2]int{openAt + 1, i}
				if cur != nil && openAt == p.start {
					cur.parts = append(cur.parts, part)
					cur.endPara, cur.close, cur.closed = pi, i+1, true
					out = append(out, *cur)
					cur = nil
				} else {
					out = append(out, quoteSpan{parts: [][2]int{part}, open: openAt, close: i + 1, para: pi, endPara: pi, closed: true})
				}
				openAt = -1
				continue
			}
			if openAt < 0 && isOpener(c) && !unicode.IsLetter(prev) && !unicode.IsDigit(prev) &&
				(unicode.IsLetter(next) || unicode.IsDigit(next) || next == '.' || next == '$' || next == '€' || next == '(') {
				if single(c) && isClitic(t, i+1) {
					continue
				}
				open, openAt = c, i
			}
		}
		if openAt >= 0 {
			part := [2]int{openAt + 1, p.end}
			if cur != nil && openAt == p.start {
				cur.parts = append(cur.parts, part)
				cur.endPara, cur.close = pi, p.end
			} else {
				if cur != nil {
					out = append(out, *cur)
				}
				cur = &quoteSpan{parts: [][2]int{part}, open: openAt, close: p.end, para: pi, endPara: pi}
			}
		} else if cur != nil {
			out = append(out, *cur)
			cur = nil
		}
	}
	if cur != nil {
		out = append(out, *cur)
	}
	// An unclosed single mark is far more often an apostrophe than speech,
	// unless it is the opening mark ‘ before a capital that runs to the
	// end of the text and stops mid-sentence: a quotation the page cut
	// off ("‘De komende dagen blijven we").
	kept := out[:0]
	for _, q := range out {
		if !q.closed && single(t.runeAt(q.open)) && !cutOff(t, q) {
			continue
		}
		kept = append(kept, q)
	}
	return kept
}

// cutOff reports a quotation opened with ‘ and a capital that the text
// ends in the middle of a sentence.
func cutOff(t *text, q quoteSpan) bool {
	if t.runeAt(q.open) != '‘' || !unicode.IsUpper(t.runeAt(q.open+1)) || strings.TrimSpace(t.fold[q.close:]) != "" {
		return false
	}
	last := strings.TrimSpace(t.fold[q.open:q.close])
	return last != "" && !strings.ContainsAny(last[len(last)-1:], ".!?")
}

// isClitic reports a Dutch clitic after an apostrophe: 's, 't, 'n followed
// by a space or hyphen ("'s avonds", "'s-Hertogenbosch", "'t is").
func isClitic(t *text, i int) bool {
	c := t.runeAt(i)
	if c != 's' && c != 't' && c != 'n' && c != 'S' && c != 'T' && c != 'N' {
		return false
	}
	n := t.runeAt(i + 1)
	return n == ' ' || n == '-' || n == '\n'
}

// wordCount counts the words of s that hold a letter or digit.
func wordCount(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
				break
			}
		}
	}
	return n
}
