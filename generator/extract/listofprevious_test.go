package extract_test

import "testing"

// TestEnglishListOfPrevious: a sentence that only lists whom the sentence
// before spoke of takes that sentence's step, by reference
// (stances.yaml list_of_previous); a lobbying group that reports it is no
// provider (speech.yaml member_bodies).
func TestEnglishListOfPrevious(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{"they are, after a step of companies in general", "",
			"A dozen grocery chains have halted sales of Russian goods this week. They are Ahold Delhaize, Carrefour and Aldi.",
			[]prov{{"ahold-delhaize", "suspends"}, {"carrefour", "suspends"}, {"aldi", "suspends"}},
			nil},
		{"these include, after a lobby's survey", "",
			"The mobile lobbying group GSMA said nine of its members had halted sales in Russia. These include Nokia and Ericsson.",
			[]prov{{"nokia", "suspends"}, {"ericsson", "suspends"}},
			nil},
		{"no step before, no step taken", "",
			"Analysts counted the largest grocery chains in Europe. They are Ahold Delhaize, Carrefour and Aldi.",
			nil, nil},
	})
}

// TestEnglishSimilarStepNouns: a company named with "comparable deals" or
// "similar suspensions by" takes the step of the company before it, by
// reference (stances.yaml follow).
func TestEnglishSimilarStepNouns(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{"comparable deals", "",
			"Vodafone is offering free calls to Ukraine. Telia launched comparable deals.",
			[]prov{{"vodafone", "unclear"}, {"telia", "unclear"}},
			map[string][]string{"telia": {"humanitarian-aid"}}},
		{"similar suspensions by", "",
			"Maersk halted bookings to Russia. The move follows similar suspensions by Hapag-Lloyd last week.",
			[]prov{{"maersk", "suspends"}, {"hapag-lloyd", "suspends"}},
			map[string][]string{"hapag-lloyd": {"suspend-sales"}}},
	})
}
