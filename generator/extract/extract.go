// Package extract finds, in an article's text, the companies whose response
// to the invasion it reports, each one's stance and measures with the
// sentences that say so, and the direct and indirect speech with its
// speakers. It works from the editor-owned lexicon (package lexicon) and
// never reads or writes files.
package extract

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/newsdesk/ruscompare/generator/content"
)

// Document is what extraction reads: the article's language, its
// standfirst and its cleaned markdown body.
type Document struct {
	Lang string
	// Title is the headline: read as the text's first sentence, since a
	// headline usually names the company and its step ("KPN blokkeert RT
	// en Sputnik"); what it says is evidence that points at the headline.
	Title    string
	Subtitle string
	Body     string
	// Explain asks for Result.Trace: every claim with the cue that made it,
	// so an editor (or a lexicon change) can see why extraction decided.
	Explain bool
}

// Result is what extraction found.
type Result struct {
	Providers []content.Provider
	Quotes    []content.Quote
	Trace     []string
	// NamedOnly lists the providers reported only because the article
	// names them, with no claim (stance unclear, low confidence).
	NamedOnly []string
	// Warnings say what extraction skipped, as "line N: ..." of Text().
	Warnings []string
}

// Text returns the text extraction runs on: the standfirst, then the body.
func (d Document) Text() string {
	body := strings.TrimSpace(d.Body)
	// The standfirst, unless the body already has it as a paragraph.
	if sub := strings.TrimSpace(d.Subtitle); sub != "" && !strings.HasPrefix(body, sub) && !strings.Contains(body, "\n\n"+sub+"\n") {
		return sub + "\n\n" + body + "\n"
	}
	return body + "\n"
}

// claim is one cue attributed to one organisation.
type claim struct {
	org        string
	byRef      string // the company whose step this one repeats ("made a similar decision")
	cue        *cue
	id         string // the stance or measure id after negation
	stance     bool
	sent       int
	confidence float64
	explicit   bool   // the cue itself, not a negation's stand-in
	start      int    // where the cue starts (fold offset), for claims of companies in general
	via        string // how a claim by reference came about, for --explain
}

// analysis carries one article through the stages.
type analysis struct {
	x       *Extractor
	l       *language
	t       *text
	e       *entities
	quotes  []quoteSpan
	quoteAt []int32    // fold offset → first quotation holding it (inQuote)
	speaker []referent // per quote
	sentOf  []int      // fold offset → sentence (only for sentence bytes)
	topic   [][]string // topic in force at the start of each sentence
	// single is the last one-company subject before each sentence: what
	// "the company" stands for when the topic is a list of several.
	single  []string
	subject [][]string // subject organisations of each sentence
	lastPer []int      // index into e.mentions of the last person before each sentence
	claims  []claim
	// generic: cues whose subject is companies in general ("more firms
	// closed their shops in Russia"), which a following "X took this
	// step" refers to.
	generic []claim
	// unowned: cues that no company took, which a following "They are
	// A, B and C" gives to the companies it lists (listOfPreviousClaims).
	unowned []claim
	demand  []int // per sentence: where what others ask begins (see demandAt)
	sc      *scratch
	warns   []string
	// stanceHow says, per provider, which rule decided its stance.
	stanceHow []string
	namedOnly []string // providers found by being named alone (Result.NamedOnly)
	// titleLines: how many lines the headline adds before Document.Text().
	titleLines int
	lowerSeen  map[string]bool // neverLower's answers, per word
}

// warnf records a warning about the text at fold offset pos, with its
// line in Document.Text().
func (a *analysis) warnf(pos int, format string, args ...any) {
	where := "the headline"
	if line := 1 + strings.Count(a.t.fold[:pos], "\n") - a.titleLines; line > 0 {
		where = fmt.Sprintf("line %d", line)
	}
	a.warns = append(a.warns, where+": "+fmt.Sprintf(format, args...))
}

