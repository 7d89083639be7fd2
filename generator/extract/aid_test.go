package extract_test

import "testing"

// aidOnly is the measure set of a company whose only reported response is
// help for people affected by the war.
var aidOnly = []string{"humanitarian-aid"}

// TestEnglishHelpClauses: a company that is the subject of a clause whose
// verb gives, offers, hosts, collects or sends (stances.yaml aid-give) and
// whose object is whom the war hurts (aid-for) or goods for Ukraine
// (aid-goods) responds with aid; its presence in Russia stays unclear. The
// cases on the other side keep the receiver of the help, a country and a
// word that describes companies from becoming providers.
func TestEnglishHelpClauses(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{"hosting refugees", "",
			"Hilton is hosting families who fled the fighting in its hotels near the Polish border.",
			[]prov{{"hilton", "unclear"}}, map[string][]string{"hilton": aidOnly}},
		{"jobs offered to Ukrainians", "",
			"Randstad has set up a desk that matches Ukrainian nationals with open positions across Europe.",
			[]prov{{"randstad", "unclear"}}, map[string][]string{"randstad": aidOnly}},
		{"goods sent to Ukraine", "",
			"DHL sent three trucks of blankets and medicine to Ukraine last week.",
			[]prov{{"dhl", "unclear"}}, map[string][]string{"dhl": aidOnly}},
		{"a fund for staff in Ukraine", "",
			"Tesco launched a hardship fund for colleagues in Ukraine and their relatives.",
			[]prov{{"tesco", "unclear"}}, map[string][]string{"tesco": aidOnly}},
		{"the charities that receive are no providers", "",
			"Ikea pledged a large sum to relief agencies, including UNICEF and the Red Cross.",
			[]prov{{"ikea", "unclear"}}, map[string][]string{"ikea": aidOnly}},
		{"a country in the clause is no company", "",
			"Philips has raised money for relief efforts, and its teams in nearby countries including Poland, Germany and Romania are helping refugees.",
			[]prov{{"philips", "unclear"}}, map[string][]string{"philips": aidOnly}},
		{"aid beside an exit keeps the exit", "",
			"Adidas has left Russia and donated money to help Ukrainian children.",
			[]prov{{"adidas", "withdraws"}}, nil},
		{"call charges to Ukraine waived", "",
			"Vodafone lifted the charges its subscribers pay for phoning and texting family members in Ukraine.",
			[]prov{{"vodafone", "unclear"}}, map[string][]string{"vodafone": aidOnly}},
		{"goods handed out for free", "",
			"Lidl is handing out free meals to refugees at the station in Przemysl.",
			[]prov{{"lidl", "unclear"}}, map[string][]string{"lidl": aidOnly}},
		{"help for customers is no aid", "",
			"Telia helps its business customers move their data to new servers.",
			nil, nil},
		{"refugees without a giver are nobody's step", "",
			"Thousands of refugees crossed into Moldova on Sunday.",
			nil, nil},
	})
}

// TestDutchHelpClauses: the same in Dutch word order, with separable verbs
// ("zamelt ... in", "vangt ... op", "stelt ... beschikbaar") and the verb
// after whom the help is for.
func TestDutchHelpClauses(t *testing.T) {
	runProviderCases(t, "nl", []providerCase{
		{"a separable verb around its object", "",
			"Jumbo zamelt deze week in alle filialen kleding en dekens in voor Oekraïense gezinnen.",
			[]prov{{"jumbo", "unclear"}}, map[string][]string{"jumbo": aidOnly}},
		{"rooms made available", "",
			"Accor stelt in drie hotels kamers beschikbaar voor vluchtelingen uit Kiev.",
			[]prov{{"accor", "unclear"}}, map[string][]string{"accor": aidOnly}},
		{"taking people in", "",
			"Heineken vangt in Polen de gezinnen van zijn Oekraïense medewerkers op.",
			[]prov{{"heineken", "unclear"}}, map[string][]string{"heineken": aidOnly}},
		{"the verb after whom it is for", "",
			"Ahold laat weten dat het voor Oekraïense vluchtelingen extra vacatures openstelt en hen helpt.",
			[]prov{{"ahold-delhaize", "unclear"}}, map[string][]string{"ahold-delhaize": aidOnly}},
		{"goods brought to Ukraine", "",
			"Lidl brengt met eigen vrachtwagens hulpgoederen naar Oekraïne.",
			[]prov{{"lidl", "unclear"}}, map[string][]string{"lidl": aidOnly}},
		{"a collection started", "",
			"KPN is een inzamelingsactie begonnen onder het eigen personeel.",
			[]prov{{"kpn", "unclear"}}, map[string][]string{"kpn": aidOnly}},
		{"the receiving charity is no provider", "",
			"Philips schenkt een flink bedrag aan hulporganisaties, waaronder Unicef en het Rode Kruis.",
			[]prov{{"philips", "unclear"}}, map[string][]string{"philips": aidOnly}},
		{"free travel for refugees", "",
			"NS laat Oekraïense vluchtelingen tot het einde van de maand gratis met de trein reizen.",
			[]prov{{"ns", "unclear"}}, map[string][]string{"ns": aidOnly}},
		{"help in money with no receiver named", "",
			"Ook Randstad steunt financieel, met een bedrag dat het niet bekendmaakt.",
			[]prov{{"randstad", "unclear"}}, map[string][]string{"randstad": aidOnly}},
		{"a free good handed to people is aid, not free protection", "",
			"Tesco zorgt voor broodpakketten die gratis worden uitgedeeld aan Oekraïners die hun huis kwijt zijn.",
			[]prov{{"tesco", "unclear"}}, map[string][]string{"tesco": aidOnly}},
		{"call charges to Ukraine scrapped", "",
			"Telia schrapt tot eind april alle kosten voor gesprekken met Oekraïne.",
			[]prov{{"telia", "unclear"}}, map[string][]string{"telia": aidOnly}},
		{"help for customers is no aid", "",
			"Proximus helpt zakelijke klanten bij het verhuizen van hun servers.",
			nil, nil},
	})
}

