package build

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"os"
	"time"

	"github.com/newsdesk/ruscompare/generator/publish"
)

// The article cache keeps every parsed, checked and extracted article
// between two builds, by path with its file's content hash, so that a
// build reads every file (to hash it) but parses only those that changed.
// It is valid for one dataKey (the lexicon and the generator): checking
// and extraction depend on both. A missing, stale or unreadable cache is
// ignored, which is never wrong, only slower.

// articleCacheVersion changes when the cached types do.
const articleCacheVersion = 3

type articleCache struct {
	Version int
	Key     string
	Docs    map[string]*doc
}

func init() {
	// The values an editor's own front-matter keys decode to (yaml.v3
	// into any), which gob must know to store them in an interface.
	gob.Register(map[string]any{})
	gob.Register([]any{})
	gob.Register(time.Time{})
}

func loadArticleCache(path, key string) map[string]*doc {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var c articleCache
	if gob.NewDecoder(bufio.NewReaderSize(f, 1<<20)).Decode(&c) != nil || c.Version != articleCacheVersion || c.Key != key {
		return nil
	}
	return c.Docs
}

func saveArticleCache(path, key string, docs map[string]*doc) error {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(articleCache{Version: articleCacheVersion, Key: key, Docs: docs}); err != nil {
		return err
	}
	return publish.WriteFile(path, buf.Bytes())
}
