package extract_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestSpeakers8 covers, in our own words, the speakers batch 7 got wrong:
// an organisation named by the short name its id is made of, whatever
// longer form the text or the registry uses; a company's message as the
// subject ("Nintendo's statement said"); an officer named by the company
// and a title after the verb ("according to an Acer spokesperson"); a
// regional arm after the verb; a platform after a preposition that is no
// subject ("on Twitter"); "asked"; and a quotation whose own attribution
// names someone unknown, which does not continue the quotation before it.
func TestSpeakers8(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name, lang, body string
		direct           map[string]string
	}{
		{"the short name the text writes", "en",
			"Banks weigh their options. The Austrian Raiffeisen said it was \"looking at every option for the unit in Moscow.\"",
			map[string]string{"looking at every option": "Raiffeisen"}},
		{"the short name the text writes", "nl",
			"Banken twijfelen. Het Oostenrijkse Raiffeisen zegt: \"We bekijken elke mogelijkheid voor de dochter in Moskou.\"",
			map[string]string{"We bekijken elke mogelijkheid": "Raiffeisen"}},
		{"the registry's short name for a longer form", "en",
			"\"We have paused every shipment to the region for now,\" Samsung Electronics said.",
			map[string]string{"We have paused every shipment": "Samsung"}},
		{"the registry's short name for a longer form", "nl",
			"\"We hebben alle leveringen aan de regio voorlopig stilgelegd\", zei Samsung Electronics.",
			map[string]string{"We hebben alle leveringen": "Samsung"}},
		{"a company's message as the subject", "en",
			"Nintendo stopped its shop there. The company's statement said, \"We are halting all deliveries to the country for now.\"",
			map[string]string{"We are halting all deliveries": "Nintendo"}},
		{"a company's message as the subject", "nl",
			"Philips sluit zijn kantoor. Philips' verklaring stelt: \"We leveren voorlopig niets meer aan het land.\"",
			map[string]string{"We leveren voorlopig niets": "Philips"}},
		{"an officer named by company and title after the verb", "en",
			"Prices went up. \"The office there stays open for repairs, but sells nothing,\" according to an Acer spokesperson.",
			map[string]string{"The office there stays open": "Acer"}},
		{"an officer named by company and title after the verb", "nl",
			"De prijzen stegen. \"Het kantoor blijft open voor reparaties, maar verkoopt niets\", zegt een Philips-woordvoerder.",
			map[string]string{"Het kantoor blijft open": "Philips"}},
		{"a regional arm after the verb", "en",
			"Channels went dark. \"Because of the war we are taking these channels down at once,\" wrote the Google Europe account.",
			map[string]string{"Because of the war": "Google Europe"}},
		{"a regional arm after the verb", "nl",
			"Zenders gingen op zwart. \"Vanwege de oorlog halen we deze kanalen meteen offline\", meldt Google Nederland.",
			map[string]string{"Vanwege de oorlog": "Google Nederland"}},
		{"a platform after a preposition is no subject", "en",
			"Minister Olga Marchenko on Twitter urged Acer to stay out of the country until \"the war is over and the troops have gone home.\"",
			map[string]string{"the war is over": "Olga Marchenko"}},
		{"a platform after a preposition is no subject", "nl",
			"Minister Olga Marchenko schreef op Twitter dat Acer weg moet blijven tot \"de oorlog voorbij is en de troepen naar huis zijn.\"",
			map[string]string{"de oorlog voorbij is": "Olga Marchenko"}},
		{"asked", "en",
			"Sellers worry. \"How do I stop orders from there? Nothing gets delivered anyway,\" a worried seller asked on the forum.",
			map[string]string{"How do I stop orders": "seller"}},
		{"vroeg zich af", "nl",
			"Verkopers maken zich zorgen. \"Hoe houd ik bestellingen van daar nog tegen? Er komt toch niets aan\", vroeg een winkelier zich af op het forum.",
			map[string]string{"Hoe houd ik bestellingen": "winkelier"}},
		{"a subject with more than a gap before the verb", "en",
			"Brands stay. Unilever PLC had also said earlier that it would only sell \"basic goods made in the country to the people who live there.\"",
			map[string]string{"basic goods made in the country": "Unilever"}},
		{"a subject with more than a gap before the verb", "nl",
			"Merken blijven. Unilever NV liet eerder al weten alleen nog \"basisproducten uit het land aan de mensen daar\" te verkopen.",
			map[string]string{"basisproducten uit het land": "Unilever"}},
		{"a name no registry knows as the subject", "en",
			"Apps change course. Lovebird said last week that it was \"giving a refugee charity a dollar for every match made this month.\"",
			map[string]string{"giving a refugee charity": "Lovebird"}},
		{"a name no registry knows as the subject", "nl",
			"Apps gaan om. Lovebird zei vorige week dat het \"voor elke match deze maand een euro aan een vluchtelingenfonds geeft.\"",
			map[string]string{"voor elke match deze maand": "Lovebird"}},
		{"an attribution in a noun phrase", "nl",
			"Het bier blijft daar te koop.\n\n\"We hebben daar geen eigen mensen en brouwen alleen onder licentie\", is de uitleg van Philips.",
			map[string]string{"We hebben daar geen eigen mensen": "Philips"}},
		{"a description no mention resolves: the one company with a step", "nl",
			"Kestrel Paints stopt met alle nieuwe projecten in Rusland. Wel blijft Kestrel Paints leveren aan vaste klanten \"binnen de grenzen van de sancties\", aldus het bedrijf.",
			map[string]string{"binnen de grenzen van": "Kestrel Paints"}},
		{"a description no mention resolves: the one company with a step", "en",
			"Kestrel Paints has suspended its operations in Russia.\n\nExisting clients are still supplied \"within the limits of the sanctions,\" the company said.",
			map[string]string{"within the limits of": "Kestrel Paints"}},
		{"a name no registry knows after an opening clause", "en",
			"\"We are pausing our ads there,\" a Google spokesperson said.\n\nAccording to the paper, Vesta said the ads were \"meant to give viewers a false picture of events\".",
			map[string]string{"meant to give viewers": "Vesta"}},
		{"a name no registry knows after an opening clause", "nl",
			"\"We stoppen daar met advertenties\", zei een woordvoerder van Google.\n\nUit de krant blijkt het volgende: Vesta zei dat de advertenties \"een vals beeld van de gebeurtenissen\" gaven.",
			map[string]string{"een vals beeld van": "Vesta"}},
		{"a shortening the text writes stays", "en",
			"Banks stay. \"We keep our branch in Moscow open for the time being,\" Citi said.",
			map[string]string{"We keep our branch": "Citi"}},
		{"a shortening the text writes stays", "nl",
			"Banken blijven. \"We houden ons filiaal in Moskou voorlopig open\", zei Citi.",
			map[string]string{"We houden ons filiaal": "Citi"}},
		{"a name with a word dropped is the registry's", "en",
			"Epic Games stops selling its games there. \"All of our proceeds this month go to relief in the region,\" Epic said.",
			map[string]string{"All of our proceeds": "Epic Games"}},
		{"a name with a word dropped is the registry's", "nl",
			"Epic Games stopt met de verkoop van zijn games daar. \"Al onze opbrengsten van deze maand gaan naar hulp in de regio\", zei Epic.",
			map[string]string{"Al onze opbrengsten": "Epic Games"}},
		{"a statement that opens with the company's own name", "en",
			"Dell stopped its deliveries last week.\n\n\"Logitech keeps a close eye on the situation and follows every sanction where we operate,\" the company told reporters.",
			map[string]string{"Logitech keeps a close eye": "Logitech"}},
		{"a statement that opens with the company's own name", "nl",
			"Dell stopte vorige week met leveringen.\n\n\"Logitech volgt de situatie op de voet en houdt zich overal aan elke sanctie\", liet het bedrijf weten.",
			map[string]string{"Logitech volgt de situatie": "Logitech"}},
		{"an attribution of its own is no continuation", "en",
			"\"Our staff come first in all of this,\" Logitech said.\n\n" +
				"Philips said on Friday it would close its two offices in Moscow. \"We regret that we must close our doors there for now,\" the lighting house wrote in a post.",
			map[string]string{"We regret that we must close": "Philips"}},
		{"an attribution of its own is no continuation", "nl",
			"\"Ons personeel gaat in dit alles voor\", zei Logitech.\n\n" +
				"Philips liet vrijdag weten zijn twee kantoren in Moskou te sluiten. \"Met spijt sluiten we daar voorlopig de deuren\", schreef het lichthuis in een bericht.",
			map[string]string{"Met spijt sluiten we": "Philips"}},
	} {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			checkSpeech(t, x.Extract(extract.Document{Lang: c.lang, Body: c.body}), "direct", c.direct)
		})
	}
}

