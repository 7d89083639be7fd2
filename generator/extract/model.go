package extract

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// cue is one compiled group of patterns that means one thing: a measure or
// a stance.
type cue struct {
	id        string
	stance    bool   // a stance cue, else a measure cue
	effect    string // for measures: withdraw, suspend, restrict, stay, none
	negatedAs string
}

// language is the compiled lexicon for one language.
type language struct {
	cues           []*cue
	patterns       []*pattern
	byTrigger      map[string][]*pattern // word prefix → patterns it may start
	always         []*pattern            // patterns without a trigger
	maxTrigger     int
	negation       *regexp.Regexp
	contrast       *regexp.Regexp
	demand         *regexp.Regexp
	hypothetical   *regexp.Regexp
	commitment     *regexp.Regexp
	reporting      *regexp.Regexp
	speechVerb     *regexp.Regexp // whole-word speech verbs
	description    *regexp.Regexp // generic company descriptions
	descriptionAdj *regexp.Regexp // the same with up to two adjectives: "the Swedish streaming company"
	title          *regexp.Regexp // job titles
	personPron     map[string]bool
	companyPron    map[string]bool
	notProvider    map[string]bool
	abbrev         map[string]bool
}

// registryName is one name or alias of a registry provider, folded.
type registryName struct {
	name string
	id   string
}

// Extractor holds the compiled lexicon; it is safe for concurrent use.
type Extractor struct {
	lx         *lexicon.Lexicon
	langs      map[string]*language
	byFirst    map[string][]string // first word of a registry name → names, longest first
	nameID     map[string]string
	descID     map[string]string // company-specific descriptions → id
	descRe     *regexp.Regexp
	people     map[string]lexicon.Person // full name → person
	surnames   map[string]string         // surname → full name (unique only)
	suffixes   map[string]bool
	suffixRe   *regexp.Regexp
	notProvAll map[string]bool
}

// New compiles the lexicon. A pattern that does not compile names the data
// file it came from.
func New(lx *lexicon.Lexicon) (*Extractor, error) {
	x := &Extractor{
		lx:         lx,
		langs:      map[string]*language{},
		nameID:     map[string]string{},
		byFirst:    map[string][]string{},
		descID:     map[string]string{},
		people:     map[string]lexicon.Person{},
		surnames:   map[string]string{},
		suffixes:   map[string]bool{},
		notProvAll: map[string]bool{},
	}
	for _, lang := range []string{"en", "nl"} {
		l, err := compileLanguage(lx, lang)
		if err != nil {
			return nil, err
		}
		x.langs[lang] = l
		for w := range l.notProvider {
			x.notProvAll[w] = true
		}
	}
	var alts []string
	for _, p := range lx.Providers {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			f := foldString(n)
			if f == "" {
				continue
			}
			if _, dup := x.nameID[f]; !dup {
				x.nameID[f] = p.ID
				alts = append(alts, f)
			}
		}
		for _, d := range p.Descriptions {
			x.descID[strings.ToLower(foldString(d))] = p.ID
		}
	}
	// Longest first, so that "Amazon Web Services" wins over "Amazon".
	sort.Slice(alts, func(i, j int) bool {
		if len(alts[i]) != len(alts[j]) {
			return len(alts[i]) > len(alts[j])
		}
		return alts[i] < alts[j]
	})
	for _, a := range alts {
		w := a
		if i := strings.IndexFunc(a, func(r rune) bool { return r >= 128 || !isAlnum(byte(r)) }); i > 0 {
			w = a[:i]
		}
		x.byFirst[w] = append(x.byFirst[w], a)
	}
	if len(x.descID) > 0 {
		var ds []string
		for d := range x.descID {
			ds = append(ds, regexp.QuoteMeta(d))
		}
		sort.Sort(sort.Reverse(byLen(ds)))
		x.descRe = regexp.MustCompile(`(?i)\b(?:` + strings.Join(ds, "|") + `)\b`)
	}
	surnameCount := map[string]int{}
	for _, p := range lx.People {
		names := append([]string{p.Name}, p.Aliases...)
		for _, n := range names {
			x.people[foldString(n)] = p
		}
		parts := strings.Fields(foldString(p.Name))
		if len(parts) > 1 {
			surnameCount[parts[len(parts)-1]]++
		}
	}
	for _, p := range lx.People {
		parts := strings.Fields(foldString(p.Name))
		if len(parts) > 1 && surnameCount[parts[len(parts)-1]] == 1 {
			x.surnames[parts[len(parts)-1]] = foldString(p.Name)
		}
	}
	var sfx []string
	for _, s := range lx.Suffixes {
		s = strings.TrimSuffix(s, ".")
		x.suffixes[strings.ToLower(s)] = true
		sfx = append(sfx, regexp.QuoteMeta(s))
	}
	if len(sfx) > 0 {
		sort.Sort(sort.Reverse(byLen(sfx)))
		x.suffixRe = regexp.MustCompile(`^(?:` + strings.Join(sfx, "|") + `)\.?\b`)
	}
	return x, nil
}

type byLen []string

func (b byLen) Len() int      { return len(b) }
func (b byLen) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byLen) Less(i, j int) bool {
	if len(b[i]) != len(b[j]) {
		return len(b[i]) < len(b[j])
	}
	return b[i] > b[j]
}

func foldString(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteByte(foldRune(r))
	}
	return strings.TrimSpace(b.String())
}

