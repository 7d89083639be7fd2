package extract

import (
	"sort"
	"strings"
)

// token is one word of the folded text: a run of letters and digits.
type token struct {
	start, end int    // fold offsets
	lower      string // lowercased
}

// tokenize splits an ASCII fold into words; lower is its lowercase twin
// (same offsets), whose substrings the tokens share.
func tokenize(f, lower string) []token {
	out := make([]token, 0, len(f)/6)
	for i := 0; i < len(f); {
		for i < len(f) && !isAlnum(f[i]) {
			i++
		}
		s := i
		for i < len(f) && isAlnum(f[i]) {
			i++
		}
		if i > s {
			out = append(out, token{start: s, end: i, lower: lower[s:i]})
		}
	}
	return out
}

// phraseSet matches a list of words and phrases ("said", "according to",
// "chief executive officer") as whole words, case-insensitively, against a
// token stream. Whole-text regexps over such lists ran as slow NFAs; a map
// from first word to phrases is linear in the text.
type phraseSet struct {
	first map[string][][]string // first word → phrases as word lists, longest first
}

func newPhraseSet(list []string) *phraseSet {
	ps := &phraseSet{first: map[string][][]string{}}
	for _, p := range list {
		words := strings.Fields(strings.ToLower(foldString(strings.NewReplacer("-", " ", "'", " ").Replace(p))))
		if len(words) == 0 {
			continue
		}
		ps.first[words[0]] = append(ps.first[words[0]], words)
	}
	for k := range ps.first {
		sort.SliceStable(ps.first[k], func(i, j int) bool { return len(ps.first[k][i]) > len(ps.first[k][j]) })
	}
	return ps
}

// at returns how many tokens from toks[i] form the longest phrase, or 0.
func (ps *phraseSet) at(toks []token, i int) int {
	for _, words := range ps.first[toks[i].lower] {
		if i+len(words) > len(toks) {
			continue
		}
		ok := true
		for k := 1; k < len(words); k++ {
			if toks[i+k].lower != words[k] {
				ok = false
				break
			}
		}
		if ok {
			return len(words)
		}
	}
	return 0
}

// find returns the fold spans of the phrases inside [s,e).
func (ps *phraseSet) find(toks []token, s, e int) [][2]int {
	if ps == nil {
		return nil
	}
	var out [][2]int
	i := sort.Search(len(toks), func(k int) bool { return toks[k].start >= s })
	for i < len(toks) && toks[i].start < e {
		if n := ps.at(toks, i); n > 0 && toks[i+n-1].end <= e {
			out = append(out, [2]int{toks[i].start, toks[i+n-1].end})
			i += n
			continue
		}
		i++
	}
	return out
}

// matchesWhole reports whether s is exactly one phrase of the set.
func (ps *phraseSet) matchesWhole(s string) bool {
	toks := tokenize(s, strings.ToLower(s))
	return len(toks) > 0 && ps.at(toks, 0) == len(toks)
}
