package ingest

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// maxSlug is the longest slug in characters; longer ones are cut at a word
// boundary.
const maxSlug = 80

// ErrSlug is wrapped by Slug's errors.
var ErrSlug = errors.New("no usable slug")

// letterFold spells letters that have no decomposition in ASCII.
var letterFold = strings.NewReplacer("ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı", "i", "ĸ", "k")

// Slug makes a URL slug from a title: lowercase, accents removed (NFD, then
// the combining marks dropped, so "Oekraïne" becomes "oekraine"),
// apostrophes dropped ("we're" → "were"), runs of anything else but
// letters and digits turned into "-", trimmed, and cut at a
// word boundary to at most 80 characters. Letters of other scripts are
// kept. It fails when nothing usable is left.
func Slug(title string) (string, error) {
	if !utf8.ValidString(title) {
		return "", fmt.Errorf("slug of %q: %w: invalid UTF-8", title, ErrSlug)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(t, strings.ToLower(title))
	if err != nil {
		return "", fmt.Errorf("slug of %q: %w: %v", title, ErrSlug, err)
	}
	s = letterFold.Replace(s)
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r == '\'' || r == '’' || r == 'ʼ' {
			continue // "we're" → "were", as most slug makers do
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			dash = true
		}
	}
	s = b.String()
	if utf8.RuneCountInString(s) > maxSlug {
		rs := []rune(s)
		cut := string(rs[:maxSlug])
		if rs[maxSlug] != '-' {
			if i := strings.LastIndexByte(cut, '-'); i > 0 {
				cut = cut[:i]
			}
		}
		s = strings.Trim(cut, "-")
	}
	if s == "" || s == "." || s == ".." || strings.ContainsAny(s, `/\`) {
		return "", fmt.Errorf("slug of %q: %w", title, ErrSlug)
	}
	return s, nil
}
