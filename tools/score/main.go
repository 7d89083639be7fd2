// This is a copy of shared/tools/score.go (the team's scorer), kept here so
// that the tests can score extraction on a fresh clone without shared/.

// Command score compares what the generator extracted (the JSON printed by
// `extract --json`, see shared/spec/extraction.md) with a hand-labelled gold
// file, and prints precision, recall and accuracy per field.
//
// Usage:
//
//	go run ./tools/score -gold testdata/seeds/gold.json -pred pred.json
//	go run ./tools/score -gold G -pred - -min providers=0.9,stance=0.8
//
// It uses the standard library only, so it runs from any folder. With -min it
// exits 1 when a figure falls below its floor. Figures: providers (F1),
// stance (accuracy over gold providers, a missed provider counts as wrong),
// measures (F1 over provider-measure pairs), quotes (F1 over direct quotes),
// speaker and quote_provider (share of gold quotes found with the right
// speaker, or organisation), indirect (recall), clean (share of cleaning
// checks that hold).
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type goldFile struct {
	Articles []goldArticle `json:"articles"`
}

type goldArticle struct {
	File      string         `json:"file"`
	Lang      string         `json:"lang"`
	Title     string         `json:"title"`
	Clean     *goldClean     `json:"clean"`
	Providers []goldProvider `json:"providers"`
	Quotes    []goldQuote    `json:"quotes"`
	Indirect  []goldQuote    `json:"indirect"`
}

type goldClean struct {
	MustNotContain  []string `json:"must_not_contain"`
	MustContainOnce []string `json:"must_contain_once"`
}

type goldProvider struct {
	ID               string   `json:"id"`
	Aliases          []string `json:"aliases"`
	Stance           string   `json:"stance"`
	StanceOK         []string `json:"stance_ok"`
	Measures         []string `json:"measures"`
	MeasuresOptional []string `json:"measures_optional"`
	Optional         bool     `json:"optional"`
}

type goldQuote struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"`
	Provider string `json:"provider"`
}

type predArticle struct {
	Path      string         `json:"path"`
	Lang      string         `json:"lang"`
	Title     string         `json:"title"`
	Body      string         `json:"body"`
	Providers []predProvider `json:"providers"`
	Quotes    []predQuote    `json:"quotes"`
}

type predProvider struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Stance   string   `json:"stance"`
	Measures []string `json:"measures"`
}

type predQuote struct {
	Text     string `json:"text"`
	Speaker  string `json:"speaker"`
	Provider string `json:"provider"`
	Kind     string `json:"kind"`
}

// counts is a tally of matches for one figure.
type counts struct{ tp, fp, fn, ok, n int }

func (c counts) f1() float64 {
	if c.tp+c.fp+c.fn == 0 {
		return 1
	}
	return 2 * float64(c.tp) / float64(2*c.tp+c.fp+c.fn)
}

func (c counts) acc() float64 {
	if c.n == 0 {
		return 1
	}
	return float64(c.ok) / float64(c.n)
}

func (c *counts) add(o counts) {
	c.tp += o.tp
	c.fp += o.fp
	c.fn += o.fn
	c.ok += o.ok
	c.n += o.n
}

var suffixes = map[string]bool{
	"inc": true, "corp": true, "corporation": true, "co": true, "ltd": true, "llc": true,
	"plc": true, "nv": true, "bv": true, "ag": true, "gmbh": true, "sa": true,
	"communications": true, "technologies": true, "technology": true, "holdings": true,
	"group": true, "networks": true, "company": true, "incorporated": true,
}

// slug lowercases, folds accents of Latin letters and joins words with '-'.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		r = fold(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.Trim(b.String(), "-")
}

func fold(r rune) rune {
	const from, to = "àáâãäåèéêëìíîïòóôõöùúûüýÿñç", "aaaaaaeeeeiiiiooooouuuuyync"
	if i := strings.IndexRune(from, r); i >= 0 {
		return []rune(to)[len([]rune(from[:i]))]
	}
	return r
}

// providerKey strips legal and generic suffixes from a provider id or name.
func providerKey(s string) string {
	parts := strings.Split(slug(s), "-")
	for len(parts) > 1 && suffixes[parts[len(parts)-1]] {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, "-")
}

var nonWord = regexp.MustCompile(`[^\p{L}\p{N}]+`)

