package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/extract"
	"github.com/newsdesk/ruscompare/generator/ingest"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/site"
)

// extractedArticle is the JSON shape of `extract --json`
// (shared/spec/extraction.md).
type extractedArticle struct {
	Path      string             `json:"path"`
	Lang      string             `json:"lang"`
	Title     string             `json:"title"`
	Body      string             `json:"body"`
	Providers []content.Provider `json:"providers"`
	Quotes    []content.Quote    `json:"quotes"`
}

func runExtract(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "print what each file reports as JSON, changing no file")
	write := fs.Bool("write", false, "write providers and quotes into the articles' front-matter (editor values win)")
	force := fs.Bool("force", false, "with --write: re-extract machine-made items too (never editor-owned ones)")
	dataDir := fs.String("data", "content/data", "folder of the lexicon data files")
	lang := fs.String("lang", "", "language of the inputs (en or nl); detected when empty")
	explain := fs.Bool("explain", false, "with --json: print on stderr every claim with the cue and sentence that made it")
	maxSize := fs.String("max-size", "8MB", "the largest input file read, in bytes or with KB or MB: one article is far smaller")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: generator extract (--json | --write [--force]) FILE...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() == 0 || *asJSON == *write {
		fs.Usage()
		return 2
	}
	limit, err := parseSize(*maxSize)
	if err != nil {
		fmt.Fprintln(stderr, "generator: extract --max-size:", err)
		return 2
	}
	lx, err := lexicon.Load(*dataDir)
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	x, err := extract.New(lx)
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	if *write {
		return extractWrite(x, fs.Args(), *force, stdout, stderr)
	}
	out := []extractedArticle{}
	status := 0
	for _, path := range fs.Args() {
		if err := checkSize(path, limit); err != nil {
			fmt.Fprintln(stderr, "generator:", err)
			status = 1
			continue
		}
		doc, err := readForExtraction(path, lx, *lang)
		if err != nil {
			fmt.Fprintln(stderr, "generator:", err)
			status = 1
			continue
		}
		doc.Explain = *explain
		doc.Document.Title = doc.Title
		res := x.Extract(doc.Document)
		for _, line := range res.Trace {
			fmt.Fprintf(stderr, "%s: %s\n", path, line)
		}
		for _, w := range res.Warnings {
			fmt.Fprintf(stderr, "%s: warning: %s (of the cleaned text)\n", path, w)
		}
		out = append(out, extractedArticle{
			Path: path, Lang: doc.Lang, Title: doc.Title, Body: doc.Document.Text(),
			Providers: nonNil(res.Providers), Quotes: nonNil(res.Quotes),
		})
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	return status
}

// checkSize refuses a file over limit bytes before reading it: extraction
// is linear in the input, but a file of many megabytes is a dump of many
// articles or no article at all, and one article page is far smaller.
func checkSize(path string, limit int64) error {
	st, err := os.Stat(path)
	if err != nil {
		return err
	}
	if st.Size() > limit {
		return fmt.Errorf("%s: %s is more than extract reads from one file (%s, see --max-size); split it into its articles", path, humanSize(st.Size()), humanSize(limit))
	}
	return nil
}

// parseSize reads "8MB", "512KB" or a number of bytes.
func parseSize(s string) (int64, error) {
	mult := int64(1)
	num := strings.TrimSpace(s)
	switch u := strings.ToUpper(num); {
	case strings.HasSuffix(u, "MB"):
		mult, num = 1<<20, num[:len(num)-2]
	case strings.HasSuffix(u, "KB"):
		mult, num = 1<<10, num[:len(num)-2]
	}
	n, err := strconv.ParseInt(strings.TrimSpace(num), 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size such as 8MB, 512KB or 100000", s)
	}
	return n * mult, nil
}

func humanSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// extractionInput is a file read for extraction: an article with
// front-matter, or a raw file cleaned by ingest.
type extractionInput struct {
	extract.Document
	Title   string
	Article *content.Article // set for content articles
}

