// Package render turns the site model into files: HTML pages from the
// templates/ folder, the article bodies through goldmark, feeds, the
// sitemap, robots.txt, a 404 page and data exports. It writes nothing to
// disk itself: every file goes to an emit callback, so publishing (and
// tests) decide where bytes land.
package render

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/yuin/goldmark"

	"github.com/newsdesk/ruscompare/generator/i18n"
	template "github.com/newsdesk/ruscompare/generator/internal/tmpl/html"
	"github.com/newsdesk/ruscompare/generator/site"
)

// Renderer holds the parsed templates, UI strings and static assets. It is
// read-only after New, so it may render from several goroutines.
type Renderer struct {
	cfg    site.Config
	cat    *i18n.Catalog
	pages  map[string]*template.Template
	static []staticFile
	md     goldmark.Markdown
	// dates caches formatted dates per language: a site has few distinct
	// dates and listings print them thousands of times.
	dates sync.Map // lang + " " + ymd -> string
	// months caches the month-name pattern of each language (charts.go).
	months sync.Map // lang -> *regexp.Regexp
	// roles caches the speaker-title translation of each language (names.go).
	roles sync.Map // lang -> *strings.Replacer
	// sitemapMax is how many URLs one sitemap file may list (the
	// protocol's limit); above it sitemap.xml becomes an index.
	sitemapMax int
	// uncached makes Page.Cached execute its template on every call, so
	// that a test can compare a render with the cache and one without.
	uncached bool
}

type staticFile struct {
	path string
	data []byte
}

// pageNames are the page templates of templates/, each parsed together
// with layout.html and partials.html.
var pageNames = []string{
	"chooser", "home", "articles", "article", "providers", "provider",
	"measures", "measure", "stances", "stance", "compare", "quotes",
	"speakers", "speaker", "sources", "source", "about", "search", "404",
}

// New parses the templates of templatesDir once, the UI strings of
// templatesDir/i18n and the static assets of templatesDir/static.
func New(templatesDir string, cfg site.Config) (*Renderer, error) {
	return NewFS(os.DirFS(templatesDir), templatesDir, cfg)
}

// NewFS is New over any file system; dir only names files in errors.
func NewFS(fsys fs.FS, dir string, cfg site.Config) (*Renderer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	sub, err := fs.Sub(fsys, "i18n")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "i18n"), err)
	}
	cat, err := i18n.LoadFS(sub, filepath.Join(dir, "i18n"))
	if err != nil {
		return nil, err
	}
	for _, l := range cfg.Languages {
		if len(cat.Keys(l)) == 0 {
			return nil, fmt.Errorf("%s: no UI strings for language %q: %w", filepath.Join(dir, "i18n"), l, fs.ErrNotExist)
		}
	}
	r := &Renderer{cfg: cfg, cat: cat, pages: map[string]*template.Template{}, md: newMarkdown(), sitemapMax: 50000}
	base, err := template.New("layout.html").Funcs(funcs()).ParseFS(fsys, "layout.html", "partials.html")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	for _, name := range pageNames {
		t, err := base.Clone()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		if _, err := t.ParseFS(fsys, name+".html"); err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		r.pages[name] = t
	}
	err = fs.WalkDir(fsys, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		r.static = append(r.static, staticFile{path: "assets/" + strings.TrimPrefix(p, "static/"), data: data})
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, "static"), err)
	}
	sort.Slice(r.static, func(i, j int) bool { return r.static[i].path < r.static[j].path })
	return r, nil
}

// funcs are the pure helpers templates use; anything that needs the
// language is a method of the page instead. A function rather than a
// package variable, so no state is shared between renderers.
func funcs() template.FuncMap {
	return template.FuncMap{
		"add":   func(a, b int) int { return a + b },
		"pct":   func(f float64) int { return int(f*100 + 0.5) },
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"list":  func(v ...any) []any { return v },
	}
}

