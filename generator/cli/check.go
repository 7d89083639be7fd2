package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/newsdesk/ruscompare/generator/check"
	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o buildOptions
	o.addSourceFlags(fs)
	fs.StringVar(&o.baseURL, "base-url", os.Getenv("BASEURL"), "base URL to check links under (env BASEURL; default from site.yaml)")
	fs.BoolVar(&o.drafts, "drafts", false, "also check the links of articles marked draft: true")
	format := fs.String("format", "text", "output format: text (path:line: severity: message) or json")
	public := fs.String("public", "", "walk the links of this built site instead of building one in memory")
	minConf := fs.Float64("min-confidence", check.DefaultMinConfidence, "machine-made items under this confidence are listed as awaiting review")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: generator check [flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 0 || (*format != "text" && *format != "json") {
		fs.Usage()
		return 2
	}
	problems := runChecks(o, *public, *minConf)
	check.Sort(problems)
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if problems == nil {
			problems = []check.Problem{}
		}
		if err := enc.Encode(problems); err != nil {
			fmt.Fprintln(stderr, "generator:", err)
			return 1
		}
	} else {
		for _, p := range problems {
			fmt.Fprintln(stdout, p.String())
		}
	}
	errs, warns := 0, 0
	for _, p := range problems {
		if p.Severity == check.Error {
			errs++
		} else {
			warns++
		}
	}
	fmt.Fprintf(stderr, "check: %d errors, %d warnings\n", errs, warns)
	if errs > 0 {
		return 1
	}
	return 0
}

// runChecks checks the content first; the built site is checked only when
// the content builds, since a site that does not build has no links to
// walk (and its error is already reported).
func runChecks(o buildOptions, public string, minConf float64) []check.Problem {
	var problems []check.Problem
	lx, err := lexicon.Load(filepath.Join(o.source, "content", "data"))
	problems = append(problems, check.FromError(err, check.RuleDataFile)...)
	articles, err := content.LoadDir(filepath.Join(o.source, "content"))
	problems = append(problems, check.FromError(err, check.RuleParse)...)
	problems = append(problems, check.Articles(articles, lx, minConf)...)

	ro, cfg, err := resolveOptions(o)
	if err != nil {
		return append(problems, check.FromError(err, check.RuleBuild)...)
	}
	problems = append(problems, check.I18n(filepath.Join(ro.templates, "i18n"), cfg.Languages)...)
	if check.HasErrors(problems) {
		return problems
	}

	var files map[string][]byte
	dir := public
	if public != "" {
		if files, err = check.ReadDir(public); err != nil {
			return append(problems, check.Problem{Path: public, Severity: check.Error, Rule: check.RuleBuild, Message: err.Error()})
		}
	} else {
		m, err := buildMemory(o, io.Discard)
		if err != nil {
			return append(problems, check.FromError(err, check.RuleBuild)...)
		}
		files, cfg, dir = m.Files, m.Config, "(built site)"
	}
	problems = append(problems, check.BodyLinks(articles, files)...)
	problems = append(problems, check.Links(files, cfg.BaseURL, dir)...)
	return problems
}
