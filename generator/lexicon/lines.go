package lexicon

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

func errEOF() error { return io.EOF }

var yamlLine = regexp.MustCompile(`line (\d+): `)

// lineError rewrites a yaml.v3 error as "N: message" so that callers can
// prefix the path and get the editor-facing "path:N: message".
func lineError(err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		return lineMessage(te.Errors[0])
	}
	return lineMessage(err.Error())
}

func lineMessage(msg string) error {
	msg = strings.TrimPrefix(msg, "yaml: ")
	if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
		n, _ := strconv.Atoi(msg[m[2]:m[3]])
		return fmt.Errorf("%d: %s", n, strings.TrimSpace(msg[:m[0]]+msg[m[1]:]))
	}
	return fmt.Errorf("1: %s", msg)
}

// annotateLines records, for every list item of the registries, the line
// it starts on, so later checks can point an editor at it.
func (lx *Lexicon) annotateLines(fsys fs.FS) error {
	lines := func(file, key string) []int {
		data, err := fs.ReadFile(fsys, file)
		if err != nil {
			return nil
		}
		var doc yaml.Node
		if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
			return nil
		}
		root := doc.Content[0]
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value == key {
				var out []int
				for _, item := range root.Content[i+1].Content {
					out = append(out, item.Line)
				}
				return out
			}
		}
		return nil
	}
	for i, l := range lines("providers.yaml", "providers") {
		if i < len(lx.Providers) {
			lx.Providers[i].Line = l
		}
	}
	for i, l := range lines("people.yaml", "people") {
		if i < len(lx.People) {
			lx.People[i].Line = l
		}
	}
	for i, l := range lines("measures.yaml", "measures") {
		if i < len(lx.Measures) {
			lx.Measures[i].Line = l
		}
	}
	for i, l := range lines("stances.yaml", "stances") {
		if i < len(lx.Stances.Stances) {
			lx.Stances.Stances[i].Line = l
		}
	}
	return nil
}
