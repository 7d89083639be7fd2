package extract

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync"
)

// pattern is one cue pattern with the word prefixes that must occur in a
// sentence for it to match at all. Matching a few hundred patterns against
// every sentence is the extractor's main cost; looking the sentence's words
// up in a prefix index first means only the few patterns that can match
// are run.
type pattern struct {
	cue      *cue
	re       *regexp.Regexp
	loose    *regexp.Regexp // re with its bounded gaps unbounded: a cheap test that must pass first
	ownNeg   bool
	triggers []string // lowercase word prefixes; empty: always run
	// required are all the word sets a match needs (one word of each at
	// a word start), checked before any regexp runs.
	required [][]string
	// leads are the strings every match starts with, at a word start, and
	// anchored is the pattern anchored at its start: where leads exist the
	// pattern is tried only at the words that begin with one of them.
	leads    []string
	anchored *regexp.Regexp
	// maxLen bounds a match's length in bytes (the folded text is ASCII),
	// so an anchored run reads no further than a match could reach.
	maxLen int
	// need is what literals every match contains (literals.go), in the
	// index's table lits: a range without them is not matched at all.
	need *litQuery
	lits *litTable
	idx  int // its place in its index's patterns
}

// unboundedMatch stands for patterns with * or +: a sentence is at most
// maxSentence long anyway.
const unboundedMatch = maxSentence

// maxLength returns the longest a match of re can be, capped.
func maxLength(re *syntax.Regexp) int {
	switch re.Op {
	case syntax.OpLiteral:
		return len(re.Rune)
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture:
		return maxLength(re.Sub[0])
	case syntax.OpQuest:
		return maxLength(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus:
		return unboundedMatch
	case syntax.OpRepeat:
		if re.Max < 0 {
			return unboundedMatch
		}
		return min(unboundedMatch, re.Max*maxLength(re.Sub[0]))
	case syntax.OpConcat:
		n := 0
		for _, sub := range re.Sub {
			n = min(unboundedMatch, n+maxLength(sub))
		}
		return n
	case syntax.OpAlternate:
		n := 0
		for _, sub := range re.Sub {
			n = max(n, maxLength(sub))
		}
		return n
	}
	return 0
}

// leadsOf returns the lowercase strings every match of a pattern that
// starts with a word boundary begins with, or nil.
func leadsOf(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl|syntax.FoldCase)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpWordBoundary {
		return nil
	}
	leads, _ := leadStrings(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]}, 6)
	for _, l := range leads {
		if len(l) < 2 {
			return nil
		}
	}
	return shortestPrefixes(leads)
}

// matchAll appends the matches of p in [start,end) of t (absolute
// offsets), like FindAllStringIndex; an anchored pattern is tried only at
// the tokens that begin with one of its leads, over no more text than a
// match can span.
func (p *pattern) matchAll(t *text, start, end int, toks []token, out [][2]int) [][2]int {
	if !p.mayMatch(t, start, end) {
		return out
	}
	lower := t.lower
	if p.anchored == nil {
		if p.loose != nil && !p.loose.MatchString(lower[start:end]) {
			return out
		}
		for _, m := range p.re.FindAllStringIndex(lower[start:end], -1) {
			out = append(out, [2]int{start + m[0], start + m[1]})
		}
		return out
	}
	next := start
	for _, tk := range toks {
		if tk.start < next {
			continue
		}
		ok := false
		for _, l := range p.leads {
			if strings.HasPrefix(lower[tk.start:end], l) {
				ok = true
				break
			}
		}
		if !ok {
			continue
		}
		if m := p.anchored.FindStringIndex(lower[tk.start:min(end, tk.start+p.maxLen)]); m != nil && m[1] > 0 {
			out = append(out, [2]int{tk.start, tk.start + m[1]})
			next = tk.start + m[1]
		}
	}
	return out
}

// maxPrefix bounds the word prefixes indexed per sentence; longer required
// words are cut to it, which keeps the test a necessary condition.
const maxPrefix = 16

// requiredOf returns every mandatory word set of a pattern that can
// filter (words of three letters or more).
func requiredOf(expr string) [][]string {
	re, err := syntax.Parse(expr, syntax.Perl|syntax.FoldCase)
	if err != nil {
		return nil
	}
	var out [][]string
sets:
	for _, set := range requiredWords(re.Simplify(), false) {
		var cut []string
		for _, w := range set {
			if len(w) < 3 {
				continue sets
			}
			if len(w) > maxPrefix {
				w = w[:maxPrefix]
			}
			cut = append(cut, w)
		}
		if len(cut) > 0 {
			out = append(out, cut)
		}
	}
	return out
}

