package ingest

import "testing"

// TestChromeByShape: issue 14 kind 2, the chrome that batches 5 to 7 kept
// on their first, blind run, caught by the shape of a line rather than a
// phrase written for it (widgetshape.go), written anew in both languages:
// rows made only of share and account words, a token of markup, a site's
// note about its own stories, a caption above a credit of names alone, an
// agency caption closed by "(Photo by ...)", a kicker headline of another
// story between two paragraphs, and the headlines after a bare "Read
// more" header at the end. keep holds near-misses that must stay exactly
// once: sentences with share words, "read more" or LinkedIn in them, a
// quote that speaks of "our stories", a short sentence without a full
// stop, a title-cased list of companies as a cross-head, a short kicker
// cross-head, an interview's question, a paragraph above a credit but with a blank line between.
func TestChromeByShape(t *testing.T) {
	runKeepGone(t, "batch8", []keepGoneCase{
		{"english chrome by shape goes", "en",
			"Hostwell pulls the plug on its Russian customers\n\n" +
				"Email This Post Email This Post\n\n" +
				"Share on LinkedIn | Share on X | Copy link\n\n" +
				"image/svg+xml\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"All of our coverage of the sanctions is free for every reader.\n\n" +
				"Workers carry racks out of the hall in Riga on 3 March. - The host said it would move every customer within a month, a spokesperson told an agency.\n" +
				"MARA VELDEN via Getty Images\n\n" +
				"A server hall in Moscow stands empty, after the firm said it would leave the country for good and move its staff to Riga. The host told an agency it saw no way back. (Photo by Anna Kask/AGENCY via Getty Images)\n\n" +
				"Hostwell shares fell 4 percent after the company posted the notice on LinkedIn and said customers could read more in an email.\n\n" +
				"Q: Why did the firm not wait for the sanctions to be clear, as its rivals did?\n\n" +
				"The letter went out to every customer on Monday, with the dates of the move and a number to call.\n\n" +
				"Update: Hostwell confirms\n\n" +
				"“Our stories about the move are free to read,” the company's blog editor wrote on Tuesday, and staff will follow.\n\n" +
				"Sanctions tracker: A list of the firms that have left the Russian market so far\n\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full, the letter says.\n\n" +
				"Backups stay in Riga for a year\n\n" +
				"The founder said the decision was not taken lightly, and that the Riga office would hire more staff.\n\n" +
				"Eva Mulder/ANP/AFP\n\n" +
				"Read more\n\n" +
				"Rival hosts cut their prices for spring\n\n" +
				"Chipmaker halts all shipments to two countries\n",
			[]string{
				"Hostwell will close its data centre in Moscow",
				"Hostwell shares fell 4 percent after the company posted the notice on LinkedIn",
				"Update: Hostwell confirms",
				"Q: Why did the firm not wait for the sanctions",
				"The letter went out to every customer on Monday",
				"“Our stories about the move are free to read,”",
				"Customers have thirty days to move their sites",
				"Backups stay in Riga for a year",
				"The founder said the decision was not taken lightly",
			},
			[]string{"Email This Post", "Share on LinkedIn", "Copy link", "image/svg", "All of our coverage",
				"Workers carry racks", "MARA VELDEN", "A server hall in Moscow", "Photo by",
				"Sanctions tracker", "Eva Mulder", "Read more\n", "Rival hosts cut", "Chipmaker halts"}},
		{"dutch chrome by shape goes", "nl",
			"Hostwell trekt de stekker uit Rusland\n\n" +
				"Deel via WhatsApp\n\n" +
				"Bewaar artikel in Mijn Nieuws\n\n" +
				"Hostwell sluit eind april zijn datacentrum in Moskou, zo liet het bedrijf maandag weten aan klanten.\n\n" +
				"Al onze verhalen over de oorlog zijn gratis voor alle lezers.\n\n" +
				"Een lege serverhal in Moskou, waar het bedrijf sinds 2015 klanten bediende.\n" +
				"Mara Velden/ANP/AFP\n\n" +
				"KPN, VodafoneZiggo En Odido\n\n" +
				"Ook de grote providers deden mee, en de aandelen van Hostwell daalden na het bericht op LinkedIn met 4 procent.\n\n" +
				"Sanctielijst bijgewerkt: Welke bedrijven vertrekken nog meer uit de Russische markt\n\n" +
				"Klanten krijgen dertig dagen om hun sites te verhuizen, en vooruitbetaalde pakketten worden terugbetaald.\n\n" +
				"Een woordvoerder zegt dat de klanten meer lezen in een mail van het bedrijf\n\n" +
				"Lees ook\n\n" +
				"Concurrenten verlagen hun prijzen voor het voorjaar\n\n" +
				"Chipmaker stopt alle leveringen aan twee landen\n",
			[]string{
				"Hostwell sluit eind april zijn datacentrum in Moskou",
				"KPN, VodafoneZiggo En Odido",
				"Ook de grote providers deden mee, en de aandelen van Hostwell daalden",
				"Klanten krijgen dertig dagen om hun sites te verhuizen",
				"Een woordvoerder zegt dat de klanten meer lezen in een mail van het bedrijf",
			},
			[]string{"Deel via WhatsApp", "Bewaar artikel", "Al onze verhalen", "Een lege serverhal", "Mara Velden",
				"Sanctielijst bijgewerkt", "Lees ook", "Concurrenten verlagen", "Chipmaker stopt"}},
		// Without blank lines every line is a paragraph of one chunk: the
		// line above a credit may be the story's, so only the credit goes.
		{"a story line above a credit stays where no blank lines part paragraphs", "en",
			"Hostwell pulls the plug on its Russian customers\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n" +
				"Staff in Moscow have been offered jobs in Riga, a spokesperson told the Ledger on Tuesday.\n" +
				"Eva Mulder/ANP/AFP\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full.\n",
			[]string{
				"Hostwell will close its data centre in Moscow",
				"Staff in Moscow have been offered jobs in Riga",
				"Customers have thirty days to move their sites",
			},
			[]string{"Eva Mulder"}},
	})
}

