// Package check finds what an editor must fix before publishing: bad ids,
// missing fields, evidence that is not in the body, unregistered companies,
// duplicate slugs, untranslated UI strings, broken links and extractions
// awaiting review. Every problem names the file and line to go to, so the
// output of `generator check` can be read by a person and jumped through by
// an editor.
package check

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsdesk/ruscompare/generator/content"
)

// Severity says whether a problem fails `generator check`.
type Severity string

const (
	// Error fails check (exit status 1).
	Error Severity = "error"
	// Warning is printed but leaves the exit status 0.
	Warning Severity = "warning"
)

// Problem is one finding at a file line.
type Problem struct {
	Path     string   `json:"path"`
	Line     int      `json:"line,omitempty"`
	Severity Severity `json:"severity"`
	// Rule names the kind of problem, so that tools and tests can filter
	// on it without matching the message.
	Rule    string `json:"rule"`
	Message string `json:"message"`
}

// String is "path:line: severity: message", the form editors' tools jump to.
func (p Problem) String() string {
	loc := p.Path
	if p.Line > 0 {
		loc += ":" + strconv.Itoa(p.Line)
	}
	return fmt.Sprintf("%s: %s: %s", loc, p.Severity, p.Message)
}

// Rules, one per kind of problem.
const (
	RuleParse       = "parse"        // a file that does not read
	RuleField       = "field"        // a front-matter value the vocabulary refuses
	RuleMissing     = "missing"      // title, lang, date or source missing
	RuleProvider    = "provider"     // an id the registry lacks
	RuleUnregister  = "unregistered" // a company extraction found, not in the registry
	RuleVerbatim    = "verbatim"     // evidence or quote not in the body
	RuleDuplicate   = "duplicate"    // duplicate slug, source url or body
	RuleUnlisted    = "unlisted"     // headline or lead names a company that is not a provider
	RuleI18n        = "i18n"         // UI string missing in one language
	RuleLink        = "link"         // broken internal link or anchor
	RuleReview      = "review"       // low-confidence extraction awaiting review
	RuleBuild       = "build"        // the site does not build
	RuleDataFile    = "data"         // a data file that does not load
	RuleSlugInvalid = "slug"         // a file name that is not a clean slug
)

// HasErrors reports whether any problem is an Error.
func HasErrors(ps []Problem) bool {
	return slices.ContainsFunc(ps, func(p Problem) bool { return p.Severity == Error })
}

// Sort orders problems by path, then line, so the output reads top-down.
func Sort(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if c := cmp.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return cmp.Compare(a.Line, b.Line)
	})
}

var locPrefix = regexp.MustCompile(`^([^\s:]+(?:\.[A-Za-z0-9]+)):(\d+):\s*(.*)$`)

// FromError turns an error of a loader (possibly several joined) into
// problems. Loaders already write "path:line: message"; the location is
// taken out of the text so that JSON output carries it as fields.
func FromError(err error, rule string) []Problem {
	if err == nil {
		return nil
	}
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	var out []Problem
	for _, e := range errs {
		var pe *content.ParseError
		if errors.As(e, &pe) {
			out = append(out, Problem{Path: pe.Path, Line: pe.Line, Severity: Error, Rule: RuleParse, Message: pe.Message})
			continue
		}
		for _, line := range strings.Split(e.Error(), "\n") {
			if m := locPrefix.FindStringSubmatch(line); m != nil {
				n, _ := strconv.Atoi(m[2])
				out = append(out, Problem{Path: m[1], Line: n, Severity: Error, Rule: rule, Message: m[3]})
			} else if path, msg, ok := strings.Cut(line, ": "); ok && !strings.Contains(path, " ") {
				out = append(out, Problem{Path: path, Severity: Error, Rule: rule, Message: msg})
			} else {
				out = append(out, Problem{Severity: Error, Rule: rule, Message: line})
			}
		}
	}
	return out
}

// keyLines maps each top-level front-matter key of a file to its line, for
// fields the content model does not give a line for (an empty title).
func keyLines(path string) map[string]int {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	out := map[string]int{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64<<10), 10<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSuffix(sc.Text(), "\r")
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
			if line != "---" {
				return out
			}
			continue
		}
		if line == "---" || line == "..." {
			return out
		}
		if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
			continue
		}
		if k, _, ok := strings.Cut(line, ":"); ok {
			if _, seen := out[k]; !seen {
				out[k] = n
			}
		}
	}
	return out
}
