package extract

import (
	"regexp"
	"strings"
)

// aidMeasure is the measure whose cues (measures.yaml, with the aid-give,
// aid-for and aid-goods classes of stances.yaml) are a help verb and whom
// the help is for. Such a clause names the giver and, often, the receiver
// ("gave to charities including UNICEF"; "schenkt geld aan het Rode
// Kruis"); only the giver responds.
const aidMeasure = "humanitarian-aid"

// aidRecipientBefore is what, right before an organisation named inside an
// aid clause, makes it the receiver or a go-between of the help rather
// than its giver: a preposition of direction or company, or a list that
// one opens.
var aidRecipientBefore = regexp.MustCompile(`(?i)\b(to|for|towards?|with|through|via|including|such as|like|partner(ed|ing)? with|aan|voor|naar|met|via|samen met|zoals|waaronder|onder meer|bij)\b[^.;]{0,40}$`)

// aidForFronted is whom the help is for, fronted and closed by a comma
// right before the giver: "For families displaced by the fighting, Acme
// has donated call minutes". The giver is the subject after it.
var aidForFronted = regexp.MustCompile(`(?i)^(?:for|to help|to support)\s[^,.;]{1,80},\s*(?:[\w-]+\s+){0,6}$`)

// aidDescriptorAfter follows a word that describes companies rather than
// naming one: "Telecom operators provide free calls".
var aidDescriptorAfter = regexp.MustCompile(`^\s+(operators|companies|firms|providers|groups|carriers|giants|businesses|bedrijven|operatoren|aanbieders|providers)\b`)

// aidGivers keeps, of the organisations attribute found for an aid cue,
// those that give the help: not one named inside the clause after a word
// that makes it the receiver, not a country (a region word of
// providers.yaml, "our teams in Poland and Romania"), not a word that
// describes companies. Other measures' organisations pass unchanged.
func (a *analysis) aidGivers(si int, m cueMatch, orgs []string) []string {
	if m.cue.id != aidMeasure || len(orgs) == 0 {
		return orgs
	}
	s := a.t.sents[si]
	keep := orgs[:0:0]
	for _, o := range orgs {
		if a.aidReceiverOnly(s.start, s.end, m, o) || a.notAName(o) {
			continue
		}
		keep = append(keep, a.withoutIntroducer(o))
	}
	return keep
}

// aidReceiverOnly reports whether every mention of org in the sentence
// [from,to) is one that cannot give the help of cue match m.
func (a *analysis) aidReceiverOnly(from, to int, m cueMatch, org string) bool {
	seen := false
	for _, mi := range a.mentionsIn(from, to) {
		mm := a.e.mentions[mi]
		if mm.kind != orgMention || mm.org != org {
			continue
		}
		seen = true
		if mm.start > m.start && mm.start < m.end && aidRecipientBefore.MatchString(a.t.fold[max(m.start, mm.start-60):mm.start]) && !aidForFronted.MatchString(a.t.fold[m.start:mm.start]) {
			continue
		}
		return false
	}
	// Not named in the sentence (a pronoun, the topic): its own.
	return seen
}

// notAName reports whether an organisation the registry lacks is, at
// every mention in the text, no company's name: a country (a region word
// of providers.yaml, "our teams in Poland and Romania"), a word that
// describes companies ("Telecom operators"), or a charity or relief fund
// that passes the help on (aid-for: "the Disaster Relief Fund").
func (a *analysis) notAName(org string) bool {
	info := a.e.orgs[org]
	if info == nil || !info.unknown || info.name == "" {
		return false
	}
	// Every place the name is written, mention or not (a subject found
	// by its clause is no mention).
	seen := false
	for _, at := range wholeWords(a.t.fold, info.name, 0) {
		si := a.sentOf[at[0]]
		if si < 0 {
			return false
		}
		seen = true
		end := a.t.sents[si].end
		// The name with the word after it, which a name finder may have
		// left out ("Disaster Relief [Fund]").
		named := a.t.lower[at[0]:at[1]] + nextWordOf(a.t.lower[at[1]:end])
		charity := a.l.aidFor != nil && a.l.aidFor.MatchString(named)
		if !charity && !a.x.regions[strings.ToLower(info.name)] && !aidDescriptorAfter.MatchString(a.t.lower[at[1]:end]) {
			return false
		}
	}
	return seen
}

// aidGiverConf is the confidence of a company the registry lacks, found
// only as the subject of an aid clause: low, so the editor checks it.
const aidGiverConf = 0.5

