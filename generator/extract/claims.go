package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/newsdesk/ruscompare/generator/content"
)

// cueMatch is one cue found in a sentence (fold offsets).
type cueMatch struct {
	cue        *cue
	ownNeg     bool // the pattern spells out a negation itself
	start, end int
	// pausedService: a measure cue that ends service, worded as its
	// service paused ("suspended its streaming service"): the pause
	// stance over the same words stands with it.
	pausedService bool
}

// pausedServiceWords is a service paused, its object named as a service.
var pausedServiceWords = regexp.MustCompile(`(?i)^(?:suspend|halt|paus)\w*\b[^.]{0,40}\bservices?\b`)

// negationWord finds a pattern that negates or qualifies its own words
// ("not pulling out", "trekt zich deels terug"): such a pattern is the more
// specific reading of a phrase and wins over the plain one.
var negationWord = regexp.MustCompile(`(?i)\b(?:not|no|never|niet|geen|nooit|longer|short of|refus\w*|declin\w*|weiger\w*|partly|partially|partial|deels|gedeeltelijk)\b`)

var objectWord = regexp.MustCompile(`(?i)\b(?:with|to|for|from|as|including|like|of|on|via|through|met|aan|voor|van|zoals|bij|tegen|naar|op|over|than|dan)\s+(?:the\s+|de\s+|het\s+)?$`)

// peopleSubject ends right before a cue whose subject is people: "every
// employee who wants to", "users who", "medewerkers die".
var peopleSubject = regexp.MustCompile(`\b(?:employees?|staff|workers|people|users|citizens|residents|refugees|families|students|protesters|medewerkers|werknemers|mensen|gebruikers|burgers|inwoners|vluchtelingen|studenten)\b(?:\s+(?:who|that|die|dat)\b)?[^.,;]{0,25}$`)

// comparison ends with the words that make a company the thing compared
// with; ", like X," between commas gives examples instead ("big players,
// like Cloudflare, have stayed") and is not matched.
var comparison = regexp.MustCompile(`\b(?:similar to|(?:^|[^,]\s)like|familiar to|akin to|modelled on|modeled on|read up on|the way|lijkt (?:sterk )?op|vergelijkbaar met|naar het voorbeeld van|net als|net zoals)\b[^.;]{0,25}$`)

var passiveAgent = regexp.MustCompile(`(?i)\b(?:by|door)\s+$`)

// followsAfter is a reference whose followers stand after it.
var followsAfter = regexp.MustCompile(`(?i)^(?:as did|hetzelfde geldt|dat geldt|dit geldt|the same (?:goes|applies|is true)|net als|evenals|zoals ook)\b`)

// genericOrgs stands, in a claim by reference, for the companies in
// general that a sentence before spoke of.
const genericOrgs = "companies in general"

// channelWord ends right before a platform that only carried a company's
// announcement: "meldde via Twitter", "said through LinkedIn", "a
// statement via its Twitter account".
var channelWord = regexp.MustCompile(`(?i)\b(?:via|through|(?:posted|published|shared|wrote|written|geplaatst|gepost) (?:to|on|op)|(?:an? |het |een )?(?:update|post|message|statement|video|note|thread|bericht|filmpje)s? (?:on|op))\s+(?:its\s+|their\s+|his\s+|her\s+|zijn\s+|haar\s+|hun\s+)?$`)

// ownerOf ends right before the company whose shops, offices or business
// a cue is about: "de winkels van H&M en Zara gaan dicht" reports H&M's
// step, though "van" usually makes a company an object; so does an exit
// named as a noun ("het verdwijnen van X uit Rusland").
var ownerOf = regexp.MustCompile(`(?i)\b(?:winkels|filialen|vestigingen|restaurants|fabrieken|kantoren|webwinkels?|activiteiten|stores|shops|restaurants|offices|factories|operations|verdwijnen|vertrek|terugtrekking|terugtrekken|aftocht)\s+(?:van|of)\s+$`)

// russianObject ends right before a Russian company named inside a cue:
// the partner a step cuts off ("zijn belang in het Russische
// staatsoliebedrijf Rosneft te dumpen"), never the one taking it.
var russianObject = regexp.MustCompile(`(?i)\b(?:russische|russian|russia's|rusland's)\b[^,.;:]{0,30}$`)

// companyNoun is a plural noun for companies: the subject of a clause
// whose examples follow ("ondernemingen die vertrokken, zoals Ikea"), in
// Dutch also as the head of a compound ("autofabrikanten die stoppen,
// waaronder BMW", "sportmerken").
var companyNoun = regexp.MustCompile(`(?i)\b(?:among (?:those|these)|onder (?:hen|die|deze)|companies|firms|businesses|brands|corporations|multinationals|retailers|manufacturers|\w*makers|exporters|suppliers|vendors|lessors|lenders|operators|carriers|providers|insurers|banks|chains|platforms|hosts|studios|publishers|conglomerates|giants|bedrijven|ondernemingen|merken|concerns|multinationals|winkelketens|namen|names|\w+(?:bedrijven|fabrikanten|producenten|bouwers|concerns|ketens|aanbieders|leveranciers|uitgevers|maatschappijen)|\w{4,}merken)\b`)

// companiesRightBefore is a bare plural noun for companies ending right
// before a cue: the cue's own, generic subject.
var companiesRightBefore = regexp.MustCompile(`(?i)\b(?:companies|firms|businesses|corporations|brands|rivals|competitors|peers|counterparts)(?:'\s+(?:moves?|decisions?|plans?|efforts?|steps?)\s+to)?\s+$`)

// exampleIntro ends right before the first of a list of examples.
// A short description may stand between ("include Japanese apparel chain
// Uniqlo").
var exampleIntro = regexp.MustCompile(`(?i)(?:\b(?:such as|including|includes?|included|among them|like|rang(?:e|es|ed|ing) from|zoals|waaronder|onder meer|onder andere|bijvoorbeeld)\s*:?\s*(?:[a-z][\w-]*\s+){0,3}|:\s*)$`)

// amongSubject is a sentence that puts its subject last: "Among the
// companies with no plans to exit is Koch", "Onder de blijvers is X".
var amongSubject = regexp.MustCompile(`(?i)^\W*(?:among|onder)\b`)

// inverted ends right before the subject of such a sentence.
var inverted = regexp.MustCompile(`(?i)\b(?:is|are|was|were|zijn|waren)\s+$`)

// gerundSubject is a clause that starts with a verb in -ing used as a
// noun: "Cutting off a student's website helps nobody" describes a step,
// it does not report one.
var gerundSubject = regexp.MustCompile(`^["']?\s*[A-Z][a-z]+ing\b`)

// subjectBefore finds an organisation the registry does not know in the
// subject position right before a cue: a capitalised name at the start of
// the clause ("BICS trekt zich niet terug", "Acme has suspended sales").
func (a *analysis) subjectBefore(si, cueStart int) string {
	return a.subjectFrom(a.t.sents[si].start, cueStart)
}

// clauseStart finds where the clause of a cue begins after a company named
// earlier in the sentence ("KPN en Proximus maken bellen gratis, BICS
// blijft in Rusland"): after the last comma or semicolon between them.
var clauseBreak = regexp.MustCompile(`[,;]\s+`)

// newClause ends a demand: a cue after it is the text's own report again
// ("The exodus adds to pressure on the Kremlin, and Russians can no longer
// buy X after X halted exports").
var newClause = regexp.MustCompile(`(?i);|,\s+(?:and|but|while|whereas|en|maar|terwijl)\s`)

// newClauseIn reports a new clause opening between fold offsets from and
// to, other than a list's ", and" between two companies that are the
// demand's own object ("called upon tech giants -- including Apple,
// Google, Netflix, and Meta -- to halt ..."). A list after a comma is a
// subject of its own ("Under pressure from users, A, B, and C have
// announced ..."), and its ", and" still counts.
func (a *analysis) newClauseIn(from, to int) bool {
	objectList := false
	for _, m := range a.e.mentions {
		if m.kind == orgMention && m.start >= from && m.start < to {
			objectList = !strings.Contains(a.t.fold[from:m.start], ",")
			break
		}
	}
	for _, loc := range newClause.FindAllStringIndex(a.t.fold[from:to], -1) {
		s, e := from+loc[0], from+loc[1]
		inList := false
		if !objectList {
			return true
		}
		for _, m := range a.e.mentions {
			if m.kind == orgMention && m.end == s {
				for _, n := range a.e.mentions {
					if n.kind == orgMention && n.start == e {
						inList = true
					}
				}
			}
		}
		if !inList {
			return true
		}
	}
	return false
}

// factRelative is a relative clause after a demand's object that reports
// what the object does ("Pressure is mounting on brands including A and
// B, which are continuing their sales in Russia"): a cue inside it, before
// the clause closes, is the text's own report.
var factRelative = regexp.MustCompile(`(?i),\s+(?:which|who|die)\s+(?:are|is|were|was|have|has|had|zijn|is|waren|was|hebben|heeft|hadden|had)\b[^,;]*$`)

// frontedSubject returns the part of a cue after a fronted adverbial
// closed by a comma ("for families displaced by the fighting, dozens of
// telcos have donated"), where the cue's own subject stands; else "".
func frontedSubject(cue string) string {
	if i := strings.Index(cue, ", "); i >= 0 {
		return cue[i+2:]
	}
	return ""
}

// stakeIn ends right before the company a stake or a holding is in.
var stakeIn = regexp.MustCompile(`(?i)\b(?:stakes?|holdings?|shares?|shareholdings?|interests?|investments?|belang|aandelen|deelneming)\s+(?:in|into)\s+(?:the\s+|de\s+|het\s+)?$`)

// concessiveBefore ends right after "despite" and what it opens, up to a
// demand: "despite Kyiv's calls for it to sever all ties".
var concessiveBefore = regexp.MustCompile(`(?i)\b(?:despite|in spite of|notwithstanding|ondanks)\b[^,.;]*$`)

// concessiveDemand reports a demand inside a concessive phrase that a
// comma closes before the cue at cueStart: "despite Kyiv's calls for it to
// sever all ties with Russia, the company would continue doing business
// there" reports what the company does, not what was asked.
func (a *analysis) concessiveDemand(sentStart, demand, cueStart int) bool {
	return concessiveBefore.MatchString(a.t.fold[max(sentStart, demand-40):demand]) && strings.Contains(a.t.fold[demand:cueStart], ", ")
}

// companiesTail ends a demand's object that is companies in general, right
// before a cue that describes them ("pressure other multinationals still
// operating in the country, which include A and B"): the cue is what they
// do, the text's own report, not what is asked of them.
var companiesTail = regexp.MustCompile(`(?i)\b(?:companies|firms|businesses|corporations|multinationals|brands|retailers|groups)\s+$`)

// conjunction starts a new clause whose negation is its own: "verlaat
// Rusland en zal geen apparaten meer onderhouden" still leaves.
var conjunction = regexp.MustCompile(`\b(?:en|maar|of|and|but|or)\b`)

// clauseOpener is the conjunction that opens a clause after a comma:
// ", while B said".
var clauseOpener = regexp.MustCompile(`^(?:while|whereas|and|but|although|though|terwijl|en|maar|hoewel)\s+`)

// subjectFrom is subjectBefore for the clause that starts at from.
func (a *analysis) subjectFrom(from, cueStart int) string {
	f := a.t.fold
	head := f[from:cueStart]
	// Skip an opening adverb: "Meanwhile, ", "Ook ".
	trim := strings.TrimLeft(head, "\"' ")
	if i := strings.Index(trim, ", "); i > 0 && i < 14 && !strings.Contains(trim[:i], " ") {
		trim = trim[i+2:]
	}
	for _, w := range []string{"Ook ", "Also ", "Even ", "Zelfs ", "Nu ", "Now "} {
		trim = strings.TrimPrefix(trim, w)
	}

	run := capRun.FindString(trim)
	if run == "" || !strings.HasPrefix(trim, run) {
		return ""
	}
	rest := strings.TrimSpace(trim[len(run):])
	// The cue must follow the name closely (an auxiliary at most), and no
	// name may stand between: in "Amsterdamse datacenteruitbater Datakade
	// zet ..." the capitalised adjective is not the subject.
	reports := len(strings.Fields(rest)) > 2 && a.reportsOwnStep(rest)
	if (len(strings.Fields(rest)) > 2 && !reports && !auxiliaryGap.MatchString(rest)) || capRun.MatchString(rest) && !reports {
		return ""
	}
	// "L’Oréal" cut at its apostrophe leaves a lone letter, no name.
	if len(run) < 2 {
		return ""
	}
	words := strings.Fields(run)
	// "Berlin-based Veltcom": where it is based is no part of the name;
	// nor is an article ("A Nintendo spokesperson told ...").
	for len(words) > 1 && (basedIn.MatchString(words[0]) || a.isCommonWord(words[0])) {
		words = words[1:]
		run = strings.Join(words, " ")
	}
	if a.x.notProvAll[words[0]] || a.x.notProvAll[run] || a.l.adjectiveRun(run) || a.x.people[run].Name != "" || a.e.people[run] != nil {
		return ""
	}
	// A registry company is the subject under its own id, never a new one
	// ("Colt Technology Services said it had halted ...").
	if id := a.x.nameID[run]; id != "" {
		return id
	}
	// "InterContinental Hotel Group (IHG) said ...": the short form in
	// brackets names the registered company the run spells its own way.
	if sm := bracketedShort.FindStringSubmatch(trim[len(run):]); sm != nil {
		if id := a.x.nameID[sm[1]]; id != "" {
			return id
		}
	}
	// A headline in title case ("Big Payment Firms Suspend Service")
	// opens with words, not a name.
	if titleCasedWords(f, run) {
		return ""
	}
	// "McDonald's said it was closing ...": the registry name ends in
	// the "'s" the run of capitals stopped before.
	if id := a.x.nameID[run+"'s"]; id != "" && strings.HasPrefix(trim[len(run):], "'s") {
		return id
	}
	// "DataArt IT company stops ...", "Acme Russia said ...": a registry
	// name with more capitalised words after it is that company, not a
	// new one named by the whole run.
	for k := len(words) - 1; k >= 1; k-- {
		if id := a.x.nameID[strings.Join(words[:k], " ")]; id != "" {
			return id
		}
	}
	// A lone word at a sentence start may be any noun ("Users"), unless
	// it reports its own step ("Acme said it stops ...").
	if len(words) == 1 && (a.isCommonWord(run) || !a.properNoun(run) && !reports) {
		return ""
	}
	start := cueStart - len(head) + strings.Index(head, run)
	// In a headline written in title case every word is capitalised:
	// "Carnival Brands Set to Drop Russia Calls" names Carnival, not a
	// company "Carnival Brands Set". Only the registry names one there.
	if a.inTitleCaseHeadline(start) {
		return ""
	}
	id := a.x.orgID(run)
	if id == "" {
		return ""
	}
	a.e.addOrg(id, a.t.span(start, start+len(run)), true)
	return id
}

