package extract_test

import "testing"

// TestListShapes9 reproduces, in our own words, the list shapes of
// listicles and roundups that round 9 of issue 14 found companies lost
// in (kinds 5 and 6): a vertical list under a lead that ends in a colon,
// a company heading over paragraphs about it, a list with descriptors as
// the subject of a group predicate, and a bullet of sentences in a
// newsletter. Near-misses keep each shape from reading more than it
// should: lists of countries or products, headings that are no company,
// a lead with no step, companies that stay, sections with no step.
func TestListShapes9(t *testing.T) {
	x := newExtractor(t)
	cases := []kindCase{
		// (A) A vertical list: one company per paragraph or line.
		{kind: "vertical list", name: "bulleted paragraphs with legal suffixes under a step",
			body:      "Dozens of firms have turned their backs on Moscow. Below are some of the large companies that have paused their business in Russia:\n\n- Siemens AG\n\n- Carlsberg\n\n- Maersk\n\n- Heineken Holding\n\nMore are expected to follow.",
			providers: []prov{{"siemens", "suspends"}, {"carlsberg", "suspends"}, {"maersk", "suspends"}, {"heineken", "suspends"}}},
		{kind: "vertical list", name: "numbered lines in one paragraph",
			body:      "These are the big brands that have stopped selling their goods in Russia:\n1. Nike\n2. Adidas\n3. Inditex\n\nThe list grows every day.",
			providers: []prov{{"nike", "suspends"}, {"adidas", "suspends"}, {"inditex", "suspends"}}},
		{kind: "vertical list", name: "Dutch: companies that withdraw, one per line", lang: "nl",
			body:      "Steeds meer bedrijven trekken zich terug uit Rusland. Dit zijn de bedrijven die zich terugtrekken uit Rusland:\n\n* Shell\n* BP\n* Equinor\n\nOok andere energiebedrijven twijfelen.",
			providers: []prov{{"shell", "withdraws"}, {"bp", "withdraws"}, {"equinor", "withdraws"}}},
		{kind: "vertical list", name: "companies that keep operating stay",
			body:      "Not everyone is leaving. Several big food makers have continued to operate in Russia:\n\n- PepsiCo\n- Unilever\n- Nestle\n\nThey say people need to eat.",
			providers: []prov{{"pepsico", "stays"}, {"unilever", "stays"}, {"nestle", "stays"}}},
		{kind: "vertical list", name: "a list of countries under a step names no company",
			body:      "Several firms have halted their exports to these places:\n\n- Russia\n- Belarus\n- Crimea\n\nMore may follow.",
			providers: nil},
		{kind: "vertical list", name: "a list of products under a step names no company",
			body:      "Many companies have stopped selling these items in Russia:\n\n- laptops\n- smartphones\n- game consoles\n\nPrices are rising.",
			providers: nil},
		{kind: "vertical list", name: "a lead with no step lists companies without one",
			body:      "We spoke to people at the following companies last week:\n\n- Siemens\n- Carlsberg\n- Maersk\n\nNone wished to be named.",
			providers: nil},
		{kind: "vertical list", name: "a single name under the lead is no list",
			body:      "One big company has paused its business in Russia:\n\nCarlsberg ships beer around the world.",
			providers: nil},
		// (B) Company headings: each heading's company is the subject of
		// the paragraphs under it.
		{kind: "company heading", name: "a descriptor under a company heading",
			body:      "Western brands keep leaving. These are the biggest departures so far:\n\nMcDonald's\n\nThe burger chain said on Tuesday that it would temporarily close all its restaurants in Russia. The company keeps paying its staff.\n\nBP and Shell\n\nBoth oil majors said they would exit their stakes in Russian energy firms.",
			providers: []prov{{"mcdonalds", "suspends"}, {"bp", "withdraws"}, {"shell", "withdraws"}}},
		{kind: "company heading", name: "a markdown heading names the section's company",
			body:      "These are the biggest departures so far:\n\n## Carlsberg\n\nThe brewer said it would pull out of Russia completely and sell its local unit.\n\n## Background\n\nThe rouble fell again this week.",
			providers: []prov{{"carlsberg", "withdraws"}}},
		{kind: "company heading", name: "a long markdown heading stays out of the text read",
			body:      "## Carlsberg halts all beer sales in Russia as the war goes on and on\n\nThe rouble fell again this week.",
			providers: nil},
		{kind: "company heading", name: "Dutch: a short cross-head with a cue word is a label, not a step", lang: "nl",
			body:      "## Oprichter op sanctielijst\n\nDe roebel daalde deze week opnieuw.",
			providers: nil},
		{kind: "company heading", name: "headings that are no company, over prose with no company",
			body:      "These are the biggest departures so far:\n\nBackground\n\nOil prices rose sharply this week as traders fled.\n\nWhat happens next\n\nMore firms may close their shops in Russia soon.",
			providers: nil},
		{kind: "company heading", name: "a company heading over paragraphs that report no step",
			body:      "Some brands have a long history in the country:\n\nCarlsberg\n\nThe brewer opened its first plant near Moscow decades ago. Its beer sold well for years.",
			providers: nil},
		// (C) A list with descriptors as the subject of a group predicate.
		{kind: "group predicate", name: "descriptors before the first and a later name",
			body:      "Cigarette maker Imperial Brands, rival Philip Morris, Mothercare and Nestle are the newest firms to announce a partial shutdown of operations in Russia.",
			providers: []prov{{"imperial-brands", "suspends"}, {"philip-morris", "suspends"}, {"mothercare", "suspends"}, {"nestle", "suspends"}}},
		{kind: "group predicate", name: "Dutch: the newest companies that pause", lang: "nl",
			body:      "Brouwer Carlsberg, concurrent Heineken en Nestle zijn de nieuwste bedrijven die hun activiteiten in Rusland stilleggen.",
			providers: []prov{{"carlsberg", "suspends"}, {"heineken", "suspends"}, {"nestle", "suspends"}}},
		{kind: "group predicate", name: "Dutch: among the companies that pause", lang: "nl",
			body:      "Carlsberg en Heineken behoren tot de bedrijven die hun activiteiten in Rusland stilleggen.",
			providers: []prov{{"carlsberg", "suspends"}, {"heineken", "suspends"}}},
		{kind: "group predicate", name: "an announced shutdown in Ukraine is no step in Russia, only a mention",
			body:      "Nestle announced a partial shutdown of operations in Ukraine after the shelling.",
			providers: []prov{{"nestle", "unclear"}}},
		// (D) A newsletter bullet of sentences with companies the registry
		// knows only since this round, and "also".
		{kind: "newsletter bullet", name: "remittance firms, two of them by also",
			body:      "- Remittance services Remitly and Wise have halted money transfers to Russia. TransferGo and Zepz have also suspended their services in the country.\n- Oil prices rose again.",
			providers: []prov{{"remitly", "suspends"}, {"wise", "suspends"}, {"transfergo", "suspends"}, {"zepz", "suspends"}}},
		// (A) in Dutch with an overview lead.
		{kind: "vertical list", name: "Dutch: an overview of firms that stop sales", lang: "nl",
			body:      "Veel merken stoppen met de verkoop in Rusland. Een overzicht van de bedrijven die de verkoop in Rusland hebben stopgezet:\n\n- Nike\n- Adidas\n- Inditex\n\nDe lijst wordt langer.",
			providers: []prov{{"nike", "suspends"}, {"adidas", "suspends"}, {"inditex", "suspends"}}},
	}
	runKindCases(t, x, cases)
}
