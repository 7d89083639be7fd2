package content

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// edit is one top-level key Marshal must write: a new value, or a removal
// when value is nil.
type edit struct {
	key   string
	value *yaml.Node
}

func (fm *frontMatter) find(key string) int {
	for i, e := range fm.keys {
		if e.name == key {
			return i
		}
	}
	return -1
}

// edits lists the keys whose value differs from what was read, in
// canonical order so that keys inserted at one place come out in it.
func (a *Article) edits() ([]edit, error) {
	fm, s := a.front, a.front.snap
	var out []edit
	set := func(key string, v *yaml.Node) { out = append(out, edit{key: key, value: v}) }
	old := func(key string) *yaml.Node {
		if i := fm.find(key); i >= 0 {
			return fm.keys[i].value
		}
		return nil
	}
	if a.Title != s.Title {
		set("title", strNode(a.Title, old("title")))
	}
	if a.Subtitle != s.Subtitle {
		set("subtitle", strNode(a.Subtitle, old("subtitle")))
	}
	switch {
	case a.Author == s.Author:
	case a.Author == "":
		out = append(out, edit{key: "author"}) // optional: dropped rather than written empty
	default:
		set("author", strNode(a.Author, old("author")))
	}
	if a.Lang != s.Lang {
		set("lang", strNode(a.Lang, old("lang")))
	}
	if a.Date != s.Date {
		set("date", dateNode(a.Date, old("date")))
	}
	if a.Source != s.Source {
		set("source", sourceNode(a.Source))
	}
	if a.Draft != s.Draft {
		set("draft", boolNode(a.Draft))
	}
	// The keys' presence is itself information (build trusts an extracted
	// article), so turning extraction on writes both keys even when empty.
	ext := a.extracting()
	switch present := fm.find("providers") >= 0; {
	case present && !ext:
		out = append(out, edit{key: "providers"})
	case ext && (!sameProviders(a.Providers, s.Providers) || !present && !s.HasExtraction):
		v, err := providersNode(a.Providers, s.Providers, fm.providerNodes)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
		set("providers", v)
	}
	switch present := fm.find("quotes") >= 0; {
	case present && !ext:
		out = append(out, edit{key: "quotes"})
	case ext && (!sameQuotes(a.Quotes, s.Quotes) || !present && !s.HasExtraction):
		v, err := quotesNode(a.Quotes, s.Quotes, fm.quoteNodes)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
		set("quotes", v)
	}
	for _, c := range []struct {
		key      string
		now, was Claims
	}{{"rejected", a.Rejected, s.Rejected}, {"proposed", a.Proposed, s.Proposed}} {
		if sameClaims(c.now, c.was) {
			continue
		}
		if c.now.Empty() {
			out = append(out, edit{key: c.key})
		} else {
			set(c.key, claimsNode(c.now))
		}
	}
	extra, err := a.extraEdits()
	return append(out, extra...), err
}

// extraEdits lists the changes to the editor's own keys: a caller may
// change, add or drop them through Extra.
func (a *Article) extraEdits() ([]edit, error) {
	var out []edit
	was := a.front.snap.Extra
	for _, f := range was {
		i := slices.IndexFunc(a.Extra, func(g Field) bool { return g.Key == f.Key })
		switch {
		case i < 0:
			out = append(out, edit{key: f.Key})
		case !sameValue(a.Extra[i].Value, f.Value):
			v, err := valueNode(a.Extra[i].Value)
			if err != nil {
				return nil, fmt.Errorf("%s: extra key %q: %w", a.Path, f.Key, err)
			}
			out = append(out, edit{key: f.Key, value: v})
		}
	}
	for _, g := range a.Extra {
		if slices.ContainsFunc(was, func(f Field) bool { return f.Key == g.Key }) {
			continue
		}
		v, err := valueNode(g.Value)
		if err != nil {
			return nil, fmt.Errorf("%s: extra key %q: %w", a.Path, g.Key, err)
		}
		out = append(out, edit{key: g.Key, value: v})
	}
	return out, nil
}

func keyNode(k string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: k}
}