// inTitleCaseHeadline reports a position in the headline when the
// headline capitalises most of its longer words, as English outlets'
// title case does.
func (a *analysis) inTitleCaseHeadline(pos int) bool {
	for _, p := range a.t.paras {
		if !p.title || pos < p.start || pos >= p.end {
			continue
		}
		long, capital := 0, 0
		for _, w := range strings.Fields(a.t.fold[p.start:p.end]) {
			w = strings.Trim(w, "\"'‘’“”:,.;!?()")
			if len(w) < 4 {
				continue
			}
			long++
			if w[0] >= 'A' && w[0] <= 'Z' {
				capital++
			}
		}
		return long >= 4 && 4*capital >= 3*long
	}
	return false
}

// auxiliaryGap is what may stand between a subject and its verb besides
// one or two words: an auxiliary, an adverb and a possessive ("AFAS heeft
// eveneens zijn activiteiten stopgezet", "Acme has also its").
var auxiliaryGap = regexp.MustCompile(`(?i)^(?:has|have|had|is|was|will|would|heeft|hebben|had|is|zal|gaat|wil)\s+(?:\w+\s+)?(?:its|their|all|zijn|haar|hun|alle|de|het)$`)

// reportedSelf is the end of a report about the speaker's own step:
// "... that it", "... dat het zal".
// The speaker's own things count too: "BOC Aviation said most of its
// [Russian leases would be terminated]".
var reportedSelf = regexp.MustCompile(`(?i)\b(?:(?:that|dat)\s+)?(?:(?:it|het|zij|ze|they)(?:\s+(?:has|had|have|will|would|is|was|were|heeft|had|zal|zou|wil|gaat))?|(?:(?:all|most|some|many|part|half) of\s+)?(?:its|their))\s*$`)

// reportsOwnStep reports the words between a subject and a cue that make
// the subject the cue's agent through a speech verb: "Acme [said on
// Monday that it] stops all sales", "Colt [said it had] halted".
func (a *analysis) reportsOwnStep(between string) bool {
	if a.l.speechVerb == nil || len(strings.Fields(between)) > 10 {
		return false
	}
	v := a.l.speechVerb.FindStringIndex(between)
	return v != nil && len(strings.Fields(between[:v[0]])) <= 1 && reportedSelf.MatchString(between[v[1]:])
}

// properNoun reports a word that the text also capitalises where no
// sentence starts, so that "Users" at the head of a sentence is not taken
// for a company while "BICS" is.
func (a *analysis) properNoun(w string) bool {
	if nameShaped(w) || a.neverLower(w) {
		return true
	}
	f := a.t.fold
	for i := 0; ; {
		j := strings.Index(f[i:], w)
		if j < 0 {
			return false
		}
		p := i + j
		i = p + len(w)
		if p > 0 && isAlnum(f[p-1]) || i < len(f) && isAlnum(f[i]) {
			continue
		}
		before := strings.TrimRight(f[max(0, p-3):p], " ")
		if p > 1 && before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?\"'\n:") {
			return true
		}
	}
}

