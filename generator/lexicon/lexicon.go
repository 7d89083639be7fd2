// Package lexicon loads the editor-owned data the generator works from:
// the provider and people registries, the measure taxonomy, stance and
// speech cues, boilerplate patterns, stop words and abbreviations. All of it
// lives in YAML files (content/data/ by default) so that editors change
// behaviour without touching Go.
package lexicon

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"

	"go.yaml.in/yaml/v3"

	"github.com/newsdesk/ruscompare/generator/slug"
	"github.com/newsdesk/ruscompare/generator/weburl"
	"github.com/newsdesk/ruscompare/generator/yamlerr"
)

// Text is a string per language ("en", "nl").
type Text map[string]string

// Cues are patterns per language. Each pattern is a Go regular expression
// matched case-insensitively against a sentence; see the file headers in
// content/data/ for the conventions.
type Cues map[string][]string

// Provider is a registry entry for a company.
type Provider struct {
	ID       string   `yaml:"id"`
	Name     string   `yaml:"name"`
	Aliases  []string `yaml:"aliases,omitempty"`
	Kind     string   `yaml:"kind,omitempty"`
	Country  string   `yaml:"country,omitempty"`
	Homepage string   `yaml:"homepage,omitempty"`
	// Descriptions are nouns a text uses for this company once named
	// ("the cloud giant", "de chipmaker"); generic ones live in speech.yaml.
	Descriptions []string `yaml:"descriptions,omitempty"`
	// Local resolves an ambiguous name by the article's language: in a
	// text in language L the name means provider Local[L] ("T-Mobile" in
	// a Dutch article is T-Mobile Netherlands, id t-mobile-netherlands, now named Odido).
	Local map[string]string `yaml:"local,omitempty"`
	Line  int               `yaml:"-"`
}

// Person is a registry entry for someone who speaks for an organisation.
type Person struct {
	Name         string   `yaml:"name"`
	Aliases      []string `yaml:"aliases,omitempty"`
	Role         string   `yaml:"role,omitempty"`
	Organisation string   `yaml:"organisation,omitempty"` // a provider id
	Line         int      `yaml:"-"`
}

// Measure is a canonical measure id with its labels, definitions and cues.
type Measure struct {
	ID         string `yaml:"id"`
	Label      Text   `yaml:"label"`
	Definition Text   `yaml:"definition"`
	Cues       Cues   `yaml:"cues"`
	// Effect is what the measure says about the company's presence in
	// Russia (withdraw, suspend, restrict, stay, or none), which decides
	// the stance when no stance cue does.
	Effect string `yaml:"effect,omitempty"`
	// NegatedAs is the measure a negated cue stands for ("not pulling the
	// plug" keeps the network running); empty drops a negated cue.
	NegatedAs string `yaml:"negated_as,omitempty"`
	// Unless are, per language, patterns that make a cue another
	// measure's words where they match the cue or the few words after it
	// ("stopped selling ads" stops advertising, not sales).
	Unless Cues `yaml:"unless,omitempty"`
	// OutsideRussia are, per language, patterns that place the step
	// outside Russia: goods of Russian origin ("Russische wodka",
	// "Russisch gas") that a shop or buyer at home drops, service kept in
	// Ukraine. A cue of the measure in a sentence that matches one, and
	// no InRussia pattern, is no such measure: the company is reported as
	// unclear. A sentence that names no Russia at all takes the place of
	// the sentence before it in the same paragraph.
	OutsideRussia Cues `yaml:"outside_russia,omitempty"`
	// InRussia are, per language, patterns that place the step in Russia
	// ("in Rusland", "naar Rusland"), which keep the cue despite
	// OutsideRussia.
	InRussia Cues `yaml:"in_russia,omitempty"`
	// Slug is the measure's page address per language where it differs
	// from the id ("nl": "stopt-verkoop"), so the Dutch tree has Dutch
	// addresses; the id is the contract with front-matter and never changes.
	Slug Text `yaml:"slug,omitempty"`
	Line int  `yaml:"-"`
}

