// Package synth writes a deterministic synthetic corpus laid out like this
// repository (content/<lang>/articles/*.md plus content/data/), for the
// benchmarks: English and Dutch articles of about 700 words, each naming
// a few companies of the provider registry with a stance, measures and
// evidence sentences taken verbatim from the body, and quotes with their
// speakers. Some articles carry no extraction in their front-matter, so
// that a build extracts them in memory.
//
// Article i depends only on the seed and i, never on how many articles
// are written, so the 1,000-article corpus is the first thousand of the
// 10,000-article one and articles can be generated in parallel.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// Options are the inputs of one corpus.
type Options struct {
	// N is the number of articles, split evenly between English and Dutch.
	N int
	// Seed makes a different but equally deterministic corpus.
	Seed uint64
	// Words is the target length of a body (700 when zero).
	Words int
	// NoExtraction drops providers and quotes from every front-matter, so
	// a build must extract every article.
	NoExtraction bool
	// Bare is the share (0..1) of articles written without extraction when
	// NoExtraction is false; -1 means none (0 means the default, 0.1).
	Bare float64
	// Taxonomies adds flat companies/stances/measures lists to the
	// front-matter (extra keys the generator keeps as they are), so that a
	// Hugo site can build its taxonomies from the same files.
	Taxonomies bool
}

// Corpus is the material articles are made of.
type Corpus struct {
	lx        *lexicon.Lexicon
	providers []lexicon.Provider
	people    map[string][]lexicon.Person // by organisation id
	measures  []string
	stances   []string
}

// New prepares a corpus over the registry of lx. The registry must hold
// at least one provider; the issue asks for 200 or more.
func New(lx *lexicon.Lexicon) (*Corpus, error) {
	if lx == nil || len(lx.Providers) == 0 {
		return nil, fmt.Errorf("synth: the lexicon has no providers")
	}
	c := &Corpus{lx: lx, providers: lx.Providers, people: map[string][]lexicon.Person{}}
	for _, p := range lx.People {
		c.people[p.Organisation] = append(c.people[p.Organisation], p)
	}
	for _, m := range lx.Measures {
		c.measures = append(c.measures, m.ID)
	}
	if len(c.measures) == 0 {
		c.measures = []string{"maintain-network"}
	}
	c.stances = []string{"withdraws", "suspends", "restricts", "stays", "unclear"}
	return c, nil
}

// Write generates opt.N articles under dir/content/<lang>/articles/ using
// every core, and copies the data files of the lexicon to
// dir/content/data/ when the lexicon was loaded from a folder. It returns
// the number of bytes of articles written.
func (c *Corpus) Write(dir string, opt Options) (int64, error) {
	for _, l := range []string{"en", "nl"} {
		if err := os.MkdirAll(filepath.Join(dir, "content", l, "articles"), 0o755); err != nil {
			return 0, err
		}
	}
	if c.lx.Dir != "" {
		if err := copyData(c.lx.Dir, filepath.Join(dir, "content", "data")); err != nil {
			return 0, err
		}
	}
	var (
		next  = make(chan int, 64)
		wg    sync.WaitGroup
		mu    sync.Mutex
		first error
		total int64
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var n int64
			for i := range next {
				a := c.Article(i, opt)
				err := os.WriteFile(filepath.Join(dir, a.Path), a.Data, 0o644)
				if err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					continue
				}
				n += int64(len(a.Data))
			}
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	for i := range opt.N {
		next <- i
	}
	close(next)
	wg.Wait()
	return total, first
}

