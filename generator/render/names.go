package render

import (
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Registry values are ids in providers.yaml and stances.yaml ("cdn",
// "US", "Withdrawal"); a page shows them in its language.

// KindName is a registry kind in the page's language: the UI string
// kind.<id>, or the id when the UI files lack it.
func (p *Page) KindName(kind string) string {
	if key := "kind." + kind; p.r.cat.Has(p.Lang, key) {
		return p.T(key)
	}
	return kind
}

// CountryName is an ISO 3166 country code as the page's language names
// the country (CLDR's names, from golang.org/x/text), or the code.
func (p *Page) CountryName(code string) string {
	region, err := language.ParseRegion(strings.TrimSpace(code))
	if err != nil {
		return code
	}
	tag, err := language.Parse(p.Lang)
	if err != nil {
		return code
	}
	if name := display.Regions(tag).Name(region); name != "" {
		return name
	}
	return code
}

// CELIName is a Yale CELI grade in the page's language (the UI string
// celi.<grade, lowercased, spaces and slashes as dashes>), or the grade.
func (p *Page) CELIName(grade string) string {
	key := "celi." + strings.NewReplacer(" / ", "-", " ", "-").Replace(strings.ToLower(grade))
	if p.r.cat.Has(p.Lang, key) {
		return p.T(key)
	}
	return grade
}

// RoleName is a speaker's title (people.yaml role, written in English) in
// the page's language: the English phrases of the UI strings role.<phrase>
// are replaced by their translation, longest first, and English month
// names by the language's ("CEO (until June 2022)" becomes "CEO (tot juni
// 2022)"). Words without a translation stay as they are.
func (p *Page) RoleName(role string) string {
	if p.Lang == "en" || role == "" {
		return role
	}
	return p.r.roleReplacer(p.Lang).Replace(role)
}

func (r *Renderer) roleReplacer(lang string) *strings.Replacer {
	if v, ok := r.roles.Load(lang); ok {
		return v.(*strings.Replacer)
	}
	type pair struct{ from, to string }
	var pairs []pair
	for _, k := range r.cat.Keys(lang) {
		if phrase, ok := strings.CutPrefix(k, "role."); ok {
			pairs = append(pairs, pair{phrase, r.cat.T(lang, k)})
		}
	}
	for i := 1; i <= 12; i++ {
		key := "month." + strconv.Itoa(i)
		pairs = append(pairs, pair{r.cat.T("en", key), r.cat.T(lang, key)})
	}
	// Longest first, so "Vice President" is replaced before "President".
	sort.SliceStable(pairs, func(i, j int) bool { return len(pairs[i].from) > len(pairs[j].from) })
	var args []string
	for _, pr := range pairs {
		args = append(args, pr.from, pr.to)
	}
	rep := strings.NewReplacer(args...)
	r.roles.Store(lang, rep)
	return rep
}
