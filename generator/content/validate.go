package content

import (
	"cmp"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/slug"
	"github.com/newsdesk/ruscompare/generator/weburl"
)

// Severity says whether a diagnostic stops a build.
type Severity int

const (
	// Error is a value the site cannot be built from.
	Error Severity = iota
	// Warning is a value that is likely a mistake but still builds.
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is a problem of one article, at the file line an editor must
// go to.
type Diagnostic struct {
	Path     string
	Line     int
	Severity Severity
	Message  string
}

// Error is "path:line: message", the form editors and their tools jump to.
func (d Diagnostic) Error() string {
	if d.Line == 0 {
		return fmt.Sprintf("%s: %s", d.Path, d.Message)
	}
	return fmt.Sprintf("%s:%d: %s", d.Path, d.Line, d.Message)
}

// HasErrors reports whether any diagnostic is an Error.
func HasErrors(ds []Diagnostic) bool {
	return slices.ContainsFunc(ds, func(d Diagnostic) bool { return d.Severity == Error })
}

// QuoteKinds are the kinds of speech of shared/spec/extraction.md.
var QuoteKinds = []string{"direct", "indirect"}

// fieldLine is the line of key's value in the item starting on line item,
// or fallback when the article was not read from a file.
func (a *Article) fieldLine(item int, key string, fallback int) int {
	if l, ok := a.lines[fieldPos{item, key}]; ok {
		return l
	}
	return fallback
}

// Validate checks an article against the vocabulary. lx may be nil, which
// skips the checks that need it (measure ids). Diagnostics come sorted by
// line.
func Validate(a *Article, lx *lexicon.Lexicon) []Diagnostic {
	var ds []Diagnostic
	report := func(line int, sev Severity, format string, args ...any) {
		ds = append(ds, Diagnostic{Path: a.Path, Line: line, Severity: sev, Message: fmt.Sprintf(format, args...)})
	}
	// An article never read from a file has no lines; point at its start.
	top := func(key string) int { return a.fieldLine(0, key, 1) }

	switch folder := folderLang(a.Path); {
	case a.Lang == "":
		report(1, Error, "lang is missing (one of %s)", strings.Join(Langs, ", "))
	case !slices.Contains(Langs, a.Lang):
		report(top("lang"), Error, "unknown lang %q (one of %s)", a.Lang, strings.Join(Langs, ", "))
	case slices.Contains(Langs, folder) && folder != a.Lang:
		report(top("lang"), Error, "lang %q disagrees with the folder content/%s/", a.Lang, folder)
	}
	if a.Date != "" && !IsDate(a.Date) {
		report(top("date"), Error, "date %q is not a real date written YYYY-MM-DD (or RFC 3339, 2022-03-10T09:40:00Z)", a.Date)
	}
	// The file name is the page's address: one that cannot be a path
	// segment would publish a broken link or replace another page.
	if a.Path != "" {
		if err := slug.Check(a.Slug); err != nil {
			report(1, Error, "file name %q cannot be published: the slug %q %v; rename the file", filepath.Base(a.Path), a.Slug, err)
		}
	}
	if a.Source.URL != "" {
		if err := weburl.Check(a.Source.URL); err != nil {
			report(a.fieldLine(0, "source.url", top("source")), Error, "source url %v", err)
		}
	}

	var measureIDs []string
	if lx != nil {
		for _, m := range lx.Measures {
			measureIDs = append(measureIDs, m.ID)
		}
	}
	firstID := map[string]int{}
	for _, p := range a.Providers {
		line := p.Line
		if line == 0 {
			line = top("providers")
		}
		at := func(key string) int { return a.fieldLine(p.Line, key, line) }
		if p.ID == "" {
			report(line, Error, "provider has no id")
		} else if err := slug.Check(p.ID); err != nil {
			report(at("id"), Error, "provider id %q %v", p.ID, err)
		} else if first, dup := firstID[p.ID]; dup {
			report(line, Error, "provider %q listed twice (first on line %d)", p.ID, first)
		} else {
			firstID[p.ID] = line
		}
		switch {
		case p.Stance == "":
			report(line, Warning, "provider %q has no stance (one of %s)", p.ID, strings.Join(Stances, ", "))
		case !slices.Contains(Stances, p.Stance):
			report(at("stance"), Error, "unknown stance %q: %s", p.Stance, UnknownID(p.Stance, Stances, ""))
		}
		for i, m := range p.Measures {
			ml := at("measures")
			if i < len(p.MeasureLines) && p.MeasureLines[i] > 0 {
				ml = p.MeasureLines[i]
			}
			if err := slug.Check(m); err != nil {
				report(ml, Error, "measure id %q %v", m, err)
			} else if lx != nil && !lx.HasMeasure(m) {
				report(ml, Error, "unknown measure %q: not in the measures of %s; %s", m, lx.Dir, UnknownID(m, measureIDs, lx.Dir+"/measures.yaml"))
			}
		}
		ownKeyTypos(report, p.Extra, "provider", providerKeys)
		for _, e := range p.Evidence {
			ownKeyTypos(report, e.Extra, "evidence", evidenceKeys)
		}
		checkConfidence(report, at("confidence"), "confidence", p.Confidence)
		checkConfidence(report, at("stance_confidence"), "stance_confidence", p.StanceConfidence)
		for _, e := range p.Evidence {
			el := e.Line
			if el == 0 {
				el = at("evidence")
			}
			checkConfidence(report, a.fieldLine(e.Line, "evidence.confidence", el), "evidence confidence", e.Confidence)
		}
	}
	for _, q := range a.Quotes {
		line := q.Line
		if line == 0 {
			line = top("quotes")
		}
		at := func(key string) int { return a.fieldLine(q.Line, key, line) }
		if strings.TrimSpace(q.Text) == "" {
			report(line, Error, "quote has no text")
		}
		if q.Provider != "" {
			if err := slug.Check(q.Provider); err != nil {
				report(at("provider"), Error, "quote provider id %q %v", q.Provider, err)
			}
		}
		switch {
		case q.Kind == "":
			report(line, Warning, "quote has no kind (one of %s)", strings.Join(QuoteKinds, ", "))
		case !slices.Contains(QuoteKinds, q.Kind):
			report(at("kind"), Error, "unknown quote kind %q: %s", q.Kind, UnknownID(q.Kind, QuoteKinds, ""))
		}
		ownKeyTypos(report, q.Extra, "quote", quoteKeys)
		checkConfidence(report, at("confidence"), "confidence", q.Confidence)
	}
	slices.SortStableFunc(ds, func(x, y Diagnostic) int { return cmp.Compare(x.Line, y.Line) })
	return ds
}

func checkConfidence(report func(int, Severity, string, ...any), line int, what string, c float64) {
	if math.IsNaN(c) || c < 0 || c > 1 {
		report(line, Error, "%s %v is outside 0..1", what, c)
	}
}

// ownKeyTypos warns about an editor's own key that is one slip away from
// a key the model knows ("stnace"): kept as written, it would silently not
// be the stance.
func ownKeyTypos(report func(int, Severity, string, ...any), extra []Field, what string, known []string) {
	for _, f := range extra {
		if s := Suggest(f.Key, known, 1); len(s) > 0 {
			report(f.Line, Warning, "own key %q in %s is kept as it is, but it is not the %s; did you mean %q?", f.Key, what, s[0], s[0])
		}
	}
}

// IsDate is YYYY-MM-DD naming a day that exists, or an RFC 3339 time (as
// Hugo writes dates).
func IsDate(s string) bool {
	if len(s) == len(time.DateOnly) {
		_, err := time.Parse(time.DateOnly, s)
		return err == nil
	}
	_, err := time.Parse(time.RFC3339, s)
	return err == nil
}

// Day is the YYYY-MM-DD day of a date as written in the front-matter
// (2022-03-10T09:40:00Z is 2022-03-10, the day where it was written); a
// date that is not one comes back as it is.
func Day(s string) string {
	if len(s) > len(time.DateOnly) && IsDate(s) {
		return s[:len(time.DateOnly)]
	}
	return s
}
