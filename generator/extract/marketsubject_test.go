package extract_test

import "testing"

// TestEnglishMarketSubject: a registered company that is the grammatical
// subject of a clause about its business in Russia is a provider even
// when no cue knows the verb (stances.yaml market_subject); its stance
// comes from the verb's class when there is one, else it is unclear. The
// cases on the other side keep the rule from taking objects, owners,
// facts, negations and relative clauses about others.
func TestEnglishMarketSubject(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{"any verb, the market named", "",
			"Logitech quietly reworked its plans for Russia this spring.",
			[]prov{{"logitech", "unclear"}}, nil},
		{"a coordinated list shares the clause", "",
			"Dell, Lenovo and HP have trimmed their Russian offices to a skeleton crew.",
			[]prov{{"dell", "unclear"}, {"lenovo", "unclear"}, {"hp", "unclear"}}, nil},
		{"a list closed by and others", "",
			"Accenture, Capgemini, Atos and others have scaled down their presence in the country.",
			// Scaling down is scaling back: a restriction (stances.yaml).
			[]prov{{"accenture", "restricts"}, {"capgemini", "restricts"}, {"atos", "restricts"}}, nil},
		{"a verb of closing over a store is a pause", "",
			"Nintendo shuttered its Russian web store on Friday.",
			[]prov{{"nintendo", "suspends"}}, nil},
		{"a verb of leaving is an exit", "",
			"A spokesperson confirmed that Xerox is quitting the market within weeks.",
			[]prov{{"xerox", "withdraws"}}, nil},
		{"a description before the name still leaves it the subject", "",
			"The Finnish network vendor Nokia rebooked its Moscow engineers onto other projects.",
			[]prov{{"nokia", "unclear"}}, nil},
		{"a clause about Ukraine is aid, unclear", "",
			"Telenor waived every fee for its clients phoning relatives in Ukraine.",
			[]prov{{"telenor", "unclear"}}, nil},
		{"the object of a preposition is no subject", "",
			"Following the news from Dell and Lenovo, analysts rewrote their forecasts for Russia.",
			nil, nil},
		{"a possessive is no subject", "",
			"Lenovo's rivals watched the market in Russia closely.",
			nil, nil},
		{"what a company has there is a fact, not a step", "",
			"Dell has warehouses across Russia.",
			nil, nil},
		{"a negated clause reports no step", "",
			"Canon noted it sells no cameras in Russia anymore.",
			nil, nil},
		{"a list that ends with a comma is no list", "",
			"After statements by Dell and Lenovo, HP reworked its Russian sales plans.",
			[]prov{{"hp", "unclear"}}, nil},
		{"a relative clause is about others", "",
			"Hitachi met Sony, which runs a plant in Russia.",
			nil, nil},
		{"a clause without Russia or Ukraine says nothing", "",
			"Logitech reworked its keyboard line this spring.",
			nil, nil},
	})
}

// TestEnglishNamesInCapitals: a trade outlet that prints company names in
// capitals still names them; a one-word name in capitals may be an
// ordinary word and is not taken.
func TestEnglishNamesInCapitals(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{"a name of several words in capitals", "",
			"WARNER MUSIC GROUP has suspended all operations in RUSSIA this week.",
			[]prov{{"warner-music", "suspends"}}, nil},
		{"a one-word name in capitals is no name", "",
			"ORANGE juice prices rose as the war in UKRAINE went on.",
			nil, nil},
	})
}

// TestEnglishFreeCallsAreAid: free calls, texts or roaming to Ukraine, and
// a free good for refugees, are aid for people, not free services for
// organisations in Ukraine (measures.yaml free-protection-ukraine unless).
func TestEnglishFreeCallsAreAid(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{"free calls to Ukraine", "",
			"Telia is offering free phone calls to Ukraine for the rest of the month.",
			[]prov{{"telia", "unclear"}}, map[string][]string{"telia": {"humanitarian-aid"}}},
		{"a free good for refugees", "",
			"Proximus hands out prepaid cards free of charge to refugees arriving from Ukraine.",
			// Handing out a good to refugees is aid (the aid-give and
			// aid-for classes), not free protection.
			[]prov{{"proximus", "unclear"}}, map[string][]string{"proximus": {"humanitarian-aid"}}},
		{"free protection for organisations there stays what it is", "",
			"Cloudflare gives free protection to Ukrainian hospitals under attack.",
			[]prov{{"cloudflare", "unclear"}}, map[string][]string{"cloudflare": {"free-protection-ukraine"}}},
	})
}

// TestEnglishListWithPlaces: where a listed company is based stays inside
// the list ("A of Germany and B of Denmark", "A in France, B in Spain and
// C in the UK"), and the country is no company.
func TestEnglishListWithPlaces(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{"of a country", "",
			"Carriers such as Hapag-Lloyd of Germany and Maersk of Denmark have suspended bookings to Russia.",
			[]prov{{"hapag-lloyd", "suspends"}, {"maersk", "suspends"}}, nil},
		{"in a country, several times", "",
			"Operators including Orange in France, Telefonica in Spain and Vodafone in the UK have suspended their services in Russia.",
			[]prov{{"orange", "suspends"}, {"telefonica", "suspends"}, {"vodafone", "suspends"}}, nil},
	})
}

// TestEnglishPauseWithClosure: a pause of all business together with a
// closure (of offices, stores) is a pause; only a pause together with
// staying is a restriction (spec: restricts keeps operating in Russia).
func TestEnglishPauseWithClosure(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{"offices closed and operations suspended", "",
			"Warner Music Group closed its Moscow office and suspended all operations in Russia.",
			[]prov{{"warner-music", "suspends"}}, nil},
		{"continuing support for aid is no staying", "",
			"Sony Music suspended its operations in Russia and will continue its support for relief groups.",
			[]prov{{"sony-music", "suspends"}}, nil},
		{"the remaining business closed is no staying", "",
			"Logitech plans to close every remaining business it runs in Russia.",
			[]prov{{"logitech", "withdraws"}}, nil},
		{"a pause while staying is a restriction", "",
			"Spotify suspended its premium sales in Russia but keeps its free service running there.",
			[]prov{{"spotify", "restricts"}}, nil},
	})
}
