package ingest

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// The text-line judge: in a plain-text file, a line is site chrome by its
// shape as well as by the boilerplate patterns: a byline with a date, a
// notice that addresses the reader about ads or subscriptions, a rating
// widget, a run of teaser headlines, and the masthead lines above the
// headline. Its words are data (boilerplate.yaml, keys shape_*); what a
// line must look like is here. A line that reads as prose (a sentence with
// a full stop, or anything long) is never judged chrome by its shape.

// shapeKeyPrefix marks the boilerplate.yaml keys that hold the judge's
// vocabulary rather than line patterns.
const shapeKeyPrefix = "shape_"

// lineShapes is the compiled vocabulary of the judge.
type lineShapes struct {
	byline *regexp.Regexp // a byline's lead: "By", "Door", "Written by"
	day    *regexp.Regexp // day words a dateline uses: "Vandaag", "Tue"
	widget *regexp.Regexp // the subjects of widgets and notices: ads, newsletters, votes
	reader *regexp.Regexp // words that address the reader: "you", "please", "je"
	follow *regexp.Regexp // an author's pointer to their accounts: "Follow her on"
	// author matches a line of names with a role or a role alone ("Jan
	// Smit Senior Writer", "Redactie"); bio a line about the author ("Jan
	// Smit writes about chips"); alt the word an image's alt text adds
	// after a headline ("... image").
	author, role, bio, alt *regexp.Regexp
	// widgets judges lines by what they are made of (widgetshape.go).
	widgets *widgetShapes
	// page judges credits, captions and author boxes (pageshape.go).
	page *pageShapes
}

// topZone is how many blocks below the headline hold the article's header
// (standfirst, byline, author's box, photo and credit): lines of names
// there are bylines, not cross-heads.
const topZone = 8

// maxAuthorWords bounds a line of names without a role: "Arif Bacchus",
// "Pieterjan Van Leemputten"; a longer title-cased line is a cross-head.
const maxAuthorWords = 3

// newLineShapes compiles the shape_* lists; a missing list turns its test
// off.
func newLineShapes(bp map[string][]string) (*lineShapes, error) {
	widgets, err := newWidgetShapes(bp)
	if err != nil {
		return nil, err
	}
	ls := &lineShapes{widgets: widgets}
	lists := []shapeList{
		{&ls.day, "shape_day", wordAnywhere},
		{&ls.widget, "shape_widget", wordAnywhere},
		{&ls.reader, "shape_reader", wordAnywhere},
		{&ls.follow, "shape_follow", wordAnywhere},
		{&ls.byline, "shape_byline", lineLead},
	}
	if err := compileShapeLists(bp, lists); err != nil {
		return nil, err
	}
	if ls.byline != nil {
		// The longest lead: "Door onze redacteur" over "Door".
		ls.byline.Longest()
	}
	if ls.page, err = newPageShapes(bp, ls.byline); err != nil {
		return nil, err
	}
	if list := bp["shape_role"]; len(list) > 0 {
		role := `(?i:` + strings.Join(list, "|") + `)`
		var err error
		if ls.role, err = regexp.Compile(`^` + role + `$`); err != nil {
			return nil, fmt.Errorf("boilerplate.yaml: shape_role: %w", err)
		}
		// The names as few words as can be, so that "Senior" stays with
		// the role in "Jan Smit Senior Writer".
		lazyNames := strings.ReplaceAll(personNames, "{0,4}", "{0,4}?")
		if ls.author, err = regexp.Compile(`^(` + lazyNames + `)\s*[,|·–—-]?\s*` + role + `$`); err != nil {
			return nil, fmt.Errorf("boilerplate.yaml: shape_role: %w", err)
		}
		bio := `(?i:is|was|has been|werd|is sinds \d{4})\s+(?i:a |an |the |de |het |een )?(?:[\p{L}-]+\s+){0,3}` + role + `\b`
		if list := bp["shape_bio"]; len(list) > 0 {
			bio += `|(?i:` + strings.Join(list, "|") + `)\b`
		}
		if ls.bio, err = regexp.Compile(`^(` + personNames + `)\s+(?:` + bio + `)`); err != nil {
			return nil, fmt.Errorf("boilerplate.yaml: shape_bio: %w", err)
		}
	}
	if list := bp["shape_alt"]; len(list) > 0 {
		var err error
		if ls.alt, err = regexp.Compile(`(?i)\s+(?:` + strings.Join(list, "|") + `)$`); err != nil {
			return nil, fmt.Errorf("boilerplate.yaml: shape_alt: %w", err)
		}
	}
	return ls, nil
}