// Stance is one stance grade with its labels, its Yale CELI grade and cues.
type Stance struct {
	ID         string `yaml:"id"`
	Label      Text   `yaml:"label"`
	Definition Text   `yaml:"definition"`
	CELI       string `yaml:"celi,omitempty"`
	Cues       Cues   `yaml:"cues"`
	// NegatedAs is the stance a negated cue stands for ("stopped short of
	// pulling out" means the company stays); empty drops a negated cue.
	NegatedAs string `yaml:"negated_as,omitempty"`
	Line      int    `yaml:"-"`
	// Slug is the stance's page address per language, as for a measure.
	Slug Text `yaml:"slug,omitempty"`
	// Hedges are cues of a stance sentence that offers an alternative
	// ("withdrew or at least scaled back"); a report backed only by such
	// sentences is shown as the range from this stance to HedgedAs.
	Hedges   Cues   `yaml:"hedges,omitempty"`
	HedgedAs string `yaml:"hedged_as,omitempty"`
}

// Stances holds the stance grades and the cues that modify them.
type Stances struct {
	Stances []Stance `yaml:"stances"`
	// Negation cues turn a cue in the same clause around ("not", "geen").
	Negation Cues `yaml:"negation"`
	// NotNegation are phrases that hold a negation word but turn nothing
	// around ("al dan niet", whether or not): a negation inside one is
	// ignored.
	NotNegation Cues `yaml:"not_negation"`
	// Temporary cues say a step lasts for now ("voorlopig", "temporarily"):
	// an exit or a restriction worded with one is a pause.
	Temporary Cues `yaml:"temporary"`
	// NegationAfter lists the languages that put a negation after the verb
	// ("stopt niet"), where a negation right after a cue also counts.
	NegationAfter map[string]bool `yaml:"negation_after"`
	// Contrast cues split a clause ("but", "maar"): what follows qualifies
	// what came before.
	Contrast Cues `yaml:"contrast"`
	// Unlike cues set the companies right after them against the
	// clause's subject ("unlike A and B, ..."): they take none of its
	// steps.
	Unlike Cues `yaml:"unlike"`
	// GroupMembers cues open a sentence that names the members of a group
	// of companies ("Among the 15 publishers signing the letter are"):
	// the group's step, told of in a sentence before, is theirs.
	GroupMembers Cues `yaml:"group_members"`
	// Demand cues mark what others ask of a company ("called on ... to",
	// "roept op"): cues after them in the sentence are not its response.
	Demand Cues `yaml:"demand"`
	// Follow cues say a company did what the one before it did ("Lumen
	// followed days later", "IBM volgde"): it gets the same stance and
	// measures.
	Follow Cues `yaml:"follow"`
	// Examples cues open a sentence that only names examples of the
	// companies the sentence before spoke of in general ("Many firms
	// stopped deliveries. Among them are A and B", "Het gaat om A en B"):
	// each example takes that step by reference.
	Examples Cues `yaml:"examples"`
	// Ellipsis cues end a clause whose verb stands before them and which
	// only adds companies ("..., maar ook Apple.", "but also Apple"):
	// those take the step of the clause before.
	Ellipsis Cues `yaml:"ellipsis"`
	// AboutRussia cues say a clause is about Russia ("in Rusland",
	// "een Russische klant"); a company that is the subject of such a
	// clause, with no cue of its own, is reported as "unclear".
	// NotSubject cues, right before a name, make it no subject ("van",
	// "volgens"). A language without AboutRussia cues skips the rule.
	AboutRussia Cues `yaml:"about_russia"`
	// RussiaAnaphor cues stand for Russia after a sentence that names it
	// ("Auchan heeft er veel personeel", "blijft er actief"): after the
	// subject, such a word makes its clause one about Russia too.
	RussiaAnaphor Cues `yaml:"russia_anaphor"`
	// PlaceAnaphor cues name a cue's place only by reference ("there",
	// "the country"); Elsewhere cues name a country other than Russia
	// ("Ukraine"). A cue placed by reference alone is dropped when the
	// country named last before it is such another one.
	PlaceAnaphor Cues `yaml:"place_anaphor"`
	Elsewhere    Cues `yaml:"elsewhere"`
	NotSubject   Cues `yaml:"not_subject"`
	// VerbStances give the stance a company takes when it is the subject
	// of a clause about Russia whose verb is of the class ({stop}:
	// suspends), in this order; the first that matches wins.
	VerbStances []VerbStance `yaml:"verb_stances"`
	// PartnerDeal cues name a deal with one partner (a sponsorship, a
	// contract, a cooperation): a clause about Russia whose exit or end
	// verb ends such a deal ends the deal, not the company's presence in
	// Russia, so it says "unclear".
	PartnerDeal Cues `yaml:"partner_deal,omitempty"`
	// InvertedVerb cues are finite verbs that stand before the subject
	// when an adverbial opens a Dutch clause ("In Finland gaat de keten X
	// ..."): the words before such a verb do not make X an object.
	InvertedVerb Cues `yaml:"inverted_verb,omitempty"`
	// RepeatUnknown lists the languages where a company the registry
	// lacks, once found by its role, is a mention wherever its name
	// recurs.
	RepeatUnknown map[string]bool `yaml:"repeat_unknown"`
	// SubjectUnknown lists the languages where a company the registry
	// lacks counts as the subject of a clause about Russia; where its
	// finder takes common words for names, only registered ones do.
	SubjectUnknown map[string]bool `yaml:"subject_unknown"`
	// SubjectNeedsVerb lists the languages where such a subject is
	// reported only when its clause's verb gives a stance.
	SubjectNeedsVerb map[string]bool `yaml:"subject_needs_verb"`
	// AgentBy holds the word that makes the name after it the agent of
	// the verb or noun before it ("suspended by X", "de sluiting door X").
	AgentBy map[string]string `yaml:"agent_by"`
	// OneParty holds the words before another company in a named-only
	// company's clause that make its step one toward that company alone.
	OneParty map[string][]string `yaml:"one_party"`
	// NounBefore holds the words that make a verb class's word right
	// after them a noun ("at the end of January"): no verb of a step.
	NounBefore map[string][]string `yaml:"noun_before,omitempty"`
	// SubjectLead lists, per language whose subject opens its clause,
	// the lowercase words besides function words and company nouns that
	// may stand before a subject ("rivals", "recently"); any other makes
	// the name an object ("analysts expect X to ...").
	SubjectLead map[string][]string `yaml:"subject_lead,omitempty"`
	// ClauseEnd cues end the subject's clause: a relative clause about
	// another noun (", dat ook kantoor houdt in Moskou", "die Rusland
	// verlaten") or a colon. Russia named after one is not the subject's
	// business.
	ClauseEnd Cues `yaml:"clause_end"`
	// Agent cues end a response named as a noun right before who took it
	// ("the pause by", "bans on ads enacted by"): the companies after
	// them, not the one before, are the cue's actors.
	Agent Cues `yaml:"agent"`
	// Hypothetical cues mark what a company would do ("would be a
	// mistake"); Commitment cues exempt reported intent ("said it would").
	Hypothetical Cues `yaml:"hypothetical"`
	Commitment   Cues `yaml:"commitment"`
	// TopicNotAgent cues, in the clause before a measure cue in a sentence
	// that names no company, give that clause an agent other than the
	// company the text is about ("if the service is stopped", "you", a
	// relative clause about another noun): the measure is not its own.
	TopicNotAgent Cues `yaml:"topic_not_agent"`
	// Weighing cues name a step as one option under review ("to assess
	// all the strategic options ..., including a withdrawal"): a cue after
	// them in the clause is not taken, even when reported as said.
	Weighing Cues `yaml:"weighing"`
	// Joins are the words by which a company takes the same step as the
	// companies named right after them ("fell into line with rivals A and
	// B in pausing investment"): those companies are reported with its
	// stance and measures, by reference.
	Joins Cues `yaml:"joins"`
	// OfficeExit is closing the offices in Russia ("shutting down their
	// Moscow offices"): a restriction for a company that serves Russia
	// from elsewhere, but an exit for one whose business there is its
	// office (OfficeKinds: law firms, auditors, consultancies).
	OfficeExit  Cues     `yaml:"office_exit"`
	OfficeKinds []string `yaml:"office_kinds"`
	// ListOfPrevious opens a sentence that only lists the companies the
	// sentence before spoke of ("They are A, B and C."): they take its
	// step.
	ListOfPrevious Cues `yaml:"list_of_previous"`
	// ListLineWords are the words a line of a vertical list may hold
	// besides company names and legal suffixes ("BP and Shell"): a line
	// of only these is a list item, not prose.
	ListLineWords Cues `yaml:"list_line_words"`
	// ListIntros open the examples of a group ("firms such as A and
	// B"): plain phrases, not patterns.
	ListIntros Cues `yaml:"list_intros"`
	// PublicBodies are nouns that introduce a government body, never a
	// company ("the regulator X").
	PublicBodies Cues `yaml:"public_bodies"`
	// CompanyNouns introduce a company's name ("the storage vendor X",
	// "rival Y"), and let an unregistered name after them be one.
	CompanyNouns Cues `yaml:"company_nouns"`
	// MemberOf are the phrases that make a sentence's subject one of the
	// companies of a relative clause about companies in general ("X is
	// one of the companies that ..."): plain phrases, not patterns.
	MemberOf Cues `yaml:"member_of"`
	// MarketSubject finds a registered company that is the subject of a
	// clause about its business in Russia in wording no cue knows.
	MarketSubject MarketSubject `yaml:"market_subject"`
	// NamedOnce says which bare mentions do not count when an article
	// names a registered company with no claim: the company as a medium,
	// a product, an owner or the target of an appeal.
	NamedOnce NamedOnce `yaml:"named_once"`
	// Classes are word classes per language (verbs of stopping, of
	// blocking, nouns of business...): a cue pattern writes {name} where
	// any member fits, so that one pattern covers every verb of a class,
	// with its Dutch separable and participle forms.
	Classes map[string]Cues `yaml:"classes"`
}