// triggersOf returns lowercase word prefixes of which every match of the
// pattern contains at least one at the start of a word, choosing the
// rarest such set among the pattern's mandatory parts; nil when there is
// none (the pattern is then always run).
func triggersOf(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl|syntax.FoldCase)
	if err != nil {
		return nil
	}
	var best []string
	bestScore := 0
	for _, set := range requiredWords(re.Simplify(), false) {
		if sc := setScore(set); sc > bestScore {
			best, bestScore = set, sc
		}
	}
	return best
}

// setScore prefers sets of long, uncommon words: a set is only as good as
// its shortest word, and words every sentence has filter nothing.
func setScore(set []string) int {
	if len(set) == 0 {
		return 0
	}
	score := 1 << 20
	for _, w := range set {
		if len(w) < 3 || commonWords[w] {
			return 0
		}
		score = min(score, len(w))
	}
	return score
}

// commonWords occur in most sentences of either language: as triggers
// they would select a pattern for nearly every sentence.
var commonWords = map[string]bool{
	"the": true, "and": true, "for": true, "its": true, "their": true, "our": true, "with": true,
	"het": true, "een": true, "van": true, "voor": true, "met": true, "dat": true, "zijn": true,
	"haar": true, "niet": true, "not": true, "all": true, "alle": true, "new": true, "has": true,
	"have": true, "heeft": true, "will": true, "also": true, "ook": true, "that": true, "this": true,
	// The topic's own words are in nearly every sentence of these articles.
	"russia": true, "russian": true, "rusland": true, "russische": true, "ukraine": true,
	"ukrainian": true, "oekraine": true, "oekraiense": true, "company": true, "bedrijf": true,
	"customers": true, "klanten": true, "services": true, "service": true, "diensten": true,
	"network": true, "netwerk": true, "war": true, "oorlog": true,
}

// requiredWords returns sets of words such that every match of re contains
// a word of each set at a word start. atStart tells whether re begins
// where a word begins.
func requiredWords(re *syntax.Regexp, atStart bool) [][]string {
	switch re.Op {
	case syntax.OpLiteral:
		lit := strings.ToLower(string(re.Rune))
		start := 0
		if !atStart {
			// Only words that begin after a separator inside the literal.
			i := strings.IndexAny(lit, " -'")
			if i < 0 {
				return nil
			}
			start = i + 1
		}
		var out [][]string
		for _, w := range strings.FieldsFunc(lit[start:], func(r rune) bool { return r == ' ' || r == '-' || r == '\'' }) {
			out = append(out, []string{w})
		}
		return out
	case syntax.OpCapture, syntax.OpPlus:
		return requiredWords(re.Sub[0], atStart)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredWords(re.Sub[0], atStart)
		}
	case syntax.OpAlternate:
		var union []string
		for _, sub := range re.Sub {
			var best []string
			for _, set := range requiredWords(sub, atStart) {
				if best == nil || setScore(set) > setScore(best) {
					best = set
				}
			}
			if best == nil {
				return nil
			}
			union = append(union, best...)
		}
		return [][]string{union}
	case syntax.OpConcat:
		var out [][]string
		start := atStart
		for i, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpWordBoundary, syntax.OpBeginLine, syntax.OpBeginText:
				start = true
				continue
			case syntax.OpEmptyMatch:
				continue
			}
			if start {
				// The parser factors "customers|clients" into
				// "c(?:ustomers|lients)": join them again.
				rest := &syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[i:]}
				if leads, _ := leadStrings(rest, 4); len(leads) > 0 {
					var set []string
					for _, l := range leads {
						if w := firstWordOf(l); w != "" {
							set = append(set, w)
						} else {
							set = nil
							break
						}
					}
					if set != nil {
						out = append(out, shortestPrefixes(set))
					}
				}
			}
			out = append(out, requiredWords(sub, start)...)
			start = sub.Op == syntax.OpLiteral && strings.HasSuffix(string(sub.Rune), " ")
		}
		return out
	}
	return nil
}