// Render emits every file of the site in a fixed order. Pages are made by
// a pool of workers (one per core) and emitted as they are finished, in
// that order, so the output is the same as a one-goroutine render and no
// more than a few pages are held in memory at once. emit is called from
// the goroutine that called Render, one file at a time.
func (r *Renderer) Render(s *site.Site, emit func(path string, data []byte) error) error {
	return r.RenderOnly(s, nil, emit)
}

// RenderOnly is Render for the outputs want accepts (all when want is
// nil): an incremental build re-makes only the pages an edit touched, and
// the indexes, feeds and sitemap, which stay complete.
func (r *Renderer) RenderOnly(s *site.Site, want func(path string) bool, emit func(path string, data []byte) error) error {
	return r.RenderMemo(s, want, nil, emit)
}

// render queues every file of the site in order and emits them.
func (w *writer) render() error {
	return w.run(func() error {
		for _, f := range w.r.static {
			w.put(f.path, f.data)
		}
		steps := []func() error{
			w.chooser, w.languagePages, w.articlePages, w.notFound,
			w.feeds, w.data, w.writeSitemap, w.robots, w.extras, w.images,
		}
		for _, step := range steps {
			if err := step(); err != nil {
				return err
			}
		}
		return nil
	})
}

// RenderArticle renders the page of one article; it depends on nothing
// but the site and the article, so a worker pool may call it.
func (r *Renderer) RenderArticle(s *site.Site, a *site.Article) ([]byte, error) {
	return r.renderArticle(s, a, nil)
}

// renderArticle is RenderArticle sharing a render's fragments.
func (r *Renderer) renderArticle(s *site.Site, a *site.Article, frags *fragments) ([]byte, error) {
	p, err := r.articlePage(s, a, frags)
	if err != nil {
		return nil, err
	}
	return r.execute(p)
}

// articlePage is the Page of an article's own page.
func (r *Renderer) articlePage(s *site.Site, a *site.Article, frags *fragments) (*Page, error) {
	body, err := r.articleBody(s, a)
	if err != nil {
		return nil, err
	}
	p := r.newPage(s, a.Lang, "article", a.Title, a.Path)
	p.Alts = nil // an article exists in its own language only
	p.Desc = a.Subtitle
	p.Body = body
	p.Data = a
	p.frags = frags
	return p, nil
}

func (r *Renderer) execute(p *Page) ([]byte, error) {
	buf, err := r.executeBuffer(p)
	if err != nil {
		return nil, err
	}
	if buf.Cap() > maxPooled {
		// A large listing keeps its buffer rather than being copied.
		return buf.Bytes(), nil
	}
	// The page leaves in a slice of its own size; the buffer, grown once,
	// serves the next page.
	out := bytes.Clone(buf.Bytes())
	bufPool.Put(buf)
	return out, nil
}

