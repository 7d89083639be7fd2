package extract_test

import "testing"

// TestRegistryListNames: the mid-sized companies that the 2022 lists of
// responses name next to the large ones (grocers, machine builders, crypto
// exchanges, studios, edtech, Benelux firms) must resolve to their registry
// ids in English and in Dutch, while the ordinary words and outlets that
// share their letters (an action, a target, the Russian outlet RBC, a
// ticker) must not become companies.
func TestRegistryListNames(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{name: "grocers and machine builders",
			body:      "Mercadona, Morrisons and the crane maker Cargotec said they had halted all deliveries to Russia.",
			providers: []prov{{"cargotec", "suspends"}, {"mercadona", "suspends"}, {"morrisons", "suspends"}}},
		{name: "crypto exchanges and studios",
			body:      "KuCoin and Bybit blocked all accounts in Russia, and the studio Playtika closed its office in Moscow.",
			providers: []prov{{"bybit", "suspends"}, {"kucoin", "suspends"}, {"playtika", "restricts"}}},
		{name: "ordinary words, outlets and tickers are no companies",
			body:      "Action was needed and the target was missed; according to RBC, trading in the shares (NYSE: XY) stopped in Russia.",
			providers: nil},
		{name: "benelux firms", lang: "nl",
			body:      "Alliander, Renewi en de bouwer Strabag stoppen met alle leveringen aan Rusland.",
			providers: []prov{{"alliander", "suspends"}, {"renewi", "suspends"}, {"strabag", "suspends"}}},
		{name: "edtech and fashion", lang: "nl",
			body:      "Babbel en Superdry trekken zich volledig terug uit Rusland.",
			providers: []prov{{"babbel", "withdraws"}, {"superdry", "withdraws"}}},
		{name: "short forms only in the longer name", lang: "nl",
			body:      "Iberia Airlines en Avis Budget schorten alle vluchten en verhuur in Rusland op, meldt RBC.",
			providers: []prov{{"avis-budget", "suspends"}, {"iberia-airlines", "suspends"}}},
	})
}