// aidLocation is where a company named as a giver is based, between its
// name and its verb: "De Rooy in Son", "a dairy from Friesland".
var aidLocation = regexp.MustCompile(`^\s*(?:,\s*)?(?:in|uit|from|of|at|aan|bij|near|nabij)\s+` + capWord + `(?:\s+` + capWord + `)*\s*,?`)

// aidSubject finds the giver of an aid clause that names no company the
// registry or the entity finder knows: a capitalised name at the head of
// the clause, introduced by a noun for a business ("Transportbedrijf De
// Rooy", "dating app Bumble", "de hotelketen X"; stances.yaml class
// aid-giver and the nouns that introduce companies elsewhere) or shaped
// like no ordinary word, followed by the verb within a few words ("is
// een inzamelingsactie gestart", "has opened its doors"). Local firms,
// hotels, farms and employers that help are seldom registered; a person,
// a country, a public body or a common word is never made one.
func (a *analysis) aidSubject(si int, m cueMatch) string {
	if m.cue.id != aidMeasure || a.inQuote(m.start) >= 0 {
		return ""
	}
	s := a.t.sents[si]
	f := a.t.fold
	from := s.start
	if br := clauseBreak.FindAllStringIndex(f[s.start:m.start], -1); br != nil {
		from = s.start + br[len(br)-1][1]
	}
	head := f[from:m.start]
	// The first name that fits, within the clause's first words: in "Het
	// Brabantse bedrijf Vlisco" or "Dairy farmer Greenhollow Farms" the
	// capitals before the noun are no name.
	for _, loc := range aidName.FindAllStringIndex(head, 3) {
		if len(strings.Fields(head[:loc[0]])) > 3 {
			break
		}
		if id := a.aidGiverAt(from, loc[0], loc[1], m.start); id != "" {
			return id
		}
	}
	return ""
}

// aidName is a capitalised name, with the particles of Dutch names
// inside it ("Van der Valk", "Hoeve de Linde").
var aidName = regexp.MustCompile(capWord + `(?:\s+(?:(?:van der|van den|van de|van|de|der|den|ter|ten)\s+)?` + capWord + `){0,4}`)

// dutchParticle opens a Dutch family name.
var dutchParticle = regexp.MustCompile(`^(Van|De|Ter|Ten|Van't)$`)

// aidGiverAt is the id of the name at [from+s, from+e) when it is the
// subject of the aid cue at cueStart, or "".
func (a *analysis) aidGiverAt(from, s, e, cueStart int) string {
	f := a.t.fold
	head := f[from:cueStart]
	words := strings.Fields(head[s:e])
	start := from + s
	// The noun that introduces the name: the word before the run, or the
	// run's own first word at a sentence start ("Transportbedrijf De
	// Rooy").
	prev := strings.ToLower(lastWord(strings.TrimSpace(head[:s])))
	introduced := a.aidIntroducer(prev)
	if first := strings.ToLower(words[0]); len(words) > 1 && a.aidIntroducer(first) {
		introduced = true
		start += len(words[0]) + 1
		words = words[1:]
	}
	// "Mr Farquhar also said they would match donations": a title of
	// address makes a person, never a company.
	if a.l.honorifics[words[0]] || a.l.honorifics[lastWord(strings.TrimSpace(head[:s]))] {
		return ""
	}
	name := strings.Join(words, " ")
	end := start + len(name)
	rest := f[end:cueStart]
	if l := aidLocation.FindStringIndex(rest); l != nil {
		rest = rest[l[1]:]
	}
	if len(strings.Fields(rest)) > 4 || capRun.MatchString(rest) || strings.HasPrefix(rest, "'") {
		return ""
	}
	// A registry company is the subject under its own id ("Bol
	// verdubbelt de donaties ... aan Giro 555").
	if id := a.x.nameID[name]; id != "" {
		return id
	}
	// A name the text does not introduce must look like one: "Bumble
	// said" is no more a company than "Refugees arrived" without it.
	// A Dutch family name opens with its particle ("Van der Valk", "De
	// Rooy"), a word that alone is no name.
	particle := len(words) > 1 && dutchParticle.MatchString(words[0])
	if !introduced && (len(words) == 1 && (a.isCommonWord(name) || !a.properNoun(name)) || a.x.notProvAll[words[0]] && !particle) {
		return ""
	}
	// A charity or a relief fund receives or passes on the help; it is
	// not a company responding ("Disaster Relief Fund will give to ...").
	if a.l.aidFor != nil && a.l.aidFor.MatchString(strings.ToLower(name)) {
		return ""
	}
	if a.x.notProvAll[name] || a.l.adjectiveRun(name) || a.x.people[name].Name != "" || a.e.people[name] != nil || a.x.regions[strings.ToLower(name)] || a.x.publicBodies[prev] || publicName.MatchString(name) {
		return ""
	}
	id := a.x.orgID(name)
	if len(id) < 2 {
		return ""
	}
	a.e.addOrg(id, a.t.span(start, end), true)
	return id
}

