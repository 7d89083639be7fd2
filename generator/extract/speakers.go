package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/newsdesk/ruscompare/generator/content"
)

// referent is who said something: a person (with the organisation they
// speak for) or an organisation.
type referent struct {
	person string // full name as written, or ""
	org    string // organisation id, or ""
	// name is how an organisation signed when it is not the group's name:
	// a regional arm ("Google Europe") speaks for the group under it.
	name       string
	confidence float64
}

func (r referent) empty() bool { return r.person == "" && r.org == "" }

// messageWords are the messages an organisation speaks through.
const messageWords = `(?:verklaring|mededeling|statement|persbericht|press release|release|blog|blogpost|blog post|tweet|bericht|update|letter|brief|memo|tally|report|list|study|analysis|count|filing|rapport|lijst|analyse|telling|note|notice|post|message|announcement|e-?mail)`

var (
	// What may stand between a speaker and the speech verb: an apposition
	// ("Prince, Cloudflare's CEO, said"), a parenthesis ("Villig (pictured)
	// said", "Jansen (52) zegt") or an auxiliary ("has also said").
	subjectGap = regexp.MustCompile(`(?i)^(?:'s?)?(?:\s*\([^()"]{1,30}\))?\s*(?:,[^,"]{0,80}){0,2},?\s*(?:(?:also|has|have|had|then|later|previously|further|ook|heeft|had|nog|eerder|al|today|yesterday|earlier|vandaag|gisteren|(?:on|op)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|(?:on|via|op)\s+[a-z][a-z-]*|monday|tuesday|wednesday|thursday|friday|maandag|dinsdag|woensdag|donderdag|vrijdag)\s+)*$`)
	verbGap    = regexp.MustCompile(`(?i)^\s*(?:(?:the|de|het)\s+)?$`)
	// "said a spokesperson for Netflix", "zegt een woordvoerder van ASML".
	spokesGap = regexp.MustCompile(`(?i)^\s*(?:(?:a|an|the|een|de)\s+)?(?:[a-z-]+\s+){0,2}(?:of|for|at|from|van|bij)\s+(?:(?:the|de|het)\s+)?$`)
	// "aldus een verklaring van Apple", "according to a statement from
	// Visa", "reads a short update on Coca-Cola's website": the
	// organisation whose statement it is speaks.
	statementGap = regexp.MustCompile(`(?i)^\s*(?:(?:in\s+)?(?:a|an|the|een|de|het)\s+)?(?:[a-z-]+\s+)?` + messageWords + `\s+(?:[a-z-]+\s+){0,2}(?:of|from|by|on|van|door|op)\s+(?:(?:the|de|het)\s+)?$`)
	// messageWord is one of them alone: a described "speaker" that is a
	// message ("according to a regulatory filing").
	messageWord = regexp.MustCompile(`(?i)^` + messageWords + `s?$`)
	// "klinkt het bij een woordvoerder", "from a spokesperson": a
	// preposition before an unnamed role.
	// "aldus de Russische premier Michail Misjoestin": a short
	// description between the verb and a person.
	personDescGap = regexp.MustCompile(`(?i)^\s*(?:de|het|the|a|an|een)?\s*(?:[a-z-]+\s+){0,3}$`)
	roleGap       = regexp.MustCompile(`(?i)^\s*(?:bij|van|from|of)\s+(?:een|de|a|an|the)\s+$`)
)

// titleGap reports a gap that holds only a job title ("zei topman ").
func (a *analysis) titleGap(gap string) bool {
	g := strings.TrimSpace(gap)
	g = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(g, "-"), "'s"), ",")
	g = strings.TrimSpace(g)
	if g == "" {
		return true
	}
	if a.l.title == nil {
		return false
	}
	loc := a.l.title.FindStringIndex(g)
	if loc != nil && loc[0] == 0 && loc[1] == len(g) {
		return true
	}
	// A Dutch compound title ("beleidsmedewerker").
	toks := tokenize(g, strings.ToLower(g))
	return len(toks) == 1 && len(a.l.compoundTitles(toks)) == 1
}

// officerGap reports a short gap between a company and a person that
// holds a job title among a few other words: "'s Russian-born chief
// executive ", " president and CEO, Mr ". The person is the company's
// officer.
func (a *analysis) officerGap(gap string) bool {
	if a.l.title == nil || len(gap) > 60 || strings.ContainsAny(gap, ".;:\"“”‘’()") || len(strings.Fields(gap)) > 6 {
		return false
	}
	return a.l.title.MatchString(gap)
}

// place reports an organisation the registry lacks whose name is a
// country or city (speech.yaml places), read as a company in a list
// ("in onder andere Duitsland, Oostenrijk en Polen"): no one's employer.
func (a *analysis) place(org string) bool {
	o := a.e.orgs[org]
	return o != nil && o.unknown && a.l.places[foldString(o.name)]
}

// publicRole reports a title of office ("minister", "de Poolse
// premier"): whoever holds it speaks for no company.
func (a *analysis) publicRole(role string) bool {
	return a.l.publicTitles.matchesWhole(role) || a.l.publicTitles.matchesWhole(lastWord(role))
}

// personOrg gives a person named without an organisation (a spokesperson,
// a chief executive) the one the text is about when they first speak, and
// keeps it for the rest of the article.
func (a *analysis) personOrg(p *personInfo, si int) {
	// Only someone with a job title speaks for a company unnamed: an
	// economist "who teaches at a business school" speaks for herself.
	if p.org == "" && p.title != "" && !a.publicRole(p.title) && !p.orgless && si >= 0 && len(a.topic[si]) == 1 && !a.place(a.topic[si][0]) {
		p.org = a.topic[si][0]
	}
	p.orgless = p.org == ""
}

// referentOf turns a mention into a speaker.
func (a *analysis) referentOf(mi int) referent {
	m := a.e.mentions[mi]
	si := -1
	if m.start < len(a.sentOf) {
		si = a.sentOf[m.start]
	}
	// A news agency reports what others say ("laat volgens Reuters
	// weten"): it speaks for no one.
	written := strings.TrimSpace(a.t.fold[m.start:m.end])
	if a.l.newsOutlets[written] {
		return referent{}
	}
	// "aldus de Denen": a people stands for the last company named from
	// their country, and is no company itself.
	if m.kind == orgMention || m.kind == personMention {
		if _, ok := a.l.nationality[strings.ToLower(written)]; ok {
			if org := a.lastOfCountry(mi, si); org != "" {
				return referent{org: org, confidence: 0.6}
			}
			return referent{}
		}
	}
	switch m.kind {
	case personMention:
		p := a.e.people[m.person]
		a.personOrg(p, si)
		return referent{person: p.name, org: p.org, confidence: 0.9}
	case personPronMention:
		// "Mandiant's intelligence chief said ... 'We ...,' he said": an
		// unnamed officer of a company, named after the last person, is
		// whom "he" stands for.
		if org := a.officerAfterLastPerson(m.start); org != "" {
			return referent{org: org, confidence: 0.65}
		}
		if p := a.lastPerson(m.start); p != nil {
			a.personOrg(p, si)
			return referent{person: p.name, org: p.org, confidence: 0.75}
		}
	case orgMention:
		return referent{org: m.org, confidence: 0.85}
	case roleMention:
		// The last person named with this title, else the company in focus.
		for i := mi - 1; i >= 0; i-- {
			o := a.e.mentions[i]
			if o.kind == personMention {
				if p := a.e.people[o.person]; p != nil && p.title != "" && (p.title == m.role || lastWord(p.title) == lastWord(m.role)) {
					return referent{person: p.name, org: p.org, confidence: 0.7}
				}
			}
		}
		// "vervolgt de minister", "an official said": an office holder
		// no one named speaks for no company, so the one in focus cannot
		// stand in for them; the title is all the text says of them.
		if a.publicRole(m.role) {
			return referent{person: lastWord(m.role), confidence: 0.4}
		}
		if si >= 0 && len(a.topic[si]) > 0 {
			return referent{org: a.topic[si][0], confidence: 0.6}
		}
		// No company in focus yet (the article opens with "Een
		// woordvoerder spreekt van ..."): the one the article is about.
		if org := a.mainOrg(); org != "" {
			return referent{org: org, confidence: 0.5}
		}
	case pronounMention, descriptionMention:
		if org := a.soleCompanyBefore(mi, si); org != "" {
			return referent{org: org, confidence: 0.65}
		}
		if orgs := a.resolve(mi, si); len(orgs) > 0 {
			return referent{org: orgs[0], confidence: 0.7}
		}
		if m.kind == descriptionMention {
			if org := a.mainOrg(); org != "" {
				return referent{org: org, confidence: 0.5}
			}
		}
	}
	return referent{}
}

