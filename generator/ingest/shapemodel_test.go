package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// storedLineModel reads content/data/lineshape-model.json as the cli does.
func storedLineModel(t *testing.T) *LineModel {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dataDir, "lineshape-model.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m LineModel
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	if !m.Usable() {
		t.Fatalf("stored model does not fit the features %v", LineFeatureNames)
	}
	return &m
}

func modelOptions(t *testing.T, m *LineModel) Options {
	opts := testOptions(t)
	_, sw := testData(t)
	opts.LineModel, opts.Stopwords = m, sw
	opts.Protected = []string{"contoso", "fabrikam"}
	return opts
}

// The judge's safety rules hold whatever the weights: with a model that
// calls every line furniture, sentences, long lines and lines naming a
// registered company stay, and only short lines go.
func TestLineJudgeKeepsSentences(t *testing.T) {
	all := &LineModel{Features: LineFeatureNames, Weights: make([]float64, len(LineFeatureNames)), Threshold: 0}
	cases := []struct {
		name, text string
		keep, drop []string
	}{
		{"en", "Contoso leaves the Russian market\n\nContoso said on Monday that it stops all sales in Russia.\n\nRead also\n\nThe company employs two hundred people there and will keep paying them for now.\n\nFabrikam\n\nFabrikam halted its deliveries too, a spokesperson told reporters.\n",
			[]string{"Contoso said on Monday", "will keep paying them", "Fabrikam halted", "Fabrikam\n"}, []string{"Read also"}},
		{"nl", "Contoso stopt in Rusland\n\nContoso meldde maandag dat het alle verkoop in Rusland staakt.\n\nLees ook\n\nHet bedrijf heeft daar tweehonderd mensen in dienst en blijft hen voorlopig betalen.\n\nFabrikam\n\nOok Fabrikam heeft de leveringen stilgelegd, zei een woordvoerder.\n",
			[]string{"Contoso meldde maandag", "blijft hen voorlopig", "Ook Fabrikam", "Fabrikam\n"}, []string{"Lees ook"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, err := Ingest("a.txt", []byte(c.text), modelOptions(t, all))
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range c.keep {
				if !strings.Contains(res.Body+"\n", s) {
					t.Errorf("dropped %q:\n%s", s, res.Body)
				}
			}
			for _, s := range c.drop {
				if strings.Contains(res.Body, s) {
					t.Errorf("kept %q:\n%s", s, res.Body)
				}
			}
		})
	}
}

// The stored model drops furniture the vocabulary does not know, and only
// there: without the model the same line stays.
func TestStoredLineModelDropsFurniture(t *testing.T) {
	m := storedLineModel(t)
	body := func(lang string) string {
		if lang == "nl" {
			return "Contoso haalt zijn personeel uit Moskou en sluit het kantoor daar voor onbepaalde tijd.\n\nDe directie schreef in een brief aan klanten dat de oorlog de samenwerking onmogelijk maakt.\n\nVolgens analisten kost het vertrek het concern enkele procenten van de jaaromzet.\n\nOok andere bedrijven uit de sector overwegen een vergelijkbare stap, melden ingewijden.\n"
		}
		return "Contoso is pulling its staff out of Moscow and closes the office there for an indefinite time.\n\nThe board wrote in a letter to customers that the war makes working together impossible.\n\nAnalysts say the exit costs the group a few percent of its yearly revenue.\n\nOther firms in the industry are weighing a similar step, people familiar with the matter said.\n"
	}
	// A run of short lines inside the story (a source credit, a desk
	// label, a widget title; none of them in boilerplate.yaml) goes; a lone
	// cross-head stays.
	cases := []struct {
		name, lang string
		run        []string
		drop, keep []string
	}{
		{"en run", "en", []string{"(Examplewire.com)", "Markets desk", "Ticker board"}, []string{"(Examplewire.com)", "Markets desk"}, nil},
		{"nl run", "nl", []string{"(Voorbeeldkrant.nl)", "Beurskoersen", "Valuta vandaag"}, []string{"(Voorbeeldkrant.nl)", "Beurskoersen"}, nil},
		{"en cross-head", "en", []string{"Markets desk"}, nil, []string{"Markets desk"}},
		{"nl cross-head", "nl", []string{"Beurskoersen"}, nil, []string{"Beurskoersen"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			paras := strings.SplitAfterN(body(c.lang), "\n\n", 3)
			text := "Contoso leaves Moscow\n\n" + paras[0] + paras[1] + strings.Join(c.run, "\n\n") + "\n\n" + paras[2]
			with, err := Ingest("a.txt", []byte(text), modelOptions(t, m))
			if err != nil {
				t.Fatal(err)
			}
			without, err := Ingest("a.txt", []byte(text), testOptions(t))
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range c.drop {
				if !strings.Contains(without.Body, f) {
					t.Fatalf("the vocabulary passes already drop %q: the case tests nothing", f)
				}
				if strings.Contains(with.Body, f) {
					t.Errorf("kept %q:\n%s", f, with.Body)
				}
			}
			for _, f := range c.keep {
				if !strings.Contains(with.Body, f) {
					t.Errorf("dropped %q:\n%s", f, with.Body)
				}
			}
			for _, p := range strings.Split(strings.TrimSpace(body(c.lang)), "\n\n") {
				if !strings.Contains(with.Body, p) {
					t.Errorf("dropped the sentence %q", p)
				}
			}
		})
	}
}
