package extract

import "strings"

// pluralVerb reports a Dutch finite verb in the plural: the infinitive
// form ("behoren", "hebben", "maakten") or "zijn". A singular verb ("is",
// "heeft", "zegt") makes the pronoun before it a person.
func pluralVerb(w string) bool {
	return w == "zijn" || len(w) > 3 && strings.HasSuffix(w, "en")
}

// listBefore reports whether the pronoun at pos opens a sentence and the
// sentence before it names two companies or more: the list it stands for.
func listBefore(t *text, e *entities, pos int) bool {
	for si, s := range t.sents {
		if s.start != pos && !(s.start < pos && strings.TrimLeft(t.fold[s.start:pos], "\"'‘“ ") == "") {
			continue
		}
		if si == 0 {
			return false
		}
		prev := t.sents[si-1]
		n := 0
		for _, m := range e.mentions {
			if m.kind == orgMention && m.start >= prev.start && m.end <= prev.end {
				n++
			}
		}
		return n >= 2
	}
	return false
}

// lastListIn is the list of companies around the last one named, outside
// quotes, in sentence si; nil when si names none.
func (a *analysis) lastListIn(si int) []string {
	if si < 0 {
		return nil
	}
	s := a.t.sents[si]
	last := -1
	for _, mj := range a.mentionsIn(s.start, s.end) {
		if o := a.e.mentions[mj]; o.kind == orgMention && a.inQuote(o.start) < 0 {
			last = mj
		}
	}
	if last < 0 {
		return nil
	}
	return a.looseGroupAt(last)
}

// openingPluralList is the list of companies a plural pronoun opening
// sentence si stands for ("Zij behoren ..."), or nil.
func (a *analysis) openingPluralList(si int) []string {
	s := a.t.sents[si]
	for _, mi := range a.mentionsIn(s.start, s.end) {
		m := a.e.mentions[mi]
		if m.kind != pronounMention || !m.group || !a.l.pluralPron[strings.ToLower(a.t.fold[m.start:m.end])] {
			return nil
		}
		if list := a.resolve(mi, si); len(list) > 1 {
			return list
		}
		return nil
	}
	return nil
}
