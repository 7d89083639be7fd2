package render

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	template "github.com/newsdesk/ruscompare/generator/internal/tmpl/html"
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
//
// A render of 10,000 articles kept about a hundred thousand fragments
// until it ended, the largest part of its live heap, and most were never
// asked for twice (a card on the articles index, a timeline entry's
// title): a fragment is therefore kept only from its second use on (the
// first only marks it seen, in a set of 8-byte hashes), its bytes packed
// into large arena blocks (no per-string rounding up to a size class, no
// half-empty builder buffers, few objects for the collector), and the
// index is a plain map under a lock rather than a sync.Map, whose trie
// nodes cost more than the keys.
type fragments struct {
	mu sync.RWMutex
	m  map[fragmentKey]template.HTML
	// seen are the hashes of the fragments made once (seenKey): a hash
	// that collides only keeps a fragment one use early.
	seen map[uint64]struct{}
	// block is the arena the next fragments are appended to; a full one is
	// left to the strings that point into it.
	block []byte
	// timelines are each company's Moments, read-only once made.
	timelines map[*site.Provider][]Moment
	// chrome are the layout's parts made by Page.Cached, by chromeKey.
	chrome map[string]template.HTML
}

// moments returns pr's Moments, made by mk on the first ask of the render.
func (f *fragments) moments(pr *site.Provider, mk func(*site.Provider) []Moment) []Moment {
	f.mu.RLock()
	m, ok := f.timelines[pr]
	f.mu.RUnlock()
	if ok {
		return m
	}
	m = mk(pr) // outside the lock: two pages may make it at once, alike
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.timelines == nil {
		f.timelines = map[*site.Provider][]Moment{}
	}
	if kept, ok := f.timelines[pr]; ok {
		return kept
	}
	f.timelines[pr] = m
	return m
}

// fragmentSeed seeds the hashes of fragments.seen; which fragments are
// kept changes nothing of the output.
var fragmentSeed = maphash.MakeSeed()

type fragmentKey struct {
	name, lang string
	item       any // a pointer into the site model
}

// fragmentBlock is the size of one arena block: large enough that the
// blocks are few, small enough that the last one's unused tail is
// negligible.
const fragmentBlock = 256 << 10

func (f *fragments) load(key fragmentKey) (template.HTML, bool) {
	f.mu.RLock()
	h, ok := f.m[key]
	f.mu.RUnlock()
	return h, ok
}

// seenKey hashes a key (the item by its address: the model does not move
// while a render runs) for the set of fragments made once.
func (f *fragments) seenKey(key fragmentKey, addr uintptr) uint64 {
	var h maphash.Hash
	h.SetSeed(fragmentSeed)
	h.WriteString(key.name)
	h.WriteByte(0)
	h.WriteString(key.lang)
	h.WriteByte(0)
	maphash.WriteComparable(&h, addr)
	return h.Sum64()
}

// keep returns the fragment b made for key (at the item address addr): a
// copy that is kept for the next pages when key was made before (see
// fragments), a copy of its own the first time.
func (f *fragments) keep(key fragmentKey, addr uintptr, b []byte) template.HTML {
	sk := f.seenKey(key, addr)
	f.mu.Lock()
	defer f.mu.Unlock()
	if h, ok := f.m[key]; ok {
		return h
	}
	if f.seen == nil {
		f.seen = map[uint64]struct{}{}
	}
	if _, ok := f.seen[sk]; !ok {
		f.seen[sk] = struct{}{}
		return template.HTML(string(b)) //nolint:gosec // html/template escaped it
	}
	return f.store(key, b)
}

