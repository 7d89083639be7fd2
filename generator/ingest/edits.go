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
	caption     *regexp.Regexp   // "(AP Photo/...)" at the end: a caption
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
	if list := bp[gluedTeaserKey]; len(list) > 0 {
		// After a sentence's end (with its closing quote), the lead, a
		// colon or dash, and a headline without a full stop.
		pe.gluedTeaser, err = regexp.Compile(`([.!?…]["”’»]?)\s*(?i:` + strings.Join(list, "|") +
			`)\s*[:\-–—|]\s*[^.!?]{1,` + fmt.Sprint(maxGluedTeaser) + `}[?!]?$`)
		if err != nil {
			return pe, fmt.Errorf("boilerplate.yaml: %s: %w", gluedTeaserKey, err)
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

// isCaption reports a paragraph that a photo credit closes.
func (pe paragraphEdits) isCaption(s string) bool {
	return pe.caption != nil && runeLen(s) <= maxChrome && pe.caption.MatchString(s)
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
	if pe.gluedTeaser != nil {
		s = pe.gluedTeaser.ReplaceAllString(s, "$1")
	}
	return strings.TrimSpace(s)
}

// apply edits the paragraphs and list items of doc, dropping those left
// empty.
func (pe paragraphEdits) apply(doc *document) {
	out := doc.blocks[:0]
	for _, b := range doc.blocks {
		switch b.kind {
		case kPara:
			if pe.isCaption(b.text) {
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
