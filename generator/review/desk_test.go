package review

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newsdesk/ruscompare/generator/content"
)

const repoRoot = "../.."

// article is a front-matter with a comment at the top, one inside a
// provider and an editor's own key, as extract --write leaves it plus an
// editor's notes.
func article(lang, company, conf string) string {
	p := content.Provider{ID: company, Name: company, Stance: "suspends", Measures: []string{"suspend-sales"}}
	fp := content.ProviderFingerprint(withConf(p, conf))
	q := content.Quote{Text: "We pause everything for now.", Speaker: "Ann Example", Provider: company, Kind: "direct", Confidence: 0.7}
	return fmt.Sprintf(`---
# Checked against the print edition.
title: %[1]s pauses sales
lang: %[2]s
date: 2022-03-09
source:
  name: Example Wire
  url: https://example.org/%[1]s
providers:
  - id: %[1]s
    name: %[1]s
    stance: suspends # as the company put it
    measures:
      - suspend-sales
    confidence: %[3]s
    extracted: %[4]s
    note: call the press office
quotes:
  - text: We pause everything for now.
    speaker: Ann Example
    provider: %[1]s
    kind: direct
    confidence: 0.7
    extracted: %[5]s
---
%[1]s has paused all sales in Russia. "We pause everything for now." Ann Example said.
`, company, lang, conf, fp, content.QuoteFingerprint(q))
}

func withConf(p content.Provider, conf string) content.Provider {
	fmt.Sscan(conf, &p.Confidence)
	return p
}

