package render

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"sort"
	"strconv"

	"github.com/newsdesk/ruscompare/generator/site"
)

// Memo lets a render skip the listing pages that would come out as they
// did last time. The listings that grow with the corpus (the articles and
// quotes indexes, the pages of measures and stances past the first, the
// compare grids) depend on no single article, so an incremental build
// would otherwise make all of them again after every edit. Each gets a
// signature of everything it shows: the page (template, path, title,
// alternates, pager) and, for each entry, the identity and version of its
// article (site.Article.Listed: the file's content but the body) and what it
// shows of other subjects (company names, stances, speakers). The layout
// and the templates show nothing else of the site on these pages; a change
// to the templates, the data or the configuration is a full render, which
// starts without a memo.
//
// Pages of articles without a Version, the first pages of companies,
// speakers and sources (which carry a summary over all their articles)
// and every other kind of page get no signature and are made whenever
// they are wanted.
type Memo struct {
	// Prev are the signatures of the last render, by output path.
	Prev map[string]string
	// Next are this render's, filled by RenderMemo for every page that
	// has one (made or kept).
	Next map[string]string
	// Kept are the pages skipped because their signature is unchanged:
	// their last bytes are still right.
	Kept []string
	// Stop, when set, is asked before each listing page is signed: once
	// it reports true the render ends early with an error (serve stops
	// the render of a save as soon as the next save comes).
	Stop func() bool
	// Transient tells the render that emit keeps none of the bytes it is
	// given once it returns (publish writes them to a file): each page is
	// then emitted from a pooled buffer, not from a copy of its own, which
	// was 220 MB of garbage in a 10,000-article build.
	Transient bool

	digests digests // of this render's entries
}

// RenderMemo is RenderOnly that also skips the wanted listing pages whose
// signature in memo.Prev is unchanged (listed in memo.Kept), and records
// every signature in memo.Next. A nil memo skips nothing.
func (r *Renderer) RenderMemo(s *site.Site, want func(path string) bool, memo *Memo, emit func(path string, data []byte) error) error {
	if memo != nil && memo.Next == nil {
		memo.Next = map[string]string{}
	}
	if memo != nil {
		memo.digests = digests{}
	}
	w := &writer{r: r, s: s, emit: emit, want: want, memo: memo, transient: memo != nil && memo.Transient}
	return w.render()
}

