package review

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"net/url"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/i18n"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/site"
)

// Prefix is where the desk lives in the preview; render never emits a
// path starting with "_", so it cannot hide a page of the site.
const Prefix = "/_review/"

// PageSize is how many claims one page shows.
const PageSize = 25

// Options configure a Desk.
type Options struct {
	// ContentDir holds <lang>/articles/*.md.
	ContentDir string
	// Templates holds review.html and i18n/<lang>.yaml.
	Templates string
	// DataDir holds the lexicon (company names, measure ids).
	DataDir string
	// Log receives one line per action.
	Log io.Writer
	// AfterWrite, when set, is told of each article the desk wrote; serve's
	// file watcher sees the write anyway, so it may be nil.
	AfterWrite func(path string)
}

// Desk is the review desk's HTTP handler.
type Desk struct {
	opts  Options
	token string
	ix    *index
	// writeMu makes actions sequential: two tabs acting on one article
	// must not interleave read and write.
	writeMu sync.Mutex
}

// New makes a desk with a fresh per-process token for its forms.
func New(opts Options) (*Desk, error) {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return nil, err
	}
	return &Desk{opts: opts, token: hex.EncodeToString(b), ix: newIndex(opts.ContentDir)}, nil
}

// Warm reads every article once, so that the first visit to the desk does
// not wait for it (seconds at 10,000 articles). Serve calls it in the
// background after its first build.
func (d *Desk) Warm() {
	if _, _, err := d.ix.refresh(); err != nil {
		fmt.Fprintf(d.opts.Log, "review: %v\n", err)
	}
}

// ServeHTTP serves the list (GET Prefix) and the actions (POST
// Prefix+"act"), to this machine only.
func (d *Desk) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if msg := localOnly(r); msg != "" {
		http.Error(w, msg, http.StatusForbidden)
		return
	}
	h := w.Header()
	h.Set("Cache-Control", "no-store")
	// The desk's buttons write files: no other site may frame it (click-
	// jacking) or learn its URLs from a Referer. (no-referrer would make
	// the browser send "Origin: null" with the desk's own forms.)
	h.Set("Content-Security-Policy", "frame-ancestors 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	switch {
	case r.URL.Path == Prefix && (r.Method == http.MethodGet || r.Method == http.MethodHead):
		d.list(w, r)
	case r.URL.Path == Prefix+"act" && r.Method == http.MethodPost:
		d.act(w, r)
	case r.URL.Path == Prefix || r.URL.Path == Prefix+"act":
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	default:
		http.NotFound(w, r)
	}
}

// localOnly refuses a request from another machine, or one whose Host is
// not this machine's name (a DNS-rebinding page names its own host).
func localOnly(r *http.Request) string {
	if host, _, err := net.SplitHostPort(r.RemoteAddr); err == nil {
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			return "the review desk answers this machine only"
		}
	}
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.Trim(strings.ToLower(host), "[]")
	if host != "localhost" && !isLoopbackIP(host) {
		return fmt.Sprintf("the review desk answers localhost only, not Host %q", r.Host)
	}
	return ""
}

func isLoopbackIP(s string) bool {
	ip := net.ParseIP(s)
	return ip != nil && ip.IsLoopback()
}

// sameSite refuses a write that a page of another site made the browser
// send: the browser says so in Sec-Fetch-Site and Origin, and such a page
// cannot know the token.
func (d *Desk) sameSite(r *http.Request) error {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return fmt.Errorf("refused a cross-site request (Sec-Fetch-Site: %s)", r.Header.Get("Sec-Fetch-Site"))
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || u.Host != r.Host || u.Scheme != "http" && u.Scheme != "https" {
			return fmt.Errorf("refused a request from origin %s", o)
		}
	}
	if subtle.ConstantTimeCompare([]byte(r.PostFormValue("token")), []byte(d.token)) != 1 {
		return errors.New("refused a form without this preview's token (reload the desk)")
	}
	return nil
}

// filter is the list's query: which claims, which page.
type filter struct {
	Article, Company, Lang string
	Page                   int
	UI                     string
}

func parseFilter(q url.Values) filter {
	f := filter{Article: strings.TrimSpace(q.Get("article")), Company: q.Get("company"), Lang: q.Get("lang"), UI: q.Get("ui")}
	f.Page, _ = strconv.Atoi(q.Get("page"))
	f.Page = max(f.Page, 1)
	return f
}

// query is the filter as a query string, on another page.
func (f filter) query(page int) string {
	v := url.Values{}
	for k, s := range map[string]string{"article": f.Article, "company": f.Company, "lang": f.Lang, "ui": f.UI} {
		if s != "" {
			v.Set(k, s)
		}
	}
	if page > 1 {
		v.Set("page", strconv.Itoa(page))
	}
	return v.Encode()
}

func (f filter) match(c Claim) bool {
	if f.Lang != "" && c.Lang != f.Lang {
		return false
	}
	if f.Company != "" && c.Company != f.Company {
		return false
	}
	if f.Article != "" {
		a := strings.ToLower(f.Article)
		return strings.Contains(strings.ToLower(c.File), a) || strings.Contains(strings.ToLower(c.Title), a)
	}
	return true
}

