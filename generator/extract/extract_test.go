package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/extract"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

func newExtractor(tb testing.TB) *extract.Extractor {
	tb.Helper()
	lx, err := lexicon.Load("../../content/data")
	if err != nil {
		tb.Fatal(err)
	}
	x, err := extract.New(lx)
	if err != nil {
		tb.Fatal(err)
	}
	return x
}

// prov is a provider a test expects, with its stance.
type prov struct{ id, stance string }

// kindCase is one fixture of an error kind: a body in our own words and the
// providers (and, where given, exact measures) extraction must find in it.
type kindCase struct {
	kind, name, lang, body string
	providers              []prov
	measures               map[string][]string
}

// runKindCases extracts each case's body (English when lang is empty) and
// checks what it finds.
func runKindCases(t *testing.T, x *extract.Extractor, cases []kindCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.kind+"/"+c.name, func(t *testing.T) {
			lang := c.lang
			if lang == "" {
				lang = "en"
			}
			res := x.Extract(extract.Document{Lang: lang, Body: c.body})
			checkProviders(t, res, c.providers, c.measures)
		})
	}
}

// checkProviders compares what extraction found with the providers, their
// stances and (where given) their exact measures.
func checkProviders(t *testing.T, res extract.Result, want []prov, measures map[string][]string) {
	t.Helper()
	// A company found only by being named is reported whatever the
	// mechanism under test does; a case checks it only where it lists it.
	named := map[string]bool{}
	for _, id := range res.NamedOnly {
		named[id] = true
	}
	for _, p := range want {
		delete(named, p.id)
	}
	got := map[string]string{}
	for _, p := range res.Providers {
		if !named[p.ID] {
			got[p.ID] = p.Stance
		}
	}
	if len(got) != len(want) {
		t.Errorf("providers %v, want %v", got, want)
	}
	for _, p := range want {
		if got[p.id] != p.stance {
			t.Errorf("%s: stance %q, want %q (all: %v)", p.id, got[p.id], p.stance, got)
		}
	}
	for id, ms := range measures {
		for _, p := range res.Providers {
			if p.ID == id && strings.Join(p.Measures, ",") != strings.Join(ms, ",") {
				t.Errorf("%s: measures %v, want %v", id, p.Measures, ms)
			}
		}
	}
}