// personLine matches a line that is one person's names. Names joined by
// "en" or "and" without a role are as likely a cross-head about two
// companies ("Airbnb en Intel").
var personLine = regexp.MustCompile(`^(` + personName + `)$`)

// authorLine reports a line that names the author: names with a role
// ("Bree Smit Senior Writer"), a role alone ("Redactie"), or two or three
// names alone ("Arif Jansen"). name is the person, "" for a role alone;
// withRole tells the first kind, which is a byline wherever it stands.
func (ls *lineShapes) authorLine(line string) (name string, withRole, ok bool) {
	if runeLen(line) > maxShort || endsWithStop(line) {
		return "", false, false
	}
	if ls.role != nil && ls.role.MatchString(line) {
		return "", true, true
	}
	if ls.author != nil {
		if m := ls.author.FindStringSubmatch(line); m != nil {
			if len(strings.Fields(m[1])) < 2 {
				return "", true, true // a role with its beat: "Media business correspondent"
			}
			return m[1], true, true
		}
	}
	if m := personLine.FindStringSubmatch(line); m != nil {
		if n := len(strings.Fields(line)); n >= 2 && n <= maxAuthorWords {
			return m[1], false, true
		}
	}
	return "", false, false
}

// followsAuthor reports a line whose last sentence points at a person's
// accounts: "... Follow her on Twitter.", "... Volg hem via @jansmit."
func (ls *lineShapes) followsAuthor(line string) bool {
	if ls.follow == nil {
		return false
	}
	loc := ls.follow.FindAllStringIndex(line, -1)
	if loc == nil {
		return false
	}
	// No sentence ends between the pointer and the end of the line.
	rest := line[loc[len(loc)-1][1]:]
	stop := strings.IndexAny(rest, ".!?")
	return stop < 0 || stop >= len(rest)-2
}

// bioLine reports a line about the author: "Bree Smit writes about
// privacy. Before joining ...", "Pieter Jansen is redacteur bij Een
// Krant". name is the person it is about.
func (ls *lineShapes) bioLine(line string) (name string, ok bool) {
	if ls.bio == nil || runeLen(line) > maxChrome || quoteMarks.MatchString(line) {
		return "", false
	}
	m := ls.bio.FindStringSubmatch(line)
	if m == nil || len(strings.Fields(m[1])) < 2 {
		return "", false
	}
	return m[1], true
}

// altCaption reports a line that repeats another line of the text with
// an alt-text word after it ("Provider helps refugees image"): the text
// of an image, not the story's.
func (ls *lineShapes) altCaption(line string, keys map[string]int) bool {
	if ls.alt == nil || runeLen(line) > maxTitle {
		return false
	}
	loc := ls.alt.FindStringIndex(line)
	return loc != nil && keys[key(line[:loc[0]])] > 0
}

// maxChromeWords is the longest a sentence with a full stop may be and
// still be judged by its shape.
const maxChromeWords = 12

// prose reports a line that reads as a sentence of the story: it ends
// with a full stop and runs past a dozen words.
func prose(line string) bool {
	return endsWithStop(line) && wordCount(line) > maxChromeWords
}

// letterWords counts the words of s that hold a letter: a widget's "2
// years ago 114" has two, a headline has more.
func letterWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if hasLetter(w) {
			n++
		}
	}
	return n
}

// hasLetter reports whether s holds a letter: a line without one (a view
// counter, an id, a row of stars) is not prose.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

