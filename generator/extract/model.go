package extract

import (
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// cue is one compiled group of patterns that means one thing: a measure or
// a stance.
type cue struct {
	id        string
	stance    bool   // a stance cue, else a measure cue
	effect    string // for measures: withdraw, suspend, restrict, stay, none
	negatedAs string
	// unless matches a cue (with the few words after it) that is another
	// measure's words (measures.yaml unless); nil when none.
	unless *regexp.Regexp
	// outsideRussia places a step outside Russia and inRussia in it
	// (measures.yaml outside_russia, in_russia); nil when none.
	outsideRussia, inRussia *patternIndex
}

// language is the compiled lexicon for one language.
type language struct {
	// aidGiver matches a noun that introduces a business helping (aid.go).
	aidGiver     *regexp.Regexp
	aidFor       *regexp.Regexp // whom help is for (aid.go)
	aidTravel    *regexp.Regexp // travelling on a carrier (aid.go)
	cues         []*cue
	cueIndex     patternIndex
	negation     *patternIndex
	notNegation  *patternIndex
	temporary    *patternIndex
	contrast     *patternIndex
	demand       *patternIndex
	follow       *patternIndex
	unlike       *patternIndex // "unlike A and B": no subject of the clause
	placeAnaphor *patternIndex // "there", "the country": a place by reference
	elsewhere    *patternIndex // a country other than Russia ("Ukraine")
	groupMembers *patternIndex // "Among the 15 publishers signing ... are": a group's members
	examples     *patternIndex // a sentence of examples of the companies before ("Het gaat om")
	aboutRussia  *patternIndex // a clause about Russia ("in Rusland")
	// russiaAnaphor: a word that stands for Russia named before ("er").
	russiaAnaphor *patternIndex
	ellipsis      *patternIndex // a clause that only adds companies ("maar ook")
	notSubject    *patternIndex // a word before a name that makes it no subject ("van")
	clauseEnd     *patternIndex // what ends the subject's clause (", dat", ":")
	verbStances   []verbStance  // the stance of a clause's verb class ({stop}: suspends)
	partnerDeal   *patternIndex // a deal with one partner ended, not the presence (stances.yaml partner_deal)
	invertedVerb  *patternIndex // a finite verb before the subject after an adverbial (stances.yaml inverted_verb)
	agent         *patternIndex // a response noun right before who took it ("the pause by")
	hypothetical  *patternIndex
	topicNotAgent *patternIndex // another agent in a measure's clause (stances.yaml topic_not_agent)
	commitment    *patternIndex
	weighing      *patternIndex // a step named as an option under review (stances.yaml weighing)
	officeExit    *patternIndex // closing the offices in Russia (stances.yaml office_exit)
	joins         *patternIndex // taking the step of the companies named after it (stances.yaml joins)
	reporting     *patternIndex
	speechVerb    *regexp.Regexp // whole-word speech verbs
	speechVerbs   *phraseSet     // the same, over tokens
	titles        *phraseSet
	publicTitles  *phraseSet
	descriptions  *phraseSet
	descArticles  map[string]bool // "the", "de", "het": what a generic description starts with
	descNouns     map[string]bool // "company", "bedrijf": what it ends with
	description   *regexp.Regexp  // generic company descriptions
	title         *regexp.Regexp  // job titles
	personPron    map[string]bool
	companyPron   map[string]bool
	groupRefs     *phraseSet // "those companies": the list named last
	// pluralPron: "zij", "ze" before a plural verb (speech.yaml
	// plural_pronouns): the list named in the sentence before.
	pluralPron map[string]bool
	// ownedBrands: the words before a list intro that make the list a
	// company's own brands (speech.yaml owned_brands).
	ownedBrands  *regexp.Regexp
	notProvider  map[string]bool
	memberBodies []string        // lowercase nouns of organisations that speak for others
	productNouns map[string]bool // lowercase nouns that introduce a list of products
	messageNouns map[string]bool // "statement": a company's own message (speech.yaml message_nouns)
	wordsOf      *phraseSet      // "the words of": the quotation before is the person's after it (speech.yaml words_of)
	titleCues    []string        // "titled": a quotation after one is a title (speech.yaml title_cues), lowercased
	// speakerClosers may follow a speaker named after the verb ("legt
	// Backx uit"): speech.yaml speaker_closers.
	speakerClosers map[string]bool
	// subjectFocus may open a sentence before its subject ("Also Acme
	// said", "Ook Acme zegt").
	subjectFocus map[string]bool
	// titleOpeners open a job title and never end a person's name.
	titleOpeners map[string]bool
	places       map[string]bool   // countries and cities (speech.yaml places)
	honorifics   map[string]bool   // "Mr", "mevrouw" (speech.yaml honorifics)
	indefinite   map[string]bool   // "een", "a" (speech.yaml indefinite_articles)
	stopwords    map[string]bool   // function words (stopwords.yaml)
	nationality  map[string]string // folded lower-case adjective or demonym → country code
	newsOutlets  map[string]bool   // news agencies and papers, never speakers
	abbrev       map[string]bool
	// negationAfter: the language puts negation after the verb ("stopt
	// niet"), so a negation right after a cue counts.
	negationAfter bool
	// repeatUnknown: a company the registry lacks is a mention wherever
	// its name recurs (stances.yaml: repeat_unknown).
	repeatUnknown bool
	// subjectUnknown: an unregistered company can be the subject of a
	// clause about Russia (stances.yaml subject_unknown).
	subjectUnknown bool
	// subjectNeedsVerb: such a subject counts only with a verb of
	// verb_stances (stances.yaml subject_needs_verb).
	subjectNeedsVerb bool
	// agentBy: the word before a name that makes it the agent ("by").
	agentBy string
	// oneParty: words before another company that make a step one toward
	// it alone (stances.yaml one_party).
	oneParty []string
	// nounBefore: words after which a verb class's word is a noun.
	nounBefore []string
	// subjectLead: the lowercase words that may stand before a subject
	// (stances.yaml subject_lead, stopwords, company nouns); nil where a
	// verb may come before its subject.
	subjectLead map[string]bool
	// classes: word class name → its members as one alternation, which
	// {name} in a cue pattern stands for (stances.yaml: classes).
	classes map[string]string
	// listOfPrevious opens a sentence that lists who the one before spoke
	// of (stances.yaml list_of_previous); nil where the language has none.
	listOfPrevious *regexp.Regexp
	// listLineWords: what a vertical list's line may hold besides names
	// and legal suffixes (stances.yaml list_line_words).
	listLineWords map[string]bool
	// market: the subject of a clause about its business in Russia
	// (stances.yaml market_subject); nil where the language has none.
	market *marketSubject
	// compounds: the language joins nouns into one word, so a word that
	// ends in a company noun is one ("navigatiebedrijf").
	compounds bool
	// placeAdjective matches a capitalised adjective of place or origin
	// (speech.yaml adjective_endings: "Haarlemse"); nil where the
	// language has none (adjectives.go).
	placeAdjective *regexp.Regexp
	// compoundNouns and compoundHeads are the company nouns and job
	// titles such a word may end in (compoundTails).
	compoundNouns, compoundHeads map[string]bool
}

// registryName is one name or alias of a registry provider, folded.
type registryName struct {
	name string
	id   string
}

// minShoutedName is the shortest one-word name read in capitals: shorter
// ones are too often an acronym of something else ("META", "BOLT").
const minShoutedName = 5

// Extractor holds the compiled lexicon; it is safe for concurrent use.
type Extractor struct {
	lx      *lexicon.Lexicon
	langs   map[string]*language
	byFirst map[string][]string // first word of a registry name → names, longest first
	// byFirstUpper: the same for names of two words or more, keyed by the
	// first word in capitals, for texts that print names in capitals.
	byFirstUpper map[string][]string
	// byOneUpper: one-word names in capitals ("AIRBNB" → "Airbnb"),
	// taken only where the words around are not in capitals too.
	byOneUpper map[string]string
	nameID     map[string]string
	// compactID maps a registered name written without spaces, hyphens
	// and dots ("pepsico") to its id, so that an outlet's variant spelling
	// ("Pepsi-Co", "Hapag Lloyd") is that company, not a new one.
	compactID map[string]string
	// sharedFirst holds first words that begin the names of two or more
	// registry companies (Western Digital, Western Union; Johnson &
	// Johnson, Johnson Controls): such a word alone names neither.
	sharedFirst  map[string]bool
	descID       map[string]string // company-specific descriptions → id
	descPhrases  *phraseSet
	listIntros   *phraseSet
	introducers  map[string]bool
	publicBodies map[string]bool           // nouns that introduce a government body
	memberOf     *regexp.Regexp            // stances.yaml member_of
	namedOnce    namedOnceRules            // stances.yaml named_once
	people       map[string]lexicon.Person // full name → person
	surnames     map[string]string         // surname → full name (unique only)
	suffixes     map[string]bool
	suffixRe     *regexp.Regexp
	notProvAll   map[string]bool
	// sentenceWork bounds the cue matching of one sentence, in bytes
	// scanned (the sentence's length for each pattern tried): a sentence
	// past it is skipped with a warning, so that no input makes
	// extraction slow. The default is far above what prose needs.
	sentenceWork int
	regions      map[string]bool // lowercase country words of subsidiaries' names
}

// DefaultSentenceWork is the work limit per sentence: 400 patterns tried
// over a sentence of the longest length (maxSentence).
const DefaultSentenceWork = 400 * maxSentence

// SetSentenceWork changes the work limit per sentence (see
// DefaultSentenceWork); tests use a small one to see the warning.
func (x *Extractor) SetSentenceWork(n int) { x.sentenceWork = n }

// New compiles the lexicon. A pattern that does not compile names the data
// file it came from.
func New(lx *lexicon.Lexicon) (*Extractor, error) {
	x := &Extractor{
		lx:           lx,
		langs:        map[string]*language{},
		nameID:       map[string]string{},
		compactID:    map[string]string{},
		byFirst:      map[string][]string{},
		byFirstUpper: map[string][]string{},
		byOneUpper:   map[string]string{},
		descID:       map[string]string{},
		people:       map[string]lexicon.Person{},
		surnames:     map[string]string{},
		suffixes:     map[string]bool{},
		notProvAll:   map[string]bool{},

		sentenceWork: DefaultSentenceWork,
		regions:      set(lx.Regions, true),
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
	firstOf := map[string]string{} // first word → the one id it begins, or ""
	for _, p := range lx.Providers {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			f := foldString(n)
			if w := firstWord(f); w != f {
				if prev, ok := firstOf[w]; ok && prev != p.ID {
					firstOf[w] = ""
				} else if !ok {
					firstOf[w] = p.ID
				}
			}
		}
	}
	x.sharedFirst = map[string]bool{}
	for w, id := range firstOf {
		if id == "" {
			x.sharedFirst[w] = true
		}
	}
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
			// Outlets join or split a two-part name their own way:
			// "CMA-CGM" for CMA CGM, "Hapag Lloyd" for Hapag-Lloyd.
			for _, v := range hyphenVariants(f) {
				if _, dup := x.nameID[v]; !dup {
					x.nameID[v] = p.ID
					alts = append(alts, v)
				}
			}
			// Outlets often write an inner capital small: "AB Inbev",
			// "Paypal", "Youtube".
			if c := uncamel(f); c != f {
				if _, dup := x.nameID[c]; !dup {
					x.nameID[c] = p.ID
					alts = append(alts, c)
				}
			}
		}
		for _, d := range p.Descriptions {
			x.descID[strings.ToLower(foldString(d))] = p.ID
		}
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			c := compactName(foldString(n))
			if len(c) < 4 {
				continue
			}
			if prev, ok := x.compactID[c]; ok && prev != p.ID {
				x.compactID[c] = "" // two companies: no variant is either
			} else if !ok {
				x.compactID[c] = p.ID
			}
		}
	}
	// Outlets do not keep a company's inner capitals ("Fedex", "Paypal",
	// "Youtube", "Aercap"): a one-word name with them is matched in title
	// case too. Such a form is no ordinary word; an acronym's is ("Ups",
	// "Sap"), so names in capitals are left out.
	for _, p := range lx.Providers {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if v := titleVariant(foldString(n)); v != "" {
				if _, dup := x.nameID[v]; !dup {
					x.nameID[v] = p.ID
					alts = append(alts, v)
				}
			}
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
		// Some outlets print company names in capitals ("WARNER MUSIC
		// GROUP is suspending"); a name of two words or more is no
		// ordinary word even then, a one-word name may be ("ORANGE").
		if strings.Contains(a, " ") && strings.ToUpper(a) != a {
			up := strings.ToUpper(w)
			x.byFirstUpper[up] = append(x.byFirstUpper[up], a)
		} else if !strings.Contains(a, " ") && len(a) >= minShoutedName && strings.ToUpper(a) != a && !x.notProvAll[a] {
			// A one-word name in capitals inside a sentence in lower
			// case is the name set off ("the service GRAMMARLY stopped");
			// in a line all in capitals it may be a word ("ORANGE
			// ALERT"), which the finder checks (shoutedName).
			x.byOneUpper[strings.ToUpper(a)] = a
		}
	}
	var ds []string
	for d := range x.descID {
		ds = append(ds, d)
	}
	sort.Strings(ds)
	x.descPhrases = newPhraseSet(ds)
	// The entity reader's word lists hold both languages' words at once,
	// as a mixed-language article needs.
	x.listIntros = newPhraseSet(allLanguages(lx.Stances.ListIntros))
	x.publicBodies = wordSet(allLanguages(lx.Stances.PublicBodies))
	x.introducers = wordSet(allLanguages(lx.Stances.CompanyNouns))
	x.memberOf = phraseRegexp(allLanguages(lx.Stances.MemberOf))
	no := lx.Stances.NamedOnce
	x.namedOnce = namedOnceRules{
		objectBefore: allLanguages(no.ObjectBefore),
		objectAfter:  allLanguages(no.ObjectAfter),
		ownerBefore:  allLanguages(no.OwnerBefore),
		appeals:      allLanguages(no.Appeals),
		context:      allLanguages(no.ContextBefore),
		statistics:   allLanguages(no.Statistics),
		breaks:       allLanguages(no.ClauseBreaks),
		subjectVerbs: wordSet(allLanguages(no.SubjectVerbs)),
		listWords:    wordSet(allLanguages(no.ListWords)),
		conjuncts:    wordSet(allLanguages(no.Conjuncts)),
		skipCountry:  wordSet(no.SkipCountries),
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

// uncamel lowers the inner capitals of each word of four letters or more
// that also has small letters ("InBev" → "Inbev"); acronyms ("AB") and
// plain words stay as they are.
func uncamel(name string) string {
	words := strings.Split(name, " ")
	for i, w := range words {
		if len(w) < 4 || strings.ToLower(w) == w || strings.ToUpper(w) == w {
			continue
		}
		words[i] = w[:1] + strings.ToLower(w[1:])
	}
	return strings.Join(words, " ")
}

func foldString(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteByte(foldRune(r))
	}
	return strings.TrimSpace(b.String())
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
	l := &language{classes: classAlternations(lx.Stances.Classes, lang)}
	mfile := filepath.Join(dir, "measures.yaml")
	for _, m := range lx.Measures {
		c := &cue{id: m.ID, effect: m.Effect, negatedAs: m.NegatedAs}
		if un := m.Unless[lang]; len(un) > 0 {
			re, err := regexp.Compile(`(?i)` + strings.Join(un, "|"))
			if err != nil {
				return nil, fmt.Errorf("%s: measure %s: unless: %w", mfile, m.ID, err)
			}
			c.unless = re
		}
		for _, b := range []struct {
			into **patternIndex
			name string
			pats []string
		}{{&c.outsideRussia, "outside_russia", m.OutsideRussia[lang]}, {&c.inRussia, "in_russia", m.InRussia[lang]}} {
			pats, err := l.expandClasses(b.pats)
			if err != nil {
				return nil, fmt.Errorf("%s: measure %s: %s: %w", mfile, m.ID, b.name, err)
			}
			if *b.into, err = newIndex(mfile, "measure "+m.ID+" "+b.name, pats); err != nil {
				return nil, err
			}
		}
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
		into **patternIndex
		name string
		pats []string
	}{
		{&l.negation, "negation", lx.Stances.Negation[lang]},
		{&l.notNegation, "not_negation", lx.Stances.NotNegation[lang]},
		{&l.temporary, "temporary", lx.Stances.Temporary[lang]},
		{&l.contrast, "contrast", lx.Stances.Contrast[lang]},
		{&l.demand, "demand", lx.Stances.Demand[lang]},
		{&l.follow, "follow", lx.Stances.Follow[lang]},
		{&l.examples, "examples", lx.Stances.Examples[lang]},
		{&l.unlike, "unlike", lx.Stances.Unlike[lang]},
		{&l.groupMembers, "group_members", lx.Stances.GroupMembers[lang]},
		{&l.placeAnaphor, "place_anaphor", lx.Stances.PlaceAnaphor[lang]},
		{&l.elsewhere, "elsewhere", lx.Stances.Elsewhere[lang]},
		{&l.aboutRussia, "about_russia", lx.Stances.AboutRussia[lang]},
		{&l.russiaAnaphor, "russia_anaphor", lx.Stances.RussiaAnaphor[lang]},
		{&l.ellipsis, "ellipsis", lx.Stances.Ellipsis[lang]},
		{&l.notSubject, "not_subject", lx.Stances.NotSubject[lang]},
		{&l.clauseEnd, "clause_end", lx.Stances.ClauseEnd[lang]},
		{&l.agent, "agent", lx.Stances.Agent[lang]},
		{&l.hypothetical, "hypothetical", lx.Stances.Hypothetical[lang]},
		{&l.commitment, "commitment", lx.Stances.Commitment[lang]},
		{&l.topicNotAgent, "topic_not_agent", lx.Stances.TopicNotAgent[lang]},
		{&l.weighing, "weighing", lx.Stances.Weighing[lang]},
		{&l.partnerDeal, "partner_deal", lx.Stances.PartnerDeal[lang]},
		{&l.invertedVerb, "inverted_verb", lx.Stances.InvertedVerb[lang]},
		{&l.officeExit, "office_exit", lx.Stances.OfficeExit[lang]},
		{&l.joins, "joins", lx.Stances.Joins[lang]},
	} {
		pats, err := l.expandClasses(c.pats)
		if err != nil {
			return nil, fmt.Errorf("%s: %s: %w", sfile, c.name, err)
		}
		if *c.into, err = newIndex(sfile, c.name, pats); err != nil {
			return nil, err
		}
	}
	sp := lx.Speech[lang]
	if l.reporting, err = newIndex(filepath.Join(dir, "speech.yaml"), lang+" reporting", sp.Reporting); err != nil {
		return nil, err
	}
	l.speechVerb = words(sp.Verbs)
	l.speechVerbs = newPhraseSet(sp.Verbs)
	l.titles = newPhraseSet(sp.Titles)
	l.publicTitles = newPhraseSet(sp.PublicTitles)
	l.descriptions = newPhraseSet(sp.Descriptions)
	l.description = words(sp.Descriptions)
	l.descArticles, l.descNouns = descriptionParts(sp.Descriptions)
	l.title = words(sp.Titles)
	l.personPron = set(sp.PersonPronouns, true)
	l.companyPron = set(sp.CompanyPronouns, true)
	l.groupRefs = newPhraseSet(sp.GroupReferences)
	l.pluralPron = set(sp.PluralPronouns, true)
	l.notProvider = set(sp.NotProviders, false)
	l.productNouns = set(sp.ProductNouns, true)
	if len(sp.OwnedBrands) > 0 {
		if l.ownedBrands, err = regexp.Compile(caseless(`(?:` + strings.Join(sp.OwnedBrands, `)|(?:`) + `)`)); err != nil {
			return nil, fmt.Errorf("%s: %s owned_brands: %w", filepath.Join(dir, "speech.yaml"), lang, err)
		}
	}
	l.messageNouns = set(sp.MessageNouns, true)
	l.wordsOf = newPhraseSet(sp.WordsOf)
	for _, c := range sp.TitleCues {
		l.titleCues = append(l.titleCues, strings.ToLower(foldString(c)))
	}
	l.speakerClosers = set(sp.SpeakerClosers, true)
	l.subjectFocus = set(sp.SubjectFocus, true)
	l.titleOpeners = set(sp.TitleOpeners, true)
	l.places = set(sp.Places, false)
	l.honorifics = set(sp.Honorifics, false)
	l.indefinite = set(sp.IndefiniteArticles, true)
	l.stopwords = set(lx.Stopwords[lang], true)
	for _, n := range sp.MemberBodies {
		l.memberBodies = append(l.memberBodies, strings.ToLower(foldString(n)))
	}
	l.nationality = map[string]string{}
	for _, byCountry := range []map[string][]string{sp.Nationalities, sp.Demonyms} {
		for country, words := range byCountry {
			for _, w := range words {
				l.nationality[strings.ToLower(foldString(w))] = country
			}
		}
	}
	l.newsOutlets = set(sp.NewsOutlets, false)
	l.placeAdjective = compilePlaceAdjective(sp.AdjectiveEndings)
	l.abbrev = set(lx.Abbreviations[lang], true)
	l.negationAfter = lx.Stances.NegationAfter[lang]
	l.repeatUnknown = lx.Stances.RepeatUnknown[lang]
	l.subjectUnknown = lx.Stances.SubjectUnknown[lang]
	l.subjectNeedsVerb = lx.Stances.SubjectNeedsVerb[lang]
	l.agentBy = lx.Stances.AgentBy[lang]
	l.oneParty = lx.Stances.OneParty[lang]
	l.nounBefore = lx.Stances.NounBefore[lang]
	if extra := lx.Stances.SubjectLead[lang]; len(extra) > 0 {
		l.subjectLead = set(extra, true)
		for w := range l.stopwords {
			l.subjectLead[w] = true
		}
		for _, w := range lx.Stances.CompanyNouns[lang] {
			l.subjectLead[strings.ToLower(foldString(w))] = true
		}
		for w := range l.descNouns {
			l.subjectLead[w] = true
		}
	}
	l.aidGiver = compileAidGiver(l)
	l.aidFor = compileAidFor(l)
	l.aidTravel = compileAidTravel(l)
	for _, vs := range lx.Stances.VerbStances {
		if _, ok := l.classes[vs.Class]; !ok || l.aboutRussia == nil {
			continue // the class is not written for this language
		}
		pats, err := l.expandClasses([]string{`\b{` + vs.Class + `}\b`})
		if err != nil {
			return nil, fmt.Errorf("%s: verb_stances: %w", sfile, err)
		}
		ix, err := newIndex(sfile, "verb_stances "+vs.Class, pats)
		if err != nil {
			return nil, err
		}
		l.verbStances = append(l.verbStances, verbStance{ix, vs.Stance, strings.HasSuffix(vs.Class, "-noun")})
	}
	l.compounds = lang == "nl"
	l.compoundTails(lx.Stances.CompanyNouns[lang])
	if l.market, err = compileMarketSubject(l, lx.Stances.MarketSubject, dir, lang); err != nil {
		return nil, err
	}
	if pats := lx.Stances.ListOfPrevious[lang]; len(pats) > 0 {
		if l.listOfPrevious, err = regexp.Compile(caseless(`(?:` + strings.Join(pats, `)|(?:`) + `)`)); err != nil {
			return nil, fmt.Errorf("%s: list_of_previous: %w", sfile, err)
		}
	}
	l.listLineWords = map[string]bool{}
	for _, w := range lx.Stances.ListLineWords[lang] {
		l.listLineWords[strings.ToLower(w)] = true
	}
	return l, nil
}

