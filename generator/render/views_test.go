package render

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/site"
)

// TestEntryViews: the entries made from precomputed views (artitem,
// artlink, evtitle, the timeline's report line) show what each case of an
// article or report asks for: the draft mark, the source, the language
// mark only for an article in another language, the range of a hedged
// stance.
func TestEntryViews(t *testing.T) {
	s, r := fixture(t, site.DefaultConfig())
	if len(s.Stances) < 2 || len(s.Providers) == 0 {
		t.Fatalf("test site: %d stances, %d providers", len(s.Stances), len(s.Providers))
	}
	st, other := s.Stances[0].ID, s.Stances[1].ID
	pr := &site.Provider{ID: "acme", Name: "Acme & Co"}
	src := &site.Source{Slug: "daily", Name: "The Daily"}
	nlDraft := &site.Article{Path: "nl/artikelen/x/", Lang: "nl", Title: "Een <titel>", Date: "2026-03-05", Draft: true}
	enSourced := &site.Article{Path: "en/articles/y/", Lang: "en", Title: "A title", Date: "2026-03-06", Source: src}
	enSourced.Reports = []*site.Report{{Article: enSourced, Provider: pr, Stance: st}}
	p := r.newPage(s, "en", "articles", "", site.Index("en", site.KindArticles))
	badge := string(p.StanceBadge(st, false))
	ev := &site.Evidence{Field: "stance", ID: "s3", Found: true, Article: enSourced}
	hedged := &site.Report{Article: enSourced, Provider: pr, Stance: st, HedgedAs: other, Evidence: []*site.Evidence{ev}}
	plain := &site.Report{Article: nlDraft, Provider: pr, Stance: st}
	for _, tt := range []struct {
		name, tmpl string
		item       any
		want       []string
		not        []string
	}{
		{"draft in another language", "artitem", nlDraft,
			[]string{`href="` + p.URL(nlDraft.Path) + `" lang="nl">Een &lt;titel&gt;</a> <span class="draft-mark">` + p.T("draft.mark") + `</span>`,
				`<abbr title="` + p.LangName("nl") + `">NL</abbr>`},
			[]string{"chips", " · " + src.Name}},
		{"sourced with a company", "artitem", enSourced,
			[]string{p.Date(enSourced.Date) + ` · The Daily</small>`, `<span class="chips">Acme &amp; Co</span>`},
			[]string{"draft-mark", "<abbr", badge}},
		{"link", "artlink", enSourced,
			[]string{`<a href="` + p.URL(enSourced.Path) + `">A title</a>` + "\n" + `<small>`},
			[]string{"<li", " lang="}},
		{"evidence link", "evtitle", ev,
			[]string{`<a href="` + p.URL(ev.Link()) + `">A title</a>`},
			[]string{" lang="}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Fragment(tt.tmpl, tt.item)
			if err != nil {
				t.Fatal(err)
			}
			check(t, string(got), tt.want, tt.not)
		})
	}
	lines, err := p.ReportEntries([]*site.Report{hedged, plain})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, l := range lines {
		if err := r.pages["provider"].ExecuteTemplate(&b, "report", l); err != nil {
			t.Fatal(err)
		}
	}
	check(t, b.String(), []string{
		`<li><a href="` + p.URL(ev.Link()) + `">A title</a>`,
		badge + " " + p.T("stance.or") + " " + string(p.StanceBadge(other, false)) + "</li>",
		`<li><a href="` + p.URL(nlDraft.Path) + `" lang="nl">`,
	}, nil)
	if strings.Count(b.String(), p.T("stance.or")) != 1 {
		t.Errorf("only the hedged report shows a range:\n%s", b.String())
	}
}

func check(t *testing.T, got string, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("missing %q in\n%s", w, got)
		}
	}
	for _, n := range not {
		if strings.Contains(got, n) {
			t.Errorf("unexpected %q in\n%s", n, got)
		}
	}
}

// TestCompareCells: an empty cell carries nothing; a filled one its link,
// the measure's label in the page's language and the count only past one.
func TestCompareCells(t *testing.T) {
	s, r := fixture(t, site.DefaultConfig())
	if len(s.Measures) == 0 {
		t.Fatal("test site has no measures")
	}
	m := s.Measures[0]
	row := CompareRow{Cells: []Cell{{Measure: m}, {Measure: m, N: 1, Link: "en/articles/a/#s1"}, {Measure: m, N: 3, Link: "en/articles/b/"}}}
	for _, lang := range s.Languages {
		p := r.newPage(s, lang, "compare", "", site.Index(lang, site.KindArticles))
		got := p.CompareCells(row)
		want := []CompareCell{
			{},
			{N: 1, URL: p.URL("en/articles/a/#s1"), Label: m.Label(lang), Evidence: p.T("report.evidence")},
			{N: 3, Many: true, URL: p.URL("en/articles/b/"), Label: m.Label(lang), Evidence: p.T("report.evidence")},
		}
		if len(got) != len(want) {
			t.Fatalf("%s: %d cells, want %d", lang, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%s cell %d = %+v, want %+v", lang, i, got[i], want[i])
			}
		}
	}
}

