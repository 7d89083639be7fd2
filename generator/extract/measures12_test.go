package extract_test

import "testing"

// TestMeasureKinds12 reproduces, in our own words, the sanctions shapes
// round 12 widened: a degree word between the compliance verb and "with"
// ("complied fully with", "in full compliance with"), observing sanctions
// as following them, and sanctions cited as the reason of a step (a
// qualifier or a quotation mark between). Negative cases keep the wider
// shapes from reading a mere mention of sanctions as compliance. Then the
// direction of a trade stop: orders to or from Ukraine, or a shop's
// orders of goods from Russia, stop no sale in Russia, while the same
// stop with Russia as its market still does.
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
		// The direction of the trade.
		{kind: "trade direction", name: "bookings for Ukraine",
			body:      "Maersk has suspended bookings for cargo to Ukraine.",
			providers: []prov{{"maersk", "unclear"}}, measures: map[string][]string{"maersk": nil}},
		{kind: "trade direction", name: "a shop's orders from Russia",
			body:      "Colruyt stopped its orders of Russian goods this week.",
			providers: []prov{{"colruyt", "unclear"}}, measures: map[string][]string{"colruyt": nil}},
		{kind: "trade direction", name: "bookings for Russia",
			body:      "Maersk has suspended bookings for cargo to Russia.",
			providers: []prov{{"maersk", "suspends"}}, measures: map[string][]string{"maersk": {"suspend-sales"}}},
		{kind: "trade direction", name: "Ukraine and Russia both stopped",
			body:      "Maersk has suspended bookings for cargo to Ukraine and to Russia.",
			providers: []prov{{"maersk", "suspends"}}, measures: map[string][]string{"maersk": {"suspend-sales"}}},
		{kind: "trade direction", name: "Russia in a list of destinations",
			body:      "DHL stopped accepting new shipments to Ukraine, Russia and Belarus.",
			providers: []prov{{"dhl", "suspends"}}, measures: map[string][]string{"dhl": {"suspend-sales"}}},
		{kind: "trade direction", name: "Dutch: deliveries to Ukraine", lang: "nl",
			body:      "Maersk stopt de leveringen naar Oekraïne.",
			providers: []prov{{"maersk", "unclear"}}, measures: map[string][]string{"maersk": nil}},
		{kind: "trade direction", name: "Dutch: a shop drops Russian vodka", lang: "nl",
			body:      "Colruyt stopt met de verkoop van Russische wodka.",
			providers: []prov{{"colruyt", "unclear"}}, measures: map[string][]string{"colruyt": nil}},
		{kind: "trade direction", name: "Dutch: deliveries to Russia", lang: "nl",
			body:      "Maersk stopt de leveringen naar Rusland.",
			providers: []prov{{"maersk", "suspends"}}, measures: map[string][]string{"maersk": {"suspend-sales"}}},
	}
	runKindCases(t, x, cases)
}
