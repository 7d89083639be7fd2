package extract_test

import "testing"

// TestEnglishKinds8 reproduces, in our own words, the kinds of miss that
// round 8 of issue 14 counted on the English half of batch 7: each case is
// one mechanism (a step with an exception, an option under review, a cue
// whose subject is the company's rivals, a fact about staff), and the
// negative cases keep the mechanism from reading more than it should.
func TestEnglishKinds8(t *testing.T) {
	x := newExtractor(t)
	cases := []kindCase{
		// A step with an exception is partial: a restriction.
		{kind: "partial step", name: "an exit except for some goods",
			body:      "Several brands belong to groups such as Colgate-Palmolive and Danone, which had announced their exit from Russia except for the sale of basic foods.",
			providers: []prov{{"colgate-palmolive", "restricts"}, {"danone", "restricts"}}},
		{kind: "partial step", name: "an exit without exception stays an exit",
			body:      "Colgate-Palmolive announced its exit from Russia on Tuesday.",
			providers: []prov{{"colgate-palmolive", "withdraws"}}},
		{kind: "partial step", name: "selling only some goods",
			body:      "Carrefour said it would only sell essential food items in Russia from now on.",
			providers: []prov{{"carrefour", "restricts"}}, measures: map[string][]string{"carrefour": {"suspend-sales"}}},
		{kind: "partial step", name: "limiting sales to essentials",
			body:      "Colgate-Palmolive said it would limit sales to everyday essential goods made in Russia.",
			providers: []prov{{"colgate-palmolive", "restricts"}}, measures: map[string][]string{"colgate-palmolive": {"suspend-sales"}}},
		{kind: "partial step", name: "scaling down",
			body:      "Kraft Heinz said it would scale down its production in Russia.",
			providers: []prov{{"kraft-heinz", "restricts"}}},
		// Staying, worded by what goes on.
		{kind: "staying", name: "its business there continued to operate",
			body:      "Heineken said its business in Russia continued to operate, and it kept paying its staff.",
			providers: []prov{{"heineken", "stays"}}},
		// An exit verb closing its clause with a manner adverbial.
		{kind: "bare exit", name: "exit in an orderly manner",
			body:      "Philip Morris said on Friday it was looking at ways to exit in an orderly manner.",
			providers: []prov{{"philip-morris", "withdraws"}}},
		// An exit named as one option under review is no exit, even said.
		{kind: "weighing", name: "options under review include a withdrawal",
			body:      "Commerzbank, which has run a branch in Russia for decades, said on Monday it would review all the strategic options for its unit in Russia, including a withdrawal from the country.",
			providers: []prov{{"commerzbank", "unclear"}}},
		{kind: "weighing", name: "weighing an exit",
			body:      "Commerzbank is weighing an exit from Russia.",
			providers: []prov{{"commerzbank", "unclear"}}},
		{kind: "weighing", name: "a review followed by a decided exit in its own clause",
			body:      "Commerzbank reviewed its options for weeks. On Monday it said it would leave Russia.",
			providers: []prov{{"commerzbank", "withdraws"}}},
		// The company's rivals as the subject of a cue are not the company.
		{kind: "rivals", name: "its rivals pull out while it stays",
			body:      "After three weeks of war, Deutsche Bank has so far chosen not to leave Russia while its rivals pull out one after another from the country.",
			providers: []prov{{"deutsche-bank", "stays"}}},
		// What a company has in a country is a fact, not a step.
		{kind: "fact", name: "all have engineering teams there",
			body:      "Larger firms including Intel, Cisco, and SAP all have engineering teams across the country, a survey shows.",
			providers: []prov{}},
		{kind: "fact", name: "have closed offices is a step",
			body:      "Intel and Cisco have closed their offices in Russia.",
			providers: []prov{{"intel", "restricts"}, {"cisco", "restricts"}}},
		// A demand's object described by what it still does: the text's
		// own report, with the examples named after it.
		{kind: "demand object", name: "multinationals still operating there, which include",
			body:      "The moves will pressure other multinationals still operating in the country, which include Nestle, Mars Wrigley and Danone.",
			providers: []prov{{"nestle", "stays"}, {"mars", "stays"}, {"danone", "stays"}}},
		{kind: "demand object", name: "what they are pressed to do is no step",
			body:      "The moves will pressure other multinationals to leave the country, such as Nestle and Danone.",
			providers: []prov{}},
		// Whom help is for, fronted before its giver.
		{kind: "aid", name: "for refugees, the giver after the comma",
			body:      "For refugees arriving in Poland, Proximus has donated prepaid SIM cards.",
			providers: []prov{{"proximus", "unclear"}}, measures: map[string][]string{"proximus": {"humanitarian-aid"}}},
		// A general step, then a sentence that only lists whom the text
		// heard from: each takes the step, and names the registry lacks
		// count in a list of registered companies.
		{kind: "list of general step", name: "heard from a list after a general step",
			body:      "For families displaced by the fighting, dozens of telcos in Europe have donated data and call minutes. Yesterday we heard back from Ukrtelecom, Telecom Italia, Nova, Cosmote and Deutsche Telekom, with more expected soon.",
			providers: []prov{{"ukrtelecom", "unclear"}, {"telecom-italia", "unclear"}, {"nova", "unclear"}, {"cosmote", "unclear"}, {"deutsche-telekom", "unclear"}},
			measures:  map[string][]string{"ukrtelecom": {"humanitarian-aid"}, "nova": {"humanitarian-aid"}}},
		{kind: "list of general step", name: "a Dutch list holds a name the registry lacks", lang: "nl",
			body:      "De ketens Lidl, Korvita en Aldi sluiten al hun winkels in Rusland.",
			providers: []prov{{"lidl", "suspends"}, {"korvita", "suspends"}, {"aldi", "suspends"}}},
		{kind: "list of general step", name: "a region after an article in a list is no company",
			body:      "Across the Baltics, Telia and Proximus offered free calls to Ukraine.",
			providers: []prov{{"telia", "unclear"}, {"proximus", "unclear"}}},
		{kind: "list of general step", name: "a list that is the subject of its own clause",
			body:      "Many companies have left Russia. Ukrtelecom, Telecom Italia and Proximus reported strong earnings on Monday.",
			providers: []prov{}},
		// Wording: a gerund of ceasing, "the country" for Russia, a long
		// aside between the subject and its verb.
		{kind: "wording", name: "ceasing their activities in the country after an aside",
			body:      "Other French lenders have made up their minds: early in the week, Natixis and BNP Paribas, clearly far less exposed and so with less at stake, announced that they were ceasing their activities in the country.",
			providers: []prov{{"natixis", "withdraws"}, {"bnp-paribas", "withdraws"}}},
		// A Russian member firm with a description before it, in a
		// possessive announcement.
		{kind: "wording", name: "cutting ties with its 300-person Russian member firm",
			body:      "The step followed Mazars's Monday announcement that it was cutting ties with its 300-person Russian member firm.",
			providers: []prov{{"mazars", "withdraws"}}},
		// Whose accounts are closed, named before them; an apposition a
		// copy editor left open.
		{kind: "wording", name: "closing its Russian clients' accounts",
			body:      "Zentrapay, a rival payments fintech has gone a step further. The company will no longer process transfers in Russian roubles and is closing its Russian clients' accounts.",
			providers: []prov{{"zentrapay", "withdraws"}}, measures: map[string][]string{"zentrapay": {"terminate-services"}}},
		// The subject of a clause about Russia whose second verb is only
		// weighed: the first verb's step counts, "there" is Russia.
		{kind: "market subject", name: "halted operations and might quit a venture there",
			body:      "Nestle deepened its retreat this month, pausing most of its sales in Russia, while French carmaker Renault halted its operations and said it might quit a joint venture there.",
			providers: []prov{{"nestle", "suspends"}, {"renault", "suspends"}}},
		{kind: "market subject", name: "a clause that only might act is none",
			body:      "Renault might quit its joint venture in Russia.",
			providers: []prov{}},
		// A title of address makes a person, never a company that gives.
		{kind: "person", name: "Mr before a surname is no giver",
			body:      "Canva will pause all new sales to Russia. Mr Perkins also said he would match all staff donations to relief organisations.",
			providers: []prov{{"canva", "suspends"}}},
		// What a stake is in is not the actor of the sale.
		{kind: "stake", name: "holdings in a partner's units",
			body:      "Last year, the company divested itself of its holdings in Yandex's delivery units.",
			providers: []prov{}},
		// The state as customer, by what it holds or buys.
		{kind: "state customers", name: "state-owned licences suspended",
			body:      "Canva said it would suspend existing Russian state-owned licences.",
			providers: []prov{{"canva", "restricts"}}, measures: map[string][]string{"canva": {"drop-state-customers"}}},
		{kind: "state customers", name: "cease advising the government",
			body:      "Bain said it would cease advising the Russian government.",
			providers: []prov{{"bain", "restricts"}}, measures: map[string][]string{"bain": {"drop-state-customers"}}},
		// Existing customers kept, worded as what is not ended or what
		// they are allowed to go on doing.
		{kind: "keeps customers", name: "not terminating ties with existing customers",
			body:      "Canva will pause all new sales to Russia. Canva said it was not terminating the relationships it has with its existing customers in Russia.",
			providers: []prov{{"canva", "restricts"}}, measures: map[string][]string{"canva": {"maintain-network", "suspend-sales"}}},
		{kind: "keeps customers", name: "allowing Russian sellers to continue",
			body:      "Zalando is allowing Russian sellers to continue selling on its marketplace, but will no longer accept new sellers from Russia.",
			providers: []prov{{"zalando", "restricts"}}},
		// A concessive phrase: the demand inside it is not the report,
		// and the reporting verb before it still commits the step.
		{kind: "concessive", name: "despite calls to cut ties, continues with non-sanctioned clients",
			body:      "Oracle chief Jane Roe wrote to the minister with a plain message: despite Kyiv's calls for it to sever all ties with Russia, the software maker would continue doing business in the country with non-sanctioned clients.",
			providers: []prov{{"oracle", "restricts"}}, measures: map[string][]string{"oracle": {"maintain-network", "sanctions-compliance"}}},
		{kind: "concessive", name: "despite criticism, said it would stay",
			body:      "Oracle said that despite criticism from Kyiv, it would continue doing business in the country.",
			providers: []prov{{"oracle", "stays"}}},
		{kind: "concessive", name: "a demand that no comma closes stays a demand",
			body:      "Kyiv keeps up its calls for Oracle to stop doing business in Russia.",
			providers: []prov{}},
		// Its own service kept for Ukraine, not aid: people send the money.
		{kind: "over-reading", name: "a transfer service kept for people sending money to Ukraine",
			body:      "Revolut said it will continue providing its service to people who need to send money to Ukraine.",
			providers: []prov{{"revolut", "unclear"}}, measures: map[string][]string{"revolut": {"support-ukraine-customers"}}},
		// "Free" after what is offered.
		{kind: "free protection", name: "premium products free of charge for Ukraine",
			body:      "Norton said it was offering its premium products free of charge to the people of Ukraine.",
			providers: []prov{{"norton", "unclear"}}, measures: map[string][]string{"norton": {"free-protection-ukraine", "humanitarian-aid"}}},
	}
	runKindCases(t, x, cases)
}
