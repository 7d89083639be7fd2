package extract_test

import "testing"

// TestDutchKindsRound8 covers, in our own words, the kinds of Dutch miss
// and over-reading that batch 7 (testdata/real7/nl) showed: an adjective of
// place taken for a company ("het Zwolse schoonmaakbedrijf X", "Grote
// Nederlandse uitzendbureaus"), the separable verb opleveren read as a
// supply stop, and free transport for refugees read as free protection
// for Ukraine, and a ministry named without "ministerie" ("Buitenlandse
// Zaken") taken for a company; no more business in Russia with the verb
// last (a relative or subordinate clause), and "houdt ermee op"; "er"
// after a subject, standing for the Russia named just before; "Zij" before
// a plural verb for the list named before; the carrier refugees travel
// with for free; a stop that reads as exit and pause alike, with existing
// customers still served; a Dutch compound ("bierexport") as the object
// of a sales stop; an unregistered name listed with registered ones.
func TestDutchKindsRound8(t *testing.T) {
	runProviderCases(t, "nl", []providerCase{
		{"an adjective of place before the noun that introduces the name", "nl",
			"Marieke Bos, eigenaar van het Zwolse schoonmaakbedrijf Glansrijk, kwam direct in actie. Zij bracht met twee busjes hulpgoederen naar Oekraïne.",
			[]prov{{"glansrijk", "unclear"}}, map[string][]string{"glansrijk": {"humanitarian-aid"}}},
		{"capitalised adjectives open the sentence: no company", "nl",
			"Grote Brabantse bouwbedrijven gaan vluchtelingen uit Oekraïne aan werk helpen.",
			nil, nil},
		{"levert geen problemen op is no supply stop", "nl",
			"Hoeve Zonnedauw vangt vluchtelingen uit Oekraïne op. 'Het werk op de boerderij levert geen enkel probleem op', zegt de boer.",
			[]prov{{"hoeve-zonnedauw", "unclear"}}, map[string][]string{"hoeve-zonnedauw": {"humanitarian-aid"}}},
		{"free transport for refugees is aid, not free protection", "nl",
			"Deutsche Bahn biedt gratis vervoer aan gevluchte Oekraïners.",
			[]prov{{"deutsche-bahn", "unclear"}}, map[string][]string{"deutsche-bahn": {"humanitarian-aid"}}},
		{"rail and bus operators are registry companies", "nl",
			"Arriva en Keolis laten vluchtelingen uit Oekraïne deze maand gratis met de trein en de bus reizen.",
			[]prov{{"arriva", "unclear"}, {"keolis", "unclear"}}, map[string][]string{"arriva": {"humanitarian-aid"}, "keolis": {"humanitarian-aid"}}},
		{"a ministry named without the word ministerie is no provider", "nl",
			"FlixBus rijdt weer naar Kiev. Buitenlandse Zaken geeft vluchtelingen uit Oekraïne hulp bij de terugreis.",
			nil, nil},
		// The verb last, as a relative or subordinate clause writes it.
		{"relative clause with the verb last: geen zaken meer doen", "nl",
			"Spotify en Zalando staan inmiddels in de lange rij bedrijven die geen zaken meer doen in Rusland.",
			[]prov{{"spotify", "withdraws"}, {"zalando", "withdraws"}}, nil},
		{"subordinate clause with the verb last", "nl",
			"Philips meldt dat het in Rusland geen zaken meer doet.",
			[]prov{{"philips", "withdraws"}}, nil},
		{"ook X houdt ermee op: stops what the sentence before spoke of", "nl",
			"Chanel schort zijn activiteiten in Rusland op. Ook modehuis Prada houdt ermee op.",
			[]prov{{"chanel", "suspends"}, {"prada", "suspends"}}, nil},
		// "er" after the subject stands for the Russia named just before.
		{"er after the subject stands for Russia named before", "nl",
			"Franse ketens zijn grote werkgevers in Rusland. Zo heeft ook Decathlon er duizenden mensen in dienst.",
			[]prov{{"decathlon", "unclear"}}, nil},
		{"er with no Russia before it is no clause about Russia", "nl",
			"De oorlog in Oekraïne woedt voort. Carrefour zegt dat er nog geen besluit is.",
			nil, nil},
		// "Zij" before a plural verb: the list the sentence before named.
		{"zij before a plural verb stands for the list before", "nl",
			"In het rapport worden Carrefour en Danone genoemd. Zij behoren tot de bedrijven die zich uit Rusland terugtrekken.",
			[]prov{{"carrefour", "withdraws"}, {"danone", "withdraws"}}, nil},
		// The carrier people travel with gives the help.
		{"gratis met de X reizen: the carrier helps", "nl",
			"Oekraïense vluchtelingen kunnen gratis met de Eurostar reizen.",
			[]prov{{"eurostar", "unclear"}}, map[string][]string{"eurostar": {"humanitarian-aid"}}},
		{"gratis reizen met X", "nl",
			"Vluchtelingen uit Oekraïne kunnen gratis reizen met Arriva.",
			[]prov{{"arriva", "unclear"}}, map[string][]string{"arriva": {"humanitarian-aid"}}},
		{"a carrier the registry lacks", "nl",
			"Vluchtelingen uit Oekraïne kunnen gratis reizen met Regiobus Twente.",
			[]prov{{"regiobus-twente", "unclear"}}, map[string][]string{"regiobus-twente": {"humanitarian-aid"}}},
		{"travelling with a person is no carrier", "nl",
			"Vluchtelingen kunnen gratis reizen met Jan de Vries.",
			nil, nil},
		{"talking with X about free transport is no help by X", "nl",
			"Ze zijn bang. Vluchtelingen praten met Arriva over gratis vervoer.",
			nil, nil},
		// A stop read as exit and as pause at once, with existing
		// customers still served: a restriction.
		{"stops its activities but keeps supplying parts: restricts", "nl",
			"Claas stopt activiteiten in Rusland. Reserveonderdelen aan bestaande klanten blijft het bedrijf wel leveren.",
			[]prov{{"claas", "restricts"}}, map[string][]string{"claas": {"maintain-network"}}},
		{"a compound object before the verb: de bierexport ... staakt", "nl",
			"Carlsberg meldde dat het de bierexport naar Rusland staakt.",
			[]prov{{"carlsberg", "suspends"}}, map[string][]string{"carlsberg": {"suspend-sales"}}},
		// A name the registry lacks, listed with companies it knows.
		{"an unregistered name in a list with registered ones", "nl",
			"Velora, KPN en Ziggo stoppen met de verkoop in Rusland.",
			[]prov{{"velora", "suspends"}, {"kpn", "suspends"}, {"vodafoneziggo", "suspends"}}, nil},
		{"a plural noun or a country in the list is no company", "nl",
			"Banken en KPN helpen vluchtelingen. Polen en Odido helpen ook.",
			[]prov{{"kpn", "unclear"}}, nil},
		{"a list that opens with a common noun lists products", "nl",
			"Google trekt zich niet terug uit Rusland. De browser, Agenda en YouTube blijven voor Russen beschikbaar.",
			[]prov{{"google", "stays"}, {"youtube", "stays"}}, nil},
		{"ook before an unregistered name after the verb", "nl",
			"Zo stopt ook Velora met de export naar Rusland.",
			[]prov{{"velora", "suspends"}}, map[string][]string{"velora": {"suspend-sales"}}},
		{"ook before a country or a politician is no company", "nl",
			"Ook Nederland helpt vluchtelingen. Ook Poetin zegt iets.",
			nil, nil},
		// Names followed by a relative clause about Russia are its subject.
		{"X en Y die ... Rusland: the names are the clause's subject", "nl",
			"Wintershall volgt het voorbeeld van energiebedrijven als Eni en Repsol die eerder zeiden minder gas uit Rusland te kopen.",
			[]prov{{"eni", "unclear"}, {"repsol", "unclear"}}, nil},
		{"clients named before a relative clause about Russia are no providers", "nl",
			"De accountants sluiten hun kantoren. Klanten zoals Colruyt en Umicore, die in Rusland met die kantoren werkten, zoeken nu andere accountants.",
			nil, nil},
	})
}
