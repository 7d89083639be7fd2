package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// frontMatter is the parsed YAML block of an article, kept for a write that
// preserves comments, key order and unknown keys.
type frontMatter struct {
	raw []byte // the file's bytes as read

	bom         bool   // the file started with a UTF-8 byte order mark
	open, close string // the delimiter lines, with their line endings
	crlf        bool   // the front-matter uses \r\n line endings
	text        []byte // the YAML between the delimiters

	doc  *yaml.Node // the document node; nil for an empty block
	root *yaml.Node // its mapping; nil for an empty block
	keys []entry    // the top-level entries in file order

	// snap is the model as read, so that Marshal can tell which keys a
	// caller changed and leave every other byte alone.
	snap snapshot
	// providerNodes and quoteNodes are the nodes snap's items came from:
	// an item that survives an edit unchanged keeps its node, and with it
	// its comments and style.
	providerNodes []*yaml.Node
	quoteNodes    []*yaml.Node
}

// entry is one top-level key of the front-matter.
type entry struct {
	name       string
	key, value *yaml.Node
}

// snapshot is the part of an Article that Marshal writes.
type snapshot struct {
	Title, Subtitle, Author, Lang, Date string
	Source                              Source
	Draft                               bool
	Providers                           []Provider
	Quotes                              []Quote
	HasExtraction                       bool
	Rejected, Proposed                  Claims
	Body                                string
	Extra                               []Field
}

// fmLineOffset turns a line of the YAML block into a line of the file: the
// block starts after the opening --- on line 1.
const fmLineOffset = 1

// canonicalKeys is the order a new key is written in; any other key comes
// after them.
var canonicalKeys = [...]string{"title", "subtitle", "lang", "date", "source", "draft", "providers", "quotes", "rejected", "proposed"}

func canonicalRank(key string) int {
	for i, k := range canonicalKeys {
		if k == key {
			return i
		}
	}
	return len(canonicalKeys)
}

// ParseError is an error of Parse: the diagnostic an editor sees, and the
// underlying error (a yaml.v3 one) where there is one.
type ParseError struct {
	Diagnostic
	Err error
}

func (e *ParseError) Unwrap() error { return e.Err }

func parseErr(path string, line int, err error, format string, args ...any) error {
	return &ParseError{
		Diagnostic: Diagnostic{Path: path, Line: line, Severity: Error, Message: fmt.Sprintf(format, args...)},
		Err:        err,
	}
}

// ReadFile reads and parses the article at path.
func ReadFile(path string) (*Article, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// WriteFile writes the article back to its Path, only when its bytes
// differ from what is there, through a temporary file so that a reader
// never sees half an article. A symbolic link is written through to the
// file it points to (WritePath) and stays a link.
func (a *Article) WriteFile() error {
	out, err := a.Marshal()
	if err != nil {
		return err
	}
	path, err := WritePath(a.Path)
	if err != nil {
		return fmt.Errorf("write %s: %w", a.Path, err)
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, out) {
			return nil
		}
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", a.Path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(out); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", a.Path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", a.Path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", a.Path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", a.Path, err)
	}
	return nil
}

// slugOf is the file name without its .md extension.
func slugOf(path string) string {
	return strings.TrimSuffix(filepath.Base(filepath.ToSlash(path)), ".md")
}

// folderLang is the <lang> of a path content/<lang>/articles/<slug>.md, or
// "" when the path is not shaped like that.
func folderLang(path string) string {
	dir := filepath.Dir(filepath.Clean(path))
	if filepath.Base(dir) != "articles" {
		return ""
	}
	lang := filepath.Base(filepath.Dir(dir))
	if lang == "." || lang == string(filepath.Separator) {
		return ""
	}
	return lang
}

// NewArticle makes an article that was never on disk. Its language is taken
// from a content/<lang>/articles/ path when it has one.
func NewArticle(path string) *Article {
	a := &Article{Path: path, Slug: slugOf(path)}
	if l := folderLang(path); slices.Contains(Langs, l) {
		a.Lang = l
	}
	return a
}

var utf8BOM = []byte("\xef\xbb\xbf")

// cutLine splits off the first line of b, keeping its line ending.
func cutLine(b []byte) (line, rest []byte) {
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		return b[:i+1], b[i+1:]
	}
	return b, nil
}

func isDelimiter(line []byte) bool {
	return string(bytes.TrimRight(line, " \t\r\n")) == "---"
}