// TestQuoteMarks8 covers quotation marks batch 7 printed that extraction
// missed, and titles it read as speech: Dutch papers' ",,...’’" and
// "”...”", a quotation the page cut off after an opening ‘, and a title
// after "titled" or "met de titel".
func TestQuoteMarks8(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name, lang, body, quote string
		want                    bool
	}{
		{"two commas and two high single marks", "nl",
			"Het werk gaat door. ,,We volgen alles op de voet en houden ons personeel veilig’’, aldus een woordvoerder van Philips.",
			"We volgen alles op de voet en houden ons personeel veilig", true},
		{"a closing double mark that opens", "nl",
			"De korting blijft. ”Deze korting is niet bedoeld voor toeristen op weg naar Parijs.”",
			"Deze korting is niet bedoeld voor toeristen op weg naar Parijs.", true},
		{"a closing double mark that opens", "en",
			"Stores closed. ”Our staff of many thousands comes first for us,” the company added.",
			"Our staff of many thousands comes first for us,", true},
		{"a quotation the page cut off", "nl",
			"Ook Heineken geeft geen reactie. ‘De komende weken blijven we de situatie",
			"De komende weken blijven we de situatie", true},
		{"an apostrophe left open is still none", "nl",
			"Het ‘Russische model werkt niet meer, zegt de bank. En dat weet iedereen.",
			"Russische model werkt niet meer, zegt de bank. En dat weet iedereen.", false},
		{"a title after titled", "en",
			"The founders wrote in a letter titled \"We stand with the people of Kyiv\" that they would stop sales.",
			"We stand with the people of Kyiv", false},
		{"a title after met de titel", "nl",
			"De oprichters schreven een brief met de titel \"Wij staan naast de mensen in Kyiv\" en stopten de verkoop.",
			"Wij staan naast de mensen in Kyiv", false},
	} {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: c.lang, Body: c.body})
			found := false
			for _, q := range res.Quotes {
				found = found || q.Kind == "direct" && strings.TrimSpace(q.Text) == c.quote
			}
			if found != c.want {
				t.Errorf("direct quote %q found %v, want %v; quotes %+v", c.quote, found, c.want, res.Quotes)
			}
		})
	}
}

