package render

import (
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
				`<abbr class="lang" title="` + p.LangName("nl") + `">NL</abbr>`},
			[]string{"chips", " · " + src.Name}},
		{"sourced with a company", "artitem", enSourced,
			[]string{p.Date(enSourced.Date) + ` · The Daily</span>`, `<span class="chip">Acme &amp; Co ` + badge + `</span>`},
			[]string{"draft-mark", "<abbr"}},
		{"link", "artlink", enSourced,
			[]string{`<a href="` + p.URL(enSourced.Path) + `" lang="en">A title</a>` + "\n" + `<span class="meta">`},
			[]string{"<li"}},
		{"evidence link", "evtitle", ev,
			[]string{`<a href="` + p.URL(ev.Link()) + `" lang="en">A title</a>`},
			nil},
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
		`<li><a href="` + p.URL(ev.Link()) + `" lang="en">A title</a>`,
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
