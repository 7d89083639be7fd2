package extract

// listOfPreviousClaims gives the companies of a sentence that only lists
// whom the sentence before spoke of ("At least 13 of its members have
// taken measures to help Ukrainians. They are A, B, C and D.") that
// sentence's claims, by reference: a roundup names its companies apart
// from the step they took, and no cue stands in the list itself.
func (a *analysis) listOfPreviousClaims() {
	if a.l.listOfPrevious == nil {
		return
	}
	t := a.t
	n := len(a.claims)
	for si := 1; si < len(t.sents); si++ {
		s := t.sents[si]
		if !a.l.listOfPrevious.MatchString(t.lower[s.start:s.end]) {
			continue
		}
		var step []claim
		seen := map[string]bool{}
		for _, c := range append(append(append([]claim(nil), a.claims[:n]...), a.generic...), a.unowned...) {
			key := c.id
			if c.stance {
				key = "stance:" + c.id
			}
			if c.sent == si-1 && !seen[key] {
				seen[key] = true
				step = append(step, c)
			}
		}
		if len(step) == 0 {
			continue
		}
		for _, mi := range a.mentionsIn(s.start, s.end) {
			m := a.e.mentions[mi]
			if m.kind != orgMention || a.inQuote(m.start) >= 0 {
				continue
			}
			if info := a.e.orgs[m.org]; info == nil || info.public {
				continue
			}
			for _, c := range step {
				if c.org == m.org {
					continue
				}
				c.byRef, c.org, c.sent = c.org, m.org, si
				c.confidence = min(c.confidence, 0.6)
				a.claims = append(a.claims, c)
			}
		}
	}
}
