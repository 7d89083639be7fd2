package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/publish"
	"github.com/newsdesk/ruscompare/generator/render"
	"github.com/newsdesk/ruscompare/generator/site"
)

// buildOptions are the inputs of one build.
type buildOptions struct {
	source      string // folder laid out like this repository
	destination string
	baseURL     string
	config      string
	templates   string
	drafts      bool
	cpuprofile  string
	memprofile  string
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o buildOptions
	fs.StringVar(&o.source, "source", ".", "folder holding content/ (articles and data/)")
	fs.StringVar(&o.destination, "destination", "public", "output folder, replaced only when the build succeeds")
	fs.StringVar(&o.baseURL, "base-url", os.Getenv("BASEURL"), "base URL of the site, e.g. https://user.github.io/repo/ (env BASEURL; default from site.yaml)")
	fs.StringVar(&o.config, "config", "", "site configuration file (default SOURCE/site.yaml)")
	fs.StringVar(&o.templates, "templates", "", "templates folder (default SOURCE/templates, else ./templates)")
	fs.BoolVar(&o.drafts, "drafts", false, "also publish articles marked draft: true")
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
	start := time.Now()
	files, bytes, err := build(o, stderr)
	stop()
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		fmt.Fprintf(stderr, "build failed; %s was left as it was\n", o.destination)
		return 1
	}
	fmt.Fprintf(stdout, "built %d files (%d bytes) into %s in %s\n", files, bytes, o.destination, time.Since(start).Round(time.Millisecond))
	return 0
}

// loadSite reads the lexicon and the articles of a source folder, checks
// them, and extracts in memory for articles whose front-matter has none.
func loadSite(source string, drafts bool, warn io.Writer) (*lexicon.Lexicon, []*content.Article, error) {
	lx, err := lexicon.Load(filepath.Join(source, "content", "data"))
	if err != nil {
		return nil, nil, err
	}
	articles, diags, err := loadArticles(filepath.Join(source, "content"), lx)
	if err != nil {
		return nil, nil, err
	}
	var problems []error
	for _, ds := range diags {
		for _, d := range ds {
			if d.Severity == content.Error {
				problems = append(problems, d)
			} else {
				fmt.Fprintln(warn, "warning:", d.Error())
			}
		}
	}
	if len(problems) > 0 {
		return nil, nil, errors.Join(problems...)
	}
	kept := articles[:0]
	for _, a := range articles {
		if a.Draft && !drafts {
			continue
		}
		kept = append(kept, a)
	}
	if err := extractAll(lx, kept, warn); err != nil {
		return nil, nil, err
	}
	return lx, kept, nil
}

func build(o buildOptions, warn io.Writer) (int, int64, error) {
	limitMemory(countArticles(filepath.Join(o.source, "content")))
	lx, articles, err := loadSite(o.source, o.drafts, warn)
	if err != nil {
		return 0, 0, err
	}
	if o.config == "" {
		o.config = filepath.Join(o.source, "site.yaml")
	}
	cfg, err := site.LoadConfig(o.config)
	if err != nil {
		return 0, 0, err
	}
	if o.baseURL != "" {
		cfg.BaseURL = o.baseURL
	}
	if o.templates == "" {
		o.templates = filepath.Join(o.source, "templates")
		if _, err := os.Stat(o.templates); err != nil {
			o.templates = "templates"
		}
	}
	s, err := site.Build(articles, lx, cfg)
	if err != nil {
		return 0, 0, err
	}
	r, err := render.New(o.templates, cfg)
	if err != nil {
		return 0, 0, err
	}
	out, err := publish.Begin(o.destination)
	if err != nil {
		return 0, 0, err
	}
	if err := r.Render(s, out.Write); err != nil {
		out.Abort()
		return 0, 0, err
	}
	files, bytes := out.Stats()
	if err := out.Commit(); err != nil {
		out.Abort()
		return 0, 0, err
	}
	return files, bytes, nil
}