// Parse reads one article from data; path names it in Slug, Path and in
// errors, which are "path:line: message".
func Parse(path string, data []byte) (*Article, error) {
	if len(data) == 0 {
		return nil, parseErr(path, 1, nil, "empty file: an article starts with a --- front-matter block")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, parseErr(path, 1+bytes.Count(data[:i], []byte("\n")), nil, "binary file: NUL byte at byte %d", i)
	}
	if !utf8.Valid(data) {
		return nil, parseErr(path, 0, nil, "invalid UTF-8 at byte %d", invalidUTF8At(data))
	}
	fm := &frontMatter{raw: data}
	rest := data
	if bytes.HasPrefix(rest, utf8BOM) {
		fm.bom = true
		rest = rest[len(utf8BOM):]
	}
	open, rest := cutLine(rest)
	if !isDelimiter(open) {
		return nil, parseErr(path, 1, nil, "does not start with a --- line: an article starts with a front-matter block")
	}
	fm.open = string(open)
	fm.crlf = bytes.HasSuffix(open, []byte("\r\n"))
	line, off := 2, 0
	for {
		if off >= len(rest) {
			return nil, parseErr(path, 1, nil, "front-matter opened here is never closed by a --- line")
		}
		l, _ := cutLine(rest[off:])
		if isDelimiter(l) {
			fm.close = string(l)
			break
		}
		off += len(l)
		line++
	}
	fm.text = rest[:off]
	a := &Article{
		Path:     path,
		Slug:     slugOf(path),
		Body:     string(rest[off+len(fm.close):]),
		BodyLine: line + 1,
		front:    fm,
		lines:    map[fieldPos]int{},
	}
	if err := fm.decodeYAML(path); err != nil {
		return nil, err
	}
	d := decoder{path: path, a: a}
	if err := d.article(fm); err != nil {
		return nil, err
	}
	fm.snap = a.snapshot()
	return a, nil
}

func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// decodeYAML parses the block into nodes, refusing a second document.
func (fm *frontMatter) decodeYAML(path string) error {
	if doc, ok := parseSimpleYAML(fm.text); ok && doc.Content[0].Kind == yaml.MappingNode {
		// The same tree yaml.v3 makes of this block (FuzzSimpleYAML),
		// without its cost; anything else, errors included, is its.
		fm.doc, fm.root = doc, doc.Content[0]
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(fm.text))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil
		}
		return yamlErr(path, fm.text, err)
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		if err != nil {
			return yamlErr(path, fm.text, err)
		}
		return parseErr(path, next.Line+fmLineOffset, nil, "front-matter holds a second YAML document; remove the ... line before it")
	}
	if len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return parseErr(path, root.Line+fmLineOffset, nil, "front-matter must be a mapping of keys (title: ...), not %s", describe(root))
	}
	fm.doc, fm.root = &doc, root
	return nil
}

// snapshot copies what Marshal writes, deep enough that a caller changing
// a slice in place is still seen as a change.
func (a *Article) snapshot() snapshot {
	s := snapshot{
		Title: a.Title, Subtitle: a.Subtitle, Author: a.Author, Lang: a.Lang, Date: a.Date,
		Source: a.Source, Draft: a.Draft, HasExtraction: a.extracting(),
		Body: a.Body, Extra: slices.Clone(a.Extra),
		Rejected: a.Rejected.Clone(), Proposed: a.Proposed.Clone(),
	}
	for _, p := range a.Providers {
		s.Providers = append(s.Providers, cloneProvider(p))
	}
	for _, q := range a.Quotes {
		s.Quotes = append(s.Quotes, cloneQuote(q))
	}
	return s
}

// extracting reports whether the providers and quotes keys belong in the
// file: a caller that fills Providers without setting HasExtraction still
// wants them written.
func (a *Article) extracting() bool {
	return a.HasExtraction || len(a.Providers) > 0 || len(a.Quotes) > 0
}

func cloneProvider(p Provider) Provider {
	p.Measures = slices.Clone(p.Measures)
	p.MeasureLines = slices.Clone(p.MeasureLines)
	p.Evidence = slices.Clone(p.Evidence)
	for i := range p.Evidence {
		p.Evidence[i].Extra = slices.Clone(p.Evidence[i].Extra)
	}
	p.Extra = slices.Clone(p.Extra)
	return p
}

func cloneQuote(q Quote) Quote {
	q.Extra = slices.Clone(q.Extra)
	return q
}

// Clone copies the set, sharing nothing with it.
func (c Claims) Clone() Claims {
	out := Claims{Providers: slices.Clone(c.Providers), Quotes: slices.Clone(c.Quotes)}
	if c.Measures != nil {
		out.Measures = map[string][]string{}
		for k, v := range c.Measures {
			out.Measures[k] = slices.Clone(v)
		}
	}
	return out
}

