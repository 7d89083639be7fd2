package ingest

import (
	"fmt"
	"regexp"
	"strings"
)

// bylineKey is the boilerplate.yaml key of the words that open a byline.
const bylineKey = "byline"

// A byline's names: capitalised words, with the lower-case particles of
// Dutch, German, French and Spanish names between them ("Pieter de
// Groot"), several names joined by "and", "en" or "&". A comma ends the
// names: what follows it must be a date, so that "By Monday, the company
// said" is no byline.
const (
	nameWord     = `\p{Lu}[\p{L}'’.\-]*`
	nameParticle = `(?:van|de|der|den|het|ten|ter|te|von|zu|da|di|du|le|la|del|dos|'t|’t)`
	personName   = nameWord + `(?:\s+(?:` + nameParticle + `\s+)*` + nameWord + `){0,4}`
	personNames  = personName + `(?:\s+(?:and|en|&)\s+` + personName + `)*`
)

// bylineContact is the writer's e-mail address or social handle after the
// names of a byline, as many as there are.
const bylineContact = `(?:\s*[;,|]?\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?i:twitter|x|e-?mail|mail|instagram|mastodon|linkedin)\s*:\s*@?[\w.@-]+))*`

// compileByline builds the byline pattern from the data's lead-in words.
func compileByline(leads []string) (*regexp.Regexp, error) {
	if len(leads) == 0 {
		return nil, nil
	}
	for _, l := range leads {
		if _, err := regexp.Compile(l); err != nil {
			return nil, fmt.Errorf("boilerplate pattern %q (%s): %v", l, bylineKey, err)
		}
	}
	// Named groups: the data's patterns may hold groups of their own.
	// A bullet may open the line, and the writer's address or handle may
	// follow the names ("- By Jan Smit jsmit@paper.com; Twitter: @jsmit").
	return regexp.Compile(`^(?:[-•–]\s+)?(?i:` + strings.Join(leads, "|") + `)\s+(?P<author>` + personNames + `)` + bylineContact + `(?:\s*[,|·–—/]\s*(?P<tail>.+?))?\s*$`)
}

// byline reads a byline line: the author and, when the line ends with one,
// the date (YYYY-MM-DD).
func (cl *cleaner) byline(line string) (author, date string, ok bool) {
	if cl.bylineRe == nil || runeLen(line) > maxShort*2 {
		return "", "", false
	}
	m := cl.bylineRe.FindStringSubmatch(line)
	if m == nil {
		return "", "", false
	}
	author = m[cl.bylineRe.SubexpIndex("author")]
	if tail := m[cl.bylineRe.SubexpIndex("tail")]; tail != "" {
		d, isTail := cl.bylineTail(tail)
		if !isTail {
			return "", "", false
		}
		date = d
	}
	return author, date, true
}

// bylineTailSep splits a byline's role from a date after it: "Senior
// Reporter, March 8, 2022", "redacteur | 8 maart 2022".
var bylineTailSep = regexp.MustCompile(`\s*[,|·–—/]\s*`)

// bylineTail reads what follows a byline's names: a date, the writer's
// role ("Senior Reporter", "redacteur"), or a role and then a date. date
// is "" without one.
func (cl *cleaner) bylineTail(tail string) (date string, ok bool) {
	if d, isDate := parseDateLine(tail); isDate {
		return d, true
	}
	if cl.shapes == nil || cl.shapes.role == nil {
		return "", false
	}
	if cl.shapes.role.MatchString(tail) {
		return "", true
	}
	if loc := bylineTailSep.FindStringIndex(tail); loc != nil && cl.shapes.role.MatchString(tail[:loc[0]]) {
		return parseDateLine(tail[loc[1]:])
	}
	return "", false
}

// headerLine reports a byline or a date line, which never belong to a
// hard-wrapped paragraph.
func (cl *cleaner) headerLine(line string) bool {
	if _, _, ok := cl.byline(line); ok {
		return true
	}
	_, ok := parseDateLine(line)
	return ok && runeLen(line) <= maxShort
}

// takeByline takes a byline near the top of a text file as the author (and
// the date in it, unless one was found already) and drops it from the body.
func (cl *cleaner) takeByline(doc *document) {
	// Near the top: after the headline, standfirst and a few lines of
	// chrome at most.
	for i := 0; i < len(doc.blocks) && i < 8; i++ {
		b := doc.blocks[i]
		if b.kind != kPara {
			continue
		}
		author, date, ok := cl.byline(b.text)
		if !ok {
			continue
		}
		doc.author = author
		if doc.date == "" {
			doc.date = date
		}
		doc.blocks = append(doc.blocks[:i:i], doc.blocks[i+1:]...)
		return
	}
}
