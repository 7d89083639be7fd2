package server

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeSite is a build whose next result a test sets.
type fakeSite struct {
	mu    sync.Mutex
	files map[string][]byte
	err   error
	panic bool
}

func (f *fakeSite) set(files map[string][]byte, err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.files, f.err = files, err
}

func (f *fakeSite) build(context.Context, []string) (map[string][]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.panic {
		panic("template exploded")
	}
	return f.files, f.err
}

func page(title string) []byte {
	return []byte("<!doctype html><html><head><title>" + title + "</title></head><body><h1>" + title + "</h1></body></html>")
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header
}

func TestServe(t *testing.T) {
	site := &fakeSite{}
	site.set(map[string][]byte{
		"index.html":          page("Home"),
		"en/about/index.html": page("About"),
		"404.html":            page("Not found"),
		"assets/site.css":     []byte("body{}"),
		"en/feed.xml":         []byte("<feed/>"),
	}, nil)
	s := New(Options{Build: site.build})
	if err := s.Rebuild(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	for _, tc := range []struct {
		path, want string
		status     int
		script     bool
	}{
		{"/", "<h1>Home</h1>", 200, true},
		{"/en/about/", "<h1>About</h1>", 200, true},
		{"/en/about", "<h1>About</h1>", 200, true}, // redirected to the slash
		{"/nope/", "<h1>Not found</h1>", 404, true},
		{"/assets/site.css", "body{}", 200, false},
		{"/en/feed.xml", "<feed/>", 200, false},
		{"/_live/reload.js", "EventSource", 200, false},
		{"/../../etc/passwd", "Not found", 404, true},
	} {
		t.Run(tc.path, func(t *testing.T) {
			status, body, h := get(t, ts.URL+tc.path)
			if status != tc.status || !strings.Contains(body, tc.want) {
				t.Errorf("GET %s: %d %q, want %d with %q", tc.path, status, body, tc.status, tc.want)
			}
			if got := strings.Contains(body, `<script src="/_live/reload.js" data-version="1"></script></body>`); got != tc.script {
				t.Errorf("GET %s: live-reload script injected = %v, want %v", tc.path, got, tc.script)
			}
			if h.Get("Cache-Control") != "no-store" {
				t.Errorf("GET %s: Cache-Control %q", tc.path, h.Get("Cache-Control"))
			}
		})
	}
}

// TestLastGoodBuild: a failed or panicking build keeps the previous files
// and reports the error to browsers; the next good build clears it.
func TestLastGoodBuild(t *testing.T) {
	site := &fakeSite{}
	site.set(map[string][]byte{"index.html": page("One")}, nil)
	var log strings.Builder
	s := New(Options{Build: site.build, Log: &log})
	ctx := context.Background()
	s.Rebuild(ctx, nil)
	ts := httptest.NewServer(s)
	defer ts.Close()

	site.set(nil, errors.New("content/en/articles/x.md:3: unknown lang \"xx\""))
	if err := s.Rebuild(ctx, []string{"content/en/articles/x.md"}); err == nil {
		t.Fatal("failed build reported no error")
	}
	if _, body, _ := get(t, ts.URL+"/"); !strings.Contains(body, "One") {
		t.Errorf("after a failed build, served %q; want the last good build", body)
	}
	if st := s.State(); st.Version != 1 || !strings.Contains(st.Error, `x.md:3: unknown lang "xx"`) {
		t.Errorf("state %+v", st)
	}
	site.panic = true
	if err := s.Rebuild(ctx, nil); err == nil || !strings.Contains(err.Error(), "template exploded") {
		t.Errorf("panic gave %v", err)
	}
	site.panic = false
	site.set(map[string][]byte{"index.html": page("Two")}, nil)
	s.Rebuild(ctx, []string{"content/en/articles/x.md"})
	if st := s.State(); st.Version != 2 || st.Error != "" {
		t.Errorf("state %+v after a good build", st)
	}
	if _, body, _ := get(t, ts.URL+"/"); !strings.Contains(body, "Two") {
		t.Errorf("served %q after a good build", body)
	}
	for _, want := range []string{"build failed (still serving the last good build):\n  content/en/articles/x.md:3", "rebuilt after content/en/articles/x.md: 1 files"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
}

// TestEvents: a tab's stream gets the state at once and each new one.
func TestEvents(t *testing.T) {
	site := &fakeSite{}
	site.set(map[string][]byte{"index.html": page("One")}, nil)
	s := New(Options{Build: site.build})
	s.Rebuild(context.Background(), nil)
	ts := httptest.NewServer(s)
	defer ts.Close()
	resp, err := http.Get(ts.URL + eventsPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("Content-Type %q", ct)
	}
	r := bufio.NewReader(resp.Body)
	next := func() string {
		var ev strings.Builder
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				t.Fatal(err)
			}
			if line == "\n" {
				return ev.String()
			}
			ev.WriteString(line)
		}
	}
	if ev := next(); ev != "event: state\ndata: 1\n" {
		t.Errorf("first event %q", ev)
	}
	site.set(nil, errors.New("a.md:1: bad\nb.md:2: worse"))
	go s.Rebuild(context.Background(), nil)
	if ev := next(); ev != "event: state\ndata: 1\ndata: a.md:1: bad\ndata: b.md:2: worse\n" {
		t.Errorf("error event %q", ev)
	}
	site.set(map[string][]byte{"index.html": page("Two")}, nil)
	go s.Rebuild(context.Background(), nil)
	if ev := next(); ev != "event: state\ndata: 2\n" {
		t.Errorf("reload event %q", ev)
	}
}

