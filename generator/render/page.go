package render

import (
	"html"
	"sort"
	"strings"

	template "github.com/newsdesk/ruscompare/generator/internal/tmpl/html"
	"github.com/newsdesk/ruscompare/generator/site"
)

// Page is what every template receives. Methods give templates the UI
// strings, dates and links of the page's language.
type Page struct {
	r        *Renderer
	Site     *site.Site
	Lang     string
	Template string
	// Title is the page's own title; the layout appends the site title.
	Title string
	// Path is the site-relative path of the page ("en/providers/aws/").
	Path string
	Alts []Alt
	// Elsewhere is where the language switch leads in the languages the
	// page has no alternate in (a listing's page 3 where that language's
	// listing has two); empty: their homes.
	Elsewhere []Alt
	Desc      string
	Body      template.HTML
	Data      any
	// NoIndex keeps the page out of the sitemap and search engines.
	NoIndex bool
	// frags are the render's shared fragments (nil: none kept).
	frags *fragments
}

func (r *Renderer) newPage(s *site.Site, lang, tmpl, title, p string) *Page {
	return &Page{r: r, Site: s, Lang: lang, Template: tmpl, Title: title, Path: p}
}

// T is the UI string key in the page's language.
func (p *Page) T(key string, args ...any) string { return p.r.cat.T(p.Lang, key, args...) }

// N is the plural form of key for n.
func (p *Page) N(key string, n int) string { return p.r.cat.N(p.Lang, key, n) }

// Date formats a YYYY-MM-DD date in the page's language.
func (p *Page) Date(ymd string) string {
	if ymd == "" {
		return p.T("date.none")
	}
	key := p.Lang + " " + ymd
	if d, ok := p.r.dates.Load(key); ok {
		return d.(string)
	}
	d := p.r.cat.Date(p.Lang, ymd)
	p.r.dates.Store(key, d)
	return d
}

// URL is the link to a site-relative path, root-relative (without the
// base URL's host): every link between the site's pages.
func (p *Page) URL(rel string) string { return p.Site.Paths.Link(rel) }

// Abs is the absolute address of a site-relative path (with the base
// URL's host), for what is read away from the page: the canonical link,
// Open Graph, hreflang alternates.
func (p *Page) Abs(rel string) string { return p.Site.Paths.URL(rel) }

// Here is the link to this page.
func (p *Page) Here() string { return p.URL(p.Path) }

// In returns the path of a page kind in the page's language.
func (p *Page) In(kind string) string {
	switch kind {
	case "home":
		return site.Home(p.Lang)
	case "feed":
		return site.Feed(p.Lang)
	case "feedjson":
		return site.FeedJSON(p.Lang)
	}
	return site.Index(p.Lang, site.Kind(kind))
}

// CompareStance and CompareLang are the compare filter pages.
func (p *Page) CompareStance(id string) string {
	if st := p.Site.Stance(id); st != nil {
		return site.CompareStance(p.Lang, st.Slug(p.Lang))
	}
	return site.CompareStance(p.Lang, id)
}

// CompareLang is the compare table for articles in one language.
func (p *Page) CompareLang(l string) string { return site.CompareLang(p.Lang, l) }

// ProviderFeed is the feed of one provider.
func (p *Page) ProviderFeed(id string) string { return site.ProviderFeed(p.Lang, id) }

// Stance returns the stance with id (for labels in tables).
func (p *Page) Stance(id string) *site.Stance { return p.Site.Stance(id) }

// StanceLabel is the label of stance id, or a dash when there is none.
func (p *Page) StanceLabel(id string) string {
	if st := p.Site.Stance(id); st != nil {
		return st.Label(p.Lang)
	}
	return "—"
}

// LangName is the name of a language in the page's language.
func (p *Page) LangName(code string) string { return p.T("lang." + code) }

// FullTitle is the document title.
func (p *Page) FullTitle() string {
	if p.Title == "" {
		return p.Site.Title(p.Lang)
	}
	return p.Title + " · " + p.Site.Title(p.Lang)
}

