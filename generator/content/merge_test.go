package content

import (
	"slices"
	"testing"
)

// machine returns p as extraction writes it: fingerprinted.
func machine(p Provider) Provider {
	p.Extracted = ProviderFingerprint(p)
	return p
}

func machineQ(q Quote) Quote {
	q.Extracted = QuoteFingerprint(q)
	return q
}

func TestFingerprint(t *testing.T) {
	p := Provider{ID: "aws", Name: "AWS", Stance: "suspends", Measures: []string{"suspend-sales"}, Confidence: 0.8}
	fp := ProviderFingerprint(p)
	if len(fp) != 8 {
		t.Fatalf("fingerprint %q is not 8 hex characters", fp)
	}
	// Ownership markers and lines are not values.
	same := p
	same.Reviewed, same.Extracted, same.Line, same.MeasureLines = true, "whatever", 12, []int{13}
	if ProviderFingerprint(same) != fp {
		t.Error("Reviewed, Extracted or lines change the fingerprint")
	}
	for name, change := range map[string]func(*Provider){
		"id":           func(p *Provider) { p.ID = "amazon" },
		"name":         func(p *Provider) { p.Name = "Amazon" },
		"stance":       func(p *Provider) { p.Stance = "withdraws" },
		"measures":     func(p *Provider) { p.Measures = append(p.Measures, "x") },
		"confidence":   func(p *Provider) { p.Confidence = 0.9 },
		"stance conf":  func(p *Provider) { p.StanceConfidence = 0.9 },
		"evidence":     func(p *Provider) { p.Evidence = []Evidence{{Field: "stance", Text: "x"}} },
		"unregistered": func(p *Provider) { p.Unregistered = true },
		// Length-prefixing keeps "ab"+"c" apart from "a"+"bc".
		"boundary": func(p *Provider) { p.ID, p.Name = "awsA", "WS" },
	} {
		c := p
		c.Measures = slices.Clone(p.Measures)
		change(&c)
		if ProviderFingerprint(c) == fp {
			t.Errorf("changing %s keeps the fingerprint", name)
		}
	}
	// nil and empty lists are the same value once written to YAML.
	empty := p
	empty.Measures = []string{}
	nilm := p
	nilm.Measures = nil
	if ProviderFingerprint(empty) != ProviderFingerprint(nilm) {
		t.Error("nil and empty measures differ")
	}
	q := Quote{Text: "Russia needs more internet access, not less.", Speaker: "Matthew Prince", Kind: "direct"}
	qf := QuoteFingerprint(q)
	q2 := q
	q2.Reviewed, q2.Extracted = true, "x"
	if QuoteFingerprint(q2) != qf || len(qf) != 8 {
		t.Error("quote fingerprint")
	}
	q2.Speaker = "Prince"
	if QuoteFingerprint(q2) == qf {
		t.Error("speaker does not change the quote fingerprint")
	}
}

func TestMachineMade(t *testing.T) {
	p := machine(Provider{ID: "aws", Stance: "suspends"})
	edited := p
	edited.Stance = "withdraws"
	reviewed := p
	reviewed.Reviewed = true
	tests := []struct {
		name string
		p    Provider
		want bool
	}{
		{"as extracted", p, true},
		{"edited", edited, false},
		{"reviewed", reviewed, false},
		{"written by an editor", Provider{ID: "aws", Stance: "suspends"}, false},
	}
	for _, tt := range tests {
		if got := tt.p.MachineMade(); got != tt.want {
			t.Errorf("%s: MachineMade = %v", tt.name, got)
		}
	}
	if !machineQ(Quote{Text: "x y z w"}).MachineMade() || (Quote{Text: "x y z w"}).MachineMade() {
		t.Error("quote MachineMade")
	}
}

// ids lists provider ids with their stance, which is what the rules move.
func ids(ps []Provider) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID+"="+p.Stance)
	}
	return out
}