// shortestPrefixes drops the words of which another word of the set is a
// prefix: "pull" already admits "pulls" and "pulled".
func shortestPrefixes(set []string) []string {
	var out []string
	for _, w := range set {
		covered := false
		for _, v := range set {
			if v != w && strings.HasPrefix(w, v) || v == w && len(out) > 0 && contains(out, w) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, w)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func firstWordOf(s string) string {
	if i := strings.IndexAny(s, " -'"); i >= 0 {
		return s[:i]
	}
	return s
}

// leadStrings returns the literal strings every match of re starts with
// (lowercase), and whether re is wholly literal (so a caller may append
// what follows). depth bounds the expansion.
func leadStrings(re *syntax.Regexp, depth int) ([]string, bool) {
	if depth == 0 {
		return nil, false
	}
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}, true
	case syntax.OpCapture:
		return leadStrings(re.Sub[0], depth)
	case syntax.OpQuest:
		// "(its |their )?ukrainian": with or without the optional part.
		l, c := leadStrings(re.Sub[0], depth-1)
		if len(l) == 0 || !c {
			return nil, false
		}
		return append(l, ""), true
	case syntax.OpAlternate:
		var out []string
		complete := true
		for _, sub := range re.Sub {
			l, c := leadStrings(sub, depth-1)
			if len(l) == 0 {
				return nil, false
			}
			out = append(out, l...)
			complete = complete && c
		}
		return out, complete
	case syntax.OpConcat:
		acc := []string{""}
		for _, sub := range re.Sub {
			if sub.Op == syntax.OpWordBoundary || sub.Op == syntax.OpEmptyMatch {
				continue
			}
			l, c := leadStrings(sub, depth-1)
			if len(l) == 0 {
				return acc, false
			}
			var next []string
			for _, a := range acc {
				for _, b := range l {
					next = append(next, a+b)
				}
			}
			if len(next) > 64 {
				return acc, false
			}
			acc = next
			if !c {
				return acc, false
			}
		}
		return acc, true
	}
	return nil, false
}

// smallIndex is the size under which filtering by words costs more than
// it saves: such indexes (negation, contrast...) try every pattern, each
// anchored at its lead words.
const smallIndex = 12

// patternIndex holds patterns indexed by the word prefixes they need, so
// that matching a sentence runs only the few that can match.
type patternIndex struct {
	patterns   []*pattern
	byTrigger  map[string][]*pattern // word prefix → patterns it may start
	always     []*pattern            // patterns without a trigger
	maxTrigger int
	lits       *litTable // the literals the patterns need
	words      *wordTrie // the words of required and byTrigger, made on first use
	wordsOnce  sync.Once
}

// newIndex compiles a list of patterns that all mean one thing (a
// negation, a demand); nil for an empty list.
func newIndex(file, what string, patterns []string) (*patternIndex, error) {
	if len(patterns) == 0 {
		return nil, nil
	}
	ix := &patternIndex{}
	for _, expr := range patterns {
		if err := ix.add(expr, nil); err != nil {
			return nil, fmt.Errorf("%s: %s: pattern %q: %w", file, what, expr, err)
		}
	}
	return ix, nil
}

func (ix *patternIndex) add(expr string, c *cue) error {
	if _, err := regexp.Compile(caseless(expr)); err != nil {
		return err
	}
	// "a|b|c" at the top is three patterns: each then gets its own leads
	// and triggers, where the whole would get none.
	if sy, err := syntax.Parse(expr, syntax.Perl); err == nil && sy.Op == syntax.OpAlternate {
		for _, sub := range sy.Sub {
			if err := ix.addOne(sub.String(), c); err != nil {
				return err
			}
		}
		return nil
	}
	return ix.addOne(expr, c)
}

func (ix *patternIndex) addOne(expr string, c *cue) error {
	re, err := regexp.Compile(caseless(expr))
	if err != nil {
		return err
	}
	re.Longest()
	p := &pattern{cue: c, re: re, loose: looseOf(expr), ownNeg: spellsNegation(expr), triggers: triggersOf(expr), required: requiredOf(expr)}
	if p.leads = leadsOf(expr); p.leads != nil {
		p.maxLen = unboundedMatch
		if sy, err := syntax.Parse(expr, syntax.Perl); err == nil {
			// One more byte than the longest match, so that a trailing \b
			// still sees the character after it.
			p.maxLen = maxLength(sy.Simplify()) + 1
		}
		p.anchored = regexp.MustCompile(caseless(`^(?:` + expr + `)`))
		// Leftmost-first: greedy gaps already give long spans, and the
		// search stops at the first match instead of trying every length.
		p.loose = nil // anchored runs are already cheap
	}
	if ix.byTrigger == nil {
		ix.byTrigger = map[string][]*pattern{}
	}
	if ix.lits == nil {
		ix.lits = &litTable{}
	}
	p.lits, p.need = ix.lits, ix.lits.query(caseless(expr))
	ix.patterns = append(ix.patterns, p)
	if len(p.triggers) == 0 {
		ix.always = append(ix.always, p)
		return nil
	}
	for _, t := range p.triggers {
		ix.byTrigger[t] = append(ix.byTrigger[t], p)
		ix.maxTrigger = max(ix.maxTrigger, len(t))
	}
	return nil
}

