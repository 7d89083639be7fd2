package ingest

import (
	"fmt"
	"regexp"
	"strings"
)

// Chrome inside a paragraph rather than on a line of its own: a stock
// widget after a ticker, a photo's file name, a credit in parentheses
// closing the paragraph, a teaser for another story glued after the last
// sentence. The words are data (boilerplate.yaml keys inline, tail_credit
// and glued_teaser); what is removed keeps the story's sentences whole.

// The boilerplate.yaml keys of the paragraph edits.
const (
	inlineKey      = "inline"
	tailCreditKey  = "tail_credit"
	gluedTeaserKey = "glued_teaser"
	captionKey     = "caption_credit"
	closingKey     = "closing_credit"
	positionKey    = "caption_position"
	gluedLabelKey  = "glued_label"
	gluedLinkKey   = "glued_link"
)

// maxGluedTeaser bounds the teaser removed after a paragraph's last
// sentence, in characters: a headline, not a paragraph.
const maxGluedTeaser = 150

// paragraphEdits is the compiled data of the edits; a nil field turns its
// edit off.
type paragraphEdits struct {
	inline      []*regexp.Regexp // removed wherever they match
	tailCredit  *regexp.Regexp   // "(Reporting by ...)" at the end
	gluedTeaser *regexp.Regexp   // ". Also Read - ..." at the end
	gluedLink   *regexp.Regexp   // ". read more here" at the end
	caption     *regexp.Regexp   // "(AP Photo/...)" at the end: a caption
	// closing is a credit without parentheses that closes a caption:
	// "... at the new hall. Image: Jan Smit/Getty Images", "... bij de
	// opening. Beeld Fotobureau", "... — © AGENCY".
	closing *regexp.Regexp
	// creditLine matches a line that opens with a photo credit's lead
	// ("(Image credit: Acme)", "Foto: ANP"): the line above it is the
	// photo's alt text or caption.
	creditLine *regexp.Regexp
	// position is a photo's "(left)" or "(rechts)": only a caption points
	// at the people in a picture.
	position *regexp.Regexp
	// gluedLabel is a media label glued to the first word of a paragraph,
	// "videoHostwell sluit ...": in lower case, straight before a capital.
	gluedLabel *regexp.Regexp
}

// creditNames is what a credit names after its lead: capitalised words
// (people, agencies) joined by spaces, slashes and commas, with the small
// words of "X via Getty Images" or "Jan van Dijk" (a name may start with
// one small letter: "iStock"). A sentence has lower-case words of its own,
// so it never matches.
const creditNames = `\p{Ll}?\p{Lu}[\p{L}\d&.'’-]*(?:(?:\s*[/,]\s*|\s+)(?:\p{Ll}?\p{Lu}[\p{L}\d&.'’-]*|via|for|and|en|voor|van|de|der|den|von|ter))*\.?`

// creditOnly is a line of nothing but a credit's names.
var creditOnly = regexp.MustCompile(`^` + creditNames + `$`)

// maxCaption bounds a paragraph dropped as a caption, in characters: a
// caption is a sentence or two under a photo, never a paragraph of the
// story.
const maxCaption = 300

// maxWireCaption bounds a paragraph that a photo credit in parentheses
// closes: an agency's caption retells the story in two or three long
// sentences before its "(Photo by ...)", longer than other chrome.
const maxWireCaption = 600

// leadCredit is an agency's tag in parentheses opening a paragraph,
// "(Wire FN-Daily) Hostwell stopt ...", "(Agency) - Hostwell said ...":
// capitalised words only, then the story's first sentence. A scraper's
// bullet may stand before it ("- (Agency) - Hostwell said ...").
var leadCredit = regexp.MustCompile(`^(?:[-–•]\s+)?\(\p{Lu}[\p{L}\d&.'’/-]*(?:\s+\p{Lu}[\p{L}\d&.'’/-]*){0,4}\)\s*(?:[-–—:]\s*)?(\p{Lu}|["“‘„])`)

