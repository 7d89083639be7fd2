package cli

import (
	"bytes"
	"fmt"
	"os"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/publish"
)

// writeArticle writes an article back to its path when its bytes changed,
// through a temporary file and a rename so that an editor's file is never
// left half-written.
func writeArticle(a *content.Article) (bool, error) {
	data, err := a.Marshal()
	if err != nil {
		return false, fmt.Errorf("%s: %w", a.Path, err)
	}
	// A symbolic link is written through: the editor's real file gets
	// the change and the link stays.
	target, err := content.WritePath(a.Path)
	if err != nil {
		return false, err
	}
	old, err := os.ReadFile(target)
	if err == nil && bytes.Equal(old, data) {
		return false, nil
	}
	return true, writeFileAtomic(target, data)
}

func writeFileAtomic(path string, data []byte) error { return publish.WriteFile(path, data) }