// store keeps a copy of b under key and returns it; f.mu is held.
func (f *fragments) store(key fragmentKey, b []byte) template.HTML {
	if f.m == nil {
		f.m = map[fragmentKey]template.HTML{}
	}
	var s string
	switch {
	case len(b) == 0:
	case len(b) > fragmentBlock/8:
		s = string(b) // rare: a block of its own would waste the rest
	default:
		if cap(f.block)-len(f.block) < len(b) {
			f.block = make([]byte, 0, fragmentBlock)
		}
		at := len(f.block)
		f.block = append(f.block, b...)
		// The bytes at f.block[at:] are never written again: later
		// fragments are appended after them, and a full block is
		// replaced, not reused.
		s = unsafe.String(&f.block[at], len(b))
	}
	h := template.HTML(s) //nolint:gosec // html/template escaped it
	f.m[key] = h
	return h
}

// Fragment is the output of the template name (a define in partials.html)
// called with the item's view (fragmentView: a precomputed entry for
// artitem, artlink and evtitle, else (list page item)), made once per language and item for the whole render. The
// fragments it is used for show nothing of the page but its language, so
// their bytes are the same on every page of that language.
func (p *Page) Fragment(name string, item any) (template.HTML, error) {
	var addr uintptr // the item's address; 0: not kept
	switch v := item.(type) {
	case *site.Article:
		addr = uintptr(unsafe.Pointer(v))
	case *site.Quote:
		addr = uintptr(unsafe.Pointer(v))
	case *site.Evidence:
		addr = uintptr(unsafe.Pointer(v))
	}
	cacheable := addr != 0 && p.frags != nil
	key := fragmentKey{name: name, lang: p.Lang, item: item}
	if cacheable {
		if h, ok := p.frags.load(key); ok {
			return h, nil
		}
	}
	t := p.r.pages[p.Template]
	if t == nil {
		return "", fmt.Errorf("render: no template %q", p.Template)
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	if err := t.ExecuteTemplate(buf, name, p.fragmentView(name, item)); err != nil {
		return "", err
	}
	if cacheable {
		return p.frags.keep(key, addr, buf.Bytes()), nil
	}
	return template.HTML(buf.String()), nil //nolint:gosec // html/template escaped it
}

// Cached is the output of the template name (a define of layout.html)
// executed with this page, made once per render for each key: the
// layout's header and footer are the same on every page of a language and
// section, and walking their seventy-odd actions again for each of 20,000
// pages was a tenth of the render. As Hugo's partialCached, the key must
// name everything of the page the template shows (the define's comment
// says what); the pages that share a key get the first one's bytes. A
// page rendered outside a whole render (RenderArticle) has no cache and
// makes it each time.
func (p *Page) Cached(name string, key ...any) (template.HTML, error) {
	if p.frags == nil || p.r.uncached {
		return p.executeNamed(name)
	}
	k := chromeKey(name, key)
	p.frags.mu.RLock()
	h, ok := p.frags.chrome[k]
	p.frags.mu.RUnlock()
	if ok {
		return h, nil
	}
	h, err := p.executeNamed(name) // outside the lock: two pages may make it at once, alike
	if err != nil {
		return "", err
	}
	p.frags.mu.Lock()
	defer p.frags.mu.Unlock()
	if p.frags.chrome == nil {
		p.frags.chrome = map[string]template.HTML{}
	}
	p.frags.chrome[k] = h
	return h, nil
}

// chromeKey is the map key of a Cached call: the name and each part of
// the key, printed, separated by NUL bytes (which no key part holds).
func chromeKey(name string, key []any) string {
	var b strings.Builder
	b.WriteString(name)
	for _, v := range key {
		b.WriteByte(0)
		switch v := v.(type) {
		case string:
			b.WriteString(v)
		case bool:
			b.WriteString(strconv.FormatBool(v))
		default:
			fmt.Fprint(&b, v)
		}
	}
	return b.String()
}

// executeNamed executes the template name of the page's set with the page.
func (p *Page) executeNamed(name string) (template.HTML, error) {
	t := p.r.pages[p.Template]
	if t == nil {
		return "", fmt.Errorf("render: no template %q", p.Template)
	}
	var b strings.Builder
	if err := t.ExecuteTemplate(&b, name, p); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil //nolint:gosec // html/template escaped it
}
