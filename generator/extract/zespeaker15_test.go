package extract_test

import "testing"

// TestDutchSheSaid: Dutch "ze" and "zij" are "she" as well as "they"; next
// to a singular speech verb ("..., zei ze.", "Ze zegt ...") they stand for
// the last person named, as "she said" does in English. With a plural verb
// ("zeiden ze") they do not.
func TestDutchSheSaid(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"she after the verb", "nl",
			"Analist Maria Kovalenko van een bank in Kiev bleef in de stad. Ze verwachtte geen oorlog.\n\n\"Ik schatte de kans heel klein in\", zei ze.",
			"Ik schatte de kans", "Maria Kovalenko", ""},
		{"she before the verb", "nl",
			"Analist Maria Kovalenko van een bank in Kiev bleef in de stad.\n\nZij zegt: \"Niemand had dit voor mogelijk gehouden.\"",
			"Niemand had dit", "Maria Kovalenko", ""},
		{"she said, English for comparison", "en",
			"Analyst Maria Kovalenko of a bank in Kyiv stayed in the city. She did not expect a war.\n\n\"I put the odds very low,\" she said.",
			"I put the odds", "Maria Kovalenko", ""},
		{"they with a plural verb", "nl",
			"Analist Maria Kovalenko en analist Petro Bondar van een bank in Kiev bleven in de stad.\n\n\"We schatten de kans heel klein in\", zeiden ze.",
			"We schatten de kans", "", ""},
	})
}
