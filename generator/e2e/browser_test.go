package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// The Dutch article the search must find.
const nlArticle = "nl/artikelen/cloudflare-blijft-actief-in-rusland-maar-niet-voor-iedereen/"

// keyPages are the pages the issue names for the accessibility check, in
// both languages.
var keyPages = []struct{ name, en, nl string }{
	{"home", "en/", "nl/"},
	{"provider", "en/providers/cloudflare/", "nl/aanbieders/cloudflare/"},
	{"compare", "en/compare/", "nl/vergelijk/"},
	{"article", "en/articles/cloudflare-akamai-why-were-not-pulling-out-of-russia/", nlArticle},
	{"quotes", "en/quotes/", "nl/citaten/"},
	{"search", "en/search/?q=cloudflare", "nl/zoeken/?q=sleutels"},
}

func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, steps...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string, opts ...chromedp.EvaluateOption) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, opts...))
	if err != nil {
		t.Fatalf("evaluate %.80q: %v", js, err)
	}
	return v
}

// follow clicks a link and waits for the page it opens.
func follow(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	if _, err := chromedp.RunResponse(ctx, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible)); err != nil {
		t.Fatalf("follow %s: %v", sel, err)
	}
}

// colorScheme emulates prefers-color-scheme.
func colorScheme(t *testing.T, ctx context.Context, scheme string) {
	t.Helper()
	_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	})
	if err != nil {
		t.Fatal(err)
	}
}

type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

const axeRun = `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations.map(v => ({
  id: v.id, impact: v.impact || "", help: v.help,
  nodes: v.nodes.slice(0, 4).map(n => n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\s+/g, " "))
})))`

// TestAccessibility runs axe-core in headless Chromium on home, a
// provider, compare, an article, the quotes and the search page in both
// languages, in the light and the dark colour scheme, for a root and a
// sub-path build, and wants no violation of any impact (issue 12: "axe 0
// violations still hold, for root and sub-path builds").
func TestAccessibility(t *testing.T) {
	slow(t)
	need(t, "axe-core", "npm ci", fileExists(axeJS))
	axe, err := os.ReadFile(axeJS)
	if err != nil {
		t.Fatal(err)
	}
	for _, base := range []string{"/", "/sub/path/"} {
		t.Run(base, func(t *testing.T) {
			ctx := tab(t, 90*time.Second)
			root := serve(t, site(t, base, havePagefind()), base)
			do(t, ctx, "viewport", chromedp.EmulateViewport(1280, 900))
			checked, violations := 0, 0
			for _, scheme := range []string{"light", "dark"} {
				colorScheme(t, ctx, scheme)
				for _, p := range keyPages {
					for _, path := range []string{p.en, p.nl} {
						u := root + path
						do(t, ctx, u, chromedp.Navigate(u))
						if strings.Contains(path, "?q=") && havePagefind() {
							// check the search page with its results drawn
							do(t, ctx, "results", chromedp.WaitVisible(chromedp.CSS(".pagefind-ui__result")))
						}
						do(t, ctx, "inject axe", chromedp.Evaluate[chromedp.Void](string(axe)))
						vs := eval[[]axeViolation](t, ctx, axeRun, chromedp.EvalAwaitPromise)
						checked++
						for _, v := range vs {
							violations++
							t.Errorf("%s (%s): %s [%s] %s\n\t%s", path, scheme, v.ID, v.Impact, v.Help, strings.Join(v.Nodes, "\n\t"))
						}
					}
				}
			}
			t.Logf("axe-core: %d page runs, %d violations", checked, violations)
		})
	}
}

