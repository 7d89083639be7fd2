package extract

import (
	"regexp"
	"strings"
)

// compilePlaceAdjective compiles the endings of a language's capitalised
// adjectives of place ("se", "sche": "Haarlemse", "Brabantse",
// "Russische") into a whole-word matcher; nil when it lists none. A
// consonant must come before the ending: "Chase" or "Wise" is a name.
func compilePlaceAdjective(endings []string) *regexp.Regexp {
	if len(endings) == 0 {
		return nil
	}
	alt := make([]string, len(endings))
	for i, e := range endings {
		alt[i] = regexp.QuoteMeta(e)
	}
	return regexp.MustCompile(`^[A-Z][a-z-]+[b-df-hj-np-tv-xz](?:` + strings.Join(alt, "|") + `)$`)
}

// adjectiveRun reports a run of capitalised words that only describes the
// noun after it: adjectives of place or nationality, with inflected
// adjectives before them ("Haarlemse" in "het Haarlemse uitzendbureau
// Kennemeruitzend", "Grote Nederlandse" in "Grote Nederlandse
// uitzendbureaus gaan ... helpen"). Such a run names no company.
func (l *language) adjectiveRun(run string) bool {
	if l == nil || l.placeAdjective == nil {
		return false
	}
	words := strings.Fields(run)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if !l.placeAdjective.MatchString(last) && l.nationality[strings.ToLower(last)] == "" {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !strings.HasSuffix(w, "e") {
			return false
		}
	}
	return true
}

// nounThenName is a lower-case noun and the capitalised name after it:
// what follows an adjective of place ("[Haarlemse] uitzendbureau
// Kennemeruitzend").
var nounThenName = regexp.MustCompile(`^\s+[a-z][a-z-]{2,}\s+(` + capWord + `(?:\s+` + capWord + `){0,3})`)