// mainOrg is the organisation the article names most often (quotes
// included), the first named on a tie; "" when it names none.
func (a *analysis) mainOrg() string {
	count := map[string]int{}
	best := ""
	for _, m := range a.e.mentions {
		if m.kind != orgMention || m.org == "" {
			continue
		}
		count[m.org]++
		if best == "" || count[m.org] > count[best] {
			best = m.org
		}
	}
	return best
}

// speakerNear looks in [s,e) for "SPEAKER said" or "said SPEAKER"; it
// returns the leftmost attribution with a person, else the last one found,
// and whether any speech verb stood there at all.
func (a *analysis) speakerNear(s, e int, skipQuotes bool) (referent, bool) {
	if a.l.speechVerb == nil || s >= e {
		return referent{}, false
	}
	f := a.t.fold
	var found []referent
	verbs := a.l.speechVerbs.find(a.t.toks, s, e)
	for _, v := range verbs {
		vs, ve := v[0], v[1]
		if skipQuotes && a.inQuote(vs) >= 0 {
			continue
		}
		var r referent
		// Subject before the verb; a person before an organisation
		// ("Kristo Käärmann, Wise's chief executive, said"). A relative
		// clause that ends right before the verb belongs to the subject
		// before it, and the names inside it do not speak ("the company,
		// which supplies MTS and Tele2 in Russia, told Reuters").
		rel := relativeTail(f[s:vs])
		if rel >= 0 {
			rel += s
		}
		for _, mi := range a.mentionsIn(s, vs) {
			m := a.e.mentions[mi]
			// A mention that runs into the verb or the relative clause
			// (a name the lexicon reads across a parenthesis) is not its
			// subject.
			if a.inQuote(m.start) >= 0 || m.kind == weMention || m.end > vs || rel >= 0 && m.end > rel {
				continue
			}
			// "X, on Twitter, said": a name after a preposition is no
			// subject, the platform or place the subject spoke on.
			if m.kind == orgMention && afterPreposition.MatchString(f[max(s, m.start-8):m.start]) {
				continue
			}
			if subjectGap.MatchString(f[m.end:vs]) || rel >= 0 && subjectGap.MatchString(f[m.end:rel]) || (m.kind != personMention && a.titleGap(f[m.end:vs])) || m.kind == orgMention && a.statementOf(m, vs) || m.kind != personMention && m.kind != personPronMention && possessiveMessage.MatchString(f[m.end:vs]) {
				if c := a.referentOf(mi); !c.empty() && (r.person == "" || c.person != "") {
					r = c
				}
				// "Topman Jan Jansen van KPN zegt": the person of the
				// organisation that ends the subject speaks for it.
				if p := a.personOfOrg(s, mi); m.kind == orgMention && r.person == "" && p >= 0 {
					r = a.referentOf(p)
				}
			} else if region := a.regionalArm(m, vs); region != "" && r.person == "" {
				r = referent{org: m.org, name: a.t.span(m.start, m.end) + " " + region, confidence: 0.8}
			}
		}
		// The subject of a clause whose second verb speaks: "KPMG heeft
		// 4500 werknemers in Rusland en stelt dat ...", "Acme closed its
		// office and said ...".
		if r.empty() {
			r = a.coordinatedSubject(s, vs)
		}
		// Or after it: "said Prince", "aldus Cloudflare", "according to AWS".
		if r.empty() {
			after := a.mentionsIn(ve, min(e+80, len(f)))
			if len(after) > 0 {
				mi := after[0]
				m := a.e.mentions[mi]
				gap := f[ve:m.start]
				if m.kind != weMention && (verbGap.MatchString(gap) || m.kind == orgMention && indefiniteGap.MatchString(gap) && a.titleAt(m.end) || a.titleGap(gap) || m.kind == personMention && a.officerGap(gap) || (spokesGap.MatchString(gap) && a.l.title.MatchString(gap)) || m.kind != personMention && statementGap.MatchString(gap) || m.kind == roleMention && roleGap.MatchString(gap) || m.kind == personMention && personDescGap.MatchString(gap)) {
					// "said Cloudflare CEO Matthew Prince", "says Acme's
					// Oslo-born chief executive, Ms Jane Doe": the person
					// speaks.
					if m.kind == orgMention && len(after) > 1 && a.e.mentions[after[1]].kind == personMention && (a.titleGap(f[m.end:a.e.mentions[after[1]].start]) || a.officerGap(f[m.end:a.e.mentions[after[1]].start])) {
						mi = after[1]
					}
					r = a.referentOf(mi)
					// "wrote the Google Europe Twitter account": the
					// group's regional arm speaks for it.
					if r.person == "" && a.e.mentions[mi].kind == orgMention {
						if region := a.regionAfter(a.e.mentions[mi]); region != "" {
							r.name = a.t.span(a.e.mentions[mi].start, a.e.mentions[mi].end) + " " + region
						}
					}
				}
			}
		}
		// "zegt een insider uit de sector", '," a source revealed': a
		// speaker described, not named, is the noun that describes them.
		if r.empty() {
			if head := a.describedSpeaker(s, vs, ve, e); head != "" {
				r = referent{person: head, confidence: 0.5}
			}
		}
		if !r.empty() {
			found = append(found, r)
		}
	}
	for _, r := range found {
		if r.person != "" {
			return r, true
		}
	}
	if len(found) > 0 {
		return found[len(found)-1], true
	}
	return referent{}, len(verbs) > 0
}

// indefiniteGap is an indefinite article alone between a speech verb and
// an organisation: "according to an Acer spokesperson".
var indefiniteGap = regexp.MustCompile(`(?i)^\s*(?:a|an|een)\s+$`)

// titleAt reports a job title right at pos ("Acer spokesperson"): the
// organisation before it is whose officer speaks.
func (a *analysis) titleAt(pos int) bool {
	if a.l.title == nil {
		return false
	}
	rest := a.t.fold[pos:min(len(a.t.fold), pos+40)]
	if !strings.HasPrefix(rest, " ") && !strings.HasPrefix(rest, "-") {
		return false // "een Philips-woordvoerder" joins them with a hyphen
	}
	rest = strings.TrimLeft(rest, " -")
	loc := a.l.title.FindStringIndex(rest)
	return loc != nil && loc[0] == 0
}

// regionAfter returns the region word right after an organisation's name
// ("Google Europe"), or "".
func (a *analysis) regionAfter(m mention) string {
	rest := a.t.fold[m.end:min(len(a.t.fold), m.end+30)]
	if !strings.HasPrefix(rest, " ") {
		return ""
	}
	words := strings.Fields(rest)
	if len(words) == 0 {
		return ""
	}
	word := strings.TrimRight(words[0], ".,;:")
	if !isUpper(word[0]) || !a.x.regions[strings.ToLower(word)] {
		return ""
	}
	return word
}

// possessiveMessage is what stands between an organisation and the speech
// verb when its message speaks: "Sony Music's statement said", "the
// company’s short update reads".
var possessiveMessage = regexp.MustCompile(`(?i)^'s?\s+(?:[a-z-]+\s+){0,2}` + messageWords + `\s+(?:(?:also|then|later|further|ook)\s+)?$`)

// afterPreposition ends right before a name that a preposition governs:
// "on Twitter", "via LinkedIn", "op Facebook".
var afterPreposition = regexp.MustCompile(`(?i)\b(?:on|via|op|through)\s+$`)

// orgOfPerson is what joins a person to the organisation named after
// them: " van ", " at ", ", directeur bij ".
var orgOfPerson = regexp.MustCompile(`(?i)^(?:\s+(?:van|bij|of|at|from)\s+(?:(?:the|de|het)\s+)?|,\s+(?:(?:the|de|een|a|an|het)\s+)?(?:[a-z-]+\s+){0,2}(?:van|bij|of|at|for)\s+(?:(?:the|de|het)\s+)?)$`)

// personOfOrg returns the person mention right before the organisation
// mention mi, joined to it by orgOfPerson and inside [s, ...), or -1.
func (a *analysis) personOfOrg(s, mi int) int {
	if mi == 0 {
		return -1
	}
	p, m := a.e.mentions[mi-1], a.e.mentions[mi]
	if p.kind != personMention || p.start < s || a.inQuote(p.start) >= 0 || !orgOfPerson.MatchString(a.t.fold[p.end:m.start]) {
		return -1
	}
	return mi - 1
}

