package content

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/newsdesk/ruscompare/generator/yamlerr"
)

// decoder turns front-matter nodes into an Article, with errors that name
// the file line of the offending value. yaml.v3's own struct decoding is
// not used for the known keys because it neither reports unknown keys with
// their line nor records where each item sits.
type decoder struct {
	path string
	a    *Article
}

func (d decoder) errf(n *yaml.Node, format string, args ...any) error {
	return parseErr(d.path, n.Line+fmLineOffset, nil, format, args...)
}

// describe names what a node holds, for "must be X, not Y" messages.
func describe(n *yaml.Node) string {
	n = deref(n)
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return strconv.Quote(n.Value)
	}
	return "nothing"
}

// deref follows an alias to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 16; i++ {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	n = deref(n)
	return n.Kind == 0 || n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// pairs calls set for each key of a mapping, refusing a repeated key and,
// when known is not nil, a key outside it: a typo in "stnace" must not
// silently lose the editor's value on the next write.
func (d decoder) pairs(n *yaml.Node, what string, known []string, set func(key string, k, v *yaml.Node) error) error {
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if deref(k).Kind != yaml.ScalarNode {
			return d.errf(k, "%s key must be a plain name, not %s", what, describe(k))
		}
		// A null key has no name a template could use, and writes back
		// as "null".
		if deref(k).ShortTag() == "!!null" {
			return d.errf(k, "%s key must be a plain name, not null", what)
		}
		name := deref(k).Value
		if first, dup := seen[name]; dup {
			return d.errf(k, "%s key %q repeated (first on line %d)", what, name, first)
		}
		seen[name] = k.Line + fmLineOffset
		if known != nil && !contains(known, name) {
			return d.errf(k, "unknown key %q in %s (known: %s)", name, what, strings.Join(known, ", "))
		}
		if err := set(name, k, v); err != nil {
			return err
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (d decoder) article(fm *frontMatter) error {
	if fm.root == nil {
		return nil
	}
	a := d.a
	return d.pairs(fm.root, "front-matter", nil, func(key string, k, v *yaml.Node) (err error) {
		fm.keys = append(fm.keys, entry{name: key, key: k, value: v})
		a.lines[fieldPos{0, key}] = v.Line + fmLineOffset
		switch key {
		case "title":
			a.Title, err = d.str(v, key)
		case "subtitle":
			a.Subtitle, err = d.str(v, key)
		case "author":
			a.Author, err = d.str(v, key)
		case "lang":
			a.Lang, err = d.str(v, key)
		case "date":
			// The literal text, not yaml's timestamp: the editor's
			// 2022-03-08 must come back as written.
			a.Date, err = d.str(v, key)
		case "source":
			a.Source, err = d.source(v)
		case "draft":
			a.Draft, err = d.bool(v, key)
		case "providers":
			a.HasExtraction = true
			a.Providers, fm.providerNodes, err = d.providers(v)
		case "quotes":
			a.HasExtraction = true
			a.Quotes, fm.quoteNodes, err = d.quotes(v)
		case "rejected":
			a.Rejected, err = d.claims(v, key)
		case "proposed":
			a.Proposed, err = d.claims(v, key)
		default:
			var val any
			if err := decodeValue(v, &val); err != nil {
				return parseErr(d.path, v.Line+fmLineOffset, err, "%s: %s", key, yamlMessage(err))
			}
			a.Extra = append(a.Extra, Field{Key: key, Value: val, Line: k.Line + fmLineOffset})
		}
		return err
	})
}

// decodeValue is yaml.v3's Node.Decode, which panics on a few node trees
// (a key that cannot be a map key); a malformed file is an error, not a
// crash.
func decodeValue(n *yaml.Node, into any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot decode: %v", r)
		}
	}()
	return n.Decode(into)
}

func (d decoder) str(n *yaml.Node, what string) (string, error) {
	if isNull(n) {
		return "", nil
	}
	if deref(n).Kind != yaml.ScalarNode {
		return "", d.errf(n, "%s must be text, not %s", what, describe(n))
	}
	return deref(n).Value, nil
}

func (d decoder) bool(n *yaml.Node, what string) (bool, error) {
	if isNull(n) {
		return false, nil
	}
	var b bool
	if deref(n).Kind != yaml.ScalarNode || decodeValue(deref(n), &b) != nil {
		return false, d.errf(n, "%s must be true or false, not %s", what, describe(n))
	}
	return b, nil
}