// Extract analyses one document.
func (x *Extractor) Extract(doc Document) Result {
	l := x.langs[doc.Lang]
	if l == nil {
		l = x.langs["en"]
	}
	src, titleLines := doc.Text(), 0
	if title := strings.TrimSpace(doc.Title); title != "" && !strings.HasPrefix(strings.TrimSpace(src), title) {
		src = title + "\n\n" + src
		titleLines = 2
	}
	t := newText(src, l.abbrev)
	if titleLines > 0 && len(t.paras) > 0 {
		t.paras[0].title = true
	}
	a := &analysis{x: x, l: l, t: t, sc: newScratch(), titleLines: titleLines}
	a.e = x.findEntities(t, l)
	a.resolveByContext(doc.Lang)
	a.quotes = findQuotes(t)
	a.indexSentences()
	a.resolveSubjects()
	a.attributeQuotes()
	a.employers()
	a.findClaims()
	a.followClaims()
	a.exampleClaims()
	a.groupMemberClaims()
	a.ellipsisClaims()
	a.precedentClaims()
	a.listOfPreviousClaims()
	a.verticalListClaims()
	providers := a.providers()
	a.bareStatements()
	a.namedOrgs()
	res := Result{Providers: providers, Quotes: a.quoteRecords(), Warnings: a.warns, NamedOnly: a.namedOnly}
	if doc.Explain {
		for _, c := range a.claims {
			kind := "measure"
			if c.stance {
				kind = "stance"
			}
			ref := ""
			if c.byRef != "" {
				ref = ", by reference to " + c.byRef
			}
			if c.via != "" {
				ref += ", " + c.via
			}
			res.Trace = append(res.Trace, fmt.Sprintf("%s %s=%s (cue %s, conf %.2f%s): %s", c.org, kind, c.id, c.cue.id, c.confidence, ref, a.t.sentText(c.sent)))
		}
		res.Trace = append(res.Trace, a.stanceHow...)
	}
	return res
}

func (a *analysis) indexSentences() {
	a.sentOf = make([]int, len(a.t.fold)+1)
	for i := range a.sentOf {
		a.sentOf[i] = -1
	}
	for si, s := range a.t.sents {
		for i := s.start; i < s.end; i++ {
			a.sentOf[i] = si
		}
	}
}

// inQuote returns the index of the first quotation whose words hold pos,
// or -1. It is asked for most mentions and cues: a table of the text's
// offsets, made on first use, answers in constant time where a scan of
// every quotation made long texts quadratic.
func (a *analysis) inQuote(pos int) int {
	if a.quoteAt == nil {
		a.quoteAt = make([]int32, len(a.t.fold)+1)
		for i := range a.quoteAt {
			a.quoteAt[i] = -1
		}
		for qi := range a.quotes {
			for _, p := range a.quotes[qi].parts {
				for k := max(p[0], 0); k < p[1] && k < len(a.quoteAt); k++ {
					if a.quoteAt[k] < 0 {
						a.quoteAt[k] = int32(qi)
					}
				}
			}
		}
	}
	if pos < 0 || pos >= len(a.quoteAt) {
		return -1
	}
	return int(a.quoteAt[pos])
}

// mentionsIn returns the indexes of the mentions inside [s,e).
func (a *analysis) mentionsIn(s, e int) []int {
	ms := a.e.mentions
	i := sort.Search(len(ms), func(k int) bool { return ms[k].start >= s })
	var out []int
	for ; i < len(ms) && ms[i].start < e; i++ {
		out = append(out, i)
	}
	return out
}

// demandAt returns the fold offset of the first demand cue in sentence si,
// or the sentence end: what follows is what others ask, not a response.
func (a *analysis) demandAt(si int) int {
	if a.demand == nil {
		a.demand = make([]int, len(a.t.sents))
		for i, s := range a.t.sents {
			a.demand[i] = s.end
			if a.l.demand == nil {
				continue
			}
			if m, ok := a.l.demand.first(a.t, s.start, s.end, a.sc); ok {
				a.demand[i] = m[0]
			}
		}
	}
	return a.demand[si]
}

