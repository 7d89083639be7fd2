package extract_test

import "testing"

// TestRegistry19ListNames: companies that the 2022 lists of responses name
// in one breath with the large ones (Japanese makers, Nordic outdoor
// brands, forwarders, call-centre firms, Canadian grocers) resolve to their
// registry ids in English and Dutch, also under a fuller, former, later or
// local name or written without their accents; the ordinary words that share a left-out short name (a coach, a
// lion, the medium term, agility) stay no company.
func TestRegistry19ListNames(t *testing.T) {
	runProviderCases(t, "en", []providerCase{
		{name: "japanese makers in a list",
			body:      "Sojitz, Terumo and the tyre maker Toyo Tire said they had halted all deliveries to Russia.",
			providers: []prov{{"sojitz", "suspends"}, {"terumo", "suspends"}, {"toyo-tire", "suspends"}}},
		{name: "forwarders and grocers",
			body:      "Hellmann Worldwide Logistics, Gefco and the grocer Loblaw stopped all shipments to Russia.",
			providers: []prov{{"gefco", "suspends"}, {"hellmann-worldwide-logistics", "suspends"}, {"loblaw", "suspends"}}},
		{name: "older or fuller names point at the entry",
			body:      "Magneti Marelli, Grupo Antolin and Swedish Orphan Biovitrum stopped all shipments to Russia.",
			providers: []prov{{"antolin", "suspends"}, {"marelli", "suspends"}, {"sobi", "suspends"}}},
		{name: "a name written without its accents",
			body:      "Fjallraven and Haglofs have withdrawn completely from Russia.",
			providers: []prov{{"fjallraven", "withdraws"}, {"haglofs", "withdraws"}}},
		{name: "ordinary words that are left-out short names",
			body:      "Coach services to Moscow were cancelled. In the medium term, Smart buyers will need Agility, and a Lion statue stood by the gate.",
			providers: nil},
		{name: "outdoor brands", lang: "nl",
			body:      "Fjällräven, Haglöfs en de sportmerken Mizuno en Descente stoppen met alle leveringen aan Rusland.",
			providers: []prov{{"descente", "suspends"}, {"fjallraven", "suspends"}, {"haglofs", "suspends"}, {"mizuno", "suspends"}}},
		{name: "a later and a local name", lang: "nl",
			body:      "Cencora en de Österreichische Post stoppen met alle leveringen aan Rusland.",
			providers: []prov{{"amerisourcebergen", "suspends"}, {"austrian-post", "suspends"}}},
		{name: "call-centre firms leave", lang: "nl",
			body:      "Teleperformance en Concentrix trekken zich volledig terug uit Rusland.",
			providers: []prov{{"concentrix", "withdraws"}, {"teleperformance", "withdraws"}}},
		{name: "ordinary dutch sentence with left-out names", lang: "nl",
			body:      "De Coach van het elftal en de Lion van de dierentuin bleven in Rusland, schreef Medium.",
			providers: nil},
	})
}
