// Package weburl is the one rule for the URLs the site writes out: an
// article's source.url, a provider's homepage, the pages ingest fetches.
// They end up in links, feeds, JSON-LD and data/*.json, where a
// "javascript:" or "data:" URL would run in a reader's browser or in
// whatever reuses the exports, so only absolute http(s) URLs pass.
package weburl

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
)

// ErrNotWeb is wrapped by every error of Check.
var ErrNotWeb = errors.New("not an http(s) URL")

// Check returns nil when s is an absolute http:// or https:// URL with a
// host, without spaces or control characters.
func Check(s string) error {
	if i := strings.IndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }); i >= 0 {
		return fmt.Errorf("%q is %w: it contains a space or control character at byte %d", s, ErrNotWeb, i)
	}
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%q is %w: %v", s, ErrNotWeb, errors.Unwrap(err))
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		if u.Scheme == "" {
			return fmt.Errorf("%q is %w: it has no scheme (write https://...)", s, ErrNotWeb)
		}
		return fmt.Errorf("%q is %w: the scheme %q is refused (write https://...)", s, ErrNotWeb, u.Scheme)
	case u.Host == "" || u.Hostname() == "":
		return fmt.Errorf("%q is %w: it has no host", s, ErrNotWeb)
	case u.User != nil:
		// A user name before the host ("https://bank.example@evil.example")
		// is a classic way to disguise where a link goes.
		return fmt.Errorf("%q is %w: it has a user name before the host", s, ErrNotWeb)
	}
	return nil
}
