package render

import (
	"bytes"
	"reflect"
	"testing"

	tmpltext "github.com/newsdesk/ruscompare/generator/internal/tmpl/text"
	"github.com/newsdesk/ruscompare/generator/site"
)

// TestMethodCallsAsReflection: a render whose templates call the page's
// and the model's methods through the registered MethodCalls (methods.go)
// has the bytes of one that calls every method through reflection, file
// by file, in both languages and on every kind of page.
func TestMethodCallsAsReflection(t *testing.T) {
	s, r := fixture(t, site.DefaultConfig())
	got := renderFiles(t, r, s)
	tmpltext.UseMethodCalls(false)
	want := renderFiles(t, r, s)
	tmpltext.UseMethodCalls(true)
	if len(got) != len(want) {
		t.Fatalf("%d files with the MethodCalls, %d through reflection", len(got), len(want))
	}
	for p, w := range want {
		if !bytes.Equal(got[p], w) {
			t.Errorf("%s differs with the MethodCalls:\n%s\nwant\n%s", p, got[p], w)
		}
	}
	// The methods every page calls have a MethodCall, so the comparison
	// above compares something.
	for _, m := range []struct {
		recv reflect.Type
		name string
	}{
		{reflect.TypeFor[*Page](), "T"},
		{reflect.TypeFor[*Page](), "N"},
		{reflect.TypeFor[*Page](), "URL"},
		{reflect.TypeFor[*Page](), "Date"},
		{reflect.TypeFor[*Page](), "Here"},
		{reflect.TypeFor[*Page](), "StanceBadge"},
		{reflect.TypeFor[*Page](), "Fragment"},
		{reflect.TypeFor[*Page](), "Cached"},
		{reflect.TypeFor[*Page](), "ReportEntries"},
		{reflect.TypeFor[*site.Provider](), "Path"},
		{reflect.TypeFor[*site.Measure](), "Label"},
		{reflect.TypeFor[*site.Report](), "MeasureEvidence"},
	} {
		if !tmpltext.HasMethodCall(m.recv, m.name) {
			t.Errorf("%s.%s has no MethodCall", m.recv, m.name)
		}
	}
}

// renderFiles renders s with r into memory: each file's bytes by path.
func renderFiles(t *testing.T, r *Renderer, s *site.Site) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	if err := r.Render(s, func(p string, data []byte) error {
		files[p] = bytes.Clone(data)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return files
}
