package ingest

import (
	"strings"
	"testing"
)

// TestHTMLTail: after a page's story, a short line goes when it is the
// text of a link on the page (a box of links to other pages), and stays
// when it is not (a caption, the author's initials).
func TestHTMLTail(t *testing.T) {
	tests := []struct {
		name string
		tail string
		want []string
	}{
		{"caption stays", `<p>The two plants seen from the river</p>`,
			[]string{storyA, storyB, storyC, "The two plants seen from the river"}},
		{"link line goes", `<p><a href="/next">Plants of the region in pictures</a></p>`,
			[]string{storyA, storyB, storyC}},
		{"links after a caption go", `<p>The two plants seen from the river</p><p><a href="/a">Winter prices explained</a></p><p><a href="/b">Council meeting tonight</a></p>`,
			[]string{storyA, storyB, storyC, "The two plants seen from the river"}},
		{"link inside a sentence stays", `<p>Read <a href="/r">the full report</a> on the company site</p>`,
			[]string{storyA, storyB, storyC, "Read the full report on the company site"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := Ingest("page.html", page(paras(storyA, storyB, storyC)+tt.tail), testOptions(t))
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

// TestHTMLTextInDiv: a short story's text written straight into a <div>,
// not in a <p>, is read too.
func TestHTMLTextInDiv(t *testing.T) {
	body := paras(storyA, storyB, storyC) + `<h2>Next steps</h2><div>` + storyD + `</div>`
	res, err := Ingest("page.html", page(body), testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{storyA, storyB, storyC, "## Next steps", storyD}, "\n\n") + "\n"
	if res.Body != want {
		t.Errorf("got\n%s\nwant\n%s", res.Body, want)
	}
}

// TestHTMLInlineSpaces: the spaces around inline elements in list items
// and quotes stay, a code block gets no extra space, and no space mark is
// left in the body.
func TestHTMLInlineSpaces(t *testing.T) {
	body := paras(storyA, storyB) +
		`<ul><li>Use the <code>VALUES</code> clause from <em>insert</em> statements, a page said ` + "\ue000" + `here.</li></ul>` +
		`<blockquote><p>We can <em>still</em> run both plants, the engineers wrote in their letter.</p></blockquote>` +
		paras(storyC) + `<pre>total  = <span>a</span> + b</pre>` + paras(storyD)
	res, err := Ingest("page.html", page(body), testOptions(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"\n- Use the VALUES clause from insert statements, a page said here.\n",
		// trafilatura ends the quote's paragraph at the <em>; the words
		// stay apart.
		"> still run both plants, the engineers wrote in their letter.\n",
		"\ntotal = a + b\n",
	} {
		if !strings.Contains(res.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, res.Body)
		}
	}
	if strings.ContainsRune(res.Body, 0xE000) {
		t.Errorf("space mark left in the body:\n%q", res.Body)
	}
}
