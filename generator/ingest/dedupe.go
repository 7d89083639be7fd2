package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// minRepeat is the key length from which a repeated sentence is removed
// from a paragraph that also says something new; shorter sentences ("He
// declined to comment.") may well be said twice.
const minRepeat = 20

// maxGlueSpan bounds how many glued pieces one repeated sentence may span.
const maxGlueSpan = 8

// splitSentences splits a paragraph after ., !, ? or … (with any closing
// quotes) when a space and an upper-case letter, digit or opening quote
// follow, except after abbreviations and initials ("U.S.", "J. Smith").
func splitSentences(s string, abbrev map[string]bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r != '.' && r != '!' && r != '?' && r != '…' {
			continue
		}
		end := i
		for end < len(s) {
			c, n := utf8.DecodeRuneInString(s[end:])
			if !isCloser(c) {
				break
			}
			end += n
		}
		if end >= len(s) || s[end] != ' ' {
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[end+1:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !isOpener(next) {
			continue
		}
		if r == '.' && abbreviationBefore(s[start:i-size], abbrev) {
			continue
		}
		if t := strings.TrimSpace(s[start:end]); t != "" {
			out = append(out, t)
		}
		start = end + 1
		i = end + 1
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// abbreviationBefore reports whether the word ending s (just before a full
// stop) is an abbreviation or an initial.
func abbreviationBefore(s string, abbrev map[string]bool) bool {
	i := strings.LastIndexFunc(s, func(r rune) bool { return r == ' ' || r == '(' || isOpener(r) })
	w := s[i+1:]
	if i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		w = s[i+n:]
	}
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial
	}
	if strings.Contains(w, ".") {
		return true // U.S, e.g, o.a
	}
	return abbrev[strings.ToLower(w)]
}

// gluePoints are the byte offsets in s where a sentence may have been glued
// to the next one without a space: "gemerkt.Cloudflare", "it.“We".
func gluePoints(s string) []int {
	var cuts []int
	prev := rune(0)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == '.' || r == '!' || r == '?') && (unicode.IsLower(prev) || unicode.IsDigit(prev) || isCloser(prev)) {
			j := i + size
			for j < len(s) {
				c, n := utf8.DecodeRuneInString(s[j:])
				if !isCloser(c) {
					break
				}
				j += n
			}
			next, _ := utf8.DecodeRuneInString(s[j:])
			if j < len(s) && (unicode.IsUpper(next) || strings.ContainsRune("“‘«„\"'", next)) {
				cuts = append(cuts, j)
			}
		}
		// A headline glued to the first sentence, with no full stop
		// between: "in RuslandSpotify heeft". Only a candidate: unglue cuts
		// there only when the parts match known text, so "YouTube" stays.
		if unicode.IsLower(prev) && unicode.IsUpper(r) {
			cuts = append(cuts, i)
		}
		prev = r
		i += size
	}
	return cuts
}

// piece is a sentence (or glued run of them) of a paragraph.
type piece struct {
	text  string
	known bool
}

// pieces splits a paragraph into sentences and splits glued sentences
// apart where (and only where) the parts are sentences seen before.
func pieces(text string, known, abbrev map[string]bool) []piece {
	var out []piece
	for _, sent := range splitSentences(text, abbrev) {
		out = append(out, unglue(sent, known)...)
	}
	return out
}

// unglue cuts a sentence at glue points into parts that each match a known
// sentence, taking the longest match first; parts between matches stay
// whole, so "Data.Com" or "U.S.Army" are never split on their own.
func unglue(sent string, known map[string]bool) []piece {
	cuts := gluePoints(sent)
	if len(cuts) == 0 || len(cuts) > 200 {
		return []piece{{sent, known[key(sent)]}}
	}
	bounds := append(append([]int{0}, cuts...), len(sent))
	n := len(bounds) - 1 // atoms
	var out []piece
	pending := -1 // start atom of unmatched text
	flush := func(end int) {
		if pending >= 0 {
			t := strings.TrimSpace(sent[bounds[pending]:bounds[end]])
			if t != "" {
				out = append(out, piece{t, known[key(t)]})
			}
			pending = -1
		}
	}
	for i := 0; i < n; {
		matched := -1
		for j := min(n-1, i+maxGlueSpan-1); j >= i; j-- {
			if known[key(sent[bounds[i]:bounds[j+1]])] {
				matched = j
				break
			}
		}
		if matched < 0 {
			if pending < 0 {
				pending = i
			}
			i++
			continue
		}
		flush(i)
		out = append(out, piece{strings.TrimSpace(sent[bounds[i]:bounds[matched+1]]), true})
		i = matched + 1
	}
	flush(n)
	return out
}

// minStoryRun is how many different paragraphs and headings a run of
// repeated blocks must hold to be the story printed twice (a page that
// carries its text once more for another layout) rather than a paragraph
// the author repeats.
const minStoryRun = 3

// maxRunStarts bounds how many earlier places of a repeated block are
// tried as the start of a repeated run, so a page of one line repeated
// thousands of times stays linear.
const maxRunStarts = 4

