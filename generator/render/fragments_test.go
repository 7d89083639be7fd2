package render

import (
	"html/template"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/site"
)

// TestFragment: a shared fragment has the bytes {{template name (list $
// item)}} writes, is made once per item and language and then reused, and
// a page of the other language gets its own.
func TestFragment(t *testing.T) {
	s, r := fixture(t, site.DefaultConfig())
	if len(s.Articles) == 0 || len(s.Quotes) == 0 || len(s.Languages) < 2 {
		t.Fatalf("test site: %d articles, %d quotes, languages %v", len(s.Articles), len(s.Quotes), s.Languages)
	}
	frags := &fragments{}
	tests := []struct {
		name string
		item any
	}{
		{"artitem", s.Articles[0]},
		{"artlink", s.Articles[1]},
		{"evtitle", firstEvidence(t, s)},
		{"quote", s.Quotes[0]},
	}
	for _, tt := range tests {
		for _, lang := range s.Languages {
			t.Run(tt.name+"/"+lang, func(t *testing.T) {
				p := r.newPage(s, lang, "articles", "", site.Index(lang, site.KindArticles))
				var want strings.Builder
				if err := r.pages["articles"].ExecuteTemplate(&want, tt.name, []any{p, tt.item}); err != nil {
					t.Fatal(err)
				}
				p.frags = frags
				first, err := p.Fragment(tt.name, tt.item)
				if err != nil {
					t.Fatal(err)
				}
				if string(first) != want.String() {
					t.Fatalf("fragment\n%s\nwant\n%s", first, want.String())
				}
				cached, ok := frags.m.Load(fragmentKey{name: tt.name, lang: lang, item: tt.item})
				if !ok || cached.(template.HTML) != first {
					t.Fatalf("fragment not kept for reuse (kept: %v)", ok)
				}
				// A second page of the same language gets the kept bytes.
				other := r.newPage(s, lang, "source", "", "x/")
				other.frags = frags
				again, err := other.Fragment(tt.name, tt.item)
				if err != nil || again != first {
					t.Fatalf("second page: %q, %v; want the kept bytes", again, err)
				}
			})
		}
	}
	en, nl := s.Languages[0], s.Languages[1]
	a, _ := frags.m.Load(fragmentKey{name: "artitem", lang: en, item: s.Articles[0]})
	b, _ := frags.m.Load(fragmentKey{name: "artitem", lang: nl, item: s.Articles[0]})
	if a == b {
		t.Errorf("the %s and %s cards of an article are the same bytes; the language must show", en, nl)
	}
}

// firstEvidence is the first evidence sentence of the fixture site.
func firstEvidence(t *testing.T, s *site.Site) *site.Evidence {
	t.Helper()
	for _, a := range s.Articles {
		for _, r := range a.Reports {
			if len(r.Evidence) > 0 {
				return r.Evidence[0]
			}
		}
	}
	t.Fatal("the fixture site has no evidence")
	return nil
}