// executeBuffer executes the page into a buffer of bufPool, which the
// caller puts back (releaseBuffer) once it is done with the bytes.
func (r *Renderer) executeBuffer(p *Page) (*bytes.Buffer, error) {
	t := r.pages[p.Template]
	if t == nil {
		return nil, fmt.Errorf("render: no template %q", p.Template)
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	if err := t.ExecuteTemplate(buf, "layout.html", p); err != nil {
		bufPool.Put(buf)
		return nil, fmt.Errorf("render %s: %w", p.Path, err)
	}
	return buf, nil
}

// releaseBuffer puts a page's buffer back into bufPool, unless it grew
// past maxPooled.
func releaseBuffer(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooled {
		bufPool.Put(buf)
	}
}

// bufPool holds the buffers pages are executed into; buffers that grew
// past maxPooled (the largest listings) are left to the collector.
var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

const maxPooled = 1 << 20

// writer carries one Render call's state: the files queued in emit order
// and the sitemap entries gathered as pages are emitted.
type writer struct {
	r       *Renderer
	s       *site.Site
	emit    func(string, []byte) error
	sitemap []sitemapEntry
	// want, when set, names the outputs to make; the others are skipped
	// but keep their place (and sitemap entry), for incremental builds.
	want func(path string) bool
	// memo, when set, skips the wanted pages whose signature did not
	// change (see Memo).
	memo *Memo
	// frags are the fragments made once and shared by every page.
	frags fragments
	// transient is set when emit keeps none of the bytes it is given
	// (Memo.Transient): pages are then emitted from pooled buffers
	// rather than copied out of them.
	transient bool

	queue chan *job     // every file in emit order
	work  chan *job     // files for the workers
	quit  chan struct{} // closed when emitting failed
}

type sitemapEntry struct {
	loc  string
	alts []Alt
}

// job is one output file: made by make on a worker (or, for inline jobs,
// by the emitting goroutine when its turn comes, after every file before
// it was emitted), then emitted with its sitemap entry, if any.
type job struct {
	path   string
	make   func() ([]byte, error)
	inline bool
	skip   bool // not wanted: not made, not emitted
	sig    string
	entry  *sitemapEntry
	data   []byte
	err    error
	done   chan struct{}
	// buf holds data when the page was executed into a pooled buffer
	// (writer.transient): it goes back to the pool once data is emitted.
	buf *bytes.Buffer
}

// window bounds how many files are queued or made but not yet emitted, so
// memory does not grow with the site: enough to keep every worker busy
// while the emitter writes, few enough that the large listings of a big
// site (tens of MB each) are not all held at once.
func window(workers int) int { return 2*workers + 2 }

// run starts the workers, calls produce (which queues every file in
// order through add) on its own goroutine, and emits the files in queue
// order as they are finished.
func (w *writer) run(produce func() error) error {
	workers := max(1, runtime.GOMAXPROCS(0))
	n := window(workers)
	w.queue = make(chan *job, n)
	w.work = make(chan *job, n)
	w.quit = make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range w.work {
				select {
				case <-w.quit:
					j.err = errStopped
				default:
					j.data, j.err = j.make()
				}
				close(j.done)
			}
		}()
	}
	var perr error
	go func() {
		perr = produce()
		close(w.queue)
		close(w.work)
	}()
	var err error
	for j := range w.queue {
		if err != nil {
			continue // drain so the producer can finish
		}
		if j.skip {
			if j.entry != nil {
				w.sitemap = append(w.sitemap, *j.entry)
			}
			continue
		}
		if j.inline {
			j.data, j.err = j.make()
		} else {
			<-j.done
		}
		if j.err != nil {
			err = j.err
		} else if e := w.emit(j.path, j.data); e != nil {
			err = fmt.Errorf("emit %s: %w", j.path, e)
		} else if j.entry != nil {
			w.sitemap = append(w.sitemap, *j.entry)
		}
		j.data = nil
		if j.buf != nil {
			releaseBuffer(j.buf)
			j.buf = nil
		}
		if err != nil {
			close(w.quit)
		}
	}
	wg.Wait()
	if err != nil {
		return err
	}
	return perr
}

// errStopped marks the files made after an earlier one failed.
var errStopped = errors.New("render: stopped")

// add queues one file; it is called by the producer only.
func (w *writer) add(j *job) {
	j.done = make(chan struct{})
	if w.want != nil && !w.want(j.path) {
		j.skip, j.inline = true, true
	}
	if m := w.memo; m != nil && j.sig != "" {
		m.Next[j.path] = j.sig
		if !j.skip && m.Prev[j.path] == j.sig {
			j.skip, j.inline = true, true
			m.Kept = append(m.Kept, j.path)
		}
	}
	select {
	case w.queue <- j:
	case <-w.quit:
		return
	}
	if j.inline {
		return
	}
	select {
	case w.work <- j:
	case <-w.quit:
		j.err = errStopped
		close(j.done)
	}
}

