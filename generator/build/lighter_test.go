package build

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/synth"
)

// TestOneShotManifestMatchesLong: a session that renders once makes its
// manifest's articles after the render (addEntries); the manifest it saves
// is the one a long-lived session saves, entry for entry (hash, listing
// hash, page and dependent folders), so the next incremental build plans
// the same.
func TestOneShotManifestMatchesLong(t *testing.T) {
	src := writeCorpus(t, synth.Options{N: 16, Seed: 3, Words: 120})
	manifests := map[bool]Manifest{}
	for _, long := range []bool{false, true} {
		s, err := Open(Options{Source: src, Templates: "../../templates", Config: "../../site.yaml", Generator: "test", Long: long})
		if err != nil {
			t.Fatal(err)
		}
		if s.st.entriesLater == long {
			t.Fatalf("long=%v: entries made later = %v", long, s.st.entriesLater)
		}
		dest := filepath.Join(t.TempDir(), "public")
		if _, err := s.Publish(dest, true); err != nil {
			t.Fatal(err)
		}
		m := LoadManifest(ManifestPath(src, dest))
		if len(m.Articles) != 16 {
			t.Fatalf("long=%v: the saved manifest has %d articles, want 16", long, len(m.Articles))
		}
		manifests[long] = m
	}
	for p, want := range manifests[true].Articles {
		got := manifests[false].Articles[p]
		if len(want.Deps) == 0 {
			t.Fatalf("%s: no dependent folders in the long session's manifest", p)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: one-shot entry %+v, long session's %+v", p, got, want)
		}
	}
}

// TestDetachTexts: the texts extraction cut out of one string (title and
// body) get memory of their own, so they do not keep that string alive.
func TestDetachTexts(t *testing.T) {
	source := strings.Repeat("filler ", 100) + "Acme left the market. \"We are gone,\" said Jane Roe."
	cut := func(s string) string {
		i := strings.Index(source, s)
		if i < 0 {
			t.Fatalf("%q not in the source", s)
		}
		return source[i : i+len(s)]
	}
	providers := []content.Provider{{ID: "acme", Name: cut("Acme"), Evidence: []content.Evidence{{Field: "stance", Text: cut("Acme left the market.")}}}}
	quotes := []content.Quote{{Text: cut("We are gone,"), Speaker: cut("Jane Roe")}}
	detachTexts(providers, quotes)
	start := uintptr(unsafe.Pointer(unsafe.StringData(source)))
	end := start + uintptr(len(source))
	for _, tc := range []struct{ name, got, want string }{
		{"provider name", providers[0].Name, "Acme"},
		{"evidence", providers[0].Evidence[0].Text, "Acme left the market."},
		{"quote", quotes[0].Text, "We are gone,"},
		{"speaker", quotes[0].Speaker, "Jane Roe"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, tc.got, tc.want)
		}
		if p := uintptr(unsafe.Pointer(unsafe.StringData(tc.got))); p >= start && p < end {
			t.Errorf("%s: still points into the extraction's source", tc.name)
		}
	}
}
