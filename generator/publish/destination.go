package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Marker is the file every output tree carries: a folder that has it was
// made by a build and may be replaced by the next one; a non-empty folder
// without it is someone's files and is never replaced.
const Marker = ".generator-output"

const markerText = "This folder is made by `generator build` and replaced whole by each build.\n" +
	"Do not keep files of your own here: the next build deletes them.\n"

// DestinationError is a destination a build refuses to write to.
type DestinationError struct {
	Dest string // as the user gave it
	Why  string
}

func (e *DestinationError) Error() string {
	return fmt.Sprintf("refusing destination %s: %s", e.Dest, e.Why)
}

// CheckDestination refuses a destination that a build must not replace:
// the source folder itself, a folder that contains it, a folder inside
// the source's content/, templates/ or .git/, an existing file, or an
// existing non-empty folder without the Marker (not made by a build).
// Symlinks are resolved first, so a link cannot hide any of these.
func CheckDestination(source, dest string) error {
	src, err := resolve(source)
	if err != nil {
		return err
	}
	dst, err := resolve(dest)
	if err != nil {
		return err
	}
	switch {
	case dst == src:
		return &DestinationError{dest, fmt.Sprintf("it is the source folder %s; building into it would delete the site's articles, data and templates", source)}
	case inside(src, dst):
		return &DestinationError{dest, fmt.Sprintf("it contains the source folder %s; building into it would delete the site's articles, data and templates", source)}
	}
	for _, sub := range []string{"content", "templates", ".git"} {
		if d := filepath.Join(src, sub); dst == d || inside(dst, d) {
			return &DestinationError{dest, fmt.Sprintf("it lies inside %s, which holds the site's own files", filepath.Join(source, sub))}
		}
	}
	return checkReplaceable(dest, dst)
}

// checkReplaceable refuses an existing file, and an existing non-empty
// folder without the Marker; abs is dest resolved.
func checkReplaceable(dest, abs string) error {
	st, err := os.Stat(abs)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return &DestinationError{dest, "it is an existing file, not an output folder; a build would delete it"}
	}
	if hasMarker(abs) {
		return nil
	}
	f, err := os.Open(abs)
	if err != nil {
		return err
	}
	defer f.Close()
	if names, _ := f.Readdirnames(1); len(names) == 0 {
		return nil
	}
	return &DestinationError{dest, fmt.Sprintf("it is a folder that is not empty and has no %s file, so no build made it; a build would delete its files. Choose another --destination, or empty the folder yourself (an output of a generator from before the marker existed has to be deleted once)", Marker)}
}

func hasMarker(dir string) bool {
	st, err := os.Lstat(filepath.Join(dir, Marker))
	return err == nil && st.Mode().IsRegular()
}

// inside says whether path lies strictly inside dir (both clean, absolute).
func inside(path, dir string) bool {
	if dir == string(filepath.Separator) {
		return path != dir
	}
	return strings.HasPrefix(path, dir+string(filepath.Separator))
}

// resolve makes path absolute with every symlink resolved, also when its
// last parts do not exist yet (the longest existing prefix is resolved).
func resolve(path string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	rest := ""
	for p := abs; ; p = filepath.Dir(p) {
		if _, err := os.Lstat(p); err == nil {
			real, err := filepath.EvalSymlinks(p)
			if err != nil {
				return "", err
			}
			return filepath.Join(real, rest), nil
		}
		if filepath.Dir(p) == p {
			return abs, nil
		}
		rest = filepath.Join(filepath.Base(p), rest)
	}
}
