package site

import (
	"crypto/sha256"
	"encoding/hex"
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsdesk/ruscompare/generator/content"
)

// Facts are what the model takes from one article's body alone: which
// evidence sentences and quotes it holds, the sentence around each quote,
// and its length in words (the excerpt's budget). Finding them folds and
// searches the whole body, which was most of what making the model cost;
// the rest only links articles to their companies, measures and speakers.
// A build session keeps each article's Facts (and the article cache
// stores them), so that after an edit only the edited article's body is
// searched again. They are kept small (no copy of the texts), since a
// build holds those of every article.
//
// Facts depend on nothing but the article's fields: the same article
// gives the same Facts whatever the rest of the site is.
type Facts struct {
	// Words is the number of words of the body.
	Words int
	// Found are the evidence sentences and quotes the body holds, by the
	// sum of their folded text (the anchor id without its prefix); for a
	// quote, the value is the sentence (or run of sentences) around it.
	Found map[string]string
}

// ArticleFacts finds the Facts of an article: every evidence sentence and
// quote its front-matter names, rejected or not (whatever the site's
// configuration publishes is among them).
func ArticleFacts(a *content.Article) *Facts {
	f := &Facts{Words: countWords(a.Body), Found: map[string]string{}}
	body := FoldBody(a)
	found := func(text string) (string, bool) {
		folded, sum := foldSum(text)
		if !strings.Contains(body, folded) {
			return sum, false
		}
		if _, ok := f.Found[sum]; !ok {
			f.Found[sum] = ""
		}
		return sum, true
	}
	for _, p := range a.Providers {
		for _, ev := range p.Evidence {
			if strings.TrimSpace(ev.Text) != "" {
				found(ev.Text)
			}
		}
	}
	var paras *paragraphs // the body's plain paragraphs, made for the first quote found
	for _, q := range a.Quotes {
		if strings.TrimSpace(q.Text) == "" {
			continue
		}
		if sum, ok := found(q.Text); ok && f.Found[sum] == "" {
			if paras == nil {
				paras = newParagraphs(plainParagraphs(a.Body))
			}
			// A copy: the sentence is cut from a paragraph of the body,
			// which it would otherwise keep alive as long as the Facts
			// (a whole build).
			f.Found[sum] = strings.Clone(sentenceAround(paras, q.Text))
		}
	}
	return f
}

// countWords is len(strings.Fields(s)) without the slice of words, which
// was 300 MB of garbage over a 10,000-article build: the runs of
// non-space runes (unicode.IsSpace; an invalid byte is not a space).
func countWords(s string) int {
	n := 0
	inWord := false
	for i := 0; i < len(s); {
		// ASCII without decoding or the Unicode tables (IsSpace's rule
		// for it): a body is nearly all ASCII.
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if c == ' ' || '\t' <= c && c <= '\r' {
				inWord = false
			} else if !inWord {
				inWord = true
				n++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			inWord = false
		} else if !inWord {
			inWord = true
			n++
		}
	}
	return n
}

// foldSum returns FoldText of text and the hex of the first bytes of the
// folded text's hash (AnchorID without the prefix).
func foldSum(text string) (folded, sum string) {
	folded = FoldText(text)
	h := sha256.Sum256([]byte(folded))
	return folded, hex.EncodeToString(h[:4])
}

// found reports whether the body holds the text whose anchor id is id
// (prefix-sum), and for a quote the sentence around it.
func (f *Facts) found(id string) (context string, ok bool) {
	_, sum, _ := strings.Cut(id, "-")
	context, ok = f.Found[sum]
	return context, ok
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
