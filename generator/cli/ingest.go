package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/newsdesk/ruscompare/generator/check"
	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/extract"
	"github.com/newsdesk/ruscompare/generator/fetch"
	"github.com/newsdesk/ruscompare/generator/ingest"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/weburl"
)

func runIngest(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("ingest", flag.ContinueOnError)
	flags.SetOutput(stderr)
	var opts ingest.Options
	flags.StringVar(&opts.Lang, "lang", "", "language of the article (en or nl); detected when empty")
	flags.StringVar(&opts.Title, "title", "", "title (default: the headline found in the file)")
	flags.StringVar(&opts.Subtitle, "subtitle", "", "standfirst (default: the short line under the headline)")
	flags.StringVar(&opts.SourceName, "source", "", "name of the outlet")
	flags.StringVar(&opts.URL, "url", "", "URL of the original article")
	flags.StringVar(&opts.Date, "date", "", "publication date, YYYY-MM-DD")
	contentDir := flags.String("content", "content", "content folder to write into")
	force := flags.Bool("force", false, "replace an existing article with the same slug (or the same url)")
	toStdout := flags.Bool("stdout", false, "print the article instead of writing it")
	noExtract := flags.Bool("no-extract", false, "do not write extracted providers and quotes into the front-matter")
	feed := flags.String("feed", "", "ingest every new item of this RSS or Atom feed URL (instead of FILE)")
	timeout := flags.Duration("timeout", 30*time.Second, "for URLs: give up on a request after this long")
	maxBytes := flags.Int64("max-bytes", 10<<20, "for URLs: refuse a page or feed larger than this")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: generator ingest [flags] FILE|URL\n       generator ingest [flags] --feed URL")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if (*feed == "" && flags.NArg() != 1) || (*feed != "" && flags.NArg() != 0) {
		flags.Usage()
		return 2
	}
	if opts.Lang != "" && opts.Lang != "en" && opts.Lang != "nl" {
		fmt.Fprintf(stderr, "generator: --lang %q: want en or nl\n", opts.Lang)
		return 2
	}
	// The source url ends up in links, feeds, JSON-LD and data/*.json:
	// a javascript: or data: address must not get that far.
	if opts.URL != "" {
		if err := weburl.Check(opts.URL); err != nil {
			fmt.Fprintf(stderr, "generator: --url: %v; nothing was written\n", err)
			return 2
		}
	}
	lx, err := lexicon.Load(filepath.Join(*contentDir, "data"))
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	opts.Boilerplate, opts.Stopwords, opts.Abbreviations = lx.Boilerplate, lx.Stopwords, lx.Abbreviations
	w := &ingestWriter{lx: lx, force: *force, toStdout: *toStdout, extract: !*noExtract, stdout: stdout, stderr: stderr}
	if *feed != "" || isURL(flags.Arg(0)) {
		client := fetch.New(*timeout)
		client.MaxBytes = *maxBytes
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		if *feed != "" {
			return ingestFeed(ctx, client, *feed, opts, *contentDir, w)
		}
		return ingestURL(ctx, client, flags.Arg(0), opts, *contentDir, w)
	}
	input := flags.Arg(0)
	replace := ""
	if k, ok := knownURLs(*contentDir)[check.NormalURL(opts.URL)]; ok && opts.URL != "" && !*toStdout {
		r, code, done := w.alreadyIngested(opts.URL, k)
		if done {
			return code
		}
		replace = r
	}
	a, res, err := ingestFile(input, opts, *contentDir)
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	if replace != "" {
		a.Path = replace
	}
	return w.write(input, a, res)
}

// ingestWriter finishes an ingested article the same way whatever it came
// from: extraction into the front-matter, then stdout or a new file.
type ingestWriter struct {
	lx              *lexicon.Lexicon
	x               *extract.Extractor
	force, toStdout bool
	extract         bool
	stdout, stderr  io.Writer
}

