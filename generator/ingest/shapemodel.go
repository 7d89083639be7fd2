package ingest

import (
	"math"
	"strings"
	"unicode"
)

// The learnt line judge: a logistic regression over the shape of a line of
// a plain-text file and of its neighbours (length, final punctuation,
// capitals, symbols, stop words, runs of short lines, place in the file).
// The vocabulary passes only know the outlets they were written from; the
// shape of site furniture (teaser runs, link lines, widget labels) is much
// the same everywhere. The weights are data (content/data/lineshape-model.json),
// fitted by `go run ./tools/lineshape` on our own clean annotations.

// LineModel is a fitted line classifier.
type LineModel struct {
	// Features names the inputs in the order of Weights (LineFeatureNames
	// when the model was fitted); a model for other features is refused.
	Features []string  `json:"features"`
	Weights  []float64 `json:"weights"`
	// Threshold is the probability of furniture above which a line that is
	// not sentence-like may be dropped.
	Threshold float64 `json:"threshold"`
}

// LineFeatureNames names what LineFeatures computes, in order.
var LineFeatureNames = []string{
	"bias", "log_words", "ends_sentence", "cap_share", "symbol_share",
	"stop_share", "short", "prev_short", "next_short", "short_run",
	"top", "bottom", "separator", "ends_colon", "link_like", "question", "long",
}

// Usable reports a model fitted for the features computed here.
func (m *LineModel) Usable() bool {
	if m == nil || len(m.Weights) != len(LineFeatureNames) || len(m.Features) != len(LineFeatureNames) {
		return false
	}
	for i, f := range m.Features {
		if f != LineFeatureNames[i] {
			return false
		}
	}
	return true
}

// Prob is the model's probability that the features are furniture's.
func (m *LineModel) Prob(f []float64) float64 {
	z := 0.0
	for i, w := range m.Weights {
		z += w * f[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// RawLines are the non-empty lines of a text file, trimmed.
func RawLines(text string) []string {
	var out []string
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(strings.Map(func(r rune) rune {
			if spaceLike(r) {
				return ' '
			}
			return r
		}, l)); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// LineKey is what a raw line and the block made of it have in common: its
// letters and digits, lower-cased.
func LineKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// endsFull reports a line ending in a full stop, question or exclamation
// mark or ellipsis, closing quotes and brackets aside.
func endsFull(s string) bool {
	switch lastRune(strings.TrimRightFunc(s, isCloser)) {
	case '.', '!', '?', '…':
		return true
	}
	return false
}

// SentenceLike reports a line the model must never drop: a sentence with
// its full stop, or a long line whatever its end.
func SentenceLike(s string) bool {
	n := len(strings.Fields(s))
	return n >= 20 || n >= 4 && endsFull(s)
}

// shortLine of the raw text: a few words without a final full stop, the
// stuff of menus and teaser runs.
func shortRaw(s string) bool {
	return len(strings.Fields(s)) <= 8 && !endsFull(s)
}

// LineFeatures computes the features of each line, its neighbours
// included; stop holds lower-cased stop words.
func LineFeatures(lines []string, stop map[string]bool) [][]float64 {
	n := len(lines)
	short := make([]bool, n)
	for i, l := range lines {
		short[i] = shortRaw(l)
	}
	// run[i] is the length of the run of short lines that holds line i.
	run := make([]int, n)
	for i := 0; i < n; {
		j := i
		for j < n && short[j] == short[i] {
			j++
		}
		for k := i; k < j; k++ {
			if short[i] {
				run[k] = j - i
			}
		}
		i = j
	}
	out := make([][]float64, n)
	for i, l := range lines {
		words := strings.Fields(l)
		nw := float64(len(words))
		caps, stops := 0.0, 0.0
		for _, w := range words {
			w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if w == "" {
				continue
			}
			if unicode.IsUpper([]rune(w)[0]) {
				caps++
			}
			if stop[strings.ToLower(w)] {
				stops++
			}
		}
		sym, runes := 0.0, 0.0
		for _, r := range l {
			if r == ' ' {
				continue
			}
			runes++
			if !unicode.IsLetter(r) {
				sym++
			}
		}
		lower := strings.ToLower(l)
		f := []float64{
			1,
			math.Log1p(nw),
			b2f(endsFull(l)),
			caps / math.Max(nw, 1),
			sym / math.Max(runes, 1),
			stops / math.Max(nw, 1),
			b2f(short[i]),
			b2f(i > 0 && short[i-1]),
			b2f(i+1 < n && short[i+1]),
			math.Log1p(float64(run[i])),
			b2f(float64(i) < 0.1*float64(n)),
			b2f(float64(i) >= 0.8*float64(n)),
			b2f(strings.ContainsAny(l, "|•›»·")),
			b2f(strings.HasSuffix(l, ":")),
			b2f(strings.Contains(lower, "http") || strings.Contains(lower, "www.") || strings.Contains(lower, ".com") || strings.Contains(l, "@")),
			b2f(strings.HasSuffix(strings.TrimRightFunc(l, isCloser), "?")),
			b2f(nw >= 25),
		}
		out[i] = f
	}
	return out
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// furnitureKeys are the keys of the raw lines the model is sure are
// furniture and that are not sentence-like.
func furnitureKeys(text string, opts Options) map[string]bool {
	m := opts.LineModel
	if !m.Usable() {
		return nil
	}
	lines := RawLines(text)
	feats := LineFeatures(lines, StopSet(opts.Stopwords))
	keys := map[string]bool{}
	for i, l := range lines {
		if SentenceLike(l) || m.Prob(feats[i]) < m.Threshold {
			continue
		}
		if k := LineKey(l); k != "" {
			keys[k] = true
		}
	}
	return keys
}

// StopSet joins every language's stop words: the judge runs before the
// language is known, and the lists hardly overlap.
func StopSet(lists map[string][]string) map[string]bool {
	s := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			s[strings.ToLower(w)] = true
		}
	}
	return s
}

// Protects reports a line that names a registered company: such a line
// (a cross-head "Canon", a list entry) carries what extraction looks for.
func Protects(line string, names []string) bool {
	lower := " " + strings.ToLower(line) + " "
	for _, n := range names {
		i := strings.Index(lower, n)
		for i >= 0 {
			before, _ := lastRuneOf(lower[:i])
			after := firstRuneOf(lower[i+len(n):])
			if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
				return true
			}
			j := strings.Index(lower[i+1:], n)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

func lastRuneOf(s string) (rune, int) {
	r := []rune(s)
	if len(r) == 0 {
		return ' ', 0
	}
	return r[len(r)-1], 1
}

func firstRuneOf(s string) rune {
	for _, r := range s {
		return r
	}
	return ' '
}

// dropFurniture removes the blocks made of lines the model flagged. A
// short line taken for the standfirst goes too (a list's lead-in or a
// section label above the story), and with it the subtitle it gave.
func dropFurniture(doc *document, keys map[string]bool, names []string) {
	if len(keys) == 0 {
		return
	}
	out := doc.blocks[:0]
	for _, b := range doc.blocks {
		if (b.kind == kPara || b.kind == kHeading) && keys[LineKey(b.text)] && !SentenceLike(b.text) && !Protects(b.text, names) {
			if b.sure && b.text == doc.subtitle {
				doc.subtitle = ""
			}
			continue
		}
		out = append(out, b)
	}
	doc.blocks = out
}
