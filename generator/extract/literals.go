package extract

import (
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"sync"
)

// The literal prefilter. Most cue patterns are alternations of verb forms
// with a gap and an alternation of nouns ("(donate|pledge|...)[^.]{0,80}
// (refugees|humanitarian|...)"): Go's regexp runs them as an NFA over the
// whole sentence, which was most of extraction's time although nearly
// every sentence lacks one of the two word lists. Each pattern therefore
// carries a query: which literal strings any match must contain, as an
// and/or tree. The literals of every pattern of an index sit in one trie;
// a text is walked through it once, and a pattern whose query fails on a
// range's literals is not run there. The query is a necessary condition
// (it is derived from the regexp's syntax and errs towards "may match"),
// so skipping a pattern never changes what is found.

// minLiteral is the shortest literal worth a test: "in" or "op" occur in
// nearly every sentence and would only cost time.
const minLiteral = 3

// maxExact bounds the set of strings a sub-expression is expanded into
// ("stop(s|ped|ping)?" is four); past it the set is kept as a requirement
// and expansion starts again.
const maxExact = 64

// wordMark stands for \b inside the strings of an exact set: a string
// that begins with it must occur at the start of a word.
const wordMark = '\x00'

// litQuery is a requirement on a range's literals: a literal (lit >= 0),
// or all (and) or any (!and) of kids. A nil *litQuery is always true.
// Once compacted, the literal kids are masks over the bit set, so that
// "one of these forty verb forms" is a few word tests.
type litQuery struct {
	lit   int
	and   bool
	kids  []*litQuery
	masks []litMask
}

// litMask is the literals of one 64-bit word of a bit set.
type litMask struct {
	w int
	m uint64
}

func (q *litQuery) holds(bits []uint64) bool {
	if q == nil {
		return true
	}
	if q.lit >= 0 {
		return bits[q.lit>>6]&(1<<(q.lit&63)) != 0
	}
	for _, m := range q.masks {
		if q.and && bits[m.w]&m.m != m.m || !q.and && bits[m.w]&m.m != 0 {
			return !q.and
		}
	}
	for _, k := range q.kids {
		if k.holds(bits) != q.and {
			return !q.and
		}
	}
	return q.and
}

// compact turns the literal kids of every and/or node into masks.
func (q *litQuery) compact() {
	if q == nil || q.lit >= 0 {
		return
	}
	byWord := map[int]uint64{}
	var rest []*litQuery
	for _, k := range q.kids {
		if k.lit >= 0 {
			byWord[k.lit>>6] |= 1 << (k.lit & 63)
			continue
		}
		k.compact()
		rest = append(rest, k)
	}
	q.kids = rest
	for w, m := range byWord {
		q.masks = append(q.masks, litMask{w, m})
	}
	sort.Slice(q.masks, func(i, j int) bool { return q.masks[i].w < q.masks[j].w })
}

// combine joins queries with and/or, flattening and dropping what is
// always true.
func combine(and bool, qs ...*litQuery) *litQuery {
	var kids []*litQuery
	for _, q := range qs {
		switch {
		case q == nil:
			if !and {
				return nil // one alternative needs nothing: neither does the whole
			}
		case q.lit < 0 && q.and == and:
			kids = append(kids, q.kids...)
		default:
			kids = append(kids, q)
		}
	}
	switch len(kids) {
	case 0:
		return nil
	case 1:
		return kids[0]
	}
	return &litQuery{lit: -1, and: and, kids: kids}
}

// litInfo is what the analysis knows of a sub-expression: the exact set
// of strings it matches (with wordMark for \b), or, when exact is nil,
// a query its matches satisfy.
type litInfo struct {
	exact []string
	q     *litQuery
}

var anything = litInfo{}

// litTable holds the literals of one index's patterns in a trie. It is
// filled while patterns are added and frozen on first use.
type litTable struct {
	ids map[string]int // literal (with a leading wordMark when it must start a word) → id

	once sync.Once
	// atWord holds the literals that must start a word, walked from word
	// starts only; anywhere the others, walked from every byte.
	atWord, anywhere litTrie
}

