package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsdesk/ruscompare/generator/content"
)

// writeArticle writes an article back to its path when its bytes changed,
// through a temporary file and a rename so that an editor's file is never
// left half-written.
func writeArticle(a *content.Article) (bool, error) {
	data, err := a.Marshal()
	if err != nil {
		return false, fmt.Errorf("%s: %w", a.Path, err)
	}
	old, err := os.ReadFile(a.Path)
	if err == nil && bytes.Equal(old, data) {
		return false, nil
	}
	return true, writeFileAtomic(a.Path, data)
}

func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
