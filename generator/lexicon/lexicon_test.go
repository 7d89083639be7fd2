package lexicon

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLoadRepositoryData loads the data editors edit and checks the facts
// the rest of the generator relies on.
func TestLoadRepositoryData(t *testing.T) {
	lx, err := Load("../../content/data")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(lx.Providers); n < 200 {
		t.Errorf("%d providers in the registry, want at least 200", n)
	}
	if n := len(lx.Measures); n != 14 {
		t.Errorf("%d measures, want the 14 canonical ones", n)
	}
	for _, m := range lx.Measures {
		for _, lang := range []string{"en", "nl"} {
			if m.Label[lang] == "" || m.Definition[lang] == "" || len(m.Cues[lang]) == 0 {
				t.Errorf("measure %s (line %d): needs a %s label, definition and cues", m.ID, m.Line, lang)
			}
		}
	}
	for _, id := range []string{"withdraws", "suspends", "restricts", "stays", "unclear"} {
		if _, ok := lx.Stance(id); !ok {
			t.Errorf("stance %s missing", id)
		}
	}
	for _, p := range lx.People {
		if _, ok := lx.Provider(p.Organisation); p.Organisation != "" && !ok {
			t.Errorf("people.yaml:%d: %s speaks for %q, which the registry lacks", p.Line, p.Name, p.Organisation)
		}
	}
	aliases := map[string]string{}
	for _, p := range lx.Providers {
		for _, a := range append([]string{p.Name}, p.Aliases...) {
			if prev, dup := aliases[a]; dup && prev != p.ID {
				t.Errorf("providers.yaml:%d: %q names both %s and %s", p.Line, a, prev, p.ID)
			}
			aliases[a] = p.ID
		}
	}
}

// TestLoadErrors: a broken data file is reported with its path and line.
func TestLoadErrors(t *testing.T) {
	cases := []struct {
		name, file, content, want string
	}{
		{"bad yaml", "providers.yaml", "providers:\n  - {id: acme, name: Acme\n", "providers.yaml:"},
		{"unknown key", "providers.yaml", "providers:\n  - id: acme\n    name: Acme\n    colour: red\n", "providers.yaml:4: "},
		{"duplicate id", "providers.yaml", "providers:\n  - {id: acme, name: Acme}\n  - {id: acme, name: Acme Two}\n", `providers.yaml:3: provider id "acme" already used on line 2`},
		{"measure without label", "measures.yaml", "measures:\n  - {id: m1, label: {en: One}}\n", "measures.yaml:2: measure needs an id and an en and nl label"},
		// Ids become paths of the site (issue 9).
		{"provider id dot-dot", "providers.yaml", "providers:\n  - {id: acme, name: Acme}\n  - {id: '..', name: Dots}\n", `providers.yaml:3: provider id ".." cannot be part of a page address: it is only dots`},
		{"provider id climbing out", "providers.yaml", "providers:\n  - {id: 'a/../../../x', name: Up}\n", `providers.yaml:2: provider id "a/../../../x" cannot be part of a page address: it contains '/', a path separator`},
		{"homepage javascript", "providers.yaml", "providers:\n  - {id: acme, name: Acme, homepage: 'javascript:alert(1)'}\n", `providers.yaml:2: homepage "javascript:alert(1)" is not an http(s) URL`},
		{"measure id with a fragment", "measures.yaml", "measures:\n  - {id: 'm#1', label: {en: One, nl: Een}}\n", `measures.yaml:2: measure id "m#1" cannot be part of a page address: it contains '#'`},
		{"stance id hidden", "stances.yaml", "stances:\n  - {id: .x, label: {en: X, nl: X}}\n", `stances.yaml:2: stance id ".x" cannot be part of a page address: it starts with a dot`},
		{"stance slug with a slash", "stances.yaml", "stances:\n  - {id: x, label: {en: X, nl: X}, slug: {nl: 'a/b'}}\n", `stances.yaml:2: stance slug "a/b" cannot be part of a page address`},
		{"measure slug taken", "measures.yaml", "measures:\n  - {id: m1, label: {en: One, nl: Een}, slug: {nl: een}}\n  - {id: m2, label: {en: Two, nl: Twee}, slug: {nl: een}}\n", `measures.yaml:3: measure slug "een" (nl) is already the address of "m1"`},
		{"measure slug is another's id", "measures.yaml", "measures:\n  - {id: m1, label: {en: One, nl: Een}}\n  - {id: m2, label: {en: Two, nl: Twee}, slug: {nl: m1}}\n", `measures.yaml:3: measure slug "m1" (nl) is already the address of "m1"`},
		{"organisation with a separator", "people.yaml", "people:\n  - {name: A B, organisation: 'x/y'}\n", `people.yaml:2: organisation (a provider id) "x/y" cannot be part of a page address`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range []string{"providers.yaml", "people.yaml", "measures.yaml", "stances.yaml", "speech.yaml", "boilerplate.yaml", "stopwords.yaml", "abbreviations.yaml"} {
				data, err := os.ReadFile(filepath.Join("../../content/data", f))
				if err != nil {
					t.Fatal(err)
				}
				if f == c.file {
					data = []byte(c.content)
				}
				if err := os.WriteFile(filepath.Join(dir, f), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			_, err := Load(dir)
			if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, c.want)) && !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
			if !strings.HasPrefix(err.Error(), dir) {
				t.Errorf("error %q does not start with the file's path", err)
			}
		})
	}
}

// TestRegistryCoverage: news lists oil, banks, fast food and car makers in
// the same sentences as tech, so the registry must know the companies such
// lists name (issue 14) and every entry must be usable as it stands: an id
// that is a slug, an ISO country code, a kind, and no name or alias that
// two entries share (the matcher would give a mention to whichever came
// first).
func TestRegistryCoverage(t *testing.T) {
	lx, err := Load("../../content/data")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(lx.Providers); n < 1000 {
		t.Errorf("%d providers in the registry, want at least 1000", n)
	}
	slug := regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)
	country := regexp.MustCompile(`^[A-Z]{2}$`)
	kind := regexp.MustCompile(`^[a-z]+(?:-[a-z]+)*$`)
	ids := map[string]int{}
	names := map[string]string{}
	for _, p := range lx.Providers {
		at := fmt.Sprintf("providers.yaml:%d: %s", p.Line, p.ID)
		if !slug.MatchString(p.ID) {
			t.Errorf("%s: id is not a lowercase slug", at)
		}
		if prev, dup := ids[p.ID]; dup {
			t.Errorf("%s: id already used on line %d", at, prev)
		}
		ids[p.ID] = p.Line
		if !country.MatchString(p.Country) {
			t.Errorf("%s: country %q is not an ISO 3166-1 alpha-2 code", at, p.Country)
		}
		if !kind.MatchString(p.Kind) {
			t.Errorf("%s: kind %q", at, p.Kind)
		}
		own := map[string]bool{}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if len([]rune(strings.TrimSpace(n))) < 2 {
				t.Errorf("%s: name or alias %q is too short to match safely", at, n)
			}
			key := strings.ToLower(n)
			if prev, dup := names[key]; dup && prev != p.ID {
				t.Errorf("%s: %q also names %s", at, n, prev)
			}
			if own[n] {
				t.Errorf("%s: %q listed twice", at, n)
			}
			own[n] = true
			names[key] = p.ID
		}
	}
}
