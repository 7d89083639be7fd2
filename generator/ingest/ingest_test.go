package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the expected.md and expected.json golden files")

// dataDir is the editor-owned data the tests clean with.
const dataDir = "../../content/data"

var (
	dataOnce             sync.Once
	dataBP, dataSW       map[string][]string
	dataErrBP, dataErrSW error
)

// testData decodes boilerplate.yaml and stopwords.yaml directly (not via
// lexicon.Load, which needs every data file).
func testData(t testing.TB) (boilerplate, stopwords map[string][]string) {
	t.Helper()
	dataOnce.Do(func() {
		dataBP, dataErrBP = readYAMLLists(filepath.Join(dataDir, "boilerplate.yaml"))
		dataSW, dataErrSW = readYAMLLists(filepath.Join(dataDir, "stopwords.yaml"))
	})
	if dataErrBP != nil || dataErrSW != nil {
		t.Fatal(errors.Join(dataErrBP, dataErrSW))
	}
	return dataBP, dataSW
}

func readYAMLLists(path string) (map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string][]string
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&m); err != nil {
		return nil, err
	}
	return m, nil
}

func testOptions(t testing.TB) Options {
	bp, _ := testData(t)
	ab, err := readYAMLLists("../../content/data/abbreviations.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return Options{Boilerplate: bp, Abbreviations: ab, Languages: []string{"en", "nl"}}
}

// goldenResult is expected.json: every Result field but Body.
type goldenResult struct {
	Title          string  `json:"title"`
	Subtitle       string  `json:"subtitle"`
	Author         string  `json:"author"`
	Date           string  `json:"date"`
	SourceName     string  `json:"source_name"`
	URL            string  `json:"url"`
	Lang           string  `json:"lang"`
	LangDetected   bool    `json:"lang_detected"`
	LangConfidence float64 `json:"lang_confidence"`
	Format         string  `json:"format"`
}

func golden(r Result) goldenResult {
	return goldenResult{r.Title, r.Subtitle, r.Author, r.Date, r.SourceName, r.URL, r.Lang, r.LangDetected, r.LangConfidence, r.Format}
}

// fixtureInput finds the input file of a golden fixture folder.
func fixtureInput(t *testing.T, dir string) string {
	t.Helper()
	for _, name := range []string{"input.txt", "input.html", "input.md"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
			return filepath.Join(dir, name)
		}
	}
	t.Fatalf("%s: no input.txt, input.html or input.md", dir)
	return ""
}

// ingestFixture runs Ingest on a fixture with its optional options.json
// (Lang, Title, Subtitle, SourceName, URL, Date overrides).
func ingestFixture(t *testing.T, dir string) Result {
	t.Helper()
	opts := testOptions(t)
	if data, err := os.ReadFile(filepath.Join(dir, "options.json")); err == nil {
		if err := json.Unmarshal(data, &opts); err != nil {
			t.Fatalf("%s/options.json: %v", dir, err)
		}
	}
	in := fixtureInput(t, dir)
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Ingest(in, data, opts)
	if err != nil {
		t.Fatalf("Ingest: %v", err)
	}
	return res
}

