// Package ingest turns one raw article file (.txt, .html or .md) into clean
// markdown plus the facts found around it (title, author, date, source,
// language).
//
// It is plain data in, plain data out: the caller reads the file, passes the
// editor-owned word lists (content/data/boilerplate.yaml, abbreviations.yaml)
// and the site's languages in Options and writes the result. Nothing here
// touches the file system; the language detector's models are loaded once
// per process and kept.
//
// The cleaning pipeline is the same for every format once the input is split
// into blocks (paragraphs, headings, lists, quotes, code):
//
//  1. decode: the declared or given character set (charset.go), UTF-8 check,
//     NFC, line endings, whitespace; refuse more text than one article holds;
//  2. parse the format into blocks: a page's main content and metadata
//     through go-trafilatura (html.go, title.go), text lines (text.go);
//  3. take a byline (text only: header.go) and drop boilerplate lines
//     matched by the data patterns (clean.go);
//  4. take the date line, the title and standfirst (text and markdown);
//  5. classify short stand-alone lines: cross-head or pull-quote (text);
//  6. drop repeated paragraphs and repeated sentences (dedupe.go);
//  7. drop trailing chrome and a closing publisher mark;
//  8. render markdown, neutralising accidental block syntax (markdown.go);
//  9. detect the language (lang.go) and refuse one the site does not publish.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Options are the caller's overrides and the data the cleaning works from.
type Options struct {
	// Overrides from flags; empty means "find it".
	Lang, Title, Subtitle, SourceName, URL, Date string
	// Boilerplate holds per-language patterns (content/data/boilerplate.yaml);
	// the key "any" applies to every language.
	Boilerplate map[string][]string
	// Charset is the editor's --charset: the input's character set, which
	// wins over any declaration (text files are UTF-8 without it).
	Charset string
	// DeclaredCharset is the charset of the HTTP Content-Type header.
	DeclaredCharset string
	// MaxTextBytes caps the text of one article (for a page, its visible
	// text before extraction); 0 means DefaultMaxTextBytes.
	MaxTextBytes int
	// Languages are the languages the site publishes (site.yaml); an
	// article detected in another language is refused with ErrLanguage.
	// Empty accepts any detected language.
	Languages []string
	// Abbreviations holds per-language abbreviations whose full stop ends
	// no sentence (content/data/abbreviations.yaml).
	Abbreviations map[string][]string
	// LineModel is the learnt judge of a text file's lines
	// (content/data/lineshape-model.json); nil turns it off.
	LineModel *LineModel
	// Stopwords feed the judge's features (content/data/stopwords.yaml).
	Stopwords map[string][]string
	// Protected are lower-cased company names: a line holding one is never
	// dropped by the judge.
	Protected []string
}

// Result is one cleaned article.
type Result struct {
	Title, Subtitle, Date, SourceName, URL string
	// Author is the byline's name(s), "" when none was found.
	Author         string
	Lang           string
	LangDetected   bool    // true when Lang came from detection, not Options.Lang
	LangConfidence float64 // 0..1
	// LangNote says why a detection is not to be trusted blindly (mixed
	// languages, little text); "" when it is clear.
	LangNote string
	// Body is cleaned markdown: paragraphs separated by one blank line,
	// subheadings as "## ...", ending with "\n". A standfirst found as
	// Subtitle stays in the body as its first paragraph, since it is part of
	// the article's text.
	Body   string
	Format string // "txt", "html" or "md"
	// Warnings are things the editor should check, such as a page whose
	// bytes contradict its declared character set.
	Warnings []string
}

// DefaultMaxTextBytes is the most text one article may hold. A long read is
// about 100 KB; 4 MB leaves room for a long live blog or a transcript, which
// editors do paste, while still refusing a whole archive or feed. Cleaning
// and extraction are linear in the input now (2 MB of text or of visible page
// text take about 4 and 9 s of CPU), so the cap is about what one article
// is, no longer about time.
const DefaultMaxTextBytes = 4 << 20

// Errors that Ingest wraps with the file name; test them with errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file, not text")
	ErrNoText      = errors.New("no article text found")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrFormat      = errors.New("unsupported format")
	ErrLanguage    = errors.New("language not published by this site")
	ErrTooLarge    = errors.New("article text too large")
)

// InvalidUTF8Error reports the byte offset of the first invalid sequence.
type InvalidUTF8Error struct{ Offset int }

func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("invalid UTF-8 at byte %d (for a windows-1252 or Latin-1 file, give --charset windows-1252)", e.Offset)
}

// LanguageError is an article the site cannot take for its language; its
// message names the language and what to do.
type LanguageError struct{ Msg string }

func (e *LanguageError) Error() string { return e.Msg }

// Is makes errors.Is(err, ErrLanguage) true.
func (e *LanguageError) Is(target error) bool { return target == ErrLanguage }

// Is makes errors.Is(err, ErrInvalidUTF8) true.
func (e *InvalidUTF8Error) Is(target error) bool { return target == ErrInvalidUTF8 }

// Format returns the format name for a file name's extension, or "".
func Format(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".text":
		return "txt"
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".md", ".markdown":
		return "md"
	}
	return ""
}

