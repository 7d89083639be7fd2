package yamlerr

import (
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestLocate(t *testing.T) {
	tests := []struct {
		name, text string
		line       int
		msg        string
	}{
		{"key indented too little, three lines below its item",
			"measures:\n  - id: a\n    label: x\n    effect: stay\n   cues: []\n", 5, "not indented like the list it is in"},
		{"key indented too little in a nested list",
			"stances:\n  - id: a\n    cues:\n      en:\n        - x\n       - y\n", 6, "not indented"},
		{"colon in a value", "name: Cloudflare: we stay\n", 1, `a ": " inside a value`},
		{"tab", "a: 1\n\tb: 2\n", 2, "a tab is used to indent"},
		{"unclosed quote", "a: 1\nb: \"open\nc: 2\n", 2, "a quoted value is never closed"},
		{"unbalanced brackets", "a: [1, 2\nb: 3\n", 1, "a [ list is not closed"},
		{"unknown anchor", "a: 1\n\nb: *nope\n", 3, "unknown anchor 'nope' referenced"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n yaml.Node
			err := yaml.Unmarshal([]byte(tt.text), &n)
			if err == nil {
				t.Fatal("no error")
			}
			line, msg := Locate([]byte(tt.text), err)
			if line != tt.line || !strings.Contains(msg, tt.msg) {
				t.Errorf("got %d: %s\nwant %d: ...%s...", line, msg, tt.line, tt.msg)
			}
		})
	}
}

// FuzzLocate: whatever the text, an error is placed on one of its lines
// (or the line after the last) and explained, never a panic.
func FuzzLocate(f *testing.F) {
	for _, s := range []string{"a: [1\n", "a:\n  - b: 1\n c: 2\n", "a: \"x\n", "\t- x", "a: b: c", "- a\n b: 1\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var n yaml.Node
		err := yaml.Unmarshal([]byte(text), &n)
		if err == nil {
			return
		}
		line, msg := Locate([]byte(text), err)
		if last := strings.Count(text, "\n") + 1; line < 1 || line > last+1 {
			t.Errorf("line %d outside 1..%d", line, last+1)
		}
		if msg == "" {
			t.Error("empty message")
		}
	})
}