func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/golden/*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no golden fixtures: %v", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			res := ingestFixture(t, dir)
			checkInvariants(t, res.Body)
			gotJSON, err := json.MarshalIndent(golden(res), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			gotJSON = append(gotJSON, '\n')
			mdPath, jsonPath := filepath.Join(dir, "expected.md"), filepath.Join(dir, "expected.json")
			if *update {
				if err := os.WriteFile(mdPath, []byte(res.Body), 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(jsonPath, gotJSON, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wantMD, err := os.ReadFile(mdPath)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if res.Body != string(wantMD) {
				t.Errorf("body differs from %s:\n--- got ---\n%s\n--- want ---\n%s", mdPath, res.Body, wantMD)
			}
			wantJSON, err := os.ReadFile(jsonPath)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(gotJSON, wantJSON) {
				t.Errorf("result differs from %s:\n--- got ---\n%s--- want ---\n%s", jsonPath, gotJSON, wantJSON)
			}
		})
	}
}

// checkInvariants holds for every body: valid UTF-8, NFC, one blank line
// between blocks, no trailing spaces, a final newline.
func checkInvariants(t *testing.T, body string) {
	t.Helper()
	if !utf8.ValidString(body) {
		t.Error("body is not valid UTF-8")
	}
	if !norm.NFC.IsNormalString(body) {
		t.Error("body is not NFC")
	}
	if body != "" && !strings.HasSuffix(body, "\n") || strings.HasSuffix(body, "\n\n") {
		t.Errorf("body must end with exactly one newline: %q", tail(body))
	}
	if strings.Contains(body, "\n\n\n") {
		t.Error("body has more than one blank line in a row")
	}
	for i, l := range strings.Split(body, "\n") {
		if strings.TrimRight(l, " \t") != l {
			t.Errorf("line %d has trailing space: %q", i+1, l)
		}
	}
}

func tail(s string) string {
	if len(s) > 40 {
		return s[len(s)-40:]
	}
	return s
}

// TestGoldClean runs the clean checks of the seeds' gold (our copy in the
// repository, testdata/seeds/gold.json) on the two seed fixtures.
func TestGoldClean(t *testing.T) {
	data, err := os.ReadFile("../../testdata/seeds/gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Articles []struct {
			File  string `json:"file"`
			Lang  string `json:"lang"`
			Title string `json:"title"`
			Clean *struct {
				MustNotContain  []string `json:"must_not_contain"`
				MustContainOnce []string `json:"must_contain_once"`
			} `json:"clean"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	fixtures := map[string]string{
		"000_cfe423b33326e34a.txt": "testdata/golden/seed-000-en",
		"002_81782261f0e7d9f7.txt": "testdata/golden/seed-002-nl",
	}
	checked := 0
	for _, a := range gold.Articles {
		dir, ok := fixtures[a.File]
		if !ok || a.Clean == nil {
			continue
		}
		checked++
		t.Run(a.File, func(t *testing.T) {
			res := ingestFixture(t, dir)
			if res.Lang != a.Lang {
				t.Errorf("lang %q, want %q", res.Lang, a.Lang)
			}
			if res.Title != a.Title {
				t.Errorf("title %q, want %q", res.Title, a.Title)
			}
			for _, s := range a.Clean.MustNotContain {
				if strings.Contains(res.Body, s) {
					t.Errorf("body contains %q", s)
				}
			}
			for _, s := range a.Clean.MustContainOnce {
				if n := strings.Count(res.Body, s); n != 1 {
					t.Errorf("body contains %q %d times, want once", s, n)
				}
			}
		})
	}
	if checked != 2 {
		t.Errorf("checked %d seed articles, want 2", checked)
	}
}

// TestSeedWithoutHints: seed 002 cleans the same without --lang and --title
// (the language is detected, the long first line stays in the body).
func TestSeedWithoutHints(t *testing.T) {
	data, err := os.ReadFile("testdata/golden/seed-002-nl/input.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Ingest("002.txt", data, testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/golden/seed-002-nl/expected.md")
	if err != nil {
		t.Fatal(err)
	}
	if res.Body != string(want) {
		t.Errorf("body differs without hints:\n%s", res.Body)
	}
	if res.Lang != "nl" || !res.LangDetected || res.LangConfidence < 0.8 {
		t.Errorf("lang %q detected %v confidence %v, want nl, true, >= 0.8", res.Lang, res.LangDetected, res.LangConfidence)
	}
	if res.Title != "" {
		t.Errorf("title %q taken from a paragraph", res.Title)
	}
}

func TestOverridesWin(t *testing.T) {
	opts := testOptions(t)
	opts.Lang, opts.Title, opts.Subtitle = "nl", "Mijn titel", "Mijn ondertitel"
	opts.SourceName, opts.URL, opts.Date = "Mijn bron", "https://example.org/a", "8 maart 2022"
	data, err := os.ReadFile("testdata/golden/en-html-chrome/input.html")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Ingest("page.html", data, opts)
	if err != nil {
		t.Fatal(err)
	}
	want := goldenResult{"Mijn titel", "Mijn ondertitel", "A Reporter", "2022-03-08", "Mijn bron", "https://example.org/a", "nl", false, 1, "html"}
	if got := golden(res); got != want {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestTitleOverrideKeepsFirstLine(t *testing.T) {
	opts := testOptions(t)
	opts.Title = "Another title"
	in := "Short headline here\n\nThe first real paragraph of the story. It has two sentences.\n"
	res, err := Ingest("a.txt", []byte(in), opts)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(res.Body, "Short headline here\n\n") {
		t.Errorf("first line dropped although it is not the given title:\n%s", res.Body)
	}
	opts.Title = "Short headline here"
	res, err = Ingest("a.txt", []byte(in), opts)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Body, "Short headline") || res.Title != "Short headline here" {
		t.Errorf("title line kept in body: %q / %q", res.Title, res.Body)
	}
}

func TestNormalisation(t *testing.T) {
	opts := testOptions(t)
	opts.Lang = "en"
	tests := []struct{ name, in, want string }{
		{"crlf tabs nbsp", "One\tsentence\u00a0here  with  spaces.\r\n\r\n\r\n\r\nAnother paragraph follows here.\r\n", "One sentence here with spaces.\n\nAnother paragraph follows here.\n"},
		{"nfc", "Oekrai\u0308ne is a country in Europe, the text says.\n", "Oekraïne is a country in Europe, the text says.\n"},
		{"typographic quotes kept", "“We stay,” it said. It’s the company’s choice.\n", "“We stay,” it said. It’s the company’s choice.\n"},
		{"zero width and soft hyphen", "Cloud\u00adflare says\u200b it stays in the country.\n", "Cloudflare says it stays in the country.\n"},
		{"exact repeat", "The first paragraph is here.\n\nThe first paragraph is here.\n", "The first paragraph is here.\n"},
		{"partial repeat keeps new sentence", "Alpha company stays in Russia for now. Beta said nothing at all today.\n\nAlpha company stays in Russia for now. Gamma firm leaves the country next week.\n",
			"Alpha company stays in Russia for now. Beta said nothing at all today.\n\nGamma firm leaves the country next week.\n"},
		{"abbreviation not glue", "The U.S. firm Data.com said it stays. Its rival left.\n\nThe firm said more later on in the week.\n", "The U.S. firm Data.com said it stays. Its rival left.\n\nThe firm said more later on in the week.\n"},
		{"block syntax escaped", "Cloud firms react to the war\n\n- not a list, just a dash that starts the line.\n\n1. This is not an ordered list either.\n\n> Nor is this a quote.\n",
			"\\- not a list, just a dash that starts the line.\n\n1\\. This is not an ordered list either.\n\n\\> Nor is this a quote.\n"},
		{"inline characters not escaped", "The *asterisk* and [bracket] and_underscore stay as written.\n", "The *asterisk* and [bracket] and_underscore stay as written.\n"},
		{"trailing trademark", "The company stays in the market.\n\nIt said so on Monday. ™\n", "The company stays in the market.\n\nIt said so on Monday.\n"},
		{"cookie and ad blocker lines", "We use cookies to give you the best experience on our website.\n\nThe story starts here.\n\nIt looks like you're using an ad blocker. Please disable it to support us.\n\nThe story ends here.\n",
			"The story starts here.\n\nThe story ends here.\n"},
		{"more than years old", "This article is more than 2 years old\n\nThe story starts here and ends here.\n", "The story starts here and ends here.\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Ingest("x.txt", []byte(tt.in), opts)
			if err != nil {
				t.Fatal(err)
			}
			if res.Body != tt.want {
				t.Errorf("got\n%q\nwant\n%q", res.Body, tt.want)
			}
			checkInvariants(t, res.Body)
		})
	}
}

func TestShapes(t *testing.T) {
	opts := testOptions(t)
	tests := []struct{ name, in, want, title string }{
		{"one line.txt", "Cloudflare stays in Russia\n", "Cloudflare stays in Russia\n", ""},
		{"br paragraphs.html", "<html><body><div>First paragraph of the page, in a div.<br><br>Second one, after two breaks.<br>Same paragraph.</div></body></html>",
			"First paragraph of the page, in a div.\n\nSecond one, after two breaks. Same paragraph.\n", ""},
		{"densest.html", "<html><head><title>A story - Site</title><meta property=\"og:site_name\" content=\"Site\"></head><body><div class=\"menu-wrap\"><p>Home</p></div>" +
			"<div class=\"text\"><p>One paragraph of the story is here.</p><p>Another paragraph of the story follows.</p><p>Read more</p></div><div><p>Short</p></div></body></html>",
			"One paragraph of the story is here.\n\nAnother paragraph of the story follows.\n", "A story"},
		{"inline spacing.html", "<article><p>Cloud<b>flare</b> said <a href=\"#\">it</a> stays.<span> Really.</span></p><table><tr><td>Cell one</td><td>Cell two</td></tr></table><p>The end.</p></article>",
			"Cloudflare said it stays. Really.\n\nCell one Cell two\n\nThe end.\n", ""},
		{"lees ook box.txt", "Het bedrijf blijft actief in het land.\n\nLees ook:\nWaarom hosters twijfelen\nWat doet Akamai?\n\nHet wil zijn klanten blijven bedienen.\n",
			"Het bedrijf blijft actief in het land.\n\nHet wil zijn klanten blijven bedienen.\n", ""},
		{"hard wrapped.txt", "The company said on Monday that it would keep its\nservers in the country running for now, despite the\npressure from its staff and from customers abroad.\n",
			"The company said on Monday that it would keep its servers in the country running for now, despite the pressure from its staff and from customers abroad.\n", ""},
		{"related without class.html", "<article><p>The story itself is told here.</p><h3>Related articles</h3><ul><li><a href=\"/a\">Another provider quits</a></li><li><a href=\"/b\">Why sanctions bite?</a></li></ul><p>The story goes on after the box.</p></article>",
			"The story itself is told here.\n\nThe story goes on after the box.\n", ""},
		{"front matter only title.md", "---\ntitle: x\n---\n# Heading\n\nText of the note.\n", "Text of the note.\n", "Heading"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Ingest(tt.name, []byte(tt.in), opts)
			if err != nil {
				t.Fatal(err)
			}
			if res.Body != tt.want || res.Title != tt.title {
				t.Errorf("got title %q body\n%q\nwant title %q body\n%q", res.Title, res.Body, tt.title, tt.want)
			}
			checkInvariants(t, res.Body)
		})
	}
}

func TestBadInput(t *testing.T) {
	opts := testOptions(t)
	tests := []struct {
		name string
		data string
		want error
		msg  string
	}{
		{"bad.txt", "Good start\xff\xfe then bad", ErrInvalidUTF8, "bad.txt: invalid UTF-8 at byte 10 (for a windows-1252 or Latin-1 file, give --charset windows-1252)"},
		{"bad.md", "# Kop\n\né\xc3", ErrInvalidUTF8, "bad.md: invalid UTF-8 at byte 9 (for a windows-1252 or Latin-1 file, give --charset windows-1252)"},
		{"empty.txt", "", ErrEmpty, "empty.txt: empty file"},
		{"blank.md", " \n\t\r\n  \n", ErrEmpty, "blank.md: empty file"},
		{"nul.txt", "text\x00with a NUL", ErrBinary, "nul.txt: binary file, not text"},
		{"ctrl.txt", "\x01\x02\x03\x04\x05\x06\x07\x08abc", ErrBinary, "ctrl.txt: binary file, not text"},
		{"empty.html", "<html><head><title>Nothing</title></head><body><div>  </div><script>var a = 1;</script></body></html>", ErrNoText, "empty.html: no article text found"},
		{"chrome.html", "<html><body><nav>Home News</nav><footer>© 2022 Example</footer></body></html>", ErrNoText, "chrome.html: no article text found: the page has no article body (an index, a login wall or a script-only page?)"},
		{"chrome.txt", "Read more\n\nSign in\n\nAdvertisement\n", ErrNoText, "chrome.txt: no article text found"},
		{"a.pdf", "%PDF-1.4", ErrFormat, `a.pdf: unsupported format ".pdf" (want .txt, .html, .htm, .md or .markdown)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Ingest(tt.name, []byte(tt.data), opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if err.Error() != tt.msg {
				t.Errorf("message %q, want %q", err.Error(), tt.msg)
			}
		})
	}
	bad := testOptions(t)
	bad.Boilerplate = map[string][]string{"en": {"(unclosed"}}
	if _, err := Ingest("x.txt", []byte("Some text here."), bad); err == nil || !strings.Contains(err.Error(), "x.txt: boilerplate pattern") {
		t.Errorf("bad pattern: err = %v", err)
	}
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Oekraïne", "oekraine"},
		{"Cloudflare blijft actief in Rusland, maar niet voor iedereen", "cloudflare-blijft-actief-in-rusland-maar-niet-voor-iedereen"},
		{"Cloudflare, Akamai: Why we're not pulling out of Russia", "cloudflare-akamai-why-were-not-pulling-out-of-russia"},
		{"Europe’s cloud", "europes-cloud"},
		{"  Straße & Café — ÉÉN test  ", "strasse-cafe-een-test"},
		{"Oekrai\u0308ne", "oekraine"},
		{"2022: AWS/Azure ../ status", "2022-aws-azure-status"},
		{"Россия и интернет", "россия-и-интернет"},
		{strings.Repeat("word ", 30), strings.TrimSuffix(strings.Repeat("word-", 16), "-")},
		{strings.Repeat("a", 100), strings.Repeat("a", 80)},
	}
	for _, tt := range tests {
		got, err := Slug(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("Slug(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
		if runeLen(got) > maxSlug {
			t.Errorf("Slug(%q) is %d characters", tt.in, runeLen(got))
		}
	}
	for _, in := range []string{"", "!!!", "../..", ".", "..", "/", " - ", "\xff"} {
		if got, err := Slug(in); err == nil || !errors.Is(err, ErrSlug) {
			t.Errorf("Slug(%q) = %q, %v; want an error", in, got, err)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2022-03-08T14:32:00Z", "2022-03-08"},
		{"2022-03-08", "2022-03-08"},
		{"8 March 2022", "2022-03-08"},
		{"March 8, 2022", "2022-03-08"},
		{"8 maart 2022", "2022-03-08"},
		{"08-03-2022", "2022-03-08"},
		{"Tue, 08 Mar 2022 14:32:00 GMT", "2022-03-08"},
	}
	for _, tt := range tests {
		if got, ok := parseDate(tt.in); !ok || got != tt.want {
			t.Errorf("parseDate(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for _, in := range []string{"", "yesterday", "2022-13-01", "31 april 2022"} {
		if got, ok := parseDate(in); ok {
			t.Errorf("parseDate(%q) = %q, want failure", in, got)
		}
	}
	for _, in := range []string{"Tue 8 Mar 2022 // 14:32 UTC", "Gepubliceerd op 11 maart 2022 14:05", "March 8, 2022"} {
		if _, ok := parseDateLine(in); !ok {
			t.Errorf("parseDateLine(%q) failed", in)
		}
	}
}

func FuzzIngestText(f *testing.F) {
	for _, s := range []string{
		"Title\n\nSub title\n\nA paragraph. Another one.\n\nA paragraph. Another one.",
		"gemerkt.Cloudflare laat weten.Encryptie zelf.\n\ngemerkt.Cloudflare laat weten.",
		"a.B.c.D.e.F\n\n\x00",
		"1. list\n\n- dash\n\n# hash ®",
		"Oekrai\u0308ne\u00a0\u200b\r\n\r\n\u0301\u0301 x",
		"",
		"\xff",
		"Headline\nStandfirst here\nBy Anna Jansen and Tom de Vries | 10 March 2022\n\nBody text. More.",
		"Kop\n\nDoor Pieter de Groot, 3 maart 2022\n\n03-03-2022\n\nTekst.",
		"<meta charset=utf-8><title>T | S</title><article><p>Oekra\xefne</p></article>",
		`<script type="application/ld+json"><![CDATA[{"@type":"NewsArticle","headline":"H","datePublished":"2022-03-08"}]]></script><p>x</p>`,
		"Kop van het stuk\n\nJan Smit Senior Writer\nJan Smit writes about chips.\n\nHighlights\n  • één\n  • twee\n\nTekst (ABC) - Get Abc Plc Report gaat door. Also Read - Een kop\n\nMeer uit Binnenland\nAnder nieuws.",
		"A line image\n\nA line\n\n123 456\n\nIt ended.(Reporting by X Y)",
	} {
		f.Add(s)
	}
	opts := testOptions(f)
	latin := testOptions(f)
	latin.Charset = "windows-1252"
	f.Fuzz(func(t *testing.T, s string) {
		for _, name := range []string{"f.txt", "f.md", "f.html", "latin.txt"} {
			o := opts
			if name == "latin.txt" {
				o = latin
			}
			res, err := Ingest(name, []byte(s), o)
			if err != nil {
				continue
			}
			for _, v := range []string{res.Body, res.Title, res.Subtitle, res.Author, res.Date} {
				if !utf8.ValidString(v) {
					t.Fatalf("%s: invalid UTF-8 in output %q", name, v)
				}
				if !norm.NFC.IsNormalString(v) {
					t.Fatalf("%s: output not NFC: %q", name, v)
				}
			}
			if !strings.HasSuffix(res.Body, "\n") {
				t.Fatalf("%s: body does not end with a newline: %q", name, res.Body)
			}
		}
	})
}

func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Oekraïne", "", "../..", "!!!", "Straße", strings.Repeat("ab ", 50), "İstanbul", "\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Slug(s)
		if err != nil {
			return
		}
		if got == "" || got == "." || got == ".." || strings.ContainsAny(got, `/\`) || strings.HasPrefix(got, "-") || strings.HasSuffix(got, "-") {
			t.Fatalf("Slug(%q) = %q", s, got)
		}
		if runeLen(got) > maxSlug || !utf8.ValidString(got) || got != strings.ToLower(got) {
			t.Fatalf("Slug(%q) = %q", s, got)
		}
	})
}
