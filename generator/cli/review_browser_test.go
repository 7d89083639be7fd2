package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newsdesk/ruscompare/generator/internal/browsertest"
)

// syncBuffer is a log that serve writes from several goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestReviewDeskBrowser runs serve on a copy of the repository's content
// and, in a real browser, reviews two claims on /_review/: one accepted
// with the mouse, one rejected from the keyboard. The article file then
// shows both, with the editor's comments intact.
func TestReviewDeskBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test: skipped with -short")
	}
	exe := browsertest.Path(t)
	src := t.TempDir()
	if err := copyTree(filepath.Join(repoRoot, "content"), filepath.Join(src, "content")); err != nil {
		t.Fatal(err)
	}
	article := filepath.Join(src, "content", "en", "articles", "cloudflare-akamai-why-were-not-pulling-out-of-russia.md")
	data, err := os.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	// An editor's comments: one at the top, one on a value of a claim
	// that gets accepted.
	data = bytes.Replace(data, []byte("---\n"), []byte("---\n# Checked against the print edition.\n"), 1)
	data = bytes.Replace(data, []byte("  - id: cloudflare\n    name: Cloudflare\n    stance: stays\n"),
		[]byte("  - id: cloudflare\n    name: Cloudflare\n    stance: stays # their blog says so too\n"), 1)
	if err := os.WriteFile(article, data, 0o644); err != nil {
		t.Fatal(err)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	o := buildOptions{source: src, templates: filepath.Join(repoRoot, "templates"), config: filepath.Join(repoRoot, "site.yaml"), drafts: true, baseURL: "/"}
	ctx, stop := context.WithCancel(context.Background())
	var log syncBuffer
	done := make(chan error, 1)
	go func() { done <- serve(ctx, o, "127.0.0.1", port, io.Discard, &log) }()
	// A cleanup, not a defer: cleanups run last-in first-out, so the
	// browser (started below) closes its event stream before serve waits
	// for its connections to end.
	t.Cleanup(func() {
		stop()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	desk := "http://" + addr + "/_review/"
	waitHTTP(t, desk)

	bt := browsertest.Start(t, exe, 90*time.Second)
	eval := func(js string) string {
		t.Helper()
		v, err := chromedp.Run(bt, chromedp.Evaluate[string](js))
		if err != nil {
			t.Fatalf("%s: %v", js, err)
		}
		return v
	}
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bt, steps...); err != nil {
			t.Fatal(err)
		}
	}

	// The claims of the article above (the other language's article
	// names some of the same companies).
	const inArticle = `article.claim[data-kind=provider][data-file="en/articles/cloudflare-akamai-why-were-not-pulling-out-of-russia.md"]`
	do(chromedp.Navigate(desk))
	companies := eval(`[...new Set([...document.querySelectorAll("article.claim[data-kind=provider]")].map(a => a.dataset.company))].join(" ")`)
	for _, id := range []string{"cloudflare", "akamai"} {
		if !strings.Contains(" "+companies+" ", " "+id+" ") {
			t.Fatalf("the desk does not list %s; it lists %q", id, companies)
		}
	}
	if h := eval(`document.querySelector("h1").textContent`); h != "Review desk" {
		t.Errorf("h1 %q", h)
	}
	// Accessible: axe-core finds no serious or critical violation.
	axeJS := filepath.Join(repoRoot, "node_modules", "axe-core", "axe.min.js")
	axe, err := os.ReadFile(axeJS)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("axe-core is missing (npm ci): %v", err)
		}
		t.Logf("axe-core is missing (npm ci): accessibility of the desk not checked")
	} else {
		if _, err := chromedp.Run(bt, chromedp.Evaluate[chromedp.Void](string(axe))); err != nil {
			t.Fatal(err)
		}
		found, err := chromedp.Run(bt, chromedp.Evaluate[[]string](`axe.run(document, {resultTypes: ["violations"]}).then(r =>
  r.violations.filter(v => v.impact === "serious" || v.impact === "critical").map(v => v.id + ": " + v.help + " at " + v.nodes.slice(0, 3).map(n => n.target.join(" ")).join(", ")))`,
			chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range found {
			t.Errorf("axe: %s", v)
		}
	}

	// Accept Cloudflare's claim with a click.
	do(chromedp.Click(inArticle + `[data-company=cloudflare] button[value=accept]`))
	do(chromedp.WaitVisible(`#status`))
	if s := eval(`document.querySelector("#status").textContent`); !strings.Contains(s, "accepted cloudflare") {
		t.Fatalf("status %q", s)
	}
	// The status has the focus, so a screen reader reads it out.
	if f := eval(`document.activeElement.id`); f != "status" {
		t.Errorf("focus on %q after the action, want the status", f)
	}

	// Reject Akamai's from the keyboard: focus the button, press Enter.
	do(chromedp.Focus(inArticle+`[data-company=akamai] button[value=reject]`),
		chromedp.KeyEvent("\r"))
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(eval(`(document.querySelector("#status") || {}).textContent || ""`), "rejected akamai") {
		if time.Now().After(deadline) {
			t.Fatal("no status after rejecting from the keyboard")
		}
		time.Sleep(100 * time.Millisecond)
	}
	// The page shows the result at once: both claims left the desk.
	if n := eval(`String(document.querySelectorAll('` + inArticle + `[data-company=cloudflare], ` + inArticle + `[data-company=akamai]').length)`); n != "0" {
		t.Errorf("%s reviewed claims still listed", n)
	}

	after, err := os.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	text := string(after)
	for _, want := range []string{
		"---\n# Checked against the print edition.\n",
		"    stance: stays # their blog says so too\n",
		"rejected:\n  providers: [akamai]\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the article lacks %q", want)
		}
	}
	cf := text[strings.Index(text, "  - id: cloudflare\n"):]
	cf = cf[:strings.Index(cf[1:], "\n  - id: ")+1]
	if !strings.Contains(cf, "\n    reviewed: true") {
		t.Errorf("cloudflare is not marked reviewed:\n%s", cf)
	}
	if strings.Contains(text, "  - id: akamai\n") {
		t.Error("akamai is still listed")
	}
	// The preview rebuilt from the written file.
	deadline = time.Now().Add(20 * time.Second)
	for !strings.Contains(log.String(), "rebuilt after") {
		if time.Now().After(deadline) {
			t.Fatalf("serve did not rebuild after the desk's write:\n%s", log.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func waitHTTP(t *testing.T, url string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
			err = fmt.Errorf("status %s", resp.Status)
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %v", url, err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
