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

// TestRealWording17: wording and names batch 17's pages wrote, in our own
// words, both languages: an outlet's own spelling of a registered name
// ("Pepsi-Co", "Hapag Lloyd"), the brands of an aside about the subject
// (no actors), shops closed for a while, customers there who can no
// longer order, all sales shut, plants idled, and a brand introducing an
// unregistered name ("footwear brand Keen").
func TestRealWording17(t *testing.T) {
	x := newExtractor(t)
	runKindCases(t, x, []kindCase{
		{"name variant", "hyphen added", "en",
			"Pepsi-Co said it would halt its soda sales in Russia.",
			[]prov{{"pepsico", "suspends"}}, nil},
		{"name variant", "hyphen dropped", "nl",
			"Hapag Lloyd schort alle boekingen van en naar Rusland op.",
			[]prov{{"hapag-lloyd", "suspends"}}, nil},
		{"owner aside", "brands of the parent", "en",
			"General Mills, the parent company of brands including Pillsbury and Betty Crocker, is suspending its business in Russia.",
			[]prov{{"general-mills", "suspends"}}, nil},
		{"owner aside", "moederbedrijf van", "nl",
			"General Mills, het moederbedrijf van Pillsbury en Betty Crocker, schort zijn activiteiten in Rusland op.",
			[]prov{{"general-mills", "suspends"}}, nil},
		{"temporary closure", "restaurants closed for a while", "en",
			"McDonald's announced that it would temporarily close its 850 restaurants in the country.",
			[]prov{{"mcdonalds", "suspends"}}, nil},
		{"no more orders", "customers there can no longer order", "en",
			"Zalando said customers in Russia would no longer be able to order clothes from its website.",
			[]prov{{"zalando", "suspends"}}, map[string][]string{"zalando": {"suspend-sales"}}},
		{"no more orders", "klanten kunnen niet meer bestellen", "nl",
			"Zalando laat weten dat klanten in Rusland niet langer kleding kunnen bestellen.",
			[]prov{{"zalando", "suspends"}}, map[string][]string{"zalando": {"suspend-sales"}}},
		{"all sales shut", "shut down all sales", "en",
			"H&M, which has 150 stores in Russia, has shut down all sales, online sales included.",
			[]prov{{"hm", "suspends"}}, map[string][]string{"hm": {"suspend-sales"}}},
		{"all sales shut", "stopt alle verkoop", "nl",
			"H&M stopt alle verkoop in Rusland, ook die via de webshop.",
			[]prov{{"hm", "suspends"}}, map[string][]string{"hm": {"suspend-sales"}}},
		{"idled plants", "idling its operations", "en",
			"Magna International is idling its Russian operations after the invasion.",
			[]prov{{"magna", "suspends"}}, nil},
		{"site between", "activities at its project in Russia", "en",
			"Kinross Gold said it was suspending all activities at its development project in Far East Russia.",
			[]prov{{"kinross", "suspends"}}, nil},
		{"site between", "activiteiten bij zijn project in Rusland", "nl",
			"Kinross Gold schort alle activiteiten bij zijn mijnproject in het oosten van Rusland op.",
			[]prov{{"kinross", "suspends"}}, nil},
		{"brand noun", "footwear brand", "en",
			"Volvo has halted all car shipments to Russia. Footwear brand Keen has pledged 50,000 euros to the Red Cross for refugees from Ukraine.",
			[]prov{{"volvo-cars", "suspends"}, {"keen", "unclear"}}, map[string][]string{"keen": {"humanitarian-aid"}}},
		{"brand noun", "het merk", "nl",
			"Volvo heeft alle leveringen aan Rusland stopgezet. Het merk Keen schenkt 50.000 euro aan het Rode Kruis voor vluchtelingen uit Oekraïne.",
			[]prov{{"volvo-cars", "suspends"}, {"keen", "unclear"}}, map[string][]string{"keen": {"humanitarian-aid"}}},
	})
}

