package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// TestLiteralQuery: the literal query of an expression holds on every
// text the expression matches (it is a necessary condition), and fails on
// texts that lack its literals (it filters).
func TestLiteralQuery(t *testing.T) {
	for _, tc := range []struct {
		expr string
		may  []string // texts the query must let through
		skip []string // texts it must reject
	}{
		{`\b(suspend(s|ed)?|halt(s|ed)?)\b[^.]{0,40}\bsales\b`,
			[]string{"acme suspended all sales", "it halts its sales"},
			// "suspend" must start a word, as \b says.
			[]string{"acme kept its sales", "suspended deliveries", "unsuspended sales"}},
		{`(?i)\bjoin(?:s|ed)?\s+(?:a|the)\s+list\s+of\b`,
			[]string{"Acme Joined the List of firms", "joins a list of"},
			[]string{"acme is on a list of firms"}},
		{`\w*verkoop\b[^.]{0,20}\bgestopt`,
			[]string{"de autoverkoop is gestopt"},
			[]string{"de verkoop gaat door"}},
		{`\b(its |their )?customers\b`,
			[]string{"customers", "their customers"},
			[]string{"clients only"}},
		// Parts the analysis cannot read make it let everything through.
		{`\b[a-z]+ed\b`, []string{"acme halted", "nothing"}, nil},
		{`(?i)\bK\x{212A}`, []string{"kk", "nothing"}, nil},
	} {
		lt := &litTable{}
		q := lt.query(tc.expr)
		lt.once.Do(lt.freeze)
		re := regexp.MustCompile(tc.expr)
		check := func(text string) bool {
			h := litHits{bits: make([]uint64, (len(lt.ids)+63)/64), start: -1}
			return q.holds(h.in(lt, text, 0, len(text)))
		}
		for _, text := range tc.may {
			if !check(text) {
				t.Errorf("%s: query rejects %q (regexp matches: %v)", tc.expr, text, re.MatchString(text))
			}
		}
		for _, text := range tc.skip {
			if re.MatchString(text) {
				t.Fatalf("%s: a text to skip matches: %q", tc.expr, text)
			}
			if check(text) {
				t.Errorf("%s: query lets %q through", tc.expr, text)
			}
		}
	}
}

var (
	soundOnce sync.Once
	soundX    *Extractor
	soundErr  error
)

func soundExtractor(tb testing.TB) *Extractor {
	soundOnce.Do(func() {
		lx, err := lexicon.Load("../../content/data")
		if err != nil {
			soundErr = err
			return
		}
		soundX, soundErr = New(lx)
	})
	if soundErr != nil {
		tb.Fatal(soundErr)
	}
	return soundX
}

// checkPrefilterSound runs every pattern of every index of both languages
// on each sentence of body and fails where a pattern matches but its
// prefilter said it could not; it returns how many runs the prefilter
// skipped and how many there were.
func checkPrefilterSound(tb testing.TB, x *Extractor, body string) (skipped, runs int) {
	for lang, l := range x.langs {
		ixs := []*patternIndex{&l.cueIndex, l.negation, l.notNegation, l.temporary, l.contrast, l.demand, l.follow,
			l.examples, l.aboutRussia, l.ellipsis, l.notSubject, l.clauseEnd, l.agent, l.hypothetical, l.commitment, l.reporting}
		t := newText(body, l.abbrev)
		for _, s := range t.sents {
			for _, ix := range ixs {
				if ix == nil {
					continue
				}
				for _, p := range ix.patterns {
					runs++
					if p.mayMatch(t, s.start, s.end) {
						continue
					}
					skipped++
					if m := p.re.FindStringIndex(t.lower[s.start:s.end]); m != nil {
						tb.Errorf("%s: %s skipped on %q, which it matches at %v", lang, p.re, t.lower[s.start:s.end], m)
					}
				}
			}
		}
	}
	for _, q := range []*quickRegexp{sameAsPhrase, joinedList, precedentMark} {
		t := newText(body, nil)
		for _, s := range t.sents {
			if f := t.fold[s.start:s.end]; !q.mayMatch(f) && q.Regexp.MatchString(f) {
				tb.Errorf("%s skipped on %q, which it matches", q.Regexp, f)
			}
		}
	}
	return skipped, runs
}

// TestPrefilterSound: on the committed test articles, no pattern of the
// lexicon that matches a sentence is skipped, and the prefilter skips
// most runs (else it would only cost time).
func TestPrefilterSound(t *testing.T) {
	x := soundExtractor(t)
	files, err := filepath.Glob("../../testdata/*/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	skipped, runs := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s, r := checkPrefilterSound(t, x, string(data))
		skipped, runs = skipped+s, runs+r
	}
	if skipped*2 < runs {
		t.Errorf("the prefilter skipped %d of %d pattern runs: less than half", skipped, runs)
	}
}

// FuzzPrefilterSound: on any text, a pattern the prefilter skips does
// not match.
func FuzzPrefilterSound(f *testing.F) {
	for _, seed := range []string{
		"Acme has suspended all sales in Russia. It joined a list of companies.",
		"KPN heeft RT en Sputnik ontoegankelijk gemaakt. Ook VodafoneZiggo stopt.",
		"Cogent said it would disconnect its Russian customers, reclaim their IP addresses.",
		strings.Repeat("stop ", 50) + "sales.",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, body string) {
		checkPrefilterSound(t, soundExtractor(t), body)
	})
}
