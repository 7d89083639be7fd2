package ingest

import (
	"fmt"
	"regexp"
	"slices"
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
	// otherNews matches the header of a block of other stories after the
	// article ("Meer uit Binnenland"): with prose above it, it ends the
	// story.
	otherNews []*regexp.Regexp
	// edits removes widgets inside paragraphs and credits or teasers at
	// their end (edits.go).
	edits paragraphEdits
	// boxHeader matches the header of a box of highlights ("Key points").
	boxHeader *regexp.Regexp
	// banner matches the opening of a community site's welcome banner
	// above the story, whatever its length ("Welcome to X! ... Create a
	// free account ...").
	banner *regexp.Regexp
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
	if cl.endOfStory, err = wholeLines(opts.Boilerplate, endOfStoryKey); err != nil {
		return nil, err
	}
	if cl.otherNews, err = wholeLines(opts.Boilerplate, otherNewsKey); err != nil {
		return nil, err
	}
	if cl.edits, err = newParagraphEdits(opts.Boilerplate); err != nil {
		return nil, err
	}
	if list := opts.Boilerplate[boxHeaderKey]; len(list) > 0 {
		if cl.boxHeader, err = regexp.Compile(`(?i)^(?:` + strings.Join(list, "|") + `)\s*:?$`); err != nil {
			return nil, fmt.Errorf("boilerplate.yaml: %s: %w", boxHeaderKey, err)
		}
	}
	if list := opts.Boilerplate[bannerKey]; len(list) > 0 {
		if cl.banner, err = regexp.Compile(`(?i)^(?:` + strings.Join(list, "|") + `)`); err != nil {
			return nil, fmt.Errorf("boilerplate.yaml: %s: %w", bannerKey, err)
		}
	}
	for _, l := range langs {
		// Only the language lists ("en", "nl", "any") hold line
		// patterns; the other keys are the data of other passes.
		if !languageKey(l) {
			continue
		}
		res, err := wholeLines(opts.Boilerplate, l)
		if err != nil {
			return nil, err
		}
		cl.boilerplate = append(cl.boilerplate, res...)
	}
	return cl, nil
}

// The boilerplate.yaml keys of passes other than the line patterns.
const (
	otherNewsKey = "other_news"
	boxHeaderKey = "box_header"
	bannerKey    = "site_banner"
)

// languageKey reports a boilerplate.yaml key that lists line patterns:
// a language code or "any".
func languageKey(k string) bool {
	return k == "any" || len(k) == 2 && strings.ToLower(k) == k
}