// TestMomentsShared: a render makes a company's timeline moments once and
// gives every page, in every language, the same as a page without the
// render's cache makes.
func TestMomentsShared(t *testing.T) {
	s, r := fixture(t, site.DefaultConfig())
	frags := &fragments{}
	seen := 0
	for _, pr := range s.Providers {
		for _, lang := range s.Languages {
			alone := r.newPage(s, lang, "provider", "", "x/")
			shared := r.newPage(s, lang, "provider", "", "x/")
			shared.frags = frags
			want, got := alone.Moments(pr), shared.Moments(pr)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s %s: shared moments %+v, want %+v", pr.ID, lang, got, want)
			}
			seen += len(got)
		}
		if kept := frags.timelines[pr]; len(kept) > 0 && &kept[0] != &shared(t, r, s, frags, pr)[0] {
			t.Errorf("%s: moments made again on a later page", pr.ID)
		}
	}
	if seen == 0 {
		t.Fatal("no company of the test site has a timeline")
	}
}

func shared(t *testing.T, r *Renderer, s *site.Site, frags *fragments, pr *site.Provider) []Moment {
	t.Helper()
	p := r.newPage(s, s.Languages[0], "provider", "", "y/")
	p.frags = frags
	return p.Moments(pr)
}

// BenchmarkListingPage: one articles index page of every article of the
// test site and one provider page with its timeline, in a fresh render
// (each entry made for the first time, as in a full build).
func BenchmarkListingPage(b *testing.B) {
	s, r := fixture(b, site.DefaultConfig())
	lang := s.Languages[0]
	var pr *site.Provider
	for _, p := range s.Providers {
		if pr == nil || len(p.Reports) > len(pr.Reports) {
			pr = p
		}
	}
	index := site.Index(lang, site.KindArticles)
	b.ReportAllocs()
	for b.Loop() {
		frags := &fragments{}
		list := r.newPage(s, lang, "articles", "", index)
		list.frags = frags
		list.Data = &Listing[*site.Article]{Items: s.Articles, Pager: pager(lang, index, 1, len(s.Articles), len(s.Articles))}
		prov := r.newPage(s, lang, "provider", pr.Name, pr.Path(lang))
		prov.frags = frags
		prov.Data = &Part{Of: pr, Reports: pr.Reports, Quotes: pr.Quotes, Pager: pager(lang, pr.Path(lang), 1, len(pr.Reports), len(pr.Reports))}
		for _, p := range []*Page{list, prov} {
			if _, err := r.execute(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestQuoteCard: a quote's card names the speaker (or says none is
// known) and the company only where it is not the speaker's name; on the
// speaker's page, not the speaker's own organisation either. Reported
// speech is labelled; a few words are set in their sentence. The words
// and the link carry lang and hreflang only when the quote's article is
// in another language than the page.
func TestQuoteCard(t *testing.T) {
	s, r := fixture(t, site.DefaultConfig())
	p := r.newPage(s, "en", "quotes", "", "x/")
	a := &site.Article{Path: "en/articles/q/", Lang: "en", Date: "2026-02-01", Source: &site.Source{Slug: "d", Name: "Daily"}}
	bare := &site.Article{Path: "en/articles/r/", Lang: "en", Date: "2026-02-02"}
	nlArt := &site.Article{Path: "nl/artikelen/q/", Lang: "nl", Date: "2026-02-03"}
	org := &site.Provider{ID: "org", Name: "Org Ltd"}
	other := &site.Provider{ID: "oth", Name: "Other plc"}
	ceo := &site.Speaker{Slug: "jo", Name: "Jo Doe", Organisation: org}
	for _, tt := range []struct {
		name, tmpl string
		q          *site.Quote
		want, not  []string
	}{
		{"own company on the quotes index", "quote", &site.Quote{Article: a, ID: "q1", Text: "We stay.", Speaker: ceo, Provider: org},
			[]string{`>Jo Doe</a> (<a href="` + p.URL(org.Path("en")) + `">Org Ltd</a>),`, `<blockquote><p>We stay.</p></blockquote>`, `>Daily, ` + p.Date(a.Date) + `</a>`}, nil},
		{"own company on the speaker's page", "spquote", &site.Quote{Article: a, ID: "q1", Text: "We stay.", Speaker: ceo, Provider: org},
			[]string{`<li><q>We stay.</q> — <a href="/en/articles/q/">`}, []string{"Org Ltd", "Jo Doe", "<figure", "lang="}},
		{"another language's quote on the speaker's page", "spquote", &site.Quote{Article: nlArt, ID: "q4", Text: "We blijven.", Speaker: ceo, Provider: org},
			[]string{`<li><q lang="nl">We blijven.</q> — <a href="/nl/artikelen/q/" hreflang="nl">`}, nil},
		{"another language's quote on the quotes index", "quote", &site.Quote{Article: nlArt, ID: "q4", Kind: "indirect", Text: "Ze blijven.", Speaker: ceo},
			[]string{`<p class="reported" lang="nl">Ze blijven.</p>`, `hreflang="nl"`}, nil},
		{"another company on the speaker's page", "spquote", &site.Quote{Article: a, ID: "q1", Text: "We stay.", Speaker: ceo, Provider: other},
			[]string{`">Other plc</a>, <a href=`}, []string{"Jo Doe"}},
		{"reported, no speaker, no source", "quote", &site.Quote{Article: bare, ID: "q2", Kind: "indirect", Text: "They left."},
			[]string{`<p class="reported-label">` + p.T("quote.indirect") + `</p>`, p.T("quote.unknown") + ",\n", ">" + p.T("quote.article") + ", "},
			[]string{"blockquote", "<q>"}},
		{"a few words in their sentence", "quote", &site.Quote{Article: a, ID: "q3", Text: "for now", Context: "We stay for now, he said.", Speaker: ceo},
			[]string{`<p class="in-context">We stay <q>for now</q>, he said.</p>`}, []string{"Org Ltd", "lang="}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := p.Fragment(tt.tmpl, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			check(t, string(got), tt.want, tt.not)
		})
	}
}
