package e2e

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
)

// maxPage is the size limit of one HTML page (the issue: no page over
// about 100 KB before search assets).
const maxPage = 100 << 10

// fetched is one address as the server answered it.
type fetched struct {
	status int
	loc    string // Location of a redirect
	ctype  string
	body   []byte
	ids    map[string]bool // of an HTML page
	doc    *goquery.Document
}

// walker fetches addresses once and remembers what came back.
type walker struct {
	errorf func(format string, args ...any)
	client *http.Client
	cache  map[string]*fetched
}

func newWalker(errorf func(string, ...any)) *walker {
	return &walker{errorf: errorf, cache: map[string]*fetched{}, client: &http.Client{
		// A link must name the page itself: a redirect (a missing
		// trailing slash, an index.html) counts as a broken link.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}}
}

func (w *walker) get(u string) *fetched {
	if f, ok := w.cache[u]; ok {
		return f
	}
	f := &fetched{}
	w.cache[u] = f
	resp, err := w.client.Get(u)
	if err != nil {
		w.errorf("GET %s: %v", u, err)
		return f
	}
	defer resp.Body.Close()
	f.status, f.loc, f.ctype = resp.StatusCode, resp.Header.Get("Location"), resp.Header.Get("Content-Type")
	f.body, err = io.ReadAll(resp.Body)
	if err != nil {
		w.errorf("GET %s: %v", u, err)
	}
	if f.status == http.StatusOK && strings.HasPrefix(f.ctype, "text/html") {
		f.doc, err = goquery.NewDocumentFromReader(bytes.NewReader(f.body))
		if err != nil {
			w.errorf("%s: %v", u, err)
			return f
		}
		f.ids = map[string]bool{}
		f.doc.Find("[id]").Each(func(_ int, s *goquery.Selection) {
			id, _ := s.Attr("id")
			if f.ids[id] {
				w.errorf("%s: duplicate id %q", u, id)
			}
			f.ids[id] = true
		})
		// a[name] is an anchor target too, in theory; the site uses ids.
	}
	return f
}

// linkAttrs are the attributes that hold addresses, by element.
var linkAttrs = []struct{ sel, attr string }{
	{"a[href]", "href"}, {"link[href]", "href"}, {"area[href]", "href"},
	{"[src]", "src"}, {"form[action]", "action"},
}

type walkStats struct {
	pages, links, fragments int
	largest                 string // the biggest HTML page, and its size
	largestSize             int
}

// walkSite fetches every HTML page of dir as served under root and checks
// that every internal address on it answers 200 OK, stays under root, and
// that every #fragment names an id on its target page.
// Without a search index (no Pagefind), links into pagefind/ are not
// checked when noIndex is set.
// Problems go to errorf.
func walkSite(t *testing.T, dir, root string, noIndex bool, errorf func(string, ...any)) walkStats {
	w := newWalker(errorf)
	rootURL, err := url.Parse(root)
	if err != nil {
		t.Fatal(err)
	}
	var st walkStats
	for _, rel := range htmlFiles(t, dir) {
		pu := pageURL(root, rel)
		page := w.get(pu)
		if page.status != http.StatusOK || page.doc == nil {
			errorf("%s: %d %s (page not served as HTML)", pu, page.status, page.ctype)
			continue
		}
		st.pages++
		if len(page.body) > st.largestSize {
			st.largest, st.largestSize = rel, len(page.body)
		}
		if len(page.body) > maxPage {
			errorf("%s: %d bytes, over %d", rel, len(page.body), maxPage)
		}
		base, _ := url.Parse(pu)
		for _, la := range linkAttrs {
			page.doc.Find(la.sel).Each(func(_ int, s *goquery.Selection) {
				v, _ := s.Attr(la.attr)
				v = strings.TrimSpace(v)
				if v == "" {
					errorf("%s: empty %s on <%s>", rel, la.attr, goquery.NodeName(s))
					return
				}
				ref, err := url.Parse(v)
				if err != nil {
					errorf("%s: %s=%q: %v", rel, la.attr, v, err)
					return
				}
				target := base.ResolveReference(ref)
				if target.Scheme != "http" && target.Scheme != "https" {
					return // mailto: and the like
				}
				if target.Host != rootURL.Host {
					return // another site
				}
				where := fmt.Sprintf("%s: %s=%q", rel, la.attr, v)
				if !strings.HasPrefix(target.Path, rootURL.Path) {
					errorf("%s: leaves the base URL %s", where, rootURL.Path)
					return
				}
				if noIndex && strings.HasPrefix(target.Path, rootURL.Path+"pagefind/") {
					return
				}
				frag := target.Fragment
				target.Fragment, target.RawFragment = "", ""
				st.links++
				f := w.get(target.String())
				switch {
				case f.status == http.StatusOK:
				case f.status >= 300 && f.status < 400:
					errorf("%s: redirects to %s (link the page itself)", where, f.loc)
					return
				default:
					errorf("%s: %d", where, f.status)
					return
				}
				if frag == "" {
					return
				}
				st.fragments++
				if f.ids == nil {
					errorf("%s: #%s on a page that is not HTML", where, frag)
				} else if !f.ids[frag] {
					errorf("%s: no id %q on %s", where, frag, target)
				}
			})
		}
	}
	return st
}

// TestLinks walks every internal href, src, action and #fragment
// (evidence anchors included) of every HTML page of the built and indexed
// site, served over HTTP at the root and under a sub-path.
func TestLinks(t *testing.T) {
	for _, c := range []struct{ name, base string }{{"root", "/"}, {"subpath", "/sub/path/"}} {
		base := c.base
		t.Run(c.name, func(t *testing.T) {
			search := havePagefind()
			if !search {
				needPagefind(t) // fails, but with -short
				t.Log("pagefind is not installed (npm ci): links into pagefind/ are not checked")
			}
			dir := site(t, base, search)
			root := serve(t, dir, base)
			st := walkSite(t, dir, root, !search, t.Errorf)
			t.Logf("base %s: %d pages, %d internal links, %d with a #fragment; largest page %s, %d bytes",
				base, st.pages, st.links, st.fragments, st.largest, st.largestSize)
			if st.pages < 100 || st.links < 2000 || st.fragments < 50 {
				t.Errorf("walk too small (%+v): is it seeing the site?", st)
			}
		})
	}
}

// TestSearchAssets checks what the search page needs from Pagefind is
// there and under the base URL, and that the indexed pages carry the
// filters (the issue: provider, stance and measure).
func TestSearchAssets(t *testing.T) {
	needPagefind(t)
	dir := site(t, "/sub/path/", true)
	root := serve(t, dir, "/sub/path/")
	w := newWalker(t.Errorf)
	for _, lang := range []string{"en/search/", "nl/zoeken/"} {
		p := w.get(root + lang)
		if p.doc == nil {
			t.Fatalf("%s: %d", lang, p.status)
		}
		if n := p.doc.Find(`script[src="/sub/path/pagefind/pagefind-ui.js"]`).Length(); n != 1 {
			t.Errorf("%s: pagefind-ui.js scripts = %d, want 1", lang, n)
		}
		if n := p.doc.Find(`link[rel=stylesheet][href="/sub/path/pagefind/pagefind-ui.css"]`).Length(); n != 1 {
			t.Errorf("%s: pagefind-ui.css links = %d, want 1", lang, n)
		}
		if p.doc.Find("noscript").Length() == 0 || p.doc.Find("main a[href]").Length() < 5 {
			t.Errorf("%s: no fallback for readers without JavaScript", lang)
		}
	}
	for _, f := range []string{"pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css", "pagefind/pagefind.js", "pagefind/pagefind-entry.json"} {
		if r := w.get(root + f); r.status != http.StatusOK {
			t.Errorf("%s: %d", f, r.status)
		}
	}
	entry := w.get(root + "pagefind/pagefind-entry.json")
	for _, lang := range []string{`"en"`, `"nl"`} {
		if !bytes.Contains(entry.body, []byte(lang)) {
			t.Errorf("pagefind-entry.json has no %s index: %s", lang, entry.body)
		}
	}
}

// TestWalkerFindsBrokenLinks shows the link walk is not vacuous: on a small
// site with known faults it reports each of them and nothing else.
func TestWalkerFindsBrokenLinks(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, body string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("index.html", `<!DOCTYPE html><title>x</title><p id="a"><a href="/sub/path/en/">ok</a>
<a href="/sub/path/en/#b">ok fragment</a> <a href="#a">ok self</a> <a href="https://example.org/">external</a>
<a href="/sub/path/en/#nope">bad fragment</a> <a href="/sub/path/missing/">missing</a>
<a href="/en/">outside the base</a> <a href="/sub/path/en">redirect</a> <img src="en/x.png" alt="">`)
	write("en/index.html", `<!DOCTYPE html><title>en</title><p id="b" class="x"><span id="b">duplicate</span>`)
	root := serve(t, dir, "/sub/path/")
	var got []string
	walkSite(t, dir, root, false, func(format string, args ...any) { got = append(got, fmt.Sprintf(format, args...)) })
	want := []string{`no id "nope"`, `missing/": 404`, "leaves the base URL", "redirects to", `x.png": 404`, `duplicate id "b"`}
	if len(got) != len(want) {
		t.Errorf("%d problems reported, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for _, w := range want {
		found := false
		for _, g := range got {
			found = found || strings.Contains(g, w)
		}
		if !found {
			t.Errorf("no problem reported containing %q in:\n%s", w, strings.Join(got, "\n"))
		}
	}
}