// leadSlashCredit is a photo credit glued before a paragraph where the
// photo stood: names, then agencies after slashes, the last in capitals
// ("Jan Smit/ANP/AFP 08.09 | Moskou ...", "Eva Mulder/Reuters Hostwell
// said ..."), then a capital or a figure. "Visa/Mastercard said ..." has
// no agency in capitals after its slash.
var leadSlashCredit = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*/\s*\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,2})*\s*/\s*\p{Lu}{2,6}\s+(\p{Lu}|\d)`)

// signOff is an agency's or author's sign-off after the paragraph's last
// sentence: " -WNA", "— NPB/Agency", "(sdw)" (a writer's initials),
// "(ANP)", "(Belga)". A sentence that mentions an agency has words around
// it; these stand alone after the full stop.
var signOff = regexp.MustCompile(`([.!?…]["”’»]?)\s+(?:[-–—]\s*\p{Lu}{2,6}(?:\s*[/,]\s*\p{Lu}[\p{L}]{1,12})*|\(\p{Ll}{2,4}\)|\(\p{Lu}{2,6}\)|\(\p{Lu}\p{Ll}{2,12}\))\s*$`)

// wireTeaserLead opens another wire story: an agency's tag in
// parentheses and a dash, after a place in capitals or not: "(Agency) -",
// "LONDON (Agency) -", "DEN HAAG (ANP) -".
var wireTeaserLead = regexp.MustCompile(`^(?:\p{Lu}[\p{Lu}.'’ -]{0,30}\s)?\(\p{Lu}[\p{L}\d&.'’/-]*(?:\s+\p{Lu}[\p{L}\d&.'’/-]*){0,3}\)\s*[-–—]`)

// truncatedEnd is a paragraph cut off mid-sentence by the site, dots
// straight after a word: "... in a dispute over...".
var truncatedEnd = regexp.MustCompile(`[\p{L}\d,;]\s?(?:\.{3}|…)$`)

// wireTeaser reports the teaser of another wire story under the story: a
// paragraph that opens with an agency's dateline and is cut off
// mid-sentence. A story has one dateline, at its start, and its
// paragraphs end with a full stop.
func wireTeaser(s string) bool {
	t := strings.TrimSpace(s)
	return wireTeaserLead.MatchString(t) && truncatedEnd.MatchString(t)
}

func newParagraphEdits(bp map[string][]string) (paragraphEdits, error) {
	var pe paragraphEdits
	for _, p := range bp[inlineKey] {
		re, err := regexp.Compile(`(?i)` + p)
		if err != nil {
			return pe, fmt.Errorf("boilerplate pattern %q (%s): %w", p, inlineKey, err)
		}
		pe.inline = append(pe.inline, re)
	}
	var err error
	// A credit is the last thing in the paragraph and holds no
	// parenthesis of its own.
	if pe.tailCredit, err = closingParen(bp, tailCreditKey); err != nil {
		return pe, err
	}
	if pe.caption, err = closingParen(bp, captionKey); err != nil {
		return pe, err
	}
	if list := bp[captionKey]; len(list) > 0 {
		if pe.creditLine, err = regexp.Compile(`(?i)^\(?(?:` + strings.Join(list, "|") + `)`); err != nil {
			return pe, fmt.Errorf("boilerplate.yaml: %s: %w", captionKey, err)
		}
	}
	if list := bp[closingKey]; len(list) > 0 {
		// At the start of the paragraph, after a sentence's end, or after
		// a dash or bar.
		pe.closing, err = regexp.Compile(`(?:^|[.!?…]["”’»]?\s+|\s+[-–—|]\s*)(?i:` + strings.Join(list, "|") + `)\s*(?:(?i:via)\s+)?` + creditNames + `$`)
		if err != nil {
			return pe, fmt.Errorf("boilerplate.yaml: %s: %w", closingKey, err)
		}
	}
	if list := bp[gluedLabelKey]; len(list) > 0 {
		// Case-sensitive on purpose: "Videobeelden tonen" is a word.
		if pe.gluedLabel, err = regexp.Compile(`^(?:` + strings.Join(list, "|") + `)(\p{Lu})`); err != nil {
			return pe, fmt.Errorf("boilerplate.yaml: %s: %w", gluedLabelKey, err)
		}
	}
	if list := bp[positionKey]; len(list) > 0 {
		if pe.position, err = regexp.Compile(`\((?i:` + strings.Join(list, "|") + `)\)`); err != nil {
			return pe, fmt.Errorf("boilerplate.yaml: %s: %w", positionKey, err)
		}
	}
	if list := bp[gluedTeaserKey]; len(list) > 0 {
		// After a sentence's end (with its closing quote), the lead, a
		// colon or dash, and a headline without a full stop (a headline
		// may shout inside: "No more X! Here's why").
		pe.gluedTeaser, err = regexp.Compile(`([.!?…]["”’»]?)\s*(?i:` + strings.Join(list, "|") +
			`)\s*[:\-–—|]\s*[^.]{1,` + fmt.Sprint(maxGluedTeaser) + `}$`)
		if err != nil {
			return pe, fmt.Errorf("boilerplate.yaml: %s: %w", gluedTeaserKey, err)
		}
	}
	if list := bp[gluedLinkKey]; len(list) > 0 {
		// After a sentence's end (with its closing quote), the link's
		// words alone up to the paragraph's end.
		pe.gluedLink, err = regexp.Compile(`([.!?…]["”’»]?)\s+(?i:` + strings.Join(list, "|") + `)\s*[.!…:»›]?\s*$`)
		if err != nil {
			return pe, fmt.Errorf("boilerplate.yaml: %s: %w", gluedLinkKey, err)
		}
	}
	return pe, nil
}

// closingParen compiles the leads under key into a parenthesis that
// closes a paragraph; nil without data.
func closingParen(bp map[string][]string, key string) (*regexp.Regexp, error) {
	list := bp[key]
	if len(list) == 0 {
		return nil, nil
	}
	re, err := regexp.Compile(`\s*\((?i:` + strings.Join(list, "|") + `)[^()]{0,200}\)\s*$`)
	if err != nil {
		return nil, fmt.Errorf("boilerplate.yaml: %s: %w", key, err)
	}
	return re, nil
}

// isCaption reports a paragraph that a photo credit closes, or a short
// one that points at the people in a photo ("The mayor, Jan Smit
// (right), opens ..."). A quotation is somebody's words, never a caption
// pointing at a picture.
func (pe paragraphEdits) isCaption(s string) bool {
	if pe.caption != nil && runeLen(s) <= maxWireCaption && pe.caption.MatchString(s) {
		return true
	}
	if runeLen(s) > maxCaption {
		return false
	}
	if pe.closing != nil && pe.closing.MatchString(s) {
		return true
	}
	if namesCredit(s) {
		return true
	}
	return pe.position != nil && pe.position.MatchString(s) && !quoteMarks.MatchString(s)
}

// spacedParagraphs reports a text whose chunks (runs of lines between
// blank lines) hold two paragraphs or fewer on average: blank lines
// separate its paragraphs, so two lines of one chunk belong together.
func spacedParagraphs(blocks []block) bool {
	groups, paras := map[int]bool{}, 0
	for _, b := range blocks {
		if b.kind == kPara {
			groups[b.group] = true
			paras++
		}
	}
	return paras > 0 && paras <= 2*len(groups)
}

// namesCredit reports a credit alone: names joined by a slash or "via"
// ("Jan Smit/Daily Ledger", "Agency/Stockpix via Getty Images").
func namesCredit(s string) bool {
	return creditOnly.MatchString(s) && (strings.Contains(s, "/") || strings.Contains(s, " via "))
}

// creditBelowAlt reports a photo credit line ("(Image credit: Acme)")
// right under a short line of its chunk that reads like a label, not a
// sentence: that line is the photo's alt text ("Acme out of Russia"), not
// a cross-head (a cross-head has the story's paragraph under it). The
// first line of the text is the headline and stays, and so does a line
// that is a credit itself (a colon, a slash or brackets).
//
// Under a credit of names alone ("JAN SMIT via Getty Images", "Eva
// Mulder/ANP/AFP") the line above in its chunk is the photo's caption
// even when it is a sentence ("Staff at the Riga hall on 3 March."), up
// to a caption's length and without quotation marks.
//
// Only in a text that puts blank lines between its paragraphs: where every
// line is a paragraph of one chunk, the line above a credit may as well be
// the story's.
func (pe paragraphEdits) creditBelowAlt(out []block, credit block, blankLines bool) bool {
	if len(out) < 2 {
		return false
	}
	alt := out[len(out)-1]
	if namesCredit(credit.text) {
		if !blankLines {
			return false
		}
		return alt.kind == kPara && !alt.sure && alt.group == credit.group && alt.group != 0 &&
			runeLen(alt.text) <= maxChrome && !quoteMarks.MatchString(alt.text)
	}
	if pe.creditLine == nil || !pe.creditLine.MatchString(strings.TrimSpace(credit.text)) {
		return false
	}
	return alt.kind == kPara && !alt.sure && alt.group == credit.group && runeLen(alt.text) < maxShort &&
		menuLikeTitle(alt.text) && !quoteMarks.MatchString(alt.text) && !strings.ContainsAny(alt.text, ":/()")
}

// edit returns s without the chrome inside it.
func (pe paragraphEdits) edit(s string) string {
	for _, re := range pe.inline {
		if re.MatchString(s) {
			// The spaces on both sides of the widget become one.
			s = strings.Join(strings.Fields(re.ReplaceAllString(s, " ")), " ")
		}
	}
	if pe.tailCredit != nil {
		s = pe.tailCredit.ReplaceAllString(s, "")
	}
	if pe.gluedLabel != nil {
		s = pe.gluedLabel.ReplaceAllString(s, "$1")
	}
	s = signOff.ReplaceAllString(s, "$1")
	s = leadCredit.ReplaceAllString(s, "$1")
	s = leadSlashCredit.ReplaceAllString(s, "$1")
	if pe.gluedTeaser != nil {
		s = pe.gluedTeaser.ReplaceAllString(s, "$1")
	}
	if pe.gluedLink != nil {
		s = pe.gluedLink.ReplaceAllString(s, "$1")
	}
	return strings.TrimSpace(s)
}

// apply edits the paragraphs and list items of doc, dropping those left
// empty.
func (pe paragraphEdits) apply(doc *document) {
	blankLines := spacedParagraphs(doc.blocks)
	out := doc.blocks[:0]
	story := false // a paragraph of the story stands above
	for _, b := range doc.blocks {
		switch b.kind {
		case kPara:
			if story && !b.sure && wireTeaser(b.text) {
				continue
			}
			story = story || storyProse(b)
			if pe.isCaption(b.text) {
				if doc.format == "txt" && pe.creditBelowAlt(out, b, blankLines) {
					out = out[:len(out)-1]
				}
				continue
			}
			if b.text = pe.edit(b.text); b.text == "" {
				continue
			}
		case kList:
			items := b.items[:0]
			for _, it := range b.items {
				if it = pe.edit(it); it != "" {
					items = append(items, it)
				}
			}
			if b.items = items; len(items) == 0 {
				continue
			}
		}
		out = append(out, b)
	}
	doc.blocks = out
}
