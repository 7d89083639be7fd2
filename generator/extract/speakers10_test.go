package extract_test

import "testing"

// TestSpeakerNotACompany10 covers a speaker who is no company's, given to
// the company named near them on batches 1-10: a body the registry does not
// know that opens the clause of a quotation with no speech verb (an agency,
// a regulator), a minister who opens the clause after a colon, and an
// activist. An ordinary word that opens a sentence is no such body: the
// company it names still speaks.
func TestSpeakerNotACompany10(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"an unknown body with an apposition opens the clause", "en",
			"Philips builds scanners near Kaluga.\n\nGosnadzor, the Russian health regulator, accused Philips of \"breaking every promise made to patients\" last week.",
			"breaking every promise", "Gosnadzor", ""},
		{"an unknown body with an apposition opens the clause", "nl",
			"Philips bouwt scanners bij Kaluga.\n\nGosnadzor, de Russische toezichthouder, beschuldigde Philips vorige week van \"het breken van elke belofte aan patiënten\".",
			"het breken van elke belofte", "Gosnadzor", ""},
		{"an unknown body the text names inside a sentence", "en",
			"Philips builds scanners near Kaluga, and the agency Gosnadzor inspects them.\n\nGosnadzor demanded from Philips \"binding guarantees for every device\" by Friday.",
			"binding guarantees for every", "Gosnadzor", ""},
		{"an unknown body the text names inside a sentence", "nl",
			"Philips bouwt scanners bij Kaluga die door Gosnadzor worden gekeurd.\n\nGosnadzor eiste van Philips \"bindende garanties voor elk apparaat\" voor vrijdag.",
			"bindende garanties voor elk", "Gosnadzor", ""},
		{"an ordinary word opens the sentence", "en",
			"Philips builds scanners near Kaluga.\n\nCustomers of Philips got \"the same service as before the war\" all spring.",
			"the same service as before", "Philips", "philips"},
		{"an ordinary word opens the sentence", "nl",
			"Philips bouwt scanners bij Kaluga.\n\nKlanten van Philips kregen het hele voorjaar \"dezelfde service als voor de oorlog\".",
			"dezelfde service als voor", "Philips", "philips"},
		{"a minister opens the clause after a colon", "en",
			"For Philips it was a painful week: Minister Olga Marchenko accused the firm of \"paying for a war of aggression\" on Twitter.",
			"paying for a war", "Olga Marchenko", ""},
		{"a minister opens the clause after a colon", "nl",
			"Voor Philips was het een pijnlijke week: minister Olga Marchenko beschuldigde het bedrijf via Twitter van \"het betalen van een aanvalsoorlog\".",
			"het betalen van een", "Olga Marchenko", ""},
		{"an activist speaks for no company", "en",
			"Polish activist Jan Nowak stood outside a Philips store in Warsaw. \"They keep selling while our cities burn,\" Nowak said.",
			"They keep selling", "Jan Nowak", ""},
		{"an activist speaks for no company", "nl",
			"De Poolse activist Jan Nowak stond voor een winkel van Philips in Warschau. \"Ze blijven verkopen terwijl onze steden branden\", zei Nowak.",
			"Ze blijven verkopen", "Jan Nowak", ""},
	})
}

// TestSpeakerParenthesis10 covers a parenthesis between a speaker and the
// speech verb ("Bolt founder X (pictured) said:"), which hid the speaker
// of two quotations on batch 10.
func TestSpeakerParenthesis10(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a parenthesis after the speaker", "en",
			"Philips is leaving Russia.\n\nPhilips chief executive Roy Jakobs (pictured) said: \"Our people in Ukraine come first, and we will keep paying them.\"",
			"Our people in Ukraine", "Roy Jakobs", "philips"},
		{"a parenthesis after the speaker", "nl",
			"Philips vertrekt uit Rusland.\n\nPhilips-topman Roy Jakobs (52) zei: \"Onze mensen in Oekraïne gaan voor, en we blijven hen betalen.\"",
			"Onze mensen in Oekra", "Roy Jakobs", "philips"},
	})
}
