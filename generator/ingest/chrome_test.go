package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSiteChromeKeepsStory: lines that look a little like the chrome of
// issue 14 (kind 2) but belong to the story stay, in both languages: a
// cross-head that retells a paragraph in a few words, two company names as
// a cross-head, a donation to the U.N., a sentence that starts "Reporting
// by", a journalist who is the news, a parenthesis that is no credit.
func TestSiteChromeKeepsStory(t *testing.T) {
	opts := testOptions(t)
	tests := []struct {
		name, lang, in string
		keep           []string
		gone           []string
	}{
		{"en cross-heads and sentences that resemble chrome", "en",
			"Hostwell stays in Russia for now\n\n" +
				"Hostwell said on Monday that it keeps its Moscow data centre open for existing customers until the summer.\n\n" +
				"Hostwell does not leave Russia entirely\n\n" +
				"The firm will not take new customers in Russia, but it keeps serving those it has, a spokesperson said on Monday.\n\n" +
				"Airbnb and Intel\n\n" +
				"Its parent group also said it would donate two million dollars to the U.N. refugee agency and to a children's charity.\n\n" +
				"Reporting by the Daily Ledger showed that the firm had planned the step since February, long before the letters went out.\n\n" +
				"Several other firms have taken a similar step in the last weeks, and more are expected to follow before the summer.\n\n" +
				"Anna Kovac is a reporter at a Moscow daily and lost access to her hosting account on Monday, she told the Ledger.\n\n" +
				"The firm stopped new sales (except for renewals) in the first week of March, according to its letter.\n\n" +
				"Reporting by Reuters showed that the firm had asked its bank for a loan two weeks ago.\n",
			[]string{
				"Reporting by Reuters showed",
				"Hostwell does not leave Russia entirely",
				"Airbnb and Intel",
				"donate two million dollars to the U.N. refugee agency",
				"Reporting by the Daily Ledger showed",
				"Anna Kovac is a reporter at a Moscow daily",
				"(except for renewals)",
			}, nil},
		{"nl cross-heads and sentences that resemble chrome", "nl",
			"Hostwell blijft voorlopig in Rusland\n\n" +
				"Hostwell maakte maandag bekend dat het zijn datacenter in Moskou tot de zomer openhoudt voor bestaande klanten.\n\n" +
				"Hostwell trekt zich niet volledig terug\n\n" +
				"Het bedrijf neemt in Rusland geen nieuwe klanten meer aan, maar blijft de huidige klanten bedienen, zegt een woordvoerder.\n\n" +
				"Airbnb en Intel\n\n" +
				"Het moederbedrijf zegt ook twee miljoen euro te schenken aan de vluchtelingenorganisatie van de V.N. en aan een kinderfonds.\n\n" +
				"Verschillende andere bedrijven namen de afgelopen weken een vergelijkbare stap, en er volgen er naar verwachting nog meer.\n\n" +
				"Anna Kovac is journalist bij een krant in Moskou en kon maandag niet meer bij haar account, vertelt ze aan de krant.\n\n" +
				"Het bedrijf stopte de nieuwe verkoop (behalve verlengingen) in de eerste week van maart, staat in de brief.\n\n" +
				"Volg ons, zei de oprichter twee weken geleden tegen zijn klanten in Moskou, en dat deden ze.\n\n" +
				"Volgens het dossier dat de krant inzag, kan je als klant in Rusland vanaf april niets meer bij Hostwell bestellen.\n",
			[]string{
				"Volgens het dossier dat de krant inzag",
				"Volg ons, zei de oprichter",
				"Hostwell trekt zich niet volledig terug",
				"Airbnb en Intel",
				"vluchtelingenorganisatie van de V.N.",
				"Anna Kovac is journalist bij een krant",
				"(behalve verlengingen)",
			}, nil},
		{"en a block of other news only ends the story below prose", "en",
			"More news\n\nHostwell closes its Moscow data centre\n\n" +
				"Hostwell said on Monday that it will close its Moscow data centre by the end of April, giving customers a month.\n\n" +
				"More from Business\n\nA bakery in York won a prize for its bread, the jury said on Tuesday.\n",
			[]string{"Hostwell said on Monday"}, []string{"More news", "More from Business", "A bakery in York"}},
		{"nl a block of other news only ends the story below prose", "nl",
			"Meer nieuws\n\nHostwell sluit datacenter in Moskou\n\n" +
				"Hostwell maakte maandag bekend dat het eind april zijn datacenter in Moskou sluit en klanten een maand de tijd geeft.\n\n" +
				"Meer uit Economie\n\nEen bakkerij in Zwolle wint de prijs voor het beste brood, meldt de jury dinsdag.\n",
			[]string{"Hostwell maakte maandag bekend"}, []string{"Meer nieuws", "Meer uit Economie", "Een bakkerij"}},
		{"en wire tag, update note, teaser links, captions", "en",
			"Hostwell halts sales in Russia\n\n" +
				"Hostwell said on Monday that it stops taking orders from Russia, a month after its rivals took the same step. -AFP\n\n" +
				"Updated April 2 to reflect the firm's later statement.\n\n" +
				"Shoppers queue outside a closed store in Moscow. Image: A. Fotograf/Agency via Photo Library\n\n" +
				"The founder (left) signs the lease with a landlord in Moscow in 2019.\n\n" +
				"+Why a small bakery won a national prize this spring\n\n" +
				"know more\n\n" +
				"The firm, which sells servers to shops (right now mostly in Poland), will refund open orders, it said.\n",
			[]string{"Hostwell said on Monday that it stops taking orders from Russia, a month after its rivals took the same step.", "The firm, which sells servers to shops (right now"},
			[]string{"-AFP", "Updated April 2", "Shoppers queue", "Image:", "(left)", "bakery", "know more"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := ingestText(t, opts, tt.name, tt.lang, tt.in)
			for _, k := range tt.keep {
				if n := strings.Count(res.Body, k); n != 1 {
					t.Errorf("body has %q %d times, want once:\n%s", k, n, res.Body)
				}
			}
			for _, g := range tt.gone {
				if strings.Contains(res.Body, g) {
					t.Errorf("body still has %q:\n%s", g, res.Body)
				}
			}
			checkInvariants(t, res.Body)
		})
	}
}

