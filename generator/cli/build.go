package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/newsdesk/ruscompare/generator/build"
	"github.com/newsdesk/ruscompare/generator/publish"
	"github.com/newsdesk/ruscompare/generator/site"
)

// buildOptions are the flags of one build; the pipeline itself is
// generator/build's.
type buildOptions struct {
	source      string // folder laid out like this repository
	destination string
	baseURL     string
	config      string
	templates   string
	drafts      bool
	cpuprofile  string
	memprofile  string
	// full turns the incremental cache off: every page is rendered and
	// the destination replaced whole.
	full bool
	// warnSize is the output size (bytes) past which build warns: the
	// host's limit on a published site. 0 never warns.
	warnSize int64
}

// pagesLimit is GitHub Pages' limit on a published site: 1 GB. A site
// over it is refused by the deploy, so build says so before a push does.
const pagesLimit = 1_000_000_000

// searchIndexShare is the size of the search index that `make search`
// writes after the build, next to the pages' size: 1.1 KB per article on
// the synthetic corpus next to 11 KB of pages, 112 MB next to 916 MB at
// 100,000 articles (bench/README.md, round 8); a real vocabulary's index
// is larger (about 1.7 KB an article).
const searchIndexShare = 0.13

// sizeWarning is build's warning when the output (total bytes in dir)
// passes the host's limit, or would with the search index added; "" when
// neither.
func sizeWarning(dir string, total, limit int64) string {
	const where = `see "Deploying" in README.md for hosts without that limit`
	if total > limit {
		return fmt.Sprintf("warning: %s holds %d bytes, over the %d the host accepts (GitHub Pages: 1 GB); %s", dir, total, limit, where)
	}
	if index := int64(float64(total) * searchIndexShare); total+index > limit {
		return fmt.Sprintf("warning: %s holds %d bytes; with the search index that `make search` adds (about %d more) it passes the %d the host accepts (GitHub Pages: 1 GB); %s", dir, total, index, limit, where)
	}
	return ""
}

// addSourceFlags registers the flags that say where a site's inputs are,
// shared by build, check and serve so that they read a site the same way.
func (o *buildOptions) addSourceFlags(fs *flag.FlagSet) {
	fs.StringVar(&o.source, "source", ".", "folder holding content/ (articles and data/)")
	fs.StringVar(&o.config, "config", "", "site configuration file (default SOURCE/site.yaml)")
	fs.StringVar(&o.templates, "templates", "", "templates folder (default SOURCE/templates, else ./templates)")
}

// session are the options of a build session.
func (o buildOptions) session() build.Options {
	return build.Options{Source: o.source, Config: o.config, Templates: o.templates, BaseURL: o.baseURL, Drafts: o.drafts}
}

// resolveOptions fills the defaults build applies (see build.Options.Resolve).
func resolveOptions(o buildOptions) (buildOptions, site.Config, error) {
	bo, cfg, err := o.session().Resolve()
	o.config, o.templates = bo.Config, bo.Templates
	return o, cfg, err
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o buildOptions
	o.addSourceFlags(fs)
	fs.StringVar(&o.destination, "destination", "public", "output folder, replaced only when the build succeeds")
	fs.StringVar(&o.baseURL, "base-url", os.Getenv("BASEURL"), "base URL of the site, e.g. https://user.github.io/repo/ (env BASEURL; default from site.yaml)")
	fs.BoolVar(&o.drafts, "drafts", false, "also publish articles marked draft: true")
	fs.BoolVar(&o.full, "full", false, "render every page and replace the destination whole, ignoring the cache in SOURCE/.cache/")
	fs.Int64Var(&o.warnSize, "warn-size", pagesLimit, "warn when the output passes this many bytes (GitHub Pages refuses a site over 1 GB); 0: never")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the build to this file (go tool pprof)")
	fs.StringVar(&o.memprofile, "memprofile", "", "write a heap profile at the end of the build to this file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	stop, err := startProfiles(o.cpuprofile, o.memprofile)
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	// Before anything is read: a destination that holds the site's own
	// files (or anyone's) is never replaced.
	if err := publish.CheckDestination(o.source, o.destination); err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 2
	}
	_, statErr := os.Stat(o.destination)
	start := time.Now()
	res, err := publishSite(o, stderr)
	stop()
	for _, w := range res.Warnings {
		fmt.Fprintln(stderr, "warning:", w)
	}
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		switch {
		case errors.Is(err, publish.ErrDestinationChanged):
			fmt.Fprintln(stderr, "build failed")
		case statErr != nil:
			fmt.Fprintf(stderr, "build failed; nothing was written to %s\n", o.destination)
		default:
			fmt.Fprintf(stderr, "build failed; %s was left as it was\n", o.destination)
		}
		return 1
	}
	fmt.Fprintf(stdout, "built %d files (%d bytes) into %s in %s\n", res.Files, res.Bytes, o.destination, time.Since(start).Round(time.Millisecond))
	if o.warnSize > 0 {
		total := res.Bytes
		if !o.full {
			// An incremental build wrote only what changed; the host
			// publishes the whole tree, whose size the build cache keeps
			// (walking 20,000 files took a third of a rebuild).
			total = res.TreeBytes
			if total == 0 {
				total, err = publish.TreeSize(o.destination)
				if err != nil {
					fmt.Fprintln(stderr, "warning: measuring the output:", err)
				}
			}
		}
		if w := sizeWarning(o.destination, total, o.warnSize); w != "" {
			fmt.Fprintln(stderr, w)
			// The one switch that trades a feature for bytes: a card
			// per article was a tenth of the output.
			if _, cfg, err := resolveOptions(o); err == nil && cfg.ArticleCards {
				fmt.Fprintln(stderr, "warning: article_cards: true in site.yaml draws a preview card per article (about 3.4 KB and a file each); false shows each article's first company's card instead")
			}
		}
	}
	return 0
}

// publishSite is one build: a session opened, published into
// o.destination, closed. Unless --full, parsed articles are kept in
// SOURCE/.cache/ for the next build.
func publishSite(o buildOptions, warn io.Writer) (build.Published, error) {
	limitMemory(countArticles(filepath.Join(o.source, "content")))
	so := o.session()
	if !o.full {
		so.ArticleCache = build.ArticleCachePath(o.source)
	}
	s, err := build.Open(so)
	if err != nil {
		return build.Published{}, err
	}
	build.PrintWarnings(warn, s.Warnings())
	return s.Publish(o.destination, o.full)
}

// memorySite is a build held in memory: what check walks, so that it
// writes nothing into public/ (or content/).
type memorySite struct {
	Config site.Config
	Files  map[string][]byte
}

// buildMemory runs the whole build into memory.
func buildMemory(o buildOptions, warn io.Writer) (*memorySite, error) {
	s, err := build.Open(o.session())
	if err != nil {
		return nil, err
	}
	build.PrintWarnings(warn, s.Warnings())
	files, err := s.RenderMemory()
	if err != nil {
		return nil, err
	}
	return &memorySite{Config: s.Config(), Files: files}, nil
}