// resolveSubjects walks the sentences in order and records for each the
// organisations it is about, so that "it", "the company" and sentences
// that name nobody resolve to the company in focus.
func (a *analysis) resolveSubjects() {
	n := len(a.t.sents)
	a.topic = make([][]string, n)
	a.subject = make([][]string, n)
	a.single = make([]string, n)
	var topic []string
	single := ""
	for si, s := range a.t.sents {
		a.topic[si] = topic
		a.single[si] = single
		demand := a.demandAt(si)
		var subj []string
		idx := a.mentionsIn(s.start, demand)
		skipped := -1 // the last company skipped as a preposition's object
		for k, mi := range idx {
			m := a.e.mentions[mi]
			if a.inQuote(m.start) >= 0 && m.kind != orgMention {
				continue
			}
			if a.inQuote(m.start) >= 0 {
				continue
			}
			// "The competing services from A and B command 80%": companies
			// after a preposition (and their list) are not the subject, so
			// the topic stays with the company the text is about.
			// "Denk ook aan leveranciers, waaronder Enreach.": a company
			// given only as an example of a group at the end of the
			// sentence is no subject either ("Sommige merken, waaronder
			// Jacquemus, delen ..." names the subject's examples).
			if m.kind == orgMention && (prepObject.MatchString(a.t.fold[max(s.start, m.start-40):m.start]) || exampleOnly.MatchString(a.t.fold[max(s.start, m.start-40):m.start]) && !strings.Contains(a.t.fold[m.end:s.end], ",") || skipped >= 0 && a.joinsList(a.e.mentions[skipped], m)) {
				skipped = mi
				continue
			}
			orgs := a.resolve(mi, si)
			if len(orgs) == 0 {
				continue
			}
			subj = orgs
			// A list of companies is one subject.
			if m.kind == orgMention {
				for _, mj := range idx[k+1:] {
					prev := a.e.mentions[mj-1]
					nm := a.e.mentions[mj]
					if nm.kind != orgMention || !a.joinsList(prev, nm) {
						break
					}
					subj = appendUnique(subj, nm.org)
				}
			}
			break
		}
		if len(subj) > 0 {
			a.subject[si] = subj
			topic = subj
			if len(subj) == 1 {
				single = subj[0]
			}
		}
	}
}

// exampleOnly ends right before a company given as an example of a group
// named before it: ", waaronder", ", including".
var exampleOnly = regexp.MustCompile(`(?i),\s*(?:waaronder|onder wie|including|among them)\s+(?:[\w-]+\s+){0,2}$`)

// prepObject ends right before a company that is a preposition's object
// inside a sentence's subject ("services from", "a rival of").
var prepObject = regexp.MustCompile(`\b(?i:from|of|to|with|for|than|via|through|against)\s+(?:(?i:the)\s+)?(?:[A-Z][\w.-]*(?:,\s+|\s+(?:and|or|&)\s+))*$`)

// listGap joins companies into one list: "A, B and C", and also "A's
// Xbox division and B's PlayStation business", "A Corp.'s games arm and B".
// A parenthesis of up to 40 characters after a name ("Boeing (VS) en
// Airbus", "ABP (voor ambtenaren en onderwijs), PFZW ...") stays in the
// list, and so does where a name is based ("Orange in France, Deutsche
// Telekom in Germany and Vodafone in the UK", "Hapag-Lloyd of Germany").
// A dash may open the list's last member as an aside ("A, B and C - and
// lately D, the biggest of them -"), glued or spaced on both sides: a
// dash glued only to the left is a Dutch compound ("Visa- en
// Mastercard-producten").
var listGap = regexp.MustCompile(`^(?:\s+(?i:corp|inc|co|ltd|plc|llc|ag|se|nv|bv)\.?)?(?:'s?(?:\s+[A-Za-z-]+){0,3})?(?:\s*\([^()]{1,40}\))?(?:\s+(?:in|of|from)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?(?:\s*,\s*(?:and|or|en|of|as well as|along with|together with|alongside|samen met)?\s*|\s+(?:and|or|en|of|&|as well as|alsook)\s+|(?:-|\s+-\s+)(?:and|en)\s+(?:(?:most |more )?recently\s+|lately\s+|now\s+|later\s+|also\s+|even\s+|sinds kort\s+|nu\s+|ook\s+)?)$`)

func isListGap(s string) bool { return listGap.MatchString(s) }

// describedGap is a list gap followed by a short description of the next
// company: "Apple, FIFA developer EA, and Cyberpunk 2077 developer CD
// Projekt Red", "the oil company Shell and the British BP".
var describedGap = regexp.MustCompile(`^(?:'s?)?(?:\s*,\s*(?:and|or|en|of|as well as|along with|together with|alongside|samen met)?\s*|\s+(?:and|or|en|of|&|as well as|alsook)\s+)(?:the\s+|de\s+|het\s+)?((?:[\w&-]+\s+){1,4})$`)

