package e2e

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"

	"github.com/newsdesk/ruscompare/generator/i18n"
	"github.com/newsdesk/ruscompare/generator/lexicon"
)

// uiPlaceholder splits a UI string at its %d / %s holes.
var uiPlaceholder = regexp.MustCompile(`%[ds%]`)

// englishUI are the English UI strings a Dutch page must not show: the
// fixed parts (between placeholders) of every en.yaml string, long enough
// to be a phrase, that no Dutch string contains too (words both
// languages share, "JSON Feed", are not English on a Dutch page).
func englishUI(t *testing.T) []string {
	t.Helper()
	cat := catalog(t)
	var dutch []string
	for _, k := range cat.Keys("nl") {
		dutch = append(dutch, cat.T("nl", k))
	}
	all := strings.Join(dutch, "\n")
	var out []string
	for _, k := range cat.Keys("en") {
		if strings.HasPrefix(k, "lang.") {
			continue // language names are shown in their own language
		}
		for _, part := range uiPlaceholder.Split(cat.T("en", k), -1) {
			part = strings.TrimSpace(strings.Trim(part, ":()·,.“”\""))
			if (len(part) >= 8 && strings.Contains(part, " ") || len(part) >= 10) && !strings.Contains(all, part) {
				out = append(out, part)
			}
		}
	}
	// The vocabulary's English labels (stances, measures), where the
	// Dutch label differs.
	lx, err := lexicon.Load(filepath.Join(repoRoot, "content", "data"))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range lx.Stances.Stances {
		if st.Label["en"] != st.Label["nl"] && len(st.Label["en"]) >= 8 {
			out = append(out, st.Label["en"])
		}
	}
	for _, m := range lx.Measures {
		if m.Label["en"] != m.Label["nl"] {
			out = append(out, m.Label["en"])
		}
	}
	return out
}

func catalog(t *testing.T) *i18n.Catalog {
	t.Helper()
	cat, err := i18n.Load(filepath.Join(repoRoot, "templates", "i18n"))
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// sameInBoth are the UI strings that are rightly the same in English and
// Dutch: formats, names and words Dutch borrows.
var sameInBoth = map[string]bool{
	"date.format": true, "feed.json": true, "og.provider": true, "desc.page": true,
	"og.alt.article": true, "og.alt.provider": true,
	"summary.measures": true, "summary.cite": true,
	"kind.software": true, "kind.hardware": true, "kind.e-commerce": true, "kind.hosting": true,
	"kind.streaming": true, "kind.cloud": true,
	"about.data": true, "footer.data": true, "provider.homepage": true, // "open data", "website" are Dutch too
	"review.filter": true, // "Filter" is the Dutch word too
}

// TestUIStringsTranslated wants every Dutch UI string to differ from the
// English one, except those listed in sameInBoth: an English string
// copied into nl.yaml is an untranslated string.
func TestUIStringsTranslated(t *testing.T) {
	cat := catalog(t)
	for _, k := range cat.Keys("en") {
		if cat.T("en", k) == cat.T("nl", k) && !sameInBoth[k] {
			t.Errorf("templates/i18n/nl.yaml: %s is the English %q", k, cat.T("en", k))
		}
	}
}

// TestDutchPagesHaveNoEnglishUI reads every page of the Dutch tree and
// wants none of the English UI strings in what it shows, except inside
// elements marked lang="en" (an English article's title or quote is
// content, not interface).
func TestDutchPagesHaveNoEnglishUI(t *testing.T) {
	dir := site(t, "/", false)
	english := englishUI(t)
	if len(english) < 50 {
		t.Fatalf("only %d English UI strings to look for: the test would check little", len(english))
	}
	pages := 0
	for _, rel := range htmlFiles(t, dir) {
		if !strings.HasPrefix(rel, "nl/") {
			continue
		}
		pages++
		doc := readPage(t, dir, rel)
		doc.Find(`[lang="en"], script, style`).Remove()
		var texts []string
		doc.Find("body").Each(func(_ int, s *goquery.Selection) { texts = append(texts, s.Text()) })
		doc.Find("[title], [aria-label], [placeholder], [alt]").Each(func(_ int, s *goquery.Selection) {
			for _, a := range []string{"title", "aria-label", "placeholder", "alt"} {
				if v, ok := s.Attr(a); ok {
					texts = append(texts, v)
				}
			}
		})
		doc.Find(`meta[name="description"], meta[property^="og:"]`).Each(func(_ int, s *goquery.Selection) {
			v, _ := s.Attr("content")
			texts = append(texts, v)
		})
		text := strings.Join(strings.Fields(strings.Join(texts, " ")), " ")
		for _, en := range english {
			if strings.Contains(text, en) {
				t.Errorf("%s shows the English UI string %q", rel, en)
			}
		}
	}
	if pages == 0 {
		t.Fatal("no Dutch pages")
	}
}

// TestDutchSlugs wants the Dutch tree addressed in Dutch: no page under
// nl/ has a stance's or measure's English id as a path segment where
// the vocabulary gives a Dutch slug, and every such slug has its page.
func TestDutchSlugs(t *testing.T) {
	dir := site(t, "/", false)
	lx, err := lexicon.Load(filepath.Join(repoRoot, "content", "data"))
	if err != nil {
		t.Fatal(err)
	}
	english := map[string]bool{}
	var want []string
	for _, st := range lx.Stances.Stances {
		if sl := st.Slug["nl"]; sl != "" && sl != st.ID {
			english[st.ID] = true
			want = append(want, "nl/houdingen/"+sl+"/index.html")
		}
	}
	for _, m := range lx.Measures {
		if sl := m.Slug["nl"]; sl != "" && sl != m.ID {
			english[m.ID] = true
			want = append(want, "nl/maatregelen/"+sl+"/index.html")
		}
	}
	if len(english) == 0 {
		t.Fatal("the vocabulary gives no Dutch slugs")
	}
	files := map[string]bool{}
	for _, rel := range htmlFiles(t, dir) {
		files[rel] = true
		if !strings.HasPrefix(rel, "nl/") {
			continue
		}
		for _, seg := range strings.Split(rel, "/") {
			if english[seg] {
				t.Errorf("%s: English segment %q in the Dutch tree", rel, seg)
			}
		}
	}
	for _, w := range want {
		if !files[w] {
			t.Errorf("%s is missing", w)
		}
	}
}
