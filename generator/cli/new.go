package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/ingest"
)

// archetypeData is what an archetype template may use.
type archetypeData struct {
	Title, Lang, Date, Slug string
}

func runNew(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "article" {
		fmt.Fprintln(stderr, `usage: generator new article [--lang en|nl] [--date YYYY-MM-DD] "Title"`)
		return 2
	}
	fs := flag.NewFlagSet("new article", flag.ContinueOnError)
	fs.SetOutput(stderr)
	lang := fs.String("lang", "", "language of the article, en or nl (default: the site's default language)")
	date := fs.String("date", "", "publication date, YYYY-MM-DD (default: today)")
	slug := fs.String("slug", "", "file name without .md (default: made from the title)")
	source := fs.String("source", ".", "folder holding content/ and site.yaml")
	templates := fs.String("templates", "", "templates folder holding archetypes/ (default SOURCE/templates, else ./templates)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: generator new article [flags] "Title"`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	if fs.NArg() != 1 || strings.TrimSpace(fs.Arg(0)) == "" {
		fs.Usage()
		return 2
	}
	path, err := newArticle(newOptions{
		title: strings.TrimSpace(fs.Arg(0)), lang: *lang, date: *date, slug: *slug,
		source: *source, templates: *templates, today: time.Now(),
	})
	if err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: fill in the source and the text, then run `generator extract --write %s`\n", path, path)
	return 0
}

type newOptions struct {
	title, lang, date, slug, source, templates string
	today                                      time.Time
}

// newArticle writes content/<lang>/articles/<slug>.md from the archetype
// and returns its path. It never replaces a file: an editor's article is
// worth more than a fresh template.
func newArticle(o newOptions) (string, error) {
	ro, cfg, err := resolveOptions(buildOptions{source: o.source, templates: o.templates})
	if err != nil {
		return "", err
	}
	if o.lang == "" {
		o.lang = cfg.DefaultLanguage
	}
	if !contains(content.Langs, o.lang) {
		return "", fmt.Errorf("--lang %q: want one of %s", o.lang, strings.Join(content.Langs, ", "))
	}
	if o.date == "" {
		o.date = o.today.Format(time.DateOnly)
	} else if _, err := time.Parse(time.DateOnly, o.date); err != nil {
		return "", fmt.Errorf("--date %q: want YYYY-MM-DD", o.date)
	}
	if o.slug == "" {
		if o.slug, err = ingest.Slug(o.title); err != nil {
			return "", fmt.Errorf("title %q: %w (give --slug)", o.title, err)
		}
	}
	path, err := articlePath(filepath.Join(o.source, "content"), nil, o.lang, o.slug)
	if err != nil {
		return "", err
	}
	arch := filepath.Join(ro.templates, "archetypes", "article.md")
	text, err := os.ReadFile(arch)
	if err != nil {
		return "", fmt.Errorf("archetype: %w", err)
	}
	t, err := template.New("article.md").Funcs(template.FuncMap{"quote": yamlQuote}).Parse(string(text))
	if err != nil {
		return "", fmt.Errorf("%s: %w", arch, err)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, archetypeData{Title: o.title, Lang: o.lang, Date: o.date, Slug: o.slug}); err != nil {
		return "", fmt.Errorf("%s: %w", arch, err)
	}
	// The result must be an article the generator reads; a broken
	// archetype is reported against the archetype, not left for the editor.
	if _, err := content.Parse(path, buf.Bytes()); err != nil {
		return "", fmt.Errorf("%s makes an article that does not parse: %w", arch, err)
	}
	if _, err := os.Stat(path); err == nil {
		return "", fmt.Errorf("%s already exists; new never overwrites an article (give --slug)", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return "", err
	}
	// O_EXCL so that two editors (or two runs) racing for the same slug
	// cannot overwrite each other.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return "", err
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		os.Remove(path)
		return "", err
	}
	return path, f.Close()
}

// yamlQuote writes s as one YAML scalar, quoted only when it has to be.
func yamlQuote(s string) (string, error) {
	out, err := yaml.Marshal(s)
	if err != nil {
		return "", err
	}
	return strings.TrimSuffix(string(out), "\n"), nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