// execute makes j's page with the render's shared fragments: into a
// pooled buffer that j holds until its bytes are emitted when emit keeps
// none (transient), else into a slice of the page's own.
func (w *writer) execute(j *job, p *Page) ([]byte, error) {
	p.frags = &w.frags
	if !w.transient {
		return w.r.execute(p)
	}
	buf, err := w.r.executeBuffer(p)
	if err != nil {
		return nil, err
	}
	j.buf = buf
	return buf.Bytes(), nil
}

// page queues a page made from the Page that mk returns.
func (w *writer) page(path string, alts []Alt, noIndex bool, mk func() *Page) {
	j := &job{path: site.File(path)}
	j.make = func() ([]byte, error) { return w.execute(j, mk()) }
	if !noIndex {
		j.entry = &sitemapEntry{loc: path, alts: alts}
	}
	w.add(j)
}

// put queues a file whose bytes are known.
func (w *writer) put(p string, data []byte) {
	w.add(&job{path: p, inline: true, make: func() ([]byte, error) { return data, nil }})
}

// file queues a file made by mk on a worker.
func (w *writer) file(p string, mk func() ([]byte, error)) {
	w.add(&job{path: p, make: mk})
}

// multi renders a page that exists in every language, with hreflang
// alternates between them.
func (w *writer) multi(tmpl string, pathOf func(lang string) string, title func(lang string) string, data func(lang string) any) error {
	return w.multiIn(w.s.Languages, tmpl, pathOf, title, data, nil)
}

// multiIn is multi for the languages langs only: they are each other's
// alternates; the language switch of each leads to fallback(l) in a
// language l not in langs (nil: that language's home).
func (w *writer) multiIn(langs []string, tmpl string, pathOf func(lang string) string, title func(lang string) string, data func(lang string) any, fallback func(lang string) string) error {
	alts := make([]Alt, 0, len(langs))
	for _, l := range langs {
		alts = append(alts, Alt{Lang: l, Path: pathOf(l)})
	}
	var elsewhere []Alt
	if fallback != nil && len(langs) < len(w.s.Languages) {
		for _, l := range w.s.Languages {
			if !slices.Contains(langs, l) {
				elsewhere = append(elsewhere, Alt{Lang: l, Path: fallback(l)})
			}
		}
	}
	for _, l := range langs {
		path := pathOf(l)
		// The page and its data are made here, before the job is queued,
		// so that a memo can sign them; executing the template, the costly
		// part, is left to a worker.
		p := w.r.newPage(w.s, l, tmpl, title(l), path)
		p.Alts = alts
		p.Elsewhere = elsewhere
		if data != nil {
			p.Data = data(l)
		}
		j := &job{path: site.File(path), entry: &sitemapEntry{loc: path, alts: alts}}
		j.make = func() ([]byte, error) { return w.execute(j, p) }
		if w.memo != nil {
			if w.memo.Stop != nil && w.memo.Stop() {
				return errStopped
			}
			j.sig = signature(p, p.Data, w.memo.digests)
		}
		w.add(j)
	}
	return nil
}

func (w *writer) chooser() error {
	alts := []Alt{}
	for _, l := range w.s.Languages {
		alts = append(alts, Alt{Lang: l, Path: site.Home(l)})
	}
	w.page("", alts, false, func() *Page {
		p := w.r.newPage(w.s, w.s.Config.DefaultLanguage, "chooser", "", "")
		p.Alts = alts
		return p
	})
	return nil
}

func (w *writer) articlePages() error {
	for _, a := range w.s.Articles {
		j := &job{path: site.File(a.Path), entry: &sitemapEntry{loc: a.Path}}
		j.make = func() ([]byte, error) {
			p, err := w.r.articlePage(w.s, a, &w.frags)
			if err != nil {
				return nil, err
			}
			return w.execute(j, p)
		}
		if w.memo != nil {
			j.sig = articleSignature(a)
		}
		w.add(j)
	}
	return nil
}

