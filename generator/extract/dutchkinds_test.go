package extract_test

import (
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestDutchResponseWording covers, in our own words, the Dutch wording of
// a company's step that the second real batch (testdata/real2/nl) showed
// the cue lexicon lacked: the infinitive after its particle ("terug te
// trekken"), the idioms of leaving (turning one's back, saying farewell,
// joining the exodus), leaving a joint venture, a new owner for the
// Russian business, and sales stops worded as blocking or trade.
func TestDutchResponseWording(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, body string
		providers  []prov
		measures   map[string][]string
	}{
		{"terug te trekken after the particle",
			"Na eerder alleen de export te hebben stilgelegd, laten Philips en ASML nu weten zich volledig terug te trekken uit Rusland.",
			[]prov{{"philips", "withdraws"}, {"asml", "withdraws"}}, nil},
		{"deels terug te trekken is a restriction",
			"Carlsberg kondigde aan zich deels terug te trekken uit Rusland.",
			[]prov{{"carlsberg", "restricts"}}, nil},
		{"keert Rusland de rug toe",
			"Ook Adidas keerde Rusland vorige week de rug toe.",
			[]prov{{"adidas", "withdraws"}}, nil},
		{"zegt Rusland vaarwel",
			"Lego heeft Rusland na dertig jaar vaarwel gezegd.",
			[]prov{{"lego", "withdraws"}}, nil},
		{"neemt afscheid van Rusland",
			"Nokia neemt afscheid van Rusland.",
			[]prov{{"nokia", "withdraws"}}, nil},
		{"sluit zich aan bij de uittocht, subjects after the verb",
			"Vorige maand sloten de Duitse sportmerken Adidas en Puma zich aan bij de uittocht uit Rusland.",
			[]prov{{"adidas", "withdraws"}, {"puma", "withdraws"}}, nil},
		{"maakte bekend te vertrekken",
			"Ook Danone maakte dinsdag bekend te vertrekken.",
			[]prov{{"danone", "withdraws"}}, nil},
		{"stapt uit een joint venture, the Russian partner is no provider",
			"TotalEnergies stapt uit zijn samenwerking met het Russische gasbedrijf Novatek.",
			[]prov{{"totalenergies", "withdraws"}}, nil},
		{"a new owner for the Russian business",
			"Renault zoekt een nieuwe eigenaar voor zijn Russische fabrieken.",
			[]prov{{"renault", "withdraws"}}, nil},
		{"factories in Russia sold",
			"Danone wil twee fabrieken in Rusland gaan verkopen.",
			[]prov{{"danone", "withdraws"}}, nil},
		{"all activities stopped",
			"Philips heeft besloten om al zijn activiteiten stop te zetten in Rusland.",
			[]prov{{"philips", "withdraws"}}, nil},
		{"sales blocked",
			"Ubisoft zei de verkoop van zijn games in Rusland te blokkeren.",
			[]prov{{"ubisoft", "suspends"}}, map[string][]string{"ubisoft": {"suspend-sales"}}},
		{"trade stopped, by a company-specific description",
			"De Fortnite-maker Epic heeft zijn handel in Rusland stilgelegd.",
			[]prov{{"epic-games", "suspends"}}, map[string][]string{"epic-games": {"suspend-sales"}}},
		{"a service stopped, subject after the verb",
			"Op 6 maart stopte Spotify zijn service in Rusland.",
			[]prov{{"spotify", "withdraws"}}, map[string][]string{"spotify": {"terminate-services"}}},
		{"followers after the verb",
			"Adidas stopt met de verkoop in Rusland. Een dag later volgden ook Puma en Nike.",
			[]prov{{"adidas", "suspends"}, {"puma", "suspends"}, {"nike", "suspends"}}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: "nl", Body: c.body})
			checkProviders(t, res, c.providers, c.measures)
		})
	}
}

// TestDutchLists covers, in our own words, lists of companies that real
// batch 2 wrote in ways the list joiner did not know: a short description
// before the next name ("en zijn Zweedse rivaal X", "het Duitse X"), a
// range by its ends ("van X tot Y"), a subsidiary that is part of the
// company before it, and "al dan niet" (whether or not), which negates
// nothing.
func TestDutchLists(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, lang, body string
		providers        []prov
	}{
		{"a description before the next name", "nl",
			"Na de exportstop hebben de Duitse sportmarkt Adidas en zijn Amerikaanse rivaal Nike vrijdag laten weten zich volledig terug te trekken uit Rusland.",
			[]prov{{"adidas", "withdraws"}, {"nike", "withdraws"}}},
		{"nationalities before each name, after a relative pronoun", "nl",
			"Daarmee volgt Danone het voorbeeld van het Britse Unilever en het Zwitserse Nestlé, die eerder al afscheid namen van Rusland.",
			[]prov{{"unilever", "withdraws"}, {"nestle", "withdraws"}}},
		{"a description before the next name, English", "en",
			"Adidas and its American rival Nike said on Friday that they are leaving Russia.",
			[]prov{{"adidas", "withdraws"}, {"nike", "withdraws"}}},
		{"a range by its ends", "nl",
			"Een lange rij merken, van Lego tot Ikea, heeft de verkoop in Rusland stopgezet.",
			[]prov{{"lego", "suspends"}, {"ikea", "suspends"}}},
		{"a Russian partner after a description is no list member", "nl",
			"Shell en de Russische gasreus Gazprom trekken zich terug uit het project.",
			[]prov{{"shell", "withdraws"}}},
		{"al dan niet negates nothing", "nl",
			"Steeds meer bedrijven hebben Rusland de afgelopen weken al dan niet voorgoed vaarwel gezegd, zoals Lego en Danone.",
			[]prov{{"lego", "withdraws"}, {"danone", "withdraws"}}},
	}
	for _, c := range cases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: c.lang, Body: c.body})
			checkProviders(t, res, c.providers, nil)
		})
	}
}