// TestWatch: saves by rename, new folders and removals are seen; editor
// swap files are not.
func TestWatch(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	must(t, os.MkdirAll(filepath.Join(content, "en", "articles"), 0o755))
	cfg := filepath.Join(dir, "site.yaml")
	must(t, os.WriteFile(cfg, []byte("base_url: /\n"), 0o644))
	w, err := Watch([]string{content}, []string{cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.Debounce = 20 * time.Millisecond
	changes := make(chan []string, 10)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go w.Run(ctx, func(p []string) { changes <- p }, func(err error) { t.Error(err) })

	wait := func(what string, want ...string) {
		t.Helper()
		select {
		case got := <-changes:
			for _, w := range want {
				found := false
				for _, g := range got {
					found = found || g == w
				}
				if !found {
					t.Errorf("%s: changes %v lack %s", what, got, w)
				}
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: no change seen", what)
		}
	}
	art := filepath.Join(content, "en", "articles", "a.md")
	tmp := filepath.Join(content, "en", "articles", ".a.md.swp")
	must(t, os.WriteFile(tmp, []byte("x"), 0o644))
	must(t, os.Rename(tmp, art))
	wait("save by rename", art)

	nl := filepath.Join(content, "nl", "articles")
	must(t, os.MkdirAll(nl, 0o755))
	wait("new folder", filepath.Join(content, "nl"))
	time.Sleep(50 * time.Millisecond) // let the new folder's watch start
	must(t, os.WriteFile(filepath.Join(nl, "b.md"), []byte("x"), 0o644))
	wait("file in a new folder", filepath.Join(nl, "b.md"))

	must(t, os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o644))
	must(t, os.WriteFile(cfg, []byte("base_url: /x/\n"), 0o644))
	wait("config", cfg)

	must(t, os.Remove(art))
	wait("removal", art)

	must(t, os.WriteFile(filepath.Join(content, "en", "articles", "c.md~"), []byte("x"), 0o644))
	select {
	case got := <-changes:
		t.Errorf("backup file gave changes %v", got)
	case <-time.After(200 * time.Millisecond):
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestShow: a build that shows the edited page first serves it, and
// tabs see a new version, before the build ends; the build's result then
// replaces it.
func TestShow(t *testing.T) {
	var srv *Server
	shown := make(chan struct{})
	finish := make(chan struct{})
	srv = New(Options{Build: func(_ context.Context, changed []string) (map[string][]byte, error) {
		if changed == nil {
			return map[string][]byte{"index.html": page("Old")}, nil
		}
		srv.Show(map[string][]byte{"index.html": page("First")})
		close(shown)
		<-finish
		return map[string][]byte{"index.html": page("Whole")}, nil
	}})
	if err := srv.Rebuild(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	done := make(chan error, 1)
	go func() { done <- srv.Rebuild(context.Background(), []string{"a.md"}) }()
	<-shown
	if _, body, _ := get(t, ts.URL+"/"); !strings.Contains(body, "First") {
		t.Errorf("while the build runs: %q, want the page shown first", body)
	}
	if v := srv.State().Version; v != 2 {
		t.Errorf("version after Show = %d, want 2", v)
	}
	close(finish)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if _, body, _ := get(t, ts.URL+"/"); !strings.Contains(body, "Whole") {
		t.Errorf("after the build: %q, want its result", body)
	}
	if v := srv.State().Version; v != 3 {
		t.Errorf("version after the build = %d, want 3", v)
	}
}

// TestSuperseded: a build that gives up for a newer change neither
// changes what is served nor reports an error.
func TestSuperseded(t *testing.T) {
	site := &fakeSite{}
	site.set(map[string][]byte{"index.html": page("Home")}, nil)
	srv := New(Options{Build: site.build})
	if err := srv.Rebuild(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	site.set(nil, fmt.Errorf("render: %w", ErrSuperseded))
	if err := srv.Rebuild(context.Background(), []string{"a.md"}); err != nil {
		t.Errorf("Rebuild = %v, want nil", err)
	}
	if st := srv.State(); st.Version != 1 || st.Error != "" {
		t.Errorf("state %+v, want version 1 and no error", st)
	}
}
