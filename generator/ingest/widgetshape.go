package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Shapes of chrome that no phrase list anticipates (issue 14 kind 2): the
// blind batches kept failing on lines nobody had written a pattern for,
// so these judge a line by what it is made of rather than by what it
// says. A row of widget words ("Email This Post", "Deel via WhatsApp"), a
// token of markup ("image/svg+xml"), a site's note about its own
// stories, a kicker headline of another story between two paragraphs,
// and the headline-shaped lines after a "Read more" header when nothing
// of the story comes after them. The words are data (boilerplate.yaml, keys
// shape_widget_word, shape_filler, shape_site,
// shape_site_offer).

// widgetShapes is the compiled vocabulary of these shapes.
type widgetShapes struct {
	word   *regexp.Regexp // one widget word, whole: "share", "delen", "whatsapp"
	filler *regexp.Regexp // one function word a widget row may hold: "this", "via"
	site   *regexp.Regexp // the site speaking of its own work: "our stories"
	offer  *regexp.Regexp // what such a note offers: "free", "readers"
	// The stray lines of strayshape.go.
	call        *regexp.Regexp // a call to the reader's lead: "Click here", "Learn more"
	placeholder *regexp.Regexp // a theme's placeholder text: "Lorem ipsum"
	neighbour   *regexp.Regexp // a neighbour post's label, whole: "Previous post"
	// icons matches a token made only of icon names glued together
	// ("arrow-downarrow-left"); icon is one whole icon name.
	icons, icon *regexp.Regexp
	// svgTitles matches a token, lowered, made of icon names and the words
	// of SVG titles glued together ("ChevronIcon", "ArtboardCreated").
	svgTitles *regexp.Regexp
}

// newWidgetShapes compiles the lists; a missing list turns its shape off.
func newWidgetShapes(bp map[string][]string) (*widgetShapes, error) {
	ws := &widgetShapes{}
	err := compileShapeLists(bp, []shapeList{
		{&ws.word, "shape_widget_word", wholeWord},
		{&ws.filler, "shape_filler", wholeWord},
		{&ws.site, "shape_site", wordAnywhere},
		{&ws.offer, "shape_site_offer", wordAnywhere},
		{&ws.call, "shape_call_to_action", lineLead},
		{&ws.placeholder, "shape_placeholder", lineLead},
		{&ws.neighbour, "shape_neighbour_nav", wholeWord},
		// Case-sensitive: an icon's name in the markup is lower case,
		// so "Play" or "Home" as a word of a headline is not one.
		{&ws.icons, "shape_icon_name", `^(?:%s)+$`},
		{&ws.icon, "shape_icon_name", `^(?:%s)$`},
	})
	if err == nil && len(bp["shape_svg_title"]) > 0 && len(bp["shape_icon_name"]) > 0 {
		alt := strings.Join(append(slices.Clone(bp["shape_icon_name"]), bp["shape_svg_title"]...), "|")
		if ws.svgTitles, err = regexp.Compile(`^(?:` + alt + `)+$`); err != nil {
			err = fmt.Errorf("shape_svg_title: %w", err)
		}
	}
	return ws, err
}

// iconRun reports a line made only of the names of a theme's icons, read
// out of the markup with no space between them: "arrow-downarrow-left",
// "facebooktwitterlinkedin", "search close menu". Two names at least,
// so a lone word ("close", "home") is left to the other tests; each
// token in lower case and wholly made of names, so a word of the story
// ("homeland", "Play") never is one.
func (ws *widgetShapes) iconRun(line string) bool {
	if ws == nil || ws.icons == nil || runeLen(line) > maxChrome {
		return false
	}
	// A list's bullet is no word: "• linkedin icon" is a share bar's
	// item read out of its list.
	fields := strings.Fields(strings.TrimLeft(line, "•·▪►*-–— \t"))
	if len(fields) == 0 {
		return false
	}
	if ws.svgTitleRun(fields) {
		return true
	}
	for _, f := range fields {
		if !ws.icons.MatchString(f) {
			return false
		}
	}
	return len(fields) > 1 || !ws.icon.MatchString(fields[0])
}

// svgTitleRun reports a line read out of inline SVGs' titles: icon names
// and a drawing tool's defaults glued in capitals ("ArrowArtboardCreated
// with Sketch.Title ChevronIcon FacebookIcon"). Three tokens at least,
// every one made wholly of those words once lowered.
func (ws *widgetShapes) svgTitleRun(fields []string) bool {
	if ws.svgTitles == nil || len(fields) < 3 {
		return false
	}
	for _, f := range fields {
		if !ws.svgTitles.MatchString(strings.ToLower(strings.ReplaceAll(f, ".", ""))) {
			return false
		}
	}
	return true
}