// signature is the signature of a page with data d (see Memo), or "" when
// the page must always be made.
func signature(p *Page, d any, dg digests) string {
	h := newSigHash()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%v\x00%v\x00", p.Template, p.Lang, p.Path, p.Title, p.Alts, p.Elsewhere)
	ok := false
	switch d := d.(type) {
	case *Listing[*site.Article]:
		ok = writePager(h, d.Pager)
		fmt.Fprintf(h, "inlang %v\x00", d.InLang)
		for _, a := range d.Items {
			writeCard(h, a)
		}
	case *Listing[*site.Quote]:
		ok = writePager(h, d.Pager) && writeQuotes(h, d.Items, dg)
		if d.Pager.N == 1 {
			// The counts of every quote and speaker on the site: the index shows the
			// latest few, so its pager no longer says how many there are.
			fmt.Fprintf(h, "total %d %d\x00", len(p.Site.Quotes), len(p.Site.Speakers))
			// The groups by company and by speaker.
			for _, v := range p.QuotedProviders() {
				writeProvider(h, v)
				fmt.Fprintf(h, "%d\x00", len(v.Quotes))
			}
			for _, sp := range p.QuotedSpeakers() {
				writeSpeaker(h, sp)
			}
		}
	case *Part:
		fmt.Fprintf(h, "inlang %v\x00", d.InLang)
		ok = writeSubject(h, d) && writePager(h, d.Pager) &&
			writeReports(h, d.Reports, dg) && writeQuotes(h, d.Quotes, dg)
		for _, a := range d.Articles {
			writeCard(h, a)
		}
	case *Listing[*site.Speaker]:
		ok = writePager(h, d.Pager)
		for _, sp := range d.Items {
			writeSpeaker(h, sp)
		}
	case *Compare:
		// The filter links name every stance of the site.
		for _, st := range p.Site.Stances {
			fmt.Fprintf(h, "filter %s\x00", st.ID)
		}
		ok = writeCompare(h, d)
		// The phone list view prints each company's sentence, which sums
		// up every report of it (stances counted by source), and its range.
		for _, row := range d.Page() {
			fmt.Fprintf(h, "summary %s\x00%v\x00", p.Summary(row.Provider), row.Provider.Range)
		}
	}
	if !ok {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// writeSubject writes what a subject's page shows of the subject itself.
// Page 1 of a provider, speaker or source carries its summary (figures
// over all its articles): those get no signature. Page 1 of a measure or
// stance shows, besides its reports, the companies with their stances.
func writeSubject(h io.Writer, d *Part) bool {
	switch of := d.Of.(type) {
	case *site.Measure:
		ok := writeTaxon(h, "measure", of.ID, of.Providers, d.First())
		return ok && writeLines(h, measureLines(of))
	case *site.Stance:
		ok := writeTaxon(h, "stance", of.ID, of.Providers, d.First())
		fmt.Fprint(h, "also\x00")
		for _, p := range of.AlsoReported {
			writeProvider(h, p)
		}
		return ok && writeLines(h, stanceLines(of))
	case *site.Provider:
		fmt.Fprintf(h, "subject provider %s %s %v %s %s %s\x00", of.ID, of.Name, of.Registered, of.Kind, of.Country, of.Homepage)
		fmt.Fprintf(h, "quotes %d\x00", len(of.Quotes))
	case *site.Speaker:
		fmt.Fprint(h, "subject ")
		writeSpeaker(h, of)
	case *site.Source:
		fmt.Fprintf(h, "subject source %s %s %d\x00", of.Slug, of.Name, len(of.Articles))
	default:
		return false
	}
	return !d.First()
}

// writeTaxon writes a measure or stance; page 1 also lists its companies.
func writeTaxon(h io.Writer, kind, id string, providers []*site.Provider, first bool) bool {
	fmt.Fprintf(h, "%s %s\x00", kind, id)
	if first {
		for _, p := range providers {
			writeProvider(h, p)
		}
	}
	return true
}

// writeLines writes what a measure's or stance's page shows after each
// company (Page.MeasureLines): the count and the newest evidence, whose
// article's version covers the sentence and its anchor. It reports false
// when an evidence's article has no version.
func writeLines(h io.Writer, ls map[*site.Provider]*Line) bool {
	ids := make([]*site.Provider, 0, len(ls))
	for p := range ls {
		ids = append(ids, p)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].ID < ids[j].ID })
	for _, p := range ids {
		l := ls[p]
		fields(h, "line", p.ID, strconv.Itoa(l.N))
		if e := l.Evidence; e != nil {
			if !writeArticle(h, e.Article) {
				return false
			}
			fields(h, e.ID, strconv.FormatBool(e.Found))
		}
	}
	return true
}

func writeSpeaker(h io.Writer, sp *site.Speaker) {
	fields(h, "speaker", sp.Slug, sp.Name, sp.Role, strconv.Itoa(len(sp.Quotes)))
	writeProvider(h, sp.Organisation)
}

func writePager(h io.Writer, pg Pager) bool {
	fmt.Fprintf(h, "pager %+v\x00", pg)
	return true
}

// writeArticle writes what an entry shows of an article: everything its
// file says but its body (listed), and the names its source and
// companies have on the site, which other articles may decide.
func writeArticle(h io.Writer, a *site.Article) bool {
	if a == nil || listed(a) == "" {
		return false
	}
	fields(h, "article", a.Path, listed(a))
	if a.Source != nil {
		fields(h, "source", a.Source.Slug, a.Source.Name)
	}
	for _, r := range a.Reports {
		writeProvider(h, r.Provider)
	}
	return true
}

func writeProvider(h io.Writer, p *site.Provider) {
	if p != nil {
		fields(h, "provider", p.ID, p.Name, p.Stance, strconv.Itoa(len(p.Reports)), strconv.FormatBool(p.Disagreement))
	}
}

// sigHash is a SHA-256 that takes strings (io.StringWriter) through a
// buffer it reuses: io.WriteString on the hash alone converted every
// field to a new []byte, 75 MB over a 10,000-article render.
type sigHash struct {
	hash.Hash
	buf []byte
}

func newSigHash() *sigHash { return &sigHash{Hash: sha256.New()} }

// WriteString writes s to the hash.
func (h *sigHash) WriteString(s string) (int, error) {
	h.buf = append(h.buf[:0], s...)
	return h.Hash.Write(h.buf)
}

// fields writes strings separated by NULs, which no field contains: the
// signatures' hot path, without fmt's reflection.
func fields(h io.Writer, fs ...string) {
	for _, f := range fs {
		io.WriteString(h, f)
		io.WriteString(h, "\x00")
	}
}