// describedListGap reports a list gap whose description ends with a noun
// that introduces companies ("developer", "company") or is made of words
// that never name a company ("the British"): the description belongs to
// the next name, which is still in the list.
func (a *analysis) describedListGap(gap string) bool {
	m := describedGap.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	words := strings.Fields(m[1])
	if a.x.introducers[strings.ToLower(words[len(words)-1])] {
		return true
	}
	for _, w := range words {
		if !a.x.notProvAll[w] {
			return false
		}
	}
	return true
}

// listDescriptor ends the gap before a list's next company with a short
// description of it: "Heineken en zijn Deense concurrent Carlsberg",
// "het Britse BP en het Noorse Equinor".
var listDescriptor = regexp.MustCompile(`(?i)(?:^|\s)(?:de|het|zijn|haar|hun|the|its|their)\s+((?:[\pL-]+\s+){0,2})$`)

// descriptorStop are words that make a gap's tail a clause or a
// preposition's object rather than a description of the next name, or
// the next name a part of the one before ("Google en zijn dochterbedrijf
// YouTube" names one group, as the gold of testdata/real/nl counts it).
var descriptorStop = regexp.MustCompile(`(?i)\b(?:van|in|met|voor|op|uit|bij|aan|naar|die|dat|is|zijn|heeft|from|with|for|on|at|to|of|that|which|has|is|russische|russian|russia's|wit-russische|belarusian|dochter\w*|subsidiary|unit|division|divisie|afdeling|tak|moeder\w*|parent)\b`)

// rangeStart ends right before the first company of a range that names
// a list by its ends: "van McDonald's tot Coca-Cola", "from Apple to Zara".
// A range may run through more names: "from A to B to C".
var rangeStart = regexp.MustCompile(`\b(?i:van|from)\s+(?:\p{Lu}[\w&.'-]*(?:\s+\p{Lu}[\w&.'-]*){0,3}\s+(?i:to|tot)\s+){0,6}$`)

var rangeGap = regexp.MustCompile(`(?i)^\s+(?:tot(?:\s+en\s+met)?|to(?:\s+the)?)\s+$`)

// joinsList reports two organisation mentions, left before right, that
// stand in one list: a plain list gap, a gap ending in a description of
// the next name, or the two ends of a range.
func (a *analysis) joinsList(left, right mention) bool {
	if left.end > right.start {
		return false
	}
	gap := a.t.fold[left.end:right.start]
	if isListGap(gap) {
		return true
	}
	if d := listDescriptor.FindStringSubmatchIndex(gap); d != nil && !descriptorStop.MatchString(gap[d[2]:d[3]]) && isListGap(gap[:d[0]]+" ") {
		return true
	}
	if bothGap.MatchString(gap) && bothStart.MatchString(a.t.fold[max(0, left.start-8):left.start]) {
		return true // "zowel Heineken als Carlsberg"
	}
	return rangeGap.MatchString(gap) && rangeStart.MatchString(a.t.fold[max(0, left.start-160):left.start])
}

// bothStart and bothGap join "zowel X als Y" (both X and Y).
var bothStart = regexp.MustCompile(`(?i)\bzowel\s+$`)
var bothGap = regexp.MustCompile(`(?i)^\s+als\s+$`)

func appendUnique(list []string, s ...string) []string {
	for _, x := range s {
		found := false
		for _, y := range list {
			if x == y {
				found = true
				break
			}
		}
		if !found && x != "" {
			list = append(list, x)
		}
	}
	return list
}

