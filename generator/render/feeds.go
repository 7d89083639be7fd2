package render

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/newsdesk/ruscompare/generator/site"
)

// feedLimit bounds a feed to the newest entries, as readers expect.
const feedLimit = 50

// providerFeedLimit bounds a company's feed, of which there is one per
// company and language: a reader polls it for what is new, and the
// company page has the whole timeline. Fewer entries keep the site's
// size from growing with companies times articles: at 20 entries (about
// 550 bytes each) the 2,472 company feeds of a saturated synthetic corpus
// were 27 MB; 10 keep a reader who polls weekly up to date.
const providerFeedLimit = 10

// abs makes a site-relative path absolute when the base URL allows it;
// with a path-only base ("/") links stay root-relative.
func (w *writer) abs(rel string) string { return w.s.Paths.URL(rel) }

// feedID is a stable Atom id: the absolute URL when there is one, a tag
// URI otherwise (Atom ids must be absolute IRIs).
func (w *writer) feedID(rel string) string {
	if w.s.Config.Absolute() {
		return w.abs(rel)
	}
	return "tag:ruscompare,2022:" + rel
}

// stamp turns a YYYY-MM-DD date into an RFC 3339 time; undated articles
// take the site's newest date so output never depends on the clock.
func (w *writer) stamp(d string) string {
	if d == "" {
		d = w.s.Updated
	}
	if d == "" {
		d = "2022-01-01"
	}
	return d + "T00:00:00Z"
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
	Type string `xml:"type,attr,omitempty"`
	Lang string `xml:"hreflang,attr,omitempty"`
}

type atomEntry struct {
	Title    string     `xml:"title"`
	ID       string     `xml:"id"`
	Link     atomLink   `xml:"link"`
	Updated  string     `xml:"updated"`
	Summary  string     `xml:"summary,omitempty"`
	Author   *atomName  `xml:"author,omitempty"`
	Category []atomCat  `xml:"category"`
	Lang     string     `xml:"xml:lang,attr,omitempty"`
	Extra    []atomLink `xml:"-"`
}

type atomName struct {
	Name string `xml:"name"`
}

type atomCat struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string      `xml:"xml:lang,attr"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomName    `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

func (w *writer) atom(lang, title, self, home string, arts []*site.Article) ([]byte, error) {
	f := atomFeed{
		Lang: lang, Title: title, ID: w.feedID(self), Updated: w.stamp(""),
		Links:  []atomLink{{Rel: "self", Href: w.abs(self), Type: "application/atom+xml"}, {Rel: "alternate", Href: w.abs(home), Type: "text/html"}},
		Author: atomName{Name: w.s.Title(lang)},
	}
	for i, a := range arts {
		if i == feedLimit {
			break
		}
		e := atomEntry{
			Title: a.Title, ID: w.feedID(a.Path), Link: atomLink{Href: w.abs(a.Path), Lang: a.Lang},
			Updated: w.stamp(a.Date), Summary: a.Subtitle, Lang: a.Lang,
		}
		if a.Source != nil {
			e.Author = &atomName{Name: a.Source.Name}
		}
		for _, r := range a.Reports {
			e.Category = append(e.Category, atomCat{Term: r.Provider.ID, Label: r.Provider.Name})
		}
		f.Entries = append(f.Entries, e)
	}
	out, err := xml.MarshalIndent(f, "", "") // a line per element, no indentation
	if err != nil {
		return nil, fmt.Errorf("atom %s: %w", self, err)
	}
	return append([]byte(xml.Header), append(out, '\n')...), nil
}

type jsonFeed struct {
	Version     string         `json:"version"`
	Title       string         `json:"title"`
	HomePageURL string         `json:"home_page_url"`
	FeedURL     string         `json:"feed_url"`
	Language    string         `json:"language"`
	Items       []jsonFeedItem `json:"items"`
}