// describedSpeaker returns the noun of a speaker the text describes
// rather than names, right after the speech verb at [vs,ve) ("zegt een
// insider uit de sector") or right before it after a comma or a
// quotation ('," a source revealed'): an indefinite article, then words
// up to a function word or a punctuation mark, the last of which is the
// noun. A job title there is a role, which mentions resolve; a name is
// no description.
func (a *analysis) describedSpeaker(s, vs, ve, e int) string {
	f := a.t.fold
	// After the verb only where the verb opens the attribution right
	// after a quotation ('", zegt een insider'): elsewhere the words after
	// a verb are its object ("tweeted a note").
	var np string
	if after := f[ve:min(e, len(f), ve+60)]; strings.HasPrefix(after, " ") && strings.Trim(f[s:vs], " ,.\"'") == "" {
		np = after
	}
	head := a.describedNoun(np)
	if head == "" {
		before := strings.TrimRight(f[s:vs], " ")
		// s is where the quotation closed, or the sentence start.
		i := strings.LastIndexAny(before, ",\"'")
		if strings.TrimSpace(before[i+1:]) == "" {
			return ""
		}
		// Only a description that runs up to the verb.
		np = " " + strings.TrimSpace(before[i+1:]) + "."
		head = a.describedNoun(np)
	}
	// "told The Block when asked": a verb of speech before another is
	// no one who speaks.
	if head != "" && a.l.speechVerbs != nil && a.l.speechVerbs.matchesWhole(head) {
		return ""
	}
	return head
}

// describedNoun reads " een insider uit ..." or " a senior official,":
// the indefinite article first, then the head noun; "" when it is none.
func (a *analysis) describedNoun(np string) string {
	ws := strings.Fields(np)
	if len(ws) < 2 || !a.l.indefinite[strings.ToLower(ws[0])] {
		return ""
	}
	// The noun and at most two adjectives before it, closed by a
	// function word or a punctuation mark ("a running tally updated daily
	// by" is a clause, not a speaker).
	head, closed := "", len(ws) <= 4
	for _, w := range ws[1:min(len(ws), 5)] {
		word := strings.TrimRight(w, ".,;:!?\"'")
		if word == "" || a.l.stopwords[strings.ToLower(word)] {
			closed = true
			break
		}
		head = word
		if len(word) < len(w) {
			closed = true
			break
		}
	}
	if head == "" || !closed || isUpper(head[0]) && !strings.Contains(head, "-") || a.titleGap(head) && !a.publicRole(strings.ToLower(head)) {
		return ""
	}
	// "according to a regulatory filing": a message, whose sender (if
	// any) speaks.
	if strings.ContainsAny(np, "0123456789") {
		return ""
	}
	for _, w := range ws[1:min(len(ws), 5)] {
		if messageWord.MatchString(strings.TrimRight(w, ".,;:!?\"'")) {
			return ""
		}
	}
	return head
}

// coordinatedVerb ends right before the second verb of a clause whose
// subject opens the sentence: "... en stelt", "... and said".
var coordinatedVerb = regexp.MustCompile(`(?i)^[^,;:"“”‘’]{0,120}\s(?:en|and)\s+$`)

// coordinatedSubject returns the subject that opens the sentence of the
// speech verb at vs, when the verb is the second of a coordination with
// no comma between them.
func (a *analysis) coordinatedSubject(s, vs int) referent {
	ss := a.sentenceStart(vs)
	if ss < s {
		ss = s
	}
	ms := a.mentionsIn(ss, vs)
	if !a.opensWithName(ss, ms) {
		return referent{}
	}
	m := a.e.mentions[ms[0]]
	if !coordinatedVerb.MatchString(a.t.fold[m.end:vs]) {
		return referent{}
	}
	// "Nokia's CEO Pekka Lundmark expressed ... and announced": the
	// titled person is the subject.
	if m.kind == orgMention && len(ms) > 1 {
		if p := a.e.mentions[ms[1]]; p.kind == personMention && a.titleGap(a.t.fold[m.end:p.start]) {
			return a.referentOf(ms[1])
		}
	}
	return a.referentOf(ms[0])
}

// regionalArm returns the region word when a company's name is followed
// by one and then by the speech verb at vs ("Google Europe said in a
// tweet"): the group's regional arm speaks for it.
func (a *analysis) regionalArm(m mention, vs int) string {
	if m.kind != orgMention {
		return ""
	}
	gap := a.t.fold[m.end:vs]
	word := strings.TrimSpace(gap)
	if sp := strings.IndexByte(word, ' '); sp > 0 {
		if !subjectGap.MatchString(word[sp:]) {
			return ""
		}
		word = word[:sp]
	}
	if !strings.HasPrefix(gap, " ") || !a.x.regions[strings.ToLower(word)] {
		return ""
	}
	return word
}

// relativeClause is a relative clause between commas that runs to the end
// of the text it is matched on: ", which supplies MTS and Tele2, ".
var relativeClause = regexp.MustCompile(`(?i),\s*(?:which|who|whose|die|dat)\s[^",;]*(?:,[^",;]*){0,4},\s*$`)

// relativeTail returns where a relative clause that ends s begins, or -1.
func relativeTail(s string) int {
	if loc := relativeClause.FindStringIndex(s); loc != nil {
		return loc[0]
	}
	return -1
}

// statementBefore ends right before the organisation a message is from
// or to: "an email sent to", "a statement from an unnamed".
var statementBefore = regexp.MustCompile(`(?i)\b(?:a|an|the|its|one)\s+(?:[a-z-]+\s+){0,2}(?:e-?mail|statement|letter|notice|message|notification|memo|post|tweet|note|announcement)s?\s+(?:[a-z-]+\s+)?(?:to|from|by|of|for)\s+(?:(?:the|its|an?|one)\s+)?(?:[a-z-]+\s+){0,2}$`)

// statementTail is what may stand between that organisation and the
// speech verb: its users, a role ("customers", "representative").
var statementTail = regexp.MustCompile(`^(?:'s?)?\s+(?:[a-z-]+\s+){0,2}$`)

// statementOf reports an organisation named inside the subject of a speech
// verb that is a message ("an email sent to Namecheap users said", "a
// statement from a Samsung representative read"): the message speaks for
// it.
func (a *analysis) statementOf(m mention, verb int) bool {
	f := a.t.fold
	return statementTail.MatchString(f[m.end:verb]) && statementBefore.MatchString(f[max(0, m.start-80):m.start])
}