// strNode keeps the quoting an editor chose for the value it replaces.
func strNode(s string, old *yaml.Node) *yaml.Node {
	n := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
	// yaml.v3 writes a multi-line string that starts with a blank as a
	// block scalar whose indentation indicator does not always match its
	// indentation, and writes the other YAML line breaks (\r, NEL, LS, PS)
	// raw, where a reader sees new lines; quoted, they are escaped.
	if strings.Contains(s, "\n") && strings.IndexAny(s[:1], " \t\n") == 0 || strings.ContainsAny(s, "\r\u0085\u2028\u2029") {
		n.Style = yaml.DoubleQuotedStyle
		return n
	}
	if old != nil && old.Kind == yaml.ScalarNode && old.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		n.Style = old.Style & (yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle)
	}
	return n
}

// dateNode writes a real date unquoted, the way editors type it; anything
// else is a string and gets quoted where YAML needs it.
func dateNode(s string, old *yaml.Node) *yaml.Node {
	quoted := old != nil && old.Kind == yaml.ScalarNode && old.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0
	if IsDate(s) && !quoted {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: s}
	}
	return strNode(s, old)
}

func boolNode(b bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(b)}
}

// sourceNode writes both keys, empty or not, so the editor sees what to
// fill in.
func sourceNode(s Source) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
		keyNode("name"), strNode(s.Name, nil),
		keyNode("url"), strNode(s.URL, nil),
	}}
}

// providersNode and quotesNode reuse the node of every item that did not
// change, so its comments and layout survive a rewrite of the list; a
// changed item is patched into the node of the item it was (same id, same
// quote text), so its comments and the order of its keys survive too.
func providersNode(ps, was []Provider, nodes []*yaml.Node) (*yaml.Node, error) {
	return listNode(ps, was, nodes, sameProvider, func(p Provider) string { return p.ID },
		func(p Provider) string { return "provider " + strconv.Quote(p.ID) })
}

func quotesNode(qs, was []Quote, nodes []*yaml.Node) (*yaml.Node, error) {
	return listNode(qs, was, nodes, sameQuote, func(q Quote) string { return q.Text },
		func(q Quote) string { return "quote " + strconv.Quote(q.Text) })
}

// listNode builds a sequence node for items, taking for each the node of an
// unchanged item it had (was[k] with nodes[k]), patching the node of the
// item of the same identity, or else encoding it afresh.
func listNode[T any](items, was []T, nodes []*yaml.Node, same func(a, b T) bool, ident, name func(T) string) (*yaml.Node, error) {
	seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	used := make([]bool, len(was))
	find := func(match func(k int) bool) int {
		for k := range was {
			if !used[k] && k < len(nodes) && match(k) {
				return k
			}
		}
		return -1
	}
	// Unchanged items claim their nodes first, so that a patch never takes
	// the node an identical item needs.
	picked := make([]int, len(items))
	for i, it := range items {
		picked[i] = find(func(k int) bool { return same(it, was[k]) })
		if picked[i] >= 0 {
			used[picked[i]] = true
		}
	}
	for i, it := range items {
		if j := picked[i]; j >= 0 {
			seq.Content = append(seq.Content, nodes[j])
			continue
		}
		n, err := valueNode(it)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name(it), err)
		}
		if j := find(func(k int) bool { return ident(it) == ident(was[k]) }); j >= 0 {
			used[j] = true
			n = patchNode(nodes[j], n)
		}
		seq.Content = append(seq.Content, n)
	}
	return seq, nil
}

