package ingest

import "slices"

// A scraper that re-reads a paragraph after a script rewrote it prints
// its start twice: "In a post, the CEO said, "We are concerned about the
// situation in In a post, the CEO said, "We are concerned about the
// situation in the region."" (a run-on duplicate). Prose never repeats
// a run of six words straight after itself, so the first copy of such a
// run goes.

// minRunOnWords is the shortest run of words whose repeat straight after
// itself is a scraper's, not a writer's ("very, very" is two words).
const minRunOnWords = 6

// maxRunOnWords bounds the paragraphs searched, in words: the search is
// quadratic, and a run-on duplicate sits in an ordinary paragraph.
const maxRunOnWords = 1500

// dropRunOnRepeats removes the first copy of each run of words printed
// twice in a row inside a paragraph, in every paragraph of blocks. With
// cutOnly (a page's markup, where an author may well print a sentence
// twice and a scraper does not glue text), only a copy that opens a
// sentence and breaks off inside one goes: the run-on shape.
func dropRunOnRepeats(blocks []block, cutOnly bool) {
	for i := range blocks {
		if blocks[i].kind == kPara {
			blocks[i].text = dropRunOnRepeat(blocks[i].text, cutOnly)
		}
	}
}

// dropRunOnRepeat removes from s the first copy of a run of at least
// minRunOnWords words that is followed at once by the same words, the
// first such run from the start; a second repeat further on is removed
// in the next round. With cutOnly, a copy that ends a sentence stays.
func dropRunOnRepeat(s string, cutOnly bool) string {
	for range 4 {
		words, starts := fieldsAt(s)
		n := len(words)
		if n < 2*minRunOnWords || n > maxRunOnWords {
			return s
		}
		cut := false
		for i := 0; i+2*minRunOnWords <= n && !cut; i++ {
			for l := minRunOnWords; i+2*l <= n; l++ {
				if words[i] != words[i+l] || !slices.Equal(words[i:i+l], words[i+l:i+2*l]) || cutOnly && !cutStart(words, i, l) {
					continue
				}
				s = s[:starts[i]] + s[starts[i+l]:]
				cut = true
				break
			}
		}
		if !cut {
			return s
		}
	}
	return s
}

// cutStart reports a copy of l words at i that opens a sentence and
// breaks off inside one: a scraper's restart, not an author's repeat (a
// text printed twice, whole sentences, stays on a page).
func cutStart(words []string, i, l int) bool {
	return (i == 0 || endsSentence(words[i-1])) && !endsSentence(words[i+l-1])
}

// fieldsAt splits s at white space and returns the words and the byte
// offset of each.
func fieldsAt(s string) (words []string, starts []int) {
	start := -1
	for i, r := range s {
		space := r == ' ' || r == '\t' || r == '\n' || r == '\u00a0'
		switch {
		case space && start >= 0:
			words, starts = append(words, s[start:i]), append(starts, start)
			start = -1
		case !space && start < 0:
			start = i
		}
	}
	if start >= 0 {
		words, starts = append(words, s[start:]), append(starts, start)
	}
	return words, starts
}
