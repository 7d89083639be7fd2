package site

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/slug"
)

// ErrDuplicate is returned when two articles would share a page.
var ErrDuplicate = errors.New("duplicate article")

// Build makes the site model. It publishes only articles with Draft false,
// unless cfg.Drafts is set.
// Every step is a pass over the articles with map lookups, so the cost
// grows linearly with their number (pairs of providers within one article
// are the only product, and an article names few).
func Build(articles []*content.Article, lx *lexicon.Lexicon, cfg Config) (*Site, error) {
	return BuildFacts(articles, AllFacts(articles, cfg.Drafts), lx, cfg)
}

// FoldBody is the form of an article's body that evidence and quotes are
// matched against (FoldText without link targets).
func FoldBody(a *content.Article) string { return FoldText(stripLinkTargets(a.Body)) }

// BuildFacts is Build given every article's Facts (facts[i] of
// articles[i]), which a long-lived build session keeps with each article
// rather than search every body again after each edit.
func BuildFacts(articles []*content.Article, facts []*Facts, lx *lexicon.Lexicon, cfg Config) (*Site, error) {
	if len(facts) != len(articles) {
		return nil, fmt.Errorf("site: %d facts for %d articles", len(facts), len(articles))
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	if lx == nil {
		lx = &lexicon.Lexicon{}
	}
	b := &builder{
		lx: lx,
		s: &Site{
			Config:    cfg,
			Paths:     Paths{Base: cfg.BaseURL},
			Languages: cfg.Languages,
			ByLang:    map[string][]*Article{},
			providers: map[string]*Provider{},
			measures:  map[string]*Measure{},
			stances:   map[string]*Stance{},
		},
		registry: map[string]lexicon.Provider{},
		people:   map[string]lexicon.Person{},
		speakers: map[string]*Speaker{},
		sources:  map[string]*Source{},
		co:       map[string]map[string]int{},
	}
	for _, p := range lx.Providers {
		b.registry[p.ID] = p
	}
	b.compileHedges()
	for _, p := range lx.People {
		b.people[strings.ToLower(p.Name)] = p
		for _, a := range p.Aliases {
			b.people[strings.ToLower(a)] = p
		}
	}
	// Lexicon order first, so pages list measures and stances the way the
	// editors ordered them.
	for _, m := range lx.Measures {
		b.measure(m.ID)
	}
	for _, id := range content.Stances {
		b.stance(id)
	}
	for _, st := range lx.Stances.Stances {
		b.stance(st.ID)
	}

	seen := map[string]string{}
	for i, a := range articles {
		if a == nil || a.Draft && !cfg.Drafts {
			continue
		}
		if a.Slug == "" || a.Lang == "" {
			return nil, fmt.Errorf("%s: article needs a slug and a lang: %w", a.Path, ErrDuplicate)
		}
		key := a.Lang + "/" + a.Slug
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("%s: slug %q already used by %s: %w", a.Path, a.Slug, prev, ErrDuplicate)
		}
		seen[key] = a.Path
		f := facts[i]
		if f == nil {
			f = ArticleFacts(a)
		}
		b.article(a, f)
	}
	b.finish()
	if err := b.s.checkPaths(); err != nil {
		return nil, err
	}
	return b.s, nil
}

// ErrUnsafePath is returned when an id or slug cannot be a path segment.
var ErrUnsafePath = errors.New("unsafe path")

// checkPaths refuses a site with an id or slug that would not be one
// path segment. check and build report these earlier, at the file and
// line of the value (content.Validate, lexicon.Load); this is the guard
// for every other way in (extraction in memory, a caller of Build), so
// that no page can be written outside its folder or over another page.
func (s *Site) checkPaths() error {
	var errs []error
	bad := func(what, id, from string) {
		if err := slug.Check(id); err != nil {
			errs = append(errs, fmt.Errorf("%s%s %q %w: %w", from, what, id, err, ErrUnsafePath))
		}
	}
	for _, a := range s.Articles {
		bad("article slug", a.Slug, a.Src.Path+": ")
		for _, r := range a.Reports {
			bad("provider id", r.Provider.ID, a.Src.Path+": ")
		}
	}
	for _, p := range s.Providers {
		bad("provider id", p.ID, "")
	}
	for _, m := range s.Measures {
		bad("measure id", m.ID, "")
		for _, l := range s.Languages {
			bad("measure slug", m.Slug(l), "")
		}
	}
	for _, st := range s.Stances {
		bad("stance id", st.ID, "")
		for _, l := range s.Languages {
			bad("stance slug", st.Slug(l), "")
		}
	}
	for _, sp := range s.Speakers {
		bad("speaker slug", sp.Slug, "")
	}
	for _, so := range s.Sources {
		bad("source slug", so.Slug, "")
	}
	return errors.Join(errs...)
}

