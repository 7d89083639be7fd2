package extract_test

import "testing"

// TestSpeakerNamedSubject12 covers the company a quotation speaks for
// when another company is named nearer or more often: a focus word before
// the subject ("Ook X geeft ...") leaves it the subject, so a quotation
// after it is X's and not the one before continued; an apposition ("As a
// US-based company, X is ...") opening a statement leaves X its subject;
// and "said the company" after a sentence naming one company is that one,
// not the company the article is mostly about.
func TestSpeakerNamedSubject12(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a focus word before the subject", "en",
			"Philips closed its Moscow office. Siemens said it was 'far too early' to judge the damage. Also Philips gave no details. \"In the coming weeks we will keep talking with our staff there.\"",
			"In the coming weeks", "Philips", "philips"},
		{"a focus word before the subject", "nl",
			"Philips sluit zijn kantoor in Moskou. Siemens zegt dat het 'veel te vroeg is' om de schade te schatten. Ook Philips geeft geen details. \"De komende weken blijven we in gesprek met ons personeel daar.\"",
			"De komende weken blijven", "Philips", "philips"},
		{"an apposition opens the statement", "en",
			"Siemens halted shipments to Russia, and Siemens also closed two plants. Siemens staff were told on Monday.\n\n\"As a Dutch company, Philips is committed to every sanction the EU has imposed on Russia,\" said the company.",
			"As a Dutch company", "Philips", "philips"},
		{"an apposition opens the statement", "nl",
			"Siemens stopte de leveringen aan Rusland, en Siemens sloot ook twee fabrieken. Het personeel van Siemens hoorde het maandag.\n\n\"Als Nederlands bedrijf houdt Philips zich aan elke sanctie die de EU tegen Rusland heeft ingesteld\", zei het bedrijf.",
			"Als Nederlands bedrijf", "Philips", "philips"},
		{"an apposition that names another company", "en",
			"Philips sold its Russian arm last year.\n\n\"As part of Siemens, Philips Russia no longer serves any client in the region,\" the firm wrote.",
			"As part of Siemens", "Philips", "philips"},
		{"an apposition that names another company", "nl",
			"Philips verkocht vorig jaar zijn Russische tak.\n\n\"Als onderdeel van Siemens bedient Philips Rusland geen klanten meer in de regio\", schreef de firma.",
			"Als onderdeel van Siemens", "Philips", "philips"},
		{"the company the sentence before names", "en",
			"Siemens halted shipments to Russia, and Siemens also closed two plants. Siemens staff were told on Monday.\n\nBuyers would have to open an account in Moscow. But that is refused by Philips. \"These demands put us at risk of breaking the sanctions,\" the company said in a statement.",
			"These demands put us", "Philips", "philips"},
		{"the company the sentence before names", "nl",
			"Siemens stopte de leveringen aan Rusland, en Siemens sloot ook twee fabrieken. Het personeel van Siemens hoorde het maandag.\n\nKopers zouden een rekening in Moskou moeten openen. Maar dat weigert Philips. \"Deze eisen brengen ons in gevaar de sancties te schenden\", zegt het bedrijf in een persbericht.",
			"Deze eisen brengen ons", "Philips", "philips"},
	})
}

// TestSpeakerTitleCut12 covers a name the speech verb introduces with its
// title after it, where a comma splits the title and its first word
// ("Vice") would otherwise end the name; a two-word name keeps its last
// word whatever it is.
func TestSpeakerTitleCut12(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a title's first word before the comma", "en",
			"Philips is leaving Russia.\n\n\"We have taken every step to keep our supply of parts secure for customers,\" said Anna de Vries Vice, President Communications at Philips.",
			"We have taken every step", "Anna de Vries", "philips"},
		{"a title's first word before the comma", "nl",
			"Philips vertrekt uit Rusland.\n\n\"We hebben alle stappen gezet om de levering van onderdelen voor klanten veilig te stellen\", aldus Anna Jansen Vice, President Communicatie bij Philips.",
			"We hebben alle stappen", "Anna Jansen", "philips"},
	})
}