// addCue compiles each pattern of a cue on its own, indexed by the word
// prefixes it needs (see pattern).
func (l *language) addCue(file, what string, c *cue, patterns []string) error {
	l.cues = append(l.cues, c)
	patterns, err := l.expandClasses(patterns)
	if err != nil {
		return fmt.Errorf("%s: %s: %w", file, what, err)
	}
	for _, expr := range patterns {
		if err := l.cueIndex.add(expr, c); err != nil {
			return fmt.Errorf("%s: %s: pattern %q: %w", file, what, expr, err)
		}
	}
	return nil
}

// descriptionParts splits generic descriptions ("the cloud giant") into
// the words they start with and the nouns they end with, so that any
// adjectives between match too ("the Swedish streaming company").
func descriptionParts(list []string) (arts, nouns map[string]bool) {
	arts, nouns = map[string]bool{}, map[string]bool{}
	for _, d := range list {
		ws := strings.Fields(strings.ToLower(foldString(strings.ReplaceAll(d, "-", " "))))
		if len(ws) < 2 {
			continue
		}
		arts[ws[0]] = true
		nouns[ws[len(ws)-1]] = true
	}
	return arts, nouns
}

// caseless makes a pattern match lowercased text. Sentences are folded to
// ASCII and lowercased once, so a pattern written in lowercase needs no
// (?i), whose per-character case folding was a large share of the time.
func caseless(expr string) string {
	if strings.ToLower(expr) == expr {
		return expr
	}
	return "(?i)" + expr
}

