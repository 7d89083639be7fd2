package extract

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// marketSubject is the compiled market_subject section of stances.yaml for
// one language: what makes a company the subject of a clause about its
// business in Russia when no cue knows the clause's wording.
type marketSubject struct {
	about, aboutAid *regexp.Regexp
	clauseStart     *regexp.Regexp
	clauseEnd       *regexp.Regexp
	notSubject      *regexp.Regexp
	notVerb         *regexp.Regexp
	// stances in the order they are tried: an exit verb wins over a pause.
	stances []stanceVerbs
}

type stanceVerbs struct {
	id string
	re *regexp.Regexp
}

// marketStanceOrder is the order stance verbs are tried in: the stronger
// step first, as decideStance lets an exit win over a pause.
var marketStanceOrder = []string{"withdraws", "suspends", "restricts", "stays"}

// compileMarketSubject compiles the section for lang; nil when the language
// has no "about" patterns (the mechanism is then off).
func compileMarketSubject(l *language, ms lexicon.MarketSubject, dir, lang string) (*marketSubject, error) {
	if len(ms.About[lang]) == 0 {
		return nil, nil
	}
	file := filepath.Join(dir, "stances.yaml")
	one := func(name string, pats []string) (*regexp.Regexp, error) {
		if len(pats) == 0 {
			return nil, nil
		}
		exp, err := l.expandClasses(pats)
		if err != nil {
			return nil, fmt.Errorf("%s: market_subject %s: %w", file, name, err)
		}
		re, err := regexp.Compile(caseless(`(?:` + strings.Join(exp, `)|(?:`) + `)`))
		if err != nil {
			return nil, fmt.Errorf("%s: market_subject %s: %w", file, name, err)
		}
		return re, nil
	}
	out := &marketSubject{}
	var err error
	for _, f := range []struct {
		into **regexp.Regexp
		name string
		pats []string
	}{
		{&out.about, "about", ms.About[lang]},
		{&out.aboutAid, "about_aid", ms.AboutAid[lang]},
		{&out.clauseStart, "clause_start", ms.ClauseStart[lang]},
		{&out.clauseEnd, "clause_end", ms.ClauseEnd[lang]},
		{&out.notSubject, "not_subject", ms.NotSubject[lang]},
		{&out.notVerb, "not_verb", ms.NotVerb[lang]},
	} {
		if *f.into, err = one(f.name, f.pats); err != nil {
			return nil, err
		}
	}
	ids := make([]string, 0, len(ms.Stances))
	for id := range ms.Stances {
		ids = append(ids, id)
	}
	sort.Strings(ids) // the same error first on every run
	for _, id := range ids {
		if !contains(marketStanceOrder, id) {
			return nil, fmt.Errorf("%s: market_subject stances: %q is not one of %v", file, id, marketStanceOrder)
		}
	}
	for _, id := range marketStanceOrder {
		re, err := one("stances "+id, ms.Stances[id][lang])
		if err != nil {
			return nil, err
		}
		if re != nil {
			out.stances = append(out.stances, stanceVerbs{id: id, re: re})
		}
	}
	return out, nil
}

// marketSubjectConf is the confidence of a provider found only as the
// subject of a clause about Russia: low, so the editor checks it.
const marketSubjectConf = 0.35

// marketSubjects returns, for every registered company without a claim
// that is the grammatical subject (alone or in a coordinated list) of a
// clause about Russia or Ukraine outside quotes, a provider whose stance
// the clause's verb class decides, else "unclear". Real outlets word a
// company's step in more ways than any cue list holds; that the company
// is the clause's subject and the clause is about its business there is
// what stays the same.
func (a *analysis) marketSubjects(have []content.Provider) []content.Provider {
	ms := a.l.market
	if ms == nil {
		return nil
	}
	got := map[string]bool{}
	for _, p := range have {
		got[p.ID] = true
	}
	var out []content.Provider
	mentions := a.e.mentions
	for mi := 0; mi < len(mentions); mi++ {
		m := mentions[mi]
		if m.kind != orgMention || a.inQuote(m.start) >= 0 {
			continue
		}
		si := a.sentOf[m.start]
		// A name with a sentence mark inside ("Yum! Brands") can run past
		// the sentence the splitter made: it heads no clause there.
		if si < 0 || m.end > a.t.sents[si].end {
			continue
		}
		// The list the company heads or belongs to: "Dell, Microsoft, and
		// Apple have issued statements".
		// Outside a headline a list closes with "and": in "announced by
		// Dell and Ericsson, Logitech said" the comma ends the list.
		last, closed := mi, mi
		for last+1 < len(mentions) && mentions[last+1].kind == orgMention && a.sentOf[mentions[last+1].start] == si &&
			mentions[last+1].end <= a.t.sents[si].end &&
			listJoin.MatchString(a.t.fold[mentions[last].end:mentions[last+1].start]) {
			last++
			if !strings.HasSuffix(strings.TrimSpace(a.t.fold[mentions[last-1].end:mentions[last].start]), ",") {
				closed = last
			}
		}
		// "Accenture, HP, Microsoft and others have ...": "and others"
		// closes the list too.
		if !a.t.paras[a.t.sents[si].para].title && !othersAfter.MatchString(a.t.lower[mentions[last].end:a.t.sents[si].end]) {
			last = closed
		}
		head := mi
		mi = last // a list is judged once, by its head
		stance, verb, ok := a.marketClause(si, m.start, mentions[last].end)
		if !ok {
			continue
		}
		for k := head; k <= last; k++ {
			o := mentions[k]
			info := a.e.orgs[o.org]
			if got[o.org] || o.unknown || info == nil || info.public || info.unknown || a.inQuote(o.start) >= 0 {
				continue
			}
			got[o.org] = true
			how := "(no cue)"
			if verb != "" {
				how = fmt.Sprintf("whose verb/noun %q is of a class of %s", verb, stance)
			}
			a.stanceHow = append(a.stanceHow, fmt.Sprintf("%s stance=%s by being the subject of a clause about its business there %s", o.org, stance, how))
			out = append(out, content.Provider{ID: o.org, Name: a.orgName(o.org), Stance: stance, StanceConfidence: marketSubjectConf, Confidence: marketSubjectConf,
				Evidence: []content.Evidence{{Field: "stance", Text: a.t.sentText(si), Confidence: marketSubjectConf}}})
		}
	}
	return out
}

