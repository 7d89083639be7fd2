package e2e

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/newsdesk/ruscompare/generator/internal/golden"
)

// readTree maps every file under dir (slash paths) to its bytes.
func readTree(t *testing.T, dir string) map[string][]byte { return golden.ReadTree(t, dir) }

// TestReproducibleBuild builds the committed content twice, into two
// folders, and wants the same files with the same bytes; with Pagefind
// installed, the search index too.
func TestReproducibleBuild(t *testing.T) {
	search := havePagefind()
	if !search {
		t.Log("pagefind is not installed (npm ci): comparing the generator's output only")
	}
	var trees [2]map[string][]byte
	for i := range trees {
		dir := filepath.Join(t.TempDir(), "public")
		buildInto(t, dir, "/", search)
		trees[i] = readTree(t, dir)
	}
	a, b := trees[0], trees[1]
	if len(a) < 100 {
		t.Fatalf("only %d files built", len(a))
	}
	var size int
	for p, data := range a {
		size += len(data)
		other, ok := b[p]
		switch {
		case !ok:
			t.Errorf("%s: only in the first build", p)
		case !bytes.Equal(data, other):
			t.Errorf("%s: differs between two builds (%d and %d bytes)", p, len(data), len(other))
		}
	}
	for p := range b {
		if _, ok := a[p]; !ok {
			t.Errorf("%s: only in the second build", p)
		}
	}
	t.Logf("%d files, %d bytes, identical in both builds", len(a), size)
}
