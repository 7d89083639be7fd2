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
		keep = append(keep, o)
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
		if mm.start > m.start && mm.start < m.end && aidRecipientBefore.MatchString(a.t.fold[max(m.start, mm.start-60):mm.start]) {
			continue
		}
		return false
	}
	// Not named in the sentence (a pronoun, the topic): its own.
	return seen
}

// notAName reports whether an organisation the registry lacks is, at
// every mention in the text, no company's name: a country (a region word
// of providers.yaml, "our teams in Poland and Romania") or a word that
// describes companies ("Telecom operators").
func (a *analysis) notAName(org string) bool {
	if info := a.e.orgs[org]; info == nil || !info.unknown {
		return false
	}
	seen := false
	for _, mm := range a.e.mentions {
		if mm.kind != orgMention || mm.org != org {
			continue
		}
		seen = true
		si := a.sentOf[mm.start]
		if si < 0 {
			return false
		}
		if !a.x.regions[strings.ToLower(a.t.fold[mm.start:mm.end])] && !aidDescriptorAfter.MatchString(a.t.lower[mm.end:a.t.sents[si].end]) {
			return false
		}
	}
	return seen
}