// scratch is memory one analysis reuses for every match it runs, so that
// matching allocates next to nothing per sentence.
type scratch struct {
	have  []uint64 // word prefixes of the range being matched, by id (wordTrie)
	seen  []uint32 // per pattern of the index: the call that took it
	call  uint32
	hits  []int32 // trie nodes of the triggers met, in text order
	cands []*pattern
	found [][2]int
}

func newScratch() *scratch {
	return &scratch{}
}

// tokensIn returns the tokens of t that lie inside [start,end).
func (t *text) tokensIn(start, end int) []token {
	i := sort.Search(len(t.toks), func(k int) bool { return t.toks[k].start >= start })
	j := i
	for j < len(t.toks) && t.toks[j].end <= end {
		j++
	}
	return t.toks[i:j]
}

// wordTrie holds an index's required words and triggers, so that the
// prefixes of a range's words are found by one walk down the trie per
// word instead of a map insertion per prefix length. Tokens hold only
// lowercase letters and digits: each node has a slot for each of those.
type wordTrie struct {
	next  []int32      // node*wordSlots + slot → node, 0 for none; node 0 is the root
	word  []int32      // node → id of the required word it spells, or -1
	trig  [][]*pattern // node → the patterns its prefix triggers
	words int
	depth int         // the longest path worth walking
	req   [][][]int32 // pattern idx → its required word sets, as ids
}

const wordSlots = 36

// wordSlot returns the slot of a token byte, or -1 for a byte no token
// holds.
func wordSlot(c byte) int {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c - 'a')
	case c >= '0' && c <= '9':
		return 26 + int(c-'0')
	}
	return -1
}

// node returns the node that spells s, adding it; -1 when no token can
// spell s.
func (w *wordTrie) node(s string) int32 {
	n := int32(0)
	for i := 0; i < len(s); i++ {
		slot := wordSlot(s[i])
		if slot < 0 {
			return -1
		}
		next := w.next[int(n)*wordSlots+slot]
		if next == 0 {
			next = int32(len(w.word))
			w.next = append(w.next, make([]int32, wordSlots)...)
			w.word = append(w.word, -1)
			w.trig = append(w.trig, nil)
			w.next[int(n)*wordSlots+slot] = next
		}
		n = next
	}
	w.depth = max(w.depth, len(s))
	return n
}

