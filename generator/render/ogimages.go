package render

import (
	"fmt"
	"image/color"
	"strings"

	"github.com/newsdesk/ruscompare/generator/ogimage"
	"github.com/newsdesk/ruscompare/generator/site"
)

// Social preview images and the favicon, drawn at build time: a card per
// article (its title, outlet, date and the companies it reports with their
// stance), one per company with a reported response, and one per language
// for every other page. Cards are jobs of the render's worker pool like
// pages, and each carries the key of what it draws as its memo signature,
// so an incremental build draws again only the cards whose text changed.

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

// articleCard is the path of an article's card, in its page's folder.
func articleCard(a *site.Article) string { return a.Path + "card.png" }

// hasCard reports whether a provider gets a card of its own.
func hasCard(p *site.Provider) bool { return len(p.Reports) > 0 }

// images queues the favicon and the cards.
func (w *writer) images() error {
	s := w.s
	w.file("favicon.ico", func() ([]byte, error) {
		return ogimage.Favicon(faviconBars)
	})
	for _, l := range s.Languages {
		w.card(siteCard(l), ogimage.Card{Title: s.Title(l), Subtitle: w.r.cat.T(l, "home.intro"), Footer: cardFooter(s, l)})
		for _, p := range s.Providers {
			if !hasCard(p) {
				continue
			}
			sub := w.r.cat.T(l, "og.provider", stanceLabel(s, p.Stance, l), w.r.cat.N(l, "count.articles", len(p.Reports)))
			w.card(providerCard(l, p.ID), ogimage.Card{Kicker: w.r.cat.T(l, "provider.kicker"), Title: p.Name,
				Subtitle: sub, Footer: cardFooter(s, l), Accent: stanceAccent[p.Stance]})
		}
	}
	if s.Config.ArticleCards {
		for _, a := range s.Articles {
			w.card(articleCard(a), w.r.cardOf(s, a))
		}
	}
	return nil
}

// cardOf is what an article's card says, in the article's language:
// its outlet and date, its title, and each company it reports with the
// stance it reports (a range as "Withdraws or Restricts").
func (r *Renderer) cardOf(s *site.Site, a *site.Article) ogimage.Card {
	l := a.Lang
	kicker := r.cat.Date(l, a.Date)
	if a.Date == "" {
		kicker = r.cat.T(l, "date.none")
	}
	if a.Source != nil {
		kicker = a.Source.Name + " · " + kicker
	}
	c := ogimage.Card{Kicker: kicker, Title: a.Title, Footer: cardFooter(s, l)}
	// The band takes the stance's colour when every company has the same
	// plain stance, and stays ink when they differ.
	same := len(a.Reports) > 0
	for _, rep := range a.Reports {
		c.Chips = append(c.Chips, rep.Provider.Name+": "+r.reportStance(s, rep, l))
		same = same && rep.Stance == a.Reports[0].Stance && rep.HedgedAs == ""
	}
	if same {
		c.Accent = stanceAccent[a.Reports[0].Stance]
	}
	return c
}

// reportStance is a report's stance in words, a range included.
func (r *Renderer) reportStance(s *site.Site, rep *site.Report, lang string) string {
	label := stanceLabel(s, rep.Stance, lang)
	if rep.HedgedAs != "" {
		label += " " + r.cat.T(lang, "stance.or") + " " + stanceLabel(s, rep.HedgedAs, lang)
	}
	return label
}

// card queues a card, signed with its key: a memo keeps the last drawing
// of a card whose key did not change.
func (w *writer) card(path string, c ogimage.Card) {
	j := &job{path: path, make: func() ([]byte, error) {
		data, err := c.PNG()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return data, nil
	}}
	if w.memo != nil {
		j.sig = "card " + c.Key()
	}
	w.add(j)
}

// cardFooter is the line at the bottom of a card: the site's title, and
// its publisher when site.yaml names one.
func cardFooter(s *site.Site, lang string) string {
	if pub := s.Config.Publisher; pub != "" {
		return s.Title(lang) + " · " + pub
	}
	return s.Title(lang)
}

func stanceLabel(s *site.Site, id, lang string) string {
	if st := s.Stance(id); st != nil {
		return st.Label(lang)
	}
	return id
}

// OGImage is the address of the page's preview card: the article's own
// on its page (with article_cards in site.yaml, else the card of the
// first company it reports), the company's own on its pages, the
// language's shared card elsewhere.
func (p *Page) OGImage() string {
	if a, ok := p.Data.(*site.Article); ok {
		if p.Site.Config.ArticleCards {
			return p.Abs(articleCard(a))
		}
		if pr := cardProvider(a); pr != nil {
			return p.Abs(providerCard(p.Lang, pr.ID))
		}
	}
	if pt, ok := p.Data.(*Part); ok {
		if pr, ok := pt.Of.(*site.Provider); ok && hasCard(pr) {
			return p.Abs(providerCard(p.Lang, pr.ID))
		}
	}
	return p.Abs(siteCard(p.Lang))
}

// OGImageAlt is the text of the page's card for readers who cannot see
// it: what an article's or a company's card says, else what the shared
// card is.
func (p *Page) OGImageAlt() string {
	if a, ok := p.Data.(*site.Article); ok && !p.Site.Config.ArticleCards {
		// Named by what the page itself shows, not the card's subtitle
		// (the company's stance over every article): the page's bytes
		// then depend on this article alone.
		if pr := cardProvider(a); pr != nil {
			return p.T("og.alt.providercard", pr.Name)
		}
	} else if ok {
		c := p.r.cardOf(p.Site, a)
		alt := p.T("og.alt.article", c.Title, c.Kicker)
		if len(c.Chips) > 0 {
			alt += "; " + p.T("og.alt.reports", strings.Join(c.Chips, ", "))
		}
		return alt
	}
	if pt, ok := p.Data.(*Part); ok {
		if pr, ok := pt.Of.(*site.Provider); ok && hasCard(pr) {
			return p.T("og.alt.provider", pr.Name, stanceLabel(p.Site, pr.Stance, p.Lang))
		}
	}
	return p.T("og.image.alt")
}

// cardProvider is the company whose card an article's page shows when
// articles have no card of their own: the first it reports; nil when it
// reports none.
func cardProvider(a *site.Article) *site.Provider {
	for _, r := range a.Reports {
		if hasCard(r.Provider) {
			return r.Provider
		}
	}
	return nil
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
