package site

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/newsdesk/ruscompare/generator/weburl"
)

// Config is site.yaml: what differs between deployments of the same content.
type Config struct {
	// BaseURL is "/" or an absolute URL ending in "/" ("https://u.github.io/repo/");
	// every link is built from it, so the site works under a sub-path.
	BaseURL         string            `yaml:"base_url"`
	Title           map[string]string `yaml:"title"`
	Languages       []string          `yaml:"languages"`
	DefaultLanguage string            `yaml:"default_language"`
	CNAME           string            `yaml:"cname"`
	// Accuracy is the measured extraction accuracy shown on the about page
	// (for example "stance": "0.92"); empty until the lead measures it.
	Accuracy map[string]string `yaml:"accuracy"`
	// Publisher is who publishes the site (a name), and Corrections where
	// a reader sends a correction: an http(s) URL or an email address.
	// Both are shown in every footer and on the about page.
	Publisher   string `yaml:"publisher"`
	Corrections string `yaml:"corrections"`
	// ReviewedOnly publishes only the companies and quotes of an article
	// that an editor marked reviewed: true; the rest stay in the
	// front-matter, unpublished, until someone reviews them.
	ReviewedOnly bool `yaml:"reviewed_only"`
	// ArticleCards draws a social preview card for every article (its
	// title, outlet, date and companies). A card is about 3.4 KB and a
	// file per article, a third of what an article may cost for 100,000
	// of them to fit the host's 1 GB; without it an article page shows
	// the card of the first company it reports.
	ArticleCards bool `yaml:"article_cards"`
	// Drafts publishes the articles marked draft: true, each with a draft
	// mark (serve's preview); it is a build option, never read from the file.
	Drafts bool `yaml:"-"`
}

// CorrectionsLink is the href of Corrections: the URL itself, or a
// mailto: link for an email address; "" when there is none.
func (c Config) CorrectionsLink() string {
	v := strings.TrimSpace(c.Corrections)
	if v == "" || weburl.Check(v) == nil {
		return v
	}
	return "mailto:" + v
}

// emailAddress is the shape of an address a corrections key may give:
// one @, no space, a dot in the domain.
var emailAddress = regexp.MustCompile(`^[^@\s/:]+@[^@\s/:]+\.[^@\s/:]+$`)

// DefaultConfig is the configuration used without a site.yaml.
func DefaultConfig() Config {
	return Config{
		BaseURL: "/",
		Title: map[string]string{
			"en": "Internet companies and the war in Ukraine",
			"nl": "Internetbedrijven en de oorlog in Oekraïne",
		},
		Languages:       []string{"en", "nl"},
		DefaultLanguage: "en",
	}
}

// LoadConfig reads site.yaml. A missing file gives DefaultConfig(); keys the
// file leaves out keep their default. Errors are "path:line: message".
func LoadConfig(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return DefaultConfig(), nil
	}
	if err != nil {
		return Config{}, fmt.Errorf("%s: %w", path, err)
	}
	return ParseConfig(path, data)
}

var yamlLine = regexp.MustCompile(`line (\d+): `)

// ParseConfig decodes site.yaml bytes; path only names the file in errors.
func ParseConfig(path string, data []byte) (Config, error) {
	cfg := DefaultConfig()
	var in Config
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&in); err != nil && !errors.Is(err, io.EOF) {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		var te *yaml.TypeError
		if errors.As(err, &te) && len(te.Errors) > 0 {
			msg = te.Errors[0]
		}
		line := "1"
		if m := yamlLine.FindStringSubmatchIndex(msg); m != nil {
			line = msg[m[2]:m[3]]
			msg = strings.TrimSpace(msg[:m[0]] + msg[m[1]:])
		}
		return Config{}, fmt.Errorf("%s:%s: %s: %w", path, line, msg, ErrConfig)
	}
	if in.BaseURL != "" {
		cfg.BaseURL = in.BaseURL
	}
	for k, v := range in.Title {
		cfg.Title[k] = v
	}
	if len(in.Languages) > 0 {
		cfg.Languages = in.Languages
	}
	if in.DefaultLanguage != "" {
		cfg.DefaultLanguage = in.DefaultLanguage
	}
	cfg.CNAME = in.CNAME
	cfg.Accuracy = in.Accuracy
	cfg.Publisher = strings.TrimSpace(in.Publisher)
	cfg.Corrections = strings.TrimSpace(in.Corrections)
	cfg.ReviewedOnly = in.ReviewedOnly
	cfg.ArticleCards = in.ArticleCards
	if err := cfg.Validate(); err != nil {
		return Config{}, fmt.Errorf("%s:1: %w", path, err)
	}
	return cfg, nil
}

// ErrConfig marks a malformed site.yaml.
var ErrConfig = errors.New("invalid site configuration")

// Validate checks the fields every link and page depend on.
func (c Config) Validate() error {
	if !strings.HasSuffix(c.BaseURL, "/") {
		return fmt.Errorf("base_url %q must end in /: %w", c.BaseURL, ErrConfig)
	}
	switch {
	case c.Absolute():
		// Every link, feed and JSON-LD URL starts with it.
		if err := weburl.Check(c.BaseURL); err != nil {
			return fmt.Errorf("base_url %w: %w", err, ErrConfig)
		}
	case strings.HasPrefix(c.BaseURL, "//") || strings.Contains(c.BaseURL, `\`):
		// "//host/" is another host to a browser, and so is "/\host/".
		return fmt.Errorf("base_url %q must be a path of this site (/...) or an http(s):// URL, not another host: %w", c.BaseURL, ErrConfig)
	case !strings.HasPrefix(c.BaseURL, "/"):
		return fmt.Errorf("base_url %q must start with / or http(s)://: %w", c.BaseURL, ErrConfig)
	}
	if v := strings.TrimSpace(c.Corrections); v != "" && weburl.Check(v) != nil && !emailAddress.MatchString(v) {
		return fmt.Errorf("corrections %q must be an http(s) URL or an email address: %w", v, ErrConfig)
	}
	if len(c.Languages) == 0 {
		return fmt.Errorf("languages is empty: %w", ErrConfig)
	}
	found := false
	for _, l := range c.Languages {
		if _, ok := segments[l]; !ok {
			return fmt.Errorf("language %q has no URL table: %w", l, ErrConfig)
		}
		if l == c.DefaultLanguage {
			found = true
		}
	}
	if !found {
		return fmt.Errorf("default_language %q is not in languages: %w", c.DefaultLanguage, ErrConfig)
	}
	return nil
}

// Absolute reports whether BaseURL includes a scheme and host, which feeds
// and sitemaps need for valid absolute links.
func (c Config) Absolute() bool {
	return strings.HasPrefix(c.BaseURL, "http://") || strings.HasPrefix(c.BaseURL, "https://")
}