var (
	// A date with a month name or in figures, anywhere in a line.
	shapeDate = regexp.MustCompile(`(?i)\b(?:\d{1,2}(?:st|nd|rd|th|e)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2})\b`)
	shapeTime = regexp.MustCompile(`\b\d{1,2}[:.h]\d{2}\b`)
	// Separators of datelines and menus: "//", "|", "·", "•", "›", "»", " / ", " > ".
	shapeSeparator = regexp.MustCompile(`//|[|·•›»]|\s[/>]\s`)
	ratingStars    = regexp.MustCompile(`[★☆]|\(\d+\s+\p{L}+\)\s*$|\+1\s*/\s*-1`)
	quoteMarks     = regexp.MustCompile(`["“”„«»]|(?:^|\s)'|'(?:\s|$)`)
)

// isDateline reports a byline or dateline: "Tue 8 Mar 2022 // 14:12 UTC",
// "Door Sander van Wijk, 2 maart 2022 16:05, 87 reacties", "Vandaag,
// 11:24 | Economie", "Written by Jan Smit". A sentence that only mentions
// a date ("Cogent cut its customers off on 4 March 2022") is not one: it
// has more words around the date and no time, separator or byline lead.
func (ls *lineShapes) isDateline(line string) bool {
	if runeLen(line) > 120 || endsWithStop(line) {
		return false
	}
	byline := ls.byline != nil && ls.byline.MatchString(line)
	if ls.bylineShaped(line) {
		return true
	}
	if ls.namesWithStamp(line) || ls.bylineParts(line) || agencyDateline(line) {
		return true
	}
	date := shapeDate.FindStringIndex(line)
	dayTime := ls.day != nil && ls.day.MatchString(line) && shapeTime.MatchString(line)
	if date == nil && !dayTime {
		return false
	}
	if byline || dayTime || shapeTime.MatchString(line) || shapeSeparator.MatchString(line) {
		return true
	}
	rest := line[:date[0]] + " " + line[date[1]:]
	return wordCount(rest) <= 3
}

var (
	// stampPart is what a byline adds to its names: dates (also with a
	// two-digit year), clock times with a zone, a reading time, and the
	// words that label them ("Updated", "Gepubliceerd", "om").
	stampPart       = regexp.MustCompile(`(?i)` + shapeDate.String()[4:] + `|\b\d{1,2}[-./]\d{1,2}[-./]\d{2}\b|\b\d{1,2}[:.h]\d{2}\b(\s*[ap]\.?m\.?)?(\s*\b(?-i:[A-Z]{2,4})\b)?|\b\d+\s*min(uten|utes|uut|ute)?\b\.?(\s*(read|leestijd|lezen)\b)?`)
	stampLabel      = regexp.MustCompile(`(?i)\b(leestijd|reading time|read time|updated|last updated|published|posted|bijgewerkt|gepubliceerd|geplaatst|aangepast|update|on|at|op|om)\b:?`)
	stampSeparators = regexp.MustCompile(`[|·•/,–—]|\s-\s`)
)

// namesWithStamp reports a byline of names with a date, a time or a
// reading time, in any order: "Jan Smit · 3 min read", "Eva Mulder
// 08-03-22, 10:15", "Jan Smit in Londen | 8 maart 2022". Without the
// stamp, names alone are as likely a cross-head ("Airbnb en Intel").
func (ls *lineShapes) namesWithStamp(line string) bool {
	if runeLen(line) > maxShort*2 {
		return false
	}
	rest := stampPart.ReplaceAllString(line, " ")
	if rest == line {
		return false
	}
	rest = stampLabel.ReplaceAllString(rest, " ")
	rest = strings.Join(strings.Fields(stampSeparators.ReplaceAllString(rest, " ")), " ")
	if rest == "" || wordCount(rest) > 8 {
		return false
	}
	if namesOnly(rest) || ls.bylineShaped(rest) {
		return true
	}
	_, withRole, ok := ls.authorLine(rest)
	return ok && withRole
}

