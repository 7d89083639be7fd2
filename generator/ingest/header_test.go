package ingest

import (
	"strings"
	"testing"
)

// TestHeaderBlock: the headline, standfirst, byline and dateline of a text
// file become title, subtitle, author and date, and leave the body.
func TestHeaderBlock(t *testing.T) {
	// Two sentences: a one-sentence first paragraph would be read as a
	// standfirst.
	const bodyEN = "The hosting firm said on Thursday that it would keep its servers in Moscow running. It gave no end date.\n\n" +
		"It no longer accepts new customers from Russia.\n"
	const bodyNL = "Het hostingbedrijf liet donderdag weten dat het zijn servers in Moskou laat draaien. Een einddatum noemde het niet.\n\n" +
		"Nieuwe klanten uit Rusland worden niet meer aangenomen.\n"
	tests := []struct {
		name, in                      string
		title, subtitle, author, date string
		titleFlag                     string
	}{
		{name: "byline with date", in: "Hoster keeps Moscow servers on\nSwitching off would hurt small newsrooms, it says\nBy Anna Jansen, 10 March 2022\n\n" + bodyEN,
			title: "Hoster keeps Moscow servers on", subtitle: "Switching off would hurt small newsrooms, it says", author: "Anna Jansen", date: "2022-03-10"},
		{name: "byline, then dateline", in: "Hoster keeps Moscow servers on\n\nBy Anna Jansen\n\nMarch 10, 2022\n\n" + bodyEN,
			title: "Hoster keeps Moscow servers on", author: "Anna Jansen", date: "2022-03-10"},
		{name: "two authors", in: "Hoster keeps Moscow servers on\n\nBy Anna Jansen and Tom Baker | 10 March 2022\n\n" + bodyEN,
			title: "Hoster keeps Moscow servers on", author: "Anna Jansen and Tom Baker", date: "2022-03-10"},
		{name: "dutch byline", in: "Hoster laat servers in Moskou aan\n\nDoor Pieter de Groot, 3 maart 2022\n\n" + bodyNL,
			title: "Hoster laat servers in Moskou aan", author: "Pieter de Groot", date: "2022-03-03"},
		{name: "dutch numeric dateline", in: "Hoster laat servers in Moskou aan\nDoor Pieter de Groot\n03-03-2022\n\n" + bodyNL,
			title: "Hoster laat servers in Moskou aan", author: "Pieter de Groot", date: "2022-03-03"},
		{name: "title flag removes the headline", in: "Hoster keeps Moscow servers on\n\nBy Anna Jansen, 10 March 2022\n\n" + bodyEN,
			titleFlag: "Hoster keeps Moscow servers on", title: "Hoster keeps Moscow servers on", author: "Anna Jansen", date: "2022-03-10"},
		{name: "byline with a bullet, address and handle", in: "Hoster keeps Moscow servers on\n\n- By Anna Jansen ajansen@example.com; Twitter: @annajansen\n\n" + bodyEN,
			title: "Hoster keeps Moscow servers on", author: "Anna Jansen"},
		{name: "dutch byline with address", in: "Hoster laat servers in Moskou aan\n\nDoor Pieter de Groot pdegroot@example.nl, 3 maart 2022\n\n" + bodyNL,
			title: "Hoster laat servers in Moskou aan", author: "Pieter de Groot", date: "2022-03-03"},
		// "By" opening a sentence is no byline.
		{name: "by in prose", in: "Hoster keeps Moscow servers on\n\nBy Monday, the company had moved its keys abroad. Nobody objected.\n\n" + bodyEN,
			title: "Hoster keeps Moscow servers on"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := testOptions(t)
			opts.Title = tt.titleFlag
			res, err := Ingest(tt.name+".txt", []byte(tt.in), opts)
			if err != nil {
				t.Fatal(err)
			}
			got := [4]string{res.Title, res.Subtitle, res.Author, res.Date}
			want := [4]string{tt.title, tt.subtitle, tt.author, tt.date}
			if got != want {
				t.Errorf("title, subtitle, author, date = %q\nwant %q", got, want)
			}
			for _, line := range []string{"By Anna", "Door Pieter", "@example", "Twitter:", "10 March 2022", "3 maart 2022", "03-03-2022", "March 10, 2022", "## "} {
				if strings.Contains(res.Body, line) {
					t.Errorf("body keeps %q:\n%s", line, res.Body)
				}
			}
			if tt.title != "" && strings.Contains(res.Body, tt.title) {
				t.Errorf("body keeps the headline:\n%s", res.Body)
			}
			if tt.name == "by in prose" && !strings.Contains(res.Body, "By Monday, the company") {
				t.Errorf("a sentence starting with By was taken as a byline:\n%s", res.Body)
			}
		})
	}
}
