package extract

import (
	"regexp"
	"strings"
)

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

// coordinatedGap joins two names of one list: "X en Y", "X, Y", "X & Y".
// A noun that introduces the next name may stand between ("Velora en
// Trambedrijf Noord").
var coordinatedGap = regexp.MustCompile(`^(?:\s*,\s*|\s+(?:en|and|&)\s+)(?:[A-Za-z]+\s+)?$`)

// thingList ends inside a list whose first item is a common noun with
// its article, right before a later item.
var thingList = regexp.MustCompile(`(?:^|[\s:;(])(?:[Dd]e|[Hh]et|[Tt]he|[Ee]en|[Aa]n?)\s+[a-z][\w-]*\s*,\s*(?:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*\s*,\s*)*(?:[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*\s+(?:en|and)\s+)?$`)

// alsoBefore ends right before a name that a step is said of as well.
var alsoBefore = regexp.MustCompile(`\b(?:ook|eveneens)\s+$`)

// findCoordinated makes a capitalised name the registry lacks an
// organisation where a list joins it to one already found: "Velora en
// Trambedrijf Noord stoppen ...", "KPN, Velora en Odido", or that "ook"
// puts beside the ones before ("Zo stopt ook Velora"). Lists of
// companies in news mix the known with the local; the role noun that
// finds the one ("Trambedrijf") is seldom repeated for the other. Not a
// place, a person, a common word, an adjective of place or a word the
// lexicon says is no provider.
func (x *Extractor) findCoordinated(t *text, l *language, e *entities, take func(int, int) bool) {
	f := t.fold
	orgAt := func(s, en int) bool {
		for _, m := range e.mentions {
			if m.kind == orgMention && m.start == s || m.kind == orgMention && m.end == en {
				return true
			}
		}
		return false
	}
	var found [][2]int
	for _, run := range e.capRuns {
		s, en := run[0], run[1]
		// The list's neighbour: an organisation right after or right
		// before, across "en" or a comma.
		joined := false
		for _, m := range e.mentions {
			if m.kind != orgMention {
				continue
			}
			if m.start >= en && m.start-en <= 30 && coordinatedGap.MatchString(f[en:m.start]) ||
				m.end <= s && s-m.end <= 30 && coordinatedGap.MatchString(f[m.end:s]) {
				joined = true
				break
			}
		}
		// "Zo stopt ook Velora ...", "eveneens Velora": a name that a
		// step is said of as well.
		if !joined && alsoBefore.MatchString(f[max(0, s-10):s]) {
			joined = true
		}
		if !joined || orgAt(s, en) {
			continue
		}
		name := strings.TrimSpace(f[s:en])
		words := strings.Fields(name)
		if len(words) == 0 || len(name) < 2 {
			continue
		}
		lw := strings.ToLower(name)
		if x.notProvAll[name] || x.notProvAll[words[0]] || x.nameID[name] != "" || x.people[name].Name != "" || e.people[name] != nil ||
			l.adjectiveRun(name) || l.stopwords[strings.ToLower(words[0])] || l.places[name] || x.regions[lw] || l.nationality[lw] != "" {
			continue
		}
		// "De zoekmachine, Gmail, Maps en YouTube": a list that opens
		// with a common noun lists things, products or services.
		if thingList.MatchString(f[max(0, s-80):s]) {
			continue
		}
		// A sentence's first word may be any noun ("Banken en KPN"): a
		// plural, or a word the text also writes in lower case, is one.
		if sentenceStart(f, s) && len(words) == 1 && !nameShaped(name) && (strings.HasSuffix(lw, "en") || len(wholeWords(t.lower, lw, 0)) > len(wholeWords(f, name, 0))) {
			continue
		}
		found = append(found, [2]int{s, en})
	}
	for _, r := range found {
		id := x.orgID(strings.TrimSpace(f[r[0]:r[1]]))
		if len(id) < 2 || !take(r[0], r[1]) {
			continue
		}
		e.addOrg(id, t.span(r[0], r[1]), true)
		e.mentions = append(e.mentions, mention{start: r[0], end: r[1], kind: orgMention, org: id, unknown: true})
	}
}

// sentenceStart reports whether the word at s opens a sentence or a
// paragraph.
func sentenceStart(f string, s int) bool {
	b := strings.TrimRight(f[:s], " \"'")
	return b == "" || strings.ContainsAny(b[len(b)-1:], ".!?:\n")
}

// companiesAsExamples ends with a noun for companies and the word that
// opens its examples.
var companiesAsExamples = regexp.MustCompile(`(?i)\b(?:\w*bedrijven|ondernemingen|\w*concerns|multinationals|\w*ketens|\w*merken|\w*leveranciers|\w*fabrikanten|\w*producenten|\w*maatschappijen|\w*aanbieders|\w*reuzen|spelers)\s+(?:als|zoals|waaronder)\s+(?:[a-z][\w-]*\s+){0,2}$`)

// relativeWho opens a relative clause whose subject is the names before
// it: "energieleveranciers als Shell en BP, die ...".
var relativeWho = regexp.MustCompile(`^\s*,?\s*die\s`)

// relativeOfRussia returns the relative clause right after the list that
// mention mi belongs to when that clause speaks of Russia, outside quotes
// and before what others ask: "bedrijven als Shell en BP die al zeiden
// hun afhankelijkheid van Rusland te verkleinen". The names are its
// subject, wherever they stand in the sentence.
func (a *analysis) relativeOfRussia(si, mi int) (clause [2]int, ok bool) {
	if a.l.aboutRussia == nil {
		return clause, false
	}
	s := a.t.sents[si]
	f := a.t.fold
	// From the start of the list, which examples of a noun for companies
	// open ("energieleveranciers als", "bedrijven zoals"); "klanten
	// zoals A en B, die ..." are clients, not companies reported on.
	start := a.e.mentions[mi].start
	for k := mi - 1; k >= 0; k-- {
		o := a.e.mentions[k]
		if o.kind != orgMention || o.end > start || o.start < s.start || !coordinatedGap.MatchString(f[o.end:start]) {
			break
		}
		start = o.start
	}
	if !companiesAsExamples.MatchString(f[max(s.start, start-60):start]) {
		return clause, false
	}
	end := a.e.mentions[mi].end
	// To the end of the list: names joined by commas and "en".
	for _, mj := range a.mentionsIn(end, s.end) {
		o := a.e.mentions[mj]
		if o.kind != orgMention || !coordinatedGap.MatchString(f[end:o.start]) {
			break
		}
		end = o.end
	}
	loc := relativeWho.FindStringIndex(f[end:s.end])
	if loc == nil {
		return clause, false
	}
	from := end + loc[1]
	to := segmentOf(a.segments(si), from)[1]
	to = min(to, a.demandAt(si))
	if from >= to || a.hypothetical(from, to, [2]int{from, to}) {
		return clause, false
	}
	for _, r := range a.l.aboutRussia.find(a.t, from, to, a.sc) {
		if a.inQuote(r[0]) < 0 {
			return [2]int{from, to}, true
		}
	}
	return clause, false
}