type builder struct {
	lx       *lexicon.Lexicon
	s        *Site
	registry map[string]lexicon.Provider
	people   map[string]lexicon.Person
	speakers map[string]*Speaker
	sources  map[string]*Source
	// co counts, per provider pair, the articles that report both.
	co map[string]map[string]int
	// hedges are each stance's hedge cues per language (stances.yaml).
	hedges map[string]map[string][]*regexp.Regexp
}

// compileHedges compiles the stances' hedge cues; lexicon.Load has
// checked that they compile, so one that does not (a lexicon built in
// memory) is left out.
func (b *builder) compileHedges() {
	b.hedges = map[string]map[string][]*regexp.Regexp{}
	for _, st := range b.lx.Stances.Stances {
		for lang, cues := range st.Hedges {
			for _, c := range cues {
				if re, err := regexp.Compile("(?i)" + c); err == nil {
					if b.hedges[st.ID] == nil {
						b.hedges[st.ID] = map[string][]*regexp.Regexp{}
					}
					b.hedges[st.ID][lang] = append(b.hedges[st.ID][lang], re)
				}
			}
		}
	}
}

// hedgedAs is the other end of a report's range: set when the stance has
// hedge cues and every sentence behind it matches one.
func (b *builder) hedgedAs(r *Report) string {
	res := b.hedges[r.Stance][r.Article.Lang]
	ev := r.StanceEvidence()
	if len(res) == 0 || len(ev) == 0 {
		return ""
	}
	for _, e := range ev {
		text := FoldDiacritics(e.Text)
		hit := false
		for _, re := range res {
			if re.MatchString(text) {
				hit = true
				break
			}
		}
		if !hit {
			return ""
		}
	}
	if st, ok := b.lx.Stance(r.Stance); ok {
		return st.HedgedAs
	}
	return ""
}

func (b *builder) measure(id string) *Measure {
	if m := b.s.measures[id]; m != nil {
		return m
	}
	m := &Measure{ID: id}
	if lm, ok := b.lx.Measure(id); ok {
		m.Labels, m.Definitions, m.Slugs, m.Known = lm.Label, lm.Definition, lm.Slug, true
	}
	b.s.measures[id] = m
	b.s.Measures = append(b.s.Measures, m)
	return m
}

func (b *builder) stance(id string) *Stance {
	if st := b.s.stances[id]; st != nil {
		return st
	}
	st := &Stance{ID: id}
	if ls, ok := b.lx.Stance(id); ok {
		st.Labels, st.Definitions, st.Slugs, st.CELI, st.Known = ls.Label, ls.Definition, ls.Slug, ls.CELI, true
	}
	b.s.stances[id] = st
	b.s.Stances = append(b.s.Stances, st)
	return st
}

func (b *builder) provider(id, name string) *Provider {
	if p := b.s.providers[id]; p != nil {
		return p
	}
	p := &Provider{ID: id, Name: name, StanceByLang: map[string]string{}}
	if r, ok := b.registry[id]; ok {
		p.Name, p.Aliases, p.Kind, p.Country, p.Homepage = r.Name, r.Aliases, r.Kind, r.Country, r.Homepage
		p.Registered = true
	}
	if p.Name == "" {
		p.Name = id
	}
	b.s.providers[id] = p
	b.s.Providers = append(b.s.Providers, p)
	return p
}

