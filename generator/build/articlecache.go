package build

import (
	"bytes"
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/publish"
	"github.com/newsdesk/ruscompare/generator/site"
)

// The article cache keeps every parsed, checked and extracted article
// between two builds, by path with its file's content hash, so that a
// build reads every file (to hash it) but parses only those that changed.
// It is valid for one dataKey (the lexicon and the generator): checking
// and extraction depend on both. A missing, stale or unreadable cache is
// ignored, which is never wrong, only slower.
//
// It is two files. The index (articles.gob) holds each article without
// its body: what the site model needs of every article. The bodies, about
// two thirds of the bytes, are in a file of their own
// (articles.gob.bodies) that only grows: a build appends the bodies it
// parsed and the index records where each article's body is. A build
// decodes the index and reads, later, the bodies of only the pages it
// renders (doc.body), so that a rebuild after one edit neither decodes
// nor holds the text of ten thousand articles. When most of the bodies
// file is bodies no index names any more, it is written again compacted.
//
// The index also keeps the site model made from its articles (Model),
// valid for one set of the other inputs (templates, data, configuration:
// state.inputs): a build whose edits changed bodies alone updates that
// model in place (state.updateTexts) rather than make it again from ten
// thousand articles, which was half of a rebuild's time. The index is
// written with the graph codec (graph.go), which keeps the model's
// shared pointers, behind a header that names the format and a checksum
// of the rest: a damaged, truncated or foreign index is ignored.

// articleCacheVersion changes when the cached types do.
const articleCacheVersion = 6

type articleCache struct {
	Version int
	Key     string
	// Bodies is the identity of the bodies file the offsets are into
	// (its header): a bodies file written again since (compacted) has
	// another, and the index is then ignored.
	Bodies string
	Docs   map[string]cachedDoc
	// Model is the site model made from Docs, or nil.
	Model *cachedModel
}

// cachedModel is a session's model as the index keeps it: made from the
// index's docs, under the inputs Inputs (state.inputs).
type cachedModel struct {
	Inputs string
	Site   *site.Site
	// Manifest is state.model; Warnings are state.warnings.
	Manifest Manifest
	Warnings []string
}

// indexMagic starts an index file, followed by the CRC-32 of the rest
// (4 bytes, big-endian) and the encoded articleCache.
const indexMagic = "ruscompare article index 6\n"

// cachedDoc is a doc as the index keeps it: without its article's body,
// which is at Body in the bodies file.
type cachedDoc struct {
	Doc  *doc
	Body bodyRef
}

// bodyRef is where an article's body is in the bodies file, with the
// CRC-32 of its bytes, so that a damaged or overwritten span is noticed.
type bodyRef struct {
	Off, Len int64
	Sum      uint32
}

// bodySource is where a doc loaded from the cache without its body reads
// it when a page needs it.
type bodySource struct {
	file string // the bodies file
	ref  bodyRef
	id   string // the bodies file's identity when the index was read
}

// bodiesPath is the bodies file of the index at path.
func bodiesPath(path string) string { return path + ".bodies" }

// bodiesMagic starts the header line of a bodies file, followed by its
// identity.
const bodiesMagic = "ruscompare article bodies "

// bodiesHeaderLen is the length of a bodies file's header line: the
// magic, 32 hex digits of identity and a newline.
const bodiesHeaderLen = len(bodiesMagic) + 32 + 1

// bodiesID reads the identity in the header of the bodies file.
func bodiesID(file string) (string, error) {
	f, err := os.Open(file)
	if err != nil {
		return "", err
	}
	defer f.Close()
	head := make([]byte, bodiesHeaderLen)
	if _, err := io.ReadFull(f, head); err != nil {
		return "", err
	}
	id, ok := strings.CutPrefix(strings.TrimSuffix(string(head), "\n"), bodiesMagic)
	if !ok || head[len(head)-1] != '\n' {
		return "", errors.New("not a bodies file")
	}
	return id, nil
}

