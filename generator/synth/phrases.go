package synth

// The sentence templates of the corpus: {C} is a company name, {N} and {D}
// numbers. Stance and measure sentences follow the cue patterns of
// content/data so that forced extraction has something to find.

type lang struct {
	titles, subtitles, slug, heading []string
	stance                           map[string][]string
	measureDefault                   []string
	quotes                           []string
	quoteLine                        string
	filler                           []string
}

type outlet struct{ name, host string }

var sources = map[string][]outlet{
	"en": {
		{"The Register", "www.theregister.com"}, {"Ars Technica", "arstechnica.com"},
		{"The Verge", "www.theverge.com"}, {"Reuters", "www.reuters.com"},
		{"TechCrunch", "techcrunch.com"}, {"Data Center Dynamics", "www.datacenterdynamics.com"},
		{"Light Reading", "www.lightreading.com"}, {"ZDNet", "www.zdnet.com"},
		{"Wired", "www.wired.com"}, {"Bloomberg", "www.bloomberg.com"},
	},
	"nl": {
		{"Tweakers", "tweakers.net"}, {"NOS", "nos.nl"}, {"Computable", "www.computable.nl"},
		{"Data News", "datanews.knack.be"}, {"AG Connect", "www.agconnect.nl"},
		{"NRC", "www.nrc.nl"}, {"de Volkskrant", "www.volkskrant.nl"},
		{"Emerce", "www.emerce.nl"}, {"Security.nl", "www.security.nl"}, {"FD", "fd.nl"},
	},
}

var firstNames = []string{"Anna", "Pieter", "Sarah", "Mark", "Ingrid", "Tomas", "Laura", "David", "Eva", "Joost", "Maria", "Kevin", "Sanne", "Robert", "Lotte", "James"}
var lastNames = []string{"de Vries", "Jansen", "Miller", "Bakker", "Smith", "Visser", "Johnson", "Mulder", "Brown", "de Boer", "Taylor", "Peters", "Walker", "Hendriks", "Clark", "van Dijk"}