// TestLanguageSwitch follows the language switcher and lands on the same
// page in the other language, both ways.
func TestLanguageSwitch(t *testing.T) {
	ctx := tab(t, 30*time.Second)
	root := serve(t, site(t, "/sub/path/", havePagefind()), "/sub/path/")
	for _, c := range []struct{ from, lang, to string }{
		{"en/providers/cloudflare/", "nl", "nl/aanbieders/cloudflare/"},
		{"nl/aanbieders/cloudflare/", "en", "en/providers/cloudflare/"},
		{"en/compare/stance/stays/", "nl", "nl/vergelijk/houding/blijft/"},
		{"nl/citaten/", "en", "en/quotes/"},
		{"en/", "nl", "nl/"},
	} {
		do(t, ctx, c.from, chromedp.Navigate(root+c.from))
		follow(t, ctx, `.langs a[hreflang="`+c.lang+`"]`)
		loc := eval[string](t, ctx, `location.href`)
		lang := eval[string](t, ctx, `document.documentElement.lang`)
		if loc != root+c.to || lang != c.lang {
			t.Errorf("switch from %s to %s: landed on %s (lang %q), want %s", c.from, c.lang, loc, lang, root+c.to)
		}
	}
}

// TestEvidenceHighlight follows an evidence link from a provider page and
// sees the target sentence in the article, scrolled into view and
// highlighted.
func TestEvidenceHighlight(t *testing.T) {
	ctx := tab(t, 30*time.Second)
	root := serve(t, site(t, "/", havePagefind()), "/")
	for _, c := range []struct{ from, article string }{
		{"en/providers/cloudflare/", "/en/articles/"},
		{"nl/aanbieders/cloudflare/", "/nl/artikelen/"},
	} {
		from := c.from
		do(t, ctx, from, chromedp.Navigate(root+from))
		sel := `.timeline a[href*="` + c.article + `"][href*="#ev-"]`
		href := eval[string](t, ctx, `document.querySelector('`+sel+`').getAttribute("href")`)
		follow(t, ctx, sel)
		type targetState struct {
			Hash, ID, Class, Text        string
			BG, BodyBG, Outline, PlainBG string
			Top, Bottom, Height, ViewH   float64
		}
		st := eval[targetState](t, ctx, `(() => {
  const el = document.querySelector(":target");
  if (!el) return {Hash: location.hash};
  const r = el.getBoundingClientRect(), cs = getComputedStyle(el);
  const other = [...document.querySelectorAll(".article-body .ev")].find(e => e !== el);
  return {Hash: location.hash, ID: el.id, Class: el.className, Text: el.textContent.trim().slice(0, 80),
    BG: cs.backgroundColor, BodyBG: getComputedStyle(document.body).backgroundColor,
    Outline: cs.outlineStyle, PlainBG: other ? getComputedStyle(other).backgroundColor : "",
    Top: r.top, Bottom: r.bottom, Height: r.height, ViewH: innerHeight};
})()`)
		t.Logf("%s: followed %s to #%s %q (background %s, outline %s)", from, href, st.ID, st.Text, st.BG, st.Outline)
		switch {
		case st.ID == "" || "#"+st.ID != st.Hash:
			t.Errorf("%s: after %s no element is :target (hash %q)", from, href, st.Hash)
		case !strings.HasSuffix(href, st.Hash):
			t.Errorf("%s: landed on %s, link was %s", from, st.Hash, href)
		case st.Height <= 0 || st.Bottom < 0 || st.Top > st.ViewH:
			t.Errorf("%s: the target sentence is not in view (top %.0f, bottom %.0f, viewport %.0f)", from, st.Top, st.Bottom, st.ViewH)
		case st.BG == st.BodyBG || st.BG == "rgba(0, 0, 0, 0)" || (st.PlainBG != "" && st.BG == st.PlainBG):
			t.Errorf("%s: the target sentence is not highlighted: background %s, page %s, other evidence %s", from, st.BG, st.BodyBG, st.PlainBG)
		case st.Outline == "none":
			t.Errorf("%s: the target sentence has no outline", from)
		case !strings.Contains(" "+st.Class+" ", " ev "):
			t.Errorf("%s: the target is not an evidence sentence (class %q)", from, st.Class)
		}
	}
}