// loadArticleCache reads the index: every doc without its body, which
// the doc reads from the bodies file when asked (loadBody), and the site
// model made from them when it was made under inputs (else nil).
func loadArticleCache(path, key, inputs string) (map[string]*doc, *cachedModel) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil
	}
	var c articleCache
	if !readIndex(data, &c) || c.Version != articleCacheVersion || c.Key != key {
		return nil, nil
	}
	bodies := bodiesPath(path)
	if id, err := bodiesID(bodies); err != nil || id != c.Bodies {
		return nil, nil
	}
	docs := make(map[string]*doc, len(c.Docs))
	for p, cd := range c.Docs {
		if cd.Doc == nil || cd.Doc.Article == nil {
			return nil, nil
		}
		cd.Doc.body = &bodySource{file: bodies, ref: cd.Body, id: c.Bodies}
		docs[p] = cd.Doc
	}
	if m := c.Model; m == nil || m.Inputs != inputs || m.Site == nil || len(m.Manifest.Articles) > len(docs) {
		return docs, nil
	}
	return docs, c.Model
}

// readIndex decodes an index file into c; false when it is not one
// (another format, a checksum that does not match, a damaged graph).
func readIndex(data []byte, c *articleCache) bool {
	rest, ok := bytes.CutPrefix(data, []byte(indexMagic))
	if !ok || len(rest) < 4 {
		return false
	}
	sum, body := binary.BigEndian.Uint32(rest), rest[4:]
	return crc32.ChecksumIEEE(body) == sum && decodeGraph(body, c) == nil
}

// loadBody reads the body of a doc that came from the cache without it.
// When the bodies file no longer has it (another build compacted the
// file meanwhile), the article's file is parsed again: it is the one the
// doc was made from as long as its content hash is.
func (d *doc) loadBody() (string, error) {
	if d.body == nil {
		return d.Article.Body, nil
	}
	if body, err := d.body.read(); err == nil {
		return body, nil
	}
	data, err := os.ReadFile(d.Article.Path)
	if err != nil {
		return "", err
	}
	if Hash(data) != d.Hash {
		return "", fmt.Errorf("%s: changed during the build; build again", d.Article.Path)
	}
	a, err := content.Parse(d.Article.Path, data)
	if err != nil {
		return "", err
	}
	return strings.Clone(a.Body), nil
}

func (b *bodySource) read() (string, error) {
	f, err := os.Open(b.file)
	if err != nil {
		return "", err
	}
	defer f.Close()
	head := make([]byte, bodiesHeaderLen)
	if _, err := io.ReadFull(f, head); err != nil || string(head) != bodiesMagic+b.id+"\n" {
		return "", errors.New("the bodies file was replaced")
	}
	buf := make([]byte, b.ref.Len)
	if _, err := f.ReadAt(buf, b.ref.Off); err != nil {
		return "", err
	}
	if crc32.ChecksumIEEE(buf) != b.ref.Sum {
		return "", errors.New("a body in the bodies file does not match its checksum")
	}
	return string(buf), nil
}

// saveArticleCache writes the index of docs. The bodies of docs read from
// the cache stay where they are in the bodies file; the others (the
// articles parsed by this build) are appended to it in one write. When
// the bodies no doc names any more would outweigh the others, the bodies
// file is written anew, compacted, under a new identity.
func saveArticleCache(path, key string, docs map[string]*doc, model *cachedModel) error {
	bodies := bodiesPath(path)
	id, err := bodiesID(bodies)
	var size int64
	if err == nil {
		if fi, err := os.Stat(bodies); err == nil {
			size = fi.Size()
		}
	}
	var live int64
	var fresh []string
	index := articleCache{Version: articleCacheVersion, Key: key, Docs: make(map[string]cachedDoc, len(docs))}
	for p, d := range docs {
		if d.body != nil && d.body.id == id && id != "" {
			index.Docs[p] = cachedDoc{Doc: withoutBody(d), Body: d.body.ref}
			live += d.body.ref.Len
			continue
		}
		fresh = append(fresh, p)
	}
	if id == "" || size-int64(bodiesHeaderLen)-live > live+int64(1<<20) {
		// No usable bodies file, or mostly dead bytes: every body anew.
		return writeCompacted(path, key, docs, model)
	}
	var buf bytes.Buffer
	refs := make(map[string]bodyRef, len(fresh))
	slices.Sort(fresh)
	for _, p := range fresh {
		body, err := docs[p].loadBody()
		if err != nil {
			return err
		}
		refs[p] = bodyRef{Off: int64(buf.Len()), Len: int64(len(body)), Sum: crc32.ChecksumIEEE([]byte(body))}
		buf.WriteString(body)
	}
	if buf.Len() > 0 {
		end, err := appendBodies(bodies, id, buf.Bytes())
		if err != nil {
			return err
		}
		start := end - int64(buf.Len())
		for p, r := range refs {
			r.Off += start
			refs[p] = r
		}
	}
	for p, r := range refs {
		index.Docs[p] = cachedDoc{Doc: withoutBody(docs[p]), Body: r}
	}
	index.Bodies = id
	return writeIndex(path, index, model)
}

