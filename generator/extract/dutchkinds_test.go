package extract_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestDutchResponseWording covers, in our own words, the Dutch wording of
// a company's step that the second real batch (testdata/real2/nl) showed
// the cue lexicon lacked: the infinitive after its particle ("terug te
// trekken"), the idioms of leaving (turning one's back, saying farewell,
// joining the exodus), leaving a joint venture, a new owner for the
// Russian business, and sales stops worded as blocking or trade.
func TestDutchResponseWording(t *testing.T) {
	runProviderCases(t, "nl", []providerCase{
		{"terug te trekken after the particle", "nl",
			"Na eerder alleen de export te hebben stilgelegd, laten Philips en ASML nu weten zich volledig terug te trekken uit Rusland.",
			[]prov{{"philips", "withdraws"}, {"asml", "withdraws"}}, nil},
		{"deels terug te trekken is a restriction", "nl",
			"Carlsberg kondigde aan zich deels terug te trekken uit Rusland.",
			[]prov{{"carlsberg", "restricts"}}, nil},
		{"keert Rusland de rug toe", "nl",
			"Ook Adidas keerde Rusland vorige week de rug toe.",
			[]prov{{"adidas", "withdraws"}}, nil},
		{"heeft de Russische markt ... verlaten, time in between", "nl",
			"Heineken heeft de Russische markt een maand na het begin van de oorlog verlaten.",
			[]prov{{"heineken", "withdraws"}}, nil},
		{"stopt voorlopig met zijn winkels in Rusland", "nl",
			"De Zweedse keten Ikea stopt voorlopig met zijn winkels in Rusland.",
			[]prov{{"ikea", "suspends"}}, nil},
		// "Volgt het voorbeeld van X": X took the step the sentence before
		// gave its one company, first.
		{"volgt het voorbeeld van", "nl",
			"Disney zet zijn verhuur in Rusland stop. Daarmee volgt de filmstudio het voorbeeld van Sony.",
			[]prov{{"disney", "suspends"}, {"sony", "suspends"}}, nil},
		{"op een vergelijkbare manier als branchegenoten", "nl",
			"Ikea sluit zijn winkels in Rusland. Het concern reageert zo op een vergelijkbare manier als branchegenoten H&M en Inditex.",
			[]prov{{"ikea", "suspends"}, {"hm", "suspends"}, {"inditex", "suspends"}}, nil},
		{"two companies before: whose example is unknown", "nl",
			"Disney en Ikea zetten hun verkoop in Rusland stop. Daarmee volgt het bedrijf het voorbeeld van Sony.",
			[]prov{{"disney", "suspends"}, {"ikea", "suspends"}}, nil},
		{"zegt Rusland vaarwel", "nl",
			"Lego heeft Rusland na dertig jaar vaarwel gezegd.",
			[]prov{{"lego", "withdraws"}}, nil},
		{"neemt afscheid van Rusland", "nl",
			"Nokia neemt afscheid van Rusland.",
			[]prov{{"nokia", "withdraws"}}, nil},
		{"sluit zich aan bij de uittocht, subjects after the verb", "nl",
			"Vorige maand sloten de Duitse sportmerken Adidas en Puma zich aan bij de uittocht uit Rusland.",
			[]prov{{"adidas", "withdraws"}, {"puma", "withdraws"}}, nil},
		{"maakte bekend te vertrekken", "nl",
			"Ook Danone maakte dinsdag bekend te vertrekken.",
			[]prov{{"danone", "withdraws"}}, nil},
		{"stapt uit een joint venture, the Russian partner is no provider", "nl",
			"TotalEnergies stapt uit zijn samenwerking met het Russische gasbedrijf Novatek.",
			[]prov{{"totalenergies", "withdraws"}}, nil},
		{"a new owner for the Russian business", "nl",
			"Renault zoekt een nieuwe eigenaar voor zijn Russische fabrieken.",
			[]prov{{"renault", "withdraws"}}, nil},
		{"factories in Russia sold", "nl",
			"Danone wil twee fabrieken in Rusland gaan verkopen.",
			[]prov{{"danone", "withdraws"}}, nil},
		{"all activities stopped", "nl",
			"Philips heeft besloten om al zijn activiteiten stop te zetten in Rusland.",
			[]prov{{"philips", "withdraws"}}, nil},
		{"sales blocked", "nl",
			"Ubisoft zei de verkoop van zijn games in Rusland te blokkeren.",
			[]prov{{"ubisoft", "suspends"}}, map[string][]string{"ubisoft": {"suspend-sales"}}},
		{"trade stopped, by a company-specific description", "nl",
			"De Fortnite-maker Epic heeft zijn handel in Rusland stilgelegd.",
			[]prov{{"epic-games", "suspends"}}, map[string][]string{"epic-games": {"suspend-sales"}}},
		{"a service stopped, subject after the verb", "nl",
			"Op 6 maart stopte Spotify zijn service in Rusland.",
			[]prov{{"spotify", "withdraws"}}, map[string][]string{"spotify": {"terminate-services"}}},
		{"followers after the verb", "nl",
			"Adidas stopt met de verkoop in Rusland. Een dag later volgden ook Puma en Nike.",
			[]prov{{"adidas", "suspends"}, {"puma", "suspends"}, {"nike", "suspends"}}, nil},
		{"a sum donated, with nothing after it", "nl",
			"Ook Ubisoft heeft deze week een flink geldbedrag gedoneerd.",
			[]prov{{"ubisoft", "unclear"}}, map[string][]string{"ubisoft": {"humanitarian-aid"}}},
		{"stilgelegd with a long object", "nl",
			"De Zweedse meubelgigant Ikea legt alle activiteiten in Rusland en Wit-Rusland stil.",
			[]prov{{"ikea", "suspends"}}, nil},
		{"stops exports but keeps selling", "nl",
			"Unilever stopt met de import en export van producten naar Rusland, maar blijft basisproducten verkopen.",
			[]prov{{"unilever", "restricts"}}, map[string][]string{"unilever": {"maintain-network", "suspend-sales"}}},
		{"gestopt met zijn dienst", "nl",
			"Netflix is per direct gestopt met zijn dienst in Rusland.",
			[]prov{{"netflix", "withdraws"}}, map[string][]string{"netflix": {"terminate-services"}}},
		{"the web shop closed", "nl",
			"Volgens een woordvoerder van Adidas is de webwinkel in Rusland gesloten.",
			[]prov{{"adidas", "suspends"}}, map[string][]string{"adidas": {"suspend-sales"}}},
		{"een punt achter", "nl",
			"Het Duitse Siemens zet een punt achter zijn Russische activiteiten.",
			[]prov{{"siemens", "withdraws"}}, nil},
		{"a compound of verkoop paused", "nl",
			"Apple heeft alle productverkoop in Rusland gepauzeerd.",
			[]prov{{"apple", "suspends"}}, map[string][]string{"apple": {"suspend-sales"}}},
		{"handed over to a local owner", "nl",
			"McDonald's draagt zijn restaurants in Rusland over aan een lokale eigenaar.",
			[]prov{{"mcdonalds", "withdraws"}}, nil},
		{"a majority stake handed over", "nl",
			"Renault heeft zijn meerderheidsbelang in AvtoVAZ overgedragen aan een Russisch instituut.",
			[]prov{{"renault", "withdraws"}}, nil},
		{"an office closed", "nl",
			"Spotify heeft zijn kantoor in Rusland voor onbepaalde tijd gesloten.",
			[]prov{{"spotify", "restricts"}}, nil},
		{"no longer does business there", "nl",
			"Ook Adidas doet niet langer zaken in Rusland.",
			[]prov{{"adidas", "withdraws"}}, nil},
		{"no new business is a sales stop, not an exit", "nl",
			"Rabobank doet geen nieuwe zaken meer in Rusland.",
			[]prov{{"rabobank", "suspends"}}, map[string][]string{"rabobank": {"suspend-sales"}}},
		{"production in a Russian city stopped", "nl",
			"De Japanse autofabrikant Toyota stopt de productie in zijn fabriek in Sint-Petersburg.",
			[]prov{{"toyota", "suspends"}}, nil},
		{"a channel is no antecedent of a description", "nl",
			"Airbnb-topman Brian Chesky meldde via Twitter dat het verhuurplatform alle activiteiten in Rusland opschort.",
			[]prov{{"airbnb", "suspends"}}, nil},
		{"a registry name that starts with The", "nl",
			"The Pokémon Company schort de verkoop van zijn kaarten in Rusland op.",
			[]prov{{"pokemon-company", "suspends"}}, nil},
	})
}