// resolve returns the organisations a mention stands for.
func (a *analysis) resolve(mi, si int) []string {
	m := a.e.mentions[mi]
	switch m.kind {
	case orgMention:
		return []string{m.org}
	case personMention:
		if p := a.e.people[m.person]; p != nil && p.org != "" {
			return []string{p.org}
		}
		return nil
	case descriptionMention, pronounMention:
		if m.org != "" {
			if _, ok := a.e.orgs[m.org]; !ok {
				if p, ok := a.x.lx.Provider(m.org); ok {
					a.e.addOrg(p.ID, p.Name, false)
				}
			}
			return []string{m.org}
		}
		// "De Britse energiereus": the last company named from there.
		if m.kind == descriptionMention {
			if org := a.lastOfCountry(mi, si); org != "" {
				return []string{org}
			}
		}
		// Earlier in the same sentence, outside quotes: the nearest subject
		// of the pronoun's own clause ("..., while rival Nokia said it
		// would leave"), else the sentence's first ("Lumen is net zoals
		// Cogent een provider en maakt bekend dat het stopt": a company
		// after a preposition is no subject).
		if si >= 0 {
			s := a.t.sents[si]
			clause := s.start
			if a.l.contrast != nil {
				for _, c := range a.l.contrast.find(a.t, s.start, m.start, a.sc) {
					clause = c[0]
				}
			}
			var first, near []string
			for _, mj := range a.mentionsIn(s.start, m.start) {
				o := a.e.mentions[mj]
				if a.inQuote(o.start) >= 0 {
					continue
				}
				var orgs []string
				switch o.kind {
				case orgMention:
					if objectWord.MatchString(a.t.fold[max(s.start, o.start-12):o.start]) || channelWord.MatchString(a.t.fold[max(s.start, o.start-20):o.start]) {
						continue // an object, or a channel ("via Twitter")
					}
					if insideRelative.MatchString(a.t.fold[max(s.start, o.start-60):o.start]) {
						continue // "Veon, which also owns Kyivstar, said it": an object of the aside
					}
					orgs = []string{o.org}
					if m.group {
						orgs = a.looseGroupAt(mj)
					} else if m.plural {
						orgs = a.groupAt(mj)
					}
				case personMention:
					if p := a.e.people[o.person]; p != nil && p.org != "" {
						orgs = []string{p.org}
					}
				case descriptionMention:
					// "The Swedish telecom equipment maker announced it
					// was ...": a description the registry knows is a
					// subject like its name.
					if o.org != "" && !objectWord.MatchString(a.t.fold[max(s.start, o.start-12):o.start]) {
						orgs = []string{o.org}
					}
				}
				if orgs == nil {
					continue
				}
				if first == nil {
					first = orgs
				}
				if o.start >= clause {
					near = orgs
				}
			}
			if near != nil {
				return near
			}
			if first != nil {
				return first
			}
			// "Zij behoren ...": the list the sentence before named.
			if m.group && a.l.pluralPron[strings.ToLower(a.t.fold[m.start:m.end])] {
				if list := a.lastListIn(si - 1); len(list) > 1 {
					return list
				}
			}
			// "Other registrars to share their support include A and B":
			// a plural pronoun after a plural company noun of its own
			// sentence stands for those companies, not the one in focus.
			if m.kind == pronounMention && m.plural && !m.group && a.genericPluralBefore(clause, m.start) {
				return nil
			}
			if t := a.topic[si]; len(t) > 0 {
				// "the company" after a sentence about a list of several
				// ("Apple, Google and Meta banned RT.") is the one company
				// the text was about before the list.
				if len(t) > 1 && !m.plural && !m.group && m.kind == descriptionMention && a.single[si] != "" {
					return []string{a.single[si]}
				}
				return t
			}
		}
		return nil
	case personPronMention:
		if p := a.lastPerson(m.start); p != nil && p.org != "" {
			return []string{p.org}
		}
	case weMention:
		if qi := a.inQuote(m.start); qi >= 0 && qi < len(a.speaker) && a.speaker[qi].org != "" {
			return []string{a.speaker[qi].org}
		}
	}
	return nil
}

// insideRelative ends inside a relative clause set off by a comma, after
// its verb: the name that follows is that clause's object, not a subject
// a later pronoun stands for.
var insideRelative = regexp.MustCompile(`(?i),\s*(?:which|who)\s+(?:\w+\s+){0,2}(?:owns?|owned|runs?|ran|operates?|operated|controls?|controlled|bought|acquired|includes?|included)\s+(?:\w+\s+){0,2}$`)

// productGap joins, for a reference to a list only ("those companies"),
// names followed by what they make: "Apple's iPhone, Nike sneakers or IKEA
// furniture after those companies halted exports".
var productGap = regexp.MustCompile(`^(?:'s?)?(?:\s+[a-z-]+){0,2}(?:\s*,\s*(?:and|or)?\s*|\s+(?:and|or|&)\s+)$`)