func (w *writer) notFound() error {
	w.page(site.Path404, nil, true, func() *Page {
		p := w.r.newPage(w.s, w.s.Config.DefaultLanguage, "404", "", site.Path404)
		p.NoIndex = true
		p.Title = w.r.cat.T(p.Lang, "404.title")
		return p
	})
	return nil
}

func (w *writer) robots() error {
	var b strings.Builder
	b.WriteString("User-agent: *\nAllow: /\n")
	if w.s.Config.Absolute() {
		b.WriteString("Sitemap: " + w.s.Paths.URL(site.PathSitemap) + "\n")
	}
	w.put(site.PathRobots, []byte(b.String()))
	return nil
}

// extras are the files GitHub Pages needs: .nojekyll so that folders
// starting with "_" are served, and CNAME for a custom domain.
func (w *writer) extras() error {
	w.put(".nojekyll", []byte{})
	if c := strings.TrimSpace(w.s.Config.CNAME); c != "" {
		w.put("CNAME", []byte(c+"\n"))
	}
	return nil
}

func (w *writer) languagePages() error {
	s := w.s
	t := func(key string) func(string) string {
		return func(l string) string { return w.r.cat.T(l, key) }
	}
	// The home page shows a fixed number of the latest articles.
	home := func(string) any { return s.Articles[:min(len(s.Articles), homeLatest)] }
	if err := w.multi("home", site.Home, func(l string) string { return "" }, home); err != nil {
		return err
	}
	idx := func(k site.Kind) func(string) string { return func(l string) string { return site.Index(l, k) } }
	// Each language's index lists the articles written in it, and says
	// where the others are: an entry once per site, not once a language.
	written := func(l string) int { return len(s.ByLang[l]) }
	err := w.pagedByLang("articles", idx(site.KindArticles), t("articles.title"), written, articlesPerPage,
		func(l string, n int, pg Pager) any {
			return &Listing[*site.Article]{Items: slice(s.ByLang[l], n, articlesPerPage), Pager: pg,
				InLang: w.inLang(l, written, idx(site.KindArticles), "count.articles")}
		})
	if err != nil {
		return err
	}
	// The quotes index shows the latest quotes only: every quote is
	// also on its article's page, its speaker's and its company's, so a
	// paged copy of all of them would publish each card once more.
	err = w.paged("quotes", idx(site.KindQuotes), t("quotes.title"), min(len(s.Quotes), quotesPerPage), quotesPerPage,
		func(_ string, n int, pg Pager) any {
			return &Listing[*site.Quote]{Items: slice(s.Quotes, n, quotesPerPage), Pager: pg}
		})
	if err != nil {
		return err
	}
	err = w.paged("speakers", idx(site.KindSpeakers), t("speakers.title"), len(s.Speakers), namesPerPage,
		func(_ string, n int, pg Pager) any {
			return &Listing[*site.Speaker]{Items: slice(s.Speakers, n, namesPerPage), Pager: pg}
		})
	if err != nil {
		return err
	}
	for _, x := range []struct {
		tmpl string
		kind site.Kind
		key  string
	}{
		{"providers", site.KindProviders, "providers.title"},
		{"measures", site.KindMeasures, "measures.title"},
		{"stances", site.KindStances, "stances.title"},
		{"sources", site.KindSources, "sources.title"},
		{"about", site.KindAbout, "about.title"},
		{"search", site.KindSearch, "search.title"},
	} {
		if err := w.multi(x.tmpl, idx(x.kind), t(x.key), nil); err != nil {
			return err
		}
	}
	// Compare: the whole table, then one no-JS filter page per stance and
	// per article language.
	if err := w.compare(idx(site.KindCompare), t("compare.title"), compareGrid(s, "", "")); err != nil {
		return err
	}
	for _, st := range s.Stances {
		err := w.compare(func(l string) string { return site.CompareStance(l, st.Slug(l)) },
			func(l string) string { return w.r.cat.T(l, "compare.title") + ": " + st.Label(l) },
			compareGrid(s, st.ID, ""))
		if err != nil {
			return err
		}
	}
	for _, al := range s.Languages {
		err := w.compare(func(l string) string { return site.CompareLang(l, al) },
			func(l string) string { return w.r.cat.T(l, "compare.title") + ": " + w.r.cat.T(l, "lang."+al) },
			compareGrid(s, "", al))
		if err != nil {
			return err
		}
	}
	return w.subjects()
}

