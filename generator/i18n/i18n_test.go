package i18n

import (
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// TestShippedCatalogParity checks the real UI strings: every language has
// the same keys and no empty value, so no page shows a blank or a key.
func TestShippedCatalogParity(t *testing.T) {
	c, err := Load("../../templates/i18n")
	if err != nil {
		t.Fatal(err)
	}
	langs := c.Languages()
	if strings.Join(langs, ",") != "en,nl" {
		t.Fatalf("languages = %v", langs)
	}
	ref := c.Keys("en")
	for _, l := range langs {
		keys := c.Keys(l)
		have := map[string]bool{}
		for _, k := range keys {
			have[k] = true
			if strings.TrimSpace(c.T(l, k)) == "" {
				t.Errorf("%s: %s is empty", l, k)
			}
		}
		for _, k := range ref {
			if !have[k] {
				t.Errorf("%s lacks %s", l, k)
			}
		}
		if len(keys) != len(ref) {
			t.Errorf("%s has %d keys, en has %d", l, len(keys), len(ref))
		}
		for m := 1; m <= 12; m++ {
			if !c.Has(l, "month."+strconv.Itoa(m)) {
				t.Errorf("%s lacks month %d", l, m)
			}
		}
	}
}

func TestDatesAndPlurals(t *testing.T) {
	c, err := Load("../../templates/i18n")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, got, want string
	}{
		{"en date", c.Date("en", "2022-03-08"), "8 March 2022"},
		{"nl date", c.Date("nl", "2022-03-08"), "8 maart 2022"},
		{"nl december", c.Date("nl", "2022-12-31"), "31 december 2022"},
		{"empty date kept", c.Date("en", ""), ""},
		{"bad date kept", c.Date("en", "2022-13-01"), "2022-13-01"},
		{"en one", c.N("en", "count.articles", 1), "1 article"},
		{"en other", c.N("en", "count.articles", 2), "2 articles"},
		{"en zero", c.N("en", "count.articles", 0), "0 articles"},
		{"nl one", c.N("nl", "count.articles", 1), "1 artikel"},
		{"nl other", c.N("nl", "count.providers", 5), "5 bedrijven"},
		{"args", c.T("en", "pager.of", 2, 3), "Page 2 of 3"},
		{"missing key is visible", c.T("en", "no.such.key"), "[no.such.key]"},
		{"month heading", c.Month("nl", "2022-03"), "maart 2022"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, tc.got, tc.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"nested map refused", "a:\n  b: c\n", "i18n/en.yaml:2: key \"a\": value must be text"},
		{"duplicate key", "a: x\na: y\n", "i18n/en.yaml:"},
		{"not a mapping", "- a\n", "i18n/en.yaml:1: expected a mapping"},
	}
	for _, tc := range tests {
		fsys := fstest.MapFS{"en.yaml": {Data: []byte(tc.data)}}
		_, err := LoadFS(fsys, "i18n")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want it to contain %q", tc.name, err, tc.want)
		}
	}
}
