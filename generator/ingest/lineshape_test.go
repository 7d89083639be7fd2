package ingest

import (
	"strings"
	"testing"
)

// TestTextLineShapes: in plain text, chrome is judged by its shape too
// (issue 14): bylines with dates, notices to the reader, rating widgets,
// runs of teaser headlines and the masthead above the headline go; the
// headline becomes the title; a sentence of the story never goes.
func TestTextLineShapes(t *testing.T) {
	opts := testOptions(t)
	story := func(lang string) string {
		if lang == "nl" {
			return "Het bedrijf stopt op 4 maart 2022 met de verkoop in Rusland, zegt een woordvoerder.\n\nBestaande klanten kunnen hun servers blijven gebruiken.\n"
		}
		return "The company stopped selling in Russia on 4 March 2022, a spokesperson said.\n\nExisting customers keep their servers for now.\n"
	}
	tests := []struct {
		name, lang, in, title string
		gone                  []string
	}{
		{"masthead and dated byline", "en",
			"Sitename\nNews for hosting people\nNews | Hosting | Security | Jobs\nHosting\n\nHostwell pulls the plug on Russian customers\n\nOthers keep the lights on\n\nJane Porter\nTue 8 Mar 2022 // 14:12 UTC\n\n" + story("en"),
			"Hostwell pulls the plug on Russian customers",
			[]string{"Sitename", "News for hosting people", "News | Hosting", "Tue 8 Mar 2022"}},
		{"Dutch byline with time and comment count", "nl",
			"Techsite\nNieuws | Reviews | Forum\n\nHostwell stopt met verkoop in Rusland\n\nDoor Sanne de Wit, 2 maart 2022 16:05, 87 reacties\n\n" + story("nl"),
			"Hostwell stopt met verkoop in Rusland",
			[]string{"Techsite", "Door Sanne de Wit", "87 reacties"}},
		{"relative day dateline", "nl",
			"Hostwell stopt met verkoop in Rusland\n\nVandaag, 11:24 | Economie | ANP\n\n" + story("nl"),
			"Hostwell stopt met verkoop in Rusland", []string{"Vandaag, 11:24"}},
		{"written by", "en",
			"Hostwell pulls the plug on Russian customers\n\nWritten by Tom Riedel\n\n" + story("en"),
			"Hostwell pulls the plug on Russian customers", []string{"Written by"}},
		{"ad-blocker notice and rating widget", "en",
			"Hostwell pulls the plug on Russian customers\n\n" + story("en") + "\nYou have disabled your ad blocker?\nWe rely on advertising to pay for our journalists. Please consider turning it off for our site.\n\nRate this article: ★★★★☆ 4.2 (31 votes)\n\nThe company will review the decision in June.\n",
			"Hostwell pulls the plug on Russian customers",
			[]string{"ad blocker", "We rely on advertising", "Rate this article"}},
		{"Dutch notice and votes", "nl",
			"Hostwell stopt met verkoop in Rusland\n\n" + story("nl") + "\nWord abonnee en steun onze journalistiek. Log in met je account.\n\nBeoordeel dit artikel: +1 / -1\n\nHet bedrijf kijkt in juni opnieuw naar het besluit.\n",
			"Hostwell stopt met verkoop in Rusland",
			[]string{"steun onze journalistiek", "+1 / -1"}},
		{"teaser run with its header", "nl",
			"Hostwell stopt met verkoop in Rusland\n\n" + story("nl") + "\nMeer over dit onderwerp:\nProvider schrapt Russische klanten\nChipmaker stopt leveringen aan Rusland\nHoster opent datacenter in Lissabon\n\nHet bedrijf kijkt in juni opnieuw naar het besluit.\n",
			"Hostwell stopt met verkoop in Rusland",
			[]string{"Meer over dit onderwerp", "Provider schrapt", "Hoster opent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := ingestText(t, opts, tt.name, tt.lang, tt.in)
			if res.Title != tt.title {
				t.Errorf("title %q, want %q", res.Title, tt.title)
			}
			for _, g := range tt.gone {
				if strings.Contains(res.Body, g) {
					t.Errorf("body still has %q:\n%s", g, res.Body)
				}
			}
			// Every sentence of the story stays, dates and all.
			for _, p := range strings.Split(strings.TrimSpace(story(tt.lang)), "\n\n") {
				if !strings.Contains(res.Body, p) {
					t.Errorf("body lost %q:\n%s", p, res.Body)
				}
			}
			for _, keep := range []string{"The company will review the decision in June.", "Het bedrijf kijkt in juni opnieuw naar het besluit."} {
				if strings.Contains(tt.in, keep) && !strings.Contains(res.Body, keep) {
					t.Errorf("body lost %q:\n%s", keep, res.Body)
				}
			}
			checkInvariants(t, res.Body)
		})
	}
}

// TestLineShapeKeepsSentences: lines that look a little like chrome but
// are the story's own stay.
func TestLineShapeKeepsSentences(t *testing.T) {
	ls, err := newLineShapes(testOptions(t).Boilerplate)
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"Cogent cut off its Russian customers on 4 March 2022",
		"“You can still reach us, and please keep subscribing,” the founder told readers.",
		"By March, Hostwell had moved every customer out of its Moscow data centre.",
		"Door de sancties stopt Hostwell op 1 april 2022 met de verkoop.",
		"Subscribers in Russia can no longer pay for their accounts, the company said.",
	} {
		if ls.isDateline(line) || ls.isReaderNotice(line) || isRating(line) {
			t.Errorf("%q judged chrome", line)
		}
	}
}

// TestAuthorLines: a line of names with a role, a role alone and a short
// line of names are author lines, with the person's name apart from the
// role; a cross-head of two companies, a sentence and a long title-cased
// line are not.
func TestAuthorLines(t *testing.T) {
	ls, err := newLineShapes(testOptions(t).Boilerplate)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line, name string
		withRole   bool
		ok         bool
	}{
		{"Lena Brook Senior Writer", "Lena Brook", true, true},
		{"Joris van Dam, redacteur", "Joris van Dam", true, true},
		{"Redactie", "", true, true},
		{"Media business correspondent", "", true, true},
		{"Lena Brook", "Lena Brook", false, true},
		{"Joris van Dam", "Joris van Dam", false, true},
		{"Airbnb and Intel", "", false, false},
		{"Airbnb en Intel", "", false, false},
		{"Lena Brook writes about chips.", "", false, false},
		{"Why Hosting Firms Leave Russia Now", "", false, false},
	}
	for _, tt := range tests {
		name, withRole, ok := ls.authorLine(tt.line)
		if name != tt.name || withRole != tt.withRole || ok != tt.ok {
			t.Errorf("authorLine(%q) = %q, %v, %v; want %q, %v, %v", tt.line, name, withRole, ok, tt.name, tt.withRole, tt.ok)
		}
	}
}
