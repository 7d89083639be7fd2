package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run `generator` as a real process, so that
// serve can run in the background and be stopped with a signal.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"generator": func() { os.Exit(Main(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs testdata/script/*.txtar. Each script starts in a copy
// of the repository's data files, templates and site.yaml (but no
// articles: a script brings its own, or runs `seed`), with $URL naming a
// local HTTP server that serves $WORK/www and a few misbehaving routes.
// Nothing reaches the internet.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: false,
		Setup: func(env *testscript.Env) error {
			for _, p := range []string{"content/data", "templates", "site.yaml"} {
				if _, err := os.Stat(filepath.Join(env.WorkDir, p)); err == nil {
					continue // the script brings its own
				}
				if err := copyTree(filepath.Join(repoRoot, p), filepath.Join(env.WorkDir, p)); err != nil {
					return err
				}
			}
			srv := httptest.NewServer(testSite(env.WorkDir))
			env.Defer(srv.Close)
			env.Setenv("URL", srv.URL)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"seed":     cmdSeed,
			"freeport": cmdFreeport,
			"httpwait": cmdHTTPWait,
			"httpdo":   cmdHTTPDo,
			"islink":   cmdIsLink,
		},
	})
}

// testSite is the web the scripts ingest from: files of $WORK/www (with
// {{URL}} replaced by the server's address, for feeds that link to it),
// and routes that fail the ways real sites fail.
func testSite(work string) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/www/", func(w http.ResponseWriter, r *http.Request) {
		data, err := os.ReadFile(filepath.Join(work, filepath.FromSlash(r.URL.Path)))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		data = bytes.ReplaceAll(data, []byte("{{URL}}"), []byte("http://"+r.Host))
		ctype := mime.TypeByExtension(filepath.Ext(r.URL.Path))
		if strings.HasSuffix(r.URL.Path, ".xml") {
			ctype = "application/rss+xml"
		}
		w.Header().Set("Content-Type", ctype)
		w.Write(data)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/www/article.html", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		io.WriteString(w, "%PDF-1.4\n")
	})
	// A URL that never answers: it holds the request until the client
	// gives up.
	mux.HandleFunc("/never", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	// A 50 MB page, streamed without a length, as a runaway page is.
	// A page under every size limit whose extraction takes far longer than
	// its download: 900 KB of paragraphs.
	mux.HandleFunc("/long", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><head><title>A long page</title></head><body><article><h1>A long page</h1>\n"))
		for i := 0; i < 9000; i++ {
			fmt.Fprintf(w, "<p>Paragraph %d of a very long page says the company keeps its servers running for now.</p>\n", i)
		}
		w.Write([]byte("</article></body></html>\n"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("<p>all work and no play makes a huge page</p>\n"), 1<<10)
		for sent := 0; sent < 50<<20; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	return mux
}

// seed copies the repository's committed articles into $WORK/content.
func cmdSeed(ts *testscript.TestScript, neg bool, args []string) {
	for _, l := range []string{"en", "nl"} {
		p := filepath.Join("content", l, "articles")
		ts.Check(copyTree(filepath.Join(repoRoot, p), ts.MkAbs(p)))
	}
}

// freeport VAR sets VAR to a TCP port nobody listens on.
func cmdFreeport(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: freeport VAR")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	ts.Check(err)
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	ts.Setenv(args[0], fmt.Sprint(port))
}

// httpwait URL REGEXP waits (up to 20 s) until GET URL answers with a body
// matching REGEXP; with !, until it answers without a match. It is how a
// script sees serve start and rebuild. A stream (the live-reload events)
// is read for a second at a time, as far as it got.
func cmdHTTPWait(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 2 {
		ts.Fatalf("usage: httpwait URL REGEXP")
	}
	re, err := regexp.Compile(args[1])
	ts.Check(err)
	deadline := time.Now().Add(20 * time.Second)
	last := "no answer"
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, args[0], nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			body, _ := io.ReadAll(resp.Body) // a stream ends at the timeout
			resp.Body.Close()
			last = fmt.Sprintf("HTTP %d, %d bytes: %.300q", resp.StatusCode, len(body), body)
			if re.Match(body) != neg {
				cancel()
				return
			}
		} else {
			last = err.Error()
		}
		cancel()
		time.Sleep(50 * time.Millisecond)
	}
	ts.Fatalf("httpwait %s %q: gave up after 20s (last: %s)", args[0], args[1], last)
}

// copyTree copies a file or a folder.
func copyTree(from, to string) error {
	return filepath.Walk(from, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		if fi.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, data, 0o644)
	})
}

// httpdo [-X METHOD] [-H 'Name: value']... URL STATUS [LOCATION-REGEXP]
// sends one request, without following a redirect, and fails unless it
// is answered with STATUS (and a Location matching the regexp). A Host
// header given with -H replaces the URL's host, as a rebinding page's
// would.
func cmdHTTPDo(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("httpdo does not support !")
	}
	method, headers := http.MethodGet, http.Header{}
	for len(args) > 1 && (args[0] == "-X" || args[0] == "-H") {
		if args[0] == "-X" {
			method = args[1]
		} else {
			name, value, ok := strings.Cut(args[1], ":")
			if !ok {
				ts.Fatalf("httpdo: -H %q: want 'Name: value'", args[1])
			}
			headers.Add(strings.TrimSpace(name), strings.TrimSpace(value))
		}
		args = args[2:]
	}
	if len(args) != 2 && len(args) != 3 {
		ts.Fatalf("usage: httpdo [-X METHOD] [-H 'Name: value']... URL STATUS [LOCATION-REGEXP]")
	}
	req, err := http.NewRequest(method, args[0], nil)
	ts.Check(err)
	req.Header = headers
	if h := headers.Get("Host"); h != "" {
		req.Host = h
	}
	client := &http.Client{
		Timeout:       10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	resp, err := client.Do(req)
	ts.Check(err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	loc := resp.Header.Get("Location")
	ts.Logf("%s %s: HTTP %d, Location %q, %.200q", method, args[0], resp.StatusCode, loc, body)
	if want := args[1]; fmt.Sprint(resp.StatusCode) != want {
		ts.Fatalf("httpdo %s: HTTP %d, want %s", args[0], resp.StatusCode, want)
	}
	if len(args) == 3 && !regexp.MustCompile(args[2]).MatchString(loc) {
		ts.Fatalf("httpdo %s: Location %q does not match %q", args[0], loc, args[2])
	}
}

// islink PATH fails unless PATH is a symbolic link (with !, unless it is
// not one).
func cmdIsLink(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: islink PATH")
	}
	fi, err := os.Lstat(ts.MkAbs(args[0]))
	ts.Check(err)
	if link := fi.Mode()&os.ModeSymlink != 0; link == neg {
		ts.Fatalf("%s: symbolic link is %v", args[0], link)
	}
}
