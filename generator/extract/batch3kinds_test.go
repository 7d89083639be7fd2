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
