package check

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// fixtureLexicon is the registry the fixtures are checked against: the
// content package's test lexicon (cloudflare, akamai, aws; a few measures).
func fixtureLexicon(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	lx, err := lexicon.Load("../content/testdata/lexicon")
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

func fixtureArticles(t *testing.T) []*content.Article {
	t.Helper()
	as, err := content.LoadDir("testdata/content")
	if err != nil {
		t.Fatal(err)
	}
	return as
}

// want is one expected problem: its exact location, severity and rule,
// and a piece of its message.
type want struct {
	loc      string // path:line
	severity Severity
	rule     string
	message  string
}

func (w want) String() string {
	return fmt.Sprintf("%s: %s [%s] %q", w.loc, w.severity, w.rule, w.message)
}

// expect checks that got holds exactly the wanted problems.
func expect(t *testing.T, got []Problem, wants []want) {
	t.Helper()
	used := make([]bool, len(got))
	for _, w := range wants {
		found := false
		for i, p := range got {
			loc := fmt.Sprintf("%s:%d", p.Path, p.Line)
			if !used[i] && loc == w.loc && p.Severity == w.severity && p.Rule == w.rule && strings.Contains(p.Message, w.message) {
				used[i], found = true, true
				break
			}
		}
		if !found {
			t.Errorf("missing %s", w)
		}
	}
	for i, p := range got {
		if !used[i] {
			t.Errorf("unexpected %s [%s]", p, p.Rule)
		}
	}
}

// TestArticles checks that each problem of the fixture articles is
// reported at the exact line an editor must go to.
func TestArticles(t *testing.T) {
	const bad = "testdata/content/en/articles/bad.md"
	const twice = "testdata/content/en/articles/twice.md"
	const wrongFolder = "testdata/content/nl/articles/Twice.md"
	const bare = "testdata/content/nl/articles/kaal.md"
	got := Articles(fixtureArticles(t), fixtureLexicon(t), DefaultMinConfidence)
	expect(t, got, []want{
		{bad + ":2", Error, RuleMissing, "title is missing"},
		{bad + ":11", Error, RuleField, `unknown stance "leaving"`},
		{bad + ":13", Error, RuleField, `unknown measure "teleport-servers"`},
		{bad + ":15", Error, RuleVerbatim, "not in the body or the title verbatim"},
		{bad + ":17", Warning, RuleUnregister, "- {id: acme-networks, name: Acme Networks, kind: other"},
		{bad + ":21", Error, RuleProvider, `unknown provider id "nosuchco"`},
		{bad + ":23", Warning, RuleReview, `"akamai" was extracted with confidence 0.30`},
		{bad + ":29", Error, RuleVerbatim, `quote is not in the body verbatim: "We are not leaving."`},
		{twice + ":5", Error, RuleDuplicate, "also the source of " + bad},
		{bad + ":5", Error, RuleDuplicate, "also the source of " + twice},
		{twice + ":1", Error, RuleDuplicate, `slug "twice" clashes with ` + wrongFolder},
		{wrongFolder + ":1", Warning, RuleSlugInvalid, "rename it twice.md"},
		{wrongFolder + ":1", Error, RuleDuplicate, `slug "Twice" clashes with ` + twice},
		{wrongFolder + ":3", Error, RuleField, `lang "en" disagrees with the folder content/nl/`},
		{bare + ":1", Error, RuleMissing, "lang is missing"},
		{bare + ":1", Warning, RuleMissing, "date is missing"},
		{bare + ":1", Warning, RuleMissing, "source is missing"},
	})
	if !HasErrors(got) {
		t.Error("HasErrors is false")
	}
}

func TestMinConfidence(t *testing.T) {
	for _, tc := range []struct {
		min  float64
		want int
	}{{0.2, 0}, {0.3, 0}, {0.31, 1}, {1, 1}} {
		n := 0
		for _, p := range Articles(fixtureArticles(t), fixtureLexicon(t), tc.min) {
			if p.Rule == RuleReview {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("min %v: %d review problems, want %d", tc.min, n, tc.want)
		}
	}
}

func TestI18n(t *testing.T) {
	expect(t, I18n("testdata/i18n", []string{"en", "nl"}), []want{
		{"testdata/i18n/en.yaml:2", Error, RuleI18n, `UI string "only.english" is missing in testdata/i18n/nl.yaml`},
		{"testdata/i18n/en.yaml:3", Error, RuleI18n, `UI string "empty.value" is empty`},
	})
}

const fixturePage = `<!doctype html>
<html lang="en">
<head><link rel="stylesheet" href="/repo/assets/site.css">
<link rel="canonical" href="https://example.org/repo/en/">
</head>
<body>
<a href="/repo/en/about/">about</a>
<a href="/repo/en/about/#method">method</a>
<a href="/repo/en/about/#nope">nope</a>
<a href="../missing/">missing</a>
<a href="/en/about/">ignores the base</a>
<a href="https://elsewhere.example/">other site</a> <a href="mailto:x@example.org">mail</a>
<img src="/repo/pagefind/x.png" alt="">
<a href="#top" id="top">top</a>
</body></html>
`

func TestLinks(t *testing.T) {
	files := map[string][]byte{
		"en/index.html":       []byte(fixturePage),
		"en/about/index.html": []byte(`<h2 id="method">Method</h2>`),
		"assets/site.css":     []byte("body{}"),
	}
	for _, base := range []string{"/repo/", "https://example.org/repo/"} {
		t.Run(base, func(t *testing.T) {
			expect(t, Links(files, base, "public"), []want{
				{"public/en/index.html:9", Error, RuleLink, `broken anchor href="/repo/en/about/#nope": no id "nope"`},
				{"public/en/index.html:10", Error, RuleLink, `broken link href="../missing/": no file missing/index.html`},
				{"public/en/index.html:11", Error, RuleLink, `points outside the base URL`},
			})
		})
	}
}

func TestBodyLinks(t *testing.T) {
	files := map[string][]byte{"en/about/index.html": []byte(`<p id="method">`)}
	got := BodyLinks(fixtureArticles(t), files)
	const bad = "testdata/content/en/articles/bad.md"
	expect(t, got, []want{
		{bad + ":35", Error, RuleLink, `broken link "/en/providers/nosuch/"`},
		{bad + ":35", Error, RuleLink, `broken anchor "/en/about/#nope": no id "nope"`},
	})
}

func TestFromError(t *testing.T) {
	err := errors.Join(
		errors.New("content/data/measures.yaml:12: mapping values are not allowed in this context"),
		errors.New("templates: template: article.html:7: unexpected EOF"),
		errors.New("something without a place"),
	)
	expect(t, FromError(err, RuleDataFile), []want{
		{"content/data/measures.yaml:12", Error, RuleDataFile, "mapping values are not allowed"},
		{"templates:0", Error, RuleDataFile, "article.html:7: unexpected EOF"},
		{":0", Error, RuleDataFile, "something without a place"},
	})
}

func parsed(t *testing.T, files map[string]string) []*content.Article {
	t.Helper()
	var out []*content.Article
	for _, p := range sortedPaths(files) {
		a, err := content.Parse(p, []byte(files[p]))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

func sortedPaths(m map[string]string) []string {
	var ps []string
	for p := range m {
		ps = append(ps, p)
	}
	slices.Sort(ps)
	return ps
}

// TestDuplicatesUnlistedReview: the same page under two urls that differ
// by tracking parameters, www. or scheme, the same text under two names, a
// company in the headline that is no provider, and a stance guessed with
// low confidence.
func TestDuplicatesUnlistedReview(t *testing.T) {
	body := strings.Repeat("Akamai keeps its servers in the region running for now, the company said. ", 4)
	front := func(title, url, extra string) string {
		return "---\ntitle: " + title + "\nlang: en\ndate: 2022-03-09\nsource:\n  name: Wire\n  url: " + url + "\n" + extra + "---\n" + body
	}
	const (
		a = "content/en/articles/a.md"
		b = "content/en/articles/b.md"
		c = "content/en/articles/c.md"
	)
	got := Articles(parsed(t, map[string]string{
		a: front("Akamai stays", "https://www.example.org/news/akamai/?utm_source=feed&utm_medium=rss", "providers: []\nquotes: []\n"),
		b: front("Akamai stays put", "http://example.org/news/akamai", "providers:\n  - id: akamai\n    stance: stays\n    confidence: 0.9\n    stance_confidence: 0.4\n    extracted: "+
			content.ProviderFingerprint(content.Provider{ID: "akamai", Stance: "stays", Confidence: 0.9, StanceConfidence: 0.4})+"\nquotes: []\n"),
		c: front("Akamai stays, says Cloudflare", "https://example.org/other?id=2&fbclid=x", "providers: []\nquotes: []\nrejected:\n  providers: [akamai]\n"),
	}), fixtureLexicon(t), DefaultMinConfidence)
	expect(t, got, []want{
		// (line 1: the source key's line is read from the file, and these
		// articles are not on disk)
		{a + ":1", Error, RuleDuplicate, "also the source of " + b},
		{b + ":1", Error, RuleDuplicate, "also the source of " + a},
		{a + ":11", Error, RuleDuplicate, "the same text as that of " + b + ", " + c},
		{b + ":16", Error, RuleDuplicate, "the same text as that of " + a + ", " + c},
		{c + ":13", Error, RuleDuplicate, "the same text as that of " + a + ", " + b},
		{a + ":1", Warning, RuleUnlisted, `the headline names Akamai, but "akamai" is not among the providers`},
		{c + ":1", Warning, RuleUnlisted, `the headline names Cloudflare, but "cloudflare" is not among the providers`},
		{b + ":9", Warning, RuleReview, `awaiting review: provider "akamai" was extracted with confidence 0.90 (stance 0.40; under 0.60)`},
	})
}

func TestNormalURL(t *testing.T) {
	same := []string{
		"https://www.example.org/news/akamai/",
		"http://example.org/news/akamai",
		"https://example.org/news/akamai?utm_source=x&utm_campaign=y",
		"https://EXAMPLE.org/news/akamai#comments",
		"https://example.org:443/news/akamai?fbclid=abc&gclid=def",
	}
	for _, u := range same {
		if got, want := NormalURL(u), NormalURL(same[0]); got != want {
			t.Errorf("NormalURL(%q) = %q, want %q", u, got, want)
		}
	}
	for _, u := range []string{"https://example.org/news/akamai?id=2", "https://example.org/news/other", "https://example.com/news/akamai"} {
		if NormalURL(u) == NormalURL(same[0]) {
			t.Errorf("NormalURL(%q) is that of another page", u)
		}
	}
}

func TestUnknownProviderSuggests(t *testing.T) {
	const p = "content/en/articles/p.md"
	got := Articles(parsed(t, map[string]string{
		p: "---\ntitle: x\nlang: en\ndate: 2022-03-09\nsource: {name: W, url: https://example.org/p}\nproviders:\n  - id: akamia\n    stance: stays\nquotes: []\n---\nBody.\n",
	}), fixtureLexicon(t), DefaultMinConfidence)
	expect(t, got, []want{
		{p + ":7", Error, RuleProvider, `unknown provider id "akamia": not in ../content/testdata/lexicon/providers.yaml (fix the id, add the company to the registry, or mark the item unregistered: true); did you mean "akamai"? valid ids: cloudflare, akamai`},
	})
}
