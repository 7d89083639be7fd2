package extract_test

import "testing"

// TestResumedWorkStays: a company that starts its work in Russia again
// after a pause stays there; work resumed in Ukraine, or with Russia
// unnamed, says nothing of Russia. An unwound Russian business is an exit
// with the country written between the pronoun and the noun. Both
// languages for the resumption (the Dutch cue was there before).
func TestResumedWorkStays(t *testing.T) {
	x := newExtractor(t)
	cases := []kindCase{
		{kind: "resumed", name: "en: production at its Russian plant", body: "Heineken has resumed beer output at its Russian plant, it said on Monday.", providers: []prov{{"heineken", "stays"}}},
		{kind: "resumed", name: "en: sales in Russia resumed", body: "Heineken said its sales in Russia resumed last week.", providers: []prov{{"heineken", "stays"}}},
		{kind: "resumed", name: "nl: productie hervat", lang: "nl", body: "Heineken heeft de productie in zijn Russische fabriek hervat.", providers: []prov{{"heineken", "stays"}}},
		{kind: "not resumed", name: "en: work resumed in Ukraine", body: "Heineken has resumed production at its plant in Ukraine.", providers: []prov{{"heineken", "unclear"}}},
		{kind: "unwind", name: "en: its Russia business", body: "JPMorgan said it is unwinding its Russia business.", providers: []prov{{"jpmorgan", "withdraws"}}},
	}
	runKindCases(t, x, cases)
}
