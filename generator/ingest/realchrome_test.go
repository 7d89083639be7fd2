package ingest

import (
	"fmt"
	"strings"
	"testing"
)

// TestRealTextChrome: the kinds of chrome that real scraped news texts
// carried past the earlier rules (issue 14 kind 2, batch 2), each written
// anew in both languages: an agency's sign-off or a writer's initials after
// the last sentence, an agency's tag opening the first paragraph, a caption
// closed by a credit without parentheses or pointing at "(right)", the
// picture link of an embedded post, live-blog promos glued after the
// story, an editor's update note, a "+" run of other headlines under a
// "know more" header, a teaser card printed twice, the headline's variants
// below it, the story's own sentence again cut off at the end, share
// buttons read out as text, app and channel prompts and syndication notes.
// keep holds sentences that look a little like that chrome and must stay
// exactly once.
func TestRealTextChrome(t *testing.T) {
	opts := testOptions(t)
	tests := []struct {
		name, lang, in, title string
		keep, gone            []string
	}{
		{"en sign-offs, agency tags and captions", "en",
			"(Wire FN-Daily) Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"A technician checks a rack of servers in the hall that Hostwell plans to close. Image: Mara Velden/Stockpix via Getty Images\n\n" +
				"Hostwell's founder, Tom Riedel (left), shakes hands with a customer at a trade fair in Berlin in 2019.\n\n" +
				"The firm told its Moscow staff on Friday that they could move to its office in Riga, a spokesperson said. -WNA\n\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full, the letter says. (jv)\n\n" +
				"Senator Jane Porter (R-Ohio) said the step was overdue, and other hosting firms should follow it soon.\n\n" +
				"The firm had asked Credit Suisse for a loan last year. Credit Suisse\n",
			"",
			[]string{
				"Hostwell will close its data centre in Moscow",
				"they could move to its office in Riga, a spokesperson said.",
				"prepaid plans are refunded in full, the letter says.",
				"Senator Jane Porter (R-Ohio) said",
				"Credit Suisse for a loan last year. Credit Suisse",
			},
			[]string{"(Wire FN-Daily)", "A technician checks", "Image: Mara Velden", "Tom Riedel (left)", "-WNA", "(jv)"}},
		{"nl sign-offs, agency tags and captions", "nl",
			"(Persbureau FN-Dagblad) Hostwell sluit eind april zijn datacenter in Moskou, meldde het bedrijf maandag.\n\n" +
				"Een monteur controleert een rek servers in de hal die Hostwell wil sluiten. Beeld Sanne de Wit\n\n" +
				"Bij de opening in 2019 stonden de oprichter en de burgemeester nog samen in de hal. — © FOTOBUREAU\n\n" +
				"Oprichter Tom Riedel (links) geeft een klant een hand op een beurs in Berlijn in 2019.\n\n" +
				"Het bedrijf liet het personeel in Moskou vrijdag weten dat het naar het kantoor in Riga kan, zegt een woordvoerder. (sdw)\n\n" +
				"Klanten krijgen dertig dagen om hun sites te verhuizen en vooruitbetaalde pakketten worden terugbetaald. -NPB\n\n" +
				"De oprichter zei dat de links en rechts van het gebouw staande hallen eerst dichtgaan.\n",
			"",
			[]string{
				"Hostwell sluit eind april zijn datacenter in Moskou",
				"naar het kantoor in Riga kan, zegt een woordvoerder.",
				"vooruitbetaalde pakketten worden terugbetaald.",
				"de links en rechts van het gebouw staande hallen",
			},
			[]string{"(Persbureau FN-Dagblad)", "Een monteur controleert", "Beeld Sanne", "© FOTOBUREAU", "Tom Riedel (links)", "(sdw)", "-NPB"}},
		{"en promos, notes, plus teasers and share buttons", "en",
			"Hostwell pulls the plug on Russian customers\n\n" +
				"Updated March 9 to reflect the regulator's answer.\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday. Follow the latest on the closure in our live blog. See the earlier live blog here.\n\n" +
				"+What hosting prices will do this year\n\n" +
				"The founder told staff to follow the news in this live blog, he said, and to ignore rumours about the firm.\n\n" +
				"Share on Facebook Share on Twitter\nClick to share on Telegram (Opens in new window)\n\n" +
				"Customers received a letter on Monday and have thirty days to move their sites elsewhere, it says.\n\n" +
				"Join our WhatsApp channel\nDownload the Daily Ledger app\n\n" +
				"(Except for the headline, this story has not been edited by Ledger staff and is published from a syndicated feed.)\n\n" +
				"The post Hostwell pulls the plug on Russian customers appeared first on Hosting Weekly.\n\n" +
				"Hosting Weekly newsletter: the week's news on cloud and chips. Sign up here.\n\n" +
				"Copyright Daily Ledger Limited 2022. All rights reserved.\n\n" +
				"Know more\n\n+ Weather: a warm spring ahead for the north\n\n+ Five cheap phones tested\n\n+ Why bakers rise early. Read the answer\n",
			"Hostwell pulls the plug on Russian customers",
			[]string{
				"by the end of April, the company said on Monday.",
				"The founder told staff to follow the news in this live blog",
				"Customers received a letter on Monday",
			},
			[]string{"Updated March 9", "Follow the latest on the closure", "earlier live blog", "+What hosting",
				"Share on Facebook", "Click to share", "WhatsApp channel", "Daily Ledger app", "Except for the headline",
				"appeared first on", "Hosting Weekly newsletter", "Copyright Daily Ledger", "Know more", "Weather:", "Five cheap phones", "Why bakers"}},
		{"nl promos, notes, plus teasers and share buttons", "nl",
			"Hostwell trekt de stekker uit Russische klanten\n\n" +
				"Bijgewerkt op 9 maart met de reactie van de toezichthouder.\n\n" +
				"Hostwell sluit eind april zijn datacenter in Moskou, meldde het bedrijf maandag. Volg het laatste nieuws over de sluiting in ons liveblog. Lees het eerdere liveblog hier.\n\n" +
				"+Wat hostingprijzen dit jaar doen\n\n" +
				"De oprichter zei dat het personeel het nieuws over de sluiting in dit liveblog kan volgen, en dat geruchten onzin zijn.\n\n" +
				"Delen op Facebook Delen op WhatsApp\nKlik om te delen op Telegram (Opent in een nieuw venster)\n\n" +
				"Klanten kregen maandag een brief en hebben dertig dagen om hun sites te verhuizen, staat erin.\n\n" +
				"Volg ons WhatsApp-kanaal\nDownload de app van Het Dagblad\n\n" +
				"Het bericht Hostwell trekt de stekker uit Russische klanten verscheen eerst op Hostingnieuws.\n\n" +
				"De nieuwsbrief van Hostingnieuws: het nieuws van de week over cloud en chips. Meld je aan.\n\n" +
				"Copyright Het Dagblad 2022. Alle rechten voorbehouden.\n\n" +
				"Meer weten?\n\n+ Weer: een warme lente in het noorden\n\n+ Vijf goedkope telefoons getest\n\n+ Waarom bakkers vroeg opstaan. Lees het antwoord\n",
			"Hostwell trekt de stekker uit Russische klanten",
			[]string{
				"in Moskou, meldde het bedrijf maandag.",
				"het nieuws over de sluiting in dit liveblog kan volgen",
				"Klanten kregen maandag een brief",
			},
			[]string{"Bijgewerkt op 9 maart", "Volg het laatste nieuws over de sluiting", "eerdere liveblog", "+Wat hostingprijzen",
				"Delen op Facebook", "Klik om te delen", "WhatsApp-kanaal", "app van Het Dagblad",
				"verscheen eerst op", "De nieuwsbrief van Hostingnieuws", "Copyright Het Dagblad", "Meer weten", "Weer:", "Vijf goedkope", "Waarom bakkers"}},
		{"en headline variants, teaser cards and a cut repeat", "en",
			"Hostwell leaves Russia: the hosting firm closes its Moscow hall\n\n" +
				"Hostwell leaves Russia 2\nThe hosting firm closes its Moscow hall\n\n" +
				"Hostwell said on Monday that it will close its data centre in Moscow by the end of April, giving customers a month.\n\n" +
				"Chipmakers fight back with new plants\nChipmakers fight back with new plants\n\n" +
				"Hostwell closes its Moscow hall\n\n" +
				"The founder wrote that prepaid plans will be refunded in full, including those paid a year ahead.\n\n" +
				"Customers in Russia received a letter that gives them thirty days to move their sites elsewhere.\n\n" +
				"The founder wrote that prepaid plans will be refunded in full, including th",
			"Hostwell leaves Russia: the hosting firm closes its Moscow hall",
			[]string{
				"Hostwell said on Monday",
				"## Hostwell closes its Moscow hall",
				"The founder wrote that prepaid plans will be refunded in full",
				"Customers in Russia received a letter",
			},
			[]string{"Russia 2", "Chipmakers fight back", "including th\n", "The hosting firm closes"}},
		{"nl headline variants, teaser cards and a cut repeat", "nl",
			"Hostwell vertrekt uit Rusland: de hoster sluit zijn hal in Moskou\n\n" +
				"Hostwell vertrekt uit Rusland 2\nDe hoster sluit zijn hal in Moskou\n\n" +
				"Hostwell maakte maandag bekend dat het eind april zijn datacenter in Moskou sluit en klanten een maand geeft.\n\n" +
				"Chipmakers slaan terug met nieuwe fabrieken\nChipmakers slaan terug met nieuwe fabrieken\n\n" +
				"Hostwell sluit de hal in Moskou\n\n" +
				"De oprichter schrijft dat vooruitbetaalde pakketten volledig worden terugbetaald, ook die voor een jaar.\n\n" +
				"Klanten in Rusland kregen een brief die hun dertig dagen geeft om hun sites te verhuizen.\n\n" +
				"De oprichter schrijft dat vooruitbetaalde pakketten volledig worden terugbet",
			"Hostwell vertrekt uit Rusland: de hoster sluit zijn hal in Moskou",
			[]string{
				"Hostwell maakte maandag bekend",
				"## Hostwell sluit de hal in Moskou",
				"De oprichter schrijft dat vooruitbetaalde pakketten",
				"Klanten in Rusland kregen een brief",
			},
			[]string{"Rusland 2", "Chipmakers slaan terug", "terugbet\n", "De hoster sluit"}},
		{"en sentences that resemble the new chrome stay", "en",
			"Hostwell leaves Russia\n\n" +
				"Updated guidance on March 9 with lower targets was published by the firm on its website.\n\n" +
				"Download speeds in Moscow fell by half after the hall closed, customers said on Tuesday.\n\n" +
				"Follow-up letters went out on Tuesday, and customers have until April to reply to them.\n\n" +
				"+31 20 555 0100 is the number that customers in the Netherlands can call for help\n\n" +
				"The founder said the firm was right (legally and morally) to stop, according to the letter.\n\n" +
				"Analysts at the bank said more hosts would follow within weeks. Source: the bank's note.\n\n" +
				"Disclaimer: I worked at Hostwell until 2019, and I still own a few of its shares.\n",
			"Hostwell leaves Russia",
			[]string{"Updated guidance on March 9", "Download speeds in Moscow", "Follow-up letters", "+31 20 555 0100",
				"(legally and morally)", "more hosts would follow within weeks.", "Disclaimer: I worked at Hostwell"},
			nil},
		{"nl sentences that resemble the new chrome stay", "nl",
			"Hostwell vertrekt uit Rusland\n\n" +
				"Bijgewerkte cijfers op 9 maart met lagere doelen publiceerde het bedrijf op zijn site.\n\n" +
				"Downloadsnelheden in Moskou halveerden nadat de hal dichtging, zeggen klanten dinsdag.\n\n" +
				"Volg het geld, zei de analist dinsdag over het besluit van Hostwell om te vertrekken.\n\n" +
				"+31 20 555 0100 is het nummer dat klanten in Nederland kunnen bellen voor hulp\n\n" +
				"De oprichter vindt dat het bedrijf (juridisch en moreel) juist handelde, staat in de brief.\n\n" +
				"Analisten van de bank verwachten dat meer hosters binnen weken volgen. Bron: de notitie van de bank.\n\n" +
				"Disclaimer: ik werkte tot 2019 bij Hostwell en heb nog altijd een paar aandelen van het bedrijf.\n",
			"Hostwell vertrekt uit Rusland",
			[]string{"Bijgewerkte cijfers op 9 maart", "Downloadsnelheden in Moskou", "Volg het geld", "+31 20 555 0100",
				"(juridisch en moreel)", "binnen weken volgen.", "Disclaimer: ik werkte tot 2019"},
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := ingestText(t, opts, tt.name, tt.lang, tt.in)
			if tt.title != "" && res.Title != tt.title {
				t.Errorf("title %q, want %q", res.Title, tt.title)
			}
			// The newline lets a check name the end of the text.
			checkKeepGone(t, res.Body+"\n", tt.keep, tt.gone)
			checkInvariants(t, res.Body)
		})
	}
}