// TestDutchLists covers, in our own words, lists of companies that real
// batch 2 wrote in ways the list joiner did not know: a short description
// before the next name ("en zijn Zweedse rivaal X", "het Duitse X"), a
// range by its ends ("van X tot Y"), a subsidiary that is part of the
// company before it, and "al dan niet" (whether or not), which negates
// nothing.
func TestDutchLists(t *testing.T) {
	runProviderCases(t, "", []providerCase{
		{"a description before the next name", "nl",
			"Na de exportstop hebben de Duitse sportmarkt Adidas en zijn Amerikaanse rivaal Nike vrijdag laten weten zich volledig terug te trekken uit Rusland.",
			[]prov{{"adidas", "withdraws"}, {"nike", "withdraws"}}, nil},
		{"nationalities before each name, after a relative pronoun", "nl",
			"Daarmee volgt Danone het voorbeeld van het Britse Unilever en het Zwitserse Nestlé, die eerder al afscheid namen van Rusland.",
			[]prov{{"unilever", "withdraws"}, {"nestle", "withdraws"}}, nil},
		{"a description before the next name, English", "en",
			"Adidas and its American rival Nike said on Friday that they are leaving Russia.",
			[]prov{{"adidas", "withdraws"}, {"nike", "withdraws"}}, nil},
		{"a range by its ends", "nl",
			"Een lange rij merken, van Lego tot Ikea, heeft de verkoop in Rusland stopgezet.",
			[]prov{{"lego", "suspends"}, {"ikea", "suspends"}}, nil},
		{"a Russian partner after a description is no list member", "nl",
			"Shell en de Russische gasreus Gazprom trekken zich terug uit het project.",
			[]prov{{"shell", "withdraws"}}, nil},
		{"zowel X als Y", "nl",
			"Zowel Heineken als Carlsberg verlaten Rusland.",
			[]prov{{"heineken", "withdraws"}, {"carlsberg", "withdraws"}}, nil},
		{"the shops of X and Y: owners, not objects", "nl",
			"In Rusland zijn de winkels van H&M en Zara sinds woensdag gesloten.",
			[]prov{{"hm", "suspends"}, {"inditex", "suspends"}}, nil},
		{"net als het Franse X compares, it is no hypothesis", "nl",
			"De Duitse supermarktketen Metro blijft actief in Rusland, net als het Franse Auchan.",
			[]prov{{"metro", "stays"}, {"auchan", "stays"}}, nil},
		{"a separable verb with its object between", "nl",
			"Onder meer Apple, Nike en Ikea schortten hun verkoop in Rusland op.",
			[]prov{{"apple", "suspends"}, {"nike", "suspends"}, {"ikea", "suspends"}}, nil},
		{"stapt ... uit Rusland after a precedent", "nl",
			"Na Shell stapt nu ook BP uit Rusland.",
			[]prov{{"bp", "withdraws"}, {"shell", "withdraws"}}, nil},
		{"announced to stop, in a Russia article", "nl",
			"Ericsson schorst zijn activiteiten in Rusland. Concurrent Nokia kondigde eerder al aan te stoppen.",
			[]prov{{"ericsson", "suspends"}, {"nokia", "suspends"}}, nil},
		{"al dan niet negates nothing", "nl",
			"Steeds meer bedrijven hebben Rusland de afgelopen weken al dan niet voorgoed vaarwel gezegd, zoals Lego en Danone.",
			[]prov{{"lego", "withdraws"}, {"danone", "withdraws"}}, nil},
	})
}

