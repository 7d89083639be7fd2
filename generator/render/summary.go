package render

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/ruscompare/generator/site"
)

// summarySources is how many outlets a company's sentence names.
const summarySources = 3

// Summary is the one sentence that says what a company did, in the
// page's language: its stance, the measures reported (their labels from
// measures.yaml), the outlets and the month of the latest report. Every
// phrase is a UI string (summary.* in templates/i18n), so a translator
// can reword it without touching Go. When sources disagree the sentence
// says so, with each stance and how many articles report it.
func (p *Page) Summary(pr *site.Provider) string {
	if len(pr.Reports) == 0 {
		return ""
	}
	s := p.T("summary."+stanceKey(pr.Stance), pr.Name)
	if pr.Range != "" {
		s = p.T("summary.range", pr.Name, strings.ToLower(p.StanceLabel(pr.Stance)), strings.ToLower(p.StanceLabel(pr.Range)))
	}
	if pr.Disagreement {
		var parts []string
		for _, c := range pr.StanceCounts {
			if c.Stance != "unclear" {
				parts = append(parts, p.StanceLabel(c.Stance)+" × "+strconv.Itoa(c.N))
			}
		}
		s = p.T("summary.disagree", s, strings.Join(parts, ", "))
	}
	var measures []string
	for _, u := range pr.Measures {
		measures = append(measures, lowerFirst(u.Measure.Label(p.Lang)))
	}
	if len(measures) > 0 {
		s = p.T("summary.measures", s, p.list(measures))
	}
	var sources []string
	for i, sc := range pr.BySource {
		if i == summarySources {
			sources = append(sources, p.N("summary.more", len(pr.BySource)-summarySources))
			break
		}
		sources = append(sources, sc.Source.Name)
	}
	when := ""
	if pr.LastDate != "" {
		when = p.r.cat.Month(p.Lang, pr.LastDate[:7])
	}
	switch {
	case len(sources) > 0 && when != "":
		s = p.T("summary.cite", s, strings.Join(sources, ", ")+", "+when)
	case len(sources) > 0:
		s = p.T("summary.cite", s, strings.Join(sources, ", "))
	case when != "":
		s = p.T("summary.cite", s, when)
	}
	return s + "."
}

// stanceKey is the stance's summary key; an id the UI strings do not
// know reads as unclear.
func stanceKey(id string) string {
	switch id {
	case "withdraws", "suspends", "restricts", "stays":
		return id
	}
	return "unclear"
}

// list joins items as the language writes a list: "a, b and c".
func (p *Page) list(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + p.T("list.and") + items[len(items)-1]
}

// lowerFirst lowercases a label's first letter to run it into a
// sentence, unless the first word is an acronym ("DDoS", "IP").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == len(s) || !unicode.IsUpper(r) {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
