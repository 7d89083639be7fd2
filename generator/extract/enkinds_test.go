package extract_test

import (
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestEnglishKinds reproduces, in our own words, the kinds of error that
// round 3 of issue 14 measured on English real reporting (testdata/real2/en
// above all), one case per mechanism, so that CI keeps each of them.
func TestEnglishKinds(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		kind, name, body string
		providers        []prov
		measures         map[string][]string
	}{
		// A company the article keeps naming is reported on, even when no
		// cue knows the wording; twice is not enough, and quotes do not count.
		{kind: "named often", name: "three times without a cue",
			body:      "Akamai has a large footprint in Moscow. Analysts were watching Akamai closely this spring. By April Akamai had quietly rearranged things there.",
			providers: []prov{{"akamai", "unclear"}}},
		{kind: "named often", name: "twice is not enough",
			body:      "Akamai has a large footprint in Moscow. Analysts were watching Akamai closely this spring.",
			providers: []prov{}},
		{kind: "named often", name: "not inside quotes",
			body:      "Akamai has a large footprint in Moscow. \"Akamai is careful, and Akamai is quiet,\" one analyst said.",
			providers: []prov{}},
		// Any verb of stopping or blocking over any goods word; "the
		// region" is the market an article about Russia means.
		{kind: "wording", name: "blocked sales of goods to Russia",
			body:      "Last week Nvidia and Qualcomm blocked processor sales to Russia.",
			providers: []prov{{"nvidia", "suspends"}, {"qualcomm", "suspends"}}},
		{kind: "wording", name: "discontinue supplies",
			body:      "The carmaker Renault said it decided to discontinue supplies to Russia.",
			providers: []prov{{"renault", "suspends"}}},
		{kind: "wording", name: "suspended operations in the region, with examples",
			body:      "The move puts it among the companies who have suspended operations in the region including Ikea and Nike.",
			providers: []prov{{"ikea", "suspends"}, {"nike", "suspends"}}},
		{kind: "wording", name: "state-affiliated media outlets",
			body:      "Platforms including YouTube and Tik Tok have restricted Russian state-affiliated media outlets.",
			providers: []prov{{"youtube", "unclear"}, {"tiktok", "unclear"}}},
		// Tie-cutting by any verb, any kind of ties, Russia by any name.
		{kind: "wording", name: "cut business ties with the nation",
			body:      "Several fashion labels such as Zara and Mango have cut business ties with the nation.",
			providers: []prov{{"inditex", "withdraws"}, {"mango", "withdraws"}}},
		{kind: "wording", name: "cut ties with the country after a company named first",
			body:      "Lenovo paused deliveries to Russia, the firm said, as big names including Dell cut ties with the country.",
			providers: []prov{{"lenovo", "suspends"}, {"dell", "withdraws"}}},
		// Leaving a joint venture or a stake is an exit.
		{kind: "wording", name: "exit from joint ventures",
			body:      "TotalEnergies announced on Tuesday its exit from joint ventures with a Russian gas producer.",
			providers: []prov{{"totalenergies", "withdraws"}}},
		{kind: "wording", name: "abandoned its stake",
			body:      "Equinor abandoned its stake in a large Arctic oil project.",
			providers: []prov{{"equinor", "withdraws"}}},
		{kind: "wording", name: "withdraw from an operation in Russia",
			body:      "Chevron intends to gradually withdraw from the running of a big gas field in Russia.",
			providers: []prov{{"chevron", "withdraws"}}},
		{kind: "wording", name: "divesting a stake",
			body:      "Equinor said on Sunday it was divesting its roughly $2 billion stake in a Siberian gas venture.",
			providers: []prov{{"equinor", "withdraws"}}},
		// "no longer be doing business with customers" ends the service.
		{kind: "wording", name: "would no longer be doing business with customers",
			body:      "Domain registrar GoDaddy announced that it would no longer be doing business with customers based in Russia.",
			providers: []prov{{"godaddy", "withdraws"}}, measures: map[string][]string{"godaddy": {"terminate-services"}}},
		// A list whose names carry a short description stays one list.
		{kind: "list", name: "names with a description in a list",
			body:      "According to one report, Canon, camera maker Nikon, and racing game developer Ubisoft have all halted sales in Russia.",
			providers: []prov{{"canon", "suspends"}, {"nikon", "suspends"}, {"ubisoft", "suspends"}}},
		{kind: "list", name: "nationalities before names in a list",
			body:      "Chevron joins the Norwegian Equinor and the Spanish Repsol, which had already announced their withdrawal from the Russian market.",
			providers: []prov{{"equinor", "withdraws"}, {"repsol", "withdraws"}}},
		{kind: "list", name: "examples after the cue of a company noun",
			body:      "The move puts Airbnb among the many brands severing ties with Russia, including Nike, Adidas and Puma.",
			providers: []prov{{"airbnb", "withdraws"}, {"nike", "withdraws"}, {"adidas", "withdraws"}, {"puma", "withdraws"}}},
		// A list whose first name carries a corporate suffix stays a list.
		{kind: "list", name: "Corp.'s unit and another company",
			body:      "Canon Inc.'s camera unit and Nikon Corp. are the latest to act. The two groups issued statements saying they were suspending operations in Russia.",
			providers: []prov{{"canon", "suspends"}, {"nikon", "suspends"}}},
		// "those companies" stands for the list named last, with what each makes.
		{kind: "reference", name: "those companies after names and their products",
			body:      "Shoppers in Moscow can no longer buy Lego bricks, Puma trainers or Canon cameras after those companies halted all deliveries to the country.",
			providers: []prov{{"lego", "suspends"}, {"puma", "suspends"}, {"canon", "suspends"}}, measures: map[string][]string{"lego": {"suspend-sales"}, "canon": {"suspend-sales"}}},
		// Joining a list of companies that took the step first.
		{kind: "reference", name: "joining a list of companies from A to B",
			body:      "Lenovo said deliveries to Russia have been halted, joining a long list of companies from Dell Inc. to HP Inc.",
			providers: []prov{{"lenovo", "suspends"}, {"dell", "suspends"}, {"hp", "suspends"}}},
		// A response named as a noun belongs to whom it is "by".
		{kind: "agent", name: "bans enacted by, after a company named first",
			body:      "Yandex kept selling ads, unlike the blanket bans on ads in Russia enacted by Reddit and Pinterest.",
			providers: []prov{{"reddit", "unclear"}, {"pinterest", "unclear"}}},
		{kind: "agent", name: "the suspension of sales by companies such as",
			body:      "On the suspension of sales by US firms such as Dell and HP to Russia, the minister declined to comment.",
			providers: []prov{{"dell", "suspends"}, {"hp", "suspends"}}, measures: map[string][]string{"dell": {"suspend-sales"}}},
		// A demand ends where a new clause begins.
		{kind: "demand", name: "a clause after the pressure is the text's own report",
			body:      "The sanctions add to pressure on the Kremlin, and Russians can no longer buy a Lego set since Lego halted all deliveries there.",
			providers: []prov{{"lego", "suspends"}}},
		{kind: "demand", name: "the demand itself is no response",
			body:      "Ukraine's ministers urged Lego to halt all deliveries to Russia.",
			providers: nil},
		// A platform that only carried the announcement is not "it".
		{kind: "precision", name: "announced via a platform that it",
			body:      "Ubisoft via Twitter announced it is suspending all sales of its games in Russia.",
			providers: []prov{{"ubisoft", "suspends"}}, measures: map[string][]string{"ubisoft": {"suspend-sales"}}},
		// A step that is only considered, or conditional, is none.
		{kind: "over-reading", name: "limits it would consider should sanctions grow",
			body:      "Adobe halted all new sales in Russia. It will consider further limits to its business in the region should sanctions expand.",
			providers: []prov{{"adobe", "suspends"}}},
		// Companies in general right before the cue are its subject.
		{kind: "precision", name: "people who support companies cutting ties",
			body:      "Spotify remains available in Russia. In a poll, most Britons said they supported companies cutting business ties with Russia.",
			providers: []prov{{"spotify", "stays"}}},
		// A free good for people fleeing the war is aid, not free protection.
		{kind: "over-reading", name: "free housing for refugees is aid",
			body:      "Airbnb halted all bookings in Russia. Its charity arm will offer free, short stays for up to 50,000 people fleeing Ukraine.",
			providers: []prov{{"airbnb", "suspends"}}, measures: map[string][]string{"airbnb": {"humanitarian-aid", "suspend-sales"}}},
		{kind: "over-reading", name: "free protection for Ukrainian sites stays protection",
			body:      "Akamai will offer free DDoS protection to Ukrainian government websites.",
			providers: []prov{{"akamai", "unclear"}}, measures: map[string][]string{"akamai": {"free-protection-ukraine"}}},
		// The state as the maker of the rules is no state customer.
		{kind: "over-reading", name: "government sanctions are no government customers",
			body:      "Cisco is stopping many parts of its business in Russia to comply with government sanctions.",
			providers: []prov{{"cisco", "restricts"}}, measures: map[string][]string{"cisco": {"sanctions-compliance"}}},
		{kind: "over-reading", name: "business with the government itself is",
			body:      "IBM said it has stopped all business with the Russian government.",
			providers: []prov{{"ibm", "restricts"}}, measures: map[string][]string{"ibm": {"drop-state-customers"}}},
		{kind: "over-reading", name: "cutting off ad revenue is no termination of service",
			body: "Reddit cut off ad revenue to Russian state-backed media outlets.",
			// No exit of Reddit's own (before: withdraws by
			// terminate-services); a platform that keeps state media from ad
			// money is a provider, as batch 5's gold has it, with no stance
			// the wording decides.
			providers: []prov{{"reddit", "unclear"}}},
		{kind: "over-reading", name: "cutting off Russian customers is",
			body:      "Zayo cut off its Russian customers last week.",
			providers: []prov{{"zayo", "withdraws"}}, measures: map[string][]string{"zayo": {"terminate-services"}}},
		{kind: "precision", name: "various companies are nobody in particular",
			body:      "Intel halted shipments to Russia. Because of the war, various companies had sought to cut ties with Russia.",
			providers: []prov{{"intel", "suspends"}}, measures: map[string][]string{"intel": {"suspend-sales"}}},
		// An article before a registry name makes no new company.
		{kind: "precision", name: "a spokesperson of a registry company",
			body:      "A Nikon spokesperson told a trade magazine that it is suspending shipping all its products to Russia.",
			providers: []prov{{"nikon", "suspends"}}},
		// A sales stop worded with the gerund of a selling verb.
		{kind: "wording", name: "suspending shipping all products",
			body:      "Lenovo is suspending shipping all its products to Russia until further notice.",
			providers: []prov{{"lenovo", "suspends"}}, measures: map[string][]string{"lenovo": {"suspend-sales"}}},
		{kind: "wording", name: "a stop verb before a long list of goods shipped",
			body:      "Nikon has halted all camera and lens accessory shipments to Russia.",
			providers: []prov{{"nikon", "suspends"}}, measures: map[string][]string{"nikon": {"suspend-sales"}}},
		// A donation named as a noun.
		{kind: "measure", name: "a donation to the refugee agency",
			body:      "Canon stopped all shipments to Russia. Canon also announced a $3 million donation to the UN refugee agency.",
			providers: []prov{{"canon", "suspends"}}, measures: map[string][]string{"canon": {"humanitarian-aid", "suspend-sales"}}},
		{kind: "measure", name: "a match for every donation",
			body:      "Adobe halted all new sales in Russia. It will give a 2:1 match for every donation its staff make to charities helping refugees.",
			providers: []prov{{"adobe", "suspends"}}, measures: map[string][]string{"adobe": {"humanitarian-aid", "suspend-sales"}}},
	}
	for _, c := range cases {
		t.Run(c.kind+"/"+c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: "en", Body: c.body})
			checkProviders(t, res, c.providers, c.measures)
		})
	}
}

