package template

import (
	"reflect"
	"testing"

	text "github.com/newsdesk/ruscompare/generator/internal/tmpl/text"
)

// testStringForm is the string form registered for f, or nil.
func testStringForm(f func(...any) string) func(string) string {
	return text.StringFormOf(reflect.ValueOf(f))
}

// TestStringForms (tmpl): every escaper's string form (text.StringForm)
// returns what the escaper returns for that one string argument.
func TestStringForms(t *testing.T) {
	escapers := map[string]func(...any) string{
		"htmlEscaper": htmlEscaper, "attrEscaper": attrEscaper, "rcdataEscaper": rcdataEscaper,
		"htmlNospaceEscaper": htmlNospaceEscaper, "urlFilter": urlFilter,
		"urlEscaper": urlEscaper, "urlNormalizer": urlNormalizer,
	}
	inputs := []string{"", "plain", `<b class="x">&amp; 'q'</b>`, "a b\tc\x00d", "javascript:alert(1)",
		"https://example.com/a b?q=1&r=é#f", "mailto:x@y", "(\u00a0)\xff", "=`<>"}
	for name, f := range escapers {
		g := testStringForm(f)
		if g == nil {
			t.Errorf("%s has no string form", name)
			continue
		}
		for _, in := range inputs {
			if got, want := g(in), f(in); got != want {
				t.Errorf("%s string form of %q = %q, want %q", name, in, got, want)
			}
		}
	}
}