// TestChromeByShapeBatch7: the shapes that batch 7 showed after the
// rules above were measured on it blind (real7 0.89/0.75 then), written
// anew: a glued teaser whose headline shouts inside, an ad label and a
// section label above the headline printed again, an image's alt text in
// lower case on a line of its own, a share bar read out with its icons'
// file types, and a photo credit glued before a live-blog entry. keep
// holds near-misses: a line that starts with a brand in lower case, a
// paragraph that opens with two companies joined by a slash, a sentence
// that says "read more".
func TestChromeByShapeBatch7(t *testing.T) {
	runKeepGone(t, "batch8b", []keepGoneCase{
		{"english", "en",
			"Sponsored Link\n\n" +
				"Hostwell leaves the Russian market for good\n\n" +
				"Cloud hosting\nHostwell leaves the Russian market for good\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April. The staff there get offers in Riga. Also Read - No more hosting in Moscow! Here's why\n\n" +
				"a server rack with blue lights\n\n" +
				"Anna Kask/Hostwell\n\n" +
				"Visa/Mastercard said on Monday that card payments to the host from Russia would stop as well, a spokesperson said.\n\n" +
				"iPhone users in Russia keep their backups in Riga\n\n" +
				"The founder said the decision was not taken lightly, and that the Riga office would hire more staff. Customers can read more in the letter, the company said.\n",
			[]string{
				"Hostwell will close its data centre in Moscow by the end of April. The staff there get offers in Riga.\n",
				"Visa/Mastercard said on Monday",
				"iPhone users in Russia keep their backups in Riga",
				"Customers can read more in the letter, the company said.",
			},
			[]string{"Sponsored", "Cloud hosting", "Also Read -", "Here's why", "a server rack", "Anna Kask"}},
		{"dutch", "nl",
			"Hostwell trekt de stekker uit Rusland\n\n" +
				"image/svg+xml Deel via WhatsApp image/svg+xml Deel via X image/svg+xml Deel via E-mail Bewaar artikel in Mijn Nieuws\n\n" +
				"Mara Velden/ANP/AFP 08.15 | Hostwell sluit eind april zijn datacentrum in Moskou, zo liet het bedrijf maandag weten aan klanten.\n\n" +
				"Klanten krijgen dertig dagen om hun sites te verhuizen, en vooruitbetaalde pakketten worden terugbetaald.\n",
			[]string{
				"08.15 | Hostwell sluit eind april zijn datacentrum in Moskou",
				"Klanten krijgen dertig dagen om hun sites te verhuizen",
			},
			[]string{"svg", "Deel via", "Bewaar artikel", "Mara Velden", "ANP/AFP"}},
	})
}