// Active reports whether the navigation entry kind is the current section.
func (p *Page) Active(kind string) bool {
	switch kind {
	case "home":
		return p.Template == "home"
	}
	return strings.HasPrefix(p.Path, site.Index(p.Lang, site.Kind(kind)))
}

// Section is the page's path up to its second slash ("en/providers/"
// of "en/providers/aws/"): all Active reads of the path, since every
// section's index is a language and one segment. A key of Cached.
func (p *Page) Section() string {
	first := strings.IndexByte(p.Path, '/')
	if first < 0 {
		return p.Path
	}
	second := strings.IndexByte(p.Path[first+1:], '/')
	if second < 0 {
		return p.Path
	}
	return p.Path[:first+1+second+1]
}

// Other are the page's alternates in the other languages.
func (p *Page) Other() []Alt {
	var out []Alt
	for _, a := range p.Alts {
		if a.Lang != p.Lang {
			out = append(out, a)
		}
	}
	return out
}

// Switch is the language switcher: the same page where it exists in the
// other language, that language's home otherwise (articles exist only in
// the language they were written in).
func (p *Page) Switch() []Alt {
	var out []Alt
	for _, l := range p.Site.Languages {
		if l == p.Lang {
			continue
		}
		target := site.Home(l)
		for _, a := range p.Elsewhere {
			if a.Lang == l {
				target = a.Path
			}
		}
		for _, a := range p.Alts {
			if a.Lang == l {
				target = a.Path
			}
		}
		out = append(out, Alt{Lang: l, Path: target})
	}
	return out
}

// Accuracy returns the measured extraction accuracy for key from
// site.yaml, or "" when not measured yet.
func (p *Page) Accuracy(key string) string { return p.Site.Config.Accuracy[key] }

// NativeName is a language's name in that language, for the switcher.
func (p *Page) NativeName(code string) string { return p.r.cat.T(code, "lang.native") }

// StanceBadge is the coloured label of a stance. filter adds the Pagefind
// filter attribute, used on the pages that are indexed for search; filter
// names are UI strings, so the Dutch search page's headings are Dutch.
// The stance's own class is its bare id (site.css: .stance.withdraws): a
// "stance-" prefix was 7 bytes on each of the 13 badges an article has
// across the site.
func (p *Page) StanceBadge(id string, filter bool) template.HTML {
	if id == "" {
		return template.HTML(`<span class="stance none">—</span>`)
	}
	attr := ""
	if filter {
		attr = ` data-pagefind-filter="` + html.EscapeString(p.T("search.filter.stance")) + `"`
	}
	return template.HTML(`<span class="stance ` + html.EscapeString(id) + `"` + attr + `>` +
		html.EscapeString(p.StanceLabel(id)) + `</span>`) //nolint:gosec // escaped above
}

// Pct formats a share of n in total as a whole percentage.
func (p *Page) Pct(n, total int) int {
	if total == 0 {
		return 0
	}
	return (n*100 + total/2) / total
}

// Canonical is the absolute (or root-relative, with a path-only base URL)
// address of this page.
func (p *Page) Canonical() string { return p.Abs(p.Path) }

// Glance are the rows of the home page's glance table: every provider
// some article reports on, or the topListed reported most often once
// there are more, so the home page does not grow with the corpus.
func (p *Page) Glance() []*site.Provider {
	return mostFirst(p.Site.Providers, topListed, func(v *site.Provider) int { return len(v.Reports) })
}

// Reported is how many providers some article reports on.
func (p *Page) Reported() int {
	n := 0
	for _, v := range p.Site.Providers {
		if len(v.Reports) > 0 {
			n++
		}
	}
	return n
}

// QuotedProviders and QuotedSpeakers are the "by company" and "by
// speaker" lists of the quotes index, capped like Glance.
func (p *Page) QuotedProviders() []*site.Provider {
	return mostFirst(p.Site.Providers, topListed, func(v *site.Provider) int { return len(v.Quotes) })
}

