package check

import (
	"crypto/sha256"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/newsdesk/ruscompare/generator/content"
	"github.com/newsdesk/ruscompare/generator/ingest"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"github.com/newsdesk/ruscompare/generator/site"
)

// DefaultMinConfidence is the confidence under which a machine-made item
// is listed as awaiting review: below it extraction is wrong often enough
// (shared/spec/extraction.md) that a person should look.
const DefaultMinConfidence = 0.6

// Articles checks every article against the vocabulary and against each
// other. lx may be nil when the data files did not load; the checks that
// need it are then skipped (the data file's own error says why).
func Articles(articles []*content.Article, lx *lexicon.Lexicon, minConfidence float64) []Problem {
	var out []Problem
	for _, a := range articles {
		out = append(out, Article(a, lx, minConfidence)...)
	}
	out = append(out, duplicates(articles)...)
	return out
}

// Article checks one article.
func Article(a *content.Article, lx *lexicon.Lexicon, minConfidence float64) []Problem {
	var out []Problem
	add := func(line int, sev Severity, rule, format string, args ...any) {
		out = append(out, Problem{Path: a.Path, Line: line, Severity: sev, Rule: rule, Message: fmt.Sprintf(format, args...)})
	}
	// The content model's own validation: lang, date, stance, measure and
	// quote-kind ids, confidences. Missing lang is a "missing" problem.
	for _, d := range content.Validate(a, lx) {
		sev, rule := Error, RuleField
		if d.Severity == content.Warning {
			sev = Warning
		}
		if strings.HasPrefix(d.Message, "lang is missing") {
			rule = RuleMissing
		}
		add(d.Line, sev, rule, "%s", d.Message)
	}

	keys := keyLines(a.Path)
	at := func(key string) int {
		if l, ok := keys[key]; ok {
			return l
		}
		return 1
	}
	if strings.TrimSpace(a.Title) == "" {
		add(at("title"), Error, RuleMissing, "title is missing")
	}
	// An undated or unsourced article still builds, but readers cannot
	// place it: a warning, so that check passes while the editor finds out.
	if a.Date == "" {
		add(at("date"), Warning, RuleMissing, "date is missing (YYYY-MM-DD of publication)")
	}
	if a.Source.Name == "" && a.Source.URL == "" {
		add(at("source"), Warning, RuleMissing, "source is missing (name and url of the outlet)")
	} else if a.Source.URL == "" {
		add(at("source"), Warning, RuleMissing, "source has no url")
	} else if a.Source.Name == "" {
		add(at("source"), Warning, RuleMissing, "source has no name")
	}
	if want, err := ingest.Slug(a.Slug); err == nil && want != a.Slug {
		add(1, Warning, RuleSlugInvalid, "file name %q is not a clean slug (rename it %s.md)", a.Slug, want)
	}

	body := site.FoldText(stripLinkTargets(a.Body))
	for _, p := range a.Providers {
		line := max(p.Line, 1)
		if lx != nil && p.ID != "" {
			_, known := lx.Provider(p.ID)
			switch {
			case !known && p.Unregistered:
				add(line, Warning, RuleUnregister, "provider %q is not in %s; add it, for example:\n  - {id: %s, name: %s, kind: other, country: \"\"}",
					p.ID, filepath.Join(lx.Dir, "providers.yaml"), p.ID, yamlScalar(nameOr(p.Name, p.ID)))
			case !known:
				add(line, Error, RuleProvider, "unknown provider id %q: not in %s (fix the id, add the company to the registry, or mark the item unregistered: true); %s",
					p.ID, filepath.Join(lx.Dir, "providers.yaml"), content.UnknownID(p.ID, providerIDs(lx), filepath.Join(lx.Dir, "providers.yaml")))
			case p.Unregistered:
				add(line, Warning, RuleUnregister, "provider %q is in the registry now; remove unregistered: true", p.ID)
			}
		}
		for _, e := range p.Evidence {
			if strings.TrimSpace(e.Text) == "" {
				continue
			}
			// Evidence may also be the headline, which extraction reads too.
			if !strings.Contains(body, site.FoldText(e.Text)) && site.FoldText(e.Text) != site.FoldText(a.Title) {
				add(max(e.Line, line), Error, RuleVerbatim, "evidence of %q (%s) is not in the body or the title verbatim: %q", p.ID, e.Field, clip(e.Text))
			}
		}
		// A claim is as weak as its weakest part: the company may be right
		// and its stance a guess.
		if c := content.Weakest(p.Confidence, p.StanceConfidence); p.MachineMade() && c < minConfidence {
			add(line, Warning, RuleReview, "awaiting review: provider %q was extracted with confidence %.2f (stance %.2f; under %.2f): review it on /_review/ of `generator serve`, or mark it reviewed: true",
				p.ID, p.Confidence, p.StanceConfidence, minConfidence)
		}
	}
	for _, q := range a.Quotes {
		line := max(q.Line, 1)
		if strings.TrimSpace(q.Text) != "" && !strings.Contains(body, site.FoldText(q.Text)) {
			// A quote that runs over paragraphs reopens with a quotation
			// mark in the body: it is the speaker's words, but the page
			// cannot highlight it as one span.
			if strings.Contains(unquoted(body), unquoted(site.FoldText(q.Text))) {
				add(line, Warning, RuleVerbatim, "quote runs over a paragraph break, so the page cannot highlight it (split it in two quotes): %q", clip(q.Text))
			} else {
				add(line, Error, RuleVerbatim, "quote is not in the body verbatim: %q", clip(q.Text))
			}
		}
		if lx != nil && q.Provider != "" {
			if _, known := lx.Provider(q.Provider); !known && !reportsUnregistered(a, q.Provider) {
				add(line, Error, RuleProvider, "quote names unknown provider id %q: not in %s; %s", q.Provider, filepath.Join(lx.Dir, "providers.yaml"),
					content.UnknownID(q.Provider, providerIDs(lx), filepath.Join(lx.Dir, "providers.yaml")))
			}
		}
		if q.MachineMade() && q.Confidence < minConfidence {
			add(line, Warning, RuleReview, "awaiting review: quote was extracted with confidence %.2f (under %.2f): review it on /_review/ of `generator serve`, or mark it reviewed: true",
				q.Confidence, minConfidence)
		}
	}
	if lx != nil {
		out = append(out, unlistedCompanies(a, lx)...)
	}
	return out
}

