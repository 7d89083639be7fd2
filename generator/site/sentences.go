package site

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range [Start, End) of a string.
type Span struct{ Start, End int }

// SentenceSpans cuts a paragraph of plain text into sentences, as byte
// ranges without the space between them. A sentence ends at . ! or ?
// (with any closing quotes or brackets after it) followed by space and a
// capital letter, a digit or an opening quote or bracket; not after an
// initial ("J. Smith") or a dotted abbreviation ("U.S."). It is the
// reader's sentence: the excerpt of an article page and the sentence
// around a short quote are cut with it.
func SentenceSpans(s string) []Span {
	var out []Span
	start := 0
	add := func(from, to int) {
		for from < to && isSpaceByte(s[from]) {
			from++
		}
		for to > from && isSpaceByte(s[to-1]) {
			to--
		}
		if to > from {
			out = append(out, Span{from, to})
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !strings.ContainsRune(`"')]’”»`, r) {
				break
			}
			j += size
		}
		if j >= len(s) || !spaceAt(s, j) {
			continue
		}
		k := j
		for k < len(s) && spaceAt(s, k) {
			_, size := utf8.DecodeRuneInString(s[k:])
			k += size
		}
		if k >= len(s) {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && !strings.ContainsRune(`"'(‘“„«`, next) {
			continue
		}
		if c == '.' && abbreviated(s[start:i]) {
			continue
		}
		add(start, j)
		start = k
	}
	add(start, len(s))
	return out
}

// abbreviated reports whether the word before a full stop (the tail of
// before) is an initial or a dotted abbreviation such as "U.S" or "e.g".
func abbreviated(before string) bool {
	w := before
	if i := strings.LastIndexAny(w, " (\"'"); i >= 0 {
		w = w[i+1:]
	}
	if w == "" {
		return false
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	if strings.Contains(w, ".") && len(w) <= 6 {
		for _, part := range strings.Split(w, ".") {
			if len(part) > 2 {
				return false
			}
		}
		return true
	}
	return false
}

// plainParagraphs are the paragraphs of a markdown body as a reader sees
// them: link targets, emphasis marks, heading and quote markers dropped,
// each paragraph's lines joined by one space. Every rune left is one
// FoldRune keeps, so a position in the folded paragraph is the same rune
// position in the plain one.
func plainParagraphs(md string) []string {
	md = stripLinkTargets(md)
	var out []string
	for _, block := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n\n") {
		var sb strings.Builder
		sb.Grow(len(block))
		space := true
		for _, line := range strings.Split(block, "\n") {
			line = strings.TrimLeft(strings.TrimSpace(line), "#> ")
			for i := 0; i < len(line); {
				// ASCII byte by byte, with FoldRune's rules for it (as
				// FoldText does): this ran over every body with a quote.
				if c := line[i]; c < utf8.RuneSelf {
					i++
					switch {
					case c == '*' || c == '_' || c == '`' || c == '\\' || c == '[' || c == ']' || c == '>' || c == '#':
					case c == ' ' || '\t' <= c && c <= '\r':
						if !space {
							sb.WriteByte(' ')
						}
						space = true
					default:
						space = false
						sb.WriteByte(c)
					}
					continue
				}
				r, size := utf8.DecodeRuneInString(line[i:])
				i += size
				space = plainRune(&sb, r, space)
			}
			// The line break, as a space.
			if !space {
				sb.WriteByte(' ')
			}
			space = true
		}
		if p := strings.TrimSpace(sb.String()); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// paragraphs are an article's plain paragraphs (plainParagraphs) with
// their runes and folded runes, made once per paragraph when a quote is
// first looked for in it: an article's quotes are looked for in the same
// paragraphs, which were turned into runes and folded again for each.
type paragraphs struct {
	plain         []string
	runes, folded [][]rune
}

func newParagraphs(plain []string) *paragraphs {
	return &paragraphs{plain: plain, runes: make([][]rune, len(plain)), folded: make([][]rune, len(plain))}
}

// at returns paragraph i as runes and as FoldRune of each.
func (ps *paragraphs) at(i int) (runes, folded []rune) {
	if ps.runes[i] == nil {
		runes := []rune(ps.plain[i])
		folded := make([]rune, len(runes))
		for j, r := range runes {
			folded[j], _ = FoldRune(r)
		}
		ps.runes[i], ps.folded[i] = runes, folded
	}
	return ps.runes[i], ps.folded[i]
}

// plainRune adds r to a plain paragraph as plainParagraphs does: dropped
// when FoldRune drops it, a space (not after another) when it is one. It
// returns whether the paragraph now ends in a space (or is empty).
func plainRune(sb *strings.Builder, r rune, space bool) bool {
	if _, keep := FoldRune(r); !keep {
		return space
	}
	if unicode.IsSpace(r) {
		if !space {
			sb.WriteByte(' ')
		}
		return true
	}
	sb.WriteRune(r)
	return false
}

// sentenceAround returns the sentence, or the run of sentences, of the
// body that holds text; "" when the body does not hold it verbatim.
func sentenceAround(paras *paragraphs, text string) string {
	want := []rune(FoldText(text))
	if len(want) == 0 {
		return ""
	}
	for i, p := range paras.plain {
		runes, folded := paras.at(i)
		at := runeIndex(folded, want)
		if at < 0 {
			continue
		}
		// Rune positions to byte positions of the plain paragraph.
		bs := len(string(runes[:at]))
		be := bs + len(string(runes[at:at+len(want)]))
		from, to := -1, -1
		for _, sp := range SentenceSpans(p) {
			if sp.End > bs && sp.Start < be {
				if from < 0 {
					from = sp.Start
				}
				to = sp.End
			}
		}
		if from < 0 {
			return ""
		}
		return p[from:to]
	}
	return ""
}

func runeIndex(hay, needle []rune) int {
	for i := 0; i+len(needle) <= len(hay); i++ {
		match := true
		for j, r := range needle {
			if hay[i+j] != r {
				match = false
				break
			}
		}
		if match {
			return i
		}
	}
	return -1
}

// spaceAt reports whether the rune at byte i of s is a space (a no-break
// space too; not a stray byte that happens to share its value).
func spaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// excerptShare is the most of an article's words an excerpt shows: the
// sentences it cites, not the journalist's piece.
const excerptShare = 0.4

// excerptAnchors chooses which cited sentences the page of an article
// that may not be republished shows, within excerptShare of its words:
// first the sentence behind each company's stance, then one sentence per
// measure (the claims the site makes), then direct quotes, then the rest,
// in that order. A
// sentence left out is no longer Found, so links to it go to the
// article (which links to the original) instead of to a missing anchor;
// the first cited sentence is always shown.
func excerptAnchors(a *Article, facts *Facts) {
	if len(a.Anchors) == 0 {
		return
	}
	budget := int(excerptShare * float64(facts.Words))
	var order []string
	for _, r := range a.Reports {
		for _, e := range r.StanceEvidence() {
			if e.Found {
				order = append(order, e.ID)
				break
			}
		}
	}
	for _, r := range a.Reports {
		seen := map[string]bool{}
		for _, e := range r.Evidence {
			if e.Found && e.Field == "measure" && !seen[e.Measure] {
				seen[e.Measure] = true
				order = append(order, e.ID)
			}
		}
	}
	for _, q := range a.Quotes {
		if q.Found && !q.Indirect() {
			order = append(order, q.ID)
		}
	}
	for _, an := range a.Anchors {
		order = append(order, an.ID)
	}
	words := map[string]int{}
	for _, an := range a.Anchors {
		words[an.ID] = len(strings.Fields(an.Text))
	}
	for _, q := range a.Quotes {
		if q.Context != "" {
			words[q.ID] = len(strings.Fields(q.Context)) // shown in its sentence
		}
	}
	texts := map[string]string{} // id -> folded text
	for _, an := range a.Anchors {
		texts[an.ID] = FoldText(an.Text)
	}
	var shownTexts []string
	inShown := func(id string) bool {
		for _, t := range shownTexts {
			if strings.Contains(t, texts[id]) {
				return true
			}
		}
		return false
	}
	shown := map[string]bool{}
	used := 0
	for _, id := range order {
		if shown[id] {
			continue
		}
		// A quote (or sentence) inside one already shown costs nothing.
		cost := words[id]
		if inShown(id) {
			cost = 0
		}
		if used+cost > budget && len(shown) > 0 {
			continue
		}
		shown[id] = true
		used += cost
		shownTexts = append(shownTexts, texts[id])
	}
	kept := a.Anchors[:0]
	for _, an := range a.Anchors {
		if shown[an.ID] {
			kept = append(kept, an)
		}
	}
	// A copy of the excerpt's few, so that the full list's room is not
	// kept with the model.
	a.Anchors = append(make([]Anchor, 0, len(kept)), kept...)
	for _, r := range a.Reports {
		for _, e := range r.Evidence {
			e.Found = e.Found && shown[e.ID]
		}
	}
	for _, q := range a.Quotes {
		q.Found = q.Found && shown[q.ID]
	}
}