// patchNode returns fresh laid over old: a mapping keeps old's keys in
// their order with their comments, takes fresh's value for each (patched in
// turn), drops a key fresh no longer has and appends fresh's new keys; a
// list of the same length is patched item by item; a scalar keeps old's
// comments.
func patchNode(old, fresh *yaml.Node) *yaml.Node {
	if old == nil || old.Kind == yaml.AliasNode || old.Anchor != "" || old.Kind != fresh.Kind {
		return fresh
	}
	out := *old
	switch old.Kind {
	case yaml.ScalarNode:
		out.Value, out.Tag, out.Style = fresh.Value, fresh.Tag, fresh.Style
		if old.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 && fresh.Style == 0 && fresh.Tag == "!!str" {
			out.Style = old.Style & (yaml.DoubleQuotedStyle | yaml.SingleQuotedStyle)
		}
		return &out
	case yaml.SequenceNode:
		if len(old.Content) != len(fresh.Content) {
			fresh.HeadComment, fresh.LineComment, fresh.FootComment = old.HeadComment, old.LineComment, old.FootComment
			return fresh
		}
		out.Content = make([]*yaml.Node, len(fresh.Content))
		for i := range fresh.Content {
			out.Content[i] = patchNode(old.Content[i], fresh.Content[i])
		}
		return &out
	case yaml.MappingNode:
		freshVal := map[string]*yaml.Node{}
		for i := 0; i+1 < len(fresh.Content); i += 2 {
			freshVal[fresh.Content[i].Value] = fresh.Content[i+1]
		}
		out.Content = nil
		seen := map[string]bool{}
		for i := 0; i+1 < len(old.Content); i += 2 {
			k := deref(old.Content[i]).Value
			v, ok := freshVal[k]
			if !ok {
				continue
			}
			seen[k] = true
			out.Content = append(out.Content, old.Content[i], patchNode(old.Content[i+1], v))
		}
		for i := 0; i+1 < len(fresh.Content); i += 2 {
			if !seen[fresh.Content[i].Value] {
				out.Content = append(out.Content, fresh.Content[i], fresh.Content[i+1])
			}
		}
		return &out
	}
	return fresh
}

// valueNode builds the node of a Go value. Strings are built here rather
// than by yaml.v3's Node.Encode, which renders a multi-line string that
// starts with a space or newline as a block scalar it cannot read back, and
// then fails; everything else that is not a container goes through it.
func valueNode(v any) (n *yaml.Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			n, err = nil, fmt.Errorf("cannot encode: %v", r)
		}
	}()
	return toNode(reflect.ValueOf(v))
}

var (
	marshalerType = reflect.TypeFor[yaml.Marshaler]()
	timeType      = reflect.TypeFor[time.Time]()
)

func toNode(v reflect.Value) (*yaml.Node, error) {
	for v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) && !v.Type().Implements(marshalerType) {
		if v.IsNil() {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}, nil
		}
		v = v.Elem()
	}
	if !v.IsValid() {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}, nil
	}
	if v.Type().Implements(marshalerType) || v.Type() == timeType {
		return encodeNode(v.Interface())
	}
	switch v.Kind() {
	case reflect.String:
		return strNode(v.String(), nil), nil
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return encodeNode(v.Interface())
		}
		seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for i := range v.Len() {
			n, err := toNode(v.Index(i))
			if err != nil {
				return nil, err
			}
			seq.Content = append(seq.Content, n)
		}
		return seq, nil
	case reflect.Map:
		m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		keys := v.MapKeys()
		// yaml.v3 sorts keys too; a stable order keeps rewrites quiet.
		slices.SortFunc(keys, func(a, b reflect.Value) int {
			return strings.Compare(fmt.Sprint(a.Interface()), fmt.Sprint(b.Interface()))
		})
		for _, k := range keys {
			kn, err := toNode(k)
			if err != nil {
				return nil, err
			}
			vn, err := toNode(v.MapIndex(k))
			if err != nil {
				return nil, err
			}
			m.Content = append(m.Content, kn, vn)
		}
		return m, nil
	case reflect.Struct:
		return structNode(v)
	case reflect.Func, reflect.Chan, reflect.UnsafePointer, reflect.Complex64, reflect.Complex128:
		return nil, fmt.Errorf("cannot encode a %s", v.Type())
	}
	return encodeNode(v.Interface())
}

