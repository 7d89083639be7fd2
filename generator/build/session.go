// Package build owns the generator's pipeline as one long-lived Session:
// load the articles (on every core), extract for those whose front-matter
// has none, make the site model, render, and publish. `generator build`
// opens a session, renders it once and publishes it; `generator serve`
// keeps one open and calls Update with the files each save changed, which
// re-reads only those files and re-renders only the pages they reach;
// tests drive a session directly.
//
// A session keeps the parsed articles (keyed by their files' content
// hashes), the site model and, when rendering into memory, the rendered
// files. A failed Open or Update changes nothing: the session keeps its
// last good state, so serve goes on serving it.
package build

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/extract"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/render"
	"github.com/newsdesk/ruscompare/generator/site"
)

// Options say where a site's inputs are and how to build it.
type Options struct {
	// Source is the folder laid out like this repository (content/,
	// content/data/, site.yaml, templates/).
	Source string
	// Config is the site configuration file; default SOURCE/site.yaml.
	Config string
	// Templates is the templates folder; default SOURCE/templates, else
	// ./templates.
	Templates string
	// BaseURL, when set, overrides site.yaml's base URL.
	BaseURL string
	// Drafts publishes articles marked draft: true, each with a visible
	// draft mark.
	Drafts bool
	// Generator identifies the code that makes the site (the content hash
	// of its executable), part of every cache key so that a new version
	// never reuses an old one's work; "" reads the running executable.
	Generator string
	// Long marks a session that outlives one render (serve).
	Long bool
	// ArticleCache, when set, is a file that keeps the parsed (and
	// extracted) articles between runs, keyed by content hash: a build
	// after one edit parses only that article. "" keeps them in memory only.
	ArticleCache string
}

// Resolve fills in the defaults: site.yaml beside the content, the
// templates folder of the source or of the working directory, and the base
// URL from the options or the configuration. It returns the configuration.
func (o Options) Resolve() (Options, site.Config, error) {
	if o.Config == "" {
		o.Config = filepath.Join(o.Source, "site.yaml")
	}
	if o.Templates == "" {
		o.Templates = filepath.Join(o.Source, "templates")
		if _, err := os.Stat(o.Templates); err != nil {
			o.Templates = "templates"
		}
	}
	cfg, err := site.LoadConfig(o.Config)
	if err != nil {
		return o, cfg, err
	}
	if o.BaseURL != "" {
		cfg.BaseURL = o.BaseURL
		if err := cfg.Validate(); err != nil {
			return o, cfg, fmt.Errorf("--base-url: %w", err)
		}
	}
	cfg.Drafts = o.Drafts
	return o, cfg, nil
}

// Stats count the work of the last Open or Update and the last render, so
// that tests (and the bench) can tell an incremental step from a full one.
type Stats struct {
	// Read is how many article files were read, Parsed how many of them
	// were parsed (the others were found, by content hash, in memory or in
	// the article cache), Extracted how many were extracted.
	Read, Parsed, Extracted int
	// Linked is how many articles the model was made again with: 0 when
	// the edits changed bodies alone and the model was updated in place
	// (see Session.Update).
	Linked int
	// Found is how many articles' texts were searched for their evidence
	// and quotes (site.ArticleFacts) to make the model: the others' were
	// kept with them. An update that searches every article again is not
	// incremental.
	Found int
	// Rendered is how many files the last render made; Full is set when
	// it made every file of the site.
	Rendered int
	Full     bool
}

// Session is the pipeline with its state between builds.
type Session struct {
	st *state
	// last is what the last render made the outputs from (the model's
	// manifest and every output path); empty before the first.
	last Manifest
	// files are the outputs of the last RenderMemory, reused by the next.
	files map[string][]byte
	// lastInputs are the state's inputs (templates, data, configuration)
	// at the last render: Manifest.Inputs also holds the site's last
	// update, which an added article may move without making its page
	// stale.
	lastInputs string
	stats      Stats
	// pending are the changed paths of failed updates.
	pending []string
}

