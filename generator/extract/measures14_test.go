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
	// Each row: the second sentence, and whether Heineken takes its measure.
	rows := []struct {
		lang, name, text string
		own              bool
	}{
		{"en", "a passive with no agent", "All exports to the country were also stopped.", true},
		{"en", "the company as a noun", "The brewer also stopped all exports to the country.", true},
		{"nl", "a passive with no agent", "Ook alle export naar het land wordt stopgezet.", true},
		{"nl", "the company as a noun", "De brouwer stopt ook alle export naar het land.", true},
		{"en", "a condition", "If the exports to the country were stopped, prices would rise.", false},
		{"en", "a second person", "If you stop exports to the country, you lose the market.", false},
		{"en", "a government", "The government has stopped all exports to the country.", false},
		{"en", "a relative clause about another noun", "Moscow says factories which stopped exports to the country will be seized.", false},
		{"en", "a country opens the clause", "Russia stopped all exports of grain this week.", false},
		{"nl", "a condition", "Als de export naar het land wordt stopgezet, stijgen de prijzen.", false},
		{"nl", "a second person", "Als u de export naar het land stopzet, verliest u de markt.", false},
		{"nl", "a government", "De regering stopt alle export naar het land.", false},
		{"nl", "a relative clause about another noun", "Moskou wil fabrieken die de export naar het land stopzetten in beslag nemen.", false},
		{"nl", "a country opens the clause", "Rusland stopt deze week alle export van graan.", false},
	}
	var cases []kindCase
	for _, r := range rows {
		c := kindCase{kind: "other agent", name: r.lang + ": " + r.name, lang: r.lang, body: en + r.text, measures: without,
			providers: []prov{{"heineken", "withdraws"}}}
		if r.lang == "nl" {
			c.body = nl + r.text
		}
		if r.own {
			c.kind, c.measures = "own measure", with
		}
		cases = append(cases, c)
	}
	runKindCases(t, x, cases)
}
