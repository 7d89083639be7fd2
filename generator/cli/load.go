package cli

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/extract"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// loadArticles is content.LoadDir on every core: the same files (every
// <lang>/articles/*.md under root), the same order (by path) and the same
// joined errors, read and parsed by a worker pool. Each article is checked
// against lx as soon as it is read (diags[i] are the diagnostics of
// articles[i]) and then kept without its front-matter syntax tree, which
// only a write-back needs and which is several times the size of the
// file: a build of many articles holds little more than their text.
func loadArticles(root string, lx *lexicon.Lexicon) (articles []*content.Article, diags [][]content.Diagnostic, err error) {
	paths, err := content.ArticlePaths(root)
	if err != nil {
		return nil, nil, err
	}
	arts := make([]*content.Article, len(paths))
	ds := make([][]content.Diagnostic, len(paths))
	errs := make([]error, len(paths))
	parallel(len(paths), func(i int) {
		a, err := content.ReadFile(paths[i])
		if err != nil {
			errs[i] = err
			return
		}
		ds[i] = content.Validate(a, lx)
		arts[i] = lighten(a)
	})
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	return arts, ds, nil
}

// lighten copies the exported fields of an article, leaving behind the
// parsed front-matter kept for writing the file back.
func lighten(a *content.Article) *content.Article {
	return &content.Article{
		Path: a.Path, Slug: a.Slug, Lang: a.Lang, Title: a.Title, Subtitle: a.Subtitle,
		Date: a.Date, Source: a.Source, Draft: a.Draft,
		Providers: a.Providers, Quotes: a.Quotes, HasExtraction: a.HasExtraction,
		Rejected: a.Rejected,
		// A copy, so the file's text (of which the body is a slice) and
		// its front-matter are not kept alive by the body.
		Body: strings.Clone(a.Body), BodyLine: a.BodyLine, Extra: a.Extra,
	}
}

// extractAll extracts in memory, on every core, for the articles whose
// front-matter has no extraction, warning about each in article order.
// Each worker has its own extractor.
func extractAll(lx *lexicon.Lexicon, articles []*content.Article, warn io.Writer) error {
	var todo []*content.Article
	for _, a := range articles {
		if !a.HasExtraction {
			fmt.Fprintf(warn, "warning: %s: no providers or quotes in the front-matter; extracted in memory (run `generator extract --write %s` to review them)\n", a.Path, a.Path)
			todo = append(todo, a)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	workers := min(runtime.GOMAXPROCS(0), len(todo))
	xs := make([]*extract.Extractor, workers)
	for i := range xs {
		x, err := extract.New(lx)
		if err != nil {
			return err
		}
		xs[i] = x
	}
	next := make(chan *content.Article)
	var wg sync.WaitGroup
	for _, x := range xs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for a := range next {
				res := x.Extract(extract.Document{Lang: a.Lang, Title: a.Title, Subtitle: a.Subtitle, Body: a.Body})
				// What an editor rejected stays out, even before the
				// article's first extract --write.
				a.Providers, a.Quotes = a.Rejected.Drop(res.Providers, res.Quotes)
			}
		}()
	}
	for _, a := range todo {
		next <- a
	}
	close(next)
	wg.Wait()
	return nil
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
