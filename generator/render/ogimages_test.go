package render

import (
	"bytes"
	"image/png"
	"strconv"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsdesk/ruscompare/generator/site"
	"github.com/newsdesk/ruscompare/generator/site/sitetest"
)

// With article_cards, every article has a card of its own, a PNG of the
// size the page states, which the page names in og:image with an alt text
// in the article's language; X reads og:image, so twitter:image is left out.
func TestArticleCards(t *testing.T) {
	cfg := site.DefaultConfig()
	cfg.ArticleCards = true
	s, files, _ := buildWith(t, cfg)
	tests := map[string]string{"en": "Cloudflare: Stays", "nl": "Cloudflare: Beperkt"}
	for _, a := range s.Articles {
		card := a.Path + "card.png"
		data, ok := files[card]
		if !ok {
			t.Errorf("%s: no card %s", a.Path, card)
			continue
		}
		cfg, err := png.DecodeConfig(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", card, err)
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(files[site.File(a.Path)]))
		if err != nil {
			t.Fatal(err)
		}
		meta := func(sel string) string {
			v, _ := doc.Find(sel).Attr("content")
			return v
		}
		if w, h := meta(`meta[property="og:image:width"]`), meta(`meta[property="og:image:height"]`); w != strconv.Itoa(cfg.Width) || h != strconv.Itoa(cfg.Height) {
			t.Errorf("%s: the card is %d×%d, the page says %s×%s", card, cfg.Width, cfg.Height, w, h)
		}
		if got := meta(`meta[property="og:image"]`); got != "/"+card {
			t.Errorf("%s: og:image is %q, want /%s", a.Path, got, card)
		}
		if alt := meta(`meta[property="og:image:alt"]`); !strings.Contains(alt, a.Title) || !strings.Contains(alt, tests[a.Lang]) {
			t.Errorf("%s: og:image:alt %q lacks the title or %q", a.Path, alt, tests[a.Lang])
		}
		if doc.Find(`meta[name^="twitter:image"]`).Length() != 0 {
			t.Errorf("%s: twitter:image repeats og:image", a.Path)
		}
	}
}

// Without article_cards (the default), no article has a card file: its
// page names the card of the first company it reports, at the site's
// full address, with an alt text naming that company.
func TestArticlePagesShowCompanyCard(t *testing.T) {
	s, files, _ := build(t, "https://example.org/repo/")
	for _, a := range s.Articles {
		if _, ok := files[a.Path+"card.png"]; ok {
			t.Errorf("%s: a card of its own without article_cards", a.Path)
		}
		doc, err := goquery.NewDocumentFromReader(bytes.NewReader(files[site.File(a.Path)]))
		if err != nil {
			t.Fatal(err)
		}
		img, _ := doc.Find(`meta[property="og:image"]`).Attr("content")
		alt, _ := doc.Find(`meta[property="og:image:alt"]`).Attr("content")
		pr := a.Reports[0].Provider
		want := "https://example.org/repo/" + providerCard(a.Lang, pr.ID)
		if img != want {
			t.Errorf("%s: og:image %q, want %q", a.Path, img, want)
		}
		if _, ok := files[providerCard(a.Lang, pr.ID)]; !ok {
			t.Errorf("%s: og:image %q is not in the output", a.Path, img)
		}
		if !strings.Contains(alt, pr.Name) {
			t.Errorf("%s: og:image:alt %q does not name %s", a.Path, alt, pr.Name)
		}
	}
}

// An incremental render draws again only the cards whose text changed:
// a new version of an article's file with the same title, outlet, date
// and stances keeps its card (its page is made again), a new title draws
// it again, and the other articles' cards are kept.
func TestCardMemo(t *testing.T) {
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	cfg := site.DefaultConfig()
	cfg.ArticleCards = true
	r, err := New(templatesDir, cfg)
	if err != nil {
		t.Fatal(err)
	}
	edited := sitetest.Articles()[0].Slug
	render := func(memo *Memo, edit func(a *site.Article)) (made map[string]bool, card string) {
		s, err := site.Build(sitetest.Articles(), lx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range s.Articles {
			a.Version = "v1"
			if a.Slug == edited {
				edit(a)
				card = a.Path + "card.png"
			}
		}
		made = map[string]bool{}
		err = r.RenderMemo(s, nil, memo, func(p string, _ []byte) error {
			made[p] = true
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return made, card
	}
	first := &Memo{}
	render(first, func(*site.Article) {})
	cards := 0
	for p := range first.Next {
		if strings.HasSuffix(p, "/card.png") {
			cards++
		}
	}
	if cards < 3 { // the site's, a company's, an article's
		t.Fatalf("only %d cards signed", cards)
	}
	tests := []struct {
		name     string
		edit     func(a *site.Article)
		redrawn  bool
		pageMade bool
	}{
		{"body edited", func(a *site.Article) { a.Version = "v2" }, false, true},
		{"title edited", func(a *site.Article) { a.Version, a.Title = "v2", "A new title" }, true, true},
		{"stance edited", func(a *site.Article) { a.Version, a.Reports[0].Stance = "v2", "suspends" }, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			memo := &Memo{Prev: first.Next}
			made, card := render(memo, tt.edit)
			if made[card] != tt.redrawn {
				t.Errorf("%s drawn again: %v, want %v", card, made[card], tt.redrawn)
			}
			if page := strings.TrimSuffix(card, "card.png") + "index.html"; made[page] != tt.pageMade {
				t.Errorf("%s made: %v, want %v", page, made[page], tt.pageMade)
			}
			// Other articles' cards; a company's may change with the stance.
			for p := range made {
				article := strings.Contains(p, "/"+site.Segment("en", site.KindArticles)+"/") ||
					strings.Contains(p, "/"+site.Segment("nl", site.KindArticles)+"/")
				if article && strings.HasSuffix(p, "/card.png") && p != card {
					t.Errorf("%s drawn again, though its text did not change", p)
				}
			}
		})
	}
}
