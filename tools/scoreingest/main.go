// Command scoreingest scores HTML main-content extraction on the Mozilla
// readability test suite (test/test-pages: source.html, expected.html and
// expected-metadata.json per page): our ingest and go-trafilatura used raw,
// side by side. It fetches nothing; see README.md for how to get the pages.
//
// Figures: body F1 (bag of words of the extracted text against the words of
// expected.html; mean and median over all pages, a failure counts 0), title
// exact (against expected-metadata.json's title), date (the day of
// publishedTime, over the pages that have one), failures (an error, no
// text) and crashes (a panic).
//
// Usage: go run ./tools/scoreingest [-pages DIR] [-v] [-page NAME [-body]]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/markusmobius/go-trafilatura"
	"github.com/newsdesk/ruscompare/generator/ingest"
	"github.com/newsdesk/ruscompare/generator/lexicon"
	"golang.org/x/net/html"
)

// expectedMeta is the part of expected-metadata.json that is scored.
type expectedMeta struct {
	Title         string  `json:"title"`
	PublishedTime *string `json:"publishedTime"`
}

// outcome is what one extractor made of one page.
type outcome struct {
	f1        float64
	f1Once    float64 // against expected.html with each repeated paragraph once
	titleOK   bool
	dateOK    bool
	failed    bool // an error or no text
	crashed   bool // a panic
	problem   string
	gotTitle  string
	gotDate   string
	hasDate   bool
	extracted int // words
}

// extractor turns a page into body text, title and date (YYYY-MM-DD).
type extractor struct {
	name string
	run  func(page string, src []byte) (body, title, date string, err error)
}

func main() {
	pages := flag.String("pages", "testdata/readability-pages", "folder of the suite's test-pages")
	dataDir := flag.String("data", "content/data", "the editors' data folder (boilerplate, stop words)")
	verbose := flag.Bool("v", false, "print every page's figures")
	only := flag.String("page", "", "score only this page (a folder name)")
	showBody := flag.Bool("body", false, "with -page: print what each extractor made of the page")
	flag.Parse()

	dirs, _ := filepath.Glob(filepath.Join(*pages, "*", "source.html"))
	if len(dirs) == 0 {
		fmt.Printf("scoreingest: no pages in %s (see tools/scoreingest/README.md to get them); nothing scored\n", *pages)
		return
	}
	lx, err := lexicon.Load(*dataDir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "scoreingest:", err)
		os.Exit(1)
	}
	opts := ingest.Options{Boilerplate: lx.Boilerplate, Abbreviations: lx.Abbreviations}
	extractors := []extractor{
		{"ours", func(page string, src []byte) (string, string, string, error) {
			res, err := ingest.Ingest(filepath.Join(page, "source.html"), src, opts)
			return res.Body, res.Title, res.Date, err
		}},
		{"go-trafilatura", func(_ string, src []byte) (string, string, string, error) {
			r, err := trafilatura.Extract(bytes.NewReader(src), trafilatura.Options{ExcludeComments: true, EnableFallback: true})
			if err != nil {
				return "", "", "", err
			}
			date := ""
			if !r.Metadata.Date.IsZero() {
				date = r.Metadata.Date.Format(time.DateOnly)
			}
			return r.ContentText, r.Metadata.Title, date, nil
		}},
	}

	results := make([][]outcome, len(extractors))
	elapsed := make([]time.Duration, len(extractors))
	var names []string
	for _, src := range dirs {
		dir := filepath.Dir(src)
		name := filepath.Base(dir)
		if *only != "" && name != *only {
			continue
		}
		names = append(names, name)
		source, err1 := os.ReadFile(src)
		expected, err2 := os.ReadFile(filepath.Join(dir, "expected.html"))
		metaData, err3 := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
		var meta expectedMeta
		if err1 != nil || err2 != nil || err3 != nil || json.Unmarshal(metaData, &meta) != nil {
			fmt.Fprintf(os.Stderr, "scoreingest: %s: incomplete page folder\n", dir)
			os.Exit(1)
		}
		want := words(htmlText(expected, false))
		wantOnce := words(htmlText(expected, true))
		wantDate := ""
		if meta.PublishedTime != nil {
			if t, ok := day(*meta.PublishedTime); ok {
				wantDate = t
			}
		}
		for i, x := range extractors {
			start := time.Now()
			o := score(x, dir, source, want, wantOnce, strings.TrimSpace(meta.Title), wantDate)
			if *showBody && *only != "" {
				body, _, _, err := x.run(dir, source)
				fmt.Printf("==== %s (err %v)\n%s\n", x.name, err, body)
			}
			elapsed[i] += time.Since(start)
			results[i] = append(results[i], o)
		}
		if *verbose {
			fmt.Printf("%-40s", name)
			for i, x := range extractors {
				o := results[i][len(results[i])-1]
				fmt.Printf("  %s F1 %.3f once %.3f title %-5v date %-5v", x.name, o.f1, o.f1Once, o.titleOK, o.dateOK)
				if o.problem != "" {
					fmt.Printf(" (%s)", o.problem)
				}
			}
			fmt.Println()
			if o := results[0][len(results[0])-1]; !o.titleOK {
				fmt.Printf("    title: got %q want %q\n", o.gotTitle, meta.Title)
			}
			if o := results[0][len(results[0])-1]; wantDate != "" && !o.dateOK {
				fmt.Printf("    date: got %q want %q\n", o.gotDate, wantDate)
			}
		}
	}
	fmt.Printf("Mozilla readability suite, %d pages (%s)\n\n", len(names), *pages)
	fmt.Printf("| %-15s | %s | %s | %s | %s | %s | %s | %s | %s |\n", "extractor", "mean body F1", "median", "mean F1, repeats once", "title exact", "date", "failures", "crashes", "time")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for i, x := range extractors {
		fmt.Println(summary(x.name, results[i], elapsed[i]))
	}
}

