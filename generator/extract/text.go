package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// text is an article body prepared for matching. Every rune of the
// original becomes exactly one ASCII byte of fold, so that byte offsets in
// fold are rune indexes in the original: lexicon patterns can be written
// without accents or typographic quotes, and every match still maps back to
// the verbatim original for evidence.
type text struct {
	orig    string
	fold    string
	lower   string // fold lowercased: what the lexicon's patterns match
	runeOff []int  // runeOff[i] is the byte offset in orig of rune i; len = runes+1
	paras   []para
	sents   []sentence
	toks    []token
	// lits: the literals of each pattern table found in lower, made on
	// first use (literals.go).
	lits map[*litTable]*litHits
}

type para struct {
	start, end int // fold offsets
	heading    bool
	title      bool // the headline: sentences, but no quotations
	first      int  // index of its first sentence in text.sents
}

type sentence struct {
	start, end int // fold offsets, trimmed
	para       int
}

// span returns the original text of the fold range [start,end).
func (t *text) span(start, end int) string {
	return t.orig[t.runeOff[start]:t.runeOff[end]]
}

func (t *text) sentText(i int) string {
	s := t.sents[i]
	return t.span(s.start, s.end)
}

// foldRune maps one rune to one ASCII byte.
func foldRune(r rune) byte {
	if r < utf8.RuneSelf {
		return byte(r)
	}
	switch r {
	case '‘', '’', '‚', '‛', '′', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '«', '»', '″':
		return '"'
	case '–', '—', '‑', '‐', '−':
		return '-'
	case '\u00a0', '\u2009', '\u202f', '\u2007', '\u200a':
		return ' '
	case '…':
		return '.'
	case 'ß':
		return 's'
	case 'ø', 'Ø':
		if r == 'ø' {
			return 'o'
		}
		return 'O'
	case 'æ':
		return 'a'
	case 'Æ':
		return 'A'
	case 'ł':
		return 'l'
	case 'Ł':
		return 'L'
	}
	// Strip accents: the first rune of the canonical decomposition.
	d := norm.NFD.String(string(r))
	if b, _ := utf8.DecodeRuneInString(d); b < utf8.RuneSelf {
		return byte(b)
	}
	switch {
	case unicode.IsUpper(r):
		return 'X'
	case unicode.IsLetter(r):
		return 'x'
	case unicode.IsDigit(r):
		return '0'
	case unicode.IsSpace(r):
		return ' '
	}
	return '~'
}

func newText(body string, abbrev map[string]bool) *text {
	t := &text{orig: body}
	var b strings.Builder
	b.Grow(len(body))
	for i, r := range body {
		t.runeOff = append(t.runeOff, i)
		b.WriteByte(foldRune(r))
	}
	t.runeOff = append(t.runeOff, len(body))
	t.fold = digitGroups(b.String())
	t.lower = strings.ToLower(t.fold)
	t.toks = tokenize(t.fold, t.lower)
	t.splitParas()
	for pi := range t.paras {
		p := &t.paras[pi]
		p.first = len(t.sents)
		if p.heading {
			// A short cross-head is a sentence of its own: in a roundup it
			// names the company its section is about ("## McDonald's"),
			// which the section's "the chain" and "it" then refer to. A
			// longer heading stays out: a headline of other news.
			if s, ok := crossHead(t.fold, p.start, p.end); ok {
				t.addSentence(s, p.end, pi)
			}
			continue
		}
		t.splitSentences(pi, abbrev)
	}
	return t
}

// crossHeadWords is the most words a heading read as a sentence holds:
// one or two company names with a legal suffix.
const crossHeadWords = 6

// crossHead returns where the text of the markdown heading [start,end)
// begins, if the heading is one short line that ends no sentence.
func crossHead(f string, start, end int) (int, bool) {
	for start < end && (f[start] == '#' || f[start] == ' ') {
		start++
	}
	h := f[start:end]
	if h == "" || strings.ContainsAny(h, "\n.:?!") || len(strings.Fields(h)) > crossHeadWords {
		return 0, false
	}
	return start, true
}

// digitGroups writes a full stop between two digits ("2.600 werknemers",
// "100.000 auto's", "3.5%") as a comma: it ends no sentence, and cue
// patterns that stay inside a sentence ("[^.]{0,80}") must not stop at
// it.
func digitGroups(f string) string {
	if !strings.Contains(f, ".") {
		return f
	}
	b := []byte(f)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == '.' && isDigit(b[i-1]) && isDigit(b[i+1]) {
			b[i] = ','
		}
	}
	return string(b)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// splitParas cuts the body at blank lines; a markdown heading line or a