// compoundNoun reports a Dutch compound that ends in a company noun
// ("telecomgigant", "navigatiebedrijf"): Dutch writes such nouns as one
// word where English uses two.
func (l *language) compoundNoun(w string) bool {
	if !l.compounds {
		return false
	}
	return hasCompoundTail(w, l.compoundNouns)
}

// hasCompoundTail reports whether w ends in one of tails (each of five
// letters or more) after at least three letters of its own: a lookup per
// possible tail length instead of a scan of every tail per word.
func hasCompoundTail(w string, tails map[string]bool) bool {
	for n := 5; n < len(w)-2; n++ {
		if tails[w[len(w)-n:]] {
			return true
		}
	}
	return false
}

// compoundTails returns the words of five letters or more that a Dutch
// compound may end in: the generic company nouns, and the job titles that
// begin no longer title. The nouns that introduce a company's name count
// too: Dutch writes the trade before them as one word ("brouwerij" in
// "bierbrouwerij X", "maatschappij" in "luchtvaartmaatschappij X").
func (l *language) compoundTails(companyNouns []string) {
	l.compoundNouns, l.compoundHeads = map[string]bool{}, map[string]bool{}
	for n := range l.descNouns {
		if len(n) >= 5 {
			l.compoundNouns[n] = true
		}
	}
	for _, n := range companyNouns {
		if n = strings.ToLower(foldString(n)); len(n) >= 5 && !strings.Contains(n, " ") {
			l.compoundNouns[n] = true
		}
	}
	for head, phrases := range l.titles.first {
		if len(head) >= 5 && len(phrases[0]) == 1 {
			l.compoundHeads[head] = true
		}
	}
}

