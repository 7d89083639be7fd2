package ingest

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// Limits of the line heuristics, in characters.
const (
	maxTitle    = 150 // a first line longer than this is not a headline
	maxSubtitle = 250 // nor a second line longer than this a standfirst
	maxShort    = 60  // a stand-alone line shorter than this may be a cross-head
	maxMenu     = 100 // a line of a menu or link box after a boilerplate line
	maxChrome   = 400 // a longer line is never boilerplate (see boilerplate.yaml)
	minPullWord = 3   // a pull-quote dropped for repeating a paragraph has this many words
)

// cleaner holds what one Ingest call compiled from the data.
type cleaner struct {
	boilerplate []*regexp.Regexp
	// endOfStory matches a line after which nothing is the article's:
	// the header of a comment section ("Reacties (3)", "Comments").
	endOfStory []*regexp.Regexp
	// shapes judges plain-text lines by their shape (lineshape.go).
	shapes *lineShapes
	// bylineRe matches a byline line of a text file ("By Anna Jansen,
	// 10 March 2022"); nil without byline data.
	bylineRe *regexp.Regexp
}

// endOfStoryKey is the boilerplate.yaml key of the end-of-story patterns.
const endOfStoryKey = "end_of_story"

// newCleaner compiles the boilerplate patterns for opts.Lang (and "any"),
// or for every language when the language is not known yet.
func newCleaner(opts Options) (*cleaner, error) {
	var langs []string
	if opts.Lang != "" {
		base, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(opts.Lang)), "-")
		langs = []string{base, "any"}
	} else {
		for l := range opts.Boilerplate {
			langs = append(langs, l)
		}
		sort.Strings(langs)
	}
	shapes, err := newLineShapes(opts.Boilerplate)
	if err != nil {
		return nil, err
	}
	cl := &cleaner{shapes: shapes}
	byline, err := compileByline(opts.Boilerplate[bylineKey])
	if err != nil {
		return nil, err
	}
	cl.bylineRe = byline
	for _, p := range opts.Boilerplate[endOfStoryKey] {
		re, err := regexp.Compile(`(?i)^(?:` + p + `)$`)
		if err != nil {
			return nil, fmt.Errorf("boilerplate pattern %q (%s): %v", p, endOfStoryKey, err)
		}
		cl.endOfStory = append(cl.endOfStory, re)
	}
	for _, l := range langs {
		if l == endOfStoryKey || l == bylineKey || strings.HasPrefix(l, shapeKeyPrefix) {
			continue
		}
		for _, p := range opts.Boilerplate[l] {
			re, err := regexp.Compile(`(?i)^(?:` + p + `)$`)
			if err != nil {
				return nil, fmt.Errorf("boilerplate pattern %q (%s): %v", p, l, err)
			}
			cl.boilerplate = append(cl.boilerplate, re)
		}
	}
	return cl, nil
}

// mdDecoration matches markdown inline decoration removed before a line is
// compared with the boilerplate patterns.
var (
	mdLeader = regexp.MustCompile(`^\s*(?:#{1,6}\s+|>\s*|[-+*]\s+|\d{1,9}[.)]\s+)+`)
	mdImage  = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink   = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdEmph   = regexp.MustCompile("\\*\\*|__|`")
)

// isBoilerplate reports whether a whole line is site chrome.
func (cl *cleaner) isBoilerplate(line string) bool {
	if len(cl.boilerplate) == 0 || runeLen(line) > maxChrome {
		return false
	}
	plain := mdLeader.ReplaceAllString(line, "")
	plain = mdImage.ReplaceAllString(plain, "")
	plain = mdLink.ReplaceAllString(plain, "$1")
	plain = normLine(mdEmph.ReplaceAllString(plain, ""))
	if plain == "" {
		return false
	}
	cands := []string{plain}
	if t := strings.TrimFunc(plain, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '®' && r != '™' && r != '©'
	}); t != plain && t != "" {
		cands = append(cands, t)
	}
	for _, re := range cl.boilerplate {
		for _, c := range cands {
			if re.MatchString(c) {
				return true
			}
		}
	}
	return false
}

// linkListHeader is chrome that introduces a list of links to other
// stories.
var linkListHeader = regexp.MustCompile(`(?i)\b(related|lees ook|lees meer|meer over|more about|more on|most (read|viewed|popular)|meest gelezen|gerelateerd\w*|also read|read more|further reading|explore more|recommended|aanbevolen)\b`)

