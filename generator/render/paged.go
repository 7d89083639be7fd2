package render

import (
	"sort"

	"github.com/newsdesk/ruscompare/generator/site"
)

// How many items each kind of listing shows per page. Every listing that
// grows with the corpus is paged, so that no page goes over the site's
// budget of about 100 KB whatever the number of articles. The sizes come
// from measured HTML: a timeline entry is about 0.25 KB, a quote card
// about 0.4 KB, an article line about 0.3 KB, and a page's layout about
// 4-5 KB. Page 1 of a provider also carries its summary and charts (up to
// about 40 KB for the most reported company of a 4,000-article corpus).
const (
	// homeLatest is how many of the latest articles the home page shows.
	homeLatest = 20
	// reportsPerPage: a timeline entry is one line of about 250 bytes,
	// so a page's layout (about 4 KB with the head) is shared by 100:
	// 40 bytes of chrome per entry, which every article pays once per
	// company it reports on and language (bench/README.md, outsize6).
	reportsPerPage = 100
	linesPerPage   = 50
	quotesPerPage  = site.PageSize
	// articlesPerPage: the articles index and source pages list every
	// article in both languages; an entry is 0.25-0.55 KB, so 100 a page
	// keeps a page near 50 KB and halves the chrome per entry.
	articlesPerPage = 100
	// namesPerPage is for the speakers index: one short line per person.
	namesPerPage = 100
	// previewQuotes is how many quotes a provider's summary page shows;
	// the rest are on the pages of their speakers and articles (a paged
	// listing of the provider's quotes would publish each card again).
	previewQuotes = 5
	// topListed bounds the "by company" and "by speaker" lists of the
	// quotes index and the home page's glance table: the most reported or
	// quoted first, with a link to the full index.
	topListed = 60
)

// pages is how many pages n items fill at size per page; an empty list
// still has one page so that the listing exists.
func pages(n, size int) int {
	if n == 0 {
		return 1
	}
	return (n + size - 1) / size
}

// slice is page n (1-based) of items at size per page.
func slice[T any](items []T, n, size int) []T {
	lo := (n - 1) * size
	if lo >= len(items) {
		return nil
	}
	return items[lo:min(lo+size, len(items))]
}

// sliceNewest is page n (1-based) of items kept oldest first, newest
// first, so that a reader sees the latest reports on page 1.
func sliceNewest[T any](items []T, n, size int) []T {
	hi := len(items) - (n-1)*size
	if hi <= 0 {
		return nil
	}
	lo := max(0, hi-size)
	out := make([]T, 0, hi-lo)
	for i := hi - 1; i >= lo; i-- {
		out = append(out, items[i])
	}
	return out
}

// Listing is one page of a paged index (articles, quotes, speakers).
type Listing[T any] struct {
	Items []T
	Pager Pager
	InLang
}

// InLang says, on a listing that holds only the items written in the
// page's language (pagedByLang), which language that is and how many
// items each other language's listing holds, with a link to it. Empty
// when no other language has any.
type InLang struct {
	// Here is the sentence naming the page's language.
	Here string
	// Others are the other languages' listings that hold items.
	Others []OtherLang
}

// OtherLang is a link to another language's listing: its URL
// (root-relative), its language and the link text ("12 articles in Dutch").
type OtherLang struct {
	URL, Lang, Text string
}

// inLang is the InLang of language l's page of a listing by language:
// count(o) items in language o, at index(o); countKey is the plural key
// that counts them ("count.articles").
func (w *writer) inLang(l string, count func(string) int, index func(string) string, countKey string) InLang {
	var in InLang
	for _, o := range w.s.Languages {
		if o == l || count(o) == 0 {
			continue
		}
		text := w.r.cat.T(l, "listing.in", w.r.cat.N(l, countKey, count(o)), w.r.cat.T(l, "lang."+o))
		in.Others = append(in.Others, OtherLang{URL: w.s.Paths.Link(index(o)), Lang: o, Text: text})
	}
	if in.Others != nil {
		in.Here = w.r.cat.T(l, "listing.here", w.r.cat.T(l, "lang."+l))
	}
	return in
}