type jsonFeedItem struct {
	ID            string   `json:"id"`
	URL           string   `json:"url"`
	ExternalURL   string   `json:"external_url,omitempty"`
	Title         string   `json:"title"`
	Summary       string   `json:"summary,omitempty"`
	ContentText   string   `json:"content_text"`
	DatePublished string   `json:"date_published,omitempty"`
	Language      string   `json:"language"`
	Tags          []string `json:"tags,omitempty"`
}

func (w *writer) feeds() error {
	for _, l := range w.s.Languages {
		arts := w.s.ByLang[l]
		w.file(site.Feed(l), func() ([]byte, error) {
			return w.atom(l, w.s.Title(l), site.Feed(l), site.Home(l), arts)
		})
		w.file(site.FeedJSON(l), func() ([]byte, error) {
			jf := jsonFeed{Version: "https://jsonfeed.org/version/1.1", Title: w.s.Title(l),
				HomePageURL: w.abs(site.Home(l)), FeedURL: w.abs(site.FeedJSON(l)), Language: l, Items: []jsonFeedItem{}}
			for i, a := range arts {
				if i == feedLimit {
					break
				}
				it := jsonFeedItem{ID: w.feedID(a.Path), URL: w.abs(a.Path), ExternalURL: a.SourceURL, Title: a.Title,
					Summary: a.Subtitle, ContentText: summary(a), Language: a.Lang}
				if a.Date != "" {
					it.DatePublished = w.stamp(a.Date)
				}
				for _, r := range a.Reports {
					it.Tags = append(it.Tags, r.Provider.Name)
				}
				jf.Items = append(jf.Items, it)
			}
			return marshalJSON(site.FeedJSON(l), jf)
		})
		for _, p := range w.s.Providers {
			if len(p.Reports) == 0 {
				continue
			}
			w.file(site.ProviderFeed(l, p.ID), func() ([]byte, error) {
				// Newest first, like every feed.
				arts := make([]*site.Article, 0, min(len(p.Reports), providerFeedLimit))
				for i := len(p.Reports) - 1; i >= 0 && len(arts) < providerFeedLimit; i-- {
					arts = append(arts, p.Reports[i].Article)
				}
				title := p.Name + " · " + w.s.Title(l)
				return w.atom(l, title, site.ProviderFeed(l, p.ID), p.Path(l), arts)
			})
		}
	}
	return nil
}

// summary is a one-line account of what the article reports, for feed
// readers that show text only.
func summary(a *site.Article) string {
	var parts []string
	for _, r := range a.Reports {
		parts = append(parts, r.Provider.Name+": "+r.Stance)
	}
	return strings.Join(parts, "; ")
}

func marshalJSON(p string, v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", " ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return buf.Bytes(), nil
}

// marshalRows writes the JSON array rows with one element per line,
// each without indentation: the open-data exports grow with the corpus,
// and indenting them roughly doubled their size, while a line per record
// still reads and diffs well.
func marshalRows[T any](p string, rows []T) ([]byte, error) {
	return marshalEach(p, len(rows), func(i int) T { return rows[i] })
}

// marshalEach is marshalRows of the n rows row makes, each encoded as
// soon as it is made: data/articles.json has a row per article (177 MB
// at 100,000 articles), and the rows' structs, all made first, were as
// large again. The rows are encoded twice, once to count the bytes and
// once into a slice of that size, so that the export is held once (a
// doubling buffer, or chunks copied into the result, held it twice
// over at the end of the build, when the 100,000-article build peaked).
func marshalEach[T any](p string, n int, row func(i int) T) ([]byte, error) {
	var scratch bytes.Buffer
	counter := json.NewEncoder(&scratch)
	counter.SetEscapeHTML(false)
	total := len("[") + len("\n]\n")
	for i := range n {
		scratch.Reset()
		if err := counter.Encode(row(i)); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		total += len(",\n") + scratch.Len() - 1 // Encode's newline
	}
	if n > 0 {
		total-- // no comma before the first row
	}
	buf := bytes.NewBuffer(make([]byte, 0, total))
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	buf.WriteString("[")
	for i := range n {
		if i > 0 {
			buf.WriteString(",")
		}
		buf.WriteString("\n")
		if err := enc.Encode(row(i)); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
	}
	buf.WriteString("\n]\n")
	return buf.Bytes(), nil
}

