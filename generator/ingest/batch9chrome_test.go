package ingest

import (
	"strings"
	"testing"
)

// TestPageShapes: issue 14 kind 2, the chrome that batch 8 kept on its
// blind run, written anew in both languages and caught by shape
// (pageshape.go, runon.go) or by a narrow pattern: a credit of a name and
// a stock agency with the caption above it, a disclaimer under a stock
// photo hidden in a chunk that looks hard-wrapped, a caption label in
// title case, a blog's line of categories and author, a bare "Posted by"
// over the author's self-introduction, a pull quote between paragraphs,
// a pointer to the issue or partner site that carries the story too, a
// "Read on Partner Pro" teaser, "Reprints", "Published 2 years ago", a
// share call, a call to join the site's cause and a box of the newest
// headlines. keep holds the near-misses that must stay exactly once: a
// short sentence without a full stop, a quotation that is attributed, a
// sentence naming Reuters and Shutterstock, a sentence saying "read on",
// a Dutch cross-head of companies in title case, a one-line paragraph
// that is a real sentence, a cross-head quoting two words, and a
// sentence that opens with "In" and has "by" in it.
func TestPageShapes(t *testing.T) {
	runKeepGone(t, "batch9", []keepGoneCase{
		{"english page shapes go", "en",
			"Hostwell closes its Moscow data centre\n\n" +
				"Hostwell closes its Moscow data centre\n" +
				"Photo is illustrative in nature. From open sources.\n" +
				"The Dutch host said it will leave the Russian market by the end of April\n\n" +
				"In News, Opinion & Analysis by Harbour Media Group\n\n" +
				"Posted in Hosting, Europe\n\n" +
				"Published 2 years ago\n" +
				"Harbour Cranes And Server Racks Photo Illustrations\n\n" +
				"This article can also be found in the Premium Hosting Digest: How hosts reacted to the war\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Racks stand in an empty hall. Riga, the new home of the staff. Cables, fans, a loading door.\n\n" +
				"MARA VELDEN; Shutterstock\n\n" +
				"The founder said in a post, \"We tried to stay for our customers until the founder said in a post, \"We tried to stay for our customers until the end, but the sanctions leave no room.\"\n\n" +
				"Reprints\n\n" +
				"“Nine in ten of our customers there have already moved their sites”\n\n" +
				"A spokesperson said Reuters and Shutterstock were both customers of the Moscow hall until March.\n\n" +
				"Read on for what the move means for customers in Riga, the company wrote in its letter.\n\n" +
				"In Riga, Hostwell expects its staff by the summer\n\n" +
				"Posted in Moscow, the letter reached every customer on Monday\n\n" +
				"The letter went out to every customer on Monday, with the dates of the move and a number to call.\n\n" +
				"Customers have thirty days to move their sites\n\n" +
				"The founder said the decision was not taken lightly, and that the Riga office would hire more staff.\n\n" +
				"‘Too volatile’\n\n" +
				"“We will refund every prepaid plan,” the founder said.\n\n" +
				"More coverage of the sanctions on the hosting trade\n\n" +
				"Please follow and like us:\n\n" +
				"Read on Harbour Pro Hosts on the move. Where the servers went Pro Articles\n\n" +
				"Join the pushback against tracking, paywalls and surveillance.\n\n" +
				"Posted by\n\n" +
				"Hi! I am Mara. I write about hosting and the cloud, so you can pick a safe provider.\n",
			[]string{
				"The Dutch host said it will leave the Russian market by the end of April",
				"Hostwell will close its data centre in Moscow by the end of April",
				"\"We tried to stay for our customers until the end, but the sanctions leave no room.\"",
				"A spokesperson said Reuters and Shutterstock were both customers",
				"Read on for what the move means for customers in Riga",
				"In Riga, Hostwell expects its staff by the summer",
				"Posted in Moscow, the letter reached every customer on Monday",
				"‘Too volatile’",
				"“We will refund every prepaid plan,” the founder said.",
				"Customers have thirty days to move their sites",
			},
			[]string{"Photo is illustrative", "open sources", "In News, Opinion", "Posted in Hosting", "Published 2 years ago", "Photo Illustrations",
				"Premium Hosting Digest", "Racks stand in an empty hall", "MARA VELDEN", "Reprints", "Nine in ten",
				"More coverage", "follow and like", "Harbour Pro", "Join the pushback", "Posted by", "Hi! I am Mara"}},
		{"dutch page shapes go", "nl",
			"Hostwell sluit zijn datacentrum in Moskou\n\n" +
				"Hostwell sluit eind april zijn datacentrum in Moskou, zo liet het bedrijf maandag weten aan klanten.\n\n" +
				"Geplaatst in Nieuws, Achtergrond door Havenmedia Redactie\n\n" +
				"Een lege hal in Moskou. Riga, de nieuwe thuisbasis. Kabels, ventilatoren, een laaddeur.\n\n" +
				"Mara Velden / Hollandse Hoogte\n\n" +
				"Dit artikel staat ook in het magazine Hosting Vandaag: hoe hosters op de oorlog reageerden\n\n" +
				"De oprichter schreef in een blog: \"We wilden blijven voor onze klanten tot De oprichter schreef in een blog: \"We wilden blijven voor onze klanten tot het einde, maar de sancties laten geen ruimte.\"\n\n" +
				"“Negen op de tien klanten daar hebben hun sites al verhuisd”\n\n" +
				"KPN, VodafoneZiggo En Odido\n\n" +
				"Ook de grote providers deden mee, en de aandelen van Hostwell daalden met 4 procent.\n\n" +
				"Klanten krijgen dertig dagen om hun sites te verhuizen\n\n" +
				"De brief ging maandag naar elke klant, met de data van de verhuizing en een nummer om te bellen.\n\n" +
				"Meer berichtgeving over de sancties in de hostingsector\n\n" +
				"Volg en like ons:\n\n" +
				"Geschreven door\n\n" +
				"Hoi! Ik ben Mara. Ik schrijf over hosting en de cloud.\n\n" +
				"Meest recent\n\n" +
				"Concurrent verlaagt zijn prijzen voor het voorjaar\n\n" +
				"Chipmaker stopt alle leveringen aan twee landen\n",
			[]string{
				"Hostwell sluit eind april zijn datacentrum in Moskou",
				"\"We wilden blijven voor onze klanten tot het einde, maar de sancties laten geen ruimte.\"",
				"KPN, VodafoneZiggo En Odido",
				"Ook de grote providers deden mee",
				"Klanten krijgen dertig dagen om hun sites te verhuizen",
			},
			[]string{"Geplaatst in", "Een lege hal", "Mara Velden", "Hollandse Hoogte", "Hosting Vandaag", "Negen op de tien",
				"Meer berichtgeving", "like ons", "Geschreven door", "Hoi! Ik ben", "Meest recent", "Concurrent verlaagt", "Chipmaker stopt"}},
	})
}

