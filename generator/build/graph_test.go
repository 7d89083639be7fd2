package build

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/newsdesk/ruscompare/generator/synth"
)

// node is a graph with what the site model has: shared and cyclic
// pointers, unexported fields, maps of structs, interfaces, times, nil
// and empty slices, and a function (not kept).
type node struct {
	Name     string
	Next     *node
	Shared   []*node
	byName   map[string]*node
	Values   map[string]any
	When     time.Time
	Empty    []int
	Nil      []int
	Pairs    map[string]pair
	Array    [2]float64
	callback func() string
}

type pair struct {
	A, b string
	N    int8
}

func TestGraphRoundTrip(t *testing.T) {
	a := &node{Name: "a", When: time.Date(2024, 2, 29, 10, 30, 0, 5, time.UTC), Empty: []int{}, Array: [2]float64{1.5, -2}}
	b := &node{Name: "b", Next: a, Values: map[string]any{"n": 3, "f": 0.5, "s": "x", "b": true, "nil": nil,
		"list": []any{"y", 2}, "map": map[string]any{"k": "v"}, "when": time.Date(2022, 3, 11, 0, 0, 0, 0, time.UTC)}}
	a.Next = b // a cycle
	a.Shared = []*node{b, b, a}
	a.byName = map[string]*node{"a": a, "b": b}
	a.Pairs = map[string]pair{"p": {A: "same", b: "same", N: -3}}
	a.callback = func() string { return "not kept" }
	data, err := encodeGraph(a)
	if err != nil {
		t.Fatal(err)
	}
	var got node
	if err := decodeGraph(data, &got); err != nil {
		t.Fatal(err)
	}
	if got.callback != nil {
		t.Error("a function was kept")
	}
	a.callback = nil
	if !reflect.DeepEqual(&got, a) {
		t.Errorf("read back %+v, want %+v", got, *a)
	}
	if got.Next.Next != &got || got.Shared[0] != got.Shared[1] || got.Shared[0] != got.Next || got.byName["a"] != &got {
		t.Error("shared pointers were not kept shared")
	}
	if got.Nil != nil || got.Empty == nil {
		t.Error("nil and empty slices were not told apart")
	}
	// Another type of value: no panic, an error.
	if err := decodeGraph(data, &pair{}); err == nil {
		t.Error("a graph of another type read without error")
	}
	if _, err := encodeGraph(&node{Values: map[string]any{"c": make(chan int)}}); err == nil {
		t.Error("a channel in an interface was encoded")
	}
}

// TestGraphKeepsTheSiteModel: the model read back from the article cache
// is the model made from the articles, field for field.
func TestGraphKeepsTheSiteModel(t *testing.T) {
	src := writeCorpus(t, synth.Options{N: 40, Seed: 3, Words: 120})
	// With an article cache, as when the model is cached: a session
	// without one lets the bodies go while loading, and a body's reader
	// is a func, which the cache does not keep.
	s, err := Open(Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "test",
		ArticleCache: filepath.Join(t.TempDir(), "articles")})
	if err != nil {
		t.Fatal(err)
	}
	want := s.Site()
	data, err := encodeGraph(&cachedModel{Site: want, Manifest: s.st.model, Warnings: s.st.warnings})
	if err != nil {
		t.Fatal(err)
	}
	var got cachedModel
	if err := decodeGraph(data, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Site, want) || !reflect.DeepEqual(got.Manifest, s.st.model) {
		t.Error("the site model read back differs from the one written")
	}
	if len(want.Providers) == 0 || got.Site.Provider(want.Providers[0].ID) != got.Site.Providers[0] {
		t.Error("the model's lookup by id does not find its own companies")
	}
}

// FuzzDecodeGraph: any bytes decode to a value or an error, never a
// panic or a hang.
func FuzzDecodeGraph(f *testing.F) {
	n := &node{Name: "x", Shared: []*node{nil}, Values: map[string]any{"k": []any{1}}}
	n.Next = n
	data, err := encodeGraph(n)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte{1, 1, 200, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		var got node
		_ = decodeGraph(data, &got)
	})
}

// TestDamagedIndexIgnored: an index that is truncated, has a byte
// changed, or is of another format gives no articles and no model.
func TestDamagedIndexIgnored(t *testing.T) {
	src := writeCorpus(t, synth.Options{N: 6, Seed: 2, Words: 80})
	o := Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "test", ArticleCache: ArticleCachePath(src)}
	s, err := Open(o)
	if err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(o.ArticleCache)
	if err != nil {
		t.Fatal(err)
	}
	docs, model := loadArticleCache(o.ArticleCache, s.st.dataKey, s.st.inputs)
	if len(docs) != 6 || model == nil {
		t.Fatalf("the index as written gave %d articles and model %v", len(docs), model != nil)
	}
	// The index holds each article once: the model's articles are the
	// docs' (shareSources).
	for _, a := range model.Site.Articles {
		if a.Src != docs[a.Src.Path].Article {
			t.Errorf("%s: the model's article is a copy of the doc's", a.Src.Path)
		}
	}
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x40
	// A graph whose checksum matches but whose bytes are not a graph.
	forged := binary.BigEndian.AppendUint32([]byte(indexMagic), crc32.ChecksumIEEE([]byte{9, 9, 9}))
	forged = append(forged, 9, 9, 9)
	for name, data := range map[string][]byte{
		"truncated":      good[:len(good)-100],
		"a byte changed": flipped,
		"another format": append([]byte("ruscompare article index 5\n"), good[len(indexMagic):]...),
		"not a graph":    forged,
		"empty":          nil,
	} {
		path := filepath.Join(t.TempDir(), "articles.gob")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Link(bodiesPath(o.ArticleCache), bodiesPath(path)); err != nil {
			t.Fatal(err)
		}
		if docs, model := loadArticleCache(path, s.st.dataKey, s.st.inputs); docs != nil || model != nil {
			t.Errorf("%s: read %d articles and model %v", name, len(docs), model != nil)
		}
	}
	// Other inputs (a template, the configuration): the articles, not the
	// model.
	if docs, model := loadArticleCache(o.ArticleCache, s.st.dataKey, "other inputs"); len(docs) != 6 || model != nil {
		t.Errorf("under other inputs: %d articles and model %v", len(docs), model != nil)
	}
}