// bylineParts reports bylines joined by separators: "Reported By: Jan
// Smit | Edited By: Eva Mulder", "Door Jan Smit · Bewerkt door Eva
// Mulder": every part a byline.
func (ls *lineShapes) bylineParts(line string) bool {
	parts := shapeSeparator.Split(line, -1)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !ls.bylineShaped(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// agencyLine is a press dateline standing alone: a place, a day without
// the year and the agency, "Mumbai, March 8 (WNA)", "Den Haag, 8 maart
// (NPB)".
var agencyLine = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*(?:\s*[\[(][^\])]{1,30}[\])])?,\s*(?:(\p{L}{3,9})\.?\s+\d{1,2}|\d{1,2}\s+(\p{L}{3,9})\.?)\s*\(\p{Lu}{2,8}\)\s*[-–—:]?$`)

// agencyDateline reports a press dateline line whose month is a month.
func agencyDateline(line string) bool {
	m := agencyLine.FindStringSubmatch(line)
	if m == nil {
		return false
	}
	_, ok := months[strings.ToLower(m[1]+m[2])]
	return ok
}

// bylineShaped reports a byline's lead with names after it, alone or with
// the writer's role: "Written by Jan Smit", "Door Sanne de Wit,
// redacteur". "Door de oorlog stopt ..." has no names after its lead.
func (ls *lineShapes) bylineShaped(line string) bool {
	if ls.byline == nil || runeLen(line) > maxShort*2 {
		return false
	}
	loc := ls.byline.FindStringIndex(line)
	if loc == nil {
		return false
	}
	if ls.bylineNames(line) != "" {
		return true
	}
	name, withRole, ok := ls.authorLine(line[loc[1]:])
	return ok && withRole && name != ""
}

// bylineNames returns the names of a byline's lead with names after it
// ("By Jan Smit", "Door Eva Mulder", also with a stamp's label left
// without its date: "By Jan Smit published"), else "".
func (ls *lineShapes) bylineNames(line string) string {
	if ls.byline == nil || runeLen(line) > maxShort*2 {
		return ""
	}
	loc := ls.byline.FindStringIndex(line)
	if loc == nil {
		return ""
	}
	rest := strings.TrimSpace(line[loc[1]:])
	if namesOnly(rest) {
		return rest
	}
	if t := strings.TrimSpace(stampLabel.ReplaceAllString(rest, " ")); t != "" && t != rest && namesOnly(t) {
		return strings.Join(strings.Fields(t), " ")
	}
	return ""
}

// namesOnly reports text that is only names: capitalised words joined by
// "and", "en", commas and particles ("Karin Holmqvist and Jussi Rantanen").
func namesOnly(s string) bool {
	ws := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	for _, w := range ws {
		if particles[strings.ToLower(w)] {
			continue
		}
		if r := []rune(w); !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// particles are the small words a list of names may hold.
var particles = map[string]bool{"and": true, "en": true, "&": true, "van": true, "de": true, "der": true, "den": true, "von": true, "ter": true, "ten": true, "in": true}

// isReaderNotice reports a notice to the reader about the site itself: it
// addresses the reader and names a widget's subject ("You have disabled
// your ad blocker?", "Please consider whitelisting us"), without quotation
// marks (a quote that says "you" is somebody's words).
func (ls *lineShapes) isReaderNotice(line string) bool {
	if ls.reader == nil || ls.widget == nil || runeLen(line) > 300 || quoteMarks.MatchString(line) {
		return false
	}
	return addressesReader(ls.reader, line) && ls.widget.MatchString(line)
}

// addressesReader reports a reader word that is not part of an
// abbreviation: the "U" of "U.N." is not the Dutch "u".
func addressesReader(reader *regexp.Regexp, line string) bool {
	for _, m := range reader.FindAllStringIndex(line, -1) {
		abbrev := m[1]-m[0] == 1 && m[1]+1 < len(line) && line[m[1]] == '.' && unicode.IsLetter(rune(line[m[1]+1]))
		if !abbrev {
			return true
		}
	}
	return false
}

// isRating reports a rating or voting widget: stars, "(31 votes)", "+1 / -1".
func isRating(line string) bool {
	return runeLen(line) <= 120 && !endsWithStop(line) && ratingStars.MatchString(line)
}

// endsWithStop reports a line that ends with a full stop (after closing
// quotes or brackets).
func endsWithStop(s string) bool {
	switch lastRune(strings.TrimRightFunc(s, isCloser)) {
	case '.', '!', '?', '…':
		return true
	}
	return false
}

// judgeTextLines drops the lines of a plain-text file that are chrome by
// their shape, and the masthead above the headline.
func (ls *lineShapes) judgeTextLines(doc *document) {
	keys := map[string]int{} // the paragraphs' keys, for captions repeating one
	for _, b := range doc.blocks {
		if b.kind == kPara {
			keys[key(b.text)]++
		}
	}
	// An image's alt text that repeats the headline goes before the
	// headline is looked for: it stands nearer the byline.
	doc.blocks = slices.DeleteFunc(doc.blocks, func(b block) bool {
		return b.kind == kPara && !b.sure && ls.altCaption(b.text, keys)
	})
	// The headline first: the datelines below it tell it from a tagline.
	if h := ls.headline(doc.blocks); h > 0 {
		doc.blocks = doc.blocks[h:]
	}
	authors := map[string]bool{}
	if doc.author != "" {
		authors[key(doc.author)] = true
	}
	n := len(doc.blocks)
	spaced := spacedParagraphs(doc.blocks)
	out := doc.blocks[:0]
	for i, b := range doc.blocks {
		if b.kind != kPara || b.sure {
			out = append(out, b)
			continue
		}
		if ls.isDateline(b.text) {
			// The article's date, unless the page's metadata gave one.
			if m := shapeDate.FindString(b.text); m != "" && doc.date == "" {
				doc.date, _ = parseDate(m)
			}
			// The byline's names, so that the author's bio lower down
			// goes too.
			if name := ls.bylineNames(b.text); name != "" {
				authors[key(name)] = true
			}
			continue
		}
		if ls.isReaderNotice(b.text) || isRating(b.text) || !hasLetter(b.text) || plusTeaser(b.text) || contactLine(b.text) {
			continue
		}
		// Rows of widget words, markup tokens and the site's notes about
		// its own stories, by what they are made of.
		if ls.widgets.widgetRow(b.text) || codeLine(b.text) || ls.widgets.iconRun(b.text) || ls.widgets.siteNote(b.text) || spaced && altText(doc.blocks, i) {
			continue
		}
		// Block 0 is the headline, which may well be a few capitalised
		// words.
		top := i > 0 && i <= topZone
		if name, withRole, ok := ls.authorLine(b.text); ok && (top || withRole || authors[key(name)]) {
			if name != "" {
				authors[key(name)] = true
				// Right below the headline or with a role, it is the
				// author; lower down it may be a photographer.
				if doc.author == "" && (withRole || i <= 2) {
					doc.author = name
				}
			}
			continue
		}
		// A line about the author goes when the author's name was seen
		// as a byline; otherwise only near the top or the end, and never
		// when it reads as a sentence of the story (a journalist can be
		// the news).
		// One that ends by pointing at the author's accounts ("Follow her
		// on ...") is a bio wherever it stands.
		// An author's box has the name on a line of its own right above
		// the bio ("Anne Jansen" over "Anne Jansen is a freelance
		// journalist and ..."): then even a long sentence is the box.
		if name, ok := ls.bioLine(b.text); ok && (authors[key(name)] || (top || i >= n-3) && (!prose(b.text) || nameAbove(out, name)) || ls.followsAuthor(b.text)) {
			if doc.author == "" && top {
				doc.author = name
			}
			if nameAbove(out, name) {
				out = out[:len(out)-1]
			}
			continue
		}
		// Near the end, a paragraph that opens with a person and a copula
		// and closes by pointing at that person's accounts is the author's
		// box, whatever their trade ("... is a private pilot who ...
		// Follow ... on Twitter").
		if i >= n-3 && personCopula.MatchString(b.text) && ls.followsAuthor(b.text) {
			continue
		}
		// A headline in capitals between paragraphs is a teaser for another
		// story (the story's own cross-heads are not shouted).
		if i > 0 && capsHeadline(b.text) {
			continue
		}
		// A photo caption naming a person by organisation and office
		// ("Jane Doe Acme CEO") under the headline.
		if top && officeCaption.MatchString(b.text) {
			continue
		}
		out = append(out, b)
	}
	// The last line of the text, title-cased and without a full stop, is a
	// teaser headline of another story under this one.
	if k := len(out) - 1; k > 1 && out[k].kind == kPara && !out[k].sure && titleCased(out[k].text) {
		out = out[:k]
	}
	doc.blocks = dropKickerTeasers(dropTeaserRuns(dropTeaserPairs(dropTeaserCards(out))))
}

// nameAbove reports that the last block kept is a line of the person's
// name alone.
func nameAbove(out []block, name string) bool {
	if len(out) == 0 {
		return false
	}
	b := out[len(out)-1]
	return b.kind == kPara && !b.sure && key(b.text) == key(name)
}

// dropTeaserPairs drops two headline-shaped lines in a row that stand
// inside the story's run of paragraphs, one chunk of one paragraph per
// line: a promo card's headline and standfirst ("The secure cloud
// imperative" above "Why posture management matters"). A cross-head has a
// paragraph under it, never a second heading; a list of the story's own
// has a lead-in closed by a colon above it, so the line above must end a
// sentence.
func dropTeaserPairs(blocks []block) []block {
	line := func(i int) bool {
		b := blocks[i]
		return b.kind == kPara && !b.sure && menuLike(b.text) && wordCount(b.text) >= 3 && startsUpper(b.text) && !endsWithStop(b.text)
	}
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		if i > 0 && i+2 < len(blocks) && line(i) && line(i+1) {
			above, below := blocks[i-1], blocks[i+2]
			g := blocks[i].group
			if above.group == g && blocks[i+1].group == g && below.group == g &&
				storyProse(above) && endsWithStop(above.text) && storyProse(below) {
				i++
				continue
			}
		}
		out = append(out, blocks[i])
	}
	return out
}

// dropReaderQuestion drops the last line of a text when it is a short
// question to the reader: a poll's or a comment box's question ("Would you
// install apps from other stores?"), whose options and votes went as
// widgets.
func (ls *lineShapes) dropReaderQuestion(doc *document) {
	if k := len(doc.blocks) - 1; k > 1 && ls.readerQuestion(doc.blocks[k]) {
		doc.blocks = doc.blocks[:k]
	}
}

// readerQuestion reports a line of its own that asks the reader a
// question: short, closed by a question mark, a reader word in it, no
// quotation marks (a quoted question is somebody's words).
func (ls *lineShapes) readerQuestion(b block) bool {
	if ls.reader == nil || b.kind != kPara || b.sure || runeLen(b.text) >= maxTitle || quoteMarks.MatchString(b.text) {
		return false
	}
	return lastRune(strings.TrimSpace(b.text)) == '?' && addressesReader(ls.reader, b.text)
}

// personCopula matches a paragraph that opens with a person's names and a
// copula: "Jan Smit is a ...", "Eva Mulder was ...".
var personCopula = regexp.MustCompile(`^(?:` + personName + `)\s+(?:is|was|has been|werd)\s`)

// officeCaption matches a short line of names closed by an office:
// "Jane Doe Acme CEO". The names are at least two words besides the
// office, so a cross-head "Acme CEO" is not one.
var officeCaption = regexp.MustCompile(`^(?:\p{Lu}[\p{L}'’.-]*\s+){2,4}(?:CEO|CFO|COO|CTO|(?:co-?)?founder|chief executive|chairman|chairwoman|president)$`)

// capsHeadline reports a line of four words or more in capital letters
// only, without a full stop: "RIVAL ANNOUNCES A NEW PHONE".
func capsHeadline(s string) bool {
	if endsWithStop(s) || runeLen(s) > maxTitle || letterWords(s) < 4 {
		return false
	}
	return strings.IndexFunc(s, unicode.IsLower) < 0
}

// titleCased reports a headline-shaped line of six words or more where
// most words start with a capital ("Rival To Pay Fine To Reopen Office"),
// without a full stop.
func titleCased(s string) bool {
	if endsWithStop(s) || runeLen(s) > maxTitle || quoteMarks.MatchString(s) {
		return false
	}
	words, upper := 0, 0
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if !unicode.IsLetter(r[0]) {
			continue
		}
		words++
		if unicode.IsUpper(r[0]) {
			upper++
		}
	}
	return words >= 6 && upper*5 >= words*4
}

// contactToken is a social handle, an e-mail address or a web address.
var contactToken = regexp.MustCompile(`^(?:@[\p{L}\d_.]{2,}|[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}|(?:https?://|www\.)\S+)$`)

// contactLine reports a line of nothing but handles and addresses, as an
// author's box prints them ("@janesmit jane.smit@example.com"): a line of
// the story has words.
func contactLine(line string) bool {
	ws := strings.FieldsFunc(line, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("|·•,;", r) })
	if len(ws) == 0 {
		return false
	}
	for _, w := range ws {
		if !contactToken.MatchString(strings.TrimRight(w, ".")) {
			return false
		}
	}
	return true
}

