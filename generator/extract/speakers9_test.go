package extract_test

import (
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
)

// speakerCase is one quotation and who should come out as its speaker and
// the organisation they speak for ("" for none).
type speakerCase struct {
	name, lang, body       string
	quote, speaker, provId string
}

// runSpeakerCases extracts each body and checks the direct quotation that
// starts with quote.
func runSpeakerCases(t *testing.T, cases []speakerCase) {
	t.Helper()
	x := newExtractor(t)
	for _, c := range cases {
		t.Run(c.lang+"/"+c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: c.lang, Body: c.body})
			for _, q := range res.Quotes {
				if q.Kind != "direct" || !strings.HasPrefix(q.Text, c.quote) {
					continue
				}
				// The scorer takes a surname with a title before it
				// ("Minister Olga Marchenko") as the person.
				if lastName(q.Speaker) != lastName(c.speaker) || q.Provider != c.provId {
					t.Errorf("%q: speaker %q provider %q, want %q and %q", c.quote, q.Speaker, q.Provider, c.speaker, c.provId)
				}
				return
			}
			t.Errorf("no direct quotation starting %q in %+v", c.quote, res.Quotes)
		})
	}
}

func lastName(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// TestSpeakerEmployer9 covers a person named without their company who
// speaks for it (batches 1-7 lost the company of 30 such quotations): the
// company the article is about, when the person says "we" or holds a job
// title and the company is named beside them; never for an office holder,
// nor for someone whose paragraphs never name the company.
func TestSpeakerEmployer9(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"we, the company named in the person's paragraph", "en",
			"Tanja Ruys has no illusions. \"We moved our staff west on the first night and everyone is safe,\" Ruys said.\n\n" +
				"Philips, whose office in Kyiv Ruys runs, keeps shipping scanners to hospitals there. Philips sells little in the east.",
			"We moved our staff west", "Tanja Ruys", "philips"},
		{"we, the company named in the person's paragraph", "nl",
			"Tanja Ruys maakt zich geen illusies. \"We hebben ons personeel de eerste nacht naar het westen gebracht en iedereen is veilig\", zegt Ruys.\n\n" +
				"Philips, waarvan Ruys het kantoor in Kyiv leidt, blijft scanners aan ziekenhuizen daar leveren. Philips verkoopt weinig in het oosten.",
			"We hebben ons personeel", "Tanja Ruys", "philips"},
		{"we, but the company is named elsewhere only", "en",
			"Philips stopped its deliveries last week.\n\n" +
				"\"We will answer every step they take against us,\" said Ivan Petrov, who spoke for the government on Tuesday.",
			"We will answer every step", "Ivan Petrov", ""},
		{"we, but the company is named elsewhere only", "nl",
			"Philips stopte vorige week met leveren.\n\n" +
				"\"We zullen op elke stap tegen ons antwoorden\", zei Ivan Petrov dinsdag namens de regering.",
			"We zullen op elke stap", "Ivan Petrov", ""},
		{"an office holder speaks for no company", "en",
			"Minister Olga Marchenko visited Philips on Monday. \"We thank every firm that stays with us in these weeks,\" Marchenko said. Philips gave her a tour.",
			"We thank every firm", "Olga Marchenko", ""},
		{"an office holder speaks for no company", "nl",
			"Minister Olga Marchenko bezocht maandag Philips. \"We danken elk bedrijf dat deze weken bij ons blijft\", zei Marchenko. Philips leidde haar rond.",
			"We danken elk bedrijf", "Olga Marchenko", ""},
	})
}

// TestBareStatement9 covers a company's statement quoted with no one
// named for it (batches 1-7 left 9 such quotations without a speaker): in
// the first person plural it is the statement of the company the article
// is about, named at least twice as often as any other organisation;
// otherwise (an article about an industry, where the bare "we" may be
// any company or a regulator) it stays unattributed.
func TestBareStatement9(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"the company in focus", "en",
			"Logitech stopped all sales in the region on Friday. Logitech also closed its office there.\n\n" +
				"\"We have made the hard choice to halt every delivery until further notice.\"",
			"We have made the hard choice", "Logitech", "logitech"},
		{"the company in focus", "nl",
			"Logitech stopte vrijdag met alle verkoop in de regio. Logitech sloot ook zijn kantoor daar.\n\n" +
				"\"We hebben de zware keuze gemaakt om tot nader order niets meer te leveren.\"",
			"We hebben de zware keuze", "Logitech", "logitech"},
		{"two companies named as often", "en",
			"Logitech and Dell stopped all sales in the region on Friday.\n\n" +
				"\"We have made the hard choice to halt every delivery until further notice.\"",
			"We have made the hard choice", "", ""},
		{"a company named more often, but not twice as often", "en",
			"Logitech stopped all sales in the region on Friday. Dell did the same. Logitech also closed its office, and Dell its warehouse. Logitech keeps paying its staff.\n\n" +
				"\"We have made the hard choice to halt every delivery until further notice.\"",
			"We have made the hard choice", "", ""},
		{"a company named more often, but not twice as often", "nl",
			"Logitech stopte vrijdag met alle verkoop in de regio. Dell deed hetzelfde. Logitech sloot ook zijn kantoor, en Dell zijn magazijn. Logitech blijft zijn personeel betalen.\n\n" +
				"\"We hebben de zware keuze gemaakt om tot nader order niets meer te leveren.\"",
			"We hebben de zware keuze", "", ""},
		{"two companies named as often", "nl",
			"Logitech en Dell stopten vrijdag met alle verkoop in de regio.\n\n" +
				"\"We hebben de zware keuze gemaakt om tot nader order niets meer te leveren.\"",
			"We hebben de zware keuze", "", ""},
	})
}