// TestSubordinateAndRelativeClauses covers, in our own words, two kinds
// of clause that the real batches showed: a Dutch subordinate clause
// glues the particle to its verb ("die zich terugtrokken", "dat het de
// verkoop stopzet"), and a relative clause about companies in general
// ("bedrijven die zich terugtrekken") reports their step, not the step of
// the sentence's subject, unless the sentence makes the subject one of
// them, and then the subject's own words still win.
func TestSubordinateAndRelativeClauses(t *testing.T) {
	runProviderCases(t, "", []providerCase{
		{"die zich terugtrokken", "nl",
			"Energiebedrijf Eni was bij de eersten die zich uit Rusland terugtrokken.",
			[]prov{{"eni", "withdraws"}}, nil},
		{"dat het de verkoop opschort", "nl",
			"Lego meldt dat het de verkoop in Rusland opschort.",
			[]prov{{"lego", "suspends"}}, map[string][]string{"lego": {"suspend-sales"}}},
		{"schorsen", "nl",
			"Adyen en Klarna schorsen hun activiteiten in Rusland.",
			[]prov{{"adyen", "suspends"}, {"klarna", "suspends"}}, nil},
		{"aan banden leggen", "nl",
			"Dell heeft besloten de verkoop van zijn laptops in Rusland aan banden te leggen.",
			[]prov{{"dell", "suspends"}}, map[string][]string{"dell": {"suspend-sales"}}},
		{"assembly lines stopped", "nl",
			"Volvo Cars legt volgende week zijn assemblagelijnen stil in Rusland.",
			[]prov{{"volvo-cars", "suspends"}}, nil},
		{"a relative clause about companies is theirs", "nl",
			"Het Kremlin dreigt de fabrieken te onteigenen van bedrijven die zich uit Rusland terugtrekken. Philips stopt met nieuwe leveringen.",
			[]prov{{"philips", "suspends"}}, nil},
		{"a relative clause about companies is theirs, English", "en",
			"Ubisoft stopped selling games in Russia, following other firms that have left the country.",
			[]prov{{"ubisoft", "suspends"}}, nil},
		{"one of the companies that leave", "nl",
			"Daarmee komt Atos in een lange rij van bedrijven die Rusland verlaten.",
			[]prov{{"atos", "withdraws"}}, nil},
		{"one of them, but its own words win", "nl",
			"Nokia is de volgende in een reeks merken die zich uit Rusland terugtrekken. Het bedrijf schort de verkoop van zijn apparatuur op.",
			[]prov{{"nokia", "suspends"}}, nil},
		{"did the same with another company", "nl",
			"Adidas stopt met de verkoop in Rusland. Puma deed op 3 maart hetzelfde met Nike.",
			[]prov{{"adidas", "suspends"}, {"puma", "suspends"}, {"nike", "suspends"}}, nil},
		{"follows companies that leave, then did the same", "nl",
			"Ubisoft treedt in de voetsporen van andere gamebedrijven die Rusland verlaten. Ook Activision Blizzard deed hetzelfde.",
			[]prov{{"activision-blizzard", "withdraws"}}, nil},
	})
}

