package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestGet checks that each way a site fails gives its own error.
func TestGet(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write([]byte("<p>Oekra\xefne</p>"))
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/ok", http.StatusFound) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/404", http.NotFound)
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) { w.Header().Set("Content-Type", "application/pdf") })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(strings.Repeat("x", 2000)))
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := New(200 * time.Millisecond)
	c.MaxBytes = 1000
	for _, tc := range []struct {
		path string
		want error
	}{
		{"/ok", nil}, {"/moved", nil}, {"/loop", ErrRedirects}, {"/404", ErrStatus},
		{"/pdf", ErrNotHTML}, {"/slow", ErrTimeout}, {"/big", ErrTooLarge},
	} {
		t.Run(tc.path, func(t *testing.T) {
			p, err := c.Get(context.Background(), srv.URL+tc.path)
			if !errors.Is(err, tc.want) || (err == nil) != (tc.want == nil) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
			if err != nil {
				if !strings.Contains(err.Error(), srv.URL+tc.path) {
					t.Errorf("error %q does not name the URL", err)
				}
				return
			}
			if string(p.Body) != "<p>Oekra\xefne</p>" || p.Charset != "windows-1252" {
				t.Errorf("body %q, charset %q: want the bytes as served and the declared charset", p.Body, p.Charset)
			}
			if p.Redirected() != (tc.path == "/moved") {
				t.Errorf("Redirected() = %v", p.Redirected())
			}
		})
	}
	if _, err := c.Get(context.Background(), "ftp://example.org/"); !errors.Is(err, ErrURL) {
		t.Errorf("ftp: %v", err)
	}
}

func TestParseFeed(t *testing.T) {
	const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
<entry><title>One</title><link href="/a/one"/><updated>2022-03-08T10:00:00Z</updated></entry>
<entry><title>No link</title></entry>
<entry><title>Mail</title><link href="mailto:x@example.org"/></entry>
</feed>`
	f, err := ParseFeed("https://news.example/feed", []byte(atom))
	if err != nil {
		t.Fatal(err)
	}
	want := []Item{
		{N: 1, Title: "One", Link: "https://news.example/a/one", Date: "2022-03-08"},
		{N: 2, Title: "No link", Problem: "no link"},
		{N: 3, Title: "Mail", Link: "mailto:x@example.org", Problem: `link "mailto:x@example.org" is not http(s)`},
	}
	if f.Title != "News" || len(f.Items) != len(want) {
		t.Fatalf("feed %+v", f)
	}
	for i, w := range want {
		if f.Items[i] != w {
			t.Errorf("item %d: %+v, want %+v", i+1, f.Items[i], w)
		}
	}
	if _, err := ParseFeed("x", []byte("<html>not a feed</html>")); !errors.Is(err, ErrFeed) {
		t.Errorf("html: %v", err)
	}
}
