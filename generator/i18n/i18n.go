// Package i18n holds the site's UI strings per language, read from flat
// YAML data files (templates/i18n/<lang>.yaml) so that translators edit data,
// not Go. It also chooses plural forms (CLDR rules from x/text) and formats
// dates with month names taken from the same data files.
package i18n

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// Catalog is the set of UI strings of every language. It is read-only after
// Load, so one Catalog may be shared by concurrent renderers.
type Catalog struct {
	langs map[string]*lang
}

type lang struct {
	code    string
	tag     language.Tag
	strings map[string]string
}

// Load reads every <lang>.yaml of dir.
func Load(dir string) (*Catalog, error) {
	return LoadFS(os.DirFS(dir), dir)
}

// LoadFS reads every <lang>.yaml of fsys; dir only names files in errors.
func LoadFS(fsys fs.FS, dir string) (*Catalog, error) {
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no <lang>.yaml files", dir)
	}
	c := &Catalog{langs: map[string]*lang{}}
	for _, name := range names {
		p := path.Join(dir, name)
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		m, err := decodeFlat(data)
		if err != nil {
			return nil, fmt.Errorf("%s:%w", p, err)
		}
		code := strings.TrimSuffix(name, ".yaml")
		tag, err := language.Parse(code)
		if err != nil {
			return nil, fmt.Errorf("%s: file name is not a language tag: %w", p, err)
		}
		c.langs[code] = &lang{code: code, tag: tag, strings: m}
	}
	return c, nil
}

// decodeFlat reads a YAML mapping of string keys to string values; nested
// maps are refused so that every key can be grepped as written.
func decodeFlat(data []byte) (map[string]string, error) {
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		return nil, fmt.Errorf("1: %w", err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("1: expected a mapping of key: text")
	}
	root := doc.Content[0]
	out := make(map[string]string, len(root.Content)/2)
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if v.Kind != yaml.ScalarNode {
			return nil, fmt.Errorf("%d: key %q: value must be text", v.Line, k.Value)
		}
		if _, dup := out[k.Value]; dup {
			return nil, fmt.Errorf("%d: key %q defined twice", k.Line, k.Value)
		}
		out[k.Value] = v.Value
	}
	return out, nil
}

// Languages returns the language codes the catalog holds, sorted.
func (c *Catalog) Languages() []string {
	out := make([]string, 0, len(c.langs))
	for k := range c.langs {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Keys returns the keys of one language, sorted.
func (c *Catalog) Keys(code string) []string {
	l := c.langs[code]
	if l == nil {
		return nil
	}
	out := make([]string, 0, len(l.strings))
	for k := range l.strings {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Has reports whether the language has a value for key.
func (c *Catalog) Has(code, key string) bool {
	l := c.langs[code]
	if l == nil {
		return false
	}
	_, ok := l.strings[key]
	return ok
}

// T returns the text for key, with fmt verbs filled from args. A missing key
// shows as "[key]" so that it is visible on the page and in tests rather
// than silently blank.
func (c *Catalog) T(code, key string, args ...any) string {
	l := c.langs[code]
	if l == nil {
		return "[" + key + "]"
	}
	s, ok := l.strings[key]
	if !ok {
		return "[" + key + "]"
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// N returns the plural form of key for n: it looks up "key.one",
// "key.other" (and any other CLDR form the language uses, e.g. "key.few")
// and fills %d with n. Falling back to ".other" keeps languages with fewer
// forms in the data simple.
func (c *Catalog) N(code, key string, n int) string {
	l := c.langs[code]
	if l == nil {
		return "[" + key + "]"
	}
	form := plural.Cardinal.MatchPlural(l.tag, abs(n), 0, 0, 0, 0)
	k := key + "." + formName(form)
	s, ok := l.strings[k]
	if !ok {
		s, ok = l.strings[key+".other"]
		if !ok {
			return "[" + key + "]"
		}
	}
	if strings.Contains(s, "%d") {
		return fmt.Sprintf(s, n)
	}
	return s
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func formName(f plural.Form) string {
	switch f {
	case plural.Zero:
		return "zero"
	case plural.One:
		return "one"
	case plural.Two:
		return "two"
	case plural.Few:
		return "few"
	case plural.Many:
		return "many"
	}
	return "other"
}

// Date formats a YYYY-MM-DD date as the language writes it, using
// "date.format" with {d}, {month} and {yyyy}, and "month.1".."month.12".
// An empty or malformed date is returned as given: articles may lack one.
func (c *Catalog) Date(code, ymd string) string {
	if len(ymd) != 10 || ymd[4] != '-' || ymd[7] != '-' {
		return ymd
	}
	y, e1 := strconv.Atoi(ymd[:4])
	m, e2 := strconv.Atoi(ymd[5:7])
	d, e3 := strconv.Atoi(ymd[8:])
	if e1 != nil || e2 != nil || e3 != nil || m < 1 || m > 12 || d < 1 || d > 31 {
		return ymd
	}
	f := c.T(code, "date.format")
	r := strings.NewReplacer("{d}", strconv.Itoa(d), "{month}", c.T(code, "month."+strconv.Itoa(m)), "{yyyy}", strconv.Itoa(y))
	return r.Replace(f)
}

// Month returns the month name for "YYYY-MM", used for timeline headings.
func (c *Catalog) Month(code, ym string) string {
	if len(ym) < 7 || ym[4] != '-' {
		return ym
	}
	m, err := strconv.Atoi(ym[5:7])
	if err != nil || m < 1 || m > 12 {
		return ym
	}
	return c.T(code, "month."+strconv.Itoa(m)) + " " + ym[:4]
}