// Marshal renders the article as file bytes. An article that did not change
// since Parse gives back exactly the bytes it was read from; otherwise only
// the changed keys are rewritten.
func (a *Article) Marshal() ([]byte, error) {
	if err := a.checkWritable(); err != nil {
		return nil, err
	}
	if a.front == nil {
		out, err := a.marshalNew()
		if err != nil {
			return nil, err
		}
		return out, a.verify(out)
	}
	fm := a.front
	edits, err := a.edits()
	if err != nil {
		return nil, err
	}
	if len(edits) == 0 && a.Body == fm.snap.Body {
		return bytes.Clone(fm.raw), nil
	}
	// Splicing the text keeps every unchanged byte; when the block's layout
	// does not allow it, or the result does not read back as the article,
	// re-encoding the node tree still keeps comments and key order.
	if text, ok := fm.splice(edits); ok {
		if out := a.assemble(text); a.verify(out) == nil {
			return out, nil
		}
	}
	text, err := fm.reencode(edits)
	if err != nil {
		return nil, fmt.Errorf("%s: write front-matter: %w", a.Path, err)
	}
	out := a.assemble(text)
	if err := a.verify(out); err != nil {
		return nil, err
	}
	return out, nil
}

// checkWritable refuses what Parse would refuse on reading the file back.
func (a *Article) checkWritable() error {
	if i := strings.IndexByte(a.Body, 0); i >= 0 {
		return fmt.Errorf("%s: body holds a NUL byte at byte %d", a.Path, i)
	}
	if !utf8.ValidString(a.Body) {
		return fmt.Errorf("%s: body is not valid UTF-8 at byte %d", a.Path, invalidUTF8At([]byte(a.Body)))
	}
	seen := map[string]bool{}
	for _, f := range a.Extra {
		if canonicalRank(f.Key) < len(canonicalKeys) {
			return fmt.Errorf("%s: extra key %q is a field of the article, set it there", a.Path, f.Key)
		}
		if seen[f.Key] {
			return fmt.Errorf("%s: extra key %q appears twice", a.Path, f.Key)
		}
		seen[f.Key] = true
	}
	return nil
}

// verify reads out back and checks that it holds the article: the last
// guard against a value the YAML encoder cannot write faithfully.
func (a *Article) verify(out []byte) error {
	b, err := Parse(a.Path, out)
	if err != nil {
		return fmt.Errorf("%s: written article does not read back: %w", a.Path, err)
	}
	if diff := a.snapshot().diff(b.snapshot()); diff != "" {
		return fmt.Errorf("%s: written article reads back with a different %s", a.Path, diff)
	}
	return nil
}

// assemble puts the file together around a new front-matter text.
func (a *Article) assemble(text []byte) []byte {
	fm := a.front
	var out bytes.Buffer
	if fm.bom {
		out.Write(utf8BOM)
	}
	out.WriteString(fm.open)
	out.Write(text)
	out.WriteString(fm.close)
	if a.Body != "" && !strings.HasSuffix(fm.close, "\n") {
		out.WriteString(fm.newline())
	}
	out.WriteString(a.Body)
	return out.Bytes()
}

func (fm *frontMatter) newline() string {
	if fm.crlf {
		return "\r\n"
	}
	return "\n"
}

// marshalNew writes the canonical front-matter of an article that has none
// on disk yet.
func (a *Article) marshalNew() ([]byte, error) {
	m := &yaml.Node{Kind: yaml.MappingNode}
	add := func(k string, v *yaml.Node) { m.Content = append(m.Content, keyNode(k), v) }
	add("title", strNode(a.Title, nil))
	add("subtitle", strNode(a.Subtitle, nil))
	if a.Author != "" { // optional: most articles name no author
		add("author", strNode(a.Author, nil))
	}
	add("lang", strNode(a.Lang, nil))
	add("date", dateNode(a.Date, nil))
	add("source", sourceNode(a.Source))
	add("draft", boolNode(a.Draft))
	if a.extracting() {
		ps, err := providersNode(a.Providers, nil, nil)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
		qs, err := quotesNode(a.Quotes, nil, nil)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
		add("providers", ps)
		add("quotes", qs)
	}
	if !a.Rejected.Empty() {
		add("rejected", claimsNode(a.Rejected))
	}
	if !a.Proposed.Empty() {
		add("proposed", claimsNode(a.Proposed))
	}
	for _, f := range a.Extra {
		v, err := valueNode(f.Value)
		if err != nil {
			return nil, fmt.Errorf("%s: extra key %q: %w", a.Path, f.Key, err)
		}
		add(f.Key, v)
	}
	text, err := encodeYAML(m, false)
	if err != nil {
		return nil, fmt.Errorf("%s: write front-matter: %w", a.Path, err)
	}
	var out bytes.Buffer
	out.WriteString("---\n")
	out.Write(text)
	out.WriteString("---\n")
	out.WriteString(a.Body)
	return out.Bytes(), nil
}

// encodeYAML renders a node with two-space indents, the house style of the
// content folder.
func encodeYAML(n *yaml.Node, crlf bool) (out []byte, err error) {
	// yaml.v3 panics on some node trees it cannot render; a caller's value
	// must fail the write, not the program.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml encoder: %v", r)
		}
	}()
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	out = buf.Bytes()
	if crlf {
		out = bytes.ReplaceAll(out, []byte("\n"), []byte("\r\n"))
	}
	return out, nil
}