// TestRealWording18: wording of batch 18's pages, in our own words, both
// languages: a name the registry spells otherwise followed by its
// registered short form in brackets, companies "operating undeterred",
// an owner's possessive before a brand in a list, a plural reference that
// must not overrule what the text says of a company by name, ties
// suspended and a catalogue pulled, "along with" in a list, a Russian
// franchise given up, and shows no longer staged.
func TestRealWording18(t *testing.T) {
	x := newExtractor(t)
	runKindCases(t, x, []kindCase{
		{"bracketed short form", "a name spelled otherwise, then its short form", "en",
			"InterContinental Hotel Group (IHG) said it would withdraw from Russia.",
			[]prov{{"ihg", "withdraws"}}, nil},
		{"bracketed short form", "anders gespeld, dan de korte naam", "nl",
			"InterContinental Hotel Group (IHG) trekt zich terug uit Rusland.",
			[]prov{{"ihg", "withdraws"}}, nil},
		{"staying", "operating undeterred", "en",
			"Analysts keep a list of what firms did. Among those operating undeterred: Authentic Brands' Reebok, Halliburton and Subway.",
			[]prov{{"reebok", "stays"}, {"halliburton", "stays"}, {"subway", "stays"}}, nil},
		{"staying", "draait onverstoord door", "nl",
			"Halliburton draait onverstoord door in Rusland.",
			[]prov{{"halliburton", "stays"}}, nil},
		{"named first", "a plural reference does not overrule the name", "en",
			"Koch Industries will continue to operate its two plants in Russia, the company said. Critics said the list glossed over these companies' exits from Russia.",
			[]prov{{"koch", "stays"}}, nil},
		{"ties", "suspend ties with Russia", "en",
			"Maersk and Ericsson are among dozens of companies that announced plans to suspend ties with Russia.",
			[]prov{{"maersk", "suspends"}, {"ericsson", "suspends"}}, nil},
		{"ties", "bevriest de banden met Rusland", "nl",
			"Maersk bevriest de banden met Rusland.",
			[]prov{{"maersk", "suspends"}}, nil},
		{"catalogue", "pulled its games from Russia", "en",
			"Supercell revealed that it has pulled its games from Russia and Belarus.",
			[]prov{{"supercell", "suspends"}}, nil},
		{"catalogue", "haalt zijn games uit Rusland", "nl",
			"Supercell haalt zijn games uit Rusland en Belarus.",
			[]prov{{"supercell", "suspends"}}, nil},
		{"list", "along with", "en",
			"PepsiCo and Coca-Cola, along with McDonald's and Starbucks, announced a suspension of operations in Russia.",
			[]prov{{"pepsico", "suspends"}, {"coca-cola", "suspends"}, {"mcdonalds", "suspends"}, {"starbucks", "suspends"}}, nil},
		{"list", "samen met", "nl",
			"PepsiCo en Coca-Cola, samen met McDonald's en Starbucks, schorten hun activiteiten in Rusland op.",
			[]prov{{"pepsico", "suspends"}, {"coca-cola", "suspends"}, {"mcdonalds", "suspends"}, {"starbucks", "suspends"}}, nil},
		{"franchise", "withdrawing its Russian franchise", "en",
			"Betting operator Parimatch said that it is withdrawing its Russian franchise.",
			[]prov{{"parimatch", "withdraws"}}, nil},
		{"franchise", "beëindigt de Russische franchise", "nl",
			"Het gokbedrijf Parimatch beëindigt de Russische franchise.",
			[]prov{{"parimatch", "withdraws"}}, nil},
		{"example at the end", "an example of a group does not take the topic", "en",
			"The pledge was signed by operators such as KPN and Orange. Think also of suppliers of telecom services, including partner Enreach. Millions of free SIM cards were handed out to refugees from Ukraine.",
			[]prov{{"kpn", "unclear"}, {"orange", "unclear"}, {"enreach", "unclear"}},
			map[string][]string{"kpn": {"humanitarian-aid"}, "orange": {"humanitarian-aid"}, "enreach": nil}},
		{"example at the end", "waaronder aan het eind van de zin", "nl",
			"De brief is ondertekend door operators zoals KPN en Orange. Denk ook aan leveranciers van telecomdiensten, waaronder partner Enreach. Zo zijn miljoenen gratis simkaarten verstrekt aan vluchtelingen uit Oekraïne.",
			[]prov{{"kpn", "unclear"}, {"orange", "unclear"}, {"enreach", "unclear"}},
			map[string][]string{"kpn": {"humanitarian-aid"}, "orange": {"humanitarian-aid"}, "enreach": nil}},
		{"clause of its own", "comes as companies have suspended, including", "en",
			"3M said it would suspend its business in Russia. 3M's announcement comes as companies across many industries have suspended their Russian operations, including Netflix and General Electric.",
			[]prov{{"3m", "suspends"}, {"netflix", "suspends"}, {"general-electric", "suspends"}}, nil},
		{"clause of its own", "terwijl bedrijven, waaronder", "nl",
			"3M schort zijn activiteiten in Rusland op. Dat gebeurt terwijl bedrijven uit alle sectoren hun activiteiten in Rusland opschorten, waaronder Netflix en General Electric.",
			[]prov{{"3m", "suspends"}, {"netflix", "suspends"}, {"general-electric", "suspends"}}, nil},
		{"shows", "will not stage concerts in Russia", "en",
			"Live Nation said it will not stage any concerts in Russia for now.",
			[]prov{{"live-nation", "suspends"}}, nil},
		{"shows", "organiseert geen evenementen in Rusland", "nl",
			"Live Nation organiseert voorlopig geen evenementen in Rusland.",
			[]prov{{"live-nation", "suspends"}}, nil},
	})
}

// TestSpeechVerbIsNoSpeaker: "told The Block when asked" has two verbs of
// speech; the first is no one who speaks, so the quote stays with the
// company whose spokesperson told it.
func TestSpeechVerbIsNoSpeaker(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"told ... when asked", "en",
			"Binance has restricted the accounts of Russian users.\n\n\"Binance follows the rules in every market where we operate,\" a Binance spokesperson told The Ledger when asked.",
			"Binance follows the rules", "Binance", "binance"},
		{"vertelde ... toen gevraagd", "nl",
			"Binance heeft de rekeningen van Russische gebruikers beperkt.\n\n\"Binance volgt de regels in elk land waar we actief zijn\", vertelde een woordvoerder van Binance aan De Munt toen het werd gevraagd.",
			"Binance volgt de regels", "Binance", "binance"},
	})
}