// NamedOnce holds the plain phrases (not patterns) that keep a bare
// mention of a registered company from making it a provider: a company
// an article names without any claim is still reported, as "unclear", unless
// every mention is one of these.
type NamedOnce struct {
	// ObjectBefore: a word right before the name that makes it a medium
	// or a recipient ("on Twitter", "via Telegram", "sold to X").
	ObjectBefore Cues `yaml:"object_before"`
	// ObjectAfter: a word right after the name, after a space or a
	// hyphen, that makes the name a product or an account ("Google Pay",
	// "Twitter account", "Microsoft-owned").
	ObjectAfter Cues `yaml:"object_after"`
	// OwnerBefore: a phrase right before the name that makes it the owner
	// of the company the sentence is about ("in handen van Bacardi").
	OwnerBefore Cues `yaml:"owner_before"`
	// Appeals: a verb earlier in the sentence that makes the companies
	// after it the ones asked to act, not the ones acting ("Ukraine asked
	// Sony and Microsoft to pause").
	Appeals Cues `yaml:"appeals"`
	// ContextBefore: a phrase earlier in the name's clause that makes it
	// another company's customer, supplier, partner, holding or example
	// ("supplies MTS and Tele2", "platforms like Upwork", "merken als
	// Zara"), with no clause break between.
	ContextBefore Cues `yaml:"context_before"`
	// Statistics: a phrase anywhere in the sentence that makes it a
	// figure about a market, not a report of a step ("market share").
	Statistics Cues `yaml:"statistics"`
	// ClauseBreaks: words that open a new clause, whose subject may act
	// ("since Ericsson did the same", "terwijl Delhaize ..."): before
	// them, a phrase of ContextBefore or another company's subject no
	// longer holds.
	ClauseBreaks Cues `yaml:"clause_breaks"`
	// SubjectVerbs: a word right after the name (and up to two capitalised
	// words of it) that makes the name the subject of a clause of its own
	// ("..., McDonald's is closing its doors"): it is never context.
	SubjectVerbs Cues `yaml:"subject_verbs"`
	// ListWords: the words that may stand between two companies of one
	// list ("A in France and B in Spain"): a company after the subject
	// with only these between is one of the subjects.
	ListWords Cues `yaml:"list_words"`
	// Conjuncts: the words that join a clause of its own to the one
	// before ("..., Maersk ships no more and oil firm BP walks away"): a
	// name right after one (past at most two description words) that is
	// followed by its verb is that clause's subject, not context of the
	// clause before.
	Conjuncts Cues `yaml:"conjuncts"`
	// SkipCountries: companies registered in these countries are named
	// in this news as customers, suppliers or targets far more often than
	// as responders, so a bare mention or two does not count for them.
	SkipCountries []string `yaml:"skip_countries"`
}

