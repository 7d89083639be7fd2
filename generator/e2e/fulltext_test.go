package e2e

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/chromedp/chromedp"
	"github.com/yuin/goldmark"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/fulltext"
	gsite "github.com/newsdesk/ruscompare/generator/site"
)

// excerptArticles are the committed articles whose pages show an excerpt.
func excerptArticles(t *testing.T) []*content.Article {
	t.Helper()
	var out []*content.Article
	for _, a := range seedArticles(t) {
		if !a.Draft && !gsite.Republished(a) {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		t.Fatal("no excerpt-mode article in content/: the test would check nothing")
	}
	return out
}

// bodySentences are the sentences of a markdown body as a reader sees
// them (goldmark's text of each block, link targets and markup gone).
func bodySentences(t *testing.T, md string) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := goldmark.Convert([]byte(md), &buf); err != nil {
		t.Fatal(err)
	}
	doc, err := goquery.NewDocumentFromReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	doc.Find("p, li, h1, h2, h3, h4, h5, h6, td, th").Each(func(_ int, s *goquery.Selection) {
		if s.Find("p").Length() > 0 { // a loose list item: its paragraphs come on their own
			return
		}
		text := strings.Join(strings.Fields(s.Text()), " ")
		for _, sp := range gsite.SentenceSpans(text) {
			out = append(out, text[sp.Start:sp.End])
		}
	})
	return out
}

// readableText is what a reader, or a program, can read out of one file
// of a built site, folded (gsite.FoldText): an HTML or XML page's text
// and attribute values; a gzip'd file (Pagefind's fragments, filters,
// indexes) decompressed first; a JSON document's strings, unescaped;
// anything else as its bytes.
func readableText(t *testing.T, rel string, data []byte) string {
	t.Helper()
	if len(data) > 2 && data[0] == 0x1f && data[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		// Pagefind marks its decompressed files with this signature.
		data = bytes.TrimPrefix(data, []byte("pagefind_dcd"))
	}
	var parts []string
	var v any
	switch {
	case strings.HasSuffix(rel, ".html") || strings.HasSuffix(rel, ".xml") || strings.HasSuffix(rel, ".svg"):
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		parts = append(parts, doc.Text())
		doc.Find("*").Each(func(_ int, s *goquery.Selection) {
			for _, a := range s.Nodes[0].Attr {
				parts = append(parts, a.Val)
			}
		})
		parts = append(parts, string(data)) // XML's CDATA and escaped HTML
	case json.Unmarshal(data, &v) == nil:
		var walk func(any)
		walk = func(v any) {
			switch v := v.(type) {
			case string:
				parts = append(parts, v)
			case []any:
				for _, e := range v {
					walk(e)
				}
			case map[string]any:
				keys := make([]string, 0, len(v))
				for k := range v {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					parts = append(parts, k)
					walk(v[k])
				}
			}
		}
		walk(v)
	default:
		parts = append(parts, strings.ToValidUTF8(string(data), " "))
	}
	return gsite.FoldText(strings.Join(parts, "\n"))
}

// runWords is how many words in a row of a hidden sentence, in its order,
// count as publishing it: more than a title or a name runs to by chance.
const runWords = 8

// wordsOf cuts folded text into its words of letters and digits.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// wordRuns are the runs of n words in a row of a sentence (the sentence
// itself when shorter), folded, space-separated and padded with a space.
func wordRuns(sentence string, n int) []string {
	w := wordsOf(gsite.FoldText(sentence))
	if len(w) <= n {
		return []string{" " + strings.Join(w, " ") + " "}
	}
	var out []string
	for i := 0; i+n <= len(w); i++ {
		out = append(out, " "+strings.Join(w[i:i+n], " ")+" ")
	}
	return out
}

// citedTexts are the texts an article's front-matter cites, folded: its
// evidence sentences and quotes, which the site shows on purpose (quotes,
// speaker and company pages, data/*.json) even where the article page's
// excerpt leaves them out.
func citedTexts(a *content.Article) []string {
	var out []string
	for _, p := range a.Providers {
		for _, e := range p.Evidence {
			out = append(out, gsite.FoldText(e.Text))
		}
	}
	for _, q := range a.Quotes {
		out = append(out, gsite.FoldText(q.Text))
	}
	return out
}

