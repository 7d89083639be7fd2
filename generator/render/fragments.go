package render

import (
	"fmt"
	"html/template"
	"strings"
	"sync"

	"github.com/newsdesk/ruscompare/generator/site"
)

// fragments holds, for one render, the bytes of the listing entries that
// appear on many pages: an article's card is on the articles index, its
// source's page, the home page and the "other coverage" of every article
// that shares a company with it; a quote's card is on the quotes index,
// its company's pages and its speaker's. Each is made once per language
// and its bytes reused, instead of walking the same template (through
// reflection) on every page.
//
// The key is the item's pointer, which is stable for one render because
// the site model does not change while it runs; the cache lives only as
// long as that render (a later one may have a new model whose objects
// reuse freed addresses).
type fragments struct {
	m sync.Map // fragmentKey -> template.HTML
}

type fragmentKey struct {
	name, lang string
	item       any // a pointer into the site model
}

// Fragment is the output of the template name (a define in partials.html)
// called with (list page item), as {{template name (list $ item)}} would
// write it, made once per language and item for the whole render. The
// fragments it is used for show nothing of the page but its language, so
// their bytes are the same on every page of that language.
func (p *Page) Fragment(name string, item any) (template.HTML, error) {
	cacheable := false
	switch item.(type) {
	case *site.Article, *site.Quote, *site.Evidence:
		cacheable = p.frags != nil
	}
	key := fragmentKey{name: name, lang: p.Lang, item: item}
	if cacheable {
		if h, ok := p.frags.m.Load(key); ok {
			return h.(template.HTML), nil
		}
	}
	t := p.r.pages[p.Template]
	if t == nil {
		return "", fmt.Errorf("render: no template %q", p.Template)
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, name, []any{p, item}); err != nil {
		return "", err
	}
	h := template.HTML(b.String()) //nolint:gosec // html/template escaped it
	if cacheable {
		p.frags.m.Store(key, h)
	}
	return h, nil
}
