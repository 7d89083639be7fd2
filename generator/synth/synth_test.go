package synth

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

func corpus(t *testing.T) *Corpus {
	t.Helper()
	lx, err := lexicon.Load("../../content/data")
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(lx)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestDeterministic(t *testing.T) {
	c := corpus(t)
	for i := range 20 {
		a, b := c.Article(i, Options{N: 20}), c.Article(i, Options{N: 1000})
		if a.Path != b.Path || !bytes.Equal(a.Data, b.Data) {
			t.Fatalf("article %d differs between runs", i)
		}
	}
	if bytes.Equal(c.Article(0, Options{}).Data, c.Article(0, Options{Seed: 7}).Data) {
		t.Fatal("the seed changes nothing")
	}
}

// TestArticles parses a small corpus with the real reader and validator:
// every article is valid, bodies are about the target length, evidence
// and quotes are verbatim in the body, and every stance, measure and both
// languages occur.
func TestArticles(t *testing.T) {
	c := corpus(t)
	stances, measures, langs := map[string]bool{}, map[string]bool{}, map[string]bool{}
	bare, providers := 0, map[string]bool{}
	const n = 200
	for i := range n {
		f := c.Article(i, Options{N: n, Taxonomies: true})
		a, err := content.Parse(f.Path, f.Data)
		if err != nil {
			t.Fatalf("%s: %v", f.Path, err)
		}
		for _, d := range content.Validate(a, c.lx) {
			t.Errorf("%s", d.Error())
		}
		if w := len(strings.Fields(a.Body)); w < 600 || w > 900 {
			t.Errorf("%s: %d words", f.Path, w)
		}
		langs[a.Lang] = true
		if !a.HasExtraction {
			bare++
			continue
		}
		for _, p := range a.Providers {
			providers[p.ID] = true
			stances[p.Stance] = true
			for _, m := range p.Measures {
				measures[m] = true
			}
			for _, e := range p.Evidence {
				if !strings.Contains(a.Body, e.Text) {
					t.Errorf("%s: evidence not in body: %q", f.Path, e.Text)
				}
			}
		}
		for _, q := range a.Quotes {
			if !strings.Contains(a.Body, q.Text) || q.Speaker == "" {
				t.Errorf("%s: bad quote %+v", f.Path, q)
			}
		}
	}
	if len(stances) != len(content.Stances) || len(measures) != len(c.measures) || len(langs) != 2 {
		t.Errorf("stances %d, measures %d/%d, langs %d", len(stances), len(measures), len(c.measures), len(langs))
	}
	if bare == 0 || bare > n/4 {
		t.Errorf("%d of %d articles without extraction", bare, n)
	}
	if len(providers) < 50 {
		t.Errorf("only %d distinct providers", len(providers))
	}
	if f := c.Article(3, Options{NoExtraction: true}); bytes.Contains(f.Data, []byte("\nproviders:")) {
		t.Error("NoExtraction wrote providers")
	}
}

func TestWrite(t *testing.T) {
	c := corpus(t)
	dir := t.TempDir()
	if _, err := c.Write(dir, Options{N: 10}); err != nil {
		t.Fatal(err)
	}
	arts, err := content.LoadDir(filepath.Join(dir, "content"))
	if err != nil || len(arts) != 10 {
		t.Fatalf("%d articles, %v", len(arts), err)
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "data", "providers.yaml")); err != nil {
		t.Fatal(err)
	}
}
