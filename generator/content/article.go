// Package content owns the article model: the Article type, reading and
// writing its YAML front-matter with a round-trip through yaml.v3 nodes,
// and diagnostics that name the file and line an editor must fix.
package content

// Langs are the languages an article may be written in; the folder
// content/<lang>/articles/ must match the front-matter's lang.
var Langs = []string{"en", "nl"}

// Stances are the fixed stance grades of shared/spec/extraction.md. Their
// labels and cues are data (content/data/stances.yaml); the ids are the
// contract with the scorer and the site, so they are checked here.
var Stances = []string{"withdraws", "suspends", "restricts", "stays", "unclear"}

// Source is the outlet an article was published by.
type Source struct {
	Name string `yaml:"name,omitempty" json:"name,omitempty"`
	URL  string `yaml:"url,omitempty" json:"url,omitempty"`
}

// Evidence is a verbatim sentence of the body that decided a field:
// Field is "stance" or "measure:<id>".
type Evidence struct {
	Field      string  `yaml:"field" json:"field"`
	Text       string  `yaml:"text" json:"text"`
	Confidence float64 `yaml:"confidence,omitempty" json:"confidence,omitempty"`
	// Extra holds the editor's own keys of the entry, kept on every write.
	Extra []Field `yaml:"-" json:"-"`
	// Line is where the item starts in the file (0 when not read from one).
	Line int `yaml:"-" json:"-"`
}

// Provider is one company whose response the article reports.
type Provider struct {
	ID               string     `yaml:"id" json:"id"`
	Name             string     `yaml:"name,omitempty" json:"name,omitempty"`
	Stance           string     `yaml:"stance,omitempty" json:"stance,omitempty"`
	Measures         []string   `yaml:"measures,omitempty" json:"measures"`
	Confidence       float64    `yaml:"confidence,omitempty" json:"confidence,omitempty"`
	StanceConfidence float64    `yaml:"stance_confidence,omitempty" json:"stance_confidence,omitempty"`
	Evidence         []Evidence `yaml:"evidence,omitempty" json:"evidence"`
	// Unregistered marks a company the registry does not know yet, so
	// that check and the editor see it.
	Unregistered bool `yaml:"unregistered,omitempty" json:"unregistered,omitempty"`
	// Reviewed is set by an editor: extraction never touches the item.
	Reviewed bool `yaml:"reviewed,omitempty" json:"reviewed,omitempty"`
	// Extracted is the fingerprint of the values extraction wrote; when the
	// item no longer matches it, an editor has changed it and it is theirs.
	Extracted string `yaml:"extracted,omitempty" json:"-"`
	// Rejected is set by an editor: the company is wrongly listed. The
	// next extract --write (or the review desk) removes the item and
	// records its id under the article's rejected key, so that
	// extraction never proposes it again.
	Rejected bool `yaml:"rejected,omitempty" json:"-"`
	// Extra holds the editor's own keys of the entry (a note, a link),
	// in file order; every write keeps them.
	Extra []Field `yaml:"-" json:"-"`

	// Line is where the item starts in the file and MeasureLines where
	// each of its measures is (parallel to Measures), so that check can
	// point at them; both are zero for items not read from a file.
	Line         int   `yaml:"-" json:"-"`
	MeasureLines []int `yaml:"-" json:"-"`
}

// Quote is direct (or indirect) speech found in the body.
type Quote struct {
	Text       string  `yaml:"text" json:"text"`
	Speaker    string  `yaml:"speaker,omitempty" json:"speaker"`
	Provider   string  `yaml:"provider,omitempty" json:"provider"`
	Kind       string  `yaml:"kind,omitempty" json:"kind"`
	Confidence float64 `yaml:"confidence,omitempty" json:"confidence,omitempty"`
	Reviewed   bool    `yaml:"reviewed,omitempty" json:"reviewed,omitempty"`
	Extracted  string  `yaml:"extracted,omitempty" json:"-"`
	// Rejected: see Provider.Rejected.
	Rejected bool `yaml:"rejected,omitempty" json:"-"`
	// Extra holds the editor's own keys of the entry.
	Extra []Field `yaml:"-" json:"-"`
	// Line is where the item starts in the file (0 when not read from one).
	Line int `yaml:"-" json:"-"`
}

// Claims names extracted items by what identifies them: provider ids,
// measure ids per provider and quote texts. The article's rejected key is
// one (what an editor refused), its proposed key another (what extraction
// wrote last, so that an item missing from the file since is known to be
// deleted by the editor, not new).
type Claims struct {
	Providers []string
	// Measures maps a provider id to measure ids.
	Measures map[string][]string
	// Quotes are quote texts in rejected, and short hashes of them
	// (QuoteKey) in proposed, which need not be readable.
	Quotes []string
}

// Empty reports whether the set names nothing.
func (c Claims) Empty() bool {
	if len(c.Providers) > 0 || len(c.Quotes) > 0 {
		return false
	}
	for _, ms := range c.Measures {
		if len(ms) > 0 {
			return false
		}
	}
	return true
}

// Article is one markdown file of content/<lang>/articles/.
type Article struct {
	// Path is the file the article was read from, as given to the reader
	// (relative to the working directory when that is how it was named).
	Path     string
	Slug     string
	Lang     string
	Title    string
	Subtitle string
	// Author is the byline (optional): who wrote the original article.
	Author string
	Date   string // YYYY-MM-DD, or empty
	Source Source
	Draft  bool

	Providers []Provider
	Quotes    []Quote
	// HasExtraction is true when the front-matter holds a providers or
	// quotes key (even empty): build then trusts it and does not extract.
	// Marshal writes both keys when it is true or either list is not
	// empty, and removes them when it was turned off.
	HasExtraction bool

	// Rejected lists what an editor refused (front-matter key rejected);
	// extraction never proposes it again. Proposed is extraction's own
	// record of what it last wrote (key proposed).
	Rejected Claims
	Proposed Claims

	// Body is the markdown after the front-matter; BodyLine is the 1-based
	// line of the file on which it starts, for diagnostics.
	Body     string
	BodyLine int

	// Extra holds the keys an editor added that the model does not know,
	// in file order, decoded as plain values (for templates and check).
	// Marshal writes a changed, added or dropped entry; it never reorders.
	Extra []Field

	// front is the parsed front-matter kept for a round-trip write; nil
	// for an article made by NewArticle.
	front *frontMatter
	// lines maps an item's line and one of its keys to the line of that
	// key's value, so Validate can point at a stance or a kind; the top
	// level uses item line 0.
	lines map[fieldPos]int
}

// fieldPos names one key of one front-matter item by the item's line.
type fieldPos struct {
	item int
	key  string
}

// Field is one extra front-matter key and its decoded value.
type Field struct {
	Key   string
	Value any
	Line  int
}