// The JSON exports hold each fact once: data/providers.json a record per
// company (the registry's facts and the consolidated stance),
// data/articles.json a record per article with what it reports about each
// company (stance, measures, the evidence sentences) and its quotes. A
// report is joined to its company by the provider id; an evidence
// sentence or quote is on the article's page at url#anchor. Repeating the
// reports under each company, with the article's address, language and
// date again, made providers.json twice the size of articles.json.

type providerJSON struct {
	ID           string         `json:"id"`
	Name         string         `json:"name"`
	Kind         string         `json:"kind,omitempty"`
	Country      string         `json:"country,omitempty"`
	Homepage     string         `json:"homepage,omitempty"`
	Registered   bool           `json:"registered"`
	Stance       string         `json:"stance"`
	Disagreement bool           `json:"disagreement"`
	Stances      map[string]int `json:"stances"`
	Measures     []string       `json:"measures"`
	URL          string         `json:"url"`
	// Articles is how many articles report the company; which, and what
	// they say, is in data/articles.json.
	Articles int `json:"articles"`
}

// reportJSON is what an article says about one company. Each claim is
// a list of the anchors of its sentences on the article's page
// (url#anchor): the stance's in Evidence, each measure's under its id in
// Measures. A sentence the article no longer holds has no anchor: it is
// in Unanchored with its words. A measure id stood twice (in the list
// and in a "measure:" field) and each anchor in an object of its own:
// about 0.3 KB an article.
type reportJSON struct {
	Provider   string              `json:"provider"`
	Stance     string              `json:"stance"`
	Evidence   []string            `json:"evidence,omitempty"`
	Measures   map[string][]string `json:"measures"`
	Unanchored []evidenceJSON      `json:"unanchored,omitempty"`
}

// evidenceJSON is a sentence that is not on the article's page: Field
// is "stance" or "measure:<id>".
type evidenceJSON struct {
	Field string `json:"field"`
	Text  string `json:"text"`
}

type articleJSON struct {
	Lang      string       `json:"lang"`
	Slug      string       `json:"slug"`
	Title     string       `json:"title"`
	Date      string       `json:"date,omitempty"`
	Source    string       `json:"source,omitempty"`
	SourceURL string       `json:"source_url,omitempty"`
	URL       string       `json:"url"`
	Reports   []reportJSON `json:"reports"`
	Quotes    []quoteJSON  `json:"quotes"`
}

// quoteJSON is a quote: its words are on the article's page at
// url#anchor, and here only when it has no anchor (as evidence); Kind
// is left out for direct speech.
type quoteJSON struct {
	Text     string `json:"text,omitempty"`
	Speaker  string `json:"speaker,omitempty"`
	Provider string `json:"provider,omitempty"`
	Kind     string `json:"kind,omitempty"`
	Anchor   string `json:"anchor,omitempty"`
}

func measureIDs(ms []*site.Measure) []string {
	out := make([]string, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.ID)
	}
	return out
}

// data writes the exports: data/providers.json, data/articles.json and
// data/compare.csv (one row per company), for readers who want to
// check or reuse the comparison.
func (w *writer) data() error {
	w.file(site.PathProvidersJSON, w.providersJSON)
	w.file(site.PathArticlesJSON, w.articlesJSON)
	w.file(site.PathCompareCSV, w.compareCSV)
	return nil
}

func (w *writer) providersJSON() ([]byte, error) {
	ps := []providerJSON{}
	for _, p := range w.s.Providers {
		pj := providerJSON{ID: p.ID, Name: p.Name, Kind: p.Kind, Country: p.Country, Homepage: p.Homepage,
			Registered: p.Registered, Stance: p.Stance, Disagreement: p.Disagreement,
			Stances: map[string]int{}, Measures: []string{}, URL: w.abs(p.Path(w.s.Config.DefaultLanguage)),
			Articles: len(p.Reports)}
		for _, c := range p.StanceCounts {
			pj.Stances[c.Stance] = c.N
		}
		for _, m := range p.Measures {
			pj.Measures = append(pj.Measures, m.Measure.ID)
		}
		ps = append(ps, pj)
	}
	return marshalRows(site.PathProvidersJSON, ps)
}