// providerCase is one text with the providers (and, where given, the
// exact measures) extraction must find in it.
type providerCase struct {
	name, lang, body string
	providers        []prov
	measures         map[string][]string
}

// runProviderCases extracts each case's text, in lang where the case has
// none, and checks its providers.
func runProviderCases(t *testing.T, lang string, cases []providerCase) {
	t.Helper()
	x := newExtractor(t)
	for _, c := range cases {
		if c.lang == "" {
			c.lang = lang
		}
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: c.lang, Body: c.body})
			checkProviders(t, res, c.providers, c.measures)
		})
	}
}

// TestSpeakersAroundTheQuote covers, in our own words, the speakers real
// batch 1 (nl) missed: a person named with an "Org-title" compound and
// later by surname ("Lego-topman X ... zegt Christiansen"), verbs that
// introduce a quotation ("wijst op", "spreekt van"), the person of the
// sentence right after a quotation ("Hij zegt ook ..."), unless a speech
// verb after the quotation already names someone the text does not know,
// and an impersonal "klinkt het" before it, which is the company in focus.
func TestSpeakersAroundTheQuote(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name, lang, body string
		direct           map[string]string
	}{
		{"an Org-title compound, then the surname", "nl",
			"Lego stopt met leveren aan Rusland. Lego-topman Niels Christiansen wijst op \"de grote zorgen over de oorlog in Oekraïne\".\n\n\"We blijven ons personeel daar gewoon betalen\", zegt Christiansen.",
			map[string]string{"de grote zorgen over": "Niels Christiansen", "We blijven ons personeel": "Niels Christiansen"}},
		{"the person of the sentence after", "nl",
			"Akamai blijft actief in Rusland, meldt Akamai-topman Tom Leighton.\n\n\"We zien nu meer verkeer uit Rusland dan ooit tevoren.\" Hij zegt ook dat het netwerk overeind blijft.",
			map[string]string{"We zien nu meer verkeer": "Tom Leighton"}},
		{"the person of the sentence after, English", "en",
			"Nokia will stop deliveries to Russia, chief executive Pekka Lundmark announced.\n\n\"We stand with the people of Ukraine in these dark days.\" He also said the firm would help its staff.",
			map[string]string{"We stand with the people": "Pekka Lundmark"}},
		{"a speech verb after the quote names someone unknown", "nl",
			"Starlink werkt in Oekraïne. 'Ik ben hem dankbaar voor zijn steun aan ons land', tweette Zelenski. Musk zei donderdag dat het systeem blijft werken.",
			map[string]string{"Ik ben hem dankbaar": ""}},
		{"klinkt het: the company in focus", "nl",
			"Telenet maakt bellen naar Oekraïne gratis. De kosten van de voorbije week worden terugbetaald, klinkt het nog. 'We hopen op een snel einde van deze oorlog.'",
			map[string]string{"We hopen op een snel": "Telenet"}},
		{"volgens het ministerie is not impersonal", "nl",
			"TSMC stopt met leveren aan Rusland.\n\nVolgens het ministerie van Economische Zaken zijn de regels streng. 'Het gaat om chips en om de kennis om ze te maken', aldus een woordvoerder van het ministerie.",
			map[string]string{"Het gaat om chips en": ""}},
	} {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			checkSpeech(t, x.Extract(extract.Document{Lang: c.lang, Body: c.body}), "direct", c.direct)
		})
	}
}