// ingestText ingests in as a text file in lang.
func ingestText(t *testing.T, opts Options, name, lang, in string) Result {
	t.Helper()
	opts.Lang = lang
	res, err := Ingest(name+".txt", []byte(in), opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// FuzzParagraphEdits: the edits inside a paragraph only remove text: every
// word they return was in the paragraph, and valid UTF-8 stays valid.
func FuzzParagraphEdits(f *testing.F) {
	for _, s := range []string{
		"Acme (ACME) - Get Acme Holdings Inc Report said it stops. Also Read - Another headline",
		"It stopped sales.(Company via News Service)",
		"Het bedrijf stopt. (Bron: ANP) Lees ook: Een andere kop",
		"photo gettyimages-1234567 here",
		"(Wire FN-Daily) Hostwell stopt met de verkoop. -WNA",
		"videoHostwell said it stops. (sdw)",
		"A post. pic.twitter.com/AbC123 — Jan (@jan) March 4, 2022",
		"",
		"(",
	} {
		f.Add(s)
	}
	bp, _ := testData(f)
	pe, err := newParagraphEdits(bp)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := pe.edit(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("edit(%q) = %q: invalid UTF-8", s, out)
		}
		in := map[string]int{}
		for _, w := range strings.Fields(s) {
			in[w]++
		}
		for _, w := range strings.Fields(out) {
			if in[w] == 0 {
				// A word may lose what was glued to it ("said.Also").
				if !strings.Contains(s, w) {
					t.Fatalf("edit(%q) = %q: %q is new", s, out, w)
				}
				continue
			}
			in[w]--
		}
	})
}

// TestBadChromeData: a broken pattern under any of the new keys is an
// error that names the key, not a panic or a silently ignored rule.
func TestBadChromeData(t *testing.T) {
	for _, k := range []string{"other_news", "tail_credit", "caption_credit", "closing_credit", "caption_position", "glued_label", "glued_teaser", "inline", "box_header", "shape_role", "shape_bio", "shape_alt", "shape_follow"} {
		t.Run(k, func(t *testing.T) {
			bp := map[string][]string{"en": {"advertisement"}, "shape_role": {"writer"}, k: {"(unclosed"}}
			_, err := newCleaner(Options{Boilerplate: bp, Lang: "en"})
			if err == nil || !strings.Contains(err.Error(), k) {
				t.Errorf("error %v, want one naming %s", err, k)
			}
		})
	}
}