// TestEmbeddedPostPictureLink: the picture link of an embedded post goes,
// the post's words stay, and a short line of emoji left alone at the end
// goes with the tail.
func TestEmbeddedPostPictureLink(t *testing.T) {
	opts := testOptions(t)
	for _, tt := range []struct{ lang, in, keep string }{
		{"en", "Hostwell said on Monday that it will close its data centre in Moscow by the end of April.\n\n" +
			"Hostwell is \"closing the Moscow hall\" and refunds every plan. pic.twitter.com/AbC123xyz — Mara Velden (@mvelden) March 4, 2022\n\n" +
			"Thinking of everyone at the Kyiv office 💙💛 pic.twitter.com/ZzY987\n",
			"Hostwell is \"closing the Moscow hall\" and refunds every plan. — Mara Velden"},
		{"nl", "Hostwell maakte maandag bekend dat het eind april zijn datacenter in Moskou sluit.\n\n" +
			"Hostwell \"sluit de hal in Moskou\" en betaalt elk pakket terug. pic.twitter.com/AbC123xyz — Mara Velden (@mvelden) 4 maart 2022\n\n" +
			"We denken aan iedereen op het kantoor in Kyiv 💙💛 pic.twitter.com/ZzY987\n",
			"Hostwell \"sluit de hal in Moskou\" en betaalt elk pakket terug. — Mara Velden"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			res := ingestText(t, opts, "post-"+tt.lang, tt.lang, tt.in)
			if strings.Contains(res.Body, "pic.twitter.com") || strings.Contains(res.Body, "💙") {
				t.Errorf("picture link or emoji line left:\n%s", res.Body)
			}
			if strings.Count(res.Body, tt.keep) != 1 {
				t.Errorf("body lost the post's words %q:\n%s", tt.keep, res.Body)
			}
		})
	}
}