// TestUnregisteredGivers: a business the registry lacks is found by its
// role, as the subject of a help clause introduced by what it is
// ("Transportbedrijf X", "the hotel chain X"; stances.yaml aid-giver) or
// shaped like a name; a charity or relief fund that passes help on, a
// person and an ordinary word at a sentence start are not.
func TestUnregisteredGivers(t *testing.T) {
	runProviderCases(t, "", []providerCase{
		{"a Dutch firm introduced by a compound, with a place", "nl",
			"Koeriersbedrijf De Valk uit Zwolle is een inzamelingsactie begonnen voor Oekraïense gezinnen.",
			[]prov{{"de-valk", "unclear"}}, map[string][]string{"de-valk": aidOnly}},
		{"a Dutch farm that takes people in", "nl",
			"Melkveehouder Hoeve Zonneweide vangt drie Oekraïense gezinnen op.",
			[]prov{{"hoeve-zonneweide", "unclear"}}, map[string][]string{"hoeve-zonneweide": aidOnly}},
		{"an English hotel introduced by its kind", "en",
			"The hotel chain Harbourlight has offered free rooms to refugees arriving in Krakow.",
			[]prov{{"harbourlight", "unclear"}}, map[string][]string{"harbourlight": aidOnly}},
		{"a name shaped like no word", "en",
			"BrightKiln has donated generators to families displaced by the war.",
			[]prov{{"brightkiln", "unclear"}}, map[string][]string{"brightkiln": aidOnly}},
		{"a Dutch family name with its particle", "nl",
			"Van der Brink heeft twaalf appartementen ter beschikking gesteld aan gevluchte Oekraïners.",
			[]prov{{"van-der-brink", "unclear"}}, map[string][]string{"van-der-brink": aidOnly}},
		{"capitals before the introducing noun are no name", "nl",
			"Het Twentse bedrijf Lindewerk opende zijn deuren voor vijftien vluchtelingen.",
			[]prov{{"lindewerk", "unclear"}}, map[string][]string{"lindewerk": aidOnly}},
		{"an English farm introduced by two nouns", "en",
			"Dairy farmer Greenhollow Farms is hosting two families who fled Kharkiv.",
			[]prov{{"greenhollow-farms", "unclear"}}, map[string][]string{"greenhollow-farms": aidOnly}},
		{"a family firm keeps its initials and particle", "nl",
			"Volgens de directie van de E. van Dam Groep is de hulp hard nodig. De E. van Dam Groep brengt met eigen vrachtwagens hulpgoederen naar Oekraïne.",
			[]prov{{"e-van-dam", "unclear"}}, map[string][]string{"e-van-dam": aidOnly}},
		{"a relief fund passes help on", "en",
			"The Northgate Relief Fund will give the money to families fleeing the fighting.",
			nil, nil},
		{"a Dutch charity passes help on", "nl",
			"Stichting Lichtpunt brengt de spullen naar Oekraïense vluchtelingen in Polen.",
			nil, nil},
		{"an ordinary word at the sentence start", "en",
			"Volunteers have offered beds to refugees at the border.",
			nil, nil},
	})
}
