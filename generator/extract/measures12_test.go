package extract_test

import "testing"

// TestMeasureKinds12 reproduces, in our own words, the sanctions shapes
// round 12 widened: a degree word between the compliance verb and "with"
// ("complied fully with", "in full compliance with"), observing sanctions
// as following them, and sanctions cited as the reason of a step (a
// qualifier or a quotation mark between). Negative cases keep the wider
// shapes from reading a mere mention of sanctions as compliance.
func TestMeasureKinds12(t *testing.T) {
	x := newExtractor(t)
	cases := []kindCase{
		{kind: "sanctions followed", name: "a degree word before with",
			body:      "Avolon said it has complied fully with the new sanctions.",
			providers: []prov{{"avolon", "restricts"}}, measures: map[string][]string{"avolon": {"sanctions-compliance"}}},
		{kind: "sanctions followed", name: "in full compliance",
			body:      "Deloitte says it remains in full compliance with government sanctions.",
			providers: []prov{{"deloitte", "restricts"}}, measures: map[string][]string{"deloitte": {"sanctions-compliance"}}},
		{kind: "sanctions followed", name: "observing sanctions",
			body:      `SUSE is "observing all economic sanctions" against Moscow.`,
			providers: []prov{{"suse", "restricts"}}, measures: map[string][]string{"suse": {"sanctions-compliance"}}},
		{kind: "sanctions followed", name: "sanctions cited with a qualifier",
			body:      `Cogent cited mounting "economic sanctions" in a letter to its clients.`,
			providers: []prov{{"cogent", "restricts"}}, measures: map[string][]string{"cogent": {"sanctions-compliance"}}},
		{kind: "sanctions followed", name: "observers expect sanctions",
			body:     "Observers at Deloitte expect more sanctions on Moscow.",
			measures: map[string][]string{"deloitte": nil}},
		{kind: "sanctions followed", name: "compliance with something else",
			body:     "Avolon is in full compliance with local tax law.",
			measures: map[string][]string{"avolon": nil}},
		{kind: "sanctions followed", name: "Dutch: sanctions cited", lang: "nl",
			body:      "Avolon verwijst naar de strengere Europese sancties.",
			providers: []prov{{"avolon", "restricts"}}, measures: map[string][]string{"avolon": {"sanctions-compliance"}}},
		{kind: "sanctions followed", name: "Dutch: on the grounds of the sanctions", lang: "nl",
			body:      "Deloitte zegt de banden met een beroep op de sancties door te snijden.",
			providers: []prov{{"deloitte", "restricts"}}, measures: map[string][]string{"deloitte": {"sanctions-compliance"}}},
		{kind: "sanctions followed", name: "Dutch: followed fully", lang: "nl",
			body:      "SUSE houdt zich volledig aan de economische sancties.",
			providers: []prov{{"suse", "restricts"}}, measures: map[string][]string{"suse": {"sanctions-compliance"}}},
		{kind: "sanctions followed", name: "Dutch: observers expect sanctions", lang: "nl",
			body:     "Waarnemers bij Deloitte verwachten meer sancties tegen Moskou.",
			measures: map[string][]string{"deloitte": nil}},
	}
	runKindCases(t, x, cases)
}