// state is everything a session knows of its inputs; an Update makes a
// new one and swaps it in only when it succeeds.
type state struct {
	opts Options // resolved
	cfg  site.Config
	lx   *lexicon.Lexicon
	r    *render.Renderer
	// inputs hashes everything but the articles (see Manifest.Inputs);
	// dataKey what parsing, checking and extracting an article depend on
	// (the lexicon and the generator), the key of the article cache.
	inputs, dataKey string
	docs            map[string]*doc // by path
	site            *site.Site
	model           Manifest // the site model's articles, deps, signatures
	warnings        []string
	x               *extract.Extractor // for Update, made on first use
	// found is how many articles' texts the last makeModel searched.
	found int
	// dropped is set once the docs' bodies were let go (dropBodies).
	dropped bool
	// entriesLater is set when the model's manifest lacks its articles
	// (Manifest.Articles), which addEntries makes after the render.
	entriesLater bool
}

// doc is one article file as loaded.
type doc struct {
	Hash string // content hash of the file
	// Front hashes what the file says but its body, and for an article
	// extracted in memory what extraction found: with the sentences the
	// body holds (Facts), what the article's listings show (listedHash).
	Front   string
	Article *content.Article     // without its syntax tree; extracted
	Diags   []content.Diagnostic // from content.Validate
	InMem   bool                 // extraction was made in memory
	// Facts are site.ArticleFacts of the article (after extraction),
	// found once: the model's costly part, which the article cache
	// keeps too.
	Facts *site.Facts
	// Size and ModTime (Unix nanoseconds) are the file's when it was
	// read at Checked: a later build that finds the same, well after
	// ModTime, need not read it again (doc.unchanged).
	Size, ModTime, Checked int64
	// body, when set, is where the article's body is: a doc read from
	// the article cache comes without it (Article.Body is empty), and
	// the body is read only for the pages a render makes (fillBodies).
	body *bodySource
	// bodyLen is the length of the body dropped from Article (the file's
	// last bodyLen bytes, see state.dropBodies); 0 while Article has it.
	// Not exported: the article cache never stores a doc without its body.
	bodyLen int
	_       struct{} // keyed literals only
}

// withBody is the doc's article with its body, read when the doc came
// from the article cache without it.
func (d *doc) withBody() (*content.Article, error) {
	if d.body == nil {
		return d.Article, nil
	}
	body, err := d.loadBody()
	if err != nil {
		return nil, err
	}
	a := *d.Article
	a.Body = body
	return &a, nil
}

// fillBodies reads the bodies the article cache left out of the model's
// articles whose page want accepts (all when want is nil): only those
// pages are rendered, and nothing else shows a body.
func (st *state) fillBodies(want func(path string) bool) error {
	var todo []*site.Article
	for _, a := range st.site.Articles {
		if d := st.docs[a.Src.Path]; d != nil && d.body != nil && a.Src.Body == "" && (want == nil || want(site.File(a.Path))) {
			todo = append(todo, a)
		}
	}
	if !st.opts.Long {
		// A session that renders once reads each body when its page is
		// made, so the bodies never all sit in the heap at once.
		for _, a := range todo {
			a.SetBodySource(st.docs[a.Src.Path].loadBody)
		}
		return nil
	}
	errs := make([]error, len(todo))
	parallel(len(todo), func(i int) {
		a := todo[i]
		a.Src.Body, errs[i] = st.docs[a.Src.Path].loadBody()
	})
	return errors.Join(errs...)
}

// Open loads the site of o and makes its model. warn receives nothing:
// warnings are kept (Warnings) so that a caller prints them once.
func Open(o Options) (*Session, error) {
	s := &Session{}
	st, err := s.load(o, nil)
	if err != nil {
		return nil, err
	}
	s.st = st
	return s, nil
}

// Site is the current site model.
func (s *Session) Site() *site.Site { return s.st.site }

