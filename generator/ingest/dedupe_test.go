package ingest

import (
	"strings"
	"testing"
)

// Paragraphs of a made-up story, used to build test pages.
const (
	storyA = "The regional power company said on Tuesday that its two plants near the border would keep running through the winter."
	storyB = "Engineers had checked the turbines twice since the spring floods and found no damage that would stop them."
	storyC = "Local councils welcomed the news but asked for a written promise about prices for households."
	storyD = "The company expects to publish its yearly figures at the end of next month, a spokeswoman added."
)

// page wraps body HTML in a minimal article page.
func page(body string) []byte {
	return []byte(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Power plants keep running</title></head>` +
		`<body><article><h1>Power plants keep running</h1>` + body + `</article></body></html>`)
}

func paras(ps ...string) string {
	var b strings.Builder
	for _, p := range ps {
		if strings.HasPrefix(p, "<") {
			b.WriteString(p)
			continue
		}
		b.WriteString("<p>" + p + "</p>")
	}
	return b.String()
}

// TestDedupeHTML: on a page, a repeat goes only when it is the story
// printed twice, the headline, a glued run-on block, the standfirst's
// sentences or a short chrome line; a paragraph or heading the author
// repeats stays.
func TestDedupeHTML(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string // the body's paragraphs and headings, in order
	}{
		{"author repeats a paragraph",
			paras(storyA, storyB, storyA, storyC),
			[]string{storyA, storyB, storyA, storyC}},
		{"author repeats paragraph and heading",
			paras(storyA, "<h2>Second part</h2>", storyA, "<h2>Second part</h2>", storyA),
			[]string{storyA, "## Second part", storyA, "## Second part", storyA}},
		{"story printed twice",
			paras(storyA, storyB, "<h2>What comes next</h2>", storyC, storyD, storyA, storyB, "<h2>What comes next</h2>", storyC),
			[]string{storyA, storyB, "## What comes next", storyC, storyD}},
		{"two paragraphs again are not a story",
			paras(storyA, storyB, storyC, storyA, storyB, storyD),
			[]string{storyA, storyB, storyC, storyA, storyB, storyD}},
		{"headline as a heading",
			paras(storyA, storyB, "<h2>Power plants keep running</h2>", storyC),
			[]string{storyA, storyB, storyC}},
		{"short chrome line repeated",
			paras(storyA, "Read the full report", storyB, "Read the full report", storyC),
			[]string{storyA, "Read the full report", storyB, storyC}},
		{"one sentence set apart stays",
			paras(storyA+" "+storyB, storyC, storyB, storyD),
			[]string{storyA + " " + storyB, storyC, storyB, storyD}},
		{"standfirst's sentences again in the body go",
			paras(`<p class="standfirst">`+storyA+" "+storyB+`</p>`, storyA, storyB, storyC, storyD),
			[]string{storyA + " " + storyB, storyC, storyD}},
		{"glued run-on repeat goes",
			paras(storyA, storyB, storyC, storyA+storyB, storyD),
			[]string{storyA, storyB, storyC, storyD}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Ingest("page.html", page(tt.body), testOptions(t))
			if err != nil {
				t.Fatal(err)
			}
			want := strings.Join(tt.want, "\n\n") + "\n"
			if res.Body != want {
				t.Errorf("got\n%s\nwant\n%s", res.Body, want)
			}
		})
	}
}

// TestStoryRepeatsBounded: a page of one paragraph repeated many times
// is checked in linear time and keeps every copy (no story run).
func TestStoryRepeatsBounded(t *testing.T) {
	blocks := make([]block, 20000)
	for i := range blocks {
		blocks[i] = block{kind: kPara, text: storyA}
	}
	if got := storyRepeats(blocks); len(got) != 0 {
		t.Errorf("%d blocks marked as a story printed twice, want 0", len(got))
	}
}