// TestFullTextIsNotPublished: a sentence of an excerpt-mode article's
// body that its page does not show appears in no file of the built site
// (pages, data, feeds, and the search index with its fragments
// decompressed), unless the article cites it (evidence, quote), and even
// then the search index holds it only where a page shows it. The index
// does hold the page's own sentences (so the test can see a sentence
// there) and every word of the body (so search finds it).
func TestFullTextIsNotPublished(t *testing.T) {
	slow(t)
	needPagefind(t)
	dir := site(t, "/", true)
	files := readTree(t, dir)
	texts := make(map[string]string, len(files))
	words := make(map[string]string, len(files))
	var names, index []string
	for rel, data := range files {
		texts[rel] = readableText(t, rel, data)
		words[rel] = " " + strings.Join(wordsOf(texts[rel]), " ") + " "
		names = append(names, rel)
		if strings.HasPrefix(rel, "pagefind/") && !strings.HasSuffix(rel, ".js") && !strings.HasSuffix(rel, ".css") {
			index = append(index, rel)
		}
	}
	sort.Strings(names)
	sort.Strings(index)
	isIndex := func(rel string) bool { return strings.HasPrefix(rel, "pagefind/") }
	for _, a := range excerptArticles(t) {
		page := texts[articleFile(a)]
		if page == "" {
			t.Fatalf("%s: no page %s", a.Path, articleFile(a))
		}
		pageWords := words[articleFile(a)]
		cited := citedTexts(a)
		citedWords := " " + strings.Join(wordsOf(strings.Join(cited, " | ")), " ") + " "
		isCited := func(f string) bool {
			// A body sentence that opens or closes a quotation carries
			// its quotation mark; the quote's text, which a page cites
			// (in a <q> whose lang attribute's quote mark the raw HTML
			// puts right before it), does not.
			f = strings.Trim(f, "\"'“”‘’„ ")
			for _, c := range cited {
				if c != "" && (strings.Contains(f, c) || strings.Contains(c, f)) {
					return true
				}
			}
			return false
		}
		uncited, citedElsewhere, shownInIndex := 0, 0, 0
		for _, s := range bodySentences(t, a.Body) {
			if len(strings.Fields(s)) < 5 {
				continue // too short to be anyone's writing, and may recur by chance
			}
			f := gsite.FoldText(s)
			if strings.Contains(page, f) {
				for _, rel := range index {
					if strings.Contains(texts[rel], f) {
						shownInIndex++
						break
					}
				}
				continue
			}
			var in []string
			onPage := false
			for _, rel := range names {
				if strings.Contains(texts[rel], f) {
					in = append(in, rel)
					onPage = onPage || strings.HasSuffix(rel, ".html") && !isIndex(rel)
				}
			}
			if !isCited(f) {
				uncited++
				for _, rel := range in {
					t.Errorf("%s: a sentence its page does not show, and that it does not cite, is in %s: %q", a.Path, rel, s)
				}
				// Its words in their order, punctuation and case gone, as
				// an index could hold them: no run of them that its page
				// does not show is in any file either.
				for _, run := range wordRuns(s, runWords) {
					if strings.Contains(pageWords, run) || strings.Contains(citedWords, run) {
						continue // shown on its page, or part of a quote that runs over sentences
					}
					for _, rel := range names {
						if strings.Contains(words[rel], run) {
							t.Errorf("%s: %d words of a sentence its page does not show are in %s, in their order: %q", a.Path, runWords, rel, run)
						}
					}
				}
				continue
			}
			if len(in) > 0 {
				citedElsewhere++
			}
			for _, rel := range in {
				if isIndex(rel) && !onPage {
					t.Errorf("%s: the search index (%s) holds a sentence no page shows: %q", a.Path, rel, s)
				}
			}
		}
		t.Logf("%s: %d sentences neither on its page nor cited, in no file of the site; %d cited ones its excerpt leaves out, shown elsewhere; %d shown ones found in the index",
			a.Path, uncited, citedElsewhere, shownInIndex)
		if uncited == 0 {
			t.Errorf("%s: every sentence of the body is on its page or cited: nothing to check", a.Path)
		}
		if shownInIndex == 0 {
			t.Errorf("%s: no sentence the page shows is readable in the search index: the index is unread, the test checks nothing", a.Path)
		}
		// Each word of the body is in the page's fragment: search can
		// find it. The fragment is the one whose url is the page's.
		fragWords := map[string]bool{}
		for _, w := range wordsOf(fragmentOf(t, dir, index, "/"+strings.TrimSuffix(articleFile(a), "index.html"))) {
			fragWords[w] = true
		}
		for _, w := range fulltext.Words(a.Body) {
			for _, part := range wordsOf(gsite.FoldText(w)) { // "data-centre": data, centre
				if !fragWords[part] {
					t.Errorf("%s: the word %q of its body is not in its page's search fragment", a.Path, part)
				}
			}
		}
	}
}

// fragmentOf is the folded content of the Pagefind fragment of a url.
func fragmentOf(t *testing.T, dir string, index []string, url string) string {
	t.Helper()
	for _, rel := range index {
		if !strings.HasPrefix(rel, "pagefind/fragment/") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		raw, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		var f struct {
			URL     string `json:"url"`
			Content string `json:"content"`
		}
		if err := json.Unmarshal(bytes.TrimPrefix(raw, []byte("pagefind_dcd")), &f); err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		if f.URL == url {
			return gsite.FoldText(f.Content)
		}
	}
	t.Fatalf("no search fragment for %s", url)
	return ""
}

