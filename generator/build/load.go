package build

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/extract"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/site"
)

// loadDocs reads the article files at paths on every core. A file whose
// size and modification time are those its doc in prev was read with is
// not read again (see doc.unchanged); a file whose content hash matches
// its doc in prev is not parsed again; the others are parsed, checked against lx and, when their front-matter has no
// extraction, extracted in memory (one extractor per worker). The errors
// of every file are joined, so one bad file does not hide the others.
//
// With settle set (a session that renders once and keeps no article
// cache), each parsed doc's Facts are found as soon as it is parsed (and
// extracted) and its body let go (doc.settle): the bodies of every
// article never sit in the heap at once, which at 100,000 articles was
// 450 MB of the load's peak.
func loadDocs(lx *lexicon.Lexicon, paths []string, prev map[string]*doc, settle bool) (map[string]*doc, Stats, error) {
	docs := make([]*doc, len(paths))
	parsed := make([]bool, len(paths))
	errs := make([]error, len(paths))
	read := make([]bool, len(paths))
	parallel(len(paths), func(i int) {
		d := prev[paths[i]]
		info, err := os.Stat(paths[i])
		if err != nil {
			errs[i] = err
			return
		}
		if d.unchanged(info) {
			docs[i] = d
			return
		}
		checked := time.Now()
		data, err := os.ReadFile(paths[i])
		if err != nil {
			errs[i] = err
			return
		}
		read[i] = true
		hash := Hash(data)
		if d != nil && d.Hash == hash {
			docs[i] = d.statted(info, checked)
			return
		}
		docs[i], errs[i] = parseDoc(lx, paths[i], data, hash)
		if docs[i] != nil {
			docs[i] = docs[i].statted(info, checked)
			if settle && docs[i].Article.HasExtraction {
				docs[i].settle()
			}
		}
		parsed[i] = true
	})
	if err := errors.Join(errs...); err != nil {
		return nil, Stats{}, err
	}
	var stats Stats
	for _, r := range read {
		if r {
			stats.Read++
		}
	}
	var todo []*doc
	for i, d := range docs {
		if parsed[i] {
			stats.Parsed++
			if !d.Article.HasExtraction {
				todo = append(todo, d)
			}
		}
	}
	if err := extractAll(lx, todo, settle); err != nil {
		return nil, Stats{}, err
	}
	stats.Extracted = len(todo)
	out := make(map[string]*doc, len(paths))
	for i, p := range paths {
		out[p] = docs[i]
	}
	return out, stats, nil
}

// racyWindow is how long after a file's modification time a read of it
// is trusted to have seen that modification's bytes: a file system's
// times may be as coarse as a second, and an editor may save twice
// within one tick, the second save keeping the size.
const racyWindow = 2 * time.Second

// unchanged reports whether the file, as stat describes it now, is the
// one d was read from: same size and modification time, and that time
// was well before the read (otherwise a later save within the same tick
// of the clock could look the same), as git trusts its index.
func (d *doc) unchanged(info os.FileInfo) bool {
	return d != nil && d.Size == info.Size() && d.ModTime == info.ModTime().UnixNano() &&
		d.Checked-d.ModTime > int64(racyWindow)
}

// statted is d (a copy when it changes: docs are shared between a
// session's states) with the file's size and time as read at checked.
func (d *doc) statted(info os.FileInfo, checked time.Time) *doc {
	size, mod, at := info.Size(), info.ModTime().UnixNano(), checked.UnixNano()
	if d.Size == size && d.ModTime == mod && d.Checked == at {
		return d
	}
	c := *d
	c.Size, c.ModTime, c.Checked = size, mod, at
	return &c
}

// parseDoc parses and checks one article file. The article is kept
// without its front-matter syntax tree, which only a write-back needs and
// which is several times the size of the file: a site of many articles
// holds little more than their text.
func parseDoc(lx *lexicon.Lexicon, path string, data []byte, hash string) (*doc, error) {
	a, err := content.Parse(path, data)
	if err != nil {
		return nil, err
	}
	return &doc{Hash: hash, Front: frontHash(data, a.Body), Article: lighten(a), Diags: content.Validate(a, lx)}, nil
}

