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
		{`\bin russia\b[^.]{0,60}\bno longer (provide|serve|offer|support)\w*`, []string{"russia"}},
		{`\b(its |their |our )?ukrainian (customers|clients)\b`, []string{"customers", "clients"}},
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