// line of its own starting with '#' is a heading paragraph.
func (t *text) splitParas() {
	f := t.fold
	i := 0
	for i < len(f) {
		for i < len(f) && (f[i] == '\n' || f[i] == ' ' || f[i] == '\r' || f[i] == '\t') {
			i++
		}
		if i >= len(f) {
			break
		}
		start := i
		end := strings.Index(f[i:], "\n\n")
		if end < 0 {
			end = len(f)
		} else {
			end += i
		}
		i = end
		e := end
		for e > start && (f[e-1] == ' ' || f[e-1] == '\n' || f[e-1] == '\r') {
			e--
		}
		p := para{start: start, end: e}
		if f[start] == '#' {
			p.heading = true
		}
		// A blockquote marker is markup, not text.
		if f[start] == '>' {
			p.start = start + 1
			for p.start < e && f[p.start] == ' ' {
				p.start++
			}
		}
		t.paras = append(t.paras, p)
	}
}

// splitSentences cuts one paragraph into sentences. A sentence ends at . ! ?
// (and any closing quotes or brackets after it) followed by a space and a
// capital, digit or opening quote; not after an abbreviation, an initial,
// or inside a number.
func (t *text) splitSentences(pi int, abbrev map[string]bool) {
	p := t.paras[pi]
	f := t.fold
	start := p.start
	for i := p.start; i < p.end; i++ {
		c := f[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < p.end && strings.IndexByte(`"')]`, f[j]) >= 0 {
			j++
		}
		if j >= p.end {
			break
		}
		if f[j] != ' ' && f[j] != '\n' {
			// Paragraphs run together by a copy site ("... notice.”Toyota
			// said", "... Ukraine.The exodus"): a capital glued to the stop
			// starts a sentence when a quote closed before it or a lowercase
			// word ends at the stop.
			if gluedStart(f, i, j, p.end) && !isAbbreviation(f[start:i], abbrev) {
				t.addSentence(start, j, pi)
				start = j
			}
			continue
		}
		k := j
		for k < p.end && (f[k] == ' ' || f[k] == '\n') {
			k++
		}
		if k >= p.end {
			break
		}
		next := f[k]
		if !(next >= 'A' && next <= 'Z') && !(next >= '0' && next <= '9') && next != '"' && next != '\'' && next != '(' && next != 'X' {
			continue
		}
		if c == '.' && isAbbreviation(f[start:i], abbrev) {
			continue
		}
		// A name spelt with "!" ("Yum! Brands", "Yahoo! Japan"), listed
		// with its mark among the abbreviations, ends no sentence.
		if c == '!' && j == i+1 && abbrev[strings.ToLower(lastWord(f[start:i]))+"!"] {
			continue
		}
		t.addSentence(start, j, pi)
		start = k
	}
	t.addSentence(start, p.end, pi)
}

// maxSentence bounds a sentence's length: a run of text with no full stop
// longer than this is no sentence a reader would cite, and cutting it keeps
// every per-sentence step linear in the article's length.
const maxSentence = 1200

func (t *text) addSentence(start, end, pi int) {
	for start < end && (t.fold[start] == ' ' || t.fold[start] == '\n') {
		start++
	}
	for end > start && (t.fold[end-1] == ' ' || t.fold[end-1] == '\n') {
		end--
	}
	for end-start > maxSentence {
		cut := start + maxSentence
		if sp := strings.LastIndexByte(t.fold[start+maxSentence/2:cut], ' '); sp >= 0 {
			cut = start + maxSentence/2 + sp
		}
		t.sents = append(t.sents, sentence{start: start, end: cut, para: pi})
		start = cut
		for start < end && t.fold[start] == ' ' {
			start++
		}
	}
	if end > start {
		t.sents = append(t.sents, sentence{start: start, end: end, para: pi})
	}
}

// isAbbreviation reports whether the word before a full stop (the tail of
// before) is an abbreviation or an initial.
func isAbbreviation(before string, abbrev map[string]bool) bool {
	w := before
	if i := strings.LastIndexAny(w, " \n(\"'"); i >= 0 {
		w = w[i+1:]
	}
	if w == "" {
		return false
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true // an initial: "J. Smith"
	}
	if abbrev[strings.ToLower(w)] {
		return true
	}
	// Dotted abbreviations such as "U.S" or "e.g": letters joined by dots.
	if strings.Count(w, ".") >= 1 && len(w) <= 6 {
		for _, part := range strings.Split(w, ".") {
			if len(part) > 2 {
				return false
			}
		}
		return true
	}
	return false
}

// gluedStart reports a sentence that starts right at j, with no space
// after the stop at i: a capital and a lowercase letter, after a closing
// quote or after a word of three lowercase letters or more ("Ukraine.The").
func gluedStart(f string, i, j, end int) bool {
	if j+1 >= end || !isUpper(f[j]) || f[j+1] < 'a' || f[j+1] > 'z' {
		return false
	}
	if j > i+1 {
		return f[j-1] == '"'
	}
	if f[i] != '.' || i < 3 {
		return false
	}
	for k := i - 3; k < i; k++ {
		if f[k] < 'a' || f[k] > 'z' {
			return false
		}
	}
	return true
}
