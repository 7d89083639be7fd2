package extract

import "strings"

// employers gives a named person who speaks without an organisation the
// company the article is about, when they speak for a company: in the
// first person plural ("we", "onze mensen") in any of their quotations,
// or under a job title that is no office ("operations manager X"). An
// interview with a company's manager often introduces them by name alone
// ("Backx kan zich daarin vinden"), and the company only in another
// sentence; the person then speaks for it all the same. An office holder
// speaks for no company, and a speaker described rather than named ("een
// man") is no one's employee.
func (a *analysis) employers() {
	company := a.companyInFocus()
	if company == "" {
		return
	}
	forCompany := map[string]bool{}
	for qi, r := range a.speaker {
		if r.person == "" || r.org != "" {
			continue
		}
		p := a.personNamed(r.person)
		// "Minister Olga Marchenko" opening a sentence: the title is
		// read into the name.
		if p == nil || p.title != "" && a.publicRole(p.title) || a.publicRole(strings.ToLower(firstWord(p.name))) {
			continue
		}
		if p.title != "" || a.weInQuote(qi) {
			forCompany[r.person] = true
		}
	}
	// Only where the company is named beside the person, in a paragraph
	// that names them or holds their words: an official quoted in an
	// article about a company ("Kremlin spokesman X") speaks elsewhere.
	near := map[string]bool{}
	for qi, r := range a.speaker {
		if forCompany[r.person] && !near[r.person] {
			near[r.person] = a.namedInPara(company, a.quotes[qi].open) || a.personBeside(r.person, company)
		}
	}
	for qi, r := range a.speaker {
		if r.person != "" && r.org == "" && forCompany[r.person] && near[r.person] {
			a.speaker[qi].org = company
		}
	}
}

// bareStatements gives a quotation no one is named for that speaks in
// the first person plural ("We have made the decision to ...") to the
// company in focus: articles quote a company's statement bare, having
// named the company before. It runs after the claims are read, so that
// it only says who spoke and adds no step to the company.
func (a *analysis) bareStatements() {
	company := a.companyInFocus()
	if company == "" || !a.dominant(company) {
		return
	}
	for qi, r := range a.speaker {
		if r.empty() && r.name == "" && a.weInQuote(qi) && !a.namesUnknownAfter(qi) {
			a.speaker[qi] = referent{org: company, confidence: 0.4}
		}
	}
}

// dominant reports a company named outside quotations at least twice as
// often as any other organisation: an article about it, where a bare
// statement can be no one else's. In an article about an industry the
// bare "we" may be any of several companies, or a regulator.
func (a *analysis) dominant(org string) bool {
	count := map[string]int{}
	for _, m := range a.e.mentions {
		if m.kind == orgMention && m.org != "" && a.inQuote(m.start) < 0 {
			count[m.org]++
		}
	}
	for o, n := range count {
		if o != org && 2*n > count[org] {
			return false
		}
	}
	return count[org] >= 2
}

// namesUnknownAfter reports a quotation whose own attribution after it
// names someone no mention resolves ("'...', tweette Zelenski"): a
// speaker, just not one we know, so the company cannot stand in.
func (a *analysis) namesUnknownAfter(qi int) bool {
	q := a.quotes[qi]
	if q.close >= len(a.t.fold) {
		return false
	}
	se := a.sentenceEnd(q.close - 1)
	if next := a.nextQuoteOpen(qi); next >= 0 && next < se {
		se = next
	}
	return a.unknownSpeakerAfter(q.close, se)
}

// paraAt returns the paragraph that holds fold offset pos, or -1.
func (a *analysis) paraAt(pos int) int {
	for pi, p := range a.t.paras {
		if pos >= p.start && pos < p.end {
			return pi
		}
	}
	return -1
}

// namedInPara reports org named outside quotation marks in the paragraph
// that holds pos.
func (a *analysis) namedInPara(org string, pos int) bool {
	pi := a.paraAt(pos)
	if pi < 0 {
		return false
	}
	p := a.t.paras[pi]
	for _, mi := range a.mentionsIn(p.start, p.end) {
		if m := a.e.mentions[mi]; m.kind == orgMention && m.org == org && a.inQuote(m.start) < 0 {
			return true
		}
	}
	return false
}

// personBeside reports org named in a paragraph that names the person.
func (a *analysis) personBeside(name, org string) bool {
	for _, m := range a.e.mentions {
		if p := a.e.people[m.person]; m.kind == personMention && p != nil && p.name == name && a.namedInPara(org, m.start) {
			return true
		}
	}
	return false
}