// structNode follows the yaml tags of the model types: name, omitempty and
// "-"; a struct with anything fancier goes to yaml.v3.
func structNode(v reflect.Value) (*yaml.Node, error) {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	t := v.Type()
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("yaml")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous || strings.Contains(opts, "inline") || strings.Contains(opts, "flow") {
			return encodeNode(v.Interface())
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fv := v.Field(i)
		if strings.Contains(opts, "omitempty") && isEmpty(fv) {
			continue
		}
		n, err := toNode(fv)
		if err != nil {
			return nil, err
		}
		m.Content = append(m.Content, keyNode(name), n)
	}
	if o, ok := v.Interface().(ownKeyed); ok {
		for _, f := range o.ownKeys() {
			n, err := valueNode(f.Value)
			if err != nil {
				return nil, fmt.Errorf("own key %q: %w", f.Key, err)
			}
			m.Content = append(m.Content, keyNode(f.Key), n)
		}
	}
	return m, nil
}

// ownKeyed is an entry that carries an editor's own keys, written after
// the model's.
type ownKeyed interface{ ownKeys() []Field }

func (p Provider) ownKeys() []Field { return p.Extra }
func (q Quote) ownKeys() []Field    { return q.Extra }
func (e Evidence) ownKeys() []Field { return e.Extra }

func isEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Slice, reflect.Map, reflect.Array, reflect.String:
		return v.Len() == 0
	}
	return v.IsZero()
}

func encodeNode(v any) (*yaml.Node, error) {
	n := new(yaml.Node)
	if err := n.Encode(v); err != nil {
		return nil, err
	}
	return n, nil
}

// keepComment carries the line comment of a replaced scalar over to its
// new value: "date: 2022-03-08 # approx" keeps its note.
func keepComment(v, old *yaml.Node) *yaml.Node {
	if v != nil && old != nil && v.Kind == yaml.ScalarNode && old.Kind == yaml.ScalarNode && v.LineComment == "" {
		c := *v
		c.LineComment = old.LineComment
		return &c
	}
	return v
}

// insertAt says where a key that is not in the file goes: after the last
// key that precedes it in canonical order, else before the first that
// follows it; an editor's own key goes last. at is -1 for an empty block.
func (fm *frontMatter) insertAt(key string) (at int, after bool) {
	n := len(fm.keys)
	if n == 0 {
		return -1, false
	}
	rank := canonicalRank(key)
	if rank == len(canonicalKeys) {
		return n - 1, true
	}
	last := -1
	for i, e := range fm.keys {
		if canonicalRank(e.name) < rank {
			last = i
		}
	}
	if last >= 0 {
		return last, true
	}
	for i, e := range fm.keys {
		if r := canonicalRank(e.name); r > rank && r < len(canonicalKeys) {
			return i, false
		}
	}
	return 0, false
}

