package ingest

import "testing"

// TestPaywallsSwitchersAndStamps: the chrome that batch 4's texts carried
// past the earlier rules (issue 14 kind 2), written anew in both
// languages: a relative time, a byline and a language switcher on lines
// of their own (which must not be joined into one paragraph), a stamp
// whose date a script fills in, a tag row without a colon, a share row of
// network names, a stock-photo credit after a slash, a photo's alt text
// above its credit line, "ALSO READ." teasers, loading placeholders,
// paywall and trial offers, a tip prompt, a webmail chooser, a pointer to
// the live blog with its link text, a "Related News" box of bulleted
// headlines, a poll's question to the reader closing the text, a promo
// card's headline and standfirst between two paragraphs (a list after a
// lead-in that ends with a colon stays). keep holds sentences that look a little like that chrome and
// must stay exactly once.
func TestPaywallsSwitchersAndStamps(t *testing.T) {
	runKeepGone(t, "batch4", []keepGoneCase{
		{"english chrome goes", "en",
			"Hostwell pulls the plug on its Russian customers\n\n" +
				"2 hours ago\nby Mara Velden\nen English\n\n" +
				"- Last updated on GMT\n\n" +
				"Related tags Hosting Russia Cloud Riga\n\n" +
				"Facebook Google+ Tumblr Pinterest\n\n" +
				"Hostwell out of Moscow\n(Image credit: Hostwell)\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"An empty server hall in Riga. / Unsplash\n\n" +
				"ALSO READ. Rival hosts cut their prices for spring\n\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full, the letter says.\n\n" +
				"Related News\n- Chipmaker halts all shipments to two countries\n- Telecom group cuts roaming fees for refugees\n- Payment firm suspends the cards of Russian banks\n" +
				"The founder said the decision was not taken lightly, and that the Riga office would hire more staff.\n\n" +
				"For the latest updates on the hosting market, visit our live blog: Hosting live\n\n" +
				"Receive our latest news, industry updates and more. Sign up today to receive our free report.\n\n" +
				"Read the Ledger 14 days free\n\nUnlimited reading?\n\nBest value\n\nLoading ... Loading ...\n\n" +
				"Staff in Moscow have been offered jobs in Riga, a spokesperson told the Ledger.\n" +
				"The seven steps to a safer private cloud\nWhy backups matter more than ever for small firms\n" +
				"Hostwell said its backups in Riga would be kept for a year after the shutdown, the letter says.\n",
			[]string{
				"Hostwell said its backups in Riga would be kept",
				"Hostwell will close its data centre in Moscow",
				"Customers have thirty days to move their sites",
				"The founder said the decision was not taken lightly",
				"Staff in Moscow have been offered jobs in Riga",
			},
			[]string{"2 hours ago", "en English", "Last updated", "Related tags", "Google+", "Hostwell out of Moscow",
				"Image credit", "Unsplash", "ALSO READ", "Related News", "Chipmaker halts", "Telecom group cuts",
				"Payment firm suspends", "visit our live blog", "Receive our latest news", "14 days free",
				"Unlimited reading", "Best value", "Loading",
				"seven steps", "Why backups matter"}},
		{"dutch chrome goes", "nl",
			"Hostwell trekt de stekker uit Rusland\n\n" +
				"Kies je webmail\n\nOmdat Hostwell ook een tweede webmail aanbiedt, vragen we je eenmalig je voorkeur op te geven.\n\n" +
				"Hostwell sluit eind april zijn datacentrum in Moskou, zo liet het bedrijf maandag weten aan klanten.\n\n" +
				"LEES OOK. Concurrenten verlagen hun prijzen voor het voorjaar\n\n" +
				"Een lege serverhal in Riga. © via AGENTSCHAP\n\n" +
				"Klanten krijgen dertig dagen om hun sites te verhuizen, en vooruitbetaalde pakketten worden terugbetaald.\n\n" +
				"Lees de Krant 14 dagen gratis\n\n" +
				"Maak gratis én vrijblijvend 14 dagen kennis\nmet onze marktinformatie\n\n" +
				"Onbeperkt alles lezen?\n\nKies het abonnement dat het beste bij u past\n\n" +
				"  • Toegang tot alle Premium marktinformatie\nVoordeligste keuze\n" +
				"Heeft u een tip, suggestie of opmerking naar aanleiding van dit artikel? Laat het ons weten\n\n" +
				"Laden ... Laden ...\n\n" +
				"Het personeel in Moskou kan aan de slag in Riga, zegt een woordvoerder.\n\n" +
				"Zou jij je site naar een andere host verhuizen?\n\n" +
				"  • Ja, meteen (61%, 88 stemmen)\n  • Nee (39%, 56 stemmen)\n\nAantal stemmen: 144\n",
			[]string{
				"Hostwell sluit eind april zijn datacentrum in Moskou",
				"Klanten krijgen dertig dagen om hun sites te verhuizen",
				"Het personeel in Moskou kan aan de slag in Riga",
			},
			[]string{"Kies je webmail", "voorkeur op te geven", "LEES OOK", "serverhal", "AGENTSCHAP", "14 dagen gratis",
				"vrijblijvend", "Onbeperkt", "abonnement", "Toegang tot alle", "Voordeligste keuze", "Heeft u een tip", "Laden",
				"Zou jij", "stemmen"}},
		{"english sentences that resemble the chrome stay", "en",
			"Hostwell leaves Russia\n\n" +
				"Hostwell said on LinkedIn and Twitter that it will close its data centre in Moscow by the end of April.\n\n" +
				"“Read more about our plans next week,” the founder said in a post on Monday evening.\n\n" +
				"The firm will give refugees unlimited access to its cloud for a year, a spokesperson said.\n\n" +
				"For the latest updates to its software, Hostwell now charges Russian customers a fee, the letter says.\n\n" +
				"The price list was last updated on Monday, when the company also cut its fees for refugees in half.\n\n" +
				"Hostwell listed the steps it takes in a letter to its customers on Monday:\n" +
				"All new sign-ups from Russia stop today\nExisting sites keep running until the end of April\n" +
				"Refunds for prepaid plans follow in May, the letter adds, and support stays open until then.\n\n" +
				"Will Hostwell ever return to Moscow?\n",
			[]string{"said on LinkedIn and Twitter", "Read more about our plans", "unlimited access to its cloud",
				"For the latest updates to its software", "last updated on Monday",
				"Will Hostwell ever return to Moscow?",
				"All new sign-ups from Russia stop today", "Existing sites keep running until the end of April"},
			nil},
		{"dutch sentences that resemble the chrome stay", "nl",
			"Hostwell vertrekt uit Rusland\n\n" +
				"Hostwell meldde op LinkedIn dat het eind april zijn datacentrum in Moskou sluit, aldus het bedrijf.\n\n" +
				"KPN geeft klanten in Oekraïne 30 dagen gratis bellen en sms'en naar Nederland, zegt het bedrijf.\n\n" +
				"Toegang tot alle diensten blijft gratis voor vluchtelingen, zegt een woordvoerder van Hostwell.\n\n" +
				"“Lees ook de brief aan onze klanten,” zei de oprichter maandag tegen de Krant.\n\n" +
				"“Zou jij nog in Moskou willen werken?”\n",
			[]string{"meldde op LinkedIn", "30 dagen gratis bellen", "Toegang tot alle diensten blijft gratis",
				"Lees ook de brief aan onze klanten",
				"Zou jij nog in Moskou willen werken?"},
			nil},
	})
}

// keepGoneCase is a text ingested in lang: keep must stay exactly once,
// gone must go.
type keepGoneCase struct {
	name, lang, in string
	keep, gone     []string
}

// runKeepGone ingests each case as a text file and checks it.
func runKeepGone(t *testing.T, file string, cases []keepGoneCase) {
	opts := testOptions(t)
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			res := ingestText(t, opts, file, tt.lang, tt.in)
			checkKeepGone(t, res.Body+"\n", tt.keep, tt.gone)
			checkInvariants(t, res.Body)
		})
	}
}
