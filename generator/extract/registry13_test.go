package extract_test

import (
	"slices"
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestRegistryListNames: the mid-sized companies that the 2022 lists of
// responses name next to the large ones (grocers, machine builders, crypto
// exchanges, studios, edtech, Benelux firms) must resolve to their registry
// ids in English and in Dutch, while the ordinary words and outlets that
// share their letters (a target, an action, the Russian outlet RBC, a
// ticker) must not become companies.
func TestRegistryListNames(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, lang, body string
		want             []string // provider ids, sorted
	}{
		{name: "english grocers and machine builders", lang: "en",
			body: "Mercadona, Morrisons and the crane maker Cargotec said they had halted all deliveries to Russia.",
			want: []string{"cargotec", "mercadona", "morrisons"}},
		{name: "english crypto exchanges and studios", lang: "en",
			body: "KuCoin and Bybit blocked accounts in Russia, and the studio Playtika closed its office in Moscow.",
			want: []string{"bybit", "kucoin", "playtika"}},
		{name: "dutch benelux firms", lang: "nl",
			body: "Alliander, Renewi en de bouwer Strabag stoppen met alle leveringen aan Rusland.",
			want: []string{"alliander", "renewi", "strabag"}},
		{name: "dutch edtech and fashion", lang: "nl",
			body: "Babbel en Superdry trekken zich volledig terug uit Rusland.",
			want: []string{"babbel", "superdry"}},
		{name: "ordinary words, outlets and tickers are no companies", lang: "en",
			body: "Action was needed, the target was missed, and according to RBC the shares (NYSE: XY) stopped trading in Russia.",
			want: nil},
		{name: "short forms only in the longer name", lang: "nl",
			body: "Iberia Airlines en Avis Budget schorten alle diensten in Rusland op, meldt RBC.",
			want: []string{"avis", "iberia"}},
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
