package extract_test

import (
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestAppealTargetsNotReported: companies a letter or a campaign went to
// ("wrote to insurers, which include A and B, asking them to stop") were
// asked to act; a sentence that says so reports none of them, not even as
// named once. Both languages.
func TestAppealTargetsNotReported(t *testing.T) {
	x := newExtractor(t)
	rows := []struct{ name, lang, body string }{
		{"asking them", "en", "In March, dozens of groups wrote to insurers, which include Allianz and AXA, asking them to stop covering Russian firms."},
		{"urging them", "en", "Activists sent a letter to Allianz and AXA, urging them to drop Russian clients."},
		{"schreven aan", "nl", "In maart schreven tientallen groepen aan verzekeraars, waaronder Allianz en AXA, met het verzoek Russische bedrijven niet meer te verzekeren."},
		{"vragen hen", "nl", "Actiegroepen stuurden een brief naar Allianz en AXA en vragen hen Russische klanten te weigeren."},
	}
	for _, r := range rows {
		t.Run(r.lang+"/"+r.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: r.lang, Body: r.body})
			for _, p := range res.Providers {
				if p.ID == "allianz" || p.ID == "axa" {
					t.Errorf("%s reported (%s), but it was only asked to act", p.ID, p.Stance)
				}
			}
		})
	}
}