// Ingest cleans one raw file. name is its path: the extension picks the
// format (.txt, .html/.htm, .md/.markdown) and errors name it.
func Ingest(name string, data []byte, opts Options) (Result, error) {
	format := Format(name)
	if format == "" {
		return Result{}, fmt.Errorf("%s: %w %q (want .txt, .html, .htm, .md or .markdown)", name, ErrFormat, filepath.Ext(name))
	}
	data, warnings, err := toUTF8(format, data, opts.Charset, opts.DeclaredCharset)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", name, err)
	}
	text, err := decode(data)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", name, err)
	}
	cl, err := newCleaner(opts)
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", name, err)
	}

	limit := opts.MaxTextBytes
	if limit <= 0 {
		limit = DefaultMaxTextBytes
	}
	if format != "html" && len(text) > limit {
		return Result{}, fmt.Errorf("%s: %w: %s of text, the limit for one article is %s (an archive or a whole feed? save the article on its own)", name, ErrTooLarge, byteSize(len(text)), byteSize(limit))
	}

	var doc document
	switch format {
	case "txt":
		doc = parseText(text, cl)
	case "md":
		doc = parseMarkdown(text, cl)
	case "html":
		doc, err = parseHTML(text, limit)
		var big *textSizeError
		if errors.As(err, &big) {
			return Result{}, fmt.Errorf("%s: %w: the page holds more than %s of text, the most one article may hold (an archive or a live blog? save the part you want as a .txt file)", name, ErrTooLarge, byteSize(limit))
		}
		if errors.Is(err, errNoContent) {
			return Result{}, fmt.Errorf("%s: %w: the page has no article body (an index, a login wall or a script-only page?)", name, ErrNoText)
		}
		if err != nil {
			return Result{}, fmt.Errorf("%s: %w", name, err)
		}
	}
	doc.format = format
	cl.clean(&doc, opts)
	if format == "txt" {
		// Last: the judge only catches what the vocabulary passes left.
		dropFurniture(&doc, furnitureKeys(text, opts), opts.Protected)
	}

	body := render(doc.blocks, format != "md")
	if strings.TrimSpace(body) == "" {
		// The file had text, but none of it is article text.
		return Result{}, fmt.Errorf("%s: %w", name, ErrNoText)
	}

	res := Result{
		Title:      doc.title,
		Subtitle:   doc.subtitle,
		Date:       doc.date,
		Author:     doc.author,
		SourceName: doc.source,
		URL:        doc.url,
		Body:       body,
		Format:     format,
		Warnings:   warnings,
	}
	if opts.Title != "" {
		res.Title = cleanLine(opts.Title)
	}
	if opts.Subtitle != "" {
		res.Subtitle = cleanLine(opts.Subtitle)
	}
	if opts.SourceName != "" {
		res.SourceName = cleanLine(opts.SourceName)
	}
	if opts.URL != "" {
		res.URL = strings.TrimSpace(opts.URL)
	}
	if opts.Date != "" {
		res.Date = strings.TrimSpace(opts.Date)
		if d, ok := parseDate(res.Date); ok {
			res.Date = d
		}
	}
	if opts.Lang != "" {
		res.Lang, res.LangConfidence = strings.ToLower(strings.TrimSpace(opts.Lang)), 1
	} else if err := detectInto(&res, doc.langHint, opts.Languages); err != nil {
		return Result{}, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

// byteSize writes a size for people: "1.0 MB", "900 KB".
func byteSize(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+1023)/1024)
}

// detectInto sets the detected language of res, or explains why the
// article cannot be taken: its language is not one the site publishes, or
// none could be told.
func detectInto(res *Result, htmlLang string, languages []string) error {
	d := DetectLanguage(res.Title + "\n" + res.Body)
	res.LangDetected = true
	published := func(code string) bool {
		if len(languages) == 0 {
			return code != ""
		}
		for _, l := range languages {
			if l == code {
				return true
			}
		}
		return false
	}
	site := publishes(languages)
	if d.Code == "" {
		// Too little text to tell: a page may still say its language.
		if published(htmlLang) {
			res.Lang, res.LangConfidence = htmlLang, 0.5
			res.LangNote = "too little text to detect the language; taken from the page's lang attribute"
			return nil
		}
		return &LanguageError{fmt.Sprintf("no language detected (too little text); %s; use --lang to set it", site)}
	}
	res.Lang, res.LangConfidence = d.Code, d.Confidence
	if d.Unclear() {
		res.LangNote = fmt.Sprintf("mixed or unclear language: %s %.2f", d, d.Confidence)
		if d.RunnerUp != "" {
			res.LangNote += fmt.Sprintf(", %s %.2f", d.RunnerUp, d.RunnerUpConfidence)
		}
	}
	if !published(d.Code) {
		msg := fmt.Sprintf("detected %s", d)
		if res.LangNote != "" {
			msg += " (" + res.LangNote + ")"
		}
		return &LanguageError{fmt.Sprintf("%s; %s; use --lang to override", msg, site)}
	}
	return nil
}

// publishes says which languages the site publishes: "this site publishes
// en and nl".
func publishes(languages []string) string {
	switch n := len(languages); n {
	case 0:
		return "this site publishes any language"
	case 1:
		return "this site publishes " + languages[0] + " only"
	default:
		return "this site publishes " + strings.Join(languages[:n-1], ", ") + " and " + languages[n-1]
	}
}

// decode checks that data is text and returns it as NFC with "\n" line ends
// and without a byte-order mark.
func decode(data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return "", ErrBinary
	}
	if !utf8.Valid(data) {
		return "", &InvalidUTF8Error{Offset: invalidOffset(data)}
	}
	// Mostly control characters: not text, whatever the encoding says.
	ctrl, total := 0, 0
	for _, r := range string(data) {
		total++
		if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' || r == 0x7f {
			ctrl++
		}
	}
	if ctrl*10 > total {
		return "", ErrBinary
	}
	s := norm.NFC.String(string(data))
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return s, nil
}
