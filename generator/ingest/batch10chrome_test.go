package ingest

import "testing"

// TestBatch10Chrome: the chrome that batch 10 kept on its first run,
// written anew in both languages: a comment prompt with dots after it
// ("Write a comment...") and the counter above it, a box of top stories
// under the story, an estimated reading time as a range, a pointer below
// a photo ("Continue reading below the photo"), the text placeholder of
// an embedded social post with its consent prompt, a pointer to the
// original article with a machine-translation notice, a newsletter
// issue's opener and its editor's sign-off, a widget's id, a "Sponsored
// post" label, a source credit "(via ...)" closing a paragraph and the
// teaser of another wire story under the story, an agency's dateline cut
// off mid-sentence ("(Agency) - A rival has asked a court ... over..."),
// and a pointer back to the front page ("Go to First Page ..."). keep
// holds the near-misses that must stay exactly once: a sentence about
// top stories, a sentence on a post shared on a network, a sentence
// about a translation, a welcome that is not a newsletter's, a sentence
// that opens with "Original", a paragraph saying "via" in the middle, the
// story's own dateline on a cut-off first paragraph, a later paragraph of
// the story under a dateline that ends with a full stop, and
// a "Top stories" line inside a teaser box mid-story, after which the
// story goes on.
func TestBatch10Chrome(t *testing.T) {
	runKeepGone(t, "batch10", []keepGoneCase{
		{"english batch 10 chrome goes", "en",
			"Hostwell closes its Moscow data centre\n\n" +
				"Estimated reading time: 2-4 minutes\n\n" +
				"LEEDS (Harbour Wire) - Hostwell, the Dutch web host, told its customers in Moscow on Monday that their sites will move to...\n\n" +
				"Good morning, and welcome to Harbour Hosting. This Friday: racks on the move, a founder speaks, and a price war in Riga.\n" +
				"— Mara Velden (email | twitter)\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"This article has been translated through artificial intelligence and is provided for information only.\n\n" +
				"Continue reading below the photo\n\n" +
				"View this post on Instagram A post shared by HOSTWELL (@hostwell) You cannot view this content because it holds cookies of a social network.\n\n" +
				"The founder shared a post on Instagram on Monday to thank the staff in Moscow for their years of work.\n\n" +
				"The letter was translated into Russian by the company and sent to every customer via its portal.\n\n" +
				"Original plans called for a slower exit, the founder wrote, but the sanctions left no room for that.\n\n" +
				"Welcome to Riga, the founder told the first staff to arrive, and thanked them for moving at short notice.\n\n" +
				"Recommended Videos\n" +
				"Top Stories\n" +
				"Latest Stories\n\n" +
				"The top stories of the week were about hosts leaving Russia, the trade paper wrote in its summary.\n\n" +
				"widget-1659132512259\n" +
				"Sponsored post\n\n" +
				"Customers have thirty days to move their sites, the company said. (via Harbour Tech Daily)\n\n" +
				"(Harbour Wire) - The founder added on Tuesday that the Riga office will hire twenty more staff this year.\n\n" +
				"(Harbour Wire) - A rival host has asked the High Court in London to stop a deal worth $40 million in a dispute over...\n" +
				"(Harbour Wire) - Harbour News Channel\n\n" +
				"Go to First Page and Get the Latest News.\n\n" +
				"Top stories\n" +
				"A rival host lowers its prices for the spring season.\n" +
				"A chipmaker halts all shipments to two countries.\n",
			[]string{
				"Hostwell will close its data centre in Moscow by the end of April",
				"The founder shared a post on Instagram on Monday",
				"The letter was translated into Russian by the company and sent to every customer via its portal.",
				"Original plans called for a slower exit",
				"Welcome to Riga, the founder told",
				"The top stories of the week were about hosts leaving Russia",
				"Customers have thirty days to move their sites, the company said.",
				"Hostwell, the Dutch web host, told its customers in Moscow on Monday that their sites will move to...",
				"The founder added on Tuesday that the Riga office will hire twenty more staff this year.",
			},
			[]string{"Estimated reading time", "This Friday", "Mara Velden", "Continue reading below", "View this post", "cannot view this content",
				"1659132512259", "Sponsored post", "Harbour Tech Daily", "artificial intelligence",
				"rival host lowers", "chipmaker halts", "High Court", "Harbour News Channel", "Go to First Page"}},
		{"english comment prompt with dots ends the story", "en",
			"Hostwell closes its Moscow data centre\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full.\n\n" +
				"67 KB\n" +
				"Write a comment...\n" +
				"Related news\n",
			[]string{"Hostwell will close its data centre in Moscow", "Customers have thirty days"},
			[]string{"67 KB", "Write a comment", "Related news"}},
		{"english pointer to the original article ends the story", "en",
			"Hostwell closes its Moscow data centre\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Original article link:\n\n" +
				"Hostwell: an update on our Moscow hall\n",
			[]string{"Hostwell will close its data centre in Moscow"},
			[]string{"Original article link", "an update on our Moscow hall"}},
		{"dutch batch 10 chrome goes", "nl",
			"Hostwell sluit zijn datacentrum in Moskou\n\n" +
				"Geschatte leestijd: 3 minuten\n\n" +
				"Goedemorgen, en welkom bij Haven Hosting. Deze vrijdag: racks op reis, een oprichter aan het woord en een prijzenoorlog in Riga.\n\n" +
				"Hostwell sluit eind april zijn datacentrum in Moskou, zo liet het bedrijf maandag weten aan klanten.\n\n" +
				"Dit artikel is automatisch vertaald.\n\n" +
				"(Lees verder onder de foto.)\n\n" +
				"View this post on Instagram A post shared by HOSTWELL (@hostwell) Je kan deze inhoud niet bekijken. Deze inhoud bevat cookies van sociale media.\n\n" +
				"De oprichter deelde maandag een bericht op Instagram om het personeel in Moskou te bedanken.\n\n" +
				"De brief werd door het bedrijf in het Russisch vertaald en via het klantenportaal verstuurd.\n\n" +
				"Welkom in Riga, zei de oprichter tegen de eerste medewerkers die er aankwamen.\n\n" +
				"Klanten krijgen dertig dagen om hun sites te verhuizen, aldus het bedrijf. (via Haven Techniek)\n\n" +
				"DEN HAAG (ANP) - De oprichter voegde er dinsdag aan toe dat het kantoor in Riga dit jaar twintig mensen aanneemt.\n\n" +
				"UTRECHT (ANP) - Een concurrent heeft de rechter gevraagd een overname van 40 miljoen euro stil te leggen vanwege een geschil over…\n\n" +
				"Ga naar de voorpagina voor het laatste nieuws.\n\n" +
				"Reacties…\n",
			[]string{
				"Hostwell sluit eind april zijn datacentrum in Moskou",
				"De oprichter deelde maandag een bericht op Instagram",
				"De brief werd door het bedrijf in het Russisch vertaald en via het klantenportaal verstuurd.",
				"Welkom in Riga, zei de oprichter",
				"Klanten krijgen dertig dagen om hun sites te verhuizen, aldus het bedrijf.",
				"De oprichter voegde er dinsdag aan toe dat het kantoor in Riga dit jaar twintig mensen aanneemt.",
			},
			[]string{"leestijd", "Deze vrijdag", "Lees verder onder", "View this post", "deze inhoud niet", "Haven Techniek",
				"Een concurrent heeft de rechter", "een update over onze hal", "automatisch vertaald", "voorpagina", "Reacties"}},
		{"dutch pointer to the original article ends the story", "nl",
			"Hostwell sluit zijn datacentrum in Moskou\n\n" +
				"Hostwell sluit eind april zijn datacentrum in Moskou, zo liet het bedrijf maandag weten aan klanten.\n\n" +
				"Origineel artikel\n\n" +
				"Hostwell: een update over onze hal in Moskou\n",
			[]string{"Hostwell sluit eind april zijn datacentrum in Moskou"},
			[]string{"Origineel artikel", "een update over onze hal"}},
	})
}