// splice rewrites only the text of the changed keys, so every other byte
// of the block, its comments and blank lines included, stays as it was.
// It needs a block mapping whose keys start their own lines at column 1.
func (fm *frontMatter) splice(edits []edit) ([]byte, bool) {
	if fm.root != nil && fm.root.Style&yaml.FlowStyle != 0 {
		return nil, false
	}
	prev := 0
	for _, e := range fm.keys {
		if e.key.Column != 1 || e.key.Line <= prev {
			return nil, false
		}
		prev = e.key.Line
	}
	starts := lineStarts(fm.text)
	nlines := len(starts) - 1
	line := func(i int) []byte { return fm.text[starts[i-1]:starts[i]] }
	isComment := func(i int) bool { return len(line(i)) > 0 && line(i)[0] == '#' }
	isBlank := func(i int) bool { return len(bytes.TrimSpace(line(i))) == 0 }
	// An entry runs from its key to the next key, less the blank lines and
	// column-1 comments before that key: those belong to the next key or
	// to the block, and stay.
	spanEnd := make([]int, len(fm.keys))   // last line of entry i
	headStart := make([]int, len(fm.keys)) // first line of entry i's head comment
	for i, e := range fm.keys {
		end := nlines
		if i+1 < len(fm.keys) {
			end = fm.keys[i+1].key.Line - 1
		}
		for end > e.key.Line && (isBlank(end) || isComment(end)) {
			end--
		}
		spanEnd[i] = end
		floor := 0
		if i > 0 {
			floor = spanEnd[i-1]
		}
		h := e.key.Line
		for h-1 > floor && isComment(h-1) {
			h--
		}
		headStart[i] = h
	}
	offset := func(lineNo int) int { return starts[lineNo-1] }
	type op struct {
		from, to int
		text     []byte
	}
	var ops []op
	for _, ed := range edits {
		i := fm.find(ed.key)
		if i >= 0 {
			from, to := offset(fm.keys[i].key.Line), offset(spanEnd[i]+1)
			if ed.value == nil {
				ops = append(ops, op{from, to, nil})
				continue
			}
			k := fm.keys[i].key
			key := &yaml.Node{Kind: yaml.ScalarNode, Tag: k.Tag, Value: k.Value, Style: k.Style, LineComment: k.LineComment}
			text, err := encodeEntry(key, keepComment(ed.value, fm.keys[i].value), fm.crlf)
			if err != nil {
				return nil, false
			}
			ops = append(ops, op{from, to, text})
			continue
		}
		if ed.value == nil {
			continue
		}
		text, err := encodeEntry(keyNode(ed.key), ed.value, fm.crlf)
		if err != nil {
			return nil, false
		}
		pos := len(fm.text)
		switch at, after := fm.insertAt(ed.key); {
		case at < 0:
		case after:
			pos = offset(spanEnd[at] + 1)
		default:
			pos = offset(headStart[at])
		}
		ops = append(ops, op{pos, pos, text})
	}
	// Inserts at one place keep their canonical order, and go before a
	// replacement that starts there.
	slices.SortStableFunc(ops, func(x, y op) int {
		if x.from != y.from {
			return x.from - y.from
		}
		return (y.to - y.from) - (x.to - x.from)
	})
	var out bytes.Buffer
	at := 0
	for _, o := range ops {
		if o.from < at {
			return nil, false
		}
		out.Write(fm.text[at:o.from])
		out.Write(o.text)
		at = o.to
	}
	out.Write(fm.text[at:])
	return out.Bytes(), true
}

// lineStarts returns the offset of each line of text and, last, its length.
func lineStarts(text []byte) []int {
	starts := []int{0}
	for i, c := range text {
		if c == '\n' && i+1 < len(text) {
			starts = append(starts, i+1)
		}
	}
	if len(text) == 0 {
		return starts
	}
	return append(starts, len(text))
}

func encodeEntry(key, value *yaml.Node, crlf bool) ([]byte, error) {
	return encodeYAML(&yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{key, value}}, crlf)
}

// reencode applies the edits to a fresh copy of the node tree and renders
// all of it: comments and key order survive, the layout becomes the house
// style.
func (fm *frontMatter) reencode(edits []edit) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(fm.text, &doc); err != nil {
		return nil, err
	}
	if len(doc.Content) == 0 {
		doc = yaml.Node{Kind: yaml.DocumentNode, HeadComment: doc.HeadComment, Content: []*yaml.Node{{Kind: yaml.MappingNode}}}
	}
	root := doc.Content[0]
	find := func(key string) int {
		for i := 0; i+1 < len(root.Content); i += 2 {
			if deref(root.Content[i]).Value == key {
				return i / 2
			}
		}
		return -1
	}
	for _, ed := range edits {
		i := find(ed.key)
		switch {
		case i >= 0 && ed.value == nil:
			root.Content = slices.Delete(root.Content, 2*i, 2*i+2)
		case i >= 0:
			root.Content[2*i+1] = keepComment(ed.value, root.Content[2*i+1])
		case ed.value != nil:
			at := len(root.Content)
			// The same rule as splice, on the pairs as they are now.
			cur := &frontMatter{}
			for j := 0; j+1 < len(root.Content); j += 2 {
				cur.keys = append(cur.keys, entry{name: deref(root.Content[j]).Value})
			}
			if k, after := cur.insertAt(ed.key); k >= 0 {
				at = 2 * k
				if after {
					at += 2
				}
			}
			root.Content = slices.Insert(root.Content, at, keyNode(ed.key), ed.value)
		}
	}
	budget := maxExpandedNodes
	if err := expandDangling(&doc, map[string]bool{}, &budget); err != nil {
		return nil, err
	}
	spellNulls(&doc, false)
	return encodeYAML(&doc, fm.crlf)
}