// gzipped is b compressed with gzip at the default level, with no name
// or time in its header, so that two builds give the same bytes.
func gzipped(p string, b []byte) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(len(b)/5 + 64)
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(b); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return buf.Bytes(), nil
}

// articlesJSON is data/articles.json.gz: the export that grows with
// every article (0.8 KB each, 80 MB at 100,000 articles) is published
// gzip-compressed, about a seventh of its size; the two that grow with
// the companies stay plain.
func (w *writer) articlesJSON() ([]byte, error) {
	b, err := w.articlesJSONPlain()
	if err != nil {
		return nil, err
	}
	return gzipped(site.PathArticlesJSON, b)
}

// articlesJSONPlain is the JSON of data/articles.json.gz, uncompressed.
func (w *writer) articlesJSONPlain() ([]byte, error) {
	return marshalEach(site.PathArticlesJSON, len(w.s.Articles), func(i int) articleJSON {
		a := w.s.Articles[i]
		aj := articleJSON{Lang: a.Lang, Slug: a.Slug, Title: a.Title, Date: a.Date, SourceURL: a.SourceURL,
			URL: w.abs(a.Path), Reports: []reportJSON{}, Quotes: []quoteJSON{}}
		if a.Source != nil {
			aj.Source = a.Source.Name
		}
		for _, r := range a.Reports {
			rj := reportJSON{Provider: r.Provider.ID, Stance: r.Stance, Measures: map[string][]string{}}
			for _, m := range r.Measures {
				rj.Measures[m.ID] = []string{}
			}
			for _, e := range r.Evidence {
				at := anchor(e.Link())
				switch {
				case at == "":
					field := e.Field
					if e.Measure != "" {
						field = "measure:" + e.Measure
					}
					rj.Unanchored = append(rj.Unanchored, evidenceJSON{Field: field, Text: e.Text})
				case e.Measure != "":
					rj.Measures[e.Measure] = append(rj.Measures[e.Measure], at)
				default:
					rj.Evidence = append(rj.Evidence, at)
				}
			}
			aj.Reports = append(aj.Reports, rj)
		}
		for _, q := range a.Quotes {
			qj := quoteJSON{Anchor: anchor(q.Link())}
			if qj.Anchor == "" {
				qj.Text = q.Text
			}
			if q.Kind != "direct" {
				qj.Kind = q.Kind
			}
			if q.Speaker != nil {
				qj.Speaker = q.Speaker.Name
			}
			if q.Provider != nil {
				qj.Provider = q.Provider.ID
			}
			aj.Quotes = append(aj.Quotes, qj)
		}
		return aj
	})
}

// anchor is the fragment of a link into an article ("ev-1a2b3c4d"), ""
// when it has none (a sentence the article's text no longer holds).
func anchor(link string) string {
	_, frag, _ := strings.Cut(link, "#")
	return frag
}

// formulaStart are the first characters with which a spreadsheet reads a
// cell as a formula (OWASP, "CSV Injection"): "=HYPERLINK(...)" in a
// source name or a fetched feed's title would otherwise run when a reader
// opens data/compare.csv.
const formulaStart = "=+-@\t\r"

