// Package sitetest holds the fixture articles and lexicon that the site
// and render tests share, so both test the same small but complete site.
package sitetest

import (
	"path/filepath"
	"runtime"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// LexiconDir is the fixture lexicon folder (generator/site/testdata/lexicon).
func LexiconDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "testdata", "lexicon")
}

// Lexicon loads the fixture lexicon.
func Lexicon() (*lexicon.Lexicon, error) { return lexicon.Load(LexiconDir()) }

// Articles returns fresh fixture articles: an English and a Dutch article
// that disagree on Cloudflare, an unregistered company, a quote with
// inline markup, evidence not in the body, and a draft that must not be
// published. The English article may be republished in full; the Dutch
// one is shown as an excerpt.
func Articles() []*content.Article {
	return []*content.Article{
		{
			Path: "content/en/articles/not-pulling-out.md", Slug: "not-pulling-out", Lang: "en",
			Title:    "Cloudflare, Akamai: Why we're not pulling out of Russia",
			Subtitle: "Yanking connectivity would do more harm than good, they say",
			Date:     "2022-03-08",
			Source:   content.Source{Name: "The Register", URL: "https://www.theregister.com/2022/03/08/aws_cloudflare_russia/"},
			Body: `Though Cloudflare and Akamai have voiced their opposition to the invasion, they have stopped short of pulling out of Russia.

That said, Prince said Cloudflare concluded: "Russia needs more internet access, not less."

"We absolutely appreciate the spirit of many Ukrainians making requests," he wrote. "However, *shutting down* our services entirely in Russia would be a mistake."

## Sales

Meanwhile, Akamai said it suspended all sales efforts in Russia and Belarus.

This also comes as Cogent Communications pulled the plug on customers in Russia.

Smallco Inc said it keeps serving [its customers](https://example.com/) in Russia.
`,
			Providers: []content.Provider{
				{ID: "cloudflare", Name: "Cloudflare", Stance: "stays", Measures: []string{"maintain-network"},
					Evidence: []content.Evidence{
						{Field: "stance", Text: "Though Cloudflare and Akamai have voiced their opposition to the invasion, they have stopped short of pulling out of Russia."},
						{Field: "measure:maintain-network", Text: "However, shutting down our services entirely in Russia would be a mistake."},
					}},
				{ID: "akamai", Name: "Akamai", Stance: "restricts", Measures: []string{"suspend-sales", "maintain-network"},
					Evidence: []content.Evidence{
						{Field: "stance", Text: "Meanwhile, Akamai said it suspended all sales efforts in Russia and Belarus."},
						{Field: "measure:suspend-sales", Text: "Meanwhile, Akamai said it suspended all sales efforts in Russia and Belarus."},
						{Field: "measure:maintain-network", Text: "This sentence is not in the body at all."},
					}},
				{ID: "cogent", Name: "Cogent", Stance: "withdraws", Measures: []string{"terminate-services"},
					Evidence: []content.Evidence{{Field: "stance", Text: "This also comes as Cogent Communications pulled the plug on customers in Russia."}}},
				{ID: "smallco", Name: "Smallco", Stance: "stays", Unregistered: true,
					Evidence: []content.Evidence{{Field: "stance", Text: "Smallco Inc said it keeps serving its customers in Russia."}}},
			},
			Quotes: []content.Quote{
				{Text: "Russia needs more internet access, not less.", Speaker: "Matthew Prince", Provider: "cloudflare", Kind: "direct"},
				{Text: "However, shutting down our services entirely in Russia would be a mistake.", Speaker: "Matthew Prince", Provider: "cloudflare", Kind: "direct"},
			},
			HasExtraction: true,
			// Our own text: the page may show it whole, so the body
			// tests see every anchor wrapped in the full text.
			Extra: []content.Field{{Key: "republish", Value: true}},
		},
		{
			Path: "content/nl/articles/cloudflare-blijft.md", Slug: "cloudflare-blijft", Lang: "nl",
			Title:  "Cloudflare blijft actief in Rusland, maar niet voor iedereen",
			Date:   "2022-03-09",
			Source: content.Source{Name: "Data News (Knack)", URL: "https://datanews.knack.be/ict/nieuws/cloudflare-blijft/"},
			Body: `Cloudflare blijft actief in Rusland, maar bedient geen gesanctioneerde klanten meer.

"Rusland heeft meer internet nodig, niet minder", zegt topman Matthew Prince.

## Sleutels weg

Cloudflare heeft de encryptiesleutels uit Rusland weggehaald.
`,
			Providers: []content.Provider{
				{ID: "cloudflare", Name: "Cloudflare", Stance: "restricts", Measures: []string{"sanctions-compliance", "maintain-network"},
					Evidence: []content.Evidence{
						{Field: "stance", Text: "Cloudflare blijft actief in Rusland, maar bedient geen gesanctioneerde klanten meer."},
						{Field: "measure:sanctions-compliance", Text: "Cloudflare blijft actief in Rusland, maar bedient geen gesanctioneerde klanten meer."},
					}},
			},
			Quotes: []content.Quote{
				{Text: "Rusland heeft meer internet nodig, niet minder", Speaker: "Matthew Prince", Provider: "cloudflare", Kind: "direct"},
			},
			HasExtraction: true,
		},
		{
			Path: "content/en/articles/draft.md", Slug: "draft", Lang: "en", Title: "A draft", Draft: true,
			Body:      "Secret draft about Cloudflare.",
			Providers: []content.Provider{{ID: "draftco", Stance: "withdraws"}},
		},
	}
}