// How a shape_* list is matched: as words anywhere in a line, as a line's
// lead (followed by a space), or as one whole word on its own.
const (
	wordAnywhere = `(?i)\b(?:%s)\b`
	lineLead     = `(?i)^(?:%s)\s+`
	wholeWord    = `(?i)^(?:%s)$`
)

// shapeList is one shape_* list of boilerplate.yaml and where its
// compiled alternatives go.
type shapeList struct {
	into   **regexp.Regexp
	key    string
	layout string // wordAnywhere, lineLead or wholeWord
}

// compileShapeLists compiles each list's alternatives; a missing list
// leaves its regexp nil, which turns its test off.
func compileShapeLists(bp map[string][]string, lists []shapeList) error {
	for _, c := range lists {
		list := bp[c.key]
		if len(list) == 0 {
			continue
		}
		re, err := regexp.Compile(fmt.Sprintf(c.layout, strings.Join(list, "|")))
		if err != nil {
			return fmt.Errorf("boilerplate.yaml: %s: %w", c.key, err)
		}
		*c.into = re
	}
	return nil
}

// maxWidgetWords bounds a widget row, in words: a share bar of ten
// buttons ("Deel via WhatsApp", ...), not a paragraph.
const maxWidgetWords = 30

// widgetTrim is what a widget row's words carry around them: counts in
// brackets, arrows, a colon.
func widgetTrim(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '+' && r != '-'
}

// widgetRow reports a line made only of widget words and the function
// words between them, at least half of them widget words: "Email This
// Post Email This Post", "LinkedIn Google+ Pinterest", "Bewaar artikel in
// Mijn Nieuws", "Deel via WhatsApp", also a whole share bar read out with
// its icons' file types ("image/svg+xml Deel via WhatsApp image/svg+xml
// Deel via X"). A line of the story has a word of its
// own (a company, a verb of the news), so it never consists of these.
func (ws *widgetShapes) widgetRow(line string) bool {
	if ws == nil || ws.word == nil || runeLen(line) > maxChrome || quoteMarks.MatchString(line) {
		return false
	}
	fields := strings.FieldsFunc(line, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("|·•,;", r)
	})
	widget, words := 0, 0
	for _, f := range fields {
		w := strings.TrimFunc(f, widgetTrim)
		switch {
		case w == "" || strings.IndexFunc(w, unicode.IsLetter) < 0 || markupToken.MatchString(w):
			continue // a count, an arrow, a bracket, an icon's file type
		case ws.word.MatchString(w):
			widget++
		case ws.filler != nil && ws.filler.MatchString(w):
		default:
			return false
		}
		if words++; words > maxWidgetWords {
			return false
		}
	}
	return widget > 0 && widget*2 >= words
}

// markupToken matches a line that is one token of markup or a file
// format rather than a word: "image/svg+xml", "data:image/png;base64",
// "{{ad_slot}}", "icon_share".
var markupToken = regexp.MustCompile(`^[\p{L}\d.:-]*[/+=;{}<>_][\p{L}\d/+=;{}<>_.:-]*$`)

// codeLine reports a line that is a single token of markup: letters glued
// to slashes, plus signs, equals signs or underscores, with no space, or
// a line that is mostly one glued token longer than any word. A word of a
// sentence ("24/7" has no letter, "AT&T" none of these signs) is not one.
func codeLine(line string) bool {
	line = strings.TrimSpace(line)
	if line != "" && runeLen(line) <= maxShort && !strings.ContainsAny(line, " \t") && hasLetter(line) &&
		markupToken.MatchString(line) {
		return true
	}
	return gluedIcons(line)
}

// maxWordRunes is longer than any word of prose, Dutch compounds
// included: a longer token is names glued together by a scraper.
const maxWordRunes = 40

// gluedIcons reports a line that is mostly one token of Latin letters
// longer than any word, not a web address: a page's icon names read out
// without spaces ("arrow-downarrow-leftchevron-upemailfacebook..."). A
// script written without spaces (Chinese, Japanese) is text.
func gluedIcons(line string) bool {
	if runeLen(line) > maxChrome {
		return false
	}
	for _, f := range strings.Fields(line) {
		if n := runeLen(f); n > maxWordRunes && n*2 >= runeLen(line) && latinOnly(f) &&
			!contactToken.MatchString(strings.TrimRight(f, ".,")) && !strings.Contains(f, "://") {
			return true
		}
	}
	return false
}

