package content

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// yamlV3Tree is what decodeYAML's yaml.v3 path makes of a block: its one
// document, or an error (a second document is one too).
func yamlV3Tree(text []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(text))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var next yaml.Node
	if err := dec.Decode(&next); !errors.Is(err, io.EOF) {
		return nil, errors.New("a second document")
	}
	return &doc, nil
}

// checkSameTree fails unless parseSimpleYAML either declines text or
// makes exactly yaml.v3's tree of it.
func checkSameTree(t *testing.T, text []byte) (took bool) {
	t.Helper()
	fast, ok := parseSimpleYAML(text)
	if !ok {
		return false
	}
	want, err := yamlV3Tree(text)
	if err != nil {
		t.Fatalf("parseSimpleYAML took a block yaml.v3 refuses (%v):\n%s", err, text)
	}
	if !reflect.DeepEqual(fast, want) {
		t.Fatalf("parseSimpleYAML's tree differs from yaml.v3's:\n%s\ngot:\n%s\nwant:\n%s", text, dumpNode(fast), dumpNode(want))
	}
	return true
}

func dumpNode(n *yaml.Node) string {
	var sb strings.Builder
	var walk func(n *yaml.Node, indent string)
	walk = func(n *yaml.Node, indent string) {
		fmt.Fprintf(&sb, "%skind %d tag %q value %q style %d line %d col %d comments %q %q %q anchor %q nil content %v\n",
			indent, n.Kind, n.Tag, n.Value, n.Style, n.Line, n.Column, n.HeadComment, n.LineComment, n.FootComment, n.Anchor, n.Content == nil)
		for _, c := range n.Content {
			walk(c, indent+"  ")
		}
	}
	walk(n, "")
	return sb.String()
}

// TestSimpleYAML: blocks in the shapes articles use are taken and make
// yaml.v3's tree; the others are declined, for yaml.v3 to read (or to
// refuse with its message).
func TestSimpleYAML(t *testing.T) {
	tests := []struct {
		name, text string
		took       bool
	}{
		{"article", "title: 'A title, with ''quotes'''\nsubtitle: \"double\"\nlang: en\ndate: 2022-07-09\nsource:\n  name: 'Paper'\n  url: 'https://example.org/a?b=c'\ndraft: false\ncompanies: [koch, 'mars-inc']\nproviders:\n  - id: koch\n    confidence: 0.71\n    measures:\n      - maintain-network\n    evidence:\n      - field: stance\n        text: 'It stays.'\nquotes:\n- text: 'q'\n  speaker: Eva Clark\n  kind: direct\n", true},
		{"blank lines", "\n\ntitle: x\n\n\nlang: nl\n", true},
		{"empty flow list", "companies: []\nstances: [ a , b ]\n", true},
		{"plain text with punctuation", "title: Koch, Inc. [and] {others} it's \"so\"\nn: 12\nz: 0\nnull_key: Null\nt: TRUE\n", true},
		{"nested lists", "a:\n- - x\n  - y\n- z\n", true},
		{"comment", "title: x # note\n", false},
		{"comment line", "# note\ntitle: x\n", false},
		{"anchor", "a: &x 1\nb: *x\n", false},
		{"block scalar", "a: |\n  text\n", false},
		{"multi-line plain", "a: one\n  two\n", false},
		{"multi-line quoted", "a: 'one\n  two'\n", false},
		{"escape", "a: \"x\\ny\"\n", false},
		{"tab", "a:\tx\n", false},
		{"crlf", "a: x\r\n", false},
		{"null value", "a:\nb: x\n", false},
		{"trailing space", "a: x \n", false},
		{"octal-looking", "a: 012\n", false},
		{"signed", "a: -1\n", false},
		{"date-time", "a: 2022-07-09T10:00:00Z\n", false},
		{"bad date", "a: 2022-13-40\n", false},
		{"flow mapping", "a: {b: c}\n", false},
		{"second document", "a: x\n---\nb: y\n", false},
		{"misaligned", "a:\n  b: x\n c: y\n", false},
		{"list root", "- a\n- b\n", true},
		{"key without space", "a:b\n", false},
		{"two spaces", "a:  b\n", false},
		{"line separator", "a: x\u2028y\n", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if took := checkSameTree(t, []byte(tt.text)); took != tt.took {
				t.Errorf("took = %v, want %v", took, tt.took)
			}
		})
	}
}

// TestSimpleYAMLArticles: every article front-matter in the repository's
// test data and content parses to yaml.v3's tree, and most take the
// simple path (else it would save nothing).
func TestSimpleYAMLArticles(t *testing.T) {
	var paths []string
	for _, pattern := range []string{"testdata/*/*.md", "testdata/*/content/*/articles/*.md", "../../content/*/articles/*.md", "../../testdata/*/content/*/articles/*.md"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) < 20 {
		t.Fatalf("only %d article files found", len(paths))
	}
	took := 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(path, data)
		if err != nil || a.front == nil {
			continue
		}
		if checkSameTree(t, a.front.text) {
			took++
		}
	}
	t.Logf("%d of %d article files took the simple path", took, len(paths))
	if took == 0 {
		t.Errorf("no article took the simple path")
	}
}

// FuzzSimpleYAML: whatever parseSimpleYAML takes, yaml.v3 parses to the
// same tree.
func FuzzSimpleYAML(f *testing.F) {
	for _, s := range []string{
		"title: 'x'\nlang: en\ndate: 2022-07-09\ndraft: false\ncompanies: [a, b]\nproviders:\n  - id: a\n    confidence: 0.5\n",
		"a:\n- b: c\n  d: [e]\n- 'f'\n", "a: it''s\nb: 'it''s'\n", "x: 1.50\ny: 10\n", "k: \"v\"\n", "- - a\n  - b\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSameTree(t, data)
	})
}

// TestPlainNumber: a plain integer or decimal reads as yaml.v3's
// Node.Decode reads it into a float64; anything else is left to it.
func TestPlainNumber(t *testing.T) {
	for _, text := range []string{"c: 0.71\n", "c: 1\n", "c: 0\n", "c: 12.500\n", "c: 123456789012345.123456789012345\n",
		"c: 1e3\n", "c: '0.5'\n", "c: 0x10\n", "c: 012\n", "c: .5\n", "c: 1_000\n", "c: -2\n", "c: 0.1.2\n"} {
		doc, err := yamlV3Tree([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		n := doc.Content[0].Content[1]
		got, ok := plainNumber(n)
		var want float64
		wantErr := n.Decode(&want)
		if ok && (wantErr != nil || got != want) {
			t.Errorf("%q: plainNumber = %v, Node.Decode = %v (%v)", text, got, want, wantErr)
		}
		if ok != (plainTag(n.Value) != "" && n.Style == 0 && strings.Trim(n.Value, "0123456789.") == "") {
			t.Errorf("%q: plainNumber took it: %v", text, ok)
		}
	}
}