func (b *builder) source(src content.Source) *Source {
	name := strings.TrimSpace(src.Name)
	if name == "" && src.URL != "" {
		if u, err := url.Parse(src.URL); err == nil {
			name = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	// A name without a Latin letter or digit ("—", "新华社") has no slug:
	// the page would be the sources index itself, so the source gets none.
	id := Slugify(name)
	if name == "" || id == "" {
		return nil
	}
	if so := b.sources[id]; so != nil {
		return so
	}
	so := &Source{Slug: id, Name: name}
	b.sources[id] = so
	b.s.Sources = append(b.s.Sources, so)
	return so
}

func (b *builder) speaker(name string) *Speaker {
	name = strings.TrimSpace(name)
	slug := Slugify(name)
	if slug == "" {
		return nil
	}
	if sp := b.speakers[slug]; sp != nil {
		return sp
	}
	sp := &Speaker{Slug: slug, Name: name}
	if p, ok := b.people[strings.ToLower(name)]; ok {
		sp.Name, sp.Role = p.Name, p.Role
		if p.Organisation != "" {
			sp.Organisation = b.provider(p.Organisation, "")
		}
	}
	b.speakers[slug] = sp
	b.s.Speakers = append(b.s.Speakers, sp)
	return sp
}

// light is the part of an article the site and the renderer use: every
// exported field, without the front-matter's syntax tree, which is kept for
// writing the file back and is several times the size of the file. A site
// of many articles then holds little more than their bodies.
func light(src *content.Article) *content.Article {
	return &content.Article{
		Path: src.Path, Slug: src.Slug, Lang: src.Lang, Title: src.Title, Subtitle: src.Subtitle,
		Date: src.Date, Source: src.Source, Draft: src.Draft,
		Providers:     notRejected(src.Providers, func(p content.Provider) bool { return p.Rejected }),
		Quotes:        notRejected(src.Quotes, func(q content.Quote) bool { return q.Rejected }),
		HasExtraction: src.HasExtraction,
		Body:          src.Body, BodyLine: src.BodyLine, Extra: src.Extra,
	}
}

// notRejected leaves out the items an editor marked rejected: true and
// extraction has not yet moved to the rejected key: they are wrong, so the
// site never shows them.
func notRejected[T any](items []T, rejected func(T) bool) []T {
	if !slices.ContainsFunc(items, rejected) {
		return items
	}
	return slices.DeleteFunc(slices.Clone(items), rejected)
}

// sized is a slice with room for n items, nil for none (as append
// leaves a list nothing was added to).
func sized[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, 0, n)
}

// article adds one article; facts are its Facts.
func (b *builder) article(src *content.Article, facts *Facts) {
	src = light(src)
	a := &Article{
		Src: src, Lang: src.Lang, Slug: src.Slug, Title: src.Title, Subtitle: src.Subtitle,
		Date: content.Day(src.Date), SourceURL: src.Source.URL, Draft: src.Draft,
		Path: Item(src.Lang, KindArticles, src.Slug),
	}
	if a.Title == "" {
		a.Title = src.Slug
	}
	a.Republish, a.License = republishable(src.Extra)
	a.Source = b.source(src.Source)
	if a.Source != nil {
		a.Source.Articles = append(a.Source.Articles, a)
	}
	// An article's reports, evidence and quotes are each made in one
	// block, and every list sized once: a build holds them all until it
	// ends, and a few large objects an article cost the collector less,
	// and leave fewer holes in the heap, than a dozen small ones.
	nev := 0
	for _, cp := range src.Providers {
		nev += len(cp.Evidence)
	}
	reports, evidence, quotes := sized[Report](len(src.Providers)), sized[Evidence](nev), sized[Quote](len(src.Quotes))
	a.Reports, a.Quotes = sized[*Report](len(src.Providers)), sized[*Quote](len(src.Quotes))
	reported := map[string]bool{}
	for _, cp := range src.Providers {
		if cp.ID == "" || reported[cp.ID] {
			continue // one report per provider per article, as the spec says
		}
		if b.s.Config.ReviewedOnly && !cp.Reviewed {
			continue // site.yaml publishes reviewed claims only
		}
		reported[cp.ID] = true
		p := b.provider(cp.ID, cp.Name)
		stance := cp.Stance
		if stance == "" {
			stance = "unclear"
		}
		reports = append(reports, Report{Article: a, Provider: p, Stance: stance, Confidence: cp.StanceConfidence, Reviewed: cp.Reviewed,
			Measures: sized[*Measure](len(cp.Measures)), Evidence: sized[*Evidence](len(cp.Evidence))})
		r := &reports[len(reports)-1]
		st := b.stance(stance)
		st.Reports = append(st.Reports, r)
		mseen := map[string]bool{}
		for _, mid := range cp.Measures {
			if mid == "" || mseen[mid] {
				continue
			}
			mseen[mid] = true
			m := b.measure(mid)
			r.Measures = append(r.Measures, m)
			m.Reports = append(m.Reports, r)
		}
		for _, ev := range cp.Evidence {
			if strings.TrimSpace(ev.Text) == "" {
				continue
			}
			_, sum := foldSum(ev.Text)
			evidence = append(evidence, Evidence{Field: ev.Field, Text: ev.Text, ID: "ev-" + sum, Article: a})
			e := &evidence[len(evidence)-1]
			if m, ok := strings.CutPrefix(ev.Field, "measure:"); ok {
				e.Field, e.Measure = "measure", m
			}
			r.Evidence = append(r.Evidence, e)
		}
		r.HedgedAs = b.hedgedAs(r)
		a.Reports = append(a.Reports, r)
		p.Reports = append(p.Reports, r)
	}
	// A sentence the front matter lists twice (extraction lists a quote
	// the body repeats once per occurrence) is one quote: it has one
	// anchor on the page, and was a repeated line on the article's,
	// speaker's and company's pages.
	quoted := make(map[string]bool, len(src.Quotes))
	for _, cq := range src.Quotes {
		if strings.TrimSpace(cq.Text) == "" || (b.s.Config.ReviewedOnly && !cq.Reviewed) {
			continue
		}
		_, sum := foldSum(cq.Text)
		if quoted[sum] {
			continue
		}
		quoted[sum] = true
		quotes = append(quotes, Quote{Text: cq.Text, Kind: cq.Kind, Article: a, ID: "q-" + sum})
		q := &quotes[len(quotes)-1]
		if q.Kind == "" {
			q.Kind = "direct"
		}
		if cq.Provider != "" {
			q.Provider = b.provider(cq.Provider, "")
			q.Provider.Quotes = append(q.Provider.Quotes, q)
		}
		if cq.Speaker != "" {
			q.Speaker = b.speaker(cq.Speaker)
			if q.Speaker != nil {
				q.Speaker.Quotes = append(q.Speaker.Quotes, q)
				if q.Speaker.Organisation == nil && q.Provider != nil {
					q.Speaker.Organisation = q.Provider
				}
			}
		}
		a.Quotes = append(a.Quotes, q)
		b.s.Quotes = append(b.s.Quotes, q)
	}
	findTexts(a, facts)
	// Count co-reported pairs for "related providers".
	for _, r1 := range a.Reports {
		for _, r2 := range a.Reports {
			if r1 != r2 {
				m := b.co[r1.Provider.ID]
				if m == nil {
					m = map[string]int{}
					b.co[r1.Provider.ID] = m
				}
				m[r2.Provider.ID]++
			}
		}
	}
	b.s.Articles = append(b.s.Articles, a)
}

// findTexts sets what an article's page shows of its body: which of its
// evidence sentences and quotes the body holds (Found, a quote's
// Context), the anchors they get, and, for an excerpt, which of them it
// shows. It depends on the article and its Facts alone, so that an edit
// of the body only can update the article in place (UpdateText).
func findTexts(a *Article, facts *Facts) {
	// Sized once for every text the body may hold: grown by append, the
	// list's spare room stayed with the model for the whole build.
	n := len(a.Quotes)
	for _, r := range a.Reports {
		n += len(r.Evidence)
	}
	a.Anchors = sized[Anchor](n)
	anchors := make(map[string]bool, n)
	addAnchor := func(id, text string, quote, indirect bool) {
		if !anchors[id] {
			anchors[id] = true
			a.Anchors = append(a.Anchors, Anchor{ID: id, Text: text, Quote: quote, Indirect: indirect})
		}
	}
	for _, r := range a.Reports {
		for _, e := range r.Evidence {
			_, e.Found = facts.found(e.ID)
			if e.Found {
				addAnchor(e.ID, e.Text, false, false)
			}
		}
	}
	for _, q := range a.Quotes {
		q.Context, q.Found = facts.found(q.ID)
		if q.Found {
			addAnchor(q.ID, q.Text, true, q.Indirect())
		}
	}
	if !a.Republish {
		excerptAnchors(a, facts)
	}
}

// UpdateText puts into the model, in place, an edit of one article that
// changed its body and nothing else (every other field of src is as
// the model's article was made from): the article's text and what its
// page shows of it (findTexts) are all that can differ from a full Build.
// The caller checks that only the body changed, and that no render of s
// runs meanwhile. It returns the article updated, or nil, changing
// nothing, when no article of s was made from src.Path (a draft the
// site does not publish).
func (s *Site) UpdateText(src *content.Article, facts *Facts) *Article {
	for _, a := range s.Articles {
		if a.Src.Path == src.Path {
			a.Src = light(src)
			a.body = nil // the new Src has its body
			findTexts(a, facts)
			return a
		}
	}
	return nil
}

// mentions are the names of the reports' providers that link to their
// pages, longest first (see Article.Mentions).
func mentions(reports []*Report) []Mention {
	var out []Mention
	for _, r := range reports {
		for _, n := range append([]string{r.Provider.Name}, r.Provider.Aliases...) {
			if len([]rune(n)) >= 2 {
				out = append(out, Mention{Name: n, Provider: r.Provider})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Name) > len(out[j].Name) })
	return out
}

// finish sorts everything and computes what needs all articles.
func (b *builder) finish() {
	s := b.s
	sort.SliceStable(s.Articles, func(i, j int) bool { return newerFirst(s.Articles[i], s.Articles[j]) })
	for _, a := range s.Articles {
		s.ByLang[a.Lang] = append(s.ByLang[a.Lang], a)
		if a.Date > s.Updated {
			s.Updated = a.Date
		}
	}
	// Mentions need the final provider names, so they come after all
	// articles have registered their providers. Articles that report on
	// the same companies in the same order share one list (nothing
	// changes it once made): a list of its own per article was about 200
	// bytes each, held for the whole build.
	shared := map[string][]Mention{}
	var key strings.Builder
	for _, a := range s.Articles {
		key.Reset()
		for _, r := range a.Reports {
			key.WriteString(r.Provider.ID)
			key.WriteByte(0)
		}
		m, ok := shared[key.String()]
		if !ok {
			m = mentions(a.Reports)
			shared[key.String()] = m
		}
		a.Mentions = m
	}
	// The quote list follows the article order so the quotes index is
	// newest first too.
	s.Quotes = s.Quotes[:0]
	for _, a := range s.Articles {
		s.Quotes = append(s.Quotes, a.Quotes...)
	}
	// Lists that follow the article order (newest first) are refilled in
	// one pass over the sorted articles instead of being sorted each.
	for _, m := range s.Measures {
		m.Reports = m.Reports[:0]
	}
	for _, st := range s.Stances {
		st.Reports = st.Reports[:0]
	}
	for _, so := range s.Sources {
		so.Articles = so.Articles[:0]
	}
	for _, sp := range s.Speakers {
		sp.Quotes = sp.Quotes[:0]
	}
	for _, p := range s.Providers {
		p.Quotes = p.Quotes[:0]
	}
	for _, a := range s.Articles {
		if a.Source != nil {
			a.Source.Articles = append(a.Source.Articles, a)
		}
		for _, r := range a.Reports {
			st := s.stances[r.Stance]
			st.Reports = append(st.Reports, r)
			for _, m := range r.Measures {
				m.Reports = append(m.Reports, r)
			}
		}
		for _, q := range a.Quotes {
			if q.Speaker != nil {
				q.Speaker.Quotes = append(q.Speaker.Quotes, q)
			}
			if q.Provider != nil {
				q.Provider.Quotes = append(q.Provider.Quotes, q)
			}
		}
	}
	stanceRank := map[string]int{}
	for i, st := range s.Stances {
		stanceRank[st.ID] = i
	}
	for _, p := range s.Providers {
		sort.SliceStable(p.Reports, func(i, j int) bool { return olderFirst(p.Reports[i].Article, p.Reports[j].Article) })
		p.Stance, p.StanceCounts, p.Disagreement = consolidate(p.Reports, stanceRank)
		p.Range = stanceRange(p)
		langs := map[string][]*Report{}
		for _, r := range p.Reports {
			langs[r.Article.Lang] = append(langs[r.Article.Lang], r)
		}
		for l, rs := range langs {
			p.StanceByLang[l], _, _ = consolidate(rs, stanceRank)
		}
		b.providerAggregates(p)
		if p.Stance != "" {
			st := s.stances[p.Stance]
			st.Providers = append(st.Providers, p)
		}
	}
	sort.SliceStable(s.Providers, func(i, j int) bool {
		return byName(s.Providers[i].Name, s.Providers[i].ID, s.Providers[j].Name, s.Providers[j].ID)
	})
	for _, st := range s.Stances {
		sort.SliceStable(st.Providers, func(i, j int) bool {
			return byName(st.Providers[i].Name, st.Providers[i].ID, st.Providers[j].Name, st.Providers[j].ID)
		})
		seen := map[*Provider]bool{}
		for _, r := range st.Reports {
			if p := r.Provider; !seen[p] && p.Stance != st.ID {
				seen[p] = true
				st.AlsoReported = append(st.AlsoReported, p)
			}
		}
		sort.SliceStable(st.AlsoReported, func(i, j int) bool {
			a, b := st.AlsoReported[i], st.AlsoReported[j]
			return byName(a.Name, a.ID, b.Name, b.ID)
		})
	}
	for _, m := range s.Measures {
		seen := map[*Provider]bool{}
		for _, r := range m.Reports {
			if !seen[r.Provider] {
				seen[r.Provider] = true
				m.Providers = append(m.Providers, r.Provider)
			}
		}
		sort.SliceStable(m.Providers, func(i, j int) bool {
			return byName(m.Providers[i].Name, m.Providers[i].ID, m.Providers[j].Name, m.Providers[j].ID)
		})
	}
	b.related()
	b.otherCoverage()
	sort.SliceStable(s.Speakers, func(i, j int) bool {
		return byName(s.Speakers[i].Name, s.Speakers[i].Slug, s.Speakers[j].Name, s.Speakers[j].Slug)
	})
	sort.SliceStable(s.Sources, func(i, j int) bool {
		return byName(s.Sources[i].Name, s.Sources[i].Slug, s.Sources[j].Name, s.Sources[j].Slug)
	})
}

func (b *builder) providerAggregates(p *Provider) {
	uses := map[string]*MeasureUse{}
	var mids []string
	src := map[*Source]int{}
	langs := map[string]int{}
	for _, r := range p.Reports {
		for _, m := range r.Measures {
			u := uses[m.ID]
			if u == nil {
				u = &MeasureUse{Measure: m}
				uses[m.ID] = u
				mids = append(mids, m.ID)
			}
			u.Reports = append(u.Reports, r)
		}
		if r.Article.Source != nil {
			src[r.Article.Source]++
		}
		langs[r.Article.Lang]++
	}
	// Measures in taxonomy order, like the measure index.
	rank := map[string]int{}
	for i, m := range b.s.Measures {
		rank[m.ID] = i
	}
	sort.Slice(mids, func(i, j int) bool { return rank[mids[i]] < rank[mids[j]] })
	for _, id := range mids {
		p.Measures = append(p.Measures, uses[id])
	}
	for so, n := range src {
		p.BySource = append(p.BySource, SourceCount{Source: so, N: n})
	}
	sort.Slice(p.BySource, func(i, j int) bool {
		if p.BySource[i].N != p.BySource[j].N {
			return p.BySource[i].N > p.BySource[j].N
		}
		return p.BySource[i].Source.Slug < p.BySource[j].Source.Slug
	})
	for l, n := range langs {
		p.ByLang = append(p.ByLang, LangCount{Lang: l, N: n})
	}
	sort.Slice(p.ByLang, func(i, j int) bool { return p.ByLang[i].Lang < p.ByLang[j].Lang })
	for _, r := range p.Reports {
		if r.Article.Date > p.LastDate {
			p.LastDate = r.Article.Date
		}
	}
}

// relatedCandidates bounds how many providers of one measure are looked at
// when linking providers, so a measure taken by thousands of companies does
// not make the step quadratic.
const relatedCandidates = 200

// related links each provider to others that share its stance or
// measures or are reported with it. It runs after consolidation and the
// measure provider lists.
func (b *builder) related() {
	s := b.s
	index := make(map[*Provider]int, len(s.Providers))
	for i, p := range s.Providers {
		index[p] = i
	}
	// The candidates of each measure, as sets, to tell which measures a
	// company shares with each of the few it is linked to.
	candidates := map[*Measure]map[*Provider]bool{}
	isCandidate := func(m *Measure, q *Provider) bool {
		set := candidates[m]
		if set == nil {
			set = make(map[*Provider]bool, min(len(m.Providers), relatedCandidates))
			for _, c := range m.Providers[:min(len(m.Providers), relatedCandidates)] {
				set[c] = true
			}
			candidates[m] = set
		}
		return set[q]
	}
	// Scores by provider index; touched lists the ones above zero, which
	// are cleared again after each provider.
	score := make([]int, len(s.Providers))
	var touched []int
	add := func(q *Provider, n int) {
		i := index[q]
		if score[i] == 0 {
			touched = append(touched, i)
		}
		score[i] += n
	}
	for _, p := range s.Providers {
		touched = touched[:0]
		for _, u := range p.Measures {
			ps := u.Measure.Providers
			for _, q := range ps[:min(len(ps), relatedCandidates)] {
				if q != p {
					add(q, 2)
				}
			}
		}
		for id, n := range b.co[p.ID] {
			add(s.providers[id], n)
		}
		if p.Stance != "" && p.Stance != "unclear" {
			ps := s.stances[p.Stance].Providers
			for _, q := range ps[:min(len(ps), relatedCandidates)] {
				if q != p {
					add(q, 1)
				}
			}
		}
		p.Related = nil
		for _, i := range touched {
			p.Related = topRelated(p.Related, Related{Provider: s.Providers[i], N: score[i]}, maxRelated)
			score[i] = 0
		}
		for k := range p.Related {
			for _, u := range p.Measures {
				if isCandidate(u.Measure, p.Related[k].Provider) {
					p.Related[k].Shared = append(p.Related[k].Shared, u.Measure)
				}
			}
		}
	}
}

// maxOtherCoverage is how many other articles an article page lists.
const maxOtherCoverage = 2

// maxRelated is how many related companies a company page lists.
const maxRelated = 8

// topRelated puts r into top, which holds at most most entries in their
// order (highest score first, then by id), dropping the last when full.
func topRelated(top []Related, r Related, most int) []Related {
	before := func(a, b Related) bool {
		if a.N != b.N {
			return a.N > b.N
		}
		return a.Provider.ID < b.Provider.ID
	}
	at := len(top)
	for at > 0 && before(r, top[at-1]) {
		at--
	}
	if at == most {
		return top
	}
	if len(top) < most {
		top = append(top, Related{})
	}
	copy(top[at+1:], top[at:])
	top[at] = r
	return top
}

// otherCoverage fills Article.Related from the newest reports of each of
// its providers, so the cost per article is bounded: two entries (about
// 200 bytes each on every article page), since the page links each
// company's page, which lists the rest.
func (b *builder) otherCoverage() {
	const perProvider, most = 2, maxOtherCoverage
	for _, a := range b.s.Articles {
		seen := map[*Article]bool{a: true}
		for _, r := range a.Reports {
			rs := r.Provider.Reports // oldest first
			taken := 0
			for i := len(rs) - 1; i >= 0 && taken < perProvider; i-- {
				o := rs[i].Article
				if !seen[o] {
					seen[o] = true
					a.Related = append(a.Related, o)
					taken++
				}
			}
		}
		sort.SliceStable(a.Related, func(i, j int) bool { return newerFirst(a.Related[i], a.Related[j]) })
		if len(a.Related) > most {
			a.Related = a.Related[:most]
		}
	}
}

// consolidate picks the stance most reports give. "unclear" only wins when
// nothing else is reported, since it says nothing about presence in Russia;
// ties go to the stance of the newest report among them (reports are oldest
// first), then to the stance order.
func consolidate(reports []*Report, rank map[string]int) (string, []StanceCount, bool) {
	if len(reports) == 0 {
		return "", nil, false
	}
	counts := map[string]int{}
	latest := map[string]int{}
	for i, r := range reports {
		counts[r.Stance]++
		latest[r.Stance] = i
	}
	var ids []string
	for id := range counts {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		ri, oki := rank[ids[i]]
		rj, okj := rank[ids[j]]
		if oki != okj {
			return oki
		}
		if ri != rj {
			return ri < rj
		}
		return ids[i] < ids[j]
	})
	var out []StanceCount
	definite := 0
	best := ""
	for _, id := range ids {
		out = append(out, StanceCount{Stance: id, N: counts[id]})
		if id == "unclear" {
			continue
		}
		definite++
		if best == "" || counts[id] > counts[best] || (counts[id] == counts[best] && latest[id] > latest[best]) {
			best = id
		}
	}
	if best == "" {
		best = "unclear"
	}
	return best, out, definite > 1
}

