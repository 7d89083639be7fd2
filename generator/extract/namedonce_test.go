package extract_test

import (
	"slices"
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestNamedOnce checks, in our own words, that a registered company an
// article names without any claim is still reported (stance unclear, low
// confidence), even when named once, and that the mentions named_once in
// stances.yaml lists do not count: a medium, a product, an owner, the target
// of an appeal, and a company from a skipped country named fewer than three
// times.
func TestNamedOnce(t *testing.T) {
	x := newExtractor(t)
	cases := []namedCase{
		{"named once in a list without a verb any cue knows", "en",
			"The list published on Tuesday runs to forty names, with Kubota at the top.",
			[]string{"kubota"}, nil},
		{"named once, Dutch", "nl",
			"Op de lijst van dinsdag staat ook Kubota, helemaal bovenaan.",
			[]string{"kubota"}, nil},
		{"a medium is no company reported on", "en",
			"Fastly posted the update on Twitter.",
			[]string{"fastly"}, []string{"twitter"}},
		{"a medium, Dutch", "nl",
			"Fastly zette de update op Twitter.",
			[]string{"fastly"}, []string{"twitter"}},
		{"a product named after its maker", "en",
			"Readers found they could no longer pay with Google Pay at the till.",
			nil, []string{"google"}},
		{"an account named after its platform", "nl",
			"Het nieuws stond eerst op het Telegram-kanaal van een blogger.",
			nil, []string{"telegram"}},
		{"the owner of a brand", "en",
			"The vodka brand, owned by Bacardi, is still on the shelves.",
			nil, []string{"bacardi"}},
		{"the owner of a brand, Dutch", "nl",
			"Het wodkamerk is in handen van Bacardi.",
			nil, []string{"bacardi"}},
		{"companies asked to act", "en",
			"The minister asked Sony and Microsoft to pause their business there.",
			nil, []string{"sony", "microsoft"}},
		{"companies asked to act, Dutch", "nl",
			"De minister riep Sony en Microsoft op hun zaken daar te staken.",
			nil, []string{"sony", "microsoft"}},
		{"a Russian operator named once is a customer", "en",
			"Lumen's network carried traffic for Rostelecom, the analysts found.",
			nil, []string{"rostelecom"}},
		{"a Russian operator named once, Dutch", "nl",
			"Onder de klanten van het netwerk was ook MTS, schreven de analisten.",
			nil, []string{"mts"}},
		{"a Russian company named three times is reported", "en",
			"Yandex sold its news site. Yandex runs its search engine. Analysts said Yandex had little choice.",
			[]string{"yandex"}, nil},
	}
	runNamedCases(t, x, cases)
}

// namedCase is a text and the companies it must and must not report for
// being named alone.
type namedCase struct {
	name, lang, body string
	named            []string // reported for being named alone
	absent           []string // not reported at all
}

func runNamedCases(t *testing.T, x *extract.Extractor, cases []namedCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: c.lang, Body: c.body})
			got := map[string]string{}
			for _, p := range res.Providers {
				got[p.ID] = p.Stance
			}
			for _, id := range c.named {
				if !slices.Contains(res.NamedOnly, id) || got[id] != "unclear" {
					t.Errorf("%s: want it reported for being named (stance unclear); providers %v, named only %v", id, got, res.NamedOnly)
				}
			}
			for _, id := range c.absent {
				if _, ok := got[id]; ok {
					t.Errorf("%s: reported (%v), want it absent", id, got)
				}
			}
		})
	}
}
