package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// Stray lines of outlets nobody tuned on (the cleaning dev set,
// testdata/cleandev): each judged by its shape, so a new site's furniture
// goes without a phrase of its own. A stock-quote widget between the words
// of a sentence ("HEINY 0.20%"), a language switcher in another script
// ("На русском языке: ..."), a neighbour post's headline under "Previous
// post", a call to click or learn more, and a theme's placeholder text.
// The leads are data (boilerplate.yaml, keys shape_call_to_action,
// shape_placeholder, shape_neighbour_nav).

// tickerLine matches a stock-quote widget: a ticker symbol in capitals and
// a price change with decimals ("CABGY 0.98%", "BUD -0.08%"). A figure of
// the story has words around it ("Shares fell 0.98%"), and a rate without
// decimals ("BTW 21%") is not a quote.
var tickerLine = regexp.MustCompile(`^\p{Lu}{2,6}(\.\p{Lu}{1,3})?\s+[+\-−]?\d{1,4}[.,]\d{1,2}\s?%$`)

// maxCallWords bounds a call to the reader: "Learn more on what has
// happened since the invasion began." A longer line is the story's.
const maxCallWords = 15

// maxNeighbourWords bounds the headline of a neighbour post.
const maxNeighbourWords = 25

// foreignScript reports a line whose letters are mostly of another script
// than Latin, in a text whose letters are mostly Latin: a language
// switcher or a link in the site's other language. A Russian name inside
// an English sentence leaves the sentence mostly Latin.
func foreignScript(line string) bool {
	latin, other := 0, 0
	for _, r := range line {
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Latin, r):
			latin++
		default:
			other++
		}
	}
	return other >= 4 && other > 2*latin
}

// latinText reports a text whose paragraphs are mostly in Latin letters,
// where a line in another script stands out.
func latinText(blocks []block) bool {
	latin, other := 0, 0
	for _, b := range blocks {
		if b.kind != kPara && b.kind != kHeading {
			continue
		}
		if foreignScript(b.text) {
			other++
		} else {
			latin++
		}
	}
	return latin > 3*other
}

// strayLine reports a line that is furniture by its shape alone.
func (ws *widgetShapes) strayLine(line string) bool {
	line = strings.TrimSpace(line)
	if tickerLine.MatchString(line) {
		return true
	}
	if ws == nil || quoteMarks.MatchString(line) {
		return false
	}
	if ws.call != nil && wordCount(line) <= maxCallWords && ws.call.MatchString(line) {
		return true
	}
	return ws.placeholder != nil && ws.placeholder.MatchString(line)
}

// dropStrayShapes removes the stray lines of a text file, and the
// headline under a "Previous post" / "Volgend artikel" label with the
// label: a neighbour post's, not the story's, as long as it reads as a
// headline (no sentence ending, not long).
func (ws *widgetShapes) dropStrayShapes(blocks []block) []block {
	latin := latinText(blocks)
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.kind != kPara && b.kind != kHeading || b.sure {
			out = append(out, b)
			continue
		}
		if ws != nil && ws.neighbour != nil && ws.neighbour.MatchString(strings.TrimSpace(b.text)) {
			if i+1 < len(blocks) && (blocks[i+1].kind == kPara || blocks[i+1].kind == kHeading) && neighbourHeadline(blocks[i+1].text) {
				i++
			}
			continue
		}
		if tickerLine.MatchString(strings.TrimSpace(b.text)) {
			// A quote widget sits on a company's name in the middle of a
			// sentence ("AB InBev", widget, "operates in Russia ..."): the
			// halves it split are one sentence again.
			if n := len(out); n > 0 && i+1 < len(blocks) && out[n-1].kind == kPara && blocks[i+1].kind == kPara && splitSentence(out[n-1].text) {
				out[n-1].text = strings.TrimSpace(out[n-1].text) + " " + strings.TrimSpace(blocks[i+1].text)
				i++
			}
			continue
		}
		if ws.strayLine(b.text) || latin && runeLen(b.text) <= maxChrome && foreignScript(b.text) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// splitSentence reports a paragraph that stops without a sentence's end:
// the first half of a sentence a widget cut.
func splitSentence(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && !strings.ContainsAny(s[len(s)-1:], ".!?:;\"'”’)")
}

// neighbourHeadline reports a line that reads as a headline: not long, no
// sentence ending after its last word.
func neighbourHeadline(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && wordCount(s) <= maxNeighbourWords && !strings.ContainsAny(s[len(s)-1:], ".!?:")
}
