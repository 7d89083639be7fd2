package content

import (
	"slices"
	"strings"
	"testing"
)

// TestMergeExtractionRejections: what an editor removed is recorded and
// never proposed again, forced or not.
func TestMergeExtractionRejections(t *testing.T) {
	fresh := func() ([]Provider, []Quote) {
		return []Provider{
				machine(Provider{ID: "aws", Stance: "suspends", Measures: []string{"suspend-sales", "halt-signups"},
					Evidence: []Evidence{{Field: "stance", Text: "AWS stops."}, {Field: "measure:halt-signups", Text: "No new sign-ups."}}}),
				machine(Provider{ID: "lumen", Stance: "withdraws"}),
			}, []Quote{
				machineQ(Quote{Text: "We leave.", Speaker: "A", Kind: "direct"}),
				machineQ(Quote{Text: "We stay.", Speaker: "B", Kind: "direct"}),
			}
	}
	tests := []struct {
		name  string
		edit  func(a *Article)
		check func(t *testing.T, a *Article)
	}{
		{"deleted provider", func(a *Article) {
			a.Providers = slices.DeleteFunc(a.Providers, func(p Provider) bool { return p.ID == "lumen" })
		}, func(t *testing.T, a *Article) {
			if slices.ContainsFunc(a.Providers, func(p Provider) bool { return p.ID == "lumen" }) {
				t.Error("lumen came back")
			}
			if !slices.Equal(a.Rejected.Providers, []string{"lumen"}) {
				t.Errorf("rejected %v", a.Rejected.Providers)
			}
		}},
		{"rejected: true", func(a *Article) { a.Quotes[1].Rejected = true }, func(t *testing.T, a *Article) {
			if len(a.Quotes) != 1 || a.Quotes[0].Text != "We leave." {
				t.Errorf("quotes %v", a.Quotes)
			}
			if !slices.Equal(a.Rejected.Quotes, []string{"We stay."}) {
				t.Errorf("rejected %v", a.Rejected.Quotes)
			}
		}},
		{"deleted quote", func(a *Article) { a.Quotes = a.Quotes[1:] }, func(t *testing.T, a *Article) {
			if len(a.Quotes) != 1 || !slices.Equal(a.Rejected.Quotes, []string{"We leave."}) {
				t.Errorf("quotes %v rejected %v", a.Quotes, a.Rejected.Quotes)
			}
		}},
		{"deleted measure", func(a *Article) { a.Providers[0].Measures = a.Providers[0].Measures[:1] }, func(t *testing.T, a *Article) {
			if !slices.Equal(a.Rejected.Measures["aws"], []string{"halt-signups"}) {
				t.Errorf("rejected %v", a.Rejected.Measures)
			}
			if !slices.Equal(a.Providers[0].Measures, []string{"suspend-sales"}) {
				t.Errorf("measures %v", a.Providers[0].Measures)
			}
		}},
		{"edited quote replaces its original", func(a *Article) { a.Quotes[0].Text = "We are leaving." }, func(t *testing.T, a *Article) {
			if len(a.Quotes) != 2 || a.Quotes[0].Text != "We are leaving." || !a.Rejected.Empty() {
				t.Errorf("quotes %v rejected %v", a.Quotes, a.Rejected)
			}
		}},
	}
	for _, tt := range tests {
		for _, force := range []bool{false, true} {
			t.Run(tt.name, func(t *testing.T) {
				a := NewArticle("content/en/articles/a.md")
				p, q := fresh()
				a.MergeExtraction(p, q, MergeOptions{})
				tt.edit(a)
				for range 2 {
					p, q := fresh()
					a.MergeExtraction(p, q, MergeOptions{Force: force})
					tt.check(t, a)
				}
			})
		}
	}
}

// TestMergeExtractionStale: a body edit refreshes machine-made items whose
// evidence left, and warns about the editor's.
func TestMergeExtractionStale(t *testing.T) {
	a := NewArticle("a.md")
	a.MergeExtraction([]Provider{
		machine(Provider{ID: "aws", Stance: "suspends", Evidence: []Evidence{{Field: "stance", Text: "AWS stops."}}}),
		machine(Provider{ID: "lumen", Stance: "withdraws", Evidence: []Evidence{{Field: "stance", Text: "Lumen leaves."}}}),
	}, nil, MergeOptions{})
	a.Providers[1].Reviewed = true
	body := "AWS halts. Lumen goes."
	ws := a.MergeExtraction([]Provider{
		machine(Provider{ID: "aws", Stance: "suspends", Evidence: []Evidence{{Field: "stance", Text: "AWS halts."}}}),
	}, nil, MergeOptions{InBody: func(s string) bool { return strings.Contains(body, s) }})
	if a.Providers[0].Evidence[0].Text != "AWS halts." {
		t.Errorf("machine-made evidence not refreshed: %v", a.Providers[0].Evidence)
	}
	if len(a.Providers) != 2 || a.Providers[1].Evidence[0].Text != "Lumen leaves." {
		t.Errorf("editor's item touched: %v", a.Providers)
	}
	if len(ws) != 1 || !strings.Contains(ws[0].Message, `provider "lumen" is yours`) {
		t.Errorf("warnings %v", ws)
	}
}

// TestOwnKeysRoundTrip: an editor's own keys and comments inside an entry
// survive a change of that entry.
func TestOwnKeysRoundTrip(t *testing.T) {
	in := `---
title: x
lang: en
providers:
  # checked by phone
  - id: aws
    stance: suspends # per the blog
    note: call back in May
    evidence:
      - field: stance
        text: AWS stops.
        page: 2
quotes:
  - text: We leave.
    kind: direct
    who: the spokesperson
---
AWS stops. We leave.
`
	a, err := Parse("a.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	a.Providers[0].Reviewed = true
	a.Quotes[0].Speaker = "Jane Doe"
	out, err := a.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"  # checked by phone\n", "stance: suspends # per the blog\n", "    note: call back in May\n",
		"        page: 2\n", "    who: the spokesperson\n", "    reviewed: true\n", "    speaker: Jane Doe\n"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("lost %q:\n%s", want, out)
		}
	}
	b, err := Parse("a.md", out)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Providers[0].Extra) != 1 || b.Providers[0].Extra[0].Key != "note" || len(b.Providers[0].Evidence[0].Extra) != 1 {
		t.Errorf("own keys read back as %v / %v", b.Providers[0].Extra, b.Providers[0].Evidence[0].Extra)
	}
}