// storyRepeats marks the paragraphs and headings of a page that repeat an
// earlier run of the story in the same order, with at least minStoryRun
// different texts among them.
func storyRepeats(blocks []block) map[int]bool {
	var at []int // indices of paragraphs and headings
	var keys []string
	for i, b := range blocks {
		if b.kind == kPara || b.kind == kHeading {
			if k := key(b.text); k != "" {
				at, keys = append(at, i), append(keys, k)
			}
		}
	}
	marked := map[int]bool{}
	earlier := map[string][]int{}
	for t, k := range keys {
		starts := earlier[k]
		earlier[k] = append(earlier[k], t)
		if marked[at[t]] || len(starts) == 0 {
			continue
		}
		for si := len(starts) - 1; si >= 0 && si >= len(starts)-maxRunStarts; si-- {
			s := starts[si]
			distinct := map[string]bool{}
			l := 0
			for t+l < len(keys) && s+l < t && keys[s+l] == keys[t+l] {
				distinct[keys[t+l]] = true
				l++
			}
			if len(distinct) >= minStoryRun {
				for j := t; j < t+l; j++ {
					marked[at[j]] = true
				}
				break
			}
		}
	}
	return marked
}

// dedupe makes repeated text appear once: a paragraph equal to an earlier
// one goes; a paragraph whose sentences all appeared before goes (also when
// they are glued into one run-on block); a paragraph that repeats some
// sentences keeps only its new ones (text and markdown only). Headings, lists and quotes are only
// dropped when repeated whole.
//
// A page's markup tells repeats apart: there a paragraph or heading equal to
// an earlier one goes only when it is part of the story printed twice
// (storyRepeats), the headline again, or a short menu-like line (a label
// or link of the site's chrome); a paragraph the author repeats on purpose
// stays, and so does one sentence of the story set apart as a paragraph.
func dedupe(doc *document, opts Options) {
	html := doc.format == "html"
	var story map[int]bool
	if html {
		story = storyRepeats(doc.blocks)
	}
	seenPara := map[string]bool{}
	seenOther := map[string]bool{}
	known := map[string]bool{}
	headline := map[string]bool{}
	lead := map[string]bool{} // the sentences of the standfirst
	for _, t := range []string{doc.title, opts.Title} {
		if k := key(t); k != "" {
			headline[k] = true
			seenPara[k] = true
			seenOther[k] = true
			known[k] = true // a repeat may start with the headline
		}
	}
	out := doc.blocks[:0]
	for i, b := range doc.blocks {
		switch b.kind {
		case kPara:
			k := key(b.text)
			if k == "" {
				continue
			}
			if seenPara[k] && !b.sure {
				if !html || story[i] || headline[k] || menuLike(b.text) {
					continue
				}
				out = append(out, b) // the author's own repeat
				continue
			}
			seenPara[k] = true
			ps := pieces(b.text, known, abbreviationSet(opts))
			var keep []string
			repeated := false
			for _, p := range ps {
				if p.known && runeLen(key(p.text)) >= minRepeat {
					repeated = true
					continue
				}
				keep = append(keep, p.text)
			}
			if repeated {
				allKnown := true
				for _, p := range ps {
					allKnown = allKnown && p.known
				}
				// On a page, one sentence of the story set apart as its
				// own paragraph is the author's; several glued into one
				// block are the story run on once more, and a sentence of
				// the standfirst again in the body is said once.
				if (allKnown || len(keep) == 0) && (!html || len(ps) > 1 || fromLead(ps, lead)) {
					continue
				}
				// A page's paragraphs are marked up: one that says
				// something new stays whole, since a sentence said twice
				// there is the author's. Scraped text has no such marks.
				if doc.format != "html" {
					b.text = strings.Join(keep, " ")
				}
			}
			for _, p := range ps {
				known[key(p.text)] = true
				if b.sure {
					lead[key(p.text)] = true
				}
			}
		case kCode:
		default:
			k := key(b.text + " " + strings.Join(b.items, " "))
			if k != "" && seenOther[k] && (!html || b.kind != kHeading || story[i] || headline[k]) {
				continue
			}
			seenOther[k] = true
		}
		out = append(out, b)
	}
	if !html {
		out = dropCutRepeat(out, known, abbreviationSet(opts))
	}
	doc.blocks = out
}

// minCutRepeat is the key length from which an unfinished last sentence
// that starts like an earlier one is that sentence again, cut off.
const minCutRepeat = 40

// dropCutRepeat drops the unfinished sentence that ends a scraped text when
// it is the start of a sentence said before ("The founder wrote that
// prepaid plans will be" after the whole sentence): the page repeats a paragraph
// and the excerpt stops inside it. Only the text's last sentence is looked
// at, so the check is one pass over the known sentences.
func dropCutRepeat(blocks []block, known, abbrev map[string]bool) []block {
	n := len(blocks)
	if n < 2 || blocks[n-1].kind != kPara || blocks[n-1].sure || endsSentence(blocks[n-1].text) {
		return blocks
	}
	last := &blocks[n-1]
	sents := splitSentences(last.text, abbrev)
	if len(sents) == 0 {
		return blocks
	}
	k := key(sents[len(sents)-1])
	if runeLen(k) < minCutRepeat {
		return blocks
	}
	for s := range known {
		if len(s) > len(k) && strings.HasPrefix(s, k) { // the cut may fall inside a word
			if len(sents) == 1 {
				return blocks[:n-1]
			}
			last.text = strings.Join(sents[:len(sents)-1], " ")
			return blocks
		}
	}
	return blocks
}

// fromLead reports whether every piece is a sentence of the standfirst.
func fromLead(ps []piece, lead map[string]bool) bool {
	for _, p := range ps {
		if !lead[key(p.text)] {
			return false
		}
	}
	return true
}

// abbreviationSet joins the abbreviations of every language in the data
// (content/data/abbreviations.yaml): cleaning may run before the language
// is known, and a full stop after "Bros" or "bijv" ends no sentence in
// either language.
func abbreviationSet(opts Options) map[string]bool {
	set := map[string]bool{}
	for _, list := range opts.Abbreviations {
		for _, a := range list {
			set[strings.ToLower(strings.TrimSuffix(a, "."))] = true
		}
	}
	return set
}
