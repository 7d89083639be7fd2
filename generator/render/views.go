package render

import (
	"html/template"
	"strings"

	"github.com/newsdesk/ruscompare/generator/site"
)

// The views below are what the repeated entries of listing pages show,
// computed in Go once per entry and language. The templates that write
// them (the defines in partials.html) read plain fields: html/template
// reaches a struct field without a call, where a method or a FuncMap
// function (T, URL, Date, StanceBadge, list, index) goes through
// reflect.Value.Call, which was the largest part of a full build's CPU.
// The markup stays in the templates; only what is computed moved here.

// ArticleMeta is an article's date and source as an entry shows them, and
// its language when it is not the page's (the "artmeta" define).
type ArticleMeta struct {
	Date string // in the page's language
	// HasSource is set when the article has a source; Source is its name.
	HasSource bool
	Source    string
	// Foreign is set when the article's language is not the page's;
	// LangName is then its name in the page's language and LangCode its
	// code in capitals.
	Foreign            bool
	LangName, LangCode string
}

// ArticleLink is an article's title linked (to the article, or to one
// evidence sentence in it) with its meta (the "artlink" define).
type ArticleLink struct {
	URL, Lang, Title string
	Meta             ArticleMeta
}

// ArticleItem is an article's entry in a list of articles (the "artitem"
// define): its link, its draft mark and a chip per company it reports on.
type ArticleItem struct {
	ArticleLink
	Draft     bool
	DraftMark string
	Chips     []Chip
}

// Chip is a company's name and its stance badge in an article's entry.
type Chip struct {
	Name  string
	Badge template.HTML
}

// ReportEntry is one report's line on a company's timeline (the "report"
// define): the article's link, the stance and, when every sentence of it
// is hedged, the other end of the range.
type ReportEntry struct {
	Link   template.HTML // the "evtitle" or "artlink" fragment
	Badge  template.HTML
	Or     string        // "or" in the page's language
	Hedged template.HTML // the badge of the range's other end; "" when none
}

// articleMeta is a's ArticleMeta on p.
func (p *Page) articleMeta(a *site.Article) ArticleMeta {
	m := ArticleMeta{Date: p.Date(a.Date)}
	if a.Source != nil {
		m.HasSource, m.Source = true, a.Source.Name
	}
	if a.Lang != p.Lang {
		m.Foreign, m.LangName, m.LangCode = true, p.LangName(a.Lang), strings.ToUpper(a.Lang)
	}
	return m
}

// articleLink is a's title linked to the site path rel, on p.
func (p *Page) articleLink(a *site.Article, rel string) ArticleLink {
	return ArticleLink{URL: p.URL(rel), Lang: a.Lang, Title: a.Title, Meta: p.articleMeta(a)}
}

// articleItem is a's entry in a list of articles on p.
func (p *Page) articleItem(a *site.Article) *ArticleItem {
	it := &ArticleItem{ArticleLink: p.articleLink(a, a.Path), Draft: a.Draft}
	if a.Draft {
		it.DraftMark = p.T("draft.mark")
	}
	for _, r := range a.Reports {
		it.Chips = append(it.Chips, Chip{Name: r.Provider.Name, Badge: p.StanceBadge(r.Stance, false)})
	}
	return it
}

// fragmentView is the data the fragment template name is called with for
// item: the entry's view for the defines that take one, else (page item).
func (p *Page) fragmentView(name string, item any) any {
	switch v := item.(type) {
	case *site.Article:
		switch name {
		case "artitem":
			return p.articleItem(v)
		case "artlink":
			l := p.articleLink(v, v.Path)
			return &l
		}
	case *site.Evidence:
		if name == "evtitle" {
			l := p.articleLink(v.Article, v.Link())
			return &l
		}
	}
	return []any{p, item}
}

// ReportEntries are the timeline lines of rs on p, in order.
func (p *Page) ReportEntries(rs []*site.Report) ([]ReportEntry, error) {
	out := make([]ReportEntry, len(rs))
	var or string
	for i, r := range rs {
		var err error
		e := &out[i]
		if ev := p.EntryEvidence(r); ev != nil {
			e.Link, err = p.Fragment("evtitle", ev)
		} else {
			e.Link, err = p.Fragment("artlink", r.Article)
		}
		if err != nil {
			return nil, err
		}
		e.Badge = p.StanceBadge(r.Stance, false)
		if r.HedgedAs != "" {
			if or == "" {
				or = p.T("stance.or")
			}
			e.Or, e.Hedged = or, p.StanceBadge(r.HedgedAs, false)
		}
	}
	return out, nil
}

// CompareCell is one company x measure cell of a compare grid as a page
// shows it: a dot linked to the first evidence, named for assistive
// technology by the company (the template adds it), the measure's label
// and the word for evidence; Many is set when the count is shown.
type CompareCell struct {
	N                    int
	Many                 bool
	URL, Label, Evidence string
}

// CompareCells are the cells of row on p, in the grid's column order.
func (p *Page) CompareCells(row CompareRow) []CompareCell {
	out := make([]CompareCell, len(row.Cells))
	var evidence string
	for i, c := range row.Cells {
		if c.N == 0 {
			continue // an empty cell shows nothing
		}
		if evidence == "" {
			evidence = p.T("report.evidence")
		}
		out[i] = CompareCell{N: c.N, Many: c.N > 1, URL: p.URL(c.Link), Label: c.Measure.Label(p.Lang), Evidence: evidence}
	}
	return out
}
