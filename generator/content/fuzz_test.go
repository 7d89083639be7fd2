package content

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse feeds Parse anything: it must not panic, and an article it
// accepts must write back, unchanged and after an edit, to bytes it reads
// again.
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "roundtrip", "*.md"))
	more, _ := filepath.Glob(filepath.Join("testdata", "validate", "content", "*", "articles", "*.md"))
	for _, path := range append(seeds, more...) {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"", "---", "---\n---\n", "---\ntitle: x\n", "---\n- a\n---\n", "---\ndraft: maybe\n---\n",
		"---\nproviders: &p [{id: a}]\nquotes: *p\n---\n", "---\na: &x [*x]\n---\n",
		"---\n? [a]\n: b\n---\n", "---\ntitle: x\n...\ny: 1\n---\n", "\xef\xbb\xbf---\r\ntitle: x\r\n---\r\n",
		"---\n  title: indented\n  lang: en\n---\n", "---\ntitle: |+\n  keep\n\n---\n",
		"---\nproviders:\n  # c\n  - id: a # x\n    note: {k: [1, 2]}\n    evidence:\n      - {field: stance, text: t, page: 2}\nquotes:\n  - text: q\n    who: 'w'\nrejected: {providers: [b], measures: {a: [m]}, quotes: [x]}\nproposed:\n  providers: [a]\n---\nbody\n",
		"---\nproviders:\n  - &p {id: a, stance: stays}\n  - *p\n---\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse("content/en/articles/fuzz.md", data)
		if err != nil {
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("error %T is not a *ParseError: %v", err, err)
			}
			return
		}
		out, err := a.Marshal()
		if err != nil {
			t.Fatalf("Marshal of an unchanged article: %v", err)
		}
		if !bytes.Equal(out, data) {
			t.Fatalf("Marshal of an unchanged article changed it")
		}
		_ = Validate(a, nil)
		// Edit every kind of key: replaced, inserted and removed.
		a.Title += " (edited)"
		a.Draft = !a.Draft
		// A changed entry is patched into its old node (own keys, comments).
		if len(a.Providers) > 0 {
			a.Providers[0].Reviewed = !a.Providers[0].Reviewed
			a.Providers[0].Stance = "stays"
		}
		if len(a.Quotes) > 0 {
			a.Quotes[0].Speaker += " (edited)"
		}
		a.Rejected.Providers = append(a.Rejected.Providers, "fuzz-rejected")
		a.Providers = append(a.Providers, Provider{ID: "fuzz", Stance: "unclear", Measures: []string{"m"}})
		if len(a.Extra) > 0 {
			a.Extra = a.Extra[1:]
		}
		a.Extra = append(a.Extra, Field{Key: "fuzzed", Value: []any{1, "two"}})
		out, err = a.Marshal()
		if err != nil {
			t.Fatalf("Marshal after an edit: %v", err)
		}
		b, err := Parse(a.Path, out)
		if err != nil {
			t.Fatalf("edited article does not parse: %v\n%s", err, out)
		}
		if d := a.snapshot().diff(b.snapshot()); d != "" {
			t.Fatalf("edited article reads back with a different %s", d)
		}
	})
}
