package extract_test

import "testing"

// TestGroupLists15 reproduces, in our own words, companies given as the
// examples of a group noun whose clause makes a claim (issue 14, kinds 5
// and 6): an appositive example list on the subject, a relative clause
// after the list, and a group whose claim stands in an earlier sentence
// that a later "Among the N <group> ... are A, B and C" names. Near-misses
// keep the shape from reading more than it should: "unlike A and B", a
// list that is the object of the step, a group of another kind. Cues that
// place a step only by reference ("there", "in the nation") are read as
// Russia unless the country named last before them is another.
func TestGroupLists15(t *testing.T) {
	x := newExtractor(t)
	cases := []kindCase{
		{kind: "appositive list", name: "card firms such as A and B no longer offer service",
			body:      "Most banks, along with card firms such as Visa and Mastercard, no longer offer service in Russia, so many sellers are affected.",
			providers: []prov{{"visa", "withdraws"}, {"mastercard", "withdraws"}}},
		{kind: "appositive list", name: "several chipmakers, including A, B and C, have halted shipments",
			body:      "Several chipmakers, including Intel, AMD and Nvidia, have halted shipments to Russia this week.",
			providers: []prov{{"intel", "suspends"}, {"amd", "suspends"}, {"nvidia", "suspends"}}},
		{kind: "appositive list", name: "Dutch: merken als A en B stopten", lang: "nl",
			body:      "Grote merken als Nike en Adidas stopten vorige week met de verkoop in Rusland.",
			providers: []prov{{"nike", "suspends"}, {"adidas", "suspends"}}},
		{kind: "relative clause", name: "those in other sectors, including A and B, that said they will halt",
			body:      "The banks now join firms in other sectors, including McDonald's and Coca-Cola, that have said they will halt business operations in Russia.",
			providers: []prov{{"mcdonalds", "suspends"}, {"coca-cola", "suspends"}}},
		{kind: "relative clause", name: "Dutch: bedrijven als A en B, die stopten", lang: "nl",
			body:      "Kledingbedrijven als H&M en Inditex, die de verkoop in Rusland hebben stopgezet, betalen hun personeel door.",
			providers: []prov{{"hm", "suspends"}, {"inditex", "suspends"}}},
		{kind: "among the group", name: "the group's step in an earlier sentence, its members named after",
			body:      "In a joint letter, a dozen academic publishers said they are suspending sales of their journals to institutes in Russia. The step follows the invasion of Ukraine. Among the twelve publishers signing the letter are Elsevier, Springer Nature and Cambridge University Press.",
			providers: []prov{{"relx", "suspends"}, {"springer-nature", "suspends"}, {"cambridge-university-press", "suspends"}}},
		{kind: "among the group", name: "Dutch: onder de uitgevers die de brief tekenden zijn A en B", lang: "nl",
			body:      "In een open brief laten tientallen wetenschappelijke uitgevers weten dat ze de verkoop van hun tijdschriften aan Russische instellingen opschorten. Onder de uitgevers die de brief ondertekenden zijn Elsevier en Springer Nature.",
			providers: []prov{{"relx", "suspends"}, {"springer-nature", "suspends"}}},
		{kind: "among the group", name: "a group of another kind before names no member",
			body:      "In a joint letter, a dozen academic publishers said they are suspending sales of their journals to institutes in Russia. Among the banks that lend to them are HSBC and Barclays.",
			providers: []prov{{"hsbc", "unclear"}, {"barclays", "unclear"}}},
		{kind: "place by reference", name: "firms, including A and B, that will halt operations in the nation",
			body:      "Sanctions on Russia are mounting. The lenders join firms in other sectors, including McDonald's and Coca-Cola, that said they will halt business operations in the nation.",
			providers: []prov{{"mcdonalds", "suspends"}, {"coca-cola", "suspends"}}},
		{kind: "place by reference", name: "carmakers, including A, stopped production there",
			body:      "Exports to Russia have all but ended. Carmakers, including Ford, also stopped production there.",
			providers: []prov{{"ford", "suspends"}}},
		{kind: "place by reference", name: "card firms such as A and B no longer serve the country",
			body:      "Russia is cut off from many payment routes. Card firms such as Visa and Mastercard no longer offer service in the country.",
			providers: []prov{{"visa", "withdraws"}, {"mastercard", "withdraws"}}},
		{kind: "place by reference", name: "Dutch: autobouwers als A en B, die hun productie in het land stillegden", lang: "nl",
			body:      "Rusland raakt steeds meer bedrijven kwijt. Autobouwers als BMW en Volvo, die hun productie in het land hebben stilgelegd, betalen het personeel door.",
			providers: []prov{{"bmw", "suspends"}, {"volvo-cars", "suspends"}}},
		{kind: "place by reference", name: "leaving the country named last, Ukraine, is no exit from Russia",
			body:      "Gameloft halted sales of its games in Russia. Its biggest studio is in Lviv, Ukraine, and the firm has pledged to support those trying to leave the country.",
			providers: []prov{{"gameloft", "suspends"}}},
		{kind: "near miss", name: "unlike A and B, who stay",
			body:      "Unlike Nestle and PepsiCo, several chipmakers have halted shipments to Russia.",
			providers: []prov{{"nestle", "unclear"}, {"pepsico", "unclear"}}},
		{kind: "near miss", name: "a list that is the object of the step",
			body:      "The carrier stopped serving customers such as Nestle and PepsiCo in Russia.",
			providers: nil},
	}
	runKindCases(t, x, cases)
}