// plusLead is the "+" that marks a link to another story on some sites:
// "+ Horoscope: today's forecast", "+What the markets expect".
var plusLead = regexp.MustCompile(`^\+\s*["“‘'«]?\p{Lu}`)

// plusTeaser reports a headline-shaped line that a "+" opens: a link to
// another story. A sentence of the story never starts with a plus and a
// capital ("+31 20 ..." is a number).
func plusTeaser(line string) bool {
	return plusLead.MatchString(line) && runeLen(line) < maxTitle && menuLikeTitle(line)
}

// dropTeaserCards drops a headline-shaped line printed twice in a row
// below the headline: a teaser card for another story, whose image text
// and link text are the same headline ("Chipmakers fight back" twice).
// A cross-head of the story is never printed twice.
func dropTeaserCards(blocks []block) []block {
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if i > 0 && i+1 < len(blocks) && b.kind == kPara && !b.sure && teaserCardLine(b.text) &&
			blocks[i+1].kind == kPara && !blocks[i+1].sure && key(blocks[i+1].text) == key(b.text) {
			i++
			continue
		}
		out = append(out, b)
	}
	return out
}

// teaserCardLine reports a line that can be a teaser's headline: a few
// words, not a sentence.
func teaserCardLine(s string) bool {
	return runeLen(s) < maxTitle && menuLikeTitle(s) && wordCount(s) >= 3 && startsUpper(s)
}

