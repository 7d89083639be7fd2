package render

import "testing"

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
