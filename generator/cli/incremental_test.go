package cli

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"

	"github.com/newsdesk/ruscompare/generator/build"
	"github.com/newsdesk/ruscompare/generator/internal/sitediff"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/publish"
	"github.com/newsdesk/ruscompare/generator/synth"
)

var incrementalSeed = flag.Uint64("incremental.seed", 0, "seed of TestIncrementalMatchesFull's edits (0: from the clock, logged)")

// TestIncrementalMatchesFull edits a synthetic site at random (a stance
// changed, a body changed, an article deleted, an article added) and
// checks after every edit that both incremental paths make, byte for
// byte, what a full build makes: `build` into a folder with its caches in
// SOURCE/.cache/, and serve's session updated in memory. It also checks
// that they are incremental: each parses only the edited file and renders
// fewer files than a full build, so an incremental path that silently
// falls back to a full build fails.
func TestIncrementalMatchesFull(t *testing.T) {
	seed := *incrementalSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("edits from seed %d (rerun with -incremental.seed %d)", seed, seed)
	src := t.TempDir()
	if err := synth.WriteSite(filepath.Join(repoRoot, "content/data"), src, synth.Options{N: 60, Seed: seed % 1000, Words: 250}); err != nil {
		t.Fatal(err)
	}
	o := buildOptions{source: src, templates: filepath.Join(repoRoot, "templates"), config: filepath.Join(repoRoot, "site.yaml")}
	full := func() map[string][]byte {
		t.Helper()
		m, err := buildMemory(o, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		return m.Files
	}
	inc := o
	inc.destination = filepath.Join(t.TempDir(), "public")
	if _, err := publishSite(inc, io.Discard); err != nil {
		t.Fatal(err)
	}
	// serve's session, updated with the changed paths as the watcher
	// names them.
	so := o.session()
	so.Generator, so.Long = "test", true
	session, err := build.Open(so)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := session.RenderMemory(); err != nil {
		t.Fatal(err)
	}
	total := session.Stats().Rendered
	updated := session.Site().Updated

	files, _ := filepath.Glob(filepath.Join(src, "content", "*", "articles", "*.md"))
	rng := rand.New(rand.NewPCG(seed, 2))
	stance := regexp.MustCompile(`stance: (withdraws|suspends|restricts|stays|unclear)`)
	stances := []string{"withdraws", "suspends", "restricts", "stays", "unclear"}
	for step := range 8 {
		f := files[rng.IntN(len(files))]
		data, err := os.ReadFile(f)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		what, changed, before := "", f, data
		switch step % 4 {
		case 0:
			what = "another stance for the first company"
			data = stance.ReplaceAll(data, []byte("stance: "+stances[rng.IntN(len(stances))]))
		case 1:
			what = "a changed body"
			data = append(data, []byte("\nA new closing line for this article.\n")...)
		case 2:
			what = "the article deleted"
			data = nil
		case 3:
			what = "a new article, a copy under another name"
			changed = filepath.Join(filepath.Dir(f), fmt.Sprintf("added-%d.md", step))
			data = bytes.Replace(data, []byte("title: "), []byte("title: Added "), 1)
		}
		if data == nil {
			os.Remove(changed)
		} else if err := os.WriteFile(changed, data, 0o644); err != nil {
			t.Fatal(err)
		}
		want := full()
		// Only a file whose bytes changed is parsed again.
		parsed := 1
		if data == nil || changed == f && bytes.Equal(data, before) {
			parsed = 0
		}

		res, err := publishSite(inc, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		if diff := compareTree(inc.destination, want); diff != "" {
			t.Fatalf("step %d (%s, %s): build's incremental output differs from a full build: %s", step, what, filepath.Base(f), diff)
		}
		// The size build checks against the host's limit, kept in the
		// build cache rather than walked, is the output's.
		if walked, err := publish.TreeSize(inc.destination); err != nil || res.TreeBytes != walked {
			t.Fatalf("step %d (%s): build says its output holds %d bytes; it holds %d (%v)", step, what, res.TreeBytes, walked, err)
		}
		if err := session.Update([]string{changed}); err != nil {
			t.Fatal(err)
		}
		// Every footer shows the site's last update (the newest article
		// date): an edit that moves it changes every page, and only then
		// may a step render as much as a full build.
		moved := session.Site().Updated != updated
		updated = session.Site().Updated
		// build's article cache is written again only once enough of it
		// is stale: the files edited before may be parsed again.
		if !moved {
			assertIncremental(t, fmt.Sprintf("step %d (%s): build", step, what), res.Stats, parsed, step+1, total)
		}

		got, err := session.RenderMemory()
		if err != nil {
			t.Fatal(err)
		}
		if diff := compareFiles(got, want); diff != "" {
			t.Fatalf("step %d (%s, %s): serve's updated session differs from a full build: %s", step, what, filepath.Base(f), diff)
		}
		if !moved {
			assertIncremental(t, fmt.Sprintf("step %d (%s): serve", step, what), session.Stats(), parsed, parsed, total)
		}
		// A body edit of an article whose companies and quotes are in its
		// front-matter changes nothing but that article: serve updates the
		// model in place rather than making it again.
		if step%4 == 1 && bytes.Contains(before, []byte("\nproviders:")) && session.Stats().Linked != 0 {
			t.Fatalf("step %d (%s): serve made the model again (%d articles linked) for a body edit", step, what, session.Stats().Linked)
		}
	}
}

// assertIncremental fails when a build parsed fewer files than were
// edited or more than most, searched the texts of articles it did not
// parse (the model made from scratch), or rendered as much as a full
// build.
func assertIncremental(t *testing.T, what string, st build.Stats, least, most, total int) {
	t.Helper()
	if st.Full || st.Parsed < least || st.Parsed > most || st.Found > st.Parsed || st.Rendered >= total {
		t.Fatalf("%s: not incremental: parsed %d files (want %d to %d), searched the texts of %d, rendered %d of %d, full %v",
			what, st.Parsed, least, most, st.Found, st.Rendered, total, st.Full)
	}
}

// compareFiles returns the first difference between two builds in
// memory, or "".
func compareFiles(got, want map[string][]byte) string { return sitediff.Files(got, want) }

// compareTree returns the first difference between a folder and a build
// in memory, or "".
func compareTree(dir string, want map[string][]byte) string { return sitediff.Tree(dir, want) }

// BenchmarkRebuildOneEdit measures an incremental build after one article
// of a 1,000-article synthetic site changed (the editor's common case).
func BenchmarkRebuildOneEdit(b *testing.B) {
	lx, err := lexicon.Load(filepath.Join(repoRoot, "content/data"))
	if err != nil {
		b.Fatal(err)
	}
	corpus, err := synth.New(lx)
	if err != nil {
		b.Fatal(err)
	}
	src := b.TempDir()
	if _, err := corpus.Write(src, synth.Options{N: 1000, Seed: 3, Bare: -1}); err != nil {
		b.Fatal(err)
	}
	dest := filepath.Join(b.TempDir(), "public")
	args := []string{"build", "--source", src, "--templates", filepath.Join(repoRoot, "templates"),
		"--config", filepath.Join(repoRoot, "site.yaml"), "--destination", dest}
	run := func() {
		var out, errOut bytes.Buffer
		if code := Main(args, &out, &errOut); code != 0 {
			b.Fatalf("build: %s", errOut.String())
		}
	}
	run()
	files, _ := filepath.Glob(filepath.Join(src, "content", "en", "articles", "*.md"))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		f := files[i%len(files)]
		data, _ := os.ReadFile(f)
		os.WriteFile(f, append(data, []byte("\nOne more sentence.\n")...), 0o644)
		b.StartTimer()
		run()
	}
}
