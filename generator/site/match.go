package site

import "strings"

// InBody returns a test of whether a sentence (evidence, quote text) is in
// the markdown body as a reader sees it: folded, without link targets, as
// the site highlights it and check compares it.
func InBody(markdown string) func(text string) bool {
	body := FoldText(stripLinkTargets(markdown))
	return func(text string) bool { return strings.Contains(body, FoldText(text)) }
}