// bodyOnlyWord picks a word of an excerpt-mode article's body that no
// page of the site shows (so the pages alone could not find it): the
// longest such word of letters only, ties broken alphabetically.
func bodyOnlyWord(t *testing.T, dir string, a *content.Article) string {
	t.Helper()
	var pages strings.Builder
	for _, rel := range htmlFiles(t, dir) {
		pages.WriteString(readPage(t, dir, rel).Text())
		pages.WriteByte('\n')
	}
	all := strings.ToLower(pages.String())
	best := ""
	for _, w := range fulltext.Words(a.Body) {
		letters := utf8.RuneCountInString(w) >= 6 && strings.IndexFunc(w, func(r rune) bool { return !('a' <= r && r <= 'z') }) < 0
		if !letters || strings.Contains(all, w) {
			continue
		}
		if len(w) > len(best) || (len(w) == len(best) && w < best) {
			best = w
		}
	}
	if best == "" {
		t.Fatalf("%s: every word of its body is on some page: no word to search for", a.Path)
	}
	return best
}

// longestTitleWord is the longest word of letters in an article's title
// (ties broken alphabetically): a word its page shows.
func longestTitleWord(t *testing.T, a *content.Article) string {
	t.Helper()
	best := ""
	for _, w := range wordsOf(gsite.FoldText(a.Title)) {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(best) || (utf8.RuneCountInString(w) == utf8.RuneCountInString(best) && w < best) {
			best = w
		}
	}
	if best == "" {
		t.Fatalf("%s: no word in the title %q", a.Path, a.Title)
	}
	return best
}

// searchFor types query into the Pagefind box of a search page and
// returns the text of every excerpt of the result linking to want (the
// page's own and its sections'), or ok false with what results came.
func searchFor(t *testing.T, ctx context.Context, pageURL, query, want string) (excerpt string, results []string, ok bool) {
	t.Helper()
	do(t, ctx, pageURL, chromedp.Navigate(pageURL),
		chromedp.WaitVisible(chromedp.CSS(".pagefind-ui__search-input")),
		chromedp.SendKeys(chromedp.CSS(".pagefind-ui__search-input"), query))
	type result struct{ Href, Excerpt string }
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		// A result is drawn before its data loads: no link yet.
		got := eval[[]result](t, ctx, `[...document.querySelectorAll(".pagefind-ui__result")].map(r => ({
  href: (r.querySelector(".pagefind-ui__result-link") || {getAttribute: () => ""}).getAttribute("href") || "",
  excerpt: [...r.querySelectorAll(".pagefind-ui__result-excerpt")].map(e => e.textContent).join(" | ")}))`)
		results = results[:0]
		for _, r := range got {
			results = append(results, r.Href)
			if strings.SplitN(r.Href, "?", 2)[0] == want && r.Excerpt != "" {
				return r.Excerpt, results, true
			}
		}
	}
	return "", results, false
}

// TestSearchFindsFullTextWord types, on the search page of each language,
// a word that is only in the body of an excerpt-mode article (on no page
// of the site) and wants that article among the results, its excerpt
// made of the page's own description and the note that the word is in
// the full text; and a word of its title, with an excerpt cut from the
// page's text. No excerpt shows a word the page does not show (the
// indexed word list), and no result shows the index's metadata.
func TestSearchFindsFullTextWord(t *testing.T) {
	ctx := tab(t, 90*time.Second)
	needPagefind(t)
	dir := site(t, "/sub/path/", true)
	root := serve(t, dir, "/sub/path/")
	for _, a := range excerptArticles(t) {
		rel := articleFile(a)
		data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		pageWords := map[string]bool{}
		for _, w := range wordsOf(readableText(t, rel, data)) {
			pageWords[w] = true
		}
		want := "/sub/path/" + strings.TrimSuffix(rel, "index.html")
		searchPage := root + gsite.Index(a.Lang, gsite.KindSearch)
		note := ""
		for _, c := range []struct {
			query    string
			bodyOnly bool
		}{
			{bodyOnlyWord(t, dir, a), true},
			{longestTitleWord(t, a), false},
		} {
			excerpt, results, ok := searchFor(t, ctx, searchPage, c.query, want)
			if !ok {
				t.Errorf("%s: searching %q (only in its body: %v), results %q lack %s", a.Path, c.query, c.bodyOnly, results, want)
				continue
			}
			t.Logf("%s: %q finds it: %q", a.Path, c.query, excerpt)
			if note == "" {
				note = eval[string](t, ctx, `document.getElementById("search").dataset.fulltextNote`)
				if note == "" {
					t.Fatal("the search page carries no full-text note")
				}
			}
			if got := strings.Contains(excerpt, note); got != c.bodyOnly {
				t.Errorf("%s: searching %q, the excerpt %q says the word is only in the full text: %v, want %v", a.Path, c.query, excerpt, got, c.bodyOnly)
			}
			shown := strings.Replace(excerpt, note, " ", 1)
			for _, w := range wordsOf(gsite.FoldText(shown)) {
				if !pageWords[w] {
					t.Errorf("%s: searching %q, the excerpt shows %q, a word its page does not show: %q", a.Path, c.query, w, excerpt)
					break
				}
			}
			if n := eval[int](t, ctx, `document.querySelectorAll(".pagefind-ui__result-tag").length`); n != 0 {
				t.Errorf("%s: searching %q, results show %d metadata tags (the index's fulltext and description are for the search page only)", a.Path, c.query, n)
			}
		}
	}
}