// bullet reports a line that starts with a bullet.
func bullet(s string) bool {
	r := []rune(s)
	if len(r) < 2 {
		return false
	}
	switch r[0] {
	case '•', '·', '▪', '‣', '◦', '●', '-', '*', '–':
		return r[1] == ' ' || r[0] != '-' && r[0] != '*' && r[0] != '–'
	}
	return false
}

// maxBoxWords bounds a line of a box of highlights: a summary point, not a
// paragraph.
const maxBoxWords = 30

// dropBoxes drops a box of highlights: its header ("Highlights", "In het
// kort", "KEY POINTS") and the lines after it in the same block, bulleted
// or short, or a list. A header with no such lines after it stays (it may
// be a cross-head).
func dropBoxes(header *regexp.Regexp, blocks []block) []block {
	if header == nil {
		return blocks
	}
	point := func(b, box block) bool {
		return b.kind == kList || b.kind == kPara && b.group == box.group && box.group != 0 &&
			(bullet(b.text) || wordCount(b.text) <= maxBoxWords)
	}
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.kind == kPara && !b.sure && header.MatchString(strings.TrimSpace(b.text)) {
			j := i + 1
			for j < len(blocks) && point(blocks[j], b) {
				j++
			}
			if j > i+1 {
				i = j - 1
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// minTeaserRun is how many headline-shaped lines in a row make a run of
// teasers ("Most read", "Lees ook" boxes) rather than cross-heads, which
// stand between paragraphs.
const minTeaserRun = 3

// minCrossTeaserRun is the same for headline-shaped lines separated by
// blank lines: cross-heads have paragraphs between them, so four such
// lines in a row are a list of other stories.
const minCrossTeaserRun = 4

// dropTeaserRuns drops runs of minTeaserRun or more consecutive lines of
// one chunk that each read like a headline of three words or more, with
// the short "...:" line that introduces such a run.
func dropTeaserRuns(blocks []block) []block {
	teaser := func(b block) bool {
		return b.kind == kPara && !b.sure && menuLike(b.text) && wordCount(b.text) >= 3 && startsUpper(b.text)
	}
	out := blocks[:0]
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && teaser(blocks[j]) && blocks[j].group == blocks[i].group {
			j++
		}
		// Teasers each in a block of their own: a longer run, and never
		// the headline at the top.
		k := i
		for k < len(blocks) && teaser(blocks[k]) {
			k++
		}
		if i > 0 && k-i >= minCrossTeaserRun {
			j = k
		}
		if j-i >= minTeaserRun {
			// The run's header: "Meer over dit onderwerp:", "Related:".
			if n := len(out); n > 0 && out[n-1].kind == kPara && out[n-1].group == blocks[i].group &&
				strings.HasSuffix(out[n-1].text, ":") && wordCount(out[n-1].text) <= 5 {
				out = out[:n-1]
			}
			i = j
			continue
		}
		if j == i {
			j++
		}
		out = append(out, blocks[i:j]...)
		i = j
	}
	return out
}

func startsUpper(s string) bool {
	r := []rune(strings.TrimLeftFunc(s, isOpener))
	return len(r) > 0 && (unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]))
}