// aidIntroducer reports a noun that introduces a business by what it is:
// the nouns that introduce companies elsewhere, the Dutch compounds of
// the descriptions ("transportbedrijf"), and the aid-giver class of
// stances.yaml (hotels, farms, employers).
func (a *analysis) aidIntroducer(w string) bool {
	if w == "" {
		return false
	}
	if a.x.introducers[w] || a.l.compoundNoun(w) || a.l.descNouns[w] && len(w) >= 5 {
		return true
	}
	return a.l.aidGiver != nil && a.l.aidGiver.MatchString(w)
}

// compileAidGiver compiles the aid-giver class of stances.yaml for one
// language into a whole-word matcher; nil when the language has none.
func compileAidGiver(l *language) *regexp.Regexp {
	alt, ok := l.classes["aid-giver"]
	if !ok {
		return nil
	}
	return regexp.MustCompile(`^` + alt + `$`)
}

// compileAidFor compiles the aid-for class of stances.yaml for one
// language into a matcher of whom help is for, anywhere in a name; nil
// when the language has none.
func compileAidFor(l *language) *regexp.Regexp {
	alt, ok := l.classes["aid-for"]
	if !ok {
		return nil
	}
	return regexp.MustCompile(`\b` + alt + `\b`)
}

// nextWordOf is the first word of s with the space before it, or "".
func nextWordOf(s string) string {
	t := strings.TrimLeft(s, " ")
	if t == "" || len(t) == len(s) {
		return ""
	}
	if i := strings.IndexAny(t, " ,.;:"); i >= 0 {
		t = t[:i]
	}
	return " " + t
}

// withoutIntroducer is the id of an organisation the registry lacks
// under its whole name: without the noun that introduced it, where the
// name finder took that noun for part of the name at a sentence start
// ("Melkveehouder Hoeve Zonneweide" is Hoeve Zonneweide), and with the
// initials and particle of a Dutch family firm it left out ("E. van").
func (a *analysis) withoutIntroducer(org string) string {
	info := a.e.orgs[org]
	if info == nil || !info.unknown {
		return org
	}
	words := strings.Fields(info.name)
	name := info.name
	switch {
	case len(words) > 1 && a.aidIntroducer(strings.ToLower(words[0])):
		name = strings.Join(words[1:], " ")
	case a.initialsBefore(org) != "":
		// "E. van Wijk Group": the name finder stopped at the particle.
		name = a.initialsBefore(org) + name
	default:
		return org
	}
	id := a.x.orgID(name)
	if len(id) < 2 {
		return org
	}
	if a.e.orgs[id] == nil {
		a.e.addOrg(id, name, true)
	}
	return id
}

// initialsParticle ends the text right before a Dutch family firm's name
// with its initials and particle: "de E. van [Wijk Group]", "J. van der
// [Heijden Transport]".
var initialsParticle = regexp.MustCompile(`(?:^|[^A-Za-z.])((?:[A-Z]\.\s?){1,3}(?:van der|van den|van de|van|de|ter|ten)\s+)$`)

// initialsBefore is the initials and particle written right before
// every mention of org, or "" when one mention has none.
func (a *analysis) initialsBefore(org string) string {
	got := ""
	for _, mm := range a.e.mentions {
		if mm.kind != orgMention || mm.org != org {
			continue
		}
		m := initialsParticle.FindStringSubmatch(a.t.fold[max(0, mm.start-20):mm.start])
		if m == nil || got != "" && m[1] != got {
			return ""
		}
		got = m[1]
	}
	return got
}

// compileAidTravel compiles the aid-travel class of stances.yaml for one
// language into a whole-word matcher; nil when the language has none.
func compileAidTravel(l *language) *regexp.Regexp {
	alt, ok := l.classes["aid-travel"]
	if !ok {
		return nil
	}
	return regexp.MustCompile(`\b(?:` + alt + `)\b`)
}