// TestNationalityDescriptions: a description with a nationality ("het
// Noorse concern", "the Swedish firm") stands for the one company from
// that country named just before, not for the whole list in focus; two
// companies from there leave it to the usual rules.
func TestNationalityDescriptions(t *testing.T) {
	runProviderCases(t, "", []providerCase{
		{"het Noorse concern", "nl",
			"Shell en Equinor stoppen met de verkoop in Rusland. Het Noorse concern trekt zich bovendien volledig terug.",
			[]prov{{"shell", "suspends"}, {"equinor", "withdraws"}}, nil},
		{"the Swedish firm", "en",
			"Nokia and Ericsson have halted sales in Russia. The Swedish firm is also leaving Russia entirely.",
			[]prov{{"nokia", "suspends"}, {"ericsson", "withdraws"}}, nil},
		{"de oliereus, a compound description", "nl",
			"Equinor stopt met de verkoop in Rusland. De Noorse oliereus trekt zich ook volledig terug.",
			[]prov{{"equinor", "withdraws"}}, nil},
	})
}

// TestTemporarySteps: an exit or a restriction worded as lasting for now
// ("sluit voorlopig al zijn winkels", "temporarily closes its offices") is
// a pause, and a company that follows takes the pause.
func TestTemporarySteps(t *testing.T) {
	runProviderCases(t, "", []providerCase{
		{"voorlopig closing every branch", "nl",
			"Burger King sluit voorlopig al zijn vestigingen in Rusland. Een dag later volgden ook KFC en Starbucks.",
			[]prov{{"burger-king", "suspends"}, {"kfc", "suspends"}, {"starbucks", "suspends"}}, nil},
		{"temporarily closing offices", "en",
			"SAP is temporarily closing its offices in Russia.",
			[]prov{{"sap", "suspends"}}, nil},
		{"closing offices without a time word stays a restriction", "nl",
			"SAP sluit zijn kantoor in Moskou.",
			[]prov{{"sap", "restricts"}}, nil},
	})
}