// frontHash hashes what a file says besides its body (the body is the
// end of the file); a file whose body is not its end is hashed whole,
// which only makes every edit of it reach its listings.
func frontHash(data []byte, body string) string {
	if n := len(data) - len(body); n >= 0 && string(data[n:]) == body {
		data = data[:n]
	}
	return Hash(data)
}

// lighten copies the exported fields of an article, leaving behind the
// parsed front-matter kept for writing the file back.
func lighten(a *content.Article) *content.Article {
	return &content.Article{
		Path: a.Path, Slug: a.Slug, Lang: a.Lang, Title: a.Title, Subtitle: a.Subtitle,
		Date: a.Date, Source: a.Source, Draft: a.Draft,
		Providers: a.Providers, Quotes: a.Quotes, HasExtraction: a.HasExtraction,
		Rejected: a.Rejected, Author: a.Author,
		// A copy, so the file's text (of which the body is a slice) and
		// its front-matter are not kept alive by the body.
		Body: strings.Clone(a.Body), BodyLine: a.BodyLine, Extra: a.Extra,
	}
}

// extractAll extracts in memory, on every core, for docs whose
// front-matter has no extraction. Each worker has its own extractor.
// With settle, each doc is settled once extracted (see loadDocs).
func extractAll(lx *lexicon.Lexicon, todo []*doc, settle bool) error {
	if len(todo) == 0 {
		return nil
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	errs := make([]error, workers)
	next := make(chan *doc)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Each worker compiles its own extractor (a fifth of a
			// second of regular expressions), all at once rather than
			// one after the other before any starts.
			x, err := extract.New(lx)
			if err != nil {
				errs[i] = fmt.Errorf("extract: %w", err)
				for range next {
				}
				return
			}
			for d := range next {
				extractInto(x, d)
				if settle {
					d.settle()
				}
			}
		}()
	}
	for _, d := range todo {
		next <- d
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}

// settle finds a doc's Facts, the one thing the model needs of its
// body, and lets the body go (as state.dropBodies does): the article
// page reads it again from the file.
func (d *doc) settle() {
	d.Facts = site.ArticleFacts(d.Article)
	d.bodyLen = len(d.Article.Body)
	d.Article.Body = ""
}

// extractInto fills a doc's article with what extraction finds.
func extractInto(x *extract.Extractor, d *doc) {
	a := d.Article
	// An extractor bug on one article must not stop the whole site: the
	// article builds without machine claims, and the editor is told which
	// file to report.
	defer func() {
		if r := recover(); r != nil {
			d.Diags = append(d.Diags, content.Diagnostic{Path: a.Path, Severity: content.Warning,
				Message: fmt.Sprintf("extraction failed, built without machine claims (please report this article): %v", r)})
			d.InMem = true
		}
	}()
	res := x.Extract(extract.Document{Lang: a.Lang, Title: a.Title, Subtitle: a.Subtitle, Body: a.Body})
	// What an editor rejected stays out, even before the article's first
	// extract --write.
	a.Providers, a.Quotes = a.Rejected.Drop(res.Providers, res.Quotes)
	detachTexts(a.Providers, a.Quotes)
	d.InMem = true
	// What extraction found comes from the body: part of what the
	// article's listings show.
	found, err := json.Marshal(struct {
		P []content.Provider
		Q []content.Quote
	}{a.Providers, a.Quotes})
	if err != nil {
		d.Front = d.Hash // cannot tell: every edit reaches the listings
		return
	}
	d.Front = Hash([]byte(d.Front + "\x00extracted\x00" + string(found)))
}

// detachTexts gives the texts extraction found (sentences, names) their
// own memory. Extraction cuts them out of one string of the title and the
// whole body, so each kept sentence kept that string alive: about 4 KB
// an extracted article, for the whole build, once the body itself was let
// go (43 MB at 100,000 articles, a tenth of them extracted in memory).
func detachTexts(providers []content.Provider, quotes []content.Quote) {
	for i := range providers {
		p := &providers[i]
		p.Name = strings.Clone(p.Name)
		for j := range p.Evidence {
			p.Evidence[j].Text = strings.Clone(p.Evidence[j].Text)
		}
	}
	for i := range quotes {
		q := &quotes[i]
		q.Text, q.Speaker = strings.Clone(q.Text), strings.Clone(q.Speaker)
	}
}

// parallel calls f(0..n-1) on every core.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int, 256)
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
