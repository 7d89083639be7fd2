package server

import (
	"context"
	"errors"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newsdesk/ruscompare/generator/internal/browsertest"
)

// TestBrowserReload opens a page served in serve mode, changes the site,
// and sees the tab reload by itself; a broken build shows the overlay on
// the last good page, and fixing it reloads again.
func TestBrowserReload(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser: skipped with -short")
	}
	exe := browsertest.Path(t)
	site := &fakeSite{}
	site.set(map[string][]byte{"index.html": page("First")}, nil)
	s := New(Options{Build: site.build})
	s.Rebuild(context.Background(), nil)
	ts := httptest.NewServer(s)
	// Cleanups run last-in first-out: the browser (started below) closes
	// its event stream before the server waits for its connections.
	t.Cleanup(ts.Close)

	ctx := browsertest.Start(t, exe, 60*time.Second)
	// poll evaluates js until it is true. A reload destroys the page the
	// expression runs in, which is an error to retry, not a failure.
	poll := func(what, js string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		var last error
		for time.Now().Before(deadline) {
			ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js))
			if err == nil && ok {
				return
			}
			last = err
			time.Sleep(50 * time.Millisecond)
		}
		body, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.outerHTML`))
		t.Fatalf("%s: not seen within 20s (last error: %v); the page:\n%s", what, last, body)
	}
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](js))
		must(t, err)
		return v
	}

	must(t, chromedp.Do(ctx, chromedp.Navigate(ts.URL+"/")))
	if h1 := eval(`document.querySelector("h1").textContent`); h1 != "First" {
		t.Fatalf("h1 %q", h1)
	}
	// The marker lives in the page's JS state, so it is gone only when
	// the page really reloaded.
	eval(`window.marker = "still here"`)
	// Let the event stream connect before the change, as in a tab an
	// editor keeps open.
	time.Sleep(300 * time.Millisecond)

	site.set(map[string][]byte{"index.html": page("Second")}, nil)
	s.Rebuild(context.Background(), []string{"content/en/articles/a.md"})
	poll("reload after an edit", `document.querySelector("h1") !== null && document.querySelector("h1").textContent === "Second" && window.marker === undefined`)

	eval(`window.marker = "still here"`)
	time.Sleep(300 * time.Millisecond)
	site.set(nil, errors.New(`content/en/articles/a.md:4: unknown lang "xx"`))
	s.Rebuild(context.Background(), nil)
	poll("error overlay", `document.querySelector("#live-reload-error pre") !== null`)
	if got := eval(`document.querySelector("#live-reload-error pre").textContent`); got != `content/en/articles/a.md:4: unknown lang "xx"` {
		t.Errorf("overlay %q", got)
	}
	if got := eval(`document.querySelector("#live-reload-where").textContent`); got != "content/en/articles/a.md:4" {
		t.Errorf("overlay shows %q first, want the file and line", got)
	}
	if got := eval(`getComputedStyle(document.querySelector("#live-reload-error pre")).whiteSpace`); got != "pre-wrap" {
		t.Errorf("overlay message white-space %q: a long line is cut at the window edge", got)
	}
	if eval(`String(window.marker)`) != "still here" {
		t.Error("a failed build reloaded the page")
	}

	site.set(map[string][]byte{"index.html": page("Third")}, nil)
	s.Rebuild(context.Background(), nil)
	poll("reload after the fix", `document.querySelector("h1") !== null && document.querySelector("h1").textContent === "Third" && !document.querySelector("#live-reload-error")`)
}
