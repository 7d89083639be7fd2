package ingest

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Shapes of page furniture that batch 8 showed and that no phrase list
// anticipates (issue 14 kind 2): a photo credit of names and a stock
// agency ("Jan Smit; Shutterstock") with the caption above it, a caption
// label in title case ("Harbour And Cranes Stock Photo"), the category
// line of a blog post ("In News, Opinion by Acme Media"), a bare "Posted
// by" with the author's self-introduction under it, and a pull quote
// printed between two paragraphs. They run on plain text and on the
// blocks the HTML extractor returns. The words are data (boilerplate.yaml,
// keys shape_photo_agency, shape_caption_label, shape_self_intro).

// pageShapes is the compiled vocabulary of these shapes.
type pageShapes struct {
	agency *regexp.Regexp // a photo or news agency's name, whole: "shutterstock"
	label  *regexp.Regexp // the label closing a caption: "photo illustrations"
	intro  *regexp.Regexp // an author introducing themself: "Hi! I am"
	byline *regexp.Regexp // a byline's lead (shape_byline), for a bare one
	// account is a word of a site's account menu: "Login", "Abonneren".
	account *regexp.Regexp
}

// newPageShapes compiles the lists; a missing list turns its shape off.
func newPageShapes(bp map[string][]string, byline *regexp.Regexp) (*pageShapes, error) {
	ps := &pageShapes{byline: byline}
	err := compileShapeLists(bp, []shapeList{
		{&ps.agency, "shape_photo_agency", wholeWord},
		{&ps.label, "shape_caption_label", lineTail},
		{&ps.intro, "shape_self_intro", lineLead},
		{&ps.account, "shape_account_word", wordAnywhere},
	})
	return ps, err
}

// lineTail matches a shape_* list as the last words of a line.
const lineTail = `(?i)\s(?:%s)$`

// maxCreditWords bounds a photo credit line: names and an agency.
const maxCreditWords = 10

// maxCreditCaption bounds the caption above a credit line, in characters.
const maxCreditCaption = 300

// creditParts splits a credit line at its separators: "Jan Smit;
// Shutterstock", "ANP / Jan Smit", "Eva Mulder via Getty Images".
var creditParts = regexp.MustCompile(`\s*[;/|]\s*|\s+via\s+`)

// creditLine reports a photo credit standing on a line of its own: two
// or more parts parted by ";", "/", "|" or "via", one of them an agency
// of shape_photo_agency and the others capitalised names. A sentence
// has lower-case words and a full stop.
func (ps *pageShapes) creditLine(line string) bool {
	if ps.agency == nil || endsWithStop(line) || quoteMarks.MatchString(line) || wordCount(line) > maxCreditWords {
		return false
	}
	parts := creditParts.Split(strings.TrimSpace(line), -1)
	if len(parts) < 2 {
		return false
	}
	agency := false
	for _, p := range parts {
		switch {
		case ps.agency.MatchString(p):
			agency = true
		case !capitalisedWords(p):
			return false
		}
	}
	return agency
}

// capitalisedWords reports a run of words that each start with a capital
// or a digit ("Jan Smit", "FOTOGRIN", "Acme & Co"): a name, not prose.
func capitalisedWords(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		r := []rune(strings.TrimLeft(w, "(\"'“‘"))
		if len(r) == 0 || w == "&" {
			continue
		}
		if !unicode.IsUpper(r[0]) && !unicode.IsDigit(r[0]) {
			return false
		}
	}
	return true
}

// captionLabel reports a caption in title case that closes with a label
// of shape_caption_label: "Harbour And Cranes Stock Photo", "Russia And
// Technology Companies Photo Illustrations". Every word is capitalised;
// a sentence has lower-case words.
func (ps *pageShapes) captionLabel(line string) bool {
	return ps.label != nil && !endsWithStop(line) && !quoteMarks.MatchString(line) &&
		runeLen(line) < maxTitle && capitalisedWords(line) && ps.label.MatchString(line)
}

// categoryByline matches a blog post's line of categories and author: "In
// Blog, Editorial & Opinion by Acme Media", "Geplaatst in Nieuws door Eva
// Mulder", and with a lead that only a blog uses, the categories alone:
// "Posted in News, Hosting". Case-sensitive: each category and the
// author's words are capitalised, so "In Russia, sales fell by half" is
// not one, nor "Posted in Moscow, the letter said".
var categoryByline = regexp.MustCompile(`^(?:(?:(?:Posted|Filed|Geplaatst) in|In) ` + categoryList + ` (?:by|door) \p{Lu}[\p{L}\d.'’-]*(?: (?:\p{Lu}[\p{L}\d.'’-]*|&|van|de|der|den|von))*|(?:Posted|Filed|Geplaatst) in ` + categoryList + `)$`)

// categoryList is a list of capitalised categories: "Blog, Editorial &
// Opinion".
const categoryList = `(?:\p{Lu}[\p{L}\d'’-]*|&|and|en)(?:,? (?:\p{Lu}[\p{L}\d'’-]*|&|and|en))*`

// bareByline reports a byline's lead alone on its line ("Posted by",
// "Geschreven door"): the name it announces stands below it.
func (ps *pageShapes) bareByline(line string) bool {
	if ps.byline == nil {
		return false
	}
	t := strings.TrimRight(strings.TrimSpace(line), ":") + " "
	m := ps.byline.FindString(t)
	return m != "" && len(m) == len(t)
}