// MarketSubject holds, per language, what makes a company the subject of
// a clause about its business in Russia ("Sony removed the game from its
// Russian store"): such a company is a provider whose stance is unclear
// unless the clause's verb says more (Stances, by class).
type MarketSubject struct {
	// About is what the clause after the company must speak of (Russia,
	// its market, the war's other side).
	About Cues `yaml:"about"`
	// AboutAid is a clause about Ukraine instead (free calls, aid): its
	// company is a provider, but the clause's verbs decide no stance.
	AboutAid Cues `yaml:"about_aid"`
	// ClauseStart ends the stretch before a clause's subject (a comma,
	// "and", "while").
	ClauseStart Cues `yaml:"clause_start"`
	// ClauseEnd ends the clause after the company: a relative clause or
	// a comparison is about others (", which had left", ", unlike").
	ClauseEnd Cues `yaml:"clause_end"`
	// NotSubject, in the few words between a clause's start and the
	// company, makes it an object ("the announcements by X").
	NotSubject Cues `yaml:"not_subject"`
	// NotVerb is a word right after the company (or its list) that makes
	// it no subject: a preposition, a conjunction of a longer phrase.
	NotVerb Cues `yaml:"not_verb"`
	// Stances: per stance id, the verbs of the clause that decide it
	// ("shuttered its stores there": suspends).
	Stances map[string]Cues `yaml:"stances"`
}

