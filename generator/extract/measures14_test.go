package extract_test

import "testing"

// TestTopicMeasureAgent reproduces, in our own words, the sentences that
// name no company but hold a measure cue, after a sentence about one
// company. The company takes the measure when nothing else in the cue's
// clause can be its agent (a passive, "the brewer"), but not when the
// clause is a condition, has a second person, a government or a country as
// its subject, or is a relative clause about another noun. Both languages.
func TestTopicMeasureAgent(t *testing.T) {
	x := newExtractor(t)
	const en, nl = "Heineken is leaving Russia.\n\n", "Heineken trekt zich terug uit Rusland.\n\n"
	with := map[string][]string{"heineken": {"suspend-sales"}}
	without := map[string][]string{"heineken": nil}
	cases := []kindCase{
		{kind: "own measure", name: "a passive with no agent",
			body: en + "All exports to the country were also stopped.", measures: with},
		{kind: "own measure", name: "the company as a noun",
			body: en + "The brewer also stopped all exports to the country.", measures: with},
		{kind: "own measure", name: "Dutch: a passive with no agent", lang: "nl",
			body: nl + "Ook alle export naar het land wordt stopgezet.", measures: with},
		{kind: "own measure", name: "Dutch: the company as a noun", lang: "nl",
			body: nl + "De brouwer stopt ook alle export naar het land.", measures: with},
		{kind: "other agent", name: "a condition",
			body: en + "If the exports to the country were stopped, prices would rise.", measures: without},
		{kind: "other agent", name: "a second person",
			body: en + "If you stop exports to the country, you lose the market.", measures: without},
		{kind: "other agent", name: "a government",
			body: en + "The government has stopped all exports to the country.", measures: without},
		{kind: "other agent", name: "a relative clause about another noun",
			body: en + "Moscow says factories which stopped exports to the country will be seized.", measures: without},
		{kind: "other agent", name: "a country opens the clause",
			body: en + "Russia stopped all exports of grain this week.", measures: without},
		{kind: "other agent", name: "Dutch: a condition", lang: "nl",
			body: nl + "Als de export naar het land wordt stopgezet, stijgen de prijzen.", measures: without},
		{kind: "other agent", name: "Dutch: a second person", lang: "nl",
			body: nl + "Als u de export naar het land stopzet, verliest u de markt.", measures: without},
		{kind: "other agent", name: "Dutch: a government", lang: "nl",
			body: nl + "De regering stopt alle export naar het land.", measures: without},
		{kind: "other agent", name: "Dutch: a relative clause about another noun", lang: "nl",
			body: nl + "Moskou wil fabrieken die de export naar het land stopzetten in beslag nemen.", measures: without},
		{kind: "other agent", name: "Dutch: a country opens the clause", lang: "nl",
			body: nl + "Rusland stopt deze week alle export van graan.", measures: without},
	}
	for i := range cases {
		cases[i].providers = []prov{{"heineken", "withdraws"}}
	}
	runKindCases(t, x, cases)
}
