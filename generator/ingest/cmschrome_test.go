package ingest

import (
	"strings"
	"testing"
)

// TestCMSChrome: furniture of CMSs and themes that no set had shown yet
// (clean13), written from general knowledge in both languages: the
// WordPress comment form and its theme variants, a PHP warning printed by
// a broken theme (alone and glued before the headline), icon names glued
// together, a video player's placeholders, gated trial promos, a "Source
// link" under a reposted story, an author box of two names joined by an
// ampersand, award slogans, an emoji-bulleted update ticker, theme
// credits, skip links and share instructions. keep holds the near-misses
// that must stay exactly once: sentences of the news that mention
// subscribers, a comment, an author, a warning, a trial, an award, a
// source, and a company named with an ampersand.
func TestCMSChrome(t *testing.T) {
	runKeepGone(t, "cmschrome", []keepGoneCase{
		{"english cms furniture goes", "en",
			"Hostwell closes its Moscow data centre\n\n" +
				"Skip to navigation\n\n" +
				"Award-winning journalism since 1998\n\n" +
				"Anna Verhoek & Tom de Wit\n\n" +
				"🔴 Live: ports reopen ⚡ Breaking: rival cuts prices\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Notice: Undefined index: thumb in /var/www/site/wp-content/themes/paper/loop.php on line 41\n\n" +
				"chevron-leftchevron-rightshare-alt\n\n" +
				"Video Player is loading.\n\n" +
				"This is a modal window.\n\n" +
				"The company warned its 4,000 subscribers in Russia that the service would end on 30 April.\n\n" +
				"Apply for a trial\n\n" +
				"Subscribe today for unrestricted access to our analysis\n\n" +
				"You have reached your limit of free articles this month.\n\n" +
				"A warning from the regulator in March had pushed the firm to act, the author of the report said.\n\n" +
				"Marks & Spencer and Procter & Gamble made similar moves, the founder noted.\n\n" +
				"The founder, an award-winning engineer, declined to comment on a possible return.\n\n" +
				"Customers may apply for a trial of the new Riga servers, a spokeswoman said. Source link\n\n" +
				"Use the links below to share this story on social media\n\n" +
				"Proudly powered by WordPress\n\n" +
				"Please enter your comment!\n\n" +
				"Please enter your name here\n\n" +
				"You have entered an incorrect email address!\n\n" +
				"Notify me of new posts by email.\n\n" +
				"This site uses Akismet to reduce spam. Learn how your comment data is processed.\n",
			[]string{
				"Hostwell will close its data centre in Moscow by the end of April",
				"The company warned its 4,000 subscribers in Russia",
				"A warning from the regulator in March had pushed the firm to act, the author of the report said.",
				"Marks & Spencer and Procter & Gamble made similar moves",
				"The founder, an award-winning engineer, declined to comment",
				"Customers may apply for a trial of the new Riga servers, a spokeswoman said.",
			},
			[]string{"Skip to navigation", "Award-winning journalism", "Anna Verhoek", "Live: ports", "Breaking:",
				"Undefined index", "loop.php", "chevron-left", "Video Player", "modal window", "Apply for a trial\n",
				"unrestricted access", "limit of free articles", "Source link", "links below", "powered by WordPress",
				"enter your comment", "enter your name", "incorrect email", "Notify me", "Akismet"}},
		{"dutch cms furniture goes", "nl",
			"Hostwell sluit datacenter in Moskou\n\n" +
				"Naar de inhoud springen\n\n" +
				"Bekroond als beste nieuwssite van 2019\n\n" +
				"Anna Verhoek & Tom de Wit\n\n" +
				"Hostwell sluit zijn datacenter in Moskou eind april, zei het bedrijf maandag.\n\n" +
				"Warning: Undefined array key \"foto\" in /var/www/nieuws/wp-content/themes/krant/single.php on line 88\n\n" +
				"arrow-uparrow-downfacebooktwitter\n\n" +
				"De video wordt geladen\n\n" +
				"Het bedrijf waarschuwde zijn 4000 abonnees in Rusland dat de dienst op 30 april stopt.\n\n" +
				"Vraag een proefabonnement aan\n\n" +
				"Log in of word abonnee om verder te lezen\n\n" +
				"Je hebt het maximum aantal gratis artikelen voor deze maand bereikt.\n\n" +
				"Een waarschuwing van de toezichthouder in maart dwong het bedrijf tot actie, zei de auteur van het rapport.\n\n" +
				"Marks & Spencer en Procter & Gamble deden hetzelfde, merkte de oprichter op.\n\n" +
				"Klanten kunnen een proefabonnement nemen op de nieuwe servers in Riga, zei een woordvoerster. Bronlink\n\n" +
				"Gebruik onderstaande links om dit artikel te delen\n\n" +
				"Bij het aanmelden ga je akkoord met onze privacyverklaring.\n\n" +
				"Trots aangedreven door WordPress\n\n" +
				"Reactie annuleren\n\n" +
				"Mijn naam, e-mail en site bewaren in deze browser voor de volgende keer wanneer ik een reactie plaats.\n\n" +
				"Stuur mij een e-mail als er vervolgreacties zijn.\n\n" +
				"Deze site gebruikt Akismet om spam te verminderen.\n",
			[]string{
				"Hostwell sluit zijn datacenter in Moskou eind april",
				"Het bedrijf waarschuwde zijn 4000 abonnees in Rusland",
				"Een waarschuwing van de toezichthouder in maart dwong het bedrijf tot actie, zei de auteur van het rapport.",
				"Marks & Spencer en Procter & Gamble deden hetzelfde",
				"Klanten kunnen een proefabonnement nemen op de nieuwe servers in Riga, zei een woordvoerster.",
			},
			[]string{"inhoud springen", "Bekroond", "Anna Verhoek", "Undefined array key", "single.php", "arrow-up",
				"video wordt geladen", "Vraag een proefabonnement", "om verder te lezen", "gratis artikelen", "Bronlink",
				"onderstaande links", "ga je akkoord", "aangedreven door", "Reactie annuleren", "Mijn naam", "vervolgreacties", "Akismet"}},
		{"a dutch comment form closes the story", "nl",
			"Hostwell sluit datacenter in Moskou\n\n" +
				"Hostwell sluit zijn datacenter in Moskou eind april, zei het bedrijf maandag.\n\n" +
				"Laat een reactie achter\n\n" +
				"Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *\n\n" +
				"Vul alstublieft uw reactie in!\n",
			[]string{"Hostwell sluit zijn datacenter in Moskou eind april"},
			[]string{"Laat een reactie", "niet gepubliceerd", "Vul alstublieft"}},
	})
}

