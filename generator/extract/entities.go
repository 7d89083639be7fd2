package extract

import (
	"regexp"
	"sort"
	"strings"
)

type mentionKind int

const (
	orgMention mentionKind = iota
	personMention
	pronounMention     // it, they, het: the company in focus
	personPronMention  // he, she: the last person named
	descriptionMention // the company, the mega-corp
	weMention          // we, our: the speaker's organisation (inside quotes)
	roleMention        // "a spokesperson", "de cto": a titled person left unnamed
)

// mention is one reference to an organisation or a person in the text.
type mention struct {
	start, end int // fold offsets
	kind       mentionKind
	org        string // organisation id (registry id, or slug for unknown)
	person     string // person key (folded full name), for persons
	plural     bool   // "they": a group
	group      bool   // "those companies": the list named last, loosely joined
	unknown    bool   // an organisation the registry lacks
	role       string // for roleMention: the title, lowercased
}

// org is what the extractor knows of one organisation in this article.
type orgInfo struct {
	id      string
	name    string // as displayed: registry name, or as written
	unknown bool
	// public marks a government body or regulator ("regulator
	// Roskomnadzor"): it is a subject, so its actions are not given to the
	// company in focus, but it is never a provider.
	public bool
}

// person is one person named in the article.
type personInfo struct {
	name    string // full name as written (original text)
	org     string // organisation id, if known
	orgless bool   // looked for an organisation in context and found none
	title   string // job title as written before or after the name, lowercased
	// surnameOnly: the text names the person by surname alone ("legt
	// Backx uit"), so the surname recurs as a mention on its own.
	surnameOnly bool
}

// capWord is a capitalised word in folded text, with inner hyphens,
// apostrophes, ampersands or dots ("Graham-Cumming", "AT&T", "Booking.com").
const capWord = `[A-Z][A-Za-z0-9]*(?:[-&.][A-Za-z0-9]+)*`

var (
	// A name never runs across a line break: a heading's last word and the
	// first word of the paragraph under it ("Sigma\n\nSigma Japan told")
	// are two runs.
	capRun     = regexp.MustCompile(capWord + `(?:[ \t]+` + capWord + `){0,3}`)
	nameJoiner = regexp.MustCompile(`^[ \t]+[&+][ \t]+(?:(?:de|van|von|der|du|la)[ \t]+)?$`)
	personName = regexp.MustCompile(`^` + capWord + `(?:[ \t]+(?:van der|van den|van|de|der|den|von|da|di|le|la|bin|al))?(?:[ \t]+` + capWord + `){1,2}`)
	// personNameAnywhere finds such names inside a text.
	personNameAnywhere = regexp.MustCompile(`\b` + capWord + `(?:[ \t]+(?:van der|van den|van|de|der|den|von|da|di|le|la|bin|al))?(?:[ \t]+` + capWord + `){1,2}`)
	basedIn            = regexp.MustCompile(`(?i)^[\w.-]+-(?:based|headquartered|gebaseerde)$`)
	listIntro          = regexp.MustCompile(`(?i)\b(?:including|includes?|included|such as|among them|like|as well as|zoals|waaronder|onder meer|onder wie|onder andere|o\.a\.)\s+`)
	listSep            = regexp.MustCompile(`^(?:\s*,\s*(?:and|or|en|of)?\s*|\s+(?:and|or|en|of|&)\s+)`)
	// "Acme, a Rotterdam-based hosting provider," / "Pinewood Payments, a
	// small London-based fintech that...": a company noun within the first
	// words of the apposition.
	appositionRe = regexp.MustCompile(`(?i)^,\s+(?:a|an|one of the|one of|the|een|de|het|een van de|één van de)\s+(?:[\w'-]+\s+){0,4}?(?:provider|providers|company|companies|firm|firms|operator|operators|carrier|carriers|startup|start-up|vendor|maker|manufacturer|giant|business|biz|corporation|outfit|platform|service|fintech|lender|bank|insurer|retailer|marketplace|publisher|developer|studio|consultancy|group|chain|app|bedrijf|bedrijven|aanbieder|aanbieders|leverancier|leveranciers|techbedrijf|onderneming|dienst|fabrikant|concern|uitgever|keten|hoster|webwinkel|dochter|subsidiary|carrier|[a-z]+(?:bedrijf|dochter|aanbieder|leverancier|concern|groep|maker|fabrikant|provider|operator))\b`)
	// A role in the apposition makes the name a person: "Dana Whitfield, a
	// partner at Brightline Ventures".
	roleAppos       = regexp.MustCompile(`^,\s+(?:[\w'-]+\s+){0,4}?(?:at|bij|of|van|for|voor)\s+[A-Z]`)
	possessiveTitle = regexp.MustCompile(`^(` + capWord + `(?:[ \t]+` + capWord + `){1,2}),\s+(` + capWord + `(?:\s+` + capWord + `){0,2})'s?\s+([a-z][a-z -]{1,40}?)\s*,`)
	// "the Bank of Russia" / "het CCB" / "de Oekraïense ambassade": an
	// article, then a capitalised name that may hold of/van/voor.
	orgName       = capWord + `(?:\s+(?:of|for|van|voor|de|der|and|en)?\s*` + capWord + `){0,4}`
	orgBeforeVerb = regexp.MustCompile(`(?:^|[\s,])(?:the|The|het|Het|de|De)\s+(` + orgName + `)\s+$`)
	orgAfterVerb  = regexp.MustCompile(`^\s+(?:the|het|de)\s+(` + orgName + `)\s*[.;!?]`)
	verbCloses    = regexp.MustCompile(`^\s*(?:[,.;:!?]|$|that\b|dat\b|in a\b|in een\b|on\b|op\b)`)
	publicName    = regexp.MustCompile(`(?i)\b(?:bank of|central bank|centrale bank|ministry|ministerie|(?:buitenlandse|binnenlandse|economische|sociale) zaken|embassy|ambassade|commission|commissie|agency|agentschap|centrum voor|government|regering|parliament|parlement|council|raad|court|rechtbank|police|politie|army|leger|kremlin|white house|witte huis)\b`)
	// A name, maybe an age ("(45)", ", 52,"), then the first words of its
	// apposition up to where a role's apposition may go on.
	rolePerson      = regexp.MustCompile(`^(` + capWord + `(?:[ \t]+(?:van der|van den|van|de|der|den|von))?(?:[ \t]+` + capWord + `){1,2})(?:\s*\(\d{1,3}\)|,\s+\d{1,3})?,\s+(?:(?:the|de|een|a|an|het)\s+)?((?:[\w-]+\s+){0,2}?[\w-]+)(?:\s*[,.;]|\s+(?:of|at|for|from|in|with|and|who|van|bij|uit|in|met|en|die|voor)\s)`)
	relativePerson  = regexp.MustCompile(`^(` + capWord + `(?:[ \t]+(?:van der|van den|van|de|der|den|von))?[ \t]+` + capWord + `),\s+(?:who|die)\s+[a-z]`)
	singleNameAppos = regexp.MustCompile(`^(` + capWord + `),\s+(?:een|a|an)\s`)
	appositiveTitle = regexp.MustCompile(`^(` + capWord + `(?:[ \t]+(?:van der|van den|van|de|der|den|von))?(?:[ \t]+` + capWord + `){1,2}),\s+(?:(?:the|de|een|a|an|het)\s+)?((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s+(?:of|at|for|van|bij)\s`)
	// A company introduced by what it is: "cybersecurity startup SOC
	// Prime", "monitoring firm Routewatch", "actiegroep Vrij Netwerk".
	// What may stand between a name and its organisation: "Prince, CEO of
	// ", "Lindholm, an analyst at monitoring firm ", "Claessens van ".
	orgAfterGap   = regexp.MustCompile(`^(?:\s*,\s*(?:the |de |het |an? |een )?[A-Za-z -]{0,40}?\s+(?:of|at|for|van|bij|aan)\s+(?:[a-z-]+\s+){0,3}|\s+(?:of|at|from|van|bij|aan)\s+|\s*\(\s*)$`)
	introducedOrg = regexp.MustCompile(`\b(?:startup|start-up|firm|company|provider|operator|carrier|studio|group|vendor|maker|developer|hoster|host|registrar|platform|agency|consultancy|bedrijf|aanbieder|actiegroep|belangengroep|groep|organisatie|organization|organisation|ngo|leverancier|uitbater|dochter|subsidiary|telco|telecombedrijf|softwarebedrijf|techbedrijf|chipmaker|bank|broker|exchange|beurs)\s+(` + capWord + `(?:\s+` + capWord + `){0,3})`)
)

// nameParticle is a capitalised article or particle that may open a
// company's name after the noun that introduces it ("transportbedrijf De
// Rooy"); elsewhere it opens a sentence and is no name.
var nameParticle = map[string]bool{"De": true, "Het": true, "Van": true, "The": true}

