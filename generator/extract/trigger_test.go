package extract

import (
	"reflect"
	"testing"
)

func TestTriggersOf(t *testing.T) {
	cases := []struct {
		expr string
		want []string
	}{
		{`\bpull(s|ed|ing)? the plug\b`, []string{"pull"}},
		// "russia" is in nearly every sentence of these articles: a poor trigger.
		{`\bin russia\b[^.]{0,60}\bno longer (provide|serve|offer|support)\w*`, []string{"longer"}},
		// The parser factors customers|clients into c(?:ustomers|lients);
		// the set is found again, but "customers" is too common to index.
		{`\b(its |their |our )?ukrainian (customers|clients)\b`, nil},
		{`\b(its |their |our )?ukrainian (partners|clients)\b`, []string{"partners", "clients"}},
		{`\b(cut|cuts|cutting) (off|ties)\b`, []string{"cut"}},
		{`[^.]*`, nil},
		{`\b(a|an) (x|y)\b`, nil},
	}
	for _, c := range cases {
		if got := triggersOf(c.expr); !reflect.DeepEqual(got, c.want) {
			t.Errorf("triggersOf(%q) = %v, want %v", c.expr, got, c.want)
		}
	}
}