func (d decoder) float(n *yaml.Node, what string) (float64, error) {
	if isNull(n) {
		return 0, nil
	}
	if f, ok := plainNumber(deref(n)); ok {
		return f, nil
	}
	var f float64
	if deref(n).Kind != yaml.ScalarNode || decodeValue(deref(n), &f) != nil {
		return 0, d.errf(n, "%s must be a number, not %s", what, describe(n))
	}
	return f, nil
}

// plainNumber reads a plain integer or decimal (digits, at most one dot:
// what plainTag tags !!int or !!float, confidences such as 0.71) as
// yaml.v3's Node.Decode into a float64 does (strconv.ParseFloat of the
// text, or the integer's value), without a decoder per value: an article
// has a dozen of them.
func plainNumber(n *yaml.Node) (float64, bool) {
	if n.Kind != yaml.ScalarNode || n.Style != 0 || plainTag(n.Value) != n.Tag ||
		n.Tag != "!!float" && n.Tag != "!!int" {
		return 0, false
	}
	f, err := strconv.ParseFloat(n.Value, 64)
	return f, err == nil
}

// list returns the items of a list value; null is the empty list.
func (d decoder) list(n *yaml.Node, what string) ([]*yaml.Node, error) {
	if isNull(n) {
		return nil, nil
	}
	if deref(n).Kind != yaml.SequenceNode {
		return nil, d.errf(n, "%s must be a list, not %s", what, describe(n))
	}
	return deref(n).Content, nil
}

// mapping returns the mapping an item holds.
func (d decoder) mapping(n *yaml.Node, what string) (*yaml.Node, error) {
	if deref(n).Kind != yaml.MappingNode {
		return nil, d.errf(n, "%s must be a mapping, not %s", what, describe(n))
	}
	return deref(n), nil
}

func (d decoder) source(n *yaml.Node) (Source, error) {
	var s Source
	if isNull(n) {
		return s, nil
	}
	m, err := d.mapping(n, "source")
	if err != nil {
		return s, err
	}
	err = d.pairs(m, "source", []string{"name", "url"}, func(key string, _, v *yaml.Node) (err error) {
		d.a.lines[fieldPos{0, "source." + key}] = v.Line + fmLineOffset
		switch key {
		case "name":
			s.Name, err = d.str(v, "source name")
		case "url":
			s.URL, err = d.str(v, "source url")
		}
		return err
	})
	return s, err
}

// The keys the model knows inside an entry; any other key is the
// editor's own, kept in the entry's Extra (Validate warns when it looks
// like a misspelt known key).
var (
	providerKeys = []string{"id", "name", "stance", "measures", "confidence", "stance_confidence", "evidence", "unregistered", "reviewed", "extracted", "rejected"}
	evidenceKeys = []string{"field", "text", "confidence"}
	quoteKeys    = []string{"text", "speaker", "provider", "kind", "confidence", "reviewed", "extracted", "rejected"}
	claimsKeys   = []string{"providers", "measures", "quotes"}
)

// ownKey decodes an editor's own key of an entry into its Extra.
func (d decoder) ownKey(extra *[]Field, what, key string, k, v *yaml.Node) error {
	var val any
	if err := decodeValue(v, &val); err != nil {
		return parseErr(d.path, v.Line+fmLineOffset, err, "%s %s: %s", what, key, yamlMessage(err))
	}
	*extra = append(*extra, Field{Key: key, Value: val, Line: k.Line + fmLineOffset})
	return nil
}