// TestTextHeaderWidgets: the top of a scraped text in both languages: a
// date label glued to the first line gives the date and leaves the text,
// a relative time with a view counter is neither the headline nor the
// body, a caption label ("Representative Image") is not the title, and a
// media label glued to the first word goes while a word that starts the
// same way stays.
func TestTextHeaderWidgets(t *testing.T) {
	opts := testOptions(t)
	tests := []struct {
		name, lang, in, title, date string
		keep, gone                  []string
	}{
		{"en date label and view counter", "en",
			"date 2022-03-04 Hostwell pulls the plug on its Russian customers\n\n3 years ago 212\n\n" +
				"Hostwell said on Monday that it will close its data centre in Moscow by the end of April, giving customers a month.\n",
			"Hostwell pulls the plug on its Russian customers", "2022-03-04",
			[]string{"Hostwell said on Monday"}, []string{"date 2022", "years ago", "212"}},
		{"nl date label and view counter", "nl",
			"date 2022-03-04 Hostwell trekt de stekker uit zijn Russische klanten\n\n3 jaar geleden 212\n\n" +
				"Hostwell maakte maandag bekend dat het eind april zijn datacenter in Moskou sluit en klanten een maand geeft.\n",
			"Hostwell trekt de stekker uit zijn Russische klanten", "2022-03-04",
			[]string{"Hostwell maakte maandag bekend"}, []string{"date 2022", "jaar geleden", "212"}},
		{"en points under the headline do not make a headline", "en",
			"Hostwell pulls the plug on its Russian customers\n\nThirty days for customers to move\nRefunds for every prepaid plan\n\n" +
				"Hostwell said on Monday that it will close its data centre in Moscow by the end of April, giving customers a month.\n",
			"Hostwell pulls the plug on its Russian customers", "",
			[]string{"Hostwell said on Monday"}, nil},
		{"nl points under the headline do not make a headline", "nl",
			"Hostwell trekt de stekker uit zijn Russische klanten\n\nDertig dagen om te verhuizen\nGeld terug voor elk pakket\n\n" +
				"Hostwell maakte maandag bekend dat het eind april zijn datacenter in Moskou sluit en klanten een maand geeft.\n",
			"Hostwell trekt de stekker uit zijn Russische klanten", "",
			[]string{"Hostwell maakte maandag bekend"}, nil},
		{"en caption label and glued media label", "en",
			"date 2022-03 Representative Image\n\n" +
				"videoHostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Video footage shared by staff showed the empty hall on Tuesday, a day after the letters went out.\n",
			"", "",
			[]string{"Hostwell will close its data centre", "Video footage shared by staff"}, []string{"Representative Image", "videoHostwell", "date 2022"}},
		{"nl caption label and glued media label", "nl",
			"date 2022-03 Foto ter illustratie\n\n" +
				"videoHostwell sluit eind april zijn datacenter in Moskou, meldde het bedrijf maandag.\n\n" +
				"Videobeelden van het personeel toonden dinsdag de lege hal, een dag nadat de brieven waren verstuurd.\n",
			"", "",
			[]string{"Hostwell sluit eind april", "Videobeelden van het personeel"}, []string{"Foto ter illustratie", "videoHostwell", "date 2022"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := ingestText(t, opts, tt.name, tt.lang, tt.in)
			if res.Title != tt.title || res.Date != tt.date {
				t.Errorf("title %q date %q, want %q and %q", res.Title, res.Date, tt.title, tt.date)
			}
			checkKeepGone(t, res.Title+"\n\n"+res.Body, tt.keep, tt.gone)
		})
	}
}

