package build

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsdesk/ruscompare/generator/synth"
)

// TestArticleCacheRoundTrip: an article read back from the cache is the
// one parsed, editors' own keys of every YAML type included; another key
// (lexicon or generator) or a damaged file reads as no cache.
func TestArticleCacheRoundTrip(t *testing.T) {
	src := []byte(`---
title: Cached
lang: en
date: 2022-03-10T09:40:00Z
source: {name: Test, url: "https://example.org/a"}
note: an editor's note
tags: [one, two]
review: {by: someone, when: 2022-03-11, score: 3, ratio: 0.5, done: true, empty: null}
providers:
  - id: cloudflare
    stance: stays
    evidence:
      - field: stance
        text: Cloudflare stays.
---

Cloudflare stays.
`)
	path := filepath.Join(t.TempDir(), "a.md")
	d, err := parseDoc(nil, path, src, Hash(src))
	if err != nil {
		t.Fatal(err)
	}
	cache := filepath.Join(t.TempDir(), "articles.gob")
	if err := saveArticleCache(cache, "key", map[string]*doc{path: d}, nil); err != nil {
		t.Fatal(err)
	}
	got := cachedDocs(cache, "key")
	if got[path] == nil || got[path].Article.Body != "" {
		t.Fatalf("the index read back %+v, want the article without its body", got[path])
	}
	a, err := got[path].withBody()
	if err != nil {
		t.Fatal(err)
	}
	back := *got[path]
	back.Article, back.body = a, nil
	if !reflect.DeepEqual(&back, d) {
		t.Errorf("read back:\n%#v\nwant\n%#v", back.Article, d.Article)
	}
	if len(d.Article.Extra) != 3 {
		t.Errorf("the fixture has %d extra keys, want 3: %+v", len(d.Article.Extra), d.Article.Extra)
	}
	if got := cachedDocs(cache, "other key"); got != nil {
		t.Errorf("another key read %d articles", len(got))
	}
	if err := os.WriteFile(bodiesPath(cache), []byte(bodiesMagic+strings.Repeat("0", 32)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := cachedDocs(cache, "key"); got != nil {
		t.Errorf("an index of another bodies file read %d articles", len(got))
	}
	if err := os.WriteFile(cache, []byte("not gob"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := cachedDocs(cache, "key"); got != nil {
		t.Errorf("a damaged cache read %d articles", len(got))
	}
}

// TestSessionArticleCache: a second session over the same files parses
// none of them, one edit parses one, and a change to the lexicon parses
// them all again; the site is the same whichever way it was read.
func TestSessionArticleCache(t *testing.T) {
	src := writeCorpus(t, synth.Options{N: 20, Seed: 1, Words: 120})
	o := Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "test", ArticleCache: ArticleCachePath(src)}
	open := func(wantParsed int) *Session {
		t.Helper()
		s, err := Open(o)
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Stats().Parsed; got != wantParsed {
			t.Errorf("parsed %d articles, want %d", got, wantParsed)
		}
		return s
	}
	first := open(20)
	again := open(0)
	if len(again.Site().Articles) != len(first.Site().Articles) || again.st.model.Inputs != first.st.model.Inputs {
		t.Error("the cached site differs from the parsed one")
	}
	for p, e := range first.st.model.Articles {
		if !reflect.DeepEqual(again.st.model.Articles[p], e) {
			t.Errorf("%s: %+v from the cache, %+v parsed", p, again.st.model.Articles[p], e)
		}
	}
	files, _ := filepath.Glob(filepath.Join(src, "content", "nl", "articles", "*.md"))
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(files[0], append(data, "\nEen extra zin.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	open(1)
	f, err := os.OpenFile(filepath.Join(src, "content", "data", "measures.yaml"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n# an editor's comment\n")
	f.Close()
	open(20)
}

func TestStaleCache(t *testing.T) {
	docs := func(n int) map[string]*doc {
		m := map[string]*doc{}
		for i := range n {
			m[string(rune('a'+i%26))+strconv.Itoa(i)] = &doc{}
		}
		return m
	}
	all := docs(1000)
	fewer := docs(990)
	tests := []struct {
		name   string
		cached map[string]*doc
		docs   map[string]*doc
		parsed int
		want   bool
	}{
		{"no cache", nil, all, 1000, true},
		{"nothing changed", all, all, 0, false},
		{"one edit", all, all, 1, false},
		{"eight edits", all, all, 8, false},
		{"twenty edits of 1,000", all, all, 20, true},
		{"ten deleted", all, fewer, 0, true},
		{"eight edits of 100", docs(100), docs(100), 8, false},
		{"twelve edits of 100", docs(100), docs(100), 12, true},
	}
	for _, tt := range tests {
		if got := staleCache(tt.cached, tt.docs, tt.parsed); got != tt.want {
			t.Errorf("%s: staleCache = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSessionSkipsUnchangedFiles: files whose size and modification time
// are those the cache read, well before that read, are not read again;
// a file saved since is, and so is one read within a second or two of
// its last save (a second save in the same clock tick could hide).
func TestSessionSkipsUnchangedFiles(t *testing.T) {
	src := writeCorpus(t, synth.Options{N: 12, Seed: 2, Words: 120})
	files, _ := filepath.Glob(filepath.Join(src, "content", "*", "articles", "*.md"))
	long := time.Now().Add(-time.Hour)
	for _, f := range files {
		if err := os.Chtimes(f, long, long); err != nil {
			t.Fatal(err)
		}
	}
	o := Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "test", ArticleCache: ArticleCachePath(src)}
	open := func(what string, wantRead, wantParsed int) {
		t.Helper()
		s, err := Open(o)
		if err != nil {
			t.Fatal(err)
		}
		if st := s.Stats(); st.Read != wantRead || st.Parsed != wantParsed {
			t.Errorf("%s: read %d files and parsed %d, want %d and %d", what, st.Read, st.Parsed, wantRead, wantParsed)
		}
	}
	open("first build", len(files), len(files))
	open("nothing changed", 0, 0)
	data, err := os.ReadFile(files[3])
	if err != nil {
		t.Fatal(err)
	}
	// Saved just now: read, and read again by every build until its
	// time is well before a read (the cache keeps the first read's).
	if err := os.WriteFile(files[3], append(data, "\nOne more line.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	open("one file saved", 1, 1)
	open("the saved file is too recent to trust", 1, 1)
}

// TestArticleCacheAppendsBodies: saving again after one article changed
// appends that body alone (the others stay where they were, and read
// back right); once the dead bodies outweigh the live ones the bodies file
// is written anew under another identity; a body whose span no longer
// holds it is read from the article's file instead.
func TestArticleCacheAppendsBodies(t *testing.T) {
	dir := t.TempDir()
	cache := filepath.Join(dir, "articles.gob")
	article := func(name, body string) *doc {
		t.Helper()
		path := filepath.Join(dir, name+".md")
		data := []byte("---\ntitle: " + name + "\nlang: en\ndate: 2022-03-10\n---\n" + body)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		d, err := parseDoc(nil, path, data, Hash(data))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	docs := map[string]*doc{}
	for _, n := range []string{"a", "b", "c"} {
		d := article(n, strings.Repeat(n+" is an article. ", 40))
		docs[d.Article.Path] = d
	}
	if err := saveArticleCache(cache, "key", docs, nil); err != nil {
		t.Fatal(err)
	}
	id, _ := bodiesID(bodiesPath(cache))
	size := func() int64 {
		fi, err := os.Stat(bodiesPath(cache))
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	before := size()
	loaded := cachedDocs(cache, "key")
	edited := article("b", "b was edited.")
	loaded[edited.Article.Path] = edited
	if err := saveArticleCache(cache, "key", loaded, nil); err != nil {
		t.Fatal(err)
	}
	if got, want := size(), before+int64(len("b was edited.")); got != want {
		t.Errorf("after one edit the bodies file holds %d bytes, want %d (one body appended)", got, want)
	}
	if got, _ := bodiesID(bodiesPath(cache)); got != id {
		t.Errorf("one edit wrote the bodies file anew")
	}
	check := func(what string, want map[string]string) {
		t.Helper()
		got := cachedDocs(cache, "key")
		for name, body := range want {
			d := got[filepath.Join(dir, name+".md")]
			if d == nil {
				t.Fatalf("%s: %s missing from the cache", what, name)
			}
			a, err := d.withBody()
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			if a.Body != body {
				t.Errorf("%s: %s has body %q, want %q", what, name, a.Body, body)
			}
		}
	}
	bodies := map[string]string{"a": strings.Repeat("a is an article. ", 40), "b": "b was edited.", "c": strings.Repeat("c is an article. ", 40)}
	check("after one edit", bodies)

	// Mostly dead bytes: written anew.
	loaded = cachedDocs(cache, "key")
	big := strings.Repeat("A long body. ", 120_000)
	for i := range 3 {
		d := article("a", big+strconv.Itoa(i))
		loaded[d.Article.Path] = d
		if err := saveArticleCache(cache, "key", loaded, nil); err != nil {
			t.Fatal(err)
		}
		loaded = cachedDocs(cache, "key")
	}
	if got, _ := bodiesID(bodiesPath(cache)); got == id {
		t.Errorf("the bodies file was never compacted")
	}
	bodies["a"] = big + "2"
	check("after compaction", bodies)

	// A span overwritten behind the index's back: the file is read.
	loaded = cachedDocs(cache, "key")
	d := loaded[filepath.Join(dir, "c.md")]
	f, err := os.OpenFile(bodiesPath(cache), os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt([]byte("XXXX"), d.body.ref.Off); err != nil {
		t.Fatal(err)
	}
	f.Close()
	check("after damage", bodies)
}

// cachedDocs are the docs of the article cache at path, without a model.
func cachedDocs(path, key string) map[string]*doc {
	docs, _ := loadArticleCache(path, key, "")
	return docs
}