func newerFirst(a, b *Article) bool {
	if (a.Date == "") != (b.Date == "") {
		return a.Date != ""
	}
	if a.Date != b.Date {
		return a.Date > b.Date
	}
	if a.Lang != b.Lang {
		return a.Lang < b.Lang
	}
	return a.Slug < b.Slug
}

func olderFirst(a, b *Article) bool {
	if (a.Date == "") != (b.Date == "") {
		return a.Date != ""
	}
	if a.Date != b.Date {
		return a.Date < b.Date
	}
	if a.Lang != b.Lang {
		return a.Lang < b.Lang
	}
	return a.Slug < b.Slug
}

func byName(n1, id1, n2, id2 string) bool {
	l1, l2 := nameKey(n1), nameKey(n2)
	if l1 != l2 {
		return l1 < l2
	}
	return id1 < id2
}

// nameKey is what names sort by: lower case without accents. An ASCII
// name has no accent to fold, which spares the normalisation that made
// sorting a large site's companies and speakers a tenth of the model.
func nameKey(name string) string {
	if isASCII(name) {
		return strings.ToLower(name)
	}
	return strings.ToLower(FoldDiacritics(name))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// AnchorID is a stable id for a span of text: prefix, "-", and 8 hex
// digits of the SHA-256 of its folded form, so that the same sentence gets
// the same id in the article page and in every link to it, across builds.
func AnchorID(prefix, text string) string {
	_, sum := foldSum(text)
	return prefix + "-" + sum
}

// FoldRune maps a rune to its form for text matching between markdown,
// the rendered HTML and the front-matter: markdown punctuation is dropped,
// typographic quotes become plain, case is ignored, any space is one
// space. Render uses the same function so both sides agree.
func FoldRune(r rune) (rune, bool) {
	switch r {
	case '*', '_', '`', '\\', '[', ']', '>', '#':
		return 0, false
	case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032':
		return '\'', true
	case '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033':
		return '"', true
	case '\u00a0':
		return ' ', true
	}
	if unicode.IsSpace(r) {
		return ' ', true
	}
	return unicode.ToLower(r), true
}

// FoldText folds every rune and collapses runs of space. ASCII runs are
// folded byte by byte (FoldRune's rules for them, without decoding or
// the Unicode tables), and an ASCII text is already in NFC: every
// article's sentences and quotes are folded each time the model is made.
func FoldText(s string) string {
	if !isASCII(s) {
		s = norm.NFC.String(s)
	}
	var sb strings.Builder
	sb.Grow(len(s))
	space := true // drops leading space
	for i := 0; i < len(s); {
		var f rune
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case c == '*' || c == '_' || c == '`' || c == '\\' || c == '[' || c == ']' || c == '>' || c == '#':
				continue
			case c == ' ' || '\t' <= c && c <= '\r':
				f = ' '
			case 'A' <= c && c <= 'Z':
				f = rune(c + 'a' - 'A')
			default:
				f = rune(c)
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			var ok bool
			if f, ok = FoldRune(r); !ok {
				continue
			}
		}
		if f == ' ' {
			if space {
				continue
			}
			space = true
		} else {
			space = false
		}
		sb.WriteRune(f)
	}
	return strings.TrimSuffix(sb.String(), " ")
}