// attributeQuotes finds the speaker of every quotation: after it ("," he
// wrote), before it (Prince said: "..."), the subject of its clause
// (However, it "made a decision"), or the speaker of the quotation just
// before it when it continues one.
func (a *analysis) attributeQuotes() {
	a.speaker = make([]referent, len(a.quotes))
	t := a.t
	for qi := range a.quotes {
		q := &a.quotes[qi]
		var r referent
		unknownAfter := false // a speech verb after it names someone unknown ("tweette Zelenski")
		// After the closing mark, to the end of its sentence.
		ownVerb := false // a speech verb after it, whoever its subject ("the luxury house wrote")
		if end := q.close; end < len(t.fold) {
			// The sentence that holds the closing mark, not the one after.
			se := a.sentenceEnd(end - 1)
			if next := a.nextQuoteOpen(qi); next >= 0 && next < se {
				se = next
			}
			r, ownVerb = a.speakerNear(end, se, true)
			unknownAfter = r.empty() && a.unknownSpeakerAfter(end, se)
		}
		// Before the opening mark, from the start of its sentence.
		if r.empty() {
			ss := a.sentenceStart(q.open)
			var verb bool
			r, verb = a.speakerNear(ss, q.open, true)
			if r.empty() && !verb {
				// No speech verb: the subject of the clause speaks. A
				// clause after a colon has its own subject ("Voor Acme
				// was het pijnlijk: minister X beschuldigde het van
				// '...'"), and a clause that opens with a name no
				// mention covers ("Roscosmos demanded guarantees from
				// Acme that '...'") has that name as its subject, not
				// the company named after it.
				cs := a.clauseStart(ss, q.open)
				if name := a.unknownOpener(cs, q.open); name != "" {
					r = referent{name: name, confidence: 0.4}
				}
				// The quote's own clause first, then its whole sentence.
				for _, from := range []int{cs, ss} {
					for _, mi := range a.mentionsIn(from, q.open) {
						if !r.empty() || r.name != "" {
							break
						}
						if a.inQuote(a.e.mentions[mi].start) >= 0 || a.e.mentions[mi].kind == weMention {
							continue
						}
						if r = a.referentOf(mi); !r.empty() {
							r.confidence -= 0.1
							break
						}
					}
				}
			} else if r.empty() {
				// A speech verb whose subject opens the sentence with
				// more than a gap can hold ("Unilever PLC had also said
				// earlier that it would ... '...'"): that subject speaks.
				r = a.openingSubject(ss, q.open)
			}
		}
		// The person the sentence before it is about ("Asked whether it
		// might come back, she was careful. 'If ...'").
		var subjectOrg referent
		if r.empty() && r.name == "" && !unknownAfter {
			r = a.previousSentenceSpeaker(q.open)
			if r.person == "" {
				subjectOrg, r = r, referent{}
			}
		}
		// The person the sentence right after it names as speaking: "...
		// geopolitieke situatie." Hij zegt ook dat ...'.
		if r.empty() && r.name == "" && !unknownAfter {
			r = a.nextSentenceSpeaker(q.close)
		}
		// A quotation with an attribution of its own that names no one
		// we know ('...," the luxury house wrote') is not the one before
		// it continued: the organisation its sentence is about speaks.
		if r.empty() && r.name == "" && ownVerb && !subjectOrg.empty() {
			r = subjectOrg
		}
		// A name no registry knows as the subject of the speech verb
		// that introduces it ("Bumble said last week that it was
		// '...'"): the name is the speaker, though no company id.
		if r.empty() && r.name == "" && !unknownAfter {
			if name := a.namedSubject(q.open); name != "" {
				r = referent{name: name, confidence: 0.4}
			} else if name := a.namedAfterVerb(q.open); name != "" {
				r = referent{name: name, confidence: 0.4}
			}
		}
		// A quotation that continues the one before it, unless a
		// sentence between them is about another company ("Shell says
		// it is 'too early'. Also Heineken gives no answer. '...'"): the
		// new subject has taken over.
		if r.empty() && r.name == "" && qi > 0 && q.para-a.quotes[qi-1].endPara <= 1 &&
			!(subjectOrg.org != "" && subjectOrg.org != a.speaker[qi-1].org && a.namedIn(subjectOrg.org, a.quotes[qi-1].close, q.open)) {
			r = a.speaker[qi-1]
			r.confidence = min(r.confidence, 0.7)
		}
		// Else the organisation the sentence before it is about.
		if r.empty() && r.name == "" {
			r = subjectOrg
		}
		// A statement that opens with the company's own name ("Slack is
		// required to ... where we operate", "Citi continues to
		// monitor ...") speaks for it, unless a person or a name at the
		// attribution says otherwise.
		if r.person == "" && r.name == "" && r.confidence < 0.85 {
			if org := a.selfNamed(q); org != "" && org != r.org {
				r = referent{org: org, confidence: 0.6}
			}
		}
		a.speaker[qi] = r
	}
}

// previousSentenceSpeaker returns who is the subject of the sentence
// right before pos, in the same paragraph (or the last sentence of the
// paragraph before, when the quotation opens a paragraph): a person, an
// unnamed role ("Een woordvoerder spreekt van ..."), or the organisation
// the sentence starts with ("Netflix heeft zijn dienst opgeschort.
// “Gezien de omstandigheden ...”").
func (a *analysis) previousSentenceSpeaker(pos int) referent {
	ss := a.sentenceStart(pos)
	if ss <= 0 || ss >= len(a.sentOf) {
		return referent{}
	}
	opensPara := strings.TrimSpace(a.t.fold[ss:pos]) == ""
	// A paragraph that ends with a colon introduces the quotation that
	// opens the next ("Acme said in a statement:\n\n'...'").
	introduced := opensPara && strings.HasSuffix(strings.TrimRight(a.t.fold[:ss], " \n"), ":")
	prev := -1
	for p := ss - 1; p >= 0; p-- {
		if a.t.fold[p] == '\n' {
			if introduced {
				continue
			}
			if opensPara && (p == 0 || a.t.fold[p-1] != '\n') {
				opensPara = false // one line break, not a blank line
				continue
			}
			return referent{} // a paragraph starts here
		}
		if si := a.sentOf[p]; si >= 0 {
			prev = si
			break
		}
	}
	if prev < 0 {
		return referent{}
	}
	s := a.t.sents[prev]
	// A sentence that attributes speech names who goes on speaking: "...,
	// licht woordvoerder X toe in een verklaring. '...'", "..., zo staat
	// in een persbericht van Solvay. “...”".
	// Only a speaker that sentence names: a pronoun after its verb ("said
	// they would leave") is the subject of what was said.
	if r, _ := a.speakerNear(s.start, s.end, true); r.person != "" || r.org != "" && a.namedIn(r.org, s.start, s.end) {
		r.confidence = min(r.confidence, 0.6)
		return r
	}
	for _, mi := range a.mentionsIn(s.start, s.end) {
		m := a.e.mentions[mi]
		if a.inQuote(m.start) >= 0 {
			continue
		}
		if m.kind == personMention || m.kind == personPronMention || m.kind == roleMention {
			if r := a.referentOf(mi); !r.empty() {
				r.confidence = 0.6
				return r
			}
		}
		if m.kind == orgMention {
			// Only as the sentence's subject, its first words, unless a
			// person follows with a title ("Cloudflare-ceo Matthew Prince").
			if strings.TrimSpace(a.t.fold[s.start:m.start]) != "" && !a.subjectLead(a.t.fold[s.start:m.start]) {
				return referent{}
			}
			for _, mj := range a.mentionsIn(m.end, s.end) {
				if p := a.e.mentions[mj]; p.kind == personMention && a.titleGap(a.t.fold[m.end:p.start]) {
					if r := a.referentOf(mj); !r.empty() {
						r.confidence = 0.6
						return r
					}
				}
				break
			}
			return referent{org: m.org, confidence: 0.5}
		}
	}
	// No one named, but the sentence reports speech impersonally ("...,
	// klinkt het nog.", "..., heet het."): the company in focus speaks.
	// "Volgens het ministerie" or "De overheid reageerde" name a speaker
	// that is no mention, and are not impersonal.
	if len(a.mentionsIn(s.start, s.end)) == 0 && len(a.topic[prev]) == 1 {
		for _, v := range a.l.speechVerbs.find(a.t.toks, s.start, s.end) {
			if impersonal.MatchString(a.t.lower[v[0]:min(s.end, v[0]+len("klinkt het verder."))]) {
				return referent{org: a.topic[prev][0], confidence: 0.5}
			}
		}
	}
	return referent{}
}

// namedIn reports an organisation named (not only referred to) in [s,e).
func (a *analysis) namedIn(org string, s, e int) bool {
	for _, mi := range a.mentionsIn(s, e) {
		if m := a.e.mentions[mi]; m.kind == orgMention && m.org == org {
			return true
		}
	}
	return false
}

// unknownSpeakerAfter reports a speech verb in [s,e) followed right away
// by a capitalised name that is no mention extraction knows: "...',
// tweette Zelenski." names a speaker, just not one we can resolve, so
// no one around the quotation may stand in for them.
func (a *analysis) unknownSpeakerAfter(s, e int) bool {
	for _, v := range a.l.speechVerbs.find(a.t.toks, s, e) {
		if a.inQuote(v[0]) >= 0 {
			continue
		}
		// "..., zegt de minister": an office holder no one named speaks.
		if after := a.mentionsIn(v[1], min(e, v[1]+20)); len(after) > 0 {
			if m := a.e.mentions[after[0]]; m.kind == roleMention && verbGap.MatchString(a.t.fold[v[1]:m.start]) && a.publicRole(m.role) {
				return true
			}
		}
		rest := a.t.fold[v[1]:e]
		name := strings.TrimLeft(rest, " ")
		if len(name) == len(rest) || name == "" || !isUpper(name[0]) {
			return false
		}
		at := e - len(name)
		return len(a.mentionsIn(at, at+1)) == 0
	}
	return false
}

// impersonal is a speech verb with "het" or "it" as its subject right
// after it: "klinkt het", "heet het", "said it".
var impersonal = regexp.MustCompile(`^\S+(?:\s+(?:het|it))(?:\s+(?:nog|ook|verder|daarbij|also|further))?\s*(?:[.,;:]|$)`)

