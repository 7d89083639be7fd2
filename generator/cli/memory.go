package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

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

// buildMemory runs the whole build into memory.
func buildMemory(o buildOptions, warn io.Writer) (*memorySite, error) {
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
	err = r.Render(s, func(p string, data []byte) error {
		if _, dup := m.Files[p]; dup {
			return fmt.Errorf("render: %s emitted twice", p)
		}
		m.Files[p] = data
		m.Paths = append(m.Paths, p)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(m.Paths)
	return m, nil
}
