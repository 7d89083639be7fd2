package extract_test

import (
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestJoinedFirmNames: partnerships write their names with a plus or an
// ampersand ("Birch + Partners", "Vogel & de Wit"); the whole name is the
// company, never its halves ("partners", "vogel"). Two registered companies
// joined by an ampersand stay two. Both languages.
func TestJoinedFirmNames(t *testing.T) {
	x := newExtractor(t)
	rows := []struct {
		name, lang, body string
		want, notWant    []string
	}{
		{"plus", "en", "London studio Birch + Partners has suspended all of its work in Russia.",
			[]string{"birch-partners"}, []string{"partners", "birch"}},
		{"ampersand with a particle", "en", "Swiss studio Vogel & de Wit said it would suspend its work on Russian projects.",
			[]string{"vogel-de-wit"}, []string{"vogel", "wit"}},
		{"two known companies", "en", "Visa & Mastercard suspend all operations in Russia.",
			[]string{"visa", "mastercard"}, []string{"visa-mastercard"}},
		{"plus, Dutch", "nl", "Het Londense bureau Birch + Partners stopt met al zijn projecten in Rusland.",
			[]string{"birch-partners"}, []string{"partners", "birch"}},
		{"ampersand, Dutch", "nl", "Architectenbureau Vogel & de Wit zet zijn werk aan Russische projecten stop.",
			[]string{"vogel-de-wit"}, []string{"vogel", "wit"}},
	}
	for _, r := range rows {
		t.Run(r.lang+"/"+r.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: r.lang, Body: r.body})
			found := map[string]bool{}
			for _, p := range res.Providers {
				found[p.ID] = true
			}
			for _, id := range r.want {
				if !found[id] {
					t.Errorf("%s not found; providers %v", id, found)
				}
			}
			for _, id := range r.notWant {
				if found[id] {
					t.Errorf("%s found; providers %v", id, found)
				}
			}
		})
	}
}

// TestSectorNounSpeakers: "said the studio", "the airline said": a sector
// noun stands for the company of the sentences before it, as "the company"
// does, in English as Dutch already had ("de studio", "de verzekeraar").
func TestSectorNounSpeakers(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the studio", "en",
			"Swiss studio Vogel & de Wit has stopped its work in Russia.\n\n\"We cannot go on working there,\" said the studio.",
			"We cannot go on", "Vogel & de Wit", "vogel-de-wit"},
		{"the airline", "en",
			"Budget airline Skyward Jets has suspended all its flights to Moscow.\n\n\"The safety of our crews and passengers comes first,\" the airline said.",
			"The safety of our crews", "Skyward Jets", "skyward-jets"},
		{"the insurer", "en",
			"Harwick Assurance has suspended its business in Russia.\n\n\"We follow every sanction,\" the insurer said in a statement.",
			"We follow every sanction", "Harwick Assurance", "harwick-assurance"},
		{"de studio, Dutch", "nl",
			"De Zwitserse studio Vogel & de Wit stopt met zijn werk in Rusland.\n\n\"We kunnen daar niet verder werken\", aldus de studio.",
			"We kunnen daar niet", "Vogel & de Wit", "vogel-de-wit"},
	})
}

// TestTimetablePauses: a carrier's pause of its business is written in its
// timetable: calls at Russian ports dropped, flights to Moscow cancelled,
// Russian sailings axed. Both languages.
func TestTimetablePauses(t *testing.T) {
	runKindCases(t, newExtractor(t), []kindCase{
		{"timetable", "port calls dropped", "en", "Royal Caribbean will drop its calls into St. Petersburg for the rest of the season.", []prov{{"royal-caribbean", "suspends"}}, nil},
		{"timetable", "flights cancelled", "en", "British Airways has cancelled all of its flights to Moscow until further notice.", []prov{{"british-airways", "suspends"}}, nil},
		{"timetable", "Russian sailings axed", "en", "Norwegian Cruise Line axed its Russian sailings this summer.", []prov{{"norwegian-cruise-line", "suspends"}}, nil},
		{"timetable", "vluchten geschrapt", "nl", "KLM schrapt tot nader order alle vluchten naar Moskou.", []prov{{"klm", "suspends"}}, nil},
		{"timetable", "aanlopen geannuleerd", "nl", "Royal Caribbean annuleert de aanlopen in Sint-Petersburg voor de rest van het seizoen.", []prov{{"royal-caribbean", "suspends"}}, nil},
	})
}

// TestTitleCaseHeadlineNames: a headline in title case capitalises every
// word, so its runs of capitals are no unknown company names: "Carnival
// Brands Set to Drop" names the registered company only.
func TestTitleCaseHeadlineNames(t *testing.T) {
	x := newExtractor(t)
	res := x.Extract(extract.Document{Lang: "en",
		Title: "Harwick Brands Set to Drop Russia Calls",
		Body:  "Harwick Corporation will drop its calls into Russian ports and sail to other harbours instead, the company said."})
	for _, p := range res.Providers {
		if p.ID == "harwick-brands-set" || p.ID == "harwick-brands" {
			t.Errorf("a title-case headline made company %q; providers %+v", p.ID, res.Providers)
		}
	}
	if len(res.Providers) != 1 || res.Providers[0].ID != "harwick" || res.Providers[0].Stance != "suspends" {
		t.Errorf("want harwick suspends alone, got %+v", res.Providers)
	}
}