// TestDutchIndirectSpeech covers, in our own words, the Dutch indirect
// speech the real batches showed missing: the content as an infinitive
// however far after the verb ("zegt ... te volgen"), an announcement in
// the past perfect, more verbs after the content (", verzekert X"), and
// that a quotation with its attribution after it is direct speech only.
func TestDutchIndirectSpeech(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct{ name, body, prefix, speaker string }{
		{"zegt ... te, far apart",
			"Philips zegt de toestand in Oekraïne en in de buurlanden nauwlettend te volgen.",
			"Philips zegt de toestand", "Philips"},
		{"schrijft ... te zijn",
			"In een verklaring schrijft Lego maandag geschokt te zijn door de beelden uit Oekraïne.",
			"In een verklaring schrijft Lego", "Lego"},
		{"had aangekondigd te",
			"Eerder had Adidas al aangekondigd de verkoop in Rusland te zullen stoppen.",
			"Eerder had Adidas al", "Adidas"},
		{", verzekert X",
			"Het personeel in Rusland wordt voorlopig doorbetaald, verzekert Ikea.",
			"Het personeel in Rusland", "IKEA"},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkSpeech(t, x.Extract(extract.Document{Lang: "nl", Body: c.body}), "indirect", map[string]string{c.prefix: c.speaker})
		})
	}
	res := x.Extract(extract.Document{Lang: "nl", Body: "YouTube blokkeert RT. 'We blokkeren deze kanalen met onmiddellijke ingang in heel Europa', klinkt het bij een woordvoerder van YouTube."})
	for _, q := range res.Quotes {
		if q.Kind == "indirect" && strings.Contains(q.Text, "We blokkeren deze kanalen") {
			t.Errorf("a quotation with its attribution after it came out as indirect speech too: %+v", q)
		}
	}
}

// TestDutchReferences covers, in our own words, Dutch ways of saying a
// company took the step of the one before it, and that a colon ends the
// clause of a negation ("... zijn niet de enigen: ook X stopt").
func TestDutchReferences(t *testing.T) {
	const first = "Apple stopt met de verkoop in Rusland. "
	both := []prov{{"apple", "suspends"}, {"samsung", "suspends"}}
	runProviderCases(t, "nl", []providerCase{
		{"volgt het voorbeeld", "", first + "Samsung volgt het voorbeeld van Apple.", both, nil},
		{"sluit zich daarbij aan", "", first + "Ook Samsung sluit zich daarbij aan.", both, nil},
		{"X eveneens", "", first + "Samsung eveneens.", both, nil},
		{"gaat dezelfde weg op", "", first + "Samsung gaat dezelfde weg op.", both, nil},
		{"voor X geldt hetzelfde", "", first + "Voor Samsung geldt hetzelfde.", both, nil},
		{"gaan die kant op, a list", "", "Apple stopt met de verkoop in Rusland, en ook Samsung en LG gaan die kant op.",
			[]prov{{"apple", "suspends"}, {"samsung", "suspends"}, {"lg", "suspends"}}, nil},
		{"a negation does not reach past a colon", "", "Apple en Samsung zijn niet de enigen: ook LG stopt met de verkoop in Rusland.",
			[]prov{{"lg", "suspends"}}, nil},
		{"doing the opposite follows nobody", "", first + "Samsung doet dit niet.",
			[]prov{{"apple", "suspends"}}, nil},
	})
}

