package extract

import (
	"regexp"
	"strings"
)

// listBullet is a vertical list's item marker at the start of a line: a
// dash, star or bullet (folded to '~'), a number, or a markdown heading.
var listBullet = regexp.MustCompile(`^\s*(?:[-*~+]|\d{1,2}[.)]|#{1,6})\s+`)

// listLineMax is the longest line read as a list item: a name with its
// suffix, or two joined ("BP and Shell"), never a sentence.
const listLineMax = 80

// verticalListClaims gives each company of a vertical list the step its
// lead gave companies in general: a paragraph ending in a colon whose last
// sentence says what a group of companies did ("Here are the big firms
// that have halted their sales in Russia:"), then paragraphs or lines of
// nothing but company names, maybe bulleted ("- Siemens AG"). A listicle
// names its companies apart from their step; the lead sentence is the
// evidence. The list ends at the first line that is prose.
func (a *analysis) verticalListClaims() {
	t := a.t
	var lines [][2]int
	for _, p := range t.paras {
		if !p.title {
			lines = append(lines, lineSpans(t.fold, p.start, p.end)...)
		}
	}
	for li, line := range lines {
		colon := strings.TrimRight(t.fold[line[0]:line[1]], " \r")
		if !strings.HasSuffix(colon, ":") || li+1 >= len(lines) {
			continue
		}
		lead := a.sentOf[line[0]+len(colon)-1]
		if lead < 0 {
			continue
		}
		var step []claim
		seen := map[string]bool{}
		for _, c := range append(append(append([]claim(nil), a.generic...), a.unowned...), a.claims...) {
			// The step of companies in general: nobody's, or given to
			// others by reference ("Apple is among the companies that
			// ...:"), not a named company's own. The same cue may stand in
			// several lists: once is enough.
			if c.org != genericOrgs && c.byRef != genericOrgs {
				continue
			}
			key := c.id + "/" + c.cue.id
			if c.sent == lead && !seen[key] {
				seen[key] = true
				step = append(step, c)
			}
		}
		if len(step) == 0 {
			continue
		}
		var listed []string
		items := 0
		for _, item := range lines[li+1:] {
			orgs, ok := a.nameLine(item[0], item[1])
			if !ok {
				break
			}
			items++
			listed = appendUnique(listed, orgs...)
		}
		// One name under a colon is a heading or a single example, not a
		// list of those who took the step.
		if items < 2 {
			continue
		}
		for _, org := range listed {
			if info := a.e.orgs[org]; info == nil || info.public {
				continue
			}
			for _, c := range step {
				c.byRef, c.org = genericOrgs, org
				c.confidence = 0.55
				a.claims = append(a.claims, c)
			}
		}
	}
}

// lineSpans cuts [start,end) of s at line breaks, leaving out blank lines.
func lineSpans(s string, start, end int) [][2]int {
	var out [][2]int
	for start < end {
		e := strings.IndexByte(s[start:end], '\n')
		if e < 0 {
			e = end
		} else {
			e += start
		}
		if strings.TrimSpace(s[start:e]) != "" {
			out = append(out, [2]int{start, e})
		}
		start = e + 1
	}
	return out
}

// nameLine returns the companies of the line [start,end) if the line holds
// nothing else: a bullet, names, legal suffixes and the language's list
// words ("and", "&"), with commas or semicolons between them.
func (a *analysis) nameLine(start, end int) ([]string, bool) {
	f := a.t.fold
	if end-start > listLineMax {
		return nil, false
	}
	if b := listBullet.FindStringIndex(f[start:end]); b != nil {
		start += b[1]
	}
	var orgs []string
	at := start
	var rest strings.Builder
	for _, mi := range a.mentionsIn(start, end) {
		m := a.e.mentions[mi]
		if m.kind != orgMention {
			return nil, false
		}
		if m.start > at {
			rest.WriteString(f[at:m.start])
		}
		rest.WriteByte(' ')
		at = max(at, m.end)
		orgs = appendUnique(orgs, m.org)
	}
	if at < end {
		rest.WriteString(f[at:end])
	}
	if len(orgs) == 0 {
		return nil, false
	}
	left := strings.TrimSpace(rest.String())
	left = strings.TrimRight(left, ",; ")
	// A sentence's end or a colon is prose ("Apple stopped sales."), unless
	// the full stop belongs to a suffix ("Co.").
	if strings.HasSuffix(left, ":") || strings.HasSuffix(left, "!") || strings.HasSuffix(left, "?") {
		return nil, false
	}
	for _, w := range strings.FieldsFunc(left, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '/' }) {
		lw := strings.ToLower(w)
		if a.l.listLineWords[lw] || a.x.suffixes[strings.TrimSuffix(lw, ".")] || a.x.suffixes[lw] {
			continue
		}
		return nil, false
	}
	return orgs, true
}