func providerIDs(lx *lexicon.Lexicon) []string {
	ids := make([]string, len(lx.Providers))
	for i, p := range lx.Providers {
		ids[i] = p.ID
	}
	return ids
}

// unlistedCompanies warns when the headline or the lead (standfirst and
// first paragraph) names a registered company that is not among the
// providers, nor rejected: an article about a company's response whose
// company extraction missed is the error an editor most wants to catch.
func unlistedCompanies(a *content.Article, lx *lexicon.Lexicon) []Problem {
	if !a.HasExtraction {
		return nil // build extracts it; nothing was decided yet
	}
	listed := map[string]bool{}
	for _, p := range a.Providers {
		listed[p.ID] = true
	}
	for _, id := range a.Rejected.Providers {
		listed[id] = true
	}
	lead, _, _ := strings.Cut(strings.TrimSpace(strings.ReplaceAll(a.Body, "\r\n", "\n")), "\n\n")
	texts := []struct{ where, text string }{{"headline", a.Title}, {"lead", a.Subtitle + "\n" + lead}}
	var out []Problem
	for _, p := range lx.Providers {
		if listed[p.ID] {
			continue
		}
		for _, t := range texts {
			if name := namedIn(t.text, append([]string{p.Name}, p.Aliases...)); name != "" {
				out = append(out, Problem{Path: a.Path, Line: 1, Severity: Warning, Rule: RuleUnlisted,
					Message: fmt.Sprintf("the %s names %s, but %q is not among the providers: add it, or reject it (rejected: {providers: [%s]}) if the article does not report its response",
						t.where, name, p.ID, p.ID)})
				break
			}
		}
	}
	return out
}

// namedIn returns the first of names that text holds as a whole word.
func namedIn(text string, names []string) string {
	for _, n := range names {
		if len(n) < 2 {
			continue
		}
		for i := 0; ; {
			j := strings.Index(text[i:], n)
			if j < 0 {
				break
			}
			start, end := i+j, i+j+len(n)
			if wordEdge(text, start-1) && wordEdge(text, end) {
				return n
			}
			i = start + 1
		}
	}
	return ""
}

// wordEdge reports whether the byte at i (outside text counts) does not
// continue a word.
func wordEdge(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return true
	}
	c := text[i]
	return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c >= 0x80)
}

// reportsUnregistered is true when the article lists id as an
// unregistered provider, which already has its own warning.
func reportsUnregistered(a *content.Article, id string) bool {
	for _, p := range a.Providers {
		if p.ID == id && p.Unregistered {
			return true
		}
	}
	return false
}

