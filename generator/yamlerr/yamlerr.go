// Package yamlerr turns yaml.v3's syntax errors into what an editor can
// act on: the line to fix (not the line where the failing construct
// began) and a message in plain words, with the parser's own at the end.
// The front-matter reader, the data files and the UI strings share it.
package yamlerr

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

var (
	yamlLineRE = regexp.MustCompile(`^line (\d+): `)
	anchorRE   = regexp.MustCompile(`unknown anchor '([^']*)' referenced`)
)

// Message is a yaml.v3 error without its "yaml: " prefix and its line,
// which the caller names its own way.
func Message(err error) string {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	return yamlLineRE.ReplaceAllString(msg, "")
}

// Locate returns the 1-based line of text at fault for a yaml.v3 error of
// decoding it, and a message in words an editor can act on. yaml.v3 gives
// for its parser's errors the line where the failing construct started
// (the "- id:" of a provider) rather than the line at fault (a key
// indented one space too far, lines below); the line at fault is the
// first whose prefix of text no longer parses. For a few errors it gives
// no line at all; the offending text is then looked up.
func Locate(text []byte, err error) (line int, message string) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line = 1
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		if isParserError(Message(err)) {
			line++
			line = faultLine(text, line)
		}
		if strings.Contains(msg, "end of stream") {
			line = openQuoteLine(text, line)
		}
		if strings.Contains(msg, "did not find expected ',' or ']'") {
			line = unclosedLine(text, line, '[', ']')
		} else if strings.Contains(msg, "did not find expected ',' or '}'") {
			line = unclosedLine(text, line, '{', '}')
		}
	} else if m := anchorRE.FindStringSubmatch(msg); m != nil {
		line = lineOf(text, "*"+m[1])
	} else if strings.Contains(msg, "control characters") {
		line = lineOfFunc(text, func(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f })
	}
	// yaml.v3 counts a lone \r as a line break too; editors' tools do
	// not, so a line past the end is the last one.
	line = max(1, min(line, strings.Count(string(text), "\n")+1))
	return line, plainYAML(Message(err), lineText(text, line))
}

// faultLine is the first line, from line on, at which the block cut after
// it stops parsing (an end of input cut short does not count): where an
// editor must look. It gives line back when none is found.
func faultLine(text []byte, line int) int {
	starts := []int{0}
	for i, c := range text {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	if starts[len(starts)-1] != len(text) {
		starts = append(starts, len(text))
	}
	for k := line; k < len(starts); k++ {
		var n yaml.Node
		err := yaml.Unmarshal(text[:starts[k]], &n)
		if err != nil && !strings.Contains(err.Error(), "end of stream") {
			return k
		}
	}
	return line
}

// plainMessages explain yaml.v3's messages in an editor's words, keeping
// the original at the end for a search.
var plainMessages = []struct{ prefix, plain string }{
	{"did not find expected key", "this line is not indented like the keys above it: keys of one entry start in the same column, with spaces"},
	{"did not find expected '-' indicator", "this line is not indented like the list it is in: each item starts with - in the same column, and its keys line up under the first"},
	{"mapping values are not allowed in this context", `a ": " inside a value, or a key indented too far: put the value in quotes ("Cloudflare: we stay") or line the key up with the ones above`},
	{"found a tab character that violates indentation", "a tab is used to indent: YAML indents with spaces only"},
	{"found unexpected end of stream", "a quoted value is never closed: add its closing quote"},
	{"did not find expected ',' or ']'", "a [ list is not closed with ] on this line"},
	{"did not find expected ',' or '}'", "a { mapping is not closed with } on this line"},
	{"found character that cannot start any token", "a value starts with a character YAML reserves (` @ or %): put it in quotes"},
	{"could not find expected ':'", `a key without its ": " (write key: value)`},
	{"did not find expected <document start>", "text after the end of the front-matter's YAML (a ... line): remove the ... line"},
	{"did not find expected node content", "a value is missing, or a list or mapping is closed twice"},
}

func plainYAML(msg, line string) string {
	// The parser says "expected key" for unbalanced brackets too.
	if strings.HasPrefix(msg, "did not find expected key") && strings.ContainsAny(line, "[]{}") {
		return fmt.Sprintf("invalid YAML: the brackets of a [list] or {mapping} on this line do not match (the YAML parser says: %s)", msg)
	}
	for _, m := range plainMessages {
		if strings.HasPrefix(msg, m.prefix) {
			return fmt.Sprintf("invalid YAML: %s (the YAML parser says: %s)", m.plain, msg)
		}
	}
	return "invalid YAML: " + msg
}

// parserMessages begin the errors of yaml.v3's parser, which, unlike its
// scanner's, give a 0-based line (where the construct that failed started).
var parserMessages = []string{
	"did not find expected <document start>",
	"did not find expected key",
	"did not find expected node content",
	"did not find expected '-' indicator",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found undefined tag handle",
	"found duplicate %",
	"found incompatible YAML document",
}

func isParserError(msg string) bool {
	for _, p := range parserMessages {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

// openQuoteLine is the last line before line whose value opens a quote
// that the line does not close: where a quoted value that runs to the end
// of the block starts. It gives line back when there is none.
func openQuoteLine(text []byte, line int) int {
	lines := strings.Split(string(text), "\n")
	for i := min(line, len(lines)) - 1; i >= 0; i-- {
		l := lines[i]
		for _, q := range []string{`"`, "'"} {
			at := strings.Index(l, ": "+q)
			if at < 0 && strings.HasPrefix(strings.TrimSpace(l), "- "+q) {
				at = strings.Index(l, "- "+q)
			}
			if at < 0 {
				continue
			}
			rest := strings.ReplaceAll(l[at+3:], `\`+q, "")
			if q == "'" {
				rest = strings.ReplaceAll(rest, "''", "")
			}
			if !strings.Contains(rest, q) {
				return i + 1
			}
		}
	}
	return line
}

// unclosedLine is the last line, up to line, that opens more brackets
// than it closes: where a [list] or {mapping} left open starts. It gives
// line back when there is none.
func unclosedLine(text []byte, line int, open, close byte) int {
	lines := strings.Split(string(text), "\n")
	for i := min(line, len(lines)) - 1; i >= 0; i-- {
		if strings.Count(lines[i], string(open)) > strings.Count(lines[i], string(close)) {
			return i + 1
		}
	}
	return line
}

// lineText is line n (1-based) of text, or "".
func lineText(text []byte, n int) string {
	lines := strings.Split(string(text), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

func lineOf(text []byte, s string) int {
	i := strings.Index(string(text), s)
	if i < 0 {
		return 1
	}
	return 1 + strings.Count(string(text[:i]), "\n")
}

func lineOfFunc(text []byte, f func(rune) bool) int {
	i := strings.IndexFunc(string(text), f)
	if i < 0 {
		return 1
	}
	return 1 + strings.Count(string(text[:i]), "\n")
}
