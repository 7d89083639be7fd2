package ingest

import "testing"

// TestBatch11Chrome: the chrome that batch 11 kept on its first run,
// written anew in both languages: links to the neighbouring posts with
// their headlines glued on ("Previous articleA rival ..."), a "Must read"
// box of headlines each with its snippet cut off with dots, a comment form
// left in German or French on a site in another language, a metadata line
// of a release date and a click counter, a job board's teaser box, an
// agency's tag after a scraper's bullet ("- (Agency) - ..."), a link's
// words glued after the last sentence ("... peace.” read more here") and
// a pointer to a fuller list elsewhere ("..., see here."). keep holds the
// near-misses that must stay exactly once: a sentence about the next
// article of a series, a sentence that says "must read", a paragraph that
// ends with dots under a headline-like line but with no box header above,
// a sentence with a date and a number of clicks, a sentence about jobs, a
// sentence saying you can read more on a page, and a sentence about a
// complete list. Also a forum's welcome banner with its sign-up menu
// above the post and the reply counter under it (the replies go), and a
// story that opens with a welcome, which stays; and a topic label
// straight under the headline over the standfirst (it goes, a cross-head
// further down stays).
func TestBatch11Chrome(t *testing.T) {
	runKeepGone(t, "batch11", []keepGoneCase{
		{"english batch 11 chrome goes", "en",
			"Hostwell closes its Moscow data centre\n\n" +
				"Must read\n\n" +
				"A baker in Leeds doubles the price of bread\n\n" +
				"The owner of a bakery in Leeds said on Tuesday that the cost of flour forced her to raise...\n\n" +
				"Ferry line cancels its winter crossings to Bergen\n\n" +
				"A ferry company has called off all crossings to Bergen this winter after the fuel bill of the...\n\n" +
				"Hostwell pulls out of Russia\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Release time:2022-03-04 Click amount: 512\n\n" +
				"- (Harbour Wire) - Hostwell update on its Russian business; guidance withdrawn.\n\n" +
				"Customers have thirty days to move their sites, the founder wrote. “We will help every one of them.” read more here\n\n" +
				"The next article in this series looks at the hosts that stayed, the editors wrote.\n\n" +
				"For a more complete list of hosts that left Russia, see here.\n\n" +
				"A complete list of the hosts that left Russia is kept by a university in Kyiv.\n\n" +
				"The founder called the report a must read for anyone who runs servers abroad.\n\n" +
				"On 2022-03-04 the company's page had 512 clicks within an hour, the founder said.\n\n" +
				"The top jobs of the day at the Riga office are for network engineers, the founder said.\n\n" +
				"Readers can read more here about the move, the founder wrote on the company blog.\n\n" +
				"Top jobs of the day\n\n" +
				"Find the best jobs now and\nbe notified by email.\n\n" +
				"Previous articleA rival host lowers its prices for spring\n" +
				"Next articleA chipmaker halts its shipments to two countries\n",
			[]string{
				"Hostwell will close its data centre in Moscow by the end of April",
				"Hostwell update on its Russian business; guidance withdrawn.",
				"“We will help every one of them.”",
				"The next article in this series looks at the hosts that stayed",
				"A complete list of the hosts that left Russia is kept",
				"The founder called the report a must read",
				"On 2022-03-04 the company's page had 512 clicks",
				"The top jobs of the day at the Riga office",
				"Readers can read more here about the move",
			},
			[]string{"Must read\n", "baker in Leeds", "cost of flour", "Ferry line", "fuel bill", "Release time", "Click amount",
				"(Harbour Wire)", "read more here\n", "see here", "Top jobs of the day\n", "best jobs now", "notified by email",
				"Previous article", "Next article", "rival host lowers", "chipmaker halts"}},
		{"a German comment form ends an english story", "en",
			"Hostwell closes its Moscow data centre\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Schreibe einen Kommentar\n\n" +
				"Deine E-Mail-Adresse wird nicht veröffentlicht.\n\n" +
				"Kommentar\n\nName\n",
			[]string{"Hostwell will close its data centre in Moscow"},
			[]string{"Schreibe einen Kommentar", "E-Mail-Adresse", "Name"}},
		{"a headline over a cut-off paragraph stays without a box header", "en",
			"Hostwell closes its Moscow data centre\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"What the founder wrote to the staff\n\n" +
				"In a letter to the staff the founder wrote that the move would be hard, and then...\n",
			[]string{"What the founder wrote to the staff", "the founder wrote that the move would be hard, and then..."},
			nil},
		{"dutch batch 11 chrome goes", "nl",
			"Hostwell sluit datacenter in Moskou\n\n" +
				"Niet missen\n\n" +
				"Bakker in Leiden verdubbelt de prijs van brood\n\n" +
				"De eigenaar van een bakkerij in Leiden zei dinsdag dat de prijs van meel haar dwong om...\n\n" +
				"Veerdienst schrapt de wintervaarten naar Bergen\n\n" +
				"Een rederij heeft alle overtochten naar Bergen deze winter afgelast omdat de brandstof...\n\n" +
				"Hostwell trekt zich terug uit Rusland\n\n" +
				"Hostwell sluit eind april zijn datacenter in Moskou, meldde het bedrijf maandag.\n\n" +
				"Publicatiedatum: 2022-03-04 Aantal keer gelezen: 512\n\n" +
				"- (Havenpers) - Hostwell over zijn Russische tak; prognose ingetrokken.\n\n" +
				"Klanten krijgen dertig dagen om te verhuizen, schreef de oprichter. Lees hier meer\n\n" +
				"Het volgende artikel in deze reeks gaat over de hosts die bleven, schreef de redactie.\n\n" +
				"Voor een volledige lijst van hosts die Rusland verlieten, zie hier.\n\n" +
				"Een volledige lijst van de hosts die vertrokken wordt bijgehouden door een universiteit.\n\n" +
				"Lezers kunnen hier meer lezen over de verhuizing, schreef de oprichter.\n\n" +
				"Vacatures van de dag\n\n" +
				"Vind nu de beste vacatures\nen ontvang ze per e-mail.\n\n" +
				"Vorig artikelEen rivaal verlaagt zijn prijzen\n" +
				"Volgend artikelEen chipmaker stopt met leveren\n",
			[]string{
				"Hostwell sluit eind april zijn datacenter in Moskou",
				"Hostwell over zijn Russische tak; prognose ingetrokken.",
				"Klanten krijgen dertig dagen om te verhuizen, schreef de oprichter.",
				"Het volgende artikel in deze reeks gaat over de hosts die bleven",
				"Een volledige lijst van de hosts die vertrokken",
				"Lezers kunnen hier meer lezen over de verhuizing",
			},
			[]string{"Niet missen", "Bakker in Leiden", "prijs van meel", "Veerdienst", "brandstof", "Publicatiedatum", "Aantal keer",
				"(Havenpers)", "Lees hier meer", "zie hier", "Vacatures van de dag", "beste vacatures", "per e-mail",
				"Vorig artikel", "Volgend artikel", "rivaal verlaagt", "chipmaker stopt"}},
		{"a French comment form ends a dutch story", "nl",
			"Hostwell sluit datacenter in Moskou\n\n" +
				"Hostwell sluit eind april zijn datacenter in Moskou, meldde het bedrijf maandag.\n\n" +
				"Laisser un commentaire\n\n" +
				"Votre adresse e-mail ne sera pas publiée.\n",
			[]string{"Hostwell sluit eind april zijn datacenter in Moskou"},
			[]string{"Laisser un commentaire", "adresse e-mail"}},
		{"a forum's welcome banner and reply counter go", "en",
			"Welcome to Harbour Forum! The friendly board where hosts talk shop. Join the community: Create a free account Support the board: Become a Member Latest News All Forums Help & Search\n\n" +
				"Hostwell pulls out of Russia\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full.\n\n" +
				"3 replies = new reply since forum marked as read\n\n" +
				"Good riddance, a reader wrote under the post.\n",
			[]string{"Hostwell will close its data centre in Moscow", "Customers have thirty days"},
			[]string{"Welcome to Harbour Forum", "Create a free account", "3 replies", "Good riddance"}},
		{"a story that opens with a welcome stays", "en",
			"Hostwell opens in Riga\n\n" +
				"Welcome to Riga! the founder told the first staff, who had moved from Moscow with their families in a week.\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n",
			[]string{"Welcome to Riga! the founder told the first staff", "Hostwell will close its data centre in Moscow"},
			nil},
		{"a Dutch forum's welcome banner and reply counter go", "nl",
			"Welkom op Havenforum! Het gezellige forum waar hosts praten. Word lid van de community: maak gratis een account aan Steun het forum Laatste nieuws Alle fora Help\n\n" +
				"Hostwell trekt zich terug uit Rusland\n\n" +
				"Hostwell sluit eind april zijn datacenter in Moskou, meldde het bedrijf maandag.\n\n" +
				"Klanten krijgen dertig dagen om te verhuizen, en vooruitbetaalde pakketten worden terugbetaald.\n\n" +
				"5 antwoorden\n\n" +
				"Goed zo, schreef een lezer onder het bericht.\n",
			[]string{"Hostwell sluit eind april zijn datacenter in Moskou", "Klanten krijgen dertig dagen"},
			[]string{"Welkom op Havenforum", "account aan", "5 antwoorden", "Goed zo"}},
		{"a topic label under the headline goes, a cross-head stays", "en",
			"Hostwell gives its Moscow hall to a buyer\n\n" +
				"Russian Hostwell branch\n\n" +
				"The web host has stopped all of its business in Russia.\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"What comes next\n\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full.\n",
			[]string{"The web host has stopped all of its business in Russia.", "What comes next", "Customers have thirty days"},
			[]string{"Russian Hostwell branch"}},
		{"a short line under the headline over a line without full stop stays", "en",
			"Hostwell gives its Moscow hall to a buyer\n\n" +
				"Moscow hall\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday\n",
			[]string{"Moscow hall"},
			nil},
		{"een onderwerplabel onder de kop gaat, een tussenkop blijft", "nl",
			"Hostwell geeft zijn hal in Moskou aan een koper\n\n" +
				"Russische Hostwell-tak\n\n" +
				"De webhost heeft al zijn zaken in Rusland stopgezet.\n\n" +
				"Hostwell sluit eind april zijn datacenter in Moskou, meldde het bedrijf maandag.\n\n" +
				"Wat er nu komt\n\n" +
				"Klanten krijgen dertig dagen om te verhuizen, en vooruitbetaalde pakketten worden terugbetaald.\n",
			[]string{"De webhost heeft al zijn zaken in Rusland stopgezet.", "Wat er nu komt", "Klanten krijgen dertig dagen"},
			[]string{"Russische Hostwell-tak"}},
	})
}
