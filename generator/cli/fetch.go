package cli

import (
	"context"
	"fmt"
	"net/url"
	"path"
	"path/filepath"
	"strings"

	"github.com/newsdesk/ruscompare/generator/check"
	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/fetch"
	"github.com/newsdesk/ruscompare/generator/ingest"
)

// isURL tells an http(s) address from a file name.
func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// knownArticle is an article already in content/ for a url.
type knownArticle struct {
	path string
	// edited: an editor has worked on it, and ingest never replaces it.
	edited bool
}

// knownURLs maps the source url of every article in contentDir, in the
// form two urls of one page share (check.NormalURL: no tracking
// parameters, scheme, www. or trailing slash), to the article, so that a
// page already ingested is not ingested twice. Articles that do not parse
// are skipped here: check reports them.
func knownURLs(contentDir string) map[string]knownArticle {
	articles, _ := content.LoadDir(contentDir)
	out := map[string]knownArticle{}
	for _, a := range articles {
		if u := check.NormalURL(a.Source.URL); u != "" {
			out[u] = knownArticle{path: a.Path, edited: editorWorked(a)}
		}
	}
	return out
}

// editorWorked reports whether replacing the article would lose an
// editor's work: an item reviewed, changed or written by hand, or a
// rejection.
func editorWorked(a *content.Article) bool {
	for _, p := range a.Providers {
		if !p.MachineMade() {
			return true
		}
	}
	for _, q := range a.Quotes {
		if !q.MachineMade() {
			return true
		}
	}
	return !a.Rejected.Empty()
}

// alreadyIngested says what ingest does with a url it already has: skip
// it (exit 0), replace the file in place under --force, or, when an editor
// has worked on the file, refuse even under --force (exit 1), without
// advising it.
func (w *ingestWriter) alreadyIngested(rawURL string, k knownArticle) (replace string, code int, done bool) {
	switch {
	case k.edited && w.force:
		fmt.Fprintf(w.stderr, "generator: %s: already ingested as %s, which an editor has reviewed or corrected; not replaced, --force or not (delete that file first to start it over)\n", rawURL, k.path)
		return "", 1, true
	case k.edited:
		fmt.Fprintf(w.stdout, "%s: already ingested as %s, which an editor has reviewed or corrected; skipped\n", rawURL, k.path)
		return "", 0, true
	case w.force:
		return k.path, 0, false
	}
	fmt.Fprintf(w.stdout, "%s: already ingested as %s; skipped (--force replaces that file with a fresh ingest)\n", rawURL, k.path)
	return "", 0, true
}

// pageName is the name ingest sees for a fetched page: it picks the HTML
// cleaner by its extension and names the page in messages.
func pageName(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		return "page.html"
	}
	name := u.Host + strings.TrimSuffix(u.EscapedPath(), "/")
	if ingest.Format(path.Base(name)) != "html" {
		name += ".html"
	}
	return name
}

func ingestURL(ctx context.Context, c *fetch.Client, rawURL string, opts ingest.Options, contentDir string, w *ingestWriter) int {
	replace := ""
	if !w.toStdout {
		for _, u := range []string{rawURL, opts.URL} {
			if k, ok := knownURLs(contentDir)[check.NormalURL(u)]; ok {
				var code int
				var done bool
				if replace, code, done = w.alreadyIngested(u, k); done {
					return code
				}
				break
			}
		}
	}
	return ingestPage(ctx, c, rawURL, opts, contentDir, w, replace)
}

// ingestPage fetches and ingests one page; replace, when set, is the
// article it replaces (same url), written in place of a second copy.
func ingestPage(ctx context.Context, c *fetch.Client, rawURL string, opts ingest.Options, contentDir string, w *ingestWriter, replace string) int {
	ctx, cancel := context.WithTimeout(ctx, w.timeout)
	defer cancel()
	page, err := c.Get(ctx, rawURL)
	if err != nil {
		fmt.Fprintln(w.stderr, "generator:", err)
		return 1
	}
	if page.Redirected() {
		fmt.Fprintf(w.stderr, "%s: redirected to %s\n", rawURL, page.URL)
	}
	if opts.URL == "" {
		// The address asked for is the one editors and feeds know the
		// article by; a redirect is often only tracking or a login wall.
		opts.URL = rawURL
	}
	opts.DeclaredCharset = page.Charset
	a, res, err := w.prepare(ctx, pageName(page.URL), page.Body, opts, contentDir)
	if err != nil {
		fmt.Fprintf(w.stderr, "generator: %s: %v\n", rawURL, err)
		return 1
	}
	if replace != "" {
		a.Path = replace
	}
	return w.write(rawURL, a, res)
}

// ingestFeed ingests every item of a feed not yet in contentDir. One bad
// item is reported and the others are still ingested; the exit status
// says whether any failed.
func ingestFeed(ctx context.Context, c *fetch.Client, feedURL string, opts ingest.Options, contentDir string, w *ingestWriter) int {
	f, err := c.Feed(ctx, feedURL)
	if err != nil {
		fmt.Fprintln(w.stderr, "generator:", err)
		return 1
	}
	known := knownURLs(contentDir)
	status, added, skipped := 0, 0, 0
	for _, it := range f.Items {
		label := fmt.Sprintf("%s: item %d", feedURL, it.N)
		if it.Title != "" {
			label += fmt.Sprintf(" (%q)", it.Title)
		}
		if it.Problem != "" {
			fmt.Fprintf(w.stderr, "generator: %s: %s; skipped\n", label, it.Problem)
			status = 1
			continue
		}
		replace := ""
		if k, ok := known[check.NormalURL(it.Link)]; ok {
			r, code, done := w.alreadyIngested(it.Link, k)
			if done {
				if code != 0 {
					status = code
				} else {
					skipped++
				}
				continue
			}
			replace = r
		}
		o := opts
		o.URL = it.Link
		if o.Date == "" {
			o.Date = it.Date
		}
		if o.SourceName == "" {
			o.SourceName = f.Title
		}
		if ctx.Err() != nil {
			fmt.Fprintln(w.stderr, "generator: interrupted; the items not ingested yet are left for the next run")
			return 1
		}
		if code := ingestPage(ctx, c, it.Link, o, contentDir, w, replace); code != 0 {
			fmt.Fprintf(w.stderr, "generator: %s: not ingested (see above); the other items go on\n", label)
			status = code
			continue
		}
		if !w.toStdout {
			known[check.NormalURL(it.Link)] = knownArticle{path: filepath.Join(contentDir, "...")}
		}
		added++
	}
	fmt.Fprintf(w.stdout, "%s: %d items: %d ingested, %d already there, %d failed\n", feedURL, len(f.Items), added, skipped, len(f.Items)-added-skipped)
	return status
}
