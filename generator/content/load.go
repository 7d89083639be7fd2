package content

import (
	"errors"
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
// <lang>/articles/*.md), sorted.
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
			if f.Type().IsRegular() && strings.HasSuffix(f.Name(), ".md") {
				paths = append(paths, filepath.Join(dir, f.Name()))
			}
		}
	}
	sort.Strings(paths)
	return paths, nil
}
