package render

import (
	"fmt"
	"html"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	template "github.com/newsdesk/ruscompare/generator/internal/tmpl/html"
	"github.com/newsdesk/ruscompare/generator/site"
)

// Charts are inline SVG drawn here at build time: no JavaScript, the
// same bytes on every build, each with a <title> and a <desc> and next
// to a table with the same figures (the templates add it). Colours come
// from the stylesheet's variables through classes, so they follow the
// light and dark themes; text is currentColor.

// svgOpen starts an inline chart labelled by its title and description.
func svgOpen(b *strings.Builder, id string, w, h int, title, desc string) {
	fmt.Fprintf(b, `<svg class="chart" role="img" viewBox="0 0 %d %d" width="%d" height="%d" aria-labelledby="%s-t %s-d" preserveAspectRatio="xMinYMin meet">`, w, h, w, h, id, id)
	fmt.Fprintf(b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, id, esc(title), id, esc(desc))
}

func esc(s string) string { return html.EscapeString(s) }

// StanceSplit is the home page's bar of how many companies each
// consolidated stance holds, with a legend under it.
func (p *Page) StanceSplit() template.HTML {
	type part struct {
		st *site.Stance
		n  int
	}
	var parts []part
	total := 0
	for _, st := range p.Site.Stances {
		if n := len(st.Providers); n > 0 {
			parts = append(parts, part{st, n})
			total += n
		}
	}
	if total == 0 {
		return ""
	}
	const w, barH, row = 480, 36, 24
	h := barH + 16 + row*len(parts)
	var desc []string
	for _, pt := range parts {
		desc = append(desc, pt.st.Label(p.Lang)+": "+p.N("count.providers", pt.n))
	}
	var b strings.Builder
	svgOpen(&b, "stance-split", w, h, p.T("chart.split.title"), strings.Join(desc, "; ")+".")
	x := 0
	for i, pt := range parts {
		sw := pt.n * w / total
		if i == len(parts)-1 {
			sw = w - x
		}
		fmt.Fprintf(&b, `<rect class="seg seg-%s" x="%d" y="0" width="%d" height="%d"/>`, esc(pt.st.ID), x, sw, barH)
		x += sw
	}
	for i, pt := range parts {
		y := barH + 16 + i*row
		fmt.Fprintf(&b, `<rect class="seg seg-%s" x="0" y="%d" width="16" height="16"/>`, esc(pt.st.ID), y)
		fmt.Fprintf(&b, `<text x="24" y="%d">%s · %s (%d%%)</text>`, y+13, esc(pt.st.Label(p.Lang)),
			esc(p.N("count.providers", pt.n)), p.Pct(pt.n, total))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) //nolint:gosec // every text is escaped above
}

// Event is one reported action on a company's timeline: the report and
// the date of the statement behind it, read from its evidence where it
// names one ("a March 6 statement"), else the article's date.
type Event struct {
	Report *site.Report
	Date   string // YYYY-MM-DD
	// Stated is true when the date was read from the text.
	Stated bool
}

// Events are a provider's reports by the date of the statement, oldest
// first; undated reports are left out.
func (p *Page) Events(pr *site.Provider) []Event {
	var out []Event
	for _, r := range pr.Reports {
		if r.Article.Date == "" {
			continue
		}
		e := Event{Report: r, Date: r.Article.Date}
		if d, ok := p.statementDate(r); ok {
			e.Date, e.Stated = d, true
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Date < out[j].Date })
	return out
}

// Moment is the reports of one stance at one date (a day, or a month
// when a company has too many days of reports to draw them apart).
type Moment struct {
	Date   string // YYYY-MM-DD, or YYYY-MM for a month
	Stance string
	// Reports are the reports behind it; Stated is set when every one's
	// date was read from the text.
	Reports []*site.Report
	Stated  bool
}

// momentDays is the most days a timeline draws apart; past it, a
// company's reports are drawn by month, so the chart and its table stay
// small however many articles report on the company.
const momentDays = 40

