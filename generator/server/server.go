// Package server is the editors' preview: it serves a site built in
// memory, rebuilds it when a watched file changes, and tells open browser
// tabs to reload (or to show the build error) over server-sent events.
//
// The last good build keeps being served while an edit is broken, so an
// editor never loses the page they were looking at; the error shows as an
// overlay on top of it and in the terminal.
package server

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// BuildFunc builds the whole site into memory: slash paths (as render
// emits them, "en/index.html") to bytes. changed lists the files that
// changed since the last build (nil for the first one), so that a builder
// with a cache can skip work.
type BuildFunc func(ctx context.Context, changed []string) (map[string][]byte, error)

// Options configure a Server.
type Options struct {
	Build BuildFunc
	// Log receives one line per build: what was rebuilt, or the error.
	Log io.Writer
	// Now is the clock, for tests; time.Now when nil.
	Now func() time.Time
}

// Server holds the current build and the browsers listening for changes.
type Server struct {
	opts Options

	mu      sync.RWMutex
	files   map[string][]byte
	version int    // increases with each good build
	failure string // the last build's error, "" when it succeeded
	waiters []chan struct{}
	// buildMu makes builds sequential: a second change during a build
	// waits and builds again with everything that changed.
	buildMu sync.Mutex
}

// New makes a server; call Rebuild once before serving.
func New(opts Options) *Server {
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Server{opts: opts, files: map[string][]byte{}}
}

// Rebuild runs the build and swaps the result in when it succeeds; when it
// fails, the previous files stay and the error is shown to browsers. A
// panic in the build is an error like any other: serve keeps running.
func (s *Server) Rebuild(ctx context.Context, changed []string) (err error) {
	s.buildMu.Lock()
	defer s.buildMu.Unlock()
	start := s.opts.Now()
	files, err := func() (files map[string][]byte, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("build panicked: %v", r)
			}
		}()
		return s.opts.Build(ctx, changed)
	}()
	if errors.Is(err, ErrSuperseded) {
		return nil // a newer change's build follows
	}
	if err != nil {
		s.publish(nil, err.Error())
	} else {
		s.publish(files, "")
	}
	took := s.opts.Now().Sub(start).Round(time.Millisecond)
	if err != nil {
		fmt.Fprintf(s.opts.Log, "build failed (still serving the last good build):\n%s\n", indent(err.Error()))
		return err
	}
	what := "built"
	if changed != nil {
		what = fmt.Sprintf("rebuilt after %s", describe(changed))
	}
	fmt.Fprintf(s.opts.Log, "%s: %d files in %s\n", what, len(files), took)
	return nil
}

// Show swaps in files ahead of the build under way: the pages an edit
// changed, made first so that the editor sees them at once, while the
// build makes the pages the edit reaches elsewhere (its result replaces
// these files when it ends). Open tabs reload, as after a build. A build
// may call it from its BuildFunc.
func (s *Server) Show(files map[string][]byte) { s.publish(files, "") }

// publish swaps in a good build's files (a new version), or records a
// failed build's error (files nil), and wakes the open tabs.
func (s *Server) publish(files map[string][]byte, failure string) {
	s.mu.Lock()
	s.failure = failure
	if files != nil {
		s.files = files
		s.version++
	}
	waiters := s.waiters
	s.waiters = nil
	s.mu.Unlock()
	for _, w := range waiters {
		close(w)
	}
}

// State is what a browser needs to know: the build it shows and the
// error, if the last build failed.
type State struct {
	Version int
	Error   string
}

// State returns the current state.
func (s *Server) State() State {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return State{Version: s.version, Error: s.failure}
}

// changedSince returns a channel closed at the next build.
func (s *Server) nextBuild() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := make(chan struct{})
	s.waiters = append(s.waiters, c)
	return c
}

func describe(changed []string) string {
	switch len(changed) {
	case 0:
		return "a change"
	case 1:
		return changed[0]
	}
	return fmt.Sprintf("%s and %d more", changed[0], len(changed)-1)
}

func indent(s string) string {
	return "  " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n  ")
}

// Live-reload endpoints live under a prefix no page of the site can have,
// since render never emits a path starting with "_".
const (
	eventsPath = "/_live/events"
	scriptPath = "/_live/reload.js"
)

// ServeHTTP serves the current build, the live-reload script and events.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case eventsPath:
		s.events(w, r)
		return
	case scriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		io.WriteString(w, reloadScript)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if strings.HasSuffix(r.URL.Path, "/") && name != "" {
		name += "/"
	}
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	s.mu.RLock()
	version := s.version
	data, ok := s.files[name]
	status := http.StatusOK
	if !ok {
		// A folder without its slash: redirect as a static host does.
		if _, dir := s.files[name+"/index.html"]; dir {
			s.mu.RUnlock()
			// To the cleaned path, never to the request's own text:
			// "//example.com/../en" must not become a redirect to
			// another host.
			http.Redirect(w, r, sameHostPath(name+"/"), http.StatusMovedPermanently)
			return
		}
		data, ok = s.files["404.html"]
		name, status = "404.html", http.StatusNotFound
	}
	s.mu.RUnlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(filepath.Ext(name))
	if ctype == "" {
		ctype = http.DetectContentType(data)
	}
	if strings.HasPrefix(ctype, "text/html") {
		data = inject(data, version)
	}
	w.Header().Set("Content-Type", ctype)
	// The preview changes with every save; a cached page would hide it.
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(data)
	}
}

// inject adds the live-reload script to an HTML page, before </body> (or
// at the end when there is none). Only serve does this: the published
// site never carries it.
func inject(page []byte, version int) []byte {
	tag := []byte(`<script src="` + scriptPath + `" data-version="` + strconv.Itoa(version) + `"></script>`)
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(append([]byte{}, page...), tag...)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:i]...)
	out = append(out, tag...)
	return append(out, page[i:]...)
}

// events streams the state to one browser tab: the current state at once,
// then each new one. The script reloads when the version moves past the
// one the page was served with, and shows the error overlay while a build
// is broken.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	ctx := r.Context()
	for {
		next := s.nextBuild()
		st := s.State()
		if err := writeEvent(w, st); err != nil {
			return
		}
		fl.Flush()
		select {
		case <-ctx.Done():
			return
		case <-next:
		case <-time.After(25 * time.Second):
			// A comment keeps proxies and the browser from dropping an
			// idle stream.
			if _, err := io.WriteString(w, ": ping\n\n"); err != nil {
				return
			}
			fl.Flush()
		}
	}
}

func writeEvent(w io.Writer, st State) error {
	msg := strings.ReplaceAll(st.Error, "\r", "")
	var b strings.Builder
	fmt.Fprintf(&b, "event: state\ndata: %d\n", st.Version)
	for _, line := range strings.Split(msg, "\n") {
		if msg != "" {
			fmt.Fprintf(&b, "data: %s\n", line)
		}
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// ErrSuperseded, from a BuildFunc, means the build gave up because a
// newer change came in, whose build follows: the server keeps what it
// serves and reports nothing.
var ErrSuperseded = errors.New("server: build superseded by a newer change")

// ErrClosed is returned by Serve after a clean shutdown.
var ErrClosed = errors.New("server closed")