func TestMergeProviders(t *testing.T) {
	oldAWS := machine(Provider{ID: "aws", Stance: "stays"})
	oldLumen := machine(Provider{ID: "lumen", Stance: "suspends"})
	editorCF := Provider{ID: "cloudflare", Stance: "stays"}
	editedAkamai := machine(Provider{ID: "akamai", Stance: "stays"})
	editedAkamai.Stance = "restricts"
	reviewedCogent := machine(Provider{ID: "cogent", Stance: "withdraws"})
	reviewedCogent.Reviewed = true
	current := []Provider{editorCF, oldAWS, editedAkamai, oldLumen, reviewedCogent}

	fresh := []Provider{
		{ID: "aws", Stance: "suspends"},
		{ID: "cloudflare", Stance: "withdraws"},
		{ID: "akamai", Stance: "unclear"},
		{ID: "cogent", Stance: "unclear"},
		{ID: "microsoft", Stance: "suspends"},
		{ID: "microsoft", Stance: "withdraws"}, // the first of a key wins
	}
	tests := []struct {
		name    string
		current []Provider
		force   bool
		want    []string
	}{
		{"empty front-matter takes all", nil, false,
			[]string{"aws=suspends", "cloudflare=withdraws", "akamai=unclear", "cogent=unclear", "microsoft=suspends"}},
		{"without force nothing present changes", current, false,
			[]string{"cloudflare=stays", "aws=stays", "akamai=restricts", "lumen=suspends", "cogent=withdraws", "microsoft=suspends"}},
		{"force replaces and drops machine items only", current, true,
			[]string{"cloudflare=stays", "aws=suspends", "akamai=restricts", "cogent=withdraws", "microsoft=suspends"}},
		{"force with nothing fresh drops machine items", current, true, nil},
		{"a machine copy of an editor's key goes under force", []Provider{editorCF, machine(Provider{ID: "cloudflare", Stance: "unclear"})}, true,
			[]string{"cloudflare=stays", "aws=suspends", "akamai=unclear", "cogent=unclear", "microsoft=suspends"}},
		{"without force a duplicate stays", []Provider{editorCF, machine(Provider{ID: "cloudflare", Stance: "unclear"})}, false,
			[]string{"cloudflare=stays", "cloudflare=unclear", "aws=suspends", "akamai=unclear", "cogent=unclear", "microsoft=suspends"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := fresh
			if tt.want == nil {
				f = nil
				tt.want = []string{"cloudflare=stays", "akamai=restricts", "cogent=withdraws"}
			}
			before := slices.Clone(tt.current)
			got := MergeProviders(tt.current, f, tt.force)
			if !slices.Equal(ids(got), tt.want) {
				t.Errorf("got  %v\nwant %v", ids(got), tt.want)
			}
			if !sameProviders(before, tt.current) {
				t.Error("Merge changed its input")
			}
			// Editor-owned items come back exactly as they were.
			for _, c := range tt.current {
				if c.MachineMade() {
					continue
				}
				if !slices.ContainsFunc(got, func(p Provider) bool { return sameProvider(p, c) }) {
					t.Errorf("editor's %s=%s lost", c.ID, c.Stance)
				}
			}
			// Fresh items are fingerprinted, so the next run sees them as
			// machine-made.
			for _, p := range got {
				if p.Extracted == "" && slices.ContainsFunc(f, func(q Provider) bool { return q.ID == p.ID && q.Stance == p.Stance }) {
					t.Errorf("%s not fingerprinted", p.ID)
				}
			}
			again := MergeProviders(got, f, tt.force)
			if !sameProviders(again, got) {
				t.Errorf("not idempotent:\n%v\n%v", ids(got), ids(again))
			}
		})
	}
}

func TestMergeQuotes(t *testing.T) {
	a := machineQ(Quote{Text: "We will keep the network running.", Speaker: "Prince", Kind: "direct"})
	b := machineQ(Quote{Text: "We stop all sales in Russia today.", Speaker: "AWS", Kind: "direct"})
	editor := Quote{Text: "Russia needs more internet access, not less.", Speaker: "Matthew Prince", Kind: "direct"}
	edited := machineQ(Quote{Text: "Sales are halted for now, the spokesman said.", Kind: "indirect"})
	edited.Speaker = "Lumen"
	current := []Quote{a, editor, b, edited}
	fresh := []Quote{
		{Text: "We will keep the network running.", Speaker: "Matthew Prince", Kind: "direct"},
		{Text: "Russia needs more internet access, not less.", Speaker: "Prince", Kind: "direct"},
		{Text: "Sales are halted for now, the spokesman said.", Kind: "indirect"},
		{Text: "A new quote of at least four words.", Kind: "direct"},
	}
	speakers := func(qs []Quote) []string {
		var out []string
		for _, q := range qs {
			out = append(out, q.Text[:5]+"/"+q.Speaker)
		}
		return out
	}
	tests := []struct {
		force bool
		want  []string
	}{
		{false, []string{"We wi/Prince", "Russi/Matthew Prince", "We st/AWS", "Sales/Lumen", "A new/"}},
		{true, []string{"We wi/Matthew Prince", "Russi/Matthew Prince", "Sales/Lumen", "A new/"}},
	}
	for _, tt := range tests {
		got := MergeQuotes(current, fresh, tt.force)
		if !slices.Equal(speakers(got), tt.want) {
			t.Errorf("force=%v:\ngot  %v\nwant %v", tt.force, speakers(got), tt.want)
		}
		if again := MergeQuotes(got, fresh, tt.force); !sameQuotes(again, got) {
			t.Errorf("force=%v: not idempotent", tt.force)
		}
	}
}

// TestMergeThroughFile runs the extract cycle on a file: merge, write, read
// back, merge again; the second write changes nothing.
func TestMergeThroughFile(t *testing.T) {
	a, err := Parse("content/en/articles/a.md", []byte("---\ntitle: x\nlang: en\nproviders:\n  # the desk checked this one\n  - id: cloudflare\n    stance: stays\n---\nBody.\n"))
	if err != nil {
		t.Fatal(err)
	}
	fresh := []Provider{{ID: "cloudflare", Stance: "unclear"}, {ID: "aws", Stance: "suspends", Confidence: 0.7}}
	for _, force := range []bool{false, true} {
		b := *a
		b.Providers = MergeProviders(a.Providers, fresh, force)
		out, err := b.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		c, err := Parse(a.Path, out)
		if err != nil {
			t.Fatal(err)
		}
		if !c.Providers[1].MachineMade() || c.Providers[0].MachineMade() || c.Providers[0].Stance != "stays" {
			t.Errorf("force=%v: read back %+v", force, c.Providers)
		}
		c.Providers = MergeProviders(c.Providers, fresh, force)
		again, err := c.Marshal()
		if err != nil || string(again) != string(out) {
			t.Errorf("force=%v: second merge rewrote the file:\n%s\n%s", force, out, again)
		}
	}
}
