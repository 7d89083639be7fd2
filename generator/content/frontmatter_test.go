package content

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// golden compares got with testdata/golden/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file:\n--- got ---\n%s\n--- want ---\n%s", name, got, want)
	}
}

func readFixture(t *testing.T, name string) *Article {
	t.Helper()
	a, err := ReadFile(filepath.Join("testdata", "roundtrip", name))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestRoundTripUnchanged(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "roundtrip", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(path, data)
			if err != nil {
				t.Fatal(err)
			}
			out, err := a.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, data) {
				t.Errorf("Marshal changed an unchanged article:\n%s", out)
			}
		})
	}
}

func TestRoundTripEdit(t *testing.T) {
	tests := []struct {
		file, golden string
		edit         func(a *Article)
	}{
		{"commented.md", "commented.providers.md", func(a *Article) {
			a.Providers[1].Stance = "suspends"
			a.Providers = append(a.Providers, Provider{ID: "lumen", Name: "Lumen", Stance: "withdraws",
				Measures: []string{"terminate-services"}, Evidence: []Evidence{{Field: "stance", Text: "Lumen said it will exit Russia: \"for good\"."}}})
		}},
		{"commented.md", "commented.fields.md", func(a *Article) {
			a.Subtitle = "Prince: \"Russia needs more internet access, not less\""
			a.Date = "2022-03-09"
			a.Draft = true
			a.Title = "Cloudflare keeps Russia online"
		}},
		{"commented.md", "commented.author.md", func(a *Article) { a.Author = "Anna Jansen" }},
		{"commented.md", "commented.noextraction.md", func(a *Article) {
			a.HasExtraction, a.Providers, a.Quotes = false, nil, nil
		}},
		{"commented.md", "commented.quotes.md", func(a *Article) {
			a.Quotes = append(a.Quotes, Quote{Text: "Russia needs more internet access, not less.", Speaker: "Matthew Prince", Provider: "cloudflare", Kind: "direct"})
		}},
		{"commented.md", "commented.extra.md", func(a *Article) {
			for i := range a.Extra {
				if a.Extra[i].Key == "tags" {
					a.Extra[i].Value = []any{"cloud", "russia", "ukraine"}
				}
			}
			a.Extra = append(a.Extra, Field{Key: "reviewed_by", Value: "desk"})
			a.Extra = removeExtra(a.Extra, "published")
		}},
		{"commented.md", "commented.body.md", func(a *Article) {
			a.Body = strings.Replace(a.Body, "Tuesday", "Wednesday", 1)
		}},
		{"dates.md", "dates.md", func(a *Article) { a.Date = "2022-03-09" }},
		{"minimal.md", "minimal.md", func(a *Article) {
			a.Lang = "en"
			a.Source = Source{Name: "Het Financieele Dagblad"}
			a.HasExtraction = true
			a.Providers = []Provider{{ID: "aws", Name: "AWS", Stance: "suspends"}}
			a.Extra = append(a.Extra, Field{Key: "layout", Value: "short"})
		}},
		{"crlf.md", "crlf.md", func(a *Article) {
			a.Title = "Changed title"
			a.Subtitle = "New subtitle"
		}},
		{"bom.md", "bom.md", func(a *Article) { a.Date = "2022-03-08" }},
		{"flow.md", "flow.md", func(a *Article) { a.Title = "Changed in a flow mapping"; a.Draft = true }},
		// Dropping the anchor's key makes the alias a copy of its value.
		{"anchors.md", "anchors.md", func(a *Article) {
			a.Extra = removeExtra(a.Extra, "defaults")
			a.Providers = append(a.Providers, Provider{ID: "akamai", Stance: "restricts"})
		}},
		{"indented.md", "indented.md", func(a *Article) { a.Date = "2022-03-08" }},
		{"empty-front.md", "empty-front.md", func(a *Article) { a.Title = "Now with a title"; a.Lang = "nl" }},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			a := readFixture(t, tt.file)
			tt.edit(a)
			out, err := a.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			golden(t, tt.golden, out)
			// The written file reads back as the edited article and is
			// itself a fixed point.
			b, err := Parse(a.Path, out)
			if err != nil {
				t.Fatal(err)
			}
			if d := a.snapshot().diff(b.snapshot()); d != "" {
				t.Errorf("reads back with a different %s", d)
			}
			again, err := b.Marshal()
			if err != nil || !bytes.Equal(again, out) {
				t.Errorf("second Marshal differs (err %v)", err)
			}
		})
	}
}

func removeExtra(fs []Field, key string) []Field {
	var out []Field
	for _, f := range fs {
		if f.Key != key {
			out = append(out, f)
		}
	}
	return out
}

func TestWriteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.md")
	orig := "---\n# keep me\ntitle: x\nlang: en\n---\nBody.\n"
	if err := os.WriteFile(path, []byte(orig), 0o600); err != nil {
		t.Fatal(err)
	}
	a, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a.Draft = true
	if err := a.WriteFile(); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if want := "---\n# keep me\ntitle: x\nlang: en\ndraft: true\n---\nBody.\n"; string(got) != want {
		t.Errorf("wrote %q, want %q", got, want)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", fi.Mode())
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
	if _, err := ReadFile(filepath.Join(t.TempDir(), "missing.md")); err == nil {
		t.Error("no error for a missing file")
	}
}