// checkKeepGone checks that text holds each of keep exactly once and none
// of gone.
func checkKeepGone(t *testing.T, text string, keep, gone []string) {
	t.Helper()
	for _, k := range keep {
		if n := strings.Count(text, k); n != 1 {
			t.Errorf("%q %d times, want once:\n%s", k, n, text)
		}
	}
	for _, g := range gone {
		if strings.Contains(text, g) {
			t.Errorf("%q still there:\n%s", g, text)
		}
	}
}

// TestFurnitureLines: page furniture read out as text goes wherever it
// stands between paragraphs of the story: credits, gallery, player,
// account and footer links, in both languages. The lines in keep, which
// look a little like them, stay.
func TestFurnitureLines(t *testing.T) {
	runBetweenParagraphs(t, "furniture", []betweenCase{
		{"en", "Hostwell pulls the plug on its Russian customers",
			"Hostwell said on Monday that it will close data centre number %d in Moscow by the end of April, giving customers a month.",
			[]string{"© Stockpix", "Getty Images/iStockphoto", "Jane Porter/Daily Ledger", "Agency Images/Stockpix via Getty Images",
				"Show more", "View gallery", "Photo 2 of 8", "Next article", "Reprints & Permissions", "Report an error",
				"Terms of use", "Play video", "Video duration 02:14", "Your browser does not support the video tag.",
				"Please enable JavaScript", "Loading comments...", "Log in to comment", "Gift this article", "Follow topic"},
			[]string{"Hostwell at the Moscow Fair", "Click here for the second half of this story."}},
		{"nl", "Hostwell trekt de stekker uit zijn Russische klanten",
			"Hostwell maakte maandag bekend dat het eind april datacenter nummer %d in Moskou sluit en klanten een maand geeft.",
			[]string{"© Fotobureau", "Jan Smit/Het Dagblad", "Toon meer", "Bekijk de fotoserie", "Foto 2 van 8", "Volgend artikel",
				"Meld een fout", "Gebruiksvoorwaarden", "Speel video af", "Deze video kan niet worden afgespeeld.",
				"Je browser ondersteunt deze video niet.", "Reacties laden...", "Log in om te reageren", "Artikel cadeau geven", "Volg onderwerp"},
			[]string{"Hostwell op de Beurs in Moskou", "Klik hier voor de tweede helft van dit verhaal."}},
	})
}

