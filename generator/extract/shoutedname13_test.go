package extract_test

import "testing"

// TestShoutedOneWordName: an outlet that prints a one-word company name in
// capitals inside an ordinary sentence ("On March 5, SPOTIFY closed ...") names the company, in English and Dutch; in a line all in capitals
// the same letters may be a word, so a shouted heading names nobody.
func TestShoutedOneWordName(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{name: "a one-word name in capitals in a sentence",
			body:      "On March 5, SPOTIFY closed its office in Russia, and Spotify and AIRBNB stopped all sales there.",
			providers: []prov{{"airbnb", "suspends"}, {"spotify", "restricts"}}},
		{name: "a one-word name in capitals in a sentence", lang: "nl",
			body:      "Op 5 maart sloot SPOTIFY zijn kantoor in Rusland.",
			providers: []prov{{"spotify", "restricts"}}},
		{name: "a line all in capitals names nobody",
			body:      "ORANGE ALERT FOR STORMS IN RUSSIA\n\nForecasters warned of heavy rain in Moscow on Friday.",
			providers: nil},
		{name: "a line all in capitals names nobody", lang: "nl",
			body:      "ORANGE ALARM VOOR STORM IN RUSLAND\n\nWeerkundigen waarschuwden vrijdag voor zware regen in Moskou.",
			providers: nil},
	})
}
