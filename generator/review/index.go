// Package review is the editor's desk of the preview (serve's /_review/):
// every machine-made claim nobody has reviewed yet, lowest confidence
// first, with the sentence that supports it in its paragraph, and forms to
// accept, reject or correct it. Every action rewrites the article's
// front-matter through content's round-trip writer, so comments, key order
// and the editor's own keys survive.
package review

import (
	"cmp"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/newsdesk/ruscompare/generator/content"
)

// Claim is one machine-made item awaiting review: a provider with its
// stance and measures, or a quote with its speaker.
type Claim struct {
	// File is the article's path relative to the content folder, slash
	// separated: what the forms send back.
	File  string
	Title string
	Lang  string
	Line  int

	Kind string // "provider" or "quote"
	// Key names the item in its article (a provider id, a quote's
	// QuoteKey) and Fingerprint is its extracted: value, so an action on
	// an item changed since the page was shown is refused.
	Key         string
	Fingerprint string

	Company  string // provider id (of the quote, for a quote)
	Stance   string
	Measures []string
	Quote    string
	Speaker  string
	// Edited is true when an editor changed the item without marking it
	// reviewed (a measure removed here, say): it stays on the desk.
	Edited     bool
	Confidence float64
	Evidence   []Context
}

// Context is an evidence sentence in its paragraph.
type Context struct {
	Field                string // "stance", "measure:<id>", "quote"
	Before, Match, After string
}

// fileEntry is what the index keeps of one article: its claims, and the
// file's size and time so that a change is seen at the next request.
type fileEntry struct {
	mod    time.Time
	size   int64
	claims []Claim
	err    string
}

// index holds the claims of every article, re-reading only the files that
// changed since the last request: a stat per article, not a parse.
type index struct {
	root  string
	mu    sync.Mutex
	files map[string]*fileEntry // by absolute path
	// claims and broken are the last answer, kept while no file changes:
	// a later page or filter then costs the stats alone.
	claims []Claim
	broken []string
	valid  bool
}

func newIndex(root string) *index {
	return &index{root: root, files: map[string]*fileEntry{}}
}

// refresh brings the index up to date with the content folder and returns
// every claim and the files that failed to parse.
func (ix *index) refresh() ([]Claim, []string, error) {
	paths, err := content.ArticlePaths(ix.root)
	if err != nil {
		return nil, nil, err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	type job struct {
		path string
		fi   os.FileInfo
	}
	var stale []job
	seen := make(map[string]bool, len(paths))
	for _, p := range paths {
		seen[p] = true
		fi, err := os.Stat(p)
		if err != nil {
			delete(ix.files, p)
			continue
		}
		if e, ok := ix.files[p]; ok && e.mod.Equal(fi.ModTime()) && e.size == fi.Size() {
			continue
		}
		stale = append(stale, job{p, fi})
	}
	for p := range ix.files {
		if !seen[p] {
			delete(ix.files, p)
			ix.valid = false
		}
	}
	if len(stale) == 0 && ix.valid {
		return ix.claims, ix.broken, nil
	}
	// The first request reads every article: on all cores.
	results := make([]*fileEntry, len(stale))
	var wg sync.WaitGroup
	workers := max(1, min(runtime.GOMAXPROCS(0), len(stale)))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(stale); i += workers {
				results[i] = ix.read(stale[i].path, stale[i].fi)
			}
		}()
	}
	wg.Wait()
	for i, j := range stale {
		ix.files[j.path] = results[i]
	}
	var claims []Claim
	var broken []string
	for _, p := range paths {
		e, ok := ix.files[p]
		if !ok {
			continue
		}
		claims = append(claims, e.claims...)
		if e.err != "" {
			broken = append(broken, e.err)
		}
	}
	sortClaims(claims)
	ix.claims, ix.broken, ix.valid = claims, broken, true
	return claims, broken, nil
}

func (ix *index) read(path string, fi os.FileInfo) *fileEntry {
	e := &fileEntry{mod: fi.ModTime(), size: fi.Size()}
	a, err := content.ReadFile(path)
	if err != nil {
		e.err = err.Error()
		return e
	}
	rel, err := filepath.Rel(ix.root, path)
	if err != nil {
		rel = path
	}
	e.claims = claimsOf(a, filepath.ToSlash(rel))
	return e
}

// Awaiting reports whether an item is for the desk: extraction made it
// and no editor has reviewed it.
func awaiting(extracted string, reviewed, rejected bool) bool {
	return extracted != "" && !reviewed && !rejected
}

// claimsOf lists the claims of one article awaiting review.
func claimsOf(a *content.Article, rel string) []Claim {
	var out []Claim
	title := a.Title
	if title == "" {
		title = a.Slug
	}
	paras := paragraphs(a.Body)
	for _, p := range a.Providers {
		if !awaiting(p.Extracted, p.Reviewed, p.Rejected) {
			continue
		}
		c := Claim{File: rel, Title: title, Lang: a.Lang, Line: p.Line, Kind: "provider", Key: p.ID,
			Fingerprint: p.Extracted, Company: p.ID, Stance: p.Stance, Measures: slices.Clone(p.Measures),
			Edited: !p.MachineMade(), Confidence: content.Weakest(p.Confidence, p.StanceConfidence)}
		for _, e := range p.Evidence {
			c.Confidence = content.Weakest(c.Confidence, e.Confidence)
			c.Evidence = append(c.Evidence, inContext(paras, e.Field, e.Text))
		}
		out = append(out, c)
	}
	for _, q := range a.Quotes {
		if !awaiting(q.Extracted, q.Reviewed, q.Rejected) {
			continue
		}
		out = append(out, Claim{File: rel, Title: title, Lang: a.Lang, Line: q.Line, Kind: "quote",
			Key: content.QuoteKey(q.Text), Fingerprint: q.Extracted, Company: q.Provider, Quote: q.Text,
			Speaker: q.Speaker, Edited: !q.MachineMade(), Confidence: q.Confidence,
			Evidence: []Context{inContext(paras, "quote", q.Text)}})
	}
	return out
}

// sortClaims puts the lowest confidence first, then by file and line, so
// that the order is the same on every request. (File and line are unique,
// so an unstable sort gives one order.)
func sortClaims(cs []Claim) {
	slices.SortFunc(cs, func(x, y Claim) int {
		return cmp.Or(cmp.Compare(x.Confidence, y.Confidence), cmp.Compare(x.File, y.File), cmp.Compare(x.Line, y.Line))
	})
}

// paragraphs splits a markdown body at blank lines.
func paragraphs(body string) []string {
	body = strings.ReplaceAll(body, "\r\n", "\n")
	var out []string
	for _, p := range strings.Split(body, "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// contextRunes is how much of a long paragraph is shown on each side of
// the sentence.
const contextRunes = 240

// inContext finds the paragraph that holds text and cuts it around it.
// A sentence not found verbatim (the body changed) is shown alone.
func inContext(paras []string, field, text string) Context {
	for _, p := range paras {
		i := strings.Index(p, text)
		if i < 0 {
			continue
		}
		before, after := []rune(p[:i]), []rune(p[i+len(text):])
		c := Context{Field: field, Match: text}
		if len(before) > contextRunes {
			c.Before = "…" + string(before[len(before)-contextRunes:])
		} else {
			c.Before = string(before)
		}
		if len(after) > contextRunes {
			c.After = string(after[:contextRunes]) + "…"
		} else {
			c.After = string(after)
		}
		return c
	}
	return Context{Field: field, Match: text}
}
