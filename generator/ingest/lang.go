package ingest

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// minEvidence is the number of stop-word hits from which a detection is
// fully trusted; below it the confidence is scaled down.
const minEvidence = 4

// DetectLanguage guesses the language of text from its stop words: every
// word of the text in a language's list scores a point for that language
// (words listed for several languages score for none). It returns the best
// language and a confidence from 0 to 1: the margin (best−second)/(best+
// second), scaled down when there are fewer than four hits. If no language
// scores, it returns "en" with confidence 0, for the caller to report.
func DetectLanguage(text string, stopwords map[string][]string) (lang string, confidence float64) {
	langs := make([]string, 0, len(stopwords))
	for l := range stopwords {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	owner := map[string]string{} // word → its only language, or "" if shared
	for _, l := range langs {
		for _, w := range stopwords[l] {
			w = foldApostrophes(strings.ToLower(strings.TrimSpace(w)))
			if prev, seen := owner[w]; seen && prev != l {
				owner[w] = ""
			} else {
				owner[w] = l
			}
		}
	}
	score := map[string]int{}
	for _, tok := range tokens(text) {
		l, ok := owner[tok]
		if !ok {
			l = owner[strings.Trim(tok, "'")]
		}
		if l != "" {
			score[l]++
		}
	}
	best, second := "", ""
	for _, l := range langs {
		switch {
		case best == "" || score[l] > score[best]:
			best, second = l, best
		case second == "" || score[l] > score[second]:
			second = l
		}
	}
	if best == "" || score[best] == 0 {
		return "en", 0
	}
	b, s := float64(score[best]), float64(score[second])
	if b == s {
		if score["en"] == score[best] {
			return "en", 0
		}
		return best, 0
	}
	conf := (b - s) / (b + s) * math.Min(1, b/minEvidence)
	return best, math.Round(conf*100) / 100
}

// apostrophes folds typographic apostrophes to '. A Replacer is safe for
// concurrent use and never changes after it is built.
var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "`", "'")

// foldApostrophes writes typographic apostrophes as '.
func foldApostrophes(s string) string { return apostrophes.Replace(s) }

// tokens splits text into lowercase words; apostrophes inside or before a
// word belong to it ("it's", "'t").
func tokens(text string) []string {
	text = foldApostrophes(strings.ToLower(text))
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}