// VerbStance maps a word class of verbs to a stance.
type VerbStance struct {
	Class  string `yaml:"class"`
	Stance string `yaml:"stance"`
}

// Speech holds the words that introduce speech in one language.
type Speech struct {
	// Verbs introduce direct speech ("said", "zegt"), in any form the
	// language inflects them.
	Verbs []string `yaml:"verbs"`
	// Reporting are the patterns of indirect speech ("laat weten dat",
	// "said it"); each is a regular expression over a sentence.
	Reporting []string `yaml:"reporting"`
	// Pronouns that may stand for the last person or company named.
	PersonPronouns  []string `yaml:"person_pronouns"`
	CompanyPronouns []string `yaml:"company_pronouns"`
	// GroupReferences stand for the companies of the list named last in
	// the sentence ("those companies", "the three firms").
	GroupReferences []string `yaml:"group_references"`
	// PluralPronouns open a sentence as its subject and, before a plural
	// verb, stand for the list of companies the sentence before named
	// ("Zij behoren ...", "Ze hebben ..."); the same word before a
	// singular verb is a person ("Zij zegt").
	PluralPronouns []string `yaml:"plural_pronouns,omitempty"`
	// Descriptions are generic nouns for a company ("the company",
	// "the mega-corp", "het bedrijf").
	Descriptions []string `yaml:"descriptions"`
	// Titles are job titles that join an organisation to a person
	// ("CEO", "CISO", "topman").
	Titles []string `yaml:"titles"`
	// PublicTitles are titles of office ("minister", "commissioner"): a
	// person who holds one speaks for no company.
	PublicTitles []string `yaml:"public_titles"`
	// NotProviders are words that look like company names in lists but are
	// governments, groups or generic nouns ("Russia", "EU", "Kremlin").
	NotProviders []string `yaml:"not_providers"`
	// MemberBodies are nouns for organisations that speak for others
	// (associations, rights groups, foundations): a name the registry
	// does not know that carries one, or follows one, is no provider.
	MemberBodies []string `yaml:"member_bodies"`
	// ProductNouns are what a list of products is introduced by
	// ("services such as X, Y and Z"): its unknown names are products,
	// not companies.
	ProductNouns []string `yaml:"product_nouns"`
	// OwnedBrands match the words before a list's intro that make it a
	// company's own brands ("the owner of brands including X and Y"):
	// its unknown names are products, not companies.
	OwnedBrands []string `yaml:"owned_brands"`
	// MessageNouns are what a company's own message is called ("a
	// statement", "its update"): with an indefinite or possessive article
	// and no sender after it, the message speaks for the company in focus.
	MessageNouns []string `yaml:"message_nouns"`
	// WordsOf open a sentence that names whose words the quotation before
	// it were ("Those were the words of X", "De woorden van X ...").
	WordsOf []string `yaml:"words_of,omitempty"`
	// TitleCues are the words that name what follows them ("titled",
	// "getiteld", "met de titel"): a quotation right after one is a
	// title, not speech.
	TitleCues []string `yaml:"title_cues"`
	// SpeakerClosers are the words that may follow a speaker named right
	// after a speech verb: a separable verb's particle ("legt Backx uit"),
	// an adverb ("zegt Backx ook"). A lone capitalised word there is the
	// speaker's surname even when the text never gives the full name.
	SpeakerClosers []string `yaml:"speaker_closers"`
	// SubjectFocus are the words that may stand before a sentence's
	// subject and leave it the subject ("Ook Heineken geeft ...").
	SubjectFocus []string `yaml:"subject_focus"`
	// TitleOpeners are capitalised words that open a job title and never
	// end a name ("Vice" of "Vice President").
	TitleOpeners []string `yaml:"title_openers"`
	// Honorifics are forms of address before a name ("Mr", "mevrouw"):
	// no part of the person's name.
	Honorifics []string `yaml:"honorifics"`
	// IndefiniteArticles open a speaker described, not named ("zegt een
	// insider uit de sector", "a source said").
	IndefiniteArticles []string `yaml:"indefinite_articles"`
	// Places are countries and cities: after a speech verb ("meldt
	// Polen") one of them is no person's surname.
	Places []string `yaml:"places"`
	// Nationalities are the adjectives of each country (its ISO code, as
	// in providers.yaml): a description that carries one ("het Britse
	// energieconcern") stands for the last company named from there.
	Nationalities map[string][]string `yaml:"nationalities,omitempty"`
	// Demonyms are the nouns for a country's people ("the Danes", "de
	// Denen"): as a speaker one stands for the last company named from
	// there, and it is never a company's name itself.
	Demonyms map[string][]string `yaml:"demonyms,omitempty"`
	// NewsOutlets are news agencies and papers ("Reuters", "ANP"): they
	// report what others say ("volgens Reuters"), and are never the
	// speaker of a company's words.
	NewsOutlets []string `yaml:"news_outlets,omitempty"`
	// AdjectiveEndings end a capitalised adjective of place or origin
	// ("Haarlemse", "Brabantse", "Russische"): a run of such words
	// describes the noun after it and names no company. Empty in a
	// language that does not inflect them.
	AdjectiveEndings []string `yaml:"adjective_endings,omitempty"`
}

