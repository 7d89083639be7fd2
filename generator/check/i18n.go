package check

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/newsdesk/ruscompare/generator/yamlerr"
)

// I18n compares the UI string files of dir (templates/i18n/<lang>.yaml):
// a key one language has and another lacks, or leaves empty, is reported
// at the line of the language that has it, with the file that lacks it.
func I18n(dir string, langs []string) []Problem {
	type entry struct {
		line  int
		value string
	}
	files := map[string]map[string]entry{}
	var out []Problem
	for _, l := range langs {
		p := filepath.Join(dir, l+".yaml")
		data, err := os.ReadFile(p)
		if err != nil {
			out = append(out, Problem{Path: p, Severity: Error, Rule: RuleI18n, Message: fmt.Sprintf("no UI strings for language %q: %v", l, err)})
			continue
		}
		var doc yaml.Node
		if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
			line, msg := yamlerr.Locate(data, err)
			out = append(out, FromError(fmt.Errorf("%s:%d: %s", p, line, msg), RuleI18n)...)
			continue
		}
		m := map[string]entry{}
		if len(doc.Content) > 0 && doc.Content[0].Kind == yaml.MappingNode {
			root := doc.Content[0]
			for i := 0; i+1 < len(root.Content); i += 2 {
				m[root.Content[i].Value] = entry{line: root.Content[i].Line, value: root.Content[i+1].Value}
			}
		}
		files[l] = m
	}
	for _, l := range langs {
		m, ok := files[l]
		if !ok {
			continue
		}
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			e := m[k]
			p := filepath.Join(dir, l+".yaml")
			if strings.TrimSpace(e.value) == "" {
				out = append(out, Problem{Path: p, Line: e.line, Severity: Error, Rule: RuleI18n, Message: fmt.Sprintf("UI string %q is empty", k)})
			}
			for _, other := range langs {
				om, ok := files[other]
				if other == l || !ok {
					continue
				}
				if _, has := om[k]; !has {
					out = append(out, Problem{Path: p, Line: e.line, Severity: Error, Rule: RuleI18n,
						Message: fmt.Sprintf("UI string %q is missing in %s", k, filepath.Join(dir, other+".yaml"))})
				}
			}
		}
	}
	return out
}