// looseGroupAt is groupAt that also joins names across productGap.
func (a *analysis) looseGroupAt(mi int) []string {
	return a.group(mi, func(left, right mention) bool {
		if a.joinsList(left, right) {
			return true
		}
		gap := a.t.fold[left.end:right.start]
		return a.describedListGap(gap) || productGap.MatchString(gap)
	})
}

// lastOfCountry returns, for a description with a nationality ("het
// Britse energieconcern", "the German carmaker"), the one registry
// company of that country named before it in this sentence or the two
// before: after Shell and Equinor, "het Noorse concern" is Equinor
// wherever it stands. Where two companies from there were named, it
// tells nothing, and the usual rules decide.
func (a *analysis) lastOfCountry(mi, si int) string {
	m := a.e.mentions[mi]
	country := ""
	for _, w := range strings.Fields(a.t.lower[m.start:m.end]) {
		if c, ok := a.l.nationality[w]; ok {
			country = c
		}
	}
	if country == "" || si < 0 {
		return ""
	}
	from := a.t.sents[max(0, si-2)].start
	found := ""
	for j := mi - 1; j >= 0 && a.e.mentions[j].start >= from; j-- {
		o := a.e.mentions[j]
		if o.kind != orgMention || a.inQuote(o.start) >= 0 {
			continue
		}
		if p, ok := a.x.lx.Provider(o.org); ok && p.Country == country {
			if found != "" && found != o.org {
				return "" // two companies from there: the nationality tells nothing
			}
			found = o.org
		}
	}
	return found
}

// groupAt returns the organisations of the list the mention belongs to.
func (a *analysis) groupAt(mi int) []string {
	return a.group(mi, func(left, right mention) bool {
		return a.joinsList(left, right) || a.describedListGap(a.t.fold[left.end:right.start])
	})
}

// group returns the organisations joined to mention mi by gaps that
// joins accepts.
func (a *analysis) group(mi int, joins func(left, right mention) bool) []string {
	ms := a.e.mentions
	// The organisation next to k in direction step, past a pronoun that is
	// only a list's parenthesis ("Boeing (US) and Airbus": "us").
	next := func(k, step int) int {
		j := k + step
		for j >= 0 && j < len(ms) && ms[j].kind != orgMention && ms[j].kind != personMention {
			j += step
		}
		if j < 0 || j >= len(ms) || ms[j].kind != orgMention {
			return -1
		}
		from, to := ms[j].end, ms[k].start
		if step > 0 {
			from, to = ms[k].end, ms[j].start
		}
		left, right := ms[j], ms[k]
		if step > 0 {
			left, right = ms[k], ms[j]
		}
		if from > to || !joins(left, right) {
			return -1
		}
		return j
	}
	out := []string{ms[mi].org}
	for k := next(mi, -1); k >= 0; k = next(k, -1) {
		out = append([]string{ms[k].org}, out...)
	}
	for k := next(mi, 1); k >= 0; k = next(k, 1) {
		out = append(out, ms[k].org)
	}
	return appendUnique(nil, out...)
}

func (a *analysis) lastPerson(pos int) *personInfo {
	var last *personInfo
	for _, m := range a.e.mentions {
		if m.start >= pos {
			break
		}
		if m.kind == personMention {
			last = a.e.people[m.person]
		}
	}
	return last
}

// genericPluralBefore reports a plural of a company noun ("registrars",
// "companies", "firms") in fold[from:to]: a group of companies the text
// does not name.
func (a *analysis) genericPluralBefore(from, to int) bool {
	for _, w := range strings.Fields(strings.ToLower(a.t.fold[from:to])) {
		w = strings.Trim(w, ".,;:'\"’()")
		var one string
		switch {
		case strings.HasSuffix(w, "ies") && len(w) > 4:
			one = w[:len(w)-3] + "y"
		case strings.HasSuffix(w, "s") && len(w) > 3:
			one = w[:len(w)-1]
		default:
			continue
		}
		if a.x.introducers[one] || a.l.descNouns[one] {
			return true
		}
	}
	return false
}