// duplicates finds slugs that clash on a case-insensitive file system (as
// on an editor's laptop) and articles ingested twice from the same url.
// Each article of a clash is reported, since either may be the one to fix.
func duplicates(articles []*content.Article) []Problem {
	var out []Problem
	slugs := map[string][]*content.Article{}
	urls := map[string][]*content.Article{}
	bodies := map[[32]byte][]*content.Article{}
	var slugKeys, urlKeys []string
	var bodyKeys [][32]byte
	for _, a := range articles {
		// The same text under two names: compared as a reader sees it, and
		// only for real bodies (two new articles share the placeholder).
		if folded := site.FoldText(stripLinkTargets(a.Body)); len(folded) >= minDuplicateBody {
			k := sha256.Sum256([]byte(folded))
			if bodies[k] == nil {
				bodyKeys = append(bodyKeys, k)
			}
			bodies[k] = append(bodies[k], a)
		}
		key := a.Lang + "/" + strings.ToLower(a.Slug)
		if slugs[key] == nil {
			slugKeys = append(slugKeys, key)
		}
		slugs[key] = append(slugs[key], a)
		if u := normalURL(a.Source.URL); u != "" {
			if urls[u] == nil {
				urlKeys = append(urlKeys, u)
			}
			urls[u] = append(urls[u], a)
		}
	}
	others := func(group []*content.Article, self *content.Article) string {
		var names []string
		for _, o := range group {
			if o != self {
				names = append(names, o.Path)
			}
		}
		return strings.Join(names, ", ")
	}
	for _, k := range slugKeys {
		if g := slugs[k]; len(g) > 1 {
			for _, a := range g {
				out = append(out, Problem{Path: a.Path, Line: 1, Severity: Error, Rule: RuleDuplicate,
					Message: fmt.Sprintf("slug %q clashes with %s: both would be the page %s", a.Slug, others(g, a), site.Item(a.Lang, site.KindArticles, strings.ToLower(a.Slug)))})
			}
		}
	}
	for _, k := range urlKeys {
		if g := urls[k]; len(g) > 1 {
			for _, a := range g {
				out = append(out, Problem{Path: a.Path, Line: max(keyLines(a.Path)["source"], 1), Severity: Error, Rule: RuleDuplicate,
					Message: fmt.Sprintf("source url %s is also the source of %s (the same article twice?)", a.Source.URL, others(g, a))})
			}
		}
	}
	for _, k := range bodyKeys {
		if g := bodies[k]; len(g) > 1 {
			for _, a := range g {
				out = append(out, Problem{Path: a.Path, Line: max(a.BodyLine, 1), Severity: Error, Rule: RuleDuplicate,
					Message: fmt.Sprintf("the body is the same text as that of %s (the same article twice under two names?)", others(g, a))})
			}
		}
	}
	return out
}

// minDuplicateBody is the length (bytes of folded text) from which two
// equal bodies are the same article rather than a shared stub.
const minDuplicateBody = 200

// normalURL is the form two urls of the same page share: no scheme,
// fragment, "www." or trailing slash, the host in lower case, and no
// tracking parameters (utm_*, fbclid, gclid and the like), the others
// sorted. A url that does not parse is compared as trimmed text.
func normalURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		s, _, _ := strings.Cut(raw, "#")
		s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
		return strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(s, "www."), "/"))
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	host = strings.TrimSuffix(strings.TrimSuffix(host, ":80"), ":443")
	q := u.Query()
	for k := range q {
		if isTrackingParam(k) {
			q.Del(k)
		}
	}
	out := host + strings.TrimSuffix(u.EscapedPath(), "/")
	if len(q) > 0 {
		out += "?" + q.Encode() // Encode sorts by key
	}
	return out
}

// isTrackingParam names query parameters that say how a reader came to a
// page, not which page it is.
func isTrackingParam(k string) bool {
	k = strings.ToLower(k)
	switch k {
	case "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref_src", "cmpid", "ocid":
		return true
	}
	return strings.HasPrefix(k, "utm_")
}

// NormalURL is exported for ingest, which skips feed items already in
// content/ by the same comparison.
func NormalURL(u string) string { return normalURL(u) }

var linkTarget = regexp.MustCompile(`\]\([^)\s]*(?:\s+"[^"]*")?\)`)

// stripLinkTargets drops the "(url)" of markdown links, as the site model
// does, so that a sentence with a link matches what a reader sees.
func stripLinkTargets(md string) string { return linkTarget.ReplaceAllString(md, "]") }

// unquoted drops double quotation marks and the space runs they leave.
func unquoted(folded string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(folded, `"`, "")), " ")
}

func clip(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:77]) + "..."
	}
	return s
}

func nameOr(name, id string) string {
	if name != "" {
		return name
	}
	return id
}

// yamlScalar quotes a name when plain YAML would misread it.
func yamlScalar(s string) string {
	if strings.ContainsAny(s, ":#{}[],&*!|>'\"%@`") || strings.TrimSpace(s) != s {
		return fmt.Sprintf("%q", s)
	}
	return s
}