// Lexicon is everything loaded from the data folder.
type Lexicon struct {
	Dir       string
	Providers []Provider
	People    []Person
	Measures  []Measure
	Stances   Stances
	// Speech, Boilerplate, Stopwords and Abbreviations are per language.
	Speech        map[string]Speech
	Boilerplate   map[string][]string
	Stopwords     map[string][]string
	Abbreviations map[string][]string
	// Suffixes are legal or generic company suffixes dropped from an id.
	Suffixes []string
	// Regions are the country words of national subsidiaries ("Orange
	// Belgium"): an article that names one calls it by the group's name
	// too ("Orange"), which then means the subsidiary.
	Regions []string
}

// files maps each data file to where its content goes.
func (lx *Lexicon) files() []struct {
	name string
	into any
} {
	return []struct {
		name string
		into any
	}{
		{"providers.yaml", &struct {
			Providers *[]Provider `yaml:"providers"`
			Suffixes  *[]string   `yaml:"suffixes"`
			Regions   *[]string   `yaml:"regions"`
		}{&lx.Providers, &lx.Suffixes, &lx.Regions}},
		{"people.yaml", &struct {
			People *[]Person `yaml:"people"`
		}{&lx.People}},
		{"measures.yaml", &struct {
			Measures *[]Measure `yaml:"measures"`
		}{&lx.Measures}},
		{"stances.yaml", &lx.Stances},
		{"speech.yaml", &lx.Speech},
		{"boilerplate.yaml", &lx.Boilerplate},
		{"stopwords.yaml", &lx.Stopwords},
		{"abbreviations.yaml", &lx.Abbreviations},
	}
}