// claims decodes a rejected or proposed key.
func (d decoder) claims(n *yaml.Node, what string) (Claims, error) {
	var c Claims
	if isNull(n) {
		return c, nil
	}
	m, err := d.mapping(n, what)
	if err != nil {
		return c, err
	}
	strs := func(v *yaml.Node, what string) ([]string, error) {
		items, err := d.list(v, what)
		if err != nil {
			return nil, err
		}
		var out []string
		for _, it := range items {
			s, err := d.str(it, what)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
		return out, nil
	}
	err = d.pairs(m, what, claimsKeys, func(key string, _, v *yaml.Node) (err error) {
		switch key {
		case "providers":
			c.Providers, err = strs(v, what+" providers")
		case "quotes":
			c.Quotes, err = strs(v, what+" quotes")
		case "measures":
			if isNull(v) {
				return nil
			}
			mm, err := d.mapping(v, what+" measures")
			if err != nil {
				return err
			}
			c.Measures = map[string][]string{}
			return d.pairs(mm, what+" measures", nil, func(id string, _, v *yaml.Node) (err error) {
				c.Measures[id], err = strs(v, what+" measures of "+id)
				return err
			})
		}
		return err
	})
	return c, err
}

func (d decoder) providers(n *yaml.Node) ([]Provider, []*yaml.Node, error) {
	items, err := d.list(n, "providers")
	if err != nil {
		return nil, nil, err
	}
	out := make([]Provider, 0, len(items))
	for _, item := range items {
		m, err := d.mapping(item, "a provider")
		if err != nil {
			return nil, nil, err
		}
		p := Provider{Line: item.Line + fmLineOffset}
		err = d.pairs(m, "provider", nil, func(key string, k, v *yaml.Node) (err error) {
			d.a.lines[fieldPos{p.Line, key}] = v.Line + fmLineOffset
			switch key {
			case "id":
				p.ID, err = d.str(v, "provider id")
			case "name":
				p.Name, err = d.str(v, "provider name")
			case "stance":
				p.Stance, err = d.str(v, "stance")
			case "measures":
				var ms []*yaml.Node
				if ms, err = d.list(v, "measures"); err != nil {
					return err
				}
				for _, m := range ms {
					id, err := d.str(m, "a measure")
					if err != nil {
						return err
					}
					p.Measures = append(p.Measures, id)
					p.MeasureLines = append(p.MeasureLines, m.Line+fmLineOffset)
				}
			case "confidence":
				p.Confidence, err = d.float(v, "confidence")
			case "stance_confidence":
				p.StanceConfidence, err = d.float(v, "stance_confidence")
			case "evidence":
				p.Evidence, err = d.evidence(v)
			case "unregistered":
				p.Unregistered, err = d.bool(v, "unregistered")
			case "reviewed":
				p.Reviewed, err = d.bool(v, "reviewed")
			case "extracted":
				p.Extracted, err = d.str(v, "extracted")
			case "rejected":
				p.Rejected, err = d.bool(v, "rejected")
			default:
				err = d.ownKey(&p.Extra, "provider", key, k, v)
			}
			return err
		})
		if err != nil {
			return nil, nil, err
		}
		out = append(out, p)
	}
	return out, items, nil
}

func (d decoder) evidence(n *yaml.Node) ([]Evidence, error) {
	items, err := d.list(n, "evidence")
	if err != nil {
		return nil, err
	}
	var out []Evidence
	for _, item := range items {
		m, err := d.mapping(item, "evidence")
		if err != nil {
			return nil, err
		}
		e := Evidence{Line: item.Line + fmLineOffset}
		err = d.pairs(m, "evidence", nil, func(key string, k, v *yaml.Node) (err error) {
			d.a.lines[fieldPos{e.Line, "evidence." + key}] = v.Line + fmLineOffset
			switch key {
			case "field":
				e.Field, err = d.str(v, "evidence field")
			case "text":
				e.Text, err = d.str(v, "evidence text")
			case "confidence":
				e.Confidence, err = d.float(v, "confidence")
			default:
				err = d.ownKey(&e.Extra, "evidence", key, k, v)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func (d decoder) quotes(n *yaml.Node) ([]Quote, []*yaml.Node, error) {
	items, err := d.list(n, "quotes")
	if err != nil {
		return nil, nil, err
	}
	out := make([]Quote, 0, len(items))
	for _, item := range items {
		m, err := d.mapping(item, "a quote")
		if err != nil {
			return nil, nil, err
		}
		q := Quote{Line: item.Line + fmLineOffset}
		err = d.pairs(m, "quote", nil, func(key string, k, v *yaml.Node) (err error) {
			d.a.lines[fieldPos{q.Line, key}] = v.Line + fmLineOffset
			switch key {
			case "text":
				q.Text, err = d.str(v, "quote text")
			case "speaker":
				q.Speaker, err = d.str(v, "speaker")
			case "provider":
				q.Provider, err = d.str(v, "quote provider")
			case "kind":
				q.Kind, err = d.str(v, "kind")
			case "confidence":
				q.Confidence, err = d.float(v, "confidence")
			case "reviewed":
				q.Reviewed, err = d.bool(v, "reviewed")
			case "extracted":
				q.Extracted, err = d.str(v, "extracted")
			case "rejected":
				q.Rejected, err = d.bool(v, "rejected")
			default:
				err = d.ownKey(&q.Extra, "quote", key, k, v)
			}
			return err
		})
		if err != nil {
			return nil, nil, err
		}
		out = append(out, q)
	}
	return out, items, nil
}

// yamlMessage is a yaml.v3 error without its "yaml: " prefix and its
// block-relative line, which the caller replaces by a file line.
func yamlMessage(err error) string { return yamlerr.Message(err) }

// yamlErr reports a syntax error of the block at its file line, in words
// an editor can act on (see yamlerr.Locate).
func yamlErr(path string, text []byte, err error) error {
	line, msg := yamlerr.Locate(text, err)
	return parseErr(path, line+fmLineOffset, err, "%s", msg)
}
