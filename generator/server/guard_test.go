package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
)

// TestRedirectStaysOnHost: a folder without its slash redirects to the
// cleaned path of this host, whatever the request's path looks like.
func TestRedirectStaysOnHost(t *testing.T) {
	site := &fakeSite{}
	site.set(map[string][]byte{"en/index.html": page("Home"), "404.html": page("Not found")}, nil)
	s := New(Options{Build: site.build})
	if err := s.Rebuild(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ target, location string }{
		{"/en", "/en/"},
		{"//example.com/../en", "/en/"},
		{"///example.com/../../en", "/en/"},
		{`/\example.com/../en`, "/en/"},
		{"/./en", "/en/"},
	} {
		r := httptest.NewRequest(http.MethodGet, "http://localhost:1313/", nil)
		r.URL = &url.URL{Path: tc.target}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		loc := w.Header().Get("Location")
		if w.Code != http.StatusMovedPermanently || loc != tc.location {
			t.Errorf("GET %s: %d Location %q, want 301 %q", tc.target, w.Code, loc, tc.location)
		}
		if strings.HasPrefix(loc, "//") || strings.Contains(loc, `\`) {
			t.Errorf("GET %s: Location %q leaves the host", tc.target, loc)
		}
	}
}

func TestLocalHosts(t *testing.T) {
	for _, tc := range []struct {
		host       string
		port       int
		want, deny []string
	}{
		{"localhost", 1313, []string{"localhost:1313", "127.0.0.1:1313", "[::1]:1313"}, []string{"localhost", "localhost:1314", "evil.example:1313", "0.0.0.0:1313"}},
		{"127.0.0.1", 4000, []string{"127.0.0.1:4000", "localhost:4000"}, []string{"127.0.0.1", "rebind.evil.example:4000"}},
		{"192.168.1.5", 1313, []string{"192.168.1.5:1313", "localhost:1313"}, []string{"192.168.1.6:1313"}},
		{"0.0.0.0", 1313, []string{"127.0.0.1:1313", "localhost:1313"}, []string{"evil.example:1313"}},
		{"localhost", 80, []string{"localhost", "127.0.0.1", "[::1]", "localhost:80"}, []string{"evil.example"}},
	} {
		got := map[string]bool{}
		for _, h := range LocalHosts(tc.host, tc.port) {
			got[h] = true
		}
		for _, h := range tc.want {
			if !got[h] {
				t.Errorf("LocalHosts(%q, %d) lacks %q: %v", tc.host, tc.port, h, got)
			}
		}
		for _, h := range tc.deny {
			if got[h] {
				t.Errorf("LocalHosts(%q, %d) allows %q", tc.host, tc.port, h)
			}
		}
	}
}

func TestCheckHost(t *testing.T) {
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("secret draft")) })
	h := CheckHost(LocalHosts("localhost", 1313), ok)
	for _, tc := range []struct {
		host   string
		status int
	}{
		{"localhost:1313", 200},
		{"LOCALHOST:1313", 200},
		{"127.0.0.1:1313", 200},
		{"[::1]:1313", 200},
		{"rebind.evil.example:1313", http.StatusMisdirectedRequest},
		{"localhost:9999", http.StatusMisdirectedRequest},
		{"", http.StatusMisdirectedRequest},
	} {
		r := httptest.NewRequest(http.MethodGet, "/en/", nil)
		r.Host = tc.host
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != tc.status {
			t.Errorf("Host %q: %d, want %d", tc.host, w.Code, tc.status)
		}
		if tc.status != 200 && strings.Contains(w.Body.String(), "secret draft") {
			t.Errorf("Host %q: the page was served", tc.host)
		}
	}
}

func TestWriteGuard(t *testing.T) {
	g, err := NewWriteGuard()
	if err != nil {
		t.Fatal(err)
	}
	other, err := NewWriteGuard()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Token()) < 32 || g.Token() == other.Token() {
		t.Fatalf("tokens %q and %q: want long and per process", g.Token(), other.Token())
	}
	wrote := false
	h := g.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost {
			wrote = true
		}
	}))
	for _, tc := range []struct {
		name, method string
		header       map[string]string
		form         string
		status       int
	}{
		{"GET passes", "GET", nil, "", 200},
		{"same-origin POST with the token header", "POST", map[string]string{"Sec-Fetch-Site": "same-origin", TokenHeader: g.Token()}, "", 200},
		{"POST with the token field", "POST", map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Origin": "http://localhost:1313"}, "token=" + g.Token(), 200},
		{"cross-site POST with the token", "POST", map[string]string{"Sec-Fetch-Site": "cross-site", TokenHeader: g.Token()}, "", 403},
		{"other origin POST", "POST", map[string]string{"Origin": "https://evil.example", TokenHeader: g.Token()}, "", 403},
		{"same-origin POST without the token", "POST", map[string]string{"Sec-Fetch-Site": "same-origin"}, "", 403},
		{"POST with another process's token", "POST", map[string]string{TokenHeader: other.Token()}, "", 403},
		{"cross-site DELETE", "DELETE", map[string]string{"Sec-Fetch-Site": "cross-site", TokenHeader: g.Token()}, "", 403},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wrote = false
			r := httptest.NewRequest(tc.method, "http://localhost:1313/_review/save", strings.NewReader(tc.form))
			for k, v := range tc.header {
				r.Header.Set(k, v)
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != tc.status {
				t.Fatalf("%d (%s), want %d", w.Code, strings.TrimSpace(w.Body.String()), tc.status)
			}
			if tc.status != 200 && wrote {
				t.Error("the handler ran")
			}
		})
	}
}
