package build

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/newsdesk/ruscompare/generator/internal/sitediff"
	"github.com/newsdesk/ruscompare/generator/publish"
	"github.com/newsdesk/ruscompare/generator/synth"
)

// TestBodyEditRendersItsPageAlone: build after an edit of an article's
// body that keeps what the rest of the site shows of it renders that
// article's page alone (with bodies read from the article cache for no
// other page), and the output is, byte for byte, a full build's; serve's
// session does the same. An edit that changes the article's listings
// (its stance) renders more.
func TestBodyEditRendersItsPageAlone(t *testing.T) {
	src := writeCorpus(t, synth.Options{N: 16, Seed: 5, Words: 120})
	files, _ := filepath.Glob(filepath.Join(src, "content", "en", "articles", "*.md"))
	var edited string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte("\nproviders:")) {
			// Republished, so that the page shows the whole body and a
			// longer body shows no other excerpt.
			edited = f
			if err := os.WriteFile(f, append([]byte("---\nrepublish: true\n"), data[len("---\n"):]...), 0o644); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	if edited == "" {
		t.Fatal("no English article with companies in its front-matter")
	}
	o := Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "test", ArticleCache: ArticleCachePath(src)}
	dest := filepath.Join(t.TempDir(), "public")
	publishOnce := func() Stats {
		t.Helper()
		s, err := Open(o)
		if err != nil {
			t.Fatal(err)
		}
		res, err := s.Publish(dest, false)
		if err != nil {
			t.Fatal(err)
		}
		// The size the build reports without walking the output is the
		// output's.
		if walked, err := publish.TreeSize(dest); err != nil || res.TreeBytes != walked {
			t.Errorf("build says its output holds %d bytes; it holds %d (%v)", res.TreeBytes, walked, err)
		}
		return res.Stats
	}
	full := func() map[string][]byte {
		t.Helper()
		fo := o
		fo.ArticleCache = ""
		s, err := Open(fo)
		if err != nil {
			t.Fatal(err)
		}
		files, err := s.RenderMemory()
		if err != nil {
			t.Fatal(err)
		}
		return files
	}
	serve := o
	serve.ArticleCache, serve.Long = "", true
	session, err := Open(serve)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := session.RenderMemory(); err != nil {
		t.Fatal(err)
	}
	total := publishOnce().Rendered

	edit := func(what string, change func([]byte) []byte, rendered func(int) bool, linked func(int) bool) {
		t.Helper()
		data, err := os.ReadFile(edited)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(edited, change(data), 0o644); err != nil {
			t.Fatal(err)
		}
		want := full()
		if st := publishOnce(); st.Full || !rendered(st.Rendered) || !linked(st.Linked) {
			t.Errorf("%s: build rendered %d files of %d (full %v), made the model from %d articles", what, st.Rendered, total, st.Full, st.Linked)
		}
		if diff := sitediff.Tree(dest, want); diff != "" {
			t.Errorf("%s: build's output differs from a full build: %s", what, diff)
		}
		if err := session.Update([]string{edited}); err != nil {
			t.Fatal(err)
		}
		got, err := session.RenderMemory()
		if err != nil {
			t.Fatal(err)
		}
		if st := session.Stats(); st.Full || !rendered(st.Rendered) {
			t.Errorf("%s: serve rendered %d files of %d (full %v)", what, st.Rendered, total, st.Full)
		}
		if diff := sitediff.Files(got, want); diff != "" {
			t.Errorf("%s: serve's output differs from a full build: %s", what, diff)
		}
	}
	edit("a sentence added to the body", func(b []byte) []byte {
		return append(b, "\nAn editor closes the article with this sentence.\n"...)
	}, func(n int) bool { return n == 1 },
		// The model comes from the article cache, updated in place.
		func(n int) bool { return n == 0 })
	stance := regexp.MustCompile(`stance: [a-z]+`)
	edit("the first company's stance changed", func(b []byte) []byte {
		was := stance.Find(b)
		now := []byte("stance: withdraws")
		if bytes.Equal(was, now) {
			now = []byte("stance: stays")
		}
		return bytes.Replace(b, was, now, 1)
	}, func(n int) bool { return n > 1 && n < total }, func(n int) bool { return n > 0 })
}
