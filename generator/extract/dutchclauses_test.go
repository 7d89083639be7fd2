package extract_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestDutchVerbClauses covers, in our own words, the Dutch clause shapes
// the third real batch (testdata/real3/nl) showed stance was lost on:
// verb-final subordinate clauses, separable verbs around a long object
// ("legt de productie in ... stil", "liggen ... stil"), the verb before
// its idiom ("zegt ... vaarwel"), an exit named as a noun, stopping "for
// good" with only one channel, selling to Russia (not selling the Russian
// business), keeping only the essentials, ending ties with some customers,
// one product pulled from a store, ties kept intact, releases held back,
// sanctions complied with, and requests or deliberation that are no step.
func TestDutchVerbClauses(t *testing.T) {
	runProviderCases(t, "nl", []providerCase{
		{"verb after its object in a subordinate clause", "",
			"Omdat Metro de activiteiten staakt in Rusland, verliezen veel mensen hun baan.",
			[]prov{{"metro", "suspends"}}, nil},
		{"negated verb-final clause stays", "",
			"Hoewel Auchan niet de activiteiten staakt in Rusland, stuurt het wel voedselpakketten.",
			[]prov{{"auchan", "stays"}}, nil},
		{"production stopped, the Russian plant in between", "",
			"Hyundai legt volgende week de productie in zijn fabriek bij het Russische Kaloega stil.",
			[]prov{{"hyundai", "suspends"}}, nil},
		{"activities lie still", "",
			"Bij Ikea liggen de activiteiten in Rusland sinds maandag stil.",
			[]prov{{"ikea", "suspends"}}, nil},
		{"the verb before farewell", "",
			"Deloitte zegt nu ook Wit-Rusland vaarwel.",
			[]prov{{"deloitte", "withdraws"}}, nil},
		{"the exit as a noun", "",
			"BP bevestigt de terugtrekking uit Rusland.",
			[]prov{{"bp", "withdraws"}}, nil},
		{"stopping ads for good is a measure, not an exit", "",
			"Snapchat is volledig gestopt met advertenties in Rusland.",
			[]prov{{"snap", "unclear"}}, map[string][]string{"snap": {"stop-advertising"}}},
		{"stopping the business for good is an exit", "",
			"Heineken stopt definitief met zijn activiteiten in Rusland.",
			[]prov{{"heineken", "withdraws"}}, nil},
		{"selling to Russia only what is essential", "",
			"Unilever blijft zeep leveren aan Rusland die het concern essentieel vindt.",
			[]prov{{"unilever", "restricts"}}, map[string][]string{"unilever": {"maintain-network"}}},
		{"operations kept that it deems crucial", "",
			"Philips houdt in Rusland alleen die operaties in stand die het cruciaal acht voor patiënten.",
			[]prov{{"philips", "restricts"}}, nil},
		{"ties ended with some customers, to comply with sanctions", "",
			"PwC verbreekt de banden met een aantal van zijn klanten om aan de sancties te voldoen.",
			[]prov{{"pwc", "restricts"}}, map[string][]string{"pwc": {"sanctions-compliance"}}},
		{"one product pulled from the Russian store", "",
			"Nintendo heeft een nieuw spel teruggetrokken uit de Russische webwinkel.",
			[]prov{{"nintendo", "restricts"}}, map[string][]string{"nintendo": {"suspend-sales"}}},
		{"ties kept intact", "",
			"Van alle supermarktketens wil Auchan als enige de banden met Rusland intact houden.",
			[]prov{{"auchan", "stays"}}, nil},
		{"a release postponed", "",
			"Paramount heeft besloten de release van zijn nieuwe film in Rusland uit te stellen.",
			[]prov{{"paramount", "suspends"}}, map[string][]string{"paramount": {"suspend-sales"}}},
		{"announced, with a long subject before the modal", "",
			"Sony kondigde aan dat twee nieuwe films, waaronder een tekenfilm, voorlopig niet uitgebracht zouden worden in Rusland.",
			[]prov{{"sony", "suspends"}}, map[string][]string{"sony": {"suspend-sales"}}},
		{"busy complying is no demand", "",
			"Betaalbedrijf Mollie is druk doende met het naleven van de sancties.",
			[]prov{{"mollie", "restricts"}}, map[string][]string{"mollie": {"sanctions-compliance"}}},
		{"niet- in a compound negates the word, not the step", "",
			"Mondelez stopt met de verkoop van niet-noodzakelijke snoepgoed in Rusland.",
			[]prov{{"mondelez", "suspends"}}, map[string][]string{"mondelez": {"suspend-sales"}}},
		{"the subject between the verb and its infinitive", "",
			"Wel blijft de Franse supermarktketen Auchan in Rusland brood en melk verkopen die het bedrijf essentieel noemt.",
			[]prov{{"auchan", "restricts"}}, map[string][]string{"auchan": {"maintain-network"}}},
		{"a description noun opening the sentence introduces a name", "",
			"Betalingsverwerker Paynl, dat vooral in Nederland actief is, weert klanten op een sanctielijst.",
			[]prov{{"paynl", "restricts"}}, map[string][]string{"paynl": {"sanctions-compliance"}}},
		{"niet alleen ... maar ook is no negation", "",
			"Carlsberg stopt niet alleen met het leveren van bier aan Rusland, maar ook aan Belarus.",
			[]prov{{"carlsberg", "suspends"}}, map[string][]string{"carlsberg": {"suspend-sales"}}},
		{"the company a stake is in is no provider", "",
			"Equinor heeft zijn aandelen in de oliemaatschappij Lukoil van de hand gedaan.",
			[]prov{{"equinor", "withdraws"}}, nil},
		{"a request is no step", "",
			"De minister verzocht Apple om zijn diensten voor Russische klanten te beëindigen.",
			nil, nil},
		{"weighing a step is no step", "",
			"De sancties dwingen Shell om na te denken over of het moet blijven leveren aan Rusland.",
			nil, nil},
	})
}

