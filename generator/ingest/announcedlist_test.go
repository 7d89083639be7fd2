package ingest

import "testing"

// TestAnnouncedList: a listicle that ends in the list its lead sentence
// announces keeps the list (issue 14, list shapes of round 9): the short
// name lines are its content, not menu lines after the story. A short
// "Related posts:" header over headlines is still chrome. The list stands
// below the top of the text, where a short line of names is no byline.
func TestAnnouncedList(t *testing.T) {
	runKeepGone(t, "announcedlist", []keepGoneCase{
		{"a list of companies after a long lead stays", "en",
			"Brands keep leaving Russia\n\n" +
				"Hundreds of firms have left the country since the invasion, a study by a business school found this week.\n\n" +
				"Some left at once, others first paused their sales and only later sold their local units to managers.\n\n" +
				"The exits cost jobs in the country and leave empty shops in the malls of the big cities.\n\n" +
				"Economists expect the economy to shrink this year as imports fall and prices rise.\n\n" +
				"A few firms came back under new names, the study's authors wrote in their update.\n\n" +
				"Below you will find some of the large companies that have paused their business in Russia:\n\n" +
				"Carlsberg\n\nMaersk\n\nFord Motor Co\n\nSiemens AG\n",
			[]string{"Carlsberg", "Siemens AG", "Ford Motor Co", "Maersk"}, nil},
		{"headlines under a short related header go", "en",
			"Brands keep leaving Russia\n\n" +
				"Hundreds of firms have left the country since the invasion, a study by a business school found this week.\n\n" +
				"Related posts:\n\n" +
				"Oil prices climb for a third week as traders fret\n\n" +
				"Why the rouble fell again and what it means for savers\n",
			nil, []string{"Oil prices climb", "Why the rouble fell"}},
	})
}
