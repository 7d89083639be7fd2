package extract

import (
	"fmt"
	"strings"
)

// groupMemberOpening is how far into a sentence (in bytes) a group_members
// opening may start: only a quote mark or a dash before "Among".
const groupMemberOpening = 3

// groupMemberReach is how many sentences back the group's step may stand:
// a sentence on why and one on what else it said may come between.
const groupMemberReach = 4

// groupMemberClaims gives the companies of a sentence that names the
// members of a group ("Among the 15 publishers signing the letter are A,
// B and C", stances.yaml group_members) the step an earlier sentence gave
// that group with no company named ("A dozen publishers said they are
// suspending sales in Russia"), by reference. The group is the same when a
// word of the opening, the group's noun, stands before the earlier cue in
// its sentence; the nearest such sentence wins.
func (a *analysis) groupMemberClaims() {
	if a.l.groupMembers == nil {
		return
	}
	t := a.t
	for si := 1; si < len(t.sents); si++ {
		s := t.sents[si]
		var open [2]int
		found := false
		for _, m := range a.l.groupMembers.find(t, s.start, s.end, a.sc) {
			if m[0]-s.start <= groupMemberOpening && a.inQuote(m[0]) < 0 {
				open, found = m, true
				break
			}
		}
		if !found {
			continue
		}
		// The opening's own words name the group; a company among them
		// ("Onder meer Ikea is ...") makes it no group opening.
		if len(a.mentionsIn(open[0], open[1])) > 0 {
			continue
		}
		nouns := a.groupNouns(t.fold[open[0]:open[1]])
		if len(nouns) == 0 {
			continue
		}
		from, group := a.groupStepBefore(si, nouns)
		if len(from) == 0 {
			continue
		}
		own := map[string]bool{}
		for _, c := range a.claims {
			if c.sent == si {
				own[c.org] = true
			}
		}
		for _, mi := range a.mentionsIn(open[1], s.end) {
			m := a.e.mentions[mi]
			if m.kind != orgMention || a.inQuote(m.start) >= 0 || own[m.org] {
				continue
			}
			own[m.org] = true
			for _, c := range from {
				c.byRef, c.org, c.sent = genericOrgs, m.org, si
				c.via = fmt.Sprintf("by being an example of %s in: %s", group, t.sentText(c.sent))
				c.confidence = 0.55
				a.claims = append(a.claims, c)
			}
		}
	}
}

// groupNouns returns the words of a group_members opening that may name
// the group: five letters or more, no stop word, no number.
func (a *analysis) groupNouns(opening string) []string {
	var out []string
	for i, w := range strings.Fields(opening) {
		w = strings.Trim(w, "'\"“”‘’()")
		if i == 0 || len(w) < 5 || a.isCommonWord(w) || strings.ContainsAny(w, "0123456789") {
			continue
		}
		out = append(out, w)
	}
	return out
}

// groupStepBefore returns the claims of companies in general (or of
// nobody named) in the nearest of the groupMemberReach sentences before si
// whose cue has one of nouns before it in its sentence, and that noun.
func (a *analysis) groupStepBefore(si int, nouns []string) ([]claim, string) {
	t := a.t
	for want := si - 1; want >= 0 && want >= si-groupMemberReach; want-- {
		var from []claim
		group := ""
		for _, list := range [][]claim{a.generic, a.unowned} {
			for _, c := range list {
				if c.sent != want || c.start < t.sents[want].start {
					continue
				}
				head := " " + strings.Join(strings.Fields(t.fold[t.sents[want].start:c.start]), " ") + " "
				for _, n := range nouns {
					if strings.Contains(head, " "+n+" ") {
						from, group = append(from, c), n
						break
					}
				}
			}
		}
		if len(from) > 0 {
			return from, "the " + group
		}
	}
	return nil, ""
}