// TestPHPWarningBeforeHeadline: a broken theme's PHP warning glued before
// the headline of a plain text goes, and the headline after it is the
// title, in both languages; a headline that speaks of a warning stays
// whole.
func TestPHPWarningBeforeHeadline(t *testing.T) {
	opts := testOptions(t)
	for _, tt := range []struct{ name, lang, in, title string }{
		{"english warning glued to the headline", "en",
			"Warning: Undefined variable $thumb in /home/site/public_html/wp-content/themes/paper/single.php on line 12Hostwell closes its Moscow data centre\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n",
			"Hostwell closes its Moscow data centre"},
		{"dutch notice glued to the headline", "nl",
			"Notice: Undefined index: beeld in /var/www/krant/wp-content/themes/krant/header.php on line 7Hostwell sluit datacenter in Moskou\n\n" +
				"Hostwell sluit zijn datacenter in Moskou eind april, zei het bedrijf maandag.\n",
			"Hostwell sluit datacenter in Moskou"},
		{"a headline about a warning stays", "en",
			"Warning: regulator tells Hostwell to close its Moscow centre\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n",
			"Warning: regulator tells Hostwell to close its Moscow centre"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			res := ingestText(t, opts, "phpwarning", tt.lang, tt.in)
			if res.Title != tt.title {
				t.Errorf("title %q, want %q", res.Title, tt.title)
			}
			if strings.Contains(res.Body, ".php") {
				t.Errorf("the warning is still in the body:\n%s", res.Body)
			}
		})
	}
}