// Config is the current site configuration.
func (s *Session) Config() site.Config { return s.st.cfg }

// Options are the session's options, resolved.
func (s *Session) Options() Options { return s.st.opts }

// Stats are the counts of the last load and render.
func (s *Session) Stats() Stats { return s.stats }

// Warnings are the current warnings, in article order, as
// "path:line: message" lines.
func (s *Session) Warnings() []string { return s.st.warnings }

// Update takes the files that changed since the last Open or Update. When
// they are all article files, only those are read again (a missing one is
// a deleted article); anything else (a template, a data file, site.yaml)
// reloads the rest, reusing every article whose file did not change. When
// the edits changed articles' bodies and nothing else, the model is
// updated in place (only those articles' texts and anchors); otherwise it
// is made again from the articles' kept Facts (only the changed files'
// texts are searched). The next render renders only the pages the changes
// reach. On error the session keeps its last good state.
func (s *Session) Update(changed []string) error {
	// The changes of a failed update are not in the state yet: they are
	// tried again with these (an article moved to a folder where it does
	// not belong, then deleted there, is gone from both).
	changed = append(s.pending, changed...)
	s.pending = nil
	root := filepath.Clean(filepath.Join(s.st.opts.Source, "content"))
	articles := true
	for _, p := range changed {
		if !isArticlePath(root, p) {
			articles = false
		}
	}
	var (
		st  *state
		err error
	)
	if articles && !s.st.dropped {
		st, err = s.st.withArticles(s, changed)
	} else {
		// Also after a Publish that let the articles' texts go
		// (dropBodies): every article is read again.
		st, err = s.load(s.st.opts, s.st.docs)
	}
	if err != nil {
		s.pending = changed
		return err
	}
	s.st = st
	return nil
}

// isArticlePath reports whether p is (or was) an article file under root:
// root/<lang>/articles/<name>.md, as content.ArticlePaths lists them.
func isArticlePath(root, p string) bool {
	p = filepath.Clean(p)
	dir := filepath.Dir(p)
	return filepath.Ext(p) == ".md" && !strings.HasPrefix(filepath.Base(p), ".") &&
		filepath.Base(dir) == "articles" && filepath.Dir(filepath.Dir(dir)) == root
}

