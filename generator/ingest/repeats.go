package ingest

import "strings"

// wordIndex finds which paragraph keys (see key) contain a given run of
// whole words. Checking every short line against every paragraph made
// cleaning quadratic in the input's size (2 MB of text took minutes); the
// index looks only where the run's rarest word occurs.
type wordIndex struct {
	keys []string
	at   map[string][]wordPos
}

// wordPos is one occurrence of a word: the key it is in and where.
type wordPos struct{ key, off int }

func newWordIndex(keys []string) *wordIndex {
	ix := &wordIndex{keys: keys, at: map[string][]wordPos{}}
	for ki, k := range keys {
		off := 0
		for _, w := range strings.Split(k, " ") {
			if w != "" {
				ix.at[w] = append(ix.at[w], wordPos{ki, off})
			}
			off += len(w) + 1
		}
	}
	return ix
}

// inOther reports whether the words of keys[i] occur, as whole words, in
// a longer key other than i.
func (ix *wordIndex) inOther(i int) bool {
	k := ix.keys[i]
	if k == "" {
		return false
	}
	// The rarest word of k, and where it sits in k.
	rare, rareOff, off := "", 0, 0
	for _, w := range strings.Split(k, " ") {
		if rare == "" || len(ix.at[w]) < len(ix.at[rare]) {
			rare, rareOff = w, off
		}
		off += len(w) + 1
	}
	for _, p := range ix.at[rare] {
		other := ix.keys[p.key]
		start := p.off - rareOff
		if p.key == i || len(other) <= len(k) || start < 0 || !strings.HasPrefix(other[start:], k) {
			continue
		}
		end := start + len(k)
		if (start == 0 || other[start-1] == ' ') && (end == len(other) || other[end] == ' ') {
			return true
		}
	}
	return false
}

// Limits of mostlyInOther: the share of a line's words another paragraph
// must hold, and how many paragraphs with its rarest word are looked at
// (so a line of common words cannot make cleaning quadratic).
const (
	minRetold    = 0.8
	maxRetoldTry = 32
)

// mostlyInOther reports whether a longer key other than i holds nearly all
// of keys[i]'s distinct words, in any order: a teaser or caption that
// retells a paragraph ("Spotify closes its Moscow office" above "Spotify
// said on Wednesday it closed its office in Moscow").
func (ix *wordIndex) mostlyInOther(i int) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(ix.keys[i]) {
		words[w] = true
	}
	if len(words) == 0 {
		return false
	}
	rare := ""
	for w := range words {
		if rare == "" || len(ix.at[w]) < len(ix.at[rare]) || len(ix.at[w]) == len(ix.at[rare]) && w < rare {
			rare = w
		}
	}
	tried := map[int]bool{}
	for _, p := range ix.at[rare] {
		if p.key == i || tried[p.key] || len(ix.keys[p.key]) <= len(ix.keys[i]) {
			continue
		}
		if tried[p.key] = true; len(tried) > maxRetoldTry {
			return false
		}
		other := map[string]bool{}
		for _, w := range strings.Fields(ix.keys[p.key]) {
			other[w] = true
		}
		held := 0
		for w := range words {
			if other[w] {
				held++
			}
		}
		if float64(held) >= minRetold*float64(len(words)) {
			return true
		}
	}
	return false
}
