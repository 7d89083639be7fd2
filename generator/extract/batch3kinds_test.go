package extract_test

import "testing"

// TestEnglishBatch3Wording reproduces, in our own words, the response
// wording that batch 3 of issue 14 (testdata/real3/en) showed the cue
// lexicon lacked (kind 1), one case per phrasing: goods cut or no longer
// taken in, customers who can no longer book, links severed, no longer
// operating there, member firms leaving a network, Russian projects
// paused, sales and activities that continue, similar approaches.
func TestEnglishBatch3Wording(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{name: "cut shipments to the country",
			body:      "Nikon cut its camera shipments to Russia in the first week of the war.",
			providers: []prov{{"nikon", "suspends"}}, measures: map[string][]string{"nikon": {"suspend-sales"}}},
		{name: "the suspension of bookings announced by a list",
			body:      "A halt to new bookings, in short, was confirmed on Tuesday by Maersk and Hapag-Lloyd.",
			providers: []prov{{"maersk", "suspends"}, {"hapag-lloyd", "suspends"}}},
		{name: "the suspension of receiving parcels",
			body:      "UPS and FedEx announced the suspension of receiving packages bound for Russia.",
			providers: []prov{{"ups", "suspends"}, {"fedex", "suspends"}}, measures: map[string][]string{"ups": {"suspend-sales"}}},
		{name: "customers can no longer book",
			body:      "Booking.com said on Friday that guests in Russia cannot make reservations with Booking.com any more.",
			providers: []prov{{"booking", "suspends"}}, measures: map[string][]string{"booking": {"suspend-sales"}}},
		{name: "sever links with the country",
			body:      "KPMG will sever its links with Russia, the firm said in a statement on Sunday.",
			providers: []prov{{"kpmg", "withdraws"}}},
		{name: "no longer operate there",
			body:      "Accenture said it will no longer operate in Russia after a review of its business there.",
			providers: []prov{{"accenture", "withdraws"}}},
		{name: "a member firm leaves the network",
			body:      "Baker McKenzie said its offices in Russia will leave the global network by the end of the year.",
			providers: []prov{{"baker-mckenzie", "withdraws"}}},
		{name: "suspending its Russian projects",
			body:      "Disney is suspending all Russian productions, the studio said.",
			providers: []prov{{"disney", "suspends"}}},
		{name: "a relative clause continues the sales of a list",
			body:      "Critics target retailers including Metro and Carrefour, which are continuing their sales and operations in Russia.",
			providers: []prov{{"metro", "stays"}, {"carrefour", "stays"}}},
		{name: "similar approaches after a company's step",
			body:      "Unilever said it stopped all exports to Russia. Carlsberg and Heineken are taking similar approaches.",
			providers: []prov{{"unilever", "suspends"}, {"carlsberg", "suspends"}, {"heineken", "suspends"}}},
	})
}

// TestEnglishBatch3StateMediaAndService: batch 3's other phrasings, in our
// own words: steps taken against the outlets themselves, posts of the
// Russian government restricted, propaganda apps deleted, a list joined by
// "&", a step named again by a pronoun ("halted them too"), after-sales
// service ended for Russian customers, ads barred from an ad network, a
// refused blanket freeze on users (stays), a company's announcement that it
// would pause, and free offers that are no help to Ukraine.
func TestEnglishBatch3StateMediaAndService(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{name: "measures against the outlets, for a list",
			body:      "Big platforms, including Pinterest, Snap and Reddit, have taken steps against RT in recent days.",
			providers: []prov{{"pinterest", "unclear"}, {"snap", "unclear"}, {"reddit", "unclear"}}, measures: map[string][]string{"snap": {"block-state-media"}}},
		{name: "posts from the Russian government restricted",
			body:      "Snap now limits posts from the Russian government and labels them.",
			providers: []prov{{"snap", "unclear"}}, measures: map[string][]string{"snap": {"block-state-media"}}},
		{name: "a list joined by an ampersand, propaganda channels",
			body:      "Snap & Pinterest deleted Kremlin media channels this week.",
			providers: []prov{{"snap", "unclear"}, {"pinterest", "unclear"}}},
		{name: "halted them too",
			body:      "Canon cut shipments to Russia in March and Nikon has halted them too.",
			providers: []prov{{"canon", "suspends"}, {"nikon", "suspends"}}, measures: map[string][]string{"nikon": {"suspend-sales"}}},
		{name: "after-sales support ended for Russian customers",
			body:      "Embraer will stop technical support for Russian operators of its jets.",
			providers: []prov{{"embraer", "withdraws"}}, measures: map[string][]string{"embraer": {"terminate-services"}}},
		{name: "a sales stop of parts is no service stop",
			body:      "Embraer has stopped selling spare parts to Russian airlines.",
			providers: []prov{{"embraer", "suspends"}}, measures: map[string][]string{"embraer": {"suspend-sales"}}},
		{name: "barred from the ad network",
			body:      "Pinterest barred state outlets from its ad network last week.",
			providers: []prov{{"pinterest", "unclear"}}, measures: map[string][]string{"pinterest": {"stop-advertising"}}},
		{name: "no blanket freeze on users",
			body:      "Crypto exchanges Coinbase and Kraken both said they will not impose a blanket ban on Russian users.",
			providers: []prov{{"coinbase", "stays"}, {"kraken", "stays"}}},
		{name: "a registry name ending in 's before a speech verb",
			body:      "McDonald's said on Monday it was closing its restaurants in Russia.",
			providers: []prov{{"mcdonalds", "suspends"}}},
		{name: "an announcement that it would pause",
			body:      "Drone maker DJI's announcement on Tuesday that it would suspend business in Russia surprised analysts.",
			providers: []prov{{"dji", "suspends"}}},
		{name: "free trials and fee-free transfers are not free protection",
			body:      "Revolut stopped all payments to Russia. The firm keeps offering free trials for new users and fee-free transfer services elsewhere.",
			providers: []prov{{"revolut", "suspends"}}, measures: map[string][]string{"revolut": {"suspend-sales"}}},
	})
}