// wholeLines compiles the patterns under key, each matched against a
// whole line, case-insensitively.
func wholeLines(bp map[string][]string, key string) ([]*regexp.Regexp, error) {
	var out []*regexp.Regexp
	for _, p := range bp[key] {
		re, err := regexp.Compile(`(?i)^(?:` + p + `)$`)
		if err != nil {
			return nil, fmt.Errorf("boilerplate pattern %q (%s): %w", p, key, err)
		}
		out = append(out, re)
	}
	return out, nil
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
var linkListHeader = regexp.MustCompile(`(?i)\b(related|lees ook|lees meer|meer over|more about|more on|most (read|viewed|popular)|meest gelezen|gerelateerd\w*|also read|read more|further reading|explore more|recommended|aanbevolen|also like|ook interessant|niet missen|don['’]?t miss|must[- ]reads?|moet je lezen|editor['’]?s picks?|aanraders?)\b`)

// listHeader reports a short chrome line without figures, such as the
// header of a block of related links.
func listHeader(line string) bool {
	if runeLen(line) > 40 {
		return false
	}
	return !strings.ContainsAny(line, "0123456789")
}

// maxListHeaderWords bounds a bare list header: "Read more", "Lees ook:".
const maxListHeaderWords = 4

// bareListHeader reports a list header alone on its line, without a
// teaser of its own after it ("Read more", not "Read more: Rival exits").
func bareListHeader(line string) bool {
	t := strings.TrimRightFunc(strings.TrimSpace(line), func(r rune) bool { return r == ':' || r == '.' || r == '…' || r == ' ' })
	return listHeader(line) && wordCount(t) <= maxListHeaderWords && !strings.Contains(t, ":") && linkListHeader.MatchString(t)
}

// endsStory reports a comment-section header: what follows are readers'
// words, not the article's.
func (cl *cleaner) endsStory(line string) bool {
	return matchHeader(cl.endOfStory, line)
}

// matchHeader reports a short line that one of res matches whole.
func matchHeader(res []*regexp.Regexp, line string) bool {
	plain := normLine(mdLeader.ReplaceAllString(line, ""))
	if runeLen(plain) > 60 {
		return false
	}
	// "Write a comment...", "Reacties …": the dots of a prompt are not
	// the header's words.
	plain = strings.TrimRightFunc(plain, func(r rune) bool { return r == ':' || r == ' ' || r == '.' || r == '…' })
	for _, re := range res {
		if re.MatchString(plain) {
			return true
		}
	}
	return false
}

// storyProse reports a paragraph of the story itself: a sentence of more
// than a dozen words.
func storyProse(b block) bool {
	return b.kind == kPara && prose(b.text)
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
		takeDateMarker(doc)
		cl.takeByline(doc)
	}
	// Before the edits and patterns: a credit line that one of them removes
	// would leave its caption behind.
	if doc.format != "md" && cl.shapes != nil {
		if doc.format == "txt" {
			doc.blocks = cl.shapes.page.dropHeaderAboveMenu(doc.blocks, cl.shapes.widgets)
			doc.blocks = cl.shapes.widgets.dropStrayShapes(doc.blocks)
		}
		doc.blocks = cl.shapes.page.dropPageShapes(doc.blocks)
	}
	cl.edits.apply(doc)
	if doc.format != "md" {
		cl.dropChromeSentences(doc, abbreviationSet(opts))
	}
	cl.dropBoilerplate(doc)
	if doc.format == "txt" {
		// Boxes first: a box's header in capitals ("KEY POINTS") reads
		// like a line of names to the judge.
		doc.blocks = dropBoxes(cl.boxHeader, doc.blocks)
		cl.shapes.judgeTextLines(doc)
	}
	if doc.format != "md" {
		dropRunOnRepeats(doc.blocks, doc.format == "html")
		if cl.shapes != nil {
			doc.blocks = cl.shapes.page.dropCredits(doc.blocks)
		}
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
	if doc.format == "txt" {
		cl.shapes.dropReaderQuestion(doc)
	}
}

// dropBoilerplate removes blocks, list items and lines that match the
// patterns, and the menu-like lines that follow a match in the same group.
func (cl *cleaner) dropBoilerplate(doc *document) {
	out := doc.blocks[:0]
	dropGroup := 0
	afterChrome := false
	explicitList := false
	prose := false    // a paragraph of the story stands above
	teaserGroup := 0  // the chunk of links under a bare list header
	teaserChunks := 0 // the one-line chunks of headlines taken after it
	skipTo := 0       // the blocks before it went with a teaser box
	for i, b := range doc.blocks {
		if i < skipTo {
			continue
		}
		// A comment section ends the story even inside a block of links,
		// and so does a block of other news once the story has begun.
		// The header of other news opens its chunk of a text file or
		// follows a paragraph of the story: one among the menu lines of a
		// teaser box mid-story ("Top stories" under "Recommended videos")
		// is that box's, and the story goes on below.
		if (b.kind == kPara || b.kind == kHeading) && (cl.endsStory(b.text) || prose && headerPlace(doc.blocks, i) && matchHeader(cl.otherNews, b.text)) {
			doc.blocks = out
			return
		}
		prose = prose || storyProse(b)
		// Menu lines after chrome go too: any after an explicit list header
		// ("Related posts:"), only short ones after other chrome (a top
		// navigation), so the headline below a menu stays.
		if dropGroup != 0 && b.group == dropGroup && b.kind == kPara && menuLike(b.text) && (explicitList || wordCount(b.text) <= 6) {
			continue
		}
		// A bare "More on Hostwell" or "Lees ook" header alone in its
		// chunk below the story's start: the headlines of the next chunk
		// are its links. Only that chunk: the one after may open with
		// the story's cross-head.
		if teaserGroup != 0 && b.group == teaserGroup && b.kind == kPara && !b.sure && menuLike(b.text) && !quoteMarks.MatchString(b.text) {
			// Headlines one to a chunk ("You might also like", then a
			// blank line between each): the next one-line chunk is the
			// box's too, up to maxTeaserChunks of them.
			if teaserChunks < maxTeaserChunks && doc.format == "txt" && oneLineChunkAfter(doc.blocks, i) {
				teaserGroup = doc.blocks[i+1].group
				teaserChunks++
			}
			continue
		}
		teaserChunks = 0
		teaserGroup = 0
		// A list of links right after a "Related articles" or "Lees ook" line.
		if afterChrome && b.kind == kList && allMenuLike(b.items) {
			afterChrome = false
			continue
		}
		dropGroup, afterChrome = 0, false
		switch b.kind {
		case kPara, kHeading:
			// A site's welcome banner above the story, however long its
			// menu runs on.
			if !prose && b.kind == kPara && cl.banner != nil && cl.banner.MatchString(strings.TrimSpace(b.text)) {
				continue
			}
			if cl.endsStory(b.text) {
				doc.blocks = out
				return
			}
			if cl.isBoilerplate(b.text) {
				// A box header ("Must read", "Lees ook") over pairs of a
				// headline and its snippet cut off with dots: the pairs
				// are the box's, wherever it stands.
				if bareListHeader(b.text) {
					if n := teaserPairs(doc.blocks[i+1:]); n > 0 {
						skipTo = i + 1 + 2*n
						continue
					}
				}
				// Only a list header ("Related posts:", "Lees ook") takes
				// the link lines after it along; a notice such as "This
				// article is more than 2 years old" may sit right above the
				// headline.
				// A bare "Read more" or "Lees ook" header with nothing of
				// the story after it: the teasers and prompts below it go
				// too, sentences or not.
				if prose && doc.format != "md" && bareListHeader(b.text) {
					if chromeTail(doc.blocks[i+1:]) {
						doc.blocks = out
						return
					}
					if i+1 < len(doc.blocks) && doc.blocks[i+1].group != b.group && doc.blocks[i-1].group != b.group {
						teaserGroup = doc.blocks[i+1].group
					}
				}
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

// headerPlace reports block i where a header of other news stands: a
// block of a page (no chunks), first in its blank-line-separated chunk of
// a text file, or right under a paragraph of the story, not among menu
// lines.
func headerPlace(blocks []block, i int) bool {
	return blocks[i].group == 0 || i == 0 || blocks[i-1].group != blocks[i].group || storyProse(blocks[i-1])
}

// maxTeaserChunks bounds the one-line chunks of headlines that a bare
// list header mid-story takes along after its first.
const maxTeaserChunks = 5

// oneLineChunkAfter reports that block i ends its chunk and the next
// chunk is one line: a headline of the box, not a chunk of the story.
func oneLineChunkAfter(blocks []block, i int) bool {
	if i+1 >= len(blocks) || blocks[i+1].group == blocks[i].group {
		return false
	}
	return i+2 >= len(blocks) || blocks[i+2].group != blocks[i+1].group
}

// maxChromeSentence bounds a sentence of chrome glued after the story's
// last sentence, in words: a promo or a notice, not a paragraph.
const maxChromeSentence = 30

// dropChromeSentences removes the sentences of chrome glued to the end of
// a paragraph of the story ("... sluit de hal in Moskou. Volg het laatste
// nieuws in ons liveblog. Lees het eerdere liveblog hier."):
// each one that a boilerplate pattern matches whole goes, from the last
// one back, while the paragraph keeps a sentence of its own. A quotation
// is somebody's words and stays.
func (cl *cleaner) dropChromeSentences(doc *document, abbrev map[string]bool) {
	for i := range doc.blocks {
		b := &doc.blocks[i]
		if b.kind != kPara || b.sure || runeLen(b.text) <= maxShort {
			continue
		}
		sents := splitSentences(b.text, abbrev)
		n := len(sents)
		for n > 1 && wordCount(sents[n-1]) <= maxChromeSentence && !quoteMarks.MatchString(sents[n-1]) && cl.isBoilerplate(sents[n-1]) {
			n--
		}
		// A paragraph that is chrome as a whole goes whole, later (only
		// asked when a sentence of chrome was found: it is the rare case).
		if n < len(sents) && !cl.isBoilerplate(b.text) {
			b.text = strings.Join(sents[:n], " ")
			// An author's box: a person and a copula, closed by a pointer
			// to that person's accounts ("Follow Anna on Twitter.").
			if doc.format == "txt" && cl.shapes != nil && personCopula.MatchString(b.text) && cl.shapes.followsAuthor(sents[len(sents)-1]) {
				b.text = ""
			}
		}
	}
	doc.blocks = slices.DeleteFunc(doc.blocks, func(b block) bool { return b.kind == kPara && b.text == "" })
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
	if doc.format == "md" {
		return
	}
	doc.blocks = dropTitleVariants(doc.title, doc.blocks)
	if len(doc.blocks) < 2 {
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

// Limits of a headline's variant below it.
const (
	titleVariantShare = 0.7 // share of its words the headline must hold
	minVariantWords   = 3
)

// dropTitleVariants drops the headline's variants right below it in a text
// file: the headline split in two ("Hostwell leaves Russia" above "The
// hosting firm closes its Moscow hall" under "Hostwell leaves Russia: the
// hosting firm closes its Moscow hall"), or repeated with an image counter
// ("... leaves Russia 2"). Such a line is headline-shaped and
// most of its words are the headline's. Only the lines straight under the
// headline go: a standfirst is a sentence, and a cross-head further down
// that echoes the headline is the story's.
func dropTitleVariants(title string, blocks []block) []block {
	words := wordSet(title)
	for len(blocks) > 0 {
		switch {
		case titleVariant(blocks[0], words):
			blocks = blocks[1:]
		case len(blocks) > 1 && sectionLabel(blocks[0]) && titleVariant(blocks[1], words):
			// A section label above the headline printed again
			// ("Ecommerce platforms" over the headline): the page's
			// kicker, not a cross-head (one never stands over the
			// headline).
			blocks = blocks[2:]
		case len(blocks) > 1 && sectionLabel(blocks[0]) && standfirstPara(blocks[1]):
			// A topic label straight under the headline, over the
			// standfirst ("Russian branch" over "The chain has left
			// Russia."): the page's kicker, not a cross-head (the story
			// has not begun).
			return blocks[1:]
		default:
			return blocks
		}
	}
	return blocks
}

// standfirstPara reports a paragraph of one sentence or two that opens a
// story: it ends with a full stop and has a sentence's length.
func standfirstPara(b block) bool {
	t := strings.TrimSpace(b.text)
	return b.kind == kPara && !b.sure && strings.HasSuffix(t, ".") && wordCount(t) >= 6 && runeLen(t) <= maxCaption && startsUpper(t)
}

// maxLabelWords bounds a section label: "Ecommerce platforms", "Tech".
const maxLabelWords = 3

// sectionLabel reports a line of a few words that names a section rather
// than saying anything: capitalised, no final full stop.
func sectionLabel(b block) bool {
	return b.kind == kPara && !b.sure && runeLen(b.text) < maxShort && wordCount(b.text) <= maxLabelWords &&
		menuLikeTitle(b.text) && startsUpper(b.text) && !quoteMarks.MatchString(b.text)
}

// wordSet is the set of words of s, as key spells them.
func wordSet(s string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(key(s)) {
		words[w] = true
	}
	return words
}

// titleVariant reports a headline-shaped paragraph most of whose words are
// in words (a headline's).
func titleVariant(b block, words map[string]bool) bool {
	if b.kind != kPara || b.sure || runeLen(b.text) >= maxTitle || !menuLikeTitle(b.text) {
		return false
	}
	ws := strings.Fields(key(b.text))
	in := 0
	for _, w := range ws {
		if words[w] {
			in++
		}
	}
	return len(ws) >= minVariantWords && float64(in) >= titleVariantShare*float64(len(ws))
}

// dateMarker is a date label opening a text file, glued to its first line
// as search excerpts and some exports write it: "date 2022-03-04 Google
// has paused ...", "date 2022-03 LIVE | ...".
var dateMarker = regexp.MustCompile(`^(?i:date)\s*:?\s+(\d{4}-\d{2}(?:-\d{2})?)(?:\s+|$)`)

// takeDateMarker takes the date label opening a text file off its first
// line, and its date as the article's when it names a day.
func takeDateMarker(doc *document) {
	if len(doc.blocks) == 0 || doc.blocks[0].kind != kPara {
		return
	}
	first := &doc.blocks[0]
	m := dateMarker.FindStringSubmatchIndex(first.text)
	if m == nil {
		return
	}
	if d, ok := parseDate(first.text[m[2]:m[3]]); ok && doc.date == "" {
		doc.date = d
	}
	if first.text = first.text[m[1]:]; first.text == "" {
		doc.blocks = doc.blocks[1:]
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
		if teaserLine(b) {
			if repeats == nil {
				repeats = newWordIndex(keys)
			}
			if repeats.mostlyInOther(i) {
				continue
			}
		}
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

// teaserPairs counts the pairs at the start of blocks that make a teaser
// box: a headline (no full stop at its end) and under it, in a paragraph
// of its own, that story's snippet cut off with dots ("... signed by the
// mayor..."). A story's paragraphs end with a full stop, so the box ends
// at the first pair that is not of that shape.
func teaserPairs(blocks []block) int {
	n := 0
	for len(blocks) >= 2 {
		head, snip := blocks[0], blocks[1]
		if head.kind != kPara || head.sure || runeLen(head.text) >= maxTitle || !menuLikeTitle(head.text) || !startsUpper(head.text) ||
			snip.kind != kPara || snip.sure || !truncatedEnd.MatchString(strings.TrimSpace(snip.text)) {
			break
		}
		n++
		blocks = blocks[2:]
	}
	return n
}

// minTeaserWords is the length from which a headline-shaped line that
// retells another paragraph in other words is a teaser, not a cross-head.
const minTeaserWords = 10

// teaserLine reports a line shaped like a headline: no final full stop,
// colon or semicolon, at most a headline's length, long enough not to be a
// cross-head, starting in upper case.
func teaserLine(b block) bool {
	return b.kind == kPara && !b.sure && runeLen(b.text) < maxTitle && menuLikeTitle(b.text) &&
		wordCount(b.text) >= minTeaserWords && startsUpper(b.text)
}

// menuLikeTitle reports a line that does not end like a sentence or a
// lead-in (a headline may end with "?", "!" or a quote).
func menuLikeTitle(s string) bool {
	switch lastRune(strings.TrimRightFunc(s, isCloser)) {
	case '.', ':', ';', '…', ',':
		return false
	}
	return true
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
		if !chrome || announcedList(doc.blocks) {
			return
		}
		doc.blocks = doc.blocks[:n-1]
	}
}

// Announced lists: a sentence of at least listLeadWords words ending in a
// colon, then at least two lines of at most listItemWords words each.
const (
	listLeadWords = 8
	listItemWords = 5
)

// announcedList reports blocks ending in a list its lead sentence
// announces ("Here is a list of the big firms that halted sales in
// Russia:" over "Rolex", "Ford Motor Co", ...): a listicle's content, not
// the menu lines after a story. "Related posts:" is too short a lead, and
// headlines are too long for items.
func announcedList(blocks []block) bool {
	j := len(blocks)
	for j > 0 {
		b := blocks[j-1]
		if b.kind != kPara || endsSentence(b.text) || strings.HasSuffix(b.text, ":") || wordCount(b.text) > listItemWords {
			break
		}
		j--
	}
	if len(blocks)-j < 2 || j == 0 {
		return false
	}
	lead := blocks[j-1]
	return lead.kind == kPara && strings.HasSuffix(strings.TrimSpace(lead.text), ":") && wordCount(lead.text) >= listLeadWords
}
