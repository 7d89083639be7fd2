package extract_test

import "testing"

// TestAppositionPerson: a person the article introduces by name and then a
// role in an apposition ("X, a software engineer from Y,", "X (45),
// eigenaar van ...", "X, onderzoeker en publicist.") is a person, and "she
// said" / "zei ze" / "zegt hij" after her quotation resolve to her. A
// company in an apposition stays a company.
func TestAppositionPerson(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"role then a place", "en",
			"Maria Kovalenko, a software engineer from the Ukrainian city of Lviv, decided to stay. She thought an attack was unlikely.\n\n" +
				"\"I never thought it would happen,\" she said.",
			"I never thought", "Maria Kovalenko", ""},
		{"role then a place", "nl",
			"Maria Kovalenko, een software-engineer uit de Oekraïense stad Lviv, besloot te blijven. Ze vond een aanval onwaarschijnlijk.\n\n" +
				"\"Ik had nooit gedacht dat het zou gebeuren\", zei ze.",
			"Ik had nooit gedacht", "Maria Kovalenko", ""},
		{"age in brackets, Dutch compound role", "nl",
			"Jan Peeters (45), bloemenexporteur uit Aalsmeer, ziet zijn orders wegvallen.\n\n" +
				"\"Mijn vrachtwagens staan al weken stil\", zegt hij.",
			"Mijn vrachtwagens staan", "Jan Peeters", ""},
		{"age after a comma, two roles", "en",
			"Tom Baker, 52, an analyst and author, follows the market closely.\n\n" +
				"\"Nobody saw this exodus coming,\" he said.",
			"Nobody saw this exodus", "Tom Baker", ""},
		{"two roles joined by en", "nl",
			"Dat klopt, vindt Pieter Jansen, blockchain-onderzoeker en schrijver.\n\n" +
				"\"Gewone mensen betalen de prijs\", zegt hij.",
			"Gewone mensen betalen", "Pieter Jansen", ""},
		{"a company in the apposition stays a company", "en",
			"Cloudflare, a US security provider, kept its network in Russia running.\n\n" +
				"\"Cutting off Russians would only help the Kremlin,\" the company said.",
			"Cutting off Russians", "Cloudflare", "cloudflare"},
		{"a title word followed by another clause's verb is no apposition", "en",
			"Acme Daily, a Cloudflare spokesperson told us in a statement, got no answer.\n\n" +
				"\"We keep our network running,\" Cloudflare said.",
			"We keep our network", "Cloudflare", "cloudflare"},
	})
}