// personNamed returns the person the text names as name, or nil.
func (a *analysis) personNamed(name string) *personInfo {
	for _, m := range a.e.mentions {
		if m.kind != personMention {
			continue
		}
		if p := a.e.people[m.person]; p != nil && p.name == name {
			return p
		}
	}
	return nil
}

// weInQuote reports a first-person plural word inside quotation qi.
func (a *analysis) weInQuote(qi int) bool {
	q := a.quotes[qi]
	for _, mi := range a.mentionsIn(q.open, q.close) {
		if m := a.e.mentions[mi]; m.kind == weMention && a.inQuote(m.start) == qi {
			return true
		}
	}
	return false
}

// companyInFocus is the company the article names most often outside
// quotations, when one does: no government body, association, place or
// word that is no name. "" when the article names none, or two as often.
func (a *analysis) companyInFocus() string {
	count := map[string]int{}
	for _, m := range a.e.mentions {
		if m.kind != orgMention || m.org == "" {
			continue
		}
		info := a.e.orgs[m.org]
		if info == nil || info.public || info.unknown && (a.memberBody(m.org) || a.notAName(m.org)) || a.place(m.org) {
			continue
		}
		count[m.org]++
	}
	best, second := "", 0
	for org, n := range count {
		switch {
		case best == "" || n > count[best] || n == count[best] && org < best:
			if best != "" {
				second = max(second, count[best])
			}
			best = org
		default:
			second = max(second, n)
		}
	}
	if best == "" || count[best] == second {
		return ""
	}
	return best
}

// namedAfterVerb returns the capitalised name right after a speech verb
// that introduces a quotation at open, when no mention covers it:
// "According to the Semiconductor Trade Council, '...'", "Volgens
// Branchebond X: '...'". The name speaks, for no company the registry
// knows; without it the quotation would pass for a continuation of the
// one before it, whose speaker is someone else.
func (a *analysis) namedAfterVerb(open int) string {
	ss := a.sentenceStart(open)
	for _, v := range a.l.speechVerbs.find(a.t.toks, ss, open) {
		if a.inQuote(v[0]) >= 0 {
			continue
		}
		rest := a.t.fold[v[1]:open]
		cut := strings.IndexAny(rest, ",:")
		if cut < 0 || strings.TrimSpace(rest[cut+1:]) != "" {
			continue // the name runs up to the quotation, after a comma or colon
		}
		words := strings.Fields(rest[:cut])
		if len(words) > 0 && a.l.descArticles[strings.ToLower(words[0])] {
			words = words[1:]
		}
		if len(words) == 0 || len(words) > 7 || len(a.mentionsIn(v[1], v[1]+cut)) > 0 {
			return ""
		}
		// Every word capitalised but for a joining word ("of", "van").
		for i, w := range words {
			if !isUpper(w[0]) && (i == 0 || i == len(words)-1 || !a.l.stopwords[strings.ToLower(w)]) {
				return ""
			}
		}
		if len(words) == 1 && (a.x.notProvAll[words[0]] || a.l.personPron[strings.ToLower(words[0])]) {
			return ""
		}
		name := strings.Join(words, " ")
		start := v[1] + strings.Index(rest, name)
		return a.t.span(start, start+len(name))
	}
	return ""
}

// namedOrgs gives a speaker named as a company but read as a name no
// mention resolved ("Veritas told us", a two-word company taken for a
// person, "WP Engine said in a statement") the company's id, when the
// registry or the article's own organisations know that name. A name
// neither knows gets no id: it may be an association or a regulator.
func (a *analysis) namedOrgs() {
	for qi, r := range a.speaker {
		name := r.name
		if name == "" {
			name = r.person
		}
		if r.org != "" || name == "" {
			continue
		}
		if id := a.companyNamed(foldString(name)); id != "" {
			a.speaker[qi].org = id
		}
	}
}

// companyNamed returns the id of the company whose name is name, or "".
func (a *analysis) companyNamed(name string) string {
	if id := a.x.nameID[name]; id != "" {
		if info := a.e.orgs[id]; info == nil || !info.public {
			return id
		}
	}
	id := a.x.orgID(name)
	info := a.e.orgs[id]
	if info == nil || info.public || info.unknown && (a.memberBody(id) || a.notAName(id)) || a.place(id) {
		return ""
	}
	return id
}
