package site

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

func TestSentenceSpans(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three?", []string{"One.", "Two!", "Three?"}},
		{`He said "no." Then he left.`, []string{`He said "no."`, "Then he left."}},
		{"The U.S. Senate met. J. Smith spoke.", []string{"The U.S. Senate met.", "J. Smith spoke."}},
		{"It cost 3.5 million. 2022 was bad.", []string{"It cost 3.5 million.", "2022 was bad."}},
		{"lower case. after a stop", []string{"lower case. after a stop"}},
		{"Dit is één zin. „Dit is een citaat”, zei hij.", []string{"Dit is één zin.", "„Dit is een citaat”, zei hij."}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range SentenceSpans(tt.in) {
			got = append(got, tt.in[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("SentenceSpans(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuoteContext(t *testing.T) {
	body := "Intro line.\n\nAxing its services \"would do *little* to harm the [government](https://x.example/),\" Prince continued. Next one.\n\n## A heading\n\n\"A whole sentence of direct speech that is long enough,\" he said."
	paras := newParagraphs(plainParagraphs(body))
	tests := []struct {
		text, kind  string
		context     string
		fragment    bool
		parts       []string
		description string
	}{
		{"would do little to harm the government,", "direct",
			`Axing its services "would do little to harm the government," Prince continued.`, true,
			[]string{`Axing its services "`, "would do little to harm the government,", `" Prince continued.`}, "fragment in its sentence"},
		{"A whole sentence of direct speech that is long enough,", "direct",
			`"A whole sentence of direct speech that is long enough," he said.`, false, nil, "long quote is no fragment"},
		{"Prince continued", "indirect",
			`Axing its services "would do little to harm the government," Prince continued.`, false, nil, "reported speech is never a fragment"},
		{"not in the body", "direct", "", false, nil, "absent"},
	}
	for _, tt := range tests {
		q := &Quote{Text: tt.text, Kind: tt.kind, Context: sentenceAround(paras, tt.text)}
		if q.Context != tt.context {
			t.Errorf("%s: context %q, want %q", tt.description, q.Context, tt.context)
		}
		if q.Fragment() != tt.fragment {
			t.Errorf("%s: Fragment() = %v", tt.description, q.Fragment())
		}
		if tt.parts != nil && !reflect.DeepEqual(q.ContextParts(), tt.parts) {
			t.Errorf("%s: parts %q, want %q", tt.description, q.ContextParts(), tt.parts)
		}
	}
}

func TestRepublishable(t *testing.T) {
	tests := []struct {
		extra   []content.Field
		ok      bool
		license string
	}{
		{nil, false, ""},
		{[]content.Field{{Key: "republish", Value: true}}, true, ""},
		{[]content.Field{{Key: "republish", Value: false}}, false, ""},
		{[]content.Field{{Key: "republish", Value: "yes"}}, false, ""},
		{[]content.Field{{Key: "license", Value: "CC BY 4.0"}}, true, "CC BY 4.0"},
		{[]content.Field{{Key: "license", Value: ""}}, false, ""},
	}
	for _, tt := range tests {
		ok, lic := republishable(tt.extra)
		if ok != tt.ok || lic != tt.license {
			t.Errorf("republishable(%v) = %v %q, want %v %q", tt.extra, ok, lic, tt.ok, tt.license)
		}
	}
}

// An article that may not be republished shows at most excerptShare of
// its words: the stance sentence first; the sentences left out are not
// Found, so no link points at an anchor the page lacks.
func TestExcerptAnchors(t *testing.T) {
	var body strings.Builder
	var evidence []content.Evidence
	for i := range 20 {
		s := "Acme took measure number " + strings.Repeat("x", i+1) + " in the region today."
		body.WriteString(s + "\n\n")
		field := "measure:m" + strings.Repeat("x", i+1)
		if i == 10 {
			field = "stance"
		}
		evidence = append(evidence, content.Evidence{Field: field, Text: s})
	}
	art := &content.Article{Path: "content/en/articles/a.md", Slug: "a", Lang: "en", Title: "A", Date: "2022-03-01",
		Body:      body.String(),
		Providers: []content.Provider{{ID: "acme", Stance: "stays", Evidence: evidence}},
	}
	s, err := Build([]*content.Article{art}, nil, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	a := s.Articles[0]
	words := 0
	for _, an := range a.Anchors {
		words += len(strings.Fields(an.Text))
	}
	if total := len(strings.Fields(body.String())); words > int(excerptShare*float64(total)) || len(a.Anchors) == 0 {
		t.Errorf("excerpt shows %d of %d words in %d sentences", words, total, len(a.Anchors))
	}
	if a.Reports[0].StanceEvidence()[0].Found != true {
		t.Error("the stance sentence must be shown first")
	}
	shown := map[string]bool{}
	for _, an := range a.Anchors {
		shown[an.ID] = true
	}
	for _, e := range a.Reports[0].Evidence {
		if e.Found != shown[e.ID] {
			t.Errorf("%q: Found=%v but shown=%v", e.Text, e.Found, shown[e.ID])
		}
	}
	// Republished, every sentence is shown.
	art.Extra = []content.Field{{Key: "republish", Value: true}}
	s, err = Build([]*content.Article{art}, nil, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.Articles[0].Anchors); n != 20 {
		t.Errorf("republished article has %d anchors, want 20", n)
	}
}

// Every company some article reports with a stance is listed on that
// stance's page: as consolidated to it, or as also reported with it.
func TestStanceListsEveryReportedCompany(t *testing.T) {
	s := fixture(t)
	also := 0
	for _, st := range s.Stances {
		listed := map[*Provider]bool{}
		for _, p := range st.Providers {
			listed[p] = true
		}
		for _, p := range st.AlsoReported {
			if listed[p] || p.Stance == st.ID {
				t.Errorf("%s: %s listed twice", st.ID, p.ID)
			}
			listed[p] = true
			also++
		}
		for _, r := range st.Reports {
			if !listed[r.Provider] {
				t.Errorf("%s: %s is reported with it but not listed", st.ID, r.Provider.ID)
			}
		}
	}
	if also == 0 {
		t.Error("the fixture's disagreement on Cloudflare should list it under a second stance")
	}
}

// A stance backed only by "X or Y" wording is a range: the report and,
// when every report of the consolidated stance is hedged, the provider.
func TestHedgedStance(t *testing.T) {
	lx := &lexicon.Lexicon{}
	lx.Stances.Stances = []lexicon.Stance{
		{ID: "withdraws", HedgedAs: "restricts", Hedges: lexicon.Cues{"en": {`\bor (at least )?(\w+ )?scaled back\b`}}},
		{ID: "restricts"},
	}
	hedged := "Acme and Bolt have withdrawn from Russia or at least greatly scaled back there."
	plain := "Bolt pulled out of Russia."
	mk := func(slug string, providers ...content.Provider) *content.Article {
		return &content.Article{Path: "content/en/articles/" + slug + ".md", Slug: slug, Lang: "en", Title: slug, Date: "2022-03-0" + slug[len(slug)-1:],
			Body: hedged + "\n\n" + plain + "\n", Providers: providers, Extra: []content.Field{{Key: "republish", Value: true}}}
	}
	ev := func(text string) []content.Evidence { return []content.Evidence{{Field: "stance", Text: text}} }
	s, err := Build([]*content.Article{
		mk("a1", content.Provider{ID: "acme", Stance: "withdraws", Evidence: ev(hedged)},
			content.Provider{ID: "bolt", Stance: "withdraws", Evidence: ev(hedged)}),
		mk("a2", content.Provider{ID: "bolt", Stance: "withdraws", Evidence: ev(plain)}),
	}, lx, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ id, report0, rng string }{
		{"acme", "restricts", "restricts"}, // only hedged wording
		{"bolt", "restricts", ""},          // a second source says it plainly
	}
	for _, tt := range tests {
		p := s.Provider(tt.id)
		if p.Reports[0].HedgedAs != tt.report0 || p.Range != tt.rng {
			t.Errorf("%s: report hedged as %q, range %q; want %q, %q", tt.id, p.Reports[0].HedgedAs, p.Range, tt.report0, tt.rng)
		}
	}
}

// With reviewed_only, an article publishes only the companies and quotes
// an editor marked reviewed.
func TestReviewedOnly(t *testing.T) {
	art := func() []*content.Article {
		return []*content.Article{{Path: "content/en/articles/a.md", Slug: "a", Lang: "en", Title: "A",
			Body: "Acme left. Bolt stayed. \"We stay,\" Bo said.",
			Providers: []content.Provider{
				{ID: "acme", Stance: "withdraws", Reviewed: true},
				{ID: "bolt", Stance: "stays"},
			},
			Quotes: []content.Quote{{Text: "We stay,", Speaker: "Bo", Provider: "bolt", Kind: "direct"}},
		}}
	}
	for _, tt := range []struct {
		reviewedOnly    bool
		reports, quotes int
	}{{false, 2, 1}, {true, 1, 0}} {
		cfg := DefaultConfig()
		cfg.ReviewedOnly = tt.reviewedOnly
		s, err := Build(art(), nil, cfg)
		if err != nil {
			t.Fatal(err)
		}
		a := s.Articles[0]
		if len(a.Reports) != tt.reports || len(a.Quotes) != tt.quotes {
			t.Errorf("reviewed_only=%v: %d reports, %d quotes; want %d, %d", tt.reviewedOnly, len(a.Reports), len(a.Quotes), tt.reports, tt.quotes)
		}
	}
}

// Sentence spans are in order, inside the text, never overlap, and
// together hold every non-space byte of it.
func FuzzSentenceSpans(f *testing.F) {
	for _, s := range []string{"One. Two! Three?", `He said "no." Then`, "U.S. Senate. J. Smith", "„Dit”, zei hij. 3.5 m.", "", " . . ", "a.\u00a0B"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		covered := 0
		for _, sp := range SentenceSpans(s) {
			if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("bad span %+v after %d in %q", sp, prev, s)
			}
			covered += len(strings.Join(strings.Fields(s[sp.Start:sp.End]), ""))
			prev = sp.End
		}
		if want := len(strings.Join(strings.Fields(s), "")); covered != want {
			t.Fatalf("spans hold %d non-space bytes of %d in %q", covered, want, s)
		}
	})
}

// TestRepeatedQuoteListedOnce: a quote the front matter lists twice (as
// extraction lists a sentence the body repeats) is one quote of the
// article, its speaker and its company; another quote stays.
func TestRepeatedQuoteListedOnce(t *testing.T) {
	q := content.Quote{Text: "We stay.", Speaker: "Bo", Provider: "bolt", Kind: "direct"}
	other := content.Quote{Text: "We go.", Speaker: "Bo", Provider: "bolt", Kind: "direct"}
	arts := []*content.Article{{Path: "content/en/articles/a.md", Slug: "a", Lang: "en", Title: "A",
		Body:      "\"We stay.\" Bo said it twice: \"We stay.\" Then: \"We go.\"",
		Providers: []content.Provider{{ID: "bolt", Stance: "stays"}},
		Quotes:    []content.Quote{q, q, other},
	}}
	s, err := Build(arts, nil, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	a := s.Articles[0]
	if len(a.Quotes) != 2 || a.Quotes[0].Text != q.Text || a.Quotes[1].Text != other.Text {
		t.Fatalf("article quotes %d, want the repeated one once and the other", len(a.Quotes))
	}
	if sp := a.Quotes[0].Speaker; sp == nil || len(sp.Quotes) != 2 {
		t.Errorf("speaker quotes: %v", sp)
	}
	if pr := a.Quotes[0].Provider; pr == nil || len(pr.Quotes) != 2 {
		t.Errorf("company quotes: %v", pr)
	}
}

// TestOtherCoverage: an article lists at most maxOtherCoverage other
// articles on its companies, newest first, never itself.
func TestOtherCoverage(t *testing.T) {
	var arts []*content.Article
	for i, date := range []string{"2022-03-01", "2022-03-02", "2022-03-03", "2022-03-04", "2022-03-05"} {
		id := []string{"acme", "bolt"}[i%2]
		arts = append(arts, &content.Article{Path: "content/en/articles/" + date + ".md", Slug: date, Lang: "en", Title: date, Date: date,
			Body: "Acme left. Bolt stayed.", Providers: []content.Provider{{ID: id, Stance: "withdraws"}, {ID: "cogent", Stance: "stays"}}})
	}
	s, err := Build(arts, nil, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range s.Articles {
		if len(a.Related) != maxOtherCoverage {
			t.Errorf("%s: %d other articles, want %d", a.Slug, len(a.Related), maxOtherCoverage)
		}
		for i, o := range a.Related {
			if o == a {
				t.Errorf("%s lists itself", a.Slug)
			}
			if i > 0 && o.Date > a.Related[i-1].Date {
				t.Errorf("%s: other coverage not newest first: %s after %s", a.Slug, o.Date, a.Related[i-1].Date)
			}
		}
	}
}

// plainParagraphsByRune is plainParagraphs as it was written first, every
// rune through plainRune: the reference its ASCII path must match.
func plainParagraphsByRune(md string) []string {
	md = stripLinkTargets(md)
	var out []string
	for _, block := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n\n") {
		var sb strings.Builder
		space := true
		for _, line := range strings.Split(block, "\n") {
			line = strings.TrimLeft(strings.TrimSpace(line), "#> ")
			for _, r := range line + " " {
				space = plainRune(&sb, r, space)
			}
		}
		if p := strings.TrimSpace(sb.String()); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// FuzzPlainParagraphs: the paragraphs are those of the rune-by-rune
// reference, for any text (markup, tabs, NBSP, typographic quotes).
func FuzzPlainParagraphs(f *testing.F) {
	for _, s := range []string{
		"Intro line.\n\nAxing its *services* \"would do\" [x](https://x.example/) \u2018so\u2019.\n\n## A heading\n\n> quoted\tline\r\nnext\u00a0line",
		"", "\n\n\n", "a\x85b \u2028 c", "Oekra\u00efne  \v zegt\f\u201cja\u201d", "\xff\xfe bad",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, md string) {
		if got, want := plainParagraphs(md), plainParagraphsByRune(md); !reflect.DeepEqual(got, want) {
			t.Fatalf("plainParagraphs(%q) = %q, want %q", md, got, want)
		}
	})
}