// Load reads every data file of dir. A missing file is an error, since the
// generator cannot work without its vocabulary; a malformed one names its
// path and line.
func Load(dir string) (*Lexicon, error) {
	return LoadFS(os.DirFS(dir), dir)
}

// LoadFS reads the data files from fsys; dir only names them in errors.
func LoadFS(fsys fs.FS, dir string) (*Lexicon, error) {
	lx := &Lexicon{Dir: dir}
	for _, f := range lx.files() {
		path := filepath.Join(dir, f.name)
		data, err := fs.ReadFile(fsys, f.name)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if err := decodeStrict(data, f.into); err != nil {
			return nil, fmt.Errorf("%s:%w", path, err)
		}
	}
	if err := lx.annotateLines(fsys); err != nil {
		return nil, err
	}
	if err := lx.validate(); err != nil {
		return nil, err
	}
	return lx, nil
}

// decodeStrict decodes YAML, refusing unknown keys, and returns errors that
// begin with the line number ("12: message") for the caller to prefix.
func decodeStrict(data []byte, into any) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(into)
	if err == nil || errors.Is(err, errEOF()) {
		return nil
	}
	// A syntax error is told in plain words at the line to fix; a field
	// the type does not know keeps yaml.v3's wording, which names it.
	var te *yaml.TypeError
	if !errors.As(err, &te) {
		line, msg := yamlerr.Locate(data, err)
		return fmt.Errorf("%d: %s", line, msg)
	}
	return lineError(err)
}