// site makes a content folder with the given articles (path: text).
func contentSite(t *testing.T, files map[string]string) (*Desk, string) {
	t.Helper()
	root := t.TempDir()
	for p, text := range files {
		full := filepath.Join(root, "content", filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d, err := New(Options{
		ContentDir: filepath.Join(root, "content"),
		Templates:  filepath.Join(repoRoot, "templates"),
		DataDir:    filepath.Join(repoRoot, "content", "data"),
	})
	if err != nil {
		t.Fatal(err)
	}
	return d, root
}

func local(r *http.Request) *http.Request {
	r.RemoteAddr = "127.0.0.1:50000"
	r.Host = "localhost:1313"
	return r
}

func get(t *testing.T, d *Desk, target string) (int, string) {
	t.Helper()
	return getB(d, target)
}

func getB(d *Desk, target string) (int, string) {
	w := httptest.NewRecorder()
	d.ServeHTTP(w, local(httptest.NewRequest("GET", target, nil)))
	return w.Code, w.Body.String()
}

func post(d *Desk, form url.Values, edit func(*http.Request)) *httptest.ResponseRecorder {
	r := local(httptest.NewRequest("POST", Prefix+"act", strings.NewReader(form.Encode())))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	r.Header.Set("Origin", "http://localhost:1313")
	r.Header.Set("Sec-Fetch-Site", "same-origin")
	if edit != nil {
		edit(r)
	}
	w := httptest.NewRecorder()
	d.ServeHTTP(w, r)
	return w
}

func form(d *Desk, file, kind, key, fp, action string, extra ...string) url.Values {
	v := url.Values{"token": {d.token}, "file": {file}, "kind": {kind}, "key": {key}, "fp": {fp}, "action": {action}, "return": {""}}
	for i := 0; i+1 < len(extra); i += 2 {
		v.Set(extra[i], extra[i+1])
	}
	return v
}

var fpRE = regexp.MustCompile(`(?m)^    extracted: (\w+)$`)

func TestDeskActions(t *testing.T) {
	const file = "en/articles/acme.md"
	tests := []struct {
		name   string
		form   func(d *Desk, provFP, quoteFP string) url.Values
		want   []string
		absent []string
		left   string // the desk's count after the action
	}{
		{"accept provider", func(d *Desk, p, _ string) url.Values { return form(d, file, "provider", "aws", p, "accept") },
			[]string{"    note: call the press office\n    reviewed: true\n"}, nil, "1 claim"},
		{"reject provider", func(d *Desk, p, _ string) url.Values { return form(d, file, "provider", "aws", p, "reject") },
			[]string{"rejected:\n  providers: [aws]\n"}, []string{"  - id: aws"}, "1 claim"},
		{"change stance", func(d *Desk, p, _ string) url.Values {
			return form(d, file, "provider", "aws", p, "stance", "value", "withdraws")
		}, []string{"    stance: withdraws # as the company put it\n", "    reviewed: true\n"}, nil, "1 claim"},
		{"change measure", func(d *Desk, p, _ string) url.Values {
			return form(d, file, "provider", "aws", p, "change-measure", "measure", "suspend-sales", "value", "terminate-services")
		}, []string{"      - terminate-services\n", "rejected:\n  measures:\n    aws: [suspend-sales]\n"}, []string{"      - suspend-sales\n"}, "2 claims"},
		{"reject measure", func(d *Desk, p, _ string) url.Values {
			return form(d, file, "provider", "aws", p, "reject-measure", "measure", "suspend-sales")
		}, []string{"    aws: [suspend-sales]\n"}, []string{"      - suspend-sales\n"}, "2 claims"},
		{"accept quote", func(d *Desk, _, q string) url.Values {
			return form(d, file, "quote", content.QuoteKey("We pause everything for now."), q, "accept")
		}, []string{"    reviewed: true\n"}, nil, "1 claim"},
		{"fix speaker", func(d *Desk, _, q string) url.Values {
			return form(d, file, "quote", content.QuoteKey("We pause everything for now."), q, "speaker", "value", "Anne Example")
		}, []string{"    speaker: Anne Example\n"}, nil, "1 claim"},
		{"reject quote", func(d *Desk, _, q string) url.Values {
			return form(d, file, "quote", content.QuoteKey("We pause everything for now."), q, "reject")
		}, []string{"rejected:\n  quotes:\n    - We pause everything for now.\n", "quotes: []\n"}, nil, "1 claim"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, root := contentSite(t, map[string]string{file: article("en", "aws", "0.55")})
			path := filepath.Join(root, "content", file)
			before, _ := os.ReadFile(path)
			fps := fpRE.FindAllStringSubmatch(string(before), -1)
			w := post(d, tt.form(d, fps[0][1], fps[1][1]), nil)
			if w.Code != http.StatusSeeOther || strings.Contains(w.Header().Get("Location"), "failed=") {
				t.Fatalf("status %d, Location %s", w.Code, w.Header().Get("Location"))
			}
			after, _ := os.ReadFile(path)
			for _, s := range append(tt.want, "# Checked against the print edition.\n") {
				if !strings.Contains(string(after), s) {
					t.Errorf("file lacks %q:\n%s", s, after)
				}
			}
			for _, s := range tt.absent {
				if strings.Contains(string(after), s) {
					t.Errorf("file still has %q:\n%s", s, after)
				}
			}
			if _, err := content.Parse(path, after); err != nil {
				t.Errorf("written file does not parse: %v", err)
			}
			// The list shows the result at once: the item left the desk,
			// or is still there when only a measure was corrected.
			_, page := get(t, d, w.Header().Get("Location"))
			if !strings.Contains(page, ">"+tt.left+" awaiting review<") {
				t.Errorf("the desk does not say %q:\n%s", tt.left, page)
			}
			// And says what was done, in the UI's language.
			if !regexp.MustCompile(`role="status" tabindex="-1" autofocus>` + regexp.QuoteMeta(file) + `: \w`).MatchString(page) {
				t.Errorf("no status naming the file:\n%s", page)
			}
			if _, nl := get(t, d, w.Header().Get("Location")+"&ui=nl"); !strings.Contains(nl, `<html lang="nl">`) || !regexp.MustCompile(`role="status"[^>]*>[^<]*(goedgekeurd|afgewezen|gezet|gewijzigd)`).MatchString(nl) {
				t.Errorf("no Dutch status:\n%s", nl)
			}
		})
	}
}

// TestDeskRefuses: the desk writes files, so it answers this machine
// only and refuses what another site could make a browser send.
func TestDeskRefuses(t *testing.T) {
	const file = "en/articles/acme.md"
	d, root := contentSite(t, map[string]string{file: article("en", "aws", "0.55")})
	path := filepath.Join(root, "content", file)
	before, _ := os.ReadFile(path)
	fp := fpRE.FindStringSubmatch(string(before))[1]
	ok := form(d, file, "provider", "aws", fp, "accept")
	tests := []struct {
		name string
		form url.Values
		edit func(r *http.Request)
		code int
	}{
		{"other machine", ok, func(r *http.Request) { r.RemoteAddr = "192.0.2.7:4000" }, http.StatusForbidden},
		{"rebinding Host", ok, func(r *http.Request) { r.Host = "attacker.example:1313" }, http.StatusForbidden},
		{"cross-site fetch", ok, func(r *http.Request) { r.Header.Set("Sec-Fetch-Site", "cross-site") }, http.StatusForbidden},
		{"other origin", ok, func(r *http.Request) { r.Header.Set("Origin", "http://attacker.example") }, http.StatusForbidden},
		{"no token", func() url.Values { v := form(d, file, "provider", "aws", fp, "accept"); v.Del("token"); return v }(), nil, http.StatusForbidden},
		{"wrong token", func() url.Values { v := form(d, file, "provider", "aws", fp, "accept"); v.Set("token", "x"); return v }(), nil, http.StatusForbidden},
		{"GET act", ok, func(r *http.Request) { r.Method = "GET" }, http.StatusMethodNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if w := post(d, tt.form, tt.edit); w.Code != tt.code {
				t.Errorf("status %d, want %d: %s", w.Code, tt.code, w.Body)
			}
			if after, _ := os.ReadFile(path); string(after) != string(before) {
				t.Error("the file was written")
			}
		})
	}
	// An item changed since the page was shown, or a file outside the
	// articles: refused with a message, the file untouched.
	for _, v := range []url.Values{
		form(d, file, "provider", "aws", "00000000", "accept"),
		form(d, "../site.yaml", "provider", "aws", fp, "accept"),
		form(d, file, "provider", "aws", fp, "stance", "value", "gone"),
		form(d, file, "provider", "aws", fp, "change-measure", "measure", "suspend-sales", "value", "suspend-sales"),
		form(d, file, "provider", "aws", fp, "change-measure", "measure", "suspend-sales", "value", "no-such-measure"),
		form(d, file, "provider", "aws", fp, "reject-measure", "measure", "not-there"),
		form(d, file, "quote", "aws", fp, "accept"),
	} {
		w := post(d, v, nil)
		if w.Code != http.StatusSeeOther || !strings.Contains(w.Header().Get("Location"), "failed=") {
			t.Errorf("%v: status %d Location %s", v, w.Code, w.Header().Get("Location"))
		}
		if after, _ := os.ReadFile(path); string(after) != string(before) {
			t.Error("the file was written")
		}
	}
}

