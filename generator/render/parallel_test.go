package render

import (
	"errors"
	"testing"

	"github.com/newsdesk/ruscompare/generator/site"
	"github.com/newsdesk/ruscompare/generator/site/sitetest"
)

// TestEmitError checks that a failing emit stops the render with its
// error, emits nothing after it, and leaves no worker blocked.
func TestEmitError(t *testing.T) {
	lx, err := sitetest.Lexicon()
	if err != nil {
		t.Fatal(err)
	}
	s, err := site.Build(sitetest.Articles(), lx, site.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(templatesDir, site.DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk full")
	for _, at := range []int{0, 3, 40} {
		n := 0
		err := r.Render(s, func(string, []byte) error {
			if n == at {
				n++
				return boom
			}
			if n > at {
				t.Fatalf("emit called after the failure at %d", at)
			}
			n++
			return nil
		})
		if !errors.Is(err, boom) {
			t.Fatalf("failure at %d: got %v", at, err)
		}
	}
}