// Moments are a provider's Events grouped by date and stance.
func (p *Page) Moments(pr *site.Provider) []Moment {
	if p.frags == nil {
		return p.moments(pr)
	}
	return p.frags.moments(pr, p.moments)
}

// moments makes Moments: the statement dates are read from the evidence
// with a regular expression, the same for every language, so a render
// makes them once per company (fragments.moments) for the chart and the
// table of its page in every language.
func (p *Page) moments(pr *site.Provider) []Moment {
	events := p.Events(pr)
	days := map[string]bool{}
	for _, e := range events {
		days[e.Date] = true
	}
	byMonth := len(days) > momentDays
	var out []Moment
	at := map[string]int{}
	for _, e := range events {
		d := e.Date
		if byMonth {
			d = d[:7]
		}
		k := d + " " + e.Report.Stance
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, Moment{Date: d, Stance: e.Report.Stance, Stated: true})
		}
		out[i].Reports = append(out[i].Reports, e.Report)
		out[i].Stated = out[i].Stated && e.Stated
	}
	return out
}

// MomentDate is a Moment's date as the page's language writes it.
func (p *Page) MomentDate(m Moment) string {
	if len(m.Date) == 7 {
		return p.r.cat.Month(p.Lang, m.Date)
	}
	return p.Date(m.Date)
}

// statementDate finds a "<month> <day>" or "<day> <month>" in the
// report's evidence, in the article's language (month names are the UI
// strings month.1 to month.12), and dates it in the article's year; a
// date after the article's own is not the statement's.
func (p *Page) statementDate(r *site.Report) (string, bool) {
	re := p.r.monthPattern(r.Article.Lang)
	if re == nil {
		return "", false
	}
	for _, e := range r.Evidence {
		// Every match has a day in digits; most sentences have no digit
		// at all, and this test is far cheaper than the backtracking
		// matcher (2% of a 10,000-article build's CPU).
		if !strings.ContainsAny(e.Text, "0123456789") {
			continue
		}
		m := re.FindStringSubmatch(e.Text)
		if m == nil {
			continue
		}
		month, day := m[1], m[2]
		if month == "" {
			month, day = m[4], m[3]
		}
		mi := p.r.monthIndex(r.Article.Lang, month)
		d, err := strconv.Atoi(day)
		if mi == 0 || err != nil || d < 1 || d > 31 {
			continue
		}
		year := r.Article.Date[:4]
		date := fmt.Sprintf("%s-%02d-%02d", year, mi, d)
		if _, err := time.Parse("2006-01-02", date); err != nil || date > r.Article.Date {
			continue
		}
		return date, true
	}
	return "", false
}

// monthPattern matches "March 6" or "6 maart" with the month names of
// lang; made once per language.
func (r *Renderer) monthPattern(lang string) *regexp.Regexp {
	if v, ok := r.months.Load(lang); ok {
		return v.(*regexp.Regexp)
	}
	var names []string
	for i := 1; i <= 12; i++ {
		if n := r.cat.T(lang, "month."+strconv.Itoa(i)); n != "" {
			names = append(names, regexp.QuoteMeta(n))
		}
	}
	if len(names) == 0 {
		return nil
	}
	alt := strings.Join(names, "|")
	re := regexp.MustCompile(`(?i)\b(` + alt + `) (\d{1,2})\b|\b(\d{1,2}) (` + alt + `)\b`)
	r.months.Store(lang, re)
	return re
}

func (r *Renderer) monthIndex(lang, name string) int {
	for i := 1; i <= 12; i++ {
		if strings.EqualFold(r.cat.T(lang, "month."+strconv.Itoa(i)), name) {
			return i
		}
	}
	return 0
}