// TestDeskListing: lowest confidence first, filters, pages.
func TestDeskListing(t *testing.T) {
	files := map[string]string{}
	for i := range 30 {
		files[fmt.Sprintf("en/articles/en-%02d.md", i)] = article("en", "aws", fmt.Sprintf("0.%02d", 40+i))
		files[fmt.Sprintf("nl/articles/nl-%02d.md", i)] = article("nl", "akamai", fmt.Sprintf("0.%02d", 10+i))
	}
	d, _ := contentSite(t, files)
	claimRE := regexp.MustCompile(`data-kind="(\w+)" data-company="([\w-]+)" data-file="([^"]+)"`)
	tests := []struct {
		query      string
		count      string
		n          int
		first      string
		wantCompan string
	}{
		{"", "120 claims awaiting review", PageSize, "nl/articles/nl-00.md", ""},
		{"?page=5", "120 claims awaiting review", 120 - 4*PageSize, "", ""},
		{"?lang=en", "60 claims awaiting review", PageSize, "en/articles/en-00.md", "aws"},
		{"?company=akamai&page=3", "60 claims awaiting review", 60 - 2*PageSize, "", "akamai"},
		{"?article=en-07", "2 claims awaiting review", 2, "en/articles/en-07.md", "aws"},
		{"?article=nothing-like-it", "0 claims awaiting review", 0, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			code, page := get(t, d, Prefix+tt.query)
			if code != 200 || !strings.Contains(page, tt.count) {
				t.Fatalf("status %d, want %q in:\n%s", code, tt.count, page)
			}
			ms := claimRE.FindAllStringSubmatch(page, -1)
			if len(ms) != tt.n {
				t.Fatalf("%d claims on the page, want %d", len(ms), tt.n)
			}
			if tt.first != "" && ms[0][3] != tt.first {
				t.Errorf("first claim from %s, want %s", ms[0][3], tt.first)
			}
			for _, m := range ms {
				if tt.wantCompan != "" && m[2] != tt.wantCompan {
					t.Errorf("claim of %s under filter %s", m[2], tt.query)
				}
			}
		})
	}
}