func (lx *Lexicon) validate() error {
	var errs []error
	// unsafe reports an id that becomes a path of the site (a provider's,
	// measure's or stance's page) and is not one safe segment.
	unsafe := func(file string, line int, what, id string) {
		if err := slug.Check(id); err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %s %q %w", filepath.Join(lx.Dir, file), line, what, id, err))
		}
	}
	seen := map[string]int{}
	for _, p := range lx.Providers {
		path := filepath.Join(lx.Dir, "providers.yaml")
		if p.ID == "" || p.Name == "" {
			return fmt.Errorf("%s:%d: provider needs an id and a name", path, p.Line)
		}
		if prev, dup := seen[p.ID]; dup {
			return fmt.Errorf("%s:%d: provider id %q already used on line %d", path, p.Line, p.ID, prev)
		}
		seen[p.ID] = p.Line
		unsafe("providers.yaml", p.Line, "provider id", p.ID)
		if p.Homepage != "" {
			if err := weburl.Check(p.Homepage); err != nil {
				errs = append(errs, fmt.Errorf("%s:%d: homepage %w", path, p.Line, err))
			}
		}
	}
	for _, p := range lx.People {
		if p.Organisation != "" {
			unsafe("people.yaml", p.Line, "organisation (a provider id)", p.Organisation)
		}
	}
	for _, p := range lx.Providers {
		for lang, id := range p.Local {
			if _, ok := seen[id]; !ok {
				return fmt.Errorf("%s:%d: provider %q: local %s: %q is no provider id", filepath.Join(lx.Dir, "providers.yaml"), p.Line, p.ID, lang, id)
			}
		}
	}
	mseen := map[string]bool{}
	for _, m := range lx.Measures {
		path := filepath.Join(lx.Dir, "measures.yaml")
		if m.ID == "" || m.Label["en"] == "" || m.Label["nl"] == "" {
			return fmt.Errorf("%s:%d: measure needs an id and an en and nl label", path, m.Line)
		}
		if mseen[m.ID] {
			return fmt.Errorf("%s:%d: measure id %q used twice", path, m.Line, m.ID)
		}
		mseen[m.ID] = true
		unsafe("measures.yaml", m.Line, "measure id", m.ID)
	}
	for _, st := range lx.Stances.Stances {
		unsafe("stances.yaml", st.Line, "stance id", st.ID)
		for lang, cues := range st.Hedges {
			for _, c := range cues {
				if _, err := regexp.Compile("(?i)" + c); err != nil {
					errs = append(errs, fmt.Errorf("%s:%d: stance %s hedge (%s) %q: %w", filepath.Join(lx.Dir, "stances.yaml"), st.Line, st.ID, lang, c, err))
				}
			}
		}
		if len(st.Hedges) > 0 && st.HedgedAs == "" {
			errs = append(errs, fmt.Errorf("%s:%d: stance %s has hedges but no hedged_as", filepath.Join(lx.Dir, "stances.yaml"), st.Line, st.ID))
		}
	}
	// A slug is a page address: one safe segment, and one thing's per
	// language (a slug or, where there is none, the id).
	slugs := func(file, what string, items []slugged) {
		used := map[string]map[string]string{}
		for _, it := range items {
			for lang, sl := range it.slug {
				unsafe(file, it.line, what+" slug", sl)
				if used[lang] == nil {
					used[lang] = map[string]string{}
					for _, o := range items {
						if o.slug[lang] == "" {
							used[lang][o.id] = o.id
						}
					}
				}
				if prev, dup := used[lang][sl]; dup && prev != it.id {
					errs = append(errs, fmt.Errorf("%s:%d: %s slug %q (%s) is already the address of %q", filepath.Join(lx.Dir, file), it.line, what, sl, lang, prev))
				}
				used[lang][sl] = it.id
			}
		}
	}
	var ms, ss []slugged
	for _, m := range lx.Measures {
		ms = append(ms, slugged{m.ID, m.Slug, m.Line})
	}
	for _, st := range lx.Stances.Stances {
		ss = append(ss, slugged{st.ID, st.Slug, st.Line})
	}
	slugs("measures.yaml", "measure", ms)
	slugs("stances.yaml", "stance", ss)
	return errors.Join(errs...)
}

// Provider returns the registry entry for id.
func (lx *Lexicon) Provider(id string) (Provider, bool) {
	for _, p := range lx.Providers {
		if p.ID == id {
			return p, true
		}
	}
	return Provider{}, false
}

// Measure returns the measure with id.
func (lx *Lexicon) Measure(id string) (Measure, bool) {
	for _, m := range lx.Measures {
		if m.ID == id {
			return m, true
		}
	}
	return Measure{}, false
}

// Stance returns the stance grade with id.
func (lx *Lexicon) Stance(id string) (Stance, bool) {
	for _, s := range lx.Stances.Stances {
		if s.ID == id {
			return s, true
		}
	}
	return Stance{}, false
}

// HasMeasure reports whether id is a known measure.
func (lx *Lexicon) HasMeasure(id string) bool {
	_, ok := lx.Measure(id)
	return ok
}

// slugged is a measure or stance as validate checks its slugs.
type slugged struct {
	id   string
	slug Text
	line int
}