// TestCases checks the behaviours the lexicon and the mechanics must keep,
// one small text each, in both languages.
func TestCases(t *testing.T) {
	x := newExtractor(t)
	cases := []struct {
		name      string
		lang      string
		body      string
		providers []prov
		measures  map[string][]string
		quotes    map[string]string // text → speaker
	}{
		{name: "negated withdrawal stays", lang: "en",
			body:      "Fastly has no plans to leave Russia, the company said on Monday.",
			providers: []prov{{"fastly", "stays"}}},
		{name: "group list gets the group's stance", lang: "en",
			body:      "Several firms including Apple, Nokia and Ericsson have suspended all business in Russia.",
			providers: []prov{{"apple", "suspends"}, {"nokia", "suspends"}, {"ericsson", "suspends"}}},
		{name: "demand is not a response", lang: "en",
			body:      "Activists called on Cloudflare to terminate services to Russian customers.",
			providers: nil},
		{name: "dutch negation after the verb", lang: "nl",
			body:      "Akamai trekt zich niet terug uit Rusland, maar stopt wel de verkoop aan nieuwe klanten.",
			providers: []prov{{"akamai", "restricts"}}},
		{name: "pronoun carries the measure", lang: "en",
			body:      "Cogent said it would disconnect its Russian customers. It also reclaimed the IP addresses it had assigned to them.",
			providers: []prov{{"cogent", "withdraws"}},
			measures:  map[string][]string{"cogent": {"terminate-services"}}},
		{name: "unknown company by apposition", lang: "en",
			body:      "Nordvane, a Rotterdam-based hosting provider, has terminated all contracts with Russian customers.",
			providers: []prov{{"nordvane", "withdraws"}}},
		{name: "dutch single quotes among apostrophes", lang: "nl",
			body:   "In 's-Hertogenbosch zei topman Jan de Vries van Proximus: 'We blijven onze klanten in Oekraïne gewoon bedienen.' De foto's tonen het kantoor.",
			quotes: map[string]string{"We blijven onze klanten in Oekraïne gewoon bedienen.": "Jan de Vries"}},
		{name: "quote over two paragraphs", lang: "en",
			body:      "\"We will keep serving our customers in Ukraine,\" Nokia CEO Pekka Lundmark said. \"Our teams are working around the clock.\n\n\"We have also stopped all deliveries to Russia.\"",
			providers: []prov{{"nokia", "suspends"}},
			quotes:    map[string]string{"Our teams are working around the clock. We have also stopped all deliveries to Russia.": "Pekka Lundmark"}},
		{name: "unnamed spokesperson speaks for the company in focus", lang: "en",
			body:      "Western Union said it was suspending operations in Russia. 'This was not a decision we took lightly,' a spokesperson said.",
			providers: []prov{{"western-union", "suspends"}},
			quotes:    map[string]string{"This was not a decision we took lightly,": "Western Union"}},
		{name: "name, company's title", lang: "en",
			body: "Wise stopped sending money to Russia. 'Our job is to follow the law precisely, not to guess at it,' Kristo Käärmann, Wise's chief executive, said.",
			// The subject of a clause about Russia whose verb stops money.
			providers: []prov{{"wise", "suspends"}},
			quotes:    map[string]string{"Our job is to follow the law precisely, not to guess at it,": "Kristo Käärmann"}},
		{name: "a minister speaks for no company", lang: "en",
			body:      "Nintendo paused all sales in Russia. Ukraine's digital minister, Mykhailo Fedorov, wrote: \"I call on all game developers to block Russian accounts.\"",
			providers: []prov{{"nintendo", "suspends"}},
			quotes:    map[string]string{"I call on all game developers to block Russian accounts.": "Mykhailo Fedorov"}},
		{name: "regulator is no provider", lang: "en",
			body:      "Fastly offered its firewall free of charge to Ukrainian agencies. Russia's regulator Roskomnadzor, meanwhile, has restricted access to Facebook.",
			providers: []prov{{"fastly", "unclear"}}},
		{name: "dutch compound description", lang: "nl",
			body:      "Deutsche Telekom stopt in Rusland. 'De veiligheid van onze mensen staat voorop, maar we stoppen daar,' aldus de Duitse telecomgigant.",
			providers: []prov{{"deutsche-telekom", "withdraws"}},
			quotes:    map[string]string{"De veiligheid van onze mensen staat voorop, maar we stoppen daar,": "Deutsche Telekom"}},
		{name: "comparison is not an actor", lang: "en",
			body:      "Nordvane, a Swedish CDN provider, now terminates TLS remotely in Frankfurt, an approach familiar to anyone who has read up on Cloudflare's Keyless SSL.",
			providers: []prov{{"nordvane", "unclear"}}},
		{name: "a pattern that spells its own negation", lang: "en",
			body:      "Akamai has not pulled out either.",
			providers: []prov{{"akamai", "stays"}}},
		{name: "a company that followed gets the same step", lang: "en",
			body:      "Cogent disconnected its Russian customers at the start of March, and Lumen followed days later.",
			providers: []prov{{"cogent", "withdraws"}, {"lumen", "withdraws"}},
			measures:  map[string][]string{"lumen": {"terminate-services"}}},
		{name: "no company at all", lang: "en",
			body: "The war has changed how people in Europe think about the internet.", providers: nil},
		// A first word that begins two registry names (Johnson & Johnson,
		// Johnson Controls; John Deere, John Wood Group) is no short form
		// of either: the people who share it keep their quotes.
		{name: "shared first word is no short form", lang: "en",
			body:      "Johnson & Johnson suspended all advertising in Russia. \"Our sanctions stay in place for as long as it takes,\" Boris Johnson said on Tuesday.",
			providers: []prov{{"johnson-johnson", "unclear"}},
			quotes:    map[string]string{"Our sanctions stay in place for as long as it takes,": "Boris Johnson"}},
		{name: "dutch shared first word is no short form", lang: "nl",
			body:      "John Deere stopt met alle leveringen aan Rusland. 'De boeren daar gaan dat snel merken,' zegt analist John de Vries.",
			providers: []prov{{"deere", "suspends"}},
			quotes:    map[string]string{"De boeren daar gaan dat snel merken,": "John de Vries"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := x.Extract(extract.Document{Lang: c.lang, Body: c.body})
			checkProviders(t, res, c.providers, c.measures)
			for text, speaker := range c.quotes {
				found := false
				for _, q := range res.Quotes {
					if q.Text == text && q.Kind == "direct" {
						found = true
						if q.Speaker != speaker {
							t.Errorf("quote %q: speaker %q, want %q", text, q.Speaker, speaker)
						}
					}
				}
				if !found {
					t.Errorf("quote %q not found in %+v", text, res.Quotes)
				}
			}
		})
	}
}

