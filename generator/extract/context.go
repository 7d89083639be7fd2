package extract

import "strings"

// resolveByContext gives ambiguous company names the provider the article
// means: a registry name that stands, in a text in this language, for a
// local company ("T-Mobile" in Dutch is T-Mobile Netherlands: providers.yaml
// local), and a group's name in an article that also names its national
// subsidiary ("Orange" beside "Orange Belgium": providers.yaml regions).
func (a *analysis) resolveByContext(lang string) {
	to := map[string]string{}
	for id := range a.e.orgs {
		if p, ok := a.x.lx.Provider(id); ok && p.Local[lang] != "" {
			to[id] = p.Local[lang]
		}
	}
	for id, o := range a.e.orgs {
		for oid, other := range a.e.orgs {
			if oid == id || !strings.HasPrefix(other.name, o.name+" ") {
				continue
			}
			if a.x.regions[strings.ToLower(strings.TrimPrefix(other.name, o.name+" "))] {
				to[id] = oid
			}
		}
	}
	if len(to) == 0 {
		return
	}
	for id, into := range to {
		if _, ok := a.e.orgs[into]; !ok {
			name := a.e.orgs[id].name
			if p, ok := a.x.lx.Provider(into); ok {
				name = p.Name
			}
			a.e.addOrg(into, name, false)
		}
		delete(a.e.orgs, id)
	}
	for i := range a.e.mentions {
		if into, ok := to[a.e.mentions[i].org]; ok {
			a.e.mentions[i].org = into
		}
	}
	for _, p := range a.e.people {
		if into, ok := to[p.org]; ok {
			p.org = into
		}
	}
}
