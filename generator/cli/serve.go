package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/newsdesk/ruscompare/generator/build"
	"github.com/newsdesk/ruscompare/generator/review"
	"github.com/newsdesk/ruscompare/generator/server"
)

// withReviewDesk mounts the editor's review desk at /_review/ in front of
// the preview. Its writes reach the preview through the file watcher,
// like an edit in the editor's own text editor.
func withReviewDesk(site http.Handler, source, templates string, log io.Writer) (http.Handler, error) {
	desk, err := review.New(review.Options{
		ContentDir: filepath.Join(source, "content"),
		Templates:  templates,
		DataDir:    filepath.Join(source, "content", "data"),
		Log:        log,
	})
	if err != nil {
		return nil, err
	}
	go desk.Warm()
	// A prefix switch, not an http.ServeMux: the mux would answer unclean
	// paths with its own redirect before the site's same-host one runs.
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, review.Prefix) {
			desk.ServeHTTP(w, r)
			return
		}
		site.ServeHTTP(w, r)
	}), nil
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o buildOptions
	o.addSourceFlags(fs)
	fs.BoolVar(&o.drafts, "drafts", true, "show articles marked draft: true (the preview is for editors)")
	host := fs.String("host", "localhost", "address to listen on; localhost keeps the preview on this machine")
	port := fs.Int("port", 1313, "port to listen on (0 picks a free one)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: generator serve [flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	// The preview is served from the root whatever site.yaml says, so
	// that every link works on localhost.
	o.baseURL = "/"
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, o, *host, *port, stdout, stderr); err != nil {
		fmt.Fprintln(stderr, "generator:", err)
		return 1
	}
	return 0
}

// serve builds into memory (never into public/ or content/), serves, and
// keeps one build session open: each save updates it with the files that
// changed, which re-reads only those and re-renders only the pages they
// reach. A failed build, first or later, does not stop it: the editor
// fixes the file and saves again, and the last good build is served
// meanwhile.
func serve(ctx context.Context, o buildOptions, host string, port int, stdout, stderr io.Writer) error {
	addr := net.JoinHostPort(host, strconv.Itoa(port))
	ro, _, err := resolveOptions(o)
	if err != nil {
		// site.yaml itself may be what is broken: serve anyway, and let
		// the first build report it.
		ro = o
		if ro.config == "" {
			ro.config = filepath.Join(o.source, "site.yaml")
		}
		if ro.templates == "" {
			ro.templates = filepath.Join(o.source, "templates")
		}
	}
	pv := &preview{opts: o.session(), warn: stderr}
	pv.opts.Generator = build.ExecutableHash()
	pv.opts.Long = true
	srv := server.New(server.Options{Log: stderr, Build: pv.build})
	pv.show = srv.Show
	_ = srv.Rebuild(ctx, nil)

	w, err := server.Watch([]string{filepath.Join(o.source, "content"), ro.templates}, []string{ro.config})
	if err != nil {
		return err
	}
	defer w.Close()
	go w.Run(ctx, func(changed []string) {
		// The build runs beside the watch, so that a save during a build
		// is seen at once and stops the part of it that is not shown yet.
		pv.generation.Add(1)
		go srv.Rebuild(ctx, changed)
	}, func(err error) {
		fmt.Fprintln(stderr, "watch:", err)
	})

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w (is another serve running? try --port)", addr, err)
	}
	handler, err := withReviewDesk(srv, o.source, ro.templates, stderr)
	if err != nil {
		return err
	}
	// Only requests addressed to this machine are answered (DNS
	// rebinding); the port is the one listened on, which --port 0 picks.
	hosts := server.LocalHosts(host, ln.Addr().(*net.TCPAddr).Port)
	hs := &http.Server{Handler: server.CheckHost(hosts, handler), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "serving on http://%s/ (Ctrl-C stops); review desk at http://%s%s\n", ln.Addr(), ln.Addr(), review.Prefix)
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	// Open event streams never end by themselves; Close drops them.
	if err := hs.Shutdown(shut); err != nil {
		hs.Close()
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(stdout, "stopped")
	return nil
}

// preview is serve's build session. It is opened by the first build that
// succeeds (until then every save tries again from scratch) and updated
// by the following ones.
type preview struct {
	opts    build.Options
	warn    io.Writer
	session *build.Session
	// show serves the edited articles' pages before the rest is made.
	show func(map[string][]byte)
	// generation counts the changes seen; a build whose generation is
	// behind stops rendering (a newer one follows).
	generation atomic.Int64
	// printed are the warnings the terminal shows already: each is
	// printed once, and again only after it went away and came back.
	printed []string
}

func (pv *preview) build(_ context.Context, changed []string) (map[string][]byte, error) {
	gen := pv.generation.Load()
	superseded := func() bool { return pv.generation.Load() != gen }
	if pv.session == nil {
		s, err := build.Open(pv.opts)
		if err != nil {
			return nil, err
		}
		pv.session = s
	} else {
		if err := pv.session.Update(changed); err != nil {
			return nil, err
		}
		// The page the editor is looking at first; an error here is the
		// full render's to report.
		if first, err := pv.session.RenderFirst(); err == nil && first != nil && pv.show != nil {
			pv.show(first)
		}
	}
	files, err := pv.session.RenderMemoryUnless(superseded)
	if errors.Is(err, build.ErrStopped) {
		return nil, server.ErrSuperseded
	}
	if err != nil {
		return nil, err
	}
	added, fixed := build.NewWarnings(pv.printed, pv.session.Warnings())
	build.PrintWarnings(pv.warn, added)
	if fixed > 0 {
		fmt.Fprintf(pv.warn, "%d warning(s) fixed\n", fixed)
	}
	pv.printed = pv.session.Warnings()
	return files, nil
}
