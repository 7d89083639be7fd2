package extract_test

import "testing"

// TestGroupSteps17: the ways real reporting gives a step to a group of
// companies and then names them, written in our own words after batch 16:
// "the list includes A and B", "C and D have joined their ranks", a group
// described at length ("bicycle and bike-related companies"), a plural
// pronoun that stands for the group rather than the company in focus, a
// broadcaster's pause on air, and a registered company named often by the
// short name the registry now lists. Both languages.
func TestGroupSteps17(t *testing.T) {
	x := newExtractor(t)
	runKindCases(t, x, []kindCase{
		{"list of previous", "the list includes", "en",
			"Several outdoor brands have suspended their operations in the country. The list includes SRAM and Trek.",
			[]prov{{"sram", "suspends"}, {"trek", "suspends"}}, nil},
		{"list of previous", "de lijst omvat", "nl",
			"Verschillende fietsmerken hebben hun activiteiten in Rusland opgeschort. De lijst omvat SRAM en Trek.",
			[]prov{{"sram", "suspends"}, {"trek", "suspends"}}, nil},
		{"follow", "joined their ranks", "en",
			"SRAM and Trek have halted all shipments to Russia. Tyre makers Michelin and Pirelli have since joined their ranks.",
			[]prov{{"sram", "suspends"}, {"trek", "suspends"}, {"michelin", "suspends"}, {"pirelli", "suspends"}}, nil},
		{"follow", "sluit zich aan bij die rij", "nl",
			"SRAM en Trek hebben hun leveringen aan Rusland opgeschort. Bandenmaker Michelin sluit zich aan bij die rij.",
			[]prov{{"sram", "suspends"}, {"trek", "suspends"}, {"michelin", "suspends"}}, nil},
		{"generic subject", "a group described in several words", "en",
			"A number of cycling and cycling-related companies have suspended their business in the country. Also, tyre makers Michelin and Pirelli have joined their ranks.",
			[]prov{{"michelin", "suspends"}, {"pirelli", "suspends"}}, nil},
		{"plural pronoun", "their after a group noun is the group's", "en",
			"GoDaddy has stopped selling .ru domain names. Other registrars to voice their backing for Kyiv so far include Namecheap, Tucows and Gandi.",
			[]prov{{"godaddy", "suspends"}, {"namecheap", "unclear"}, {"tucows", "unclear"}, {"gandi", "unclear"}}, nil},
		{"plural pronoun", "hun na een groep", "nl",
			"GoDaddy stopt met de verkoop van .ru-domeinnamen. Andere registrars die hun steun aan Kyiv uitspraken, zijn onder meer Namecheap, Tucows en Gandi.",
			[]prov{{"godaddy", "suspends"}, {"namecheap", "unclear"}, {"tucows", "unclear"}, {"gandi", "unclear"}}, nil},
		{"broadcast", "suspending broadcasts of its channels", "en",
			"Paramount said on Friday it was suspending broadcasts of its channels in Russia.",
			[]prov{{"paramount", "suspends"}}, nil},
		{"broadcast", "pulled their signals", "en",
			"Last week Paramount and Netflix pulled their signals in Russia, citing a new media law.",
			[]prov{{"paramount", "suspends"}, {"netflix", "suspends"}}, nil},
		{"broadcast", "stopt met uitzenden", "nl",
			"Paramount stopt per direct met uitzenden in Rusland.",
			[]prov{{"paramount", "suspends"}}, nil},
		{"registry", "a company named often by its short name", "en",
			"Nielsen said it is reviewing its business in Russia. Nielsen declined to say more. Nielsen gave no date for a decision.",
			[]prov{{"nielsen", "unclear"}}, nil},
		{"registry", "vaak genoemd bij de korte naam", "nl",
			"Nielsen bekijkt zijn zaken in Rusland opnieuw. Nielsen wilde niet meer zeggen. Nielsen noemde geen datum.",
			[]prov{{"nielsen", "unclear"}}, nil},
	})
}
