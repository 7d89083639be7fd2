package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// pattern is one cue pattern with the word prefixes that must occur in a
// sentence for it to match at all. Matching a few hundred patterns against
// every sentence is the extractor's main cost; looking the sentence's words
// up in a prefix index first means only the few patterns that can match
// are run.
type pattern struct {
	cue      *cue
	re       *regexp.Regexp
	ownNeg   bool
	triggers []string // lowercase word prefixes; empty: always run
}

// triggersOf returns the lowercase literal prefixes with which every match
// of the pattern begins right after a word boundary, or nil when the
// pattern gives none (it is then always run).
func triggersOf(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl|syntax.FoldCase)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpWordBoundary {
		return nil
	}
	lits, ok := firstLiterals(&syntax.Regexp{Op: syntax.OpConcat, Sub: re.Sub[1:]})
	if !ok {
		return nil
	}
	for _, l := range lits {
		if len(l) < 2 {
			return nil // too short to filter anything
		}
	}
	return lits
}

func firstLiterals(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		s := strings.ToLower(string(re.Rune))
		if i := strings.IndexAny(s, " -'"); i >= 0 {
			s = s[:i]
		}
		return []string{s}, s != ""
	case syntax.OpCapture:
		return firstLiterals(re.Sub[0])
	case syntax.OpPlus:
		return firstLiterals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return firstLiterals(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			l, ok := firstLiterals(sub)
			if !ok {
				return nil, false
			}
			out = append(out, l...)
		}
		return out, true
	case syntax.OpConcat:
		for i, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpEmptyMatch, syntax.OpWordBoundary:
				continue
			}
			l, ok := firstLiterals(sub)
			if !ok {
				return nil, false
			}
			// A literal that is the whole first word may run on into the
			// next element ("pull" + "(s|ed)?"): the prefix still holds.
			_ = i
			return l, true
		}
	}
	return nil, false
}

// candidates returns the patterns that may match the sentence sf (folded):
// those whose trigger is a prefix of one of its words, and those without
// triggers.
func (l *language) candidates(sf string) []*pattern {
	seen := make(map[*pattern]bool)
	out := append([]*pattern(nil), l.always...)
	lower := strings.ToLower(sf)
	for _, w := range wordSpans(lower) {
		word := lower[w[0]:w[1]]
		for k := 2; k <= len(word) && k <= l.maxTrigger; k++ {
			for _, p := range l.byTrigger[word[:k]] {
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	return out
}
