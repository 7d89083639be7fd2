package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/newsdesk/ruscompare/generator/cache"
	"github.com/newsdesk/ruscompare/generator/render"
	"github.com/newsdesk/ruscompare/generator/site"
)

// memorySite is a build held in memory: what serve serves and what check
// walks, so that neither writes into public/ (or content/).
type memorySite struct {
	Config site.Config
	Files  map[string][]byte
	Paths  []string // emit order
}

// resolveOptions fills the defaults build applies: site.yaml beside the
// content, the templates folder of the source or of the working directory,
// and the base URL from flag, environment or configuration.
func resolveOptions(o buildOptions) (buildOptions, site.Config, error) {
	if o.config == "" {
		o.config = filepath.Join(o.source, "site.yaml")
	}
	cfg, err := site.LoadConfig(o.config)
	if err != nil {
		return o, cfg, err
	}
	if o.baseURL != "" {
		cfg.BaseURL = o.baseURL
		if err := cfg.Validate(); err != nil {
			return o, cfg, fmt.Errorf("--base-url: %w", err)
		}
	}
	if o.templates == "" {
		o.templates = filepath.Join(o.source, "templates")
		if _, err := os.Stat(o.templates); err != nil {
			o.templates = "templates"
		}
	}
	return o, cfg, nil
}

// memoryState is what serve keeps between rebuilds: the last build's
// manifest and files, so that a rebuild renders only what changed.
type memoryState struct {
	generator string // hash of the running generator, read once
	manifest  cache.Manifest
	files     map[string][]byte
}

// buildMemory runs the whole build into memory.
func buildMemory(o buildOptions, warn io.Writer) (*memorySite, error) {
	return buildMemoryFrom(o, warn, nil)
}

// buildMemoryFrom builds into memory; with st, it renders only the pages
// the edits since st's build touched (see cache.Plan) and updates st.
func buildMemoryFrom(o buildOptions, warn io.Writer, st *memoryState) (*memorySite, error) {
	lx, articles, err := loadSite(o.source, o.drafts, warn)
	if err != nil {
		return nil, err
	}
	o, cfg, err := resolveOptions(o)
	if err != nil {
		return nil, err
	}
	s, err := site.Build(articles, lx, cfg)
	if err != nil {
		return nil, err
	}
	r, err := render.New(o.templates, cfg)
	if err != nil {
		return nil, err
	}
	m := &memorySite{Config: cfg, Files: map[string][]byte{}}
	plan := cache.Plan{Full: true}
	var cur cache.Manifest
	if st != nil {
		if cur, err = newManifest(o, cfg, articles, st.generator); err != nil {
			return nil, err
		}
		deps := s.DependentDirs()
		for path, e := range cur.Articles {
			e.Deps = deps[path]
			cur.Articles[path] = e
		}
		cur.Signatures = s.Signatures()
		if st.files != nil {
			plan = cache.NewPlan(st.manifest, cur)
		}
		if !plan.Full {
			for p, data := range st.files {
				if !plan.Wants(p) {
					m.Files[p] = data // kept: nothing it shows changed
				}
			}
		}
	}
	emitted := map[string]bool{}
	err = r.RenderOnly(s, plan.Wants, func(p string, data []byte) error {
		if emitted[p] {
			return fmt.Errorf("render: %s emitted twice", p)
		}
		emitted[p] = true
		m.Files[p] = data
		return nil
	})
	if err != nil {
		return nil, err
	}
	for p := range m.Files {
		m.Paths = append(m.Paths, p)
	}
	sort.Strings(m.Paths)
	if st != nil {
		st.manifest, st.files = cur, m.Files
	}
	return m, nil
}