// mostlyQuoted reports a sentence [s,e) that opens with direct speech in
// any quotation marks ('...', ‘...’, „...”) covering more than half of
// it: a quotation with its attribution after it ("'...', klinkt het bij
// een woordvoerder"), not indirect speech. "Een woordvoerder spreekt van
// 'een zware keuze'" stays indirect speech.
func (a *analysis) mostlyQuoted(s, e int) bool {
	lead := s
	for lead < e && strings.ContainsRune(" '\"‘’“”„,", rune(a.t.fold[lead])) {
		lead++
	}
	if qi := a.inQuote(lead); qi < 0 || a.quotes[qi].open > s+3 {
		return false
	}
	n := 0
	for _, q := range a.quotes {
		for _, p := range q.parts {
			n += max(0, min(e, p[1])-max(s, p[0]))
		}
	}
	return 2*n > e-s
}

// quotedShare returns how many bytes of [s,e) lie inside quotation
// marks.
func (a *analysis) quotedShare(s, e int) int {
	n := 0
	for _, q := range a.quotes {
		if q.close <= s || q.open >= e {
			continue
		}
		for _, p := range q.parts {
			n += max(0, min(e, p[1])-max(s, p[0]))
		}
	}
	return n
}

// opensWithQuote reports a sentence [s,e) that opens with a quotation
// ('"...," Prince said in a blog post'): direct speech with its
// attribution after it, however short the quotation.
func (a *analysis) opensWithQuote(s, e int) bool {
	lead := s
	for lead < e && strings.ContainsRune(" '\"‘’“”„,", rune(a.t.fold[lead])) {
		lead++
	}
	qi := a.inQuote(lead)
	return qi >= 0 && a.quotes[qi].open <= s+3
}

// quoteAfterColon reports a quotation in [s,e) that a colon or a comma
// introduces ('Acme zegt: "..."', 'An official said, "..."'): direct
// speech, however short the words before.
func (a *analysis) quoteAfterColon(s, e int) bool {
	for _, q := range a.quotes {
		if q.open < s || q.open >= e {
			continue
		}
		if before := strings.TrimRight(a.t.fold[s:q.open], " "); strings.HasSuffix(before, ":") || strings.HasSuffix(before, ",") && a.t.fold[q.open] != ',' {
			return true
		}
	}
	return false
}

// nextSentenceSpeaker returns the person who speaks in the sentence right
// after a quotation that closes at end, in the same paragraph, when that
// sentence opens with the person (or "hij", "she") and a speech verb:
// "'...' Hij zegt ook een toename te zien", "'...' She also said ...".
func (a *analysis) nextSentenceSpeaker(end int) referent {
	if end <= 0 || end >= len(a.sentOf) {
		return referent{}
	}
	next := -1
	for p := end; p < len(a.sentOf); p++ {
		if a.t.fold[p] == '\n' {
			return referent{} // the paragraph ends with the quotation
		}
		if si := a.sentOf[p]; si >= 0 && a.t.sents[si].start >= end {
			next = si
			break
		}
	}
	if next < 0 {
		return referent{}
	}
	s := a.t.sents[next]
	idx := a.mentionsIn(s.start, s.end)
	if len(idx) == 0 {
		return referent{}
	}
	// "'...' De woorden van de Oekraïense vicepremier X laten ...",
	// "Those were the words of X.": the first person named close after
	// the phrase spoke the quotation.
	if w := a.l.wordsOf.find(a.t.toks, s.start, min(s.end, s.start+60)); len(w) > 0 && strings.TrimSpace(a.t.fold[s.start:w[0][0]]) == "" {
		for _, mi := range idx {
			m := a.e.mentions[mi]
			if m.start < w[0][1] {
				continue
			}
			if m.start-w[0][1] > 60 {
				break
			}
			if r := a.referentOf(mi); m.kind == personMention && r.person != "" {
				r.confidence = 0.6
				return r
			}
		}
	}
	m := a.e.mentions[idx[0]]
	if m.kind != personMention && m.kind != personPronMention || strings.TrimSpace(a.t.fold[s.start:m.start]) != "" || a.inQuote(m.start) >= 0 {
		return referent{}
	}
	verbs := a.l.speechVerbs.find(a.t.toks, m.end, min(s.end, m.end+25))
	if len(verbs) == 0 {
		return referent{}
	}
	r := a.referentOf(idx[0])
	if r.person == "" {
		return referent{}
	}
	r.confidence = 0.6
	return r
}

// leadWords is what may open a sentence before its subject: an article
// and an adjective or two ("Het Amerikaanse Apple", "The US-based").
var leadWords = regexp.MustCompile(`^\s*(?:Het|De|The)\s+(?:[\w-]+\s+){0,2}$`)

func (a *analysis) subjectLead(s string) bool {
	if a.apposition(strings.TrimLeft(s, " ")) {
		return true
	}
	if w, rest, ok := strings.Cut(s, " "); ok && a.l.subjectFocus[strings.ToLower(w)] {
		s = rest
	}
	return strings.TrimSpace(s) == "" || leadWords.MatchString(s)
}

// asApposition is all that stands before a subject when the sentence
// opens with what the subject is: "As a US-based company, Acme ...", or
// in Dutch with the verb before the subject ("Als familiebedrijf houdt
// Acme ..."). The name after it is still the subject.
var asApposition = regexp.MustCompile(`^(?i:as|als)\s+(?:(?i:an?|een)\s+)?((?:[\w-]+\s+){0,3}[\w-]+)(?:\s*,\s*|\s+)$`)

