package cli

import (
	"bytes"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"testing"

	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/synth"
)

// TestIncrementalMatchesFull edits a synthetic site at random (a stance
// changed, a measure dropped, an article deleted, a body changed) and
// checks after every edit that the incremental build's output is byte for
// byte what a full build makes.
func TestIncrementalMatchesFull(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 60-article site a dozen times; skipped with -short")
	}
	lx, err := lexicon.Load(filepath.Join(repoRoot, "content/data"))
	if err != nil {
		t.Fatal(err)
	}
	corpus, err := synth.New(lx)
	if err != nil {
		t.Fatal(err)
	}
	src := t.TempDir()
	if _, err := corpus.Write(src, synth.Options{N: 60, Seed: 7, Words: 250}); err != nil {
		t.Fatal(err)
	}
	build := func(dest string, extra ...string) {
		t.Helper()
		args := append([]string{"build", "--source", src, "--templates", filepath.Join(repoRoot, "templates"),
			"--config", filepath.Join(repoRoot, "site.yaml"), "--destination", dest}, extra...)
		var out, errOut bytes.Buffer
		if code := Main(args, &out, &errOut); code != 0 {
			t.Fatalf("build %v: %s", extra, errOut.String())
		}
	}
	inc := filepath.Join(t.TempDir(), "public")
	build(inc)
	// serve's in-memory build keeps its own state between rebuilds.
	mo := buildOptions{source: src, templates: filepath.Join(repoRoot, "templates"), config: filepath.Join(repoRoot, "site.yaml")}
	st := &memoryState{generator: "test"}
	if _, err := buildMemoryFrom(mo, io.Discard, st); err != nil {
		t.Fatal(err)
	}

	files, _ := filepath.Glob(filepath.Join(src, "content", "*", "articles", "*.md"))
	rng := rand.New(rand.NewPCG(1, 2))
	stance := regexp.MustCompile(`stance: (withdraws|suspends|restricts|stays|unclear)`)
	stances := []string{"withdraws", "suspends", "restricts", "stays", "unclear"}
	for step := 0; step < 6; step++ {
		f := files[rng.IntN(len(files))]
		data, err := os.ReadFile(f)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		switch step % 3 {
		case 0: // another stance for the first company
			data = stance.ReplaceAll(data, []byte("stance: "+stances[rng.IntN(len(stances))]))
		case 1: // a changed body
			data = append(data, []byte("\nA new closing line for this article.\n")...)
		case 2: // the article deleted
			data = nil
		}
		if data == nil {
			os.Remove(f)
		} else if err := os.WriteFile(f, data, 0o644); err != nil {
			t.Fatal(err)
		}
		build(inc)
		full := filepath.Join(t.TempDir(), "public")
		build(full, "--full")
		if diff := compareTrees(inc, full); diff != "" {
			t.Fatalf("step %d (%s): incremental differs from full: %s", step, filepath.Base(f), diff)
		}
		got, err := buildMemoryFrom(mo, io.Discard, st)
		if err != nil {
			t.Fatal(err)
		}
		want, err := buildMemory(mo, io.Discard)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got.Files, want.Files) {
			t.Fatalf("step %d: serve's incremental build differs from a full one", step)
		}
	}
}

// compareTrees returns the first difference between two folders, or "".
func compareTrees(a, b string) string {
	seen := map[string]bool{}
	var diff string
	filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || diff != "" {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		seen[rel] = true
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil {
			diff = rel + " only in the incremental build"
		} else if !bytes.Equal(x, y) {
			diff = rel + " differs"
		}
		return nil
	})
	if diff != "" {
		return diff
	}
	filepath.WalkDir(b, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || diff != "" {
			return err
		}
		if rel, _ := filepath.Rel(b, p); !seen[rel] {
			diff = rel + " only in the full build"
		}
		return nil
	})
	return diff
}

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
