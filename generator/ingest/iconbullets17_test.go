package ingest

import "testing"

// TestIconBullets17: a share bar scraped as a list keeps its bullets
// ("• linkedin icon", "• twitter icon"), which made the line look like
// prose to the icon-name test. A bullet is no word; a list item of real
// prose stays. Written anew after batch 17's pages.
func TestIconBullets17(t *testing.T) {
	runKeepGone(t, "icons17", []keepGoneCase{
		{"english", "en",
			"Hostwell to leave Russia\n\n" +
				"  • linkedin icon\n  • twitter icon\n  • facebook icon\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said.\n\n" +
				"  • Customers have thirty days to move their sites, the letter says.\n",
			[]string{
				"Hostwell will close its data centre in Moscow",
				"Customers have thirty days to move their sites",
			},
			[]string{"linkedin icon", "twitter icon", "facebook icon"}},
		{"dutch", "nl",
			"Hostwell vertrekt uit Rusland\n\n" +
				"  • linkedin icon\n  • youtube icon\n  • instagram icon\n\n" +
				"Hostwell sluit eind april zijn datacentrum in Moskou, meldt het bedrijf.\n\n" +
				"  • Klanten krijgen dertig dagen om hun sites te verhuizen.\n",
			[]string{
				"Hostwell sluit eind april zijn datacentrum in Moskou",
				"Klanten krijgen dertig dagen om hun sites te verhuizen",
			},
			[]string{"linkedin icon", "youtube icon", "instagram icon"}},
	})
}
