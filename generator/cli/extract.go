package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/extract"
	"github.com/newsdesk/ruscompare/generator/ingest"
	"github.com/newsdesk/ruscompare/generator/lexicon"
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
		doc, err := readForExtraction(path, lx, *lang)
		if err != nil {
			fmt.Fprintln(stderr, "generator:", err)
			status = 1
			continue
		}
		doc.Explain = *explain
		res := x.Extract(doc.Document)
		for _, line := range res.Trace {
			fmt.Fprintf(stderr, "%s: %s\n", path, line)
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
			Document: extract.Document{Lang: a.Lang, Subtitle: a.Subtitle, Body: a.Body},
			Title:    a.Title,
			Article:  a,
		}, nil
	}
	res, err := ingest.Ingest(path, data, ingest.Options{Lang: lang, Boilerplate: lx.Boilerplate, Abbreviations: lx.Abbreviations})
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
// front-matter. Editor-owned items are never touched (content.Merge*), so a
// second run changes no byte.
func extractWrite(x *extract.Extractor, paths []string, force bool, stdout, stderr io.Writer) int {
	status := 0
	for _, path := range paths {
		a, err := content.ReadFile(path)
		if err != nil {
			fmt.Fprintln(stderr, "generator:", err)
			status = 1
			continue
		}
		res := x.Extract(extract.Document{Lang: a.Lang, Subtitle: a.Subtitle, Body: a.Body})
		a.Providers = content.MergeProviders(a.Providers, fingerprintProviders(res.Providers), force)
		a.Quotes = content.MergeQuotes(a.Quotes, fingerprintQuotes(res.Quotes), force)
		a.HasExtraction = true
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