// writeCard writes what an article's entry in a list of articles (the
// "artitem" template) shows, and the article's listed version: all its
// file says but the body. No entry shows the body (only the article's
// own page does, which is signed with Version); a template that showed
// a body's words in a listing would need Version here instead.
func writeCard(h io.Writer, a *site.Article) {
	fields(h, "card", a.Path, listed(a), a.Title, a.Subtitle, a.Date, a.Lang, strconv.FormatBool(a.Draft))
	if a.Source != nil {
		fields(h, "source", a.Source.Slug, a.Source.Name)
	}
	for _, r := range a.Reports {
		fields(h, "chip", r.Provider.ID, r.Provider.Name, r.Stance)
	}
}

// listed is what identifies an article's listing entries
// (site.Article.Listed), or its Version when the session set none.
func listed(a *site.Article) string {
	if a.Listed != "" {
		return a.Listed
	}
	return a.Version
}

// articleSignature is the signature of an article's page: the article
// (its file's version) and what the page shows of other subjects (names
// of companies and speakers, which other articles may decide, and its
// other coverage), or "" when the article has no version.
func articleSignature(a *site.Article) string {
	if a.Version == "" {
		return ""
	}
	h := newSigHash()
	fmt.Fprintf(h, "page %s %s\x00", a.Path, a.Version)
	if a.Source != nil {
		fmt.Fprintf(h, "source %s %s\x00", a.Source.Slug, a.Source.Name)
	}
	for _, r := range a.Reports {
		fmt.Fprintf(h, "report %s %s\x00", r.Provider.ID, r.Provider.Name)
	}
	for _, q := range a.Quotes {
		if q.Speaker != nil {
			fmt.Fprintf(h, "speaker %s %s\x00", q.Speaker.Slug, q.Speaker.Name)
		}
	}
	for _, m := range a.Mentions {
		fmt.Fprintf(h, "mention %q %s\x00", m.Name, m.Provider.ID)
	}
	for _, r := range a.Related {
		writeCard(h, r)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// digests are the signatures of single entries (a report, a quote) by
// entry, made once per render: an entry is in many listings.
type digests map[any]digest

type digest struct {
	sum [sha256.Size]byte
	ok  bool
}

// write writes the digest of what f writes for key, computing it once.
func (dg digests) write(h io.Writer, key any, f func(io.Writer) bool) bool {
	v, seen := dg[key]
	if !seen {
		e := newSigHash()
		v.ok = f(e)
		e.Sum(v.sum[:0])
		dg[key] = v
	}
	h.Write(v.sum[:])
	return v.ok
}

func writeQuotes(h io.Writer, qs []*site.Quote, dg digests) bool {
	for _, q := range qs {
		if !dg.write(h, q, func(h io.Writer) bool { return writeQuote(h, q) }) {
			return false
		}
	}
	return true
}

func writeQuote(h io.Writer, q *site.Quote) bool {
	if !writeArticle(h, q.Article) {
		return false
	}
	fields(h, "quote", q.Text, q.Kind, q.ID, strconv.FormatBool(q.Found))
	if q.Speaker != nil {
		writeSpeaker(h, q.Speaker)
	}
	writeProvider(h, q.Provider)
	return true
}

func writeReports(h io.Writer, rs []*site.Report, dg digests) bool {
	for _, r := range rs {
		if !dg.write(h, r, func(h io.Writer) bool { return writeReport(h, r) }) {
			return false
		}
	}
	return true
}

func writeReport(h io.Writer, r *site.Report) bool {
	if !writeArticle(h, r.Article) {
		return false
	}
	writeProvider(h, r.Provider)
	fields(h, "report", r.Stance)
	for _, m := range r.Measures {
		fields(h, "measure", m.ID)
	}
	return true
}

// writeCompare writes the rows of one page of a compare grid: every
// figure and link it shows.
func writeCompare(h hash.Hash, c *Compare) bool {
	fmt.Fprintf(h, "compare %s %d\x00", c.Lang, len(c.Rows))
	if c.Stance != nil {
		fmt.Fprintf(h, "stance %s\x00", c.Stance.ID)
	}
	writePager(h, c.Pager)
	for _, m := range c.Measures {
		fmt.Fprintf(h, "column %s\x00", m.ID)
	}
	for _, row := range c.Page() {
		writeProvider(h, row.Provider)
		fmt.Fprintf(h, "row %s %d %v\x00", row.Stance, len(row.Reports), row.Provider.Disagreement)
		for _, cell := range row.Cells {
			fmt.Fprintf(h, "cell %s %d %s\x00", cell.Measure.ID, cell.N, cell.Link)
		}
	}
	return true
}
