package extract_test

import "testing"

// TestAppShopMeasures reproduces, in our own words, how game and app makers'
// steps are reported: titles pulled from the app shops (in the plural or
// without an article), new downloads or in-app purchases stopped, nothing
// left to download, and players' access switched off. The first four are a
// sales stop, the last two end the service. Both languages.
func TestAppShopMeasures(t *testing.T) {
	x := newExtractor(t)
	sales := map[string][]string{"rovio": {"suspend-sales"}}
	service := map[string][]string{"rovio": {"terminate-services"}}
	rows := []struct {
		lang, name, text string
		measures         map[string][]string
		stance           string
	}{
		{"en", "pulled from app stores", "Rovio pulled its titles from app stores in Russia on Tuesday.", sales, "suspends"},
		{"en", "downloads halted", "Rovio said new downloads in Russia have been halted.", sales, "suspends"},
		{"en", "nothing to download", "Rovio said its games are no longer available for download in Russia.", sales, "suspends"},
		{"en", "in-app purchases off", "Rovio has disabled in-app purchases for players in Russia.", sales, "suspends"},
		{"en", "access suspended", "Rovio said access for its players in Russia will be suspended with the next update.", service, "withdraws"},
		{"en", "players locked out", "Rovio said players in Russia will no longer be able to log in.", service, "withdraws"},
		{"nl", "uit de appwinkels gehaald", "Rovio heeft zijn spellen in Rusland uit de appwinkels gehaald.", sales, "suspends"},
		{"nl", "downloads geblokkeerd", "Bij Rovio zijn nieuwe downloads in Rusland sinds dinsdag geblokkeerd.", sales, "suspends"},
		{"nl", "niets meer te downloaden", "De spellen van Rovio zijn in Rusland niet langer te downloaden.", sales, "suspends"},
		{"nl", "in-app-aankopen uit", "Rovio meldt dat in-app-aankopen in Rusland zijn uitgeschakeld.", sales, "suspends"},
		{"nl", "toegang opgeschort", "Rovio meldt dat de toegang voor spelers in Rusland wordt opgeschort.", service, "withdraws"},
		{"nl", "spelers buitengesloten", "Volgens Rovio kunnen spelers in Rusland niet langer inloggen.", service, "withdraws"},
	}
	var cases []kindCase
	for _, r := range rows {
		cases = append(cases, kindCase{kind: "app shop", name: r.lang + ": " + r.name, lang: r.lang, body: r.text,
			measures: r.measures, providers: []prov{{"rovio", r.stance}}})
	}
	runKindCases(t, x, cases)
}

// TestQuantifierIsNoCompany: a Dutch sentence that opens with a quantifier
// and a nationality ("Enkele Russische gebruikers ...") names users, not an
// unregistered company, even when its clause holds a measure cue.
func TestQuantifierIsNoCompany(t *testing.T) {
	x := newExtractor(t)
	var cases []kindCase
	for _, q := range []string{"Enkele", "Sommige", "Meerdere", "Diverse", "Verschillende", "Vele"} {
		cases = append(cases, kindCase{kind: "quantifier", name: q, lang: "nl",
			body: q + " Russische gebruikers zeggen dat ze de dienst niet langer kunnen gebruiken."})
	}
	runKindCases(t, x, cases)
}

// TestAccessToMediumIsNoServiceEnded: access to a medium blocked by a
// company is its media measure, not the end of its own service.
func TestAccessToMediumIsNoServiceEnded(t *testing.T) {
	x := newExtractor(t)
	runKindCases(t, x, []kindCase{
		{kind: "medium", name: "en", body: "Access to the website of RT was blocked by KPN on Monday.",
			providers: []prov{{"kpn", "unclear"}}, measures: map[string][]string{"kpn": {"block-state-media"}}},
		{kind: "medium", name: "nl", lang: "nl", body: "Sinds maandag wordt de toegang tot de site van Sputnik door KPN geblokkeerd.",
			providers: []prov{{"kpn", "unclear"}}, measures: map[string][]string{"kpn": {"block-state-media"}}},
	})
}