// TestHeaderAboveMenu: a site's help text printed above its account menu
// and the headline goes, and the line under the menu is the title; a menu
// right under the headline, with no prose above it, takes nothing along.
func TestHeaderAboveMenu(t *testing.T) {
	opts := testOptions(t)
	tests := []struct {
		name, lang, in, title string
		keep, gone            []string
	}{
		{"english help text above the menu goes", "en",
			"Help\n\nThe Ledger's search finds whole words only. If you are new to it, here are a few tips for your searches.\n\n" +
				"Put a phrase between quotation marks to find those words together, for example the name of a firm.\n\n" +
				"Login Register Subscribe\n\nHostwell closes its Moscow data centre\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n",
			"Hostwell closes its Moscow data centre",
			[]string{"Hostwell will close its data centre in Moscow"},
			[]string{"search finds", "quotation marks", "Login"}},
		{"dutch help text above the menu goes", "nl",
			"Zoeken\n\nMet de zoekfunctie van de krant vindt u alleen hele woorden. Zet een naam tussen aanhalingstekens om hem precies te vinden.\n\n" +
				"Inloggen Registreren Abonneren\n\nHostwell sluit zijn datacentrum in Moskou\n\n" +
				"Hostwell sluit eind april zijn datacentrum in Moskou, zo liet het bedrijf maandag weten aan klanten.\n",
			"Hostwell sluit zijn datacentrum in Moskou",
			[]string{"Hostwell sluit eind april zijn datacentrum in Moskou"},
			[]string{"zoekfunctie", "Inloggen"}},
		{"a menu under the headline takes nothing along", "en",
			"Hostwell closes its Moscow data centre\n\nLogin Register Subscribe\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Customers have thirty days to move their sites, and prepaid plans are refunded in full.\n",
			"Hostwell closes its Moscow data centre",
			[]string{"Hostwell will close its data centre in Moscow", "Customers have thirty days"},
			[]string{"Login"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := ingestText(t, opts, "batch9", tt.lang, tt.in)
			if res.Title != tt.title {
				t.Errorf("title %q, want %q", res.Title, tt.title)
			}
			checkKeepGone(t, res.Body+"\n", tt.keep, tt.gone)
		})
	}
}