// litTrie is a frozen trie of literals. A node with many children (the
// first letters) has a dense row indexed by byte class; the others list
// their edges.
type litTrie struct {
	root  [256]int32 // byte → node, 0 for none
	nodes []litNode
	edges []litEdge
	class [256]uint8 // byte → its column in a dense row; 0: no literal has it
	width int        // columns per row
	rows  []int32
}

type litNode struct {
	edgeLo, edgeHi int32
	row            int32 // its dense row, or -1
	end            int32 // the literal that ends here, or -1
}

// denseFanout is the number of children from which a node gets a row.
const denseFanout = 4

type litEdge struct {
	c  byte
	to int32
}

// literal returns the id of a literal; atWord: it must start a word.
func (lt *litTable) literal(s string, atWord bool) int {
	key := s
	if atWord {
		key = string(wordMark) + s
	}
	if lt.ids == nil {
		lt.ids = map[string]int{}
	}
	id, ok := lt.ids[key]
	if !ok {
		id = len(lt.ids)
		lt.ids[key] = id
	}
	return id
}

// query analyses one pattern (as compiled: after caseless) into the
// literals any of its matches contains; nil when it has none worth a test.
func (lt *litTable) query(expr string) *litQuery {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	info := lt.analyse(re.Simplify())
	q := info.q
	if info.exact != nil {
		q = lt.orOf(info.exact)
	}
	q.compact()
	return q
}

// orOf turns an exact set into the query "one of these strings occurs";
// nil when one of them is too short to filter anything.
func (lt *litTable) orOf(set []string) *litQuery {
	kids := make([]*litQuery, 0, len(set))
	for _, s := range set {
		atWord := strings.IndexByte(s, wordMark) == 0
		plain := strings.ReplaceAll(s, string(wordMark), "")
		if atWord && (plain == "" || !isWordByte(plain[0])) {
			atWord = false // \b before a non-word byte: no word starts there
		}
		if len(plain) < minLiteral {
			return nil
		}
		kids = append(kids, &litQuery{lit: lt.literal(plain, atWord)})
	}
	return combine(false, kids...)
}

func isWordByte(c byte) bool { return isAlnum(c) || c == '_' }

func (lt *litTable) analyse(re *syntax.Regexp) litInfo {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText, syntax.OpNoWordBoundary:
		return litInfo{exact: []string{""}}
	case syntax.OpWordBoundary:
		return litInfo{exact: []string{string(wordMark)}}
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		b := make([]byte, 0, len(re.Rune))
		for _, r := range re.Rune {
			// The text is lowercase ASCII. A non-ASCII rune may fold to
			// an ASCII one (U+212A to k): know nothing rather than guess.
			if r >= 0x80 || !fold && r >= 'A' && r <= 'Z' {
				return anything
			}
			if fold && r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		}
		return litInfo{exact: []string{string(b)}}
	case syntax.OpCharClass:
		// Only the ASCII part can match the folded text; a class of a
		// few bytes ("[sz]") expands, a wider one is anything.
		var set []string
		seen := [128]bool{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1] && r < 0x80; r++ {
				c := byte(r)
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				if !seen[c] {
					seen[c] = true
					set = append(set, string(c))
				}
				if len(set) > 8 {
					return anything
				}
			}
		}
		if len(set) == 0 {
			return anything
		}
		return litInfo{exact: set}
	case syntax.OpCapture:
		return lt.analyse(re.Sub[0])
	case syntax.OpQuest:
		sub := lt.analyse(re.Sub[0])
		if sub.exact != nil && len(sub.exact) < maxExact {
			return litInfo{exact: append(sub.exact, "")}
		}
		return anything
	case syntax.OpPlus:
		// x+ contains x.
		sub := lt.analyse(re.Sub[0])
		if sub.exact != nil {
			return litInfo{q: lt.orOf(sub.exact)}
		}
		return sub
	case syntax.OpRepeat:
		if re.Min >= 1 {
			sub := lt.analyse(re.Sub[0])
			if sub.exact != nil {
				return litInfo{q: lt.orOf(sub.exact)}
			}
			return sub
		}
		return anything
	case syntax.OpConcat:
		cur := []string{""}
		var reqs []*litQuery
		for _, sub := range re.Sub {
			info := lt.analyse(sub)
			if info.exact != nil && len(cur)*len(info.exact) <= maxExact {
				cur = cross(cur, info.exact)
				continue
			}
			reqs = append(reqs, lt.orOf(cur))
			cur = []string{""}
			if info.exact != nil {
				cur = info.exact
			} else {
				reqs = append(reqs, info.q)
			}
		}
		if len(reqs) == 0 {
			return litInfo{exact: cur}
		}
		return litInfo{q: combine(true, append(reqs, lt.orOf(cur))...)}
	case syntax.OpAlternate:
		var union []string
		exact := true
		infos := make([]litInfo, len(re.Sub))
		for i, sub := range re.Sub {
			infos[i] = lt.analyse(sub)
			if infos[i].exact == nil {
				exact = false
			}
			union = append(union, infos[i].exact...)
		}
		if exact && len(union) <= maxExact {
			return litInfo{exact: union}
		}
		qs := make([]*litQuery, len(infos))
		for i, info := range infos {
			qs[i] = info.q
			if info.exact != nil {
				qs[i] = lt.orOf(info.exact)
			}
			if qs[i] == nil {
				return anything
			}
		}
		return litInfo{q: combine(false, qs...)}
	}
	return anything
}