// spellNulls writes out the empty nulls of flow collections ({a, b}):
// yaml.v3 would render them as an empty quoted string and so turn them
// into empty strings.
func spellNulls(n *yaml.Node, flow bool) {
	flow = flow || n.Style&yaml.FlowStyle != 0
	if flow && n.Kind == yaml.ScalarNode && n.Value == "" && n.ShortTag() == "!!null" {
		n.Value = "null"
	}
	for _, c := range n.Content {
		spellNulls(c, flow)
	}
}

// maxExpandedNodes bounds the copies expandDangling makes, so that a file
// of nested aliases cannot blow up a write.
const maxExpandedNodes = 10000

// expandDangling replaces each alias whose anchor an edit removed, or moved
// after it, by a copy of the value it stood for: the editor's other keys
// keep their values although the anchor is gone.
func expandDangling(n *yaml.Node, defined map[string]bool, budget *int) error {
	if n.Anchor != "" {
		defined[n.Anchor] = true
	}
	for i, c := range n.Content {
		if c.Kind == yaml.AliasNode && !defined[c.Value] {
			cp, err := copyExpanded(c, budget)
			if err != nil {
				return err
			}
			n.Content[i] = cp
			continue
		}
		if err := expandDangling(c, defined, budget); err != nil {
			return err
		}
	}
	return nil
}

// copyExpanded deep-copies a node with its aliases resolved and no
// anchors, so the copy stands on its own.
func copyExpanded(n *yaml.Node, budget *int) (*yaml.Node, error) {
	if *budget--; *budget < 0 {
		return nil, errors.New("too many aliases to expand")
	}
	if n.Kind == yaml.AliasNode {
		if n.Alias == nil {
			return nil, fmt.Errorf("alias *%s has no anchor", n.Value)
		}
		cp, err := copyExpanded(n.Alias, budget)
		if err != nil {
			return nil, err
		}
		cp.LineComment = n.LineComment
		return cp, nil
	}
	cp := *n
	cp.Anchor = ""
	cp.Content = nil
	for _, c := range n.Content {
		cc, err := copyExpanded(c, budget)
		if err != nil {
			return nil, err
		}
		cp.Content = append(cp.Content, cc)
	}
	return &cp, nil
}

// sameValue compares two extra values as YAML sees them: a caller's
// []string is the []any it reads back as.
func sameValue(a, b any) bool {
	if reflect.DeepEqual(a, b) {
		return true
	}
	na, nb := asYAML(a), asYAML(b)
	return na != nil && nb != nil && reflect.DeepEqual(*na, *nb)
}

func asYAML(v any) *any {
	n, err := valueNode(v)
	if err != nil {
		return nil
	}
	var out any
	if decodeValue(n, &out) != nil {
		return nil
	}
	return &out
}

func floatEq(a, b float64) bool {
	return a == b || math.IsNaN(a) && math.IsNaN(b)
}

// sameProvider compares what is written to a file: lines are where an item
// happened to be, not what it says.
func sameProvider(a, b Provider) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Stance == b.Stance &&
		slices.Equal(a.Measures, b.Measures) &&
		floatEq(a.Confidence, b.Confidence) && floatEq(a.StanceConfidence, b.StanceConfidence) &&
		slices.EqualFunc(a.Evidence, b.Evidence, sameEvidence) &&
		a.Unregistered == b.Unregistered && a.Reviewed == b.Reviewed && a.Extracted == b.Extracted &&
		a.Rejected == b.Rejected && sameFields(a.Extra, b.Extra)
}

func sameEvidence(a, b Evidence) bool {
	return a.Field == b.Field && a.Text == b.Text && floatEq(a.Confidence, b.Confidence) && sameFields(a.Extra, b.Extra)
}