// load reads everything: configuration, lexicon, templates and every
// article, reusing the docs of prev (and of the article cache) whose
// file's content hash is unchanged.
func (s *Session) load(o Options, prev map[string]*doc) (*state, error) {
	o, cfg, err := o.Resolve()
	if err != nil {
		return nil, err
	}
	var generator chan string
	if o.Generator == "" {
		cacheDir := ""
		if o.ArticleCache != "" {
			cacheDir = filepath.Dir(o.ArticleCache)
		}
		// Hashing the generator (over 100 MB) takes a core for a tenth
		// of a second or more: it runs beside the lexicon and templates.
		generator = make(chan string, 1)
		go func() { generator <- executableHash(cacheDir) }()
	}
	lx, err := lexicon.Load(filepath.Join(o.Source, "content", "data"))
	if err != nil {
		return nil, err
	}
	r, err := render.New(o.Templates, cfg)
	if err != nil {
		return nil, err
	}
	if generator != nil {
		o.Generator = <-generator
	}
	dataKey, err := HashInputs([]string{filepath.Join(o.Source, "content", "data")}, "generator="+o.Generator)
	if err != nil {
		return nil, err
	}
	inputs, err := HashInputs([]string{o.Templates, filepath.Join(o.Source, "content", "data"), o.Config},
		"base="+cfg.BaseURL, fmt.Sprintf("drafts=%v", o.Drafts), fmt.Sprintf("config=%+v", cfg), "generator="+o.Generator)
	if err != nil {
		return nil, err
	}
	st := &state{opts: o, cfg: cfg, lx: lx, r: r, inputs: inputs, dataKey: dataKey}
	if s.st != nil && (s.st.dataKey != dataKey || s.st.dropped) {
		// The lexicon changed: every article is checked again. Or the
		// bodies were let go: the docs come again from the files (or the
		// article cache), so that no doc without its body is cached.
		prev = nil
	}
	var cached *cachedModel
	if prev == nil && o.ArticleCache != "" {
		prev, cached = loadArticleCache(o.ArticleCache, dataKey, inputs)
	}
	paths, err := content.ArticlePaths(filepath.Join(o.Source, "content"))
	if err != nil {
		return nil, err
	}
	// A build that renders once and keeps no article cache (build
	// --full) needs no body before the article pages: they go as the
	// files are loaded, and the model's articles read them again.
	settle := !o.Long && o.ArticleCache == ""
	docs, stats, err := loadDocs(lx, paths, prev, settle)
	if err != nil {
		return nil, err
	}
	st.docs, st.dropped = docs, settle
	var edited map[*doc]*doc
	if cached != nil {
		edited = textEdits(prev, docs)
	}
	if edited != nil {
		// The cached model was made from prev: only bodies changed since.
		st.site, st.model, st.warnings = cached.Site, cached.Manifest, cached.Warnings
		st.updateTexts(edited)
		stats.Found = st.found
	} else {
		if err := st.makeModel(); err != nil {
			return nil, err
		}
		stats.Found, stats.Linked = st.found, len(st.site.Articles)
	}
	if o.ArticleCache != "" && (stats.Linked > 0 || staleCache(prev, docs, stats.Parsed)) {
		// Written again when the model was made again (the next build
		// then starts from it), or when enough articles were parsed
		// again. A cache that cannot be written only makes the next
		// build slower.
		_ = saveArticleCache(o.ArticleCache, dataKey, docs, &cachedModel{Inputs: inputs, Site: st.site, Manifest: st.model, Warnings: st.warnings})
	}
	s.stats = stats
	return st, nil
}

// textEdits compares the docs a model was made from (prev) with the
// current ones. When they are the same articles and those that changed
// changed their bodies alone (bodyOnly), it returns those, by the old doc
// (an empty map when none changed); otherwise nil.
func textEdits(prev, docs map[string]*doc) map[*doc]*doc {
	if len(prev) != len(docs) {
		return nil
	}
	edited := map[*doc]*doc{}
	for p, d := range docs {
		old := prev[p]
		switch {
		case old == nil:
			return nil
		case old.Hash == d.Hash:
		case bodyOnly(old, d):
			edited[old] = d
		default:
			return nil
		}
	}
	return edited
}

// staleCache reports whether the article cache is worth writing again:
// when it had none of these articles, or when more than 1% of them (and
// more than a few) were parsed or are gone. Writing it costs about as
// much as parsing a few hundred articles, so after an edit or two the
// next build parses those again rather than rewrite the whole cache.
func staleCache(cached, docs map[string]*doc, parsed int) bool {
	gone := 0
	for p := range cached {
		if docs[p] == nil {
			gone++
		}
	}
	off := parsed + gone
	return len(cached) == 0 && len(docs) > 0 || off > 8 && off*100 > len(docs)
}

