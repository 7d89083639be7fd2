package ingest

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestSizeLimit: an article with more text than MaxTextBytes is refused
// with a message that says so, before any extraction.
func TestSizeLimit(t *testing.T) {
	para := "The hosting firm keeps its servers in Moscow running for now, it said on Thursday. "
	long := strings.Repeat(para, 40) // about 3.4 KB
	tests := []struct{ name, in, want string }{
		{"long.txt", long, "long.txt: article text too large: 4 KB of text, the limit for one article is 2 KB (an archive or a whole feed? save the article on its own)"},
		{"long.html", "<html><body><article><p>" + long + "</p><script>" + strings.Repeat("x", 5000) + "</script></article></body></html>",
			"long.html: article text too large: the page holds more than 2 KB of text, the most one article may hold (an archive or a live blog? save the part you want as a .txt file)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := testOptions(t)
			opts.MaxTextBytes = 2048
			_, err := Ingest(tt.name, []byte(tt.in), opts)
			if !errors.Is(err, ErrTooLarge) || err.Error() != tt.want {
				t.Fatalf("err = %v\nwant %s", err, tt.want)
			}
		})
	}
	// Scripts do not count: a page with 5 KB of script and 1 KB of text passes.
	opts := testOptions(t)
	opts.MaxTextBytes = 2048
	page := "<html><body><article><p>" + strings.Repeat(para, 12) + "</p><script>" + strings.Repeat("x", 5000) + "</script></article></body></html>"
	if _, err := Ingest("scripted.html", []byte(page), opts); err != nil {
		t.Errorf("scripted page: %v", err)
	}
}

// TestDefaultLimitTakesTwoMegabytes: the case, a 2 MB text (a long
// live blog or transcript pasted whole), is one article under the default
// cap, not refused; a whole archive past 4 MB still is.
func TestDefaultLimitTakesTwoMegabytes(t *testing.T) {
	para := "The hosting firm keeps its servers in Moscow running for now, it said on Thursday.\n\n"
	tests := []struct {
		name    string
		bytes   int
		refused bool
	}{
		{"two-megabytes.txt", 2 << 20, false},
		{"five-megabytes.txt", 5 << 20, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Repeat(para, tt.bytes/len(para)+1)
			_, err := Ingest(tt.name, []byte(text), testOptions(t))
			if got := errors.Is(err, ErrTooLarge); got != tt.refused {
				t.Fatalf("refused = %v (err %v), want %v", got, err, tt.refused)
			}
			if !tt.refused && err != nil {
				t.Fatal(err)
			}
		})
	}
}

// typicalPage is a news page of our own words: chrome, a 1,000-word story
// with subheadings, a list and a quote, related links and a footer; about
// the size of a real article page without its scripts.
func typicalPage() []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hosting firm keeps Moscow servers running | Example Weekly</title>
<meta property="og:site_name" content="Example Weekly"><meta property="article:published_time" content="2022-03-10T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Hosting firm keeps Moscow servers running","datePublished":"2022-03-10T09:00:00Z","author":{"@type":"Person","name":"Anna Jansen"}}</script>
</head><body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/cloud">Cloud</a></li><li><a href="/security">Security</a></li></ul></nav></header>
<main><article><h1>Hosting firm keeps Moscow servers running</h1><p class="standfirst">Switching off would mostly hurt small newsrooms, the owners say</p>`)
	for i := range 20 {
		if i%5 == 4 {
			fmt.Fprintf(&b, "<h2>Part %d of the story</h2>", i/5+1)
		}
		fmt.Fprintf(&b, "<p>In paragraph %d the company explains, once more and in other words, why it keeps its racks in Moscow switched on while larger rivals have left; customers number %d and %d were told the same by email on Thursday. New orders from the region are refused and every account linked to a sanctioned bank is checked by hand.</p>", i+1, i*7, i*7+3)
	}
	b.WriteString(`<ul><li>Existing contracts continue.</li><li>Payments from sanctioned banks are refused.</li></ul><blockquote><p>Pulling the plug helps nobody who wants accurate news.</p></blockquote>
<div class="related-links"><h3>Related articles</h3><ul><li><a href="/a">Another provider quits</a></li><li><a href="/b">What sanctions mean</a></li></ul></div>
</article></main><footer><p>© 2022 Example Weekly</p></footer></body></html>`)
	return []byte(b.String())
}

// BenchmarkIngestPage is a typical page from bytes to clean markdown, after
// start-up (the language detector's models are loaded before timing).
func BenchmarkIngestPage(b *testing.B) {
	opts := testOptions(b)
	page := typicalPage()
	if _, err := Ingest("page.html", page, opts); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Ingest("page.html", page, opts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCleanText shows cleaning time against input size: ns/op should
// grow in proportion to the size (MB/s stays flat).
func BenchmarkCleanText(b *testing.B) {
	opts := testOptions(b)
	opts.Lang = "en"
	for _, kb := range []int{128, 256, 512, 1000} {
		var sb strings.Builder
		sb.WriteString("A headline for the text\n\n")
		for i := 0; sb.Len() < kb*1024; i++ {
			if i%3 == 2 {
				fmt.Fprintf(&sb, "Short line %d here\n\n", i)
				continue
			}
			fmt.Fprintf(&sb, "Paragraph %d says that the company keeps its servers running for now. Customer %d was told by email.\n\n", i, i*3)
		}
		data := []byte(sb.String())
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Ingest("big.txt", data, opts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
