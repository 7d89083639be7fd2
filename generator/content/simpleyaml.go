package content

import (
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// parseSimpleYAML parses a front-matter block that keeps to the shapes
// articles are written in (block mappings and lists, one-line quoted or
// plain scalars, one-line [a, b] lists) into the node tree yaml.v3 makes
// of it, node for node: kinds, tags, styles, values, lines and columns.
// ok is false for anything else (comments, anchors, block or multi-line
// scalars, escapes, tabs, numbers it does not know how yaml.v3 reads,
// errors), and the caller parses the block with yaml.v3, which also gives
// the errors their messages. yaml.v3's parser was about 1 s of CPU over a
// 10,000-article build; FuzzSimpleYAML checks the trees are the same.
func parseSimpleYAML(text []byte) (doc *yaml.Node, ok bool) {
	p := simpleYAML{}
	if !p.split(text) || len(p.lines) == 0 {
		return nil, false
	}
	first := p.lines[0]
	if first.indent != 0 {
		return nil, false
	}
	root := p.block(0)
	if root == nil || p.i != len(p.lines) {
		return nil, false
	}
	doc = p.node()
	*doc = yaml.Node{Kind: yaml.DocumentNode, Line: first.num, Column: 1, Content: []*yaml.Node{root}}
	return doc, true
}

// simpleYAML is the state of parseSimpleYAML: the block's non-blank
// lines and the next one to read.
type simpleYAML struct {
	lines []yamlLine
	i     int
	slab  []yaml.Node // nodes are cut from here: one allocation for many
}

type yamlLine struct {
	num    int    // 1-based line of the block
	indent int    // leading spaces
	text   string // the rest, without the line break
}

// split cuts the block into lines, refusing what the parser leaves to
// yaml.v3: invalid UTF-8, tabs, carriage returns, control and non-printable characters,
// line separators yaml reads as breaks, comments, directives, document
// markers and trailing spaces.
func (p *simpleYAML) split(text []byte) bool {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if c < ' ' && c != '\n' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:])
		if r == utf8.RuneError && n == 1 || r < 0xa0 || r == 0x2028 || r == 0x2029 || r == 0xfeff || r >= 0xfffe && r <= 0xffff {
			return false
		}
		i += n
	}
	s := string(text)
	for num := 1; s != ""; num++ {
		line, rest, _ := strings.Cut(s, "\n")
		s = rest
		text := strings.TrimLeft(line, " ")
		if text == "" {
			continue
		}
		if text[0] == '#' || text[0] == '%' || text[len(text)-1] == ' ' || strings.Contains(text, " #") ||
			strings.HasPrefix(line, "---") || strings.HasPrefix(line, "...") {
			return false
		}
		p.lines = append(p.lines, yamlLine{num: num, indent: len(line) - len(text), text: text})
	}
	return true
}

func (p *simpleYAML) node() *yaml.Node {
	if len(p.slab) == 0 {
		p.slab = make([]yaml.Node, 32)
	}
	n := &p.slab[0]
	p.slab = p.slab[1:]
	return n
}

// block parses the mapping or list that starts at the current line,
// whose indent is indent; nil when it is not one this parser reads.
func (p *simpleYAML) block(indent int) *yaml.Node {
	if isListItem(p.lines[p.i].text) {
		return p.list(indent)
	}
	return p.mapping(indent)
}

func isListItem(text string) bool { return text == "-" || strings.HasPrefix(text, "- ") }

// mapping parses "key: value" lines at indent.
func (p *simpleYAML) mapping(indent int) *yaml.Node {
	l := p.lines[p.i]
	m := p.node()
	*m = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: l.num, Column: indent + 1}
	for p.i < len(p.lines) {
		l := p.lines[p.i]
		if l.indent < indent {
			break
		}
		if l.indent > indent || isListItem(l.text) {
			return nil
		}
		name, rest, ok := keyOf(l.text)
		if !ok {
			return nil
		}
		key := p.plain(name, l.num, indent+1)
		if key == nil {
			return nil
		}
		p.i++
		var value *yaml.Node
		if rest == "" {
			// The value is the block below: deeper, or a list at the
			// key's own indent. Nothing there is a null, left to yaml.v3.
			if p.i == len(p.lines) {
				return nil
			}
			switch next := p.lines[p.i]; {
			case next.indent > indent:
				value = p.block(next.indent)
			case next.indent == indent && isListItem(next.text):
				value = p.list(indent)
			}
		} else {
			value = p.inline(rest, l.num, indent+1+len(name)+2)
		}
		if value == nil {
			return nil
		}
		m.Content = append(m.Content, key, value)
	}
	return m
}

// keyOf splits "name: rest" or "name:" of a plain name (letters, digits,
// _ and -, starting with a letter or _).
func keyOf(text string) (name, rest string, ok bool) {
	i := 0
	for i < len(text) && i < 128 && isNameByte(text[i], i == 0) {
		i++
	}
	if i == 0 || i == len(text) || text[i] != ':' {
		return "", "", false
	}
	switch rest := text[i+1:]; {
	case rest == "":
		return text[:i], "", true
	case rest[0] == ' ':
		rest = strings.TrimLeft(rest, " ")
		if len(rest) != len(text)-i-2 {
			return "", "", false // more than one space: columns not worth following
		}
		return text[:i], rest, true
	}
	return "", "", false
}

func isNameByte(c byte, first bool) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' ||
		!first && (c >= '0' && c <= '9' || c == '-')
}