// withArticles is the state after the article files changed were edited,
// added or deleted: only those are read again.
func (st *state) withArticles(s *Session, changed []string) (*state, error) {
	next := *st
	next.docs = make(map[string]*doc, len(st.docs)+len(changed))
	for p, d := range st.docs {
		next.docs[p] = d
	}
	var stats Stats
	var errs []error
	// edited are the docs whose body alone changed, by their old ones.
	edited := map[*doc]*doc{}
	textOnly := true
	for _, p := range slices.Compact(slices.Sorted(slices.Values(changed))) {
		// The loader names files by joining the source and the folders,
		// so a changed path must match that form to replace its doc.
		p = filepath.Join(filepath.Dir(p), filepath.Base(p))
		data, err := os.ReadFile(p)
		if errors.Is(err, os.ErrNotExist) {
			textOnly = textOnly && st.docs[p] == nil
			delete(next.docs, p)
			continue
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		stats.Read++
		hash := Hash(data)
		if d := st.docs[p]; d != nil && d.Hash == hash {
			continue // saved without a change
		}
		stats.Parsed++
		d, err := parseDoc(st.lx, p, data, hash)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if !d.Article.HasExtraction {
			if st.x == nil {
				if st.x, err = extract.New(st.lx); err != nil {
					return nil, err
				}
			}
			extractInto(st.x, d)
			stats.Extracted++
		}
		if old := st.docs[p]; old != nil && bodyOnly(old, d) {
			edited[old] = d
		} else {
			textOnly = false
		}
		next.docs[p] = d
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if textOnly {
		next.updateTexts(edited)
		stats.Found = len(edited)
	} else {
		if err := next.makeModel(); err != nil {
			return nil, err
		}
		stats.Found, stats.Linked = next.found, len(next.site.Articles)
	}
	s.stats = stats
	return &next, nil
}

// bodyOnly reports whether d is old with another body and nothing else
// changed: the same front-matter (so the same companies, quotes, date
// and draft mark), the same extraction, the same diagnostics.
func bodyOnly(old, d *doc) bool {
	a, b := *old.Article, *d.Article
	a.Body, b.Body = "", ""
	return old.InMem == d.InMem && reflect.DeepEqual(a, b) && reflect.DeepEqual(old.Diags, d.Diags)
}

// updateTexts puts the edited docs (by their old ones), whose bodies
// alone changed, into the model in place (site.UpdateText): no other
// article, company, listing or warning can change, so the model is not
// made again. The manifest records their new hashes.
func (st *state) updateTexts(edited map[*doc]*doc) {
	model := st.model
	model.Articles = maps.Clone(st.model.Articles)
	for _, d := range edited {
		d.Facts = site.ArticleFacts(d.Article)
		a := st.site.UpdateText(d.Article, d.Facts)
		if a == nil {
			continue // a draft the site does not publish
		}
		a.Version = d.Hash
		a.Listed = listedHash(d.Front, a)
		e := model.Articles[d.Article.Path]
		e.Hash, e.Listed = d.Hash, a.Listed
		model.Articles[d.Article.Path] = e
	}
	st.model = model
	st.found = len(edited)
}

// makeModel checks the docs (any error diagnostic fails the build), gathers
// the warnings and makes the site model and its manifest.
func (st *state) makeModel() error {
	paths := make([]string, 0, len(st.docs))
	for p := range st.docs {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	var problems []error
	var warnings []string
	articles := make([]*content.Article, 0, len(paths))
	var unfound []*doc
	model := Manifest{Version: version, Inputs: st.inputs}
	// A session that renders once (bodies dropped as loaded) needs the
	// manifest's articles only to save it: they are made after the
	// render (addEntries), so that the render's collections do not mark
	// them over and over (about 600 bytes an article with their
	// dependent folders).
	st.entriesLater = st.dropped
	if !st.entriesLater {
		model.Articles = make(map[string]Entry, len(paths))
	}
	for _, p := range paths {
		d := st.docs[p]
		for _, dg := range d.Diags {
			if dg.Severity == content.Error {
				problems = append(problems, dg)
			} else {
				warnings = append(warnings, "warning: "+dg.Error())
			}
		}
		a := d.Article
		if a.Draft && !st.opts.Drafts {
			continue
		}
		if d.InMem {
			warnings = append(warnings, fmt.Sprintf("warning: %s: no providers or quotes in the front-matter; extracted in memory (run `generator extract --write %s` to review them)", a.Path, a.Path))
		}
		articles = append(articles, a)
		if d.Facts == nil {
			unfound = append(unfound, d)
		}
		if model.Articles != nil {
			model.Articles[a.Path] = Entry{Hash: d.Hash}
		}
	}
	if len(problems) > 0 {
		return errors.Join(problems...)
	}
	errs := make([]error, len(unfound))
	parallel(len(unfound), func(i int) {
		a, err := unfound[i].withBody()
		if err != nil {
			errs[i] = err
			return
		}
		unfound[i].Facts = site.ArticleFacts(a)
	})
	if err := errors.Join(errs...); err != nil {
		return err
	}
	st.found = len(unfound)
	facts := make([]*site.Facts, len(articles))
	for i, a := range articles {
		facts[i] = st.docs[a.Path].Facts
	}
	s, err := site.BuildFacts(articles, facts, st.lx, st.cfg)
	if err != nil {
		return err
	}
	parallel(len(s.Articles), func(i int) {
		a := s.Articles[i]
		d := st.docs[a.Src.Path]
		a.Version, a.Listed = d.Hash, listedHash(d.Front, a)
	})
	if model.Articles != nil {
		deps := s.DependentDirs()
		for _, a := range s.Articles {
			e := model.Articles[a.Src.Path]
			e.Deps, e.Listed, e.Page = deps[a.Src.Path], a.Listed, a.Path
			model.Articles[a.Src.Path] = e
		}
	}
	// Hashed: a signature lists every related company with its stance,
	// kilobytes each, and the manifest keeps one per company page folder.
	model.Signatures = s.Signatures()
	for dir, sig := range model.Signatures {
		model.Signatures[dir] = Hash([]byte(sig))
	}
	// Every page's footer shows the site's last update (the newest article
	// date): when it moves, every page changes.
	model.Inputs = Hash([]byte(st.inputs + "\nupdated=" + s.Updated))
	st.site, st.model, st.warnings = s, model, warnings
	st.readBodies()
	return nil
}

// addEntries makes the model's manifest articles when makeModel left them
// for later (entriesLater): before the manifest is saved, planned from or
// kept as the last render's. The site's articles are the published ones,
// each with its file's hash as Version.
func (st *state) addEntries() {
	if !st.entriesLater {
		return
	}
	deps := st.site.DependentDirs()
	st.model.Articles = make(map[string]Entry, len(st.site.Articles))
	for _, a := range st.site.Articles {
		st.model.Articles[a.Src.Path] = Entry{Hash: a.Version, Listed: a.Listed, Page: a.Path, Deps: deps[a.Src.Path]}
	}
	st.entriesLater = false
}

// listedHash identifies what the site shows of an article outside its own
// page (site.Article.Listed): front (doc.Front) and which of its evidence
// sentences and quotes the page shows, with each quote's sentence. A doc
// without front (an old cache) gives "", and listings then sign the
// article with its file's hash.
func listedHash(front string, a *site.Article) string {
	if front == "" {
		return ""
	}
	h := sha256.New()
	io.WriteString(h, front)
	found := func(ok bool) string {
		if ok {
			return "\x00found"
		}
		return "\x00absent"
	}
	for _, r := range a.Reports {
		for _, e := range r.Evidence {
			io.WriteString(h, "\x00ev\x00"+e.ID+found(e.Found))
		}
	}
	for _, q := range a.Quotes {
		// A quote's sentence holds no NUL (it is text of a valid body), so
		// the fields cannot run into each other.
		io.WriteString(h, "\x00q\x00"+q.ID+found(q.Found)+"\x00"+q.Context)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// PrintWarnings writes the warnings to w, one a line.
func PrintWarnings(w io.Writer, warnings []string) {
	for _, l := range warnings {
		fmt.Fprintln(w, l)
	}
}

// NewWarnings compares the warnings a terminal shows (old) with the
// current ones: those to print, in order, and how many went away.
func NewWarnings(old, current []string) (added []string, fixed int) {
	was := make(map[string]int, len(old))
	for _, w := range old {
		was[w]++
	}
	for _, w := range current {
		if was[w] > 0 {
			was[w]--
			continue
		}
		added = append(added, w)
	}
	for _, n := range was {
		fixed += n
	}
	return added, fixed
}