// Timeline draws a provider's Moments on a time axis: one dot per
// stance and date, coloured by the stance, stacked when they share a
// date, with the number of articles beside a dot that stands for more
// than one.
func (p *Page) Timeline(pr *site.Provider) template.HTML {
	moments := p.Moments(pr)
	if len(moments) == 0 {
		return ""
	}
	day := func(d string) int {
		if len(d) == 7 {
			d += "-15"
		}
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			return 0
		}
		return int(t.Unix() / 86400)
	}
	first, last := day(moments[0].Date), day(moments[len(moments)-1].Date)
	span := max(1, last-first)
	const w, left, right, dot = 480, 16, 40, 14
	stack := map[string]int{}
	most := 0
	for _, m := range moments {
		stack[m.Date]++
		most = max(most, stack[m.Date])
	}
	axis := 16 + most*(dot+4)
	h := axis + 40
	// The description says what the chart spans; the table beside it
	// (chart.astable) lists every dot, so the description does not.
	n := 0
	for _, m := range moments {
		n += len(m.Reports)
	}
	desc := p.T("chart.timeline.desc", p.N("count.articles", n), p.MomentDate(moments[0]), p.MomentDate(moments[len(moments)-1]))
	var b strings.Builder
	svgOpen(&b, "timeline-chart", w, h, p.T("chart.timeline.title", pr.Name), desc)
	fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/>`, left, axis, w-right, axis)
	seen := map[string]int{}
	for _, m := range moments {
		x := left + dot/2 + (day(m.Date)-first)*(w-left-right-dot)/span
		if last == first {
			x = w / 2
		}
		y := axis - 8 - seen[m.Date]*(dot+4) - dot/2
		seen[m.Date]++
		class := "seg seg-" + esc(m.Stance)
		if !m.Stated {
			class += " dated-by-article"
		}
		fmt.Fprintf(&b, `<circle class="%s" cx="%d" cy="%d" r="%d"/>`, class, x, y, dot/2)
		if n := len(m.Reports); n > 1 {
			fmt.Fprintf(&b, `<text class="n" x="%d" y="%d">%d</text>`, x+dot/2+2, y+5, n)
		}
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d">%s</text>`, left, axis+22, esc(p.MomentDate(moments[0])))
	if last != first {
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="end">%s</text>`, w-right, axis+22, esc(p.MomentDate(moments[len(moments)-1])))
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) //nolint:gosec // every text is escaped above
}

// Bar is one row of a bar chart.
type Bar struct {
	Label string
	N     int
}

// CoverageBars are a provider's articles by outlet, then by language.
func (p *Page) CoverageBars(pr *site.Provider) []Bar {
	var out []Bar
	for _, s := range pr.BySource {
		out = append(out, Bar{Label: s.Source.Name, N: s.N})
	}
	for _, l := range pr.ByLang {
		out = append(out, Bar{Label: p.LangName(l.Lang), N: l.N})
	}
	return out
}

// Coverage draws CoverageBars as horizontal bars.
func (p *Page) Coverage(pr *site.Provider) template.HTML {
	bars := p.CoverageBars(pr)
	if len(bars) == 0 {
		return ""
	}
	const w, label, row = 480, 170, 26
	most := 1
	for _, br := range bars {
		most = max(most, br.N)
	}
	desc := make([]string, 0, len(bars))
	for _, br := range bars {
		desc = append(desc, br.Label+": "+p.N("count.articles", br.N))
	}
	var b strings.Builder
	svgOpen(&b, "coverage-chart", w, row*len(bars)+4, p.T("chart.coverage.title", pr.Name), strings.Join(desc, "; ")+".")
	for i, br := range bars {
		y := i * row
		name := []rune(br.Label)
		if len(name) > 20 {
			name = append(name[:19], '…')
		}
		fmt.Fprintf(&b, `<text x="0" y="%d">%s</text>`, y+17, esc(string(name)))
		bw := br.N * (w - label - 40) / most
		fmt.Fprintf(&b, `<rect class="bar" x="%d" y="%d" width="%d" height="18"/>`, label, y+3, max(2, bw))
		fmt.Fprintf(&b, `<text x="%d" y="%d">%d</text>`, label+max(2, bw)+6, y+17, br.N)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String()) //nolint:gosec // every text is escaped above
}
