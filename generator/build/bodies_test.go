package build

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/internal/golden"
	"github.com/newsdesk/ruscompare/generator/publish"
	"github.com/newsdesk/ruscompare/generator/synth"
)

// TestPublishOnceReadsBodiesAgain: a session that renders once lets the
// article bodies go before it publishes and reads each again for its
// page; its output matches a session that keeps them (RenderMemory of a
// Long session), after a first build, after a body edit (the model
// updated in place), after a front-matter edit (the model made again)
// and after a change that reloads every article. A file changed behind
// the session's back fails the build, naming the file, rather than
// publishing a page made from another text.
func TestPublishOnceReadsBodiesAgain(t *testing.T) {
	src := writeCorpus(t, synth.Options{N: 12, Seed: 7, Words: 120})
	o := Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "test"}
	s, err := Open(o)
	if err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	files, _ := filepath.Glob(filepath.Join(src, "content", "en", "articles", "*.md"))
	if len(files) < 3 {
		t.Fatalf("test corpus: %d English articles", len(files))
	}
	edit := func(path, old, new string) {
		t.Helper()
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), old) {
			t.Fatalf("%s has no %q", path, old)
		}
		if err := os.WriteFile(path, []byte(strings.Replace(string(data), old, new, 1)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		name   string
		change func() []string // the paths to Update with; nil: none
	}{
		{"first build", func() []string { return nil }},
		{"body edit", func() []string {
			data, err := os.ReadFile(files[0])
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(files[0], append(data, "\nA closing line the editor added.\n"...), 0o644); err != nil {
				t.Fatal(err)
			}
			return files[:1]
		}},
		{"front-matter edit", func() []string {
			edit(files[1], "title: ", "title: Revised ")
			return files[1:2]
		}},
		{"reload", func() []string { return []string{o.Source + "/site.yaml"} }},
	}
	for _, step := range steps {
		if changed := step.change(); changed != nil {
			if err := s.Update(changed); err != nil {
				t.Fatalf("%s: %v", step.name, err)
			}
		}
		if _, err := s.Publish(dest, false); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		for p, d := range s.st.docs {
			if d.Article.Body != "" {
				t.Fatalf("%s: %s still holds its body after Publish", step.name, p)
			}
		}
		kept, err := Open(Options{Source: src, Templates: o.Templates, Config: o.Config, Generator: "test", Long: true})
		if err != nil {
			t.Fatal(err)
		}
		want, err := kept.RenderMemory()
		if err != nil {
			t.Fatal(err)
		}
		got := golden.ReadTree(t, dest)
		delete(got, publish.Marker)
		if len(got) != len(want) {
			t.Fatalf("%s: %d files published, %d rendered with the bodies kept", step.name, len(got), len(want))
		}
		for p, w := range want {
			if !bytes.Equal(got[p], w) {
				t.Fatalf("%s: %s differs from the page rendered with the bodies kept", step.name, p)
			}
		}
	}
	// The file changes after the model was made, unknown to the session.
	edit(files[2], "\n", "\n\n")
	s.last.Inputs = "" // a full render, so its page is made again
	_, err = s.Publish(dest, true)
	if err == nil || !strings.Contains(err.Error(), filepath.Base(files[2])) {
		t.Fatalf("a file changed behind the session: %v, want an error naming it", err)
	}
}
