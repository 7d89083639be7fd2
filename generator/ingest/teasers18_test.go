package ingest

import "testing"

// TestMoreTeaser18: a line that lures the reader to more of the site
// ("But wait, there's more!", "Maar wacht, er is meer!") goes; a sentence
// that waits for more news stays. Written anew after batch 18's pages.
func TestMoreTeaser18(t *testing.T) {
	runKeepGone(t, "teasers18", []keepGoneCase{
		{"english", "en",
			"Promoter stops shows in Russia\n\n" +
				"The promoter will not stage any concerts in Russia for now, it said on Monday.\n\n" +
				"But wait, there's more!\n\n" +
				"Fans wait for more news on the refunds, which the promoter said would follow.\n",
			[]string{
				"The promoter will not stage any concerts in Russia",
				"Fans wait for more news on the refunds",
			},
			[]string{"there's more"}},
		{"dutch", "nl",
			"Organisator stopt met shows in Rusland\n\n" +
				"De organisator organiseert voorlopig geen evenementen in Rusland, liet het bedrijf maandag weten.\n\n" +
				"Maar wacht, er is meer!\n\n" +
				"Fans wachten op meer nieuws over de terugbetaling, die volgens de organisator nog komt.\n",
			[]string{
				"De organisator organiseert voorlopig geen evenementen in Rusland",
				"Fans wachten op meer nieuws over de terugbetaling",
			},
			[]string{"er is meer"}},
	})
}
