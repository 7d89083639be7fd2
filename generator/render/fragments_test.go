package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	template "github.com/newsdesk/ruscompare/generator/internal/tmpl/html"
	"github.com/newsdesk/ruscompare/generator/site"
)

// TestFragment: a shared fragment has the bytes {{template name view}}
// writes (view: the entry's precomputed view, or (list $ item)), is kept from its second use per item and language and
// then reused, and a page of the other language gets its own.
func TestFragment(t *testing.T) {
	s, r := fixture(t, site.DefaultConfig())
	if len(s.Articles) == 0 || len(s.Quotes) == 0 || len(s.Languages) < 2 {
		t.Fatalf("test site: %d articles, %d quotes, languages %v", len(s.Articles), len(s.Quotes), s.Languages)
	}
	frags := &fragments{}
	tests := []struct {
		name string
		item any
	}{
		{"artitem", s.Articles[0]},
		{"artlink", s.Articles[1]},
		{"evtitle", firstEvidence(t, s)},
		{"quote", s.Quotes[0]},
	}
	for _, tt := range tests {
		for _, lang := range s.Languages {
			t.Run(tt.name+"/"+lang, func(t *testing.T) {
				p := r.newPage(s, lang, "articles", "", site.Index(lang, site.KindArticles))
				var want strings.Builder
				if err := r.pages["articles"].ExecuteTemplate(&want, tt.name, p.fragmentView(tt.name, tt.item)); err != nil {
					t.Fatal(err)
				}
				p.frags = frags
				first, err := p.Fragment(tt.name, tt.item)
				if err != nil {
					t.Fatal(err)
				}
				if string(first) != want.String() {
					t.Fatalf("fragment\n%s\nwant\n%s", first, want.String())
				}
				// Made once, a fragment is only marked seen: most are
				// never asked for again.
				if _, ok := frags.load(fragmentKey{name: tt.name, lang: lang, item: tt.item}); ok {
					t.Fatalf("fragment kept on its first use")
				}
				second, err := p.Fragment(tt.name, tt.item)
				if err != nil || second != first {
					t.Fatalf("second use: %q, %v; want the same bytes", second, err)
				}
				cached, ok := frags.load(fragmentKey{name: tt.name, lang: lang, item: tt.item})
				if !ok || cached != first {
					t.Fatalf("fragment not kept for reuse (kept: %v)", ok)
				}
				// A second page of the same language gets the kept bytes.
				other := r.newPage(s, lang, "source", "", "x/")
				other.frags = frags
				again, err := other.Fragment(tt.name, tt.item)
				if err != nil || again != first {
					t.Fatalf("second page: %q, %v; want the kept bytes", again, err)
				}
			})
		}
	}
	en, nl := s.Languages[0], s.Languages[1]
	a, _ := frags.load(fragmentKey{name: "artitem", lang: en, item: s.Articles[0]})
	b, _ := frags.load(fragmentKey{name: "artitem", lang: nl, item: s.Articles[0]})
	if a == b {
		t.Errorf("the %s and %s cards of an article are the same bytes; the language must show", en, nl)
	}
}

// firstEvidence is the first evidence sentence of the fixture site.
func firstEvidence(t *testing.T, s *site.Site) *site.Evidence {
	t.Helper()
	for _, a := range s.Articles {
		for _, r := range a.Reports {
			if len(r.Evidence) > 0 {
				return r.Evidence[0]
			}
		}
	}
	t.Fatal("the fixture site has no evidence")
	return nil
}

// TestFragmentArena: fragments packed into the arena keep their bytes
// while later ones fill it, across blocks, whatever their size (empty,
// small, larger than an eighth of a block); the buffer a fragment was
// made in may be reused at once; a kept fragment made again (by another
// worker at the same time) stays the first one kept.
func TestFragmentArena(t *testing.T) {
	frags := &fragments{}
	want := map[fragmentKey]string{}
	sizes := []int{0, 1, 17, 700, fragmentBlock/8 - 1, fragmentBlock / 8, fragmentBlock/8 + 1, 3000, fragmentBlock}
	buf := make([]byte, 0, fragmentBlock+1)
	for i := range 400 {
		n := sizes[i%len(sizes)]
		buf = buf[:0]
		for len(buf) < n {
			buf = fmt.Appendf(buf, "<li>%d</li>", i)
		}
		buf = buf[:n]
		key := fragmentKey{name: "artitem", lang: "en", item: i}
		got := frags.store(key, buf)
		if string(got) != string(buf) {
			t.Fatalf("fragment %d (%d bytes): stored %d bytes that differ", i, n, len(got))
		}
		want[key] = string(buf)
		// The worker's buffer is reused for the next page.
		for j := range buf {
			buf[j] = 'x'
		}
	}
	for key, w := range want {
		got, ok := frags.load(key)
		if !ok || string(got) != w {
			t.Fatalf("fragment %v: kept %d bytes (kept: %v), want %d bytes as stored", key.item, len(got), ok, len(w))
		}
	}
	key := fragmentKey{name: "artitem", lang: "en", item: 1}
	if got := frags.keep(key, 1, []byte("other")); string(got) != want[key] {
		t.Errorf("a fragment made again replaced the kept one: %q", got)
	}
	if !bytes.Equal([]byte(template.HTML(want[key])), []byte(frags.m[key])) {
		t.Errorf("kept fragment changed")
	}
}