// TestTeaserChunks: a "You might also like" / "Ook interessant" header
// mid-story takes along the headlines under it one to a chunk, and a
// relative time with the poster's name goes; the story's paragraphs
// after the box, and a short sentence of the story without a full stop
// that no box header stands above, stay.
func TestTeaserChunks(t *testing.T) {
	runKeepGone(t, "batch9", []keepGoneCase{
		{"english headlines one to a chunk go", "en",
			"Hostwell closes its Moscow data centre\n\nPosted 3 days ago by Jan Smit\n\n" +
				"Hostwell will close its data centre in Moscow by the end of April, the company said on Monday.\n\n" +
				"Staff move to Riga\n\n" +
				"The company said customers would get thirty days to move their sites and a refund of prepaid plans.\n\n" +
				"You might also like\n\nRival host cuts its prices for spring\n\nChipmaker halts shipments to two countries\n\n" +
				"Customers were told by letter on Monday, with the dates of the move and a number to call for help.\n",
			[]string{"Hostwell will close its data centre", "Staff move to Riga", "The company said customers would get thirty days",
				"Customers were told by letter on Monday"},
			[]string{"Posted 3 days ago", "Jan Smit", "You might also like", "Rival host", "Chipmaker halts"}},
		{"dutch headlines one to a chunk go", "nl",
			"Hostwell sluit zijn datacentrum in Moskou\n\n3 dagen geleden door Jan Smit\n\n" +
				"Hostwell sluit eind april zijn datacentrum in Moskou, zo liet het bedrijf maandag weten aan klanten.\n\n" +
				"Ook interessant\n\nConcurrent verlaagt zijn prijzen voor het voorjaar\n\nChipmaker stopt alle leveringen aan twee landen\n\n" +
				"Klanten krijgen dertig dagen om hun sites te verhuizen, en vooruitbetaalde pakketten worden terugbetaald.\n",
			[]string{"Hostwell sluit eind april zijn datacentrum", "Klanten krijgen dertig dagen"},
			[]string{"geleden", "Jan Smit", "Ook interessant", "Concurrent verlaagt", "Chipmaker stopt"}},
	})
}

// TestPromptLines: prompts and labels a site prints between paragraphs,
// each between two paragraphs of the story, go; the sentences in keep,
// which open with the same words, stay.
func TestPromptLines(t *testing.T) {
	runBetweenParagraphs(t, "batch9", []betweenCase{
		{"en", "Hostwell closes its Moscow data centre",
			"Hostwell said on Monday that it will close data centre number %d in Moscow by the end of April, giving customers a month.",
			[]string{"Click here to subscribe", "Enjoyed this article? Share it with your friends!", "Featured image: Shutterstock",
				"Header image via Unsplash", "Editor's Picks", "Don't miss out on the latest news",
				"Have a tip? Email us at tips@harbour.example", "Like this: Like Loading...", "Report this ad"},
			[]string{"Click here to read the letter that Hostwell sent to its customers on Monday, the company said.",
				"Have a look at the letter the company sent."}},
		{"nl", "Hostwell sluit zijn datacentrum in Moskou",
			"Hostwell sluit eind april datacentrum nummer %d in Moskou, zo liet het bedrijf maandag weten aan klanten.",
			[]string{"Dit artikel is geschreven door Jan Smit", "Al het nieuws over de oorlog in Oekraïne", "Klik hier om je aan te melden",
				"Uitgelichte afbeelding: Shutterstock", "Vond je dit artikel interessant? Deel het met je vrienden!",
				"Mis niets van het laatste nieuws", "Redactie Haven"},
			[]string{"De redactie van Haven sprak met de oprichter, die het besluit toelichtte aan klanten.",
				"Al het nieuws over de overname kwam maandag van de toezichthouder, die het besluit goedkeurde na een lang onderzoek."}},
	})
}

