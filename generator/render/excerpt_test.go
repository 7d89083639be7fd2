package render

import (
	"html"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestExcerpt(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{
			name: "block without an anchor is dropped",
			src:  `<h2>Sales</h2><p>Nothing cited here. Nor here.</p><p><span id="ev-1" class="ev">Cited.</span></p>`,
			want: `<p><span id="ev-1" class="ev">Cited.</span></p>` + "\n",
		},
		{
			name: "other sentences of the block become an ellipsis",
			src:  `<p>First words. <span id="ev-1" class="ev">The cited one.</span> Last words.</p>`,
			want: `<p>… <span id="ev-1" class="ev">The cited one.</span> …</p>` + "\n",
		},
		{
			name: "a quote is kept with its whole sentence",
			src:  `<p>Before it. He said &#34;<q id="q-1" class="quote">a few words</q>&#34; to us. After it.</p>`,
			want: `<p>… He said &#34;<q id="q-1" class="quote">a few words</q>&#34; to us. …</p>` + "\n",
		},
		{
			name: "gap between two kept sentences",
			src:  `<p><span id="ev-1" class="ev">One.</span> Two. <span id="ev-2" class="ev">Three.</span></p>`,
			want: `<p><span id="ev-1" class="ev">One.</span> … <span id="ev-2" class="ev">Three.</span></p>` + "\n",
		},
		{
			name: "a link in a dropped sentence goes, one in a kept sentence stays",
			src:  `<p>See <a href="/x">this</a>. <span id="ev-1" class="ev">Kept <a href="/y">here</a>.</span></p>`,
			want: `<p>… <span id="ev-1" class="ev">Kept <a href="/y">here</a>.</span></p>` + "\n",
		},
		{
			name: "list items are walked into and empty lists dropped",
			src:  `<ul><li>No.</li></ul><ol><li>No.</li><li><span id="ev-1" class="ev">Yes.</span></li></ol>`,
			want: `<ol><li><span id="ev-1" class="ev">Yes.</span></li></ol>` + "\n",
		},
		{
			name: "the fallback anchor of a sentence not in the body stays",
			src:  `<span id="ev-9" class="anchor-fallback"></span><p>Text.</p>`,
			want: `<span id="ev-9" class="anchor-fallback"></span>` + "\n",
		},
		{
			name: "reported speech is an anchor too",
			src:  `<p>Intro. <span id="q-2" class="reported">Acme said it would leave.</span></p>`,
			want: `<p>… <span id="q-2" class="reported">Acme said it would leave.</span></p>` + "\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := fragment(t, tt.src)
			excerpt(root)
			if got := inner(t, root); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// Whatever the body, an excerpt keeps every anchor id and its text.
func FuzzExcerpt(f *testing.F) {
	f.Add("Before. ", "Cited sentence.", " After. More.")
	f.Add("", "A", "")
	f.Add("x <b>y. z", "q. r", "</b> w.")
	f.Fuzz(func(t *testing.T, before, cited, after string) {
		src := "<p>" + html.EscapeString(before) + `<span id="ev-1" class="ev">` + html.EscapeString(cited) + "</span>" + html.EscapeString(after) + "</p><p>Other text.</p>"
		root := fragment(t, src)
		excerpt(root)
		out := inner(t, root)
		if !strings.Contains(out, `<span id="ev-1" class="ev">`) {
			t.Fatalf("anchor lost: %s -> %s", src, out)
		}
		printable := utf8.ValidString(cited) && !strings.ContainsFunc(cited, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' })
		if printable && strings.TrimSpace(cited) != "" && !strings.Contains(html.UnescapeString(out), cited) {
			t.Fatalf("anchor text lost: %s -> %s", src, out)
		}
		if strings.Contains(out, "Other text") {
			t.Fatalf("a block without an anchor was kept: %s", out)
		}
	})
}