func words(s string) []string {
	s = strings.ToLower(strings.NewReplacer("’", "'", "‘", "'", "`", "'").Replace(s))
	s = strings.ReplaceAll(s, "'", "")
	var out []string
	for _, w := range nonWord.Split(s, -1) {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// overlap is the token F1 between two texts.
func overlap(a, b string) float64 {
	wa, wb := words(a), words(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	bag := map[string]int{}
	for _, w := range wb {
		bag[w]++
	}
	common := 0
	for _, w := range wa {
		if bag[w] > 0 {
			bag[w]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(len(wa)), float64(common)/float64(len(wb))
	return 2 * p * r / (p + r)
}

func speakerOK(pred predQuote, gold goldQuote) bool {
	ps, gs := slug(pred.Speaker), slug(gold.Speaker)
	if ps == "" {
		return false
	}
	if ps == gs || providerKey(ps) == providerKey(gs) {
		return true
	}
	gw := strings.Split(gs, "-")
	pw := strings.Split(ps, "-")
	if len(gw) > 1 && gw[len(gw)-1] == pw[len(pw)-1] {
		return true // surname only, or with another title
	}
	// The gold speaker is the organisation itself: accept its id.
	if providerKey(gs) == providerKey(gold.Provider) && providerKey(ps) == providerKey(gold.Provider) {
		return true
	}
	return false
}

type result struct {
	providers, stance, measures, quotes, speaker, quoteProv, indirect, clean counts
	notes                                                                    []string
}

func scoreArticle(g goldArticle, p *predArticle) result {
	var r result
	note := func(format string, a ...any) {
		r.notes = append(r.notes, g.File+": "+fmt.Sprintf(format, a...))
	}
	if p == nil {
		note("no prediction for this file")
		p = &predArticle{}
	}

	// Cleaning.
	if g.Clean != nil {
		for _, s := range g.Clean.MustNotContain {
			r.clean.n++
			if strings.TrimSpace(p.Body) == "" {
				note("clean: empty body")
			} else if strings.Contains(p.Body, s) {
				note("clean: body still contains %q", s)
			} else {
				r.clean.ok++
			}
		}
		for _, s := range g.Clean.MustContainOnce {
			r.clean.n++
			if c := strings.Count(p.Body, s); c == 1 {
				r.clean.ok++
			} else {
				note("clean: body contains %q %d times, want once", s, c)
			}
		}
	}

	// Providers, stance and measures.
	goldBy := map[string]goldProvider{}
	for _, gp := range g.Providers {
		goldBy[providerKey(gp.ID)] = gp
		for _, a := range gp.Aliases {
			goldBy[providerKey(a)] = gp
		}
	}
	matched := map[string]predProvider{}
	for _, pp := range p.Providers {
		k := providerKey(pp.ID)
		gp, ok := goldBy[k]
		if !ok && pp.Name != "" {
			gp, ok = goldBy[providerKey(pp.Name)]
		}
		if !ok {
			r.providers.fp++
			r.measures.fp += len(pp.Measures)
			note("provider %q is not in the gold", pp.ID)
			continue
		}
		if _, dup := matched[gp.ID]; dup {
			note("provider %q listed twice", pp.ID)
			r.providers.fp++
			continue
		}
		matched[gp.ID] = pp
	}
	for _, gp := range g.Providers {
		pp, found := matched[gp.ID]
		if gp.Optional && !found {
			continue
		}
		if gp.Optional {
			// Found an optional provider: neither reward nor penalise.
			continue
		}
		r.stance.n++
		if !found {
			r.providers.fn++
			r.measures.fn += len(gp.Measures)
			note("missed provider %q", gp.ID)
			continue
		}
		r.providers.tp++
		okStances := append([]string{gp.Stance}, gp.StanceOK...)
		if contains(okStances, pp.Stance) {
			r.stance.ok++
		} else {
			note("%s: stance %q, want %q", gp.ID, pp.Stance, gp.Stance)
		}
		for _, m := range pp.Measures {
			switch {
			case contains(gp.Measures, m):
				r.measures.tp++
			case contains(gp.MeasuresOptional, m):
			default:
				r.measures.fp++
				note("%s: measure %q not in the gold", gp.ID, m)
			}
		}
		for _, m := range gp.Measures {
			if !contains(pp.Measures, m) {
				r.measures.fn++
				note("%s: missed measure %q", gp.ID, m)
			}
		}
	}

	// Direct quotes: greedy one-to-one matching by token overlap.
	var direct, indirect []predQuote
	for _, q := range p.Quotes {
		if len(words(q.Text)) < 4 {
			continue
		}
		if q.Kind == "indirect" {
			indirect = append(indirect, q)
		} else {
			direct = append(direct, q)
		}
	}
	used := make([]bool, len(direct))
	for _, gq := range g.Quotes {
		best, bi := 0.0, -1
		for i, pq := range direct {
			if o := overlap(pq.Text, gq.Text); !used[i] && o > best {
				best, bi = o, i
			}
		}
		r.speaker.n++
		r.quoteProv.n++
		if best < 0.8 {
			r.quotes.fn++
			note("missed quote %q", short(gq.Text))
			continue
		}
		used[bi] = true
		r.quotes.tp++
		pq := direct[bi]
		if speakerOK(pq, gq) {
			r.speaker.ok++
		} else {
			note("quote %q: speaker %q, want %q", short(gq.Text), pq.Speaker, gq.Speaker)
		}
		if providerKey(pq.Provider) == providerKey(gq.Provider) {
			r.quoteProv.ok++
		} else {
			note("quote %q: provider %q, want %q", short(gq.Text), pq.Provider, gq.Provider)
		}
	}
	for i, u := range used {
		if !u {
			r.quotes.fp++
			note("quote %q is not in the gold", short(direct[i].Text))
		}
	}
	for _, gq := range g.Indirect {
		r.indirect.n++
		for _, pq := range indirect {
			if overlap(pq.Text, gq.Text) >= 0.6 {
				r.indirect.ok++
				break
			}
		}
	}
	return r
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func short(s string) string {
	if r := []rune(s); len(r) > 50 {
		return string(r[:50]) + "…"
	}
	return s
}

func stem(path string) string {
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

func main() {
	goldPath := flag.String("gold", "", "gold JSON file")
	predPath := flag.String("pred", "-", "prediction JSON (extract --json output), - for stdin")
	minSpec := flag.String("min", "", "floors, e.g. providers=0.9,stance=0.8,measures=0.7,quotes=0.9,speaker=0.85,clean=1")
	verbose := flag.Bool("v", false, "list every miss")
	flag.Parse()

	var gold goldFile
	if err := readJSON(*goldPath, &gold); err != nil {
		fail(err)
	}
	var preds []predArticle
	if err := readJSON(*predPath, &preds); err != nil {
		fail(err)
	}
	byStem := map[string]*predArticle{}
	for i := range preds {
		byStem[stem(preds[i].Path)] = &preds[i]
	}

	var total result
	for _, g := range gold.Articles {
		r := scoreArticle(g, byStem[stem(g.File)])
		total.providers.add(r.providers)
		total.stance.add(r.stance)
		total.measures.add(r.measures)
		total.quotes.add(r.quotes)
		total.speaker.add(r.speaker)
		total.quoteProv.add(r.quoteProv)
		total.indirect.add(r.indirect)
		total.clean.add(r.clean)
		total.notes = append(total.notes, r.notes...)
	}
	if *verbose {
		for _, n := range total.notes {
			fmt.Println("  ", n)
		}
	}
	figures := map[string]float64{
		"providers":      total.providers.f1(),
		"stance":         total.stance.acc(),
		"measures":       total.measures.f1(),
		"quotes":         total.quotes.f1(),
		"speaker":        total.speaker.acc(),
		"quote_provider": total.quoteProv.acc(),
		"indirect":       total.indirect.acc(),
		"clean":          total.clean.acc(),
	}
	fmt.Printf("articles %d | providers tp %d fp %d fn %d | measures tp %d fp %d fn %d | quotes tp %d fp %d fn %d\n",
		len(gold.Articles), total.providers.tp, total.providers.fp, total.providers.fn,
		total.measures.tp, total.measures.fp, total.measures.fn,
		total.quotes.tp, total.quotes.fp, total.quotes.fn)

	short := true
	var floors []string
	if *minSpec != "" {
		for _, kv := range strings.Split(*minSpec, ",") {
			k, v, _ := strings.Cut(kv, "=")
			f, err := strconv.ParseFloat(v, 64)
			if _, known := figures[k]; !known || err != nil {
				fail(fmt.Errorf("bad -min entry %q", kv))
			}
			if figures[k] < f {
				floors = append(floors, fmt.Sprintf("%s %.2f < %.2f", k, figures[k], f))
			}
		}
	}
	sort.Strings(floors)
	line := fmt.Sprintf("providers F1 %.2f | stance %.2f | measures F1 %.2f | quotes F1 %.2f | speaker %.2f | quote provider %.2f | indirect recall %.2f | clean %.2f",
		figures["providers"], figures["stance"], figures["measures"], figures["quotes"],
		figures["speaker"], figures["quote_provider"], figures["indirect"], figures["clean"])
	if len(floors) > 0 {
		short = false
		line += " | BELOW: " + strings.Join(floors, ", ")
	}
	fmt.Println(line)
	if !short {
		os.Exit(1)
	}
}

func readJSON(path string, v any) error {
	var r io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "score:", err)
	os.Exit(2)
}