// BenchmarkFragment: the quote cards and article links of a listing, as
// the pages of one render ask for them (each item several times), through
// the shared fragments: most calls are reuses, the first two of each item
// make it.
func BenchmarkFragment(b *testing.B) {
	s, r := fixture(b, site.DefaultConfig())
	lang := s.Languages[0]
	b.ReportAllocs()
	for b.Loop() {
		frags := &fragments{}
		for range 4 {
			p := r.newPage(s, lang, "source", "", "x/")
			p.frags = frags
			for _, q := range s.Quotes {
				if _, err := p.Fragment("quote", q); err != nil {
					b.Fatal(err)
				}
			}
			for _, a := range s.Articles {
				if _, err := p.Fragment("artlink", a); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}

// TestCachedChrome: every file of a render whose layout header and footer
// come from Page.Cached has the bytes of a render that executes them on
// every page, in both languages and on every kind of page (the key names
// all the parts show), and a page made alone (RenderArticle) has them too.
func TestCachedChrome(t *testing.T) {
	s, r := fixture(t, site.DefaultConfig())
	_, plain := fixture(t, site.DefaultConfig())
	plain.uncached = true
	got, want := renderFiles(t, r, s), renderFiles(t, plain, s)
	if len(got) != len(want) {
		t.Fatalf("%d files with the cache, %d without", len(got), len(want))
	}
	pages := 0
	for p, w := range want {
		if !bytes.Equal(got[p], w) {
			t.Errorf("%s differs with the cache:\n%s\nwant\n%s", p, got[p], w)
		}
		if strings.HasSuffix(p, ".html") && bytes.Contains(w, []byte(`<footer class="site-footer"`)) {
			pages++
		}
	}
	if pages < 20 {
		t.Fatalf("only %d pages with the layout's footer: the test compares too little", pages)
	}
	for _, a := range s.Articles {
		alone, err := r.RenderArticle(s, a)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(alone, want[site.File(a.Path)]) {
			t.Errorf("%s alone differs from its page in a render", a.Path)
		}
	}
}

// TestSectionDecidesActive: two pages of a language with the same
// Section have the same navigation entries active, which is what lets
// the header be cached by it.
func TestSectionDecidesActive(t *testing.T) {
	s, r := fixture(t, site.DefaultConfig())
	kinds := []string{"compare", "providers", "measures", "quotes", "articles", "about", "speakers", "sources", "stances", "search"}
	tests := []struct{ lang, path, section string }{
		{"en", "", ""},
		{"en", "404.html", "404.html"},
		{"en", "en/", "en/"},
		{"en", site.Index("en", site.KindProviders), site.Index("en", site.KindProviders)},
		{"nl", site.Item("nl", site.KindProviders, "aws"), site.Index("nl", site.KindProviders)},
		{"en", site.CompareStance("en", "x"), site.Index("en", site.KindCompare)},
		{"nl", site.Paged(site.Index("nl", site.KindArticles), "nl", 2), site.Index("nl", site.KindArticles)},
		{"en", site.Item("nl", site.KindProviders, "aws"), site.Index("nl", site.KindProviders)},
	}
	for _, tt := range tests {
		p := r.newPage(s, tt.lang, "article", "", tt.path)
		if got := p.Section(); got != tt.section {
			t.Errorf("Section of %q = %q, want %q", tt.path, got, tt.section)
		}
		for _, k := range kinds {
			active := strings.HasPrefix(tt.path, site.Index(tt.lang, site.Kind(k)))
			bySection := p.Section() == site.Index(tt.lang, site.Kind(k))
			if p.Active(k) != active || active != bySection {
				t.Errorf("%s %q: Active(%s) = %v, by section %v", tt.lang, tt.path, k, p.Active(k), bySection)
			}
		}
	}
}
