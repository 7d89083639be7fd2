package render

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/newsdesk/ruscompare/generator/ogimage"
	"github.com/newsdesk/ruscompare/generator/site"
)

// Social preview images and the favicon, drawn at build time.
//
// A card costs about 4 ms to draw and encode (BenchmarkCard); one per
// article would add some 40 s of CPU to a 10,000-article build that takes
// about 24 s, so articles and the other pages share one card per
// language, and each company with a reported response gets its own (a
// few hundred at most, the registry's size).

// stanceAccent is the band colour of a company's card: the stance
// badge's text colour of the light theme (templates/static/site.css), so
// the card and the page agree.
var stanceAccent = map[string]color.RGBA{
	"withdraws": {0x14, 0x53, 0x2d, 0xff},
	"suspends":  {0x0c, 0x4a, 0x5e, 0xff},
	"restricts": {0x71, 0x3f, 0x12, 0xff},
	"stays":     {0x7f, 0x1d, 0x1d, 0xff},
}

// faviconBars are the stance badges' background colours, light on the
// icon's dark tile.
var faviconBars = []color.RGBA{
	{0xdc, 0xef, 0xdc, 0xff}, {0xd9, 0xec, 0xf2, 0xff}, {0xfc, 0xeb, 0xc9, 0xff}, {0xf9, 0xdc, 0xdc, 0xff},
}

// siteCard is the path of a language's shared card.
func siteCard(lang string) string { return site.Home(lang) + "card.png" }

// providerCard is the path of a company's card in a language: in its
// page's folder, so an incremental build draws it again only when it
// renders that page again.
func providerCard(lang, id string) string {
	return site.Item(lang, site.KindProviders, id) + "card.png"
}

// hasCard reports whether a provider gets a card of its own.
func hasCard(p *site.Provider) bool { return len(p.Reports) > 0 }

// images queues the favicon and the cards.
func (w *writer) images() error {
	s := w.s
	w.file("favicon.ico", func() ([]byte, error) {
		return ogimage.Favicon(faviconBars)
	})
	for _, l := range s.Languages {
		w.file(siteCard(l), func() ([]byte, error) {
			return w.card(siteCard(l), ogimage.Card{Title: s.Title(l), Subtitle: w.r.cat.T(l, "home.intro"), Footer: w.footer(l)})
		})
		for _, p := range s.Providers {
			if !hasCard(p) {
				continue
			}
			w.file(providerCard(l, p.ID), func() ([]byte, error) {
				sub := w.r.cat.T(l, "og.provider", stanceLabel(s, p.Stance, l), w.r.cat.N(l, "count.articles", len(p.Reports)))
				return w.card(providerCard(l, p.ID), ogimage.Card{Kicker: w.r.cat.T(l, "provider.kicker"), Title: p.Name,
					Subtitle: sub, Footer: w.footer(l), Accent: stanceAccent[p.Stance]})
			})
		}
	}
	return nil
}

func (w *writer) card(path string, c ogimage.Card) ([]byte, error) {
	data, err := c.PNG()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}

// footer is the line at the bottom of a card: the site's title, and its
// publisher when site.yaml names one.
func (w *writer) footer(lang string) string {
	if pub := w.s.Config.Publisher; pub != "" {
		return w.s.Title(lang) + " · " + pub
	}
	return w.s.Title(lang)
}

func stanceLabel(s *site.Site, id, lang string) string {
	if st := s.Stance(id); st != nil {
		return st.Label(lang)
	}
	return id
}

// OGImage is the link to the page's preview card: the company's own on
// its pages, the language's shared card elsewhere.
func (p *Page) OGImage() string {
	if pt, ok := p.Data.(*Part); ok {
		if pr, ok := pt.Of.(*site.Provider); ok && hasCard(pr) {
			return p.URL(providerCard(p.Lang, pr.ID))
		}
	}
	return p.URL(siteCard(p.Lang))
}

// OGImageSize is the cards' width and height, for og:image:width/height.
func (p *Page) OGImageSize() []int { return []int{ogimage.Size.X, ogimage.Size.Y} }

// Description is the page's meta description, in its language: the
// article's standfirst, the company's one-line summary, or a sentence
// naming the page, so that no page goes without one.
func (p *Page) Description() string {
	if d := strings.TrimSpace(p.Desc); d != "" {
		return d
	}
	if pt, ok := p.Data.(*Part); ok {
		if pr, ok := pt.Of.(*site.Provider); ok && len(pr.Reports) > 0 {
			return p.Summary(pr)
		}
	}
	if p.Template == "home" || p.Template == "chooser" || p.Title == "" {
		return p.T("home.intro")
	}
	return p.T("desc.page", p.Title, p.T("footer.about"))
}