// FuzzExtract: whatever the headline and text, extraction finishes, never
// panics, and every evidence sentence and quote is verbatim in them.
func FuzzExtract(f *testing.F) {
	x := newExtractor(f)
	for _, s := range []string{
		"",
		"The weather was fine and nobody said anything about companies.",
		"\"We stand with the people of Ukraine,\" it added. \"We will keep going,\" he said.",
		"Cloudflare said: \"This quotation never closes and runs on and on",
		"„Dit is een Nederlands citaat dat niet sluit, aldus Lumen.",
		"Microsoft stopt in Rusland. \"" + strings.Repeat("word ", 5000) + "\" said Brad Smith.",
		strings.Repeat("Akamai suspended sales in Russia and Cogent cut off customers ", 16000),
		"Cloudflare blijft actief in Rusland. But AWS has pulled out of Russia, says the company. Lumen trekt zich terug.",
		"'s-Hertogenbosch ’t is foto's we're AWS' customers 'zeer beperkt' «Nous restons» said Orange.",
		"\"\"\"''' „„ «« »» “” ‘’",
		"# Heading\n\n> quoted block with Apple\n\n- a list item with Oracle, Cisco and Google, which withdrew from Russia",
		// A title with a parenthesis between a person and the company
		// once made the speaker search slice backwards (a panic).
		// A company name that runs into the response cue (a country in
		// the name) once sliced backwards too.
		"Vodafone Ukraine gives Ukrainian government sites its services for free. ",
		"Hutchison Ports disconnected its Russian customers and reclaimed their IP addresses. ",
		"Staff were told about it.\n\n\"We will keep looking at this,\" said Nick Read, CEO (until December 2022) of Vodafone.\n\nCombell said it will keep its network running in Russia. ",
	} {
		f.Add("en", "", s)
		f.Add("nl", "Lumen stopt in Rusland", s)
	}
	// A registered name with an exclamation mark inside runs past the
	// sentence the splitter ends at "Yum!": the market-subject rule once
	// sliced backwards from it (5 of 100,000 synthetic articles).
	f.Add("en", "Yum! Brands and the question of staying in Russia", "Yum! Brands keeps its restaurants in Russia open.")
	f.Add("en", "", "KFC owner Yum! Brands, Pepsi and Nestle have trimmed their Russian business.")
	f.Fuzz(func(t *testing.T, lang, title, body string) {
		doc := extract.Document{Lang: lang, Title: title, Body: body}
		res := x.Extract(doc)
		// Evidence may be the headline too.
		text := title + "\n\n" + doc.Text()
		for _, p := range res.Providers {
			for _, e := range p.Evidence {
				if !strings.Contains(text, e.Text) {
					t.Fatalf("evidence %q is not in the text", e.Text)
				}
			}
		}
		for _, q := range res.Quotes {
			if q.Kind == "indirect" && !strings.Contains(text, q.Text) {
				t.Fatalf("indirect quote %q is not in the text", q.Text)
			}
		}
	})
}

// BenchmarkExtract reports the time to extract one seed article (the two
// raw seeds, alternately).
func BenchmarkExtract(b *testing.B) {
	x := newExtractor(b)
	var docs []extract.Document
	for _, f := range []struct{ lang, file string }{{"en", "000_cfe423b33326e34a.txt"}, {"nl", "002_81782261f0e7d9f7.txt"}} {
		data, err := os.ReadFile(filepath.Join("../../testdata/seeds", f.file))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, extract.Document{Lang: f.lang, Body: string(data)})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(docs[i%len(docs)])
	}
}

// TestCandidatesSelective keeps the trigger index honest: on the seeds,
// a sentence should select a small share of the cue patterns.
func TestCandidatesSelective(t *testing.T) {
	x := newExtractor(t)
	for _, f := range []struct{ lang, file string }{{"en", "000_cfe423b33326e34a.txt"}, {"nl", "002_81782261f0e7d9f7.txt"}} {
		data, err := os.ReadFile(filepath.Join("../../testdata/seeds", f.file))
		if err != nil {
			t.Fatal(err)
		}
		avg, total := x.CandidateStats(f.lang, string(data))
		if avg > float64(total)/8 {
			t.Errorf("%s: %.1f of %d patterns tried per sentence on average; the trigger index barely filters", f.file, avg, total)
		}
		t.Logf("%s: %.1f of %d patterns per sentence", f.file, avg, total)
	}
}
