package render

import (
	"bytes"
	"testing"

	"github.com/newsdesk/ruscompare/generator/site"
	"github.com/newsdesk/ruscompare/generator/site/sitetest"
)

// TestMemo: a second render with the first one's signatures keeps every
// signed page and makes the others; a new version of one article makes
// the listings that show it again; and what is made and kept together is
// the full render, byte for byte.
func TestMemo(t *testing.T) {
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	cfg := site.DefaultConfig()
	model := func(version func(*site.Article) string) *site.Site {
		s, err := site.Build(sitetest.Articles(), lx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range s.Articles {
			a.Version = version(a)
		}
		return s
	}
	r, err := New(templatesDir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	render := func(s *site.Site, memo *Memo) map[string][]byte {
		files := map[string][]byte{}
		err := r.RenderMemo(s, nil, memo, func(p string, data []byte) error {
			files[p] = bytes.Clone(data)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return files
	}
	same := func(a *site.Article) string { return "v1 " + a.Path }
	first := &Memo{}
	full := render(model(same), first)
	if len(first.Next) == 0 || len(first.Kept) != 0 {
		t.Fatalf("first render: %d signatures, %d kept; want some and none", len(first.Next), len(first.Kept))
	}

	again := &Memo{Prev: first.Next}
	made := render(model(same), again)
	if len(again.Kept) != len(first.Next) {
		t.Errorf("unchanged site: kept %d of %d signed pages", len(again.Kept), len(first.Next))
	}
	for _, p := range again.Kept {
		if _, ok := made[p]; ok {
			t.Errorf("%s was kept and made", p)
		}
		made[p] = full[p]
	}
	if len(made) != len(full) {
		t.Errorf("made and kept %d files, a full render %d", len(made), len(full))
	}

	edited := model(func(a *site.Article) string {
		if a == nil || a.Slug != sitetest.Articles()[0].Slug {
			return same(a)
		}
		return "v2 " + a.Path
	})
	third := &Memo{Prev: first.Next}
	render(edited, third)
	if len(third.Kept) >= len(again.Kept) {
		t.Errorf("one article's new version kept %d pages, as many as no change (%d)", len(third.Kept), len(again.Kept))
	}

	unversioned := &Memo{Prev: first.Next}
	s := model(func(*site.Article) string { return "" })
	render(s, unversioned)
	for _, a := range s.Articles {
		if sig, ok := unversioned.Next[site.File(a.Path)]; ok {
			t.Errorf("%s has no version but a signature %s", a.Path, sig)
		}
	}
}

// TestQuotesIndexSignatureCounts: the quotes index shows the latest quotes
// and, in words, how many quotes and speakers the whole site has. Deleting
// an older article changes those counts and nothing else the page lists,
// so the counts must be in its signature (an incremental build once kept
// a stale index after such a delete).
func TestQuotesIndexSignatureCounts(t *testing.T) {
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Build(sitetest.Articles(), lx, site.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Quotes) < 2 || len(s.Speakers) < 1 {
		t.Fatalf("the test site has %d quotes and %d speakers; want 2 and 1 or more", len(s.Quotes), len(s.Speakers))
	}
	for _, a := range s.Articles {
		a.Version = "v1 " + a.Path
	}
	shown := &Listing[*site.Quote]{Items: s.Quotes[:1], Pager: Pager{N: 1, Of: 1}}
	sign := func(quotes []*site.Quote, speakers []*site.Speaker) string {
		view := *s
		view.Quotes, view.Speakers = quotes, speakers
		p := &Page{Site: &view, Lang: "en", Template: "quotes", Path: "en/quotes/"}
		sig := signature(p, shown, digests{})
		if sig == "" {
			t.Fatal("the quotes index has no signature")
		}
		return sig
	}
	all := sign(s.Quotes, s.Speakers)
	if sign(s.Quotes[:len(s.Quotes)-1], s.Speakers) == all {
		t.Error("one quote fewer on the site keeps the quotes index's signature")
	}
	if sign(s.Quotes, s.Speakers[:len(s.Speakers)-1]) == all {
		t.Error("one speaker fewer on the site keeps the quotes index's signature")
	}
}