// maxSiteNoteWords bounds a site's note about its own work.
const maxSiteNoteWords = 40

// siteNote reports a site's note to its readers about its own work:
// "All of our stories about the war are free for all readers.", "Onze
// verhalen over de oorlog zijn gratis voor alle lezers." It speaks of the
// site's stories or journalism and of what readers get or give, without
// quotation marks (a spokesperson's "our customers" is a quote).
func (ws *widgetShapes) siteNote(line string) bool {
	if ws == nil || ws.site == nil || ws.offer == nil || wordCount(line) > maxSiteNoteWords || quoteMarks.MatchString(line) {
		return false
	}
	return ws.site.MatchString(line) && ws.offer.MatchString(line)
}

// kickerHeadline matches a headline with a kicker: one to four words (the
// first of three letters or more), a colon, and a headline opening with a
// capital ("Russia boycott: A list
// of global campaigns ...").
var kickerHeadline = regexp.MustCompile(`^[\p{L}\d'’&-]{3,}(?:\s+[\p{L}\d'’&-]+){0,3}:\s+["“‘']?\p{Lu}`)

// minKickerWords is the length from which a kicker line is another
// story's headline rather than a cross-head ("Update: talks resume").
const minKickerWords = 8

// kickerTeaser reports a headline with a kicker that stands alone: no
// final full stop, no quotation marks, long enough to be a headline. A
// question is an interview's ("Q: Why not leave altogether?"), and the
// kicker is a word of three letters or more, not "Q" or "A".
func kickerTeaser(b block) bool {
	return b.kind == kPara && !b.sure && runeLen(b.text) < maxTitle && menuLikeTitle(b.text) && lastRune(b.text) != '?' &&
		wordCount(b.text) >= minKickerWords && !quoteMarks.MatchString(b.text) && kickerHeadline.MatchString(b.text)
}

// dropKickerTeasers drops a kicker headline that stands between two
// paragraphs of the story (or before the last line of a text cut short):
// a link to another story ("Russia boycott: A list of ..."). The story's
// cross-heads are short and have no kicker; a quote introduced by a colon
// has quotation marks.
func dropKickerTeasers(blocks []block) []block {
	out := blocks[:0]
	for i, b := range blocks {
		if i > 0 && i+1 < len(blocks) && kickerTeaser(b) && storyProse(blocks[i-1]) &&
			(storyProse(blocks[i+1]) || i+2 == len(blocks)) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// maxChromeTail bounds the lines after a "Read more" header that go with
// it when nothing of the story follows.
const maxChromeTail = 12

// chromeTail reports that what follows a list header such as "Read more"
// or "Lees ook" is not the story's: a few headline-shaped lines or lists
// of links, across blank lines, and no sentence. A sentence after the
// teasers may be the story's last ("Het bedrijf kijkt in juni opnieuw
// naar het besluit."), so a tail with one stays whole.
func chromeTail(rest []block) bool {
	if len(rest) == 0 || len(rest) > maxChromeTail {
		return false
	}
	for _, b := range rest {
		switch {
		case b.sure:
			return false
		case b.kind == kList:
			if !allMenuLike(b.items) {
				return false
			}
		case b.kind == kPara || b.kind == kHeading:
			if !menuLike(b.text) || quoteMarks.MatchString(b.text) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// maxAltWords bounds an image's alt text on a line of its own.
const maxAltWords = 12

// altText reports an image's alt text read out as a line of its own: a
// few words in lower case from the first ("a man wearing glasses"), no
// full stop, no quotation marks, alone in its chunk of a text that parts
// its paragraphs with blank lines. A line of the story starts with a
// capital or continues the line above in its chunk; a brand such as
// "iPhone" has a capital inside its first word.
func altText(blocks []block, i int) bool {
	b := blocks[i]
	if b.kind != kPara || b.sure || !menuLikeTitle(b.text) || wordCount(b.text) > maxAltWords || quoteMarks.MatchString(b.text) {
		return false
	}
	first, _, _ := strings.Cut(b.text, " ")
	if first == "" || strings.IndexFunc(first, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
		return false
	}
	alone := (i == 0 || blocks[i-1].group != b.group) && (i+1 == len(blocks) || blocks[i+1].group != b.group)
	return alone && b.group != 0
}

// latinOnly reports a token whose letters are all of the Latin script.
func latinOnly(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) }) < 0
}
