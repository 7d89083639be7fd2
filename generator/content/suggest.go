package content

import (
	"fmt"
	"slices"
	"strings"
)

// maxListedIDs bounds how many valid ids a message lists in full; a longer
// vocabulary (the provider registry) gets its closest ids and its file.
const maxListedIDs = 20

// Suggest returns the valid ids closest to got, best first: those within a
// small edit distance (a typo, a dash for an underscore, a missing letter),
// at most n of them.
func Suggest(got string, valid []string, n int) []string {
	norm := func(s string) string {
		return strings.ToLower(strings.NewReplacer("-", "_", " ", "_").Replace(s))
	}
	g := norm(got)
	type cand struct {
		id   string
		dist int
	}
	var cs []cand
	for _, v := range valid {
		d := editDistance(g, norm(v))
		limit := max(1, min(3, len([]rune(v))/3))
		if d <= limit || strings.HasPrefix(norm(v), g) && len(g) >= 3 || strings.HasPrefix(g, norm(v)) && len(v) >= 3 {
			cs = append(cs, cand{v, d})
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int { return a.dist - b.dist })
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, c.id)
	}
	return out
}

// UnknownID is the tail of a message about an unknown id: what was meant,
// most likely, and which ids are valid (all of them when there are few,
// else where they are listed).
func UnknownID(got string, valid []string, where string) string {
	var b strings.Builder
	if s := Suggest(got, valid, 3); len(s) > 0 {
		fmt.Fprintf(&b, "did you mean %s? ", orList(s))
	}
	if len(valid) <= maxListedIDs {
		fmt.Fprintf(&b, "valid ids: %s", strings.Join(valid, ", "))
	} else {
		fmt.Fprintf(&b, "the %d valid ids are in %s", len(valid), where)
	}
	return b.String()
}

func orList(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = fmt.Sprintf("%q", id)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// editDistance is the Levenshtein distance of two strings, by runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
