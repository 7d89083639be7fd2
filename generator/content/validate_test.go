package content

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/lexicon"
)

func testLexicon(t *testing.T) *lexicon.Lexicon {
	t.Helper()
	lx, err := lexicon.Load(filepath.Join("testdata", "lexicon"))
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

func TestValidateFile(t *testing.T) {
	path := filepath.Join("testdata", "validate", "content", "nl", "articles", "mixed-up.md")
	a, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		line int
		sev  Severity
		msg  string
	}{
		{3, Error, `lang "en" disagrees with the folder content/nl/`},
		{4, Error, `date "2022-02-30" is not a real date written YYYY-MM-DD`},
		{6, Error, `provider has no id`},
		{9, Error, `unknown stance "leaves"`},
		{10, Error, `confidence 1.5 is outside 0..1`},
		{13, Error, `unknown measure "keep-calm"`},
		{17, Error, `evidence confidence -0.1 is outside 0..1`},
		{18, Error, `provider "cloudflare" listed twice (first on line 8)`},
		{20, Warning, `provider "akamai" has no stance`},
		{22, Error, `quote has no text`},
		{25, Error, `unknown quote kind "paraphrase"`},
		{26, Error, `confidence 2 is outside 0..1`},
		{27, Warning, `quote has no kind`},
	}
	got := Validate(a, testLexicon(t))
	for i := 0; i < max(len(got), len(want)); i++ {
		switch {
		case i >= len(got):
			t.Errorf("missing %s:%d: %s", path, want[i].line, want[i].msg)
		case i >= len(want):
			t.Errorf("unexpected %v", got[i])
		default:
			g, w := got[i], want[i]
			prefix := path + ":" + itoa(w.line) + ": " + w.msg
			if !strings.HasPrefix(g.Error(), prefix) || g.Severity != w.sev || g.Line != w.line {
				t.Errorf("diagnostic %d:\n  %v (%v)\nwant\n  %s (%v)", i, g, g.Severity, prefix, w.sev)
			}
		}
	}
	if !HasErrors(got) {
		t.Error("HasErrors = false")
	}
}

