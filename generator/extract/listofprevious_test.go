package extract_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

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

// TestEnglishMessageOfTheCompanyInFocus: "said a statement" and "the
// Memphis, Tennessee-based company said" speak for the company in focus;
// "In a statement, X said" and "an update on X's website" keep X.
func TestEnglishMessageOfTheCompanyInFocus(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct{ name, body, quote, speaker string }{
		{"said a statement",
			"Spotify closed its office in Moscow. \"We are pausing every paid plan in the country for now,\" said a statement.",
			"We are pausing every paid plan", "Spotify"},
		{"a city and state before -based",
			"FedEx halted deliveries to Russia. \"Our people come first in all of this,\" the Memphis, Tennessee-based company said.",
			"Our people come first", "FedEx"},
		{"in a statement, a company said",
			"Equinor left Russia in March. In a statement, Shell said it would leave too. \"We are shocked by what we see every day,\" it added.",
			"We are shocked by what", "Shell"},
		{"an update on another company's website",
			"Nestle kept selling baby food in Russia. \"Our thoughts are with everyone who is suffering now,\" reads a short update on Danone's website.",
			"Our thoughts are with everyone", "Danone"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: "en", Body: c.body})
			for _, q := range res.Quotes {
				if strings.HasPrefix(q.Text, c.quote) {
					if q.Speaker != c.speaker {
						t.Errorf("speaker %q, want %q", q.Speaker, c.speaker)
					}
					return
				}
			}
			t.Errorf("quote %q not found in %+v", c.quote, res.Quotes)
		})
	}
}