// compoundTitles finds Dutch compound job titles the title list has only
// the last part of ("beleidsmedewerker", "persvoorlichter"): the spans of
// tokens that end in a title of five letters or more.
func (l *language) compoundTitles(toks []token) [][2]int {
	if !l.compounds {
		return nil
	}
	var out [][2]int
	for _, tk := range toks {
		if hasCompoundTail(tk.lower, l.compoundHeads) {
			out = append(out, [2]int{tk.start, tk.end})
		}
	}
	return out
}

// classRef is a word class named in a cue pattern: {stop}, {business}.
var classRef = regexp.MustCompile(`\{([a-z][a-z-]*)\}`)

// classGap is what " ~ " in a class member stands for: the words between
// the parts of a Dutch separable verb ("zet de verkoop ~ stop").
const classGap = `\b[^.]{0,50}?\b`

// classAlternations compiles each word class of one language into one
// non-capturing alternation.
func classAlternations(classes map[string]lexicon.Cues, lang string) map[string]string {
	out := map[string]string{}
	for name, byLang := range classes {
		var alts []string
		for _, m := range byLang[lang] {
			alts = append(alts, strings.ReplaceAll(m, " ~ ", classGap))
		}
		if len(alts) > 0 {
			out[name] = `(?:` + strings.Join(alts, "|") + `)`
		}
	}
	return out
}