// othersAfter closes a comma list with the companies it leaves unnamed
// ("and others", ", as well as many others", ", among others").
var othersAfter = regexp.MustCompile(`^,?\s+(and|as well as|among) (others|other [a-z]+|more|many more|many others)\b`)

// listJoin is the gap between two companies of one coordinated list.
var listJoin = regexp.MustCompile(`^\s*(?:,\s*(?:and\s+|&\s+)?|and\s+|&\s+|en\s+)$`)

// marketClause reports whether the company (or list) at [start,end) of
// sentence si is the subject of a clause about Russia or Ukraine, and the
// stance its verb gives, with the verb or step noun of verb_stances that
// gave it when market_subject's own verbs did not.
func (a *analysis) marketClause(si, start, end int) (stance, verb string, ok bool) {
	ms := a.l.market
	s := a.t.sents[si]
	lower := a.t.lower
	// Before: only a few words since the clause began, none of which makes
	// the company an object ("the announcements by Dell").
	before := lower[s.start:start]
	if locs := ms.clauseStart.FindAllStringIndex(before, -1); len(locs) > 0 {
		before = before[locs[len(locs)-1][1]:]
	}
	if len(strings.Fields(before)) > 5 || (ms.notSubject != nil && ms.notSubject.MatchString(before)) {
		return "", "", false
	}
	// A possessive is no subject: "Huawei's key competitor".
	if strings.HasSuffix(lower[start:end], "'s") || strings.HasPrefix(lower[end:], "'") {
		return "", "", false
	}
	// After: a verb, not a preposition; in the headline any case, else a
	// word in lower case (a verb or an adverb before it).
	after := strings.TrimLeft(a.t.fold[end:s.end], " ")
	if m := othersAfter.FindStringIndex(strings.ToLower(a.t.fold[end:s.end])); m != nil {
		end += m[1]
		after = strings.TrimLeft(a.t.fold[end:s.end], " ")
	}
	if after == "" {
		return "", "", false
	}
	if !a.t.paras[s.para].title && !('a' <= after[0] && after[0] <= 'z') {
		return "", "", false
	}
	if ms.notVerb != nil && ms.notVerb.MatchString(strings.ToLower(after)) {
		return "", "", false
	}
	seg := segmentOf(a.segments(si), end)
	to := min(seg[1], s.end)
	if d := a.demandAt(si); d < start {
		return "", "", false // what others ask of the company
	}
	// Only the first verb's clause may make it hypothetical: in "Renault
	// halted its operations and said it might quit a venture there" the
	// halt is reported, the quitting weighed.
	hypoTo := to
	if c := conjunction.FindStringIndex(a.t.fold[end:to]); c != nil {
		hypoTo = end + c[0]
	}
	if a.hypothetical(end, hypoTo, seg) {
		return "", "", false
	}
	clause := lower[end:to]
	if ms.clauseEnd != nil {
		if loc := ms.clauseEnd.FindStringIndex(clause); loc != nil {
			clause = clause[:loc[0]]
		}
	}
	switch {
	case ms.about.MatchString(clause):
		// A negated clause ("noted they have no Russian products") reports
		// no step; a negated step that is one ("not pulling out") is a
		// cue's.
		if a.l.negation != nil && a.l.negation.matches(a.t, end, to, a.sc) {
			return "", "", false
		}
		// A weighed step after the first verb ("and might quit") gives no
		// stance: the first verb's does.
		said := clause
		if hypoTo < to && hypoTo-end < len(clause) && a.hypothetical(hypoTo, to, seg) {
			said = clause[:hypoTo-end]
		}
		for _, sv := range ms.stances {
			if sv.re.MatchString(said) {
				return sv.id, "", true
			}
		}
		// A step named by its noun, which market_subject's verbs lack
		// ("have announced the suspension of their activities"): the
		// step-noun classes of verb_stances, with their guards. Not their
		// verbs: market_subject keeps some of those unclear on purpose
		// (a freeze of new investment, ad money cut off).
		if st, v := a.classStance([2]int{end, end + len(said)}, true); st != "unclear" {
			return st, v, true
		}
		return "unclear", "", true
	case ms.aboutAid != nil && ms.aboutAid.MatchString(clause):
		return "unclear", "", true
	}
	return "", "", false
}
