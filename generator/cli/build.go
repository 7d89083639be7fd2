package cli

import (
	"encoding/json"
	"sort"

	"errors"
	"flag"
	"fmt"
	"github.com/newsdesk/ruscompare/generator/cache"
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
	// full turns the incremental cache off: every page is rendered and
	// the destination replaced whole.
	full bool
}

// addSourceFlags registers the flags that say where a site's inputs are,
// shared by build, check and serve so that they read a site the same way.
func (o *buildOptions) addSourceFlags(fs *flag.FlagSet) {
	fs.StringVar(&o.source, "source", ".", "folder holding content/ (articles and data/)")
	fs.StringVar(&o.config, "config", "", "site configuration file (default SOURCE/site.yaml)")
	fs.StringVar(&o.templates, "templates", "", "templates folder (default SOURCE/templates, else ./templates)")
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
	files, bytes, err := build(o, stderr)
	stop()
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
	// The manifest of this build, before extraction fills in articles
	// that have none: what an article's file says is what decides.
	cur, err := newManifest(o, cfg, articles, generatorHash())
	if err != nil {
		return 0, 0, err
	}
	s, err := site.Build(articles, lx, cfg)
	if err != nil {
		return 0, 0, err
	}
	deps := s.DependentDirs()
	for path, e := range cur.Articles {
		e.Deps = deps[path]
		cur.Articles[path] = e
	}
	cur.Signatures = s.Signatures()
	r, err := render.New(o.templates, cfg)
	if err != nil {
		return 0, 0, err
	}
	manifest := manifestPath(o)
	plan := cache.NewPlan(cache.Load(manifest), cur)
	var out *publish.Dir
	if _, statErr := os.Stat(o.destination); o.full || plan.Full || statErr != nil {
		out, cur.Outputs, err = buildFull(r, s, o.destination)
	} else {
		out, cur.Outputs, err = buildIncremental(r, s, o.destination, plan, cache.Load(manifest).Outputs)
	}
	if err != nil {
		return 0, 0, err
	}
	files, bytes, err := commit(out, manifest, cur, warn)
	return files, bytes, err
}

// commit swaps the finished output in. The old manifest goes first: should
// the new one not be saved, the next build is a full one rather than an
// incremental one planned from a manifest of an output that is gone.
func commit(out *publish.Dir, manifest string, cur cache.Manifest, warn io.Writer) (int, int64, error) {
	defer func() {
		for _, w := range out.Warnings() {
			fmt.Fprintln(warn, "warning:", w)
		}
	}()
	if err := os.Remove(manifest); err != nil && !errors.Is(err, os.ErrNotExist) {
		out.Abort()
		return 0, 0, err
	}
	files, bytes := out.Stats()
	if err := out.Commit(); err != nil {
		return 0, 0, err
	}
	if err := cur.Save(manifest); err != nil {
		fmt.Fprintf(warn, "warning: the build cache could not be saved, so the next build will be a full one: %v\n", err)
	}
	return files, bytes, nil
}

// buildFull renders every page into a new output tree.
func buildFull(r *render.Renderer, s *site.Site, dest string) (*publish.Dir, []string, error) {
	out, err := publish.Begin(dest)
	if err != nil {
		return nil, nil, err
	}
	var outputs []string
	err = r.Render(s, func(path string, data []byte) error {
		outputs = append(outputs, path)
		return out.Write(path, data)
	})
	if err != nil {
		out.Abort()
		return nil, nil, err
	}
	return out, outputs, nil
}

// buildIncremental renders only the pages the plan wants (those of the
// changed articles, and the indexes, feeds and sitemap) into a copy of
// dest made of hard links; only files whose bytes changed are written
// (publish counts those), and pages that no longer exist are removed.
// Committed, the copy replaces dest whole, like a full build's tree.
func buildIncremental(r *render.Renderer, s *site.Site, dest string, plan cache.Plan, before []string) (*publish.Dir, []string, error) {
	out, err := publish.BeginIncremental(dest)
	if err != nil {
		return nil, nil, err
	}
	emitted := map[string]bool{}
	err = r.RenderOnly(s, plan.Wants, func(path string, data []byte) error {
		emitted[path] = true
		return out.Write(path, data)
	})
	if err != nil {
		out.Abort()
		return nil, nil, err
	}
	outputs := make([]string, 0, len(before)+len(emitted))
	for _, p := range before {
		if plan.Wants(p) && !emitted[p] {
			// Gone: a page of a deleted article, or of a company no
			// article names any more.
			if err := out.Remove(p); err != nil {
				out.Abort()
				return nil, nil, err
			}
			continue
		}
		if !emitted[p] {
			outputs = append(outputs, p)
		}
	}
	for p := range emitted {
		outputs = append(outputs, p)
	}
	sort.Strings(outputs)
	return out, outputs, nil
}

// manifestPath is where the cache of builds into o.destination lives:
// SOURCE/.cache/build-<hash of the destination>.json, so that builds into
// different folders do not share one.
func manifestPath(o buildOptions) string {
	abs, err := filepath.Abs(o.destination)
	if err != nil {
		abs = o.destination
	}
	return filepath.Join(o.source, ".cache", "build-"+cache.Hash([]byte(abs))[:12]+".json")
}

// newManifest records what this build is made from: the hash of every
// input that is not an article (templates, data, configuration, options,
// the generator itself) and of each article.
func newManifest(o buildOptions, cfg site.Config, articles []*content.Article, generator string) (cache.Manifest, error) {
	inputs := []string{o.templates, filepath.Join(o.source, "content", "data"), o.config}
	extra := []string{"base=" + cfg.BaseURL, fmt.Sprintf("drafts=%v", o.drafts), fmt.Sprintf("config=%+v", cfg), "generator=" + generator}
	in, err := cache.HashInputs(inputs, extra...)
	if err != nil {
		return cache.Manifest{}, err
	}
	m := cache.Manifest{Inputs: in, Articles: make(map[string]cache.Entry, len(articles))}
	for _, a := range articles {
		data, err := json.Marshal(a)
		if err != nil {
			return cache.Manifest{}, err
		}
		m.Articles[a.Path] = cache.Entry{Hash: cache.Hash(data)}
	}
	return m, nil
}

// generatorHash is the content hash of the running generator, so that a
// new version of the code never reuses pages an old one made; when it
// cannot be read, the process id stands in (every build is then a full
// one, which is never wrong).
func generatorHash() string {
	exe, err := os.Executable()
	if err != nil {
		return fmt.Sprint(os.Getpid())
	}
	data, err := os.ReadFile(exe)
	if err != nil {
		return fmt.Sprint(os.Getpid())
	}
	return cache.Hash(data)
}