// TestEnglishMessageSpeakers: a message speaks for the organisation it is
// from or to, whichever way the text names it; "the company" after a
// described name is that company.
func TestEnglishMessageSpeakers(t *testing.T) {
	x := newExtractor(t)
	for _, c := range []struct {
		name, body string
		direct     map[string]string
	}{
		{"an email sent to the company's users said",
			"Tucows keeps its Russian resellers. \"We can no longer serve anyone registered in Russia,\" an email sent to GoDaddy users said. \"Please move your domains before the end of the month.\"",
			map[string]string{"We can no longer serve": "GoDaddy", "Please move your domains": "GoDaddy"}},
		{"a statement from a representative read",
			"Dell halted sales in Russia. Per one trade site, a statement from an unnamed Lenovo representative read, \"Given the situation, deliveries to Russia are on hold.\"",
			map[string]string{"Given the situation": "Lenovo"}},
		{"a description right before a name is that company",
			"Chevron left Russia last week. The Italian energy company Eni said on Friday that it plans to sell its Russian stake. \"We are starting to unwind the partnership now,\" the company said.",
			map[string]string{"We are starting to unwind": "Eni"}},
		{"reads an update on the company's website",
			"Heineken kept brewing in Russia. \"The group has decided to halt the sale of its beer in Russia,\" reads a brief update on Carlsberg's website.",
			map[string]string{"The group has decided": "Carlsberg"}},
		{"a relative clause between the subject and the verb",
			"Ericsson said on Monday it had halted deliveries to Russia. \"We keep reviewing a situation that changes by the hour,\" the company, which equips MTS, Beeline and Tele2 in Russia, told a news agency.",
			map[string]string{"We keep reviewing": "Ericsson"}},
		{"called on, with the person before it",
			"Sony paused sales in Russia. Ukraine's digital minister Olena Marchenko called on \"every game studio and esports league in the world\" to stop serving Russia.",
			map[string]string{"every game studio": "Olena Marchenko"}},
		{"a tweet, saying the company has",
			"Valve kept its store open. PlayStation tweeted a note on Friday, saying Sony has \"paused all console and game shipments to Russia for now\".",
			map[string]string{"paused all console": "Sony"}},
		{"reads the tweet from",
			"Valve kept its store open in Russia. \"We stand with everyone calling for peace,\" reads the tweet from Ubisoft.",
			map[string]string{"We stand with everyone": "Ubisoft"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkSpeech(t, x.Extract(extract.Document{Lang: "en", Body: c.body}), "direct", c.direct)
		})
	}
}
