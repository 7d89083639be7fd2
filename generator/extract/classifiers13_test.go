package extract_test

import (
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestCompaniesIntroducedByWhatTheyAre covers, in our own words, small or
// local firms no registry lists, which reporting introduces by a noun for
// their trade ("the noodle chain X", "supermarktketen X"), a nationality
// before that noun, an apposition or a legal form (issue 14, unknown13).
// The name counts as a provider only where it takes a step of its own; a
// ministry, a medium, a person, a place, a product or a common word never
// becomes a company.
func TestCompaniesIntroducedByWhatTheyAre(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{"sector chain", "en",
			"The noodle chain Ramen Harbour said it would pull out of Russia.",
			[]prov{{"ramen-harbour", "withdraws"}}, nil},
		{"distributor", "en",
			"IT distributor Kestrel Data has stopped all shipments to Russia.",
			[]prov{{"kestrel-data", "suspends"}}, nil},
		{"brewery", "en",
			"The brewery Grolstad stopped its exports to Russia this week.",
			[]prov{{"grolstad", "suspends"}}, nil},
		{"nationality before the noun", "en",
			"The Finnish retailer Kauppamaa has pulled out of Russia.",
			[]prov{{"kauppamaa", "withdraws"}}, nil},
		{"legal form Oy", "en",
			"Pohjatuote Oy has stopped all exports to Russia.",
			[]prov{{"pohjatuote", "suspends"}}, nil},
		{"legal form GmbH", "en",
			"Wernitz Logistik GmbH suspended all deliveries to Russia.",
			[]prov{{"wernitz-logistik", "suspends"}}, nil},
		{"apposition after the name", "en",
			"Kestrel Data, an IT distributor based in Tallinn, has stopped all shipments to Russia.",
			[]prov{{"kestrel-data", "suspends"}}, nil},
		{"nationality and two trade nouns", "en",
			"Estonian supermarket chain Nordmart has stopped all shipments to Russia.",
			[]prov{{"nordmart", "suspends"}}, nil},
		{"crypto exchange", "en",
			"Crypto exchange Coinvault has suspended all its operations in Russia.",
			[]prov{{"coinvault", "suspends"}}, nil},
		{"legal form Ltd", "en",
			"Harwick Freight Ltd stopped all deliveries to Russia.",
			[]prov{{"harwick-freight", "suspends"}}, nil},
		{"a ministry after the noun is no company", "en",
			"The agency Rosaviatsia said Russian airlines must return leased jets.",
			nil, nil},
		{"legal form in lower case", "en",
			"Harwick plc stopped all deliveries to Russia.",
			[]prov{{"harwick", "suspends"}}, nil},
		{"a trade written onto maker, opening the sentence", "en",
			"Drugmaker Velmora has stopped all shipments to Russia.",
			[]prov{{"velmora", "suspends"}}, nil},
		{"an apposition naming a public body is no company", "en",
			"Rosaviatsia, the aviation agency of the state, told airlines to stop all flights to Russia.",
			nil, nil},
		{"an apposition naming a person's role is no company", "en",
			"Marta Vinter, the retailer's founder, said the chain had stopped all shipments to Russia.",
			nil, nil},
		{"a medium after the noun is no company", "en",
			"The broadcaster said in a report that several firms had left Russia.",
			nil, nil},
		{"a name without a step of its own", "en",
			"The noodle chain Ramen Harbour opened a new shop in Lisbon.",
			nil, nil},
	})
	runProviderCases(t, "nl", []providerCase{
		{"supermarktketen", "nl",
			"Supermarktketen Kruidhof stopt met alle leveringen aan Rusland.",
			[]prov{{"kruidhof", "suspends"}}, nil},
		{"brouwerij", "nl",
			"Brouwerij Van Dalen stopt de export naar Rusland.",
			[]prov{{"van-dalen", "suspends"}}, nil},
		{"nationaliteit voor het zelfstandig naamwoord", "nl",
			"Het Belgische transportbedrijf Rijwiel stopt alle ritten naar Rusland.",
			[]prov{{"rijwiel", "suspends"}}, nil},
		{"modegroep", "nl",
			"De Poolse modegroep Kaprys trekt zich volledig terug uit Rusland.",
			[]prov{{"kaprys", "withdraws"}}, nil},
		{"rechtsvorm B.V.", "nl",
			"Tulpenhof B.V. stopt met alle leveringen aan Rusland.",
			[]prov{{"tulpenhof", "suspends"}}, nil},
		{"luchtvaartmaatschappij", "nl",
			"Luchtvaartmaatschappij Wolkenair schrapt alle vluchten naar Rusland.",
			[]prov{{"wolkenair", "suspends"}}, nil},
		{"cryptobeurs", "nl",
			"De cryptobeurs Muntplein blokkeert alle Russische rekeningen.",
			[]prov{{"muntplein", "restricts"}}, nil},
		{"bijstelling na de naam", "nl",
			"Kaprys, een Poolse modeketen, trekt zich volledig terug uit Rusland.",
			[]prov{{"kaprys", "withdraws"}}, nil},
		{"zuivelcoöperatie", "nl",
			"Zuivelcoöperatie Melkweg stopt met alle leveringen aan Rusland.",
			[]prov{{"melkweg", "suspends"}}, nil},
		{"rechtsvorm BVBA", "nl",
			"Het Gentse Houtkamp BVBA stopt met alle leveringen aan Rusland.",
			[]prov{{"houtkamp", "suspends"}}, nil},
		{"warenhuis aan het begin van de zin", "nl",
			"Warenhuis Koopstad stopt met alle leveringen aan Rusland.",
			[]prov{{"koopstad", "suspends"}}, nil},
		{"winkel als staart van een samenstelling", "nl",
			"Speelgoedwinkel Blokkendoos stopt met alle leveringen aan Rusland.",
			[]prov{{"blokkendoos", "suspends"}}, nil},
		{"een persbureau is geen bedrijf dat handelt", "nl",
			"Volgens persbureau Interfax stoppen veel bedrijven in Rusland.",
			nil, nil},
		{"een ministerie is geen bedrijf", "nl",
			"Het ministerie Buitenlandse Zaken stopt met visa voor Rusland.",
			nil, nil},
		{"geen stap: alleen genoemd", "nl",
			"Brouwerij Van Dalen bestaat honderd jaar.",
			nil, nil},
	})
}

// TestFamilyNameOfAFirmFoundByItsTrade covers, in our own words, a family
// firm introduced by its trade ("brouwerij X") whose owner shares its
// name: the firm's later bare name still counts as the firm, but after a
// given name it is the person's surname, who keeps the quotation.
func TestFamilyNameOfAFirmFoundByItsTrade(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name, lang, body string
		direct           map[string]string
	}{
		{"Dutch, brouwerij then the owner", "nl",
			"Bij bierbrouwerij Valkhof in Tielt ligt de export naar Rusland stil. \"We verkopen daar niets meer\", zegt Joris Valkhof.",
			map[string]string{"We verkopen daar niets meer": "Joris Valkhof"}},
		{"English, brewery then the owner", "en",
			"At the brewery Valkhof the exports to Russia have stopped. \"We sell nothing there any more,\" said Joris Valkhof.",
			map[string]string{"We sell nothing there any more": "Joris Valkhof"}},
	} {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			checkSpeech(t, x.Extract(extract.Document{Lang: c.lang, Body: c.body}), "direct", c.direct)
		})
	}
}