// QuotedSpeakers: see QuotedProviders.
func (p *Page) QuotedSpeakers() []*site.Speaker {
	return mostFirst(p.Site.Speakers, topListed, func(v *site.Speaker) int { return len(v.Quotes) })
}

// SiteWide reports whether the page announces the site's feeds and open
// data (the home, chooser and about pages); the others link to the
// about page, which lists them.
func (p *Page) SiteWide() bool {
	switch p.Template {
	case "home", "chooser", "about":
		return true
	}
	return false
}

// EntryEvidence is the sentence a company's timeline entry links its
// article's title to: the first stance sentence that is on the article
// page, else the first other evidence there (a measure's), else nil (the
// entry links to the article): a sentence left out of the excerpt has no
// anchor to land on.
func (p *Page) EntryEvidence(r *site.Report) *site.Evidence {
	for _, e := range r.StanceEvidence() {
		if e.Found {
			return e
		}
	}
	for _, e := range r.Evidence {
		if e.Found {
			return e
		}
	}
	return nil
}

// ReviewState is "all" when an editor reviewed every report of the
// article, "none" when none (or it has no reports), else "mixed": the
// article page then says it on each report card rather than once.
func (p *Page) ReviewState(a *site.Article) string {
	n := 0
	for _, r := range a.Reports {
		if r.Reviewed {
			n++
		}
	}
	switch {
	case n == 0:
		return "none"
	case n == len(a.Reports):
		return "all"
	}
	return "mixed"
}

// Line is what a measure's or stance's page shows of one company: how
// many articles report the measure or stance of it, and the evidence
// sentence of the newest.
type Line struct {
	N        int
	Evidence *site.Evidence
}

// MeasureLines are the Lines of a measure's page, by company.
func (p *Page) MeasureLines(m *site.Measure) map[*site.Provider]*Line { return measureLines(m) }

func measureLines(m *site.Measure) map[*site.Provider]*Line {
	return lines(m.Reports, func(r *site.Report) []*site.Evidence { return r.MeasureEvidence(m.ID) })
}

// StanceLines are the Lines of a stance's page, by company.
func (p *Page) StanceLines(st *site.Stance) map[*site.Provider]*Line { return stanceLines(st) }

func stanceLines(st *site.Stance) map[*site.Provider]*Line {
	return lines(st.Reports, (*site.Report).StanceEvidence)
}

// lines groups reports (newest first) by company.
func lines(reports []*site.Report, evidence func(*site.Report) []*site.Evidence) map[*site.Provider]*Line {
	out := map[*site.Provider]*Line{}
	for _, r := range reports {
		l := out[r.Provider]
		if l == nil {
			l = &Line{}
			out[r.Provider] = l
		}
		l.N++
		// The newest sentence that is on its article's page (so the
		// link lands on it), else the newest at all.
		if l.Evidence == nil || !l.Evidence.Found {
			for _, e := range evidence(r) {
				if l.Evidence == nil || e.Found {
					l.Evidence = e
				}
				if e.Found {
					break
				}
			}
		}
	}
	return out
}

// SpeakerCount is a speaker and how many of one company's quotes are
// theirs.
type SpeakerCount struct {
	Speaker *site.Speaker
	N       int
}

// QuoteSpeakers are the speakers of a provider's quotes, most quoted
// first, then by name, at most topListed: a company page shows its latest
// quotes and links to the speakers' pages for the rest.
func (p *Page) QuoteSpeakers(pr *site.Provider) []SpeakerCount {
	at := map[*site.Speaker]int{}
	var out []SpeakerCount
	for _, q := range pr.Quotes {
		if q.Speaker == nil {
			continue
		}
		i, ok := at[q.Speaker]
		if !ok {
			i = len(out)
			at[q.Speaker] = i
			out = append(out, SpeakerCount{Speaker: q.Speaker})
		}
		out[i].N++
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Speaker.Name < out[j].Speaker.Name
	})
	return out[:min(len(out), topListed)]
}
