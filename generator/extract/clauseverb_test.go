package extract_test

import (
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// TestClauseVerbStance checks, in our own words, that a company with no
// cue of its own takes the stance of the verb (or its noun) of the clause
// it is the subject or the agent of (verb_stances in stances.yaml), and
// that it stays unclear (or unreported) where the verb is not its own: a
// demand, a negation, another company's clause, or an object.
func TestClauseVerbStance(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name, lang, body, org string
		want                  string // "" = not reported or unclear
	}{
		// A verb of leaving with nothing after it: no cue's wording.
		{"an exit verb with no place", "en",
			"Kone and Husqvarna told investors last week that they plan to leave.",
			"husqvarna", "withdraws"},
		{"the noun of a pause", "en",
			"Husqvarna, a maker of garden tools, has now extended the suspension of its factory near Kaluga.",
			"husqvarna", "suspends"},
		{"the agent of a pause", "en",
			"A pause in deliveries to dealers in Kaluga was announced by Kubota on Monday.",
			"kubota", "suspends"},
		{"scaling back", "en",
			"Husqvarna has limited the range of tools its dealers in Kaluga can order.",
			"husqvarna", "restricts"},
		{"carrying on", "en",
			"Kubota continues to sell tractors to farmers in Kaluga, the paper found.",
			"kubota", "stays"},
		{"a step toward one customer", "en",
			"Husqvarna has since halted the talks with Komatsu.",
			"husqvarna", ""},
		{"a demand is no step", "en",
			"Activists want Kubota and Husqvarna to leave, a petition says.",
			"kubota", ""},
		{"a negated verb", "en",
			"Husqvarna has not halted the shipments to its dealers in Kaluga.",
			"husqvarna", ""},
		{"another company's clause", "en",
			"Kubota builds tractors in Japan, while Komatsu extended the suspension of its plant.",
			"kubota", ""},
		{"an object of another's verb", "en",
			"Komatsu overtook Kubota in sales last year and later decided to leave.",
			"kubota", ""},
		{"een werkwoord van stoppen", "nl",
			"Husqvarna legt de fabriek bij Kaluga voorlopig stil.",
			"husqvarna", "suspends"},
		{"het zelfstandig naamwoord van een pauze", "nl",
			"Husqvarna verlengt de opschorting van alle leveringen aan dealers bij Kaluga.",
			"husqvarna", "suspends"},
		{"de handelende partij", "nl",
			"Een pauze in de leveringen aan dealers bij Kaluga werd maandag aangekondigd door Kubota.",
			"kubota", "suspends"},
		{"terugschroeven", "nl",
			"Husqvarna schaalt het aanbod voor zijn dealers bij Kaluga flink af.",
			"husqvarna", "restricts"},
		{"doorgaan", "nl",
			"Kubota blijft gewoon tractoren leveren aan boeren bij Kaluga.",
			"kubota", "stays"},
		{"wegtrekken als vertrek", "nl",
			"Kubota en Husqvarna gaven eerder aan helemaal weg te trekken.",
			"husqvarna", "withdraws"},
		{"een stap naar één klant", "nl",
			"Husqvarna bevriest de gesprekken met Komatsu.",
			"husqvarna", ""},
		{"een eis is geen stap", "nl",
			"Actievoerders eisen dat Kubota de fabriek bij Kaluga stillegt.",
			"kubota", ""},
		{"een ontkenning", "nl",
			"Husqvarna legt de fabriek bij Kaluga niet stil.",
			"husqvarna", ""},
		{"de bijzin van een ander bedrijf", "nl",
			"Nu Komatsu stopt, bouwt Kubota meer tractoren.",
			"kubota", ""},
		// A list that is the subject of a clause about the market, its
		// step a noun no market verb knows (marketClause).
		{"a list and the noun of its pause", "en",
			"Since the spring, Kubota, Komatsu and Husqvarna have announced the suspension of their business in the Russian market.",
			"komatsu", "suspends"},
		// A list with a broken "and", closed by the companies it leaves
		// unnamed: one list, one step.
		{"a list closed by 'as well as many others'", "en",
			"Since the spring, several machine makers - Kubota, Komatsu and Husqvarna, Caterpillar, as well as many others have announced the suspension of their business in the Russian market.",
			"caterpillar", "suspends"},
		{"the end of a month is no step", "en",
			"Kubota had already dropped its bid for a Russian rival at the end of January, because of the tensions around Russia.",
			"kubota", ""},
		{"een lijst en het naamwoord van haar pauze", "nl",
			"Sinds het voorjaar hebben Kubota, Komatsu en Husqvarna de opschorting van hun activiteiten op de Russische markt aangekondigd.",
			"komatsu", "suspends"},
		{"het einde van een maand is geen stap", "nl",
			"Kubota zag eind januari al af van een bod op een Russische concurrent, tegen het einde van de maand.",
			"kubota", ""},
		{"de zin van een ander bedrijf", "nl",
			"Kubota bouwt tractoren in Japan, terwijl Komatsu de opschorting van zijn fabriek verlengt.",
			"kubota", ""},
	}
	// Each case follows a sentence that names Russia, as the news of the
	// war does.
	lead := map[string]string{"en": "Russia is losing its suppliers. ", "nl": "Rusland verliest zijn leveranciers. "}
	for _, c := range cases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: c.lang, Body: lead[c.lang] + c.body})
			got := ""
			for _, p := range res.Providers {
				if p.ID == c.org && p.Stance != "unclear" {
					got = p.Stance
				}
			}
			if got != c.want {
				t.Errorf("%s: stance %q, want %q (all: %+v)", c.org, got, c.want, res.Providers)
			}
		})
	}
}
