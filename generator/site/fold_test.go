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
