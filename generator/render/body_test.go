package render

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsdesk/ruscompare/generator/site"
)

func fragment(t *testing.T, src string) *html.Node {
	t.Helper()
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(src), ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes {
		ctx.AppendChild(n)
	}
	return ctx
}

func inner(t *testing.T, n *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if err := html.Render(&b, c); err != nil {
			t.Fatal(err)
		}
	}
	return b.String()
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		name, src, needle, class string
		found                    bool
		want                     string
	}{
		{"plain sentence", "<p>A. Cogent left Russia. B.</p>", "Cogent left Russia.", "ev", true,
			`<p>A. <span id="x" class="ev">Cogent left Russia.</span> B.</p>`},
		{"across emphasis", "<p>It <em>will</em> stay.</p>", "It will stay.", "ev", true,
			`<p><span id="x" class="ev">It </span><em><span class="ev">will</span></em><span class="ev"> stay.</span></p>`},
		{"whitespace and curly quotes fold", "<p>He said \u201cno\u201d\n  twice.</p>", `He said "no" twice.`, "ev", true,
			"<p><span id=\"x\" class=\"ev\">He said \u201cno\u201d\n  twice.</span></p>"},
		{"quote in one node is q", "<p>\"Stay here.\"</p>", "Stay here.", "quote", true,
			`<p>&#34;<q id="x" class="quote">Stay here.</q>&#34;</p>`},
		{"absent text is left alone", "<p>Nothing here.</p>", "Something else.", "ev", false,
			`<p>Nothing here.</p>`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := fragment(t, tc.src)
			if got := wrapText(root, tc.needle, "x", tc.class); got != tc.found {
				t.Fatalf("found = %v", got)
			}
			if got := inner(t, root); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestLinkMention(t *testing.T) {
	tests := []struct {
		name, src, mention string
		linked             bool
		want               string
	}{
		{"first mention only", "<p>Akamai and Akamai.</p>", "Akamai", true,
			`<p><a href="/p/">Akamai</a> and Akamai.</p>`},
		{"not in a heading or link", `<h2>Akamai</h2><p><a href="/x">Akamai</a> then Akamai</p>`, "Akamai", true,
			`<h2>Akamai</h2><p><a href="/x">Akamai</a> then <a href="/p/">Akamai</a></p>`},
		{"whole words only", "<p>Akamaized Lumens</p>", "Akamai", false, "<p>Akamaized Lumens</p>"},
		{"case matters", "<p>the lumen of light</p>", "Lumen", false, "<p>the lumen of light</p>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			root := fragment(t, tc.src)
			if got := linkMention(root, tc.mention, "/p/"); got != tc.linked {
				t.Fatalf("linked = %v", got)
			}
			if got := inner(t, root); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
}

// FuzzFoldAt: foldAt, with its ASCII shortcut, is site.FoldRune of the
// rune at each offset, with that rune's size (invalid UTF-8 included).
func FuzzFoldAt(f *testing.F) {
	for _, s := range []string{
		"Plain ASCII, with *marks* and `code`.",
		"Tabs\tand\nnew lines\r\n \v\f",
		"«Citaat» van de ‘CEO’ — één\u00a0stap",
		"\xff\xfe broken",
		"ÀÉÎ ǅ İ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for off := 0; off < len(s); {
			r, size := utf8.DecodeRuneInString(s[off:])
			wantF, wantKeep := site.FoldRune(r)
			f, keep, n := foldAt(s, off)
			if n != size || keep != wantKeep || (keep && f != wantF) {
				t.Fatalf("foldAt(%q, %d) = %q, %v, %d; want %q, %v, %d", s, off, f, keep, n, wantF, wantKeep, size)
			}
			off += size
		}
	})
}
