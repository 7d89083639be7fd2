// Command realset checks a real development set (testdata/real/en,
// testdata/real/nl, and the held-out testdata/real2/*, testdata/real3/*,
// testdata/real4/*, testdata/real5/*, testdata/real6/*, testdata/real7/*, testdata/real8/*, testdata/real9/*, testdata/real10/*, testdata/real11/*, testdata/real12/*, testdata/real13/*, testdata/real14/*, testdata/real15/*, testdata/real16/*, testdata/real17/*, testdata/real18/* and testdata/real19/en)
// before `make score-real` scores it. The texts of these
// sets are third-party and git-ignored, so a fresh clone has only the
// manifest and the gold; realset tells the make target which case it is in:
//
//	realset DIR
//
// exit 0: every text the manifest names is present under DIR/texts and its
// sha256 matches; the text paths are printed, one per line, in manifest
// order. exit 3: no text is present; it prints
// "DIR: texts absent (see its README), skipped". exit 1: some texts are
// missing or differ from the manifest (a score on other texts than the gold
// was written for would mislead), or the manifest cannot be read.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// errAbsent says that none of the set's texts is on this machine.
var errAbsent = errors.New("texts absent (see its README), skipped")

// entry is the part of a manifest entry that realset needs.
type entry struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

// readManifest reads DIR/manifest.json. Both halves of the real set use
// {"articles": [...]}; a bare array or {"files": [...]} is accepted too,
// so that a set built by someone else is not refused for its wrapper.
func readManifest(dir string) ([]entry, error) {
	path := filepath.Join(dir, "manifest.json")
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, errAbsent
	}
	if err != nil {
		return nil, err
	}
	var wrapped struct {
		Articles []entry `json:"articles"`
		Files    []entry `json:"files"`
	}
	var entries []entry
	if err := json.Unmarshal(data, &entries); err != nil {
		if err2 := json.Unmarshal(data, &wrapped); err2 != nil {
			return nil, fmt.Errorf("%s: %w", path, err2)
		}
		entries = append(wrapped.Articles, wrapped.Files...)
	}
	if len(entries) == 0 {
		return nil, fmt.Errorf("%s: no entries", path)
	}
	for i, e := range entries {
		if e.File == "" || e.SHA256 == "" {
			return nil, fmt.Errorf("%s: entry %d has no file or no sha256", path, i+1)
		}
	}
	return entries, nil
}

// check returns the paths of the set's texts when all are present and match
// the manifest, errAbsent when none is present, and an error naming every
// missing or differing file otherwise.
func check(dir string) ([]string, error) {
	entries, err := readManifest(dir)
	if err != nil {
		return nil, err
	}
	var paths, problems []string
	missing := 0
	for _, e := range entries {
		path := filepath.Join(dir, "texts", e.File)
		sum, err := fileSHA256(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			missing++
			problems = append(problems, path+": missing")
		case err != nil:
			problems = append(problems, err.Error())
		case !strings.EqualFold(sum, e.SHA256):
			problems = append(problems, fmt.Sprintf("%s: sha256 %s, manifest says %s", path, sum, e.SHA256))
		default:
			paths = append(paths, path)
		}
	}
	if missing == len(entries) {
		return nil, errAbsent
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("%d of %d texts do not match the manifest (see %s):\n%s",
			len(problems), len(entries), filepath.Join(dir, "README.md"), strings.Join(problems, "\n"))
	}
	return paths, nil
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: realset DIR")
		os.Exit(2)
	}
	dir := filepath.Clean(os.Args[1])
	paths, err := check(dir)
	switch {
	case errors.Is(err, errAbsent):
		fmt.Printf("%s: %v\n", dir, err)
		os.Exit(3)
	case err != nil:
		fmt.Fprintf(os.Stderr, "realset: %s: %v\n", dir, err)
		os.Exit(1)
	}
	for _, p := range paths {
		fmt.Println(p)
	}
}
