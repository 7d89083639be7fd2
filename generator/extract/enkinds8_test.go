package extract_test

import (
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestEnglishKinds8 reproduces, in our own words, the kinds of miss that
// round 8 of issue 14 counted on the English half of batch 7: each case is
// one mechanism (a step with an exception, an option under review, a cue
// whose subject is the company's rivals, a fact about staff), and the
// negative cases keep the mechanism from reading more than it should.
func TestEnglishKinds8(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		kind, name, body string
		providers        []prov
		measures         map[string][]string
	}{
		// A step with an exception is partial: a restriction.
		{kind: "partial step", name: "an exit except for some goods",
			body:      "Several brands belong to groups such as Colgate-Palmolive and Danone, which had announced their exit from Russia except for the sale of basic foods.",
			providers: []prov{{"colgate-palmolive", "restricts"}, {"danone", "restricts"}}},
		{kind: "partial step", name: "an exit without exception stays an exit",
			body:      "Colgate-Palmolive announced its exit from Russia on Tuesday.",
			providers: []prov{{"colgate-palmolive", "withdraws"}}},
		{kind: "partial step", name: "selling only some goods",
			body:      "Carrefour said it would only sell essential food items in Russia from now on.",
			providers: []prov{{"carrefour", "restricts"}}},
		{kind: "partial step", name: "scaling down",
			body:      "Kraft Heinz said it would scale down its production in Russia.",
			providers: []prov{{"kraft-heinz", "restricts"}}},
		// Staying, worded by what goes on.
		{kind: "staying", name: "its business there continued to operate",
			body:      "Heineken said its business in Russia continued to operate, and it kept paying its staff.",
			providers: []prov{{"heineken", "stays"}}},
		// An exit verb closing its clause with a manner adverbial.
		{kind: "bare exit", name: "exit in an orderly manner",
			body:      "Philip Morris said on Friday it was looking at ways to exit in an orderly manner.",
			providers: []prov{{"philip-morris", "withdraws"}}},
		// An exit named as one option under review is no exit, even said.
		{kind: "weighing", name: "options under review include a withdrawal",
			body:      "Commerzbank, which has run a branch in Russia for decades, said on Monday it would review all the strategic options for its unit in Russia, including a withdrawal from the country.",
			providers: []prov{{"commerzbank", "unclear"}}},
		{kind: "weighing", name: "weighing an exit",
			body:      "Commerzbank is weighing an exit from Russia.",
			providers: []prov{{"commerzbank", "unclear"}}},
		{kind: "weighing", name: "a review followed by a decided exit in its own clause",
			body:      "Commerzbank reviewed its options for weeks. On Monday it said it would leave Russia.",
			providers: []prov{{"commerzbank", "withdraws"}}},
		// The company's rivals as the subject of a cue are not the company.
		{kind: "rivals", name: "its rivals pull out while it stays",
			body:      "After three weeks of war, Deutsche Bank has so far chosen not to leave Russia while its rivals pull out one after another from the country.",
			providers: []prov{{"deutsche-bank", "stays"}}},
		// What a company has in a country is a fact, not a step.
		{kind: "fact", name: "all have engineering teams there",
			body:      "Larger firms including Intel, Cisco, and SAP all have engineering teams across the country, a survey shows.",
			providers: []prov{}},
		{kind: "fact", name: "have closed offices is a step",
			body:      "Intel and Cisco have closed their offices in Russia.",
			providers: []prov{{"intel", "restricts"}, {"cisco", "restricts"}}},
	}
	for _, c := range cases {
		t.Run(c.kind+"/"+c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: "en", Body: c.body})
			checkProviders(t, res, c.providers, c.measures)
		})
	}
}
