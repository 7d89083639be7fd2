package extract_test

import "testing"

// TestMeasureKinds10 reproduces, in our own words, the kinds of measure
// miss and over-reading that round 10 of issue 14 worked on (batches 1 to
// 10): a list of companies taken up by a plural pronoun shares the
// measure ("A, B and C said they would halt exports"), a stop of its
// "operations" or cutting "ties with Russia" is an exit in general and no
// specific measure (shutting down its operations, or cutting off its
// customers, still ends service), a sales stop worded as a noun ("the
// termination of software sales"), and in Dutch new customers or orders
// no longer taken and its commercial activities stopped. Each negative
// case keeps a mechanism from reading more than it should.
func TestMeasureKinds10(t *testing.T) {
	x := newExtractor(t)
	cases := []kindCase{
		// A list, then a plural pronoun that takes it up.
		{kind: "list and pronoun", name: "every company of the list halts exports",
			body:      "Automakers such as Volkswagen, BMW, and Toyota said they would halt exports to Russia.",
			providers: []prov{{"volkswagen", "suspends"}, {"bmw", "suspends"}, {"toyota", "suspends"}},
			measures:  map[string][]string{"volkswagen": {"suspend-sales"}, "bmw": {"suspend-sales"}, "toyota": {"suspend-sales"}}},
		{kind: "list and pronoun", name: "one company, no list",
			body:      "Toyota said they would halt exports to Russia.",
			providers: []prov{{"toyota", "suspends"}}, measures: map[string][]string{"toyota": {"suspend-sales"}}},
		{kind: "list and pronoun", name: "a Dutch list and ze", lang: "nl",
			body:      "Volkswagen, BMW en Toyota zeiden dat ze de export naar Rusland stoppen.",
			providers: []prov{{"volkswagen", "suspends"}, {"bmw", "suspends"}, {"toyota", "suspends"}},
			measures:  map[string][]string{"volkswagen": {"suspend-sales"}, "bmw": {"suspend-sales"}, "toyota": {"suspend-sales"}}},
		// Operations stopped or ties cut: an exit, no specific measure.
		{kind: "exit in general", name: "all operations stopped",
			body:      "Nikon stopped all operations in Russia.",
			providers: []prov{{"nikon", "withdraws"}}, measures: map[string][]string{"nikon": {}}},
		{kind: "exit in general", name: "ties with the country cut",
			body:      "Dell has cut ties with Russia.",
			providers: []prov{{"dell", "withdraws"}}, measures: map[string][]string{"dell": {}}},
		{kind: "exit in general", name: "operations shut down still end service",
			body:      "Netflix is shutting down all its operations in Russia.",
			providers: []prov{{"netflix", "withdraws"}}, measures: map[string][]string{"netflix": {"terminate-services"}}},
		{kind: "exit in general", name: "ties with its customers cut end service",
			body:      "Lumen cut ties with its Russian customers.",
			providers: []prov{{"lumen", "withdraws"}}, measures: map[string][]string{"lumen": {"terminate-services"}}},
		// The sales stop as a noun.
		{kind: "sales stop as a noun", name: "the termination of software sales",
			body:      "IBM announced the termination of software sales in Russia.",
			providers: []prov{{"ibm", "suspends"}}, measures: map[string][]string{"ibm": {"suspend-sales"}}},
		// Dutch: no new customers or orders, commercial activities stopped.
		{kind: "no new customers", name: "stopped taking new customers", lang: "nl",
			body:      "De betaaldienst PayPal was vorige week al gestopt met het accepteren van nieuwe Russische klanten.",
			providers: []prov{{"paypal", "suspends"}}, measures: map[string][]string{"paypal": {"suspend-sales"}}},
		{kind: "no new customers", name: "no new assignments", lang: "nl",
			body:      "Bouwer Boskalis neemt in Rusland geen nieuwe opdrachten meer aan.",
			providers: []prov{{"boskalis", "suspends"}}, measures: map[string][]string{"boskalis": {"suspend-sales"}}},
		{kind: "no new customers", name: "new staff are no customers", lang: "nl",
			body:      "Heineken is in Rusland gestopt met het aannemen van nieuwe medewerkers.",
			providers: []prov{{"heineken", "suspends"}}, measures: map[string][]string{"heineken": nil}},
		{kind: "commercial activities", name: "all commercial activities stopped", lang: "nl",
			body:      "Modehuis Prada heeft alle commerciële activiteiten in Rusland stopgezet.",
			providers: []prov{{"prada", "suspends"}}, measures: map[string][]string{"prada": {"suspend-sales"}}},
		{kind: "commercial activities", name: "e-commerce suspended", lang: "nl",
			body:      "Het modehuis Prada heeft zijn e-commerce activiteiten in Rusland geschorst.",
			providers: []prov{{"prada", "suspends"}}, measures: map[string][]string{"prada": {"suspend-sales"}}},
		// Sanctions followed, worded with a quotation mark between verb and
		// object, with the rules first, or as export control rules.
		{kind: "sanctions followed", name: "a quotation mark after comply",
			body:      `Snap said it will comply "with all sanctions that target Russian firms."`,
			providers: []prov{{"snap", "restricts"}}, measures: map[string][]string{"snap": {"sanctions-compliance"}}},
		{kind: "sanctions followed", name: "the rules read to ensure it complies",
			body:      "Intel is reading the sanctions rules to ensure it fully complies.",
			providers: []prov{{"intel", "restricts"}}, measures: map[string][]string{"intel": {"sanctions-compliance"}}},
		{kind: "sanctions followed", name: "export control rules followed",
			body:      "Micron said it is committed to following the new export control rules.",
			providers: []prov{{"micron", "restricts"}}, measures: map[string][]string{"micron": {"sanctions-compliance"}}},
		{kind: "sanctions followed", name: "rules named, no compliance",
			body:     "Micron said the sanctions rules were hard to read.",
			measures: map[string][]string{"micron": nil}},
		// Its own staff paid is no service kept running.
		{kind: "staff kept", name: "staff paid while paused",
			body:      "Nikon paused its business in Russia while continuing to pay and provide for its employees in Russia.",
			providers: []prov{{"nikon", "suspends"}}, measures: map[string][]string{"nikon": {}}},
		{kind: "staff kept", name: "services provided still count",
			body:      "Nikon will continue to provide its services in Russia.",
			providers: []prov{{"nikon", "stays"}}, measures: map[string][]string{"nikon": {"maintain-network"}}},
		// Its service to users suspended, not its sales: service ends, and
		// the company pauses; support stopped or access closed ends it.
		{kind: "service suspended", name: "its streaming service suspended",
			body:      "Deezer has suspended its streaming service in Russia.",
			providers: []prov{{"deezer", "suspends"}}, measures: map[string][]string{"deezer": {"terminate-services"}}},
		{kind: "service suspended", name: "sales suspended stay a sales stop",
			body:      "Deezer suspended sales of its gift cards in Russia.",
			providers: []prov{{"deezer", "suspends"}}, measures: map[string][]string{"deezer": {"suspend-sales"}}},
		{kind: "service suspended", name: "support for its products stopped",
			body:      "Oracle has stopped supporting products in Russia.",
			providers: []prov{{"oracle", "withdraws"}}, measures: map[string][]string{"oracle": {"terminate-services"}}},
		{kind: "service suspended", name: "access to its interface closed",
			body:      "Twilio closed access to its APIs for Russian businesses.",
			providers: []prov{{"twilio", "withdraws"}}, measures: map[string][]string{"twilio": {"terminate-services"}}},
		{kind: "service suspended", name: "the country named before", lang: "nl",
			body:      "Door de oorlog is Deezer gestopt met het aanbieden van diensten in het land.",
			providers: []prov{{"deezer", "withdraws"}}, measures: map[string][]string{"deezer": {"terminate-services"}}},
		{kind: "service suspended", name: "its card transactions halted", lang: "nl",
			body:      "Volgens Visa wordt gewerkt om alle Visa-transacties in Rusland stil te leggen.",
			providers: []prov{{"visa", "withdraws"}}, measures: map[string][]string{"visa": {"terminate-services"}}},
		{kind: "service suspended", name: "API access stopped", lang: "nl",
			body:      "Twilio besloot de API-toegang voor Russische bedrijven stop te zetten.",
			providers: []prov{{"twilio", "withdraws"}}, measures: map[string][]string{"twilio": {"terminate-services"}}},
		{kind: "service suspended", name: "access to a medium blocked is no service ended", lang: "nl",
			body:      "De toegang tot de site van RT werd geblokkeerd door KPN.",
			providers: []prov{{"kpn", "unclear"}}, measures: map[string][]string{"kpn": {"block-state-media"}}},
	}
	runKindCases(t, x, cases)
}
