package extract_test

import "testing"

// TestDutchKindsRound7 covers, in our own words, the kinds of Dutch miss
// that batches 4 to 6 (testdata/real4-6/nl) showed: a subject list between
// the verb and its particle (verb-second), idioms of leaving, an appeal to
// the company (a demand, not its step), an aside after a dash that holds
// "zonder", carrying on a service ("voortzetten", "in stand houden",
// "verandert niets", "blijven open"), shops and flights stopped as a sales
// stop, financial and in-kind help, access to state media limited, and a
// company the registry lacks whose name opens with "De" after the noun
// that introduces it; registry names written without their inner capital
// ("AB Inbev", "Paypal"), in both languages; a company named only as the
// speaker of a quotation about Russia.
func TestDutchKindsRound7(t *testing.T) {
	runProviderCases(t, "nl", []providerCase{
		{"verb-second: a list between nam and afscheid", "nl",
			"Zo namen Société Générale en BNP Paribas afscheid van Rusland.",
			[]prov{{"societe-generale", "withdraws"}, {"bnp-paribas", "withdraws"}}, nil},
		{"pakken hun biezen, a list after zoals", "nl",
			"Brouwers zoals Carlsberg en Heineken pakken hun biezen in Rusland.",
			[]prov{{"carlsberg", "withdraws"}, {"heineken", "withdraws"}}, nil},
		{"an appeal to the company is no step of its own", "nl",
			"Danone blijft actief in Rusland. De burgemeester deed een dringend beroep op Danone om zich uit Rusland terug te trekken.",
			[]prov{{"danone", "stays"}}, nil},
		{"zonder after a dash does not negate the stop", "nl",
			"Volvo Cars stopt voor onbepaalde tijd met de productie in Rusland – zonder verdere uitleg te geven.",
			[]prov{{"volvo-cars", "suspends"}}, nil},
		{"voortzetten: the service goes on", "nl",
			"Voorlopig zal DHL de dienstverlening naar Rusland voortzetten.",
			[]prov{{"dhl", "stays"}}, map[string][]string{"dhl": {"maintain-network"}}},
		{"in stand houden: operations go on", "nl",
			"Siemens laat weten de operaties in Rusland in stand te houden.",
			[]prov{{"siemens", "stays"}}, map[string][]string{"siemens": {"maintain-network"}}},
		{"er verandert niets for its sites there", "nl",
			"Danone heeft twee fabrieken in Rusland. Voor beide fabrieken verandert er vooralsnog niets.",
			[]prov{{"danone", "stays"}}, map[string][]string{"danone": {"maintain-network"}}},
		{"stops its shops while the malls stay open", "nl",
			"Ikea sluit zijn winkels in Rusland. De winkelcentra die Ikea daar uitbaat, blijven wel open.",
			[]prov{{"ikea", "restricts"}}, map[string][]string{"ikea": {"maintain-network", "suspend-sales"}}},
		{"flights scrapped are a sales stop", "nl",
			"Airlines zoals Finnair en SAS schrapten al hun vluchten naar Rusland.",
			[]prov{{"finnair", "suspends"}, {"sas", "suspends"}}, map[string][]string{"finnair": {"suspend-sales"}}},
		{"helps financially", "nl",
			"Philips steunt de bevolking van Oekraïne ook financieel.",
			[]prov{{"philips", "unclear"}}, map[string][]string{"philips": {"humanitarian-aid"}}},
		{"limits access to RT", "nl",
			"Meta beperkte maandag in heel Europa de toegang tot RT en Spoetnik.",
			[]prov{{"meta", "unclear"}}, map[string][]string{"meta": {"block-state-media"}}},
		// Registry names with an inner capital, written with a small one.
		{"AB Inbev for AB InBev, after a descriptive compound", "nl",
			"Bierreuzen zoals Duvel-eigenaar AB Inbev en Carlsberg pakken hun biezen in Rusland.",
			[]prov{{"ab-inbev", "withdraws"}, {"carlsberg", "withdraws"}}, nil},
		{"Paypal for PayPal", "en",
			"Paypal said on Friday it has suspended its services in Russia.",
			[]prov{{"paypal", "suspends"}}, nil},
		{"stopt met alle ... in Rusland, whatever the object", "nl",
			"Veldhuis Coatings stopt met alle markt- en productontwikkeling in Rusland.",
			[]prov{{"veldhuis-coatings", "suspends"}}, map[string][]string{"veldhuis-coatings": {"suspend-sales"}}},
		{"stopt met its ads in Rusland stays a measure of its own", "nl",
			"Snap is gestopt met advertenties in Rusland.",
			[]prov{{"snap", "unclear"}}, map[string][]string{"snap": {"stop-advertising"}}},
		{"watching what the sanctions mean is no compliance", "nl",
			"Philips zegt de situatie in Rusland in de gaten te houden en te bekijken wat de sancties voor gevolgen hebben. Philips is al jaren in Rusland actief.",
			[]prov{{"philips", "stays"}}, map[string][]string{"philips": {}}},
		{"gaat door met, after a pause: a restriction", "nl",
			"Nestlé zet de verkoop van snoep in Rusland stop. Wel gaat Nestlé door met het leveren van babyvoeding aan Russische gezinnen.",
			[]prov{{"nestle", "restricts"}}, map[string][]string{"nestle": {"maintain-network", "suspend-sales"}}},
		{"deels in Rusland zal blijven, the verb last", "nl",
			"Danone maakte bekend dat het alleen nog met zuivel in Rusland zal blijven.",
			[]prov{{"danone", "stays"}}, map[string][]string{"danone": {"maintain-network"}}},
		{"loopt weg van zijn belang", "nl",
			"Naspers laat weten dat het wegloopt van zijn belang in een Russische internetgroep.",
			[]prov{{"naspers", "withdraws"}}, nil},
		{"het verdwijnen van X uit Rusland, a nominal exit", "nl",
			"Met het verdwijnen van Renault uit Rusland is de Russische automarkt een grote speler kwijt.",
			[]prov{{"renault", "withdraws"}}, nil},
		{"the object first, opschorten last", "nl",
			"Visa en Mastercard kondigden aan dat zij hun betaaldiensten in Rusland zullen opschorten.",
			[]prov{{"visa", "suspends"}, {"mastercard", "suspends"}}, nil},
		{"a sanction carried out, accounts blocked", "nl",
			"Rabobank zegt met de blokkade een sanctie van de EU uit te voeren. De rekeningen van de betrokken klanten zijn geblokkeerd.",
			[]prov{{"rabobank", "restricts"}}, map[string][]string{"rabobank": {"sanctions-compliance"}}},
		{"restrictions imposed on Russian clients", "nl",
			"ABN Amro heeft die beperking alleen opgelegd aan Russische klanten buiten de EU.",
			[]prov{{"abn-amro", "restricts"}}, map[string][]string{"abn-amro": {"sanctions-compliance"}}},
		{"Russian media held back is blocking state media", "nl",
			"Meta maakte bekend Russische staatsmedia tegen te houden in de hele EU.",
			[]prov{{"meta", "unclear"}}, map[string][]string{"meta": {"block-state-media"}}},
		// A company named only as the speaker of a quotation about Russia;
		// an analyst's firm the registry lacks is no provider.
		{"a registered company quoted on Russia", "nl",
			"Het luchtruim boven Oekraïne is gesloten. \"Wat dit betekent voor onze vluchten over Rusland zoeken we nog uit\", aldus Lufthansa.",
			[]prov{{"lufthansa", "unclear"}}, nil},
		{"an unregistered firm quoted on Russia is no provider", "nl",
			"Het luchtruim boven Oekraïne is gesloten. \"Vliegen over Rusland wordt voorlopig veel duurder\", zegt analist Piet Smit van Kerkhof Research.",
			nil, nil},
		{"bij de eersten die: one of the first to leave", "nl",
			"Equinor was bij de eersten die zich terugtrokken uit Rusland.",
			[]prov{{"equinor", "withdraws"}}, nil},
		{"a 'kon' in a clause joined after the cue is no hypothesis", "nl",
			"Equinor trok zich terug en verklaarde dat het niet anders kon dan zijn Russische belangen te verkopen.",
			[]prov{{"equinor", "withdraws"}}, nil},
		{"a company the registry lacks, introduced with De", "nl",
			"Transportbedrijf De Vries in Assen is een inzamelingsactie gestart voor vluchtelingen uit Oekraïne.",
			[]prov{{"de-vries", "unclear"}}, map[string][]string{"de-vries": {"humanitarian-aid"}}},
	})
}