func TestValidateCases(t *testing.T) {
	lx := testLexicon(t)
	tests := []struct {
		name, path, data string
		want             []string // Error() of each diagnostic, as prefixes
	}{
		{"clean", "content/en/articles/a.md",
			"---\ntitle: x\nlang: en\ndate: 2022-03-08\nproviders:\n  - id: cloudflare\n    stance: stays\n    measures: [maintain-network]\n---\n", nil},
		{"no date is fine", "a.md", "---\ntitle: x\nlang: nl\ndate: \"\"\n---\n", nil},
		{"missing lang", "a.md", "---\ntitle: x\n---\n", []string{"a.md:1: lang is missing"}},
		{"unknown lang", "a.md", "---\ntitle: x\nlang: fr\n---\n", []string{`a.md:3: unknown lang "fr"`}},
		{"unknown lang in a lang folder", "content/nl/articles/a.md", "---\nlang: de\n---\n", []string{`content/nl/articles/a.md:2: unknown lang "de"`}},
		{"other folder is not a lang", "content/drafts/articles/a.md", "---\nlang: nl\n---\n", nil},
		{"RFC 3339 date, as Hugo writes it", "a.md", "---\nlang: en\ndate: 2022-03-08T10:00:00Z\n---\n", nil},
		{"RFC 3339 date with offset", "a.md", "---\nlang: en\ndate: 2022-03-08T10:00:00+01:00\n---\n", nil},
		{"date with time but no zone", "a.md", "---\nlang: en\ndate: 2022-03-08T10:00:00\n---\n", []string{`a.md:3: date "2022-03-08T10:00:00" is not a real date`}},
		{"misspelt measure", "a.md", "---\nlang: en\nproviders:\n  - {id: aws, stance: suspends, measures: [suspend-sale]}\n---\n",
			[]string{`a.md:4: unknown measure "suspend-sale": not in the measures of testdata/lexicon; did you mean "suspend-sales"? valid ids: `}},
		{"misspelt stance", "a.md", "---\nlang: en\nproviders:\n  - id: aws\n    stance: suspend\n---\n",
			[]string{`a.md:5: unknown stance "suspend": did you mean "suspends"? valid ids: withdraws, suspends, restricts, stays, unclear`}},
		{"own keys in entries are kept", "a.md", "---\nlang: en\nproviders:\n  - id: aws\n    stance: stays\n    note: checked by phone\n    evidence:\n      - field: stance\n        text: x\n        source: p. 2\nquotes:\n  - text: abc\n    kind: direct\n    who: Prince\n---\n", nil},
		{"own key like a known key", "a.md", "---\nlang: en\nproviders:\n  - id: aws\n    stance: stays\n    stnace: suspends\n---\n",
			[]string{`a.md:6: own key "stnace" in provider is kept as it is, but it is not the stance; did you mean "stance"?`}},
		{"short date", "a.md", "---\nlang: en\n\ndate: 2022-3-8\n---\n", []string{`a.md:4: date "2022-3-8" is not a real date`}},
		{"measure in a flow list", "a.md", "---\nlang: en\nproviders:\n  - {id: aws, stance: suspends, measures: [suspend-sales, nope]}\n---\n",
			[]string{`a.md:4: unknown measure "nope"`}},
		{"stance confidence", "a.md", "---\nlang: en\nproviders:\n  - id: aws\n    stance: suspends\n    stance_confidence: .nan\n---\n",
			[]string{`a.md:6: stance_confidence NaN is outside 0..1`}},
		{"quote kind indirect", "a.md", "---\nlang: en\nquotes:\n  - text: Lumen maakt bekend dat het stopt.\n    kind: indirect\n---\n", nil},
		// Ids and file names become paths of the site (issue 9): each is
		// reported at the line to fix, and nothing is published from it.
		{"provider id dot-dot", "a.md", "---\nlang: en\nproviders:\n  - id: '..'\n    stance: stays\n---\n",
			[]string{`a.md:4: provider id ".." cannot be part of a page address: it is only dots`}},
		{"provider id climbing out", "a.md", "---\nlang: en\nproviders:\n  - stance: stays\n    id: 'a/../../../x'\n---\n",
			[]string{`a.md:5: provider id "a/../../../x" cannot be part of a page address: it contains '/', a path separator`}},
		{"measure id with a query", "a.md", "---\nlang: en\nproviders:\n  - id: aws\n    stance: suspends\n    measures:\n      - suspend-sales\n      - 'x?y=1'\n---\n",
			[]string{`a.md:8: measure id "x?y=1" cannot be part of a page address: it contains '?'`}},
		{"quote provider id", "a.md", "---\nlang: en\nquotes:\n  - text: We stay.\n    kind: direct\n    provider: '#top'\n---\n",
			[]string{`a.md:6: quote provider id "#top" cannot be part of a page address: it contains '#'`}},
		{"file name only dots", "content/en/articles/...md", "---\nlang: en\n---\n",
			[]string{`content/en/articles/...md:1: file name "...md" cannot be published: the slug ".." cannot be part of a page address: it is only dots`}},
		{"file name with a fragment", "content/en/articles/#frag.md", "---\nlang: en\n---\n",
			[]string{`content/en/articles/#frag.md:1: file name "#frag.md" cannot be published: the slug "#frag" cannot be part of a page address: it contains '#'`}},
		{"file name with a query", "content/en/articles/q?x=1.md", "---\nlang: en\n---\n",
			[]string{`content/en/articles/q?x=1.md:1: file name "q?x=1.md" cannot be published: the slug "q?x=1" cannot be part of a page address: it contains '?'`}},
		{"javascript source url", "a.md", "---\nlang: en\nsource:\n  name: X\n  url: 'javascript:alert(1)'\n---\n",
			[]string{`a.md:5: source url "javascript:alert(1)" is not an http(s) URL: the scheme "javascript" is refused`}},
		{"source url in a flow mapping", "a.md", "---\nlang: en\nsource: {name: X, url: 'data:text/html,hi'}\n---\n",
			[]string{`a.md:3: source url "data:text/html,hi" is not an http(s) URL`}},
		{"https source url", "a.md", "---\nlang: en\nsource: {name: X, url: 'https://example.org/a'}\n---\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.path, []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			got := Validate(a, lx)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d diagnostics %v, want %v", len(got), got, tt.want)
			}
			for i, d := range got {
				if !strings.HasPrefix(d.Error(), tt.want[i]) {
					t.Errorf("got %q, want prefix %q", d.Error(), tt.want[i])
				}
			}
		})
	}
}

