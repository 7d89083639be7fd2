package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// splitLines splits normalised text into lines; Unicode line and paragraph
// separators count as line ends.
func splitLines(text string) []string {
	text = strings.NewReplacer("\u2028", "\n", "\u2029", "\n\n", "\u0085", "\n").Replace(text)
	return strings.Split(text, "\n")
}

// parseText splits a plain-text file into paragraphs. Blank lines separate
// chunks; inside a chunk each line is a paragraph of its own (scraped text
// has one paragraph per line), unless the chunk is hard-wrapped or a line
// continues in lower case, when the lines are joined.
func parseText(text string, cl *cleaner) document {
	var doc document
	group := 0
	var chunk []string
	flush := func() {
		if len(chunk) == 0 {
			return
		}
		group++
		for _, p := range joinLines(chunk, cl) {
			doc.blocks = append(doc.blocks, block{kind: kPara, text: p, group: group})
		}
		chunk = nil
	}
	for _, l := range splitLines(text) {
		l = normLine(l)
		if l == "" {
			flush()
			continue
		}
		chunk = append(chunk, l)
	}
	flush()
	return doc
}

// joinLines turns the lines of one chunk into paragraphs. A chunk with a
// byline or date line is a header block (headline, standfirst, byline),
// one paragraph per line, however similar their lengths; so is a chunk
// with a line of chrome ("Photo is illustrative in nature." between a
// headline and a standfirst of similar length), which joined would hide
// inside a paragraph.
func joinLines(chunk []string, cl *cleaner) []string {
	if hardWrapped(chunk) && !slices.ContainsFunc(chunk, cl.headerLine) && !slices.ContainsFunc(chunk, cl.standsAlone) {
		return []string{strings.Join(chunk, " ")}
	}
	var out []string
	cur := chunk[0]
	for _, l := range chunk[1:] {
		r := []rune(l)[0]
		if unicode.IsLower(r) && !endsSentence(cur) && !cl.standsAlone(cur) && !cl.bylineAlone(l) {
			cur += " " + l
			continue
		}
		out = append(out, cur)
		cur = l
	}
	return append(out, cur)
}

// standsAlone reports a line of a page's header that never takes the
// next line as its continuation, nor continues the line above, though it
// starts in lower case: a byline ("by Jan Smit") or a short line of chrome
// ("1 hour ago", "en English"). Joined, "1 hour ago by Jan Smit en
// English" would be neither.
func (cl *cleaner) standsAlone(line string) bool {
	if cl == nil || runeLen(line) > maxShort {
		return false
	}
	return cl.headerLine(line) || cl.isBoilerplate(line)
}

// bylineAlone reports a byline line, which never continues the line above
// ("1 hour ago" above "by Jan Smit"). Only the byline: a short lower-case
// continuation such as "email" is part of its sentence.
func (cl *cleaner) bylineAlone(line string) bool {
	return cl != nil && runeLen(line) <= maxShort && cl.headerLine(line)
}

// hardWrapped reports a chunk of three or more lines of which all but the
// last are of similar, moderate length: text wrapped at a fixed width.
func hardWrapped(chunk []string) bool {
	if len(chunk) < 3 {
		return false
	}
	lo, hi := 1<<30, 0
	for _, l := range chunk[:len(chunk)-1] {
		n := runeLen(l)
		lo, hi = min(lo, n), max(hi, n)
	}
	return lo >= 40 && hi <= 100 && hi-lo <= 25
}

// Markdown line shapes.
var (
	mdFence   = regexp.MustCompile("^ {0,3}(```+|~~~+)")
	mdATX     = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdSetext  = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	mdRawLine = regexp.MustCompile(`^ {0,3}(?:[-+*][ \t]|\d{1,9}[.)][ \t]|>|\||<[A-Za-z/!?]|[-+*]$|\d{1,9}[.)]$)`)
	mdBreak   = regexp.MustCompile(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
)

// skipFrontMatter drops a leading YAML front-matter block ("---" … "---"
// or "..."); the caller reads front-matter itself. An unclosed block is
// left alone.
func skipFrontMatter(lines []string) []string {
	if len(lines) == 0 || strings.TrimRight(lines[0], " \t") != "---" {
		return lines
	}
	for i := 1; i < len(lines); i++ {
		if t := strings.TrimRight(lines[i], " \t"); t == "---" || t == "..." {
			return lines[i+1:]
		}
	}
	return lines
}

// parseMarkdown splits a markdown file into blocks, keeping its structure:
// headings with their level, code fences verbatim, lists, quotes, tables and
// HTML as written (line by line, so that boilerplate lines can go);
// paragraph lines are joined.
func parseMarkdown(text string, _ *cleaner) document {
	var doc document
	lines := skipFrontMatter(splitLines(text))
	var para []string
	var raw []string
	flush := func() {
		if len(para) > 0 {
			doc.blocks = append(doc.blocks, block{kind: kPara, text: strings.Join(para, " ")})
			para = nil
		}
		if len(raw) > 0 {
			doc.blocks = append(doc.blocks, block{kind: kRaw, items: raw})
			raw = nil
		}
	}
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], " \t")
		if m := mdFence.FindStringSubmatch(line); m != nil {
			flush()
			fence := strings.TrimLeft(m[1], " ")
			code := []string{line}
			for i++; i < len(lines); i++ {
				l := strings.TrimRight(lines[i], " \t")
				code = append(code, l)
				if strings.HasPrefix(strings.TrimLeft(l, " "), fence[:3]) && strings.Trim(strings.TrimSpace(l), fence[:1]) == "" {
					break
				}
			}
			doc.blocks = append(doc.blocks, block{kind: kCode, text: strings.Join(code, "\n")})
			continue
		}
		n := normIndented(line)
		if n == "" {
			flush()
			continue
		}
		if m := mdATX.FindStringSubmatch(n); m != nil {
			flush()
			doc.blocks = append(doc.blocks, block{kind: kHeading, level: len(m[1]), text: m[2]})
			continue
		}
		if len(para) > 0 && mdSetext.MatchString(n) {
			level := 1
			if strings.Contains(n, "-") {
				level = 2
			}
			doc.blocks = append(doc.blocks, block{kind: kHeading, level: level, text: strings.Join(para, " ")})
			para = nil
			continue
		}
		if mdBreak.MatchString(n) {
			flush()
			doc.blocks = append(doc.blocks, block{kind: kRaw, items: []string{strings.TrimSpace(n)}})
			continue
		}
		if len(raw) > 0 || mdRawLine.MatchString(n) || len(para) == 0 && strings.HasPrefix(n, "    ") {
			if len(raw) == 0 {
				flush() // a list or quote interrupts a paragraph
			}
			raw = append(raw, n)
			continue
		}
		para = append(para, strings.TrimSpace(n))
	}
	flush()
	return doc
}
