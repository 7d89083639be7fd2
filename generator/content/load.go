package content

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// LoadDir loads every <lang>/articles/*.md under root, the folder that
// holds en/ and nl/. It returns the articles that parsed, sorted by path,
// and every error joined, so that one bad file does not hide the others.
func LoadDir(root string) ([]*Article, error) {
	paths, err := ArticlePaths(root)
	if err != nil {
		return nil, err
	}
	var (
		out  []*Article
		errs []error
	)
	for _, p := range paths {
		a, err := ReadFile(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, a)
	}
	return out, errors.Join(errs...)
}

// ArticlePaths lists the article files under root (every
// <lang>/articles/*.md, a symbolic link to a file included), sorted.
func ArticlePaths(root string) ([]string, error) {
	langs, err := os.ReadDir(root)
	if err != nil {
		return nil, err
	}
	var paths []string
	for _, l := range langs {
		if !l.IsDir() {
			continue
		}
		dir := filepath.Join(root, l.Name(), "articles")
		files, err := os.ReadDir(dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			p := filepath.Join(dir, f.Name())
			if strings.HasSuffix(f.Name(), ".md") && isArticleFile(p, f) {
				paths = append(paths, p)
			}
		}
	}
	sort.Strings(paths)
	return paths, nil
}

// isArticleFile is true for a regular file, and for a symbolic link to
// one: an editor who keeps an article elsewhere and links it in expects
// it built (and written through by extract --write, see WritePath).
func isArticleFile(path string, f fs.DirEntry) bool {
	if f.Type().IsRegular() {
		return true
	}
	if f.Type()&fs.ModeSymlink == 0 {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular()
}

// WritePath is the file to replace when writing the article named path:
// path itself, or, for a symbolic link, the file it points to, so that
// the link stays a link and the editor's real file gets the change. A
// link that points nowhere is an error: writing would replace the link.
func WritePath(path string) (string, error) {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return path, nil
	}
	if err != nil {
		return "", err
	}
	if fi.Mode()&fs.ModeSymlink == 0 {
		return path, nil
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", fmt.Errorf("%s is a symbolic link that cannot be followed (%w); fix or remove the link", path, err)
	}
	return target, nil
}
