// Package slug is the one rule for every id and slug that becomes part of
// a path of the published site or of content/: provider, measure and
// stance ids, speaker and source slugs, and article file names. Each is
// one path segment, so the rule is what keeps an editor's value (or a
// fetched page's) from naming a folder above it, a hidden file, or a URL
// that a browser reads as a fragment or a query.
//
// The rule is checked once, where a value is read (content.Validate for
// front-matter, lexicon.Load for content/data/*.yaml), so that check and
// build report it at the file and line an editor must fix; site.Build
// checks again as the last guard before anything is written.
package slug

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxBytes bounds a segment well under the 255 bytes most file systems
// allow for a name, leaving room for the ".md" of an article file.
const MaxBytes = 200

// ErrUnsafe is wrapped by every error of Check.
var ErrUnsafe = errors.New("cannot be part of a page address")

// Check returns nil when s is safe as one path segment: letters (of any
// script) and digits, with '-', '_' and '.' between them; not empty, not
// starting with a dot (hidden files are not published, and "." and ".."
// name folders), at most MaxBytes long. Everything else, notably '/',
// '\', '#', '?', '%', spaces and control characters, is refused.
func Check(s string) error {
	switch {
	case s == "":
		return fmt.Errorf("%w: it is empty", ErrUnsafe)
	case !utf8.ValidString(s):
		return fmt.Errorf("%w: it is not valid UTF-8", ErrUnsafe)
	case strings.Trim(s, ".") == "":
		return fmt.Errorf("%w: it is only dots, which name a folder", ErrUnsafe)
	case s[0] == '.':
		return fmt.Errorf("%w: it starts with a dot (a hidden file)", ErrUnsafe)
	case len(s) > MaxBytes:
		return fmt.Errorf("%w: it is longer than %d bytes", ErrUnsafe, MaxBytes)
	}
	for _, r := range s {
		if !Allowed(r) {
			return fmt.Errorf("%w: it contains %s (use letters, digits, '-', '_' and '.')", ErrUnsafe, describe(r))
		}
	}
	return nil
}

// Allowed reports whether r may appear in a slug.
func Allowed(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.'
}

// describe names a refused character so that an editor can find it: an
// invisible one by its code point.
func describe(r rune) string {
	switch r {
	case '/', '\\':
		return fmt.Sprintf("%q, a path separator", r)
	case ' ':
		return "a space"
	}
	if unicode.IsGraphic(r) {
		return fmt.Sprintf("%q", r)
	}
	return fmt.Sprintf("the invisible character %U", r)
}
