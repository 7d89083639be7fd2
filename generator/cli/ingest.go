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
	"github.com/newsdesk/ruscompare/generator/site"
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
	flags.StringVar(&opts.Charset, "charset", "", "character set of the input, e.g. windows-1252 or iso-8859-1 (default: UTF-8 for text, as declared for HTML)")
	contentDir := flags.String("content", "content", "content folder to write into")
	force := flags.Bool("force", false, "replace an existing article with the same slug (or the same url)")
	toStdout := flags.Bool("stdout", false, "print the article instead of writing it")
	noExtract := flags.Bool("no-extract", false, "do not write extracted providers and quotes into the front-matter")
	feed := flags.String("feed", "", "ingest every new item of this RSS or Atom feed URL (instead of FILE)")
	timeout := flags.Duration("timeout", 30*time.Second, "give up on an ingest (fetching, extracting and cleaning) after this long")
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
	// The languages the site publishes: site.yaml beside the content folder.
	cfg, err := site.LoadConfig(filepath.Join(filepath.Dir(filepath.Clean(*contentDir)), "site.yaml"))
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	opts.Languages = cfg.Languages
	if opts.Lang != "" && !slices.Contains(cfg.Languages, opts.Lang) {
		fmt.Fprintf(stderr, "generator: --lang %q: this site publishes %s\n", opts.Lang, strings.Join(cfg.Languages, ", "))
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
	opts.Boilerplate, opts.Abbreviations = lx.Boilerplate, lx.Abbreviations
	if opts, err = withLineModel(opts, lx); err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	w := &ingestWriter{lx: lx, timeout: *timeout, force: *force, toStdout: *toStdout, extract: !*noExtract, stdout: stdout, stderr: stderr}
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
	raw, err := os.ReadFile(input)
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	a, res, err := w.prepare(ctx, input, raw, opts, *contentDir)
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
	timeout         time.Duration
	force, toStdout bool
	extract         bool
	stdout, stderr  io.Writer
}

func (w *ingestWriter) write(input string, a *content.Article, res ingest.Result) int {
	if res.LangDetected {
		fmt.Fprintf(w.stderr, "%s: detected language %s (confidence %.2f); use --lang to override\n", input, res.Lang, res.LangConfidence)
	}
	for _, warning := range res.Warnings {
		fmt.Fprintf(w.stderr, "%s: warning: %s\n", input, warning)
	}
	if res.LangNote != "" {
		fmt.Fprintf(w.stderr, "%s: warning: %s; check lang: in the front-matter\n", input, res.LangNote)
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

// prepare cleans raw input into an article of contentDir and runs
// extraction on it, giving up when ctx ends: --timeout covers the whole
// ingest (fetching, extracting the page, cleaning, extracting providers),
// not only the download. The page extractor cannot be interrupted, so work
// still running then is abandoned: the process ends, or the next feed item
// goes on with a fresh extractor.
func (w *ingestWriter) prepare(ctx context.Context, input string, raw []byte, opts ingest.Options, contentDir string) (*content.Article, ingest.Result, error) {
	var x *extract.Extractor
	if w.extract {
		if w.x == nil {
			var err error
			if w.x, err = extract.New(w.lx); err != nil {
				return nil, ingest.Result{}, err
			}
		}
		x = w.x
	}
	type prepared struct {
		a   *content.Article
		res ingest.Result
		err error
	}
	done := make(chan prepared, 1) // buffered: an abandoned run must not block
	go func() {
		a, res, err := ingestBytes(input, raw, opts, contentDir)
		if err == nil && x != nil {
			r := x.Extract(extract.Document{Lang: a.Lang, Title: a.Title, Subtitle: a.Subtitle, Body: a.Body})
			// Through the merge, like extract --write, so that the
			// proposed record is there from the start (a company the
			// editor deletes before the first re-extraction stays
			// deleted too), and so that the providers and quotes a
			// markdown file brings, the editor's, are kept and only
			// added to.
			a.MergeExtraction(fingerprintProviders(r.Providers), fingerprintQuotes(r.Quotes), content.MergeOptions{})
		}
		done <- prepared{a, res, err}
	}()
	select {
	case p := <-done:
		return p.a, p.res, p.err
	case <-ctx.Done():
		w.x = nil // the abandoned run may still be using it
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, ingest.Result{}, fmt.Errorf("%s: %w: not finished within %s (--timeout covers fetching, extracting and cleaning); nothing written", input, ErrIngestTimeout, w.timeout)
		}
		return nil, ingest.Result{}, fmt.Errorf("%s: %w; nothing written", input, ctx.Err())
	}
}

// ErrIngestTimeout is an ingest that did not finish within --timeout.
var ErrIngestTimeout = errors.New("ingest timed out")

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
	path, err := articlePath(contentDir, opts.Languages, res.Lang, slug)
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
	a.Author = res.Author
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
func articlePath(contentDir string, languages []string, lang, slug string) (string, error) {
	if len(languages) == 0 {
		languages = site.DefaultConfig().Languages
	}
	if !slices.Contains(languages, lang) {
		return "", fmt.Errorf("unknown language %q (this site publishes %s)", lang, strings.Join(languages, ", "))
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