// listHeader reports a short chrome line without figures, such as the
// header of a block of related links.
func listHeader(line string) bool {
	if runeLen(line) > 40 {
		return false
	}
	return !strings.ContainsAny(line, "0123456789")
}

// endsStory reports a comment-section header: what follows are readers'
// words, not the article's.
func (cl *cleaner) endsStory(line string) bool {
	plain := normLine(mdLeader.ReplaceAllString(line, ""))
	if runeLen(plain) > 60 {
		return false
	}
	for _, re := range cl.endOfStory {
		if re.MatchString(plain) {
			return true
		}
	}
	return false
}

// menuLike reports a line that reads like a link, headline or menu entry
// rather than prose: short and not ending with a full stop, colon or
// semicolon (a headline may end with "?" or "!").
func menuLike(s string) bool {
	if runeLen(s) >= maxMenu {
		return false
	}
	switch lastRune(strings.TrimRightFunc(s, isCloser)) {
	case '.', ':', ';', '…':
		return false
	}
	return true
}

// clean runs the format-independent passes over doc.
func (cl *cleaner) clean(doc *document, opts Options) {
	// The byline first: "By A and B | 10 March 2022" looks like a
	// breadcrumb to the boilerplate patterns.
	if doc.format == "txt" {
		cl.takeByline(doc)
	}
	cl.dropBoilerplate(doc)
	if doc.format == "txt" {
		cl.shapes.judgeTextLines(doc)
	}
	if doc.format != "md" {
		takeDateLine(doc)
	}
	if doc.format != "html" {
		takeTitle(doc, opts)
	}
	classifyShortLines(doc)
	dedupe(doc, opts)
	if doc.format != "md" {
		trimTail(doc)
	}
}

// dropBoilerplate removes blocks, list items and lines that match the
// patterns, and the menu-like lines that follow a match in the same group.
func (cl *cleaner) dropBoilerplate(doc *document) {
	out := doc.blocks[:0]
	dropGroup := 0
	afterChrome := false
	explicitList := false
	for _, b := range doc.blocks {
		// A comment section ends the story even inside a block of links.
		if (b.kind == kPara || b.kind == kHeading) && cl.endsStory(b.text) {
			doc.blocks = out
			return
		}
		// Menu lines after chrome go too: any after an explicit list header
		// ("Related posts:"), only short ones after other chrome (a top
		// navigation), so the headline below a menu stays.
		if dropGroup != 0 && b.group == dropGroup && b.kind == kPara && menuLike(b.text) && (explicitList || wordCount(b.text) <= 6) {
			continue
		}
		// A list of links right after a "Related articles" or "Lees ook" line.
		if afterChrome && b.kind == kList && allMenuLike(b.items) {
			afterChrome = false
			continue
		}
		dropGroup, afterChrome = 0, false
		switch b.kind {
		case kPara, kHeading:
			if cl.endsStory(b.text) {
				doc.blocks = out
				return
			}
			if cl.isBoilerplate(b.text) {
				// Only a list header ("Related posts:", "Lees ook") takes
				// the link lines after it along; a notice such as "This
				// article is more than 2 years old" may sit right above the
				// headline.
				if listHeader(b.text) {
					dropGroup, afterChrome = b.group, true
					explicitList = strings.HasSuffix(strings.TrimSpace(b.text), ":") || linkListHeader.MatchString(b.text)
				}
				continue
			}
		case kList, kQuote, kRaw:
			items := b.items[:0]
			for _, it := range b.items {
				if !cl.isBoilerplate(it) {
					items = append(items, it)
				}
			}
			b.items = items
			if len(items) == 0 || b.kind == kRaw && strings.TrimSpace(strings.Join(items, "")) == "" {
				continue
			}
		}
		out = append(out, b)
	}
	doc.blocks = out
}

// allMenuLike reports whether every item is menu-like.
func allMenuLike(items []string) bool {
	for _, it := range items {
		if !menuLike(it) {
			return false
		}
	}
	return true
}

// headlineLike reports a first line that can be a title.
func headlineLike(b block) bool {
	if b.kind != kPara || b.text == "" {
		return false
	}
	n := runeLen(b.text)
	last := lastRune(strings.TrimRightFunc(b.text, isCloser))
	return n < maxTitle && last != '.' && last != ',' && last != ':' && last != ';' && wordCount(b.text) > 0
}