// TestIndirect8 covers, in our own words, the Dutch indirect speech the
// later batches missed: a subject after the finite verb ("Eerder lieten X
// en Y weten", "In het vonnis schrijft de rechtbank dat"), "schrijft ...
// dat" far apart, and attributions after the content with "signaleert",
// "legt ... uit" and "zo laten ... weten". English puts its subject before
// the verb, which the older rules cover; a sentence with no verb of
// saying stays no speech in either language.
func TestIndirect8(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name, lang, body, sentence, speaker string
	}{
		{"a subject after the finite verb", "nl",
			"Vervoerders helpen.\n\nEerder lieten Kestrel en Vantor ook al weten gratis ritten aan te bieden aan vluchtelingen.",
			"Eerder lieten Kestrel en Vantor ook al weten gratis ritten aan te bieden aan vluchtelingen.", "Kestrel en Vantor"},
		{"a described subject after the finite verb", "nl",
			"Het werk lag stil.\n\nIn het vonnis schrijft de rechtbank dat de schade in de loop van het jaar flink is opgelopen.",
			"In het vonnis schrijft de rechtbank dat de schade in de loop van het jaar flink is opgelopen.", "de rechtbank"},
		{"signaleert after the content", "nl",
			"Bedrijven twijfelen.\n\nVeel ondernemers weten nog niet wat ze moeten doen, signaleert Brancheclub Noord.",
			"Veel ondernemers weten nog niet wat ze moeten doen, signaleert Brancheclub Noord.", ""},
		{"legt een woordvoerder uit after the content", "nl",
			"Bedrijven twijfelen.\n\nHet bedrijf heeft nog drie lopende contracten in Rusland, legt een woordvoerder uit.",
			"Het bedrijf heeft nog drie lopende contracten in Rusland, legt een woordvoerder uit.", ""},
		{"no verb of saying", "nl",
			"Bedrijven helpen.\n\nEerder boden de vervoerders al gratis ritten aan vluchtelingen.",
			"", ""},
		{"no verb of saying", "en",
			"Firms help.\n\nEarlier the carriers offered free rides to refugees.",
			"", ""},
	} {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: c.lang, Body: c.body})
			var got *string
			for i, q := range res.Quotes {
				if q.Kind == "indirect" {
					if c.sentence == "" {
						t.Fatalf("indirect speech %q, want none", q.Text)
					}
					if q.Text == c.sentence {
						got = &res.Quotes[i].Speaker
					}
				}
			}
			if c.sentence == "" {
				return
			}
			if got == nil {
				t.Fatalf("no indirect speech %q in %+v", c.sentence, res.Quotes)
			}
			if c.speaker != "" && *got != c.speaker {
				t.Errorf("indirect %q: speaker %q, want %q", c.sentence, *got, c.speaker)
			}
		})
	}
}