// headline returns the index of the headline when short masthead lines
// (site name, tagline, menus, section) stand above it, else 0. The
// headline is a headline-shaped line of four words or more; the best is
// one a byline or dateline follows within three lines, else the first
// that a standfirst or the story follows. A tagline or a kicker is
// followed by a menu or a single word.
func (ls *lineShapes) headline(blocks []block) int {
	var above []map[string]bool // the words of the candidates above
	candidate := func(i int) bool {
		b := blocks[i]
		// Not a byline of names ("Jan Smit in London and Eva Mulder in
		// Amsterdam") nor a line with a clock time.
		return headlineLike(b) && wordCount(b.text) >= 4 && letterWords(b.text) >= 3 && !shapeSeparator.MatchString(b.text) &&
			!ls.isDateline(b.text) && !namesOnly(b.text) && !shapeTime.MatchString(b.text) && !ls.bylineShaped(b.text)
	}
	// A variant of a headline-shaped line above ("... leaves Russia 2" under
	// "... leaves Russia") is not the headline: the fuller line above is.
	variant := func(i int) bool {
		for _, words := range above {
			if titleVariant(blocks[i], words) {
				return true
			}
		}
		return false
	}
	best, bestScore := 0, 0
	for i := 0; i+1 < len(blocks) && i < 16; i++ {
		b := blocks[i]
		if b.kind != kPara || runeLen(b.text) >= maxTitle || prose(b.text) {
			break // prose: the masthead is over
		}
		if !candidate(i) || blocks[i+1].kind != kPara {
			continue
		}
		if variant(i) {
			continue
		}
		above = append(above, wordSet(b.text))
		// The nearer a byline or dateline below, the likelier the
		// headline; a standfirst below helps a little.
		score := 0
		if next := blocks[i+1].text; wordCount(next) >= 5 && !shapeSeparator.MatchString(next) {
			score = 1
		}
		for k := i + 1; k < len(blocks) && k <= i+3; k++ {
			if blocks[k].kind == kPara && ls.isDateline(blocks[k].text) {
				score = 5 - (k - i)
				break
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	// A standfirst sits between the headline and the byline: when the
	// best line has a headline-shaped line right above it, that is the
	// headline.
	if best > 0 && bestScore > 1 && candidate(best-1) {
		best--
	}
	// Without a byline or dateline under it, a line further down beats a
	// headline-shaped first line only when that line is followed by a
	// single word (a masthead's site name or section): a box of short
	// points under the headline ("Story highlights", two points, then the
	// story) must not make its last point the headline.
	if best > 0 && bestScore <= 1 && candidate(0) && wordCount(blocks[1].text) > 1 && !ls.isDateline(blocks[1].text) {
		return 0
	}
	return best
}