// view is what review.html renders.
type view struct {
	UI       string
	Token    string
	Action   string
	Filter   filter
	Return   string
	Done     string
	Failed   string
	Total    int
	All      int
	Claims   []claimView
	Page     int
	Pages    int
	Prev     string
	Next     string
	Langs    []string
	Company  []option
	Stances  []option
	Measures []option
	Broken   []string
	// UILinks switch the desk's language, keeping the filter and page.
	UILinks []option
}

type claimView struct {
	Claim
	N           int // position on the page, for unique form ids
	CompanyName string
	Percent     int
	// Page is the article's page in the preview.
	Page string
	// StanceLabel is the stance in the UI's language.
	StanceLabel string
}

type option struct{ ID, Label string }

// formItem is what the template's "item" fields need: the page's token and
// return query, and the claim.
type formItem struct {
	View  view
	Claim claimView
}

func (d *Desk) list(w http.ResponseWriter, r *http.Request) {
	f := parseFilter(r.URL.Query())
	cat, lx, t, err := d.load()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if !slices.Contains(cat.Languages(), f.UI) {
		f.UI = "en"
	}
	claims, broken, err := d.ix.refresh()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	v := view{UI: f.UI, Token: d.token, Action: Prefix + "act", Filter: f, All: len(claims), Broken: broken,
		Done: outcome{r.URL.Query().Get("done"), r.URL.Query()["arg"]}.text(cat, f.UI), Failed: r.URL.Query().Get("failed")}
	companies := map[string]bool{}
	var langs []string
	var shown []Claim
	for _, c := range claims {
		if c.Company != "" {
			companies[c.Company] = true
		}
		if c.Lang != "" && !slices.Contains(langs, c.Lang) {
			langs = append(langs, c.Lang)
		}
		if f.match(c) {
			shown = append(shown, c)
		}
	}
	slices.Sort(langs)
	v.Langs = langs
	for _, id := range sortedKeys(companies) {
		v.Company = append(v.Company, option{id, companyName(lx, id)})
	}
	for _, s := range content.Stances {
		label := s
		if l := stanceLabel(lx, s, f.UI); l != s {
			label = l + " (" + s + ")"
		}
		v.Stances = append(v.Stances, option{s, label})
	}
	for _, m := range lx.Measures {
		label := m.ID
		if l := m.Label[f.UI]; l != "" {
			label = l + " (" + m.ID + ")"
		}
		v.Measures = append(v.Measures, option{m.ID, label})
	}
	v.Total = len(shown)
	v.Pages = max(1, (len(shown)+PageSize-1)/PageSize)
	v.Page = min(f.Page, v.Pages)
	from := (v.Page - 1) * PageSize
	for i, c := range shown[from:min(len(shown), from+PageSize)] {
		v.Claims = append(v.Claims, claimView{Claim: c, N: i + 1, CompanyName: companyName(lx, c.Company),
			Percent: int(c.Confidence*100 + 0.5), Page: "/" + site.Item(c.Lang, site.KindArticles, strings.TrimSuffix(path.Base(c.File), ".md")),
			StanceLabel: stanceLabel(lx, c.Stance, f.UI)})
	}
	v.Return = f.query(v.Page)
	for _, l := range cat.Languages() {
		g := f
		g.UI = l
		v.UILinks = append(v.UILinks, option{l, Prefix + "?" + g.query(v.Page)})
	}
	if v.Page > 1 {
		v.Prev = Prefix + "?" + f.query(v.Page-1)
	}
	if v.Page < v.Pages {
		v.Next = Prefix + "?" + f.query(v.Page+1)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(buf.Bytes())
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func stanceLabel(lx *lexicon.Lexicon, id, ui string) string {
	if st, ok := lx.Stance(id); ok && st.Label[ui] != "" {
		return st.Label[ui]
	}
	return id
}

func companyName(lx *lexicon.Lexicon, id string) string {
	if p, ok := lx.Provider(id); ok && p.Name != "" {
		return p.Name
	}
	return id
}

// catalog reads the UI strings.
func (d *Desk) catalog() (*i18n.Catalog, error) {
	return i18n.Load(filepath.Join(d.opts.Templates, "i18n"))
}

// load reads the UI strings, the lexicon and the template on each request:
// an edit to any of them shows at the next reload, as the site's pages do.
func (d *Desk) load() (*i18n.Catalog, *lexicon.Lexicon, *template.Template, error) {
	cat, err := d.catalog()
	if err != nil {
		return nil, nil, nil, err
	}
	lx, err := lexicon.Load(d.opts.DataDir)
	if err != nil {
		return nil, nil, nil, err
	}
	name := filepath.Join(d.opts.Templates, "review.html")
	t, err := template.New("review.html").Funcs(template.FuncMap{
		"T":    func(ui, key string, args ...any) string { return cat.T(ui, key, args...) },
		"N":    func(ui, key string, n int) string { return cat.N(ui, key, n) },
		"item": func(v view, c claimView) formItem { return formItem{v, c} },
	}).ParseFiles(name)
	if err != nil {
		return nil, nil, nil, err
	}
	return cat, lx, t, nil
}
