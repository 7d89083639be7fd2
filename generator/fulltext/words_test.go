package fulltext

import (
	"bytes"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/newsdesk/ruscompare/generator/content"
)

func TestWords(t *testing.T) {
	for _, c := range []struct {
		name, md string
		want     []string
	}{
		{"sorted and distinct, case folded", "Zebra apple. Apple zebra!", []string{"apple", "zebra"}},
		{"link target dropped, its text kept", "See [the report](https://example.com/secret-path) now.", []string{"now", "report", "see", "the"}},
		{"emphasis inside a word joins it", "un*believ*able", []string{"unbelievable"}},
		{"heading and quote markers dropped", "# Title here\n\n> Quoted line", []string{"here", "line", "quoted", "title"}},
		{"blocks end words", "first\n\nsecond", []string{"first", "second"}},
		{"soft line break ends a word", "one\ntwo", []string{"one", "two"}},
		{"outer punctuation trimmed, inner kept", `"data-centre", (U.S.) 1,000 'quoted'`, []string{"1,000", "data-centre", "quoted", "u.s"}},
		{"raw HTML is not text", "before <span>inline</span> after\n\n<div>\nblock html\n</div>", []string{"after", "before", "inline"}},
		{"code keeps its words", "Use `make build` here.\n\n```\nnpm ci\n```", []string{"build", "ci", "here", "make", "npm", "use"}},
		{"autolink label", "<https://example.org>", []string{"https://example.org"}},
		{"punctuation alone is no word", "- … — !!", nil},
		{"Dutch accents kept", "Oekraïne en België", []string{"belgië", "en", "oekraïne"}},
		{"overlong token dropped", "ok " + strings.Repeat("x", maxWordBytes+1), []string{"ok"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := Words(c.md); !reflect.DeepEqual(got, c.want) {
				t.Errorf("Words(%q) = %q, want %q", c.md, got, c.want)
			}
		})
	}
}

func TestPages(t *testing.T) {
	mk := func(lang, slug string, draft bool, extra ...content.Field) *content.Article {
		return &content.Article{Path: "content/" + lang + "/articles/" + slug + ".md", Lang: lang, Slug: slug,
			Draft: draft, Body: "Body of " + slug + ".", Extra: extra}
	}
	arts := []*content.Article{
		mk("nl", "b-excerpt", false),
		mk("en", "a-excerpt", false),
		mk("en", "own-writing", false, content.Field{Key: "republish", Value: true}),
		mk("en", "licensed", false, content.Field{Key: "license", Value: "CC BY 4.0"}),
		mk("en", "not-republished", false, content.Field{Key: "republish", Value: false}),
		mk("en", "draft", true),
	}
	files := func(ps []Page) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.File)
		}
		return out
	}
	for _, c := range []struct {
		drafts bool
		want   []string
	}{
		{false, []string{"en/articles/a-excerpt/index.html", "en/articles/not-republished/index.html", "nl/artikelen/b-excerpt/index.html"}},
		{true, []string{"en/articles/a-excerpt/index.html", "en/articles/draft/index.html", "en/articles/not-republished/index.html", "nl/artikelen/b-excerpt/index.html"}},
	} {
		got := Pages(arts, c.drafts)
		if !reflect.DeepEqual(files(got), c.want) {
			t.Errorf("Pages(drafts %v) = %q, want %q", c.drafts, files(got), c.want)
		}
		if got[0].Source != "content/en/articles/a-excerpt.md" || !reflect.DeepEqual(got[0].Words, []string{"a-excerpt", "body", "of"}) {
			t.Errorf("first page = %+v", got[0])
		}
	}
}

func TestWriteIsStable(t *testing.T) {
	pages := []Page{{File: "en/articles/x/index.html", Source: "content/en/articles/x.md", Words: []string{"a&b", "<c>"}}}
	var a, b bytes.Buffer
	if err := Write(&a, pages); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, pages); err != nil {
		t.Fatal(err)
	}
	want := `{"pages":[{"file":"en/articles/x/index.html","source":"content/en/articles/x.md","words":["a&b","<c>"]}]}` + "\n"
	if a.String() != want || b.String() != want {
		t.Errorf("Write = %q then %q, want %q", a.String(), b.String(), want)
	}
	var empty bytes.Buffer
	if err := Write(&empty, nil); err != nil || empty.String() != `{"pages":[]}`+"\n" {
		t.Errorf("Write(nil) = %q, %v", empty.String(), err)
	}
}

// FuzzWords: whatever the markdown, the words are sorted, distinct,
// lower-case and free of white space, and none starts or ends in
// punctuation.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"Hello, world.", "# H\n\n> q [l](u) *e* `c`", "a\n\nb\nc", "<b>x</b>", "İstanbul ǅ ΣΑΣ", "\xff\xfe bad utf8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, md string) {
		words := Words(md)
		if !sort.StringsAreSorted(words) {
			t.Fatalf("not sorted: %q", words)
		}
		for i, w := range words {
			if i > 0 && words[i-1] == w {
				t.Fatalf("%q twice", w)
			}
			if w == "" || strings.IndexFunc(w, unicode.IsSpace) >= 0 || len(w) > maxWordBytes {
				t.Fatalf("bad word %q", w)
			}
			if w != strings.ToLower(w) {
				t.Fatalf("%q is not lower-case", w)
			}
			r := []rune(w)
			if notWordRune(r[0]) || notWordRune(r[len(r)-1]) {
				t.Fatalf("%q starts or ends in punctuation", w)
			}
		}
	})
}

// TestPagesDropCommonWords: a word in more than a tenth of a language's
// excerpt pages (and more than commonMin) is left out of every page's
// words; one at the limit, and every word of the other language, whose
// pages are few, stays.
func TestPagesDropCommonWords(t *testing.T) {
	const n = 2500 // English pages: the limit is a tenth, 250
	limit := int(commonShare * n)
	if limit <= commonMin {
		t.Fatalf("the test needs a limit above commonMin (%d), got %d", commonMin, limit)
	}
	var arts []*content.Article
	for i := range n {
		body := "everywhere"
		if i < limit {
			body += " edge"
		}
		if i <= limit {
			body += " over"
		}
		if i == 0 {
			body += " unique"
		}
		arts = append(arts, &content.Article{Path: "en.md", Lang: "en", Slug: "en-" + strconv.Itoa(i), Body: body})
	}
	for i := range 10 {
		arts = append(arts, &content.Article{Path: "nl.md", Lang: "nl", Slug: "nl-" + strconv.Itoa(i), Body: "everywhere"})
	}
	got := map[string][]string{}
	for _, p := range Pages(arts, false) {
		got[p.File] = p.Words
	}
	for _, c := range []struct {
		file string
		want []string
	}{
		{"en/articles/en-0/index.html", []string{"edge", "unique"}},
		{"en/articles/en-250/index.html", nil},
		{"en/articles/en-2499/index.html", nil},
		{"nl/artikelen/nl-0/index.html", []string{"everywhere"}},
	} {
		if w := got[c.file]; !reflect.DeepEqual(w, c.want) && !(len(w) == 0 && len(c.want) == 0) {
			t.Errorf("%s: words %q, want %q", c.file, w, c.want)
		}
	}
}
