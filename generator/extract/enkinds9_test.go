package extract_test

import "testing"

// TestEnglishKinds9 reproduces, in our own words, the kinds of miss that
// round 9 of issue 14 counted on the English half of batch 8, where most
// companies were lost in lists: a list after a colon that names the
// companies a cue's subject spoke of, a list of law firms with their
// acronyms in parentheses and names joined by "&", a company joining a
// list of others in a step, and an office closure that is an exit for a
// firm whose business is its office. Negative cases keep each mechanism
// from reading more than it should.
func TestEnglishKinds9(t *testing.T) {
	x := newExtractor(t)
	cases := []kindCase{
		// Companies as the cue's subject, their names after a colon.
		{kind: "colon list", name: "manufacturers that halted exports, named after a colon",
			body:      "Earlier in the week three Japanese manufacturers stopped their shipments to Russia: Panasonic, Komatsu and Kubota.",
			providers: []prov{{"kubota", "suspends"}, {"komatsu", "suspends"}, {"panasonic", "suspends"}},
			measures:  map[string][]string{"kubota": {"suspend-sales"}, "komatsu": {"suspend-sales"}, "panasonic": {"suspend-sales"}}},
		{kind: "colon list", name: "a colon after a subject that is no company noun",
			body:      "The ministry in Tokyo kept a list of exporters on Monday: Panasonic, Komatsu and Kubota.",
			providers: nil},
		// A list of firms whose members carry their acronyms in
		// parentheses and whose names hold "&".
		{kind: "law firm list", name: "acronyms in parentheses keep the list whole",
			body:      "Allen & Overy (A&O), Linklaters, Bryan Cave Leighton Paisner (BCLP) and Winston & Strawn are the latest law firms shutting down their Moscow offices.",
			providers: []prov{{"allen-overy", "withdraws"}, {"linklaters", "withdraws"}, {"bryan-cave-leighton-paisner", "withdraws"}, {"winston-strawn", "withdraws"}}},
		{kind: "law firm list", name: "unregistered firms named with an ampersand between registered ones",
			body:      "Dentons, Jones Day, Harlow Fenwick (HF) and Tarrant & Bloom said they would close their offices in Moscow.",
			providers: []prov{{"dentons", "withdraws"}, {"jones-day", "withdraws"}, {"harlow-fenwick", "restricts"}, {"tarrant-bloom", "restricts"}}},
		// Closing the office is an exit only where the office is the
		// business; for now it is a pause.
		{kind: "office closure", name: "a streaming service closing its office restricts",
			body:      "Spotify closed its office in Moscow this week.",
			providers: []prov{{"spotify", "restricts"}}},
		{kind: "office closure", name: "a law firm closing its office for now pauses",
			body:      "Akin Gump has temporarily closed its office in Moscow.",
			providers: []prov{{"akin-gump", "suspends"}}},
		{kind: "office closure", name: "offices closed for now with no place named",
			body:      "Two firms - Jones Day and Dentons - have temporarily closed their offices pending further news.",
			providers: []prov{{"jones-day", "suspends"}, {"dentons", "suspends"}}},
		{kind: "office closure", name: "offices closed in Ukraine are no step in Russia",
			body:      "Dentons closed its offices in Kyiv.",
			providers: nil},
		{kind: "office closure", name: "an auditor closing its Russian offices withdraws",
			body:      "Grant Thornton is closing its Russian offices, the firm said.",
			providers: []prov{{"grant-thornton", "withdraws"}}},
		// A subject that joins others in a step, "to" instead of "in".
		{kind: "joined list", name: "joined the others to stop a service",
			body:      "Kinsta has joined Netlify, Vercel and Pantheon Systems to stop serving customers in Russia.",
			providers: []prov{{"kinsta", "withdraws"}, {"netlify", "withdraws"}, {"vercel", "withdraws"}, {"pantheon", "withdraws"}}},
		// A commitment reported with another verb of saying.
		{kind: "reported commitment", name: "declared it would stop",
			body:      "Acronis declared it would no longer do business in Russia.",
			providers: []prov{{"acronis", "withdraws"}}},
		{kind: "reported commitment", name: "a bare would stays hypothetical",
			body:      "Acronis would no longer do business in Russia if the sanctions grew.",
			providers: nil},
		// Trade with the country's people.
		{kind: "trade", name: "stopped trading with Russians",
			body:      "Humble Bundle stopped trading with Russian buyers this week.",
			providers: []prov{{"humble-bundle", "suspends"}},
			measures:  map[string][]string{"humble-bundle": {"suspend-sales"}}},
		// Dropping its Russian customers ends its service there.
		{kind: "dropping customers", name: "will drop its Russian customers",
			body:      "Zayo will soon drop all Russian customers and switch off their servers.",
			providers: []prov{{"zayo", "withdraws"}},
			measures:  map[string][]string{"zayo": {"terminate-services"}}},
		{kind: "dropping customers", name: "booting Russian firms off its platform",
			body:      "Vercel started booting Russian businesses off its platform on Monday.",
			providers: []prov{{"vercel", "withdraws"}},
			measures:  map[string][]string{"vercel": {"terminate-services"}}},
		{kind: "dropping customers", name: "removing state media accounts is no exit",
			body:      "Reddit is removing Russian state media accounts from its site.",
			providers: []prov{{"reddit", "unclear"}}},
		// Holding back new releases is a pause.
		{kind: "releases", name: "no new films released there",
			body:      "Paramount Global said it would no longer release new films in Russia.",
			providers: []prov{{"paramount", "suspends"}}},
		// A list inside the object of a demand asks; it reports nothing.
		{kind: "demand", name: "a list called upon to halt",
			body:      "A minister called upon the platforms -- including Apple, Google, Netflix, and Meta -- to halt their activities in Russia.",
			providers: nil},
		{kind: "demand", name: "a list after a fronted demand reports its own step",
			body:      "Under pressure from their users, Apple, Google, Netflix, and Meta have all halted their sales in Russia.",
			providers: []prov{{"apple", "suspends"}, {"google", "suspends"}, {"netflix", "suspends"}, {"meta", "suspends"}}},
		// A headline in title case holds no firm's name.
		{kind: "headline words", name: "title-cased words between registered names",
			body:      "Visa, Mastercard, Big Payment Firms Suspend Service In Russia\n\nVisa and Mastercard said the big payment firms suspend service in Russia.",
			providers: []prov{{"visa", "suspends"}, {"mastercard", "suspends"}}},
		// A pause whose place goes without saying, and unwinding.
		{kind: "bare pause", name: "suspended their activities, clause ends",
			body:      "Acer and Asus are reported to have suspended their activities.",
			providers: []prov{{"acer", "suspends"}, {"asus", "suspends"}}},
		{kind: "bare pause", name: "suspended activities in Ukraine is no pause of its Russian business",
			body:      "Acer suspended its activities in Ukraine to keep its staff safe.",
			providers: []prov{{"acer", "unclear"}}},
		{kind: "unwinding", name: "plans to unwind its operations",
			body:      "Linklaters announced plans to unwind its operations on Tuesday.",
			providers: []prov{{"linklaters", "withdraws"}}},
		// The companies a provider joins in its step take it too.
		{kind: "joined in a step", name: "fell into line with rivals",
			body:      "Danone fell into line with rivals Nestle and Unilever in suspending its sales in Russia.",
			providers: []prov{{"danone", "suspends"}, {"nestle", "suspends"}, {"unilever", "suspends"}}},
		{kind: "joined in a step", name: "followed in a step whose verb no cue knows",
			body:      "Heineken followed Carlsberg and Diageo in reviewing their brewing contracts in Russia.",
			providers: []prov{{"heineken", "unclear"}, {"carlsberg", "unclear"}, {"diageo", "unclear"}}},
		{kind: "joined in a step", name: "a company joined only as a comparison is none",
			body:      "Analysts compared Heineken with Carlsberg on Monday.",
			providers: nil},
		// A statement with no step reports the company, stance unclear.
		{kind: "statement only", name: "yet to announce a change",
			body:      "Jones Day, Dentons and Linklaters are yet to announce a change, though all have condemned the invasion.",
			providers: []prov{{"jones-day", "unclear"}, {"dentons", "unclear"}, {"linklaters", "unclear"}}},
		{kind: "statement only", name: "condemning with a step after it keeps the step",
			body:      "Accenture and Microsoft have condemned the attack and suspended their sales in Russia.",
			providers: []prov{{"accenture", "suspends"}, {"microsoft", "suspends"}}},
		{kind: "statement only", name: "companies in general condemning are nobody",
			body:      "Many companies condemned the invasion.",
			providers: nil},
	}
	runKindCases(t, x, cases)
}
