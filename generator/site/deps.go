package site

import (
	"slices"
	"strings"
)

// DependentDirs returns, for every article (by its source path), the
// output folders whose pages show something of it: its own page, the pages
// of its companies, speakers and source in every language, the articles it
// lists as other coverage and those that list it. An incremental build
// re-renders these (and every page that depends on no single article) when
// the article changes. Stance and measure pages list companies by their
// consolidated stance, which any article may move: they count as indexes.
func (s *Site) DependentDirs() map[string][]string {
	listedBy := map[*Article][]*Article{}
	for _, a := range s.Articles {
		for _, r := range a.Related {
			listedBy[r] = append(listedBy[r], a)
		}
	}
	out := make(map[string][]string, len(s.Articles))
	// The folders of companies, speakers and sources are each named by
	// many articles: one string per folder, shared, rather than one per
	// article that names it (a build keeps these until it ends; at
	// 100,000 articles the copies were about 80 MB).
	dirs := map[string]string{}
	intern := func(p string) string {
		if d, ok := dirs[p]; ok {
			return d
		}
		dirs[p] = p
		return p
	}
	for _, a := range s.Articles {
		if a.Src == nil {
			continue
		}
		out[a.Src.Path] = s.dependentDirs(a, listedBy[a], intern)
	}
	return out
}

func (s *Site) dependentDirs(a *Article, listedBy []*Article, intern func(string) string) []string {
	// A slice sorted and made unique at the end: an article names a few
	// dozen folders at most, and a map per article was most of the cost
	// at 10,000 articles.
	// Sized for every folder it may add, so that it never grows (a grown
	// slice's spare half stays with the manifest until the build ends).
	out := make([]string, 0, 1+len(s.Config.Languages)*(len(a.Reports)+2*len(a.Quotes)+1)+len(a.Related)+len(listedBy))
	add := func(p string) {
		if p != "" {
			out = append(out, p)
		}
	}
	add(a.Path)
	for _, lang := range s.Config.Languages {
		for _, r := range a.Reports {
			if r.Provider != nil {
				add(intern(Item(lang, KindProviders, r.Provider.ID)))
			}

		}
		for _, q := range a.Quotes {
			if q.Speaker != nil {
				add(intern(Item(lang, KindSpeakers, q.Speaker.Slug)))
			}
			if q.Provider != nil {
				add(intern(Item(lang, KindProviders, q.Provider.ID)))
			}
		}
		if a.Source != nil {
			add(intern(Item(lang, KindSources, a.Source.Slug)))
		}
	}
	for _, r := range a.Related {
		add(r.Path)
	}
	for _, r := range listedBy {
		add(r.Path)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Signatures returns, for every company page folder, a summary of what it
// shows of other companies (its related companies, their names and
// consolidated stances, the measures they share): a company page must be
// rendered again when that changes, even if none of its own articles did.
func (s *Site) Signatures() map[string]string {
	out := make(map[string]string, len(s.Providers)*len(s.Config.Languages))
	for _, p := range s.Providers {
		var b strings.Builder
		b.WriteString(p.Stance)
		for _, r := range p.Related {
			b.WriteString("|" + r.Provider.ID + ":" + r.Provider.Name + ":" + r.Provider.Stance)
			for _, m := range r.Shared {
				b.WriteString("," + m.ID)
			}
		}
		for _, lang := range s.Config.Languages {
			out[Item(lang, KindProviders, p.ID)] = b.String()
		}
	}
	return out
}
