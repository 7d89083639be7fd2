package build

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsdesk/ruscompare/generator/synth"
)

func TestNewWarnings(t *testing.T) {
	tests := []struct {
		name      string
		old, cur  []string
		wantAdded []string
		wantFixed int
	}{
		{"first build prints all", nil, []string{"a", "b"}, []string{"a", "b"}, 0},
		{"unchanged prints nothing", []string{"a", "b"}, []string{"a", "b"}, nil, 0},
		{"one new", []string{"a"}, []string{"a", "c"}, []string{"c"}, 0},
		{"one fixed", []string{"a", "b"}, []string{"b"}, nil, 1},
		{"fixed and new", []string{"a"}, []string{"b"}, []string{"b"}, 1},
		{"a repeated line counts", []string{"a"}, []string{"a", "a"}, []string{"a"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			added, fixed := NewWarnings(tt.old, tt.cur)
			if !reflect.DeepEqual(added, tt.wantAdded) || fixed != tt.wantFixed {
				t.Errorf("NewWarnings(%q, %q) = %q, %d; want %q, %d", tt.old, tt.cur, added, fixed, tt.wantAdded, tt.wantFixed)
			}
		})
	}
}

func TestIsArticlePath(t *testing.T) {
	tests := []struct {
		path string
		want bool
	}{
		{"src/content/en/articles/a.md", true},
		{"src/content/nl/articles/b.md", true},
		{"src/content/en/articles/.a.md.tmp", false},
		{"src/content/en/articles/a.txt", false},
		{"src/content/data/measures.yaml", false},
		{"src/content/en/articles/sub/a.md", false},
		{"src/templates/article.md", false},
	}
	for _, tt := range tests {
		if got := isArticlePath("src/content", tt.path); got != tt.want {
			t.Errorf("isArticlePath(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

// TestStoppedRenderChangesNothing: a render stopped part way (serve's,
// when the editor saves again) returns ErrStopped and keeps nothing of
// what it made or skipped, so the next render makes what both edits
// reach and matches a session opened afresh, byte for byte.
func TestStoppedRenderChangesNothing(t *testing.T) {
	src := writeCorpus(t, synth.Options{N: 16, Seed: 4, Words: 120})
	o := Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "test", Long: true}
	s, err := Open(o)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RenderMemory(); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(src, "content", "en", "articles", "*.md"))
	for i, f := range files[:2] {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, append(data, fmt.Sprintf("\nAnother closing line, %d.\n", i)...), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := s.Update([]string{f}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			// Stopped after its first question: a body edit renders one
			// page, so a render asks only a few times.
			calls := 0
			_, err := s.RenderMemoryUnless(func() bool { calls++; return calls > 1 })
			if !errors.Is(err, ErrStopped) {
				t.Fatalf("a stopped render returned %v, want ErrStopped", err)
			}
		}
	}
	got, err := s.RenderMemory()
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := Open(o)
	if err != nil {
		t.Fatal(err)
	}
	want, err := fresh.RenderMemory()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d files after a stopped render, %d in a fresh one", len(got), len(want))
	}
	for p, w := range want {
		if !bytes.Equal(got[p], w) {
			t.Fatalf("%s differs after a stopped render", p)
		}
	}
}

// TestTextEdits: a cached model is updated in place only when the same
// articles are there and the changed ones changed their bodies alone.
func TestTextEdits(t *testing.T) {
	parse := func(path, text string) *doc {
		t.Helper()
		data := []byte("---\ntitle: T\nlang: en\ndate: 2024-01-02\nproviders:\n  - id: cloudflare\n    stance: stays\n---\n\n" + text)
		d, err := parseDoc(nil, path, data, Hash(data))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	a, b := parse("a.md", "Cloudflare stays.\n"), parse("b.md", "Cloudflare stays.\n")
	prev := map[string]*doc{"a.md": a, "b.md": b}
	reworded := parse("b.md", "Cloudflare stays, it says.\n")
	front := parse("b.md", "Cloudflare stays.\n")
	front.Article.Title = "Another title"
	front.Hash = "changed"
	for _, c := range []struct {
		name   string
		docs   map[string]*doc
		edited int // -1: the model must be made again
	}{
		{"nothing changed", map[string]*doc{"a.md": a, "b.md": b}, 0},
		{"a body changed", map[string]*doc{"a.md": a, "b.md": reworded}, 1},
		{"a title changed", map[string]*doc{"a.md": a, "b.md": front}, -1},
		{"an article added", map[string]*doc{"a.md": a, "b.md": b, "c.md": parse("c.md", "New.\n")}, -1},
		{"an article gone", map[string]*doc{"a.md": a}, -1},
		{"one gone, one added", map[string]*doc{"a.md": a, "c.md": parse("c.md", "Cloudflare stays.\n")}, -1},
	} {
		got := textEdits(prev, c.docs)
		switch {
		case c.edited < 0 && got != nil:
			t.Errorf("%s: %d edits in place, want the model made again", c.name, len(got))
		case c.edited >= 0 && (got == nil || len(got) != c.edited):
			t.Errorf("%s: edits %v, want %d in place", c.name, got, c.edited)
		}
	}
}
