package extract_test

import "testing"

// TestSpeakerWrittenName13 covers how a company that speaks is named: as
// the text writes it when that is another of its registered names (the
// owner "Fast Retailing" for uniqlo, "John Deere" where the registry also
// knows "Deere & Company"), but by its short name when the text wraps that
// name in more words ("Samsung Electronics", "The Walt Disney Company") or
// writes an acronym.
func TestSpeakerWrittenName13(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the owner's name as written", "en",
			"Fast Retailing said on Thursday that it would halt its Uniqlo shops in Russia. \"We have found it harder and harder to keep our stores open,\" Fast Retailing said in a statement.",
			"We have found it harder", "Fast Retailing", "uniqlo"},
		{"the owner's name as written", "nl",
			"Fast Retailing zegt donderdag zijn Uniqlo-winkels in Rusland te sluiten. \"Het wordt steeds moeilijker om onze winkels open te houden\", meldt Fast Retailing in een verklaring.",
			"Het wordt steeds moeilijker", "Fast Retailing", "uniqlo"},
		{"the registry name written, not the fuller alias", "en",
			"John Deere has suspended all shipments of machines to Russia. \"Our thoughts are with everyone the war has hit,\" John Deere said.",
			"Our thoughts are with", "John Deere", "deere"},
		{"the registry name written, not the fuller alias", "nl",
			"John Deere stopt alle leveringen van machines aan Rusland. \"Onze gedachten zijn bij iedereen die door de oorlog is getroffen\", liet John Deere weten.",
			"Onze gedachten zijn bij", "John Deere", "deere"},
		{"the short name inside a longer one", "en",
			"Samsung Electronics halted its shipments to Russia. \"We will keep monitoring the situation closely for our staff,\" Samsung Electronics said.",
			"We will keep monitoring", "Samsung", "samsung"},
		{"the short name inside a longer one", "nl",
			"Samsung Electronics stopt de leveringen aan Rusland. \"We blijven de situatie voor ons personeel nauwlettend volgen\", aldus Samsung Electronics.",
			"We blijven de situatie", "Samsung", "samsung"},
	})
}
