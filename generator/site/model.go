// Package site builds the whole-site model from the articles and the
// lexicon: per provider the stance each article reports (with evidence),
// a consolidated stance and a disagreement flag, a timeline, measures,
// quotes, coverage and related providers; per measure, stance, speaker and
// source the pages that list them; and the path of every page in every
// language. It knows nothing about templates or HTML, so render can change
// without touching the model.
package site

import (
	"strings"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// PageSize is how many items a paged listing shows, chosen so that a page
// stays well under 100 KB.
const PageSize = 50

// Site is the model of everything the renderer emits. Every slice is in a
// fixed order, so rendering it twice gives the same bytes.
type Site struct {
	Config    Config
	Paths     Paths
	Languages []string
	// Articles are newest first; undated articles come last.
	Articles  []*Article
	ByLang    map[string][]*Article
	Providers []*Provider // by name
	Measures  []*Measure  // lexicon order, then unknown ids
	Stances   []*Stance   // lexicon order, then unknown ids
	Quotes    []*Quote    // article order, then the article's order
	Speakers  []*Speaker  // by name
	Sources   []*Source   // by name
	// Updated is the newest article date, used as the feeds' update time so
	// that output does not depend on the clock.
	Updated string

	providers map[string]*Provider
	measures  map[string]*Measure
	stances   map[string]*Stance
}

// Provider returns the provider with id, or nil.
func (s *Site) Provider(id string) *Provider { return s.providers[id] }

// Measure returns the measure with id, or nil.
func (s *Site) Measure(id string) *Measure { return s.measures[id] }

// Stance returns the stance with id, or nil.
func (s *Site) Stance(id string) *Stance { return s.stances[id] }

// Title returns the site title in lang, falling back to the default language.
func (s *Site) Title(lang string) string {
	if t := s.Config.Title[lang]; t != "" {
		return t
	}
	return s.Config.Title[s.Config.DefaultLanguage]
}

// Article is one published article with its cross-links.
type Article struct {
	// Src is the article as read: every exported field, but not the
	// front-matter syntax tree a write-back needs (read the file again
	// for that), so that a large site stays small in memory.
	Src      *content.Article
	Lang     string
	Slug     string
	Title    string
	Subtitle string
	Date     string
	Source   *Source // nil when the article names none
	// SourceURL is the original article's address.
	SourceURL string
	// Version identifies what the article's file says (its content hash,
	// set by the build session; "" when unknown): render signs listing
	// entries with it to tell unchanged pages (render.Memo).
	Version string
	// Listed identifies what the site shows of the article outside its
	// own page (set by the build session; "" when unknown, and then
	// Version stands in): everything its file says but the body, and
	// which of its sentences and quotes the body holds. An edit of the
	// body that keeps those leaves every listing entry of the article as
	// it was.
	Listed string
	// Draft marks an article published only because Config.Drafts is set
	// (serve's preview); pages show it with a draft mark.
	Draft bool
	// Path is the site-relative path of the article page.
	Path    string
	Reports []*Report // one per provider, in front-matter order
	Quotes  []*Quote
	// Anchors are the ids the article page must carry: one per distinct
	// evidence sentence and quote found in the body. Render guarantees each
	// exists so that no link to it is broken.
	Anchors []Anchor
	// Mentions are the providers whose first mention in the body links to
	// their page, longest name first so that "Amazon Web Services" wins
	// over "Amazon".
	Mentions []Mention
	// Related is "other coverage": recent articles, in either language,
	// that report on the same providers.
	Related []*Article
	// Republish is set when the front-matter allows the full text on the
	// page (`republish: true`, or a `license`), e.g. an editor's own
	// writing; otherwise the page shows an excerpt and links out.
	Republish bool
	// License is the front-matter's `license`, shown with a republished text.
	License string

	// body, when set, reads the markdown body again (Src.Body is then
	// ""): a build that renders once lets the bodies go once the model is
	// made (see SetBodySource).
	body func() (string, error)
}

// Markdown is the article's body: Src.Body, or read again through the
// source SetBodySource gave.
func (a *Article) Markdown() (string, error) {
	if a.body != nil {
		return a.body()
	}
	return a.Src.Body, nil
}

// SetBodySource lets the article's body go from memory: Src.Body becomes
// "" and Markdown calls read instead. At 10,000 articles the bodies are
// a quarter of a build's live heap, and only the article pages read them
// once the model is made (render: 1 read per article page made).
func (a *Article) SetBodySource(read func() (string, error)) {
	a.Src.Body = ""
	a.body = read
}

// Anchor is an id for a verbatim span of an article body.
type Anchor struct {
	ID    string
	Text  string
	Quote bool // a quote rather than an evidence sentence
	// Indirect marks reported speech: the journalist's words, never
	// marked up as a quotation.
	Indirect bool
}

// Mention is a name that refers to a provider in an article body.
type Mention struct {
	Name     string
	Provider *Provider
}

// Report is what one article says about one provider.
type Report struct {
	Article    *Article
	Provider   *Provider
	Stance     string
	Measures   []*Measure
	Evidence   []*Evidence
	Confidence float64
	// Reviewed is set when an editor marked the item reviewed; a claim
	// nobody reviewed is shown as machine-made.
	Reviewed bool
	// HedgedAs is the other end of a range when every sentence behind the
	// stance leaves the choice open ("withdrew or scaled back", the
	// stance's hedges in stances.yaml); "" when the stance is plain.
	HedgedAs string
}

// StanceEvidence returns the evidence for the stance.
func (r *Report) StanceEvidence() []*Evidence {
	var out []*Evidence
	for _, e := range r.Evidence {
		if e.Field == "stance" {
			out = append(out, e)
		}
	}
	return out
}

// MeasureEvidence returns the evidence for one measure.
func (r *Report) MeasureEvidence(id string) []*Evidence {
	var out []*Evidence
	for _, e := range r.Evidence {
		if e.Measure == id {
			out = append(out, e)
		}
	}
	return out
}

// Evidence is a sentence of an article that supports a stance or measure.
type Evidence struct {
	Field   string // "stance" or "measure"
	Measure string // the measure id when Field is "measure"
	Text    string
	ID      string // anchor id in the article page
	// Found is true when the sentence is on the article page (in the
	// body, and in its excerpt when the text may not be republished), so
	// that the link may carry the fragment; otherwise links go to the
	// article top.
	Found   bool
	Article *Article
}

// Link is the site-relative link to the sentence in its article.
func (e *Evidence) Link() string { return sentenceLink(e.Article, e.ID, e.Found) }

// Provider is a company with everything the articles say about it.
type Provider struct {
	ID       string
	Name     string
	Aliases  []string
	Kind     string
	Country  string
	Homepage string
	// Registered is false for companies the registry lacks; they still get
	// a page, which says so.
	Registered bool
	// Reports is the timeline: oldest first, undated last.
	Reports []*Report
	// Stance is the consolidated stance: the one most articles report,
	// "unclear" counting only when nothing else is reported.
	Stance       string
	StanceCounts []StanceCount
	// Disagreement is set when articles report different stances (other
	// than "unclear").
	Disagreement bool
	// Range is the other end of the consolidated stance when every report
	// of it is hedged (Report.HedgedAs): the sources allow either.
	Range string
	// StanceByLang is the consolidated stance per article language.
	StanceByLang map[string]string
	Measures     []*MeasureUse
	Quotes       []*Quote
	BySource     []SourceCount
	ByLang       []LangCount
	// Related are providers with the same stance or shared measures, or
	// reported in the same articles, strongest link first.
	Related []Related
	// LastDate is the newest date of an article reporting on the provider.
	LastDate string
}

// Paths of a provider's page.
func (p *Provider) Path(lang string) string { return Item(lang, KindProviders, p.ID) }

// ReviewedReports is how many of the provider's reports an editor
// marked reviewed.
func (p *Provider) ReviewedReports() int {
	n := 0
	for _, r := range p.Reports {
		if r.Reviewed {
			n++
		}
	}
	return n
}

// ReportsIn returns the reports of articles written in lang.
func (p *Provider) ReportsIn(lang string) []*Report {
	var out []*Report
	for _, r := range p.Reports {
		if r.Article.Lang == lang {
			out = append(out, r)
		}
	}
	return out
}

// HasMeasure reports whether any article reports measure id for p.
func (p *Provider) HasMeasure(id string) bool {
	for _, m := range p.Measures {
		if m.Measure.ID == id {
			return true
		}
	}
	return false
}

// StanceCount is how many articles report a stance.
type StanceCount struct {
	Stance string
	N      int
}

// MeasureUse is a measure a provider took, with the reports that say so.
type MeasureUse struct {
	Measure *Measure
	Reports []*Report
}

// SourceCount is how many articles of a source report on a provider.
type SourceCount struct {
	Source *Source
	N      int
}

// LangCount is how many articles in a language report on a provider.
type LangCount struct {
	Lang string
	N    int
}

// Related is a provider linked to another: N is the strength of the link
// (shared measures, same stance, articles in common), Shared the measures
// both took.
type Related struct {
	Provider *Provider
	N        int
	Shared   []*Measure
}

// Measure is a canonical measure with the providers that took it.
type Measure struct {
	ID          string
	Labels      lexicon.Text
	Definitions lexicon.Text
	Slugs       lexicon.Text // address segment per language, where not the id
	// Known is false for an id the measure taxonomy lacks.
	Known     bool
	Reports   []*Report
	Providers []*Provider
}

// Label is the measure's name in lang.
func (m *Measure) Label(lang string) string { return text(m.Labels, lang, m.ID) }

// Definition is the measure's definition in lang.
func (m *Measure) Definition(lang string) string { return text(m.Definitions, lang, "") }

// Path of the measure's page.
func (m *Measure) Path(lang string) string { return Item(lang, KindMeasures, m.Slug(lang)) }

// Slug is the measure's address segment in lang: its slug there
// (measures.yaml), else its id.
func (m *Measure) Slug(lang string) string { return slugIn(m.Slugs, lang, m.ID) }

// Stance is a stance grade with the providers consolidated to it.
type Stance struct {
	ID          string
	Labels      lexicon.Text
	Definitions lexicon.Text
	Slugs       lexicon.Text // address segment per language, where not the id
	CELI        string
	Known       bool
	Providers   []*Provider // consolidated stance
	Reports     []*Report   // every article report of it
	// AlsoReported are the companies some article reports with this
	// stance whose consolidated stance is another, by name: "who stayed?"
	// lists every company any source says stayed.
	AlsoReported []*Provider
}

// Label is the stance's name in lang.
func (s *Stance) Label(lang string) string { return text(s.Labels, lang, s.ID) }

// Definition is the stance's definition in lang.
func (s *Stance) Definition(lang string) string { return text(s.Definitions, lang, "") }

// Path of the stance's page.
func (s *Stance) Path(lang string) string { return Item(lang, KindStances, s.Slug(lang)) }

// Slug is the stance's address segment in lang: its slug there
// (stances.yaml), else its id.
func (s *Stance) Slug(lang string) string { return slugIn(s.Slugs, lang, s.ID) }

func slugIn(t lexicon.Text, lang, id string) string {
	if v := t[lang]; v != "" {
		return v
	}
	return id
}

// Quote is speech found in an article body.
type Quote struct {
	Text     string
	Kind     string
	Speaker  *Speaker  // nil when no speaker is known
	Provider *Provider // nil when the speaker speaks for no known company
	Article  *Article
	ID       string // anchor id in the article page
	Found    bool
	// Context is the sentence (or sentences) of the body that holds the
	// quote, so a fragment can be shown where it was said; "" when the
	// body does not hold the quote verbatim.
	Context string
}

// fragmentWords is the length under which a quote is a fragment: shown
// inside its sentence, never alone as if it were a whole statement.
const fragmentWords = 8

// Indirect reports whether the quote is reported speech (the
// journalist's paraphrase), which is never set in quotation marks.
func (q *Quote) Indirect() bool { return q.Kind == "indirect" }

// Fragment reports whether the quote is a direct fragment of under
// fragmentWords words that has its sentence to be shown in.
func (q *Quote) Fragment() bool {
	return !q.Indirect() && q.Context != "" && len(strings.Fields(q.Text)) < fragmentWords &&
		FoldText(q.Context) != FoldText(q.Text)
}

// ContextParts splits Context around the quote: the text before it, the
// quote as the body spells it, and the text after it (three strings, for
// templates).
func (q *Quote) ContextParts() []string {
	i := strings.Index(FoldText(q.Context), FoldText(q.Text))
	if i < 0 {
		return []string{"", q.Text, ""}
	}
	// FoldText keeps one rune per rune of a plain sentence (Context is
	// plain text with single spaces), so rune offsets carry over.
	rs := []rune(q.Context)
	from := len([]rune(FoldText(q.Context)[:i]))
	to := from + len([]rune(FoldText(q.Text)))
	if to > len(rs) {
		return []string{"", q.Text, ""}
	}
	return []string{string(rs[:from]), string(rs[from:to]), string(rs[to:])}
}

// Link is the site-relative link to the quote in its article.
func (q *Quote) Link() string { return sentenceLink(q.Article, q.ID, q.Found) }

// sentenceLink links to the sentence's anchor only when the sentence was
// found in the body; a fragment to a missing anchor would land nowhere.
func sentenceLink(a *Article, id string, found bool) string {
	if found {
		return a.Path + "#" + id
	}
	return a.Path
}

// Speaker is a person (or an organisation speaking as such) quoted.
type Speaker struct {
	Slug         string
	Name         string
	Role         string
	Organisation *Provider
	Quotes       []*Quote
}

// Path of the speaker's page.
func (sp *Speaker) Path(lang string) string { return Item(lang, KindSpeakers, sp.Slug) }

// Source is a publication.
type Source struct {
	Slug     string
	Name     string
	Articles []*Article
}

// Path of the source's page.
func (so *Source) Path(lang string) string { return Item(lang, KindSources, so.Slug) }

func text(t lexicon.Text, lang, fallback string) string {
	if s := t[lang]; s != "" {
		return s
	}
	if s := t["en"]; s != "" {
		return s
	}
	return fallback
}
