package ingest

import "testing"

// TestWidgetRowsAndAuthorBoxes: the chrome that the English halves of
// batches 5 and 6 still carried (issue 14 kind 2), written anew: a reading
// time alone, a section label cut after its separator, a related-stories
// header with its topic, a tag row introduced as the article's, a
// stock-quote widget's header row, a photo credit with a Creative Commons
// licence, and an author box at the end whose bio is a long sentence under
// the name alone. keep holds sentences that look a little like that chrome
// and must stay exactly once: a sentence about minutes, one with a pipe
// inside, one about related companies, a journalist who is the news.
func TestWidgetRowsAndAuthorBoxes(t *testing.T) {
	runKeepGone(t, "batch7", []keepGoneCase{
		{"english widget rows and author box go", "en",
			"Hostwell pulls the plug on its Russian customers\n\n" +
				"Tech news |\n\n" +
				"3 min\n\n" +
				"In this article: hosting, cloud, russia, riga\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Mara Velden (CC BY-SA 4.0)\n\n" +
				"Customers get 10 minutes of free support calls a day until the move is done, the letter says.\n\n" +
				"Ticker Security Last Change Change %\n\n" +
				"Related hosting stories\n\n" +
				"Related companies in Riga said they would hire the staff, and a reporter is a witness of the move.\n\n" +
				"Jon Pikk is a freelance journalist who was held in Moscow for a week, his employer said on Friday.\n\n" +
				"The founder said the choice between Riga | Tallinn was made in an hour.\n\n" +
				"Author\n\n" +
				"Anna Kask\n\n" +
				"Anna Kask is a freelance journalist and writes about hosting and cloud markets for the Ledger.\n",
			[]string{
				"Hostwell will close its data centre in Moscow",
				"Customers get 10 minutes of free support calls",
				"Related companies in Riga said they would hire",
				"Jon Pikk is a freelance journalist who was held",
				"The founder said the choice between Riga | Tallinn",
			},
			[]string{"Tech news |", "3 min\n", "In this article", "CC BY-SA", "Ticker Security", "Related hosting stories",
				"Anna Kask"}},
	})
}