// betweenCase is a set of lines of one language, each printed between two
// paragraphs of the story: para is the paragraph, with a %d for its
// number, so that no two are alike.
type betweenCase struct {
	lang, title, para string
	gone, keep        []string
}

// runBetweenParagraphs ingests each case's title and lines, every one
// between two numbered paragraphs, and checks that the lines in gone go,
// those in keep stay once, and every paragraph of the story stays.
func runBetweenParagraphs(t *testing.T, file string, tests []betweenCase) {
	opts := testOptions(t)
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			var in strings.Builder
			in.WriteString(tt.title + "\n\n")
			lines := append(append([]string{}, tt.gone...), tt.keep...)
			for i, l := range lines {
				fmt.Fprintf(&in, tt.para+"\n\n%s\n\n", i, l)
			}
			in.WriteString(fmt.Sprintf(tt.para, 99) + "\n")
			res := ingestText(t, opts, file+"-"+tt.lang, tt.lang, in.String())
			checkKeepGone(t, res.Body, tt.keep, tt.gone)
			if n, want := strings.Count(res.Body, strings.SplitN(tt.para, "%d", 2)[0]), len(lines)+1; n != want {
				t.Errorf("%d paragraphs of the story, want %d:\n%s", n, want, res.Body)
			}
		})
	}
}
