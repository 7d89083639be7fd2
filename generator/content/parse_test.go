package content

import (
	"errors"
	"strconv"
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
		wrapped          bool // the error carries yaml.v3's own
	}{
		{"empty", "", "a.md:1: empty file", false},
		{"no opening line", "title: x\n---\n", "a.md:1: does not start with a --- line", false},
		{"opening line not first", "\n---\ntitle: x\n---\n", "a.md:1: does not start with a --- line", false},
		{"never closed", "---\ntitle: x\nlang: en\n", "a.md:1: front-matter opened here is never closed by a --- line", false},
		{"only an opening line", "---", "a.md:1: front-matter opened here is never closed", false},
		{"mapping in a value", "---\ntitle: x\nlang: b: c\n---\n", `a.md:3: invalid YAML: a ": " inside a value, or a key indented too far`, true},
		{"unclosed flow list", "---\ntitle: x\ntags: [a, b\ndate: 2022-03-08\n---\n", "a.md:3: invalid YAML: a [ list is not closed with ] on this line (the YAML parser says: did not find expected ',' or ']')", true},
		{"tab indent", "---\ntitle: x\n\tlang: en\n---\n", "a.md:3: invalid YAML: a tab is used to indent: YAML indents with spaces only", true},
		{"unknown anchor", "---\ntitle: x\n\nseries: *nope\n---\n", "a.md:4: invalid YAML: unknown anchor 'nope' referenced", true},
		{"control character", "---\ntitle: x\nlang: \"e\x01n\"\n---\n", "a.md:3: invalid YAML: control characters are not allowed", true},
		{"text after the document end", "---\ntitle: x\n...\nlang: en\n---\n", "a.md:4: invalid YAML: text after the end of the front-matter's YAML (a ... line)", true},
		{"provider key indented too little, lines below its item", "---\ntitle: x\nlang: en\nproviders:\n  - id: aws\n    stance: stays\n   measures: [a]\n---\n",
			"a.md:7: invalid YAML: this line is not indented like the list it is in", true},
		{"evidence key indented too little, deep in a provider", "---\ntitle: x\nlang: en\nproviders:\n  - id: aws\n    name: A\n    stance: stays\n    evidence:\n      - field: stance\n        text: a\n     confidence: 0.5\n---\n",
			"a.md:11: invalid YAML: this line is not indented like the keys above it", true},
		{"quote never closed", "---\ntitle: \"x\nlang: en\n---\n", "a.md:2: invalid YAML: a quoted value is never closed: add its closing quote", true},
		{"block key missing", "---\ntitle: x\nsource:\n  name: y\n url: z\n---\n", "a.md:5: invalid YAML: this line is not indented like the keys above it", true},
		{"node content missing", "---\ntitle: x\n\ntags: [a, ]]\n---\n", "a.md:4: invalid YAML: the brackets of a [list] or {mapping} on this line do not match", true},
		{"list", "---\n- title\n- lang\n---\n", "a.md:2: front-matter must be a mapping of keys (title: ...), not a list", false},
		{"scalar", "---\n\njust some text\n---\n", `a.md:3: front-matter must be a mapping of keys (title: ...), not "just some text"`, false},
		{"repeated key", "---\ntitle: x\nlang: en\ntitle: y\n---\n", `a.md:4: front-matter key "title" repeated (first on line 2)`, false},
		{"list as key", "---\n? [a, b]\n: c\n---\n", `a.md:2: front-matter key must be a plain name, not a list`, false},
		{"null key", "---\ntitle: x\n~: y\n---\n", `a.md:3: front-matter key must be a plain name, not null`, false},
		{"null key in a flow mapping", "---\n{a, null: b}\n---\n", `a.md:2: front-matter key must be a plain name, not null`, false},
		{"draft maybe", "---\ntitle: x\ndraft: maybe\n---\n", `a.md:3: draft must be true or false, not "maybe"`, false},
		{"providers number", "---\ntitle: x\nproviders: 3\n---\n", `a.md:3: providers must be a list, not "3"`, false},
		{"quotes mapping", "---\nquotes:\n  text: x\n---\n", `a.md:3: quotes must be a list, not a mapping`, false},
		{"title list", "---\ntitle:\n  - a\n---\n", `a.md:3: title must be text, not a list`, false},
		{"date mapping", "---\ndate: {y: 2022}\n---\n", `a.md:2: date must be text, not a mapping`, false},
		{"source text", "---\nsource: The Register\n---\n", `a.md:2: source must be a mapping, not "The Register"`, false},
		{"source unknown key", "---\nsource:\n  name: x\n  link: y\n---\n", `a.md:4: unknown key "link" in source (known: name, url)`, false},
		{"provider text", "---\nproviders:\n  - cloudflare\n---\n", `a.md:3: a provider must be a mapping, not "cloudflare"`, false},
		{"provider repeated key", "---\nproviders:\n  - id: aws\n    id: lumen\n---\n", `a.md:4: provider key "id" repeated (first on line 3)`, false},
		{"measures text", "---\nproviders:\n  - id: aws\n    measures: suspend-sales\n---\n", `a.md:4: measures must be a list, not "suspend-sales"`, false},
		{"measure mapping", "---\nproviders:\n  - id: aws\n    measures:\n      - {id: x}\n---\n", `a.md:5: a measure must be text, not a mapping`, false},
		{"confidence text", "---\nproviders:\n  - id: aws\n    confidence: high\n---\n", `a.md:4: confidence must be a number, not "high"`, false},
		{"evidence text", "---\nproviders:\n  - id: aws\n    evidence: a sentence\n---\n", `a.md:4: evidence must be a list, not "a sentence"`, false},
		{"reviewed yes please", "---\nquotes:\n  - text: abc\n    reviewed: yes please\n---\n", `a.md:4: reviewed must be true or false, not "yes please"`, false},
		{"extra key bad tag", "---\ntitle: x\nweight: !!int heavy\n---\n", "a.md:3: weight: cannot decode !!str `heavy` as a !!int", true},
		{"invalid UTF-8", "---\ntitle: caf\xe9\n---\n", "a.md: invalid UTF-8 at byte 14", false},
		{"binary", "---\ntitle: x\n---\nbody\x00\x01\x02", "a.md:4: binary file: NUL byte at byte 21", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("a.md", []byte(tt.data))
			if err == nil {
				t.Fatalf("no error; parsed %+v", a)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error\n  %s\nwant prefix\n  %s", err, tt.want)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("%T is not a *ParseError", err)
			}
			if pe.Path != "a.md" || pe.Severity != Error {
				t.Errorf("diagnostic %+v", pe.Diagnostic)
			}
			if got := errors.Unwrap(err) != nil; got != tt.wrapped {
				t.Errorf("wraps an underlying error: %v, want %v", got, tt.wrapped)
			}
		})
	}
}

