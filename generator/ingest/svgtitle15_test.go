package ingest

import "testing"

// TestSVGTitleRun: a line read out of inline SVGs' titles (icon names and a
// drawing tool's defaults glued in capitals) goes; a sentence or a short
// headline that uses a few of the same words stays. Both languages.
func TestSVGTitleRun(t *testing.T) {
	runKeepGone(t, "svgtitle15", []keepGoneCase{
		{"english", "en",
			"ArrowArtboardCreated with Sketch.Title ChevronTitle ChevronIcon FacebookIcon LinkedinIcon Mail ContactPath LayerIcon MailPositive ArrowIcon PrintIcon Twitter\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday in a letter.\n\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full, the letter says.\n\n" +
				"Contact Path Layer\n\nArrow Group, a shipping firm, said it would follow with a statement on its own Russian routes.\n",
			[]string{
				"Hostwell will close its data centre in Moscow",
				"Arrow Group, a shipping firm, said it would follow",
			},
			[]string{"ArtboardCreated", "FacebookIcon", "Contact Path Layer"}},
		{"dutch", "nl",
			"ChevronIcon FacebookIcon LinkedinIcon MailPositive PrintIcon\n\n" +
				"Hostwell sluit eind april zijn datacenter in Moskou, zei het bedrijf maandag in een brief aan klanten.\n\n" +
				"Klanten krijgen dertig dagen om hun sites te verhuizen, en vooruitbetaalde pakketten worden terugbetaald.\n",
			[]string{"Hostwell sluit eind april zijn datacenter in Moskou", "Klanten krijgen dertig dagen"},
			[]string{"FacebookIcon", "MailPositive"}},
	})
}

// TestFormErrorAndPrompt: a form's error with "check your entries" and a
// prompt between stories ("Enjoying the stories?") go; a sentence that
// asks readers about their stories stays. Both languages.
func TestFormErrorAndPrompt(t *testing.T) {
	runKeepGone(t, "prompt15", []keepGoneCase{
		{"english", "en",
			"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday in a letter.\n\n" +
				"Something went wrong. Please check your entries and try again.\n\n" +
				"Enjoying the stories? Subscribe for full access.\n\n" +
				"Customers who were enjoying the service have thirty days to move their sites, the letter says.\n",
			[]string{"Hostwell will close its data centre", "Customers who were enjoying the service"},
			[]string{"check your entries", "Enjoying the stories"}},
		{"dutch", "nl",
			"Hostwell sluit eind april zijn datacenter in Moskou, zei het bedrijf maandag in een brief aan klanten.\n\n" +
				"Er ging iets mis. Controleer je gegevens en probeer het opnieuw.\n\n" +
				"Geniet je van onze verhalen? Neem een abonnement.\n\n" +
				"Klanten die van de dienst genoten, krijgen dertig dagen om hun sites te verhuizen.\n",
			[]string{"Hostwell sluit eind april", "Klanten die van de dienst genoten"},
			[]string{"Controleer je gegevens", "Geniet je van onze verhalen"}},
	})
}

// TestOldPostNotice: a site's notice that a post is old goes; a sentence
// about a contract months old stays. Both languages.
func TestOldPostNotice(t *testing.T) {
	runKeepGone(t, "oldpost15", []keepGoneCase{
		{"english", "en",
			"Note: this article is more than six months old. Information in it may be out of date.\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday in a letter.\n\n" +
				"The contract, which is more than six months old, runs until next year, the letter says.\n",
			[]string{"Hostwell will close its data centre", "The contract, which is more than six months old"},
			[]string{"this article is more than six months old"}},
		{"dutch", "nl",
			"Let op: dit bericht is meer dan zes maanden oud. Informatie hierin kan verouderd zijn.\n\n" +
				"Hostwell sluit eind april zijn datacenter in Moskou, zei het bedrijf maandag in een brief aan klanten.\n\n" +
				"Het contract, dat meer dan zes maanden oud is, loopt nog tot volgend jaar, staat in de brief.\n",
			[]string{"Hostwell sluit eind april", "Het contract, dat meer dan zes maanden oud is"},
			[]string{"dit bericht is meer dan zes maanden oud"}},
	})
}
