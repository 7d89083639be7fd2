package extract_test

import "testing"

// TestResumedWorkStays: a company that starts its work in Russia again
// after a pause stays there; work resumed in Ukraine, or with Russia
// unnamed, says nothing of Russia. An unwound Russian business is an exit
// with the country written between the pronoun and the noun. Both
// languages for the resumption (the Dutch cue was there before).
func TestResumedWorkStays(t *testing.T) {
	x := newExtractor(t)
	cases := []kindCase{
		{kind: "resumed", name: "en: production at its Russian plant", body: "Heineken has resumed beer output at its Russian plant, it said on Monday.", providers: []prov{{"heineken", "stays"}}},
		{kind: "resumed", name: "en: sales in Russia resumed", body: "Heineken said its sales in Russia resumed last week.", providers: []prov{{"heineken", "stays"}}},
		{kind: "resumed", name: "nl: productie hervat", lang: "nl", body: "Heineken heeft de productie in zijn Russische fabriek hervat.", providers: []prov{{"heineken", "stays"}}},
		{kind: "not resumed", name: "en: work resumed in Ukraine", body: "Heineken has resumed production at its plant in Ukraine.", providers: []prov{{"heineken", "unclear"}}},
		{kind: "unwind", name: "en: its Russia business", body: "JPMorgan said it is unwinding its Russia business.", providers: []prov{{"jpmorgan", "withdraws"}}},
	}
	runKindCases(t, x, cases)
}

// TestNotedItWould: a company's step reported with "noted" or "pointed
// out" and "would" is its commitment, as with "said"; in Dutch with
// "bevestigde" or "verklaarde" and "zou".
func TestNotedItWould(t *testing.T) {
	x := newExtractor(t)
	runKindCases(t, x, []kindCase{
		{kind: "commitment", name: "en: noted", body: "This week, Heineken noted that it would temporarily close its restaurants in Russia.", providers: []prov{{"heineken", "suspends"}}},
		{kind: "commitment", name: "en: pointed out", body: "Heineken pointed out that it would temporarily close its restaurants in Russia.", providers: []prov{{"heineken", "suspends"}}},
		{kind: "commitment", name: "nl: bevestigde", lang: "nl", body: "Heineken bevestigde dat het zou stoppen met de verkoop in Rusland.", providers: []prov{{"heineken", "suspends"}}},
	})
}

// TestNewInvestmentStopped: a company that stops new investment or new
// spending in Russia and says nothing more restricts its business there.
func TestNewInvestmentStopped(t *testing.T) {
	x := newExtractor(t)
	runKindCases(t, x, []kindCase{
		{kind: "new investment", name: "en: halts new spending", body: "Heineken said on Tuesday it would halt any new spending in Russia.", providers: []prov{{"heineken", "restricts"}}},
		{kind: "new investment", name: "en: ceased new investment", body: "Heineken has ceased new investments in Russia, it said.", providers: []prov{{"heineken", "restricts"}}},
		{kind: "new investment", name: "nl: geen nieuwe investeringen", lang: "nl", body: "Heineken doet geen nieuwe investeringen meer in Rusland.", providers: []prov{{"heineken", "restricts"}}},
		{kind: "new investment", name: "nl: bevriest nieuwe uitgaven", lang: "nl", body: "Heineken bevriest alle nieuwe uitgaven in Rusland, zegt het bedrijf.", providers: []prov{{"heineken", "restricts"}}},
	})
}

// TestBangInNameEndsNoSentence: the "!" of a name spelt with one ("Yum!
// Brands") ends no sentence, so the name stays whole and its clause's step
// is its own. Both languages.
func TestBangInNameEndsNoSentence(t *testing.T) {
	x := newExtractor(t)
	runKindCases(t, x, []kindCase{
		{kind: "bang", name: "en", body: "Heineken halted sales in Russia.\n\nOn Tuesday, Yum! Brands said it had suspended its operations in Russia.",
			providers: []prov{{"heineken", "suspends"}, {"yum-brands", "suspends"}}},
		{kind: "bang", name: "nl", lang: "nl", body: "Heineken stopt de verkoop in Rusland.\n\nOok Yum! Brands schort alle activiteiten in Rusland op.",
			providers: []prov{{"heineken", "suspends"}, {"yum-brands", "suspends"}}},
	})
}

// TestSuspensionOfWork: a pause announced as a noun covers "work" and a
// market named with "both the": "announced the suspension of work in both
// the Russian and Belarusian markets".
func TestSuspensionOfWork(t *testing.T) {
	x := newExtractor(t)
	runKindCases(t, x, []kindCase{
		{kind: "suspension", name: "en: of work in both markets", body: "On Friday, Airbnb announced the suspension of work in both the Russian and Belarusian markets.",
			providers: []prov{{"airbnb", "suspends"}}},
		{kind: "suspension", name: "en: of its business there", body: "Airbnb is leaving nothing to chance. It confirmed a suspension of its business there on Friday, after Russia's invasion.",
			providers: []prov{{"airbnb", "suspends"}}},
		{kind: "suspension", name: "nl: opschorting op beide markten", lang: "nl", body: "Vrijdag kondigde Airbnb de opschorting aan van zijn activiteiten op zowel de Russische als de Wit-Russische markt.",
			providers: []prov{{"airbnb", "suspends"}}},
	})
}

// TestDrugmakerPartialStop: drugmakers stop what is not essential and keep
// supplying medicines; "stopped all non-essential business", "paused
// capital investment projects" and "suspended new clinical trials" are a
// restriction. Both languages.
func TestDrugmakerPartialStop(t *testing.T) {
	x := newExtractor(t)
	runKindCases(t, x, []kindCase{
		{kind: "partial stop", name: "en: non-essential business", body: "Novartis stopped all non-essential business in Russia, the company said on Monday.", providers: []prov{{"novartis", "restricts"}}},
		{kind: "partial stop", name: "en: capital investment", body: "Novartis has paused capital investment projects in Russia indefinitely.", providers: []prov{{"novartis", "restricts"}}},
		{kind: "partial stop", name: "en: clinical trials", body: "In Russia, Novartis has suspended new clinical trials and the enrolment of new patients.", providers: []prov{{"novartis", "restricts"}}},
		{kind: "partial stop", name: "nl: klinische studies", lang: "nl", body: "Novartis start in Rusland geen nieuwe klinische studies.", providers: []prov{{"novartis", "restricts"}}},
	})
}
