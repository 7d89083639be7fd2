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
	re        *regexp.Regexp
	ownNeg    bool // the patterns spell out a negation themselves
}

// language is the compiled lexicon for one language.
type language struct {
	cues         []cue
	negation     *regexp.Regexp
	contrast     *regexp.Regexp
	demand       *regexp.Regexp
	hypothetical *regexp.Regexp
	commitment   *regexp.Regexp
	reporting    *regexp.Regexp
	speechVerb   *regexp.Regexp // whole-word speech verbs
	description  *regexp.Regexp // generic company descriptions
	title        *regexp.Regexp // job titles
	personPron   map[string]bool
	companyPron  map[string]bool
	notProvider  map[string]bool
	abbrev       map[string]bool
}

// registryName is one name or alias of a registry provider, folded.
type registryName struct {
	name string
	id   string
}

// Extractor holds the compiled lexicon; it is safe for concurrent use.
type Extractor struct {
	lx        *lexicon.Lexicon
	langs     map[string]*language
	names     *regexp.Regexp // every registry name and alias
	nameID    map[string]string
	descID    map[string]string // company-specific descriptions → id
	descRe    *regexp.Regexp
	people    map[string]lexicon.Person // full name → person
	surnames  map[string]string         // surname → full name (unique only)
	suffixes  map[string]bool
	suffixRe  *regexp.Regexp
	notProvAll map[string]bool
}

// New compiles the lexicon. A pattern that does not compile names the data
// file it came from.
func New(lx *lexicon.Lexicon) (*Extractor, error) {
	x := &Extractor{
		lx:         lx,
		langs:      map[string]*language{},
		nameID:     map[string]string{},
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
	if len(alts) > 0 {
		quoted := make([]string, len(alts))
		for i, a := range alts {
			quoted[i] = regexp.QuoteMeta(a)
		}
		x.names = regexp.MustCompile(`(?:` + strings.Join(quoted, "|") + `)`)
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
		for _, group := range byNegation(m.Cues[lang]) {
			re, err := alternation(mfile, "measure "+m.ID, group)
			if err != nil {
				return nil, err
			}
			l.cues = append(l.cues, cue{id: m.ID, effect: m.Effect, negatedAs: m.NegatedAs, re: re, ownNeg: ownNegation(re)})
		}
	}
	sfile := filepath.Join(dir, "stances.yaml")
	for _, s := range lx.Stances.Stances {
		for _, group := range byNegation(s.Cues[lang]) {
			re, err := alternation(sfile, "stance "+s.ID, group)
			if err != nil {
				return nil, err
			}
			l.cues = append(l.cues, cue{id: s.ID, stance: true, negatedAs: s.NegatedAs, re: re, ownNeg: ownNegation(re)})
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
	l.title = words(sp.Titles)
	l.personPron = set(sp.PersonPronouns, true)
	l.companyPron = set(sp.CompanyPronouns, true)
	l.notProvider = set(sp.NotProviders, false)
	l.abbrev = set(lx.Abbreviations[lang], true)
	return l, nil
}

// byNegation splits a cue's patterns into those that spell out a negation
// and the rest, since the two are weighed differently (see dropOverlaps).
func byNegation(patterns []string) [][]string {
	var neg, plain []string
	for _, p := range patterns {
		if negationWord.MatchString(p) {
			neg = append(neg, p)
		} else {
			plain = append(plain, p)
		}
	}
	var out [][]string
	for _, g := range [][]string{neg, plain} {
		if len(g) > 0 {
			out = append(out, g)
		}
	}
	return out
}
