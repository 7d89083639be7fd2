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
	}
	runKindCases(t, x, cases)
}