// Part is one page of the page of a subject (a provider, measure, stance,
// speaker or source): the subject itself, the slice of its reports,
// quotes or articles this page shows, and the pager. The subject's
// summary is shown on page 1 only.
type Part struct {
	Of       any
	Reports  []*site.Report
	Quotes   []*site.Quote
	Articles []*site.Article
	Pager    Pager
	InLang
}

// First reports whether this is page 1, the one with the summary.
func (p *Part) First() bool { return p.Pager.N <= 1 }

// Pager links the pages of a listing.
type Pager struct {
	N, Of      int
	Prev, Next string // site-relative; "" at the ends
	// Pages are the numbered links: the first, the last and the two
	// either side of N, with a Gap where pages are left out, so that the
	// pager stays small on a listing of hundreds of pages.
	Pages []PageLink
	// From and To number the items this page shows (1-based), of Total.
	From, To, Total int
}

// PageLink is one entry of a pager.
type PageLink struct {
	N    int
	Path string
	Gap  bool
}

// pager is the pager of page n of a listing of total items at size per
// page, whose page 1 is index.
func pager(lang, index string, n, size, total int) Pager {
	of := pages(total, size)
	p := Pager{N: n, Of: of, Total: total}
	if total > 0 {
		p.From = (n-1)*size + 1
		p.To = min(n*size, total)
	}
	if n > 1 {
		p.Prev = site.Paged(index, lang, n-1)
	}
	if n < of {
		p.Next = site.Paged(index, lang, n+1)
	}
	if of > 1 {
		for i := 1; i <= of; i++ {
			switch {
			case i == 1 || i == of || (i >= n-2 && i <= n+2):
				p.Pages = append(p.Pages, PageLink{N: i, Path: site.Paged(index, lang, i)})
			case !p.Pages[len(p.Pages)-1].Gap:
				p.Pages = append(p.Pages, PageLink{Gap: true})
			}
		}
	}
	return p
}

// paged queues every page of a listing of total items, in every
// language: page n of one language has page n of the others as its
// hreflang alternates (the pages hold the same items whatever the
// language), and each page is its own canonical URL.
func (w *writer) paged(tmpl string, index, title func(lang string) string, total, size int, data func(lang string, n int, pg Pager) any) error {
	return w.pagedByLang(tmpl, index, title, func(string) int { return total }, size, data)
}

// pagedByLang is paged for a listing whose pages in each language hold
// only the items written in that language, total(lang) of them (a
// company's timeline, a speaker's quotes, a source's and the site's
// articles): each entry is published once per site, not once per
// language. A language may then have fewer pages: page n's alternates
// are the languages that have a page n, and its language switch leads
// to page 1 of the listing in a language that has none.
func (w *writer) pagedByLang(tmpl string, index, title func(lang string) string, total func(lang string) int, size int, data func(lang string, n int, pg Pager) any) error {
	most := 0
	for _, l := range w.s.Languages {
		most = max(most, pages(total(l), size))
	}
	for n := 1; n <= most; n++ {
		langs := make([]string, 0, len(w.s.Languages))
		for _, l := range w.s.Languages {
			if n <= pages(total(l), size) {
				langs = append(langs, l)
			}
		}
		err := w.multiIn(langs, tmpl, func(l string) string { return site.Paged(index(l), l, n) },
			func(l string) string { return pageTitle(title(l), w.r.cat.T(l, "pager.page", n), n) },
			func(l string) any { return data(l, n, pager(l, index(l), n, size, total(l))) }, index)
		if err != nil {
			return err
		}
	}
	return nil
}

// itemsIn are the items of all whose language (lang(item)) is l, in
// their order.
func itemsIn[T any](all []T, l string, lang func(T) string) []T {
	out := make([]T, 0, len(all))
	for _, v := range all {
		if lang(v) == l {
			out = append(out, v)
		}
	}
	return out
}