// alternation compiles a list of patterns as one case-insensitive regexp
// that prefers the longest match.
func alternation(file, what string, patterns []string) (*regexp.Regexp, error) {
	if len(patterns) == 0 {
		return nil, nil
	}
	groups := make([]string, len(patterns))
	for i, p := range patterns {
		if _, err := regexp.Compile(p); err != nil {
			return nil, fmt.Errorf("%s: %s: pattern %q: %w", file, what, p, err)
		}
		groups[i] = "(?:" + p + ")"
	}
	re, err := regexp.Compile("(?i)" + strings.Join(groups, "|"))
	if err != nil {
		return nil, fmt.Errorf("%s: %s: %w", file, what, err)
	}
	re.Longest()
	return re, nil
}

// words compiles a list of words or phrases as one whole-word,
// case-insensitive regexp, longest first.
func words(list []string) *regexp.Regexp {
	if len(list) == 0 {
		return nil
	}
	q := make([]string, len(list))
	for i, w := range list {
		q[i] = strings.ReplaceAll(regexp.QuoteMeta(foldString(w)), `\ `, `\s+`)
		q[i] = strings.ReplaceAll(q[i], " ", `\s+`)
	}
	sort.Sort(sort.Reverse(byLen(q)))
	re := regexp.MustCompile(`(?i)\b(?:` + strings.Join(q, "|") + `)\b`)
	re.Longest()
	return re
}

func set(list []string, lower bool) map[string]bool {
	m := map[string]bool{}
	for _, w := range list {
		w = foldString(w)
		if lower {
			w = strings.ToLower(w)
		}
		m[w] = true
	}
	return m
}

func compileLanguage(lx *lexicon.Lexicon, lang string) (*language, error) {
	dir := lx.Dir
	l := &language{}
	mfile := filepath.Join(dir, "measures.yaml")
	for _, m := range lx.Measures {
		c := &cue{id: m.ID, effect: m.Effect, negatedAs: m.NegatedAs}
		if err := l.addCue(mfile, "measure "+m.ID, c, m.Cues[lang]); err != nil {
			return nil, err
		}
	}
	sfile := filepath.Join(dir, "stances.yaml")
	for _, st := range lx.Stances.Stances {
		c := &cue{id: st.ID, stance: true, negatedAs: st.NegatedAs}
		if err := l.addCue(sfile, "stance "+st.ID, c, st.Cues[lang]); err != nil {
			return nil, err
		}
	}
	var err error
	for _, c := range []struct {
		into **regexp.Regexp
		name string
		pats []string
	}{
		{&l.negation, "negation", lx.Stances.Negation[lang]},
		{&l.contrast, "contrast", lx.Stances.Contrast[lang]},
		{&l.demand, "demand", lx.Stances.Demand[lang]},
		{&l.hypothetical, "hypothetical", lx.Stances.Hypothetical[lang]},
		{&l.commitment, "commitment", lx.Stances.Commitment[lang]},
	} {
		if *c.into, err = alternation(sfile, c.name, c.pats); err != nil {
			return nil, err
		}
	}
	sp := lx.Speech[lang]
	if l.reporting, err = alternation(filepath.Join(dir, "speech.yaml"), lang+" reporting", sp.Reporting); err != nil {
		return nil, err
	}
	l.speechVerb = words(sp.Verbs)
	l.description = words(sp.Descriptions)
	l.descriptionAdj = descriptionsWithAdjectives(sp.Descriptions)
	l.title = words(sp.Titles)
	l.personPron = set(sp.PersonPronouns, true)
	l.companyPron = set(sp.CompanyPronouns, true)
	l.notProvider = set(sp.NotProviders, false)
	l.abbrev = set(lx.Abbreviations[lang], true)
	return l, nil
}

// addCue compiles each pattern of a cue on its own, indexed by the word
// prefixes it starts with (see pattern).
func (l *language) addCue(file, what string, c *cue, patterns []string) error {
	if l.byTrigger == nil {
		l.byTrigger = map[string][]*pattern{}
	}
	l.cues = append(l.cues, c)
	for _, expr := range patterns {
		re, err := regexp.Compile("(?i)" + expr)
		if err != nil {
			return fmt.Errorf("%s: %s: pattern %q: %w", file, what, expr, err)
		}
		re.Longest()
		p := &pattern{cue: c, re: re, ownNeg: negationWord.MatchString(expr), triggers: triggersOf(expr)}
		l.patterns = append(l.patterns, p)
		if len(p.triggers) == 0 {
			l.always = append(l.always, p)
			continue
		}
		for _, t := range p.triggers {
			l.byTrigger[t] = append(l.byTrigger[t], p)
			l.maxTrigger = max(l.maxTrigger, len(t))
		}
	}
	return nil
}

// descriptionsWithAdjectives matches a generic description with up to two
// words between its article and its noun ("the Finnish telecom giant",
// "de Amerikaanse chipmaker"): news rarely repeats the bare form.
func descriptionsWithAdjectives(list []string) *regexp.Regexp {
	arts := map[string]bool{}
	nouns := map[string]bool{}
	for _, d := range list {
		ws := strings.Fields(foldString(d))
		if len(ws) < 2 {
			continue
		}
		arts[strings.ToLower(ws[0])] = true
		nouns[strings.ToLower(ws[len(ws)-1])] = true
	}
	if len(nouns) == 0 {
		return nil
	}
	var as, ns []string
	for a := range arts {
		as = append(as, regexp.QuoteMeta(a))
	}
	for n := range nouns {
		ns = append(ns, regexp.QuoteMeta(n))
	}
	sort.Strings(as)
	sort.Strings(ns)
	re := regexp.MustCompile(`(?i)\b(?:` + strings.Join(as, "|") + `)\s+(?:[a-z][a-z-]*\s+){0,2}(?:` + strings.Join(ns, "|") + `)\b`)
	re.Longest()
	return re
}