// TestCompareFilter follows the no-JS stance filter of the compare grid,
// with scripts disabled, and checks the rows.
func TestCompareFilter(t *testing.T) {
	ctx := tab(t, 30*time.Second)
	root := serve(t, site(t, "/", havePagefind()), "/")
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	type grid struct {
		Loc     string
		Stances []string
		Current string
	}
	const read = `({Loc: location.href,
  Stances: [...document.querySelectorAll("#compare-grid tbody tr")].map(r => r.dataset.stance),
  Current: (document.querySelector('.filters a[aria-current="page"]') || {}).textContent || ""})`
	// The stances to filter by are those the full grid shows (the content
	// decides them): every one, in both languages.
	for _, c := range []string{"en/compare/", "nl/vergelijk/"} {
		do(t, ctx, c, chromedp.Navigate(root+c))
		all := eval[grid](t, ctx, read)
		seen := map[string]int{}
		var stances []string
		for _, s := range all.Stances {
			if seen[s] == 0 {
				stances = append(stances, s)
			}
			seen[s]++
		}
		if len(stances) == 0 {
			t.Fatalf("%s: the grid has no rows", c)
		}
		for _, stance := range stances {
			// The filter link of the stance (its address is the stance's
			// slug in the page's language) must lead under this compare page.
			do(t, ctx, c, chromedp.Navigate(root+c))
			link := `.filters a[data-stance="` + stance + `"]`
			href := eval[string](t, ctx, `document.querySelector('`+link+`').getAttribute("href")`)
			follow(t, ctx, link)
			got := eval[grid](t, ctx, read)
			if to := strings.TrimSuffix(root, "/") + href; got.Loc != to || !strings.HasPrefix(href, "/"+c) {
				t.Errorf("filter %s from %s: landed on %s, want %s under /%s", stance, c, got.Loc, to, c)
			}
			if len(got.Stances) != seen[stance] {
				t.Errorf("filter %s: %d rows, the full grid has %d with that stance", stance, len(got.Stances), seen[stance])
			}
			for _, s := range got.Stances {
				if s != stance {
					t.Errorf("filter %s: a row has stance %q", stance, s)
				}
			}
			if got.Current == "" {
				t.Errorf("filter %s: the active filter is not marked aria-current", stance)
			}
		}
		t.Logf("%s: filtered by %d stances %v", c, len(stances), seen)
	}
}