// expandClasses replaces each {name} in the patterns by its class; a name
// the language has no class for is an error.
// verbStance is the stance of a clause whose verb matches ix.
type verbStance struct {
	ix     *patternIndex
	stance string
	noun   bool // a class of step nouns ("suspension"): an article may lead it
}

func (l *language) expandClasses(patterns []string) ([]string, error) {
	out := make([]string, 0, len(patterns))
	for _, p := range patterns {
		var missing string
		p = classRef.ReplaceAllStringFunc(p, func(ref string) string {
			name := ref[1 : len(ref)-1]
			alt, ok := l.classes[name]
			if !ok {
				missing = name
			}
			return alt
		})
		if missing != "" {
			return nil, fmt.Errorf("pattern %q: no word class {%s} for this language (stances.yaml: classes)", p, missing)
		}
		out = append(out, p)
	}
	return out, nil
}

// titleVariant returns a one-word camel-case name ("FedEx", "eBay") as a
// text that drops its inner capitals prints it ("Fedex", "Ebay"), or ""
// for any other name.
func titleVariant(name string) string {
	if len(name) < 4 {
		return ""
	}
	inner := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c >= 'A' && c <= 'Z':
			inner = inner || i > 0
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		default:
			return ""
		}
	}
	if !inner || strings.ToUpper(name) == name {
		return ""
	}
	return strings.ToUpper(name[:1]) + strings.ToLower(name[1:])
}