var phrases = map[string]*lang{
	"en": {
		titles: []string{
			"{C} changes course in Russia as sanctions bite",
			"What {C} is doing about Russia",
			"{C} responds to the invasion of Ukraine",
			"Internet firms split over Russia; {C} takes a stand",
			"{C} and the question of staying in Russia",
		},
		subtitles: []string{
			"The company explains its decision to customers and staff",
			"A week of announcements from the technology sector",
			"Sanctions, customers and connectivity: the trade-offs",
			"Critics and supporters weigh in on the move",
		},
		slug:    []string{"russia-response", "sanctions-update", "ukraine-invasion", "tech-exodus", "network-decision"},
		heading: []string{"Reactions", "What comes next", "Customers in the region", "The wider industry"},
		stance: map[string][]string{
			"withdraws": {
				"{C} said it would withdraw from Russia entirely.",
				"{C} announced it is pulling out of Russia after {N} years in the market.",
				"{C} pulled the plug on its remaining customers in Russia on March {D}.",
			},
			"suspends": {
				"{C} said it had suspended all sales in Russia until further notice.",
				"{C} has temporarily paused its operations in Russia and Belarus.",
				"{C} halted its business in Russia while it reviews the situation.",
			},
			"restricts": {
				"{C} said it will keep its network running in Russia but stopped serving sanctioned customers.",
				"{C} ended business with state-owned customers in Russia while its network stays online.",
				"{C} no longer takes new paid customers in Russia but keeps existing services running.",
			},
			"stays": {
				"{C} said it is not pulling out of Russia and will keep its services running.",
				"{C} has decided to maintain its network presence in Russia.",
				"{C} stopped short of leaving Russia, saying people there need more internet access, not less.",
			},
			"unclear": {
				"{C} said it was monitoring the situation closely and would comply with all applicable laws.",
				"{C} declined to say what it would do next.",
				"{C} said it stands with the people of Ukraine.",
			},
		},
		measureDefault: []string{"{C} took further steps in the region, the company said."},
		quotes: []string{
			"We will not abandon the people who rely on our network every day",
			"Our priority is the safety of our employees and their families",
			"We are complying with every sanction that applies to our business",
			"Cutting off access would hurt ordinary people far more than the government",
			"This is a decision we did not take lightly and we will keep reviewing it",
			"We stand with Ukraine and will continue to support our customers there",
		},
		quoteLine: `"%s," said %s, %s of %s.`,
		filler: []string{
			"The invasion of Ukraine began on 24 February and has reshaped the technology industry.",
			"Governments in Europe and North America announced new sanctions almost every week.",
			"Analysts said the measures would take months to have their full effect.",
			"Internet traffic between Russia and the rest of the world fell by {N} percent in the first weeks.",
			"Several operators reported attacks on their infrastructure during the same period.",
			"Customers in the region were told to expect changes to their contracts.",
			"Network engineers said that routing around the conflict had become a daily task.",
			"The situation remains fluid and further announcements are expected.",
			"Industry groups have asked for clearer guidance on which customers are affected.",
			"Some observers warned that cutting connectivity would isolate ordinary citizens.",
			"Others argued that companies should not profit from a country at war.",
			"The European Commission published a list of entities covered by the rules.",
			"Data centres in Moscow and Saint Petersburg host thousands of servers.",
			"Payment processors and card networks were among the first to act.",
			"Demand for secure communication tools rose sharply in Ukraine.",
			"Volunteers helped keep local networks running in cities under fire.",
			"The cost of bandwidth on routes through the region rose by {N} percent.",
			"Engineers worked through the night to restore service in the east of the country.",
			"A spokesperson for the regulator said its staff were reviewing the situation.",
			"Many smaller providers depend on the same few international links.",
			"Satellite terminals were shipped to hospitals and local authorities.",
			"Security researchers tracked a wave of phishing attempts aimed at officials.",
			"Shareholders asked boards to explain their exposure to the Russian market.",
			"Revenue from the region made up about {N} percent of sales last year.",
			"Several firms said they had moved staff out of the country.",
			"Trade associations held emergency meetings on {D} March.",
			"Lawyers said the sanctions were among the most complex ever imposed.",
			"The rules apply to new contracts as well as to renewals.",
			"Some companies have been criticised for acting too slowly.",
			"Internet exchanges across Europe reported normal traffic levels.",
			"Experts expect the effects on the market to last for years.",
			"Employees in several offices signed letters asking their employers to act.",
			"Cloud capacity in neighbouring countries was quickly booked up.",
			"A number of universities lost access to research networks.",
			"Regulators in the region stepped up their checks on foreign firms.",
			"The move follows weeks of public pressure from customers and staff.",
		},
	},
	"nl": {
		titles: []string{
			"{C} past koers aan in Rusland nu sancties gaan knellen",
			"Wat doet {C} in Rusland?",
			"{C} reageert op de inval in Oekraïne",
			"Internetbedrijven verdeeld over Rusland; {C} kiest positie",
			"{C} en de vraag of je in Rusland blijft",
		},
		subtitles: []string{
			"Het bedrijf legt zijn besluit uit aan klanten en personeel",
			"Een week vol aankondigingen uit de techsector",
			"Sancties, klanten en verbindingen: de afwegingen",
			"Critici en voorstanders reageren op de stap",
		},
		slug:    []string{"reactie-rusland", "sancties-update", "inval-oekraine", "techbedrijven-vertrekken", "netwerkbesluit"},
		heading: []string{"Reacties", "Wat nu", "Klanten in de regio", "De rest van de sector"},
		stance: map[string][]string{
			"withdraws": {
				"{C} trekt zich volledig terug uit Rusland.",
				"{C} vertrekt uit Rusland na {N} jaar op de markt.",
				"{C} trekt de stekker uit zijn laatste Russische klanten.",
			},
			"suspends": {
				"{C} schort al zijn activiteiten in Rusland voorlopig op.",
				"{C} heeft de verkoop in Rusland tijdelijk stilgelegd.",
				"{C} legt de diensten in Rusland en Wit-Rusland stil.",
			},
			"restricts": {
				"{C} blijft actief in Rusland, maar bedient geen klanten meer die op de sanctielijst staan.",
				"{C} stopt met staatsbedrijven in Rusland, maar het netwerk blijft in de lucht.",
				"{C} neemt in Rusland geen nieuwe betalende klanten meer aan, maar bestaande diensten blijven draaien.",
			},
			"stays": {
				"{C} blijft in Rusland en houdt zijn diensten in de lucht.",
				"{C} houdt zijn netwerk in Rusland bewust in stand.",
				"{C} trekt zich niet terug uit Rusland, omdat mensen daar juist meer toegang tot internet nodig hebben.",
			},
			"unclear": {
				"{C} zegt de situatie nauwlettend te volgen en zich aan alle wetten te houden.",
				"{C} wil niet zeggen wat het nu gaat doen.",
				"{C} zegt achter de bevolking van Oekraïne te staan.",
			},
		},
		measureDefault: []string{"{C} nam volgens een woordvoerder nog meer maatregelen in de regio."},
		quotes: []string{
			"We laten de mensen die elke dag op ons netwerk rekenen niet in de steek",
			"De veiligheid van onze medewerkers en hun families gaat voor alles",
			"We houden ons aan alle sancties die voor ons bedrijf gelden",
			"Toegang afsluiten treft gewone mensen veel harder dan de regering",
			"Dit besluit hebben we niet licht genomen en we blijven het bekijken",
			"We staan achter Oekraïne en blijven onze klanten daar steunen",
		},
		quoteLine: `"%s", zegt %s, %s van %s.`,
		filler: []string{
			"De inval in Oekraïne begon op 24 februari en zette de techsector op zijn kop.",
			"Regeringen in Europa en Noord-Amerika kondigden bijna elke week nieuwe sancties aan.",
			"Analisten verwachten dat de maatregelen pas over maanden volledig effect hebben.",
			"Het internetverkeer tussen Rusland en de rest van de wereld daalde in de eerste weken met {N} procent.",
			"Verschillende operators meldden in dezelfde periode aanvallen op hun infrastructuur.",
			"Klanten in de regio kregen te horen dat hun contracten zouden veranderen.",
			"Netwerkbeheerders zeggen dat het omleiden van verkeer een dagelijkse klus is geworden.",
			"De situatie is nog onzeker en er worden meer aankondigingen verwacht.",
			"Brancheorganisaties vragen om duidelijkere regels over welke klanten eronder vallen.",
			"Sommige waarnemers waarschuwen dat het afsnijden van verbindingen gewone burgers isoleert.",
			"Anderen vinden dat bedrijven niet mogen verdienen aan een land in oorlog.",
			"De Europese Commissie publiceerde een lijst van organisaties waarvoor de regels gelden.",
			"Datacenters in Moskou en Sint-Petersburg huisvesten duizenden servers.",
			"Betaalbedrijven en kaartmaatschappijen waren bij de eersten die ingrepen.",
			"De vraag naar veilige communicatiemiddelen steeg sterk in Oekraïne.",
			"Vrijwilligers hielpen lokale netwerken draaiende te houden in steden onder vuur.",
			"De prijs van bandbreedte op routes door de regio steeg met {N} procent.",
			"Technici werkten de hele nacht door om de dienstverlening in het oosten te herstellen.",
			"Een woordvoerder van de toezichthouder zegt dat de situatie wordt bekeken.",
			"Veel kleinere aanbieders zijn afhankelijk van dezelfde paar internationale verbindingen.",
			"Satellietterminals werden naar ziekenhuizen en gemeenten gestuurd.",
			"Beveiligingsonderzoekers zagen een golf van phishingpogingen gericht op ambtenaren.",
			"Aandeelhouders vroegen besturen om uitleg over hun belang in de Russische markt.",
			"De omzet uit de regio was vorig jaar ongeveer {N} procent van het totaal.",
			"Verschillende bedrijven hebben personeel het land uit gehaald.",
			"Brancheverenigingen hielden op {D} maart spoedoverleg.",
			"Juristen noemen de sancties een van de ingewikkeldste ooit.",
			"De regels gelden voor nieuwe contracten en voor verlengingen.",
			"Sommige bedrijven krijgen kritiek omdat ze te traag zouden handelen.",
			"Internetknooppunten in Europa meldden normale hoeveelheden verkeer.",
			"Deskundigen verwachten dat de gevolgen voor de markt jaren zullen duren.",
			"Medewerkers op verschillende kantoren ondertekenden brieven aan hun werkgever.",
			"Cloudcapaciteit in de buurlanden was snel volgeboekt.",
			"Een aantal universiteiten verloor de toegang tot onderzoeksnetwerken.",
			"Toezichthouders in de regio controleren buitenlandse bedrijven strenger.",
			"De stap volgt op weken van publieke druk van klanten en personeel.",
		},
	},
}

