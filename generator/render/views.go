package render

import (
	"strings"

	template "github.com/newsdesk/ruscompare/generator/internal/tmpl/html"
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

// Chip is a company's name in an article's entry.
type Chip struct {
	Name string
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
		it.Chips = append(it.Chips, Chip{Name: r.Provider.Name})
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
	case *site.Quote:
		if name == "quote" || name == "spquote" {
			return p.quoteCard(v)
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

// Named is a linked name: a speaker or company as a quote card names it.
type Named struct{ URL, Name string }

// QuoteCard is a quote as its card shows it (the "quote" and "spquote"
// defines, with "quotetext" and "quotesource").
type QuoteCard struct {
	Indirect bool // reported speech, labelled IndirectLabel
	// Fragment is set for a direct quote of a few words, shown as Words
	// inside its sentence (Before and After).
	Fragment             bool
	Before, Words, After string
	IndirectLabel        string
	Lang, Text           string // the article's language; the quote's words
	// Foreign is set when Lang is not the page's: only then do the words
	// and the link carry lang and hreflang (the page's language is
	// inherited; a speaker's page lists only its language's quotes).
	Foreign bool
	// Speaker is nil when no speaker is known, then Unknown says so.
	Speaker *Named
	Unknown string
	// Company is the quote's company where the card names it beside the
	// speaker: nil when there is none or it has the speaker's name.
	// OtherCompany is the same, also nil when it is the speaker's own
	// organisation (the speaker's page names that in its header).
	Company, OtherCompany *Named
	// SourceURL links to the quote in its article, named by the outlet
	// (SourceName, or the word for an article) and Date.
	SourceURL, SourceName, Date string
}

// quoteCard is q's QuoteCard on p.
func (p *Page) quoteCard(q *site.Quote) *QuoteCard {
	c := &QuoteCard{Indirect: q.Indirect(), Fragment: q.Fragment(), Lang: q.Article.Lang, Text: q.Text, Foreign: q.Article.Lang != p.Lang,
		SourceURL: p.URL(q.Link()), Date: p.Date(q.Article.Date)}
	switch {
	case c.Indirect:
		c.IndirectLabel = p.T("quote.indirect")
	case c.Fragment:
		parts := q.ContextParts()
		c.Before, c.Words, c.After = parts[0], parts[1], parts[2]
	}
	if sp := q.Speaker; sp != nil {
		c.Speaker = &Named{URL: p.URL(sp.Path(p.Lang)), Name: sp.Name}
	} else {
		c.Unknown = p.T("quote.unknown")
	}
	if pr := q.Provider; pr != nil {
		company := &Named{URL: p.URL(pr.Path(p.Lang)), Name: pr.Name}
		sp := q.Speaker
		if sp == nil || sp.Name != pr.Name {
			c.Company = company
		}
		if sp == nil || (sp.Name != pr.Name && (sp.Organisation == nil || sp.Organisation.ID != pr.ID)) {
			c.OtherCompany = company
		}
	}
	if src := q.Article.Source; src != nil {
		c.SourceName = src.Name
	} else {
		c.SourceName = p.T("quote.article")
	}
	return c
}
