package ingest

import "testing"

// TestReaderPromptsAndAuthorBoxes: the chrome that batch 3's English texts
// carried past the earlier rules (issue 14 kind 2), written anew: a stamp
// glued before the first sentence, a caption naming a person by office, a
// stock agency's credit in square brackets, a teaser headline in capitals,
// a survey that offers a gift, a tip jar, a question to the reader with a
// call to the comments, a site's thanks with its follower count and
// sign-up lines, an author's box ending with "Follow X on ...", and a
// title-cased teaser as the text's last line. keep holds sentences that
// look a little like that chrome and must stay exactly once.
func TestReaderPromptsAndAuthorBoxes(t *testing.T) {
	runKeepGone(t, "batch3", []keepGoneCase{
		{"prompts, captions and boxes go", "en",
			"Hostwell pulls the plug on its Russian customers\n\n" +
				"Mara Velden Hostwell CEO\n\n" +
				"imageUpdated Apr 2, 2022, 09:15am EDT Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"The founder announced the step in a hall in Riga. [Agency Stock]\n\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full, the letter says.\n\n" +
				"RIVAL HOSTS CUT PRICES FOR SPRING\n\n" +
				"Tell us about your hosting plans and get a free guide to cloud costs. Enter your email at the end of the survey to receive it.\n\n" +
				"Buy Me A Coffee\n\n" +
				"Hostwell said the decision was not taken lightly, and that its Riga office would hire more staff. What is your opinion about this step? Let's chat about it in the comments below\n\n" +
				"Anna Kovac is a keen sailor who wrote about markets for a Dutch daily for ten years. Her love of ships began in a harbour town. Follow Anna on Twitter\n\n" +
				"Thank you for being among our readers.\n\n" +
				"Our community already has nearly 12,000 followers !\n\n" +
				"Sign up to receive our latest articles, it's free !\n\n" +
				"Rival Hosting Firm To Open Three New Data Centres In Spain\n",
			[]string{
				"Hostwell will close its data centre in Moscow",
				"The founder announced the step in a hall in Riga.",
				"Customers have thirty days to move their sites",
				"its Riga office would hire more staff.",
			},
			[]string{"Mara Velden Hostwell CEO", "imageUpdated", "09:15am", "[Agency Stock]", "RIVAL HOSTS", "free guide",
				"Enter your email", "Buy Me A Coffee", "What is your opinion", "chat about it", "keen sailor", "Follow Anna",
				"Thank you for being", "followers", "Sign up to receive", "Rival Hosting Firm"}},
		{"sentences that resemble the prompts stay", "en",
			"Hostwell leaves Russia\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"The founder asked staff what their opinion of the plan was, and most backed it, he said.\n\n" +
				"Anna Kovac is a customer in Moscow who moved her shop to a Finnish host on Tuesday, she told the Ledger.\n\n" +
				"The firm thanked its Russian customers for years of loyalty in a letter sent on Monday.\n\n" +
				"NATO and the EU welcomed the step, the firm said in a statement on Tuesday evening.\n",
			[]string{"The founder asked staff what their opinion", "Anna Kovac is a customer in Moscow",
				"thanked its Russian customers", "NATO and the EU welcomed the step"},
			nil},
	})
}