// measureSentences are evidence sentences per canonical measure.
var measureSentences = map[string]map[string][]string{
	"en": {
		"terminate-services":        {"{C} terminated services for all customers in Russia.", "{C} disconnected its Russian customers and reclaimed their IP addresses."},
		"suspend-sales":             {"{C} suspended all sales efforts in Russia and Belarus.", "{C} stopped taking new customers in Russia."},
		"drop-state-customers":      {"{C} ended business with state-majority owned customers in Russia.", "{C} stopped doing business with the Russian government."},
		"sanctions-compliance":      {"{C} said it is enforcing sanctions against Russian banks and officials.", "{C} cut off sanctioned customers in line with the new rules."},
		"maintain-network":          {"{C} made a deliberate decision to maintain its network presence in Russia.", "{C} keeps its network running in Russia for ordinary users."},
		"remove-key-material":       {"{C} moved its encryption keys out of data centres in Russia.", "{C} removed sensitive key material from its Moscow sites."},
		"keyless-ssl":               {"{C} now terminates encrypted sessions outside the region with Keyless SSL.", "{C} handles TLS for Russian traffic from a safe region using keyless SSL."},
		"self-disabling-hardware":   {"{C} configured its servers in the region to disable themselves if they lose power.", "{C} said its equipment in Russia will disable itself when connectivity is lost."},
		"free-protection-ukraine":   {"{C} offers free protection to organisations in Ukraine.", "{C} gives Ukrainian government sites its services for free."},
		"support-ukraine-customers": {"{C} continues to serve its customers in Ukraine.", "{C} is protecting its customers in Ukraine around the clock."},
		"block-state-media":         {"{C} blocked RT and Sputnik on its platform.", "{C} removed Russian state media from its services."},
		"stop-advertising":          {"{C} stopped selling ads in Russia.", "{C} no longer accepts advertising from Russian state entities."},
		"suspend-abusive-accounts":  {"{C} suspended accounts used to attack Ukrainian sites.", "{C} shut down accounts that incited violence."},
		"humanitarian-aid":          {"{C} donated {N} million dollars to humanitarian aid for Ukraine.", "{C} pledged help for refugees fleeing the war."},
	},
	"nl": {
		"terminate-services":        {"{C} beëindigt de dienstverlening aan alle klanten in Rusland.", "{C} koppelt zijn Russische klanten af."},
		"suspend-sales":             {"{C} stopt met de verkoop in Rusland en Wit-Rusland.", "{C} neemt in Rusland geen nieuwe klanten meer aan."},
		"drop-state-customers":      {"{C} stopt met klanten die eigendom zijn van de Russische staat.", "{C} doet geen zaken meer met de Russische overheid."},
		"sanctions-compliance":      {"{C} zegt de sancties tegen Russische banken en bestuurders te handhaven.", "{C} bedient geen klanten meer die op de sanctielijst staan."},
		"maintain-network":          {"{C} houdt zijn netwerk in Rusland bewust in de lucht.", "{C} laat zijn netwerk in Rusland draaien voor gewone gebruikers."},
		"remove-key-material":       {"{C} haalde zijn encryptiesleutels weg uit datacenters in Rusland.", "{C} verwijderde gevoelige sleutels uit zijn Moskouse locaties."},
		"keyless-ssl":               {"{C} handelt versleutelde verbindingen nu buiten de regio af met Keyless SSL.", "{C} verwerkt TLS voor Russisch verkeer vanuit een veilige regio."},
		"self-disabling-hardware":   {"{C} stelde zijn servers in de regio zo in dat ze zichzelf uitschakelen bij stroomverlies.", "{C} zegt dat zijn apparatuur in Rusland zichzelf uitschakelt als de verbinding wegvalt."},
		"free-protection-ukraine":   {"{C} biedt organisaties in Oekraïne gratis bescherming.", "{C} geeft Oekraïense overheidssites zijn diensten gratis."},
		"support-ukraine-customers": {"{C} blijft zijn klanten in Oekraïne bedienen.", "{C} beschermt zijn klanten in Oekraïne dag en nacht."},
		"block-state-media":         {"{C} blokkeert RT en Sputnik op zijn platform.", "{C} verwijdert Russische staatsmedia uit zijn diensten."},
		"stop-advertising":          {"{C} verkoopt geen advertenties meer in Rusland.", "{C} accepteert geen advertenties meer van Russische staatsbedrijven."},
		"suspend-abusive-accounts":  {"{C} schorst accounts die Oekraïense sites aanvallen.", "{C} sloot accounts af die tot geweld aanzetten."},
		"humanitarian-aid":          {"{C} doneert {N} miljoen euro aan noodhulp voor Oekraïne.", "{C} belooft hulp aan vluchtelingen uit Oekraïne."},
	},
}
