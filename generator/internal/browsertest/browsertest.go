// Package browsertest starts headless Chromium for the tests that drive a
// real browser (the preview's live reload, the review desk).
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// Start launches headless Chromium at exe and returns a tab whose steps
// must finish within timeout; everything stops when the test ends. The
// browser is started here, without a deadline, since starting it may take
// longer than a step.
func Start(t testing.TB, exe string, timeout time.Duration) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(exe),
		chromedp.UserDataDir(t.TempDir()), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.Flag("headless", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelTab := chromedp.NewContext(actx)
	if err := chromedp.Do(bctx); err != nil {
		cancelTab()
		cancelAlloc()
		t.Fatalf("start chromium: %v", err)
	}
	ctx, cancel := context.WithTimeout(bctx, timeout)
	t.Cleanup(func() {
		cancel()
		cancelTab()
		cancelAlloc()
	})
	return ctx
}

// Path finds the Chromium the CI installs (Debian package chromium), or
// the one $CHROMIUM names. A missing browser fails the test: a page test
// never skips silently.
func Path(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err != nil {
			t.Fatalf("$CHROMIUM: %v", err)
		}
		return p
	}
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Fatal("chromium is not installed: run `apt-get install chromium` (or set up the machine with .ci/run)")
	return ""
}
