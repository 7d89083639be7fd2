package extract_test

import (
	"slices"
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestRegistryNames: news of 2022 names oil, food, retail and card firms
// in the same lists as tech (issue 14, kind 6), in English and in Dutch
// with Dutch forms of the names; each must resolve to its registry id. And
// an ordinary capitalised word that is also part of a company's name
// (Total, Next, Metro, Mars, Continental, Subway) must not become one.
func TestRegistryNames(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, lang, body string
		want             []string // provider ids, sorted
	}{
		{name: "english list across sectors", lang: "en",
			body: "Shell, BP, McDonald's, Starbucks, Visa and Mastercard have all suspended their business in Russia.",
			want: []string{"bp", "mastercard", "mcdonalds", "shell", "starbucks", "visa"}},
		{name: "english legal and fuller names", lang: "en",
			body: "Procter & Gamble, Marks & Spencer and Anheuser-Busch InBev said they would stop all sales in Russia.",
			want: []string{"ab-inbev", "marks-spencer", "procter-gamble"}},
		{name: "dutch list with dutch forms", lang: "nl",
			body: "Heineken, Koninklijke Philips en Ahold Delhaize stoppen met de verkoop in Rusland.",
			want: []string{"ahold-delhaize", "heineken", "philips"}},
		{name: "dutch banks and insurers", lang: "nl",
			body: "Nationale-Nederlanden en Aegon trekken zich terug uit Rusland.",
			want: []string{"aegon", "nn-group"}},
		{name: "ordinary capitalised words are no companies", lang: "en",
			body: "Next, the Metro and Subway stations of Moscow suspended all operations in Russia. Total imports and Continental trade halted, and Mars stopped all sales in Russia.",
			want: nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: c.lang, Body: c.body})
			var got []string
			for _, p := range res.Providers {
				got = append(got, p.ID)
			}
			slices.Sort(got)
			if !slices.Equal(got, c.want) {
				t.Errorf("providers %v, want %v", got, c.want)
			}
		})
	}
}
