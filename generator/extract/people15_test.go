package extract_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestAppositionPerson: a person the article introduces by name and then a
// role in an apposition ("X, a software engineer from Y,", "X (45),
// eigenaar van ...", "X, onderzoeker en publicist.") is a person, and "she
// said" / "zei ze" / "zegt hij" after her quotation resolve to her. A
// company in an apposition stays a company. A sentence right after a
// quotation that opens with "the words of" / "de woorden van" names its
// speaker, even behind a title.
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
		{"a company named before the role is the person's", "en",
			"Cloudflare and Akamai both changed course in Russia. Akamai said it would close its Moscow office.\n\nJane Roe, a Cloudflare spokesperson, gave no figures.\n\n\"We suspended those accounts last week,\" she said.",
			"We suspended those accounts", "Jane Roe", "cloudflare"},
		{"a company named before the role is the person's", "nl",
			"Cloudflare en Akamai veranderden allebei van koers in Rusland. Akamai zei zijn kantoor in Moskou te sluiten.\n\nJanneke de Roo, een Cloudflare-woordvoerder, gaf geen cijfers.\n\n\"We hebben die accounts vorige week opgeschort\", zei ze.",
			"We hebben die accounts", "Janneke de Roo", "cloudflare"},
		{"a registry company by one word of its name", "en",
			"Caterpillar and John Deere both changed course in Russia. Caterpillar said it would close its plant.\n\nJane Roe, a Deere spokeswoman, gave no figures.\n\n\"We halted those shipments last week,\" she said.",
			"We halted those shipments", "Jane Roe", "deere"},
		{"a registry company by one word of its name", "nl",
			"Caterpillar en John Deere veranderden allebei van koers in Rusland. Caterpillar zei zijn fabriek te sluiten.\n\nJanneke de Roo, een woordvoerster van Deere, gaf geen cijfers.\n\n\"We hebben die leveringen vorige week stopgezet\", zei ze.",
			"We hebben die leveringen", "Janneke de Roo", "deere"},
		{"de woorden van", "nl",
			"Kopers krijgen het moeilijk.\n\n\u2018Blokkeer niet alleen politici, maar iedereen.\u2019 De woorden van de Oekra\u00efense vicepremier Petro Bondar laten geen twijfel.",
			"Blokkeer niet alleen", "Petro Bondar", ""},
		{"those were the words of", "en",
			"Buyers face a hard time.\n\n\"Block not only politicians but everyone.\" Those were the words of Ukrainian deputy prime minister Petro Bondar on Sunday.",
			"Block not only", "Petro Bondar", ""},
	})
}

// TestAccordingToHim: "volgens hem" / "according to her" after a sentence
// that names one person attributes what the sentence reports to that
// person, not to the words that open the sentence.
func TestAccordingToHim(t *testing.T) {
	x := newExtractor(t)
	cases := []speakerCase{
		{"volgens hem", "nl",
			"Dat klopt, vindt Pieter Jansen, blockchain-onderzoeker en schrijver. Een totaal verbod helpt volgens hem niemand.",
			"Een totaal verbod", "Pieter Jansen", ""},
		{"according to her", "en",
			"That is right, says Anna de Wit, a crypto researcher. A full ban would according to her hurt ordinary people most.",
			"A full ban", "Anna de Wit", ""},
	}
	for _, c := range cases {
		got, ok := speakerOf(x.Extract(extract.Document{Lang: c.lang, Body: c.body}).Quotes, c.quote)
		if !ok {
			t.Errorf("%s/%s: no quotation starting %q", c.lang, c.name, c.quote)
		} else if lastName(got) != lastName(c.speaker) {
			t.Errorf("%s/%s: speaker %q, want %q", c.lang, c.name, got, c.speaker)
		}
	}
}

// speakerOf returns the speaker of the quotation, of any kind, that starts
// with prefix.
func speakerOf(quotes []content.Quote, prefix string) (string, bool) {
	for _, q := range quotes {
		if strings.HasPrefix(q.Text, prefix) {
			return q.Speaker, true
		}
	}
	return "", false
}