// score runs one extractor on one page, recovering from a panic.
func score(x extractor, dir string, source []byte, want, wantOnce map[string]int, wantTitle, wantDate string) (o outcome) {
	o.hasDate = wantDate != ""
	defer func() {
		if r := recover(); r != nil {
			o = outcome{crashed: true, failed: true, hasDate: wantDate != "", problem: fmt.Sprintf("panic: %v", r)}
		}
	}()
	body, title, date, err := x.run(dir, source)
	if err != nil {
		o.failed, o.problem = true, err.Error()
		return o
	}
	got := words(body)
	o.f1 = f1(got, want)
	o.f1Once = f1(got, wantOnce)
	o.gotTitle, o.gotDate = title, date
	o.titleOK = strings.TrimSpace(title) == wantTitle
	o.dateOK = wantDate != "" && date == wantDate
	return o
}

func summary(name string, os []outcome, took time.Duration) string {
	var f1s []float64
	sumOnce := 0.0
	sum, titles, dates, withDate, failures, crashes := 0.0, 0, 0, 0, 0, 0
	for _, o := range os {
		f1s = append(f1s, o.f1)
		sum += o.f1
		sumOnce += o.f1Once
		if o.titleOK {
			titles++
		}
		if o.hasDate {
			withDate++
			if o.dateOK {
				dates++
			}
		}
		if o.failed {
			failures++
		}
		if o.crashed {
			crashes++
		}
	}
	n := len(os)
	if n == 0 {
		return "| " + name + " | no pages |"
	}
	sort.Float64s(f1s)
	median := f1s[n/2]
	if n%2 == 0 {
		median = (f1s[n/2-1] + f1s[n/2]) / 2
	}
	return fmt.Sprintf("| %-15s | %.3f | %.3f | %.3f | %d/%d (%.0f%%) | %d/%d | %d | %d | %s |", name, sum/float64(n), median, sumOnce/float64(n),
		titles, n, 100*float64(titles)/float64(n), dates, withDate, failures, crashes, took.Round(time.Millisecond))
}

// paragraphTags are the elements whose repeats once drops.
var paragraphTags = map[string]bool{"p": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "pre": true, "blockquote": true}

// htmlText is the text of an HTML fragment, block elements separated. With
// once, a paragraph whose words repeat an earlier paragraph is left out:
// ingest guarantees every paragraph once, and some suite pages repeat
// whole paragraphs on purpose.
func htmlText(data []byte, once bool) string {
	seen := map[string]bool{}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if once && n.Type == html.ElementNode && paragraphTags[n.Data] {
			k := strings.Join(strings.Fields(strings.ToLower(nodeText(n))), " ")
			if k != "" && seen[k] {
				return
			}
			seen[k] = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			b.WriteByte(' ')
		}
	}
	walk(doc)
	return b.String()
}

// nodeText is the text of n's subtree.
func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c))
		b.WriteByte(' ')
	}
	return b.String()
}

// words is the bag of lower-case words (letters and digits) of s.
func words(s string) map[string]int {
	bag := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		bag[w]++
	}
	return bag
}

// f1 is the harmonic mean of bag-of-words precision and recall.
func f1(got, want map[string]int) float64 {
	g, w, common := 0, 0, 0
	for k, n := range got {
		g += n
		common += min(n, want[k])
	}
	for _, n := range want {
		w += n
	}
	if g == 0 || w == 0 || common == 0 {
		return 0
	}
	p, r := float64(common)/float64(g), float64(common)/float64(w)
	return 2 * p * r / (p + r)
}

// day reads the day of an ISO 8601 publishedTime.
func day(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04", time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t.Format(time.DateOnly), true
		}
	}
	return "", false
}