// TestSearch searches the Pagefind index in the browser, on the site under
// a sub-path: `sleutels` (through ?q= from the header form) and
// `datacenters` (typed into the Pagefind box) both find the Dutch article, with result
// links under the base URL; the provider, stance and measure filters exist
// and filter.
func TestSearch(t *testing.T) {
	ctx := tab(t, 45*time.Second)
	needPagefind(t)
	root := serve(t, site(t, "/sub/path/", true), "/sub/path/")
	want := "/sub/path/" + nlArticle
	results := `[...document.querySelectorAll(".pagefind-ui__result-link")].map(a => a.getAttribute("href"))`
	// Pagefind shows results one by one as their fragments load: wait
	// until the wanted page is among them (or give up and report what
	// came), not only for the first result.
	var has func(links []string, u string) bool
	waitResults := func(what, u string) []string {
		t.Helper()
		deadline := time.Now().Add(15 * time.Second)
		var links []string
		for {
			var err error
			if links, err = chromedp.Run(ctx, chromedp.Evaluate[[]string](results)); err != nil {
				t.Fatalf("%s: reading search results: %v", what, err)
			}
			if has(links, u) || time.Now().After(deadline) {
				if len(links) == 0 {
					t.Fatalf("%s: no search results", what)
				}
				return links
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	has = func(links []string, u string) bool {
		for _, l := range links {
			if strings.TrimSuffix(strings.SplitN(l, "#", 2)[0], "?") == u || strings.HasPrefix(l, u+"#") || strings.HasPrefix(l, u+"?") || l == u {
				return true
			}
		}
		return false
	}

	// 1. From the header search form: ?q=sleutels on the Dutch search page.
	do(t, ctx, "nl home", chromedp.Navigate(root+"nl/"))
	if _, err := chromedp.RunResponse(ctx,
		chromedp.SendKeys(chromedp.CSS("#site-q"), "sleutels"),
		chromedp.Submit(chromedp.CSS("#site-q"))); err != nil {
		t.Fatal(err)
	}
	links := waitResults("sleutels", want)
	if !has(links, want) {
		t.Errorf("sleutels: results %q lack %s", links, want)
	}

	// 2. Typed into the Pagefind box: a word the article's page shows
	// (TestSearchFindsFullTextWord searches words only in its body).
	for _, q := range []string{"datacenters"} {
		do(t, ctx, "nl search", chromedp.Navigate(root+"nl/zoeken/"),
			chromedp.WaitVisible(chromedp.CSS(".pagefind-ui__search-input")),
			chromedp.SendKeys(chromedp.CSS(".pagefind-ui__search-input"), q))
		links := waitResults(q, want)
		if !has(links, want) {
			t.Errorf("%s: results %q lack %s", q, links, want)
		}
		for _, l := range links {
			if !strings.HasPrefix(l, "/sub/path/") {
				t.Errorf("%s: result link %s is not under the base URL", q, l)
			}
		}
	}

	// 3. Filters and stemming through the Pagefind API, in both languages.
	for _, c := range []struct {
		lang                      string
		provider, stance, measure string // the filter names in the language
	}{
		{"en/search/", "provider", "stance", "measure"},
		{"nl/zoeken/", "bedrijf", "houding", "maatregel"},
	} {
		lang := c.lang
		do(t, ctx, lang, chromedp.Navigate(root+lang))
		names, _ := json.Marshal([]string{c.provider, c.stance, c.measure})
		raw := eval[json.RawMessage](t, ctx, `(async () => {
  const [fp, fs, fm] = `+string(names)+`;
  const pf = await import("/sub/path/pagefind/pagefind.js");
  await pf.options({}); await pf.init();
  const filters = await pf.filters();
  const urls = async (q, opts) => Promise.all((await pf.search(q, opts)).results.map(r => r.data().then(d => d.url)));
  const provider = Object.keys(filters[fp] || {})[0] || "";
  const stance = Object.keys(filters[fs] || {})[0] || "";
  const measure = Object.keys(filters[fm] || {})[0] || "";
  return {filters: Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, Object.keys(v).length])),
    provider, stance, measure,
    byProvider: await urls(null, {filters: {[fp]: provider}}),
    byStance: await urls(null, {filters: {[fs]: stance}}),
    byMeasure: await urls(null, {filters: {[fm]: measure}}),
    all: await urls(null, {}),
    cloudflare: await urls("cloudflare", {}),
    stemmed: await urls(document.documentElement.lang === "nl" ? "sleutel" : "withdrawing", {})};
})()`, chromedp.EvalAwaitPromise)
		var r struct {
			Filters                         map[string]int
			Provider, Stance, Measure       string
			ByProvider, ByStance, ByMeasure []string
			All, Cloudflare, Stemmed        []string
		}
		if err := json.Unmarshal(raw, &r); err != nil {
			t.Fatalf("%s: %v: %s", lang, err, raw)
		}
		t.Logf("%s: filters %v; %d pages indexed; %q finds %d; %s=%d %s=%d %s=%d; stemmed %d",
			lang, r.Filters, len(r.All), "cloudflare", len(r.Cloudflare), r.Provider, len(r.ByProvider), r.Stance, len(r.ByStance), r.Measure, len(r.ByMeasure), len(r.Stemmed))
		for _, f := range []string{c.provider, c.stance, c.measure} {
			if r.Filters[f] == 0 {
				t.Errorf("%s: no %s filter in the index (filters %v)", lang, f, r.Filters)
			}
		}
		if len(r.Filters) != 3 {
			t.Errorf("%s: filters %v, want exactly %s, %s and %s", lang, r.Filters, c.provider, c.stance, c.measure)
		}
		for name, got := range map[string][]string{"provider": r.ByProvider, "stance": r.ByStance, "measure": r.ByMeasure} {
			if len(got) == 0 || len(got) >= len(r.All) {
				t.Errorf("%s: the %s filter keeps %d of %d pages", lang, name, len(got), len(r.All))
			}
		}
		if len(r.Cloudflare) == 0 || len(r.Stemmed) == 0 {
			t.Errorf("%s: cloudflare finds %d, the stemmed word %d", lang, len(r.Cloudflare), len(r.Stemmed))
		}
		for _, u := range append(r.All, r.Cloudflare...) {
			if !strings.HasPrefix(u, "/sub/path/") {
				t.Errorf("%s: result %s is not under the base URL", lang, u)
				break
			}
		}
	}
}

// TestScreenshots saves full-page screenshots of home, a provider page and
// an article at 1280 and 390 pixels wide into testdata/screenshots/ (look
// at them), and fails when a page is wider than the window.
func TestScreenshots(t *testing.T) {
	ctx := tab(t, 60*time.Second)
	root := serve(t, site(t, "/", havePagefind()), "/")
	if err := os.MkdirAll(screenshots, 0o755); err != nil {
		t.Fatal(err)
	}
	var pages []struct{ name, path string }
	for _, p := range keyPages[:4] { // home, company, compare, article
		pages = append(pages, struct{ name, path string }{p.name + "-en", p.en}, struct{ name, path string }{p.name + "-nl", p.nl})
	}
	for _, width := range []int64{1280, 390} {
		do(t, ctx, "viewport", chromedp.EmulateViewport(width, 900))
		for _, p := range pages {
			do(t, ctx, p.path, chromedp.Navigate(root+p.path))
			// Anything that sticks out of the window, outside the
			// scrolling boxes made for it (the compare table).
			over := eval[[]string](t, ctx, overflowJS)
			if len(over) > 0 {
				t.Errorf("%s at %dpx overflows: %s", p.path, width, strings.Join(over, "; "))
			}
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(screenshots, fmt.Sprintf("%s-%d.png", p.name, width))
			if err := os.WriteFile(file, png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// The search page with results, in the dark scheme, on a phone.
	if havePagefind() {
		colorScheme(t, ctx, "dark")
		do(t, ctx, "search", chromedp.Navigate(root+"nl/zoeken/?q=sleutels"),
			chromedp.WaitVisible(chromedp.CSS(".pagefind-ui__result")))
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(screenshots, "search-nl-dark-390.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	abs, _ := filepath.Abs(screenshots)
	t.Logf("screenshots in %s", abs)
}

// overflowJS lists what makes the page wider than the window: the page
// itself, and any element sticking out of the window outside the
// scrolling boxes made for it (a wide table's .table-scroll).
const overflowJS = `(() => {
  const w = document.documentElement.clientWidth, out = [];
  if (document.documentElement.scrollWidth > w) out.push("page " + document.documentElement.scrollWidth + "px > " + w + "px");
  for (const el of document.querySelectorAll("body *")) {
    if (el.closest(".table-scroll, .visually-hidden")) continue;
    const r = el.getBoundingClientRect();
    if (r.width && r.right > w + 1) out.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? "." + el.className : "") + " right " + Math.round(r.right));
  }
  return out.slice(0, 8);
})()`

// TestPhoneWidth loads every page of the built site in a 390-pixel-wide
// window (a phone) and wants none wider than the window: no page may
// scroll sideways; wide tables scroll inside their own box.
func TestPhoneWidth(t *testing.T) {
	ctx := tab(t, 5*time.Minute)
	dir := site(t, "/", false)
	root := serve(t, dir, "/")
	do(t, ctx, "viewport", chromedp.EmulateViewport(390, 844))
	n := 0
	for _, rel := range htmlFiles(t, dir) {
		u := pageURL(root, rel)
		do(t, ctx, u, chromedp.Navigate(u))
		n++
		if over := eval[[]string](t, ctx, overflowJS); len(over) > 0 {
			t.Errorf("%s at 390px overflows: %s", rel, strings.Join(over, "; "))
		}
	}
	if n == 0 {
		t.Fatal("no pages")
	}
	t.Logf("%d pages loaded at 390px", n)
}