// apposition reports a lead that is asApposition with only content
// words: "As part of Intuit, Acme ..." relates the subject to another
// name through a function word, and that name may be read as the
// subject no more than the one after it.
func (a *analysis) apposition(lead string) bool {
	m := asApposition.FindStringSubmatch(lead)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if a.l.stopwords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func (a *analysis) nextQuoteOpen(qi int) int {
	if qi+1 < len(a.quotes) {
		return a.quotes[qi+1].open
	}
	return -1
}

// sentenceStart and sentenceEnd give the bounds of the sentence around pos
// (or of the paragraph, where pos falls between sentences).
func (a *analysis) sentenceStart(pos int) int {
	for p := pos; p >= 0 && p < len(a.sentOf); p-- {
		if si := a.sentOf[p]; si >= 0 {
			return a.t.sents[si].start
		}
		if p < pos && a.t.fold[p] == '\n' {
			return p + 1
		}
	}
	return 0
}

func (a *analysis) sentenceEnd(pos int) int {
	if pos < len(a.sentOf) {
		if si := a.sentOf[pos]; si >= 0 {
			return a.t.sents[si].end
		}
	}
	if i := strings.Index(a.t.fold[pos:], "\n"); i >= 0 {
		return pos + i
	}
	return len(a.t.fold)
}

// writtenName is the name of an organisation that speaks: its common
// short name, the one its id is made of ("Raiffeisen" for Raiffeisen Bank
// International, "Samsung" for Samsung Electronics), preferring the form
// the text writes; else as the text writes it.
func (a *analysis) writtenName(id string, s, e int) string {
	written := a.textName(id, s, e)
	names := []string{written}
	if p, ok := a.x.lx.Provider(id); ok {
		// The same name as the company spells it ("IKEA" for "Ikea").
		if slug(foldString(written)) == slug(foldString(p.Name)) {
			written = p.Name
		}
		names = append(append([]string{written}, p.Name), p.Aliases...)
	}
	// The id's own words first, then the same without a generic word
	// ("Samsung Electronics" is samsung too, but "Samsung" is its name).
	for _, key := range []func(string) string{slug, a.x.orgID} {
		for _, n := range names {
			if n != "" && key(foldString(n)) == id {
				// A clipped form the text writes stays ("Citi" for
				// Citigroup, "Manpower" for ManpowerGroup); a name with
				// a word dropped does not ("Epic" for Epic Games).
				if w := len(written); w > 0 && w < len(n) && strings.HasPrefix(strings.ToLower(n), strings.ToLower(written)) && isAlnum(strings.ToLower(n)[w]) {
					return written
				}
				// Another of the company's names as the text writes it
				// ("John Deere" for Deere & Company, "Fast Retailing" for
				// Uniqlo's owner) is how a reader knows it, unless it is
				// the short name with words around it ("Samsung
				// Electronics", "The Walt Disney Company") or an acronym
				// ("UMG"), or the name with a word dropped ("Epic").
				lw, ln := strings.ToLower(written), strings.ToLower(n)
				if written != "" && len(wholeWords(lw, ln, 0)) == 0 && len(wholeWords(ln, lw, 0)) == 0 && !isAcronym(written) {
					return written
				}
				return n
			}
		}
	}
	if written == "" {
		return a.orgName(id)
	}
	return written
}

// isAcronym reports a name written in capitals only ("UMG", "IPG").
func isAcronym(name string) bool {
	letters := 0
	for _, r := range name {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1 && letters <= 6
}

// textName is how the text names an organisation that speaks: as written
// in the sentence [s,e) of the quotation, else where last named before it,
// else first named after it ("The Austrian Raiffeisen declared", "aldus
// een verklaring van Manpower"); "" when the text never names it.
func (a *analysis) textName(id string, s, e int) string {
	at := -1
	for i, m := range a.e.mentions {
		if m.kind != orgMention || m.org != id {
			continue
		}
		if m.start >= s && m.start < e {
			if at < 0 || a.e.mentions[at].start < s || a.inQuote(a.e.mentions[at].start) >= 0 && a.inQuote(m.start) < 0 {
				at = i
			}
			continue
		}
		if m.start < s || at < 0 {
			if at < 0 || a.e.mentions[at].start < s {
				at = i
			}
		}
	}
	if at < 0 {
		return ""
	}
	m := a.e.mentions[at]
	// A short form the full name goes on after ("Morgan" of "Morgan
	// Lewis said"): the text writes the full name.
	if full := a.orgName(id); len(full) > m.end-m.start && strings.HasPrefix(a.t.fold[m.start:], foldString(full)) {
		return strings.TrimSpace(a.t.span(m.start, m.start+len(foldString(full))))
	}
	return strings.TrimSpace(a.t.span(m.start, m.end))
}

func (a *analysis) orgName(id string) string {
	if o := a.e.orgs[id]; o != nil {
		return o.name
	}
	if p, ok := a.x.lx.Provider(id); ok {
		return p.Name
	}
	return id
}

// quoteRecords returns the direct quotations of four words or more, then
// the sentences of indirect speech.
func (a *analysis) quoteRecords() []content.Quote {
	var out []content.Quote
	seen := map[string]bool{}
	for qi, q := range a.quotes {
		text := q.text(a.t)
		if wordCount(text) < 4 || seen[text] || a.titleQuote(q) {
			continue
		}
		seen[text] = true
		r := a.speaker[qi]
		// "'...', aldus het bedrijf" where no mention says which one:
		// the one company the article reports a step of.
		if r.empty() && r.name == "" && a.describedAttribution(q) {
			if org := a.soleClaimOrg(); org != "" {
				r = referent{org: org, confidence: 0.5}
			}
		}
		cq := content.Quote{Text: text, Kind: "direct", Provider: a.quoteProvider(r), Confidence: 0.3}
		switch {
		case r.person != "":
			cq.Speaker = r.person
		case r.name != "":
			cq.Speaker = r.name
		case r.org != "":
			cq.Speaker = a.writtenName(r.org, a.sentenceStart(q.open), a.sentenceEnd(max(q.open, q.close-1)))
		}
		if !r.empty() {
			cq.Confidence = round2(r.confidence)
		}
		if !q.closed {
			cq.Confidence = round2(cq.Confidence * 0.7)
		}
		out = append(out, cq)
	}
	return append(out, a.indirectQuotes()...)
}

// opensWithName reports a sentence at ss whose first mention ms[0] is a
// person or organisation named outside quotation marks, with at most an
// article and an adjective or two before it.
func (a *analysis) opensWithName(ss int, ms []int) bool {
	if len(ms) == 0 {
		return false
	}
	m := a.e.mentions[ms[0]]
	if m.kind != orgMention && m.kind != personMention || a.inQuote(m.start) >= 0 {
		return false
	}
	lead := a.t.fold[ss:m.start]
	return strings.TrimSpace(lead) == "" || a.subjectLead(lead)
}

// openingSubject returns who opens the sentence at ss, before a speech
// verb that comes before pos: a person or organisation named first, with
// at most an article and an adjective or two before it; empty when the
// sentence opens otherwise or no verb follows the name.
func (a *analysis) openingSubject(ss, pos int) referent {
	ms := a.mentionsIn(ss, pos)
	if !a.opensWithName(ss, ms) {
		return referent{}
	}
	m := a.e.mentions[ms[0]]
	// The verb in the same clause: no comma or quotation between.
	for _, v := range a.l.speechVerbs.find(a.t.toks, m.end, pos) {
		if gap := a.t.fold[m.end:v[0]]; len(gap) <= 40 && !strings.ContainsAny(gap, ",;:\"“”") && a.inQuote(v[0]) < 0 {
			r := a.referentOf(ms[0])
			r.confidence = min(r.confidence, 0.6)
			return r
		}
		break
	}
	return referent{}
}

// namedSubject returns the name that opens the sentence of a quotation
// at open and is the subject of a speech verb before it, when no mention
// covers it: "Bumble said last week that it was '...'" gives "Bumble".
// Only a capitalised name, never a description ("The app") or a pronoun.
func (a *analysis) namedSubject(open int) string {
	for _, v := range a.l.speechVerbs.find(a.t.toks, a.sentenceStart(open), open) {
		if a.inQuote(v[0]) >= 0 {
			continue
		}
		// The clause of the verb: "According to the paper, Roskomnadzor
		// said ..." has its subject after the comma.
		ss := a.sentenceStart(open)
		if i := strings.LastIndexAny(a.t.fold[ss:v[0]], ",;:"); i >= 0 {
			ss += i + 1
		}
		words := strings.Fields(a.t.fold[ss:v[0]])
		if len(words) == 0 {
			continue // "According to ..." opens the sentence
		}
		// Leave out the auxiliaries and adverbs before the verb ("had
		// also").
		for k := 1; k < len(words); k++ {
			if subjectGap.MatchString(" " + strings.Join(words[k:], " ") + " ") {
				words = words[:k]
				break
			}
		}
		if len(words) == 0 || a.l.descArticles[strings.ToLower(words[0])] || len(a.mentionsIn(ss, v[0])) > 0 {
			return ""
		}
		e := ss + len(strings.Join(words, " ")) + (len(a.t.fold[ss:v[0]]) - len(strings.TrimLeft(a.t.fold[ss:v[0]], " ")))
		phrase := a.subjectPhrase(ss, min(e, v[0]))
		if phrase == "" || !isUpper(phrase[0]) {
			return ""
		}
		return phrase
	}
	return ""
}

// describedAttribution reports a quotation whose sentence names its
// speaker only by a description no mention resolved ("aldus het bedrijf",
// "the company said").
func (a *analysis) describedAttribution(q quoteSpan) bool {
	for _, mi := range a.mentionsIn(a.sentenceStart(q.open), a.sentenceEnd(max(q.open, q.close-1))) {
		if m := a.e.mentions[mi]; m.kind == descriptionMention && m.org == "" && a.inQuote(m.start) < 0 {
			return true
		}
	}
	return false
}

// soleClaimOrg returns the one organisation the article reports a step
// of, or "" when it reports none or several.
func (a *analysis) soleClaimOrg() string {
	org := ""
	for _, c := range a.claims {
		if c.org == "" || c.org == org {
			continue
		}
		if o := a.e.orgs[c.org]; o != nil && o.public {
			continue
		}
		if org != "" {
			return ""
		}
		org = c.org
	}
	return org
}

// selfNamed returns the organisation whose name opens the quotation q as
// its subject, or "".
func (a *analysis) selfNamed(q *quoteSpan) string {
	if len(q.parts) == 0 || wordCount(q.text(a.t)) < 6 {
		return ""
	}
	start := q.parts[0][0]
	ms := a.mentionsIn(start, q.parts[0][1])
	// "As a US-based company, Acme is ...": a description in the
	// apposition is no subject; subjectLead below admits the apposition.
	for len(ms) > 1 && a.e.mentions[ms[0]].kind == descriptionMention {
		ms = ms[1:]
	}
	if len(ms) == 0 {
		return ""
	}
	m := a.e.mentions[ms[0]]
	if m.kind != orgMention || m.unknown || a.place(m.org) {
		return ""
	}
	if o := a.e.orgs[m.org]; o != nil && o.public {
		return ""
	}
	if lead := a.t.fold[start:m.start]; strings.TrimSpace(lead) != "" && !a.subjectLead(lead) {
		return ""
	}
	return m.org
}

// titleQuote reports a quotation a title cue introduces ("in a letter
// titled 'Atlassian stands with Ukraine'", "met de titel '...'"): the name
// of a work, not speech.
func (a *analysis) titleQuote(q quoteSpan) bool {
	before := strings.ToLower(strings.TrimRight(a.t.fold[max(0, q.open-40):q.open], " ,"))
	for _, c := range a.l.titleCues {
		if strings.HasSuffix(before, " "+c) || before == c {
			return true
		}
	}
	return false
}

// officerTitle is "'s intelligence chief", "'s CEO" after a company:
// an officer the text does not name.
var officerTitle = regexp.MustCompile(`^'s?\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\b`)

// officerAfterLastPerson returns the company of an unnamed officer
// ("Mandiant's intelligence chief") written after the last person named
// and before pos, or "".
func (a *analysis) officerAfterLastPerson(pos int) string {
	found := ""
	for _, o := range a.e.mentions {
		if o.start >= pos {
			break
		}
		switch o.kind {
		case personMention:
			found = ""
		case orgMention:
			m := officerTitle.FindStringSubmatch(a.t.fold[o.end:min(len(a.t.fold), o.end+40)])
			if m == nil || a.l.title == nil {
				continue
			}
			// A title ends one of the phrase's first words, and no name
			// follows it ("'s intelligence chief said").
			ws := strings.Fields(m[1])
			for n := 1; n <= len(ws); n++ {
				phrase := strings.Join(ws[:n], " ")
				if t := a.l.title.FindStringIndex(phrase); t != nil && t[1] == len(phrase) {
					after := o.end + strings.Index(a.t.fold[o.end:], phrase) + len(phrase)
					rest := strings.TrimLeft(a.t.fold[after:min(len(a.t.fold), after+20)], " ")
					if rest == "" || !isUpper(rest[0]) {
						found = o.org
					}
					break
				}
			}
		}
	}
	return found
}

// orgNameRun is a name of capitalised words that may hold the small words of
// organisation names ("Bits of Freedom", "Stichting voor Digitale Rechten").
var orgNameRun = regexp.MustCompile(capWord + `(?:\s+(?:(?:of|for|the|van|voor|de|der)\s+)?` + capWord + `){0,4}`)

// indirectQuotes returns sentences of reported speech ("Cloudflare laat
// weten dat...", "Akamai said it...") whose speaker is known and that hold
// no direct quotation.
func (a *analysis) indirectQuotes() []content.Quote {
	if a.l.reporting == nil {
		return nil
	}
	var out []content.Quote
	for si, s := range a.t.sents {
		// A headline names the step, not a statement the page can show
		// in the body ("Cloudflare stays, says its chief").
		if a.t.paras[s.para].title {
			continue
		}
		// Direct speech is a quote of its own; a sentence that weaves a
		// quoted phrase into its own words ("zegt geen zaken te doen met
		// een 'regime ...'") is still indirect speech.
		if a.mostlyQuoted(s.start, s.end) || a.opensWithQuote(s.start, s.end) || a.quoteAfterColon(s.start, s.end) || a.quotedShare(s.start, s.end)*5 > (s.end-s.start)*4 {
			continue
		}
		rm, ok := a.l.reporting.first(a.t, s.start, s.end, a.sc)
		if !ok {
			continue
		}
		m := []int{rm[0] - s.start, rm[1] - s.start}
		var r referent
		// Attribution after the content (", zegt directeur Bas de Vries",
		// ", its CEO Jane Doe told staff"): the speaker is named there.
		before := s.start + m[0]
		if a.t.fold[s.start+m[0]] == ',' {
			for _, mi := range a.mentionsIn(s.start+m[0], min(s.end, s.start+m[1]+60)) {
				got := a.referentOf(mi)
				if !got.empty() && (r.empty() || got.person != "" && r.person == "") {
					r = got
				}
			}
			if !r.empty() {
				before = s.start
			}
		}
		for _, mi := range a.mentionsIn(s.start, before) {
			got := a.referentOf(mi)
			if got.empty() {
				continue
			}
			// The speaker is the subject of the speech verb: a person
			// named before the verb speaks, even after a pronoun for his
			// company ("Its managing director Martin Hetzner said").
			if r.empty() || got.person != "" && r.person == "" {
				r = got
			}
		}
		named := ""
		if r.empty() {
			// "..., according to Cloudflare", "Volgens ABN AMRO-econoom
			// Nora Kaptein": the speaker comes after; a person there
			// speaks rather than the company named before the name.
			for _, mi := range a.mentionsIn(s.start+m[0], s.end) {
				got := a.referentOf(mi)
				if got.empty() {
					continue
				}
				if r.empty() {
					r = got
				} else if got.person != "" && r.person == "" && a.e.mentions[mi].start-(s.start+m[1]) < 60 {
					r = got
					break
				}
				if r.person != "" {
					break
				}
			}
			// "Volgens Bits of Freedom": a name right after the verb that
			// no registry knows still names the speaker.
			if run := orgNameRun.FindStringIndex(a.t.fold[s.start+m[1] : s.end]); run != nil && strings.TrimSpace(a.t.fold[s.start+m[1]:s.start+m[1]+run[0]]) == "" {
				if name := a.t.fold[s.start+m[1]+run[0] : s.start+m[1]+run[1]]; !a.x.notProvAll[firstWord(name)] && (r.empty() || r.person == "" && a.e.mentions[a.mentionsIn(s.start+m[1], s.end)[0]].start > s.start+m[1]+run[1]) {
					named = name
				}
			}
		}
		if named != "" {
			id := a.x.orgID(named)
			if p, ok := a.x.lx.Provider(a.x.nameID[named]); ok {
				id = p.ID
			}
			out = append(out, content.Quote{Text: a.t.sentText(si), Kind: "indirect", Speaker: named, Provider: id, Confidence: 0.5})
			continue
		}
		if r.empty() {
			// "Verscheidene advocatenkantoren zeggen dat ...": a subject
			// no registry knows, a short phrase before the verb, still
			// says who speaks.
			subj := a.subjectPhrase(s.start, s.start+m[0])
			if subj == "" {
				subj = a.invertedSubject(s.start+m[0], s.end)
			}
			if subj != "" {
				out = append(out, content.Quote{Text: a.t.sentText(si), Kind: "indirect", Speaker: subj, Confidence: 0.4})
			}
			continue
		}
		if len(a.subject[si]) > 0 && r.person == "" {
			r.org = a.subject[si][0]
		}
		q := content.Quote{Text: a.t.sentText(si), Kind: "indirect", Provider: r.org, Confidence: round2(r.confidence * 0.8)}
		if r.person != "" {
			q.Speaker = r.person
		} else {
			q.Speaker = a.writtenName(r.org, s.start, s.end)
		}
		out = append(out, q)
	}
	return out
}

// invertedSubject returns the subject right after the finite verb that
// opens the reporting match at v, as Dutch puts it after a time or a
// place ("Eerder lieten NS en Syntus ook al weten", "laat het Russische
// ministerie van defensie weten", "In het vonnis schrijft de rechtbank
// dat"): a name, or a definite article and its noun, up to the verb's
// particle, an adverb, "dat" or a punctuation mark; "" otherwise.
func (a *analysis) invertedSubject(v, e int) string {
	rest := a.t.fold[v:e]
	rest = strings.TrimLeft(rest, " ,")
	sp := strings.IndexByte(rest, ' ')
	if sp < 0 {
		return ""
	}
	start := e - len(rest) + sp + 1
	words := strings.Fields(a.t.fold[start:e])
	n := 0
	for n < len(words) && n < 6 {
		w := strings.TrimRight(words[n], ".,;:")
		lw := strings.ToLower(w)
		if n > 0 && (a.l.speakerClosers[lw] || a.l.stopwords[lw] && lw != "de" && lw != "het" && lw != "van" && lw != "en") || lw == "dat" || lw == "weten" {
			break
		}
		n++
		if w != words[n-1] {
			break // a punctuation mark closes it
		}
	}
	if n == 0 {
		return ""
	}
	first := words[0]
	lf := strings.ToLower(first)
	if lf == "de" || lf == "het" || a.l.indefinite[lf] {
		// Only a name after a lone opening adverb: "Gisteren zei de
		// bakker dat ..." stays unattributed, as TestIndirectSpeechShapes
		// has it; a described subject needs a longer opening ("In het
		// vonnis schrijft de rechtbank dat").
		if lead := strings.Fields(a.t.fold[a.sentenceStart(v):v]); len(lead) == 1 {
			return ""
		}
		// The article, its adjectives (inflected with -e, or a name's
		// adjective), then one noun: "de Zuid-Koreaanse technologiereus",
		// not "de woordvoerder kwamen".
		k := 1
		for k < n-1 && (strings.HasSuffix(words[k], "e") || isUpper(words[k][0])) && !a.l.stopwords[strings.ToLower(words[k+1])] {
			k++
		}
		if k >= n || a.l.stopwords[strings.ToLower(strings.TrimRight(words[k], ".,;:"))] {
			return ""
		}
		n = k + 1
	} else if !isUpper(first[0]) || a.x.notProvAll[first] || a.l.personPron[lf] || a.l.companyPron[lf] {
		return ""
	}
	phrase := strings.TrimRight(strings.Join(words[:n], " "), ".,;:")
	at := strings.Index(a.t.fold[start:e], phrase)
	if at < 0 {
		return ""
	}
	return a.t.span(start+at, start+at+len(phrase))
}

// subjectPhrase returns the text of [s,e) when it is a short subject
// that opens its sentence: a name, or up to six words, no punctuation, no
// quotation, not a pronoun alone ("Die laat weten" names no one); else "".
func (a *analysis) subjectPhrase(s, e int) string {
	phrase := strings.TrimSpace(a.t.fold[s:e])
	words := strings.Fields(phrase)
	if len(words) == 0 || len(words) > 6 || strings.ContainsAny(phrase, ",;:\"'()") {
		return ""
	}
	first := strings.ToLower(words[0])
	if !isUpper(words[0][0]) && !a.l.descArticles[first] {
		return ""
	}
	// One word speaks only as a name ("Acme said it ..."), not as a
	// pronoun or an adverb ("Die laat weten", "Hij zegt", "Eerder").
	if len(words) == 1 {
		if a.x.notProvAll[words[0]] || a.l.personPron[first] || a.l.companyPron[first] || a.l.speakerClosers[first] {
			return ""
		}
		// A word the text also writes in lower case ("Eerder riep ...")
		// is an ordinary word that opens the sentence, not a name.
		if strings.Contains(a.t.fold, " "+first+" ") {
			return ""
		}
		return strings.TrimSpace(a.t.span(s, e))
	}
	// Verb-second: a sentence that opens with a time or a place ("Op 25
	// februari liet ...", "In het vonnis schrijft ...") has its subject
	// after the verb. "Several law firms" opens with a quantifier.
	second := strings.ToLower(words[1])
	if a.x.notProvAll[words[0]] && !a.l.descArticles[first] && (strings.ContainsAny(phrase, "0123456789") || a.l.descArticles[second] || a.l.companyPron[second] || a.l.personPron[second]) {
		return ""
	}
	return strings.TrimSpace(a.t.span(s, e))
}

func round2(f float64) float64 {
	return float64(int(f*100+0.5)) / 100
}

// clauseStart returns where the clause that holds pos begins within the
// sentence that starts at ss: after the last colon or semicolon before
// pos outside quotation marks, else ss.
func (a *analysis) clauseStart(ss, pos int) int {
	for i := pos - 1; i > ss; i-- {
		if c := a.t.fold[i]; (c == ':' || c == ';') && a.inQuote(i) < 0 {
			return i + 1
		}
	}
	return ss
}

// unknownOpener returns the capitalised name that opens the clause at cs,
// before pos, when no mention covers it and it is followed by a comma (an
// apposition: "Roskomnadzor, the regulator, accused ...") or a word in
// lower case (its verb: "Roscosmos demanded ..."): a subject the registry
// does not know, such as an agency or a regulator. A word the text also
// writes in lower case, a pronoun, a word that is never a company
// ("However", "Russia") or an article is no such name.
func (a *analysis) unknownOpener(cs, pos int) string {
	f := a.t.fold
	s := cs
	for s < pos && (f[s] == ' ' || f[s] == '\n') {
		s++
	}
	if s >= pos || !isUpper(f[s]) {
		return ""
	}
	e := s
	words := 0
	for e < pos && words < 4 {
		we := e
		for we < pos && f[we] != ' ' && f[we] != ',' && f[we] != '\n' {
			we++
		}
		w := f[e:we]
		if w == "" || !isUpper(w[0]) || strings.ContainsAny(w, "'’\"“”‘.:;()") {
			break
		}
		if a.x.notProvAll[w] || a.l.stopwords[strings.ToLower(w)] || a.l.descArticles[strings.ToLower(w)] || a.l.personPron[strings.ToLower(w)] || a.l.companyPron[strings.ToLower(w)] {
			break
		}
		words++
		e = we
		if e < pos && f[e] == ' ' {
			e++
		} else {
			break
		}
	}
	if words == 0 {
		return ""
	}
	name := strings.TrimSpace(f[s:e])
	if len(a.mentionsIn(cs, s+len(name))) > 0 {
		return ""
	}
	// A word the text also writes in lower case ("Otherwise") opens the
	// sentence as an ordinary word.
	for _, w := range strings.Fields(name) {
		if strings.Contains(f, " "+strings.ToLower(w)+" ") {
			return ""
		}
	}
	rest := strings.TrimLeft(f[s+len(name):pos], " ")
	if rest == "" {
		return ""
	}
	if rest[0] != ',' && !(rest[0] >= 'a' && rest[0] <= 'z') {
		return ""
	}
	// Only a proper name: one the text also writes inside a sentence
	// ("space agency Roscosmos"), or one an apposition describes
	// ("Roskomnadzor, the regulator,"). An ordinary word that opens the
	// sentence ("Advertisers", "Under") is neither.
	if !a.writtenInside(name) && !apposition.MatchString(rest) {
		return ""
	}
	return strings.TrimSpace(a.t.span(s, s+len(name)))
}

// apposition is a comma and an article that open a description of the
// name before it: "Roskomnadzor, the country's regulator, ...".
var apposition = regexp.MustCompile(`^,\s+(?i:the|a|an|de|het|een)\s`)

// writtenInside reports name written somewhere in the text right after a
// word in lower case: inside a sentence, where only a name is
// capitalised.
func (a *analysis) writtenInside(name string) bool {
	f := a.t.fold
	for i := 0; ; {
		k := strings.Index(f[i:], name)
		if k < 0 {
			return false
		}
		at := i + k
		end := at + len(name)
		if at >= 2 && f[at-1] == ' ' && f[at-2] >= 'a' && f[at-2] <= 'z' && (end == len(f) || !isAlnum(f[end])) {
			return true
		}
		i = at + 1
	}
}

// quoteProvider returns the provider a speaker speaks for: none for a
// government body or regulator, a place, or an office holder whose
// organisation the registry does not know ("Dmytro Koeleba, minister van
// Buitenlandse Zaken": a ministry, not a company).
func (a *analysis) quoteProvider(r referent) string {
	o := a.e.orgs[r.org]
	if r.org == "" || o == nil {
		return r.org
	}
	if o.public || a.place(r.org) {
		return ""
	}
	if o.unknown && r.person != "" {
		if p := a.personNamed(r.person); p != nil && p.title != "" && a.publicRole(p.title) {
			return ""
		}
	}
	return r.org
}

// soleCompanyBefore returns, for a description that speaks ("zegt het
// bedrijf", "said the company") with no one named before it in its own
// sentence, the one company the sentence right before it names in the
// same paragraph: "Maar dat weigert GasTerra. '...', zegt het bedrijf."
// The article's main company is the fallback for a description, but the
// sentence before has just said which company the description stands
// for. Two companies there leave it to the usual rules.
func (a *analysis) soleCompanyBefore(mi, si int) string {
	m := a.e.mentions[mi]
	if m.kind != descriptionMention || m.org != "" || m.plural || m.group || si <= 0 || si >= len(a.t.sents) {
		return ""
	}
	s := a.t.sents[si]
	for _, mj := range a.mentionsIn(s.start, m.start) {
		if o := a.e.mentions[mj]; a.inQuote(o.start) < 0 && (o.kind == orgMention || o.kind == personMention) {
			return ""
		}
	}
	prev := a.t.sents[si-1]
	if pi := a.paraAt(prev.start); pi < 0 || pi != a.paraAt(s.start) {
		return ""
	}
	found := ""
	for _, mj := range a.mentionsIn(prev.start, prev.end) {
		o := a.e.mentions[mj]
		if o.kind != orgMention || o.org == "" || a.inQuote(o.start) >= 0 {
			continue
		}
		if info := a.e.orgs[o.org]; info == nil || info.public || info.unknown && (a.memberBody(o.org) || a.notAName(o.org)) || a.place(o.org) {
			continue
		}
		if found != "" && found != o.org {
			return ""
		}
		found = o.org
	}
	return found
}