// TestPageShapesInHTML: the same shapes apply to the paragraphs the HTML
// extractor returns, so a page fetched as HTML is cleaned like its text.
func TestPageShapesInHTML(t *testing.T) {
	opts := testOptions(t)
	opts.Lang = "en"
	page := `<!DOCTYPE html><html lang="en"><head><title>Hostwell closes its Moscow data centre</title></head><body>
<article><h1>Hostwell closes its Moscow data centre</h1>
<p>In News, Opinion &amp; Analysis by Harbour Media Group</p>
<p>Hostwell will close its data centre in Moscow by the end of April, the company said on Monday, and move its staff to Riga.</p>
<p>Racks stand in an empty hall. Riga, the new home of the staff.</p>
<p>MARA VELDEN; Shutterstock</p>
<p>The founder said in a post, "We tried to stay for our customers until the founder said in a post, "We tried to stay for our customers until the end, but the sanctions leave no room."</p>
<p>“Nine in ten of our customers there have already moved their sites”</p>
<p>Customers have thirty days to move their sites, and every prepaid plan is refunded in full, the letter to customers says.</p>
<p>A spokesperson said Reuters and Shutterstock were both customers of the Moscow hall until March, and both have moved.</p>
</article></body></html>`
	res, err := Ingest("batch9.html", []byte(page), opts)
	if err != nil {
		t.Fatal(err)
	}
	checkKeepGone(t, res.Body+"\n",
		[]string{"Hostwell will close its data centre in Moscow", "\"We tried to stay for our customers until the end",
			"Customers have thirty days", "A spokesperson said Reuters and Shutterstock"},
		[]string{"In News, Opinion", "Racks stand", "MARA VELDEN", "Nine in ten"})
	checkInvariants(t, res.Body)
}

// TestDropRunOnRepeat: a run of six words or more printed twice in a row
// loses its first copy; shorter repeats and repeats apart stay.
func TestDropRunOnRepeat(t *testing.T) {
	tests := []struct {
		name, in, want string
		cutOnly        bool
	}{
		{"run-on start", "Apple: In a post, the boss said, \"We care about the region In a post, the boss said, \"We care about the region and its people.\"",
			"Apple: In a post, the boss said, \"We care about the region and its people.\"", false},
		{"two words repeated stay", "It was very, very cold in Moscow that week, the staff said.", "It was very, very cold in Moscow that week, the staff said.", false},
		{"five words repeated stay", "one two three four five one two three four five six", "one two three four five one two three four five six", false},
		{"repeat apart stays", "The firm said it will leave. Later, the firm said it will leave again.", "The firm said it will leave. Later, the firm said it will leave again.", false},
		{"two run-ons", "a b c d e f a b c d e f g. h i j k l m h i j k l m n.", "a b c d e f g. h i j k l m n.", false},
		{"a sentence twice goes in text", "We will stay in the country. We will stay in the country. Staff are safe.", "We will stay in the country. Staff are safe.", false},
		{"a sentence twice stays on a page", "We will stay in the country. We will stay in the country. Staff are safe.", "We will stay in the country. We will stay in the country. Staff are safe.", true},
		{"a cut start goes on a page", "The boss said, \"We care about the region The boss said, \"We care about the region and its people.\"", "The boss said, \"We care about the region and its people.\"", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropRunOnRepeat(tt.in, tt.cutOnly); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// FuzzDropRunOnRepeat: the run-on pass only removes words, in order: what
// it returns is a subsequence of the input's words and never longer.
func FuzzDropRunOnRepeat(f *testing.F) {
	f.Add("a b c d e f a b c d e f g")
	f.Add("Apple: In a post, the boss said In a post, the boss said hi.")
	f.Fuzz(func(t *testing.T, s string) {
		got := dropRunOnRepeat(s, false)
		if len(got) > len(s) {
			t.Fatalf("longer: %q -> %q", s, got)
		}
		in, out := strings.Fields(s), strings.Fields(got)
		k := 0
		for _, w := range in {
			if k < len(out) && out[k] == w {
				k++
			}
		}
		if k != len(out) {
			t.Fatalf("not a subsequence of the input's words: %q -> %q", s, got)
		}
	})
}
