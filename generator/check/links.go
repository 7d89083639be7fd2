package check

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"golang.org/x/net/html"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/site"
)

// searchDir is where Pagefind writes the search index and its UI.
const searchDir = "pagefind/"

// ReadDir reads a built site into the map Links walks, keyed by slash
// path relative to dir.
func ReadDir(dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = data
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read built site: %w", err)
	}
	return files, nil
}

// link is one internal reference found in a page.
type link struct {
	line  int
	attr  string
	value string
}

// page is what the walk needs of one HTML file.
type page struct {
	ids   map[string]bool
	links []link
}

// scanHTML collects the ids and the href/src/action values of an HTML
// page with the line each is on; a tokenizer rather than a DOM, since the
// DOM forgets lines and editors need them.
func scanHTML(data []byte) page {
	p := page{ids: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	line := 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return p
		}
		raw := z.Raw()
		start := line
		line += bytes.Count(raw, []byte("\n"))
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			switch key := string(k); key {
			case "id":
				p.ids[string(v)] = true
			case "name":
				if string(name) == "a" {
					p.ids[string(v)] = true
				}
			case "href", "src", "action":
				// link rel=alternate/canonical point at absolute URLs of
				// this site too, and must exist just the same.
				p.links = append(p.links, link{line: start, attr: key, value: string(v)})
			}
		}
	}
}

// Links walks every internal href, src and action of every HTML page of a
// built site, and every #fragment, as they resolve under base (the site's
// base URL). dir only names the files in problems ("public").
func Links(files map[string][]byte, base, dir string) []Problem {
	baseURL, err := url.Parse(base)
	if err != nil {
		return []Problem{{Path: "site.yaml", Severity: Error, Rule: RuleLink, Message: fmt.Sprintf("base_url %q: %v", base, err)}}
	}
	// A root-relative base ("/repo/") is placed on a stand-in host so that
	// relative links resolve the way a browser resolves them.
	const standIn = "site.invalid"
	if baseURL.Host == "" {
		baseURL = &url.URL{Scheme: "https", Host: standIn, Path: baseURL.Path}
	}
	pages := map[string]page{}
	var names []string
	for name, data := range files {
		if strings.HasSuffix(name, ".html") {
			pages[name] = scanHTML(data)
			names = append(names, name)
		}
	}
	sort.Strings(names)
	// The search index (pagefind/) is written by a tool run after the
	// generator; a site built in memory has none, so its links are only
	// walked when some of it is there.
	hasSearch := false
	for name := range files {
		if strings.HasPrefix(name, searchDir) {
			hasSearch = true
			break
		}
	}
	var out []Problem
	for _, name := range names {
		p := pages[name]
		pageURL := baseURL.ResolveReference(&url.URL{Path: strings.TrimSuffix(name, "index.html")})
		for _, l := range p.links {
			ref, err := url.Parse(strings.TrimSpace(l.value))
			if err != nil {
				out = append(out, Problem{Path: path.Join(dir, name), Line: l.line, Severity: Error, Rule: RuleLink,
					Message: fmt.Sprintf("%s=%q: %v", l.attr, l.value, err)})
				continue
			}
			if ref.Scheme != "" && ref.Scheme != "http" && ref.Scheme != "https" {
				continue // mailto:, data:, javascript:
			}
			abs := pageURL.ResolveReference(ref)
			if abs.Host != baseURL.Host {
				continue // another site
			}
			if !strings.HasPrefix(abs.Path, baseURL.Path) {
				out = append(out, Problem{Path: path.Join(dir, name), Line: l.line, Severity: Error, Rule: RuleLink,
					Message: fmt.Sprintf("%s=%q points outside the base URL %s (it breaks when the site is served under a sub-path)", l.attr, l.value, base)})
				continue
			}
			target := site.File(strings.TrimPrefix(abs.Path, baseURL.Path))
			if !hasSearch && strings.HasPrefix(target, searchDir) {
				continue
			}
			if _, ok := files[target]; !ok {
				// "/en/about" without the slash is served by redirect on
				// most hosts, but not on every one: report it all the same.
				out = append(out, Problem{Path: path.Join(dir, name), Line: l.line, Severity: Error, Rule: RuleLink,
					Message: fmt.Sprintf("broken link %s=%q: no file %s", l.attr, l.value, target)})
				continue
			}
			if abs.Fragment != "" && strings.HasSuffix(target, ".html") && !pages[target].ids[abs.Fragment] {
				out = append(out, Problem{Path: path.Join(dir, name), Line: l.line, Severity: Error, Rule: RuleLink,
					Message: fmt.Sprintf("broken anchor %s=%q: no id %q in %s", l.attr, l.value, abs.Fragment, target)})
			}
		}
	}
	return out
}

var mdLink = regexp.MustCompile(`\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\)`)

// BodyLinks checks the site-internal links editors write in article bodies
// ("[AWS](/en/providers/aws/)") against the built files, at the line of
// the article, which is where the fix goes.
func BodyLinks(articles []*content.Article, files map[string][]byte) []Problem {
	var out []Problem
	for _, a := range articles {
		for _, m := range mdLink.FindAllStringSubmatchIndex(a.Body, -1) {
			v := a.Body[m[2]:m[3]]
			if !strings.HasPrefix(v, "/") || strings.HasPrefix(v, "//") {
				continue // external, or relative (checked in the built page)
			}
			line := a.BodyLine + strings.Count(a.Body[:m[2]], "\n")
			p, frag, _ := strings.Cut(v, "#")
			p, _, _ = strings.Cut(p, "?")
			target := site.File(strings.TrimPrefix(p, "/"))
			data, ok := files[target]
			if !ok {
				out = append(out, Problem{Path: a.Path, Line: line, Severity: Error, Rule: RuleLink,
					Message: fmt.Sprintf("broken link %q: the site has no page %s", v, target)})
				continue
			}
			if frag != "" && strings.HasSuffix(target, ".html") && !scanHTML(data).ids[frag] {
				out = append(out, Problem{Path: a.Path, Line: line, Severity: Error, Rule: RuleLink,
					Message: fmt.Sprintf("broken anchor %q: no id %q in %s", v, frag, target)})
			}
		}
	}
	return out
}
