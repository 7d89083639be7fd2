package site

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"strings"
	"sync"

	"github.com/newsdesk/ruscompare/generator/content"
)

// Facts are what the model takes from one article's text alone: whether
// each evidence sentence and quote is in the body, its anchor id, the
// sentence around a quote, and the body's length in words (the excerpt's
// budget). Finding them folds and searches the whole body, which is most
// of what making the model costs; the rest only links articles to their
// companies, measures and speakers. A build session keeps each article's
// Facts (and the article cache stores them), so that after an edit only
// the edited article's text is searched again.
//
// Facts depend on nothing but the article's fields: the same article
// gives the same Facts whatever the rest of the site is.
type Facts struct {
	// Words is the number of words of the body.
	Words int
	// Spans are by the sentence's text as the front-matter writes it.
	Spans map[string]TextSpan
}

// TextSpan is what Facts know of one evidence sentence or quote.
type TextSpan struct {
	// Folded is FoldText of the text, Sum the hex of the first bytes of
	// its hash (AnchorID without the prefix).
	Folded, Sum string
	// Found is set when the folded body holds the folded text.
	Found bool
	// Context is the sentence (or run of sentences) of the body around a
	// quote that is found; "" for evidence sentences.
	Context string
}

// ArticleFacts finds the Facts of an article: every evidence sentence and
// quote its front-matter names, rejected or not (whatever the site's
// configuration publishes is among them).
func ArticleFacts(a *content.Article) *Facts {
	f := &Facts{Words: len(strings.Fields(a.Body)), Spans: map[string]TextSpan{}}
	body := FoldBody(a)
	add := func(text string) TextSpan {
		if sp, ok := f.Spans[text]; ok {
			return sp
		}
		sp := span(text)
		sp.Found = strings.Contains(body, sp.Folded)
		f.Spans[text] = sp
		return sp
	}
	for _, p := range a.Providers {
		for _, ev := range p.Evidence {
			if strings.TrimSpace(ev.Text) != "" {
				add(ev.Text)
			}
		}
	}
	var paras []string // the body's plain paragraphs, made for the first quote found
	for _, q := range a.Quotes {
		if strings.TrimSpace(q.Text) == "" {
			continue
		}
		sp := add(q.Text)
		if sp.Found && sp.Context == "" {
			if paras == nil {
				paras = plainParagraphs(a.Body)
			}
			sp.Context = sentenceAround(paras, q.Text)
			f.Spans[q.Text] = sp
		}
	}
	return f
}

// span is a TextSpan of text without its place in a body.
func span(text string) TextSpan {
	folded := FoldText(text)
	sum := sha256.Sum256([]byte(folded))
	return TextSpan{Folded: folded, Sum: hex.EncodeToString(sum[:4])}
}

// span returns the TextSpan of text; a text the Facts were not made with (a
// caller's mistake) is never found, which at worst leaves a link pointing
// at the article rather than at the sentence.
func (f *Facts) span(text string) TextSpan {
	if sp, ok := f.Spans[text]; ok {
		return sp
	}
	return span(text)
}

// AllFacts finds the Facts of every published article (nil for the
// others) on every core.
func AllFacts(articles []*content.Article, drafts bool) []*Facts {
	out := make([]*Facts, len(articles))
	var wg sync.WaitGroup
	workers := max(1, runtime.GOMAXPROCS(0))
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(articles); i += workers {
				if a := articles[i]; a != nil && (!a.Draft || drafts) {
					out[i] = ArticleFacts(a)
				}
			}
		}()
	}
	wg.Wait()
	return out
}