// allLanguages returns every language's entries of cs, in a fixed order.
func allLanguages(cs lexicon.Cues) []string {
	langs := make([]string, 0, len(cs))
	for l := range cs {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var out []string
	for _, l := range langs {
		out = append(out, cs[l]...)
	}
	return out
}

// wordSet returns the set of the given words.
func wordSet(words []string) map[string]bool {
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

// phraseRegexp matches any of the plain phrases as whole words, case
// folded; nil when there are none.
func phraseRegexp(phrases []string) *regexp.Regexp {
	if len(phrases) == 0 {
		return nil
	}
	quoted := make([]string, len(phrases))
	for i, p := range phrases {
		quoted[i] = regexp.QuoteMeta(p)
	}
	return regexp.MustCompile(`(?i)\b(?:` + strings.Join(quoted, "|") + `)\b`)
}

// namedOnceRules are stances.yaml's named_once phrases, lowercased, both
// languages together.
type namedOnceRules struct {
	objectBefore, objectAfter, ownerBefore, appeals []string
	context, statistics, breaks                     []string
	skipCountry, subjectVerbs, listWords            map[string]bool
	conjuncts                                       map[string]bool
}

// compactName is a name lowercased with only its letters and digits kept.
func compactName(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// hyphenVariants returns a name of two or three parts that each begin with
// a capital, written with hyphens instead of spaces or spaces instead of
// hyphens ("CMA CGM" -> "CMA-CGM", "Hapag-Lloyd" -> "Hapag Lloyd"). A name
// with a part in lower case ("Bang & Olufsen", "T-shirt") or of one part
// has none; the registered spelling is always matched as well.
func hyphenVariants(name string) []string {
	var out []string
	for _, sep := range [][2]string{{" ", "-"}, {"-", " "}} {
		parts := strings.Split(name, sep[0])
		if len(parts) < 2 || len(parts) > 3 || strings.Contains(name, sep[1]) {
			continue
		}
		ok := true
		for _, p := range parts {
			if p == "" || !unicode.IsUpper([]rune(p)[0]) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, strings.Join(parts, sep[1]))
		}
	}
	return out
}
