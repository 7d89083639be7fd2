package site

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/site/sitetest"
)

func fixture(t *testing.T) *Site {
	t.Helper()
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(sitetest.Articles(), lx, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestBuildProviders(t *testing.T) {
	s := fixture(t)
	tests := []struct {
		id, stance   string
		disagreement bool
		registered   bool
		reports      int
		measures     string
		byLang       string
	}{
		// en (8 March) says stays, nl (9 March) says restricts: a tie, so
		// the newer report wins and the disagreement is flagged.
		{"cloudflare", "restricts", true, true, 2, "maintain-network sanctions-compliance", "en:stays nl:restricts"},
		{"akamai", "restricts", false, true, 1, "suspend-sales maintain-network", "en:restricts"},
		{"cogent", "withdraws", false, true, 1, "terminate-services", "en:withdraws"},
		{"smallco", "stays", false, false, 1, "", "en:stays"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			p := s.Provider(tc.id)
			if p == nil {
				t.Fatal("no provider")
			}
			if p.Stance != tc.stance || p.Disagreement != tc.disagreement || p.Registered != tc.registered || len(p.Reports) != tc.reports {
				t.Errorf("got stance %s disagreement %v registered %v reports %d", p.Stance, p.Disagreement, p.Registered, len(p.Reports))
			}
			var ms []string
			for _, m := range p.Measures {
				ms = append(ms, m.Measure.ID)
			}
			if got := strings.Join(ms, " "); got != tc.measures {
				t.Errorf("measures %q, want %q", got, tc.measures)
			}
			var bl []string
			for _, l := range s.Languages {
				if v, ok := p.StanceByLang[l]; ok {
					bl = append(bl, l+":"+v)
				}
			}
			if got := strings.Join(bl, " "); got != tc.byLang {
				t.Errorf("by language %q, want %q", got, tc.byLang)
			}
		})
	}
	if s.Provider("draftco") != nil {
		t.Error("a draft's provider was published")
	}
	cf := s.Provider("cloudflare")
	if cf.Reports[0].Article.Lang != "en" || cf.LastDate != "2022-03-09" {
		t.Errorf("timeline not oldest first / last date %q", cf.LastDate)
	}
	if len(cf.Quotes) != 3 {
		t.Errorf("cloudflare quotes = %d, want 3", len(cf.Quotes))
	}
	if len(cf.Related) == 0 || cf.Related[0].Provider.ID != "akamai" {
		t.Errorf("cloudflare related = %+v, want akamai first (shared measure, same article)", cf.Related)
	}
	if sp := s.Speakers; len(sp) != 1 || sp[0].Slug != "matthew-prince" || sp[0].Role != "CEO" || sp[0].Organisation != cf {
		t.Errorf("speakers = %+v", sp)
	}
}

func TestEvidenceAnchors(t *testing.T) {
	s := fixture(t)
	id := regexp.MustCompile(`^(ev|q)-[0-9a-f]{8}$`)
	for _, a := range s.Articles {
		seen := map[string]bool{}
		for _, an := range a.Anchors {
			if !id.MatchString(an.ID) || seen[an.ID] {
				t.Errorf("%s: bad or duplicate anchor %q", a.Path, an.ID)
			}
			seen[an.ID] = true
		}
		for _, r := range a.Reports {
			for _, e := range r.Evidence {
				if e.Found != seen[e.ID] {
					t.Errorf("%s: evidence %q found=%v but anchored=%v", a.Path, e.Text, e.Found, seen[e.ID])
				}
				if !e.Found && strings.Contains(e.Link(), "#") {
					t.Errorf("%s: unfound evidence links to a fragment", a.Path)
				}
			}
		}
	}
	ak := s.Provider("akamai").Reports[0]
	if ev := ak.MeasureEvidence("maintain-network"); len(ev) != 1 || ev[0].Found {
		t.Errorf("evidence absent from the body should be Found=false: %+v", ev)
	}
	// A sentence across markdown emphasis and a link still matches.
	sm := s.Provider("smallco").Reports[0].Evidence[0]
	if !sm.Found {
		t.Error("evidence spanning a markdown link not found")
	}
	if AnchorID("ev", "A  “quoted”   sentence.") != AnchorID("ev", "a \"quoted\" sentence.") {
		t.Error("anchor ids must not depend on spacing, case or quote style")
	}
}

func TestPathsAndOrder(t *testing.T) {
	s := fixture(t)
	if got := s.Articles[0].Path; got != "nl/artikelen/cloudflare-blijft/" {
		t.Errorf("newest article first: got %s", got)
	}
	tests := []struct{ got, want string }{
		{s.Provider("cogent").Path("nl"), "nl/aanbieders/cogent/"},
		{s.Measure("suspend-sales").Path("nl"), "nl/maatregelen/suspend-sales/"},
		{s.Stance("stays").Path("en"), "en/stances/stays/"},
		{CompareStance("nl", "stays"), "nl/vergelijk/houding/stays/"},
		{CompareLang("en", "nl"), "en/compare/lang/nl/"},
		{Paged(Index("nl", KindQuotes), "nl", 2), "nl/citaten/pagina/2/"},
		{Paged(Index("en", KindQuotes), "en", 1), "en/quotes/"},
		{Index("nl", KindAbout), "nl/over/"},
		{s.Sources[0].Path("nl"), "nl/bronnen/data-news-knack/"},
		{File("en/"), "en/index.html"},
		{File(""), "index.html"},
		{File("en/feed.xml"), "en/feed.xml"},
		{Paths{Base: "/sub/path/"}.URL("en/"), "/sub/path/en/"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestURLTable checks that every kind has a segment in every language
// and that no two kinds share one (which would merge two pages).
func TestURLTable(t *testing.T) {
	kinds := segments["en"]
	for lang, table := range segments {
		if len(table) != len(kinds) {
			t.Errorf("%s has %d segments, en %d", lang, len(table), len(kinds))
		}
		seen := map[string]Kind{}
		for k, seg := range table {
			if seg == "" || seg != Slugify(seg) {
				t.Errorf("%s/%s: segment %q is not a clean slug", lang, k, seg)
			}
			top := k != KindStanceFilter && k != KindLangFilter && k != KindPage
			if prev, dup := seen[seg]; dup && top {
				t.Errorf("%s: %s and %s share %q", lang, k, prev, seg)
			}
			if top {
				seen[seg] = k
			}
		}
	}
}

func TestConsolidate(t *testing.T) {
	rank := map[string]int{"withdraws": 0, "suspends": 1, "restricts": 2, "stays": 3, "unclear": 4}
	mk := func(stances ...string) []*Report {
		var out []*Report
		for _, s := range stances {
			out = append(out, &Report{Stance: s})
		}
		return out
	}
	tests := []struct {
		in       []string
		want     string
		disagree bool
	}{
		{nil, "", false},
		{[]string{"unclear"}, "unclear", false},
		{[]string{"unclear", "unclear", "stays"}, "stays", false},
		{[]string{"stays", "restricts", "stays"}, "stays", true},
		{[]string{"stays", "restricts"}, "restricts", true}, // tie: newest wins
		{[]string{"restricts", "stays"}, "stays", true},
		{[]string{"withdraws", "withdraws"}, "withdraws", false},
	}
	for _, tc := range tests {
		got, _, dis := consolidate(mk(tc.in...), rank)
		if got != tc.want || dis != tc.disagree {
			t.Errorf("%v: got %s/%v, want %s/%v", tc.in, got, dis, tc.want, tc.disagree)
		}
	}
}

func TestBuildErrors(t *testing.T) {
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	dup := []*content.Article{{Path: "a.md", Slug: "x", Lang: "en"}, {Path: "b.md", Slug: "x", Lang: "en"}}
	if _, err := Build(dup, lx, DefaultConfig()); !errors.Is(err, ErrDuplicate) || !strings.Contains(err.Error(), "b.md") {
		t.Errorf("duplicate slug: err = %v", err)
	}
	// The same slug in two languages is two pages, not a clash.
	two := []*content.Article{{Path: "a.md", Slug: "x", Lang: "en"}, {Path: "b.md", Slug: "x", Lang: "nl"}}
	if _, err := Build(two, lx, DefaultConfig()); err != nil {
		t.Errorf("same slug in two languages: %v", err)
	}
	cfg := DefaultConfig()
	cfg.BaseURL = "/no-slash"
	if _, err := Build(nil, lx, cfg); !errors.Is(err, ErrConfig) {
		t.Errorf("bad base url: err = %v", err)
	}
}

func TestLoadConfig(t *testing.T) {
	dir := t.TempDir()
	write := func(name, data string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cfg, err := LoadConfig(filepath.Join(dir, "missing.yaml"))
	if err != nil || cfg.BaseURL != "/" || cfg.DefaultLanguage != "en" || len(cfg.Languages) != 2 {
		t.Errorf("missing file: %+v, %v", cfg, err)
	}
	cfg, err = LoadConfig(write("ok.yaml", "base_url: https://u.github.io/repo/\ntitle:\n  nl: Titel\ncname: example.org\naccuracy:\n  stance: \"0.9\"\n"))
	if err != nil || cfg.BaseURL != "https://u.github.io/repo/" || cfg.Title["nl"] != "Titel" || cfg.Title["en"] == "" || cfg.CNAME != "example.org" || !cfg.Absolute() || cfg.Accuracy["stance"] != "0.9" {
		t.Errorf("ok file: %+v, %v", cfg, err)
	}
	cfg, err = LoadConfig(write("trust.yaml", "publisher: ' Newsroom '\ncorrections: desk@example.org\n"))
	if err != nil || cfg.Publisher != "Newsroom" || cfg.CorrectionsLink() != "mailto:desk@example.org" {
		t.Errorf("trust keys: %+v, %v", cfg, err)
	}
	tests := []struct{ name, data, want string }{
		{"unknown key", "base_url: /\nbogus: 1\n", "unknown.yaml:2: "},
		{"no trailing slash", "base_url: /repo\n", "no-trailing-slash.yaml:1: base_url"},
		{"default not in languages", "languages: [nl]\n", "default-not-in-languages.yaml:1: default_language"},
		{"unknown language", "languages: [en, fr]\n", "no URL table"},
		{"protocol-relative base", "base_url: //evil.example/\n", "not another host"},
		{"backslash base", "base_url: /\\\\evil.example/\n", "not another host"},
		{"javascript base", "base_url: \"javascript:alert(1)//\"\n", "must start with / or http(s)://"},
		{"base with a user", "base_url: https://bank.example@evil.example/\n", "user name"},
		{"javascript corrections", "corrections: \"javascript:alert(1)\"\n", "corrections"},
		{"corrections not an address", "corrections: write to us\n", "corrections"},
	}
	for _, tc := range tests {
		p := write(strings.ReplaceAll(tc.name, " ", "-")+".yaml", tc.data)
		if tc.name == "unknown key" {
			p = write("unknown.yaml", tc.data)
		}
		_, err := LoadConfig(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, ErrConfig) {
			t.Errorf("%s: err = %v, want %q", tc.name, err, tc.want)
		}
	}
}

func TestSlugifyAndFold(t *testing.T) {
	tests := []struct{ got, want string }{
		{Slugify("Data News (Knack)"), "data-news-knack"},
		{Slugify("  Oekraïne—Rusland "), "oekraine-rusland"},
		{Slugify("!!!"), ""},
		{FoldText("  Hello,\n  **World** "), "hello, world"},
		{FoldText("„Zeer beperkt”"), `"zeer beperkt"`},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestBuildRefusesUnsafePaths: whatever reaches Build without going
// through content.Validate (extraction in memory, another caller), an id
// that is not one path segment stops the build before a page is made.
func TestBuildRefusesUnsafePaths(t *testing.T) {
	article := func(slug string, p content.Provider, q content.Quote) *content.Article {
		return &content.Article{Path: "content/en/articles/" + slug + ".md", Slug: slug, Lang: "en", Title: "T",
			Providers: []content.Provider{p}, Quotes: []content.Quote{q}, HasExtraction: true}
	}
	ok := content.Provider{ID: "aws", Stance: "stays"}
	quote := content.Quote{Text: "We stay.", Kind: "direct"}
	tests := []struct {
		name string
		a    *content.Article
		want string
	}{
		{"provider dot-dot", article("a", content.Provider{ID: "..", Stance: "stays"}, quote), `provider id ".."`},
		{"provider climbing out", article("a", content.Provider{ID: "a/../../../x", Stance: "stays"}, quote), `provider id "a/../../../x"`},
		{"measure with a query", article("a", content.Provider{ID: "aws", Stance: "stays", Measures: []string{"m?x=1"}}, quote), `measure id "m?x=1"`},
		{"stance hidden", article("a", content.Provider{ID: "aws", Stance: ".x"}, quote), `stance id ".x"`},
		{"quote provider", article("a", ok, content.Quote{Text: "We stay.", Provider: "#top"}), `provider id "#top"`},
		{"article only dots", article("..", ok, quote), `article slug ".."`},
		{"article with a fragment", article("#frag", ok, quote), `article slug "#frag"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Build([]*content.Article{tc.a}, nil, DefaultConfig())
			if !errors.Is(err, ErrUnsafePath) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("Build error %v, want ErrUnsafePath naming %s", err, tc.want)
			}
		})
	}
	// A source name without a Latin letter or digit gets no page, rather
	// than the sources index's.
	a := article("fine", ok, quote)
	a.Source = content.Source{Name: "—"}
	s, err := Build([]*content.Article{a}, nil, DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Sources) != 0 {
		t.Errorf("sources %v, want none", s.Sources[0].Slug)
	}
}

// TestDrafts: a draft is left out unless Config.Drafts (serve's preview)
// asks for it, and then it is published marked as a draft.
func TestDrafts(t *testing.T) {
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, drafts := range []bool{false, true} {
		cfg := DefaultConfig()
		cfg.Drafts = drafts
		s, err := Build(sitetest.Articles(), lx, cfg)
		if err != nil {
			t.Fatal(err)
		}
		var found *Article
		for _, a := range s.Articles {
			if a.Slug == "draft" {
				found = a
			}
		}
		switch {
		case !drafts && found != nil:
			t.Error("a draft was published without Config.Drafts")
		case drafts && found == nil:
			t.Error("Config.Drafts did not publish the draft")
		case drafts && !found.Draft:
			t.Error("the draft is published without its draft mark")
		case drafts && s.Provider("draftco") == nil:
			t.Error("the draft's provider is missing from the preview")
		}
	}
}
