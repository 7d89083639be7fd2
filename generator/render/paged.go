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
	np := pages(total, size)
	for n := 1; n <= np; n++ {
		err := w.multi(tmpl, func(l string) string { return site.Paged(index(l), l, n) },
			func(l string) string { return pageTitle(title(l), w.r.cat.T(l, "pager.page", n), n) },
			func(l string) any { return data(l, n, pager(l, index(l), n, size, total)) })
		if err != nil {
			return err
		}
	}
	return nil
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
		err := w.paged("provider", p.Path, name, len(p.Reports), reportsPerPage, func(_ string, n int, pg Pager) any {
			part := &Part{Of: p, Reports: sliceNewest(p.Reports, n, reportsPerPage), Pager: pg}
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
		err := w.paged("speaker", sp.Path, name, len(sp.Quotes), quotesPerPage, func(_ string, n int, pg Pager) any {
			return &Part{Of: sp, Quotes: slice(sp.Quotes, n, quotesPerPage), Pager: pg}
		})
		if err != nil {
			return err
		}
	}
	for _, so := range s.Sources {
		name := func(string) string { return so.Name }
		err := w.paged("source", so.Path, name, len(so.Articles), articlesPerPage, func(_ string, n int, pg Pager) any {
			return &Part{Of: so, Articles: slice(so.Articles, n, articlesPerPage), Pager: pg}
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