// readForExtraction reads an article (markdown with front-matter) as it is,
// and any other file (.txt, .html, plain .md) through ingest's cleaning.
func readForExtraction(path string, lx *lexicon.Lexicon, lang string) (extractionInput, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return extractionInput{}, err
	}
	if ingest.Format(path) == "md" && bytes.HasPrefix(data, []byte("---")) {
		a, err := content.Parse(path, data)
		if err != nil {
			return extractionInput{}, err
		}
		return extractionInput{
			Document: extract.Document{Lang: a.Lang, Title: a.Title, Subtitle: a.Subtitle, Body: a.Body},
			Title:    a.Title,
			Article:  a,
		}, nil
	}
	opts, err := withLineModel(ingest.Options{Lang: lang, Boilerplate: lx.Boilerplate, Abbreviations: lx.Abbreviations}, lx)
	if err != nil {
		return extractionInput{}, err
	}
	res, err := ingest.Ingest(path, data, opts)
	if err != nil {
		return extractionInput{}, err
	}
	body := strings.TrimPrefix(res.Body, res.Subtitle)
	return extractionInput{
		Document: extract.Document{Lang: res.Lang, Subtitle: res.Subtitle, Body: body},
		Title:    res.Title,
	}, nil
}

// extractWrite writes what extraction finds into each article's
// front-matter. Editor-owned items are never touched and rejections are
// kept (content.MergeExtraction), so a second run changes no byte.
func extractWrite(x *extract.Extractor, paths []string, force bool, stdout, stderr io.Writer) int {
	status := 0
	for _, path := range paths {
		a, err := content.ReadFile(path)
		if err != nil {
			fmt.Fprintln(stderr, "generator:", err)
			status = 1
			continue
		}
		res := x.Extract(extract.Document{Lang: a.Lang, Title: a.Title, Subtitle: a.Subtitle, Body: a.Body})
		before := a.Rejected.Clone()
		warnings := a.MergeExtraction(fingerprintProviders(res.Providers), fingerprintQuotes(res.Quotes),
			content.MergeOptions{Force: force, InBody: site.InBody(a.Body)})
		for _, w := range warnings {
			fmt.Fprintln(stderr, w.Error())
		}
		if news := newRejections(before, a.Rejected); news != "" {
			fmt.Fprintf(stdout, "%s: recorded under rejected: %s (never proposed again)\n", path, news)
		}
		changed, err := writeArticle(a)
		if err != nil {
			fmt.Fprintln(stderr, "generator:", err)
			status = 1
			continue
		}
		if changed {
			fmt.Fprintf(stdout, "%s: %d providers, %d quotes\n", path, len(a.Providers), len(a.Quotes))
		} else {
			fmt.Fprintf(stdout, "%s: unchanged\n", path)
		}
	}
	return status
}

func fingerprintProviders(ps []content.Provider) []content.Provider {
	for i := range ps {
		ps[i].Extracted = content.ProviderFingerprint(ps[i])
	}
	return ps
}

func fingerprintQuotes(qs []content.Quote) []content.Quote {
	for i := range qs {
		qs[i].Extracted = content.QuoteFingerprint(qs[i])
	}
	return qs
}

// newRejections describes what is under rejected now and was not before.
func newRejections(before, after content.Claims) string {
	var parts []string
	for _, id := range after.Providers {
		if !slices.Contains(before.Providers, id) {
			parts = append(parts, "company "+id)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(after.Measures)) {
		for _, m := range after.Measures[id] {
			if !slices.Contains(before.Measures[id], m) {
				parts = append(parts, "measure "+m+" of "+id)
			}
		}
	}
	for _, q := range after.Quotes {
		if !slices.Contains(before.Quotes, q) {
			parts = append(parts, fmt.Sprintf("quote %q", q))
		}
	}
	return strings.Join(parts, ", ")
}