var linkTarget = regexp.MustCompile(`\]\([^)\s]*(?:\s+"[^"]*")?\)`)

// stripLinkTargets removes the "(url)" of markdown links so that a sentence
// with a link still matches the text a reader sees. Every link target
// starts with "](": a text without one (most bodies) is returned as it
// is, where ReplaceAllString would copy it (200 MB over a 10,000-article
// build).
func stripLinkTargets(md string) string {
	if !strings.Contains(md, "](") {
		return md
	}
	return linkTarget.ReplaceAllString(md, "]")
}

// FoldDiacritics removes accents ("Oekraïne" → "Oekraine") for slugs and
// sorting.
func FoldDiacritics(s string) string {
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// Slugify makes a URL segment from a name: lowercase ASCII letters and
// digits joined by single hyphens.
func Slugify(s string) string {
	var sb strings.Builder
	dash := false
	for _, r := range strings.ToLower(FoldDiacritics(s)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = false
			sb.WriteRune(r)
		default:
			dash = true
		}
	}
	return sb.String()
}

// republishable reads the front-matter keys that allow the full text on
// the page: `republish: true`, or a `license` (whose name is returned).
func republishable(extra []content.Field) (bool, string) {
	ok, license := false, ""
	for _, f := range extra {
		switch f.Key {
		case "republish":
			if v, isBool := f.Value.(bool); isBool && v {
				ok = true
			}
		case "license":
			if v := strings.TrimSpace(fmt.Sprint(f.Value)); f.Value != nil && v != "" {
				ok, license = true, v
			}
		}
	}
	return ok, license
}

// stanceRange is the other end of a provider's consolidated stance when
// every report of that stance is hedged to the same alternative.
func stanceRange(p *Provider) string {
	alt := ""
	for _, r := range p.Reports {
		if r.Stance != p.Stance {
			continue
		}
		if r.HedgedAs == "" || (alt != "" && r.HedgedAs != alt) {
			return ""
		}
		alt = r.HedgedAs
	}
	return alt
}