// TestChromeByShapeUnseen: shapes found on pages outside every batch (a
// check of the rules above on new pages, texts not kept), written anew:
// a page's icon names glued into one long token, a notice about the
// page's languages, "No comments:" closing the story, a login box read
// out above the headline, a "WATCH VIDEO:" teaser, and the header, related
// box and author's bio of a second page. keep holds a
// long Dutch compound in a sentence, a web address on a line of its own
// inside a sentence, a sentence that says the report is available in
// English, a sentence about customers who lost their password.
func TestChromeByShapeUnseen(t *testing.T) {
	runKeepGone(t, "batch8c", []keepGoneCase{
		{"english", "en",
			"Lost your password?\nDon't have an account? Sign Up\n\n" +
				"Hostwell suspends all sales in Russia\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday in a letter.\n\n" +
				"WATCH VIDEO: Rival Phone 3 Review: Good But Not Great?\n\n" +
				"A spokesperson said customers who lost their password can still ask for their data until May.\n\n" +
				"arrow-downarrow-leftchevron-upClock iconclosedownloademailexternal-linkfacebookfilterglobe\n\n" +
				"This page is not available in Frisian and is being displayed in English\n\n" +
				"The letter points customers to https://hostwell.example.com/russia-customers-move-guide-2022 for the steps.\n\n" +
				"Its yearly report on the market is available in English and Russian, a spokesperson said.\n\n" +
				"No comments:\n",
			[]string{
				"Hostwell will close its data centre in Moscow",
				"https://hostwell.example.com/russia-customers-move-guide-2022",
				"Its yearly report on the market is available in English and Russian",
				"A spokesperson said customers who lost their password can still ask",
			},
			[]string{"arrow-down", "Frisian", "No comments", "Lost your password", "have an account", "WATCH VIDEO"}},
		{"dutch", "nl",
			"Hostwell stopt met alle verkoop in Rusland\n\n" +
				"De arbeidsongeschiktheidsverzekeringsmaatschappij van Hostwell blijft de Russische medewerkers betalen, zegt het bedrijf.\n\n" +
				"Deze pagina is ook beschikbaar in het Engels\n\n" +
				"Klanten krijgen dertig dagen om hun sites te verhuizen, en vooruitbetaalde pakketten worden terugbetaald.\n\n" +
				"Geen reacties\n",
			[]string{
				"De arbeidsongeschiktheidsverzekeringsmaatschappij van Hostwell",
				"Klanten krijgen dertig dagen om hun sites te verhuizen",
			},
			[]string{"beschikbaar in het Engels", "Geen reacties", "Wachtwoord vergeten", "Nog geen account"}},
		// A second page: a search box, a byline whose stamp lost its
		// date, an app button, a related box named after the subject with
		// a headline under it across a blank line, the author's bio (the
		// byline named her), a sign-up prompt and a form's error.
		{"english header, related box and author bio", "en",
			"Hi, what are you looking for?\n\n" +
				"Hostwell pulls its hosting out of Russia\nBy Mara Velden published\n\nOpen in App\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday in a letter.\n\n" +
				"More on Hostwell\n\nRival host will not take new Russian customers\n\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full, the letter says.\n\n" +
				"More on the refunds follows next week, a spokesperson said, once the banks have cleared the payments.\n\n" +
				"Mara Velden is the managing editor of Host News, a trade site on cloud hosting. A Riga-based writer, Mara has covered the industry for two decades.\n" +
				"The smarter way to stay on top of hosting. Sign up below.\n" +
				"There was a problem. Please refresh the page and try again.\n",
			[]string{
				"Hostwell will close its data centre in Moscow",
				"Customers have thirty days to move their sites",
				"More on the refunds follows next week, a spokesperson said",
			},
			[]string{"looking for", "Mara Velden", "Open in App", "More on Hostwell", "Rival host", "Sign up below",
				"There was a problem"}},
	})
}
