// Package sitediff compares two builds of a site, for the tests that
// check an incremental build against a full one byte for byte.
package sitediff

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/newsdesk/ruscompare/generator/publish"
)

// Files returns the first difference between two builds in memory (the
// incremental one, got, and the full one, want), or "".
func Files(got, want map[string][]byte) string {
	var paths []string
	for p := range got {
		paths = append(paths, p)
	}
	for p := range want {
		if _, ok := got[p]; !ok {
			paths = append(paths, p)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		g, inGot := got[p]
		w, inWant := want[p]
		switch {
		case !inWant:
			return p + " only in the incremental build"
		case !inGot:
			return p + " only in the full build"
		case !bytes.Equal(g, w):
			return p + " differs: " + firstDifference(g, w)
		}
	}
	return ""
}

// Tree returns the first difference between a published folder and a
// build in memory, or "".
func Tree(dir string, want map[string][]byte) string {
	got := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if rel == publish.Marker {
			return nil // publish's, not the site's: a render into memory has none
		}
		data, err := os.ReadFile(p)
		got[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		return err.Error()
	}
	return Files(got, want)
}

// firstDifference shows where two versions of a file part: a little of
// each around the first byte that differs.
func firstDifference(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	around := func(b []byte) string { return string(b[max(0, i-120):min(len(b), i+120)]) }
	return fmt.Sprintf("at byte %d, incremental:\n%s\nfull:\n%s", i, around(got), around(want))
}
