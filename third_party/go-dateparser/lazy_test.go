package dateparser

import (
	"testing"
	"time"
)

// TestLazyLocales: the locales' data, made on first use rather than in
// the package's init (internal/data/05-lazy.go), parses dates in the
// languages the site ingests and in one it does not.
func TestLazyLocales(t *testing.T) {
	for _, c := range []struct{ in, want, locale string }{
		{"3 March 2022", "2022-03-03", "en"},
		{"3 maart 2022", "2022-03-03", "nl"},
		{"vendredi 4 juin 2021", "2021-06-04", "fr"},
	} {
		d, err := Parse(nil, c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if got := d.Time.Format(time.DateOnly); got != c.want || d.Locale != c.locale {
			t.Errorf("%q: %s in %q, want %s in %q", c.in, got, d.Locale, c.want, c.locale)
		}
	}
}