func (w *ingestWriter) write(input string, a *content.Article, res ingest.Result) int {
	if res.LangDetected {
		fmt.Fprintf(w.stderr, "%s: detected language %s (confidence %.2f); use --lang to override\n", input, res.Lang, res.LangConfidence)
	}
	if w.extract {
		if w.x == nil {
			x, err := extract.New(w.lx)
			if err != nil {
				fmt.Fprintln(w.stderr, "generator:", err)
				return 1
			}
			w.x = x
		}
		r := w.x.Extract(extract.Document{Lang: a.Lang, Title: a.Title, Subtitle: a.Subtitle, Body: a.Body})
		// Through the merge, like extract --write, so that the proposed
		// record is there from the start (a company the editor deletes
		// before the first re-extraction stays deleted too), and so that
		// the providers and quotes a markdown file brings, the editor's,
		// are kept and only added to.
		a.MergeExtraction(fingerprintProviders(r.Providers), fingerprintQuotes(r.Quotes), content.MergeOptions{})
	}
	// Never write an article that check and build would refuse (an id or
	// url from a hostile page, a file name that cannot be published).
	if ds := content.Validate(a, w.lx); content.HasErrors(ds) {
		for _, d := range ds {
			if d.Severity == content.Error {
				fmt.Fprintf(w.stderr, "generator: %s: %s\n", input, d.Message)
			}
		}
		fmt.Fprintf(w.stderr, "generator: %s: not ingested; nothing was written\n", input)
		return 1
	}
	data, err := a.Marshal()
	if err != nil {
		fmt.Fprintln(w.stderr, "generator:", err)
		return 1
	}
	if w.toStdout {
		w.stdout.Write(data)
		return 0
	}
	if _, err := os.Stat(a.Path); err == nil {
		// An article an editor worked on is never replaced, and --force is
		// not advised for it.
		if old, err := content.ReadFile(a.Path); err == nil && editorWorked(old) {
			fmt.Fprintf(w.stderr, "generator: %s already exists and an editor has reviewed or corrected it; ingest never replaces it (give --title for another name)\n", a.Path)
			return 1
		}
		if !w.force {
			fmt.Fprintf(w.stderr, "generator: %s already exists; ingest never overwrites an article (use --force to replace it)\n", a.Path)
			return 1
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		fmt.Fprintln(w.stderr, "generator:", err)
		return 1
	}
	if _, err := writeArticle(a); err != nil {
		fmt.Fprintln(w.stderr, "generator:", err)
		return 1
	}
	fmt.Fprintf(w.stdout, "%s: %d providers, %d quotes; review the front-matter\n", a.Path, len(a.Providers), len(a.Quotes))
	return 0
}

// ingestFile cleans one raw file into an article of contentDir.
func ingestFile(input string, opts ingest.Options, contentDir string) (*content.Article, ingest.Result, error) {
	raw, err := os.ReadFile(input)
	if err != nil {
		return nil, ingest.Result{}, err
	}
	return ingestBytes(input, raw, opts, contentDir)
}

// ingestBytes cleans raw input named input (whose extension picks the
// format) into an article of contentDir.
func ingestBytes(input string, raw []byte, opts ingest.Options, contentDir string) (*content.Article, ingest.Result, error) {
	own, err := ownFrontMatter(input, raw)
	if err != nil {
		return nil, ingest.Result{}, err
	}
	if own != nil && opts.Lang == "" && slices.Contains(content.Langs, own.Lang) {
		opts.Lang = own.Lang
	}
	res, err := ingest.Ingest(input, raw, opts)
	if err != nil {
		return nil, res, err
	}
	// A canonical link that is not an http(s) address is not the page's
	// address (and may be a javascript: trap): the article goes without.
	if opts.URL == "" && res.URL != "" && weburl.Check(res.URL) != nil {
		res.URL = ""
	}
	if own != nil {
		keepOwnValues(&res, own, opts)
	}
	name := res.Title
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(input), filepath.Ext(input))
	}
	slug, err := ingest.Slug(name)
	if err != nil {
		return nil, res, fmt.Errorf("%s: no usable slug from title %q: %w (give --title)", input, name, err)
	}
	path, err := articlePath(contentDir, res.Lang, slug)
	if err != nil {
		return nil, res, fmt.Errorf("%s: %w", input, err)
	}
	a := content.NewArticle(path)
	if own != nil {
		// The file's front-matter is the start, so every key of it (and
		// its order and comments) is written back as the editor wrote it.
		a = own
		a.Path, a.Slug = path, slug
	}
	a.Lang = res.Lang
	a.Title = res.Title
	a.Subtitle = res.Subtitle
	a.Date = res.Date
	a.Source = content.Source{Name: res.SourceName, URL: res.URL}
	// The standfirst lives in the front-matter; the body starts after it.
	body := res.Body
	if res.Subtitle != "" {
		body = strings.TrimPrefix(strings.TrimPrefix(body, res.Subtitle), "\n")
		body = strings.TrimLeft(body, "\n")
	}
	a.Body = body
	return a, res, nil
}

// articlePath is content/<lang>/articles/<slug>.md, refused when it would
// land outside the content folder.
func articlePath(contentDir, lang, slug string) (string, error) {
	if lang != "en" && lang != "nl" {
		return "", fmt.Errorf("unknown language %q (want en or nl)", lang)
	}
	p := filepath.Join(contentDir, lang, "articles", slug+".md")
	rel, err := filepath.Rel(filepath.Join(contentDir, lang, "articles"), p)
	if err != nil || rel != slug+".md" || strings.ContainsAny(slug, `/\`) || strings.HasPrefix(slug, ".") {
		return "", fmt.Errorf("slug %q would land outside %s", slug, contentDir)
	}
	return p, nil
}

// ownFrontMatter is the front-matter of a markdown input that has one,
// read as an article's, or nil. A malformed one is an error at its line:
// ingest must not silently drop what the editor wrote there.
func ownFrontMatter(input string, raw []byte) (*content.Article, error) {
	if ingest.Format(input) != "md" || !bytes.HasPrefix(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")), []byte("---")) {
		return nil, nil
	}
	return content.Parse(input, raw)
}

// keepOwnValues puts the values of the input's own front-matter over what
// ingest found in the text: the editor's value wins. A flag given on the
// command line wins over both, since the editor just typed it.
func keepOwnValues(res *ingest.Result, own *content.Article, opts ingest.Options) {
	keep := func(found *string, flag, mine string) {
		if flag == "" && mine != "" {
			*found = mine
		}
	}
	keep(&res.Title, opts.Title, own.Title)
	keep(&res.Subtitle, opts.Subtitle, own.Subtitle)
	keep(&res.Date, opts.Date, own.Date)
	keep(&res.SourceName, opts.SourceName, own.Source.Name)
	keep(&res.URL, opts.URL, own.Source.URL)
	if opts.Lang == "" && own.Lang != "" {
		res.Lang, res.LangDetected = own.Lang, false
	}
}
