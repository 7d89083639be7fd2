package site

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// foldTextRunes is FoldText as a plain rule: NFC, FoldRune on every
// rune (dropping those it drops), and runs of space made one, with none
// at either end. FoldText must agree with it on any input.
func foldTextRunes(s string) string {
	folded := strings.Map(func(r rune) rune {
		if f, ok := FoldRune(r); ok {
			return f
		}
		return -1
	}, norm.NFC.String(s))
	return strings.Join(strings.Fields(folded), " ")
}

var foldSeeds = []string{
	"", "  Hello,\n  **World** ", "„Zeer beperkt”", "Oekraïne\u00a0en\tRusland\r\n",
	"e\u0301te\u0301", "[link](https://example.org) `code` > # _x_ \\", "\xff\xfeinvalid", "ALL CAPS\v\fend ",
	"Škoda’s \u201cquote\u201d", "Zürich AG", "zeta", "Émile",
}

func FuzzFoldText(f *testing.F) {
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FoldText(s), foldTextRunes(s); got != want {
			t.Errorf("FoldText(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzNameKey(f *testing.F) {
	for _, s := range foldSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := nameKey(s), strings.ToLower(FoldDiacritics(s)); got != want {
			t.Errorf("nameKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestCountWords: countWords is len(strings.Fields(s)) for ASCII and
// Unicode spaces, invalid UTF-8 and empty text.
func TestCountWords(t *testing.T) {
	for _, s := range []string{
		"", " ", "one", " two  words ", "tab\tand\nnewline\r\nend",
		"no-break\u00a0space and\u2003em space", "\xff\xfe bytes \xff", "één  twee\u0085drie",
	} {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}

// FuzzCountWords: countWords agrees with strings.Fields on any text.
func FuzzCountWords(f *testing.F) {
	f.Add("a b\u00a0c\xff d")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countWords(s), len(strings.Fields(s)); got != want {
			t.Fatalf("countWords(%q) = %d, want %d", s, got, want)
		}
	})
}