// entities finds every organisation and person mention in the text.
type entities struct {
	capRuns  [][2]int // every run of capitalised words, computed once
	mentions []mention
	orgs     map[string]*orgInfo
	people   map[string]*personInfo
	// fullNames: surname → the first full name with it (see fullNames).
	fullNames map[string][2]int
	lang      *language
}

func (e *entities) addOrg(id, name string, unknown bool) {
	if _, ok := e.orgs[id]; !ok {
		// Whichever rule finds it, an unregistered organisation named as
		// a ministry or a council ("Buitenlandse Zaken") is a public body:
		// it acts, and keeps its sentence, but is no provider.
		e.orgs[id] = &orgInfo{id: id, name: name, unknown: unknown, public: unknown && publicName.MatchString(name)}
	}
}

func (x *Extractor) findEntities(t *text, l *language) *entities {
	e := &entities{orgs: map[string]*orgInfo{}, people: map[string]*personInfo{}, lang: l}
	f := t.fold
	for _, m := range capRun.FindAllStringIndex(f, -1) {
		// "Foster + Partners", "Herzog & de Meuron": a plus or an
		// ampersand between capitalised words joins one firm's name.
		// Two companies a headline joins ("Visa & Mastercard") are each
		// found by name first, and a name never takes words already
		// taken.
		if n := len(e.capRuns); n > 0 {
			prev := &e.capRuns[n-1]
			if j := nameJoiner.FindStringIndex(f[prev[1]:m[0]]); j != nil && j[1] == m[0]-prev[1] {
				prev[1] = m[1]
				continue
			}
		}
		e.capRuns = append(e.capRuns, [2]int{m[0], m[1]})
	}
	taken := make([]bool, len(f)) // fold bytes already part of a mention
	take := func(s, en int) bool {
		for i := s; i < en; i++ {
			if taken[i] {
				return false
			}
		}
		for i := s; i < en; i++ {
			taken[i] = true
		}
		return true
	}

	// Registry names and aliases, whole words, with possessives and
	// compounds ("Cloudflare's", "Cloudflare-diensten", "AWS'") allowed.
	for i, w := range t.toks {
		s := w.start
		if s > 0 && isAlnum(f[s-1]) {
			continue
		}
		names, upper := x.byFirst[f[w.start:w.end]], false
		if len(names) == 0 && w.end-w.start > 1 && strings.ToUpper(f[w.start:w.end]) == f[w.start:w.end] {
			names, upper = x.byFirstUpper[f[w.start:w.end]], true
			if one, ok := x.byOneUpper[f[w.start:w.end]]; ok && len(names) == 0 && shoutedName(t, i) {
				names = []string{one}
			}
		}
		for _, name := range names {
			written := name
			if upper {
				written = strings.ToUpper(name)
			}
			if !strings.HasPrefix(f[s:], written) {
				continue
			}
			en := s + len(written)
			if en < len(f) && isAlnum(f[en]) {
				// Dutch genitive "Googles" is fine; anything else is a longer word.
				if !(f[en] == 's' && (en+1 == len(f) || !isAlnum(f[en+1]))) {
					continue
				}
			}
			if !take(s, en) {
				break
			}
			id := x.nameID[name]
			p, _ := x.lx.Provider(id)
			e.addOrg(id, p.Name, false)
			e.mentions = append(e.mentions, mention{start: s, end: en, kind: orgMention, org: id})
			break
		}
	}

	// Organisations first, so that people can be joined to them ("an
	// analyst at monitoring firm Routewatch").
	x.findUnknownOrgs(t, l, e, take)
	x.findShortForms(t, e, take)
	if l.repeatUnknown {
		x.findRepeats(t, e, take)
	}
	sort.Slice(e.mentions, func(i, j int) bool { return e.mentions[i].start < e.mentions[j].start })
	x.findPeople(t, l, e, take)
	// Dutch only, as repeat_unknown: the English name finder still takes
	// common words for names, which a list would spread.
	if l.repeatUnknown {
		x.findCoordinated(t, l, e, take)
		sort.Slice(e.mentions, func(i, j int) bool { return e.mentions[i].start < e.mentions[j].start })
	}
	x.findReferences(t, l, e, taken)

	sort.Slice(e.mentions, func(i, j int) bool { return e.mentions[i].start < e.mentions[j].start })
	e.dropBracketedShortForms(t.fold)
	e.joinAppositions(t.fold)
	return e
}

// dropBracketedShortForms drops the mention of a company's short form in
// parentheses right after its full name ("Bryan Cave Leighton Paisner
// (BCLP)"): it names no one new, and left in place it would split the
// list the name stands in, as a parenthesis with any other acronym does
// not.
func (e *entities) dropBracketedShortForms(f string) {
	out := e.mentions[:0]
	for i, m := range e.mentions {
		if i > 0 && m.kind == orgMention {
			prev := &out[len(out)-1]
			if prev.kind == orgMention && prev.end <= m.start &&
				strings.TrimSpace(f[prev.end:m.start]) == "(" && strings.HasPrefix(f[m.end:], ")") {
				// "InterContinental Hotel Group (IHG)": a name the registry
				// does not know, spelled its own way, is the registered
				// company its short form names (and the other way round).
				switch {
				case prev.org == m.org:
					continue
				case prev.unknown && !m.unknown:
					prev.org, prev.unknown = m.org, false
					continue
				case !prev.unknown && m.unknown:
					continue
				}
			}
		}
		out = append(out, m)
	}
	e.mentions = out
}

// messageSender follows a message noun that names who sent it ("a
// statement from Acme", "an update on Acme's website", "a notice sent to
// users").
var messageSender = map[string]bool{"from": true, "by": true, "of": true, "on": true, "to": true, "sent": true, "issued": true}

// messageChannel precedes a message that is only how someone spoke ("in a
// statement", "via its update").
var messageChannel = map[string]bool{"in": true, "via": true, "through": true, "with": true, "per": true}

