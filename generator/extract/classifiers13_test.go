package extract_test

import "testing"

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
		{"a ministry after the noun is no company", "en",
			"The agency Rosaviatsia said Russian airlines must return leased jets.",
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