// byLang splits all by language once, for a listing's every page.
func byLang[T any](langs []string, all []T, lang func(T) string) map[string][]T {
	m := make(map[string][]T, len(langs))
	for _, l := range langs {
		m[l] = itemsIn(all, l, lang)
	}
	return m
}

func pageTitle(title, page string, n int) string {
	if n <= 1 {
		return title
	}
	return title + " (" + page + ")"
}

// subjects queues the paged pages of providers, measures, stances,
// speakers and sources.
func (w *writer) subjects() error {
	s := w.s
	for _, p := range s.Providers {
		name := func(string) string { return p.Name }
		reports := byLang(s.Languages, p.Reports, func(r *site.Report) string { return r.Article.Lang })
		count := func(l string) int { return len(reports[l]) }
		err := w.pagedByLang("provider", p.Path, name, count, reportsPerPage, func(l string, n int, pg Pager) any {
			part := &Part{Of: p, Reports: sliceNewest(reports[l], n, reportsPerPage), Pager: pg,
				InLang: w.inLang(l, count, p.Path, "count.articles")}
			if n == 1 {
				part.Quotes = p.Quotes[:min(len(p.Quotes), previewQuotes)]
			}
			return part
		})
		if err != nil {
			return err
		}
	}
	// A measure's or stance's page lists companies, each with how many
	// articles report it and a link to the newest evidence sentence
	// (Page.Lines), not every report: the reports are on the companies'
	// timelines, so the page grows with the companies, not the articles.
	for _, m := range s.Measures {
		err := w.paged("measure", m.Path, m.Label, 0, linesPerPage, func(_ string, n int, pg Pager) any {
			return &Part{Of: m, Pager: pg}
		})
		if err != nil {
			return err
		}
	}
	for _, st := range s.Stances {
		err := w.paged("stance", st.Path, st.Label, 0, linesPerPage, func(_ string, n int, pg Pager) any {
			return &Part{Of: st, Pager: pg}
		})
		if err != nil {
			return err
		}
	}
	for _, sp := range s.Speakers {
		name := func(string) string { return sp.Name }
		quotes := byLang(s.Languages, sp.Quotes, func(q *site.Quote) string { return q.Article.Lang })
		count := func(l string) int { return len(quotes[l]) }
		err := w.pagedByLang("speaker", sp.Path, name, count, quotesPerPage, func(l string, n int, pg Pager) any {
			return &Part{Of: sp, Quotes: slice(quotes[l], n, quotesPerPage), Pager: pg,
				InLang: w.inLang(l, count, sp.Path, "count.quotes")}
		})
		if err != nil {
			return err
		}
	}
	for _, so := range s.Sources {
		name := func(string) string { return so.Name }
		articles := byLang(s.Languages, so.Articles, func(a *site.Article) string { return a.Lang })
		count := func(l string) int { return len(articles[l]) }
		err := w.pagedByLang("source", so.Path, name, count, articlesPerPage, func(l string, n int, pg Pager) any {
			return &Part{Of: so, Articles: slice(articles[l], n, articlesPerPage), Pager: pg,
				InLang: w.inLang(l, count, so.Path, "count.articles")}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// mostFirst returns up to n of items, those with the largest count first
// (ties keep the items' order), then put back in the items' order so a
// capped list reads like the full one (by name).
func mostFirst[T any](items []T, n int, count func(T) int) []T {
	type ranked struct {
		i int
		v T
	}
	all := make([]ranked, 0, len(items))
	for i, v := range items {
		if count(v) > 0 {
			all = append(all, ranked{i, v})
		}
	}
	if len(all) > n {
		sort.SliceStable(all, func(a, b int) bool { return count(all[a].v) > count(all[b].v) })
		all = all[:n]
		sort.Slice(all, func(a, b int) bool { return all[a].i < all[b].i })
	}
	out := make([]T, len(all))
	for i, r := range all {
		out[i] = r.v
	}
	return out
}