// Compare is the data of a compare page: the providers x measures grid,
// whole or limited to one consolidated stance or one article language.
type Compare struct {
	Stance *site.Stance
	Lang   string
	// Measures are the grid's columns: the measures some row took.
	Measures []*site.Measure
	// Rows are every row of the grid; a page shows Pager.From to Pager.To
	// of them (Page).
	Rows  []CompareRow
	Pager Pager
}

// Page returns the rows of this page of the grid.
func (c *Compare) Page() []CompareRow {
	if c.Pager.Total == 0 {
		return nil
	}
	return c.Rows[c.Pager.From-1 : c.Pager.To]
}

// compare queues the pages of one compare grid. The grid is made once
// and shared, read-only, by its pages in every language; it is paged by
// rows, as many as fit the page budget at the grid's number of columns.
func (w *writer) compare(index, title func(lang string) string, c *Compare) error {
	size := compareRows(len(c.Measures))
	return w.paged("compare", index, title, len(c.Rows), size, func(_ string, _ int, pg Pager) any {
		page := *c
		page.Pager = pg
		return &page
	})
}

// compareRows is how many providers a compare page shows: a row costs
// about 250 bytes per filled measure column (the evidence link and its
// accessible name) and 300 for the rest, and a page budgets 60 KB for
// its rows, so the grid stays well under 100 KB however many companies
// and measures the corpus has.
func compareRows(columns int) int {
	return max(5, 60_000/(300+250*columns))
}

// CompareRow is one provider in the grid.
type CompareRow struct {
	Provider *site.Provider
	Stance   string
	// Reports are counted, not listed: the row links to the provider's
	// timeline, so the grid grows with the companies, not the articles.
	Reports []*site.Report
	Cells   []Cell
}

// Cell is one provider x measure cell; N is how many articles report it
// and Link goes to the first one's evidence (or the article when the
// sentence was not found).
type Cell struct {
	Measure *site.Measure
	N       int
	Link    string
}

func compareGrid(s *site.Site, stance, lang string) *Compare {
	c := &Compare{Stance: s.Stance(stance), Lang: lang}
	used := map[string]bool{}
	for _, p := range s.Providers {
		if len(p.Reports) == 0 {
			continue // quoted organisations with no reported response
		}
		row := CompareRow{Provider: p, Stance: p.Stance, Reports: p.Reports}
		if lang != "" {
			row.Reports = p.ReportsIn(lang)
			row.Stance = p.StanceByLang[lang]
			if len(row.Reports) == 0 {
				continue
			}
		}
		if stance != "" && row.Stance != stance {
			continue
		}
		for _, r := range row.Reports {
			for _, m := range r.Measures {
				used[m.ID] = true
			}
		}
		c.Rows = append(c.Rows, row)
	}
	for _, m := range s.Measures {
		if used[m.ID] {
			c.Measures = append(c.Measures, m)
		}
	}
	for i := range c.Rows {
		row := &c.Rows[i]
		for _, m := range c.Measures {
			cell := Cell{Measure: m}
			for _, r := range row.Reports {
				for _, rm := range r.Measures {
					if rm != m {
						continue
					}
					cell.N++
					if cell.Link == "" {
						cell.Link = r.Article.Path
						for _, e := range r.MeasureEvidence(m.ID) {
							if e.Found {
								cell.Link = e.Link()
								break
							}
						}
					}
				}
			}
			row.Cells = append(row.Cells, cell)
		}
	}
	return c
}

// Alt is the same page in another language.
type Alt struct {
	Lang string
	Path string
}