// takeTitle takes the title (and a standfirst after it) from the top of a
// text or markdown file. With opts.Title set, a first line is only taken
// (and so dropped from the body) when it equals that title.
func takeTitle(doc *document, opts Options) {
	if len(doc.blocks) < 2 {
		return // a one-line file is all body
	}
	first := doc.blocks[0]
	isTitle := false
	switch doc.format {
	case "md":
		isTitle = first.kind == kHeading && first.level == 1
	default:
		isTitle = headlineLike(first)
	}
	if opts.Title != "" {
		isTitle = (first.kind == kPara || first.kind == kHeading) && key(first.text) == key(opts.Title) && key(first.text) != ""
	}
	if !isTitle {
		return
	}
	doc.title = first.text
	doc.blocks = doc.blocks[1:]
	if doc.format == "md" || len(doc.blocks) < 2 {
		return
	}
	// A standfirst: one short sentence standing alone before the story. It
	// is part of the article, so it stays in the body as its first paragraph.
	sub := &doc.blocks[0]
	if sub.kind == kPara && runeLen(sub.text) < maxSubtitle && len(splitSentences(sub.text, abbreviationSet(opts))) == 1 {
		doc.subtitle = sub.text
		sub.sure = true
	}
}

// takeDateLine takes a stand-alone date line ("8 March 2022", "Published
// 8 maart 2022 14:32") near the top as the date (unless one was found in
// the page's metadata) and drops it from the body.
func takeDateLine(doc *document) {
	for i := 0; i < len(doc.blocks) && i < 4; i++ {
		b := doc.blocks[i]
		if b.kind != kPara || runeLen(b.text) > maxShort {
			continue
		}
		if d, ok := parseDateLine(b.text); ok {
			if doc.date == "" {
				doc.date = d
			}
			doc.blocks = append(doc.blocks[:i:i], doc.blocks[i+1:]...)
			return
		}
	}
}

// shortLine reports a stand-alone line that is not a sentence: short, no
// final full stop, comma or colon, not starting in lower case.
func shortLine(b block) bool {
	if b.kind != kPara || b.sure || runeLen(b.text) >= maxShort || b.text == "" {
		return false
	}
	last := lastRune(strings.TrimRightFunc(b.text, isCloser))
	switch last {
	case '.', ',', ':', ';', '…':
		return false
	}
	first := []rune(strings.TrimLeftFunc(b.text, isOpener))
	return len(first) > 0 && !unicode.IsLower(first[0])
}

// classifyShortLines drops pull-quotes (a short line whose words occur in
// another paragraph) and, in text files, turns a short line between two
// paragraphs into a subheading.
func classifyShortLines(doc *document) {
	keys := make([]string, len(doc.blocks))
	for i, b := range doc.blocks {
		if b.kind == kPara {
			keys[i] = key(b.text)
		}
	}
	var repeats *wordIndex // built at the first short line that needs it
	out := doc.blocks[:0]
	for i, b := range doc.blocks {
		if shortLine(b) {
			pull := false
			if wordCount(b.text) >= minPullWord {
				if repeats == nil {
					repeats = newWordIndex(keys)
				}
				pull = repeats.inOther(i)
			}
			if pull {
				continue
			}
			if doc.format == "txt" && len(out) > 0 && out[len(out)-1].kind == kPara &&
				i+1 < len(doc.blocks) && doc.blocks[i+1].kind == kPara && !shortLine(doc.blocks[i+1]) {
				b.kind = kHeading
			}
		}
		out = append(out, b)
	}
	doc.blocks = out
}

// publisherMark matches a stand-alone ®, ™ or © closing the last paragraph.
var publisherMark = regexp.MustCompile(`\s+[®™©]+$|^[®™©]+$`)

// trimTail drops the chrome after the story: headings and short menu-like
// lines at the end, and a publisher mark closing the last paragraph.
func trimTail(doc *document) {
	for len(doc.blocks) > 0 {
		n := len(doc.blocks)
		last := &doc.blocks[n-1]
		if last.kind == kPara {
			if t := publisherMark.ReplaceAllString(last.text, ""); t != last.text {
				last.text = strings.TrimSpace(t)
				if last.text == "" {
					doc.blocks = doc.blocks[:n-1]
				}
				continue
			}
		}
		if n == 1 {
			return
		}
		// On a page, where the markup shows links, a short line after the
		// story goes only when it is a link (a "Continue reading" or a box
		// of links to other pages); a caption or the author's initials
		// stay.
		chrome := last.kind == kHeading ||
			last.kind == kPara && !last.sure && (doc.format != "html" || last.link) && runeLen(last.text) < maxShort && !endsSentence(last.text) && lastRune(last.text) != '"' && lastRune(last.text) != '”'
		if !chrome {
			return
		}
		doc.blocks = doc.blocks[:n-1]
	}
}