// A pull quote is a clause of the story cited large: more words than a
// cross-head that quotes a phrase ("‘Too volatile’"), fewer than a
// paragraph.
const (
	minPullQuoteWords = 6
	maxPullQuoteWords = 20
)

// pullQuote reports a quotation that stands alone on its line without a
// speaker and without any closing punctuation inside or after it, as a
// page prints a line of its story large between two paragraphs ("“Half
// of the staff have left the country”"). A quotation of the story ends
// with a full stop or a comma and is attributed.
func pullQuote(line string) bool {
	t := strings.TrimSpace(line)
	r := []rune(t)
	if n := wordCount(t); n < minPullQuoteWords || n > maxPullQuoteWords {
		return false
	}
	if !strings.ContainsRune("“\"‘„«", r[0]) || !strings.ContainsRune("”\"’“»", r[len(r)-1]) {
		return false
	}
	inner := string(r[1 : len(r)-1])
	if quoteMarks.MatchString(inner) {
		return false
	}
	switch lastRune(strings.TrimSpace(inner)) {
	case '.', '!', '?', ',', '…', ':', ';':
		return false
	}
	return true
}

// dropPageShapes removes the blocks of these shapes. A caption goes with
// the credit under it (a credit alone goes later, in dropCredits) only when it is made of short fragments, is not
// the headline and not a quotation; the author's self-introduction only right under a bare
// byline after the story.
func (ps *pageShapes) dropPageShapes(blocks []block) []block {
	out := blocks[:0]
	story := false // a paragraph of the story stands above
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.kind != kPara || b.sure {
			out = append(out, b)
			continue
		}
		switch {
		case ps.creditLine(b.text) && len(out) > 1 && captionAbove(out[len(out)-1]):
			out = out[:len(out)-1]
			continue
		case i > 0 && ps.captionLabel(b.text), categoryByline.MatchString(strings.TrimSpace(b.text)):
			continue
		case story && ps.bareByline(b.text):
			if i+1 < len(blocks) && ps.selfIntro(blocks[i+1]) {
				i++
			}
			continue
		case story && ps.selfIntro(b) && i+1 == len(blocks):
			continue
		case story && i+1 < len(blocks) && pullQuote(b.text):
			continue
		}
		story = story || storyProse(b)
		out = append(out, b)
	}
	return out
}

// maxCaptionSentence bounds each sentence of a caption over a credit, in
// words: a caption names what the photo shows in fragments ("Panorama of
// winter Moscow. Kremlin, Kremlin wall, churches."); a line of the story
// above a credit is a longer sentence and stays.
const maxCaptionSentence = 8

// dropCredits removes the credit lines left once the other passes ran:
// those without a caption of fragments above them, which the caption
// rules of the edits may have needed to see.
func (ps *pageShapes) dropCredits(blocks []block) []block {
	return slices.DeleteFunc(blocks, func(b block) bool { return b.kind == kPara && !b.sure && ps.creditLine(b.text) })
}

// maxMastheadBlocks bounds how far down an account menu can close the
// page's header.
const maxMastheadBlocks = 8

// dropHeaderAboveMenu removes a page's header printed above the headline
// in a plain-text file: when an account menu ("Login Register
// Subscribe") stands among the first blocks with a headline-shaped line
// right under it, and prose stands above it (a site's help text, a
// notice), everything above the menu is the site's and the line under it
// is the headline. A masthead of short lines is the headline finder's
// (lineshape.go); this is the one with sentences, which stops that
// finder.
func (ps *pageShapes) dropHeaderAboveMenu(blocks []block, ws *widgetShapes) []block {
	if ps.account == nil || ws == nil {
		return blocks
	}
	sentences := false // prose stands above
	for i := 0; i+2 < len(blocks) && i < maxMastheadBlocks; i++ {
		b := blocks[i]
		if b.kind != kPara || b.sure {
			return blocks
		}
		if i > 0 && sentences && ws.widgetRow(b.text) && ps.account.MatchString(b.text) {
			next := blocks[i+1]
			if headlineLike(next) && wordCount(next.text) >= 4 && !prose(next.text) && slices.ContainsFunc(blocks[i+2:min(i+5, len(blocks))], storyProse) {
				return blocks[i+1:]
			}
			return blocks
		}
		sentences = sentences || storyProse(b)
	}
	return blocks
}

// captionAbove reports a block that can be the caption over a credit
// line: a short paragraph of short fragments, no quotation.
func captionAbove(b block) bool {
	if b.kind != kPara || b.sure || runeLen(b.text) > maxCreditCaption || quoteMarks.MatchString(b.text) {
		return false
	}
	for _, s := range splitSentences(b.text, nil) {
		if wordCount(s) > maxCaptionSentence {
			return false
		}
	}
	return true
}

// selfIntro reports an author's box that opens with the author
// introducing themself ("Hi! I am Jan. I write about ...").
func (ps *pageShapes) selfIntro(b block) bool {
	return ps.intro != nil && b.kind == kPara && !b.sure && !quoteMarks.MatchString(b.text) && ps.intro.MatchString(b.text)
}
