package e2e

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/newsdesk/ruscompare/generator/internal/browsertest"

	"github.com/newsdesk/ruscompare/generator/cli"
)

// repoRoot is the repository, seen from this package's folder (go test
// runs a package's tests in its own folder).
const repoRoot = "../.."

var (
	pagefindBin = filepath.Join(repoRoot, "node_modules", ".bin", "pagefind")
	indexScript = filepath.Join(repoRoot, "tools", "search", "index.mjs")
	vnuJar      = filepath.Join(repoRoot, "node_modules", "vnu-jar", "build", "dist", "vnu.jar")
	axeJS       = filepath.Join(repoRoot, "node_modules", "axe-core", "axe.min.js")
	screenshots = filepath.Join(repoRoot, "testdata", "screenshots")
)

// tmpRoot holds every build of this test binary; TestMain removes it.
var tmpRoot string

func TestMain(m *testing.M) {
	var err error
	tmpRoot, err = os.MkdirTemp("", "ruscompare-e2e-*")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := m.Run()
	closeBrowser()
	os.RemoveAll(tmpRoot)
	os.Exit(code)
}

// need fails the test when a tool is missing, saying how to install it:
// `make test` (and .ci/run) install the npm tools, so a missing one is a
// broken setup, not a reason to pass. Only -short, which runs none of the
// slow end-to-end tests, skips instead.
func need(t testing.TB, what, hint string, ok bool) {
	t.Helper()
	if ok {
		return
	}
	if testing.Short() {
		t.Skipf("%s is not installed (%s): skipped with -short", what, hint)
	}
	t.Fatalf("%s is not installed: run `%s` (or `make test`, which installs the npm tools)", what, hint)
}

func slow(t testing.TB) {
	t.Helper()
	if testing.Short() {
		t.Skip("slow end-to-end test: skipped with -short")
	}
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func havePagefind() bool { return fileExists(pagefindBin) }

func needPagefind(t testing.TB) {
	need(t, "pagefind", "npm ci", havePagefind())
}

// buildInto renders the committed content with the CLI, in-process, into
// dir for a base URL, and indexes it for search when withSearch.
func buildInto(t testing.TB, dir, base string, withSearch bool) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	args := []string{"build", "--source", repoRoot, "--destination", dir, "--base-url", base}
	if code := cli.Main(args, &stdout, &stderr); code != 0 {
		t.Fatalf("generator %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout.String(), stderr.String())
	}
	if withSearch {
		indexSite(t, dir)
	}
}

// indexSite makes the search index of a built site as `make search` does:
// the words of the excerpt-mode articles' full texts (generator
// search-words, written beside the site, not in it), then Pagefind
// through tools/search/index.mjs.
func indexSite(t testing.TB, dir string) {
	t.Helper()
	words := filepath.Join(filepath.Dir(dir), "search-words.json")
	var stdout, stderr bytes.Buffer
	args := []string{"search-words", "--source", repoRoot, "--out", words}
	if code := cli.Main(args, &stdout, &stderr); code != 0 {
		t.Fatalf("generator %s: exit %d\n%s%s", strings.Join(args, " "), code, stdout.String(), stderr.String())
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node is not installed: install Node.js (apt-get install nodejs npm)")
	}
	cmd := exec.Command(node, indexScript, "--site", dir, "--words", words, "--quiet")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s --site %s: %v\n%s", indexScript, dir, err, out)
	}
}

type builtKey struct {
	base   string
	search bool
}

var (
	builtMu sync.Mutex
	built   = map[builtKey]string{}
)

// site returns a build for base URL, made once per test binary and shared
// by the tests (they only read it). withSearch also runs Pagefind.
func site(t testing.TB, base string, withSearch bool) string {
	t.Helper()
	builtMu.Lock()
	defer builtMu.Unlock()
	k := builtKey{base, withSearch}
	if dir, ok := built[k]; ok {
		return dir
	}
	dir, err := os.MkdirTemp(tmpRoot, "site-*")
	if err != nil {
		t.Fatal(err)
	}
	dir = filepath.Join(dir, "public")
	buildInto(t, dir, base, withSearch)
	built[k] = dir
	return dir
}

// serve serves dir over HTTP under base (a path: "/" or "/sub/path/") and
// returns the address of the site root, ending in base.
func serve(t testing.TB, dir, base string) string {
	t.Helper()
	files := http.FileServer(http.Dir(dir))
	mux := http.NewServeMux()
	if base == "/" {
		mux.Handle("/", files)
	} else {
		mux.Handle(base, http.StripPrefix(strings.TrimSuffix(base, "/"), files))
	}
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL + base
}

// htmlFiles lists the HTML pages of a build, slash-separated and sorted.
func htmlFiles(t testing.TB, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "pagefind" {
			return fs.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".html") {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// pageURL is the clean address of an output file under the site root URL.
func pageURL(root, rel string) string {
	if rel == "index.html" {
		return root
	}
	if strings.HasSuffix(rel, "/index.html") {
		return root + strings.TrimSuffix(rel, "index.html")
	}
	return root + rel
}

// The browser: one headless Chromium for the whole test binary, started on
// first use; each test opens its own tab.
var (
	browserOnce   sync.Once
	browserCtx    context.Context
	browserErr    error
	browserCancel []context.CancelFunc
)

func closeBrowser() {
	for i := len(browserCancel) - 1; i >= 0; i-- {
		browserCancel[i]()
	}
}

// tab opens a new tab of the shared browser, with a deadline for the test;
// it fails without Chromium (skips with -short).
func tab(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	slow(t)
	exe := browsertest.Path(t)
	browserOnce.Do(func() {
		udd, err := os.MkdirTemp(tmpRoot, "chromium-*")
		if err != nil {
			browserErr = err
			return
		}
		opts := append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(exe),
			chromedp.UserDataDir(udd),
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.Flag("headless", true),
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("hide-scrollbars", true),
			chromedp.WindowSize(1280, 900),
		)
		actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
		bctx, bcancel := chromedp.NewContext(actx)
		browserCancel = append(browserCancel, acancel, bcancel)
		// The first Run starts the browser; it must not carry a deadline.
		if err := chromedp.Do(bctx); err != nil {
			browserErr = fmt.Errorf("start %s: %w", exe, err)
			return
		}
		browserCtx = bctx
	})
	if browserErr != nil {
		t.Fatal(browserErr)
	}
	ctx, cancel := chromedp.NewContext(browserCtx)
	if err := chromedp.Do(ctx); err != nil { // opens the tab
		cancel()
		t.Fatal(err)
	}
	tctx, tcancel := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { tcancel(); cancel() })
	return tctx
}