func TestValidateWithoutLines(t *testing.T) {
	// An article built in memory has no lines; diagnostics still say what
	// is wrong, at the top of the file.
	a := NewArticle("content/en/articles/new.md")
	a.Providers = []Provider{{ID: "aws", Stance: "gone"}}
	got := Validate(a, nil)
	if len(got) != 1 || got[0].Error() != `content/en/articles/new.md:1: unknown stance "gone": valid ids: withdraws, suspends, restricts, stays, unclear` {
		t.Errorf("got %v", got)
	}
}

func TestDiagnosticError(t *testing.T) {
	if got := (Diagnostic{Path: "a.md", Line: 3, Message: "m"}).Error(); got != "a.md:3: m" {
		t.Error(got)
	}
	if got := (Diagnostic{Path: "a.md", Message: "m"}).Error(); got != "a.md: m" {
		t.Error(got)
	}
}

func TestLoadDir(t *testing.T) {
	root := filepath.Join("testdata", "validate", "content")
	arts, err := LoadDir(root)
	if len(arts) != 2 {
		t.Fatalf("loaded %d articles", len(arts))
	}
	if arts[0].Slug != "clean" || arts[1].Slug != "mixed-up" {
		t.Errorf("order: %s, %s", arts[0].Path, arts[1].Path)
	}
	want := filepath.Join(root, "en", "articles", "broken.md") + `:3: draft must be true or false, not "maybe"`
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line != 3 {
		t.Errorf("joined error does not hold the ParseError: %v", err)
	}
	if _, err := LoadDir(filepath.Join("testdata", "nowhere")); err == nil {
		t.Error("no error for a missing root")
	}
}

// TestWriteFileThroughSymlink: an article that is a symbolic link is
// listed, and writing it changes the file it points to, keeping the link;
// a link that points nowhere is an error, not a new file over the link.
func TestWriteFileThroughSymlink(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "en", "articles")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	real := filepath.Join(root, "real.md")
	if err := os.WriteFile(real, []byte("---\ntitle: Old\nlang: en\n---\nBody.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "linked.md")
	if err := os.Symlink("../../real.md", link); err != nil {
		t.Fatal(err)
	}
	paths, err := ArticlePaths(root)
	if err != nil || len(paths) != 1 || paths[0] != link {
		t.Fatalf("ArticlePaths = %v, %v; want the link", paths, err)
	}
	a, err := ReadFile(link)
	if err != nil {
		t.Fatal(err)
	}
	a.Title = "New"
	if err := a.WriteFile(); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", fi.Mode(), err)
	}
	data, err := os.ReadFile(real)
	if err != nil || !strings.Contains(string(data), "title: New") {
		t.Fatalf("the real file was not written: %q %v", data, err)
	}
	if fi, _ := os.Stat(real); fi.Mode().Perm() != 0o600 {
		t.Errorf("the real file's mode became %v", fi.Mode().Perm())
	}

	dangling := filepath.Join(dir, "gone.md")
	if err := os.Symlink("../../nowhere.md", dangling); err != nil {
		t.Fatal(err)
	}
	b := NewArticle(dangling)
	b.Title = "X"
	if err := b.WriteFile(); err == nil || !strings.Contains(err.Error(), "cannot be followed") {
		t.Fatalf("WriteFile through a dangling link: %v", err)
	}
	if fi, err := os.Lstat(dangling); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the dangling link was replaced")
	}
}