// TestDutchObjectInsideTheVerb covers, in our own words, Dutch steps
// whose object stands inside a separable verb or before a participle:
// "op ijs", "in de ijskast" (the {halted} class), a singular shipment
// stopped, the Russian unit disposed of, handed over or split off, the
// Russian activities wound down (the company named after them is their
// owner, not a Russian partner), and channels taken off a package.
func TestDutchObjectInsideTheVerb(t *testing.T) {
	runProviderCases(t, "nl", []providerCase{
		{"in de ijskast", "", "Heineken zet zijn investeringen in Rusland in de ijskast.", []prov{{"heineken", "suspends"}}, nil},
		{"op ijs", "", "Philips legt alle nieuwe leveringen aan Rusland op ijs.",
			[]prov{{"philips", "suspends"}}, map[string][]string{"philips": {"suspend-sales"}}},
		{"a singular shipment stopped", "", "Samsung heeft de verzending van zijn producten naar Rusland stilgelegd.",
			[]prov{{"samsung", "suspends"}}, map[string][]string{"samsung": {"suspend-sales"}}},
		{"the Russian unit disposed of", "", "Carlsberg wil zijn Russische dochter Baltika van de hand doen.", []prov{{"carlsberg", "withdraws"}}, nil},
		{"a stake handed over", "", "Renault draagt zijn meerderheidsbelang in AvtoVAZ over aan een Russisch instituut.", []prov{{"renault", "withdraws"}}, nil},
		{"the Russian arm split off", "", "Deloitte splitst zijn Russische tak af van het wereldwijde netwerk.", []prov{{"deloitte", "withdraws"}}, nil},
		{"Russian activities wound down, the owner named after them", "", "De Russische activiteiten van Danone worden afgebouwd.", []prov{{"danone", "restricts"}}, nil},
		{"work stopped", "", "Cisco stopt met zijn werk in Rusland.", []prov{{"cisco", "suspends"}}, nil},
		{"no payments processed any more", "", "Visa en Mastercard verwerken geen betalingen meer in Rusland.",
			[]prov{{"visa", "withdraws"}, {"mastercard", "withdraws"}},
			map[string][]string{"visa": {"terminate-services"}, "mastercard": {"terminate-services"}}},
		{"the service there ended, verb last", "", "Spotify heeft veel luisteraars in Rusland. Het bedrijf zal zijn dienst daar in april beëindigen.",
			[]prov{{"spotify", "withdraws"}}, map[string][]string{"spotify": {"terminate-services"}}},
		{"channels taken off a package", "", "KPN heeft de Russische zenders van zijn tv-aanbod gehaald.",
			[]prov{{"kpn", "unclear"}}, map[string][]string{"kpn": {"block-state-media"}}},
	})
}

// TestDutchCompoundCompanyNouns covers, in our own words, a list of
// examples after a clause whose subject is a Dutch compound for companies
// ("autofabrikanten", "sportmerken"): every example gets the clause's
// step.
func TestDutchCompoundCompanyNouns(t *testing.T) {
	runProviderCases(t, "nl", []providerCase{
		{"examples after a compound subject", "",
			"Steeds meer sportmerken zijn gestopt met verkopen in Rusland, waaronder Puma en Under Armour.",
			[]prov{{"puma", "suspends"}, {"under-armour", "suspends"}},
			map[string][]string{"puma": {"suspend-sales"}, "under-armour": {"suspend-sales"}}},
		{"a compound subject, immediately, no business any more", "",
			"De scheepvaartbedrijven Maersk en MSC doen per direct geen zaken meer met Rusland.",
			[]prov{{"maersk", "withdraws"}, {"msc", "withdraws"}}, nil},
	})
}