func sameQuote(a, b Quote) bool {
	return a.Text == b.Text && a.Speaker == b.Speaker && a.Provider == b.Provider && a.Kind == b.Kind &&
		floatEq(a.Confidence, b.Confidence) && a.Reviewed == b.Reviewed && a.Extracted == b.Extracted &&
		a.Rejected == b.Rejected && sameFields(a.Extra, b.Extra)
}

// sameFields compares an entry's own keys, in order.
func sameFields(a, b []Field) bool {
	return slices.EqualFunc(a, b, func(f, g Field) bool { return f.Key == g.Key && sameValue(f.Value, g.Value) })
}

// sameClaims compares two claim sets as written: order matters, since it is
// what the file shows.
func sameClaims(a, b Claims) bool {
	if !slices.Equal(a.Providers, b.Providers) || !slices.Equal(a.Quotes, b.Quotes) {
		return false
	}
	am, bm := a.nonEmptyMeasures(), b.nonEmptyMeasures()
	if len(am) != len(bm) {
		return false
	}
	for k, v := range am {
		if !slices.Equal(v, bm[k]) {
			return false
		}
	}
	return true
}

func (c Claims) nonEmptyMeasures() map[string][]string {
	out := map[string][]string{}
	for k, v := range c.Measures {
		if len(v) > 0 {
			out[k] = v
		}
	}
	return out
}

// claimsNode writes a claim set the way an editor reads it best: ids in
// one flow list, quote texts one per line, measures by provider id in
// sorted order.
func claimsNode(c Claims) *yaml.Node {
	flow := func(ss []string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle}
		for _, s := range ss {
			n.Content = append(n.Content, strNode(s, nil))
		}
		return n
	}
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	if len(c.Providers) > 0 {
		m.Content = append(m.Content, keyNode("providers"), flow(c.Providers))
	}
	ms := c.nonEmptyMeasures()
	if len(ms) > 0 {
		mm := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		for _, id := range slices.Sorted(maps.Keys(ms)) {
			mm.Content = append(mm.Content, keyNode(id), flow(ms[id]))
		}
		m.Content = append(m.Content, keyNode("measures"), mm)
	}
	if len(c.Quotes) > 0 {
		// Quote texts one per line; the short hashes of proposed fit one.
		q := flow(c.Quotes)
		if slices.ContainsFunc(c.Quotes, func(s string) bool { return len(s) > 16 }) {
			q.Style = 0
		}
		m.Content = append(m.Content, keyNode("quotes"), q)
	}
	return m
}

func sameProviders(a, b []Provider) bool { return slices.EqualFunc(a, b, sameProvider) }
func sameQuotes(a, b []Quote) bool       { return slices.EqualFunc(a, b, sameQuote) }

// diff names the first field in which two snapshots differ, or "".
func (s snapshot) diff(t snapshot) string {
	switch {
	case s.Title != t.Title:
		return "title"
	case s.Subtitle != t.Subtitle:
		return "subtitle"
	case s.Author != t.Author:
		return "author"
	case s.Lang != t.Lang:
		return "lang"
	case s.Date != t.Date:
		return "date"
	case s.Source != t.Source:
		return "source"
	case s.Draft != t.Draft:
		return "draft"
	case !sameProviders(s.Providers, t.Providers):
		return "providers"
	case !sameQuotes(s.Quotes, t.Quotes):
		return "quotes"
	case !sameClaims(s.Rejected, t.Rejected):
		return "rejected"
	case !sameClaims(s.Proposed, t.Proposed):
		return "proposed"
	case s.HasExtraction != t.HasExtraction:
		return "providers/quotes presence"
	case s.Body != t.Body:
		return "body"
	case len(s.Extra) != len(t.Extra):
		return "set of extra keys"
	}
	for _, f := range s.Extra {
		i := slices.IndexFunc(t.Extra, func(g Field) bool { return g.Key == f.Key })
		if i < 0 || !sameValue(f.Value, t.Extra[i].Value) {
			return fmt.Sprintf("value of %q", f.Key)
		}
	}
	return ""
}