// buildWords makes the trie of the index's patterns, in their order.
func (ix *patternIndex) buildWords() {
	w := &wordTrie{next: make([]int32, wordSlots), word: []int32{-1}, trig: [][]*pattern{nil}, req: make([][][]int32, len(ix.patterns))}
	for i, p := range ix.patterns {
		p.idx = i
		for _, set := range p.required {
			var ids []int32
			for _, word := range set {
				id := int32(w.words) // a word no token spells keeps an id never set
				if n := w.node(word); n >= 0 {
					if w.word[n] < 0 {
						w.word[n] = id
						w.words++
					}
					id = w.word[n]
				} else {
					w.words++
				}
				ids = append(ids, id)
			}
			w.req[i] = append(w.req[i], ids)
		}
	}
	// Triggers in the order byTrigger lists them, so that candidates come
	// out as they always did.
	for _, t := range sortedKeys(ix.byTrigger) {
		if n := w.node(t); n >= 0 {
			w.trig[n] = ix.byTrigger[t]
		}
	}
	ix.words = w
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// admits reports whether the required words of p are all present.
func (w *wordTrie) admits(p *pattern, have []uint64) bool {
	for _, set := range w.req[p.idx] {
		found := false
		for _, id := range set {
			if have[id>>6]&(1<<(id&63)) != 0 {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// candidates returns the patterns that may match a range whose tokens are
// toks: those with a trigger that is a prefix of one of its words and
// every required word, and those without triggers that have their
// required words.
func (ix *patternIndex) candidates(toks []token, sc *scratch) []*pattern {
	if len(ix.patterns) <= smallIndex {
		return ix.patterns
	}
	ix.wordsOnce.Do(ix.buildWords)
	w := ix.words
	if n := (w.words + 63) / 64; cap(sc.have) < n {
		sc.have = make([]uint64, n)
	} else {
		sc.have = sc.have[:n]
		clear(sc.have)
	}
	if len(sc.seen) < len(ix.patterns) {
		sc.seen = make([]uint32, len(ix.patterns))
		sc.call = 0
	}
	sc.call++
	if sc.call == 0 {
		clear(sc.seen)
		sc.call = 1
	}
	// A word's prefixes of three letters or more, up to maxPrefix, are
	// what required words are checked against; triggers are looked up up
	// to their own length.
	hits := sc.hits[:0]
	for _, tk := range toks {
		n := int32(0)
		for k := 1; k <= len(tk.lower) && k <= w.depth; k++ {
			n = w.next[int(n)*wordSlots+wordSlot(tk.lower[k-1])]
			if n == 0 {
				break
			}
			if k < 3 {
				continue
			}
			if id := w.word[n]; id >= 0 && k <= maxPrefix {
				sc.have[id>>6] |= 1 << (id & 63)
			}
			if w.trig[n] != nil && k <= ix.maxTrigger {
				hits = append(hits, n)
			}
		}
	}
	sc.hits = hits
	out := sc.cands[:0]
	for _, p := range ix.always {
		if w.admits(p, sc.have) {
			out = append(out, p)
		}
	}
	for _, n := range hits {
		for _, p := range w.trig[n] {
			if sc.seen[p.idx] != sc.call {
				sc.seen[p.idx] = sc.call
				if w.admits(p, sc.have) {
					out = append(out, p)
				}
			}
		}
	}
	sc.cands = out
	return out
}

// find appends to out the spans (absolute offsets in t) of every match in
// [start,end), sorted by start, longest first; a nil index finds nothing.
func (ix *patternIndex) find(t *text, start, end int, sc *scratch) [][2]int {
	out := ix.collect(t, start, end, sc, false)
	if len(out) == 0 {
		return nil
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return b[1] - a[1]
	})
	// The caller may keep the result while matching again: hand out a copy.
	return append([][2]int(nil), out...)
}

// collect gathers the matches of every candidate in [start,end) into
// sc.found, in no order; stopAtFirst: stop at the first pattern that
// matches.
func (ix *patternIndex) collect(t *text, start, end int, sc *scratch, stopAtFirst bool) [][2]int {
	if ix == nil || start >= end {
		return nil
	}
	toks := t.tokensIn(start, end)
	out := sc.found[:0]
	for _, p := range ix.candidates(toks, sc) {
		out = p.matchAll(t, start, end, toks, out)
		if stopAtFirst && len(out) > 0 {
			break
		}
	}
	sc.found = out
	return out
}

// first returns the first match in [start,end) (the longest of those that
// start first), or ok false; it sorts nothing and copies nothing.
func (ix *patternIndex) first(t *text, start, end int, sc *scratch) ([2]int, bool) {
	out := ix.collect(t, start, end, sc, false)
	if len(out) == 0 {
		return [2]int{}, false
	}
	best := out[0]
	for _, m := range out[1:] {
		if m[0] < best[0] || m[0] == best[0] && m[1] > best[1] {
			best = m
		}
	}
	return best, true
}

// matches reports whether anything in [start,end) matches.
func (ix *patternIndex) matches(t *text, start, end int, sc *scratch) bool {
	return len(ix.collect(t, start, end, sc, true)) > 0
}

// CandidateStats returns how many cue patterns the trigger index selects
// per sentence of body on average, and how many there are: a measure of
// how well the index filters (see TestCandidatesSelective).
func (x *Extractor) CandidateStats(lang, body string) (float64, int) {
	l := x.langs[lang]
	t := newText(body, l.abbrev)
	if len(t.sents) == 0 {
		return 0, len(l.cueIndex.patterns)
	}
	n := 0
	sc := newScratch()
	for _, s := range t.sents {
		n += len(l.cueIndex.candidates(t.tokensIn(s.start, s.end), sc))
	}
	return float64(n) / float64(len(t.sents)), len(l.cueIndex.patterns)
}

var boundedGap = regexp.MustCompile(`\[\^\.\]\{0,\d+\}`)

// looseOf returns the pattern with every bounded gap "[^.]{0,40}" made
// unbounded, or nil when it has none. It matches wherever the pattern does
// (and more) but compiles to a fraction of the program, so most sentences
// are rejected at a fraction of the cost.
func looseOf(expr string) *regexp.Regexp {
	if !boundedGap.MatchString(expr) {
		return nil
	}
	re, err := regexp.Compile(caseless(boundedGap.ReplaceAllString(expr, `[^.]*`)))
	if err != nil {
		return nil
	}
	return re
}

// spellsNegation reports whether a pattern writes out a negation of its
// own ("\bnot pulling out"). Escapes go first: in the pattern's text "\bnot"
// has a "b" glued to "not", which would hide the word.
func spellsNegation(expr string) bool {
	return negationWord.MatchString(strings.NewReplacer(`\b`, " ", `\s`, " ", `\w`, " ").Replace(expr))
}
