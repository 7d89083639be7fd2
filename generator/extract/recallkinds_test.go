package extract_test

import "testing"

// TestExamplesOfCompaniesInGeneral covers, in our own words, the list of
// examples that follows a step taken by companies in general (issue 14,
// kind 6, seen in testdata/real5/nl): "Steeds meer bedrijven stoppen met
// X. Het gaat bijvoorbeeld om A, B en C." Each example takes the step by
// reference; a sentence that does not open with the examples cue, or a
// step that had a named subject, passes nothing on.
func TestExamplesOfCompaniesInGeneral(t *testing.T) {
	runProviderCases(t, "nl", []providerCase{
		{"het gaat om, with descriptions in the list", "nl",
			"Almaar meer Europese bedrijven stoppen met leveringen aan Rusland. Het gaat onder meer om de autobouwers Renault en Volvo Cars, sportmerk Puma en speelgoedmaker Lego.",
			[]prov{{"renault", "suspends"}, {"volvo-cars", "suspends"}, {"puma", "suspends"}, {"lego", "suspends"}},
			map[string][]string{"renault": {"suspend-sales"}, "volvo-cars": {"suspend-sales"}, "puma": {"suspend-sales"}, "lego": {"suspend-sales"}}},
		{"denk aan", "nl",
			"Tal van westerse bedrijven leveren niet langer aan Rusland. Denk aan Ikea en Adidas.",
			[]prov{{"ikea", "suspends"}, {"adidas", "suspends"}}, nil},
		{"a named subject before: no examples of it", "nl",
			"Lego stopt met leveringen aan Rusland. Het gaat om Puma en Adidas, die in Moskou winkels huren.",
			[]prov{{"lego", "suspends"}}, nil},
		{"not opening the sentence", "nl",
			"Veel bedrijven stoppen met leveringen aan Rusland. Volgens de krant zelf gaat het om Puma en Adidas.",
			nil, nil},
		{"among them, English", "en",
			"More and more Western firms have halted shipments to Russia. Among them are Nike and Adidas.",
			[]prov{{"nike", "suspends"}, {"adidas", "suspends"}}, nil},
	})
}
