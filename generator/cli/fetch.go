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

// knownURLs maps the source url of every article in contentDir to its
// path, so that a page already ingested is not ingested twice. Articles
// that do not parse are skipped here: check reports them.
func knownURLs(contentDir string) map[string]string {
	articles, _ := content.LoadDir(contentDir)
	out := map[string]string{}
	for _, a := range articles {
		if u := check.NormalURL(a.Source.URL); u != "" {
			out[u] = a.Path
		}
	}
	return out
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
	if p, ok := knownURLs(contentDir)[check.NormalURL(rawURL)]; ok && !w.force && !w.toStdout {
		fmt.Fprintf(w.stdout, "%s: already ingested as %s; skipped (use --force to ingest it again)\n", rawURL, p)
		return 0
	}
	return ingestPage(ctx, c, rawURL, opts, contentDir, w)
}

func ingestPage(ctx context.Context, c *fetch.Client, rawURL string, opts ingest.Options, contentDir string, w *ingestWriter) int {
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
		if p, ok := known[check.NormalURL(it.Link)]; ok && !w.force {
			fmt.Fprintf(w.stdout, "%s: already ingested as %s; skipped\n", it.Link, p)
			skipped++
			continue
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
		if code := ingestPage(ctx, c, it.Link, o, contentDir, w); code != 0 {
			fmt.Fprintf(w.stderr, "generator: %s: not ingested (see above); the other items go on\n", label)
			status = code
			continue
		}
		if !w.toStdout {
			known[check.NormalURL(it.Link)] = filepath.Join(contentDir, "...")
		}
		added++
	}
	fmt.Fprintf(w.stdout, "%s: %d items: %d ingested, %d already there, %d failed\n", feedURL, len(f.Items), added, skipped, len(f.Items)-added-skipped)
	return status
}