// cross returns every string of a followed by one of b, without
// duplicates.
func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	seen := make(map[string]bool, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			s := x + y
			// Two word marks in a row mean one boundary.
			s = strings.ReplaceAll(s, string(wordMark)+string(wordMark), string(wordMark))
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// freeze builds the tries of the table's literals.
func (lt *litTable) freeze() {
	var atWord, anywhere []string
	var atWordIDs, anywhereIDs []int32
	for key, id := range lt.ids {
		if key[0] == wordMark {
			atWord, atWordIDs = append(atWord, key[1:]), append(atWordIDs, int32(id))
		} else {
			anywhere, anywhereIDs = append(anywhere, key), append(anywhereIDs, int32(id))
		}
	}
	lt.atWord.build(atWord, atWordIDs)
	lt.anywhere.build(anywhere, anywhereIDs)
}

func (tr *litTrie) build(lits []string, ids []int32) {
	type buildNode struct {
		next map[byte]int
		end  int32
	}
	nodes := []buildNode{{next: map[byte]int{}, end: -1}}
	tr.width = 1
	for i, s := range lits {
		n := 0
		for k := 0; k < len(s); k++ {
			if tr.class[s[k]] == 0 {
				for _, b := range caseVariants(s[k]) {
					tr.class[b] = uint8(tr.width)
				}
				tr.width++
			}
			next, ok := nodes[n].next[s[k]]
			if !ok {
				next = len(nodes)
				nodes = append(nodes, buildNode{next: map[byte]int{}, end: -1})
				nodes[n].next[s[k]] = next
			}
			n = next
		}
		nodes[n].end = ids[i] // a trie holds each string once
	}
	tr.nodes = make([]litNode, len(nodes))
	for i, bn := range nodes {
		cs := make([]byte, 0, len(bn.next))
		for c := range bn.next {
			cs = append(cs, c)
		}
		sort.Slice(cs, func(a, b int) bool { return cs[a] < cs[b] })
		ln := litNode{edgeLo: int32(len(tr.edges)), row: -1, end: bn.end}
		if len(cs) >= denseFanout {
			ln.row = int32(len(tr.rows) / tr.width)
			tr.rows = append(tr.rows, make([]int32, tr.width)...)
		}
		for _, c := range cs {
			to := int32(bn.next[c])
			// Literals are lowercase; a text in its own case (fold rather
			// than lower) walks the trie too, by edges for both cases.
			for _, b := range caseVariants(c) {
				tr.edges = append(tr.edges, litEdge{c: b, to: to})
				if ln.row >= 0 {
					tr.rows[int(ln.row)*tr.width+int(tr.class[b])] = to
				}
				if i == 0 {
					tr.root[b] = to
				}
			}
		}
		ln.edgeHi = int32(len(tr.edges))
		tr.nodes[i] = ln
	}
}

// caseVariants returns a lowercase letter and its capital, or any other
// byte alone.
func caseVariants(c byte) []byte {
	if c >= 'a' && c <= 'z' {
		return []byte{c, c - 'a' + 'A'}
	}
	return []byte{c}
}

// walk sets the bits of the literals that start at p and end by end.
func (tr *litTrie) walk(lower string, p, end int, bits []uint64) {
	n := tr.root[lower[p]]
	for q := p + 1; n != 0; q++ {
		nd := &tr.nodes[n]
		if id := nd.end; id >= 0 {
			bits[id>>6] |= 1 << (id & 63)
		}
		if q >= end {
			return
		}
		c := lower[q]
		if nd.row >= 0 {
			n = tr.rows[int(nd.row)*tr.width+int(tr.class[c])]
			continue
		}
		n = 0
		for _, e := range tr.edges[nd.edgeLo:nd.edgeHi] {
			if e.c == c {
				n = e.to
				break
			}
		}
	}
}

// litHits is the set of one table's literals found in the range of a
// text queried last: the patterns of an index are tried one after the
// other on the same range.
type litHits struct {
	bits       []uint64
	start, end int
}

// in returns the literals that occur inside [start,end) of lower, as bits,
// walking the range through the trie. A literal that must start a word
// counts at the range's start too: a regexp run on the range alone sees a
// word boundary there.
func (h *litHits) in(lt *litTable, lower string, start, end int) []uint64 {
	if start == h.start && end == h.end {
		return h.bits
	}
	clear(h.bits)
	h.start, h.end = start, end
	for p := start; p < end; p++ {
		if p == start || !isAlnum(lower[p-1]) {
			lt.atWord.walk(lower, p, end, h.bits)
		}
		lt.anywhere.walk(lower, p, end, h.bits)
	}
	return h.bits
}

// mayMatch reports whether p's literals allow a match inside [start,end)
// of t: false means p cannot match there.
func (p *pattern) mayMatch(t *text, start, end int) bool {
	if p.lits == nil || p.need == nil {
		return true
	}
	if t.lits == nil {
		t.lits = map[*litTable]*litHits{}
	}
	h := t.lits[p.lits]
	if h == nil {
		p.lits.once.Do(p.lits.freeze)
		h = &litHits{bits: make([]uint64, (len(p.lits.ids)+63)/64), start: -1}
		t.lits[p.lits] = h
	}
	return p.need.holds(h.in(p.lits, t.lower, start, end))
}

// quickRegexp is a package regexp run on folded (ASCII) text, with the
// literal prefilter of its syntax: MatchString first walks the text
// through the trie of the literals a match needs, which is far cheaper
// than a case-insensitive regexp over a sentence that lacks them. Other
// methods are the regexp's own.
type quickRegexp struct {
	*regexp.Regexp
	lits *litTable
	need *litQuery
}

func mustQuick(expr string) *quickRegexp {
	q := &quickRegexp{Regexp: regexp.MustCompile(expr), lits: &litTable{}}
	q.need = q.lits.query(expr)
	q.lits.once.Do(q.lits.freeze)
	return q
}

// MatchString is the regexp's, answered false without running it when
// s lacks the literals every match has.
func (q *quickRegexp) MatchString(s string) bool {
	return q.mayMatch(s) && q.Regexp.MatchString(s)
}

func (q *quickRegexp) mayMatch(s string) bool {
	if q.need == nil {
		return true
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return true // the analysis assumes folded text
		}
	}
	var small [8]uint64
	bits := small[:]
	if n := (len(q.lits.ids) + 63) / 64; n > len(small) {
		bits = make([]uint64, n)
	}
	h := litHits{bits: bits, start: -1}
	return q.need.holds(h.in(q.lits, s, 0, len(s)))
}