// carrierBefore ends right before the company people travel with: "met
// de", "with".
var carrierBefore = regexp.MustCompile(`(?i)\b(?:met|with|on|bij)\s+(?:de\s+|het\s+|the\s+)?$`)

// aidCarriers finds, for an aid cue with no giver, the companies people
// travel with in its sentence: "vluchtelingen kunnen gratis reizen met
// X", "refugees can travel free with X". The carrier gives the help; a
// bare "met X" elsewhere is a partner or a receiver, so the clause must
// speak of travelling (stances.yaml aid-travel).
func (a *analysis) aidCarriers(si int, m cueMatch) []string {
	if m.cue.id != aidMeasure || a.l.aidTravel == nil || a.inQuote(m.start) >= 0 {
		return nil
	}
	s := a.t.sents[si]
	seg := segmentOf(a.segments(si), m.start)
	var out []string
	for _, mi := range a.mentionsIn(seg[0], seg[1]) {
		mm := a.e.mentions[mi]
		if mm.kind != orgMention || a.inQuote(mm.start) >= 0 || !carrierBefore.MatchString(a.t.fold[max(s.start, mm.start-12):mm.start]) {
			continue
		}
		// The travel verb right around "met X": "reizen met X", "met de
		// X reizen"; "praten met X over gratis vervoer" is a partner.
		around := lastWords(a.t.lower[seg[0]:mm.start], 4) + " " + strings.Join(strings.Fields(a.t.lower[mm.end:seg[1]])[:min(2, len(strings.Fields(a.t.lower[mm.end:seg[1]])))], " ")
		if !a.l.aidTravel.MatchString(around) {
			continue
		}
		if info := a.e.orgs[mm.org]; info == nil || info.public || a.notAName(mm.org) {
			continue
		}
		out = appendUnique(out, a.groupAt(mi)...)
	}
	if len(out) == 0 {
		out = a.unknownCarrier(seg)
	}
	return out
}

// carrierName is a capitalised name after "met" or "with": the carrier
// the registry lacks ("reizen met Regiobus Twente").
var carrierName = regexp.MustCompile(`\b(?:met|with)\s+(?:de\s+|het\s+|the\s+)?(` + capWord + `(?:\s+` + capWord + `){0,3})`)

// unknownCarrier is the carrier the registry lacks that people travel
// with in clause seg, right by a travel word; nil when there is none or
// its name is a place, a person or an ordinary word.
func (a *analysis) unknownCarrier(seg [2]int) []string {
	f := a.t.fold
	for _, loc := range carrierName.FindAllStringSubmatchIndex(f[seg[0]:seg[1]], -1) {
		s, e := seg[0]+loc[2], seg[0]+loc[3]
		if a.inQuote(s) >= 0 {
			continue
		}
		around := lastWords(a.t.lower[seg[0]:s], 4) + " " + strings.Join(strings.Fields(a.t.lower[e:seg[1]])[:min(2, len(strings.Fields(a.t.lower[e:seg[1]])))], " ")
		if !a.l.aidTravel.MatchString(around) {
			continue
		}
		name := f[s:e]
		words := strings.Fields(name)
		if a.personAt(s) || surnameAfter.MatchString(f[e:min(len(f), e+12)]) {
			continue // "met Jan de Vries": a person
		}
		if a.x.notProvAll[name] || a.x.notProvAll[words[0]] || a.l.adjectiveRun(name) || a.l.places[name] || a.x.regions[strings.ToLower(name)] ||
			a.x.people[name].Name != "" || a.e.people[name] != nil || len(words) == 1 && a.isCommonWord(name) || publicName.MatchString(name) {
			continue
		}
		id := a.x.nameID[name]
		if id == "" {
			if id = a.x.orgID(name); len(id) < 2 {
				continue
			}
			a.e.addOrg(id, a.t.span(s, e), true)
		}
		return []string{id}
	}
	return nil
}

// surnameAfter follows a first name: the particle of a Dutch surname.
var surnameAfter = regexp.MustCompile(`^\s+(?:van|de|der|den|ter|ten|von)\s+[A-Z]`)

// personAt reports a person's name found starting at fold offset s.
func (a *analysis) personAt(s int) bool {
	for _, mi := range a.mentionsIn(s, s+1) {
		if m := a.e.mentions[mi]; m.kind == personMention && m.start == s {
			return true
		}
	}
	return false
}
