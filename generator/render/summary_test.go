package render

import (
	"testing"

	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/site"
	"github.com/newsdesk/ruscompare/generator/site/sitetest"
)

func TestSummary(t *testing.T) {
	r, err := New(templatesDir, site.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	reg := &site.Source{Name: "The Register"}
	dn := &site.Source{Name: "Data News"}
	keys := &site.Measure{ID: "remove-keys", Labels: lexicon.Text{"en": "Removes key material", "nl": "Haalt sleutels weg"}}
	sales := &site.Measure{ID: "suspend-sales", Labels: lexicon.Text{"en": "Suspends sales", "nl": "Stopt verkoop"}}
	ddos := &site.Measure{ID: "ddos", Labels: lexicon.Text{"en": "DDoS protection", "nl": "DDoS-bescherming"}}
	rep := []*site.Report{{}}
	tests := []struct {
		lang string
		p    *site.Provider
		want string
	}{
		{"en", &site.Provider{Name: "Cloudflare", Stance: "restricts", Reports: rep, LastDate: "2022-03-09",
			Measures: []*site.MeasureUse{{Measure: keys}, {Measure: sales}},
			BySource: []site.SourceCount{{Source: dn, N: 1}, {Source: reg, N: 1}}},
			"Cloudflare stays in Russia with restrictions: removes key material and suspends sales (Data News, The Register, March 2022)."},
		{"nl", &site.Provider{Name: "Cloudflare", Stance: "restricts", Reports: rep, LastDate: "2022-03-09",
			Measures: []*site.MeasureUse{{Measure: keys}, {Measure: sales}},
			BySource: []site.SourceCount{{Source: dn, N: 1}}},
			"Cloudflare blijft in Rusland, met beperkingen: haalt sleutels weg en stopt verkoop (Data News, maart 2022)."},
		{"en", &site.Provider{Name: "Acme", Stance: "stays", Reports: rep, Disagreement: true,
			StanceCounts: []site.StanceCount{{Stance: "withdraws", N: 1}, {Stance: "stays", N: 2}, {Stance: "unclear", N: 1}},
			Measures:     []*site.MeasureUse{{Measure: ddos}}},
			"Acme stays in Russia, though sources differ (Withdraws × 1, Stays × 2): DDoS protection."},
		{"en", &site.Provider{Name: "Apple", Stance: "withdraws", Range: "restricts", Reports: rep, LastDate: "2022-03-08",
			BySource: []site.SourceCount{{Source: reg, N: 1}}},
			"Apple withdraws or restricts: the wording of its source allows either (The Register, March 2022)."},
		{"en", &site.Provider{Name: "Quoted Only"}, ""},
		{"en", &site.Provider{Name: "Odd", Stance: "made-up", Reports: rep,
			BySource: []site.SourceCount{{Source: reg, N: 4}, {Source: dn, N: 3}, {Source: &site.Source{Name: "C"}, N: 2}, {Source: &site.Source{Name: "D"}, N: 1}}},
			"What Odd is doing in Russia is unclear (The Register, Data News, C, 1 more)."},
	}
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Build(nil, lx, site.DefaultConfig()) // for the stance labels
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		p := r.newPage(s, tt.lang, "provider", "", "")
		if got := p.Summary(tt.p); got != tt.want {
			t.Errorf("%s %s:\n got %q\nwant %q", tt.lang, tt.p.Name, got, tt.want)
		}
	}
}