// appendBodies appends data to the bodies file with identity id in one
// write (O_APPEND: builds into other destinations may append to the same
// file at once) and returns the offset just after it.
func appendBodies(file, id string, data []byte) (int64, error) {
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	if got, err := bodiesID(file); err != nil || got != id {
		return 0, errors.New("the bodies file was replaced")
	}
	if _, err := f.Write(data); err != nil {
		return 0, err
	}
	end, err := f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, err
	}
	return end, f.Close()
}

// writeCompacted writes a new bodies file holding every doc's body, then
// the index into it.
func writeCompacted(path, key string, docs map[string]*doc, model *cachedModel) error {
	var raw [16]byte
	if _, err := rand.Read(raw[:]); err != nil {
		return err
	}
	id := hex.EncodeToString(raw[:])
	var buf bytes.Buffer
	buf.WriteString(bodiesMagic + id + "\n")
	index := articleCache{Version: articleCacheVersion, Key: key, Bodies: id, Docs: make(map[string]cachedDoc, len(docs))}
	for _, p := range slices.Sorted(maps.Keys(docs)) {
		d := docs[p]
		body, err := d.loadBody()
		if err != nil {
			return err
		}
		ref := bodyRef{Off: int64(buf.Len()), Len: int64(len(body)), Sum: crc32.ChecksumIEEE([]byte(body))}
		buf.WriteString(body)
		index.Docs[p] = cachedDoc{Doc: withoutBody(d), Body: ref}
	}
	if err := publish.WriteFile(bodiesPath(path), buf.Bytes()); err != nil {
		return err
	}
	return writeIndex(path, index, model)
}

// writeIndex writes the index, with the model when there is one: its
// articles without their bodies (the index's docs say where those are).
func writeIndex(path string, index articleCache, model *cachedModel) error {
	if model != nil {
		restore := shareSources(model.Site, index.Docs)
		defer restore()
		index.Model = model
	}
	body, err := encodeGraph(&index)
	if err != nil {
		return err
	}
	data := make([]byte, 0, len(indexMagic)+4+len(body))
	data = append(data, indexMagic...)
	data = binary.BigEndian.AppendUint32(data, crc32.ChecksumIEEE(body))
	return publish.WriteFile(path, append(data, body...))
}

// shareSources points the model's articles, for as long as the index is
// being written, to their docs' articles where those are the same but for
// the body (as a model made from the docs has them), so that the index
// holds each article once and a build reads it once (a quarter less to
// decode at 10,000 articles); the others lose their bodies for that time.
// It returns what puts the model's articles back.
func shareSources(s *site.Site, docs map[string]cachedDoc) (restore func()) {
	kept := map[*site.Article]*content.Article{}
	for _, a := range s.Articles {
		src := *a.Src
		src.Body = ""
		if cd, ok := docs[src.Path]; ok && reflect.DeepEqual(&src, cd.Doc.Article) {
			kept[a], a.Src = a.Src, cd.Doc.Article
		} else if a.Src.Body != "" {
			kept[a], a.Src = a.Src, &src
		}
	}
	return func() {
		for a, src := range kept {
			a.Src = src
		}
	}
}

// withoutBody is d as the index stores it: its article without the body,
// and without where this process reads the body from (the index says).
func withoutBody(d *doc) *doc {
	if d.Article.Body == "" && d.body == nil && d.bodyLen == 0 {
		return d
	}
	c := *d
	c.body, c.bodyLen = nil, 0
	if d.Article.Body != "" {
		a := *d.Article
		a.Body = ""
		c.Article = &a
	}
	return &c
}