// TestNamedAfterVerb9 covers a speaker no registry knows, named right
// after the verb that introduces the quotation: it speaks, for no
// company, rather than the company quoted just before it.
func TestNamedAfterVerb9(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"according to a trade body", "en",
			"\"We are proud of our staff and will keep supporting them,\" Logitech said.\n\n" +
				"According to the Cable Makers Council of Europe, \"the region buys too little of our output to matter for prices.\"",
			"the region buys too little", "Cable Makers Council of Europe", ""},
		{"volgens een brancheclub", "nl",
			"\"We zijn trots op ons personeel en blijven hen steunen\", zei Logitech.\n\n" +
				"Volgens de Raad van Kabelmakers: \"de regio koopt te weinig van onze productie om de prijzen te raken.\"",
			"de regio koopt te weinig", "Raad van Kabelmakers", ""},
	})
}

// TestCompanyNames9 covers a company that speaks under a name the
// mentions read otherwise: two capitalised words taken for a person's
// name ("QX Engine said"), which is the company the article found, and a
// short form that the full name goes on after ("Blue" of "Blue Harbor
// said"), where the text writes the full name.
func TestCompanyNames9(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a company read as a person", "en",
			"Web host QX Engine stops serving customers in Russia, effective immediately.\n\n" +
				"The move follows an open letter. \"QX Engine has ended all business with companies there that used our servers,\" QX Engine said in a statement.",
			"QX Engine has ended", "QX Engine", "qx-engine"},
		{"a company read as a person", "nl",
			"Webhoster QX Engine stopt per direct met alle klanten in Rusland.\n\n" +
				"Dat volgt op een open brief. \"QX Engine heeft alle zaken met bedrijven daar die onze servers gebruikten beëindigd\", zei QX Engine in een verklaring.",
			"QX Engine heeft alle zaken", "QX Engine", "qx-engine"},
		{"the full name after a short form", "en",
			"Web host Blue Harbor stops serving customers in Russia, effective immediately.\n\n" +
				"\"We stand with Ukraine and will keep helping our staff there,\" Blue Harbor said in a statement.",
			"We stand with Ukraine", "Blue Harbor", "blue-harbor"},
		{"the full name after a short form", "nl",
			"Webhoster Blue Harbor stopt per direct met alle klanten in Rusland.\n\n" +
				"\"We staan achter Oekraïne en blijven ons personeel daar helpen\", zei Blue Harbor in een verklaring.",
			"We staan achter Oekraïne", "Blue Harbor", "blue-harbor"},
	})
}

// TestPeoplesAndAgencies9 covers two speakers that are no company: a
// country's people ("the Danes") stands for the company from there named
// last, and a news agency that relays the words ("according to Reuters")
// speaks for no one, so the spokesperson before it does.
func TestPeoplesAndAgencies9(t *testing.T) {
	runSpeakerCases(t, []speakerCase{
		{"a people for its company", "en",
			"Carlsberg said on Wednesday that it would stop brewing its own brand in the country. \"The local unit will run on its own to support our staff and their families,\" the Danes said.",
			"The local unit will run", "Carlsberg", "carlsberg"},
		{"a people for its company", "nl",
			"Carlsberg zei woensdag dat het stopt met het brouwen van zijn eigen merk in het land. \"De lokale tak gaat zelfstandig verder om ons personeel en hun gezinnen te steunen\", aldus de Denen.",
			"De lokale tak gaat", "Carlsberg", "carlsberg"},
		{"a news agency relays a spokesperson", "nl",
			"Renault hervat de productie in zijn fabriek bij Moskou.\n\n" +
				"Een woordvoerder laat volgens Reuters weten dat het onzeker blijft. \"De levering van onderdelen wisselt sterk, dus voorspellingen doen we liever niet.\"",
			"De levering van onderdelen", "Renault", "renault"},
		{"a news agency relays a spokesperson", "en",
			"Renault restarts production at its plant near Moscow.\n\n" +
				"A spokesperson said according to Reuters that it remains uncertain. \"Parts arrive in fits and starts, so we would rather not make forecasts.\"",
			"Parts arrive in fits", "Renault", "renault"},
	})
}
