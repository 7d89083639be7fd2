package content

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestNewArticleCanonical(t *testing.T) {
	a := NewArticle("content/nl/articles/lumen-stopt.md")
	if a.Lang != "nl" || a.Slug != "lumen-stopt" {
		t.Fatalf("lang %q slug %q", a.Lang, a.Slug)
	}
	a.Body = "\nLumen maakt bekend dat het stopt.\n"
	out, err := a.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "new-empty.md", out)

	a.Title, a.Date, a.Draft = "Lumen stopt in Rusland", "2022-03-08", true
	a.Source = Source{Name: "NOS", URL: "https://nos.nl/artikel/1"}
	a.HasExtraction = true
	a.Quotes = []Quote{{Text: "Wij stoppen per direct: \"alles\" gaat uit.", Speaker: "Lumen", Kind: "direct"}}
	a.Extra = []Field{{Key: "tags", Value: []string{"telecom"}}}
	out, err = a.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "new-full.md", out)
}

func TestNewArticleRefuses(t *testing.T) {
	for name, a := range map[string]*Article{
		"NUL in body":   {Path: "a.md", Body: "a\x00b"},
		"bad UTF-8":     {Path: "a.md", Body: "caf\xe9"},
		"extra = field": {Path: "a.md", Extra: []Field{{Key: "title", Value: "x"}}},
		"extra twice":   {Path: "a.md", Extra: []Field{{Key: "k", Value: 1}, {Key: "k", Value: 2}}},
		"extra func":    {Path: "a.md", Extra: []Field{{Key: "k", Value: func() {}}}},
	} {
		if _, err := a.Marshal(); err == nil || !strings.HasPrefix(err.Error(), "a.md: ") {
			t.Errorf("%s: error %v", name, err)
		}
	}
}

// tricky are strings YAML gives a meaning to when they are written plainly.
var tricky = []string{
	"", "plain", "yes", "no", "on", "null", "~", "true", "0", "010", "1e3", ".inf", ".nan", "-",
	"2022-03-08", "2022-3-8", "a: b", "a:b", "# not a comment", "a # b", "- item", "? key",
	"'single'", `"double"`, "it's", "multi\nline", "trailing\n", "two\n\n", "\nleading", "  leading space",
	"trailing space ", "tab\there", "ünïcødé", "😀", "---", "...", "\n---\n", "x\n---\ny", "[flow]", "{map}",
	"*alias", "&anchor", "!tag", "%x", "@x", "`x`", "|", ">", "\\", "a\r\nb", "é\u0085x", "\u2028", "\ufeffbom",
}

func randString(r *rand.Rand) string {
	var b strings.Builder
	for range r.IntN(3) + 1 {
		b.WriteString(tricky[r.IntN(len(tricky))])
	}
	return b.String()
}

func randFloat(r *rand.Rand) float64 {
	switch r.IntN(5) {
	case 0:
		return 0
	case 1:
		return math.Round(r.Float64()*100) / 100
	case 2:
		return 1
	case 3:
		return r.Float64()
	}
	return -r.Float64() * 1e9
}

func randArticle(r *rand.Rand, i int) *Article {
	lang := []string{"en", "nl"}[r.IntN(2)]
	a := NewArticle(fmt.Sprintf("content/%s/articles/a%d.md", lang, i))
	a.Title, a.Subtitle = randString(r), randString(r)
	if r.IntN(4) == 0 {
		a.Lang = randString(r)
	}
	switch r.IntN(3) {
	case 0:
		a.Date = fmt.Sprintf("20%02d-%02d-%02d", r.IntN(30), 1+r.IntN(12), 1+r.IntN(28))
	case 1:
		a.Date = randString(r)
	}
	a.Source = Source{Name: randString(r), URL: randString(r)}
	a.Draft = r.IntN(2) == 0
	a.HasExtraction = r.IntN(2) == 0
	for range r.IntN(3) {
		p := Provider{ID: randString(r), Name: randString(r), Stance: randString(r),
			Confidence: randFloat(r), StanceConfidence: randFloat(r), Unregistered: r.IntN(2) == 0, Reviewed: r.IntN(3) == 0}
		for range r.IntN(3) {
			p.Measures = append(p.Measures, randString(r))
		}
		for range r.IntN(2) {
			p.Evidence = append(p.Evidence, Evidence{Field: randString(r), Text: randString(r), Confidence: randFloat(r)})
		}
		if r.IntN(2) == 0 {
			p.Extracted = ProviderFingerprint(p)
		}
		a.Providers = append(a.Providers, p)
	}
	for range r.IntN(3) {
		q := Quote{Text: randString(r), Speaker: randString(r), Provider: randString(r), Kind: randString(r), Confidence: randFloat(r)}
		a.Quotes = append(a.Quotes, q)
	}
	keys := []string{"layout", "weight", "series", "aliases", "yes", "1", "a b"}
	for _, k := range keys[:r.IntN(len(keys))] {
		var v any
		switch r.IntN(4) {
		case 0:
			v = randString(r)
		case 1:
			v = r.IntN(1000)
		case 2:
			v = []any{randString(r), r.IntN(10)}
		case 3:
			v = map[string]any{"name": randString(r), "n": r.IntN(10)}
		}
		a.Extra = append(a.Extra, Field{Key: k, Value: v})
	}
	var body strings.Builder
	for range r.IntN(5) {
		body.WriteString(randString(r))
		body.WriteString([]string{"\n", "\n\n", " ", ""}[r.IntN(4)])
	}
	a.Body = body.String()
	return a
}

// TestMarshalProperty checks on generated articles that NewArticle's
// output reads back as the same article and is a fixed point, and that a
// change to one field of a parsed file is written and read back.
func TestMarshalProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(2022, 3))
	for i := range 400 {
		a := randArticle(r, i)
		out, err := a.Marshal()
		if err != nil {
			t.Fatalf("article %d: %v", i, err)
		}
		b, err := Parse(a.Path, out)
		if err != nil {
			t.Fatalf("article %d: %v\n%s", i, err, out)
		}
		if d := a.snapshot().diff(b.snapshot()); d != "" {
			t.Fatalf("article %d reads back with a different %s:\n%s", i, d, out)
		}
		again, err := b.Marshal()
		if err != nil || !bytes.Equal(again, out) {
			t.Fatalf("article %d: Parse→Marshal is not the identity (err %v)", i, err)
		}
		// Edit one field of the parsed article.
		c := randArticle(r, i)
		switch r.IntN(6) {
		case 0:
			b.Title = c.Title
		case 1:
			b.Date = c.Date
		case 2:
			b.Providers, b.HasExtraction = c.Providers, c.HasExtraction
		case 3:
			b.Quotes = c.Quotes
		case 4:
			b.Extra = c.Extra
		case 5:
			b.Body, b.Source, b.Draft = c.Body, c.Source, !b.Draft
		}
		edited, err := b.Marshal()
		if err != nil {
			t.Fatalf("article %d after edit: %v", i, err)
		}
		e, err := Parse(b.Path, edited)
		if err != nil {
			t.Fatalf("article %d after edit: %v\n%s", i, err, edited)
		}
		if d := b.snapshot().diff(e.snapshot()); d != "" {
			t.Fatalf("article %d after edit reads back with a different %s:\n%s", i, d, edited)
		}
	}
}
