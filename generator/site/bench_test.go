package site

import (
	"fmt"
	"testing"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/site/sitetest"
)

// synthetic makes n articles over a pool of providers, so that Build's
// cost can be watched as n grows (it should grow linearly).
func synthetic(n int) []*content.Article {
	stances := content.Stances
	out := make([]*content.Article, 0, n)
	for i := range n {
		a := &content.Article{
			Path: fmt.Sprintf("a%d.md", i), Slug: fmt.Sprintf("a-%d", i), Lang: []string{"en", "nl"}[i%2],
			Title: fmt.Sprintf("Article %d", i), Date: fmt.Sprintf("2022-%02d-%02d", 1+i%12, 1+i%28),
			Source: content.Source{Name: fmt.Sprintf("Outlet %d", i%50)},
			Body:   fmt.Sprintf("Company %d keeps going. \"We will stay in Russia for now\", said Person %d.", i%500, i%300),
		}
		for j := range 4 {
			id := fmt.Sprintf("company-%d", (i+j*7)%500)
			a.Providers = append(a.Providers, content.Provider{ID: id, Stance: stances[(i+j)%len(stances)],
				Measures: []string{"maintain-network"},
				Evidence: []content.Evidence{{Field: "stance", Text: fmt.Sprintf("Company %d keeps going.", i%500)}}})
		}
		a.Quotes = []content.Quote{{Text: "We will stay in Russia for now", Speaker: fmt.Sprintf("Person %d", i%300), Provider: a.Providers[0].ID}}
		out = append(out, a)
	}
	return out
}

func BenchmarkBuild(b *testing.B) {
	lx, err := sitetest.Lexicon()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1000, 10000, 100000} {
		arts := synthetic(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				if _, err := Build(arts, lx, DefaultConfig()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