// joinAppositions gives a generic description right before a company's
// name that company: "The US oil company ExxonMobil announced" is about
// ExxonMobil, not about the company in focus before it.
func (e *entities) joinAppositions(f string) {
	for i := 0; i+1 < len(e.mentions); i++ {
		d, n := &e.mentions[i], e.mentions[i+1]
		if d.kind == descriptionMention && d.org == "" && n.kind == orgMention && strings.TrimSpace(f[d.end:n.start]) == "" {
			d.org = n.org
		}
	}
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// shoutedName reports token i, in capitals, standing among words that are
// not: the nearest word with letters on each side, on its line, is not in
// capitals, and one of them at least is there ("On March 5, GRAMMARLY
// stopped": a sentence; "ORANGE ALERT": a heading in capitals).
func shoutedName(t *text, i int) bool {
	nearest := func(step int) int { // -1 none, 0 in capitals, 1 with lower case
		for j := i + step; j >= 0 && j < len(t.toks); j += step {
			lo, hi := min(t.toks[j].end, t.toks[i].start), max(t.toks[j].start, t.toks[i].end)
			if strings.Contains(t.fold[lo:hi], "\n") {
				return -1
			}
			w := t.fold[t.toks[j].start:t.toks[j].end]
			if strings.ToUpper(w) == strings.ToLower(w) {
				continue // digits, no letters
			}
			if strings.ToUpper(w) == w {
				return 0
			}
			return 1
		}
		return -1
	}
	before, after := nearest(-1), nearest(1)
	return before != 0 && after != 0 && (before == 1 || after == 1)
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// findPeople finds persons: registry names, names after a job title
// ("Cloudflare CEO Matthew Prince"), and names next to a speech verb.
func (x *Extractor) findPeople(t *text, l *language, e *entities, take func(int, int) bool) {
	f := t.fold
	addPerson := func(s, en int, org string) {
		x.addPersonTitled(t, l, e, take, s, en, org, "")
	}
	_ = addPerson
	addTitled := func(s, en int, org, title string) {
		x.addPersonTitled(t, l, e, take, s, en, org, title)
	}
	// Registry people.
	for key := range x.people {
		for _, w := range wholeWords(f, key, 0) {
			s, en := w[0], w[1]
			addPerson(s, en, "")
		}
	}
	// Titles: "[Org] CEO First Last", "Org's CEO First Last".
	if l.title != nil {
		for _, m := range append(l.titles.find(t.toks, 0, len(f)), l.compoundTitles(t.toks)...) {
			rest := f[m[1]:]
			ws := len(rest) - len(strings.TrimLeft(rest, " "))
			if ws == 0 && strings.HasPrefix(rest, ", ") {
				ws = 2 // "Ukraine's digital minister, Mykhailo Fedorov,"
			}
			if ws == 0 {
				continue
			}
			// "minister van Buitenlandse Zaken Dmytro Koeleba": an
			// office's portfolio stands between the title and the name.
			if l.publicTitles.matchesWhole(lastWord(strings.ToLower(f[m[0]:m[1]]))) {
				ws += portfolioLen(rest[ws:])
			}
			nm := personName.FindString(rest[ws:])
			if nm == "" {
				continue
			}
			s := m[1] + ws
			en := s + len(nm)
			if x.notProvAll[firstWord(nm)] || x.nameID[nm] != "" {
				continue
			}
			org := x.orgBefore(t, e, m[0])
			if org == "" {
				org = x.orgAfterName(t, e, en)
			}
			addTitled(s, en, org, strings.ToLower(f[m[0]:m[1]]))
		}
	}
	// "Kristo Käärmann, Wise's chief executive,": a name, then its
	// organisation's title.
	for _, run := range e.capRuns {
		m := possessiveTitle.FindStringSubmatchIndex(f[run[0]:min(len(f), run[0]+160)])
		if m == nil || !l.title.MatchString(f[run[0]+m[6]:run[0]+m[7]]) {
			continue
		}
		s, en := run[0]+m[2], run[0]+m[3]
		orgName := f[run[0]+m[4] : run[0]+m[5]]
		id := x.nameID[orgName]
		if id == "" {
			if id = x.orgID(orgName); id != "" {
				e.addOrg(id, t.span(run[0]+m[4], run[0]+m[5]), true)
			}
		}
		addTitled(s, en, id, strings.ToLower(f[run[0]+m[6]:run[0]+m[7]]))
	}
	// "Tom Claessens, woordvoerder van BICS," and "Sara Brenner, an
	// analyst at Tellmark Research,": a name before its title.
	if l.title != nil {
		for _, run := range e.capRuns {
			if s, en, head, ok := x.apposedPerson(l, e, f[:min(len(f), run[0]+160)], run[0]); ok {
				org := x.orgAfterName(t, e, en)
				if org == "" && head > en {
					org = x.orgEndingAt(e, f, head)
				}
				addPerson(s, en, org)
			}
		}
	}
	// "Olga Petrenko, who teaches economics": a name with a relative
	// clause about what it does is a person.
	for _, run := range e.capRuns {
		m := relativePerson.FindStringSubmatchIndex(f[run[0]:min(len(f), run[0]+80)])
		if m == nil {
			continue
		}
		s, en := run[0]+m[2], run[0]+m[3]
		if x.notProvAll[firstWord(f[s:en])] || x.nameID[f[s:en]] != "" {
			continue
		}
		addPerson(s, en, x.orgAfterName(t, e, en))
	}
	// "First Last said", "said First Last".
	if l.speechVerb != nil {
		for _, m := range l.speechVerbs.find(t.toks, 0, len(f)) {
			before := strings.TrimRight(f[:m[0]], " ")
			if i := strings.LastIndexAny(before, ".,;:\"'()\n"); true {
				seg := before[i+1:]
				seg = strings.TrimLeft(seg, " ")
				if full, fs, s := x.fullNameAt(e, f, lastWords(seg, 2), len(before)); full != "" && strings.Contains(lastWords(seg, 2), " ") {
					x.addSurname(t, e, take, s, len(before), full, fs)
				} else if full, fs, s := x.fullNameAt(e, f, seg, len(before)); full != "" {
					// "Ofori said": the "Marcus Ofori" named earlier.
					x.addSurname(t, e, take, s, len(before), full, fs)
				} else if nm := lastPersonName(seg); nm != "" {
					s := len(before) - len(nm)
					if !x.notProvAll[firstWord(nm)] && x.nameID[nm] == "" && !x.corporate(nm) {
						addPerson(s, len(before), x.orgAfterName(t, e, len(before)))
					}
				}
			}
			after := f[m[1]:]
			ws := len(after) - len(strings.TrimLeft(after, " "))
			// "zegt De Graaf", "said Ofori": a surname (with its particle)
			// of a person named in full earlier.
			if ws > 0 {
				for _, n := range []int{2, 1} {
					words := strings.Fields(after[ws:min(len(after), ws+40)])
					if len(words) < n {
						continue
					}
					seg := strings.TrimRight(strings.Join(words[:n], " "), ".,;:!?\"'")
					s := m[1] + ws
					if full, fs, _ := x.fullNameAt(e, f, seg, s+len(seg)); full != "" {
						x.addSurname(t, e, take, s, s+len(seg), full, fs)
						break
					}
				}
			}
			if one := singleNameAppos.FindStringSubmatch(after[ws:]); one != nil && ws > 0 && !x.notProvAll[one[1]] && x.nameID[one[1]] == "" {
				s := m[1] + ws
				addPerson(s, s+len(one[1]), "")
			}
			if nm := personName.FindString(after[ws:]); nm != "" && ws > 0 {
				// "said Parallel Wireless President Keith Johnson": a run
				// that holds a job title is a company and its officer,
				// whose name the titles above found.
				if !x.notProvAll[firstWord(nm)] && x.nameID[nm] == "" && (l.title == nil || !l.title.MatchString(nm)) {
					s := m[1] + ws
					addPerson(s, s+len(nm), x.orgAfterName(t, e, s+len(nm)))
				}
			}
			// "legt Backx uit", "tweette Zelenski.": a lone capitalised
			// word between the verb and a particle or a punctuation mark
			// is a surname, though the text never gives the full name.
			if ws > 0 {
				if s, en, ok := x.loneSurname(l, e, f, m[1]+ws); ok {
					addPerson(s, en, "")
					if p := e.people[f[s:en]]; p != nil && !strings.Contains(p.name, " ") {
						p.surnameOnly = true
					}
				}
			}
		}
	}
	// Surnames of people already named ("Prince continued"), and a lone
	// surname wherever it recurs ("Backx kan zich daarin vinden").
	for key, p := range e.people {
		parts := strings.Fields(key)
		if len(parts) < 2 && !p.surnameOnly {
			continue
		}
		sur := parts[len(parts)-1]
		for _, w := range wholeWords(f, sur, 0) {
			s, en := w[0], w[1]
			if s > 0 && f[s-1] == '-' {
				continue
			}
			// Part of a longer capitalised name: another person or company.
			if s > 1 && f[s-1] == ' ' && isUpper(f[s-2]) || s > 1 && f[s-1] == ' ' && isAlnum(f[s-2]) && isUpper(prevWord(f, s-1)[0]) {
				if pw := prevWord(f, s-1); pw != "" && !x.notProvAll[pw] && !l.title.MatchString(pw) {
					continue
				}
			}
			if take(s, en) {
				e.mentions = append(e.mentions, mention{start: s, end: en, kind: personMention, person: key, org: p.org})
			}
		}
	}
}

// roleWords reports whether the words of an apposition end in a job title
// ("software engineer", "crypto-onderzoeker"), or a Dutch compound that
// ends in one ("sanctiespecialist"). Only the last word is the
// apposition's head: in "a TCS spokesperson said in" the title is followed
// by the verb of another clause.
// Each of two roles joined by "and"/"en" is a head ("onderzoeker en
// publicist").
func (x *Extractor) roleWords(l *language, words string) bool {
	for _, part := range strings.FieldsFunc(strings.NewReplacer(" and ", "|", " en ", "|").Replace(words), func(r rune) bool { return r == '|' }) {
		ws := strings.FieldsFunc(part, func(r rune) bool { return r == ' ' || r == '-' || r == '\t' || r == '\n' })
		if len(ws) == 0 {
			continue
		}
		w := ws[len(ws)-1]
		if l.titles.matchesWhole(w) || l.compounds && hasCompoundTail(w, l.compoundHeads) {
			return true
		}
	}
	return false
}

// apposedPerson returns the span of a name at pos that an apposition
// makes a person: its title with of/at/van/bij ("Tom Claessens,
// woordvoerder van BICS,"), or, however the apposition goes on, a job or
// role (a title word, or a Dutch compound ending in one) as its head
// ("Maria Kovalenko, a software engineer from Lviv,", "Jan Peeters (45),
// blockchain-onderzoeker en schrijver"). A company noun in the apposition
// ("Cloudflare, a US company,") keeps the name a company; a place or a
// date holds no title word.
//
// head is where the apposition's last word starts (-1 when the title
// comes with of/at/van/bij): a company named right before it ("Jane Roe, a
// Cloudflare spokesperson,") is the person's.
func (x *Extractor) apposedPerson(l *language, e *entities, f string, pos int) (int, int, int, bool) {
	if m := appositiveTitle.FindStringSubmatchIndex(f[pos:]); m != nil {
		s, en := pos+m[2], pos+m[3]
		if name := f[s:en]; l.title.MatchString(f[pos+m[4]:pos+m[5]]) && !x.notProvAll[firstWord(name)] && x.nameID[name] == "" {
			return s, en, -1, true
		}
	}
	m := rolePerson.FindStringSubmatchIndex(f[pos:])
	if m == nil {
		return 0, 0, 0, false
	}
	s, en := pos+m[2], pos+m[3]
	name := f[s:en]
	if e.people[name] != nil || x.notProvAll[firstWord(name)] || x.nameID[name] != "" || x.corporate(name) || appositionRe.MatchString(f[en:min(len(f), en+120)]) {
		return 0, 0, 0, false
	}
	words := f[pos+m[4] : pos+m[5]]
	head := pos + m[4] + strings.LastIndexAny(words, " -") + 1
	return s, en, head, x.roleWords(l, strings.ToLower(words))
}

// orgEndingAt returns the registered organisation named right before pos
// ("Cloudflare" in "a Cloudflare spokesperson", "Deere" in "a Deere
// spokeswoman" for John Deere, whose id it is), or "". An unregistered
// name there is left alone: no new company comes out of a role.
func (x *Extractor) orgEndingAt(e *entities, f string, pos int) string {
	before := strings.TrimRight(f[:pos], " -")
	for _, m := range e.mentions {
		if m.kind == orgMention && m.end == len(before) {
			return m.org
		}
	}
	i := strings.LastIndexAny(before, " \n,(")
	word := before[i+1:]
	if word == "" || !isUpper(word[0]) || x.notProvAll[word] {
		return ""
	}
	id := x.orgID(word)
	for _, known := range x.nameID {
		if known == id {
			return id
		}
	}
	return ""
}

func prevWord(f string, end int) string {
	s := strings.TrimRight(f[:end], " ")
	i := strings.LastIndexAny(s, " \n\"'(,.;:")
	w := s[i+1:]
	if w == "" {
		return " "
	}
	return w
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// addPersonTitled records a person mention at [s,en) with the
// organisation and job title found next to it. A person with a public
// title (a minister) speaks for no company.
func (x *Extractor) addPersonTitled(t *text, l *language, e *entities, take func(int, int) bool, s, en int, org, title string) {
	f := t.fold
	if en+1 < len(f) && f[en] == ' ' && isUpper(f[en+1]) && strings.Contains(f[s:en], " van ") {
		return // "Hoekstra van Buitenlandse Zaken": a ministry, not a surname
	}
	// "Ms Ida Solberg": the form of address is no part of the name.
	if w := firstWord(f[s:en]); l.honorifics[w] && len(w) < en-s {
		s += len(w) + 1
	}
	// "Sarah Herweg Vice, President Communications": a title's first
	// word the comma cut off is no part of the name.
	if w := lastWord(f[s:en]); len(strings.Fields(f[s:en])) > 2 && l.titleOpeners[strings.ToLower(w)] {
		en -= len(w) + 1
	}
	key := f[s:en]
	if p, ok := x.people[key]; ok && org == "" {
		org = p.Organisation
	}
	if !take(s, en) {
		return
	}
	if pi, ok := e.people[key]; ok {
		if pi.org == "" {
			pi.org = org
		}
	} else {
		e.people[key] = &personInfo{name: t.span(s, en), org: org}
	}
	e.mentions = append(e.mentions, mention{start: s, end: en, kind: personMention, person: key, org: e.people[key].org})

	if p := e.people[f[s:en]]; p != nil && title != "" {
		if p.title == "" {
			p.title = title
		}
		if l.publicTitles.matchesWhole(title) || l.publicTitles.matchesWhole(lastWord(title)) {
			// An office holder speaks for no company: "councillor of
			// Utrecht" names a place, not an employer.
			p.orgless = true
			p.org = ""
		}
	}
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// fullNameAt returns, for a lone capitalised surname seg that ends at end
// (a speech verb's subject or object), the full name "First Surname"
// written earlier in the text, where that full name starts and where the
// surname starts.
func (x *Extractor) fullNameAt(e *entities, f, seg string, end int) (string, int, int) {
	if seg == "" || !isUpper(seg[0]) || x.nameID[seg] != "" {
		return "", 0, 0
	}
	// A lone surname, or one with its particle ("De Graaf", which a
	// sentence capitalises, for "Martijn de Graaf").
	sur := seg
	if fields := strings.Fields(seg); len(fields) == 2 && particles[strings.ToLower(fields[0])] {
		sur = strings.ToLower(fields[0]) + " " + fields[1]
	} else if len(fields) != 1 || x.notProvAll[seg] {
		return "", 0, 0
	}
	// The first full name in the text that ends in the surname, if it
	// comes before it.
	if c, ok := x.fullNames(e, f)[sur]; ok && c[1] <= end-len(seg) {
		return f[c[0]:c[1]], c[0], end - len(seg)
	}
	return "", 0, 0
}

// titleCompound is a capitalised word glued by a hyphen to a lower-case
// part ("Visa-topman", "Cloudflare-ceo"): a first name never has one.
var titleCompound = regexp.MustCompile(`^[A-Z][\w&.]*-[a-z]`)

// fullNames indexes, once per text, the first full name written for each
// surname (one word, or a particle and a word): looking a surname up then
// costs the same anywhere in the text, where scanning all the text before
// it for every speech verb made long inputs quadratic.
func (x *Extractor) fullNames(e *entities, f string) map[string][2]int {
	if e.fullNames != nil {
		return e.fullNames
	}
	e.fullNames = map[string][2]int{}
	for _, m := range personNameAnywhere.FindAllStringIndex(f, -1) {
		name := f[m[0]:m[1]]
		// "Visa-topman Al Kelly": a compound of an organisation and a
		// title ("-topman", "-ceo") is no part of the name that follows.
		for {
			w := firstWord(name)
			if !titleCompound.MatchString(w) || len(w) == len(name) {
				break
			}
			m[0] += len(w) + 1
			name = f[m[0]:m[1]]
		}
		if x.notProvAll[firstWord(name)] || x.nameID[name] != "" {
			continue
		}
		ws := strings.Fields(name)
		for n := 1; n <= 2 && n < len(ws); n++ {
			sur := strings.Join(ws[len(ws)-n:], " ")
			if _, seen := e.fullNames[sur]; !seen && strings.HasSuffix(name, " "+sur) {
				e.fullNames[sur] = [2]int{m[0], m[1]}
			}
		}
	}
	return e.fullNames
}

// addSurname records a surname mention [s,en) of the person named in full
// at fullStart, joining the full name's person (and its organisation).
func (x *Extractor) addSurname(t *text, e *entities, take func(int, int) bool, s, en int, full string, fullStart int) {
	if !take(s, en) {
		return
	}
	p := e.people[full]
	if p == nil {
		p = &personInfo{name: t.span(fullStart, fullStart+len(full))}
		e.people[full] = p
	}
	e.mentions = append(e.mentions, mention{start: s, end: en, kind: personMention, person: full, org: p.org})
}

// portfolioRun is an office's field after its title, then the holder's
// name: "van Buitenlandse Zaken Dmytro Koeleba".
var portfolioRun = regexp.MustCompile(`^(?:van|of|voor|for)\s+` + capWord + `(?:\s+` + capWord + `){2,3}`)

// portfolioLen returns how many bytes of rest are the field of an office
// ("van Buitenlandse Zaken "), leaving the holder's two-word name after
// it; 0 when there is none.
func portfolioLen(rest string) int {
	run := portfolioRun.FindString(rest)
	if run == "" {
		return 0
	}
	ws := strings.Fields(run)
	name := strings.Join(ws[len(ws)-2:], " ")
	return strings.LastIndex(run, name)
}

// particleOfName reports text that ends in a capitalised first name and
// a surname particle ("... Jan de "): what follows is a surname.
func particleOfName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 || !particles[strings.ToLower(ws[len(ws)-1])] || isUpper(ws[len(ws)-1][0]) {
		return false
	}
	first := ws[len(ws)-2]
	return isUpper(first[0]) && !strings.ContainsAny(first, ".,;:!?\"'")
}

// loneSurname returns the lone capitalised word at s in f when a speaker
// closer (speech.yaml speaker_closers) or a punctuation mark follows it
// and it names no company, country or person the lexicon knows.
func (x *Extractor) loneSurname(l *language, e *entities, f string, s int) (int, int, bool) {
	en := s
	for en < len(f) && (isAlnum(f[en]) || f[en] == '-' && en+1 < len(f) && isAlnum(f[en+1])) {
		en++
	}
	name := f[s:en]
	if len(name) < 2 || !isUpper(name[0]) || strings.ToUpper(name) == name {
		return 0, 0, false // an acronym names an organisation
	}
	if x.notProvAll[name] || x.nameID[name] != "" || x.people[name].Name != "" || x.corporate(name) || x.surnames[name] != "" || l.places[name] {
		return 0, 0, false
	}
	// The surname of a full name written anywhere in the text ("aldus
	// Hoencamp" after "topman Jeroen Hoencamp"): that person speaks.
	if _, ok := x.fullNames(e, f)[name]; ok {
		return 0, 0, false
	}
	for key := range e.people {
		if strings.HasSuffix(key, " "+name) {
			return 0, 0, false
		}
	}
	if l.title != nil && l.title.MatchString(name) && len(l.title.FindString(name)) == len(name) {
		return 0, 0, false
	}
	rest := f[en:]
	if rest == "" || strings.ContainsRune(".,;:!?\n", rune(rest[0])) {
		return s, en, true
	}
	next := strings.Fields(rest[:min(len(rest), 24)])
	if rest[0] != ' ' || len(next) == 0 {
		return 0, 0, false
	}
	return s, en, l.speakerClosers[strings.ToLower(strings.TrimRight(next[0], ".,;:!?"))]
}

// corporate reports a name with a word only company names hold ("Colt
// Technology Services", "Nordvane Networks"): not a person's.
func (x *Extractor) corporate(name string) bool {
	words := strings.Fields(name)
	for _, w := range words {
		if x.suffixes[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return true
		}
	}
	// "BOC Aviation said": nobody's given name is an acronym, and a name
	// ending in a word for a firm ("Acme Bank") is the firm's.
	if len(words) > 1 && len(words[0]) >= 3 && strings.ToUpper(words[0]) == words[0] && strings.ToLower(words[0]) != words[0] {
		return true
	}
	return len(words) > 1 && x.introducers[strings.ToLower(words[len(words)-1])]
}

// particles join a Dutch or German surname to its name ("de Graaf").
var particles = map[string]bool{"de": true, "van": true, "der": true, "den": true, "von": true, "ter": true, "ten": true}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[len(f)-n:]
	}
	return strings.Join(f, " ")
}

// lastPersonName returns the trailing "First Last" of s, if s ends in one.
func lastPersonName(s string) string {
	fields := strings.Fields(s)
	for k := 3; k >= 2; k-- {
		if len(fields) < k {
			continue
		}
		cand := strings.Join(fields[len(fields)-k:], " ")
		if personName.FindString(cand) == cand && strings.HasSuffix(s, cand) {
			return cand
		}
	}
	return ""
}

// orgBefore returns the organisation named right before position pos
// ("Cloudflare CEO", "SOC Prime CISO", "Cloudflare's CEO").
func (x *Extractor) orgBefore(t *text, e *entities, pos int) string {
	f := t.fold
	before := strings.TrimRight(f[:pos], " ")
	before = strings.TrimSuffix(before, "'s")
	before = strings.TrimSuffix(before, "'")
	for _, m := range e.mentions {
		if m.kind == orgMention && m.end <= len(before) && m.end >= len(before)-2 {
			return m.org
		}
	}
	// An unregistered organisation: the capitalised run before the title.
	i := len(before)
	for i > 0 && (isAlnum(before[i-1]) || before[i-1] == ' ' || before[i-1] == '-' || before[i-1] == '&') {
		i--
	}
	run := strings.TrimSpace(before[i:])
	var words []string
	for _, w := range strings.Fields(run) {
		if isUpper(w[0]) && !x.notProvAll[w] {
			words = append(words, w)
		} else {
			words = words[:0]
		}
	}
	if len(words) == 0 {
		return ""
	}
	name := strings.Join(words, " ")
	id := x.orgID(name)
	if id == "" {
		return ""
	}
	start := len(before) - len(name)
	e.addOrg(id, t.span(start, len(before)), true)
	return id
}

// orgAfterName returns the organisation named right after a person's
// name: "Prince, CEO of Cloudflare", "Prince van Cloudflare", "(Cloudflare)".
func (x *Extractor) orgAfterName(t *text, e *entities, pos int) string {
	f := t.fold
	if pos >= len(f) {
		return ""
	}
	rest := f[pos:]
	if len(rest) > 80 {
		rest = rest[:80]
	}
	for _, m := range e.mentions {
		if m.kind != orgMention || m.start < pos || m.start > pos+80 {
			continue
		}
		gap := f[pos:m.start]
		if orgAfterGap.MatchString(gap) {
			return m.org
		}
	}
	// An organisation no one has named yet: "an analyst at Kepler
	// Cheuvreux", "analist bij ING".
	for end := 1; end < len(rest); end++ {
		if !isUpper(rest[end]) || rest[end-1] != ' ' || !orgAfterGap.MatchString(rest[:end]) {
			continue
		}
		run := capRun.FindString(rest[end:])
		// "the University of Groningen": small words inside a name.
		if long := orgNameRun.FindString(rest[end:]); strings.HasPrefix(rest[end:], long) && len(long) > len(run) {
			run = long
		}
		// "eigenaar van het Haarlemse uitzendbureau Kennemeruitzend":
		// the adjective describes the noun; the name follows it.
		if e.lang.adjectiveRun(run) {
			m := nounThenName.FindStringSubmatchIndex(rest[end+len(run):])
			if m == nil {
				return ""
			}
			end += len(run) + m[2]
			run = rest[end : end-m[2]+m[3]]
		}
		// "van Verenigd Rusland": a party or ministry named in full is
		// none, and no word of it is a company either.
		if x.notProvAll[strings.TrimSpace(run)] {
			return ""
		}
		words := strings.Fields(run)
		for k, w := range words {
			if x.notProvAll[w] {
				words = words[:k]
				break
			}
		}
		if len(words) == 0 {
			return ""
		}
		name := strings.Join(words, " ")
		id := x.orgID(name)
		if id != "" {
			e.addOrg(id, t.span(pos+end, pos+end+len(name)), true)
		}
		return id
	}
	return ""
}

// orgID makes the id of an organisation the registry does not know: the
// slug of its name without legal or generic suffixes.
func (x *Extractor) orgID(name string) string {
	fields := strings.Fields(name)
	for len(fields) > 1 && x.suffixes[strings.ToLower(strings.TrimSuffix(fields[len(fields)-1], "."))] {
		fields = fields[:len(fields)-1]
	}
	name = strings.Join(fields, " ")
	if id := x.compactID[compactName(name)]; id != "" {
		return id
	}
	return slug(name)
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if isAlnum(c) {
			b.WriteByte(c)
			dash = false
		} else if c == '&' || c == '\'' {
			continue // AT&T → att, McDonald's → mcdonalds
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-")
}

// russianIntro ends right before the noun that introduces a Russian
// company ("het Russische", "the Russian", "de Wit-Russische") or the
// company a stake or an investment is in ("in de").
var russianIntro = regexp.MustCompile(`(?i)\b(?:russische|russian|wit-russische|belarusian)\s*$|\bin\s+(?:de|het|the|an?)?\s*$`)

// listArticle is an article before a capitalised word, which makes it
// no company name in a list.
var listArticle = map[string]bool{"the": true, "a": true, "an": true, "de": true, "het": true, "een": true}

// listedBetweenMin is how many registered companies a list must hold for
// the other names in it to count as companies too.
const listedBetweenMin = 2

// titleCasedWords reports a run of capitalised words at least two, and two
// thirds, of which the text also writes in lower case: words of a headline
// in title case ("Major Accounting Firms Suspend"), not a firm's name
// ("BOC Aviation" stays, though the text says "aviation").
func titleCasedWords(f, run string) bool {
	words := strings.Fields(run)
	if len(words) < 2 {
		return false
	}
	common := 0
	for _, w := range words {
		if lw := strings.ToLower(w); lw != w && len(wholeWords(f, lw, 0)) > 0 {
			common++
		}
	}
	return common >= 2 && 3*common >= 2*len(words)
}

// ampersandJoin is the gap inside a name like "Winston & Strawn".
var ampersandJoin = regexp.MustCompile(`^[ \t]+&[ \t]+$`)

// listAcronym is a short parenthesis opening a list gap: the acronym or
// short form of the member before it ("(A&O)", "(BCLP)").
var listAcronym = regexp.MustCompile(`^\s*\([^()]{1,12}\)`)

// findListedBetween adds the names of a list that holds registered
// companies: a list is of one kind, so in "Ukrtelecom, Telecom Italia,
// Nova, Cosmote and Deutsche Telekom" Nova and Cosmote are companies the
// registry lacks. Only lists of three or more, with at least
// listedBetweenMin registered members, joined by commas and "and".
func (x *Extractor) findListedBetween(e *entities, f string, add func(int, int)) {
	type item struct {
		start, end int
		known      bool
	}
	var items []item
	covered := make([]bool, len(f)+1) // bytes inside a mention, linear in the text
	for _, m := range e.mentions {
		for i := m.start; i < m.end; i++ {
			covered[i] = true
		}
		if m.kind == orgMention && !m.unknown {
			items = append(items, item{m.start, m.end, true})
		}
	}
	for _, r := range e.capRuns {
		overlaps := false
		for i := r[0]; i < r[1] && !overlaps; i++ {
			overlaps = covered[i]
		}
		if !overlaps {
			items = append(items, item{r[0], r[1], false})
		}
	}
	sort.Slice(items, func(i, j int) bool { return items[i].start < items[j].start })
	// "Winston & Strawn": two capitalised runs around a spaced ampersand
	// are one firm's name (law and accounting firms are named so), not
	// two members of the list.
	merged := items[:0]
	for _, it := range items {
		if n := len(merged); n > 0 && !it.known && !merged[n-1].known && ampersandJoin.MatchString(f[merged[n-1].end:max(merged[n-1].end, it.start)]) {
			merged[n-1].end = it.end
			continue
		}
		// The acronym in "Harlow Fenwick (HF)" is the member's short
		// form, not a member: the gap after it is read by listAcronym.
		if n := len(merged); n > 0 && !it.known && merged[n-1].end <= it.start && strings.TrimSpace(f[merged[n-1].end:it.start]) == "(" && strings.HasPrefix(f[it.end:], ")") {
			continue
		}
		merged = append(merged, it)
	}
	items = merged
	flush := func(run []item) {
		known := 0
		for _, it := range run {
			if it.known {
				known++
			}
		}
		if len(run) < 3 || known < listedBetweenMin || known == len(run) {
			return
		}
		for _, it := range run {
			// "Across the Nordics, Telenor and Telia": a name after an
			// article is a region or a thing, not a listed company.
			if !it.known && !listArticle[strings.ToLower(prevWord(f, it.start))] && !titleCasedWords(f, f[it.start:it.end]) {
				add(it.start, it.end)
			}
		}
	}
	var run []item
	for _, it := range items {
		if len(run) > 0 {
			prev := run[len(run)-1]
			gap := f[prev.end:max(prev.end, it.start)]
			// An acronym in parentheses after a member stays in the list:
			// "Herbert Smith Freehills (HSF), Bryan Cave Leighton Paisner".
			if p := listAcronym.FindStringIndex(gap); p != nil {
				gap = gap[p[1]:]
			}
			if sep := listSep.FindStringIndex(gap); sep == nil || sep[1] != len(gap) || it.start < prev.end {
				flush(run)
				run = nil
			}
		}
		run = append(run, it)
	}
	flush(run)
}

// findUnknownOrgs finds companies the registry lacks by their role in the
// sentence: a legal suffix ("Acme Networks Inc"), a list after "including",
// or an apposition ("Acme, a US-based provider,").
func (x *Extractor) findUnknownOrgs(t *text, l *language, e *entities, take func(int, int) bool) {
	f := t.fold
	add := func(s, en int) {
		name := strings.TrimRight(f[s:en], " .,")
		// "Illinois-based Abbott": where a company is based is no part of
		// its name.
		for words := strings.Fields(name); len(words) > 1 && basedIn.MatchString(words[0]); words = words[1:] {
			s += len(words[0]) + 1
			name = strings.Join(words[1:], " ")
		}
		en = s + len(name)
		if name == "" || x.notProvAll[name] || x.notProvAll[firstWord(name)] && !strings.Contains(name, " ") || l.adjectiveRun(name) {
			return
		}
		if x.nameID[name] != "" || x.people[name].Name != "" {
			return
		}
		// One word that is itself a company noun is a description, never
		// a name: "Het Havenbedrijf laat weten" (the port authority).
		if lw := strings.ToLower(name); !strings.Contains(name, " ") && (l.compoundNoun(lw) || l.descNouns[lw]) {
			return
		}
		id := x.orgID(name)
		if id == "" || len(id) < 2 {
			return
		}
		if !take(s, en) {
			return
		}
		display := t.span(s, en)
		e.addOrg(id, display, true)
		e.mentions = append(e.mentions, mention{start: s, end: en, kind: orgMention, org: id, unknown: true})
	}
	// Legal suffixes.
	if x.suffixRe != nil {
		for _, m := range e.capRuns {
			run := f[m[0]:m[1]]
			words := strings.Fields(run)
			end := m[1]
			// A legal form in lower case ("Harwick plc") is outside the
			// run of capitalised words: take it in.
			if rest, ok := strings.CutPrefix(f[end:], " "); ok {
				w := strings.TrimRight(firstWord(rest), ",;:!?")
				if w != "" && strings.ToLower(w) == w && x.suffixes[strings.TrimSuffix(w, ".")] && x.suffixRe.MatchString(w) {
					words = append(words, w)
					end += 1 + len(w)
				}
			}
			if len(words) < 2 {
				continue
			}
			last := strings.TrimSuffix(words[len(words)-1], ".")
			if !x.suffixes[strings.ToLower(last)] || !x.suffixRe.MatchString(words[len(words)-1]) {
				continue
			}
			// Drop a sentence-initial filler ("The Acme Corp") and the
			// adjective of where it is from ("Het Gentse Acme BVBA").
			s := m[0]
			for len(words) > 2 && (x.notProvAll[words[0]] || l.adjectiveRun(words[0])) {
				s += len(words[0]) + 1
				words = words[1:]
			}
			if x.notProvAll[words[0]] {
				continue
			}
			add(s, end)
		}
	}
	// Lists after "including", "zoals".
	for _, m := range x.listIntros.find(t.toks, 0, len(f)) {
		pos := m[1]
		for pos < len(f) && f[pos] == ' ' {
			pos++
		}
		var items [][2]int
		for {
			run := capRun.FindStringIndex(f[pos:])
			if run == nil || run[0] != 0 {
				break
			}
			// A name that ends in 's is one ("McDonald's", "Kellogg's")
			// where a list goes on after it.
			if strings.HasPrefix(f[pos+run[1]:], "'s") {
				if next := listSep.FindStringIndex(f[pos+run[1]+2:]); next != nil && next[0] == 0 {
					run[1] += 2
				}
			}
			items = append(items, [2]int{pos, pos + run[1]})
			pos += run[1]
			sep := listSep.FindStringIndex(f[pos:])
			if sep == nil {
				break
			}
			pos += sep[1]
		}
		if len(items) < 2 {
			continue
		}
		// "services such as Xbox Live, Windows Office and Azure": products.
		if l.productNouns[strings.ToLower(prevWord(f, m[0]))] {
			continue
		}
		// "the owner of pet food brands including X and Y": its brands.
		if l.ownedBrands != nil && l.ownedBrands.MatchString(strings.TrimRight(f[max(0, m[0]-60):m[0]], " ,")) {
			continue
		}
		for _, it := range items {
			add(it[0], it[1])
		}
	}
	x.findListedBetween(e, f, add)
	// Introduced by what they are: "monitoring firm Routewatch".
	introduces := func(w string) bool {
		// A noun of the language's descriptions ("de betalingsverwerker")
		// introduces a name as well as it refers back to one.
		// Short ones ("merk", "bank") too often head a brand or a
		// product line ("repen van het merk KitKat").
		return x.introducers[w] || x.publicBodies[w] || l.compoundNoun(w) || l.descNouns[w] && len(w) >= 5
	}
	for _, run := range e.capRuns {
		s, en := run[0], run[1]
		prev := strings.ToLower(prevWord(f, s))
		words := strings.Fields(f[s:en])
		// At the start of a sentence the noun is capitalised and opens
		// the run: "Betalingsverwerker Buckaroo, dat ...".
		if first := strings.ToLower(words[0]); len(words) > 1 && introduces(first) && !x.publicBodies[first] {
			prev = first
			s += len(words[0]) + 1
			words = words[1:]
		} else if s < 2 || f[s-1] != ' ' || !introduces(prev) {
			continue
		} else if at := max(0, s-len(prev)-1); russianIntro.MatchString(f[max(0, at-30):at]) {
			// "de Russische gasreus Gazprom": a Russian partner or target,
			// never a company responding to the war; "zijn aandelen in de
			// oliemaatschappij Rosneft": what a stake is in.
			continue
		}
		// Stop at a word that starts the next clause ("Routewatch Said").
		// An article or particle that opens the name right after its
		// noun is part of it: "transportbedrijf De Rooy", "bouwer Van
		// Hattem".
		for k, w := range words {
			if x.notProvAll[w] && !(k == 0 && len(words) > 1 && nameParticle[w]) {
				words = words[:k]
				break
			}
		}
		if len(words) == 0 || len(words) == 1 && nameParticle[words[0]] {
			continue
		}
		name := strings.Join(words, " ")
		if x.nameID[name] == "" {
			add(s, s+len(name))
			if id := x.orgID(name); x.publicBodies[prev] && e.orgs[id] != nil {
				e.orgs[id].public = true
			}
		}
	}
	// An organisation that speaks: "the Bank of Russia said", "waarschuwt
	// het CCB", "said the European Commission". The article tells it from a
	// person's name.
	for _, v := range l.speechVerbs.find(t.toks, 0, len(f)) {
		before := f[max(0, v[0]-80):v[0]]
		// Only where the verb closes the attribution ('," the Bank of
		// Russia said,'), not where it has an object ("De Nederlandsche
		// Bank waarschuwde betaalinstellingen").
		closes := verbCloses.MatchString(f[v[1]:min(len(f), v[1]+20)])
		// "Jan de Vries zegt": a Dutch surname's particle after a first
		// name is no article before an organisation.
		if m := orgBeforeVerb.FindStringSubmatchIndex(before); m != nil && closes && !particleOfName(before[:m[2]]) {
			s := v[0] - len(before) + m[2]
			x.addSpeakingOrg(t, e, add, s, s+(m[3]-m[2]))
		}
		after := f[v[1]:min(len(f), v[1]+80)]
		if m := orgAfterVerb.FindStringSubmatchIndex(after); m != nil {
			s := v[1] + m[2]
			x.addSpeakingOrg(t, e, add, s, s+(m[3]-m[2]))
		}
	}
	// Appositions: "Acme, a US-based provider, ...".
	for _, m := range e.capRuns {
		after := f[m[1]:min(len(f), m[1]+120)]
		head := after[:min(len(after), 60)]
		if i := strings.IndexAny(head[min(len(head), 2):], ",.;"); i >= 0 {
			head = head[:i+2]
		}
		if len(l.titles.find(tokenize(head, strings.ToLower(head)), 0, len(head))) > 0 {
			continue // "Megan Doyle, the company's head of communications"
		}
		if (appositionRe.MatchString(after) || x.tradeApposition(l, after)) && !(roleAppos.MatchString(after) && !strings.Contains(strings.ToLower(after[:min(len(after), 14)]), "one of")) {
			s := m[0]
			words := strings.Fields(f[m[0]:m[1]])
			for len(words) > 1 && x.notProvAll[words[0]] {
				s += len(words[0]) + 1
				words = words[1:]
			}
			add(s, m[1])
		}
	}
}

// tradeAppos is an apposition right after a name: its article and the
// words up to the next punctuation mark ("Kestrel Data, an IT distributor
// based in Tallinn, ...").
var tradeAppos = regexp.MustCompile(`^,\s+(?:a|an|the|een|de|het)\s+([^,.;:()"]{1,60})`)

// tradeApposition reports an apposition whose first few words hold a noun
// that introduces a company (company_nouns, and Dutch compounds of them:
// "een Poolse modeketen"), as appositionRe's fixed nouns do. A noun of a
// public body ("an agency of the state") makes none.
func (x *Extractor) tradeApposition(l *language, after string) bool {
	m := tradeAppos.FindStringSubmatch(after)
	if m == nil {
		return false
	}
	words := strings.Fields(strings.ToLower(m[1]))
	for _, w := range words[:min(len(words), 5)] {
		if x.publicBodies[w] {
			return false
		}
		if x.introducers[w] || l.compoundNoun(w) {
			return true
		}
	}
	return false
}

// givenNameBefore reports a capitalised word right before pos, one space
// away, that is no function word and nothing notProvAll names: a person's
// given name ("Carl" in "Carl Verhaeghe"), where "Bij De Brabandere" or
// "Ook Soncotra" opens with a word of the sentence.
func (x *Extractor) givenNameBefore(l *language, f string, pos int) bool {
	if pos < 3 || f[pos-1] != ' ' {
		return false
	}
	w := prevWord(f, pos)
	if w == "" || !isUpper(w[0]) || strings.ToUpper(w) == w || x.notProvAll[w] {
		return false
	}
	if l != nil && (l.stopwords[strings.ToLower(w)] || l.subjectLead[strings.ToLower(w)]) {
		return false
	}
	return len(w) >= 2 && strings.ToLower(w[1:]) == w[1:] && isAlnum(w[len(w)-1])
}

// findShortForms finds the short name a text uses for a company once it
// has named it in full: "Epic" after "Epic Games", "Frostpine" after
// "Frostpine Games".
// findRepeats makes every later occurrence of a company the registry
// lacks, once found by its role ("Transportbedrijf Soncotra ..."), a
// mention too ("Eerder gaf Soncotra aan ..."): the role is stated once,
// the name recurs bare.
func (x *Extractor) findRepeats(t *text, e *entities, take func(int, int) bool) {
	f := t.fold
	first := map[string]int{} // name as written → where it was found
	id := map[string]string{}
	for _, m := range e.mentions {
		if m.kind != orgMention || !m.unknown {
			continue
		}
		name := f[m.start:m.end]
		if at, ok := first[name]; !ok || m.start < at {
			first[name], id[name] = m.start, m.org
		}
	}
	names := make([]string, 0, len(first))
	for name := range first {
		names = append(names, name)
	}
	sort.Strings(names) // deterministic order where two names overlap
	for _, name := range names {
		for _, span := range wholeWords(f, name, first[name]) {
			// "brouwerij Verhaeghe ... zegt Carl Verhaeghe": a given name
			// right before it makes the name a person's surname.
			if x.givenNameBefore(e.lang, f, span[0]) {
				continue
			}
			if take(span[0], span[1]) {
				e.mentions = append(e.mentions, mention{start: span[0], end: span[1], kind: orgMention, org: id[name], unknown: true})
			}
		}
	}
}

func (x *Extractor) findShortForms(t *text, e *entities, take func(int, int) bool) {
	f := t.fold
	short := map[string]string{} // first word → org id
	firstAt := map[string]int{}
	for _, m := range e.mentions {
		if m.kind != orgMention {
			continue
		}
		name := f[m.start:m.end]
		w := firstWord(name)
		if w == name || len(w) < 4 || x.notProvAll[w] || !isUpper(w[0]) || x.nameID[w] != "" || x.sharedFirst[w] {
			continue
		}
		if prev, ok := short[w]; ok && prev != m.org {
			short[w] = "" // two companies share it: ambiguous
			continue
		}
		short[w] = m.org
		if at, ok := firstAt[w]; !ok || m.start < at {
			firstAt[w] = m.start
		}
	}
	for w, id := range short {
		if id == "" {
			continue
		}
		for _, span := range wholeWords(f, w, firstAt[w]) {
			s, en := span[0], span[1]
			if take(s, en) {
				e.mentions = append(e.mentions, mention{start: s, end: en, kind: orgMention, org: id, unknown: e.orgs[id] != nil && e.orgs[id].unknown})
			}
		}
	}
}

// addSpeakingOrg records an organisation found as a speaker, marking a
// public body (a ministry, a central bank) so that it is never a provider.
func (x *Extractor) addSpeakingOrg(t *text, e *entities, add func(int, int), s, en int) {
	f := t.fold
	name := strings.TrimSpace(f[s:en])
	if name == "" || x.notProvAll[name] || x.people[name].Name != "" || e.people[name] != nil {
		return
	}
	if x.nameID[name] != "" {
		return // a registry company, found already
	}
	// "McDonald's said": the registry name ends in the "'s" that the
	// speaker's name stopped before.
	if rest := f[s+len(name):]; strings.HasPrefix(rest, "'s") && x.nameID[name+"'s"] != "" {
		return
	}
	add(s, s+len(name))
	if id := x.orgID(name); e.orgs[id] != nil && publicName.MatchString(name) {
		e.orgs[id].public = true
	}
}

// findReferences finds pronouns and descriptions that stand for a company
// or a person; they are resolved later, in reading order.
func (x *Extractor) findReferences(t *text, l *language, e *entities, taken []bool) {
	f := t.fold
	free := func(s, en int) bool {
		for i := s; i < en; i++ {
			if taken[i] {
				return false
			}
		}
		return true
	}
	mark := func(s, en int) {
		for i := s; i < en; i++ {
			taken[i] = true
		}
	}
	toks := t.toks
	for i := 0; i < len(toks); i++ {
		// "Zij behoren ...": a plural pronoun opening a sentence after
		// one that named a list of companies.
		if l.pluralPron[toks[i].lower] && i+1 < len(toks) && pluralVerb(toks[i+1].lower) && free(toks[i].start, toks[i].end) && listBefore(t, e, toks[i].start) {
			mark(toks[i].start, toks[i].end)
			e.mentions = append(e.mentions, mention{start: toks[i].start, end: toks[i].end, kind: pronounMention, plural: true, group: true})
			continue
		}
		// A reference to a list of companies ("those companies").
		if n := l.groupRefs.at(toks, i); n > 0 {
			s, en := toks[i].start, toks[i+n-1].end
			if free(s, en) {
				mark(s, en)
				e.mentions = append(e.mentions, mention{start: s, end: en, kind: pronounMention, plural: true, group: true})
				i += n - 1
				continue
			}
		}
		// A company-specific description ("the iPhone maker").
		if n := x.descPhrases.at(toks, i); n > 0 {
			s, en := toks[i].start, toks[i+n-1].end
			if free(s, en) {
				id := x.descID[strings.ToLower(f[s:en])]
				mark(s, en)
				e.mentions = append(e.mentions, mention{start: s, end: en, kind: descriptionMention, org: id})
				i += n - 1
				continue
			}
		}
		// An unnamed person by their role: "a spokesperson", "de cto",
		// "een woordvoerster" (not followed by a name or "of Acme").
		if roleArticles[toks[i].lower] && i+1 < len(toks) {
			for k := 1; k <= 3 && i+k < len(toks); k++ {
				if n := l.titles.at(toks, i+k); n > 0 {
					end := toks[i+k+n-1].end
					next := strings.TrimLeft(f[end:min(len(f), end+30)], " ")
					named := next != "" && isUpper(next[0])
					ofOrg := strings.HasPrefix(next, "of ") || strings.HasPrefix(next, "van ") || strings.HasPrefix(next, "for ") || strings.HasPrefix(next, "bij ")
					if !named && !ofOrg && free(toks[i].start, end) {
						mark(toks[i].start, end)
						e.mentions = append(e.mentions, mention{start: toks[i].start, end: end, kind: roleMention, role: strings.ToLower(f[toks[i+k].start:end])})
						i += k + n - 1
					}
					break
				}
				if isUpper(f[toks[i+k].start]) {
					break
				}
			}
			if i < len(toks) && !free(toks[i].start, toks[i].end) {
				continue
			}
		}
		// A message of the company in focus: "..., said a statement", "A
		// Feb. 26 statement on its website reads"; not "a statement from
		// Acme", which names its sender.
		// "In a statement, Shell said" and "said in a statement" name no
		// speaker: the message is only the channel there.
		if w := toks[i].lower; (w == "a" || w == "an" || w == "its") && !(i > 0 && messageChannel[toks[i-1].lower]) {
			found := false
			for k := 1; k <= 4 && i+k < len(toks); k++ {
				if !l.messageNouns[toks[i+k].lower] {
					continue
				}
				if next := i + k + 1; next < len(toks) && messageSender[toks[next].lower] {
					break
				}
				if s, en := toks[i].start, toks[i+k].end; free(s, en) {
					mark(s, en)
					e.mentions = append(e.mentions, mention{start: s, end: en, kind: descriptionMention})
					i += k
					found = true
				}
				break
			}
			if found {
				continue
			}
		}
		// A generic one, with up to three words between the article and
		// the noun ("the Arizona-based company", "de Amerikaanse chipmaker",
		// "de Duitse telecomgigant").
		if !l.descArticles[toks[i].lower] {
			continue
		}
		for k := 1; k <= 4 && i+k < len(toks); k++ {
			// Only words joined by a space or hyphen, and a city's comma
			// before its state ("the Memphis, Tennessee-based company").
			if toks[i+k].start-toks[i+k-1].end > 1 && f[toks[i+k-1].end] != '-' && !(f[toks[i+k-1].end:toks[i+k].start] == ", " && strings.HasPrefix(f[toks[i+k].end:], "-based")) {
				break
			}
			if l.descNouns[toks[i+k].lower] || l.compoundNoun(toks[i+k].lower) {
				s, en := toks[i].start, toks[i+k].end
				if free(s, en) {
					mark(s, en)
					e.mentions = append(e.mentions, mention{start: s, end: en, kind: descriptionMention})
				}
				i += k
				break
			}
		}
	}
	for i, tk := range t.toks {
		w := [2]int{tk.start, tk.end}
		if !free(w[0], w[1]) {
			continue
		}
		word := tk.lower
		switch {
		case word == "we" || word == "our" || word == "us" || word == "wij" || word == "ons" || word == "onze":
			e.mentions = append(e.mentions, mention{start: w[0], end: w[1], kind: weMention})
		case l.personPron[word] && (word == "he" || word == "she" || word == "hij"):
			e.mentions = append(e.mentions, mention{start: w[0], end: w[1], kind: personPronMention})
		case l.personPron[word] && (word == "ze" || word == "zij") && singularSpeechBeside(t, l, i):
			e.mentions = append(e.mentions, mention{start: w[0], end: w[1], kind: personPronMention})
		// "volgens hem", "according to her": the object pronoun names
		// the speaker of what the sentence reports, the last person named.
		case (word == "hem" || word == "haar" || word == "him" || word == "her") && i > 0 && (t.toks[i-1].lower == "volgens" || i > 1 && t.toks[i-1].lower == "to" && t.toks[i-2].lower == "according"):
			e.mentions = append(e.mentions, mention{start: w[0], end: w[1], kind: personPronMention})
		case word == "het":
			if dutchPronounHet(f, w[0], w[1]) {
				e.mentions = append(e.mentions, mention{start: w[0], end: w[1], kind: pronounMention})
			}
		case word == "it" || word == "its":
			e.mentions = append(e.mentions, mention{start: w[0], end: w[1], kind: pronounMention})
		case word == "they" || word == "their":
			e.mentions = append(e.mentions, mention{start: w[0], end: w[1], kind: pronounMention, plural: true})
		}
	}
}

var hetAfterVerb = regexp.MustCompile(`(?i)(?:^|[^a-z])(?:dat|of|omdat|zegt|zei|wijst|heeft|had|is|was|zal|zou|kan|kon|wil|wilde|nuanceert|al|want|maar|en|wie|wat|toen|nu|daarom|dus|waarom|blijft|stopt|doet|gaat|biedt|laat|liet|meldt|maakt|volgt|schort|trekt|verklaart|benadrukt|concludeert|stelt)\s+$`)

// dutchPronounHet tells the pronoun "het" (it) from the article "het" (the):
// after a verb or a conjunction, or at the start of a sentence before a
// verb, it stands for the company.
func dutchPronounHet(f string, s, en int) bool {
	if hetAfterVerb.MatchString(f[max(0, s-20):s]) {
		next := f[en:min(len(f), en+20)]
		// "dat het bedrijf" is a description, taken before; "dat het land" an article.
		next = strings.TrimLeft(next, " ")
		w := next
		if i := strings.IndexAny(w, " ,.;"); i >= 0 {
			w = w[:i]
		}
		switch w {
		case "land", "internet", "netwerk", "conflict", "bedrijf", "oorlog", "kremlin", "westen", "gebied", "aantal", "nieuws":
			return false
		}
		return true
	}
	if s == 0 || f[s-1] == '\n' || (s > 1 && f[s-2] == '.') {
		next := strings.TrimLeft(f[en:min(len(f), en+20)], " ")
		w := next
		if i := strings.IndexAny(w, " ,.;"); i >= 0 {
			w = w[:i]
		}
		return strings.HasSuffix(w, "t") && w != "net"
	}
	return false
}

// roleArticles may open an unnamed role ("a spokesperson", "de cto").
var roleArticles = map[string]bool{"a": true, "an": true, "the": true, "een": true, "de": true, "its": true, "zijn": true, "haar": true}

// wholeWords returns the spans of w in f from offset from on, where it
// stands as a whole word (no letter or digit glued to either side).
func wholeWords(f, w string, from int) [][2]int {
	var out [][2]int
	for i := from; w != ""; {
		j := strings.Index(f[i:], w)
		if j < 0 {
			break
		}
		s := i + j
		en := s + len(w)
		i = en
		if (s > 0 && isAlnum(f[s-1])) || (en < len(f) && isAlnum(f[en])) {
			continue
		}
		out = append(out, [2]int{s, en})
	}
	return out
}

// singularSpeechBeside reports whether the Dutch "ze" or "zij" at token i
// stands next to a singular speech verb ("..., zei ze.", "Ze zegt dat"):
// then it is "she", the last person named, not "they", which takes a
// plural verb ("zeiden ze", "ze zeggen").
func singularSpeechBeside(t *text, l *language, i int) bool {
	if l.speechVerb == nil {
		return false
	}
	singular := func(j int) bool {
		if j < 0 || j >= len(t.toks) {
			return false
		}
		a, b := t.toks[min(i, j)], t.toks[max(i, j)]
		if strings.TrimSpace(t.fold[a.end:b.start]) != "" {
			return false
		}
		w := t.toks[j].lower
		loc := l.speechVerb.FindStringIndex(w)
		return loc != nil && loc[0] == 0 && loc[1] == len(w) && !pluralVerb(w)
	}
	return singular(i-1) || singular(i+1)
}