// nameShaped reports a word that only a name is shaped like: a digit or
// a capital after its first letter ("Unit4", "AFAS", "DigitalOcean").
func nameShaped(w string) bool {
	for i := 1; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// neverLower reports a word the text writes at least twice, always
// capitalised and never in lower case: a name ("Heineken"), where an
// ordinary word at sentence starts ("Users") also occurs in lower case.
func (a *analysis) neverLower(w string) bool {
	if v, ok := a.lowerSeen[w]; ok {
		return v // scanning the text once per word keeps long texts linear
	}
	if a.lowerSeen == nil {
		a.lowerSeen = map[string]bool{}
	}
	v := a.scanNeverLower(w)
	a.lowerSeen[w] = v
	return v
}

func (a *analysis) scanNeverLower(w string) bool {
	lw := strings.ToLower(w)
	if lw == w {
		return false
	}
	n := 0
	for i := 0; ; {
		j := strings.Index(a.t.lower[i:], lw)
		if j < 0 {
			break
		}
		p := i + j
		i = p + len(lw)
		if p > 0 && isAlnum(a.t.lower[p-1]) || i < len(a.t.lower) && isAlnum(a.t.lower[i]) {
			continue
		}
		if a.t.fold[p] != w[0] {
			return false // written in lower case somewhere
		}
		n++
	}
	return n >= 2
}

// isCommonWord reports a capitalised sentence-initial word that is an
// ordinary word of either language (a stop word), not a name.
func (a *analysis) isCommonWord(w string) bool {
	lw := strings.ToLower(w)
	for _, list := range a.x.lx.Stopwords {
		for _, s := range list {
			if s == lw {
				return true
			}
		}
	}
	return strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ly")
}

var genericSubject = regexp.MustCompile(`(?i)\b(?:many|more|several|other|some|most|numerous|various|dozens of|hundreds of|a number of|a host of|a slew of|a string of)\s+(?:[\w-]+\s+){0,3}(?:companies|firms|businesses|providers|brands|tech firms|corporations|platforms|networks|exchanges|banks|retailers|carriers|sites|telcos|operators|multinationals|manufacturers|makers|chains|startups|start-ups|fintechs|producers|suppliers|insurers|lenders|automakers|carmakers|airlines|publishers|studios|developers|vendors|groups|houses)\b|\bothers\b|\b(?:veel|meer|andere|sommige|tal van|tientallen|honderden|verschillende|diverse|een aantal|een reeks)\s+(?:[\w-]+\s+){0,3}(?:\w*bedrijven|ondernemingen|\w*merken|\w*aanbieders|\w*fabrikanten|\w*producenten|\w*bouwers|\w*concerns|\w*ketens|multinationals)\b|\b(?:meer dan|ruim|bijna|zo'n|de meeste|het merendeel van|\d[\d.]* van de|van de \d[\d.]*)\s+(?:[^.,;:]|\d[.,]\d){0,40}\b(?:\w*bedrijven|ondernemingen|\w*concerns|multinationals)\b|\b(?:\w*sector|industry|bedrijfsleven)\b`)

// opposite reports effects that cannot both hold for one phrase.
func opposite(x, y string) bool {
	leaving := func(e string) bool { return e == "withdraw" || e == "suspend" }
	return leaving(x) && y == "stay" || leaving(y) && x == "stay"
}

// stanceEffect maps a stance id to the effect a measure must have to agree.
var stanceEffect = map[string]string{"withdraws": "withdraw", "suspends": "suspend", "restricts": "restrict", "stays": "stay"}

func agree(a, b *cue) bool {
	if !a.stance && !b.stance {
		// Two different measures in one phrase can both hold ("stopped
		// doing business with state-owned companies and sanctioned
		// entities"), unless one says the company stays and the other
		// that it leaves.
		return a.id != b.id && !opposite(a.effect, b.effect)
	}
	if a.stance && b.stance {
		// "stopt volledig met": a pause cue and an exit cue over the same
		// words both stand, and the stance rule lets the exit win.
		return a.id != b.id && (a.id == "withdraws" || b.id == "withdraws") && (a.id == "suspends" || b.id == "suspends")
	}
	if a.stance == b.stance {
		return false
	}
	st, me := a, b
	if b.stance {
		st, me = b, a
	}
	// Restricting is staying with limits: a restriction cue and a measure
	// that keeps the business going or pauses part of it describe one
	// step ("blijft verkopen wat het essentieel acht": restricts with
	// maintain-network; "pulled one game from the Russian store": restricts
	// with suspend-sales).
	if st.id == "restricts" && (me.effect == "stay" || me.effect == "suspend") {
		return true
	}
	return stanceEffect[st.id] == me.effect
}

// findClaims matches every cue in every sentence, drops what is negated,
// hypothetical or demanded of others, and gives each cue to the company
// the sentence is about.
func (a *analysis) findClaims() {
	t := a.t
	for si, s := range t.sents {
		// A cross-head is read for the company it names, not for a step:
		// "## Oprichter op sanctielijst" is a section's label.
		if t.paras[s.para].heading {
			continue
		}
		var matches []cueMatch
		toks := t.tokensIn(s.start, s.end)
		work := 0
		for _, p := range a.l.cueIndex.candidates(toks, a.sc) {
			// The work limit: each pattern tried scans the sentence once.
			if work += s.end - s.start; work > a.x.sentenceWork {
				a.warnf(s.start, "cue matching stopped after %d bytes of work (the limit per sentence): a sentence this dense is likely not prose", a.x.sentenceWork)
				break
			}
			a.sc.found = p.matchAll(t, s.start, s.end, toks, a.sc.found[:0])
			for _, m := range a.sc.found {
				cm := cueMatch{cue: p.cue, ownNeg: p.ownNeg, start: m[0], end: m[1]}
				cm.pausedService = !p.cue.stance && p.cue.effect == "withdraw" && pausedServiceWords.MatchString(t.fold[m[0]:m[1]])
				matches = append(matches, cm)
			}
		}
		matches = a.dropIdiomNegations(s.start, s.end, matches)
		if len(matches) == 0 {
			continue
		}
		matches = dropOverlaps(matches)
		demand := a.demandAt(si)
		segments := a.segments(si)
		for _, m := range matches {
			if m.cue.unless != nil && m.cue.unless.MatchString(t.fold[m.start:min(s.end, m.end+30)]) {
				continue
			}
			if a.placedElsewhere(si, m) {
				continue
			}
			// A step outside Russia (Russian goods dropped at home, service
			// kept in Ukraine) says nothing of the company's presence in
			// Russia: it names the company, as unclear, and is no measure.
			outside := a.outsideRussia(si, m)
			if m.start > demand && !a.newClauseIn(demand, m.start) && !factRelative.MatchString(t.fold[demand:m.start]) && !companiesTail.MatchString(t.fold[demand:m.start]) && !a.concessiveDemand(s.start, demand, m.start) {
				continue
			}
			seg := segmentOf(segments, m.start)
			// A hypothetical marker counts near the cue only: "would" at the
			// far end of a long clause says nothing about this step, nor
			// does one in a clause joined after it ("trokken zich terug en
			// verklaarden dat het niet anders kon").
			hypoEnd := min(seg[1], m.end+40)
			if hypoEnd <= m.end {
				// The cue runs to the clause's end: nothing after it.
			} else if c := conjunction.FindStringIndex(t.fold[m.end:hypoEnd]); c != nil {
				hypoEnd = m.end + c[0]
			}
			if a.hypothetical(max(seg[0], m.start-60), hypoEnd, seg) {
				continue
			}
			// A step only weighed ("to assess all options, including a
			// withdrawal") tells no stance, but the company is reported on.
			weighed := a.weighed(seg, m)
			if weighed && !m.cue.stance {
				continue
			}
			// "every employee who wants to leave the country": people, not
			// the company, do what the cue says.
			if peopleSubject.MatchString(t.lower[max(seg[0], m.start-40):m.start]) {
				continue
			}
			if m.start-seg[0] < 3 && a.l == a.x.langs["en"] && gerundSubject.MatchString(t.fold[seg[0]:m.end]) {
				continue
			}
			id, explicit := m.cue.id, true
			if !m.ownNeg && a.negated(seg, m) {
				if m.cue.negatedAs == "" {
					continue
				}
				id, explicit = m.cue.negatedAs, false
			}
			if weighed || id == "withdraws" && a.l.partnerDeal != nil && a.l.partnerDeal.matches(t, m.start, min(s.end, m.end+25), a.sc) {
				// Weighed, or a partner dropped (in the cue or the few
				// words after it: "zet een punt achter de sponsordeal met
				// Russische bedrijven"): no exit.
				id, explicit = "unclear", false
			}
			// "McDonald's sluit voorlopig alle vestigingen": an exit or a
			// restriction for now is a pause.
			if m.cue.stance && explicit && (id == "withdraws" || id == "restricts") && a.l.temporary != nil && a.l.temporary.matches(t, max(seg[0], m.start-25), m.end, a.sc) {
				id = "suspends"
			}
			stance := m.cue.stance
			if !explicit {
				// A negated measure stands for a measure; a negated stance
				// for a stance.
				stance = m.cue.stance
			}
			if outside {
				id, explicit, stance = "unclear", false, true
			}
			orgs, conf := a.attribute(si, m)
			orgs = a.aidGivers(si, m, orgs)
			if len(orgs) == 0 {
				if id := a.aidSubject(si, m); id != "" {
					orgs, conf = []string{id}, aidGiverConf
				} else if cs := a.aidCarriers(si, m); len(cs) > 0 {
					orgs = cs
				}
			}
			// "Sony treedt in de voetsporen van bedrijven die Rusland
			// verlaten": the companies of the relative clause leave, not
			// Sony; their examples ("..., zoals A en B") are named. A
			// subject made one of them ("Cisco komt in een rij van
			// bedrijven die ...") takes their step by reference, so that
			// its own words win where they differ.
			var members []string
			rel, member := a.relativeStep(si, m)
			if rel && a.hearsayRelative(si, m) {
				// "een lijst van bedrijven die volgens de Oekraïners nog
				// niet uit Rusland zijn vertrokken": others' charge, no
				// company's reported step.
				continue
			}
			if rel {
				if member {
					// "Zij behoren, samen met A en B, bij de bedrijven
					// die ...": the list "Zij" stands for is one too.
					members = appendUnique(orgs, a.openingPluralList(si)...)
				}
				orgs = a.examplesAfter(si, m)
				conf = 0.65
				if len(orgs) == 0 && !member {
					a.generic = append(a.generic, claim{org: genericOrgs, start: m.start, cue: m.cue, id: id, stance: stance, sent: si, confidence: 0.65, explicit: explicit})
				}
			}
			for _, o := range members {
				if !contains(orgs, o) {
					a.claims = append(a.claims, claim{org: o, byRef: genericOrgs, cue: m.cue, id: id, stance: stance, sent: si, confidence: 0.55, explicit: explicit})
				}
			}
			if len(orgs) == 0 && (genericSubject.MatchString(t.fold[s.start:m.start]) || genericSubject.MatchString(frontedSubject(t.fold[m.start:m.end]))) {
				// "Steeds meer bedrijven sluiten hun winkels": nobody's
				// step yet, but "Onder meer Ikea namen deze stap" after it
				// takes it over.
				a.generic = append(a.generic, claim{org: genericOrgs, start: m.start, cue: m.cue, id: id, stance: stance, sent: si, confidence: 0.65, explicit: explicit})
			} else if len(orgs) == 0 {
				// Nobody's step unless a list of whom it was follows ("A
				// dozen chains halted sales. They are A, B and C.").
				a.unowned = append(a.unowned, claim{org: genericOrgs, start: m.start, cue: m.cue, id: id, stance: stance, sent: si, confidence: 0.6, explicit: explicit})
			}
			for _, o := range orgs {
				a.claims = append(a.claims, claim{org: o, cue: m.cue, id: id, stance: stance, sent: si, confidence: conf, explicit: explicit})
			}
		}
	}
}

// followClaims gives a company that "followed" (or "did the same") the
// claims of the clause before it in the same sentence, or else of the
// sentence before: "Cogent disconnected its Russian customers, and Lumen
// followed days later."
func (a *analysis) followClaims() {
	if a.l.follow == nil {
		return
	}
	t := a.t
	for si, s := range t.sents {
		for _, m := range a.l.follow.find(t, s.start, s.end, a.sc) {
			// The followers: the company named nearest before the cue,
			// with its list ("Ook Warner Bros. en Paramount hebben
			// vergelijkbare maatregelen genomen").
			var followers []string
			for _, mi := range a.mentionsIn(s.start, m[0]) {
				if orgs := a.resolve(mi, si); len(orgs) > 0 && a.inQuote(a.e.mentions[mi].start) < 0 {
					followers = orgs
					if a.e.mentions[mi].kind == orgMention {
						followers = a.groupAt(mi)
					}
				}
			}
			// "Hetzelfde geldt voor Microsoft", "the same goes for AMD",
			// "as did Papa John's": the followers come after the cue.
			if len(followers) == 0 || followsAfter.MatchString(t.fold[m[0]:m[1]]) {
				followers = nil
				for _, mi := range a.mentionsIn(m[1], s.end) {
					if a.e.mentions[mi].kind == orgMention && a.inQuote(a.e.mentions[mi].start) < 0 {
						followers = a.groupAt(mi)
						break
					}
				}
			}
			// "Microsoft deed hetzelfde met Electronic Arts", "X did the
			// same, along with Y": a company right after the cue acts too.
			for _, mi := range a.mentionsIn(m[1], s.end) {
				mm := a.e.mentions[mi]
				if mm.kind == orgMention && a.inQuote(mm.start) < 0 && coFollower.MatchString(t.fold[m[1]:mm.start]) {
					followers = appendUnique(followers, a.groupAt(mi)...)
				}
				break
			}
			// "meer bedrijven zullen volgen", "others may follow": a
			// prediction about companies in general follows nobody.
			if len(followers) == 0 || genericSubject.MatchString(t.fold[s.start:m[0]]) || a.hypothetical(s.start, m[0], [2]int{s.start, m[0]}) {
				continue
			}
			// What the clause before it says, in this sentence; else in
			// the nearest sentence before that says something of another
			// company (a quote or a detail may stand between).
			var from []claim
			for want := si; want >= 0 && want >= si-3 && len(from) == 0; want-- {
				for _, c := range a.claims {
					if c.sent == want && !contains(followers, c.org) && c.byRef == "" {
						from = append(from, c)
					}
				}
				if len(from) > 0 {
					// An approach in an earlier sentence is the antecedent's
					// whole approach: what the two sentences before that
					// one say of the same company counts too ("P and U
					// keep selling essentials but stop advertising. U has
					// halted imports. N and D are taking similar
					// approaches.").
					if want < si && approachWord.MatchString(t.fold[m[0]:m[1]]) {
						from = a.approachOf(from, want)
					}
					break
				}
				for _, c := range a.generic {
					if c.sent == want {
						from = append(from, c)
					}
				}
			}
			for _, follower := range followers {
				for _, c := range from {
					c.byRef, c.org, c.sent = c.org, follower, si
					c.confidence -= 0.15
					a.claims = append(a.claims, c)
				}
			}
		}
	}
}

// exampleClaims gives the companies of a sentence that only names
// examples ("Het gaat bijvoorbeeld om automakers als BMW en Volvo",
// "Among them are A and B") the step the sentence before it gave to
// companies in general ("Steeds meer bedrijven stoppen met leveringen aan
// Rusland"), by reference: the sentence says who those companies are.
func (a *analysis) exampleClaims() {
	if a.l.examples == nil || len(a.generic) == 0 {
		return
	}
	t := a.t
	for si := 1; si < len(t.sents); si++ {
		s := t.sents[si]
		var from []claim
		for _, c := range a.generic {
			if c.sent == si-1 {
				from = append(from, c)
			}
		}
		if len(from) == 0 {
			continue
		}
		opens := false
		for _, m := range a.l.examples.find(t, s.start, s.end, a.sc) {
			// The sentence must open with it: "Zo gaat het om", not a
			// subordinate clause far into it.
			if m[0]-s.start <= exampleOpening {
				opens = true
				break
			}
		}
		if !opens && !a.bareList(si) {
			continue
		}
		own := map[string]bool{}
		for _, c := range a.claims {
			if c.sent == si {
				own[c.org] = true
			}
		}
		for _, mi := range a.mentionsIn(s.start, s.end) {
			m := a.e.mentions[mi]
			if m.kind != orgMention || a.inQuote(m.start) >= 0 {
				continue
			}
			for _, org := range a.groupAt(mi) {
				if own[org] {
					continue
				}
				own[org] = true
				for _, c := range from {
					c.byRef, c.org, c.sent = genericOrgs, org, si
					c.confidence = 0.55
					a.claims = append(a.claims, c)
				}
			}
		}
	}
}

// bareListMin is how many companies a sentence must list, with nothing
// else said of them, to be read as the examples of the general step just
// before it.
const bareListMin = 3

// bareListIntro ends right before such a list: a preposition or a colon.
var bareListIntro = regexp.MustCompile(`(?i)(?:\b(?:from|by|with|of|including|such as|like)|:)\s*$`)

// bareList reports a sentence that says nothing of its companies but
// lists them ("Dozens of operators have donated call minutes. This
// morning we heard from A, B, C and D."): no claim of its own, and every
// company it names outside quotes in one list of at least bareListMin.
func (a *analysis) bareList(si int) bool {
	for _, c := range a.claims {
		if c.sent == si {
			return false
		}
	}
	s := a.t.sents[si]
	var list []string
	named := 0
	for _, mi := range a.mentionsIn(s.start, s.end) {
		m := a.e.mentions[mi]
		if m.kind != orgMention || a.inQuote(m.start) >= 0 {
			continue
		}
		named++
		if list == nil {
			// Named as whom the text heard from, not as the subject of a
			// clause of their own ("A, B and C reported earnings").
			if !bareListIntro.MatchString(a.t.fold[s.start:m.start]) {
				return false
			}
			list = a.groupAt(mi)
		}
		if !contains(list, m.org) {
			return false
		}
	}
	return len(list) >= bareListMin && named == len(list)
}

// ellipsisClaims gives the companies of a sentence's last clause that
// only adds them ("..., maar ook Apple.", "but also Apple.") the claims
// the sentence makes of companies named before it, by reference.
func (a *analysis) ellipsisClaims() {
	if a.l.ellipsis == nil {
		return
	}
	t := a.t
	n := len(a.claims)
	for si, s := range t.sents {
		for _, e := range a.l.ellipsis.find(t, s.start, s.end, a.sc) {
			var added []string
			rest := t.fold[e[1]:s.end]
			for _, mi := range a.mentionsIn(e[1], s.end) {
				m := a.e.mentions[mi]
				if m.kind != orgMention || a.inQuote(m.start) >= 0 {
					continue
				}
				added = appendUnique(added, m.org)
				rest = strings.Replace(rest, t.fold[m.start:m.end], "", 1)
			}
			// Only names and a few words that describe them: a clause
			// with its own verb says its own thing.
			if len(added) == 0 || len(strings.Fields(strings.Trim(rest, " .,;!?"))) > ellipsisWords {
				continue
			}
			seen := map[string]bool{} // one claim per step, of whichever antecedent
			for _, c := range a.claims[:n] {
				if c.sent != si || c.byRef != "" || contains(added, c.org) || seen[c.id] {
					continue
				}
				seen[c.id] = true
				for _, org := range added {
					c.byRef, c.org = c.org, org
					c.confidence -= 0.15
					a.claims = append(a.claims, c)
				}
			}
		}
	}
}

// ellipsisWords is how many words besides the names an adding clause may
// hold ("maar ook het Amerikaanse Apple en Google").
const ellipsisWords = 4

// exampleOpening is how far into a sentence (in bytes) an examples cue
// may start: a short adverb may come first ("Zo gaat het om ...").
const exampleOpening = 12

// joinsIn ends right before a cue whose subject joins the companies named
// between: "joins the likes of A and B in shutting down services".
var joinsIn = regexp.MustCompile(`(?i)\bjoin(?:s|ed|ing)?\b[^.;]{0,120}\s+(?:in|to(?:\s+(?:start|begin|also)\w*)?)\s+$`)

// approachWord marks a follow cue that refers to a whole approach, not
// to the last step ("taking similar approaches", "the same course").
var approachWord = regexp.MustCompile(`(?i)\b(?:approach(?:es)?|paths?|courses?|stances?|strateg(?:y|ies)|koers|aanpak|houding|strategie)\b`)

// approachOf adds to the claims of sentence want the other claims made
// of the same companies in the two sentences before it.
func (a *analysis) approachOf(from []claim, want int) []claim {
	orgs := map[string]bool{}
	for _, c := range from {
		orgs[c.org] = true
	}
	for _, c := range a.claims {
		if c.sent < want && c.sent >= want-2 && orgs[c.org] && c.byRef == "" {
			from = append(from, c)
		}
	}
	return from
}

// coFollower is what stands between a follow cue and a company that took
// the step together with the follower: "deed hetzelfde met X", "did the
// same, along with Y".
var coFollower = regexp.MustCompile(`(?i)^(?:\s+(?:op|on|in)\s+\d+\s+\w+)?,?\s+(?:samen met|met|evenals|along with|together with|as did|and|en)\s+$`)

// precedentIntro ends right before a company that took the same step
// earlier: "Na chipmakers als Intel en AMD stopt nu ook Samsung", "the
// second provider to pause after Cogent".
var precedentIntro = regexp.MustCompile(`(?i)\b(?:after|na)\s+(?:[\w-]+\s+){0,3}?(?:(?:als|zoals|like|such as)\s+)?$`)

// sameAsPhrase is a sentence that says its company did what others did
// before ("volgt het voorbeeld van X", "op een vergelijkbare manier als
// X", "follows the lead of X"); sameAsIntro ends right before such an X,
// after at most a few words that describe it ("branchegenoten", "het
// Duitse"). "Net als X" is left out: "Lumen is net zoals Cogent een
// backbone provider en stopt" compares what they are, not what they did.
var (
	sameAsPhrase = mustQuick(`(?i)\b(?:(?:volgt|volgen|volgde|volgden|follows?|followed|following)\s+(?:[\w-]+\s+){0,3}?(?:het voorbeeld|de weg|het spoor|the (?:lead|example)|in the footsteps)\s+(?:van|of)|op\s+(?:een\s+)?(?:vergelijkbare|soortgelijke|gelijkaardige|dezelfde)\s+(?:manier|wijze|lijn)\s+als|in (?:the )?same way as)\s`)
	sameAsIntro  = regexp.MustCompile(`(?i)\b(?:(?:het voorbeeld|de weg|het spoor|the (?:lead|example)|in the footsteps)\s+(?:van|of)|(?:manier|wijze|lijn)\s+als|same way as)\s+(?:[\w-]+\s+){0,2}?$`)
)

// ownClaimsOfOne returns the claims sentence si makes of its own (not by
// reference), when they are all of one company: of several, which one a
// later "het bedrijf volgt het voorbeeld van X" means is not known.
func (a *analysis) ownClaimsOfOne(si, n int) []claim {
	var own []claim
	for _, c := range a.claims[:n] {
		if c.sent == si && c.byRef == "" {
			if len(own) > 0 && own[0].org != c.org {
				return nil
			}
			own = append(own, c)
		}
	}
	return own
}

// subjectClaims returns the article's own claims of the one company that
// the words up to the example in a sameAsPhrase of sentence si name or refer to ("de
// streamingdienst", "het bedrijf"), when they resolve to exactly one.
func (a *analysis) subjectClaims(si, n int) []claim {
	s := a.t.sents[si]
	at := sameAsPhrase.FindStringIndex(a.t.fold[s.start:s.end])
	if at == nil {
		return nil
	}
	var subject []string
	// The phrase takes in the subject of Dutch inversion ("volgt het
	// bedrijf het voorbeeld van "); the example named after it is not in.
	for _, mi := range a.mentionsIn(s.start, s.start+at[1]) {
		if a.inQuote(a.e.mentions[mi].start) < 0 {
			subject = appendUnique(subject, a.resolve(mi, si)...)
		}
	}
	if len(subject) != 1 {
		return nil
	}
	var own []claim
	for _, c := range a.claims[:n] {
		if c.org == subject[0] && c.byRef == "" {
			own = append(own, c)
		}
	}
	return own
}

// nearestOwnClaimsOfOne returns ownClaimsOfOne of the nearest of the
// sentenceLookBack sentences before si that makes claims of its own.
func (a *analysis) nearestOwnClaimsOfOne(si, n int) []claim {
	for want := si - 1; want >= 0 && want >= si-sentenceLookBack; want-- {
		for _, c := range a.claims[:n] {
			if c.sent == want && c.byRef == "" {
				return a.ownClaimsOfOne(want, n)
			}
		}
	}
	return nil
}

// sentenceLookBack is how many sentences back a reference to "the step
// before" may reach: a quote or a detail may stand between.
const sentenceLookBack = 3

// joinedList is a sentence whose company joins the companies that took
// its step before: "joining a growing list of companies from Apple to
// Microsoft"; joinedListIntro ends right before the first of them.
var (
	joinedList      = mustQuick(`(?i)\bjoin(?:s|ed|ing)?\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,2}(?:list|string|number|host|wave|series|ranks|line|group)\s+of\b`)
	joinedListIntro = regexp.MustCompile(`(?i)\bjoin(?:s|ed|ing)?\s+(?:a|the|an)\s+(?:[\w-]+\s+){0,2}(?:list|string|number|host|wave|series|ranks|line|group)\s+of\s+(?:[\w-]+\s+){0,3}?(?:from|including|such as|like)\s+$`)
	rangeTo         = regexp.MustCompile(`(?i)^(?:\s+(?:inc|corp|co|ltd|plc)\.?)?\s+to\s+$`)
)

// precedentMark says the sentence's company is not the first to take
// its step.
var precedentMark = mustQuick(`(?i)\b(?:ook|also|too|second|third|fourth|latest|tweede|derde|vierde)\b`)

// precedentClaims gives the companies a sentence names as having taken
// its step first the claims of the company it is about, by reference.
func (a *analysis) precedentClaims() {
	t := a.t
	n := len(a.claims)
	for si, s := range t.sents {
		var own []claim
		for _, c := range a.claims[:n] {
			if c.sent == si && c.byRef == "" {
				own = append(own, c)
			}
		}
		joins := joinedList.MatchString(t.fold[s.start:s.end])
		sameAs := sameAsPhrase.MatchString(t.fold[s.start:s.end])
		if len(own) == 0 && sameAs {
			// "Hiermee volgt de streamingdienst het voorbeeld van X": the
			// step is that of the company the subject refers to, or else
			// the one the nearest sentence before with a step gave its
			// one company (a quote or a detail may stand between).
			if own = a.subjectClaims(si, n); len(own) == 0 {
				own = a.nearestOwnClaimsOfOne(si, n)
			}
		}
		if len(own) == 0 || !joins && !sameAs && !precedentMark.MatchString(t.fold[s.start:s.end]) {
			continue
		}
		rangeEnd := -1 // "from A to B": B is in the range too
		for _, mi := range a.mentionsIn(s.start, s.end) {
			m := a.e.mentions[mi]
			if m.kind != orgMention || a.inQuote(m.start) >= 0 {
				continue
			}
			before := t.fold[max(s.start, m.start-80):m.start]
			inRange := rangeEnd >= 0 && rangeTo.MatchString(t.fold[rangeEnd:m.start])
			rangeEnd = -1
			listed := joins && joinedListIntro.MatchString(before)
			if !inRange && !listed && !precedentIntro.MatchString(before) && !(sameAs && sameAsIntro.MatchString(before)) {
				continue
			}
			if listed && strings.HasSuffix(strings.TrimSpace(before), "from") {
				rangeEnd = m.end
			}
			for _, org := range a.groupAt(mi) {
				for _, c := range own {
					if c.org == org {
						continue
					}
					c.byRef, c.org = c.org, org
					c.confidence -= 0.15
					a.claims = append(a.claims, c)
				}
			}
		}
	}
}

// dropIdiomNegations drops a cue that spells out its own negation when
// each negation word in it belongs to an idiom that negates nothing:
// "stopt niet alleen met leveren aan Rusland, maar ook ..." is no "stopt
// niet" (stays), and must not outrank the sales stop it overlaps.
func (a *analysis) dropIdiomNegations(from, to int, ms []cueMatch) []cueMatch {
	if a.l.notNegation == nil {
		return ms
	}
	kept := ms[:0]
	for _, m := range ms {
		if m.ownNeg && a.onlyIdiomNegation(from, to, m) {
			continue
		}
		kept = append(kept, m)
	}
	return kept
}

// onlyIdiomNegation reports that every negation word inside m stands in a
// not_negation idiom ("niet alleen", "al dan niet").
func (a *analysis) onlyIdiomNegation(from, to int, m cueMatch) bool {
	words := negationWord.FindAllStringIndex(a.t.fold[m.start:m.end], -1)
	if len(words) == 0 {
		return false
	}
	idioms := a.l.notNegation.find(a.t, max(from, m.start-20), min(to, m.end+20), a.sc)
	for _, w := range words {
		if !insideAny(idioms, m.start+w[0], m.start+w[1]) {
			return false
		}
	}
	return true
}

// pauseOfService reports a pause stance cue and a measure that ends
// service over the same words, worded as its service paused: both hold
// ("suspended its streaming service in Russia" is a pause, and the end of
// the service for its customers).
func pauseOfService(x, y cueMatch) bool {
	if y.cue.stance {
		x, y = y, x
	}
	return x.cue.stance && x.cue.id == "suspends" && y.pausedService
}

// dropOverlaps keeps the longest of overlapping cues, except that a stance
// and a measure that mean the same thing ("pulled the plug": withdraws and
// terminate-services) both stand.
func dropOverlaps(ms []cueMatch) []cueMatch {
	sort.SliceStable(ms, func(i, j int) bool {
		// A cue that spells out its own negation ("stopped short of
		// pulling out") is the more specific reading of its words.
		if ni, nj := ms[i].ownNeg, ms[j].ownNeg; ni != nj {
			return ni
		}
		li, lj := ms[i].end-ms[i].start, ms[j].end-ms[j].start
		if li != lj {
			return li > lj
		}
		return ms[i].start < ms[j].start
	})
	var kept []cueMatch
	for _, m := range ms {
		ok := true
		for _, k := range kept {
			if m.start < k.end && k.start < m.end && !agree(m.cue, k.cue) && !(m.cue == k.cue) && !pauseOfService(m, k) {
				ok = false
				break
			}
			if m.cue == k.cue && m.start < k.end && k.start < m.end {
				ok = false
				break
			}
		}
		if ok {
			kept = append(kept, m)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	return kept
}

// segments cuts sentence si at contrast words: "X stays, but limits Y".
func (a *analysis) segments(si int) [][2]int {
	s := a.t.sents[si]
	var out [][2]int
	start := s.start
	if a.l.contrast != nil {
		for _, m := range a.l.contrast.find(a.t, s.start, s.end, a.sc) {
			cut := m[0]
			if cut > start {
				out = append(out, [2]int{start, cut})
			}
			start = cut
		}
	}
	return append(out, [2]int{start, s.end})
}

func segmentOf(segs [][2]int, pos int) [2]int {
	for _, s := range segs {
		if pos >= s[0] && pos < s[1] {
			return s
		}
	}
	return segs[len(segs)-1]
}

// hypothetical reports a hypothetical marker near the cue ([from,to)) that
// no reported commitment in its clause (segment) explains: "told customers
// that all services would be terminated" is a plan, "shutting down our
// services would be a mistake" is not.
func (a *analysis) hypothetical(from, to int, segment [2]int) bool {
	if a.l.hypothetical == nil || !a.l.hypothetical.matches(a.t, from, to, a.sc) {
		return false
	}
	from = segment[0]
	// "X said that despite criticism, it would ...": a concessive phrase
	// opens the cue's segment, and the reporting verb before it still
	// reports the step.
	if concessiveOpen.MatchString(a.t.fold[segment[0]:min(segment[1], segment[0]+20)]) {
		if si := a.sentOf[segment[0]]; si >= 0 {
			from = max(a.t.sents[si].start, segment[0]-weighingReach)
		}
	}
	return a.l.commitment == nil || !a.l.commitment.matches(a.t, from, segment[1], a.sc)
}

// concessiveOpen opens a concessive phrase: "despite calls for it to ...".
var concessiveOpen = regexp.MustCompile(`(?i)^\W*(?:despite|in spite of|notwithstanding|ondanks)\b`)

// weighed reports a cue named as one option under review earlier in its
// clause ("said it would assess all the strategic options for its unit,
// including a withdrawal"): the option is not a step, whoever said so.
func (a *analysis) weighed(seg [2]int, m cueMatch) bool {
	return a.l.weighing != nil && a.l.weighing.matches(a.t, max(seg[0], m.start-weighingReach), m.end, a.sc)
}

// weighingReach is how far before a cue the words that weigh it may stand
// ("to assess all the strategic possibilities for the future of its
// subsidiary in Russia, including a withdrawal"); bounded so that a long
// sentence costs linear time.
const weighingReach = 160

// negated reports a negation within a few words before the cue, inside it,
// or (Dutch puts it after the verb) right after it, in the same clause.
func (a *analysis) negated(seg [2]int, m cueMatch) bool {
	if a.l.negation == nil {
		return false
	}
	f := a.t.lower
	from := max(seg[0], m.start-30)
	to := min(seg[1], m.end+12)
	var idioms [][2]int
	if a.l.notNegation != nil {
		for _, i := range a.l.notNegation.find(a.t, max(seg[0], from-10), min(seg[1], to+10), a.sc) {
			idioms = append(idioms, [2]int{i[0], i[1]})
		}
	}
	for _, n := range a.l.negation.find(a.t, from, to, a.sc) {
		ns := n[0]
		if insideAny(idioms, n[0], n[1]) {
			continue // "al dan niet voorgoed vaarwel gezegd" still leaves
		}
		if ns < m.start {
			// Only if no comma, semicolon or colon separates it from the
			// cue: "X en Y zijn niet de enigen: ook Z stopt" stops.
			if !strings.ContainsAny(f[ns:m.start], ",;:") {
				return true
			}
			continue
		}
		if ns < m.end {
			return true
		}
		// After the cue only in Dutch, where the negation follows the
		// verb ("stopt niet"); in English "exit Russia was not taken
		// lightly" still reports the exit.
		// A dash opens an aside as a comma does: "stopt met de productie
		// – zonder een reden te geven" still stops.
		if a.l.negationAfter && !strings.ContainsAny(f[m.end:ns], ",;:–—") && !strings.Contains(f[m.end:ns], " - ") && !conjunction.MatchString(f[m.end:ns]) {
			return true
		}
	}
	return false
}

// insideAny reports a span [s,e) inside one of spans.
func insideAny(spans [][2]int, s, e int) bool {
	for _, sp := range spans {
		if s >= sp[0] && e <= sp[1] {
			return true
		}
	}
	return false
}

// placedElsewhere reports a cue placed only by reference ("stopped
// production there": place_anaphor, no about_russia word in it) whose
// reference is another country: the last country named before it, in its
// sentence or the one before, is one of elsewhere (stances.yaml).
func (a *analysis) placedElsewhere(si int, m cueMatch) bool {
	l, t := a.l, a.t
	if l.placeAnaphor == nil || l.elsewhere == nil || l.aboutRussia == nil || !l.placeAnaphor.matches(t, m.start, m.end, a.sc) || l.aboutRussia.matches(t, m.start, m.end, a.sc) {
		return false
	}
	from := t.sents[si].start
	if si > 0 {
		from = t.sents[si-1].start
	}
	last := func(ix *patternIndex) int {
		at := -1
		for _, r := range ix.find(t, from, m.start, a.sc) {
			at = max(at, r[0])
		}
		return at
	}
	other := last(l.elsewhere)
	return other >= 0 && other > last(l.aboutRussia)
}

// setAgainst reports an unlike cue (stances.yaml) in the clause before
// pos: from the last comma, semicolon or colon after sentStart.
func (a *analysis) setAgainst(sentStart, pos int) bool {
	if a.l.unlike == nil {
		return false
	}
	from := sentStart
	if i := strings.LastIndexAny(a.t.fold[sentStart:pos], ",;:"); i >= 0 {
		from = sentStart + i + 1
	}
	return a.unquotedMatch(a.l.unlike, from, pos)
}

// attribute decides which organisations a cue in sentence si is about:
// those named inside the cue and the nearest one (with its list) before
// it; else the first after it; else the company in focus.
func (a *analysis) attribute(si int, m cueMatch) ([]string, float64) {
	s := a.t.sents[si]
	var orgs []string
	conf := 0.8
	if ag := a.agentAfter(si, m); len(ag) > 0 {
		return ag, conf - 0.1
	}
	var lastBefore = -1
	for _, mi := range a.mentionsIn(s.start, m.end) {
		mm := a.e.mentions[mi]
		if mm.start >= m.start {
			// Named inside the cue: the subject in Dutch word order ("trekt
			// ook Lumen zich terug"), unless a preposition makes it the
			// object ("business with operators such as Rostelecom").
			if mm.kind == orgMention && (!objectWord.MatchString(a.t.fold[max(s.start, mm.start-12):mm.start]) || ownerOf.MatchString(a.t.fold[max(s.start, mm.start-30):mm.start])) && (!russianObject.MatchString(a.t.fold[max(s.start, mm.start-45):mm.start]) || ownerOf.MatchString(a.t.fold[max(s.start, mm.start-30):mm.start])) {
				orgs = appendUnique(orgs, mm.org)
			}
			continue
		}
		if mm.kind == weMention && a.inQuote(mm.start) < 0 {
			continue
		}
		if mm.kind == orgMention && channelWord.MatchString(a.t.fold[max(s.start, mm.start-20):mm.start]) {
			continue
		}
		// "Unlike A and B, several chipmakers halted ...": companies set
		// against the subject take none of its steps.
		if mm.kind == orgMention && a.setAgainst(s.start, mm.start) {
			continue
		}
		// What a stake is in is no actor: "its holdings in Yandex's
		// delivery units, sold part of its stake" is the holder's step.
		if mm.kind == orgMention && stakeIn.MatchString(a.t.fold[max(s.start, mm.start-30):mm.start]) {
			continue
		}
		// The object of a relative aside ("Veon, which also owns
		// Kyivstar, announced it is selling ...") takes no step.
		if mm.kind == orgMention && insideRelative.MatchString(a.t.fold[max(s.start, mm.start-60):mm.start]) {
			continue
		}
		// The brands of an aside about the subject ("General Mills, the
		// parent company of brands including Pillsbury and Betty Crocker,
		// is stopping ...") are what it owns, not who acts.
		if mm.kind == orgMention && ownerAside.MatchString(a.t.fold[s.start:mm.start]) {
			continue
		}
		if len(a.resolve(mi, si)) > 0 {
			lastBefore = mi
		}
	}
	if lastBefore >= 0 && a.genericClauseBetween(a.e.mentions[lastBefore].end, m.start) {
		// "Analisten van ING verwachten dat meer bedrijven zullen
		// vertrekken": companies in general are the cue's subject, in a
		// clause of their own after the company named; only the examples
		// it gives take the step ("3M's move comes as companies have
		// suspended their operations, including A and B").
		if ex := a.examplesAfter(si, m); len(ex) > 0 {
			return ex, conf - 0.15
		}
		return nil, 0
	}
	if lastBefore >= 0 && a.e.mentions[lastBefore].kind == orgMention && comparison.MatchString(a.t.lower[max(s.start, a.e.mentions[lastBefore].start-60):a.e.mentions[lastBefore].start]) {
		// "an approach familiar to anyone who has read up on Cloudflare's
		// Keyless SSL": the company compared with is not the actor.
		lastBefore = -1
		orgs = nil
	}
	// "they supported companies cutting ties": companies in general,
	// right before the cue, are its subject, not the pronoun before them.
	// So are "companies' moves to withdraw" after a person who tracks them.
	if lastBefore >= 0 && (a.e.mentions[lastBefore].kind == pronounMention && !a.e.mentions[lastBefore].group || a.e.mentions[lastBefore].kind == personMention) && companiesRightBefore.MatchString(between(a.t.fold, a.e.mentions[lastBefore].end, m.start)) {
		if ex := a.examplesAfter(si, m); len(ex) > 0 {
			return ex, conf - 0.15
		}
		return nil, 0
	}
	// "Acme said on Monday that it stops ...": the pronoun stands for the
	// subject that reports, even one the registry does not know.
	if lastBefore >= 0 && a.e.mentions[lastBefore].kind == pronounMention && len(orgs) == 0 {
		// The pronoun's own clause first: "A said it would ..., while B
		// said most of its leases would be terminated".
		// Only a clause its conjunction opens, not an apposition ("The
		// Suwon, South Korea-based company said it ...").
		pron := a.e.mentions[lastBefore].start
		// "A, B, and C said they would stop exports": a plural pronoun
		// right after a list stands for the whole list, whose ", and" is
		// no clause of C's own.
		if a.e.mentions[lastBefore].plural {
			if group := a.listRightBefore(si, lastBefore); len(group) > 1 {
				return group, conf - 0.15
			}
		}
		if br := clauseBreak.FindAllStringIndex(a.t.fold[s.start:pron], -1); br != nil {
			from := s.start + br[len(br)-1][1]
			if op := clauseOpener.FindStringIndex(a.t.fold[from:pron]); op != nil {
				if id := a.subjectFrom(from+op[1], m.start); id != "" {
					return []string{id}, conf - 0.15
				}
			}
		}
		if id := a.subjectBefore(si, m.start); id != "" {
			return []string{id}, conf - 0.15
		}
	}
	// A clause of its own with a subject the registry does not know:
	// "..., BICS blijft in Rusland".
	if lastBefore >= 0 && a.e.mentions[lastBefore].kind == orgMention {
		gap := between(a.t.fold, a.e.mentions[lastBefore].end, m.start)
		if br := clauseBreak.FindAllStringIndex(gap, -1); br != nil {
			from := a.e.mentions[lastBefore].end + br[len(br)-1][1]
			if id := a.subjectFrom(from, m.start); id != "" {
				return []string{id}, conf - 0.2
			}
		}
	}
	if lastBefore >= 0 {
		mm := a.e.mentions[lastBefore]
		if mm.kind == orgMention {
			group := a.groupAt(lastBefore)
			if len(group) > 1 {
				conf -= 0.05
			}
			orgs = appendUnique(orgs, group...)
			// "X joins the likes of A, B and C in shutting down services":
			// the subject that joins them takes the step too.
			if loc := joinsIn.FindStringIndex(a.t.fold[s.start:m.start]); loc != nil {
				for _, mi := range a.mentionsIn(s.start, s.start+loc[0]) {
					if subj := a.resolve(mi, si); len(subj) > 0 && a.inQuote(a.e.mentions[mi].start) < 0 {
						orgs = appendUnique(orgs, subj...)
						break
					}
				}
			}
		} else {
			orgs = appendUnique(orgs, a.resolve(lastBefore, si)...)
			conf -= 0.1
		}
	}
	if len(orgs) > 0 {
		// Companies as the cue's own subject right before it, with
		// examples after it, besides a company named earlier: "It aligns
		// his company with other names severing ties with Russia including
		// A, B and C".
		from := max(s.start, m.start-25)
		if lastBefore >= 0 {
			// A name may run into the cue ("Shell exit"): never past it.
			from = min(max(from, a.e.mentions[lastBefore].end), m.start)
		}
		if companyNoun.MatchString(a.t.fold[from:m.start]) {
			orgs = appendUnique(orgs, a.examplesAfter(si, m)...)
		}
		return orgs, conf
	}
	// Nobody named before the cue, and companies as its subject with
	// examples after it: "the firms that left, such as A, B and C".
	if companyNoun.MatchString(a.t.fold[s.start:m.start]) {
		if ex := a.examplesAfter(si, m); len(ex) > 0 {
			return ex, conf - 0.15
		}
	}
	// Nobody named before the cue: a generic subject ("many companies")
	// means the sentence is not about the company in focus.
	if genericSubject.MatchString(a.t.fold[s.start:m.start]) || genericSubject.MatchString(frontedSubject(a.t.fold[m.start:m.end])) {
		return nil, 0
	}
	for _, mi := range a.mentionsIn(m.end, s.end) {
		mm := a.e.mentions[mi]
		// Only a passive agent ("were cut off by Cogent"): a company
		// named after the cue otherwise is where, not who.
		if mm.kind == orgMention && a.inQuote(mm.start) < 0 && passiveAgent.MatchString(a.t.fold[max(s.start, mm.start-6):mm.start]) {
			return []string{mm.org}, conf - 0.15
		}
	}
	// A subject the registry does not know: "BICS trekt zich terug". It
	// is the sentence's subject, and the topic of the sentences after it
	// that name nobody ("Unit4 zet de verkoop op pauze. Bestaande klanten
	// kunnen hun software blijven gebruiken, laat het bedrijf weten").
	if id := a.subjectBefore(si, m.start); id != "" {
		a.becomesTopic(si, id)
		return []string{id}, conf - 0.2
	}
	if len(a.topic[si]) > 0 && a.mentionCount(s.start, s.end) == 0 && (m.cue.stance || !a.otherAgent(si, m)) {
		return a.topic[si], conf - 0.25
	}
	return nil, 0
}

// otherAgent reports a clause of measure cue m, in sentence si, whose
// agent is not the company the text is about although the sentence names
// no company: the clause is a condition ("als die dienstverlening wordt
// stopgezet"), has a subject of its own (topic_not_agent in stances.yaml:
// "you", a government), or the cue stands in a relative clause about
// another noun ("factories that were closed"); or the clause opens with a
// country ("Rusland kan ..."). On the dev batches, measures the topic
// company got from such sentences were false far more often than not.
func (a *analysis) otherAgent(si int, m cueMatch) bool {
	seg := segmentOf(a.segments(si), m.start)
	from := seg[0]
	if br := clauseBreak.FindAllStringIndex(a.t.fold[from:m.start], -1); br != nil {
		from += br[len(br)-1][1]
	}
	if a.l.topicNotAgent != nil && a.l.topicNotAgent.matches(a.t, from, m.start, a.sc) {
		return true
	}
	first := strings.Trim(strings.SplitN(strings.TrimSpace(a.t.fold[from:m.start])+" ", " ", 2)[0], ",.;:'\"“”‘’()")
	return first != "" && (a.l.places[first] || a.l.aboutRussia.matches(a.t, from, min(m.start, from+len(first)+2), a.sc))
}

// ownerAside ends inside an aside that names what the subject owns: "X,
// the parent company of ...", "X, owner of ...", "X, moederbedrijf van".
var ownerAside = regexp.MustCompile(`(?i)(?:,\s*(?:the |a |an )?(?:parent(?: company| firm| group)?|owner|maker|home|holding company|(?:group|company|firm) behind) (?:of|to)\b|,\s*(?:het )?moederbedrijf van\b|,\s*eigenaar van\b)[^.;:]{0,150}$`)

// bracketedShort opens the text after a name with its short form in
// brackets: " (IHG)".
var bracketedShort = regexp.MustCompile(`^\s*\(([^()]{1,30})\)`)

// ownerPossessive ends in an owner's name in the possessive right before
// a brand: " Authentic Brands' ".
var ownerPossessive = regexp.MustCompile(`(?:\s+[A-Z][\w&.-]*)+['’]s?\s+$`)

// examplesAfter returns the companies given as examples after a cue whose
// subject is companies in general: every company from the first one that
// "such as" / "zoals" introduces ("from tech firms such as A and B to
// luxury houses C and D"), or the subject put last ("Among the companies
// that stay is Koch").
func (a *analysis) examplesAfter(si int, m cueMatch) []string {
	s := a.t.sents[si]
	var orgs []string
	for _, mi := range a.mentionsIn(m.end, s.end) {
		mm := a.e.mentions[mi]
		before := a.t.fold[max(s.start, mm.start-50):mm.start]
		// "including Authentic Brands' Reebok": the owner before a brand
		// is part of the example.
		before = ownerPossessive.ReplaceAllString(before, " ")
		if mm.kind == orgMention && a.inQuote(mm.start) < 0 && (exampleIntro.MatchString(before) || amongSubject.MatchString(a.t.fold[s.start:m.start]) && inverted.MatchString(before)) {
			for _, mj := range a.mentionsIn(mm.start, s.end) {
				if a.e.mentions[mj].kind == orgMention && a.inQuote(a.e.mentions[mj].start) < 0 {
					orgs = appendUnique(orgs, a.e.mentions[mj].org)
				}
			}
			return orgs
		}
	}
	return nil
}

// agentAfter returns who took a response the text names as a noun: the
// companies right after an agent cue (stances.yaml agent) that starts in
// or just before cue m ("similar blanket bans on ads in Russia enacted by
// Twitter and Snapchat", "the suspension of sales by US companies such as
// Apple and Intel").
func (a *analysis) agentAfter(si int, m cueMatch) []string {
	s := a.t.sents[si]
	f := a.t.fold
	for _, g := range a.l.agent.find(a.t, max(s.start, m.start-20), min(s.end, m.end+80), a.sc) {
		if g[0] > m.end || g[1] < m.start {
			continue
		}
		for _, mi := range a.mentionsIn(g[1], min(s.end, g[1]+60)) {
			mm := a.e.mentions[mi]
			if mm.kind != orgMention || a.inQuote(mm.start) >= 0 {
				continue
			}
			if strings.ContainsAny(f[g[1]:mm.start], ".;") {
				break
			}
			return a.groupAt(mi)
		}
	}
	return nil
}

// companiesRelative ends inside a relative clause about companies in
// general, right before its cue: "bedrijven die zich uit het land
// terugtrekken", "other firms that have left". The cue is their step, not
// the step of the sentence's subject. "De eersten die" is such a group too:
// "X was bij de eersten die zich terugtrokken" makes X one of them.
var companiesRelative = regexp.MustCompile(`(?i)\b(?:\w*(?:bedrijven|ondernemingen|merken|organisaties|concerns|multinationals|ketens|spelers|namen|genoten|concurrenten)|eersten?|laatsten?|companies|firms|brands|businesses|corporations|organi[sz]ations|names|players|rivals|peers)\s+(?:die|dat|that|which|who)\b[^;:.]{0,150}$`)

// relativeStep reports a cue in a relative clause about companies in
// general ("... van bedrijven die zich terugtrekken"), and whether the
// sentence makes its subject one of them (stances.yaml member_of: "Cisco komt in een rij van
// organisaties die ...").
func (a *analysis) relativeStep(si int, m cueMatch) (relative, member bool) {
	s := a.t.sents[si]
	head := a.t.fold[s.start:m.start]
	loc := companiesRelative.FindStringIndex(head)
	if loc == nil {
		return false, false
	}
	// A company named inside the clause before the cue has a clause of
	// its own: "bedrijven die ..., zoals Heineken, die geen bier meer
	// exporteert".
	for _, mi := range a.mentionsIn(s.start+loc[0], m.start) {
		if a.e.mentions[mi].kind == orgMention {
			return false, false
		}
	}
	return true, a.x.memberOf != nil && a.x.memberOf.MatchString(head[:loc[0]])
}

// genericClauseBetween reports whether a clause whose subject is companies
// in general ("dat meer bedrijven", "that other firms") opens between a
// named company and a cue.
func (a *analysis) genericClauseBetween(from, to int) bool {
	if from >= to {
		return false
	}
	gap := a.t.fold[from:to]
	if loc := genericSubject.FindStringIndex(gap); loc != nil && subordinateOpen.MatchString(gap[:loc[0]]) {
		return true
	}
	// "comes as companies across industries have ...", "terwijl
	// bedrijven ...": a clause opened on companies with no quantifier.
	for _, sub := range subordinator.FindAllStringIndex(gap, -1) {
		if bareGroup.MatchString(gap[sub[1]:]) {
			return true
		}
	}
	return false
}

// subordinator opens a clause of its own; bareGroup is companies in
// general as its subject, right after it.
var (
	subordinator = regexp.MustCompile(`(?i)\b(?:that|as|while|since|when|dat|terwijl|nu)\s+`)
	bareGroup    = regexp.MustCompile(`(?i)^(?:other\s+|andere\s+|western\s+|westerse\s+|foreign\s+|buitenlandse\s+)?(?:companies|firms|businesses|brands|multinationals|corporations|bedrijven|ondernemingen|merken)\b`)
)

// subordinateOpen ends right before the subject of a "that" clause.
var subordinateOpen = regexp.MustCompile(`(?i)\b(?:dat|that)\s+(?:ook\s+|nog\s+|steeds\s+|also\s+)?$`)

// hearsayRelative reports whether the relative clause of a cue about
// companies in general gives it on someone's word ("bedrijven die volgens
// de Oekraïners nog niet zijn vertrokken"): a charge, not a step.
func (a *analysis) hearsayRelative(si int, m cueMatch) bool {
	head := a.t.fold[a.t.sents[si].start:m.start]
	loc := companiesRelative.FindStringIndex(head)
	return loc != nil && hearsay.MatchString(head[loc[0]:])
}

var hearsay = regexp.MustCompile(`(?i)\bvolgens\b`)

// becomesTopic makes id the subject of sentence si and the topic of the
// sentences after it, up to the next that has a subject of its own.
func (a *analysis) becomesTopic(si int, id string) {
	if len(a.subject[si]) > 0 {
		return
	}
	a.subject[si] = []string{id}
	for j := si + 1; j < len(a.topic); j++ {
		a.topic[j] = []string{id}
		if len(a.subject[j]) > 0 {
			break
		}
	}
}

func (a *analysis) mentionCount(s, e int) int {
	n := 0
	for _, mi := range a.mentionsIn(s, e) {
		if k := a.e.mentions[mi].kind; k == orgMention || k == personMention {
			n++
		}
	}
	return n
}

// providers turns the claims into one provider per organisation, with its
// stance, measures, evidence and confidence.
func (a *analysis) providers() []content.Provider {
	byOrg := map[string][]claim{}
	var order []string
	for _, c := range a.claims {
		if _, ok := byOrg[c.org]; !ok {
			order = append(order, c.org)
		}
		byOrg[c.org] = append(byOrg[c.org], c)
	}
	var out []content.Provider
	for _, org := range order {
		cs := a.ownClaims(byOrg[org])
		info := a.e.orgs[org]
		if info != nil && info.public {
			continue // a government or regulator acts, but is no provider
		}
		if info != nil && info.unknown && a.memberBody(org) {
			continue // an association or rights group speaks for others
		}
		p := content.Provider{ID: org, Name: a.orgName(org)}
		if info != nil && info.unknown {
			p.Unregistered = true
		}
		stance, sconf, ssents, how := a.decideStance(cs)
		if stance == "restricts" && a.officeBusiness(org, ssents) {
			stance, how = "withdraws", how+", and closing its offices there ends the business of a company of kind "+a.kindOf(org)
		}
		a.stanceHow = append(a.stanceHow, fmt.Sprintf("%s stance=%s by %s", org, stance, how))
		p.Stance = stance
		p.StanceConfidence = round2(sconf)
		for _, si := range ssents {
			p.Evidence = appendEvidence(p.Evidence, content.Evidence{Field: "stance", Text: a.t.sentText(si), Confidence: round2(sconf)})
		}
		best := 0.0
		measureConf := map[string]float64{}
		for _, c := range cs {
			best = max(best, c.confidence)
			if c.stance {
				continue
			}
			if _, ok := measureConf[c.id]; !ok {
				p.Measures = append(p.Measures, c.id)
			}
			measureConf[c.id] = max(measureConf[c.id], c.confidence)
		}
		sort.Strings(p.Measures)
		for _, id := range p.Measures {
			for _, c := range cs {
				if !c.stance && c.id == id {
					p.Evidence = appendEvidence(p.Evidence, content.Evidence{Field: "measure:" + id, Text: a.t.sentText(c.sent), Confidence: round2(measureConf[id])})
				}
			}
		}
		base := 0.9
		if p.Unregistered {
			base = 0.6
		}
		p.Confidence = round2(base * (0.5 + best/2))
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool { return firstClaim(byOrg[out[i].ID]) < firstClaim(byOrg[out[j].ID]) })
	// A registered company the article keeps naming is one whose response
	// it reports, even in wording no cue knows: on the real batches, rules
	// for the wording missed a third of the companies of unseen outlets.
	out = append(out, a.marketSubjects(out)...)
	out = append(out, a.russiaSubjects(out)...)
	out = append(out, a.joinedCompanies(out)...)
	out = append(out, a.russiaSpeakers(out)...)
	// Last, so that every rule that reads a step has had its turn.
	out = append(out, a.namedOften(out)...)
	return out
}

// commentator reports whether quote qi is a bank's or a consultancy's
// person commenting on others ("zegt Albert de Vries van ING" on trade
// with Russia): no word of the quotation is the firm's own ("we", "ons",
// its name), so it speaks as an analyst, not for the firm's response.
func (a *analysis) commentator(qi int, org string) bool {
	p, ok := a.x.lx.Provider(org)
	if !ok || a.speaker[qi].person == "" || !commentatorKinds[p.Kind] {
		return false
	}
	q := a.quotes[qi]
	for _, part := range q.parts {
		text := a.t.fold[part[0]:part[1]]
		if ownWords.MatchString(text) || strings.Contains(strings.ToLower(text), strings.ToLower(foldString(p.Name))) {
			return false
		}
	}
	return true
}

// commentatorKinds are the registry kinds whose economists and analysts
// news quotes on others' business.
var commentatorKinds = map[string]bool{"payment": true, "finance": true, "consulting": true}

// ownWords are first-person words: a quotation with one speaks of its
// speaker's own organisation.
var ownWords = regexp.MustCompile(`(?i)\b(?:we|wij|ons|onze|our|us|ik|mijn|i|my)\b`)

// russiaSpeakers returns, as "unclear" with low confidence, every
// registered company without a claim that speaks in a direct quotation
// about Russia ("... wordt onderzocht", aldus KLM, of its flights over
// Russia): an outlet that quotes a company on its business there reports
// its response, however the words run. Unregistered speakers are left
// out: a quoted analyst's firm is no provider.
func (a *analysis) russiaSpeakers(have []content.Provider) []content.Provider {
	// Where a subject of a clause about Russia counts only with a verb of
	// verb_stances (English), a quotation, which has none, does not.
	if a.l.aboutRussia == nil || a.l.subjectNeedsVerb {
		return nil
	}
	got := map[string]bool{}
	for _, p := range have {
		got[p.ID] = true
	}
	var out []content.Provider
	for qi, q := range a.quotes {
		if qi >= len(a.speaker) || len(q.parts) == 0 {
			continue
		}
		org := a.speaker[qi].org
		info := a.e.orgs[org]
		if org == "" || got[org] || info == nil || info.public || info.unknown {
			continue
		}
		if len(a.l.aboutRussia.find(a.t, q.parts[0][0], q.parts[len(q.parts)-1][1], a.sc)) == 0 {
			continue
		}
		if a.commentator(qi, org) {
			continue
		}
		si := a.sentOf[q.parts[0][0]]
		if si < 0 {
			continue
		}
		got[org] = true
		const conf = 0.3
		a.stanceHow = append(a.stanceHow, fmt.Sprintf("%s stance=unclear by speaking of Russia in a quotation without a claim", org))
		out = append(out, content.Provider{ID: org, Name: a.orgName(org), Stance: "unclear", StanceConfidence: conf, Confidence: conf,
			Evidence: []content.Evidence{{Field: "stance", Text: a.t.sentText(si), Confidence: conf}}})
	}
	return out
}

// descriptionOnly is an article with up to two words (the company's
// description) between an inverted verb and the name: "gaat de keten".
var descriptionOnly = regexp.MustCompile(`^\s*(?:de|het|een)(?:\s+[\w-]+){1,2}\s*$`)

// subjectLeadWords is how many words may stand before a company in its
// clause for it to count as the clause's subject: an adverb and the verb
// of Dutch inversion ("Zo heeft X"), a description ("de Belgische
// bakkerijgroep X").
const subjectLeadWords = 6

// russiaSubjects returns, as "unclear" with low confidence, every company
// without a claim that is the subject of a clause about Russia outside
// quotes ("Royal Kaak heeft zijn medewerkers uit Rusland teruggehaald",
// "Verder verkoopt Unilever ijsjes in Rusland"): the article reports on
// what it does there, in wording no cue knows. Its first such sentence is
// the evidence.
func (a *analysis) russiaSubjects(have []content.Provider) []content.Provider {
	if a.l.aboutRussia == nil {
		return nil
	}
	got, claimed := map[string]bool{}, map[string]bool{}
	for _, p := range have {
		got[p.ID], claimed[p.ID] = true, true
	}
	// The first clause of a company decides, unless a later one has a
	// verb of verb_stances and the first has none ("Philips zegt ... .
	// Philips is al jaren in Rusland actief").
	var out []content.Provider
	at := map[string]int{}
	for mi, m := range a.e.mentions {
		si := a.sentOf[m.start]
		if m.kind != orgMention || got[m.org] || si < 0 || a.inQuote(m.start) >= 0 {
			continue
		}
		if k, ok := at[m.org]; ok && out[k].Stance != "unclear" {
			continue
		}
		if info := a.e.orgs[m.org]; info == nil || info.public || info.unknown && (a.memberBody(m.org) || !a.l.subjectUnknown) {
			continue
		}
		// A medium, a product, an owner or one named in an appeal is no
		// subject reported on, here as for named_once.
		if no, _ := a.mentionNoReport(m); no {
			continue
		}
		clause, ok := a.subjectOfRussia(si, m)
		if !ok {
			clause, ok = a.relativeOfRussia(si, mi)
		}
		if !ok || a.groupReported(mi, claimed) {
			continue
		}
		const conf = 0.3
		stance, verb := a.verbStance(clause)
		if _, seen := at[m.org]; seen && stance == "unclear" {
			continue
		}
		if stance == "unclear" && a.l.subjectNeedsVerb {
			continue
		}
		how := "without a claim"
		if verb != "" {
			how = fmt.Sprintf("whose verb %q is of a class of %s", verb, stance)
		}
		a.stanceHow = append(a.stanceHow, fmt.Sprintf("%s stance=%s by being the subject of a clause about Russia %s", m.org, stance, how))
		p := content.Provider{ID: m.org, Name: a.orgName(m.org), Stance: stance, StanceConfidence: conf, Confidence: conf,
			Evidence: []content.Evidence{{Field: "stance", Text: a.t.sentText(si), Confidence: conf}}}
		if info := a.e.orgs[m.org]; info.unknown {
			p.Unregistered = true
		}
		if k, ok := at[m.org]; ok {
			out[k] = p
			continue
		}
		at[m.org] = len(out)
		out = append(out, p)
	}
	return out
}

// groupReported reports whether a company listed with mention mi already
// has a provider: the step the list took is that one's ("Google en zijn
// dochterbedrijf YouTube verkopen ..." is one provider).
func (a *analysis) groupReported(mi int, got map[string]bool) bool {
	for _, org := range a.groupAt(mi) {
		if got[org] {
			return true
		}
	}
	return false
}

// subjectOfRussia returns the clause of mention m in sentence si when m is the subject of its clause
// in sentence si (at most a few words before it, none of them a word that
// makes it an object or a possessor) and that clause names Russia after
// it, outside quotes, before its clause ends, in a statement (not a demand or
// a hypothesis).
func (a *analysis) subjectOfRussia(si int, m mention) (clause [2]int, ok bool) {
	sc, ok := a.subjectClause(si, m)
	if !ok {
		return clause, false
	}
	if sc.aside[1] > 0 && a.unquotedMatch(a.l.aboutRussia, sc.aside[0], sc.aside[1]) {
		return [2]int{sc.seg[0], sc.aside[1]}, true
	}
	if a.unquotedMatch(a.l.aboutRussia, m.end, sc.end) {
		return [2]int{sc.seg[0], sc.end}, true
	}
	// "Russische klanten ... . Auchan heeft er veel personeel": a word
	// after the subject that stands for the Russia named just before.
	if a.l.russiaAnaphor != nil && a.russiaJustBefore(si, sc.seg[0]) && a.unquotedMatch(a.l.russiaAnaphor, m.end, sc.end) {
		return [2]int{sc.seg[0], sc.end}, true
	}
	return clause, false
}

// canLeadSubject reports whether the words before a name in its clause can
// stand before a subject (subject_lead): names, function words, adverbs
// and a description ("German telecoms group X"), not a verb whose object
// the name is ("Komatsu overtook X").
func (a *analysis) canLeadSubject(lead string) bool {
	if a.l.subjectLead == nil {
		return true
	}
	ws := strings.FieldsFunc(strings.ToLower(lead), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '-' && r != '\''
	})
	if len(ws) > 0 && a.l.subjectLead[ws[len(ws)-1]] && !a.l.stopwords[ws[len(ws)-1]] {
		return true // a description ends the lead: any modifier before it
	}
	for _, w := range strings.Fields(lead) {
		r := []rune(strings.Trim(w, "\"'(),.-–—:;“”‘’"))
		if len(r) == 0 || !unicode.IsLower(r[0]) {
			continue
		}
		lw := string(r)
		if a.l.subjectLead[lw] || strings.HasSuffix(lw, "ly") {
			continue
		}
		return false
	}
	return true
}

// subjectSpan is the clause of a subject: its segment, where the clause
// ends after the name, and (when a relative clause closed by commas
// follows the name) the rest of the clause after that aside.
type subjectSpan struct {
	seg   [2]int
	end   int
	aside [2]int
}

// subjectClause returns the clause of mention m in sentence si when m is
// its subject (at most a few words before it, none of them a word that
// makes it an object or a possessor), in a statement (not a demand or a
// hypothesis).
func (a *analysis) subjectClause(si int, m mention) (sc subjectSpan, ok bool) {
	if a.l.notSubject == nil || a.l.clauseEnd == nil {
		return sc, false
	}
	t := a.t
	seg := segmentOf(a.segments(si), m.start)
	sc.seg = seg
	lead := t.fold[seg[0]:m.start]
	// Dutch puts the subject after the finite verb when an adverbial
	// opens the clause ("In Finland gaat de keten X ..."): only the words
	// after that verb can make the name an object.
	from := seg[0]
	if a.l.invertedVerb != nil {
		for _, v := range a.l.invertedVerb.find(t, seg[0], m.start, a.sc) {
			if strings.TrimSpace(t.fold[v[1]:m.start]) == "" || descriptionOnly.MatchString(t.fold[v[1]:m.start]) {
				from = v[1]
			}
		}
	}
	if len(strings.Fields(lead)) > subjectLeadWords || a.l.notSubject.matches(t, from, m.start, a.sc) || !a.canLeadSubject(lead) {
		return sc, false
	}
	demand := a.demandAt(si)
	if m.start > demand || a.hypothetical(seg[0], seg[1], seg) {
		return sc, false
	}
	end := seg[1]
	if rel, ok := a.l.clauseEnd.first(t, m.end, end, a.sc); ok {
		end = rel[0]
		// A relative clause closed by a comma is an aside ("X, die als
		// enige drank mag verkopen, haalt ..."): the subject's clause goes
		// on after it.
		if rel[0] > m.end && strings.HasPrefix(strings.TrimSpace(t.fold[m.end:rel[0]+1]), ",") {
			if c := strings.IndexByte(t.fold[rel[1]:seg[1]], ','); c >= 0 {
				after := rel[1] + c + 1
				next := seg[1]
				if n, ok := a.l.clauseEnd.first(t, after, seg[1], a.sc); ok {
					next = n[0]
				}
				if next = min(next, demand); next > after {
					sc.aside = [2]int{after, next}
				}
			}
		}
	}
	// Russia after a demand is what others ask of the company ("had X
	// opgeroepen om Rusland te verlaten"), not a report on it.
	sc.end = min(end, demand)
	return sc, true
}

// russiaJustBefore reports Russia named, outside quotes, in the sentence
// before si or in si before upTo: what an anaphor ("er") can stand for.
func (a *analysis) russiaJustBefore(si, upTo int) bool {
	from := a.t.sents[si].start
	if si > 0 {
		from = a.t.sents[si-1].start
	}
	return a.unquotedMatch(a.l.aboutRussia, from, upTo)
}

// unquotedMatch reports a match of ix in [from, to) that starts outside
// quotation marks: what a quoted speaker says is no report of the text's.
func (a *analysis) unquotedMatch(ix *patternIndex, from, to int) bool {
	for _, r := range ix.find(a.t, from, to, a.sc) {
		if a.inQuote(r[0]) < 0 {
			return true
		}
	}
	return false
}

// nounAt reports a word at pos that a word of noun_before (stances.yaml)
// makes a noun: "at the end of January" names a time, not a step.
func (a *analysis) nounAt(pos int) bool {
	before := strings.Fields(a.t.lower[max(0, pos-20):pos])
	if len(before) == 0 || !strings.HasSuffix(a.t.lower[:pos], " ") {
		return false
	}
	return slices.Contains(a.l.nounBefore, before[len(before)-1])
}

// verbStance returns the stance of the first verb class of verb_stances
// (stances.yaml) whose verb stands in the clause, not negated ("legt de
// bouw van een fabriek in Rusland stil": suspends), or "unclear".
func (a *analysis) verbStance(clause [2]int) (string, string) {
	return a.classStance(clause, false)
}

// classStance is verbStance, with nounsOnly over the classes of step
// nouns alone ("the suspension of").
func (a *analysis) classStance(clause [2]int, nounsOnly bool) (string, string) {
	for _, vs := range a.l.verbStances {
		if nounsOnly && !vs.noun {
			continue
		}
		for _, v := range vs.ix.find(a.t, clause[0], clause[1], a.sc) {
			if a.inQuote(v[0]) >= 0 || a.negated(clause, cueMatch{start: v[0], end: v[1]}) || !vs.noun && a.nounAt(v[0]) {
				continue
			}
			// "verbreekt de samenwerking met sponsor X": a partner
			// dropped, the company's own presence untouched.
			if vs.stance == "withdraws" && a.l.partnerDeal != nil && a.l.partnerDeal.matches(a.t, clause[0], clause[1], a.sc) {
				return "unclear", a.t.fold[v[0]:v[1]] + " (of a deal with one partner)"
			}
			return vs.stance, a.t.fold[v[0]:v[1]]
		}
	}
	return "unclear", ""
}

// namedOftenMin is how many times outside quotes an article must name a
// registered company for it to count as reported on whatever the company
// is. Below it, a company still counts unless it comes from a country of
// named_once's skip_countries (stances.yaml): the bare mentions that are no
// report (a medium, a product, an owner, the target of an appeal) are
// dropped one by one before counting, by mentionNoReport.
const namedOftenMin = 3

// namedOften returns, as "unclear" with low confidence and the first
// sentence that names it as evidence, every registered company named
// outside quotes that has no claim: its stance is left for the editor, but
// the company is not lost. On real articles nobody had tuned on, a bare
// mention is far more often a company in a list of responders, or one the
// article reports on in wording no cue knows, than one that is only
// compared with (see named_once in stances.yaml for the figures).
func (a *analysis) namedOften(have []content.Provider) []content.Provider {
	got := map[string]bool{}
	for _, p := range have {
		got[p.ID] = true
	}
	count := map[string]int{}
	first := map[string]int{}
	var order []string
	appeal := map[string]bool{}
	seen := map[string][]mention{}
	for _, m := range a.e.mentions {
		if m.kind != orgMention || m.unknown || got[m.org] || a.inQuote(m.start) >= 0 {
			continue
		}
		if no, inAppeal := a.mentionNoReport(m); no {
			appeal[m.org] = appeal[m.org] || inAppeal
			continue
		}
		if a.mentionContext(m, got) {
			continue
		}
		if info := a.e.orgs[m.org]; info == nil || info.public || info.unknown {
			continue
		}
		if _, ok := count[m.org]; !ok {
			order = append(order, m.org)
			first[m.org] = a.sentOf[m.start]
		}
		count[m.org]++
		seen[m.org] = append(seen[m.org], m)
	}
	var out []content.Provider
	for _, org := range order {
		if first[org] < 0 {
			continue
		}
		if count[org] < namedOftenMin {
			// One who made or got an appeal is named elsewhere as its
			// author or target ("SOC Prime CISO Vlad Garaschenko wrote").
			if appeal[org] {
				continue
			}
			if p, ok := a.x.lx.Provider(org); ok && a.x.namedOnce.skipCountry[p.Country] {
				continue
			}
		}
		const conf = 0.3
		a.namedOnly = append(a.namedOnly, org)
		stance, how, sent := "unclear", "", first[org]
		for _, m := range seen[org] {
			if st, verb := a.clauseVerbStance(m); st != "unclear" {
				stance, how, sent = st, fmt.Sprintf(", by the verb/noun %q of its clause", verb), a.sentOf[m.start]
				break
			}
		}
		a.stanceHow = append(a.stanceHow, fmt.Sprintf("%s stance=%s by being named %d times without a claim%s", org, stance, count[org], how))
		out = append(out, content.Provider{ID: org, Name: a.orgName(org), Stance: stance, StanceConfidence: conf, Confidence: conf,
			Evidence: []content.Evidence{{Field: "stance", Text: a.t.sentText(sent), Confidence: conf}}})
	}
	return out
}

// towardOneParty reports another party named after mention m, up to end,
// right after a word of one_party ("for Aeroflot"): a company (registered
// or not: a name that is no place and not Russia), so the step is toward
// that company alone.
func (a *analysis) towardOneParty(m mention, end int) bool {
	low := a.t.lower
	for _, w := range a.l.oneParty {
		pat := " " + w + " "
		for from := m.end; from < end; {
			i := strings.Index(low[from:end], pat)
			if i < 0 {
				break
			}
			at := from + i + len(pat)
			from = at
			name := strings.Fields(a.t.fold[at:end])
			if len(name) == 0 {
				break
			}
			n := strings.Trim(name[0], ".,;:'\"’")
			if n == "" || !unicode.IsUpper([]rune(n)[0]) || a.l.places[n] || a.l.aboutRussia.matches(a.t, at, min(end, at+len(name[0])), a.sc) {
				continue
			}
			if _, ok := a.l.nationality[strings.ToLower(n)]; ok {
				continue
			}
			return true
		}
	}
	return false
}

// nameEndsAt reports a company mention in [from, at) that ends right
// before at, as a list's names end before its commas.
func (a *analysis) nameEndsAt(from, at int) bool {
	for _, mi := range a.mentionsIn(from, at) {
		if strings.TrimSpace(a.t.fold[a.e.mentions[mi].end:at]) == "" {
			return true
		}
	}
	return false
}

// agentReach is how far before "by X" the verb or noun of X's step may
// stand ("the suspension of all sales in the country by X").
const agentReach = 80

// clauseVerbStance returns the stance of the verb (or its noun) of the
// clause whose subject, or agent ("suspended by X"), mention m is, by
// verb_stances, with the same guards as verbStance: a step in a demand, a
// hypothesis, a quotation or a negation is none, and the verb of another
// company's clause is not its own. "unclear" when there is none.
func (a *analysis) clauseVerbStance(m mention) (string, string) {
	si := a.sentOf[m.start]
	if si < 0 || len(a.l.verbStances) == 0 {
		return "unclear", ""
	}
	if sc, ok := a.subjectClause(si, m); ok {
		// The verb follows its subject, except where an adverbial opening
		// the clause puts the finite verb first (inverted_verb).
		from := m.start
		if a.l.invertedVerb != nil {
			from = sc.seg[0]
			// "Nadat Y stopte, bouwt X ...": a clause before a comma is
			// another's, unless a name ends it (X's list: "A, B en X").
			if c := strings.LastIndexAny(a.t.fold[from:m.start], ",;:"); c >= 0 && !a.nameEndsAt(from, from+c) {
				from += c + 1
			}
		}
		for _, c := range [][2]int{{from, sc.end}, sc.aside} {
			if c[1] <= c[0] {
				continue
			}
			if st, verb := a.verbStance(c); st != "unclear" {
				if a.towardOneParty(m, c[1]) {
					return "unclear", ""
				}
				return st, verb
			}
		}
	}
	if a.l.agentBy == "" || !strings.HasSuffix(a.t.lower[:m.start], " "+a.l.agentBy+" ") {
		return "unclear", ""
	}
	seg := segmentOf(a.segments(si), m.start)
	from := max(seg[0], m.start-agentReach)
	if m.start > a.demandAt(si) || a.hypothetical(seg[0], seg[1], seg) {
		return "unclear", ""
	}
	return a.verbStance([2]int{from, m.start})
}

// mentionNoReport reports (no) a mention that names the company as something
// other than a subject of the news (named_once in stances.yaml): a medium
// or recipient ("on Twitter"), a product or account ("Google Pay"), the
// owner of the company at hand ("in handen van Bacardi"), or one named in
// a sentence of an appeal ("Ukraine asked Sony to pause"), which also sets
// inAppeal.
func (a *analysis) mentionNoReport(m mention) (no, inAppeal bool) {
	r := &a.x.namedOnce
	low := a.t.lower
	for _, w := range r.objectBefore {
		if strings.HasSuffix(low[:m.start], " "+w+" ") {
			return true, false
		}
	}
	for _, w := range r.ownerBefore {
		if strings.HasSuffix(low[:m.start], w+" ") {
			return true, false
		}
	}
	after := low[m.end:]
	for _, w := range r.objectAfter {
		for _, sep := range []string{" ", "-"} {
			if rest, ok := strings.CutPrefix(after, sep+w); ok && (rest == "" || !isAlnum(rest[0])) {
				return true, false
			}
		}
	}
	// A sentence of an appeal reports who asked and who was asked, not
	// what anyone did ("SOC Prime, founded by Ukrainians, appealed to
	// Akamai and Cloudflare to stop").
	if si := a.sentOf[m.start]; si >= 0 {
		sent := " " + low[a.t.sents[si].start:a.t.sents[si].end] + " "
		for _, w := range r.appeals {
			if strings.Contains(sent, " "+w+" ") {
				return true, true
			}
		}
	}
	return false, false
}

// mentionContext reports a mention that names the company as context of
// another's news (named_once in stances.yaml): a sentence of market
// figures ("HPE has a market share of 15 percent"), a clause that makes it
// another's customer, supplier, holding or example ("the company, which
// supplies MTS and Tele2", "merken als Zara"), or a clause whose subject is
// another company with a claim, the mention in its object ("Uber distances
// itself from Yandex", "Yandex is Google, Amazon and eBay in one"). A word
// of clause_breaks opens a new clause where none of that holds ("since
// Ericsson did the same", "terwijl Delhaize ...").
func (a *analysis) mentionContext(m mention, got map[string]bool) bool {
	si := a.sentOf[m.start]
	if si < 0 {
		return false
	}
	r := &a.x.namedOnce
	low := a.t.lower
	s := a.t.sents[si]
	sent := " " + low[s.start:s.end] + " "
	for _, w := range r.statistics {
		if strings.Contains(sent, " "+w+" ") {
			return true
		}
	}
	// The subject of a clause of its own: "..., McDonald's is closing".
	after := strings.Fields(a.t.fold[m.end:min(len(a.t.fold), m.end+60)])
	for k, w := range after {
		if k > 2 {
			break
		}
		if w != "" && unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		if r.subjectVerbs[strings.ToLower(w)] {
			return false
		}
		break
	}
	// Where the mention's clause begins.
	from := s.start
	before := " " + low[s.start:m.start]
	for _, w := range r.breaks {
		pat := " " + w + " "
		if strings.HasPrefix(w, ",") {
			pat = w + " " // ", and": a clause after a comma
		}
		if i := strings.LastIndex(before, pat); i >= 0 {
			from = max(from, s.start+i+len(pat)-1)
		}
	}
	if i := strings.LastIndexAny(before, ":"); i >= 0 {
		from = max(from, s.start+i)
	}
	clause := " " + low[from:m.start]
	for _, w := range r.context {
		if strings.Contains(clause, " "+w+" ") {
			return true
		}
	}
	if slices.Contains(a.subject[si], m.org) || a.conjunctSubject(m) {
		return false
	}
	for _, mi := range a.mentionsIn(from, m.start) {
		o := a.e.mentions[mi]
		if o.org == m.org || a.inQuote(o.start) >= 0 {
			continue
		}
		// "Microsoft's ban ... from tech giants including Apple": a
		// possessive is no subject.
		if rest := a.t.fold[o.end:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		for _, org := range a.resolve(mi, si) {
			if org != m.org && got[org] && slices.Contains(a.subject[si], org) && !a.coSubject(mi, m) {
				return true
			}
		}
	}
	return false
}

// conjunctSubject reports a mention that is the subject of a clause joined
// to the one before by a conjunction (named_once conjuncts): "A halts its
// exports, B ships no more and oil firm C walks away". Another company's
// subject before it does not make it context: after the conjunction stand
// at most two lowercase words of description, and right after the name
// (past its capitalised words) a word that is no function word, list word
// or object word (named_once object_after), its verb. A name followed by a
// comma, a preposition or nothing is left to the rules above.
func (a *analysis) conjunctSubject(m mention) bool {
	r := &a.x.namedOnce
	if len(r.conjuncts) == 0 {
		return false
	}
	from := max(0, m.start-60)
	before := strings.Fields(a.t.lower[from:m.start])
	joined := false
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		w := before[k]
		if r.conjuncts[w] {
			// "Visa and Mastercard issued in Russia": a name before the
			// conjunction makes the two one list, which coSubject reads.
			at := from + strings.LastIndex(a.t.lower[from:m.start], " "+w+" ")
			joined = !a.nameEndsAt(from, at)
			break
		}
		if !lowerWord(w) || a.l.stopwords[w] {
			return false
		}
	}
	if !joined {
		return false
	}
	after := strings.Fields(a.t.fold[m.end:min(len(a.t.fold), m.end+60)])
	for k, w := range after {
		if k > 2 {
			return false
		}
		if unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		lw := strings.ToLower(w)
		return lowerWord(w) && !a.l.stopwords[lw] && !r.listWords[lw] && !slices.Contains(r.objectAfter, lw)
	}
	return false
}

// lowerWord reports a word of lowercase letters only, no punctuation.
func lowerWord(w string) bool {
	for _, c := range w {
		if !unicode.IsLower(c) {
			return false
		}
	}
	return w != ""
}

// describedMember is a list gap whose next member has a one-word
// description: ", sportwinkel Decathlon", "and the retailer Auchan".
var describedMember = regexp.MustCompile(`^\s*(?:,\s*(?:(?:and|en|or|of)\s+)?|\s+(?:and|en|or|of|&)\s+)(?:(?:de|het|the|a|an)\s+)?\p{Ll}[\p{L}-]*\s+$`)

// leadingName is the capitalised words a gap begins with.
var leadingName = regexp.MustCompile(`^\s*(?:\p{Lu}[\p{L}.&-]*\s*)+`)

// coSubject reports whether mention m is one more of a list that begins
// with the subject mention mi: only list words (named_once list_words),
// names and punctuation stand between them ("Bouygues Telecom and Orange
// in France, Telefonica in Spain and 3 and Vodafone in the UK have
// signed"), or each company is joined to the one before as a list is
// ("de doe-het-zelfketen Leroy Merlin, sportwinkel Decathlon en ...").
func (a *analysis) coSubject(mi int, m mention) bool {
	subj := a.e.mentions[mi]
	only := true
	for _, w := range strings.FieldsFunc(a.t.fold[subj.end:m.start], func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '\''
	}) {
		if unicode.IsUpper([]rune(w)[0]) || unicode.IsDigit([]rune(w)[0]) || a.x.namedOnce.listWords[strings.ToLower(w)] {
			continue
		}
		only = false
		break
	}
	if only {
		return true
	}
	// Walk back from m through the list it ends.
	cur := m
	for j := len(a.e.mentions) - 1; j >= 0; j-- {
		o := a.e.mentions[j]
		if o.start >= cur.start {
			continue
		}
		// The name a description mention stands before is no mention of
		// its own: "de bouwmarktketen Leroy Merlin, sportwinkel X".
		gap := leadingName.ReplaceAllString(a.t.fold[o.end:cur.start], "")
		if strings.TrimSpace(gap) != "" && !a.joinsList(o, cur) && !a.describedListGap(gap) && !describedMember.MatchString(gap) && !isListGap(gap) {
			return false
		}
		if o.start == subj.start {
			return true
		}
		cur = o
	}
	return false
}

// ownClaims drops the claims a company has only by reference ("Ook Bunq
// doet mee") that disagree with what the article says of its own step
// ("De internetbank blokkeert overboekingen naar gesanctioneerde banken"):
// its own words win. Claims by reference that agree, or that say what the
// company's own words do not touch (an offer to Ukraine), stand.
func (a *analysis) ownClaims(cs []claim) []claim {
	effectOf := func(c claim) string {
		if c.stance {
			return stanceEffect[c.id]
		}
		if m, ok := a.x.lx.Measure(c.id); ok && m.Effect != "none" {
			return m.Effect
		}
		return ""
	}
	own := map[string]bool{}
	for _, c := range cs {
		if e := effectOf(c); c.byRef == "" && e != "" {
			own[e] = true
		}
	}
	var out []claim
	for _, c := range cs {
		if e := effectOf(c); c.byRef != "" && e != "" && len(own) > 0 && !own[e] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// memberBody reports an organisation the registry does not know whose
// name holds, or right after, a noun of speech.yaml member_bodies
// ("Dutch Data Center Association", "rights group Netzfreiheit",
// "Branchevereniging Thuiswinkel.org"): it speaks for others and is never
// a provider, so no company id is made for it.
func (a *analysis) memberBody(org string) bool {
	info := a.e.orgs[org]
	window := " " + strings.ToLower(info.name) + " "
	for _, m := range a.e.mentions {
		if m.org == org && m.kind == orgMention {
			window += strings.ToLower(a.t.lower[max(0, m.start-40):m.start]) + " "
		}
	}
	// The name as written where no mention was recorded (an unregistered
	// subject found by its role).
	if i := strings.Index(a.t.fold, info.name); i >= 0 {
		window += a.t.lower[max(0, i-40):i] + " "
	}
	window = strings.NewReplacer(",", " ", "-", " ", "(", " ").Replace(window)
	for _, n := range a.l.memberBodies {
		if strings.Contains(window, " "+n+" ") {
			return true
		}
	}
	// Dutch writes them into one word: "Hostingvereniging".
	if a.l.compounds {
		for _, w := range strings.Fields(window) {
			for _, n := range a.l.memberBodies {
				if len(n) >= 6 && len(w) > len(n) && strings.HasSuffix(w, n) {
					return true
				}
			}
		}
	}
	return false
}

func firstClaim(cs []claim) int {
	m := 1 << 30
	for _, c := range cs {
		m = min(m, c.sent)
	}
	return m
}

// namedStancesFirst drops the stance cues a company got from a sentence
// about a group that does not name it ("these companies' exits") where
// they contradict the stance cues of sentences that name it ("Among those
// operating undeterred: ... Koch Industries ..."): what the text says of
// the company by name outweighs what a plural reference carries to it.
func (a *analysis) namedStancesFirst(cs []claim) []claim {
	namedIDs := map[string]bool{}
	var unnamed int
	isNamed := make([]bool, len(cs))
	for i, c := range cs {
		if !c.stance || c.byRef != "" || c.sent < 0 || c.sent >= len(a.t.sents) {
			continue
		}
		s := a.t.sents[c.sent]
		plural := false
		for _, mi := range a.mentionsIn(s.start, s.end) {
			m := a.e.mentions[mi]
			if m.kind == orgMention && m.org == c.org {
				isNamed[i] = true
				break
			}
			plural = plural || m.kind == pronounMention && m.plural
		}
		switch {
		case isNamed[i]:
			namedIDs[c.id] = true
		case plural:
			unnamed++
		default:
			// A sentence with no subject of its own ("Nu gaat het werk
			// er weer verder") goes on about the company: it counts
			// as naming it.
			isNamed[i] = true
		}
	}
	if len(namedIDs) == 0 || unnamed == 0 {
		return cs
	}
	out := make([]claim, 0, len(cs))
	for i, c := range cs {
		if c.stance && c.byRef == "" && !isNamed[i] && !namedIDs[c.id] {
			continue
		}
		out = append(out, c)
	}
	return out
}

// appendEvidence adds e unless the same field already cites that sentence;
// three sentences per field are enough for a reader.
func appendEvidence(list []content.Evidence, e content.Evidence) []content.Evidence {
	n := 0
	for _, x := range list {
		if x.Field == e.Field {
			if x.Text == e.Text {
				return list
			}
			n++
		}
	}
	if n >= 3 {
		return list
	}
	return append(list, e)
}

// decideStance applies the rules in content/data/stances.yaml's header:
// explicit stance cues first, then the effects of the measures.
func (a *analysis) decideStance(cs []claim) (string, float64, []int, string) {
	cs = a.namedStancesFirst(cs)
	stances := map[string][]claim{}
	effects := map[string][]claim{}
	for _, c := range cs {
		if c.stance {
			stances[c.id] = append(stances[c.id], c)
		} else if m, ok := a.x.lx.Measure(c.id); ok && m.Effect != "" && m.Effect != "none" {
			effects[m.Effect] = append(effects[m.Effect], c)
		}
	}
	var how string // which rule decided, for --explain
	pick := func(id string, conf float64, groups ...[]claim) (string, float64, []int, string) {
		var sents []int
		var cues []string
		best := 0.0
		for _, g := range groups {
			for _, c := range g {
				sents = appendInt(sents, c.sent)
				best = max(best, c.confidence)
				cue := c.cue.id
				if c.byRef != "" {
					cue += " (by reference to " + c.byRef + ")"
				}
				if !contains(cues, cue) {
					cues = append(cues, cue)
				}
			}
		}
		sort.Ints(sents)
		return id, conf * (0.5 + best/2), sents, how + " [" + strings.Join(cues, ", ") + "]"
	}
	staying := append(append([]claim{}, stances["stays"]...), effects["stay"]...)
	explicit := func(rule string) { how = "stance cue: " + rule }
	effect := func(rule string) { how = "measure effects: " + rule }
	switch {
	case len(stances["withdraws"]) > 0 && len(stances["suspends"]) > 0 && len(effects["stay"]) > 0 && sameSentences(stances["withdraws"], stances["suspends"]):
		// "stopt activiteiten in Rusland" reads as an exit and as a
		// pause alike; with existing customers still served ("blijft
		// onderdelen leveren") it is a restriction.
		explicit("a stop read as exit and as pause, with service kept, is a restriction")
		return pick("restricts", 0.75, stances["suspends"], effects["stay"])
	case len(stances["withdraws"]) > 0:
		explicit("an exit cue wins")
		return pick("withdraws", 0.9, stances["withdraws"])
	case len(stances["suspends"]) > 0 && len(staying) > 0:
		explicit("a pause together with staying is a restriction")
		return pick("restricts", 0.8, stances["suspends"], staying)
	case len(stances["suspends"]) > 0:
		explicit("a pause")
		return pick("suspends", 0.85, stances["suspends"])
	case len(stances["restricts"]) > 0:
		explicit("a restriction")
		return pick("restricts", 0.85, stances["restricts"])
	case len(stances["stays"]) > 0 && (len(effects["restrict"]) > 0 || len(effects["limit"]) > 0 || len(effects["suspend"]) > 0):
		explicit("staying, with measures that limit or pause, is a restriction")
		return pick("restricts", 0.75, stances["stays"], effects["restrict"], effects["limit"], effects["suspend"])
	case len(stances["stays"]) > 0:
		explicit("staying")
		return pick("stays", 0.85, stances["stays"])
	case len(effects["withdraw"]) > 0:
		effect("a measure that ends service is an exit")
		return pick("withdraws", 0.7, effects["withdraw"])
	case len(effects["suspend"]) > 0 && len(effects["stay"]) > 0:
		effect("no new business while existing service stays is a restriction")
		return pick("restricts", 0.65, effects["suspend"], effects["stay"])
	case len(effects["suspend"]) > 0:
		effect("a measure that pauses business is a pause")
		return pick("suspends", 0.65, effects["suspend"])
	case len(effects["restrict"]) > 0:
		effect("a measure that restricts")
		return pick("restricts", 0.65, effects["restrict"])
	case len(effects["limit"]) > 0 && len(effects["stay"]) > 0:
		effect("limits while staying is a restriction")
		return pick("restricts", 0.65, effects["limit"], effects["stay"])
	case len(effects["limit"]) > 0:
		effect("limits alone say nothing of presence in Russia")
		// Blocking state media or ads limits what a company shows, but
		// says nothing of whether it still operates in Russia.
		return pick("unclear", 0.5, effects["limit"])
	case len(effects["stay"]) > 0:
		effect("a measure that keeps service running")
		return pick("stays", 0.65, effects["stay"])
	}
	if len(stances["unclear"]) > 0 {
		// A statement cue of its own (stances.yaml "unclear": condemning
		// the war, "yet to announce") is evidence; a step turned unclear
		// (an option only weighed, a step outside Russia) is not.
		var statements []claim
		for _, c := range stances["unclear"] {
			if c.cue.id == "unclear" {
				statements = append(statements, c)
			}
		}
		if len(statements) > 0 {
			explicit("a statement without a step")
			return pick("unclear", 0.6, statements)
		}
		// Same outcome as the default, but --explain says why.
		_, _, _, how = pick("unclear", 0.3, stances["unclear"])
		return "unclear", 0.3, nil, "a step that tells nothing of its presence in Russia (an option only weighed, or a step outside Russia such as Russian goods dropped at home)" + how
	}
	return "unclear", 0.3, nil, "default: no stance cue and no measure with an effect"
}

// sameSentences reports whether every claim of xs stands in a sentence
// that one of ys also claims from: the two cues read the same words.
func sameSentences(xs, ys []claim) bool {
	for _, x := range xs {
		found := false
		for _, y := range ys {
			if y.sent == x.sent {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func appendInt(list []int, v int) []int {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// between is s[i:j], or "" when the spans overlap (j < i): a mention the
// lexicon reads into the cue ("Vodafone Ukraine gives Ukrainian ...")
// has no gap before it.
func between(s string, i, j int) string {
	if j <= i {
		return ""
	}
	return s[i:j]
}

// outsideRussia reports whether a measure cue stands in a sentence that
// places its step outside Russia and names no step in Russia: goods of
// Russian origin leaving a shop's shelves or a buyer's contracts at home
// ("stopt met de verkoop van Russische wodka", "geen nieuwe contracten
// voor Russisch gas"), service kept up in Ukraine. A sentence that names
// no Russia at all ("Ook Stolichnaya wordt niet meer geleverd") takes the
// place of the sentence before it in its paragraph.
func (a *analysis) outsideRussia(si int, m cueMatch) bool {
	c := m.cue
	if c.outsideRussia == nil {
		return false
	}
	t, s := a.t, a.t.sents[si]
	in := func(s sentence) bool { return c.inRussia != nil && c.inRussia.matches(t, s.start, s.end, a.sc) }
	if in(s) {
		return false
	}
	if c.outsideRussia.matches(t, s.start, s.end, a.sc) {
		return true
	}
	if si == 0 || t.sents[si-1].para != s.para || (a.l.aboutRussia != nil && a.l.aboutRussia.matches(t, s.start, s.end, a.sc)) {
		return false
	}
	p := t.sents[si-1]
	return c.outsideRussia.matches(t, p.start, p.end, a.sc) && !in(p)
}

// kindOf returns the registry kind of a company ("" when unregistered).
func (a *analysis) kindOf(org string) string {
	if p, ok := a.x.lx.Provider(org); ok {
		return p.Kind
	}
	return ""
}

// officeBusiness reports a company whose business in Russia is its
// offices (stances.yaml office_kinds: a law firm, an auditor) and whose
// every stance sentence closes offices there (office_exit): for it that
// is an exit, not the restriction it is for a firm that serves Russia
// from elsewhere.
func (a *analysis) officeBusiness(org string, sents []int) bool {
	if a.l.officeExit == nil || len(sents) == 0 || !slices.Contains(a.x.lx.Stances.OfficeKinds, a.kindOf(org)) {
		return false
	}
	for _, si := range sents {
		s := a.t.sents[si]
		if !a.l.officeExit.matches(a.t, s.start, s.end, a.sc) {
			return false
		}
	}
	return true
}

// joinedCompanies returns the companies a provider joins in its step
// ("Nestle fell into line with rivals Procter & Gamble and Unilever in
// halting investment in Russia", "X has joined A, B and C in ..."): the
// registered companies (with their list) right after a joins cue
// (stances.yaml) whose subject, the company named last before the cue in
// the sentence, is a provider with evidence there. Each takes that
// provider's stance and measures, by reference, with low confidence.
func (a *analysis) joinedCompanies(have []content.Provider) []content.Provider {
	if a.l.joins == nil {
		return nil
	}
	got := map[string]*content.Provider{}
	for i := range have {
		got[have[i].ID] = &have[i]
	}
	var out []content.Provider
	for si, s := range a.t.sents {
		for _, j := range a.l.joins.find(a.t, s.start, s.end, a.sc) {
			if a.inQuote(j[0]) >= 0 {
				continue
			}
			var subject *content.Provider
			for _, mi := range a.mentionsIn(s.start, j[0]) {
				if m := a.e.mentions[mi]; m.kind == orgMention && got[m.org] != nil {
					subject = got[m.org]
				}
			}
			if subject == nil || !a.evidenceIn(*subject, si) {
				continue
			}
			for _, mi := range a.mentionsIn(j[1], min(s.end, j[1]+60)) {
				m := a.e.mentions[mi]
				if m.kind != orgMention || strings.ContainsAny(a.t.fold[j[1]:m.start], ".;") {
					break
				}
				for _, org := range a.groupAt(mi) {
					if info := a.e.orgs[org]; got[org] != nil || info == nil || info.unknown || info.public {
						continue
					}
					const conf = 0.3
					p := content.Provider{ID: org, Name: a.orgName(org), Stance: subject.Stance, Measures: slices.Clone(subject.Measures),
						StanceConfidence: conf, Confidence: conf,
						Evidence: []content.Evidence{{Field: "stance", Text: a.t.sentText(si), Confidence: conf}}}
					a.stanceHow = append(a.stanceHow, fmt.Sprintf("%s stance=%s by joining %s in its step", org, p.Stance, subject.ID))
					out = append(out, p)
					got[org] = &out[len(out)-1]
				}
				break
			}
		}
	}
	return out
}

// evidenceIn reports whether the provider's evidence holds sentence si.
func (a *analysis) evidenceIn(p content.Provider, si int) bool {
	text := a.t.sentText(si)
	for _, e := range p.Evidence {
		if e.Text == text {
			return true
		}
	}
	return false
}

// reportGap is what stands between a list of companies and the plural
// pronoun that takes it up: a reporting verb, with no clause break
// ("A, B and C said they ...", "A en B lieten weten dat ze ...").
var reportGap = regexp.MustCompile(`^[^,;:.()"]{1,45}$`)

// listRightBefore returns the companies of the list that ends right
// before pronoun mention pi in sentence si, if one does.
func (a *analysis) listRightBefore(si, pi int) []string {
	s := a.t.sents[si]
	p := a.e.mentions[pi]
	for mi := pi - 1; mi >= 0; mi-- {
		m := a.e.mentions[mi]
		if m.start < s.start {
			return nil
		}
		if m.kind != orgMention {
			continue
		}
		if !reportGap.MatchString(a.t.fold[m.end:p.start]) {
			return nil
		}
		return a.groupAt(mi)
	}
	return nil
}