// list parses "- item" lines at indent.
func (p *simpleYAML) list(indent int) *yaml.Node {
	l := p.lines[p.i]
	s := p.node()
	*s = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: l.num, Column: indent + 1}
	for p.i < len(p.lines) {
		l := p.lines[p.i]
		if l.indent < indent || l.indent == indent && !isListItem(l.text) {
			break
		}
		if l.indent > indent || l.text == "-" {
			return nil
		}
		rest := strings.TrimLeft(l.text[1:], " ")
		at := indent + len(l.text) - len(rest) // the item's indent
		var item *yaml.Node
		if _, _, key := keyOf(rest); key || isListItem(rest) {
			// A mapping or list that starts on the item's line: read
			// as if its first line were indented to where it starts.
			p.lines[p.i] = yamlLine{num: l.num, indent: at, text: rest}
			item = p.block(at)
		} else {
			item = p.inline(rest, l.num, at+1)
			p.i++
		}
		if item == nil {
			return nil
		}
		s.Content = append(s.Content, item)
	}
	return s
}

// inline parses a value that ends its line: a quoted or plain scalar, or
// a [a, b] list. column is where it starts.
func (p *simpleYAML) inline(text string, line, column int) *yaml.Node {
	if text[0] == '[' {
		return p.flowList(text, line, column)
	}
	n, size := p.scalar(text, line, column, false)
	if n == nil || size != len(text) {
		return nil
	}
	return n
}

// flowList parses "[a, 'b', c]", which must end the line.
func (p *simpleYAML) flowList(text string, line, column int) *yaml.Node {
	s := p.node()
	*s = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle, Line: line, Column: column}
	i := 1
	skip := func() {
		for i < len(text) && text[i] == ' ' {
			i++
		}
	}
	skip()
	if i < len(text) && text[i] == ']' {
		if i+1 != len(text) {
			return nil
		}
		return s
	}
	for i < len(text) {
		item, size := p.scalar(text[i:], line, column+i, true)
		if item == nil {
			return nil
		}
		s.Content = append(s.Content, item)
		i += size
		skip()
		if i == len(text) {
			return nil
		}
		switch text[i] {
		case ']':
			if i+1 != len(text) {
				return nil
			}
			return s
		case ',':
			i++
			skip()
		default:
			return nil
		}
	}
	return nil
}

// scalar parses the scalar at the start of text and returns it with the
// bytes it took. In a flow list a plain scalar is a name-like word (it
// ends at the first byte that is not a letter, digit, _, - or .);
// elsewhere it is the rest of the line.
func (p *simpleYAML) scalar(text string, line, column int, flow bool) (*yaml.Node, int) {
	switch text[0] {
	case '\'':
		// '' is a quote; the value is a slice of the block unless it has one.
		var sb strings.Builder
		start := 1
		for i := 1; i < len(text); i++ {
			if text[i] != '\'' {
				continue
			}
			if i+1 < len(text) && text[i+1] == '\'' {
				sb.WriteString(text[start : i+1])
				i++
				start = i + 1
				continue
			}
			value := text[1:i]
			if start > 1 {
				sb.WriteString(text[start:i])
				value = sb.String()
			}
			return p.quoted(value, yaml.SingleQuotedStyle, line, column), i + 1
		}
		return nil, 0
	case '"':
		end := strings.IndexAny(text[1:], "\"\\")
		if end < 0 || text[1+end] != '"' {
			return nil, 0 // escapes are yaml.v3's
		}
		return p.quoted(text[1:1+end], yaml.DoubleQuotedStyle, line, column), end + 2
	}
	size := len(text)
	if flow {
		size = 0
		for size < len(text) && (isNameByte(text[size], false) || text[size] == '.') {
			size++
		}
	} else if strings.Contains(text, ": ") || text[len(text)-1] == ':' {
		return nil, 0
	}
	n := p.plain(text[:size], line, column)
	return n, size
}

func (p *simpleYAML) quoted(value string, style yaml.Style, line, column int) *yaml.Node {
	n := p.node()
	*n = yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Style: style, Value: value, Line: line, Column: column}
	return n
}

// plain is a plain scalar, tagged as yaml.v3 resolves it; nil for one
// whose resolution this parser does not follow.
func (p *simpleYAML) plain(value string, line, column int) *yaml.Node {
	tag := plainTag(value)
	if tag == "" {
		return nil
	}
	n := p.node()
	*n = yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: value, Line: line, Column: column}
	return n
}

// plainTag is the tag yaml.v3 resolves a plain scalar to (its resolve.go),
// for the values this parser takes: words, plain integers and decimals,
// and yyyy-mm-dd dates; "" for the rest.
func plainTag(v string) string {
	if v == "" {
		return ""
	}
	switch v {
	case "true", "True", "TRUE", "false", "False", "FALSE":
		return "!!bool"
	case "null", "Null", "NULL":
		return "!!null"
	}
	c := v[0]
	if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' {
		return "!!str"
	}
	if c < '0' || c > '9' {
		return ""
	}
	if len(v) == len("2006-01-02") && v[4] == '-' && v[7] == '-' && digits(v[:4]) && digits(v[5:7]) && digits(v[8:]) {
		if _, err := time.Parse("2006-01-02", v); err == nil {
			return "!!timestamp"
		}
		return ""
	}
	whole, frac, dot := strings.Cut(v, ".")
	if !digits(whole) || len(whole) > 15 || len(whole) > 1 && whole[0] == '0' {
		return ""
	}
	if !dot {
		return "!!int"
	}
	if !digits(frac) || len(frac) > 15 {
		return ""
	}
	return "!!float"
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