// spreadsheetCell neutralises a cell that a spreadsheet would run as a
// formula by prefixing a single quote, which spreadsheets show as text
// and hide; other cells are written as they are.
func spreadsheetCell(s string) string {
	if s != "" && strings.IndexByte(formulaStart, s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// writeCSVRecord writes one row with every cell neutralised.
func writeCSVRecord(cw *csv.Writer, cells ...string) error {
	for i, c := range cells {
		cells[i] = spreadsheetCell(c)
	}
	return cw.Write(cells)
}

// compareCSV is the compare table for spreadsheets: one row per
// company with its consolidated stance, how many articles report each
// stance, its measures and its page. Which articles say what is in
// data/articles.json (a row per report here repeated every report's
// facts, 0.47 KB an article).
func (w *writer) compareCSV() ([]byte, error) {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	head := []string{"provider", "provider_name", "consolidated_stance", "articles"}
	for _, st := range w.s.Stances {
		head = append(head, "stance_"+st.ID)
	}
	_ = writeCSVRecord(cw, append(head, "measures", "url")...)
	for _, p := range w.s.Providers {
		if len(p.Reports) == 0 {
			continue
		}
		row := []string{p.ID, p.Name, p.Stance, strconv.Itoa(len(p.Reports))}
		for _, st := range w.s.Stances {
			n := 0
			for _, c := range p.StanceCounts {
				if c.Stance == st.ID {
					n = c.N
				}
			}
			row = append(row, strconv.Itoa(n))
		}
		ms := make([]string, 0, len(p.Measures))
		for _, m := range p.Measures {
			ms = append(ms, m.Measure.ID)
		}
		_ = writeCSVRecord(cw, append(row, strings.Join(ms, ";"), w.abs(p.Path(w.s.Config.DefaultLanguage)))...)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return nil, fmt.Errorf("%s: %w", site.PathCompareCSV, err)
	}
	return buf.Bytes(), nil
}

// sitemap lists every indexable page with its language alternates
// (xhtml:link), so search engines pair the English and Dutch versions.
func (w *writer) writeSitemap() error {
	// Inline: made by the emitting goroutine once every page before it
	// was emitted and has its entry.
	w.add(&job{path: site.PathSitemap, inline: true, make: w.sitemapXML})
	return nil
}

func (w *writer) sitemapXML() ([]byte, error) {
	if len(w.sitemap) <= w.r.sitemapMax {
		return w.urlset(w.sitemap), nil
	}
	// Too many URLs for one file: numbered parts, emitted here (this job
	// runs on the emitting goroutine, after every page), and an index.
	// The parts are gzip-compressed, which the sitemap protocol allows:
	// 14.4 MB of a 100,000-article site plain, about a tenth of it so.
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for i, n := 0, 1; i < len(w.sitemap); i, n = i+w.r.sitemapMax, n+1 {
		part := fmt.Sprintf("sitemap-%d.xml.gz", n)
		gz, err := gzipped(part, w.urlset(w.sitemap[i:min(len(w.sitemap), i+w.r.sitemapMax)]))
		if err != nil {
			return nil, err
		}
		if err := w.emit(part, gz); err != nil {
			return nil, fmt.Errorf("emit %s: %w", part, err)
		}
		b.WriteString(" <sitemap><loc>" + xmlEscape(w.abs(part)) + "</loc></sitemap>\n")
	}
	b.WriteString("</sitemapindex>\n")
	return b.Bytes(), nil
}

func xmlEscape(s string) string {
	var e bytes.Buffer
	_ = xml.EscapeText(&e, []byte(s))
	return e.String()
}

// urlset is one sitemap file listing entries.
func (w *writer) urlset(entries []sitemapEntry) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	for _, e := range entries {
		b.WriteString(" <url>\n  <loc>" + xmlEscape(w.abs(e.loc)) + "</loc>\n")
		// Alternates are listed only for pages that are one of them: the
		// root chooser is not a translation of the homes it links to.
		self := false
		for _, a := range e.alts {
			self = self || a.Path == e.loc
		}
		if len(e.alts) > 1 && self {
			for _, a := range e.alts {
				fmt.Fprintf(&b, "  <xhtml:link rel=\"alternate\" hreflang=\"%s\" href=\"%s\"/>\n", xmlEscape(a.Lang), xmlEscape(w.abs(a.Path)))
			}
		}
		b.WriteString(" </url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}