func copyData(from, to string) error {
	if err := os.MkdirAll(to, 0o755); err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(from, "*.yaml"))
	if err != nil {
		return err
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(to, filepath.Base(f)), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// File is one generated article: its path relative to the corpus root and
// its bytes.
type File struct {
	Path string
	Lang string
	Slug string
	Data []byte
}

type mention struct {
	p        lexicon.Provider
	stance   string
	measures []string
	evidence []evidence
}

type evidence struct{ field, text string }

type quote struct{ text, speaker, provider string }

// Article makes article i of the corpus; the same i, seed and options give
// the same bytes.
func (c *Corpus) Article(i int, opt Options) File {
	r := rand.New(rand.NewPCG(opt.Seed^0x9e3779b97f4a7c15, uint64(i)))
	words := opt.Words
	if words == 0 {
		words = 700
	}
	lang := "en"
	if i%2 == 1 {
		lang = "nl"
	}
	ph := phrases[lang]
	// Zipf-like choice of companies: a few are in many articles, most in
	// some, like real coverage.
	np := 1 + r.IntN(4)
	var ms []*mention
	seen := map[string]bool{}
	for len(ms) < np {
		p := c.providers[c.pick(r)]
		if seen[p.ID] {
			continue
		}
		seen[p.ID] = true
		m := &mention{p: p, stance: c.stances[(i+len(ms))%len(c.stances)]}
		nm := r.IntN(3)
		if len(ms) == 0 {
			nm++ // every measure appears across the corpus
		}
		for k := range nm {
			id := c.measures[(i*3+k*5+len(ms))%len(c.measures)]
			if !contains(m.measures, id) {
				m.measures = append(m.measures, id)
			}
		}
		ms = append(ms, m)
	}

	var paras []string
	var quotes []quote
	count := 0
	add := func(p string) {
		paras = append(paras, p)
		count += len(strings.Fields(p))
	}
	// Lead: every company's stance sentence (the evidence), then its
	// measures and a quote.
	for k, m := range ms {
		st := fill(ph.stance[m.stance][r.IntN(len(ph.stance[m.stance]))], m.p.Name, r)
		m.evidence = append(m.evidence, evidence{"stance", st})
		var sb []string
		sb = append(sb, st)
		for _, id := range m.measures {
			s := fill(measureSentence(lang, id, r), m.p.Name, r)
			m.evidence = append(m.evidence, evidence{"measure:" + id, s})
			sb = append(sb, s)
		}
		sb = append(sb, filler(ph, r, 2)...)
		add(strings.Join(sb, " "))
		if k < 3 {
			speaker, role := c.speaker(m.p, r, lang)
			text := fill(ph.quotes[r.IntN(len(ph.quotes))], m.p.Name, r)
			add(fmt.Sprintf(ph.quoteLine, text, speaker, role, m.p.Name))
			quotes = append(quotes, quote{text: text, speaker: speaker, provider: m.p.ID})
		}
	}
	for count < words {
		n := 3 + r.IntN(4)
		add(strings.Join(filler(ph, r, n), " "))
	}

	slug := fmt.Sprintf("%s-%06d", ph.slug[r.IntN(len(ph.slug))], i)
	title := fill(ph.titles[r.IntN(len(ph.titles))], ms[0].p.Name, r)
	sub := fill(ph.subtitles[r.IntN(len(ph.subtitles))], ms[0].p.Name, r)
	date := fmt.Sprintf("2022-%02d-%02d", 2+r.IntN(10), 1+r.IntN(28))
	src := sources[lang][r.IntN(len(sources[lang]))]

	bare := opt.Bare
	if bare == 0 {
		bare = 0.1
	}
	withExtraction := !opt.NoExtraction && (bare < 0 || r.Float64() >= bare)

	var b strings.Builder
	b.Grow(count*8 + 4096)
	b.WriteString("---\n")
	b.WriteString("title: " + q(title) + "\n")
	b.WriteString("subtitle: " + q(sub) + "\n")
	b.WriteString("lang: " + lang + "\n")
	b.WriteString("date: " + date + "\n")
	b.WriteString("source:\n  name: " + q(src.name) + "\n  url: " + q(fmt.Sprintf("https://%s/2022/%s", src.host, slug)) + "\n")
	b.WriteString("draft: false\n")
	if opt.Taxonomies {
		var cs, ss, mm []string
		for _, m := range ms {
			cs = append(cs, m.p.ID)
			if !contains(ss, m.stance) {
				ss = append(ss, m.stance)
			}
			for _, id := range m.measures {
				if !contains(mm, id) {
					mm = append(mm, id)
				}
			}
		}
		b.WriteString("companies: [" + strings.Join(cs, ", ") + "]\n")
		b.WriteString("stances: [" + strings.Join(ss, ", ") + "]\n")
		if len(mm) > 0 {
			b.WriteString("measures: [" + strings.Join(mm, ", ") + "]\n")
		}
	}
	if withExtraction {
		b.WriteString("providers:\n")
		for _, m := range ms {
			b.WriteString("  - id: " + m.p.ID + "\n    name: " + q(m.p.Name) + "\n    stance: " + m.stance + "\n")
			if len(m.measures) > 0 {
				b.WriteString("    measures:\n")
				for _, id := range m.measures {
					b.WriteString("      - " + id + "\n")
				}
			}
			conf := 0.6 + float64(r.IntN(35))/100
			b.WriteString("    confidence: " + strconv.FormatFloat(conf, 'f', 2, 64) + "\n")
			b.WriteString("    stance_confidence: " + strconv.FormatFloat(conf-0.05, 'f', 2, 64) + "\n")
			b.WriteString("    evidence:\n")
			for _, e := range m.evidence {
				b.WriteString("      - field: " + e.field + "\n        text: " + q(e.text) + "\n        confidence: 0.7\n")
			}
		}
		b.WriteString("quotes:\n")
		for _, qu := range quotes {
			b.WriteString("  - text: " + q(qu.text) + "\n    speaker: " + q(qu.speaker) + "\n    provider: " + qu.provider + "\n    kind: direct\n    confidence: 0.8\n")
		}
	}
	b.WriteString("---\n\n")
	for k, p := range paras {
		if k == len(paras)/2 {
			b.WriteString("## " + ph.heading[r.IntN(len(ph.heading))] + "\n\n")
		}
		b.WriteString(p + "\n\n")
	}
	return File{Path: filepath.Join("content", lang, "articles", slug+".md"), Lang: lang, Slug: slug, Data: []byte(b.String())}
}

// pick draws a provider index with a skewed distribution over the
// registry: the first companies often, the tail now and then, every one
// eventually.
func (c *Corpus) pick(r *rand.Rand) int {
	n := len(c.providers)
	if r.IntN(3) == 0 {
		return r.IntN(n)
	}
	x := r.Float64()
	return int(x*x*x*float64(n)) % n
}

// speaker returns a person who speaks for p: one from the people registry
// when it knows one, a made-up spokesperson otherwise.
func (c *Corpus) speaker(p lexicon.Provider, r *rand.Rand, lang string) (name, role string) {
	if ps := c.people[p.ID]; len(ps) > 0 {
		pp := ps[r.IntN(len(ps))]
		role = pp.Role
		if role == "" {
			role = "spokesperson"
		}
		return pp.Name, role
	}
	first := firstNames[r.IntN(len(firstNames))]
	last := lastNames[r.IntN(len(lastNames))]
	roles := map[string][]string{"en": {"spokesperson", "chief executive", "head of communications"}, "nl": {"woordvoerder", "topman", "directeur"}}[lang]
	return first + " " + last, roles[r.IntN(len(roles))]
}

// fill replaces {C} by the company name and {N}, {D} by numbers.
func fill(t, company string, r *rand.Rand) string {
	if strings.Contains(t, "{N}") {
		t = strings.ReplaceAll(t, "{N}", strconv.Itoa(2+r.IntN(98)))
	}
	if strings.Contains(t, "{D}") {
		t = strings.ReplaceAll(t, "{D}", strconv.Itoa(1+r.IntN(28)))
	}
	return strings.ReplaceAll(t, "{C}", company)
}

func filler(ph *lang, r *rand.Rand, n int) []string {
	out := make([]string, n)
	for k := range out {
		out[k] = fill(ph.filler[r.IntN(len(ph.filler))], "", r)
	}
	return out
}

func measureSentence(lang, id string, r *rand.Rand) string {
	ss := measureSentences[lang][id]
	if len(ss) == 0 {
		ss = phrases[lang].measureDefault
	}
	return ss[r.IntN(len(ss))]
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// q quotes a YAML string in single quotes.
func q(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// WriteSite writes a corpus over the registry and lexicons in dataDir
// (content/data) into dir: the setup shared by the tests and benchmarks
// that build a synthetic site.
func WriteSite(dataDir, dir string, opt Options) error {
	lx, err := lexicon.Load(dataDir)
	if err != nil {
		return err
	}
	c, err := New(lx)
	if err != nil {
		return err
	}
	_, err = c.Write(dir, opt)
	return err
}