func TestParseFields(t *testing.T) {
	data := `---
title: Cloudflare stays
lang: en
date: 2022-03-08
layout: wide
source: {name: The Register, url: "https://example.com/a"}
draft: true
providers:
  - id: cloudflare
    stance: stays
    measures:
      - maintain-network
      - keyless-ssl
    evidence:
      - field: stance
        text: It stays.
        confidence: 0.5
  - id: akamai
quotes:
  - text: Russia needs more internet access, not less.
    kind: direct
extra:
  nested: [1, two]
---

Body starts here.
`
	a, err := Parse("content/en/articles/cloudflare-stays.md", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %#v, want %#v", what, got, want)
		}
	}
	check("Slug", a.Slug, "cloudflare-stays")
	check("Title", a.Title, "Cloudflare stays")
	check("Date", a.Date, "2022-03-08")
	check("Source", a.Source, Source{Name: "The Register", URL: "https://example.com/a"})
	check("Draft", a.Draft, true)
	check("HasExtraction", a.HasExtraction, true)
	check("BodyLine", a.BodyLine, 25)
	check("Body", a.Body, "\nBody starts here.\n")
	check("providers", len(a.Providers), 2)
	check("provider 0 line", a.Providers[0].Line, 9)
	check("measure lines", len(a.Providers[0].MeasureLines), 2)
	check("measure 1 line", a.Providers[0].MeasureLines[1], 13)
	check("evidence line", a.Providers[0].Evidence[0].Line, 15)
	check("evidence confidence", a.Providers[0].Evidence[0].Confidence, 0.5)
	check("provider 1 line", a.Providers[1].Line, 18)
	check("quote line", a.Quotes[0].Line, 20)
	check("stance line", a.fieldLine(9, "stance", 0), 10)
	check("extra keys", len(a.Extra), 2)
	check("extra 0", a.Extra[0].Key+"@"+itoa(a.Extra[0].Line), "layout@5")
	check("extra 1", a.Extra[1].Key+"@"+itoa(a.Extra[1].Line), "extra@22")
	nested := a.Extra[1].Value.(map[string]any)["nested"].([]any)
	check("nested", nested[1], "two")
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestParseEmptyExtraction(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{"---\ntitle: x\n---\n", false},
		{"---\nproviders: []\n---\n", true},
		{"---\nquotes:\n---\n", true},
		{"---\n---\n", false},
		{"---\n# only a comment\n---\nbody\n", false},
	}
	for _, tt := range tests {
		a, err := Parse("a.md", []byte(tt.data))
		if err != nil {
			t.Fatalf("%q: %v", tt.data, err)
		}
		if a.HasExtraction != tt.want {
			t.Errorf("%q: HasExtraction = %v", tt.data, a.HasExtraction)
		}
	}
}
