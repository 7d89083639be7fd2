package build

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestPlan(t *testing.T) {
	base := Manifest{Version: version, Inputs: "in", Articles: map[string]Entry{
		"a.md": {Hash: "1", Deps: []string{"en/articles/a/", "en/providers/x/", "nl/aanbieders/x/"}},
		"b.md": {Hash: "2", Deps: []string{"en/articles/b/", "en/providers/y/"}},
	}}
	clone := func(m Manifest) Manifest {
		c := Manifest{Version: m.Version, Inputs: m.Inputs, Articles: map[string]Entry{}}
		for k, v := range m.Articles {
			c.Articles[k] = v
		}
		return c
	}
	edited := clone(base)
	edited.Articles["a.md"] = Entry{Hash: "1b", Deps: []string{"en/articles/a/", "en/providers/z/"}}
	removed := clone(base)
	delete(removed.Articles, "b.md")
	listed := clone(base)
	listed.Articles["a.md"] = Entry{Hash: "1", Listed: "L1", Page: "en/articles/a/", Deps: base.Articles["a.md"].Deps}
	bodyEdited := clone(listed)
	bodyEdited.Articles["a.md"] = Entry{Hash: "1b", Listed: "L1", Page: "en/articles/a/", Deps: base.Articles["a.md"].Deps}
	listedEdited := clone(listed)
	listedEdited.Articles["a.md"] = Entry{Hash: "1b", Listed: "L2", Page: "en/articles/a/", Deps: base.Articles["a.md"].Deps}
	otherInputs := clone(base)
	otherInputs.Inputs = "in2"

	cases := []struct {
		name      string
		prev, cur Manifest
		full      bool
		changed   []string
		wants     []string // paths to render
		wantsNot  []string // paths to keep
	}{
		{"no manifest yet", Manifest{}, base, true, nil, []string{"en/articles/b/"}, nil},
		{"templates changed", base, otherInputs, true, nil, []string{"en/articles/b/"}, nil},
		{"nothing changed: nothing to make", base, clone(base), false, nil,
			nil, []string{"en/index.html", "sitemap.xml", "en/providers/index.html", "en/articles/a/index.html", "en/providers/x/index.html", "en/providers/x/feed.xml", "en/providers/x/page/2/index.html"}},
		{"a body edit that keeps the listings: its page alone", listed, bodyEdited, false, []string{"a.md"},
			[]string{"en/articles/a/index.html"},
			[]string{"en/articles/a/card.png", "en/providers/x/index.html", "nl/aanbieders/x/index.html", "en/index.html", "sitemap.xml", "en/articles/b/index.html"}},
		{"a body edit that changes the listings: its companies too", listed, listedEdited, false, []string{"a.md"},
			[]string{"en/articles/a/index.html", "en/articles/a/card.png", "en/providers/x/index.html", "nl/aanbieders/x/index.html", "en/index.html"},
			[]string{"en/articles/b/index.html", "en/providers/y/index.html"}},
		{"one article edited: its old and new companies", base, edited, false, []string{"a.md"},
			[]string{"en/articles/a/index.html", "en/providers/x/index.html", "nl/aanbieders/x/index.html", "en/providers/z/feed.xml", "en/index.html"},
			[]string{"en/articles/b/index.html", "en/providers/y/index.html"}},
		{"a company's related list changed", base, func() Manifest {
			m := clone(base)
			m.Signatures = map[string]string{"en/providers/y/": "other"}
			return m
		}(), false, nil, []string{"en/providers/y/index.html"}, []string{"en/articles/b/index.html"}},
		{"an article removed", base, removed, false, []string{"b.md"},
			[]string{"en/articles/b/index.html", "en/providers/y/index.html"}, []string{"en/articles/a/index.html"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := NewPlan(c.prev, c.cur)
			if p.Full != c.full {
				t.Fatalf("Full = %v, want %v", p.Full, c.full)
			}
			if !c.full && !reflect.DeepEqual(p.Changed, c.changed) {
				t.Errorf("Changed = %v, want %v", p.Changed, c.changed)
			}
			for _, w := range c.wants {
				if !p.Wants(w) {
					t.Errorf("Wants(%q) = false, want true", w)
				}
			}
			for _, w := range c.wantsNot {
				if p.Wants(w) {
					t.Errorf("Wants(%q) = true, want false", w)
				}
			}
		})
	}
}

func TestSaveLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "manifest.gob")
	m := Manifest{Version: version, Inputs: "x", Articles: map[string]Entry{
		"a.md": {Hash: "h", Deps: []string{"en/articles/a/", "en/providers/x/"}, Listed: "l", Page: "en/articles/a/"},
		"b.md": {Hash: "h2", Deps: []string{"en/providers/x/"}},
	}, Outputs: []string{"en/index.html"}, Signatures: map[string]string{"en/providers/x/": "s"}, Pages: map[string]string{"en/index.html": "p"}}
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	if got := LoadManifest(path); !reflect.DeepEqual(got, m) {
		t.Errorf("Load = %+v\nwant %+v", got, m)
	}
	if err := os.WriteFile(path, []byte("{not gob"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := LoadManifest(path); got.Inputs != "" {
		t.Errorf("a broken manifest should load empty, got %+v", got)
	}
}

func TestHashInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a", "1")
	h1, err := HashInputs([]string{dir, filepath.Join(dir, "missing")}, "base=/")
	if err != nil {
		t.Fatal(err)
	}
	h2, _ := HashInputs([]string{dir}, "base=/")
	if h1 != h2 {
		t.Error("a missing path should count as empty")
	}
	write("a", "2")
	if h3, _ := HashInputs([]string{dir}, "base=/"); h3 == h1 {
		t.Error("changing a file must change the hash")
	}
	if h4, _ := HashInputs([]string{dir}, "base=/sub/"); h4 == h1 {
		t.Error("changing an option must change the hash")
	}
}

func TestPruneManifestsKeepsNewest(t *testing.T) {
	dir := t.TempDir()
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 12 {
		name := filepath.Join(dir, fmt.Sprintf("build-%02d.gob", i))
		if err := os.WriteFile(name, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(name, base, base.Add(time.Duration(i)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	other := filepath.Join(dir, "articles.gob")
	os.WriteFile(other, nil, 0o644)
	// A manifest of the JSON format before: never read again.
	oldFormat := filepath.Join(dir, "build-00.json")
	os.WriteFile(oldFormat, []byte("{}"), 0o644)
	PruneManifests(dir, 8)
	if _, err := os.Stat(oldFormat); err == nil {
		t.Error("a manifest of the old format was kept")
	}
	left, _ := filepath.Glob(filepath.Join(dir, "build-*.gob"))
	want := []string{}
	for i := 4; i < 12; i++ {
		want = append(want, filepath.Join(dir, fmt.Sprintf("build-%02d.gob", i)))
	}
	if !slices.Equal(left, want) {
		t.Errorf("left %v, want the 8 newest %v", left, want)
	}
	if _, err := os.Stat(other); err != nil {
		t.Errorf("the article cache went too: %v", err)
	}
}

// TestFileHashCache: the generator's hash is read from the cache for the
// same file, well after its last change, and made again when the file
// changes or changed just now.
func TestFileHashCache(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "generator")
	cacheDir := filepath.Join(dir, ".cache")
	long := time.Now().Add(-time.Hour)
	write := func(data string, at time.Time) {
		t.Helper()
		if err := os.WriteFile(exe, []byte(data), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(exe, at, at); err != nil {
			t.Fatal(err)
		}
	}
	cached := func() bool {
		_, err := os.Stat(filepath.Join(cacheDir, "generator-hash"))
		return err == nil
	}
	write("version one", time.Now())
	if got := fileHash(exe, cacheDir); got != Hash([]byte("version one")) || cached() {
		t.Errorf("a file changed just now: hash %s, cached %v; want its hash, not cached", got, cached())
	}
	write("version one", long)
	if got := fileHash(exe, cacheDir); got != Hash([]byte("version one")) || !cached() {
		t.Errorf("an old file: hash %s, cached %v; want its hash, cached", got, cached())
	}
	// The cache is what answers now: a file of the same size and time
	// with other bytes would get the cached hash, so overwrite the cache
	// to see that it is read.
	key, _, _ := strings.Cut(readString(t, filepath.Join(cacheDir, "generator-hash")), "\n")
	fake := strings.Repeat("f", 64)
	if err := os.WriteFile(filepath.Join(cacheDir, "generator-hash"), []byte(key+"\n"+fake), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := fileHash(exe, cacheDir); got != fake {
		t.Errorf("the same file again: hash %s, want the cached %s", got, fake)
	}
	write("version two, longer", long.Add(time.Minute))
	if got := fileHash(exe, cacheDir); got != Hash([]byte("version two, longer")) {
		t.Errorf("a new version: hash %s, want its own", got)
	}
}

func readString(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