// TestDutchPrecision: flights stopped are a pause, and companies that are
// only a source, an analyst's employer, the target of a threat or of a
// call, or a Russian carrier are no providers.
func TestDutchPrecision(t *testing.T) {
	runProviderCases(t, "nl", []providerCase{
		{"flights stopped", "", "Dat meldt persbureau ANP. KLM vliegt niet meer naar Rusland.", []prov{{"klm", "suspends"}}, nil},
		{"flights cancelled", "", "KLM schrapt alle vluchten van en naar Moskou.", []prov{{"klm", "suspends"}}, nil},
		{"a news agency as source", "", "Volgens Reuters stopt Apple met de verkoop in Rusland.", []prov{{"apple", "suspends"}}, nil},
		{"an analyst's employer", "", "Analisten van ING verwachten dat meer bedrijven uit Rusland zullen vertrekken.", nil, nil},
		{"the target of a threat", "", "Het Kremlin dreigt de bezittingen van bedrijven als McDonald's en Ikea te nationaliseren als zij vertrekken.", nil, nil},
		{"the target of a call", "", "Oekraïne roept bedrijven als Nestlé en Unilever op om hun activiteiten in Rusland te stoppen.", nil, nil},
		{"flights elsewhere", "", "Het Russische Aeroflot schrapt alle vluchten naar Europa.", nil, nil},
	})
}

// TestDutchStaysAndRestricts covers, in our own words, Dutch wording of
// staying and restricting, and demands worded as participles: selling
// only some things any more is a restriction, keeping the Russian business
// open is staying, "denkt er niet aan Rusland te verlaten" stays, a
// company asked ("opgeroepen", "geëist") to leave has not left, and
// "stopt tijdelijk met zijn reclamediensten" stops advertising, which by
// the spec says nothing of presence in Russia.
func TestDutchStaysAndRestricts(t *testing.T) {
	runProviderCases(t, "nl", []providerCase{
		{"only still selling some things", "", "Philips levert alleen nog medische apparatuur aan Rusland.", []prov{{"philips", "restricts"}}, nil},
		{"only still selling, the adverb first", "", "Unilever verkoopt in Rusland voortaan uitsluitend nog basisvoedsel.", []prov{{"unilever", "restricts"}}, nil},
		{"keeps its Russian unit open but lends no more", "", "Raiffeisen houdt zijn Russische dochter open, maar verstrekt geen nieuwe kredieten meer.", []prov{{"raiffeisen", "restricts"}}, nil},
		{"no thought of leaving", "", "Auchan denkt er niet aan om Rusland te verlaten.", []prov{{"auchan", "stays"}}, nil},
		{"asked to leave is no step", "", "De Oekraïense minister had Booking en Airbnb eerder opgeroepen om Rusland te verlaten.", nil, nil},
		{"a regulator's demand is no step", "", "De Russische toezichthouder zou geëist hebben dat Google geen advertenties over de oorlog meer verspreidt.", nil, nil},
		{"a stopping noun", "", "Bekaert kondigt de stopzetting van zijn activiteiten in Rusland aan.", []prov{{"bekaert", "suspends"}}, nil},
		{"still supplying for now", "", "UCB levert voorlopig nog geneesmiddelen aan Rusland.", []prov{{"ucb", "stays"}}, map[string][]string{"ucb": {"maintain-network"}}},
		{"a stake given up", "", "AB InBev geeft zijn belang in de Russische joint venture op.", []prov{{"ab-inbev", "withdraws"}}, nil},
		{"Russian channels off the package", "", "Telenet heeft de Russische zenders uit zijn aanbod gehaald.", []prov{{"telenet", "unclear"}}, map[string][]string{"telenet": {"block-state-media"}}},
		{"its Russian factory sold", "", "Ontex verkoopt zijn Russische fabriek aan een lokale partij.", []prov{{"ontex", "withdraws"}}, nil},
		{"stopt tijdelijk met reclamediensten", "", "Zo stopt Google tijdelijk met zijn reclamediensten in Rusland.",
			[]prov{{"google", "unclear"}}, map[string][]string{"google": {"stop-advertising"}}},
	})
}