// TestDutchSpeakerAttribution covers, in our own words, the speakers the
// third real batch lost: a quotation with no attribution after a sentence
// that attributes speech (a spokesperson "licht ... toe", a press release
// "zo staat in een persbericht van X"), the second verb of a coordination
// ("X heeft ... en stelt dat '...'"), and the verbs "deelt" and "besluit"
// after a quotation.
func TestDutchSpeakerAttribution(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name, lang, body string
		direct           map[string]string
	}{
		{"the speaker of the sentence before, inverted", "nl",
			"Google haalt de app uit zijn winkel, licht Google-woordvoerder Karin Bos toe in een mail aan de krant. 'Wij volgen daarmee de nieuwe regels van de Europese Unie.'",
			map[string]string{"Wij volgen daarmee": "Karin Bos"}},
		{"a press release in the sentence before", "nl",
			"Er gaat twee miljoen euro naar het Rode Kruis, zo staat in een persbericht van Solvay. “Het geld gaat naar schoon water en medicijnen voor gezinnen.”",
			map[string]string{"Het geld gaat naar": "Solvay"}},
		{"the second verb of a coordination", "nl",
			"Deloitte heeft duizenden mensen in dienst in Rusland en stelt dat 'het stoppen daar voor iedereen erg zwaar zal zijn.'",
			map[string]string{"het stoppen daar": "Deloitte"}},
		{"the second verb, the titled person is the subject", "en",
			"Nokia's CEO Pekka Lundmark visited Kyiv and said that \"our engineers will keep the networks there running.\"",
			map[string]string{"our engineers will keep": "Pekka Lundmark"}},
		{"a pronoun after the verb of the sentence before is no speaker", "en",
			"Cloudflare has stayed in Russia.\n\nSome shop owners said they would leave us. One of them, a baker in Delft, wrote to me, \"I will not keep my site with a host that still takes Russian money,\" and I get that.",
			map[string]string{"I will not keep my site": ""}},
		{"deelt after the quotation", "nl",
			"“We zijn diep geschokt door wat er in Oekraïne gebeurt”, deelt Apple in een verklaring.",
			map[string]string{"We zijn diep geschokt": "Apple"}},
		{"besluit after the quotation", "nl",
			"Telenet-woordvoerder Pieter Peeters legt de keuze uit. “We wachten nu op de instructies van de regulator”, besluit Peeters.",
			map[string]string{"We wachten nu op": "Pieter Peeters"}},
	} {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			checkSpeech(t, x.Extract(extract.Document{Lang: c.lang, Body: c.body}), "direct", c.direct)
		})
	}
}

// TestDutchIndirectAttribution covers, in our own words, Dutch indirect
// speech the third real batch missed: the attribution after the content
// with "zo" before its verb, "bekendgemaakt dat", "kwam met het nieuws
// dat", plural "gaven aan dat", a company named by an industry
// description ("de filmstudio"), and a number written with a full stop
// ("10.000") inside the content.
func TestDutchIndirectAttribution(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct{ name, body string }{
		{"zo meldt after the content",
			"Puma sluit al zijn winkels in Rusland, zo meldt het merk aan een persbureau."},
		{"bekendgemaakt dat",
			"Ikea had in maart al bekendgemaakt dat het de verkoop in Rusland stopte."},
		{"kwam met het nieuws dat",
			"Ook Starbucks kwam die week met het nieuws dat het zijn koffiezaken in Rusland sluit."},
		{"plural gaven aan dat",
			"Volvo en Scania gaven eerder al aan dat hun fabrieken stilliggen door een tekort aan onderdelen."},
		{"an industry description as the speaker",
			"Paramount stopt met films in Rusland. De filmstudio kondigde aan dat drie nieuwe titels daar niet in de bioscoop komen."},
		{"a number with a full stop inside the content",
			"Inditex heeft aangegeven 10.000 jassen en 2.500 dekens te schenken aan vluchtelingen."},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: "nl", Body: c.body})
			last := c.body[strings.LastIndex(c.body[:len(c.body)-1], ". ")+1:]
			last = strings.TrimSpace(last)
			for _, q := range res.Quotes {
				if q.Kind == "indirect" && q.Text == last {
					return
				}
			}
			t.Errorf("no indirect speech %q in %+v", last, res.Quotes)
		})
	}
}
